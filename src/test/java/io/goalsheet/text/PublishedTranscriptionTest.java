package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.samples.PublishedData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * samples/published/政策企画部.txt is the seed line for line: each &lt;p&gt; one line as it stands, each
 * &lt;ul&gt;'s items lines starting with ・ that, joined with spaces, give the list's text.
 */
class PublishedTranscriptionTest {

    private static final Pattern PART = Pattern.compile("<p>(.*?)</p>|<ul[^>]*>(.*?)(?=<p>|$)");

    @Test
    void theDataFileIsTheSeedLineForLine() {
        PublishedData data = PublishedData.load("政策企画部");
        List<String[]> rows = SeedDocument.rows();
        assertThat(data.department()).isEqualTo("政策企画部");
        assertThat(data.goals()).hasSameSizeAs(rows);
        Matcher first = Pattern.compile("\n重点目標\t(.*?)\t各部署の自己評価\t(.*?)\t").matcher(SeedDocument.TEXT);
        assertThat(first.find()).isTrue();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            PublishedData.Goal g = data.goals().get(i);
            assertThat(g.number()).isEqualTo(Integer.parseInt(row[0]));
            assertThat(g.mark()).isEqualTo("○");
            List<String> initiatives = new ArrayList<>(g.initiatives());
            if (i == 0) {
                assertThat(g.title()).isEqualTo(first.group(1));
                assertThat(g.mark()).isEqualTo(first.group(2));
            } else {
                // the text lost goals 2–4's title rows: their titles lead the initiatives cell
                initiatives.add(0, "重点目標 " + g.title());
            }
            List<List<String>> cells = List.of(initiatives, g.targets(), g.progress());
            for (int c = 0; c < 3; c++) {
                assertThat(cells.get(c)).as("goal %d cell %d", g.number(), c).isEqualTo(lines(row[c + 1], cells.get(c)));
            }
        }
    }

    /**
     * The seed cell's lines, a list's items split where {@code data} splits them (the text lost
     * where one item ends), after checking that the split loses or changes nothing.
     */
    private static List<String> lines(String cell, List<String> data) {
        List<String> out = new ArrayList<>();
        Matcher m = PART.matcher(cell);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1));
                continue;
            }
            String list = m.group(2).strip();
            StringBuilder joined = new StringBuilder();
            while (joined.length() < list.length()) {
                String item = out.size() < data.size() ? data.get(out.size()) : "";
                assertThat(item).as("an item of 「%s」", list).startsWith("・");
                joined.append(joined.length() == 0 ? "" : " ").append(item.substring(1));
                out.add(item);
            }
            assertThat(joined.toString()).isEqualTo(list);
        }
        return out;
    }
}
