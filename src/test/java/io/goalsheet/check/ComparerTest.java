package io.goalsheet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.goalsheet.model.Change;
import io.goalsheet.model.Change.Kind;
import io.goalsheet.model.Change.Match;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Totals;
import io.goalsheet.text.FiscalYears;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComparerTest {

    static final LocalDate AUGUST = LocalDate.of(2025, 8, 31);
    static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 30);

    private final Comparer comparer = new Comparer(Messages.forLocale(Locale.JAPANESE));

    // ---- a small report, built the way the reader builds it

    static Indicator ind(String target, Double baseline, Double targetValue, Double actual, String unit,
                         String progress, Double rate) {
        Double shown = rate;
        boolean computed = false;
        if (rate == null && targetValue != null && actual != null) {
            shown = baseline == null ? actual / targetValue * 100 : (actual - baseline) / (targetValue - baseline) * 100;
            computed = true;
        }
        return new Indicator(0, target, baseline, targetValue, actual, unit, null, progress, shown, computed);
    }

    static Indicator text(String target, String progress) {
        return ind(target, null, null, null, null, progress, null);
    }

    static Item item(Integer n, String title, Indicator... indicators) {
        return new Item(n, title, List.of(indicators));
    }

    static Initiative ini(int n, String title, Item... items) {
        return new Initiative(n, title, List.of(items));
    }

    static Goal goal(int n, String title, String evaluation, Initiative... initiatives) {
        return new Goal(n, title, evaluation, List.of(initiatives));
    }

    static DepartmentReport dept(String name, LocalDate asOf, Goal... goals) {
        return new DepartmentReport(name + ".xlsx", "重点目標", name, FiscalYears.of(asOf), asOf, null, List.of(goals));
    }

    static Consolidation period(LocalDate asOf, DepartmentReport... departments) {
        List<Totals> totals = new ArrayList<>();
        for (DepartmentReport d : departments) {
            totals.add(Totals.of(d, 50));
        }
        return new Consolidation(FiscalYears.of(asOf), asOf, null, Arrays.asList(departments), totals,
                Totals.sum(totals), 50, List.of(), List.of());
    }

    /** 政策企画部 as in the seed, shortened: the LINE and YouTube figures and two text-only items. */
    static DepartmentReport seed(LocalDate asOf, double line, double youtube, String publicity) {
        return dept("政策企画部", asOf,
                goal(1, "第三次上田市総合計画の策定", "○",
                        ini(1, "総合計画の策定", item(1, "計画案の周知", text("計画案の周知と意見集約・反映", "パブリックコメントを実施（7月）")))),
                goal(4, "総合的・効果的な情報発信", "○",
                        ini(1, "市民に伝わる効果的な情報発信の推進",
                                item(1, "広報うえだの充実", text("記事内容の充実及び読みやすさの工夫", publicity)),
                                item(3, "メール・SNS等を活用した情報発信媒体の充実",
                                        ind("LINE友だち登録者数 17,913人→20,000人", 17913.0, 20000.0, line, "人",
                                                "LINE友だち登録者数 " + line + "人", null),
                                        ind("YouTubeアカウント登録者数 6,861人→7,400人", 6861.0, 7400.0, youtube, "人",
                                                "YouTube " + youtube + "人", null)))));
    }

    private static List<Change> of(Comparison c, Kind kind) {
        return c.changes().stream().filter(ch -> ch.kind() == kind).toList();
    }

    @Test
    void numbersBeforeAndAfterWithTheirDifferenceAndTheComputedRateInPoints() {
        Comparison c = comparer.compare(period(AUGUST, seed(AUGUST, 18986, 7107, "記事内容の充実")),
                period(SEPTEMBER, seed(SEPTEMBER, 19175, 7150, "記事内容の充実\n・プレゼント企画の実施")));

        assertThat(c.newPlan()).isFalse();
        List<Change> line = c.changes().stream()
                .filter(ch -> ch.key() != null && "LINE友だち登録者数 17,913人→20,000人".equals(ch.key().target())).toList();
        assertThat(line).extracting(Change::kind, Change::field, Change::previous, Change::current, Change::match)
                .containsExactly(tuple(Kind.CHANGED, "actual", 18986.0, 19175.0, Match.EXACT),
                        tuple(Kind.CHANGED, "progressRate", (18986.0 - 17913) / 2087 * 100, (19175.0 - 17913) / 2087 * 100,
                                Match.EXACT));
        assertThat(line.get(0).change()).isEqualTo(189.0);
        assertThat(line.get(0).key()).isEqualTo(new Change.Key(4, 1, 3, "LINE友だち登録者数 17,913人→20,000人"));
        assertThat(line.get(0).unit()).isEqualTo("人");
        assertThat(line.get(1).change()).isEqualTo(9.1); // 51.4% → 60.5%, as shown

        DepartmentComparison d = c.of("政策企画部");
        assertThat(d.moved()).isEqualTo(2);
        assertThat(d.evaluationsUp() + d.evaluationsDown()).isZero();
        assertThat(d.averageChange()).isPositive();
        // the indicator of September knows its change, for the report's ▲/▼
        Indicator september = d.current().goals().get(1).initiatives().get(0).items().get(1).indicators().get(0);
        assertThat(d.rateChange(september)).isEqualTo(9.1);
    }

    /** The seed department in the published layout: the LINE figures only in the texts, and the deadline not stated. */
    static DepartmentReport published(LocalDate asOf, String lineProgress) {
        DepartmentReport d = dept("政策企画部", asOf,
                goal(1, "第三次上田市総合計画の策定", "○",
                        ini(1, "総合計画の策定", item(1, "計画案の周知", text("計画案の周知と意見集約・反映", "パブリックコメントを実施（7月）")))),
                goal(4, "総合的・効果的な情報発信", "○",
                        ini(1, "市民に伝わる効果的な情報発信の推進",
                                item(1, "広報うえだの充実", text("記事内容の充実及び読みやすさの工夫", "記事内容の充実")),
                                item(3, "メール・SNS等を活用した情報発信媒体の充実",
                                        text("LINE友だち登録者数 17,913人→20,000人", lineProgress),
                                        ind("YouTubeアカウント登録者数 6,861人→7,400人", 6861.0, 7400.0, 7150.0, "人",
                                                "YouTube 7150.0人", null)))));
        return new DepartmentReport(d.file(), d.sheet(), d.department(), d.fiscalYear(), d.asOf(), d.reportKind(),
                DepartmentReport.Layout.PUBLISHED, d.goals());
    }

    @Test
    void aFigureOnlyOneLayoutHasIsNoChangeBetweenLayoutsButIsWithinOne() {
        // August in the entry layout, September published: LINE's figures are in its texts only
        Comparison across = comparer.compare(period(AUGUST, seed(AUGUST, 18986, 7107, "記事内容の充実")),
                period(SEPTEMBER, published(SEPTEMBER, "LINE友だち登録者数 19,175人")));
        assertThat(across.changes()).filteredOn(ch -> ch.key() != null && ch.key().target() != null
                        && ch.key().target().startsWith("LINE"))
                .isEmpty();
        // a figure both layouts state is compared as ever
        assertThat(across.changes()).filteredOn(ch -> ch.key() != null && ch.key().target() != null
                        && ch.key().target().startsWith("YouTube"))
                .extracting(Change::field).contains("actual", "progressRate");
        assertThat(across.of("政策企画部").moved()).isEqualTo(1);
        assertThat(across.of("政策企画部").averageChange()).isNull();
        assertThat(across.averageChange()).isNull();

        // the same figures gone within one layout are changes: someone cleared the cells
        DepartmentReport entry = published(SEPTEMBER, "LINE友だち登録者数 19,175人");
        DepartmentReport clearedEntry = new DepartmentReport(entry.file(), entry.sheet(), entry.department(),
                entry.fiscalYear(), entry.asOf(), entry.reportKind(), DepartmentReport.Layout.ENTRY, entry.goals());
        Comparison within = comparer.compare(period(AUGUST, seed(AUGUST, 18986, 7107, "記事内容の充実")),
                period(SEPTEMBER, clearedEntry));
        assertThat(within.changes()).filteredOn(ch -> ch.key() != null && ch.key().target() != null
                        && ch.key().target().startsWith("LINE"))
                .extracting(Change::field)
                .contains("baseline", "targetValue", "unit", "actual", "progressRate");
        assertThat(within.of("政策企画部").averageChange()).isNotNull();
        assertThat(within.averageChange()).isNotNull();
    }

    @Test
    void aRateChangesAsItIsShownToOneDecimal() {
        // 42.501% → 57.451% are shown as 42.5% → 57.5%: the change reads +15.0, not the +14.9 of the unrounded rates
        Comparison c = comparer.compare(period(AUGUST, seed(AUGUST, 18800, 7107, "記事内容の充実")),
                period(SEPTEMBER, seed(SEPTEMBER, 19112, 7107, "記事内容の充実\n・プレゼント企画の実施")));
        Change rate = c.changes().stream().filter(ch -> ch.field().equals("progressRate")).findFirst().orElseThrow();
        assertThat(rate.change()).isEqualTo(15.0);
        DepartmentComparison d = c.of("政策企画部");
        Indicator september = d.current().goals().get(1).initiatives().get(0).items().get(1).indicators().get(0);
        assertThat(d.rateChange(september)).isEqualTo(15.0);
        assertThat(d.averageChange()).isEqualTo(Change.points(d.previousTotals().averageProgress(),
                d.currentTotals().averageProgress()));

        // 51.17% → 51.22% both read 51.2%: the actual value moved, the rate as shown did not
        Comparison alike = comparer.compare(period(AUGUST, seed(AUGUST, 18981, 7107, "記事内容の充実")),
                period(SEPTEMBER, seed(SEPTEMBER, 18982, 7107, "記事内容の充実\n・プレゼント企画の実施")));
        assertThat(alike.changes()).extracting(Change::field).contains("actual").doesNotContain("progressRate");
        assertThat(alike.of("政策企画部").moved()).isEqualTo(1);
    }

    @Test
    void aDifferenceReadsLikeTheTwoFiguresNotLikeTheirBinaryForm() {
        // 50.4 → 60.5 in binary is 10.100000000000001; shown and exported it must be 10.1
        DepartmentReport before = dept("環境部", AUGUST, goal(1, "ごみの減量", "○", ini(1, "資源化の推進",
                item(1, "資源化率", ind("リサイクル率 50.4%", null, null, null, "%", "集計中", 50.4)))));
        DepartmentReport after = dept("環境部", SEPTEMBER, goal(1, "ごみの減量", "○", ini(1, "資源化の推進",
                item(1, "資源化率", ind("リサイクル率 50.4%", null, null, null, "%", "9月末 60.5%", 60.5)))));
        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        Change rate = c.changes().stream().filter(ch -> ch.field().equals("progressRate")).findFirst().orElseThrow();
        assertThat(rate.change()).isEqualTo(10.1);
        assertThat(c.of("環境部").averageChange()).isEqualTo(10.1);
        assertThat(c.averageChange()).isEqualTo(10.1);
        assertThat(Change.difference(0.1, 0.3)).isEqualTo(0.2);
        assertThat(Change.difference(1e308, -1e308)).isInfinite();
    }

    @Test
    void aProgressTextLeftAsItWasIsStaleUnlessTheIndicatorIsDone() {
        DepartmentReport before = dept("総務部", AUGUST, goal(1, "行政改革", "○", ini(1, "事務改善",
                item(null, null, text("事務の見直し", "各課へ照会中"),
                        ind("研修の実施 4回", null, 4.0, 4.0, "回", "4回実施（完了）", null),
                        text("マニュアル整備", " ")))));
        DepartmentReport after = dept("総務部", SEPTEMBER, goal(1, "行政改革", "○", ini(1, "事務改善",
                item(null, null, text("事務の見直し", "各課へ照会中"),
                        ind("研修の実施 4回", null, 4.0, 4.0, "回", "4回実施（完了）", null),
                        text("マニュアル整備", " ")))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        assertThat(of(c, Kind.STALE_PROGRESS)).extracting(ch -> ch.key().target(), Change::current)
                .containsExactly(tuple("事務の見直し", "各課へ照会中"));
        assertThat(of(c, Kind.STALE_PROGRESS).get(0).kind().isWarning()).isTrue();
        assertThat(of(c, Kind.CHANGED)).isEmpty();
    }

    @Test
    void aCountThatWentDownIsAWarningButARateOrAFallingTargetIsNot() {
        DepartmentReport before = dept("福祉部", AUGUST, goal(1, "地域福祉", "○", ini(1, "相談支援", item(null, null,
                ind("相談件数 300件", null, 300.0, 120.0, "件", "120件", null),
                ind("訪問実施率 100%", null, 100.0, 92.0, "%", "92%", null),
                ind("待機児童数 10人→0人", 10.0, 0.0, 6.0, "人", "6人", null)))));
        DepartmentReport after = dept("福祉部", SEPTEMBER, goal(1, "地域福祉", "○", ini(1, "相談支援", item(null, null,
                ind("相談件数 300件", null, 300.0, 110.0, "件", "110件", null),
                ind("訪問実施率 100%", null, 100.0, 90.0, "%", "90%", null),
                ind("待機児童数 10人→0人", 10.0, 0.0, 4.0, "人", "4人", null)))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        assertThat(of(c, Kind.ACTUAL_DECREASED)).extracting(ch -> ch.key().target(), Change::previous, Change::current,
                Change::change).containsExactly(tuple("相談件数 300件", 120.0, 110.0, -10.0));
        assertThat(Comparer.isCount("件")).isTrue();
        assertThat(Comparer.isCount("か所")).isTrue();
        assertThat(Comparer.isCount("％")).isFalse();
        assertThat(Comparer.isCount("実施率")).isFalse();
        assertThat(Comparer.isCount("人/日")).isFalse();
        assertThat(Comparer.isCount(null)).isFalse();
    }

    @Test
    void evaluationsUpAndDownPerGoal() {
        DepartmentReport before = dept("環境部", AUGUST,
                goal(1, "脱炭素", "○", ini(1, "太陽光", item(null, null, text("補助 100件", "受付中")))),
                goal(2, "ごみ減量", "○", ini(1, "分別", item(null, null, text("説明会 10回", "3回")))),
                goal(3, "自然共生", null, ini(1, "観察会", item(null, null, text("観察会 8回", "2回")))));
        DepartmentReport after = dept("環境部", SEPTEMBER,
                goal(1, "脱炭素", "◎", ini(1, "太陽光", item(null, null, text("補助 100件", "受付中、52件")))),
                goal(2, "ごみ減量", "△", ini(1, "分別", item(null, null, text("説明会 10回", "4回")))),
                goal(3, "自然共生", "○", ini(1, "観察会", item(null, null, text("観察会 8回", "3回")))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        assertThat(c.changes()).filteredOn(ch -> ch.field().equals("evaluation"))
                .extracting(ch -> ch.key().goalNo(), Change::previous, Change::current, Change::change)
                .containsExactly(tuple(1, "○", "◎", 1.0), tuple(2, "○", "△", -1.0), tuple(3, null, "○", null));
        DepartmentComparison d = c.of("環境部");
        assertThat(d.evaluationsUp()).isEqualTo(1);
        assertThat(d.evaluationsDown()).isEqualTo(1);
    }

    @Test
    void aRenumberedGoalIsFoundByItsTextsAndSaysSo() {
        DepartmentReport before = dept("産業振興部", AUGUST,
                goal(1, "商工業の振興", "○", ini(1, "創業支援", item(null, null, ind("創業件数 30件", null, 30.0, 10.0, "件", "10件", null)))),
                goal(2, "観光の振興", "○", ini(1, "誘客", item(null, null, ind("観光客数 100万人", null, 100.0, 40.0, "万人", "40万人", null)))));
        // a new goal 1 put in front: the old 1 and 2 are now 2 and 3
        DepartmentReport after = dept("産業振興部", SEPTEMBER,
                goal(1, "農業の振興", "○", ini(1, "担い手", item(null, null, text("新規就農者 10人", "説明会を開催")))),
                goal(2, "商工業の振興", "○", ini(1, "創業支援", item(null, null, ind("創業件数 30件", null, 30.0, 14.0, "件", "14件", null)))),
                goal(3, "観光の振興", "△", ini(1, "誘客", item(null, null, ind("観光客数 100万人", null, 100.0, 52.0, "万人", "52万人", null)))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        assertThat(c.changes()).extracting(Change::kind, Change::field, ch -> ch.key().goalNo(),
                        ch -> ch.previousKey() == null ? null : ch.previousKey().goalNo(), Change::match, Change::previous,
                        Change::current)
                .containsExactly(
                        tuple(Kind.ADDED, "goal", 1, null, null, null, "農業の振興"),
                        tuple(Kind.CHANGED, "goalNo", 2, 1, Match.RENUMBERED, 1, 2),
                        tuple(Kind.CHANGED, "actual", 2, 1, Match.RENUMBERED, 10.0, 14.0),
                        tuple(Kind.CHANGED, "progressRate", 2, 1, Match.RENUMBERED, 10.0 / 30 * 100, 14.0 / 30 * 100),
                        tuple(Kind.CHANGED, "goalNo", 3, 2, Match.RENUMBERED, 2, 3),
                        tuple(Kind.CHANGED, "evaluation", 3, 2, Match.RENUMBERED, "○", "△"),
                        tuple(Kind.CHANGED, "actual", 3, 2, Match.RENUMBERED, 40.0, 52.0),
                        tuple(Kind.CHANGED, "progressRate", 3, 2, Match.RENUMBERED, 40.0, 52.0));
        assertThat(c.of("産業振興部").evaluationsDown()).isEqualTo(1);
    }

    @Test
    void aRenamedGoalAndAReworddedTargetAreMatchedAndTheMatchThatIsNotExactSaysHowAlike() {
        DepartmentReport before = dept("政策企画部", AUGUST, goal(2, "デジタル化の推進", "○", ini(1, "DX推進計画",
                item(1, "推進計画の見直し", text("ロードマップの見直しと事業の進捗管理", "見直し中")),
                item(2, "人材育成", ind("職員向けDX研修 3回", null, 3.0, 1.0, "回", "1回", null)))));
        DepartmentReport after = dept("政策企画部", SEPTEMBER, goal(2, "デジタル化・DXの推進", "○", ini(1, "DX推進計画",
                item(1, "推進計画の見直し", text("ロードマップの見直しと事業の進捗管理", "見直し完了")),
                item(2, "人材育成", ind("職員向けDX研修 4回", null, 4.0, 2.0, "回", "2回", null)))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        Change renamed = c.changes().stream().filter(ch -> ch.field().equals("goal")).findFirst().orElseThrow();
        assertThat(renamed.previous()).isEqualTo("デジタル化の推進");
        assertThat(renamed.current()).isEqualTo("デジタル化・DXの推進");
        assertThat(renamed.match()).isEqualTo(Match.SIMILAR);
        assertThat(renamed.similarity()).isBetween(0.5, 0.99);

        List<Change> reworded = c.changes().stream()
                .filter(ch -> ch.key().itemNo() != null && ch.key().itemNo() == 2).toList();
        assertThat(reworded).extracting(Change::field)
                .containsExactly("target", "targetValue", "actual", "progressRate");
        assertThat(reworded.get(0).match()).isEqualTo(Match.SIMILAR);
        assertThat(reworded.get(0).previousKey().target()).isEqualTo("職員向けDX研修 3回");
        assertThat(of(c, Kind.ADDED)).isEmpty();
        assertThat(of(c, Kind.DROPPED)).isEmpty();
    }

    @Test
    void anotherTargetInTheSameInitiativeIsAddedAndDroppedNotMatched() {
        DepartmentReport before = dept("政策企画部", AUGUST, goal(4, "情報発信", "○", ini(1, "SNSの充実", item(3, "SNS",
                ind("LINE友だち登録者数 20,000人", null, 20000.0, 18000.0, "人", "18,000人", null),
                ind("YouTubeアカウント登録者数 7,400人", null, 7400.0, 7000.0, "人", "7,000人", null)))));
        DepartmentReport after = dept("政策企画部", SEPTEMBER, goal(4, "情報発信", "○", ini(1, "SNSの充実", item(3, "SNS",
                ind("LINE友だち登録者数 20,000人", null, 20000.0, 19000.0, "人", "19,000人", null),
                ind("Instagramフォロワー数 3,000人", null, 3000.0, 1200.0, "人", "1,200人", null)))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        assertThat(c.changes()).filteredOn(ch -> ch.kind() == Kind.ADDED || ch.kind() == Kind.DROPPED)
                .extracting(Change::kind, Change::field, Change::previous, Change::current)
                .containsExactly(tuple(Kind.ADDED, "indicator", null, "Instagramフォロワー数 3,000人"),
                        tuple(Kind.DROPPED, "indicator", "YouTubeアカウント登録者数 7,400人", null));
    }

    @Test
    void initiativesAddedAndDroppedWithinAGoal() {
        DepartmentReport before = dept("消防部", AUGUST, goal(1, "消防力の強化", "○",
                ini(1, "消防団の充実", item(null, null, text("団員確保", "勧誘中"))),
                ini(2, "救急体制", item(null, null, text("救急講習 20回", "8回")))));
        DepartmentReport after = dept("消防部", SEPTEMBER, goal(1, "消防力の強化", "○",
                ini(1, "消防団の充実", item(null, null, text("団員確保", "勧誘中、3人入団"))),
                ini(2, "防火啓発", item(null, null, text("防火教室 12回", "5回")))));

        Comparison c = comparer.compare(period(AUGUST, before), period(SEPTEMBER, after));

        assertThat(c.changes()).extracting(Change::kind, Change::field, ch -> ch.key().initiativeNo())
                .containsExactly(tuple(Kind.ADDED, "initiative", 2), tuple(Kind.DROPPED, "initiative", 2));
    }

    @Test
    void aDepartmentInOnlyOnePeriodIsAddedOrDropped() {
        Comparison c = comparer.compare(
                period(AUGUST, seed(AUGUST, 18986, 7107, "a"), dept("総務部", AUGUST, goal(1, "行政改革", "○",
                        ini(1, "事務改善", item(null, null, text("事務の見直し", "照会中")))))),
                period(SEPTEMBER, dept("消防部", SEPTEMBER, goal(1, "消防力", "○",
                        ini(1, "団員", item(null, null, text("団員確保", "勧誘中"))))), seed(SEPTEMBER, 19175, 7150, "b")));

        assertThat(c.departments()).extracting(DepartmentComparison::department)
                .containsExactly("消防部", "政策企画部", "総務部");
        assertThat(c.of("消防部").previous()).isNull();
        assertThat(c.of("総務部").current()).isNull();
        assertThat(c.changes()).filteredOn(ch -> ch.field().equals("department"))
                .extracting(Change::kind, Change::department).containsExactly(tuple(Kind.ADDED, "消防部"),
                        tuple(Kind.DROPPED, "総務部"));
    }

    @Test
    void marchToAprilIsANewPlanAndNothingBelowTheDepartmentIsCompared() {
        LocalDate march = LocalDate.of(2026, 3, 31);
        LocalDate april = LocalDate.of(2026, 4, 30);
        Comparison c = comparer.compare(period(march, seed(march, 19800, 7300, "完了")),
                period(april, seed(april, 100, 50, "着手")));

        assertThat(c.newPlan()).isTrue();
        assertThat(c.changes()).isEmpty();
        DepartmentComparison d = c.of("政策企画部");
        assertThat(d.previous().fiscalYear()).isEqualTo(2025);
        assertThat(d.current().fiscalYear()).isEqualTo(2026);
        assertThat(d.rateChange(d.current().rows().get(2).indicator())).isNull();
    }

    @Test
    void thePreviousPeriodMustBeEarlierAndAtMostOneFiscalYearBefore() {
        Consolidation august = period(AUGUST, seed(AUGUST, 1, 1, "a"));
        Consolidation september = period(SEPTEMBER, seed(SEPTEMBER, 1, 1, "a"));
        LocalDate twoYears = LocalDate.of(2027, 4, 30);
        Consolidation later = period(twoYears, seed(twoYears, 1, 1, "a"));

        assertThat(comparer.periodProblem(september, august)).contains("2025-09-30").contains("2025-08-31");
        assertThat(comparer.periodProblem(september, september)).isNotNull();
        assertThat(comparer.periodProblem(august, later)).contains("令和7年度").contains("令和9年度");
        assertThat(comparer.periodProblem(august, september)).isNull();
        assertThatThrownBy(() -> comparer.compare(september, august)).isInstanceOf(IllegalArgumentException.class);
    }
}
