#pragma once
// Plain request and response types. Only src/http/server.cpp knows Beast; everything else
// (domain modules, tests) sees these.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace essaim::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

std::string_view method_name(Method method);
Method method_from(std::string_view name);
//! POST, PUT, PATCH and DELETE change state and therefore need a CSRF token.
bool changes_state(Method method);

//! Header names are stored lower-case.
using Headers = std::vector<std::pair<std::string, std::string>>;

struct Request {
    Method method = Method::Get;
    std::string target;  //!< as received: path and query
    std::string path;    //!< percent-decoded path, without the query
    std::string query;   //!< raw query string, without '?'
    Headers headers;
    std::string body;
    std::string remote_address;
    //! True when served over TLS or behind a proxy that says the client used https.
    bool secure = false;
    std::string request_id;
    //! Filled by the router from `{name}` segments.
    std::map<std::string, std::string> path_parameters;

    std::optional<std::string_view> header(std::string_view lower_case_name) const;
    //! First value of a query parameter, percent-decoded.
    std::optional<std::string> query_parameter(std::string_view name) const;
    std::string path_parameter(const std::string& name) const;
    //! True when the client prefers JSON (API paths, or Accept naming JSON before HTML).
    bool wants_json() const;
};

struct Response {
    int status = 200;
    Headers headers;
    std::string body;

    void set_header(std::string name, std::string value);
    std::optional<std::string_view> header(std::string_view lower_case_name) const;
    void add_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }

    static Response html(std::string body, int status = 200);
    static Response json(std::string body, int status = 200);
    static Response text(std::string body, int status = 200);
    //! 303 See Other, the answer to a successful form POST.
    static Response redirect(std::string location, int status = 303);
    //! RFC 9457 problem details.
    static Response problem(int status, std::string_view title, std::string_view detail = {},
        std::string_view extra_json_members = {});
};

std::string_view reason_phrase(int status);

} // namespace essaim::http
