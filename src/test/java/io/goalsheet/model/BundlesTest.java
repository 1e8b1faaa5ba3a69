package io.goalsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the wording files directly gives exactly what ResourceBundle.getBundle gave. */
class BundlesTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @ParameterizedTest
    @ValueSource(strings = {"io.goalsheet.messages", "io.goalsheet.read.reasons",
        "io.goalsheet.render.findings.labels", "io.goalsheet.render.findings.codes", "io.goalsheet.cli.help"})
    void sameKeysAndWordsAsResourceBundle(String baseName) {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            assertThat(contents(Bundles.get(baseName, locale))).as(baseName + " " + locale)
                    .isNotEmpty()
                    .isEqualTo(contents(ResourceBundle.getBundle(baseName, locale, NO_FALLBACK)));
        }
    }

    /** A key in one language only would print the key, or fail, in the other. */
    @ParameterizedTest
    @ValueSource(strings = {"io.goalsheet.messages", "io.goalsheet.read.reasons",
        "io.goalsheet.render.findings.labels", "io.goalsheet.render.findings.codes", "io.goalsheet.cli.help"})
    void everyKeyIsInBothLanguages(String baseName) {
        TreeSet<String> ja = new TreeSet<>(Bundles.get(baseName, Locale.JAPANESE).keySet());
        TreeSet<String> en = new TreeSet<>(Bundles.get(baseName, Locale.ENGLISH).keySet());
        TreeSet<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        TreeSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertThat(onlyJa).as(baseName + ": keys only in Japanese").isEmpty();
        assertThat(onlyEn).as(baseName + ": keys only in English").isEmpty();
    }

    @Test
    void aMissingFileIsAMissingResource() {
        assertThatThrownBy(() -> Bundles.get("io.goalsheet.nothing", Locale.ENGLISH))
                .isInstanceOf(MissingResourceException.class);
    }

    private static TreeMap<String, String> contents(ResourceBundle bundle) {
        TreeMap<String, String> map = new TreeMap<>();
        for (String key : bundle.keySet()) {
            map.put(key, bundle.getString(key));
        }
        return map;
    }
}
