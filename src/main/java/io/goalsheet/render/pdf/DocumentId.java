package io.goalsheet.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces the random file identifier OpenPDF writes in the trailer ({@code /ID [<…><…>]}, from the
 * clock and free memory) with a digest of the document itself, as the PDF specification suggests:
 * the same document gets the same identifier, and so the same bytes. Both halves are the same (a
 * first version of a file). The trailer is plain text and the identifier keeps its length, so no
 * offset in the file changes.
 */
final class DocumentId {

    private static final byte[] KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEX = 32;

    private DocumentId() {}

    static byte[] fix(byte[] pdf) {
        int at = lastIndexOf(pdf, KEY);
        if (at < 0) {
            throw new IllegalStateException("no file identifier in the PDF trailer");
        }
        int first = at + KEY.length;
        int second = first + HEX + 2; // "><"
        if (second + HEX >= pdf.length || pdf[first + HEX] != '>' || pdf[first + HEX + 1] != '<'
                || pdf[second + HEX] != '>') {
            throw new IllegalStateException("unexpected file identifier in the PDF trailer");
        }
        for (int i = 0; i < HEX; i++) {
            pdf[first + i] = '0';
            pdf[second + i] = '0';
        }
        byte[] hex = HexFormat.of().formatHex(md5(pdf)).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(hex, 0, pdf, first, HEX);
        System.arraycopy(hex, 0, pdf, second, HEX);
        return pdf;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
        outer:
        for (int i = data.length - key.length; i >= 0; i--) {
            for (int j = 0; j < key.length; j++) {
                if (data[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
