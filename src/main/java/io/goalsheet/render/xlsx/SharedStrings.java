package io.goalsheet.render.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared string table of a streamed workbook: each distinct text is stored once and cells refer
 * to it by number. A merged workbook repeats most of its text (a goal on each of its indicator rows,
 * every row of 一覧 again in its department's sheet), so this halves the file and the time to write it.
 */
final class SharedStrings {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long references;

    int indexOf(String text) {
        references++;
        Integer i = index.get(text);
        if (i == null) {
            i = texts.size();
            index.put(text, i);
            texts.add(text);
        }
        return i;
    }

    /** The sharedStrings part. */
    void write(XmlOut xml) {
        xml.ascii(XlsxPackage.head()).ascii("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .ascii(" count=\"").number(references).ascii("\" uniqueCount=\"").number(texts.size()).ascii("\">");
        for (String s : texts) {
            boolean keepSpaces = !s.isEmpty()
                    && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
            xml.ascii(keepSpaces ? "<si><t xml:space=\"preserve\">" : "<si><t>").text(s).ascii("</t></si>");
        }
        xml.ascii("</sst>").flush();
    }
}
