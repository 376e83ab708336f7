// How a REF list is read line by line (issue 13, round 2): labels that name
// their letters or repeat before a later letter, numbered items, what a blank
// line ends, titles wrapped over lines, section headers inside a list, the
// same cable cited twice. One named case per form, each with its own fixture.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/reference_parser.h"
#include "parsed_fields.h"

using namespace cablecat;

namespace {

struct ListCase {
  const char* name;
  const char* citing;  // the citing cable's ID
  const char* body;
  std::vector<std::string> expected;  // "letter|ref_id|kind", "-" for no letter
};

void PrintTo(const ListCase& c, std::ostream* out) { *out << c.name; }


class ReferenceListReadingTest : public testing::TestWithParam<ListCase> {};

TEST_P(ReferenceListReadingTest, FindsEveryReference) {
  const auto& c = GetParam();
  EXPECT_EQ(test::referencesOf(c.citing, c.body), c.expected) << c.body;
}

const ListCase kListCases[] = {
    // Labels.
    {"ReftelLetterOnEachLine", "07LONDON600", "REFTEL A: 06 STATE 1234\nREFTEL B: LONDON 567\n\n1. x\n",
     {"A|06STATE1234|cable", "B|07LONDON567|cable"}},
    {"LabelRepeatedBeforeLaterLetter", "09ROME1", "REF: A. STATE 1 B. STATE 2\nREF: C. STATE 3\n\n1. x\n",
     {"A|09STATE1|cable", "B|09STATE2|cable", "C|09STATE3|cable"}},
    {"LabelNamesItsLetters", "08ROME1", "REFTELS A AND B: A. STATE 1234 B. LONDON 567\n\n1. x\n",
     {"A|08STATE1234|cable", "B|08LONDON567|cable"}},
    {"LabelNamesItsLettersOnItsOwnLine", "08ROME1", "REFS A AND B:\nA. 08 STATE 1234\nB. 08 LONDON 567\n\n1. x\n",
     {"A|08STATE1234|cable", "B|08LONDON567|cable"}},
    {"LabelNamesALetterRange", "08ROME1", "REFS (A) - (C): A) STATE 1 B) STATE 2 C) STATE 3\n\n1. x\n",
     {"A|08STATE1|cable", "B|08STATE2|cable", "C|08STATE3|cable"}},
    {"LabelNoteInParentheses", "09ROME100", "REFTELS (NOTAL): A. STATE 1234 B. ROME 5\n\n1. x\n",
     {"A|09STATE1234|cable", "B|09ROME5|cable"}},
    {"LabelLettersInParentheses", "09ROME100", "REFS (A,B): A. STATE 1234 B. ROME 5\n\n1. x\n",
     {"A|09STATE1234|cable", "B|09ROME5|cable"}},
    {"LabelReferenceTelegram", "75TEHRAN100", "REFERENCE TELEGRAM: STATE 123456\n\n1. x\n",
     {"-|75STATE123456|cable"}},
    // Numbered items.
    {"NumberedItemsOnLines", "08ROME1", "REFS: 1. 07 STATE 1234\n      2. STATE 5678\n\n1. (C) Summary: x\n",
     {"1|07STATE1234|cable", "2|08STATE5678|cable"}},
    {"NumberedItemsUnderLabelAlone", "08ROME1", "REF:\n\n1. STATE 1234\n2. ROME 5678\n\n1. (C) Summary: x\n",
     {"1|08STATE1234|cable", "2|08ROME5678|cable"}},
    {"NumberedItemsParenthesized", "08ROME1", "REFS:\n(1) 07 STATE 1234\n(2) ROME 5678\n\nClassified By: X\n",
     {"1|07STATE1234|cable", "2|08ROME5678|cable"}},
    {"NumberedItemsClosingParenthesis", "08ROME1", "REF: 1) STATE 1234\n     2) ROME 5678\n     3) ROME 9\n\n1. (C) x\n",
     {"1|08STATE1234|cable", "2|08ROME5678|cable", "3|08ROME9|cable"}},
    {"NumberedItemsThenParagraphOne", "08ROME1", "REF: 1. STATE 1234\n2. STATE 5678\n\n1. Per ref 1, post acted.\n",
     {"1|08STATE1234|cable", "2|08STATE5678|cable"}},
    {"ParagraphOneOpeningWithCitationIsNoItem", "08ROME1", "REF: STATE 1234\n\n1. STATE 5678 REQUESTED POST VIEWS.\n",
     {"-|08STATE1234|cable"}},
    // What a blank line ends.
    {"CapitalLetteredProseAfterBlankIsBody", "09ROME1", "REF: STATE 1234\n\nA. THE MINISTER SAID ROME 5 WAS RIGHT.\n",
     {"-|09STATE1234|cable"}},
    {"RomanHeadingAfterBlankEndsList", "09ROME1", "REF: STATE 1234\n\nI. SUMMARY\n\nROME 5 said.\n",
     {"-|09STATE1234|cable"}},
    {"NextLetterAfterBlankGoesOn", "08ROME1", "REFS: A. STATE 1234\n\n      B. ROME 5678\n\n      C. MILAN 9\n\n1. x\n",
     {"A|08STATE1234|cable", "B|08ROME5678|cable", "C|08MILAN9|cable"}},
    {"DashedItemsOnLines", "09ROME100", "REF: -- STATE 1234\n-- ROME 5678\n* ROME 9\n\n-----\nSUMMARY\n",
     {"-|09STATE1234|cable", "-|09ROME5678|cable", "-|09ROME9|cable"}},
    // Where the list ends inside a line.
    {"FieldNameInsideTitleIsNoEnd", "09ROME1",
     "REF: A. STATE 1234 (SUBJECT: LONG TITLE\n  CONTINUES HERE) B. STATE 5678\n\n1. x\n",
     {"A|09STATE1234|cable", "B|09STATE5678|cable"}},
    {"MarkedParagraphOnSameLineEndsList", "09ROME1", "REF: STATE 1234 (C) During the meeting, ROME 5678 came up.\n",
     {"-|09STATE1234|cable"}},
    {"BulletCAfterBIsNoParagraph", "09ROME100", "REF: (A) ROME 1 (B) ROME 2 (C) Embassy email of 5/5\n\n1. x\n",
     {"A|09ROME1|cable", "B|09ROME2|cable", "C||email"}},
    // Items wrapped over lines.
    {"SerialAfterAndOnNextLine", "09LONDON1", "REF: A. LONDON 1234 AND\n  1236\n\n1. x\n",
     {"A|09LONDON1234|cable", "A|09LONDON1236|cable"}},
    {"TitleWrappedOverThreeLines", "08ROME1",
     "REF: A. 08 ROME 123 (ITALY: BERLUSCONI SAYS NO TO MORE TROOPS\n     IN AFGHANISTAN AND WANTS NATO TO DO MORE "
     "ABOUT\n     IT)\n     B. 08 ROME 456\n\n1. x\n",
     {"A|08ROME123|cable", "B|08ROME456|cable"}},
    {"SectionHeaderInsideList", "09ROME500",
     "REF: A. STATE 1\nB. STATE 2\nC O N F I D E N T I A L SECTION 02 OF 03 ROME 000500\nC. STATE 3\n\n1. x\n",
     {"A|09STATE1|cable", "B|09STATE2|cable", "C|09STATE3|cable"}},
    // The same cable cited twice.
    {"SameCableTwiceIsCitedOnce", "09BOGOTA688",
     "REF: A. 09 BOGOTA 569\nB. 08 BOGOTA 003359\nC. 08 BOGOTA 003193\nD. 08 BOGOTA 3359\n\n1. x\n",
     {"A|09BOGOTA569|cable", "B|08BOGOTA3359|cable", "C|08BOGOTA3193|cable"}},
    {"SameCableTwiceInOneItem", "09ROME100", "REF: ROME 12 AND ROME 12\n\n1. x\n", {"-|09ROME12|cable"}},
    {"NonCableItemsAreNeverMerged", "09ROME100", "REF: A. EMAIL 5/5 B. EMAIL 5/5\n\n1. x\n", {"A||email", "B||email"}},
};

INSTANTIATE_TEST_SUITE_P(Issue13Round2, ReferenceListReadingTest, testing::ValuesIn(kListCases),
                         [](const testing::TestParamInfo<ListCase>& param) { return std::string(param.param.name); });

}  // namespace
