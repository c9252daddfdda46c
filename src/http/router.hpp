#pragma once
// Maps (method, path) to a route. Patterns are literal segments and `{name}` parameters:
// "/territoires/regions/{code}". Literal segments win over parameters, so "/organisations/nouvelle"
// can sit beside "/organisations/{id}". The route type is the caller's, so the router can list
// every route (with its permission) for the access-control matrix.

#include "http/request.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::http {

std::vector<std::string_view> split_path(std::string_view path);

template<typename Route>
class Router {
public:
    struct Entry {
        Method method;
        std::string pattern;
        std::vector<std::string> segments;
        Route route;
    };

    struct Match {
        const Entry* entry = nullptr;
        std::map<std::string, std::string> parameters;
        //! Set when the path exists under other methods only (405).
        std::vector<Method> allowed_methods;
    };

    //! Throws std::logic_error when the same method and pattern are added twice.
    void add(Method method, std::string pattern, Route route)
    {
        std::vector<std::string> segments;
        for (auto segment : split_path(pattern))
            segments.emplace_back(segment);
        for (const auto& entry : m_entries) {
            if (entry.method == method && same_shape(entry.segments, segments))
                throw std::logic_error("route declared twice: " + pattern);
        }
        m_entries.push_back(Entry{method, std::move(pattern), std::move(segments), std::move(route)});
    }

    Match match(Method method, std::string_view path) const
    {
        auto segments = split_path(path);
        Match best;
        int best_score = -1;
        std::vector<Method> allowed;
        for (const auto& entry : m_entries) {
            std::map<std::string, std::string> parameters;
            int score = 0;
            if (!segments_match(entry.segments, segments, parameters, score))
                continue;
            bool method_fits = entry.method == method || (method == Method::Head && entry.method == Method::Get);
            if (!method_fits) {
                allowed.push_back(entry.method);
                continue;
            }
            if (score > best_score) {
                best_score = score;
                best.entry = &entry;
                best.parameters = std::move(parameters);
            }
        }
        if (!best.entry)
            best.allowed_methods = std::move(allowed);
        return best;
    }

    const std::vector<Entry>& entries() const { return m_entries; }

private:
    static bool is_parameter(const std::string& segment)
    {
        return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
    }
    //! Two patterns that differ only by parameter names would match the same paths.
    static bool same_shape(const std::vector<std::string>& a, const std::vector<std::string>& b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i] && !(is_parameter(a[i]) && is_parameter(b[i])))
                return false;
        }
        return true;
    }

    static bool segments_match(const std::vector<std::string>& pattern, const std::vector<std::string_view>& path,
        std::map<std::string, std::string>& parameters, int& score)
    {
        if (pattern.size() != path.size())
            return false;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            const std::string& expected = pattern[i];
            if (is_parameter(expected)) {
                if (path[i].empty())
                    return false;
                parameters.emplace(expected.substr(1, expected.size() - 2), std::string(path[i]));
            } else if (expected == path[i]) {
                score += 1 << std::min<std::size_t>(pattern.size() - i, 24);  // earlier literal segments weigh more
            } else {
                return false;
            }
        }
        return true;
    }

    std::vector<Entry> m_entries;
};

inline std::vector<std::string_view> split_path(std::string_view path)
{
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        auto slash = path.find('/');
        segments.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos)
            break;
        path.remove_prefix(slash);
    }
    return segments;
}

} // namespace essaim::http
