// One glossary for the interface (issue 12, item 13): the table "Variantes interdites" of
// docs/glossary.md, each row a pattern, where it is forbidden and what to write instead, is
// searched in every template and in every string literal of src/. A forbidden variant fails the
// test with its file, line and the preferred term.

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Rule {
    std::string pattern;
    std::regex regex;
    bool in_templates = false;
    bool in_code = false;
    std::string preferred;
};

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

//! The cells of a Markdown table row; "\|" is a bar inside a cell.
std::vector<std::string> cells_of(const std::string& row)
{
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
            cell += '|';
            ++i;
        } else if (row[i] == '|') {
            cells.push_back(cell);
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    for (auto& text : cells) {
        auto first = text.find_first_not_of(' ');
        text = first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(' ') - first + 1);
    }
    return cells;
}

std::vector<Rule> forbidden_variants()
{
    std::istringstream glossary(read_file("docs/glossary.md"));
    std::vector<Rule> rules;
    std::string line;
    bool in_table = false;
    while (std::getline(glossary, line)) {
        if (line.rfind("## ", 0) == 0)
            in_table = line == "## Variantes interdites";
        if (!in_table || line.rfind("| `", 0) != 0)
            continue;
        auto cells = cells_of(line);
        if (cells.size() < 3 || cells[0].size() < 2)
            continue;
        Rule rule;
        rule.pattern = cells[0].substr(1, cells[0].size() - 2);
        rule.regex = std::regex(rule.pattern, std::regex::ECMAScript);
        rule.in_templates = cells[1].find("gabarits") != std::string::npos;
        rule.in_code = cells[1].find("code") != std::string::npos;
        rule.preferred = cells[2];
        rules.push_back(std::move(rule));
    }
    return rules;
}

struct Literal {
    int line = 0;
    std::string text;
};

//! The contents of the string literals of C++ `source` (raw strings included), comments and
//! character literals skipped; escapes are kept as written.
std::vector<Literal> string_literals(const std::string& source)
{
    std::vector<Literal> literals;
    int line = 1;
    std::size_t i = 0;
    auto advance = [&](std::size_t to) {
        for (; i < to && i < source.size(); ++i)
            line += source[i] == '\n';
    };
    while (i < source.size()) {
        char c = source[i];
        if (c == '/' && i + 1 < source.size() && source[i + 1] == '/') {
            advance(source.find('\n', i));
        } else if (c == '/' && i + 1 < source.size() && source[i + 1] == '*') {
            auto end = source.find("*/", i + 2);
            advance(end == std::string::npos ? source.size() : end + 2);
        } else if (c == '\'') {
            // A character literal, or a digit separator (1'000) followed by a digit.
            std::size_t j = i + 1;
            while (j < source.size() && source[j] != '\'' && source[j] != '\n')
                j += source[j] == '\\' ? 2 : 1;
            advance(j + 1);
        } else if (c == 'R' && i + 1 < source.size() && source[i + 1] == '"'
            && (i == 0 || !(std::isalnum(static_cast<unsigned char>(source[i - 1])) || source[i - 1] == '_')
                || source[i - 1] == '8')) {
            auto open = source.find('(', i + 2);
            auto delimiter = ")" + source.substr(i + 2, open - i - 2) + "\"";
            auto end = source.find(delimiter, open);
            literals.push_back({line, source.substr(open + 1, end - open - 1)});
            advance(end + delimiter.size());
        } else if (c == '"') {
            std::size_t j = i + 1;
            std::string text;
            while (j < source.size() && source[j] != '"' && source[j] != '\n') {
                if (source[j] == '\\' && j + 1 < source.size()) {
                    text += source.substr(j, 2);
                    j += 2;
                } else {
                    text += source[j++];
                }
            }
            literals.push_back({line, text});
            advance(j + 1);
        } else {
            advance(i + 1);
        }
    }
    return literals;
}

