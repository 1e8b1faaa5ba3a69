package io.goalsheet.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.Eras;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The publishable consolidated report as PDF (OpenPDF): a cover, a summary with a chart, one
 * section per department laid out like the published 重点目標一覧表, and, when inputs were left
 * out, an appendix saying which and why. Layout from the report template: page size and margins,
 * column widths, font and titles.
 *
 * <p>The output depends only on the consolidation, the template and the options: the same inputs
 * and the same {@link PdfOptions#creationDate()} give the same bytes.
 */
public final class PdfReport {

    /** Dates in the report are Japanese dates: the creation instant is read in Japan's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final ReportTemplate template;
    private final PdfOptions options;
    private ReportFont.Source fontSource;

    public PdfReport(ReportTemplate template, PdfOptions options) {
        this.template = Objects.requireNonNull(template, "template");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Writes the report; {@code out} is not closed. */
    public void write(Consolidation c, OutputStream out) throws IOException {
        write(c, null, out);
    }

    /**
     * Writes the report with the change since the previous report ({@code changes}, of which {@code c} is
     * the current period; null for none): a page 前回からの変化 after the summary, and each 進捗度's change
     * beside it.
     */
    public void write(Consolidation c, Comparison changes, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        ReportFont font = ReportFont.create(fontSource(), seed(c, changes));
        Typo typo = new Typo(font, (float) template.fontSize());
        Labels labels = new Labels();
        String title = template.title(c.reportKind());
        ReportTemplate.Page p = template.page();
        Rectangle size = "A3".equals(p.size()) ? PageSize.A3 : PageSize.A4;
        if (p.landscape()) {
            // a landscape media box, not a portrait page with /Rotate: viewers, printers and text extraction agree on it
            size = new Rectangle(size.getHeight(), size.getWidth());
        }
        Document doc = new Document(size, mm(p.left()), mm(p.right()), mm(p.top()), mm(p.bottom()));
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, buffer);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            PageDecorations decor = new PageDecorations(typo, title + "　" + FiscalYears.label(c.fiscalYear()));
            writer.setPageEvent(decor);
            String author = options.author() != null ? options.author() : template.organisation();
            doc.addTitle(title);
            if (author != null && !author.isBlank()) {
                doc.addAuthor(author);
            }
            String subject = labels.get("meta.subject", FiscalYears.label(c.fiscalYear()) + title, Eras.wareki(c.asOf()));
            doc.addSubject(template.organisation() == null ? subject : template.organisation() + "　" + subject);
            doc.addKeywords(labels.get("meta.keywords", FiscalYears.label(c.fiscalYear()),
                    c.reportKind() == null ? "" : c.reportKind()));
            doc.addCreator("goalsheet");
            doc.open();
            fixDates(writer);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("ja-JP"));

            Sections s = new Sections(doc, writer, typo, labels, template, c, decor, options.creationDate().atZone(ZONE),
                    changes);
            s.cover();
            s.summary();
            s.changes();
            s.departments();
            s.appendix();
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF report: " + e.getMessage(), e);
        }
        out.write(DocumentId.fix(buffer.toByteArray()));
    }

    private ReportFont.Source fontSource() throws IOException {
        if (fontSource == null) {
            Path file = options.fontFile() != null ? options.fontFile() : template.fontFile();
            fontSource = ReportFont.Source.read(file);
        }
        return fontSource;
    }

    /** CreationDate and ModDate are the given creation date, not the clock. */
    private void fixDates(PdfWriter writer) {
        Calendar cal = GregorianCalendar.from(options.creationDate().atZone(ZONE));
        cal.setTimeZone(TimeZone.getTimeZone(ZONE));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(cal));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(cal));
    }

    /** What makes the font subset's tag: the same for the same inputs, different for different ones. */
    private byte[] seed(Consolidation c, Comparison changes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(c.toString().getBytes(StandardCharsets.UTF_8));
            if (changes != null) {
                md.update(changes.previous().toString().getBytes(StandardCharsets.UTF_8));
            }
            md.update(template.toString().getBytes(StandardCharsets.UTF_8));
            md.update(options.toString().getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }
}
