package dev.typewright.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An API's conventions at run time, each behind its own interface: which failures to retry, how
 * to read an error, how to page through a list, how to wait for a long-running operation, which
 * headers carry the request id, and the interceptors every call passes through. A generated
 * client starts from its profile's policies; its builder can replace any of them.
 *
 * @param requestIdHeaders the response headers that may carry the request id, first found wins
 */
public record Policies(
        RetryPolicy retryPolicy,
        ErrorDecoder errorDecoder,
        Pager pager,
        Poller poller,
        List<String> requestIdHeaders,
        List<Interceptor> interceptors) {

    private static final Policies STANDARD = new Policies(
            RetryPolicy.safe(),
            ErrorDecoder.standard(),
            Pager.cursor(),
            Poller.NONE,
            List.of("x-request-id", "request-id"),
            List.of());

    public Policies {
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(errorDecoder, "errorDecoder");
        Objects.requireNonNull(pager, "pager");
        Objects.requireNonNull(poller, "poller");
        requestIdHeaders = List.copyOf(requestIdHeaders);
        interceptors = List.copyOf(interceptors);
    }

    /** Plain HTTP and OpenAPI semantics, for an API with no conventions of its own. */
    public static Policies standard() {
        return STANDARD;
    }

    public Policies withRetryPolicy(RetryPolicy retryPolicy) {
        return new Policies(retryPolicy, errorDecoder, pager, poller, requestIdHeaders, interceptors);
    }

    public Policies withErrorDecoder(ErrorDecoder errorDecoder) {
        return new Policies(retryPolicy, errorDecoder, pager, poller, requestIdHeaders, interceptors);
    }

    public Policies withPager(Pager pager) {
        return new Policies(retryPolicy, errorDecoder, pager, poller, requestIdHeaders, interceptors);
    }

    public Policies withPoller(Poller poller) {
        return new Policies(retryPolicy, errorDecoder, pager, poller, requestIdHeaders, interceptors);
    }

    public Policies withRequestIdHeaders(List<String> requestIdHeaders) {
        return new Policies(retryPolicy, errorDecoder, pager, poller, requestIdHeaders, interceptors);
    }

    /** These policies with one more interceptor, which runs after the ones already here. */
    public Policies withInterceptor(Interceptor interceptor) {
        List<Interceptor> all = new ArrayList<>(interceptors);
        all.add(Objects.requireNonNull(interceptor, "interceptor"));
        return new Policies(retryPolicy, errorDecoder, pager, poller, requestIdHeaders, all);
    }

    /** The request id from the first of {@link #requestIdHeaders} the response has, or null. */
    String requestId(java.net.http.HttpHeaders headers) {
        for (String name : requestIdHeaders) {
            var value = headers.firstValue(name);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }
}
