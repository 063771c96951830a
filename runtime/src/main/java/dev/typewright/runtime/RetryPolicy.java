package dev.typewright.runtime;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Decides which failed attempts are worth another try. The client's retry loop asks it, then
 * waits (the back-off, or the server's {@code Retry-After}) and sends the call again, up to
 * {@code maxRetries} times.
 */
public interface RetryPolicy {
    /**
     * Whether an answer with {@code status} (never 2xx) is retried.
     *
     * @param request the call, with its method and whether it is {@link ApiRequest#isIdempotent() idempotent}
     * @param retryAfter whether the server sent {@code Retry-After}, asking to be called again
     */
    boolean retryStatus(ApiRequest request, int status, boolean retryAfter);

    /**
     * Whether an attempt that got no answer is retried; {@code failure} is the I/O error, or a
     * {@link RequestTimeoutException} when the answer did not arrive in time.
     */
    boolean retryFailure(ApiRequest request, Exception failure);

    /**
     * The default: a call is repeated only when repeating it cannot do harm. That is when it
     * never reached the server (the connection could not be made, the host not found), when it
     * is idempotent (its method, or the API marks it so) and got 408, 5xx or no answer, or when
     * the server asked to be called again (429, or 503 with {@code Retry-After}). A call that
     * starts something (a POST that unlocks a door) is never sent again once the server may have
     * acted on it; 409 is an answer, not a hiccup, and is not retried.
     */
    static RetryPolicy safe() {
        return Standard.SAFE;
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
        SAFE {
            @Override
            public boolean retryStatus(ApiRequest request, int status, boolean retryAfter) {
                return status == 429
                        || (status == 503 && retryAfter)
                        || (request.isIdempotent() && (status == 408 || status >= 500));
            }

            @Override
            public boolean retryFailure(ApiRequest request, Exception failure) {
                return request.isIdempotent() || notSent(failure);
            }
        },
        EVERY_METHOD {
            @Override
            public boolean retryStatus(ApiRequest request, int status, boolean retryAfter) {
                return status == 408 || status == 409 || status == 429 || status >= 500;
            }

            @Override
            public boolean retryFailure(ApiRequest request, Exception failure) {
                return true;
            }
        },
        NEVER {
            @Override
            public boolean retryStatus(ApiRequest request, int status, boolean retryAfter) {
                return false;
            }

            @Override
            public boolean retryFailure(ApiRequest request, Exception failure) {
                return false;
            }
        };

        /** Whether the failure happened before the request could reach the server. */
        private static boolean notSent(Exception failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ConnectException
                        || t instanceof HttpConnectTimeoutException
                        || t instanceof UnknownHostException
                        || t instanceof UnresolvedAddressException) {
                    return true;
                }
            }
            return false;
        }
    }
}
