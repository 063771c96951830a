package dev.typewright.runtime.seam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.ErrorDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Seam's error envelope, {@code {"error": {"type", "message", "validation_errors"}}}: a 400
 * of type {@code invalid_input} becomes an {@code InvalidInputException} whose validation errors
 * are flattened from their zod-style form, {@code {"_errors": [...], "field": {"_errors": [...]}}}.
 */
public final class SeamErrorDecoder implements ErrorDecoder {
    /** The decoder {@code SeamPolicies} installs. */
    public SeamErrorDecoder() {}

    @Override
    public ApiException decode(int status, HttpHeaders headers, byte[] body, String requestId) {
        JsonNode error = ErrorDecoder.errorObject(body);
        String type = ErrorDecoder.firstText(error, "type");
        Map<String, List<String>> validation =
                status == 400 && "invalid_input".equals(type) ? validationErrors(error.get("validation_errors")) : null;
        return ErrorDecoder.exception(
                status,
                type,
                ErrorDecoder.firstText(error, "message"),
                requestId,
                headers,
                new String(body, StandardCharsets.UTF_8),
                validation);
    }

    private static Map<String, List<String>> validationErrors(JsonNode node) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        flatten("", node, errors);
        return errors;
    }

    private static void flatten(String path, JsonNode node, Map<String, List<String>> errors) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals("_errors")) {
                List<String> messages = new ArrayList<>();
                e.getValue().forEach(m -> messages.add(m.asText()));
                if (!messages.isEmpty()) {
                    errors.put(path, List.copyOf(messages));
                }
            } else {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), errors);
            }
        }
    }
}
