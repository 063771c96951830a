package dev.typewright.runtime;

/**
 * A webhook delivery failed its signature check: it was not signed with the secret, was altered,
 * or is too old. Answer it with a 4xx and do not act on it.
 */
public final class WebhookVerificationException extends ClientException {
    private static final long serialVersionUID = 1L;

    public WebhookVerificationException(String message) {
        super(message, null);
    }
}
