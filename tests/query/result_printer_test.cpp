// Every output mode, exactly, on hand-made rows. (tests/cli/output_modes_test
// compares the same modes with the sqlite3 shell's own output.)
#include <gtest/gtest.h>

#include <sstream>

#include "query/result_printer.h"
#include "query/sql_runner.h"
#include "query/text_width.h"

using namespace cablecat;

namespace {

SqlValue nullValue() { return SqlValue{}; }
SqlValue realValue(double value, std::string text) {
  return SqlValue{SqlValue::Type::Real, std::move(text), 0, value};
}

std::string print(OutputMode mode, bool headers = true, const std::string& nullText = "") {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{mode, headers, nullText}, out);
  printer->begin({"ref_id", "n", "subject"});
  printer->row({textValue("07ASTANA2327"), integerValue(3), textValue("OIL, \"GAS\"")});
  printer->row({textValue("08STATE5"), integerValue(12), nullValue()});
  printer->row({textValue("Ж…"), realValue(2.5, "2.5"), textValue("two\nlines\tand|pipe")});
  printer->end();
  return out.str();
}

std::string printNoRows(OutputMode mode, bool headers) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{mode, headers}, out);
  printer->begin({"ref_id", "n"});
  printer->end();
  return out.str();
}

}  // namespace

TEST(ResultPrinter, ColumnPadsEveryColumnAndBreaksMultiLineValuesAsSqlite3) {
  EXPECT_EQ(print(OutputMode::Column),
            "ref_id        n    subject         \n"
            "------------  ---  ----------------\n"
            "07ASTANA2327  3    OIL, \"GAS\"      \n"
            "\n"
            "08STATE5      12                   \n"
            "\n"
            "Ж…            2.5  two             \n"
            "                   lines   and|pipe\n");
}

TEST(ResultPrinter, ColumnWithoutHeadersStillWidensToThem) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Column, false}, out);
  printer->begin({"a_long_name", "b"});
  printer->row({integerValue(1), textValue("x")});
  printer->end();
  EXPECT_EQ(out.str(), "1            x\n");
}

TEST(ResultPrinter, TableDrawsBordersAndSeparatesMultiLineRows) {
  EXPECT_EQ(print(OutputMode::Table),
            "+--------------+-----+------------------+\n"
            "|    ref_id    |  n  |     subject      |\n"
            "+--------------+-----+------------------+\n"
            "| 07ASTANA2327 | 3   | OIL, \"GAS\"       |\n"
            "+--------------+-----+------------------+\n"
            "| 08STATE5     | 12  |                  |\n"
            "+--------------+-----+------------------+\n"
            "| Ж…           | 2.5 | two              |\n"
            "|              |     | lines   and|pipe |\n"
            "+--------------+-----+------------------+\n");
}

TEST(ResultPrinter, BoxDrawsUnicodeLinesAndCentresHeaders) {
  EXPECT_EQ(print(OutputMode::Box, false, "NULL"),
            "┌──────────────┬─────┬──────────────────┐\n"
            "│ 07ASTANA2327 │ 3   │ OIL, \"GAS\"       │\n"
            "├──────────────┼─────┼──────────────────┤\n"
            "│ 08STATE5     │ 12  │ NULL             │\n"
            "├──────────────┼─────┼──────────────────┤\n"
            "│ Ж…           │ 2.5 │ two              │\n"
            "│              │     │ lines   and|pipe │\n"
            "└──────────────┴─────┴──────────────────┘\n");
}

TEST(ResultPrinter, MarkdownKeepsEachRowOneTableRow) {
  EXPECT_EQ(print(OutputMode::Markdown),
            "|    ref_id    |  n  |          subject          |\n"
            "|--------------|-----|---------------------------|\n"
            "| 07ASTANA2327 | 3   | OIL, \"GAS\"                |\n"
            "| 08STATE5     | 12  |                           |\n"
            "| Ж…           | 2.5 | two<br>lines    and\\|pipe |\n");
}

TEST(ResultPrinter, CsvFollowsRfc4180) {
  EXPECT_EQ(print(OutputMode::Csv),
            "ref_id,n,subject\r\n"
            "07ASTANA2327,3,\"OIL, \"\"GAS\"\"\"\r\n"
            "08STATE5,12,\r\n"
            "Ж…,2.5,\"two\nlines\tand|pipe\"\r\n");
}

TEST(ResultPrinter, CsvWithoutHeadersAndWithANullValue) {
  EXPECT_EQ(print(OutputMode::Csv, false, "NA"),
            "07ASTANA2327,3,\"OIL, \"\"GAS\"\"\"\r\n"
            "08STATE5,12,NA\r\n"
            "Ж…,2.5,\"two\nlines\tand|pipe\"\r\n");
}

TEST(ResultPrinter, TsvEscapesTabsAndNewlinesSoEachRowIsOneLine) {
  EXPECT_EQ(print(OutputMode::Tsv),
            "ref_id\tn\tsubject\n"
            "07ASTANA2327\t3\tOIL, \"GAS\"\n"
            "08STATE5\t12\t\n"
            "Ж…\t2.5\ttwo\\nlines\\tand|pipe\n");
}

