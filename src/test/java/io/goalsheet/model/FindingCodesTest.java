package io.goalsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.read.ReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of codes is the one users rely on: the code that emits findings and the README follow it. */
class FindingCodesTest {

    private static final Pattern EMITTED =
            Pattern.compile("Severity\\.(?:ERROR|WARNING), \"([a-z-]+)\"|out\\.file\\(\"([a-z-]+)\"|new Parsed\\.Problem\\(\"([a-z-]+)\"");

    @Test
    void everyCodeTheChecksEmitIsListed() throws IOException {
        Set<String> emitted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/goalsheet/check"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(f));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            emitted.add(m.group(g));
                        }
                    }
                }
            }
        }
        for (ReadException.Kind k : ReadException.Kind.values()) {
            emitted.add(k.code());
        }
        assertThat(emitted).hasSizeGreaterThan(15);
        assertThat(FindingCodes.ALL).containsAll(emitted);
    }

    @Test
    void theReadmeDocumentsEveryCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String code : FindingCodes.ALL) {
            assertThat(readme).as(code).contains("`" + code + "`");
        }
    }
}
