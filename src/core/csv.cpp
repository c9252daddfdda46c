#include "core/csv.hpp"

#include <algorithm>

namespace essaim::core {

namespace {

constexpr std::size_t chunk_bytes = 64 * 1024;

std::string trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return std::string(text);
}

//! "-12", "-3.5" or "-3,5": a minus sign, digits, at most one decimal separator between digits.
bool is_plain_negative_number(std::string_view text)
{
    if (text.size() < 2 || text.front() != '-')
        return false;
    bool separator = false;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '.' || c == ',') && !separator && i > 1 && i + 1 < text.size())
            separator = true;
        else if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool is_cell_break(char c) { return c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n'; }

//! `field` with an apostrophe wherever a cell may begin inside it and would run as a formula
//! (see csv_format_record).
std::string neutralise_every_cell_start(std::string_view field)
{
    std::string out;
    out.reserve(field.size() + 1);
    bool cell_start = true;
    for (std::size_t i = 0;; ++i) {
        if (cell_start) {
            auto rest = field.substr(i);
            rest.remove_prefix(std::min(rest.find_first_not_of('"'), rest.size()));
            // The cell a spreadsheet would see here: up to the next break (a tab or CR first is
            // part of it, as OWASP lists them), or the whole rest when it reads the field as one
            // cell: "-2" is a number, "-2\r\r" is not.
            if (spreadsheet_would_evaluate(rest.substr(0, rest.find_first_of(",;\t\r\n", 1)))
                || spreadsheet_would_evaluate(rest))
                out += '\'';
        }
        if (i == field.size())
            return out;
        out += field[i];
        cell_start = is_cell_break(field[i]);
    }
}

} // namespace

CsvReader::CsvReader(std::istream& input, CsvOptions options) : m_input(input), m_options(options)
{
    fill();
    if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
        m_position = 3;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(chunk_bytes);
    m_input.read(m_buffer.data(), static_cast<std::streamsize>(chunk_bytes));
    auto got = static_cast<std::size_t>(m_input.gcount());
    m_buffer.resize(got);
    m_position = 0;
    m_bytes_read += got;
    if (got == 0)
        m_eof = true;
    return got > 0;
}

inline int CsvReader::get()
{
    if (m_position == m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_position++]);
}

inline int CsvReader::peek()
{
    if (m_position == m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_position]);
}

CsvStatus CsvReader::fail(long long start_line, std::string reason)
{
    m_error.line = start_line;
    m_error.reason = std::move(reason);
    auto first_break = m_raw.find('\n');
    if (first_break != std::string::npos) {
        // The record ran over several lines: re-read everything after its first line, since the
        // quote that swallowed them was probably the mistake.
        m_error.excerpt = m_raw.substr(0, std::min(first_break, excerpt_bytes));
        std::string rest = m_raw.substr(first_break + 1);
        rest.append(m_buffer, m_position, std::string::npos);
        m_buffer = std::move(rest);
        m_position = 0;
    } else {
        // One line so far: skip to its end, keeping only the excerpt.
        for (int c = get(); c != -1 && c != '\n'; c = get()) {
            if (m_raw.size() < excerpt_bytes)
                m_raw += static_cast<char>(c);
        }
        if (!m_raw.empty() && m_raw.back() == '\r')
            m_raw.pop_back();
        m_error.excerpt = m_raw.substr(0, excerpt_bytes);
    }
    m_line = start_line + 1;
    m_raw.clear();
    return CsvStatus::Malformed;
}

