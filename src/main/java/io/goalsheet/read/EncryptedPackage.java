package io.goalsheet.read;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * A password-protected .xlsx: an OLE2 container holding EncryptionInfo and EncryptedPackage.
 * Decrypted with POI into memory (never a temporary file), within {@link ReadLimits#maxFileBytes()}.
 */
final class EncryptedPackage {

    private EncryptedPackage() {}

    static boolean isEncryptedPackage(DirectoryNode root) {
        return root.hasEntry("EncryptionInfo") || root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
    }

    /** The decrypted package's bytes (a ZIP, normally). */
    static byte[] decrypt(DirectoryNode root, char[] password, ReadLimits limits) throws ReadException, IOException {
        Decryptor decryptor;
        try {
            EncryptionInfo info = new EncryptionInfo(root);
            decryptor = Decryptor.getInstance(info);
        } catch (RuntimeException | IOException e) {
            // rights management (IRM, sensitivity labels) and unknown schemes
            throw new ReadException(e, ReadException.Kind.ENCRYPTED, "unsupported-encryption");
        }
        try {
            // Excel may protect with its well-known default password when none is asked of the user
            String pw = password == null ? Decryptor.DEFAULT_PASSWORD : new String(password);
            if (!decryptor.verifyPassword(pw)) {
                throw password == null
                        ? new ReadException(ReadException.Kind.ENCRYPTED, "no-password")
                        : new ReadException(ReadException.Kind.ENCRYPTED, "wrong-password");
            }
            try (InputStream in = decryptor.getDataStream(root)) {
                long length = decryptor.getLength();
                if (length > limits.maxFileBytes()) {
                    throw new ReadException(ReadException.Kind.TOO_LARGE, "file-size",
                            ReadLimits.megabytes(length), ReadLimits.megabytes(limits.maxFileBytes()));
                }
                if (length < 0) {
                    throw new ReadException(new IOException("negative package length"),
                            ReadException.Kind.UNREADABLE, "corrupt");
                }
                byte[] bytes = in.readNBytes((int) length);
                if (bytes.length < length) {
                    throw new ReadException(new IOException("encrypted package is cut short"),
                            ReadException.Kind.UNREADABLE, "truncated");
                }
                return bytes;
            }
        } catch (GeneralSecurityException e) {
            throw new ReadException(e, ReadException.Kind.ENCRYPTED, "unsupported-encryption");
        }
    }
}
