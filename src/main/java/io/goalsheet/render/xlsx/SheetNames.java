package io.goalsheet.render.xlsx;

import java.util.HashSet;
import java.util.Set;

/** Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case. */
final class SheetNames {

    private final Set<String> used = new HashSet<>();

    SheetNames(String... reserved) {
        for (String r : reserved) {
            used.add(r.toLowerCase(java.util.Locale.ROOT));
        }
    }

    String unique(String wanted) {
        String base = wanted == null || wanted.isBlank() ? "部局" : wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.replaceAll("^'+|'+$", "");
        if (base.codePointCount(0, base.length()) > 31) {
            base = base.substring(0, base.offsetByCodePoints(0, 31));
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            int keep = Math.min(base.codePointCount(0, base.length()), 31 - suffix.length());
            name = base.substring(0, base.offsetByCodePoints(0, keep)) + suffix;
        }
        return name;
    }
}
