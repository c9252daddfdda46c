#include "db/statement_parameters.hpp"

#include <soci/soci.h>

namespace essaim::db {

std::string StatementParameters::add(std::string value)
{
    m_texts.push_back(std::move(value));
    return name(false, m_texts.size() - 1);
}

std::string StatementParameters::add(long long value)
{
    m_numbers.push_back(value);
    return name(true, m_numbers.size() - 1);
}

void StatementParameters::bind(soci::statement& statement)
{
    for (const auto& entry : m_names) {
        if (entry.number)
            statement.exchange(soci::use(m_numbers[entry.index], entry.name));
        else
            statement.exchange(soci::use(m_texts[entry.index], entry.name));
    }
}

std::string StatementParameters::name(bool number, std::size_t index)
{
    m_names.push_back(Name{"p" + std::to_string(m_names.size()), number, index});
    return ":" + m_names.back().name;
}

} // namespace essaim::db
