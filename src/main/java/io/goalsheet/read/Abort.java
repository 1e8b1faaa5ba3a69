package io.goalsheet.read;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * Carries a {@link ReadException} through code that only lets {@link IOException} pass, such as an
 * XML parser pulling bytes from a limited stream.
 */
final class Abort extends IOException {

    private final transient ReadException failure;

    Abort(ReadException failure) {
        super(failure.getMessage(), failure);
        this.failure = failure;
    }

    ReadException failure() {
        return failure;
    }

    /** The ReadException somewhere in {@code t}'s causes (including XMLStreamException's nested one), or null. */
    static ReadException find(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof ReadException re) {
                return re;
            }
            if (t instanceof Abort a) {
                return a.failure;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException xse) {
                next = xse.getNestedException();
            }
            t = next;
        }
        return null;
    }
}
