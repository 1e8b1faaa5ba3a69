package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextDatesTest {

    /** Mentions as "text=2025-09-30" or "text=no-such-day", joined by "; ". */
    static String describe(String text, int fy) {
        return FreeTextDates.scan(text, fy).stream()
                .map(m -> m.text() + "=" + outcome(m.result()))
                .collect(Collectors.joining("; "));
    }

    static String outcome(DateParse r) {
        if (r instanceof DateParse.Valid v) {
            return v.date().toString();
        }
        return r instanceof DateParse.Invalid i ? i.reason() : "not-a-date";
    }

    @ParameterizedTest(name = "[{index}] {0} (FY{1})")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            9月30日                                   | 2025 | 9月30日=2025-09-30
            ９月３０日                                   | 2025 | ９月３０日=2025-09-30
            9 月 30 日に開催                             | 2025 | 9 月 30 日=2025-09-30
            LINE友だち登録者数 17,913人→19,175人（9月31日現在）   | 2025 | 9月31日=no-such-day
            YouTubeアカウント登録者数 6,861人→7,150人（9月30日現在） | 2025 | 9月30日=2025-09-30
            2月30日                                   | 2025 | 2月30日=no-such-day
            4月31日                                   | 2025 | 4月31日=no-such-day
            9月0日                                    | 2025 | 9月0日=no-such-day
            2月29日                                   | 2025 | 2月29日=no-such-day
            2月29日                                   | 2027 | 2月29日=2028-02-29
            1月15日                                   | 2025 | 1月15日=2026-01-15
            全体会2回 部会各1回開催 8/7最終答申                    | 2025 | 8/7=2025-08-07
            協議会開催（7/29）、評価検証を実施                     | 2025 | 7/29=2025-07-29
            9月議会上程 10/1議決                           | 2025 | 10/1=2025-10-01
            パブリックコメント実施（3/17～4/16）                  | 2025 | 3/17=2025-03-17; 4/16=2025-04-16
            3/17〜4/16                               | 2025 | 3/17=2025-03-17; 4/16=2025-04-16
            3/17 - 4/16                             | 2025 | 3/17=2025-03-17; 4/16=2025-04-16
            3/17から4/16まで                           | 2025 | 3/17=2025-03-17; 4/16=2025-04-16
            12/1～1/31                               | 2025 | 12/1=2025-12-01; 1/31=2026-01-31
            3/17、4/16                               | 2025 | 3/17=2026-03-17; 4/16=2025-04-16
            ２／２９～４／１                              | 2028 | ２／２９=2028-02-29; ４／１=2028-04-01
            12/31                                   | 2025 | 12/31=2025-12-31
            9/31までに                                 | 2025 | 9/31=no-such-day
            ９／３１                                    | 2025 | ９／３１=no-such-day
            令和7年9月30日                               | 2025 | 令和7年9月30日=2025-09-30
            令和7年9月31日に                              | 2025 | 令和7年9月31日=no-such-day
            令和元年5月1日                                | 2025 | 令和元年5月1日=2019-05-01
            平成32年4月1日                               | 2025 | 平成32年4月1日=no-such-era-year
            2025年9月30日                              | 2024 | 2025年9月30日=2025-09-30
            2026年2月29日                              | 2025 | 2026年2月29日=no-such-day
            期限は2025/9/30です                          | 2025 | 2025/9/30=2025-09-30
            2025-09-30                              | 2025 | 2025-09-30=2025-09-30
            2025.9.31                               | 2025 | 2025.9.31=no-such-day
            R7.9.30                                 | 2025 | R7.9.30=2025-09-30
            Ｒ７．９．３０                                 | 2025 | Ｒ７．９．３０=2025-09-30
            H31.4.30                                | 2025 | H31.4.30=2019-04-30
            R7/9/30まで                               | 2025 | R7/9/30=2025-09-30
            13月に実施                                  | 2025 | 13月=no-such-month
            0月                                      | 2025 | 0月=no-such-month
            令和8年13月策定                               | 2025 | 13月=no-such-month
            13月5日                                   | 2025 | 13月5日=no-such-month
            2025年13月1日                              | 2025 | 2025年13月1日=no-such-month
            第1回総合教育会議開催（5/28） 第三次上田市教育大綱策定に着手       | 2025 | 5/28=2025-05-28
            11/8オープン予定                              | 2025 | 11/8=2025-11-08
            委員会において、策定を諮問（7/23）、協議を予定（10月、12月）       | 2025 | 7/23=2025-07-23
            移転の完了（10月） 11/8オープン予定                       | 2025 | 11/8=2025-11-08
            2/3                                     | 2025 | 2/3=2026-02-03
            9/30時点                                  | 2025 | 9/30=2025-09-30
            """)
    void findsDatesInFreeText(String text, int fy, String expected) {
        assertThat(describe(text, fy)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ver2.0", "上田再構築プランVer2.0の推進", "R8～", "（R8～）", "次期総合計画（R8～）の策定", "4月号", "9月末",
        "10月末", "6月末", "上半期", "2回", "17,913人→20,000人", "第2期", "1/2程度", "3/4以上", "1/3以下",
        "2/3未満", "10/100", "112/31", "24時間365日", "9月上旬", "3月中", "令和8年3月策定", "2月上旬の開催", "2月上旬の開催を目指して",
        "8件", "39件", "60.5%", "1,000/月", "5/10人", "2/30人", "3/31件", "24/7対応", "13/5", "1/32", "0/5",
        "令和7年度", "令和6年度以前方針決定土地（8件）", "R8実施計画策定", "12か月", "3ヶ月", "2025年度", "2025/9",
        "国勢調査は指導員、調査員説明会を終え9月末までに調査票を各家庭に配布予定",
        "上半期分アンケート調査を10月に実施予定", "パブリックコメント実施 13人から延べ39件の意見提出",
        "新入職員を対象とした研修を実施（4月）、入庁2年目職員を対象としたDXマインド研修（10月）、定住自立圏市町村職員研修（2月）を実施予定",
        "ウォーキング（4月号）、コミュニティスクール（5月号）、男女共同参画社会（6月号）、災害に強いまち（8月号）",
        "建物竣工（6月末）・開館準備（10月末）", "上田未来会議全7回のうち第4回目まで開催し、全6グループが各テーマ毎にグループワークを実施",
        "1.2.3", "v1/2", "2025/13/1", "R7.13.1", "TEL 0120-12-34", "0268-22-4100", "10:30/11:00", "12月", "(10月、12月)", "3.31", "R8年度", "毎月1日", "30日間"})
    void raisesNoAlarmOnOrdinaryProse(String text) {
        assertThat(FreeTextDates.scan(text, 2025)).isEmpty();
    }

    @Test
    void positionsPointIntoTheOriginalText() {
        String text = "ＬＩＮＥ（９月３１日現在）、協議会（7/29）、令和７年９月３０日";
        List<DateMention> ms = FreeTextDates.scan(text, 2025);
        assertThat(ms).hasSize(3);
        for (DateMention m : ms) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(ms.get(0).result()).isEqualTo(new DateParse.Invalid("９月３１日", "no-such-day"));
        assertThat(ms.get(0).isValid()).isFalse();
        assertThat(ms.get(1).isValid()).isTrue();
    }

    @Test
    void nullAndEmptyTextHaveNoMentions() {
        assertThat(FreeTextDates.scan(null, 2025)).isEmpty();
        assertThat(FreeTextDates.scan("", 2025)).isEmpty();
    }

    @Test
    void seedProgressTextHasExactlyOneImpossibleDate() {
        List<String> paragraphs = SeedDocument.progressParagraphs();
        assertThat(paragraphs).hasSizeGreaterThan(40);
        List<DateMention> invalid = new ArrayList<>();
        for (String p : paragraphs) {
            for (DateMention m : FreeTextDates.scan(p, 2025)) {
                if (!m.isValid()) {
                    invalid.add(m);
                }
            }
        }
        assertThat(invalid).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("9月31日");
            assertThat(m.result()).isEqualTo(new DateParse.Invalid("9月31日", "no-such-day"));
        });
    }

    @Test
    void seedDocumentMentionsAreExactlyTheRealDates() {
        List<String> found = new ArrayList<>();
        for (String p : SeedDocument.allParagraphs()) {
            for (DateMention m : FreeTextDates.scan(p, 2025)) {
                found.add(m.text() + "=" + (m.result() instanceof DateParse.Valid v ? v.date() : "invalid"));
            }
        }
        assertThat(found).containsExactly(
                "3/17=2025-03-17", "4/16=2025-04-16", "8/7=2025-08-07", "10/1=2025-10-01",
                "7/29=2025-07-29", "10/1=2025-10-01", "5/28=2025-05-28", "7/23=2025-07-23",
                "7/23=2025-07-23", "11/8=2025-11-08", "9月31日=invalid", "9月30日=2025-09-30");
    }

    @Test
    void scanningTheWholeDocumentAtOnceFindsTheSame() {
        assertThat(FreeTextDates.scan(SeedDocument.TEXT, 2025)).extracting(DateMention::text).containsExactly(
                "3/17", "4/16", "8/7", "10/1", "7/29", "10/1", "5/28", "7/23", "7/23", "11/8", "9月31日", "9月30日");
    }
}
