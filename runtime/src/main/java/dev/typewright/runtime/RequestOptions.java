package dev.typewright.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings for the calls of one client view, as made by a generated client's
 * {@code withOptions(...)}: each setting left unset keeps the client's own. Immutable.
 */
public final class RequestOptions {
    final Duration timeout;
    final Integer maxRetries;
    final Map<String, String> headers;
    final List<Map.Entry<String, String>> extraQuery;
    final Map<String, Object> extraBody;
    final Consumer<ResponseInfo> onResponse;
    final Boolean waitForCompletion;
    final Duration pollTimeout;
    final Duration pollInterval;
    final String bodyMediaType;

    private RequestOptions(Builder b) {
        timeout = b.timeout;
        maxRetries = b.maxRetries;
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        extraQuery = List.copyOf(b.extraQuery);
        extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraBody));
        onResponse = b.onResponse;
        waitForCompletion = b.waitForCompletion;
        pollTimeout = b.pollTimeout;
        pollInterval = b.pollInterval;
        bodyMediaType = b.bodyMediaType;
    }

    /** These options with {@code later}'s set values winning; headers, query and body fields add up. */
    RequestOptions then(RequestOptions later) {
        Builder b = new Builder();
        b.timeout = later.timeout != null ? later.timeout : timeout;
        b.maxRetries = later.maxRetries != null ? later.maxRetries : maxRetries;
        b.headers.putAll(headers);
        b.headers.putAll(later.headers);
        b.extraQuery.addAll(extraQuery);
        b.extraQuery.addAll(later.extraQuery);
        b.extraBody.putAll(extraBody);
        b.extraBody.putAll(later.extraBody);
        b.onResponse = later.onResponse != null ? later.onResponse : onResponse;
        b.waitForCompletion = later.waitForCompletion != null ? later.waitForCompletion : waitForCompletion;
        b.pollTimeout = later.pollTimeout != null ? later.pollTimeout : pollTimeout;
        b.pollInterval = later.pollInterval != null ? later.pollInterval : pollInterval;
        b.bodyMediaType = later.bodyMediaType != null ? later.bodyMediaType : bodyMediaType;
        return b.build();
    }

    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> extraQuery = new ArrayList<>();
        private final Map<String, Object> extraBody = new LinkedHashMap<>();
        private Consumer<ResponseInfo> onResponse;
        private Boolean waitForCompletion;
        private Duration pollTimeout;
        private Duration pollInterval;
        private String bodyMediaType;

        Builder() {}

        /**
         * Sends a JSON object body in another media type the API takes for it: another JSON type,
         * {@code application/x-www-form-urlencoded} (each field a pair, objects and lists in the
         * form style) or {@code multipart/form-data} (each field a part). A body that is not a
         * JSON object cannot be sent so, and the call fails before any I/O.
         */
        public Builder bodyMediaType(String mediaType) {
            this.bodyMediaType = Objects.requireNonNull(mediaType, "mediaType");
            return this;
        }

        /** How long each attempt may take, response body included. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** How many times a failed call is retried (0 for never). */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** An extra header for every call; it replaces a header of the same name the call sets. */
        public Builder header(String name, String value) {
            headers.put(Headers.requireName(name), Headers.requireValue(name, value));
            return this;
        }

        /** An extra query parameter for every call. */
        public Builder extraQuery(String name, String value) {
            extraQuery.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * An extra field of every JSON request body (for a field newer than this client); it replaces
         * a field of the same name. Calls without a body get none.
         */
        public Builder extraBody(String name, Object value) {
            extraBody.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Called with the status, headers and request id of every successful call. */
        public Builder onResponse(Consumer<ResponseInfo> listener) {
            this.onResponse = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Whether a call that starts a long-running operation waits until it has succeeded or
         * failed, polling for it with the client's {@link Poller}; on by default.
         */
        public Builder waitForCompletion(boolean wait) {
            this.waitForCompletion = wait;
            return this;
        }

        /**
         * How long to wait for a long-running operation and how often to ask (defaults: the
         * client's, else its {@link Poller}'s).
         */
        public Builder polling(Duration timeout, Duration interval) {
            this.pollTimeout = positive(timeout, "timeout");
            this.pollInterval = positive(interval, "interval");
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
