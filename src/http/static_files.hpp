#pragma once
// Static files (DSFR's dist/ and our own web/ assets), held in memory after the first read,
// with an ETag and conditional 304s. Versioned mounts get a year of immutable caching.

#include "http/request.hpp"

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace essaim::http {

enum class CachePolicy { Revalidate, Immutable };

class StaticFiles {
public:
    //! Serves `directory` under `url_prefix` (which ends with '/').
    void mount(std::string url_prefix, std::filesystem::path directory, CachePolicy policy);
    //! nullopt when no mount covers the path; a 404 response when it is covered but missing.
    std::optional<Response> serve(const Request& request);

private:
    struct Mount {
        std::string prefix;
        std::filesystem::path directory;
        CachePolicy policy;
    };
    struct File {
        std::string content;
        std::string etag;
        std::string content_type;
    };
    std::optional<File> load(const Mount& mount, const std::string& relative);

    std::vector<Mount> m_mounts;
    std::mutex m_mutex;
    std::map<std::string, File> m_cache;
};

std::string content_type_for(const std::filesystem::path& path);

} // namespace essaim::http
