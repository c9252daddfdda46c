#pragma once
// The bound values of a statement assembled from fragments (search filters, lists of codes): each
// value gets a named placeholder, and the values live as long as the statement runs.

#include <cstddef>
#include <deque>
#include <string>
#include <type_traits>
#include <vector>

namespace soci {
class statement;
}

namespace essaim::db {

//! Owns the values of one statement (stable addresses, as soci::use keeps references) and names
//! their placeholders :p0, :p1, …
class StatementParameters {
public:
    //! The placeholder (":p3") of a new text value.
    std::string add(std::string value);
    //! The placeholder of a new number value.
    std::string add(long long value);
    //! "(:p1, :p2)" for the values of a non-empty list.
    template <typename T> std::string list(const std::vector<T>& values)
    {
        std::string text = "(";
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += ", ";
            if constexpr (std::is_integral_v<T>)
                text += add(static_cast<long long>(values[i]));
            else
                text += add(values[i]);
        }
        return text + ")";
    }
    //! Binds every value to `statement` by its name (before prepare).
    void bind(soci::statement& statement);

private:
    struct Name {
        std::string name;
        bool number = false;
        std::size_t index = 0;
    };
    std::string name(bool number, std::size_t index);

    std::deque<std::string> m_texts;
    std::deque<long long> m_numbers;
    std::vector<Name> m_names;
};

} // namespace essaim::db
