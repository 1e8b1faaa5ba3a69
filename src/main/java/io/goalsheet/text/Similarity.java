package io.goalsheet.text;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are, for matching a renumbered or reworded goal to last month's: the Dice
 * coefficient of their character bigrams (2 × shared pairs / all pairs), after {@link JapaneseText#fold}
 * and with spaces removed. Bigrams suit Japanese, which has no spaces between words: 「登録者数」 and
 * 「登録数」 share 登録; one changed figure in a long target leaves most pairs shared.
 */
public final class Similarity {

    private Similarity() {}

    /** 1 for the same text, 0 for texts sharing no pair of characters; two blank texts are alike (1). */
    public static double dice(String a, String b) {
        String x = squeeze(a);
        String y = squeeze(b);
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        Map<Integer, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            pairs.merge(bigram(x, i), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            Integer n = pairs.get(bigram(y, i));
            if (n != null && n > 0) {
                shared++;
                pairs.put(bigram(y, i), n - 1);
            }
        }
        return 2.0 * shared / (x.length() - 1 + y.length() - 1);
    }

    /**
     * Whether two texts are the same but for width, spaces and line breaks (「（6月末） 情報」 and
     * 「（6月末）情報」): such a difference is no change to report.
     */
    public static boolean sameText(String a, String b) {
        return squeeze(a).equals(squeeze(b));
    }

    /** The text as compared: folded, without spaces. */
    public static String key(String s) {
        return squeeze(s);
    }

    private static int bigram(String s, int i) {
        return (s.charAt(i) << 16) | s.charAt(i + 1);
    }

    private static String squeeze(String s) {
        String f = JapaneseText.fold(s == null ? "" : s);
        return f.indexOf(' ') < 0 ? f : f.replace(" ", "");
    }
}