TEST(ResultPrinter, JsonIsAnArrayOfObjectsWithNumbersAndNull) {
  EXPECT_EQ(print(OutputMode::Json, true, "ignored"),
            "[{\"ref_id\":\"07ASTANA2327\",\"n\":3,\"subject\":\"OIL, \\\"GAS\\\"\"},\n"
            "{\"ref_id\":\"08STATE5\",\"n\":12,\"subject\":null},\n"
            "{\"ref_id\":\"Ж…\",\"n\":2.5,\"subject\":\"two\\nlines\\tand|pipe\"}]\n");
}

TEST(ResultPrinter, NdjsonIsOneObjectPerLine) {
  EXPECT_EQ(print(OutputMode::Ndjson),
            "{\"ref_id\":\"07ASTANA2327\",\"n\":3,\"subject\":\"OIL, \\\"GAS\\\"\"}\n"
            "{\"ref_id\":\"08STATE5\",\"n\":12,\"subject\":null}\n"
            "{\"ref_id\":\"Ж…\",\"n\":2.5,\"subject\":\"two\\nlines\\tand|pipe\"}\n");
}

TEST(ResultPrinter, LineIsOneNameEqualsValuePerColumn) {
  EXPECT_EQ(print(OutputMode::Line, true, "-"),
            " ref_id = 07ASTANA2327\n      n = 3\nsubject = OIL, \"GAS\"\n"
            "\n"
            " ref_id = 08STATE5\n      n = 12\nsubject = -\n"
            "\n"
            " ref_id = Ж…\n      n = 2.5\nsubject = two\nlines\tand|pipe\n");
}

TEST(ResultPrinter, ListJoinsWithPipes) {
  EXPECT_EQ(print(OutputMode::List),
            "ref_id|n|subject\n07ASTANA2327|3|OIL, \"GAS\"\n08STATE5|12|\nЖ…|2.5|two\nlines\tand|pipe\n");
}

TEST(ResultPrinter, HtmlRowsEscapeMarkup) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Html, true}, out);
  printer->begin({"a<b"});
  printer->row({textValue("x & 'y' \"z\" >")});
  printer->end();
  EXPECT_EQ(out.str(), "<TR><TH>a&lt;b</TH>\n</TR>\n<TR><TD>x &amp; &#39;y&#39; &quot;z&quot; &gt;</TD>\n</TR>\n");
}

TEST(ResultPrinter, QuoteWritesSqlLiterals) {
  EXPECT_EQ(print(OutputMode::Quote),
            "'ref_id','n','subject'\n"
            "'07ASTANA2327',3,'OIL, \"GAS\"'\n"
            "'08STATE5',12,NULL\n"
            "'Ж…',2.5,'two\nlines\tand|pipe'\n");
}

TEST(ResultPrinter, InsertWritesOneStatementPerLine) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Insert, true}, out);
  printer->begin({"ref_id", "order", "it's"});
  printer->row({textValue("a'b\nc\\nd"), realValue(0.1, "0.1"), SqlValue{SqlValue::Type::Blob, "\x01\xff", 0, 0}});
  printer->end();
  EXPECT_EQ(out.str(),
            "INSERT INTO \"table\"(ref_id,\"order\",\"it's\") "
            "VALUES(replace('a''b\\012c\\nd','\\012',char(10)),0.10000000000000000555,X'01ff');\n");
}

TEST(ResultPrinter, NoRowsPrintsTheHeaderOrNothing) {
  EXPECT_EQ(printNoRows(OutputMode::Column, true), "ref_id  n\n------  -\n");
  EXPECT_EQ(printNoRows(OutputMode::Csv, true), "ref_id,n\r\n");
  EXPECT_EQ(printNoRows(OutputMode::Json, true), "[]\n");
  for (OutputMode mode : {OutputMode::Column, OutputMode::Table, OutputMode::Box, OutputMode::Markdown,
                          OutputMode::Csv, OutputMode::Tsv, OutputMode::Line, OutputMode::List, OutputMode::Html,
                          OutputMode::Insert, OutputMode::Quote, OutputMode::Ndjson})
    EXPECT_EQ(printNoRows(mode, false), "") << outputModeName(mode);
  EXPECT_EQ(printNoRows(OutputMode::Json, false), "[]\n");  // still valid JSON
}

TEST(ResultPrinter, InvalidUtf8BecomesReplacementCharacterInJson) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Ndjson, true}, out);
  printer->begin({"a"});
  printer->row({textValue("bad \xff byte")});
  printer->end();
  EXPECT_EQ(out.str(), "{\"a\":\"bad \xEF\xBF\xBD byte\"}\n");
}

TEST(DisplayLines, BreakAtControlCharactersAsSqlite3) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(displayLines(""), Lines{""});
  EXPECT_EQ(displayLines("a\n"), Lines{"a"});
  EXPECT_EQ(displayLines("a\n\nb"), (Lines{"a", "", "b"}));
  EXPECT_EQ(displayLines("a\r\nb\rc\x01" "d"), (Lines{"a", "b", "c", "d"}));
  EXPECT_EQ(displayLines("ab\tc\t"), Lines{"ab      c       "});
  EXPECT_EQ(displayLines(std::string("cut\0here", 8)), Lines{"cut"});
  EXPECT_EQ(displayLines("\x1b[1mbold\x1b[0m"), Lines{"\x1b[1mbold\x1b[0m"});
}

TEST(OutputMode, NamesRoundTrip) {
  for (const std::string& name : outputModeNames())
    EXPECT_EQ(outputModeName(*outputModeFromName(name)), name);
  EXPECT_FALSE(outputModeFromName("tabs").has_value());
  EXPECT_EQ(outputModeNames().size(), 13u);
}
