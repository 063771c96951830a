package dev.typewright.runtime;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Set;

/**
 * Decides which failed attempts are worth another try. The client's retry loop asks it, then
 * waits (the back-off, or the server's {@code Retry-After}) and sends the call again, up to
 * {@code maxRetries} times.
 */
public interface RetryPolicy {
    /** Whether an answer with {@code status} (never 2xx) to a {@code method} call is retried. */
    boolean retryStatus(String method, int status);

    /**
     * Whether an attempt that got no answer is retried; {@code failure} is the I/O error, or a
     * {@link RequestTimeoutException} when the answer did not arrive in time.
     */
    boolean retryFailure(String method, Exception failure);

    /**
     * Plain HTTP semantics: a call that may have reached the server is repeated only when its
     * method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE, TRACE), on 408, 429, 5xx or no
     * answer; any call is repeated after a 429 or when the connection could not be made, since
     * then the server did not act on it.
     */
    static RetryPolicy idempotent() {
        return Standard.IDEMPOTENT;
    }

    /** Every method, POSTs included, on 408, 409, 429, 5xx and no answer. */
    static RetryPolicy everyMethod() {
        return Standard.EVERY_METHOD;
    }

    /** Never retries. */
    static RetryPolicy never() {
        return Standard.NEVER;
    }

    /** The policies the runtime ships with. */
    enum Standard implements RetryPolicy {
        IDEMPOTENT {
            @Override
            public boolean retryStatus(String method, int status) {
                return status == 429 || (IDEMPOTENT_METHODS.contains(method) && (status == 408 || status >= 500));
            }

            @Override
            public boolean retryFailure(String method, Exception failure) {
                return IDEMPOTENT_METHODS.contains(method) || notSent(failure);
            }
        },
        EVERY_METHOD {
            @Override
            public boolean retryStatus(String method, int status) {
                return status == 408 || status == 409 || status == 429 || status >= 500;
            }

            @Override
            public boolean retryFailure(String method, Exception failure) {
                return true;
            }
        },
        NEVER {
            @Override
            public boolean retryStatus(String method, int status) {
                return false;
            }

            @Override
            public boolean retryFailure(String method, Exception failure) {
                return false;
            }
        };

        private static final Set<String> IDEMPOTENT_METHODS =
                Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

        private static boolean notSent(Exception failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                    return true;
                }
            }
            return false;
        }
    }
}
