package io.goalsheet.read;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound files: a password-protected .xlsx (decrypted, then read as any .xlsx), an
 * .xls, an Excel 95 workbook, or something else. The only way into POI when reading, so that
 * reading an .xlsx loads no POI class at all.
 */
final class Ole2Reader {

    private Ole2Reader() {}

    static Workbook read(FileChannel channel, ReadOptions options)
            throws ReadException, IOException {
        ReadLimits limits = options.limits();
        byte[] decrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(channel, true, false)) {
            DirectoryNode root = fs.getRoot();
            if (EncryptedPackage.isEncryptedPackage(root)) {
                decrypted = EncryptedPackage.decrypt(root, options.password(), limits);
            } else {
                String stream;
                try {
                    // HSSF's own choice: Workbook or BOOK, in any case, is BIFF8; Book is Excel 95 (OldExcelFormatException).
                    // A BIFF5 stream under a BIFF8 name is told by its first record (XlsReader.precount).
                    stream = HSSFWorkbook.getWorkbookDirEntryName(root);
                } catch (OldExcelFormatException e) {
                    throw new ReadException(e, ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
                } catch (IllegalArgumentException e) {
                    throw new ReadException(e, ReadException.Kind.UNREADABLE, "not-a-workbook");
                }
                return XlsReader.read(root, stream, options);
            }
        } catch (OldExcelFormatException e) {
            throw new ReadException(e, ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
        } catch (EncryptedDocumentException e) {
            throw options.password() == null
                    ? new ReadException(e, ReadException.Kind.ENCRYPTED, "no-password")
                    : new ReadException(e, ReadException.Kind.ENCRYPTED, "wrong-password");
        }
        if (decrypted.length < 4 || FormatSniffer.sniff(decrypted, Math.min(decrypted.length, 8)) != FormatSniffer.Format.ZIP) {
            throw new ReadException(new IOException("the decrypted package is not a ZIP file"),
                    ReadException.Kind.UNREADABLE, "corrupt");
        }
        return XlsxReader.read(new SeekableInMemoryByteChannel(decrypted), limits);
    }
}
