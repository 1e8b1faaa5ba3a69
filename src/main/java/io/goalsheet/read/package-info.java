/**
 * Workbook files to {@link io.goalsheet.read.SheetGrid}s: {@link io.goalsheet.read.WorkbookReader}
 * is the way in.
 *
 * <ul>
 *   <li>.xlsx/.xlsm: the ZIP through Commons Compress ({@code ZipPackage}: CRC-32 of every part
 *       read, no two parts of one name, the limits counted as bytes inflate) and every part's XML
 *       through Aalto's StAX ({@code Xml}: no DTD, no entities, well-formed to the end of each part):
 *       content types, relationships, workbook part, shared strings (furigana {@code <rPh>} left
 *       out), number formats, worksheets and their merged cells. No POI classes are loaded.</li>
 *   <li>Password-protected .xlsx: decrypted by POI in memory, then the lean reader.</li>
 *   <li>.xls (BIFF8): POI HSSF, after a pass over the record headers that counts cells.</li>
 *   <li>Anything else: a {@link io.goalsheet.read.ReadException} whose reason is a key of the
 *       {@code io.goalsheet.read.reasons} bundle ({@code reasons_en}, {@code reasons_ja}).</li>
 * </ul>
 *
 * <p>Every path is bounded by {@link io.goalsheet.read.ReadLimits}; files are only ever read.
 */
package io.goalsheet.read;
