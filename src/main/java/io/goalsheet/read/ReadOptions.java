package io.goalsheet.read;

/** How to open workbooks: the limits, and the password for protected ones (null when none was given). */
public record ReadOptions(ReadLimits limits, char[] password) {

    public static ReadOptions defaults() {
        return new ReadOptions(ReadLimits.defaults(), null);
    }
}