std::vector<std::filesystem::path> files_under(const std::string& root, std::initializer_list<const char*> extensions)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        for (const char* extension : extensions)
            if (entry.is_regular_file() && entry.path().extension() == extension)
                files.push_back(entry.path());
    }
    return files;
}

TEST(Glossary, TheTableOfForbiddenVariantsIsReadFromTheGlossary)
{
    auto rules = forbidden_variants();
    EXPECT_GE(rules.size(), 10u);
    for (const auto& rule : rules)
        EXPECT_TRUE(rule.in_templates || rule.in_code) << rule.pattern << " : ni gabarits ni code";
}

TEST(Glossary, EachRuleCatchesTheVariantItNames)
{
    // The rules find what the issue reported, so that a rule that matches nothing cannot pass unseen.
    auto rules = forbidden_variants();
    const std::pair<const char*, bool> samples[] = {
        {"<h1>Organisations à valider</h1>", true},
        {"<p>{{TOTAL}} compte(s) trouvé(s).</p>", true},
        {"(le projet d’origine et ses {{REPLICATION_COUNT}} essaimages)", true},
        {"<label class=\"fr-label\" for=\"name\">Nom de l’organisation *</label>", true},
        {"<button class=\"fr-btn\" type=\"submit\">Supprimer<span class=\"fr-sr-only\"> la partie X</span> avec ses questions</button>", true},
        {"<li>Budget : 45000 €</li>", true},
        {"<label class=\"fr-label\" for=\"name\">Nom <span class=\"essaim-required\">(obligatoire)</span></label>", false},
        {"<button class=\"fr-btn\" type=\"submit\"><span>Supprimer<span class=\"fr-sr-only\"> la partie X</span> avec ses questions</span></button>", false},
        {"<a href=\"/appels\">Appels à candidatures</a>", false},
    };
    for (const auto& [sample, forbidden] : samples) {
        bool caught = false;
        for (const auto& rule : rules)
            caught = caught || (rule.in_templates && std::regex_search(sample, rule.regex));
        EXPECT_EQ(caught, forbidden) << sample;
    }
    auto literals = string_literals("auto a = \"Appels\"; // \"Appels\"\nchar q = '\"'; auto b = R\"x(45000 €)x\";");
    ASSERT_EQ(literals.size(), 2u);
    EXPECT_EQ(literals[0].text, "Appels");
    EXPECT_EQ(literals[1].text, "45000 €");
    EXPECT_EQ(literals[1].line, 2);
}

TEST(Glossary, NoTemplateUsesAForbiddenVariant)
{
    auto rules = forbidden_variants();
    int lines_read = 0;
    for (const auto& path : files_under("templates", {".tpl"})) {
        std::istringstream text(read_file(path));
        std::string line;
        for (int number = 1; std::getline(text, line); ++number, ++lines_read) {
            for (const auto& rule : rules)
                if (rule.in_templates && std::regex_search(line, rule.regex))
                    ADD_FAILURE() << path.string() << ":" << number << " « " << rule.pattern << " » : écrire « "
                                  << rule.preferred << " »\n  " << line;
        }
    }
    EXPECT_GT(lines_read, 1000);
}

TEST(Glossary, NoStringOfTheCodeUsesAForbiddenVariant)
{
    auto rules = forbidden_variants();
    std::size_t literals_read = 0;
    for (const auto& path : files_under("src", {".cpp", ".hpp"})) {
        for (const auto& literal : string_literals(read_file(path))) {
            ++literals_read;
            for (const auto& rule : rules)
                if (rule.in_code && std::regex_search(literal.text, rule.regex))
                    ADD_FAILURE() << path.string() << ":" << literal.line << " « " << rule.pattern << " » : écrire « "
                                  << rule.preferred << " »\n  \"" << literal.text << "\"";
        }
    }
    EXPECT_GT(literals_read, 1000u);
}

} // namespace
