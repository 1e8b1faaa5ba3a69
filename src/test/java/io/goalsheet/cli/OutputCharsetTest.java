package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What Main.main prints in: the console's charset on a terminal, UTF-8 into a pipe, never a lost line. */
class OutputCharsetTest {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final String LINE = "政策企画部.xlsx:重点目標!N5 「9月31日」は存在しない日付です（進捗度 60.5%、①、髙橋）";

    @Test
    void aTerminalGetsItsOwnCharsetAndAPipeUtf8() {
        assertThat(Main.outputCharset(MS932)).isEqualTo(MS932);
        assertThat(Main.outputCharset(StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(Main.outputCharset(null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void japaneseRoundTripsThroughAnMs932Console() {
        byte[] bytes = print(MS932, LINE);
        assertThat(new String(bytes, MS932)).isEqualTo(LINE + System.lineSeparator());
        assertThat(bytes).isNotEqualTo((LINE + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPipeGetsUtf8() {
        assertThat(print(Main.outputCharset(null), LINE))
                .isEqualTo((LINE + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatTheConsoleCannotShowIsReplacedAndTheLinesAreKept() {
        // 𠮷 (U+20BB7) is not in MS932; nothing Japanese is in US-ASCII
        assertThat(new String(print(MS932, "𠮷野家", "次の行"), MS932))
                .isEqualTo("?野家" + System.lineSeparator() + "次の行" + System.lineSeparator());
        assertThat(new String(print(StandardCharsets.US_ASCII, "政策企画部 OK", "Checked 1 file"), StandardCharsets.US_ASCII))
                .isEqualTo("????? OK" + System.lineSeparator() + "Checked 1 file" + System.lineSeparator());
    }

    private static byte[] print(Charset cs, String... lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = Main.writer(bytes, cs, false);
        for (String line : lines) {
            w.println(line);
        }
        w.flush();
        assertThat(w.checkError()).isFalse();
        return bytes.toByteArray();
    }
}
