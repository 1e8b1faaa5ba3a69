package io.goalsheet.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

    @ParameterizedTest
    @CsvSource({"A,1", "M,13", "Z,26", "AA,27", "az,52", "XFD,16384"})
    void columnIndex(String letters, int index) {
        assertThat(Places.columnIndex(letters)).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-09/政策企画部.xlsx | 2025-09/%E6%94%BF%E7%AD%96%E4%BC%81%E7%94%BB%E9%83%A8.xlsx | 2025-09/政策企画部.xlsx",
        "提出 分/a b.xlsx | %E6%8F%90%E5%87%BA%20%E5%88%86/a%20b.xlsx | 提出 分/a b.xlsx",
        "a:b#c?d%e[f].xlsx | a%3Ab%23c%3Fd%25e%5Bf%5D.xlsx | a:b#c?d%e[f].xlsx",
        "sub\\dir\\x.xlsx | sub/dir/x.xlsx | sub/dir/x.xlsx",
        "/srv/提出/x.xlsx | file:///srv/%E6%8F%90%E5%87%BA/x.xlsx | /srv/提出/x.xlsx",
        "C:\\提出\\x.xlsx | file:///C:/%E6%8F%90%E5%87%BA/x.xlsx | /C:/提出/x.xlsx",
    })
    void uriIsAValidReferenceThatDecodesBack(String path, String uri, String decoded) {
        assertThat(Places.uri(path)).isEqualTo(uri);
        assertThat(URI.create(uri).getPath()).isEqualTo(decoded);
    }
}
