#include "http/request.hpp"

#include "http/form.hpp"

#include <algorithm>
#include <boost/json.hpp>

namespace essaim::http {

std::string_view method_name(Method method)
{
    switch (method) {
    case Method::Get: return "GET";
    case Method::Head: return "HEAD";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Patch: return "PATCH";
    case Method::Delete: return "DELETE";
    case Method::Options: return "OPTIONS";
    case Method::Other: break;
    }
    return "OTHER";
}

Method method_from(std::string_view name)
{
    for (Method method : {Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch, Method::Delete,
             Method::Options}) {
        if (method_name(method) == name)
            return method;
    }
    return Method::Other;
}

bool changes_state(Method method)
{
    return method == Method::Post || method == Method::Put || method == Method::Patch || method == Method::Delete
        || method == Method::Other;
}

std::optional<std::string_view> Request::header(std::string_view lower_case_name) const
{
    for (const auto& [name, value] : headers) {
        if (name == lower_case_name)
            return std::string_view(value);
    }
    return std::nullopt;
}

std::optional<std::string> Request::query_parameter(std::string_view name) const
{
    return parse_urlencoded(query).first(name);
}

std::string Request::path_parameter(const std::string& name) const
{
    auto found = path_parameters.find(name);
    return found == path_parameters.end() ? std::string() : found->second;
}

bool Request::wants_json() const
{
    if (path.rfind("/api/", 0) == 0)
        return true;
    auto accept = header("accept");
    if (!accept)
        return false;
    auto json = accept->find("json");
    auto html = accept->find("text/html");
    return json != std::string_view::npos && (html == std::string_view::npos || json < html);
}

void Response::set_header(std::string name, std::string value)
{
    for (auto& [existing, existing_value] : headers) {
        if (existing == name) {
            existing_value = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> Response::header(std::string_view lower_case_name) const
{
    for (const auto& [name, value] : headers) {
        if (std::equal(name.begin(), name.end(), lower_case_name.begin(), lower_case_name.end(),
                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
            return std::string_view(value);
    }
    return std::nullopt;
}

Response Response::html(std::string body, int status)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.set_header("Content-Type", "text/html; charset=utf-8");
    return response;
}

Response Response::json(std::string body, int status)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.set_header("Content-Type", "application/json");
    return response;
}

Response Response::text(std::string body, int status)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.set_header("Content-Type", "text/plain; charset=utf-8");
    return response;
}

Response Response::redirect(std::string location, int status)
{
    Response response;
    response.status = status;
    response.set_header("Location", std::move(location));
    return response;
}

Response Response::problem(int status, std::string_view title, std::string_view detail,
    std::string_view extra_json_members)
{
    boost::json::object object;
    object["type"] = "about:blank";
    object["title"] = title;
    object["status"] = status;
    if (!detail.empty())
        object["detail"] = detail;
    std::string body = boost::json::serialize(object);
    if (!extra_json_members.empty()) {
        body.pop_back();
        body += ',';
        body += extra_json_members;
        body += '}';
    }
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.set_header("Content-Type", "application/problem+json");
    return response;
}

std::string_view reason_phrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 507: return "Insufficient Storage";
    }
    return "Unknown";
}

} // namespace essaim::http
