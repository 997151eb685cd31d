package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The clinical hazard log (docs/safety/hazard-log.md) names, for every hazard, the tests that prove its controls:
 * each must exist, so that renaming or deleting a test cannot leave a hazard resting on nothing.
 */
class HazardLogTests {

    static final Path LOG = Path.of("docs/safety/hazard-log.md");
    static final Pattern HAZARD = Pattern.compile("^## (H-\\d{2}) (.+)$", Pattern.MULTILINE);
    static final Pattern TEST = Pattern.compile("`(org\\.openipt\\.[\\w.]+)#(\\w+)`");
    static final List<String> FIELDS = List.of("Cause", "Effect", "Severity / likelihood before", "Control",
            "Residual", "Tests");

    @Test
    void everyHazardHasItsCauseEffectRiskControlAndAtLeastOneTest() throws IOException {
        Map<String, String> hazards = hazards();

        assertThat(hazards).as("the hazards the issue names, at least").hasSizeGreaterThanOrEqualTo(9);
        hazards.forEach((hazard, text) -> {
            for (String field : FIELDS) {
                assertThat(text).as(hazard + " says its " + field).contains("| " + field + " |");
            }
            assertThat(TEST.matcher(text).results().count()).as(hazard + " names a test").isPositive();
        });
    }

    @Test
    void everyTestTheLogNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Matcher test = TEST.matcher(Files.readString(LOG));
        int named = 0;
        while (test.find()) {
            named++;
            if (!exists(test.group(1), test.group(2))) {
                missing.add(test.group(1) + "#" + test.group(2));
            }
        }
        assertThat(named).isGreaterThan(20);
        assertThat(missing).as("tests the hazard log names but the suite does not have").isEmpty();
    }

    @Test
    void aNameThatIsNotATestIsFound() {
        assertThat(exists("org.openipt.HazardLogTests", "everyTestTheLogNamesExists")).isTrue();
        assertThat(exists("org.openipt.HazardLogTests", "noSuchTest")).isFalse();
        assertThat(exists("org.openipt.NoSuchTests", "anything")).isFalse();
    }

    /** Each hazard's id and its section of the log, from its heading to the next. */
    private static Map<String, String> hazards() throws IOException {
        String log = Files.readString(LOG);
        List<MatchResult> headings = HAZARD.matcher(log).results().toList();
        Map<String, String> hazards = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : log.length();
            hazards.put(headings.get(i).group(1), log.substring(headings.get(i).start(), end));
        }
        return hazards;
    }

    private static boolean exists(String className, String method) {
        try {
            Class<?> type = Class.forName(className);
            return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(method))
                    .anyMatch(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class));
        }
        catch (ClassNotFoundException unknown) {
            return false;
        }
    }
}
