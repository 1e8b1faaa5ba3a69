package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading never changes, touches or adds a file. */
class ReadOnlyTest {

    @TempDir
    Path dir;

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void bytesModificationTimeAndFolderUnchanged() throws Exception {
        Path xlsx = Files.write(dir.resolve("a.xlsx"), BadFilesTest.xlsxBytes());
        Path xls = Files.write(dir.resolve("b.xls"), XlsReaderTest.xlsBytes());
        Path enc = dir.resolve("c.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor e = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            e.confirmPassword("pw");
            try (var os = e.getDataStream(fs)) {
                os.write(BadFilesTest.xlsxBytes());
            }
            try (var out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        Path bad = Files.write(dir.resolve("d.xlsx"), "a,b\n1,2\n".getBytes());
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        for (Path f : List.of(xlsx, xls, enc, bad)) {
            Files.setLastModifiedTime(f, old);
        }
        List<String> before = Stream.of(xlsx, xls, enc, bad).map(f -> {
            try {
                return sha256(f);
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        }).toList();
        List<Path> listing;
        try (Stream<Path> s = Files.list(dir)) {
            listing = s.sorted().toList();
        }

        ReadOptions pw = new ReadOptions(ReadLimits.defaults(), "pw".toCharArray());
        WorkbookReader.read(xlsx, ReadOptions.defaults());
        WorkbookReader.read(xls, ReadOptions.defaults());
        WorkbookReader.read(enc, pw);
        BadFilesTest.assertRefused(bad, ReadException.Kind.UNREADABLE, "csv");

        int i = 0;
        for (Path f : List.of(xlsx, xls, enc, bad)) {
            assertThat(sha256(f)).as("bytes of %s", f.getFileName()).isEqualTo(before.get(i++));
            assertThat(Files.getLastModifiedTime(f)).as("mtime of %s", f.getFileName()).isEqualTo(old);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.sorted().toList()).isEqualTo(listing);
        }
    }

    @Test
    void aReadOnlyFileCanBeRead() throws Exception {
        Path xlsx = Files.write(dir.resolve("ro.xlsx"), BadFilesTest.xlsxBytes());
        Path xls = Files.write(dir.resolve("ro.xls"), XlsReaderTest.xlsBytes());
        assertThat(xlsx.toFile().setWritable(false)).isTrue();
        assertThat(xls.toFile().setWritable(false)).isTrue();
        assertThat(WorkbookReader.read(xlsx, ReadOptions.defaults()).sheets()).hasSize(1);
        assertThat(WorkbookReader.read(xls, ReadOptions.defaults()).sheets()).hasSize(2);
    }
}
