#include "http/static_files.hpp"

#include <fstream>
#include <sstream>

namespace essaim::http {

namespace {

std::string fnv1a_hex(const std::string& data)
{
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : data) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

//! Only plain names: no "..", no hidden files, no control characters or backslashes.
bool safe_relative_path(const std::string& relative)
{
    if (relative.empty())
        return false;
    std::size_t start = 0;
    while (start <= relative.size()) {
        auto slash = relative.find('/', start);
        auto segment = relative.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (segment.empty() || segment[0] == '.')
            return false;
        for (unsigned char c : segment) {
            if (c < 0x20 || c == 0x7f || c == '\\')
                return false;
        }
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    return true;
}

} // namespace

std::string content_type_for(const std::filesystem::path& path)
{
    static const std::map<std::string, std::string> types = {
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".ico", "image/x-icon"},
        {".webmanifest", "application/manifest+json"},
        {".woff", "font/woff"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
        {".map", "application/json"},
    };
    auto found = types.find(path.extension().string());
    return found == types.end() ? "application/octet-stream" : found->second;
}

void StaticFiles::mount(std::string url_prefix, std::filesystem::path directory, CachePolicy policy)
{
    m_mounts.push_back(Mount{std::move(url_prefix), std::move(directory), policy});
}

std::optional<StaticFiles::File> StaticFiles::load(const Mount& mount, const std::string& relative)
{
    std::string key = mount.prefix + relative;
    {
        std::lock_guard lock(m_mutex);
        if (auto found = m_cache.find(key); found != m_cache.end())
            return found->second;
    }
    auto path = mount.directory / relative;
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return std::nullopt;
    std::ifstream input(path, std::ios::binary);
    if (!input)
        return std::nullopt;
    std::ostringstream buffer;
    buffer << input.rdbuf();
    File file{buffer.str(), {}, content_type_for(path)};
    file.etag = "\"" + fnv1a_hex(file.content) + "\"";
    std::lock_guard lock(m_mutex);
    m_cache.emplace(key, file);
    return file;
}

std::optional<Response> StaticFiles::serve(const Request& request)
{
    for (const auto& mount : m_mounts) {
        if (request.path.rfind(mount.prefix, 0) != 0)
            continue;
        std::string relative = request.path.substr(mount.prefix.size());
        if (request.method != Method::Get && request.method != Method::Head) {
            Response response = Response::text("Méthode non autorisée.", 405);
            response.set_header("Allow", "GET, HEAD");
            return response;
        }
        auto file = safe_relative_path(relative) ? load(mount, relative) : std::nullopt;
        if (!file)
            return Response::text("Fichier introuvable.", 404);
        Response response;
        response.set_header("ETag", file->etag);
        response.set_header("Cache-Control",
            mount.policy == CachePolicy::Immutable ? "public, max-age=31536000, immutable" : "no-cache");
        if (auto match = request.header("if-none-match"); match && *match == file->etag) {
            response.status = 304;
            return response;
        }
        response.set_header("Content-Type", file->content_type);
        response.body = file->content;
        return response;
    }
    return std::nullopt;
}

} // namespace essaim::http
