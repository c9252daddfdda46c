#include "support/http_client.hpp"

#include "http/form.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace essaim::test {

namespace {

std::string lower(std::string text)
{
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

HttpResponse parse_response(const std::string& raw)
{
    HttpResponse response;
    auto header_end = raw.find("\r\n\r\n");
    if (raw.size() < 12 || header_end == std::string::npos)
        throw std::runtime_error("malformed HTTP response: " + raw.substr(0, 200));
    response.status = std::stoi(raw.substr(9, 3));
    std::size_t line_start = raw.find("\r\n") + 2;
    while (line_start < header_end) {
        auto line_end = raw.find("\r\n", line_start);
        auto line = raw.substr(line_start, line_end - line_start);
        auto colon = line.find(':');
        if (colon != std::string::npos) {
            auto value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            response.headers.emplace_back(lower(line.substr(0, colon)), value);
        }
        line_start = line_end + 2;
    }
    response.body = raw.substr(header_end + 4);
    return response;
}

} // namespace

std::optional<std::string> HttpResponse::header(const std::string& lower_case_name) const
{
    for (const auto& [name, value] : headers) {
        if (name == lower_case_name)
            return value;
    }
    return std::nullopt;
}

std::vector<std::string> HttpResponse::all(const std::string& lower_case_name) const
{
    std::vector<std::string> values;
    for (const auto& [name, value] : headers) {
        if (name == lower_case_name)
            values.push_back(value);
    }
    return values;
}

std::string HttpClient::send_raw(const std::string& bytes)
{
    int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socket_fd < 0)
        throw std::runtime_error("socket failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{30, 0};
    setsockopt(socket_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(socket_fd);
        throw std::runtime_error("connect failed");
    }
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        auto written = ::send(socket_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (written <= 0)
            break;  // the server may answer (413) and close before reading everything
        sent += static_cast<std::size_t>(written);
    }
    std::string raw;
    char buffer[65536];
    while (true) {
        auto received = ::recv(socket_fd, buffer, sizeof buffer, 0);
        if (received <= 0)
            break;
        raw.append(buffer, static_cast<std::size_t>(received));
    }
    ::close(socket_fd);
    return raw;
}

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
    Fields headers)
{
    std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(m_port)
        + "\r\nConnection: close\r\n";
    if (!m_cookies.empty()) {
        std::string cookie_header;
        for (const auto& [name, value] : m_cookies)
            cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
        raw += "Cookie: " + cookie_header + "\r\n";
    }
    for (const auto& [name, value] : headers)
        raw += name + ": " + value + "\r\n";
    if (!body.empty() || method == "POST")
        raw += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    raw += "\r\n" + body;
    auto response = parse_response(send_raw(raw));
    remember_cookies(response);
    remember_csrf_token(response);
    return response;
}

HttpResponse HttpClient::get(const std::string& target, const Fields& headers)
{
    return request("GET", target, "", headers);
}

HttpResponse HttpClient::post_form(const std::string& target, Fields fields, bool with_csrf)
{
    if (with_csrf)
        fields.emplace_back("csrf_token", csrf_token());
    std::string body;
    for (const auto& [name, value] : fields)
        body += (body.empty() ? "" : "&") + http::percent_encode(name) + "=" + http::percent_encode(value);
    return request("POST", target, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
}

std::optional<std::string> HttpClient::cookie(const std::string& name) const
{
    auto found = m_cookies.find(name);
    if (found == m_cookies.end())
        return std::nullopt;
    return found->second;
}

std::string HttpClient::csrf_binding() const
{
    return cookie("__Host-session").value_or("") + "|" + cookie("__Host-csrf").value_or("");
}

void HttpClient::remember_csrf_token(const HttpResponse& response)
{
    if (auto token = page_csrf_token(response.body)) {
        m_csrf_token = *token;
        m_csrf_binding = csrf_binding();
    }
}

std::string HttpClient::csrf_token()
{
    // The server ties the token to the session cookie (or the visitor's pre-session cookie).
    if (m_csrf_token.empty() || m_csrf_binding != csrf_binding())
        get("/");
    return m_csrf_binding == csrf_binding() ? m_csrf_token : std::string();
}

void HttpClient::remember_cookies(const HttpResponse& response)
{
    for (const auto& header : response.all("set-cookie")) {
        auto equals = header.find('=');
        auto semicolon = header.find(';');
        if (equals == std::string::npos)
            continue;
        auto name = header.substr(0, equals);
        auto value = header.substr(equals + 1, semicolon == std::string::npos ? std::string::npos : semicolon - equals - 1);
        if (header.find("Max-Age=0") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
}

std::optional<std::string> page_csrf_token(const std::string& html)
{
    const std::string marker = "<meta name=\"csrf-token\" content=\"";
    auto at = html.find(marker);
    if (at == std::string::npos)
        return std::nullopt;
    at += marker.size();
    return html.substr(at, html.find('"', at) - at);
}

std::optional<std::string> html_input_value(const std::string& html, const std::string& name)
{
    auto at = html.find("name=\"" + name + "\"");
    if (at == std::string::npos)
        return std::nullopt;
    auto tag_start = html.rfind('<', at);
    auto tag_end = html.find('>', at);
    auto tag = html.substr(tag_start, tag_end - tag_start);
    auto value_at = tag.find("value=\"");
    if (value_at == std::string::npos)
        return std::string();
    auto value_end = tag.find('"', value_at + 7);
    return tag.substr(value_at + 7, value_end - value_at - 7);
}

} // namespace essaim::test
