package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UTF-8 parser must read every document as the JDK's StAX parser reads it: the same elements,
 * attributes and text, and a failure where that one fails. Each document is read to its end by both.
 */
class Utf8XmlReaderTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /** Documents, well-formed or not, each a case the parser must decide as the JDK's does. */
    @ParameterizedTest
    @ValueSource(strings = {
        // well-formed
        "<a/>",
        "<a></a>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a x=\"1\" y='2'>t</a>",
        "<?xml version='1.0'?><a/>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>",
        "\uFEFF<a/>",
        "<a>one<b/>two<c>three</c>four</a>",
        "<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x3042;&#x1F600;&#128512;</a>",
        "<a x=\"&lt;&amp;&#x9;&#10;&#13;\"/>",
        "<a x=\"a\tb\nc\r\nd\re\"/>",
        "<a>x\r\ny\rz\n</a>",
        "<a><![CDATA[<b>&amp;]]]]><![CDATA[>\r\n]]></a>",
        "<a><![CDATA[]]></a>",
        "<!-- c --><?pi data?><a><!----><?pi?></a><!-- after --><?pi?>  ",
        "<a>]</a>",
        "<a>]]</a>",
        "<a>] ]></a>",
        "<a " + NS + "><r:b r:id=\"rId1\" id=\"x\"/><sheet r:id=\"rId2\" name=\"シート\"/></a>",
        "<x:a xmlns:x=\"u\"><x:b/><b xmlns=\"v\"><c/></b></x:a>",
        "<a xmlns:p=\"u\" xmlns:q=\"w\" p:x=\"1\" q:x=\"2\" x=\"3\"/>",
        "<a xml:space=\"preserve\" xmlns:xml=\"http://www.w3.org/XML/1998/namespace\">  </a>",
        "<a xmlns=\"\"/>",
        "<a>日本語のテキスト　全角　ｶﾅ 😀 \u00A0</a>",
        "<名前 属性=\"値\">本文</名前>",
        "<a\n\tx\n=\n'1'\n/>",
        "<a></a >",
        "<a>\u007F\u0085\u2028</a>",
        "<a>&#xD7FF;&#xE000;&#xFFFD;&#x10FFFF;</a>",
        "<:a :b=\"1\"></:a>",
        "<:1 :2=\"\"/>",
        "<a xmlns:x=\"u\" x:b=\"1\" :b=\"2\"/>",
        "<a><?p:i x?><?:p?><?a:b:c?></a>",
        // not well-formed
        "",
        "   ",
        "<a>",
        "<a></b>",
        "<a><b></a></b>",
        "<a/><b/>",
        "<a/>text",
        "text<a/>",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=\"1\"y=\"2\"/>",
        "<a x=1/>",
        "<a x=\"<\"/>",
        "<a x=\"1/>",
        "<a>&unknown;</a>",
        "<a>&lt</a>",
        "<a>&#;</a>",
        "<a>&#x;</a>",
        "<a>&#X41;</a>",
        "<a>&#0;</a>",
        "<a>&#xFFFE;</a>",
        "<a>&#xD800;</a>",
        "<a>&#x110000;</a>",
        "<a>&#99999999999999;</a>",
        "<a>]]></a>",
        "<a>\u0001</a>",
        "<a x=\"\u0002\"/>",
        "<a><!-- a -- b --></a>",
        "<a><!-- a ---></a>",
        "<a><?xml version=\"1.0\"?></a>",
        "<a><?XmL x?></a>",
        "<a><?pi?x?></a>",
        "<a><![CDATA[x]]></a><![CDATA[y]]>",
        "<![CDATA[x]]><a/>",
        "<p:a/>",
        "<a p:x=\"1\"/>",
        "<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>",
        "<a xmlns:p=\"\"/>",
        "<a xmlns:p=\"u\" xmlns:p=\"v\"/>",
        "<a xmlns:xmlns=\"u\"/>",
        "<a xmlns:xml=\"u\"/>",
        "<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<a xmlns=\"http://www.w3.org/2000/xmlns/\"/>",
        "<xmlns:a xmlns:xmlns=\"u\"/>",
        "<a:b:c xmlns:a=\"u\"/>",
        "<a:/>",
        "<1a/>",
        "<::a/>",
        "<:a:b/>",
        "<:/>",
        "<a:1 xmlns:a=\"u\"/>",
        "<a xmlns:1=\"u\"/>",
        "<a xmlns:=\"u\"/>",
        "<a b:=\"1\"/>",
        "<a 1x=\"1\"/>",
        "<a/ >",
        "<a></ a>",
        "<!DOCTYPE a><a/>",
        "<a/><!DOCTYPE a>",
        "<!ELEMENT a><a/>",
        "<a><!DOCTYPE a></a>",
        "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>",
        " <?xml version=\"1.0\"?><a/>",
        "<a>\uFFFF</a>",
    })
    void readsAsTheJdkParserDoes(String doc) throws Exception {
        assertSame(doc.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedUtf8IsRefusedAsTheJdkParserRefusesIt() throws Exception {
        int[][] sequences = {
            {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC2}, {0xC2, 0x41}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF},
            {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xEF, 0xBF, 0xBE}, {0xEF, 0xBF, 0xBF}, {0xE3, 0x81}, {0xF0, 0x80, 0x80, 0x80},
            {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
            {0xFE}, {0xFF}, {0xE3, 0x81, 0x82}, {0xF0, 0x9F, 0x98, 0x80}, {0xC2, 0x80}, {0xEF, 0xBF, 0xBD}};
        for (int[] seq : sequences) {
            byte[] b = new byte[seq.length];
            for (int i = 0; i < seq.length; i++) {
                b[i] = (byte) seq[i];
            }
            for (String[] around : new String[][] {{"<a>", "</a>"}, {"<a x=\"", "\"/>"}, {"<a><!--", "--></a>"},
                {"<", "/>"}, {"<a><![CDATA[", "]]></a>"}, {"<a><?pi ", "?></a>"}}) {
                if (around[0].equals("<") && valid(b)) {
                    continue; // a character beyond ASCII in a name: see nonAsciiNames
                }
                assertSame(concat(around[0].getBytes(StandardCharsets.UTF_8), b, around[1].getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static boolean valid(byte[] b) {
        return !new String(b, StandardCharsets.UTF_8).contains("\uFFFD") || (b.length == 3 && (b[0] & 0xFF) == 0xEF);
    }

    /**
     * Names beyond ASCII follow XML 1.0's fifth edition, which allows more than the older tables the
     * JDK's parser keeps (an emoji, for one). No workbook part has such a name; the common ones agree.
     */
    @Test
    void nonAsciiNames() throws Exception {
        assertSame("<名前 属性=\"値\" xmlns:日=\"u\" 日:本=\"x\"><日:要素/></名前>".getBytes(StandardCharsets.UTF_8));
        assertSame("<é ü=\"\"/>".getBytes(StandardCharsets.UTF_8));
        assertSame("<a\u00B7b/>".getBytes(StandardCharsets.UTF_8));
        assertSame("<\u00B7a/>".getBytes(StandardCharsets.UTF_8));
        assertThat(events(new Utf8Parse(), "<\uD83D\uDE00/>".getBytes(StandardCharsets.UTF_8))).isEqualTo("S:\uD83D\uDE00\nE:\uD83D\uDE00\nEND");
    }

    @Test
    void limitsAsTheJdkParsersAreSetForIt() throws Exception {
        assertSame(("<a>".repeat(Utf8XmlReader.MAX_DEPTH) + "</a>".repeat(Utf8XmlReader.MAX_DEPTH)).getBytes(StandardCharsets.UTF_8));
        assertThat(events(new Utf8Parse(), ("<a>".repeat(Utf8XmlReader.MAX_DEPTH + 1)
                + "</a>".repeat(Utf8XmlReader.MAX_DEPTH + 1)).getBytes(StandardCharsets.UTF_8))).endsWith("!error");
        assertThat(events(new Utf8Parse(), ("<" + "n".repeat(Utf8XmlReader.MAX_NAME_LENGTH + 1) + "/>")
                .getBytes(StandardCharsets.UTF_8))).endsWith("!error");
        assertThat(events(new Utf8Parse(), ("<" + "n".repeat(Utf8XmlReader.MAX_NAME_LENGTH) + "/>")
                .getBytes(StandardCharsets.UTF_8))).doesNotEndWith("!error");
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i <= Utf8XmlReader.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"\"");
        }
        assertThat(events(new Utf8Parse(), many.append("/>").toString().getBytes(StandardCharsets.UTF_8))).endsWith("!error");
        StringBuilder distinct = new StringBuilder("<a");
        for (int i = 0; i < 40; i++) {
            distinct.append(" a").append(i).append("=\"").append(i).append('"');
        }
        assertSame(distinct.append(" a7=\"again\"/>").toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void otherEncodingsAndVersionsGoToTheJdkParser() throws Exception {
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><a x=\"日本\">本文</a>".getBytes(StandardCharsets.UTF_16BE);
        byte[] sjis = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>日本</a>".getBytes("Shift_JIS");
        byte[] v11 = "<?xml version=\"1.1\"?><a/>".getBytes(StandardCharsets.UTF_8);
        for (byte[] doc : new byte[][] {utf16, sjis, v11}) {
            assertThat(XmlReader.open(new ByteArrayInputStream(doc))).isInstanceOf(StaxXmlReader.class);
        }
        assertThat(events(new OpenParse(), utf16)).isEqualTo(events(new StaxParse(), utf16)).contains("T:本文");
        assertThat(XmlReader.open(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(Utf8XmlReader.class);
    }

    /** Every part of every workbook in the repository, as written by Excel, POI, openpyxl and LibreOffice. */
    @Test
    void everyPartOfEveryWorkbookInTheRepository() throws Exception {
        List<byte[]> parts = repositoryParts();
        assertThat(parts).hasSizeGreaterThan(100);
        for (byte[] part : parts) {
            assertSame(part);
        }
    }

    /** Real parts with random damage: inserted, deleted and changed bytes, chosen to hit markup. */
    @Test
    void damagedPartsFailOrReadAsTheJdkParserDoes() throws Exception {
        List<byte[]> parts = repositoryParts().stream().filter(p -> p.length < 40_000).toList();
        Random random = new Random(20251123);
        byte[] interesting = "<>/&;#x\"'=:![]-?\r\n\t ax".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 3000; i++) {
            byte[] doc = parts.get(random.nextInt(parts.size())).clone();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(doc.length);
                byte b = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : interesting[random.nextInt(interesting.length)];
                doc = switch (random.nextInt(3)) {
                    case 0 -> concat(java.util.Arrays.copyOf(doc, at), new byte[] {b}, java.util.Arrays.copyOfRange(doc, at, doc.length));
                    case 1 -> concat(java.util.Arrays.copyOf(doc, at), new byte[0], java.util.Arrays.copyOfRange(doc, at + 1, doc.length));
                    default -> {
                        doc[at] = b;
                        yield doc;
                    }
                };
            }
            assertSame(doc);
        }
    }

    /**
     * However the bytes come — one at a time, a few, a buffer's worth and more — and whatever size
     * the buffer is (a part's size as its ZIP entry gives it sizes the buffer), the events are the same.
     */
    @Test
    void bytesComingInPiecesAcrossTheBuffer() throws Exception {
        StringBuilder big = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<sheetData " + NS + ">");
        for (int r = 1; r <= 3000; r++) {
            big.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append("進捗&amp;状況 ").append(r).append("\r\n&#x1F600;]]&gt;</t></is></c><c r=\"B").append(r)
                    .append("\"><v>").append(r * 0.5).append("</v></c><!-- ").append(r).append(" --></row>");
        }
        byte[] doc = big.append("</sheetData>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(doc.length).isGreaterThan(100_000);
        String whole = events(new Utf8Parse(), doc);
        assertThat(whole).isEqualTo(events(new StaxParse(), doc));
        Random random = new Random(3);
        for (long sizeHint : new long[] {0, 300, 5000, Long.MAX_VALUE}) {
            for (int most : new int[] {1, 2, 3, 7, 4096, 40_000}) {
                assertThat(events(d -> {
                    Utf8XmlReader r = new Utf8XmlReader(new Trickle(d, most, random), sizeHint);
                    return r.readProlog() ? r : null;
                }, doc)).as("at most " + most + " bytes a read, size hint " + sizeHint).isEqualTo(whole);
            }
        }
    }

    /** Gives at most {@code most} bytes a read, sometimes fewer. */
    private static final class Trickle extends ByteArrayInputStream {
        private final int most;
        private final Random random;

        Trickle(byte[] bytes, int most, Random random) {
            super(bytes);
            this.most = most;
            this.random = random;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(most)));
        }
    }

    /** Random documents made of the pieces XML goes wrong with: names, prefixes, references, sections. */
    @Test
    void randomDocumentsReadAsTheJdkParserReadsThem() throws Exception {
        String[] pieces = {"<a", "<p:a", "<:a", "</a>", "</p:a>", "<b>", "</b>", "<b/>", ">", "/>", " ", "\t", "\r\n", "\r",
            " x='1'", " x=\"2\"", " p:x='3'", " q:x='4'", " xmlns:p='u'", " xmlns:q='u'", " xmlns:p=''", " xmlns='v'",
            " xml:x='5'", "=", "'", "\"", "&amp;", "&lt;", "&#65;", "&#x3042;", "&#0;", "&bad;", "&", "&#", ";", "]]>", "]",
            "<![CDATA[", "<!--", "--", "-->", "<?pi", "?>", "<?xml", "<!DOCTYPE a>", "text", "日本", "\u0001", "<", ":", "1"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder doc = new StringBuilder(random.nextBoolean() ? "<a xmlns:p='u'>" : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                doc.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextBoolean()) {
                doc.append("</a>");
            }
            assertSame(doc.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- both parsers, one way to compare them

    /**
     * Both read the document alike, or both fail. Where they fail may differ a little: the JDK's
     * parser decodes bytes ahead of what it has parsed, so it meets malformed UTF-8 a few events
     * early; the events before the earlier failure must be the same.
     */
    private static void assertSame(byte[] doc) throws Exception {
        String expected = events(new StaxParse(), doc);
        String actual = events(new Utf8Parse(), doc);
        String what = new String(doc, StandardCharsets.UTF_8);
        if (expected.endsWith("!error") && actual.endsWith("!error")) {
            String a = expected.substring(0, expected.length() - 6);
            String b = actual.substring(0, actual.length() - 6);
            assertThat(a.startsWith(b) || b.startsWith(a)).as(what + "\n" + expected + "\n---\n" + actual).isTrue();
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    /** The JDK's parser prints "[Fatal Error]" lines for malformed UTF-8 besides throwing; not in the build's log. */
    private static String quietly(java.util.function.Supplier<String> parse) {
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return parse.get();
        } finally {
            System.setErr(err);
        }
    }

    private interface Parse {
        XmlReader open(byte[] doc) throws Exception;
    }

    private static final class StaxParse implements Parse {
        @Override
        public XmlReader open(byte[] doc) throws XMLStreamException {
            return new StaxXmlReader(new ByteArrayInputStream(doc));
        }
    }

    private static final class Utf8Parse implements Parse {
        @Override
        public XmlReader open(byte[] doc) throws IOException {
            Utf8XmlReader r = new Utf8XmlReader(new ByteArrayInputStream(doc));
            return r.readProlog() ? r : null;
        }
    }

    private static final class OpenParse implements Parse {
        @Override
        public XmlReader open(byte[] doc) throws Exception {
            return XmlReader.open(new ByteArrayInputStream(doc));
        }
    }

    /**
     * The document as a list of events: S:element with its attributes, E:element, T:text (adjacent
     * text joined; none outside the root element), DTD; then "!error" if it failed. A document the
     * UTF-8 parser leaves to the JDK's is read by the JDK's.
     */
    private static String events(Parse parse, byte[] doc) {
        return quietly(() -> eventsOf(parse, doc));
    }

    private static String eventsOf(Parse parse, byte[] doc) {
        StringBuilder out = new StringBuilder();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        try {
            XmlReader r = parse.open(doc);
            if (r == null) {
                r = new StaxXmlReader(new ByteArrayInputStream(doc));
            }
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                    if (depth > 0) {
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    continue;
                }
                if (ev == XMLStreamConstants.COMMENT || ev == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    continue;
                }
                if (text.length() > 0) {
                    out.append("T:").append(text).append('\n');
                    text.setLength(0);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    out.append("S:").append(r.getLocalName());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        out.append(' ').append(r.getAttributeNamespace(i) == null || r.getAttributeNamespace(i).isEmpty()
                                ? "" : "{" + r.getAttributeNamespace(i) + "}")
                                .append(r.getAttributeLocalName(i)).append("=[").append(r.getAttributeValue(i)).append(']');
                    }
                    out.append('\n');
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    out.append("E:").append(r.getLocalName()).append('\n');
                } else if (ev == XMLStreamConstants.DTD) {
                    return out.append("DTD").toString();
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    return out.append("END").toString();
                }
            }
        } catch (Exception | StackOverflowError e) {
            return out.append("!error").toString();
        }
    }

    private static List<byte[]> repositoryParts() throws IOException {
        List<byte[]> parts = new ArrayList<>();
        for (Path root : new Path[] {Path.of("samples"), Path.of("src/test/resources")}) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xlsm")).toList()) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
                        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                            if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                                parts.add(zip.readAllBytes());
                            }
                        }
                    } catch (IOException ignored) {
                        // a deliberately broken workbook of the test corpus
                    }
                }
            }
        }
        return parts;
    }

    private static byte[] concat(byte[]... pieces) {
        int n = 0;
        for (byte[] p : pieces) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : pieces) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
