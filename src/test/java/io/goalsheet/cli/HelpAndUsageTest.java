package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Help, usage errors and suggestions: in the language --lang names, else the locale's; exit codes 0 and 2. */
class HelpAndUsageTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Test
    void goalsheetAloneIsAUsageErrorWithTheUsageOnStderr() {
        CliRun r = CliRun.run("--lang", "en");
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("goalsheet needs a command: validate, merge, report, compare, init, convert, schema")
                .contains("Usage: goalsheet").contains("Commands:").contains("Exit codes:");
        CliRun bare = inLocale(Locale.JAPAN, () -> CliRun.run());
        assertThat(bare.code).isEqualTo(2);
        assertThat(bare.out).isEmpty();
        assertThat(bare.err).contains("goalsheet の後にコマンドを指定してください").contains("使い方: goalsheet")
                .contains("終了コード:");
        CliRun schema = CliRun.run("schema", "--lang", "ja");
        assertThat(schema.code).isEqualTo(2);
        assertThat(schema.err).contains("goalsheet schema の後にコマンドを指定してください: show、check")
                .contains("使い方: goalsheet schema");
    }

    @Test
    void helpIsExitZeroOnStdout() {
        CliRun r = CliRun.run("--help", "--lang", "en");
        assertThat(r.code).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).startsWith("Usage: goalsheet").contains("validate  Check workbooks against the schema")
                .contains("2   usage error");
    }

    @Test
    void helpInJapaneseByLangOrByTheLocale() {
        for (CliRun r : List.of(CliRun.run("--lang", "ja", "--help"), CliRun.run("--help", "--lang", "ja"),
                inLocale(Locale.JAPAN, () -> CliRun.run("--help")))) {
            assertThat(r.code).as(r.toString()).isZero();
            assertThat(r.out).startsWith("使い方: goalsheet").contains("コマンド:")
                    .contains("validate  ブックが様式どおりに記入されているかを点検し")
                    .contains("終了コード:").contains("2   使い方の誤りです").doesNotContain("Usage");
        }
        // --lang comes first: English on a Japanese machine, and the other way round
        assertThat(inLocale(Locale.JAPAN, () -> CliRun.run("--help", "--lang", "en")).out).startsWith("Usage: goalsheet");
        assertThat(inLocale(Locale.FRANCE, () -> CliRun.run("--help")).out).startsWith("Usage: goalsheet");
    }

    @Test
    void aCommandsHelpInBothLanguages() {
        CliRun en = CliRun.run("validate", "--help", "--lang", "en");
        assertThat(en.code).isZero();
        assertThat(en.out).startsWith("Usage: goalsheet validate")
                .contains("Check workbooks against the schema and print every finding.")
                .contains("--format=FORMAT   text, json, junit, sarif or github (default: text).")
                .contains("Warnings fail the run too.");
        CliRun ja = inLocale(Locale.JAPAN, () -> CliRun.run("validate", "--help"));
        assertThat(ja.code).isZero();
        assertThat(ja.out).startsWith("使い方: goalsheet validate")
                .contains("ブックが様式どおりに記入されているかを点検し")
                .contains("結果の形式: text（文章）、json、junit、sarif、github の")
                .contains("警告も誤りとして扱います").contains("オプション:");
        CliRun check = CliRun.run("--lang", "ja", "schema", "check", "--help");
        assertThat(check.out).startsWith("使い方: goalsheet schema check").contains("点検するスキーマのファイル（YAML）");
    }

    @Test
    void initsHelpGivesTheDefaultRowCountsTheCodeUses() {
        assertThat(CliRun.run("init", "--help", "--lang", "en").out.replaceAll("\\s+", " "))
                .contains("(default: " + InitCommand.DEFAULT_ROWS + "; with --from, " + InitCommand.DEFAULT_ROWS_AFTER_FROM
                        + " below the carried rows)");
        assertThat(CliRun.run("init", "--help", "--lang", "ja").out.replaceAll("\\s+", ""))
                .contains("省略すると" + InitCommand.DEFAULT_ROWS + "行。--fromのときは引き継いだ行の下に"
                        + InitCommand.DEFAULT_ROWS_AFTER_FROM + "行");
    }

    @Test
    void aMistypedOptionGetsASuggestionInEitherLanguage() {
        CliRun en = CliRun.run("validate", "--fromat", "json", "x.xlsx", "--lang", "en");
        assertThat(en.code).isEqualTo(2);
        assertThat(en.out).isEmpty();
        assertThat(en.err).isEqualTo(lines("Unknown option \"--fromat\"", "Did you mean --format?",
                "For the usage: goalsheet validate --help"));
        CliRun ja = inLocale(Locale.JAPAN, () -> CliRun.run("validate", "--fromat", "json", "x.xlsx"));
        assertThat(ja.code).isEqualTo(2);
        assertThat(ja.err).isEqualTo(lines("「--fromat」というオプションはありません", "--format のことですか？",
                "使い方は goalsheet validate --help で表示できます"));
        // picocli's own guess, by the first two letters, where it has one
        assertThat(CliRun.run("validate", "--fo", "x.xlsx", "--lang", "en").err).contains("Did you mean --format?");
        assertThat(CliRun.run("merge", "--skip-invalidd", "x.xlsx", "-o", "m.xlsx", "--lang", "ja").err)
                .contains("--skip-invalid のことですか？");
        // nothing near: no guess
        assertThat(CliRun.run("validate", "-x", "x.xlsx", "--lang", "en").err).doesNotContain("Did you mean");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun en = CliRun.run("valdate", "x.xlsx", "--lang", "en");
        assertThat(en.code).isEqualTo(2);
        assertThat(en.err).contains("There is no command \"valdate\" in goalsheet")
                .contains("Did you mean goalsheet validate").contains("goalsheet --help");
        CliRun ja = inLocale(Locale.JAPAN, () -> CliRun.run("schema", "chek", "x.yaml"));
        assertThat(ja.code).isEqualTo(2);
        assertThat(ja.err).contains("goalsheet schema に「chek」というコマンドはありません")
                .contains("goalsheet schema check のことですか？");
    }

    @Test
    void otherUsageErrorsInBothLanguages() {
        assertUsageError("-o/--output OUT.xlsx is required", "-o/--output OUT.xlsx を指定してください", "merge", "x.xlsx");
        assertUsageError("PATH is required", "PATH を指定してください", "validate");
        assertUsageError("--format needs a value (FORMAT)", "--format の後に値（FORMAT）を指定してください",
                "validate", "x.xlsx", "--format");
        assertUsageError("--rows takes a whole number, not \"many\"", "--rows には整数を指定してください（「many」は整数ではありません）",
                "init", "-o", "x.xlsx", "--rows", "many");
        assertUsageError("--format is given more than once; give it once", "--format が二度以上指定されています",
                "validate", "--format", "json", "--format", "text", "x.xlsx");
        assertUsageError("Unexpected argument \"b.yaml\"", "余分な引数「b.yaml」があります",
                "schema", "check", "a.yaml", "b.yaml");
    }

    @Test
    void aBadLangIsWordedInTheLocalesLanguage() {
        CliRun ja = inLocale(Locale.JAPAN, () -> CliRun.run("validate", "--lang", "fr", "x.xlsx"));
        assertThat(ja.code).isEqualTo(2);
        assertThat(ja.err).contains("--lang に「fr」は使えません。ja、en のどれかを指定してください");
        CliRun en = inLocale(Locale.US, () -> CliRun.run("--lang", "fr", "--help"));
        assertThat(en.code).isEqualTo(2);
        assertThat(en.out).isEmpty();
        assertThat(en.err).contains("--lang takes one of ja, en, not \"fr\"");
        assertThat(CliRun.run("--lang", "JA", "--help").out).startsWith("使い方");
    }

    @Test
    void langAfterTheErrorStillChoosesItsLanguage() {
        CliRun r = inLocale(Locale.US, () -> CliRun.run("init", "-o", "x.xlsx", "--rows", "many", "--lang", "ja"));
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).startsWith("--rows には整数を指定してください");
        CliRun en = inLocale(Locale.JAPAN, () -> CliRun.run("validate", "x.xlsx", "--format", "--lang=en"));
        assertThat(en.err).startsWith("--format needs a value (FORMAT)");
        // a value that names no language leaves the locale's
        assertThat(inLocale(Locale.JAPAN, () -> CliRun.run("init", "--rows", "x", "-o", "x.xlsx", "--lang", "fr")).err)
                .startsWith("--rows には整数を指定してください");
    }

    @Test
    void langBeforeTheCommandCountsForItsMessagesToo() {
        CliRun r = CliRun.run("--lang", "ja", "validate", "no-such.xlsx");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("パス「no-such.xlsx」がありません");
        assertThat(CliRun.run("validate", "no-such.xlsx", "--lang", "en").err).contains("There is no file or directory");
    }

    /** Every command, option and parameter has its text in both languages, the Japanese one in Japanese. */
    @Test
    void everyCommandAndOptionIsDescribedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            CommandLine root = new Main(console()).commands(new GoalsheetCommand(), "");
            HelpTexts.apply(root, locale);
            List<String> missing = new ArrayList<>();
            List<String> notJapanese = new ArrayList<>();
            for (CommandSpec spec : all(root.getCommandSpec(), new ArrayList<>())) {
                List<String> texts = new ArrayList<>();
                texts.add(spec.qualifiedName() + "=" + String.join(" ", spec.usageMessage().description()));
                for (OptionSpec o : spec.options()) {
                    texts.add(spec.qualifiedName() + " " + o.longestName() + "=" + String.join(" ", o.description()));
                }
                for (PositionalParamSpec p : spec.positionalParameters()) {
                    texts.add(spec.qualifiedName() + " " + p.paramLabel() + "=" + String.join(" ", p.description()));
                }
                for (String t : texts) {
                    String text = t.substring(t.indexOf('=') + 1);
                    if (text.isBlank()) {
                        missing.add(t);
                    } else if (locale == Locale.JAPANESE && !JAPANESE.matcher(text).find()) {
                        notJapanese.add(t);
                    }
                }
            }
            assertThat(missing).as("without a text in " + locale).isEmpty();
            assertThat(notJapanese).as("not translated").isEmpty();
        }
    }

    private static List<CommandSpec> all(CommandSpec spec, List<CommandSpec> into) {
        into.add(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            all(sub.getCommandSpec(), into);
        }
        return into;
    }

    private static void assertUsageError(String english, String japanese, String... args) {
        List<String> en = new ArrayList<>(List.of(args));
        en.add("--lang=en");
        CliRun e = CliRun.run(en.toArray(String[]::new));
        assertThat(e.code).as(e.toString()).isEqualTo(2);
        assertThat(e.out).isEmpty();
        assertThat(e.err).as(e.toString()).startsWith(english).doesNotContain("Exception");
        CliRun j = inLocale(Locale.JAPAN, () -> CliRun.run(args));
        assertThat(j.code).as(j.toString()).isEqualTo(2);
        assertThat(j.err).as(j.toString()).startsWith(japanese).contains("で表示できます");
    }

    private static CliRun inLocale(Locale locale, Supplier<CliRun> run) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return run.get();
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static Console console() {
        return new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false,
                false, null);
    }
}
