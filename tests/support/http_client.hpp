#pragma once
// A small HTTP/1.1 client over a real socket, with a cookie jar, for driving the server the way
// a browser would (forms with the CSRF token, redirects left to the test).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace essaim::test {

struct HttpResponse {
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;  //!< names lower-case
    std::string body;

    std::optional<std::string> header(const std::string& lower_case_name) const;
    std::vector<std::string> all(const std::string& lower_case_name) const;
};

using Fields = std::vector<std::pair<std::string, std::string>>;

class HttpClient {
public:
    explicit HttpClient(std::uint16_t port)
        : m_port(port)
    {
    }

    HttpResponse get(const std::string& target, const Fields& headers = {});
    //! Posts an urlencoded form; adds the CSRF field from the jar unless `with_csrf` is false.
    HttpResponse post_form(const std::string& target, Fields fields, bool with_csrf = true);
    HttpResponse request(const std::string& method, const std::string& target, const std::string& body,
        Fields headers);
    //! Sends raw bytes and returns whatever the server answered (for malformed-request tests).
    std::string send_raw(const std::string& bytes);

    std::optional<std::string> cookie(const std::string& name) const;
    void set_cookie(const std::string& name, const std::string& value) { m_cookies[name] = value; }
    void forget_cookies() { m_cookies.clear(); }
    //! A CSRF token for the client's present session (or pre-session cookie): the last one a page
    //! carried since those cookies last changed, else one read from a fresh page.
    std::string csrf_token();

private:
    void remember_cookies(const HttpResponse& response);
    void remember_csrf_token(const HttpResponse& response);
    //! The cookies a CSRF token is tied to, as they are now.
    std::string csrf_binding() const;
    std::uint16_t m_port;
    std::map<std::string, std::string> m_cookies;
    std::string m_csrf_token;
    std::string m_csrf_binding;
};

//! The masked CSRF token of a page (its `<meta name="csrf-token">`), or nullopt.
std::optional<std::string> page_csrf_token(const std::string& html);

//! Value of `name="..."` inside an HTML form field, e.g. a hidden input.
std::optional<std::string> html_input_value(const std::string& html, const std::string& name);

} // namespace essaim::test
