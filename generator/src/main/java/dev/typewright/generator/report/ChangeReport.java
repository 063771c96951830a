package dev.typewright.generator.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed for Java callers between two generations, each change marked breaking or not: a
 * caller's code that compiled and worked against the old client may fail against the new one.
 */
public final class ChangeReport {
    /** What a change does to callers. */
    public enum Impact {
        /** Some caller that compiled and worked against the old client may fail. */
        BREAKING,
        /**
         * A new union variant or enum constant: code that handles every case without a default (a
         * visitor, a {@code switch} over {@code known()}) no longer compiles until it handles the new
         * one; every other caller is unaffected.
         */
        EXHAUSTIVE,
        /** Every caller still compiles and works. */
        COMPATIBLE
    }

    /** One change; {@code what} reads like {@code removed field Device.name (String optional)}. */
    public record Change(Impact impact, String what) {
        public Change(boolean breaking, String what) {
            this(breaking ? Impact.BREAKING : Impact.COMPATIBLE, what);
        }

        public boolean breaking() {
            return impact == Impact.BREAKING;
        }

        @Override
        public String toString() {
            return switch (impact) {
                        case BREAKING -> "BREAKING ";
                        case EXHAUSTIVE -> "NEW CASE ";
                        case COMPATIBLE -> "";
                    }
                    + what;
        }
    }

    private ChangeReport() {}

    /** How the client's version moves for a set of changes, as semantic versioning has it. */
    public enum Bump {
        /** Some caller must change: the next release is a new major version. */
        MAJOR,
        /** The API grew or loosened, and every caller still compiles and works: a new minor version. */
        MINOR,
        /** Nothing a caller sees changed. */
        PATCH
    }

    /**
     * A new case of a union or an enum asks only exhaustive handlers to change, as a newer server
     * can send it to an older client anyway; it is a new minor version, with a category of its
     * own in the report.
     */
    public static Bump bump(List<Change> changes) {
        if (changes.stream().anyMatch(Change::breaking)) {
            return Bump.MAJOR;
        }
        return changes.isEmpty() ? Bump.PATCH : Bump.MINOR;
    }

    public static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        Set<String> oldTypes = new HashSet<>();
        before.keySet().stream()
                .filter(k -> k.startsWith(ApiSurface.TYPE))
                .forEach(k -> oldTypes.add(k.substring(ApiSurface.TYPE.length())));
        Set<String> oldRequests = new HashSet<>();
        before.keySet().stream()
                .filter(k -> k.startsWith(ApiSurface.REQUEST_FIELD))
                .forEach(k -> oldRequests.add(requestOf(k)));
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (old == null) {
                // A new required input breaks every caller that builds the request without it; a
                // request type that is itself new has no callers yet.
                boolean breaking = key.startsWith(ApiSurface.REQUEST_FIELD)
                        && now.endsWith(" required")
                        && oldRequests.contains(requestOf(key));
                Impact impact =
                        breaking ? Impact.BREAKING : newCase(key, oldTypes) ? Impact.EXHAUSTIVE : Impact.COMPATIBLE;
                changes.add(new Change(impact, "added " + key + describe(now)));
            } else if (now == null) {
                changes.add(new Change(true, "removed " + key + describe(old)));
            } else if (!old.equals(now)) {
                changes.add(new Change(breaking(key, old, now), "changed " + key + " from " + old + " to " + now));
            }
        }
        return changes;
    }

    /** Whether the entry is a new constant or variant of an enum or union that was there before. */
    private static boolean newCase(String key, Set<String> oldTypes) {
        for (String kind : List.of(ApiSurface.CONSTANT, ApiSurface.VARIANT)) {
            if (key.startsWith(kind)) {
                String member = key.substring(kind.length());
                int dot = member.lastIndexOf('.');
                return dot > 0 && oldTypes.contains(member.substring(0, dot));
            }
        }
        return false;
    }

    /** {@code request PetsGetRequest.petId} to {@code PetsGetRequest}. */
    private static String requestOf(String requestFieldKey) {
        String rest = requestFieldKey.substring(ApiSurface.REQUEST_FIELD.length());
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean breaking(String key, String old, String now) {
        String oldType = type(old);
        String newType = type(now);
        if (!oldType.equals(newType)) {
            return true;
        }
        boolean nowRequired = now.endsWith(" required");
        if (key.startsWith(ApiSurface.REQUEST_FIELD)) {
            return nowRequired;
        }
        // A response field that may now be missing can surprise a caller that relied on it.
        return key.startsWith(ApiSurface.FIELD) && !nowRequired;
    }

    private static String type(String value) {
        return value.replaceAll(" (required|optional)$", "");
    }

    private static String describe(String value) {
        return value.isEmpty() ? "" : " (" + value + ")";
    }

    /** The report as Markdown, for the file the plugin writes beside the sources. */
    public static String markdown(List<Change> changes, String title) {
        StringBuilder s = new StringBuilder("# ").append(title).append("\n\n");
        long breaking = changes.stream().filter(Change::breaking).count();
        long cases =
                changes.stream().filter(c -> c.impact() == Impact.EXHAUSTIVE).count();
        s.append(changes.size())
                .append(" changes, ")
                .append(breaking)
                .append(" of them breaking for callers of the client, so the next release is a ")
                .append(bump(changes).name().toLowerCase(java.util.Locale.ROOT))
                .append(" version.");
        if (cases > 0) {
            s.append(' ')
                    .append(cases)
                    .append(cases == 1 ? " is a new case" : " are new cases")
                    .append(" of a union or an enum: code that handles every case without a default (a visitor,")
                    .append(" a switch over known()) must handle ")
                    .append(cases == 1 ? "it" : "them")
                    .append(" before it compiles again.");
        }
        s.append("\n\n");
        for (Change c : changes) {
            s.append("- ")
                    .append(
                            switch (c.impact()) {
                                case BREAKING -> "**breaking** ";
                                case EXHAUSTIVE -> "**new case** ";
                                case COMPATIBLE -> "";
                            })
                    .append(c.what().replace("<", "&lt;"))
                    .append('\n');
        }
        return s.toString();
    }
}
