#include <gtest/gtest.h>

#include "parse/text_encoding.h"

using cablecat::repairUtf8;

TEST(TextEncoding, ValidUtf8IsUntouched) {
  std::string text = "Nur Otan \xe2\x80\x94 Caf\xc3\xa9 \xd0\x90\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb0";
  std::string before = text;
  EXPECT_EQ(repairUtf8(text), 0u);
  EXPECT_EQ(text, before);
}

TEST(TextEncoding, StrayLatinByteIsReadAsWindows1252) {
  std::string text = "Caf\xe9 text";
  EXPECT_EQ(repairUtf8(text), 1u);
  EXPECT_EQ(text, "Caf\xc3\xa9 text");
}

TEST(TextEncoding, SmartQuotesFromWindows1252) {
  std::string text = "\x93quoted\x94";
  EXPECT_EQ(repairUtf8(text), 2u);
  EXPECT_EQ(text, "\xe2\x80\x9cquoted\xe2\x80\x9d");
}

TEST(TextEncoding, TruncatedSequenceAtTheEnd) {
  std::string text = "end \xe2\x80";
  EXPECT_EQ(repairUtf8(text), 2u);
  EXPECT_EQ(text, "end \xc3\xa2\xe2\x82\xac");
}

TEST(TextEncoding, UndefinedWindows1252ByteBecomesReplacementCharacter) {
  std::string text = "a\x81z";
  EXPECT_EQ(repairUtf8(text), 1u);
  EXPECT_EQ(text, "a\xef\xbf\xbdz");
}

TEST(TextEncoding, OverlongAndSurrogateEncodingsAreInvalid) {
  std::string overlong = "\xc0\xaf";
  EXPECT_EQ(repairUtf8(overlong), 2u);
  std::string surrogate = "\xed\xa0\x80";
  EXPECT_EQ(repairUtf8(surrogate), 3u);
}

using cablecat::decodeCharacterReferences;

// Issue 13: "DON&#8217;T" in a subject copied from a web page.
TEST(CharacterReferences, DecimalAndHexAreDecoded) {
  std::string text = "DON&#8217;T &#x201C;GO&#x201d; &#128512;";
  EXPECT_EQ(decodeCharacterReferences(text), 4u);
  EXPECT_EQ(text, "DON\xe2\x80\x99T \xe2\x80\x9cGO\xe2\x80\x9d \xf0\x9f\x98\x80");
}

TEST(CharacterReferences, XmlNamesAreDecoded) {
  std::string text = "AT&amp;T &quot;X&quot; &lt;B&gt; O&apos;NEIL";
  EXPECT_EQ(decodeCharacterReferences(text), 6u);
  EXPECT_EQ(text, "AT&T \"X\" <B> O'NEIL");
}

TEST(CharacterReferences, BareAmpersandsAndUnknownNamesStay) {
  std::string text = "R&D; US & EU &bogus; &#; &#xZZ; &";
  EXPECT_EQ(decodeCharacterReferences(text), 0u);
  EXPECT_EQ(text, "R&D; US & EU &bogus; &#; &#xZZ; &");
}
