// Tests the rule that picks the most complete form of a cable.
#include "store/form_rank.h"

#include <gtest/gtest.h>

namespace cablecat {
namespace {

FormRank rankOf(bool partial, std::string_view body, std::string_view format,
                std::string_view hash = "h") {
  return rankForm(partial, "HEADER", body, format, hash);
}

TEST(FormRank, WholeCableBeatsPartialExtractEvenWhenShorter) {
  FormRank whole = rankOf(false, "short", "text");
  FormRank partial = rankOf(true, "a much longer partial extract of the cable", "csv");
  EXPECT_TRUE(isBetterForm(whole, partial));
  EXPECT_FALSE(isBetterForm(partial, whole));
}

TEST(FormRank, FewerRedactionRunsBeatMoreText) {
  FormRank redacted = rankOf(false, "met XXXXXXXXXXXX and XXXXXXXXXXXX today, long text", "csv");
  FormRank clear = rankOf(false, "met the minister today", "text");
  EXPECT_EQ(redacted.redaction_runs, 2u);
  EXPECT_TRUE(isBetterForm(clear, redacted));
}

TEST(FormRank, FourXsAreNoRedaction) {
  EXPECT_EQ(rankOf(false, "XXXX Corps", "csv").redaction_runs, 0u);
  EXPECT_EQ(rankOf(false, "XXXXX", "csv").redaction_runs, 1u);
}

TEST(FormRank, BlanksDoNotMakeAFormLonger) {
  // cables.csv lines often end with a space and use CRLF.
  FormRank dump = rankOf(false, "PARA ONE \r\nPARA TWO \r\n", "csv");
  FormRank page = rankOf(false, "PARA ONE\nPARA TWO\n", "html");
  EXPECT_EQ(dump.text_length, page.text_length);
}

TEST(FormRank, LongerTextWins) {
  EXPECT_TRUE(isBetterForm(rankOf(false, "ONE TWO THREE", "text"), rankOf(false, "ONE TWO", "csv")));
}

TEST(FormRank, FormatPriorityBreaksEqualText) {
  EXPECT_TRUE(isBetterForm(rankOf(false, "SAME", "csv"), rankOf(false, "SAME", "html")));
  EXPECT_TRUE(isBetterForm(rankOf(false, "SAME", "html"), rankOf(false, "SAME", "archive")));
  EXPECT_TRUE(isBetterForm(rankOf(false, "SAME", "archive"), rankOf(false, "SAME", "text")));
}

TEST(FormRank, SmallerHashBreaksTheLastTie) {
  FormRank a = rankOf(false, "ABCD", "csv", "0001");
  FormRank b = rankOf(false, "DCBA", "csv", "0002");
  EXPECT_TRUE(isBetterForm(a, b));
  EXPECT_FALSE(isBetterForm(b, a));
  EXPECT_FALSE(isBetterForm(a, a));
}

}  // namespace
}  // namespace cablecat
