package io.goalsheet.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads one workbook file into its visible sheets. The format is told by content, not by the
 * file's name: .xlsx/.xlsm by Commons Compress and Aalto's StAX, password-protected .xlsx decrypted by POI
 * in memory, .xls (BIFF8) by POI's HSSF. Everything else gets a {@link ReadException} whose
 * {@link ReadException#reason() reason} says what the file is and what to do.
 *
 * <p>The file is opened for reading only; nothing is written, locked or created beside it.
 * Reading is thread-safe: any number of files may be read at once.
 *
 * <p>Dates: the number of a {@link NumberStyle#DATE} cell is always a serial of the 1900 date
 * system; workbooks using the 1904 system are converted.
 */
public final class WorkbookReader {

    /** Files up to this size are read into memory whole. */
    private static final long IN_MEMORY = 32L << 20;

    private WorkbookReader() {}

    /**
     * Reads {@code file}.
     *
     * @param options limits and password; null means {@link ReadOptions#defaults()}
     * @throws ReadException when the file cannot be read as a workbook; never another exception
     *                       for anything in the file's content
     */
    public static Workbook read(Path file, ReadOptions options) throws ReadException {
        Objects.requireNonNull(file, "file");
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        if (opts.limits() == null) {
            opts = new ReadOptions(ReadLimits.defaults(), opts.password());
        }
        // a folder, or a device or named pipe (opening a pipe would wait for a writer)
        if (Files.isDirectory(file) || (Files.exists(file) && !Files.isRegularFile(file))) {
            throw new ReadException(ReadException.Kind.UNREADABLE, "not-a-file");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new ReadException(e, ReadException.Kind.UNREADABLE, "not-found");
        } catch (AccessDeniedException | SecurityException e) {
            throw new ReadException(e, ReadException.Kind.UNREADABLE, "access-denied");
        } catch (IOException e) {
            throw new ReadException(e, ReadException.Kind.UNREADABLE, "io-error", String.valueOf(e.getMessage()));
        }
        try (channel) {
            return read(file, channel, opts);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            ReadException inside = Abort.find(e);
            if (inside != null) {
                throw inside;
            }
            throw new ReadException(e, ReadException.Kind.UNREADABLE, "corrupt");
        }
    }

    private static Workbook read(Path file, FileChannel channel, ReadOptions options)
            throws ReadException, IOException {
        ReadLimits limits = options.limits();
        long size = channel.size();
        if (size == 0) {
            throw new ReadException(ReadException.Kind.UNREADABLE, "empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new ReadException(ReadException.Kind.TOO_LARGE, "file-size",
                    ReadLimits.megabytes(size), ReadLimits.megabytes(limits.maxFileBytes()));
        }
        // a workbook of usual size is read in one go: ZipFile's many small reads then cost no system call
        boolean whole = size <= IN_MEMORY;
        byte[] head = read(channel, (int) (whole ? size : Math.min(size, FormatSniffer.HEAD_BYTES)));
        int len = head.length;
        return switch (FormatSniffer.sniff(head, Math.min(len, FormatSniffer.HEAD_BYTES))) {
            case ZIP -> XlsxReader.read(whole ? new SeekableInMemoryByteChannel(head) : channel, limits);
            case OLE2 -> Ole2Reader.read(channel, options);
            case OLD_BIFF -> throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
            case CSV -> throw new ReadException(ReadException.Kind.UNREADABLE, "csv");
            case HTML -> throw new ReadException(ReadException.Kind.UNREADABLE, "html");
            case XML2003 -> throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "xml2003");
            case UNKNOWN -> {
                Path name = file.getFileName();
                if (name != null && name.toString().startsWith("~$") && size < 1024) {
                    throw new ReadException(ReadException.Kind.UNREADABLE, "owner-file");
                }
                throw new ReadException(ReadException.Kind.UNREADABLE, "not-a-workbook");
            }
        };
    }

    /** The first {@code n} bytes of the file (fewer only if it shrank), read in pieces so that no large native buffer is made. */
    private static byte[] read(FileChannel channel, int n) throws IOException {
        byte[] bytes = new byte[n];
        int len = 0;
        while (len < n) {
            int got = channel.read(ByteBuffer.wrap(bytes, len, Math.min(n - len, 1 << 20)), len);
            if (got < 0) {
                return Arrays.copyOf(bytes, len);
            }
            len += got;
        }
        return bytes;
    }
}
