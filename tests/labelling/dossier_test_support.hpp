#pragma once
// Shared steps of the dossier tests: JSON and multipart posts, and small SQL reads.

#include "labelling_fixtures.hpp"

#include "http/form.hpp"

#include <soci/soci.h>

#include <string>
#include <utility>
#include <vector>

namespace essaim::test::dossier_support {

using auth_support::Actor;

//! A urlencoded POST that asks for JSON (problem+json on failure).
inline HttpResponse post_json(HttpClient& client, const std::string& target, const Fields& fields)
{
    std::string body;
    for (const auto& [name, value] : fields)
        body += (body.empty() ? "" : "&") + http::percent_encode(name) + "=" + http::percent_encode(value);
    return client.request("POST", target, body,
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"},
            {"X-CSRF-Token", client.csrf_token()}});
}

struct FilePart {
    std::string input_name;
    std::string file_name;
    std::string bytes;
};

inline const std::string boundary = "----essaim-test-frontiere-7d93";

inline std::string multipart_body(const Fields& fields, const std::vector<FilePart>& files)
{
    std::string body;
    for (const auto& [name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    for (const auto& file : files)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.input_name + "\"; filename=\""
            + file.file_name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file.bytes + "\r\n";
    return body + "--" + boundary + "--\r\n";
}

//! A multipart POST the way a browser sends a file form (csrf_token as a field).
inline HttpResponse post_multipart(HttpClient& client, const std::string& target, Fields fields,
    const std::vector<FilePart>& files, bool json = false)
{
    fields.emplace_back("csrf_token", client.csrf_token());
    Fields headers{{"Content-Type", "multipart/form-data; boundary=" + boundary}};
    if (json)
        headers.emplace_back("Accept", "application/json");
    return client.request("POST", target, multipart_body(fields, files), headers);
}

//! A small valid PDF.
inline std::string pdf_bytes(std::size_t padding = 0)
{
    std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n";
    if (padding > 0) {
        pdf += "% ";
        pdf += std::string(padding, 'x');
        pdf += "\n";
    }
    return pdf + "trailer << /Root 1 0 R >>\n%%EOF\n";
}

inline std::string query_text(const std::string& sql, long long parameter)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string value;
    soci::indicator indicator = soci::i_null;
    lease->sql() << sql, soci::use(parameter), soci::into(value, indicator);
    return indicator == soci::i_null ? std::string() : value;
}

inline long long count(const std::string& sql, long long parameter)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    lease->sql() << sql, soci::use(parameter), soci::into(value);
    return value;
}

inline std::string dossier_state(long long dossier_id)
{
    return query_text("SELECT state FROM dossiers WHERE id = :id", dossier_id);
}

//! An attachment row for a file field, written by SQL (the state-machine tests need a complete
//! dossier, not a stored file).
inline void attachment_row(long long dossier_id, const std::string& field_key)
{
    auth_support::execute_sql("INSERT INTO dossier_attachments (dossier_id, field_key, file_name, content_type, size_bytes, "
                              "sha256, created_at) VALUES ("
        + std::to_string(dossier_id) + ", " + labelling_fixtures::quoted(field_key) + ", 'statuts.pdf', 'application/pdf', 10, '"
        + std::string(64, 'a') + "', 0)");
}

} // namespace essaim::test::dossier_support
