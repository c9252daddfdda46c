#include "db/migrator.hpp"

#include "core/log.hpp"
#include "db/session.hpp"

#include <fstream>
#include <set>
#include <soci/soci.h>
#include <sstream>
#include <stdexcept>

namespace essaim::db {

std::vector<Migration> list_migrations(const std::filesystem::path& directory, bool sqlite)
{
    auto folder = directory / (sqlite ? "sqlite" : "postgres");
    std::vector<Migration> migrations;
    if (!std::filesystem::is_directory(folder))
        throw std::runtime_error("migrations folder not found: " + folder.string());
    std::set<int> seen;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".sql")
            continue;
        auto stem = entry.path().stem().string();
        auto underscore = stem.find('_');
        if (underscore != 3 || stem.substr(0, 3).find_first_not_of("0123456789") != std::string::npos)
            throw std::runtime_error("migration file must be named NNN_what.sql: " + entry.path().filename().string());
        int version = std::stoi(stem.substr(0, 3));
        if (!seen.insert(version).second)
            throw std::runtime_error("two migrations share number " + std::to_string(version));
        migrations.push_back(Migration{version, stem.substr(4), entry.path()});
    }
    std::sort(migrations.begin(), migrations.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return migrations;
}

std::vector<std::string> split_sql_statements(const std::string& script)
{
    std::vector<std::string> statements;
    std::string current;
    enum class State { Normal, SingleQuote, DoubleQuote, LineComment, BlockComment, DollarBody } state = State::Normal;
    int trigger_depth = 0;  // SQLite trigger bodies hold ';' between BEGIN and END
    for (std::size_t i = 0; i < script.size(); ++i) {
        char c = script[i];
        char next = i + 1 < script.size() ? script[i + 1] : '\0';
        switch (state) {
        case State::Normal:
            if (c == '\'') {
                state = State::SingleQuote;
            } else if (c == '"') {
                state = State::DoubleQuote;
            } else if (c == '-' && next == '-') {
                state = State::LineComment;
                ++i;
                continue;
            } else if (c == '/' && next == '*') {
                state = State::BlockComment;
                ++i;
                continue;
            } else if (c == '$' && next == '$') {
                state = State::DollarBody;
                current += "$$";
                ++i;
                continue;
            } else if (c == ';' && trigger_depth == 0) {
                auto first = current.find_first_not_of(" \t\r\n");
                if (first != std::string::npos)
                    statements.push_back(current.substr(first));
                current.clear();
                continue;
            }
            current += c;
            // Track BEGIN … END of CREATE TRIGGER bodies by word.
            if (std::isalpha(static_cast<unsigned char>(c)) && (i + 1 == script.size() || !std::isalnum(static_cast<unsigned char>(next)))) {
                auto start = current.find_last_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_0123456789");
                std::string word = current.substr(start == std::string::npos ? 0 : start + 1);
                for (auto& letter : word)
                    letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
                if (word == "BEGIN" && current.find("TRIGGER") != std::string::npos)
                    ++trigger_depth;
                else if (word == "END" && trigger_depth > 0)
                    --trigger_depth;
            }
            break;
        case State::SingleQuote:
            current += c;
            if (c == '\'')
                state = State::Normal;
            break;
        case State::DoubleQuote:
            current += c;
            if (c == '"')
                state = State::Normal;
            break;
        case State::LineComment:
            if (c == '\n') {
                state = State::Normal;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == '*' && next == '/') {
                state = State::Normal;
                ++i;
            }
            break;
        case State::DollarBody:
            current += c;
            if (c == '$' && next == '$') {
                current += '$';
                ++i;
                state = State::Normal;
            }
            break;
        }
    }
    auto first = current.find_first_not_of(" \t\r\n");
    if (first != std::string::npos)
        statements.push_back(current.substr(first));
    return statements;
}

int migrate(Session& session, const std::filesystem::path& migrations_directory)
{
    session.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    "applied_at BIGINT NOT NULL)");
    auto migrations = list_migrations(migrations_directory, session.is_sqlite());
    int applied = 0;
    for (const auto& migration : migrations) {
        Transaction transaction(session);
        int already = 0;
        session.sql() << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(migration.version),
            soci::into(already);
        if (already) {
            transaction.commit();
            continue;
        }
        std::ifstream input(migration.file);
        std::stringstream script;
        script << input.rdbuf();
        for (const auto& statement : split_sql_statements(script.str())) {
            try {
                session.execute(statement);
            } catch (const std::exception& failure) {
                throw std::runtime_error("migration " + migration.file.filename().string() + " failed: " + failure.what());
            }
        }
        long long now = static_cast<long long>(std::time(nullptr));
        session.sql() << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
            soci::use(migration.version), soci::use(migration.name), soci::use(now);
        transaction.commit();
        core::log::info("migration applied", {core::log::field("version", migration.version), core::log::field("name", migration.name)});
        ++applied;
    }
    return applied;
}

} // namespace essaim::db
