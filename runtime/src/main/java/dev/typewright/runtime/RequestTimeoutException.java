package dev.typewright.runtime;

/** No complete response arrived within the call's timeout; the call was abandoned. */
public final class RequestTimeoutException extends TransportException {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
