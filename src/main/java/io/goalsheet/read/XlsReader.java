package io.goalsheet.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Excel 97–2003 (.xls, BIFF8) through POI's HSSF, into the same compact sheets as .xlsx. Before
 * HSSF loads anything, a pass over the record headers counts the cells, so a workbook over the
 * limits is refused without being loaded.
 */
final class XlsReader {

    private static final long DATE_1904_OFFSET = 1462;

    private XlsReader() {}

    static Workbook read(DirectoryNode root, String stream, ReadOptions options) throws ReadException, IOException {
        ReadLimits limits = options.limits();
        precount(root, stream, limits);
        char[] password = options.password();
        HSSFWorkbook wb;
        Biff8EncryptionKey.setCurrentUserPassword(password == null ? null : new String(password));
        try {
            wb = new HSSFWorkbook(root, false);
        } catch (EncryptedDocumentException e) {
            throw password == null
                    ? new ReadException(e, ReadException.Kind.ENCRYPTED, "no-password")
                    : new ReadException(e, ReadException.Kind.ENCRYPTED, "wrong-password");
        } catch (OldExcelFormatException e) {
            throw new ReadException(e, ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        try (wb) {
            return convert(wb, limits);
        }
    }

    private static Workbook convert(HSSFWorkbook wb, ReadLimits limits) throws ReadException {
        Budget budget = new Budget(limits);
        boolean date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
        Map<Short, NumberStyle> styles = new HashMap<>();
        List<SheetGrid> grids = new ArrayList<>();
        String[] noShared = new String[0];
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue;
            }
            HSSFSheet sheet = wb.getSheetAt(i);
            SheetBuilder b = new SheetBuilder(sheet.getSheetName(), noShared, budget);
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                HSSFRow row = (HSSFRow) r;
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    add(b, (HSSFCell) c, styles, date1904, limits);
                }
            }
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                b.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
            }
            grids.add(b.build());
        }
        return new Workbook(grids);
    }

    private static void add(SheetBuilder b, HSSFCell c, Map<Short, NumberStyle> styles, boolean date1904,
            ReadLimits limits) throws ReadException {
        int row = c.getRowIndex();
        int col = c.getColumnIndex();
        org.apache.poi.ss.usermodel.CellType type = c.getCellType();
        boolean formula = type == org.apache.poi.ss.usermodel.CellType.FORMULA;
        if (formula) {
            type = c.getCachedFormulaResultType();
        }
        NumberStyle style = style(c.getCellStyle(), styles);
        switch (type) {
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                if (date1904 && style == NumberStyle.DATE) {
                    d += DATE_1904_OFFSET;
                }
                b.number(row, col, d, style, formula);
            }
            case STRING -> {
                String s = c.getRichStringCellValue().getString();
                if (s.length() > limits.maxTextLength()) {
                    throw new ReadException(ReadException.Kind.TOO_LARGE, "text-length",
                            b.name() + "!" + CellAddress.a1(row, col), limits.maxTextLength());
                }
                b.text(row, col, s, style, formula);
            }
            case BOOLEAN -> b.bool(row, col, c.getBooleanCellValue(), style, formula);
            case ERROR -> b.error(row, col, errorText(c.getErrorCellValue()), style, formula);
            default -> {
                if (formula) {
                    b.formulaWithoutValue(row, col, style);
                }
            }
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }

    private static NumberStyle style(HSSFCellStyle cs, Map<Short, NumberStyle> cache) {
        return cache.computeIfAbsent(cs.getIndex(),
                k -> NumberFormats.classify(cs.getDataFormat(), cs.getDataFormatString()));
    }

    /**
     * Walks the record headers (which stay readable in an encrypted file) counting cell records per
     * sheet, and refuses the workbook when a sheet or the whole is over the limits.
     */
    private static void precount(DirectoryNode root, String stream, ReadLimits limits) throws ReadException, IOException {
        List<String> names = new ArrayList<>();
        boolean encrypted = false;
        boolean first = true;
        int depth = 0;
        int sheet = -1;
        long inSheet = 0;
        long total = 0;
        byte[] body = new byte[8224];
        try (DocumentInputStream in = root.createDocumentInputStream(stream)) {
            while (in.available() >= 4) {
                int sid = in.readUShort();
                int len = in.readUShort();
                if (len > in.available()) {
                    break; // a cut record: HSSF will say what is wrong
                }
                boolean needBody = sid == 0x0809 || (sid == 0x0085 && !encrypted);
                if (needBody && len <= body.length) {
                    in.readFully(body, 0, len);
                } else {
                    in.skipNBytes(len);
                    needBody = false;
                }
                if (first) {
                    first = false;
                    // BIFF8 says 0x0600; Excel 5.0/95 (BIFF5) 0x0500, which HSSF does not recognise itself
                    int version = sid == 0x0809 && needBody && len >= 2 ? u16(body, 0) : 0x0600;
                    if (version >= 0x0200 && version < 0x0600) {
                        throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
                    }
                }
                switch (sid) {
                    case 0x0809 -> { // BOF
                        if (depth == 0 && needBody && len >= 4 && u16(body, 2) != 0x0005) {
                            sheet++;
                            inSheet = 0;
                        }
                        depth++;
                    }
                    case 0x000A -> depth = Math.max(0, depth - 1); // EOF
                    case 0x002F -> encrypted = true; // FILEPASS
                    case 0x0085 -> names.add(needBody ? sheetName(body, len) : null); // BOUNDSHEET
                    case 0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6, 0x00BD -> {
                        long n = sid == 0x00BD ? Math.max(1, (len - 6) / 6) : 1;
                        inSheet += n;
                        total += n;
                        if (inSheet > limits.maxCells()) {
                            String name = sheet >= 0 && sheet < names.size() && names.get(sheet) != null
                                    ? names.get(sheet) : "#" + (sheet + 1);
                            throw new ReadException(ReadException.Kind.TOO_LARGE, "cells", name, limits.maxCells());
                        }
                        if (total > limits.maxWorkbookCells()) {
                            throw new ReadException(ReadException.Kind.TOO_LARGE, "workbook-cells",
                                    limits.maxWorkbookCells());
                        }
                    }
                    default -> {
                        // not counted
                    }
                }
            }
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    /** BoundSheet8: lbPlyPos (4), hsState (1), dt (1), then a ShortXLUnicodeString. */
    private static String sheetName(byte[] body, int len) {
        if (len < 8) {
            return null;
        }
        int cch = body[6] & 0xFF;
        boolean wide = (body[7] & 1) != 0;
        int bytes = wide ? cch * 2 : cch;
        if (8 + bytes > len) {
            return null;
        }
        return new String(body, 8, bytes, wide ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }
}
