package io.goalsheet.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording files of one language, read straight from the class path: {@code name_ja.properties}
 * or {@code name_en.properties} beside the code. ResourceBundle.getBundle would find the same file
 * (there is no base file to fall back to, and every key is in both languages) but its first call
 * costs more than a run of validate spends on a workbook.
 */
public final class Bundles {

    private static final ConcurrentHashMap<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();

    private Bundles() {}

    /**
     * @param baseName as for ResourceBundle.getBundle, e.g. {@code io.goalsheet.messages}
     * @param locale   its language picks the file
     * @throws MissingResourceException when there is no such file
     */
    public static ResourceBundle get(String baseName, Locale locale) {
        String resource = baseName.replace('.', '/') + "_" + locale.getLanguage() + ".properties";
        ResourceBundle bundle = LOADED.get(resource);
        if (bundle == null) {
            bundle = load(resource, baseName, locale);
            ResourceBundle first = LOADED.putIfAbsent(resource, bundle);
            bundle = first != null ? first : bundle;
        }
        return bundle;
    }

    private static ResourceBundle load(String resource, String baseName, Locale locale) {
        // through the module, which looks on the class path only: the class loader would first ask
        // every module of the JDK, a few milliseconds per file at start-up
        try (InputStream in = Bundles.class.getModule().getResourceAsStream(resource)) {
            if (in == null) {
                throw new MissingResourceException("no " + resource, baseName, "");
            }
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
