package dev.typewright.generator.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the loader found wrong, collected rather than thrown at the first: errors (the spec cannot
 * be generated) and warnings (a construct left out), each at its JSON pointer. The loader reads
 * the whole spec, then fails once with every error.
 */
final class Problems {
    private final String file;
    private final Set<SpecException.Problem> errors = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<SpecException.Problem> tolerated = new LinkedHashSet<>();

    Problems(String file) {
        this.file = file;
    }

    void warn(String pointer, String message) {
        warnings.add(pointer + ": " + message);
    }

    /** Records every problem of a part that could not be read, so the rest is read on. */
    void add(SpecException failure) {
        errors.addAll(failure.problems());
    }

    void add(SpecException.Problem problem) {
        errors.add(problem);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A departure from the standard that generation can do without: a warning, unless building fails. */
    void tolerate(SpecException.Problem problem) {
        tolerated.add(problem);
        warn(problem.pointer(), problem.message());
    }

    /** Fails with the departures tolerated so far, when building the model failed after them. */
    void throwTolerated() throws SpecException {
        if (!tolerated.isEmpty()) {
            throw new SpecException(file, List.copyOf(tolerated));
        }
    }

    /** Fails with every error found, if there was any. */
    void throwIfAny() throws SpecException {
        if (!errors.isEmpty()) {
            throw new SpecException(file, List.copyOf(errors));
        }
    }
}
