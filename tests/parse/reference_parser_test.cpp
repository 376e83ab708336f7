// REF lists in every shape found in the real cables, one named case per shape.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/reference_block.h"
#include "parse/reference_kind.h"
#include "parse/reference_parser.h"

using namespace cablecat;

namespace {

// Names each table case after its `name` field.
struct CaseName {
  template <class Case>
  std::string operator()(const testing::TestParamInfo<Case>& param) const {
    return param.param.name;
  }
};

// "letter|ref_id|kind" for each reference, "-" for no letter.
std::vector<std::string> summarize(const Cable& cable) {
  std::vector<std::string> out;
  for (const auto& r : cable.references)
    out.push_back((r.letter.empty() ? std::string("-") : r.letter) + "|" + r.ref_id + "|" + std::string(kindName(r.kind)));
  return out;
}

Cable parse(const std::string& body, const std::string& ref_id = "07ASTANA2327") {
  Cable cable;
  cable.ref_id = ref_id;
  parseReferences(body, cable);
  return cable;
}

struct ListCase {
  const char* name;
  const char* citing;  // the citing cable's ID
  const char* body;
  std::vector<std::string> expected;
};

void PrintTo(const ListCase& c, std::ostream* out) { *out << c.name; }

class ReferenceListTest : public testing::TestWithParam<ListCase> {};

TEST_P(ReferenceListTest, FindsEveryReference) {
  const auto& c = GetParam();
  EXPECT_EQ(summarize(parse(c.body, c.citing)), c.expected) << c.body;
}

const ListCase kListCases[] = {
    // Labels.
    {"LabelRefColon", "07ASTANA2327", "SUBJECT: X\n\nREF: Astana 2318\n\n1. Text.\n",
     {"-|07ASTANA2318|cable"}},
    {"LabelRefMixedCase", "07ASTANA2192", "SUBJECT: X\n\nRef:  Astana 918\n\n1. Text.\n",
     {"-|07ASTANA918|cable"}},
    {"LabelRefs", "06BRASILIA678", "REFS: (A) STATE 52607, (B) STATE 52608\n\n1. x\n",
     {"A|06STATE52607|cable", "B|06STATE52608|cable"}},
    {"LabelReftelWithColon", "08LONDON2814", "REFTEL: SECSTATE 118397\nE.O. 12958: N/A\n",
     {"-|08STATE118397|cable"}},
    {"LabelReftelWithoutColon", "08LONDON2814", "REFTEL SECSTATE 118397\n\n1. x\n",
     {"-|08STATE118397|cable"}},
    {"LabelReftels", "05CAIRO1", "REFTELS: CAIRO 12 AND 15\n\n1. x\n",
     {"-|05CAIRO12|cable", "-|05CAIRO15|cable"}},
    {"LabelRefParenS", "09OSLO9000", "Ref(s): Oslo 101\n\n1. x\n", {"-|09OSLO101|cable"}},
    {"LabelReference", "09OSLO1", "REFERENCE: STATE 5555\n\n1. x\n", {"-|09STATE5555|cable"}},
    {"LabelReferences", "09OSLO9000", "REFERENCES: A. STATE 5555\nB. OSLO 77\n\n1. x\n",
     {"A|09STATE5555|cable", "B|09OSLO77|cable"}},
    {"LabelRefDotColon", "05BRASILIA3382", "REF.: BRASILIA 03286 AND PREVIOUS\n\n1. x\n",
     {"-|05BRASILIA3286|cable"}},
    {"LabelRefEllipsis", "05NEWDELHI301", "REF...04 CHENNAI 575\n\n1. x\n", {"-|04CHENNAI575|cable"}},
    {"LabelDoubled", "05MADRID4026", "REF: REF (A) MADRID 3785 (B) MADRID 3566\n\n1. x\n",
     {"A|05MADRID3785|cable", "B|05MADRID3566|cable"}},
    {"LabelRefLetterColon", "07GENEVA2626", "Ref A:  Geneva 2373; Ref B:  Geneva 2355\n\n1. x\n",
     {"A|07GENEVA2373|cable", "B|07GENEVA2355|cable"}},
    {"LabelGluedToSubject", "08TBILISI1379",
     "SUBJECT: GEORGIA: SITREP 10: RUSSIANS ON MOVE? REF: TBILISI 1372 Classified By: X\n",
     {"-|08TBILISI1372|cable"}},
    {"LabelGluedToWrappedSubject", "08TBILISI1379",
     "SUBJECT: GEORGIA: SITREP 10: RUSSIANS\nON THE MOVE REF: TBILISI 1372\n\n1. x\n", {"-|08TBILISI1372|cable"}},
    {"LabelBeforeTags", "08LONDON2814", "REF: STATE 1\nTAGS: OREP\nSUBJECT: X\n", {"-|08STATE1|cable"}},
    {"LabelOnItsOwnLine", "08TRIPOLI921", "REF:\nA) TRIPOLI 889,\nB) TRIPOLI 679,\nC) TRIPOLI 530\n\n1. x\n",
     {"A|08TRIPOLI889|cable", "B|08TRIPOLI679|cable", "C|08TRIPOLI530|cable"}},
    // Bullets.
    {"BulletParen", "07ASTANA2244", "REF: A) Astana 2221 B) Astana 2223\n\n1. x\n",
     {"A|07ASTANA2221|cable", "B|07ASTANA2223|cable"}},
    {"BulletDot", "07ASTANA2223", "REF: A. Astana 2069 B. Astana 1906\n\n1. x\n",
     {"A|07ASTANA2069|cable", "B|07ASTANA1906|cable"}},
    {"BulletParenthesized", "04BRASILIA1748", "REF: (A) STATE 145167 (B) BRASILIA 1291\n\n1. x\n",
     {"A|04STATE145167|cable", "B|04BRASILIA1291|cable"}},
    {"BulletBracketed", "09ROME1", "REF: [A] ROME 12 [B] ROME 13\n\n1. x\n",
     {"A|09ROME12|cable", "B|09ROME13|cable"}},
    {"BulletColon", "09ROME1", "REF: A: ROME 12\nB: ROME 13\n\n1. x\n", {"A|09ROME12|cable", "B|09ROME13|cable"}},
    {"BulletDash", "09ROME1", "REF:\nA - ROME 12\nB - ROME 13\n\n1. x\n", {"A|09ROME12|cable", "B|09ROME13|cable"}},
    {"BulletDoubledDotParen", "04THEHAGUE1923", "REF: A. (A) THE HAGUE 01915\n     B. (B) THE HAGUE 01903\n",
     {"A|04THEHAGUE1915|cable", "B|04THEHAGUE1903|cable"}},
    {"BulletDoubledDotDot", "06NAIROBI3217", "REF: A. A. NAIROBI 2870\n\n     B. B. NAIROBI 2482\n",
     {"A|06NAIROBI2870|cable", "B|06NAIROBI2482|cable"}},
    {"BulletDoubledGlued", "06BOGOTA9120", "REF: A. A.BOGOTA 5486\n\n     B. B.BOGOTA 7731\n",
     {"A|06BOGOTA5486|cable", "B|06BOGOTA7731|cable"}},
    {"BulletDoubledWithRefWord", "08TEGUCIGALPA86", "REF: A. REF A: 07 TGG 1798\nB. REF B: 07 TGG 1818\n",
     {"A|07TEGUCIGALPA1798|cable", "B|07TEGUCIGALPA1818|cable"}},
    {"BulletLowerCase", "08BERLIN643", "Ref: a. 07 state 75839\nb. State 15220\nc. Berlin 195\n\n1. x\n",
     {"A|07STATE75839|cable", "B|08STATE15220|cable", "C|08BERLIN195|cable"}},
    {"BulletPilcrowFromHtml", "03ANKARA3694", "REF: A. ANKARA 2521\n     \xC2\xB6" "B. ANKARA 2666\n",
     {"A|03ANKARA2521|cable", "B|03ANKARA2666|cable"}},
    {"BulletNoSpaceAfterParen", "08MOSCOW2428", "REF: A)MOSCOW 2343, B)MOSCOW 2366\n\n1. x\n",
     {"A|08MOSCOW2343|cable", "B|08MOSCOW2366|cable"}},
    {"BulletSpacedParen", "05SANJOSE1713", "REF: (A) SAN JOSE 01587\n     (B) SAN JOSE 01636\n     (C )SAN JOSE 01693\n",
     {"A|05SANJOSE1587|cable", "B|05SANJOSE1636|cable", "C|05SANJOSE1693|cable"}},
    {"BulletRepeatedLetterIsNextItem", "07REYKJAVIK256",
     "REF: (A)STATE 118258, (B)STATE 146306, (B)STATE 178055\n\n1. x\n",
     {"A|07STATE118258|cable", "B|07STATE146306|cable", "B|07STATE178055|cable"}},
    {"BulletsSeveralPerLine", "07ASTANA2318",
     "REF: A) Astana 1558,     B) Astana 1906,\n     C) Astana 1949,     D) Astana 2221\n\n1. x\n",
     {"A|07ASTANA1558|cable", "B|07ASTANA1906|cable", "C|07ASTANA1949|cable", "D|07ASTANA2221|cable"}},
    {"BulletDashLeadingContinuation", "04COLOMBO11", "Refs:  (A) 03 Colombo 2200\n-      (B) 03 State 348254\n\n",
     {"A|03COLOMBO2200|cable", "B|03STATE348254|cable"}},
    // Separators without bullets.
    {"SemicolonSeparated", "09BOGOTA3147", "REF: BOGOTA 3033; BOGOTA 3006\n\n1. x\n",
     {"-|09BOGOTA3033|cable", "-|09BOGOTA3006|cable"}},
    {"CommaSeparated", "09BERLIN1360", "Ref: Berlin 1337, Berlin 1340, Berlin 1167\n\n1. x\n",
     {"-|09BERLIN1337|cable", "-|09BERLIN1340|cable", "-|09BERLIN1167|cable"}},
    {"ColonSeparatedOldStyle", "72TEHRAN1164", "REF: TEHRAN 1091: TEHRAN 263: MOSCOW 1603\n\n1. X\n",
     {"-|72TEHRAN1091|cable", "-|72TEHRAN263|cable", "-|72MOSCOW1603|cable"}},
    {"AndSeparatedStations", "04RANGOON88", "REF: STATE 297614 AND PREVIOUS 03 RANGOON 1427\n\n1. x\n",
     {"-|04STATE297614|cable", "-|03RANGOON1427|cable"}},
    {"SpaceSeparatedStations", "06BRASILIA888", "REF: STATE 12 BRASILIA 882\n\n1. x\n",
     {"-|06STATE12|cable", "-|06BRASILIA882|cable"}},
    // Years.
    {"YearTwoDigitsBefore", "07ASTANA2323", "Ref: A) 05 ALMATY 4353 B) 06 ASTANA 689\n\n1. x\n",
     {"A|05ALMATY4353|cable", "B|06ASTANA689|cable"}},
    {"YearFourDigitsBefore", "07MADRID173", "REF: A. 2006 MADRID 3104\n\n1. x\n", {"A|06MADRID3104|cable"}},
    {"YearApostrophe", "09ASTANA1", "REF: '08 ASTANA 123\n\n1. x\n", {"-|08ASTANA123|cable"}},
    {"YearInParenthesesBefore", "07ASTANA1", "REF: (06) ALMATY 812\n\n1. x\n", {"-|06ALMATY812|cable"}},
    {"YearInParenthesesAfter", "07ASTANA1", "REF: ASTANA 701 (06)\n\n1. x\n", {"-|06ASTANA701|cable"}},
    {"YearFourDigitsInParenthesesAfter", "09CAIRO230", "REF: A. ROME 1484 (2008)\n\n1. x\n",
     {"A|08ROME1484|cable"}},
    {"YearOfAfter", "07ASTANA1", "REF: ASTANA 701 of 2006\n\n1. x\n", {"-|06ASTANA701|cable"}},
    {"YearMissingTakesCitingYear", "07ASTANA2312", "REF: State 108617\n\n1. x\n", {"-|07STATE108617|cable"}},
    {"YearUnknownLeavesIdEmpty", "", "REF: State 108617\n\n1. x\n", {"-||cable"}},
    {"YearFromMalformedCitingId", "7575LIBREVILLE1895", "REF: STATE 272523; USUN 6028\n\n1. X\n",
     {"-|75STATE272523|cable", "-|75USUNNEWYORK6028|cable"}},
    {"YearMissingOwnPostTakesCitingYear", "07BOGOTA32", "REF: BOGOTA 8793\n\n1. x\n",
     {"-|07BOGOTA8793|cable"}},
    {"YearMissingOtherPostTakesCitingYear", "07BOGOTA32", "REF: LIMA 8793\n\n1. x\n", {"-|07LIMA8793|cable"}},
    {"YearBefore2000", "99ROME1", "REF: 98 ROME 4\n\n1. x\n", {"-|98ROME4|cable"}},
    {"GluedIds", "09DHAKA741", "REF: A. 08DHAKA1041  B. 08DHAKA517\n\n1. x\n",
     {"A|08DHAKA1041|cable", "B|08DHAKA517|cable"}},
    // Stations.
    {"StationWithSpaces", "06SANJOSE227", "REF: A. SAN JOSE 193\n\n     B. SAN JOSE 180\n",
     {"A|06SANJOSE193|cable", "B|06SANJOSE180|cable"}},
    {"StationRioDeJaneiro", "08BRASILIA1", "REF: RIO DE JANEIRO 45\n\n1. x\n", {"-|08RIODEJANEIRO45|cable"}},
    {"StationWrappedOntoNextLine", "07ASTANA2323", "Ref: A) 05 ALMATY 4353 B) ASTANA\n\n1104\n\n1. Summary: x\n",
     {"A|05ALMATY4353|cable", "B|07ASTANA1104|cable"}},
    {"StationSerialWrapped", "08JEDDAH9000", "REF: A. JEDDAH 00401 B. THE HAGUE 00133 C. COPENHAGEN\n00072\n\n1. x\n",
     {"A|08JEDDAH401|cable", "B|08THEHAGUE133|cable", "C|08COPENHAGEN72|cable"}},
    {"StationSplitOverLines", "09BRASILIA1", "REF: A. STATE 1\nB. RIO DE\nJANEIRO 123\n\n1. x\n",
     {"A|09STATE1|cable", "B|09RIODEJANEIRO123|cable"}},
    {"StationHyphenated", "09SANTODOMINGO1", "REF: PORT-AU-PRINCE 77\n\n1. x\n", {"-|09PORTAUPRINCE77|cable"}},
    {"StationApostrophe", "09YAOUNDE1", "REF: N'DJAMENA 530\n\n1. x\n", {"-|09NDJAMENA530|cable"}},
    {"StationUsun", "06NEWDELHI4827", "REF: A. USUN 1254\n\n     B. SECSTATE 106562\n",
     {"A|06USUNNEWYORK1254|cable", "B|06STATE106562|cable"}},
    {"StationUnvieVien", "07BRASILIA2185", "REF: UNVIE VIEN 641 This cable is sensitive but unclassified.\n",
     {"-|07UNVIEVIENNA641|cable"}},
    {"StationAbbreviationKualaLump", "05NEWDELHI9434", "REF: A. KUALA LUMP 4317\n     B. NEW DELHI 9080\n",
     {"A|05KUALALUMPUR4317|cable", "B|05NEWDELHI9080|cable"}},
    {"StationTypoFixedByNearest", "06SANJOSE2734", "REF: A. STATE 19152\n     B. SAN JSE 1955\n",
     {"A|06STATE19152|cable", "B|06SANJOSE1955|cable"}},
    {"StationMexicoCity", "09MEXICO2701", "REF: A. MEXICO CITY 2636\n\n1. x\n", {"A|09MEXICO2636|cable"}},
    {"StationIrpoDubai", "09ISTANBUL83", "REF: IRPO DUBAI 95\n\n1. x\n", {"-|09RPODUBAI95|cable"}},
    {"EmbtelIsOwnStation", "75TEHRAN2069", "REF: A. EMBTEL 1234 B. STATE 12\n\n1. X\n",
     {"A|75TEHRAN1234|cable", "B|75STATE12|cable"}},
    {"DeptelIsState", "75TEHRAN2069", "REF: DEPTEL 45678\n\n1. X\n", {"-|75STATE45678|cable"}},
    {"TitleWithColonStaysOneItem", "09TRIPOLI190",
     "REF: A. 07 TRIPOLI 370 - QADHAFI: \"NOW; BETTER\" B. 08 TRIPOLI 120\n\n1. x\n",
     {"A|07TRIPOLI370|cable", "B|08TRIPOLI120|cable"}},
    {"ZeroTypedForOInStation", "09LONDON9000", "REF: L0ND0N 1561\n\n1. x\n", {"-|09LONDON1561|cable"}},
    {"OldPageHeaderInsideList", "74ROME2000", "REF: A. ROME 1196\nPAGE 02 ROME 02000 01 OF 02 082030Z\nB. STATE 4\n\n1. X\n",
     {"A|74ROME1196|cable", "B|74STATE4|cable"}},
    {"NoBreakSpaceBetweenStationAndSerial", "09LONDON9000", "REF: LONDON\xC2\xA0" "1561\n\n1. x\n",
     {"-|09LONDON1561|cable"}},
    {"CurlyApostropheYear", "09ASTANA900", "REF: \xE2\x80\x99" "08 ASTANA 123\n\n1. x\n", {"-|08ASTANA123|cable"}},
    // Several serials for one station.
    {"SerialsJoinedByAnd", "05BRASILIA9000", "REF: BRASILIA 2799 AND 2764\n\n1. x\n",
     {"-|05BRASILIA2799|cable", "-|05BRASILIA2764|cable"}},
    {"SerialsJoinedBySlash", "07ASTANA9000", "REF: ASTANA 1104/1105\n\n1. x\n",
     {"-|07ASTANA1104|cable", "-|07ASTANA1105|cable"}},
    {"SerialsJoinedByComma", "09MALABO48", "REF: MALABO 19, 21, 26\n\n1. x\n",
     {"-|09MALABO19|cable", "-|09MALABO21|cable", "-|09MALABO26|cable"}},
    {"SerialsInBulletedItem", "07ASTANA1", "REF: A. 06 ALMATY 1437 AND 1439\nB. ASTANA 12\n\n1. x\n",
     {"A|06ALMATY1437|cable", "A|06ALMATY1439|cable", "B|07ASTANA12|cable"}},
    {"SerialCommaThenYearStartsNewCitation", "08ABUJA9000", "REF: ABUJA 320, 07 ABUJA 123\n\n1. x\n",
     {"-|08ABUJA320|cable", "-|07ABUJA123|cable"}},
    // Layout inside the list.
    {"PageBreakInsideList", "07ASTANA2318",
     "REF: A) Astana 1558\nASTANA 00002318  001.2 OF 004\n     B) Astana 1906\n\n1. x\n",
     {"A|07ASTANA1558|cable", "B|07ASTANA1906|cable"}},
    {"PageHeaderGluedToLine", "06BRASILIA888", "REF: BRASILIA 882 BRASILIA 00000888 001.2 OF 002\n",
     {"-|06BRASILIA882|cable"}},
    {"OwnClassificationLineIsNoReference", "08MOSCOW2428",
     "REF: A)MOSCOW 2343 UNCLAS SECTION 01 OF 02 MOSCOW 002428 SENSITIVE\n", {"A|08MOSCOW2343|cable"}},
    {"SipdisLineInsideList", "07ASTANA900", "REF: A. ASTANA 1\nSIPDIS\nB. ASTANA 2\n\n1. x\n",
     {"A|07ASTANA1|cable", "B|07ASTANA2|cable"}},
    {"TrailingBackslashOfRawRow", "07BERN113", "REF: BERN 98 \\\n \\\n1. x\n", {"-|07BERN98|cable"}},
    // Where the list ends.
    {"EndsAtClassifiedBy", "08CAIRO2188", "REF: CAIRO 1664 Classified By: DCM Matthew Tueller 1.4 (B)\n",
     {"-|08CAIRO1664|cable"}},
    {"EndsAtSummaryLine", "05BRASILIA900", "REF: BRASILIA 1\n\nSummary: Brasilia 2 was sent.\n",
     {"-|05BRASILIA1|cable"}},
    {"EndsAtParagraphOne", "05BRASILIA900", "REF: BRASILIA 1\n1. (SBU) See BRASILIA 2.\n", {"-|05BRASILIA1|cable"}},
    {"EndsAtParagraphOneGlued", "09CAIRO1456", "REF: A. 09CAIRO724 B. 09CAIRO771 1.(SBU) Key Points\n",
     {"A|09CAIRO724|cable", "B|09CAIRO771|cable"}},
    {"EndsAtBlankThenProse", "05SANJOSE2019", "REF: STATE 154693\n\nPolOff discussed reftel points with MFA.\n",
     {"-|05STATE154693|cable"}},
    {"EndsAtProseWithoutBlank", "07PARIS2002",
     "REF: STATE 68162\nWe conveyed on May 18 relevant portions of reftel to MFA IO\n", {"-|07STATE68162|cable"}},
    {"EndsAtProseOnSameLine", "09CAIRO189", "SUBJECT: CONTACTS REF: STATE 6970 As requested in reftel, contacts are: Post: x\n",
     {"-|09STATE6970|cable"}},
    {"EndsAtMarkedParagraph", "09CAIRO1096", "REF: STATE 57598 (SBU) On June 10, Poloff urged\n",
     {"-|09STATE57598|cable"}},
    {"EndsAtSensitiveNotice", "06SAOPAULO1069",
     "REFS: (A) Brasilia 2100;\n(B) Sao Paulo 810 SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT\n",
     {"A|06BRASILIA2100|cable", "B|06SAOPAULO810|cable"}},
    {"EndsAtDerivedFrom", "10BRASILIA33", "REF: 10 STATE 9124; STATE 120288 DERIVED FROM: Derived from x.\n",
     {"-|10STATE9124|cable", "-|10STATE120288|cable"}},
    {"RefQuotedAfterClassifiedByIsNoList", "08TRIPOLI530",
     "CLASSIFIED BY: Chris Stevens, CDA. 1. (C) Summary: the note reads Ref: 2008/515 The Committee\n", {}},
    {"TitleOnNextLineKeepsListGoing", "09HAVANA726",
     "REF: A. HAVANA 683\n(\"SPAIN ON THE LOOKOUT\")\nB. MADRID 1146\n\n1. x\n",
     {"A|09HAVANA683|cable", "B|09MADRID1146|cable"}},
    {"ReferencesInBodyAreNotTheList", "07ASTANA1", "SUBJECT: X\n\n1. As reported in ASTANA 12, things.\n", {}},
    {"NoReferenceWhenNotApplicable", "06SANJOSE1622", "REF:  N/A\n\n1. x\n", {}},
    {"ReferendumIsNoLabel", "10REYKJAVIK9", "SUBJECT: PARLIAMENT PASSES LEGISLATION FOR REFERENDUM\n\n1. x\n", {}},
    {"ReftelInProseIsNoLabel", "06SANJOSE1", "Reftel requested a demarche on STATE 12.\n", {}},
    {"TruncatedListPrefersFullCopy", "08THEHAGUE302",
     "REF: A. THE HAGUE 175\nB. THE H...\n\nREF: A. THE HAGUE 175\nB. THE HAGUE 133\n",
     {"A|08THEHAGUE175|cable", "B|08THEHAGUE133|cable"}},
    {"TruncatedSerialIsDropped", "09QUITO1009", "REF: QUITO 983; QUITO 97...\n", {"-|09QUITO983|cable"}},
    // Non-cable references.
    {"EmailItem", "06STATE40904", "REF: A. MADRID 568\nB. ZEYA-BALL EMAILS 3/10/06\n",
     {"A|06MADRID568|cable", "B||email"}},
    {"EmailDescribedInLowerCase", "08MANAMA543", "REF: Emails between post and the desk on March 5\n\n1. x\n",
     {"-||email"}},
    {"EmailWithHyphen", "07KUWAIT808", "REF: A. STATE 53274\nB. HARRIS/CATO E-MAIL DATED 21-APR-2007\n",
     {"A|07STATE53274|cable", "B||email"}},
    {"TelconItem", "06BRASILIA609", "REF: A) BRASILIA 604\nB) HEARNE/OP CENTER TELCONS 3/27\n",
     {"A|06BRASILIA604|cable", "B||telcon"}},
    {"MemconItem", "09ROME1", "REF: A. MEMCON OF 12 MAY\nB. ROME 4\n", {"A||memo", "B|09ROME4|cable"}},
    {"LetterItem", "08LONDON1412", "REF: A. LONDON 1350  B. MAY 1 GILLARD-TREMONT LETTER\n",
     {"A|08LONDON1350|cable", "B||memo"}},
    {"IirReport", "09LIMA9000", "REF: A. LIMA 1865\nB. IIR 6 876 0037 08\n", {"A|09LIMA1865|cable", "B||report"}},
    {"IirReportWithDtg", "08MANAMA89", "REF: IIR 6 960 0007 08 DTG 160613Z JAN 08\n\n1. x\n", {"-||report"}},
    {"TdReport", "06CARACAS958", "REF: A. CARACAS 00661\nB. TD-314/18176-06\n", {"A|06CARACAS661|cable", "B||report"}},
    {"OscItem", "09MADRID347", "REF: A. OSC EUP20090329950015  B. 06 MADRID 1914\n",
     {"A||report", "B|06MADRID1914|cable"}},
    {"WebItem", "09PARIS1", "REF: A. PARIS 12\nB. HTTP://WWW.EXAMPLE.GOV/REPORT.HTML\n",
     {"A|09PARIS12|cable", "B||web"}},
    {"DailyReportItem", "09LONDON2509", "REF: A. LONDON 2341      B. LONDON DAILY 11/3/2009\n",
     {"A|09LONDON2341|cable", "B||report"}},
    {"DtgOnlyTelegram", "06SANJOSE789", "REF: DEPT OF TREAS 241534Z MAR 06\n\n1. x\n", {"-||cable"}},
    {"CableNamedInWordsHasNoId", "08LONDON2242", "REF: CABLE FROM WHITE HOUSE SITUATION ROOM\n\n1. x\n",
     {"-||cable"}},
    {"DtgAfterSerialStillCable", "08STATE190000", "REF: STATE 123456 DTG 011200Z\n\n1. x\n", {"-|08STATE123456|cable"}},
    // SECDEF's telegrams are outside the release, but their IDs are as canonical.
    {"OriginatorOutsideRelease", "09CAIRO1377", "REF: A. CAIRO 747 B. SECDEF 71743\n\n1. x\n",
     {"A|09CAIRO747|cable", "B|09SECDEF71743|cable"}},
    {"OriginatorUnknownToTheTable", "06ABUDHABI1401", "REF: A. ABU DHABI 605 B. USDEL 00007\n\n1. x\n",
     {"A|06ABUDHABI605|cable", "B||cable"}},
    {"EmailBeforeCableInOneItem", "07REYKJAVIK85", "REFS:  Hodgson emails to Pulaski and USNATO 00184\n\n1. x\n",
     {"-||email", "-|07USNATO184|cable"}},
    {"AirgramIsOther", "72TEHRAN4789", "REF: TEHRAN'S A-077 OF MAY 15, 1972: TEHRAN 3312\n\nSUMMARY: X\n",
     {"-||other", "-|72TEHRAN3312|cable"}},
    {"NonCableWrappedOverLines", "05PARIS7835",
     "REF: A. PARIS 7682\nB. EMBASSY PARIS DAILY REPORT FOR OCTOBER 28 -\nNOVEMBER 16\nC. PARIS 7527\n",
     {"A|05PARIS7682|cable", "B||report", "C|05PARIS7527|cable"}},
};

INSTANTIATE_TEST_SUITE_P(Shapes, ReferenceListTest, testing::ValuesIn(kListCases),
                         CaseName());

TEST(ReferenceRaw, KeepsTextAsWrittenWithoutBullet) {
  Cable cable = parse("REF: A) Astana 1558,     B) Astana 1906\n\n1. x\n", "07ASTANA2318");
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[0].raw, "Astana 1558");
  EXPECT_EQ(cable.references[1].raw, "Astana 1906");
}

