package dev.typewright.generator.load;

import java.util.List;

/**
 * A spec Typewright cannot generate from. The message names the file and the JSON pointer of
 * every problem, so the user can fix the spec without reading a stack trace.
 */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One problem: where it is, and what is wrong.
     *
     * @param file the file it is in, relative to the spec's folder, when that is not the spec
     *     itself (a file the spec reaches by {@code $ref}); else null
     * @param pointer the JSON pointer of where it is within that file; empty for the whole file
     */
    public record Problem(String file, String pointer, String message) {
        public Problem(String pointer, String message) {
            this(null, pointer, message);
        }

        public Problem at(String file, String pointer) {
            return new Problem(file, pointer, message);
        }

        @Override
        public String toString() {
            String where = (file == null ? "" : file + "#") + pointer;
            return (where.isEmpty() ? "" : "at " + where + ": ") + message;
        }
    }

    private final String file;
    private final transient List<Problem> problems;

    public SpecException(String file, List<Problem> problems) {
        super(format(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public SpecException(String file, String pointer, String message) {
        this(file, List.of(new Problem(pointer, message)));
    }

    private static String format(String file, List<Problem> problems) {
        StringBuilder s = new StringBuilder("invalid OpenAPI document ").append(file);
        if (problems.size() == 1) {
            return s.append(' ').append(problems.get(0)).toString();
        }
        s.append(" (").append(problems.size()).append(" problems)");
        for (Problem p : problems) {
            s.append(System.lineSeparator()).append("  ").append(p);
        }
        return s.toString();
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
