package dev.typewright.runtime;

/** The base of every failure a generated client reports. */
public abstract class ClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
