package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.load.SpecLoader;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.naming.Naming;
import dev.typewright.generator.profile.seam.SeamProfile;
import dev.typewright.generator.report.ApiSurface;
import dev.typewright.generator.report.ChangeReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change report across a real move of Seam's spec, from {@code @seamapi/types} 1.955.0 to the
 * version {@code spec/seam.json} pins, checked entry by entry: what is new is never breaking, and
 * what callers must change always is.
 */
class SeamSpecChangeTest {
    private static final Pattern ADDED = Pattern.compile("added (.+?)(?: \\((.*)\\))?");
    private static final Pattern REMOVED = Pattern.compile("removed (.+?)(?: \\((.*)\\))?");
    private static final Pattern CHANGED = Pattern.compile("changed (.+) from (.*) to (.*)");

    @TempDir
    static Path work;

    static Map<String, String> before;
    static Map<String, String> after;
    static List<ChangeReport.Change> changes;

    @BeforeAll
    static void diffTwoRealVersions() throws Exception {
        Path old = work.resolve("seam-1.955.0.json");
        NodeServer.runScript("export-seam-spec.mjs", "", "seam-types-1.955.0", old.toString());
        before = surface(old);
        after = surface(PrismContractTest.SPEC);
        changes = ChangeReport.diff(before, after);
    }

    private static Map<String, String> surface(Path spec) throws Exception {
        ApiModel model = SpecLoader.load(spec, new SeamProfile()).model();
        return ApiSurface.of(model, Naming.of(model, "dev.typewright.seam", "Seam"));
    }

    @Test
    void nothingNewIsBreaking() {
        List<String> wrong = new ArrayList<>();
        for (ChangeReport.Change change : changes) {
            Matcher added = ADDED.matcher(change.what());
            if (!change.breaking() || !added.matches()) {
                continue;
            }
            String key = added.group(1);
            // Only a new required input of a request callers already build can break them.
            String request = key.startsWith("request ") ? key.substring(8, key.lastIndexOf('.')) : null;
            boolean oldRequest = request != null
                    && before.keySet().stream()
                            .anyMatch(k -> k.startsWith("operation ") && k.endsWith("(" + request + ")"));
            if (!oldRequest || !added.group(2).endsWith(" required")) {
                wrong.add(change.toString());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everythingCallersMustChangeIsBreaking() {
        List<String> missed = new ArrayList<>();
        for (ChangeReport.Change change : changes) {
            if (change.breaking()) {
                continue;
            }
            String what = change.what();
            Matcher changed = CHANGED.matcher(what);
            if (REMOVED.matcher(what).matches()) {
                missed.add(what);
            } else if (changed.matches()) {
                String key = changed.group(1);
                String from = changed.group(2);
                String to = changed.group(3);
                boolean typeChanged = !from.replaceAll(" (required|optional)$", "")
                        .equals(to.replaceAll(" (required|optional)$", ""));
                boolean nowRequiredInput = key.startsWith("request ") && to.endsWith(" required");
                boolean nowMissingOutput = key.startsWith("field ") && to.endsWith(" optional");
                if (typeChanged || nowRequiredInput || nowMissingOutput) {
                    missed.add(what);
                }
            } else {
                Matcher added = ADDED.matcher(what);
                assertThat(added.matches()).as(what).isTrue();
                String key = added.group(1);
                if (key.startsWith("request ")
                        && added.group(2).endsWith(" required")
                        && before.containsKey(operationOf(key))) {
                    missed.add(what);
                }
            }
        }
        assertThat(missed).isEmpty();
        // Each removed entry of the old surface is in the report, as breaking.
        before.keySet().stream()
                .filter(k -> !after.containsKey(k))
                .forEach(k -> assertThat(changes).anySatisfy(c -> {
                    assertThat(c.what()).startsWith("removed " + k);
                    assertThat(c.breaking()).isTrue();
                }));
    }

    @Test
    void theMoveAddsOperationsAndTheReportCallsForAMajorVersion() {
        assertThat(changes).anySatisfy(c -> assertThat(c.what()).startsWith("added operation "));
        assertThat(after.size()).isGreaterThan(before.size());
        assertThat(ChangeReport.bump(changes)).isEqualTo(ChangeReport.Bump.MAJOR);
        System.out.println("Seam 1.955.0 -> pinned spec: " + changes.size() + " changes, "
                + changes.stream().filter(ChangeReport.Change::breaking).count() + " breaking");
    }

    /** The key of the operation whose request holds this request field, if the old surface had it. */
    private static String operationOf(String requestFieldKey) {
        String request = requestFieldKey.substring(8, requestFieldKey.lastIndexOf('.'));
        return before.keySet().stream()
                .filter(k -> k.startsWith("operation ") && k.endsWith("(" + request + ")"))
                .findFirst()
                .orElse("");
    }
}
