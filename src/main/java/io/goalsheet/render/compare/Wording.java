package io.goalsheet.render.compare;

import io.goalsheet.model.Bundles;
import io.goalsheet.model.Change;
import io.goalsheet.model.Change.Key;
import io.goalsheet.model.MessagePatterns;
import io.goalsheet.model.Messages;
import io.goalsheet.render.Figures;
import io.goalsheet.text.Eras;
import io.goalsheet.text.Ordinals;
import java.time.LocalDate;
import java.util.Locale;

/** The words of a comparison in one language: fields, kinds, places (目標1 ①(3)) and values as a report shows them. */
public final class Wording {

    private static final String BUNDLE = "io.goalsheet.render.compare.memo";

    private final Locale locale;

    public Wording(Locale locale) {
        this.locale = Messages.isJapanese(locale) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public boolean japanese() {
        return Messages.isJapanese(locale);
    }

    public String get(String key, Object... args) {
        return MessagePatterns.format(Bundles.get(BUNDLE, locale).getString(key), locale, args);
    }

    public String field(String name) {
        return get("field." + name);
    }

    public String kind(Change.Kind kind) {
        return get("kind." + kind.code());
    }

    /** 「目標1 ①(3)」: the goal, the initiative's circled number and the item's, as far as the key goes. */
    public String place(Key key) {
        if (key == null || key.goalNo() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(get("goal", key.goalNo()));
        if (key.initiativeNo() != null) {
            sb.append(' ').append(Ordinals.circled(key.initiativeNo()));
            if (key.itemNo() != null) {
                sb.append(Ordinals.parenthesized(key.itemNo()));
            }
        }
        return sb.toString();
    }

    /** A date as the report gives it: 令和7年9月30日 in Japanese, 2025-09-30 in English. */
    public String date(LocalDate d) {
        return japanese() ? Eras.wareki(d) : d.toString();
    }

    /** A value of {@code field} with the unit where it has one; (なし) for none. */
    public String value(String field, Object v, String unit) {
        if (v == null) {
            return get("none");
        }
        if (v instanceof Double d) {
            return switch (field) {
                case "progressRate" -> Figures.percent(d);
                case "baseline", "targetValue", "actual" -> Figures.quantity(d, unit);
                default -> Figures.number(d);
            };
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        return String.valueOf(v);
    }

    /** The change of a number: +190人, +9.1ポイント. */
    public String change(String field, double change, String unit) {
        if (field.equals("progressRate")) {
            return get("points", Figures.points(change));
        }
        return Figures.signed(change) + (unit == null ? "" : unit);
    }

    /** A text cut to {@code max} characters with …, on one line. */
    public static String shorten(String s, int max) {
        String one = s.replaceAll("\\s*\\R\\s*", " ").strip();
        return one.codePointCount(0, one.length()) <= max ? one
                : one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
    }
}
