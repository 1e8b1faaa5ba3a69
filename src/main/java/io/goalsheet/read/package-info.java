/**
 * Workbook files to {@link io.goalsheet.read.SheetGrid}s: {@link io.goalsheet.read.WorkbookReader}
 * is the way in.
 *
 * <ul>
 *   <li>.xlsx/.xlsm: a lean reader of our own ({@code ZipArchive} + {@code XmlReader}, no POI
 *       classes loaded): workbook part, relationships, shared strings (furigana {@code <rPh>} left
 *       out), number formats, worksheets and their merged cells; worksheets through
 *       {@code SheetScanner}, a faster byte-level path for the usual XML, with the XmlReader for
 *       the rest. The XmlReader is {@code Utf8XmlReader}, which reads as StAX does, for UTF-8 XML
 *       1.0, and the JDK's StAX for anything else.</li>
 *   <li>Password-protected .xlsx: decrypted by POI in memory, then the lean reader.</li>
 *   <li>.xls (BIFF8): POI HSSF, after a pass over the record headers that counts cells.</li>
 *   <li>Anything else: a {@link io.goalsheet.read.ReadException} whose reason is a key of the
 *       {@code io.goalsheet.read.reasons} bundle ({@code reasons_en}, {@code reasons_ja}).</li>
 * </ul>
 *
 * <p>Every path is bounded by {@link io.goalsheet.read.ReadLimits}; files are only ever read.
 */
package io.goalsheet.read;
