package dev.typewright.runtime;

/** The request got no HTTP answer: connection refused or reset, time-out, interruption. Connection failures are retried by default. */
public class TransportException extends ClientException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
