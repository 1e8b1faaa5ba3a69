package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every reason the reader throws has wording in both languages, with matching placeholders. */
class ReasonBundlesTest {

    private static final Path SOURCES = Paths.get("src/main/java/io/goalsheet/read");
    private static final Pattern REASON = Pattern.compile("ReadException\\.Kind\\.([A-Z_]+),\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    /** reason key → kind, from every {@code new ReadException(…)} in the package's sources. */
    static Map<String, String> thrownReasons() throws IOException {
        Map<String, String> reasons = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                String[] pieces = src.split("new ReadException\\(", -1);
                for (int i = 1; i < pieces.length; i++) {
                    Matcher m = REASON.matcher(pieces[i]);
                    assertThat(m.find())
                            .as("new ReadException(…) #%d in %s must name its reason as a literal", i, f.getFileName())
                            .isTrue();
                    reasons.put(m.group(2), m.group(1));
                }
            }
        }
        return reasons;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyThrownReasonIsInBothBundles() throws IOException {
        Map<String, String> reasons = thrownReasons();
        assertThat(reasons).containsKeys("empty", "csv", "html", "corrupt", "truncated", "not-a-workbook", "xlsb", "ods",
                "biff5", "no-password", "wrong-password", "inflate-ratio", "cells", "text-length");
        Properties en = load("reasons_en.properties");
        Properties ja = load("reasons_ja.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(reasons.keySet());
        assertThat(ja.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(reasons.keySet());
        for (String key : reasons.keySet()) {
            assertThat(placeholders(ja.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(en.getProperty(key)));
            assertThat(ja.getProperty(key)).as("ja %s is Japanese", key).containsPattern("[ぁ-んァ-ヶ一-龠]");
            new MessageFormat(ja.getProperty(key), Locale.JAPANESE); // valid patterns
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void bundlesLoadAsUtf8AndFormat() {
        ResourceBundle ja = ResourceBundle.getBundle("io.goalsheet.read.reasons", Locale.JAPANESE);
        assertThat(ja.getString("csv")).isEqualTo(
                "Excel ブックではなく、CSV などのテキストファイルです。Excel で開いて .xlsx 形式で保存してください。");
        String cells = MessageFormat.format(ja.getString("cells"), "入力", 3_000_000L);
        assertThat(cells).contains("シート「入力」").contains("3,000,000");
        ResourceBundle en = ResourceBundle.getBundle("io.goalsheet.read.reasons", Locale.ENGLISH);
        assertThat(new MessageFormat(en.getString("io-error"), Locale.ENGLISH).format(new Object[] {"x"}))
                .contains("file's location");
    }
}
