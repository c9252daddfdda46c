// The streaming CSV reader: RFC 4180 records, line numbers, malformed records and resynchronisation.

#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

using essaim::core::csv_format_record;
using essaim::core::CsvCells;
using essaim::core::neutralise_formula;
using essaim::core::spreadsheet_would_evaluate;
using essaim::core::CsvHeader;
using essaim::core::CsvOptions;
using essaim::core::CsvReader;
using essaim::core::CsvRecord;
using essaim::core::CsvStatus;

namespace {

struct Outcome {
    std::vector<std::vector<std::string>> records;
    std::vector<long long> lines;
    std::vector<long long> error_lines;
    std::vector<std::string> reasons;
};

Outcome read_all(const std::string& text, CsvOptions options = {})
{
    std::istringstream input(text);
    CsvReader reader(input, options);
    Outcome outcome;
    CsvRecord record;
    for (;;) {
        auto status = reader.next(record);
        if (status == CsvStatus::End)
            break;
        if (status == CsvStatus::Record) {
            outcome.records.push_back(record.fields);
            outcome.lines.push_back(record.line);
        } else {
            outcome.error_lines.push_back(reader.error().line);
            outcome.reasons.push_back(reader.error().reason);
        }
    }
    return outcome;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST(CsvReader, ReadsPlainAndQuotedFieldsWithLfOrCrlf)
{
    auto lf = read_all("a,b,c\n1,\"deux, trois\",\"il dit \"\"oui\"\"\"\n");
    EXPECT_EQ(lf.records, (Rows{{"a", "b", "c"}, {"1", "deux, trois", "il dit \"oui\""}}));
    EXPECT_EQ(lf.lines, (std::vector<long long>{1, 2}));
    auto crlf = read_all("a,b\r\n,\r\nx,\"\"\r\n");
    EXPECT_EQ(crlf.records, (Rows{{"a", "b"}, {"", ""}, {"x", ""}}));
    EXPECT_TRUE(crlf.error_lines.empty());
}

TEST(CsvReader, LastLineWithoutLineEndAndEmptyLinesSkipped)
{
    auto outcome = read_all("a\n\n\nb");
    EXPECT_EQ(outcome.records, (Rows{{"a"}, {"b"}}));
    EXPECT_EQ(outcome.lines, (std::vector<long long>{1, 4}));
    EXPECT_TRUE(read_all("").records.empty());
}

TEST(CsvReader, SkipsTheByteOrderMarkAndReadsSemicolons)
{
    auto outcome = read_all("\xEF\xBB\xBFid;titre\nW751000017;\"Les Amis; du quartier\"\n", {.delimiter = ';'});
    EXPECT_EQ(outcome.records, (Rows{{"id", "titre"}, {"W751000017", "Les Amis; du quartier"}}));
}

TEST(CsvReader, LineBreaksInsideQuotesCountPhysicalLines)
{
    auto outcome = read_all("a,\"une\ndeux\r\ntrois\"\nb,c\n");
    EXPECT_EQ(outcome.records, (Rows{{"a", "une\ndeux\r\ntrois"}, {"b", "c"}}));
    EXPECT_EQ(outcome.lines, (std::vector<long long>{1, 4}));
}

TEST(CsvReader, StrayQuoteIsReportedAndReadingGoesOnAtTheNextLine)
{
    auto outcome = read_all("a,b\nx\"y,z\n\"ok\"x,1\nc,d\n");
    EXPECT_EQ(outcome.records, (Rows{{"a", "b"}, {"c", "d"}}));
    EXPECT_EQ(outcome.lines, (std::vector<long long>{1, 4}));
    EXPECT_EQ(outcome.error_lines, (std::vector<long long>{2, 3}));
    EXPECT_EQ(outcome.reasons[0], "guillemet inattendu dans un champ sans guillemets");
    EXPECT_EQ(outcome.reasons[1], "caractère après un guillemet fermant");
}

TEST(CsvReader, UnterminatedQuoteCostsOnlyItsOwnLine)
{
    // The quote opened on line 2 swallows the following lines until the end of the file: they
    // are read again once the record is found malformed.
    auto outcome = read_all("a,b\n1,\"jamais fermé\n2,deux\n3,trois\n");
    EXPECT_EQ(outcome.error_lines, (std::vector<long long>{2}));
    EXPECT_EQ(outcome.reasons[0], "guillemet ouvrant sans guillemet fermant");
    EXPECT_EQ(outcome.records, (Rows{{"a", "b"}, {"2", "deux"}, {"3", "trois"}}));
    EXPECT_EQ(outcome.lines, (std::vector<long long>{1, 3, 4}));
}

TEST(CsvReader, TooLongFieldIsMalformed)
{
    std::string text = "a,b\n" + std::string(100, 'x') + ",1\nc,d\n";
    auto outcome = read_all(text, {.max_field_bytes = 50});
    EXPECT_EQ(outcome.error_lines, (std::vector<long long>{2}));
    EXPECT_EQ(outcome.reasons[0], "champ trop long");
    EXPECT_EQ(outcome.records, (Rows{{"a", "b"}, {"c", "d"}}));
}

TEST(CsvReader, ExcerptHoldsTheStartOfTheBadLine)
{
    std::istringstream input("a\"b,c\r\nd\n");
    CsvReader reader(input);
    CsvRecord record;
    ASSERT_EQ(reader.next(record), CsvStatus::Malformed);
    EXPECT_EQ(reader.error().excerpt, "a\"b,c");
    ASSERT_EQ(reader.next(record), CsvStatus::Record);
    EXPECT_EQ(record.fields, (std::vector<std::string>{"d"}));
    EXPECT_EQ(reader.next(record), CsvStatus::End);
}

TEST(CsvReader, ReadsLargeInputAcrossBufferBoundaries)
{
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += std::to_string(i) + ",\"valeur, " + std::to_string(i) + "\"\n";
    auto outcome = read_all(text);
    ASSERT_EQ(outcome.records.size(), 20000u);
    EXPECT_EQ(outcome.records[12345], (std::vector<std::string>{"12345", "valeur, 12345"}));
    EXPECT_EQ(outcome.lines[19999], 20000);
}

TEST(CsvFormat, QuotesWhatNeedsQuotingAndReadsBack)
{
    std::vector<std::string> fields{"simple", "a,b", "dit \"non\"", "ligne\nsuivante", ""};
    auto line = csv_format_record(fields);
    EXPECT_EQ(line, "simple,\"a,b\",\"dit \"\"non\"\"\",\"ligne\nsuivante\",");
    EXPECT_EQ(read_all(line).records, (Rows{fields}));
    EXPECT_EQ(read_all(csv_format_record({""})).records, (Rows{{""}}));
}

TEST(CsvFormat, NeutralisesEveryCellASpreadsheetWouldRun)
{
    // OWASP's CSV injection list: =, +, -, @, tab and carriage return first.
    struct Case {
        std::string cell;
        std::string written;
    };
    const std::vector<Case> cases{
        {"=HYPERLINK(\"https://exemple.invalid\";\"Cliquez\")", "\"'=HYPERLINK(\"\"https://exemple.invalid\"\";\"\"Cliquez\"\")\""},
        {"+33 1 23 45 67 89", "'+33 1 23 45 67 89"},
        {"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
        {"@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
        {"\t=1+1", "\"'\t'=1+1\""},
        {"\r=1+1", "\"'\r'=1+1\""},
        {"-", "'-"},
        {"-12", "-12"},
        {"-3.5", "-3.5"},
        {"-3,5", "\"-3,5\""},
        {"-3.", "'-3."},
        {"-1-1", "'-1-1"},
        {"Ruche = abeilles", "Ruche = abeilles"},
        {"a'b", "a'b"},
        {"", ""},
    };
    for (const auto& test : cases) {
        EXPECT_EQ(csv_format_record({"x", test.cell}), "x," + test.written) << test.cell;
        // What a reader gets back is the neutralised text, never a value starting with a formula.
        auto back = read_all(csv_format_record({"x", test.cell})).records.at(0).at(1);
        EXPECT_FALSE(spreadsheet_would_evaluate(back)) << test.cell;
    }
    // For cells no parser splits (XLSX), only the start counts.
    EXPECT_EQ(neutralise_formula("=A1;=A2"), "'=A1;=A2");
    EXPECT_EQ(neutralise_formula("-12"), "-12");
    EXPECT_EQ(neutralise_formula("Ruche"), "Ruche");
}

TEST(CsvFormat, NeutralisesWhereASpreadsheetGuessingAnotherSeparatorStartsACell)
{
    // A French spreadsheet splits a ',' file on ';' and takes quotes literally in the middle of
    // what it sees as a field: a ';', a tab or a line break inside a value starts a cell there.
    EXPECT_EQ(csv_format_record({"Ruche;@SUM(1+1)", "b\t=x", "c\n+1"}), "\"Ruche;'@SUM(1+1)\",\"b\t'=x\",\"c\n'+1\"");
    EXPECT_EQ(csv_format_record({"a,=1+1"}, ';'), "\"a,'=1+1\"");
    // Past the quotes a spreadsheet may strip.
    EXPECT_EQ(csv_format_record({"a;\"=1+1"}), "\"a;'\"\"=1+1\"");
    // Numbers after a separator stay numbers; a separator alone changes nothing. The first part
    // is judged twice, as its own cell and as the whole field a spreadsheet may read as one
    // cell: "-3;-4" as one cell is no number (the csv fuzz target found "-2\r\r").
    EXPECT_EQ(csv_format_record({"-3;-4", "a;b", ";;"}), "\"'-3;-4\",\"a;b\",\";;\"");
    EXPECT_EQ(csv_format_record({"-2\r\r"}), "\"'-2\r'\r\"");
    // Every separator a spreadsheet may guess is quoted, whatever the file's own.
    EXPECT_EQ(csv_format_record({"a;b", "c\td"}), "\"a;b\",\"c\td\"");
}

TEST(CsvFormat, VerbatimKeepsALineAsItWasRead)
{
    EXPECT_EQ(csv_format_record({"=1+1", "-x"}, ';', CsvCells::Verbatim), "=1+1;-x");
    EXPECT_EQ(csv_format_record({"=1+1", "-x"}, ';'), "'=1+1;'-x");
    EXPECT_EQ(csv_format_record({"a;=1"}, ',', CsvCells::Verbatim), "\"a;=1\"");
}

TEST(CsvHeader, FindsColumnsByNameAndNamesMissingOnes)
{
    auto header = CsvHeader::from({"siren", " nom ", "autre"}, {"siren", "nom"});
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(header.value().index("nom"), 1u);
    EXPECT_FALSE(header.value().index("absent").has_value());
    EXPECT_EQ(header.value().size(), 3u);

    auto missing = CsvHeader::from({"siren"}, {"siren", "denominationUniteLegale", "etat"});
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("denominationUniteLegale, etat"), std::string::npos);
}
