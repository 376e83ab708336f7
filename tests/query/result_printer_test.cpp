// Every output mode, exactly, on hand-made rows.
#include <gtest/gtest.h>

#include <sstream>

#include "query/result_printer.h"
#include "query/sql_runner.h"

using namespace cablecat;

namespace {

SqlValue nullValue() { return SqlValue{}; }
SqlValue realValue(double value, std::string text) {
  return SqlValue{SqlValue::Type::Real, std::move(text), 0, value};
}

std::string print(OutputMode mode, bool headers = true) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{mode, headers}, out);
  printer->begin({"ref_id", "n", "subject"});
  printer->row({textValue("07ASTANA2327"), integerValue(3), textValue("OIL, \"GAS\"")});
  printer->row({textValue("08STATE5"), integerValue(12), nullValue()});
  printer->row({textValue("Ж…"), realValue(2.5, "2.5"), textValue("two\nlines\tand|pipe")});
  printer->end();
  return out.str();
}

}  // namespace

TEST(ResultPrinter, TableAlignsColumnsAndRightAlignsNumbers) {
  EXPECT_EQ(print(OutputMode::Table),
            "ref_id        n    subject\n"
            "------------  ---  --------------------\n"
            "07ASTANA2327    3  OIL, \"GAS\"\n"
            "08STATE5       12\n"
            "Ж…            2.5  two\\nlines\\tand|pipe\n");
}

TEST(ResultPrinter, TableWithoutHeaders) {
  EXPECT_EQ(print(OutputMode::Table, false),
            "07ASTANA2327    3  OIL, \"GAS\"\n"
            "08STATE5       12\n"
            "Ж…            2.5  two\\nlines\\tand|pipe\n");
}

TEST(ResultPrinter, BoxDrawsUnicodeLinesAndCentresHeaders) {
  EXPECT_EQ(print(OutputMode::Box),
            "┌──────────────┬─────┬──────────────────────┐\n"
            "│    ref_id    │  n  │       subject        │\n"
            "├──────────────┼─────┼──────────────────────┤\n"
            "│ 07ASTANA2327 │   3 │ OIL, \"GAS\"           │\n"
            "│ 08STATE5     │  12 │                      │\n"
            "│ Ж…           │ 2.5 │ two\\nlines\\tand|pipe │\n"
            "└──────────────┴─────┴──────────────────────┘\n");
}

TEST(ResultPrinter, CsvFollowsRfc4180) {
  EXPECT_EQ(print(OutputMode::Csv),
            "ref_id,n,subject\r\n"
            "07ASTANA2327,3,\"OIL, \"\"GAS\"\"\"\r\n"
            "08STATE5,12,\r\n"
            "Ж…,2.5,\"two\nlines\tand|pipe\"\r\n");
}

TEST(ResultPrinter, CsvWithoutHeaders) {
  EXPECT_EQ(print(OutputMode::Csv, false),
            "07ASTANA2327,3,\"OIL, \"\"GAS\"\"\"\r\n"
            "08STATE5,12,\r\n"
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
  EXPECT_EQ(print(OutputMode::Json),
            "[{\"ref_id\":\"07ASTANA2327\",\"n\":3,\"subject\":\"OIL, \\\"GAS\\\"\"},\n"
            "{\"ref_id\":\"08STATE5\",\"n\":12,\"subject\":null},\n"
            "{\"ref_id\":\"Ж…\",\"n\":2.5,\"subject\":\"two\\nlines\\tand|pipe\"}]\n");
}

TEST(ResultPrinter, JsonOfNoRowsIsAnEmptyArray) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Json, true}, out);
  printer->begin({"a"});
  printer->end();
  EXPECT_EQ(out.str(), "[]\n");
}

TEST(ResultPrinter, NdjsonIsOneObjectPerLine) {
  EXPECT_EQ(print(OutputMode::Ndjson),
            "{\"ref_id\":\"07ASTANA2327\",\"n\":3,\"subject\":\"OIL, \\\"GAS\\\"\"}\n"
            "{\"ref_id\":\"08STATE5\",\"n\":12,\"subject\":null}\n"
            "{\"ref_id\":\"Ж…\",\"n\":2.5,\"subject\":\"two\\nlines\\tand|pipe\"}\n");
}

TEST(ResultPrinter, MarkdownEscapesPipesAndMarksNumericColumns) {
  EXPECT_EQ(print(OutputMode::Markdown),
            "| ref_id       | n   | subject                 |\n"
            "|--------------|----:|-------------------------|\n"
            "| 07ASTANA2327 |   3 | OIL, \"GAS\"              |\n"
            "| 08STATE5     |  12 |                         |\n"
            "| Ж…           | 2.5 | two<br>lines\\tand\\|pipe |\n");
}

TEST(ResultPrinter, InvalidUtf8BecomesReplacementCharacterInJson) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Ndjson, true}, out);
  printer->begin({"a"});
  printer->row({textValue("bad \xff byte")});
  printer->end();
  EXPECT_EQ(out.str(), "{\"a\":\"bad \xEF\xBF\xBD byte\"}\n");
}

TEST(OutputMode, NamesRoundTrip) {
  for (const std::string& name : outputModeNames())
    EXPECT_EQ(outputModeName(*outputModeFromName(name)), name);
  EXPECT_FALSE(outputModeFromName("list").has_value());
}
