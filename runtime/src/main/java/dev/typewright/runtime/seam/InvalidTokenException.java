package dev.typewright.runtime.seam;

/**
 * A credential given to a Seam client's builder has the wrong shape for the method it was given
 * to (a client session token passed as an API key, say); raised before any call is made.
 */
public final class InvalidTokenException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super("invalid token: " + message);
    }
}
