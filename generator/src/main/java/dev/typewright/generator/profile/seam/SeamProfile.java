package dev.typewright.generator.profile.seam;

import dev.typewright.generator.model.Operation;
import dev.typewright.generator.profile.OperationFacts;
import dev.typewright.generator.profile.StandardProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seam's conventions, read from the extensions Seam's spec carries: operations grouped and named
 * by {@code x-fern-sdk-group-name} and {@code x-fern-sdk-method-name}, results under
 * {@code x-response-key}, cursor pages ({@code page_cursor} in, {@code pagination.next_page_cursor}
 * out), action attempts waited for through {@code /action_attempts/get}, and an endpoint offered
 * under several methods exposed once, as its POST, whose JSON body carries every input type
 * faithfully. Titles come from {@code x-title}; {@code x-undocumented} and {@code x-draft}
 * operations stay out of the docs; {@code x-deprecated} carries a deprecation note. The generated
 * client starts from {@code SeamPolicies}.
 */
public final class SeamProfile extends StandardProfile {
    public static final String NAME = "seam";
    private static final String CURSOR = "page_cursor";
    private static final String NEXT_CURSOR = "/pagination/next_page_cursor";
    private static final String ACTION_ATTEMPT = "action_attempt";
    private static final String ACTION_ATTEMPTS_GET = "/action_attempts/get";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> group(OperationFacts op) {
        List<String> group = op.words("x-fern-sdk-group-name");
        return group != null ? group : super.group(op);
    }

    @Override
    public String methodName(OperationFacts op) {
        String name = op.text("x-fern-sdk-method-name");
        return name != null ? name : super.methodName(op);
    }

    @Override
    public String title(OperationFacts op) {
        String title = op.text("x-title");
        return title != null ? title : super.title(op);
    }

    @Override
    public String unlisted(OperationFacts op) {
        List<String> notes = new ArrayList<>();
        String undocumented = note(op.extensions().get("x-undocumented"), "");
        if (undocumented != null) {
            notes.add(
                    ("Undocumented: not in the API reference, and may change without notice. " + undocumented).strip());
        }
        String draft = note(op.extensions().get("x-draft"), "");
        if (draft != null) {
            notes.add(("Draft: may change or go away. " + draft).strip());
        }
        return notes.isEmpty() ? super.unlisted(op) : String.join(" ", notes);
    }

    @Override
    public String deprecationNote(Map<String, Object> extensions) {
        String note = extensions == null ? null : note(extensions.get("x-deprecated"), "");
        return note != null ? note : super.deprecationNote(extensions);
    }

    @Override
    public String responseKey(OperationFacts op) {
        String key = op.text("x-response-key");
        return key != null ? key : super.responseKey(op);
    }

    @Override
    public Operation.Pagination pagination(OperationFacts op, Warnings warnings) {
        if (op.responseHas().test(NEXT_CURSOR) && op.inputNames().contains(CURSOR)) {
            return new Operation.Pagination(CURSOR, NEXT_CURSOR);
        }
        return super.pagination(op, warnings);
    }

    @Override
    public boolean longRunning(OperationFacts op, String responseKey) {
        boolean startsAttempt =
                ACTION_ATTEMPT.equals(responseKey) || op.extensions().containsKey("x-action-attempt-type");
        return (startsAttempt && responseKey != null && op.apiPaths().contains(ACTION_ATTEMPTS_GET))
                || super.longRunning(op, responseKey);
    }

    @Override
    public String preferredMethod(String oneMethod, String otherMethod) {
        return oneMethod.equals("POST") || !otherMethod.equals("POST") ? oneMethod : otherMethod;
    }

    @Override
    public String runtimePolicies() {
        return "dev.typewright.runtime.seam.SeamPolicies.policies";
    }
}
