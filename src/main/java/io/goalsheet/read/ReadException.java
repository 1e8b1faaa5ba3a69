package io.goalsheet.read;

import java.util.Arrays;
import java.util.List;

/**
 * A workbook that cannot be read as a whole. The {@link Kind} maps one-to-one to a file-level
 * finding code. {@code reason} is a key of the {@code io.goalsheet.read.reasons} resource bundle
 * (e.g. {@code csv}, {@code truncated}, {@code inflate-ratio}) and {@code args} fill its
 * placeholders, so the reader stays free of user-facing wording.
 */
public final class ReadException extends Exception {

    public enum Kind {
        /** Not a workbook, empty, truncated or corrupt. */
        UNREADABLE("unreadable"),
        /** A real format the tool does not read (.xlsb, Excel 95 and older, ODS). */
        UNSUPPORTED_FORMAT("unsupported-format"),
        /** Password-protected and no password, or a wrong one. */
        ENCRYPTED("encrypted"),
        /** Over a limit from {@link ReadLimits}. */
        TOO_LARGE("too-large");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The finding code (PRODUCT.md §3). */
        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final String reason;
    private final List<Object> args;

    public ReadException(Kind kind, String reason, Object... args) {
        this(null, kind, reason, args);
    }

    public ReadException(Throwable cause, Kind kind, String reason, Object... args) {
        super(kind.code() + " (" + reason + ")" + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.kind = kind;
        this.reason = reason;
        this.args = List.of(args);
    }

    public Kind kind() {
        return kind;
    }

    /** Key in the {@code io.goalsheet.read.reasons} bundle. */
    public String reason() {
        return reason;
    }

    public Object[] args() {
        return args.toArray();
    }
}