TEST(ReferenceRaw, CollapsesLineBreaksInsideAnItem) {
  Cable cable = parse("REF: A. HAVANA 511 (\"USINT FOLLOW-UP ON MIGRATION\nTALKS\")\nB. HAVANA 512\n", "09HAVANA592");
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[0].raw, "HAVANA 511 (\"USINT FOLLOW-UP ON MIGRATION TALKS\")");
  EXPECT_EQ(cable.references[0].ref_id, "09HAVANA511");
}

TEST(ReferenceRaw, KeepsAnnotations) {
  Cable cable = parse("REF: A. SAN JOSE 01106 (NOTAL)\nB. SAN JOSE 868 AND PREVIOUS\n", "07SANJOSE1173");
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[0].raw, "SAN JOSE 01106 (NOTAL)");
  EXPECT_EQ(cable.references[1].raw, "SAN JOSE 868 AND PREVIOUS");
}

TEST(ReferenceRaw, SplitsSeveralReferencesOnOneLine) {
  Cable cable = parse("REF: BOGOTA 3033; BOGOTA 3006\n", "09BOGOTA3147");
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[0].raw, "BOGOTA 3033");
  EXPECT_EQ(cable.references[1].raw, "BOGOTA 3006");
}

TEST(ReferenceRaw, NonCableItemKeepsItsWords) {
  Cable cable = parse("REF: A. STATE 1\nB. Doherty-AF/E e-mail of 09 Jan 08\n", "08NAIROBI199");
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[1].raw, "Doherty-AF/E e-mail of 09 Jan 08");
  EXPECT_EQ(kindName(cable.references[1].kind), "email");
  EXPECT_EQ(cable.references[1].ref_id, "");
}

