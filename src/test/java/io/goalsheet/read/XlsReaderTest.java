package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {

    @TempDir
    Path dir;

    /** A small .xls: merged cells, Japanese dates, a formula, an error, a hidden sheet. */
    static byte[] xlsBytes() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(HSSFWorkbook wb) {
        HSSFSheet s = wb.createSheet("重点目標");
        HSSFCellStyle jaDate = wb.createCellStyle();
        jaDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        HSSFCellStyle builtinDate = wb.createCellStyle();
        builtinDate.setDataFormat((short) 14);
        HSSFCellStyle pct = wb.createCellStyle();
        pct.setDataFormat((short) 9);
        HSSFCellStyle era = wb.createCellStyle();
        era.setDataFormat(wb.createDataFormat().getFormat("[$-411]ggge\"年\"m\"月\"d\"日\""));
        HSSFRow r0 = s.createRow(0);
        r0.createCell(0).setCellValue("政策企画部");
        r0.createCell(1).setCellValue(120);
        HSSFCell d = r0.createCell(2);
        d.setCellValue(LocalDate.of(2025, 9, 30));
        d.setCellStyle(jaDate);
        HSSFCell d2 = r0.createCell(3);
        d2.setCellValue(LocalDate.of(2026, 3, 31));
        d2.setCellStyle(builtinDate);
        HSSFCell p = r0.createCell(4);
        p.setCellValue(0.75);
        p.setCellStyle(pct);
        HSSFCell f = r0.createCell(5);
        f.setCellFormula("B1*2");
        f.setCellValue(240);
        HSSFCell err = r0.createCell(6);
        err.setCellErrorValue(FormulaError.DIV0.getCode());
        r0.createCell(7).setCellValue(false);
        HSSFCell e2 = r0.createCell(8);
        e2.setCellValue(LocalDate.of(2025, 4, 1));
        e2.setCellStyle(era);
        s.createRow(3).createCell(0).setCellValue("下の行");
        s.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        s.addMergedRegion(new CellRangeAddress(3, 3, 0, 4));
        wb.createSheet("非表示").createRow(0).createCell(0).setCellValue("x");
        wb.setSheetHidden(1, true);
        wb.createSheet("二枚目").createRow(5).createCell(2).setCellValue("C6");
    }

    @Test
    void readsXlsThroughHssf() throws Exception {
        Path file = Files.write(dir.resolve("old.xls"), xlsBytes());
        Workbook wb = WorkbookReader.read(file, ReadOptions.defaults());
        assertThat(wb.sheets()).extracting(SheetGrid::name).containsExactly("重点目標", "二枚目");
        SheetGrid g = wb.sheets().get(0);
        assertThat(g.cell(0, 0).text()).isEqualTo("政策企画部");
        assertThat(g.cell(0, 1).number()).isEqualTo(120);
        assertThat(g.cell(0, 1).text()).isEqualTo("120");
        assertThat(g.cell(0, 2).isDate()).isTrue();
        assertThat(g.cell(0, 2).number()).isEqualTo(XlsxReaderTest.serial(LocalDate.of(2025, 9, 30)));
        assertThat(g.cell(0, 3).isDate()).isTrue();
        assertThat(g.cell(0, 4).style()).isEqualTo(NumberStyle.PERCENT);
        assertThat(g.cell(0, 5).formula()).isTrue();
        assertThat(g.cell(0, 5).number()).isEqualTo(240);
        assertThat(g.cell(0, 6).type()).isEqualTo(CellType.ERROR);
        assertThat(g.cell(0, 6).text()).isEqualTo("#DIV/0!");
        assertThat(g.cell(0, 7).text()).isEqualTo("FALSE");
        assertThat(g.cell(0, 8).isDate()).isTrue();
        assertThat(g.cell(3, 0).text()).isEqualTo("下の行");
        assertThat(g.mergedRegions()).containsExactly(new MergedRegion(0, 2, 0, 0), new MergedRegion(3, 3, 0, 4));
        assertThat(g.mergedRegionAt(2, 0)).isEqualTo(new MergedRegion(0, 2, 0, 0));
        assertThat(wb.sheets().get(1).cell(5, 2).text()).isEqualTo("C6");
    }

    /**
     * Some writers name the BIFF8 stream BOOK rather than Workbook. HSSF reads it; it was refused
     * here as Excel 95, whose stream is Book. The version in the first record decides, as HSSF does.
     */
    @Test
    void aBiff8StreamNamedBookIsRead() throws Exception {
        byte[] stream;
        try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(xlsBytes()))) {
            try (var in = fs.getRoot().createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
        }
        Path file = dir.resolve("book.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); var out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(stream), "BOOK");
            fs.writeFilesystem(out);
        }
        Workbook wb = WorkbookReader.read(file, ReadOptions.defaults());
        assertThat(wb.sheets()).extracting(SheetGrid::name).containsExactly("重点目標", "二枚目");
        assertThat(wb.sheets().get(0).cell(0, 0).text()).isEqualTo("政策企画部");
        assertThat(wb.sheets().get(0).cell(0, 2).isDate()).isTrue();
    }

    @Test
    void xlsDate1904() throws Exception {
        Path file = dir.resolve("d1904.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.getInternalWorkbook().getWindowOne(); // touch
            org.apache.poi.hssf.record.DateWindow1904Record rec = (org.apache.poi.hssf.record.DateWindow1904Record)
                    wb.getInternalWorkbook().findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid);
            rec.setWindowing((short) 1);
            HSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            HSSFCell c = wb.createSheet("S").createRow(0).createCell(0);
            c.setCellValue(XlsxReaderTest.serial(LocalDate.of(2025, 9, 30)) - 1462);
            c.setCellStyle(date);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        SheetGrid g = WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0);
        assertThat(g.cell(0, 0).number()).isEqualTo(XlsxReaderTest.serial(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void encryptedXls() throws Exception {
        Path file = dir.resolve("locked.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb);
            Biff8EncryptionKey.setCurrentUserPassword("himitsu");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        BadFilesTest.assertRefused(file, ReadException.Kind.ENCRYPTED, "no-password");
        BadFilesTest.assertRefused(file, new ReadOptions(ReadLimits.defaults(), "wrong".toCharArray()),
                ReadException.Kind.ENCRYPTED, "wrong-password");
        Workbook wb = WorkbookReader.read(file, new ReadOptions(ReadLimits.defaults(), "himitsu".toCharArray()));
        assertThat(wb.sheets().get(0).cell(0, 0).text()).isEqualTo("政策企画部");
        assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
    }

    @Test
    void xlsOverTheCellLimitIsRefusedBeforeLoading() throws Exception {
        Path file = dir.resolve("many.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet s = wb.createSheet("多い");
            for (int r = 0; r < 2000; r++) {
                HSSFRow row = s.createRow(r);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReadLimits d = ReadLimits.defaults();
        ReadLimits small = new ReadLimits(d.maxFileBytes(), d.maxEntryBytes(), d.minInflateRatio(), d.graceBytes(),
                5000, d.maxTextLength(), d.maxSharedStrings());
        ReadException e = BadFilesTest.assertRefused(file, new ReadOptions(small, null), ReadException.Kind.TOO_LARGE, "cells");
        assertThat(e.args()).containsExactly("多い", 5000L);
        // the default limits read it
        assertThat(WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0).cell(1999, 4).number()).isEqualTo(19994);
    }
}