CsvStatus CsvReader::next(CsvRecord& record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    const char delimiter = m_options.delimiter;

    for (;;) {
        record.fields.clear();
        m_raw.clear();
        const long long start_line = m_line;
        record.line = start_line;
        std::string field;
        State state = State::FieldStart;
        bool any_byte = false;

        auto end_of_field = [&] {
            record.fields.push_back(std::move(field));
            field.clear();
        };

        for (;;) {
            int c = get();
            if (c == -1) {
                if (state == State::Quoted)
                    return fail(start_line, "guillemet ouvrant sans guillemet fermant");
                if (!any_byte)
                    return CsvStatus::End;
                end_of_field();
                return CsvStatus::Record;
            }
            any_byte = true;
            m_raw += static_cast<char>(c);
            if (m_raw.size() > m_options.max_record_bytes)
                return fail(start_line, "enregistrement trop long");
            const char ch = static_cast<char>(c);
            bool end_of_record = false;

            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (ch == delimiter) {
                    end_of_field();
                    state = State::FieldStart;
                } else if (ch == '\n' || (ch == '\r' && peek() == '\n')) {
                    end_of_record = true;
                } else if (ch == '"') {
                    if (state == State::Unquoted)
                        return fail(start_line, "guillemet inattendu dans un champ sans guillemets");
                    state = State::Quoted;
                } else {
                    field += ch;
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (ch == '"') {
                    state = State::QuoteInQuoted;
                } else {
                    if (ch == '\n')
                        ++m_line;
                    field += ch;
                }
                break;
            case State::QuoteInQuoted:
                if (ch == '"') {
                    field += '"';
                    state = State::Quoted;
                } else if (ch == delimiter) {
                    end_of_field();
                    state = State::FieldStart;
                } else if (ch == '\n' || (ch == '\r' && peek() == '\n')) {
                    end_of_record = true;
                } else {
                    return fail(start_line, "caractère après un guillemet fermant");
                }
                break;
            }
            if (field.size() > m_options.max_field_bytes)
                return fail(start_line, "champ trop long");

            if (end_of_record) {
                if (ch == '\r')
                    get();  // its '\n'
                ++m_line;
                // An empty line is no record.
                if (record.fields.empty() && field.empty() && state == State::FieldStart)
                    break;
                end_of_field();
                return CsvStatus::Record;
            }
        }
    }
}

bool spreadsheet_would_evaluate(std::string_view cell)
{
    if (cell.empty() || std::string_view("=+-@\t\r").find(cell.front()) == std::string_view::npos)
        return false;
    return !is_plain_negative_number(cell);
}

std::string neutralise_formula(std::string_view cell)
{
    if (spreadsheet_would_evaluate(cell))
        return "'" + std::string(cell);
    return std::string(cell);
}

std::string csv_format_record(const std::vector<std::string>& fields, char delimiter, CsvCells cells)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const std::string field = cells == CsvCells::Neutralised ? neutralise_every_cell_start(fields[i]) : fields[i];
        bool quote = field.find_first_of(std::string{delimiter, ',', ';', '\t', '"', '\r', '\n'}) != std::string::npos
            || (fields.size() == 1 && field.empty()) || (i == 0 && field.starts_with("\xEF\xBB\xBF"));
        if (!quote) {
            line += field;
            continue;
        }
        line += '"';
        for (char c : field) {
            if (c == '"')
                line += '"';
            line += c;
        }
        line += '"';
    }
    return line;
}

Result<CsvHeader> CsvHeader::from(const std::vector<std::string>& names, const std::vector<std::string>& required)
{
    CsvHeader header;
    header.m_size = names.size();
    for (std::size_t i = 0; i < names.size(); ++i)
        header.m_positions.emplace(trim(names[i]), i);  // the first of two equal names wins
    std::string missing;
    for (const auto& name : required) {
        if (!header.m_positions.contains(name))
            missing += (missing.empty() ? "" : ", ") + name;
    }
    if (!missing.empty())
        return Error{ErrorKind::Invalid, "colonnes obligatoires absentes de l'en-tête : " + missing, {}};
    return header;
}

std::optional<std::size_t> CsvHeader::index(std::string_view name) const
{
    auto found = m_positions.find(std::string(name));
    if (found == m_positions.end())
        return std::nullopt;
    return found->second;
}

} // namespace essaim::core
