package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedXlsxTest {

    @TempDir
    Path dir;

    private Path encrypt(byte[] plain, EncryptionMode mode, String password, String name) throws Exception {
        return encrypt(dir.resolve(name), plain, mode, password);
    }

    static Path encrypt(Path file, byte[] plain, EncryptionMode mode, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(mode);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static ReadOptions withPassword(String pw) {
        return new ReadOptions(ReadLimits.defaults(), pw.toCharArray());
    }

    @Test
    void agileEncryptionWithRightWrongAndNoPassword() throws Exception {
        Path file = encrypt(BadFilesTest.xlsxBytes(), EncryptionMode.agile, "秘密pass", "agile.xlsx");
        BadFilesTest.assertRefused(file, ReadException.Kind.ENCRYPTED, "no-password");
        BadFilesTest.assertRefused(file, withPassword("wrong"), ReadException.Kind.ENCRYPTED, "wrong-password");
        Workbook wb = WorkbookReader.read(file, withPassword("秘密pass"));
        assertThat(wb.sheets().get(0).cell(199, 0).text()).isEqualTo("行199");
        assertThat(wb.sheets().get(0).cell(199, 1).number()).isEqualTo(199);
    }

    @Test
    void standardEncryption() throws Exception {
        Path file = encrypt(BadFilesTest.xlsxBytes(), EncryptionMode.standard, "pw", "standard.xlsx");
        assertThat(WorkbookReader.read(file, withPassword("pw")).sheets()).hasSize(1);
    }

    @Test
    void excelsDefaultPasswordNeedsNoPassword() throws Exception {
        Path file = encrypt(BadFilesTest.xlsxBytes(), EncryptionMode.agile, "VelvetSweatshop", "readonly.xlsx");
        assertThat(WorkbookReader.read(file, ReadOptions.defaults()).sheets()).hasSize(1);
    }

    @Test
    void decryptedPackageIsCheckedLikeAnyOther() throws Exception {
        Path notZip = encrypt("just text, not a package".getBytes(), EncryptionMode.agile, "pw", "notzip.xlsx");
        BadFilesTest.assertRefused(notZip, withPassword("pw"), ReadException.Kind.UNREADABLE, "corrupt");

        ReadLimits d = ReadLimits.defaults();
        ReadLimits small = new ReadLimits(d.maxFileBytes(), d.maxEntryBytes(), d.minInflateRatio(), d.graceBytes(),
                100, d.maxTextLength(), d.maxSharedStrings());
        Path file = encrypt(BadFilesTest.xlsxBytes(), EncryptionMode.agile, "pw", "many.xlsx");
        BadFilesTest.assertRefused(file, new ReadOptions(small, "pw".toCharArray()), ReadException.Kind.TOO_LARGE, "cells");
    }

    @Test
    void brokenEncryptionInfo() throws Exception {
        Path file = dir.resolve("irm.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {9, 9, 9, 9, 0, 0, 0, 0}), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        BadFilesTest.assertRefused(file, ReadException.Kind.ENCRYPTED, "unsupported-encryption");
    }
}
