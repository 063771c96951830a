package dev.typewright.runtime;

/** The request got no HTTP answer: connection refused or reset, time-out, interruption. */
public final class TransportException extends ClientException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