TEST(ReferenceYear, FallsBackToDtgYear) {
  Cable cable;
  cable.dtg = "2005-03-01T12:00Z";
  parseReferences("REF: STATE 12\n", cable);
  ASSERT_EQ(cable.references.size(), 1u);
  EXPECT_EQ(cable.references[0].ref_id, "05STATE12");
}

TEST(ReferenceYear, CreatedDateGivesYearWithoutId) {
  Cable cable;
  cable.created = "1973-04-05T10:00";
  parseReferences("REF: STATE 053670\n", cable);
  ASSERT_EQ(cable.references.size(), 1u);
  EXPECT_EQ(cable.references[0].ref_id, "73STATE53670");
}

TEST(ReferenceDiagnostics, UnreadableListIsNoted) {
  Cable cable = parse("REF: (A) S...\n\n1. x\n", "08STOCKHOLM704");
  EXPECT_TRUE(cable.references.empty());
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_EQ(cable.diagnostics[0].severity, Severity::note);
}

TEST(ReferenceDiagnostics, NotApplicableIsNotAProblem) {
  Cable cable = parse("REF:  N/A\n\n1. x\n", "09CAIRO1149");
  EXPECT_TRUE(cable.references.empty());
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(ReferenceLabel, RecognizesLabelsAndRejectsWords) {
  EXPECT_EQ(referenceLabelEnd("REF: STATE 1"), 5u);
  EXPECT_EQ(referenceLabelEnd("Refs:  A) X 1"), 7u);
  EXPECT_EQ(referenceLabelEnd("REFERENCE: STATE 1"), 11u);
  EXPECT_EQ(referenceLabelEnd("REFORM IS NEEDED"), std::string_view::npos);
  EXPECT_EQ(referenceLabelEnd("refid: 06LIMA2415"), std::string_view::npos);
  EXPECT_EQ(referenceLabelEnd("Reftel requested a reply"), std::string_view::npos);
}

TEST(ReferenceKind, ClassifiesByWording) {
  EXPECT_EQ(kindName(classifyNonCableReference("KOSNETT-STATE/DOD E-MAILS")), "email");
  EXPECT_EQ(kindName(classifyNonCableReference("STATE-LONDON SVTC MAY 9")), "telcon");
  EXPECT_EQ(kindName(classifyNonCableReference("MEMCON 4/5")), "memo");
  EXPECT_EQ(kindName(classifyNonCableReference("IIR 6 850 0123 07")), "report");
  EXPECT_EQ(kindName(classifyNonCableReference("(WWW.STATE.SGOV.GOV/P/EUR/PARIS/INDEX.CFM)")), "web");
  EXPECT_EQ(kindName(classifyNonCableReference("2006 AND PRIOR")), "other");
  EXPECT_EQ(kindName(classifyNonCableReference("MEMORIAL DAY")), "other");
}

TEST(ReferenceKind, EmptyReferences) {
  EXPECT_TRUE(isEmptyReference("N/A"));
  EXPECT_TRUE(isEmptyReference(" NONE. "));
  EXPECT_TRUE(isEmptyReference("..."));
  EXPECT_FALSE(isEmptyReference("STATE 1"));
}

TEST(ReferenceKind, DateTimeGroups) {
  EXPECT_TRUE(citesDateTimeGroup("DEPT OF TREAS 241534Z MAR 06"));
  EXPECT_FALSE(citesDateTimeGroup("STATE 241534"));
  EXPECT_FALSE(citesDateTimeGroup("EUP20090329950015Z"));
}

}  // namespace
