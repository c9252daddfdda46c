// Fuzzes the upload path: http::parse_multipart (every multipart/form-data body a client sends),
// http::sanitize_file_name (client file names), files::detect_file_type (uploaded bytes, including
// the ZIP structures of office documents) and files::attachment_disposition (download headers).
// The first byte picks the mode:
//   bit 7 set: the rest is an uploaded file, given to detect_file_type;
//   bit 6 set: the rest is a body sent with a fixed boundary, `XyZ`;
//   otherwise: the rest is a Content-Type header value, a line feed, then the body.
// Bit 0 selects small limits (bits 1-2 give the part limit), so the cut-offs are reached by small
// inputs too.
// fuzz-sources: src/http/multipart.cpp src/http/form.cpp src/files/content_type.cpp src/core/text.cpp

#include "files/content_type.hpp"
#include "fuzz_check.hpp"
#include "http/form.hpp"
#include "http/multipart.hpp"

#include <algorithm>
#include <string>

using essaim::core::ErrorKind;
using essaim::fuzz::as_text;
using essaim::http::MultipartBody;
using essaim::http::MultipartLimits;
using essaim::http::MultipartPart;

namespace files = essaim::files;
namespace http = essaim::http;

namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

//! What every display name must be, whatever the client sent.
void check_display_name(const std::string& name)
{
    FUZZ_REQUIRE(!name.empty());
    FUZZ_REQUIRE(name.size() <= http::max_file_name_bytes);
    FUZZ_REQUIRE(http::is_clean_utf8(name));
    FUZZ_REQUIRE(name.find_first_of("/\\\t\r\n<>:\"|?*") == std::string::npos);
    FUZZ_REQUIRE(name.front() != '.' && name.front() != ' ');
    FUZZ_REQUIRE(name.back() != '.' && name.back() != ' ');
    FUZZ_REQUIRE(name.find("\xe2\x80\xae") == std::string::npos);  // U+202E override
    FUZZ_REQUIRE(http::sanitize_file_name(name) == name);
}

//! A Content-Disposition value a client cannot break out of.
void check_disposition(std::string_view display_name)
{
    const std::string header = files::attachment_disposition(display_name);
    FUZZ_REQUIRE(starts_with(header, "attachment; filename=\""));
    FUZZ_REQUIRE(std::count(header.begin(), header.end(), '"') == 2);
    for (char c : header) {
        const auto byte = static_cast<unsigned char>(c);
        FUZZ_REQUIRE(byte >= 0x20 && byte < 0x7f);
    }
}

std::string quoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

//! The parts written back as a body with the same boundary.
std::string serialise(const MultipartBody& body, std::string_view boundary)
{
    std::string out;
    for (const MultipartPart& part : body.parts) {
        out += "--" + std::string(boundary) + "\r\nContent-Disposition: form-data; name=" + quoted(part.name);
        if (part.file_name)
            out += "; filename=" + quoted(*part.file_name);
        out += "\r\n";
        if (!part.content_type.empty())
            out += "Content-Type: " + part.content_type + "\r\n";
        out += "\r\n" + part.body + "\r\n";
    }
    return out + "--" + std::string(boundary) + "--\r\n";
}

bool same_parts(const MultipartBody& a, const MultipartBody& b)
{
    if (a.parts.size() != b.parts.size())
        return false;
    for (std::size_t i = 0; i < a.parts.size(); ++i) {
        const MultipartPart& x = a.parts[i];
        const MultipartPart& y = b.parts[i];
        if (x.name != y.name || x.file_name != y.file_name || x.content_type != y.content_type || x.body != y.body)
            return false;
    }
    return true;
}

void check_file_type(std::string_view content)
{
    const files::FileType type = files::detect_file_type(content);
    FUZZ_REQUIRE(type == files::detect_file_type(content));
    switch (type) {
    case files::FileType::Pdf:
        FUZZ_REQUIRE(starts_with(content, "%PDF-"));
        break;
    case files::FileType::Png:
        FUZZ_REQUIRE(starts_with(content, std::string_view("\x89PNG\r\n\x1a\n", 8)));
        break;
    case files::FileType::Jpeg:
        FUZZ_REQUIRE(starts_with(content, "\xff\xd8\xff"));
        break;
    case files::FileType::OpenDocumentText:
    case files::FileType::OpenDocumentSpreadsheet:
    case files::FileType::WordDocument:
    case files::FileType::ExcelWorkbook:
        FUZZ_REQUIRE(starts_with(content, std::string_view("PK\x03\x04", 4)));
        break;
    case files::FileType::PlainText:
        FUZZ_REQUIRE(http::is_clean_utf8(content) && !files::looks_like_markup(content));
        break;
    case files::FileType::Unknown:
        break;
    }
    FUZZ_REQUIRE(!files::media_type_of(type).empty() && !files::extension_of(type).empty());
}

void check_multipart(std::string_view content_type, std::string_view body, const MultipartLimits& limits)
{
    const auto result = http::parse_multipart(content_type, body, limits);
    if (!result) {
        const auto kind = result.error().kind;
        FUZZ_REQUIRE(kind == ErrorKind::BadRequest || kind == ErrorKind::TooLarge);
        FUZZ_REQUIRE(!result.error().message.empty());
        return;
    }
    const auto boundary = http::multipart_boundary(content_type);
    FUZZ_REQUIRE(boundary.ok());
    FUZZ_REQUIRE(!boundary->empty() && boundary->size() <= 70);
    FUZZ_REQUIRE(result->parts.size() <= limits.max_parts);

    for (const MultipartPart& part : result->parts) {
        FUZZ_REQUIRE(!part.name.empty() && http::is_clean_utf8(part.name));
        FUZZ_REQUIRE(part.name.find_first_of("\r\n") == std::string::npos);
        FUZZ_REQUIRE(body.find(part.body) != std::string_view::npos);
        FUZZ_REQUIRE(part.body.find("\r\n--" + boundary.value()) == std::string::npos);
        if (part.file_name) {
            check_display_name(*part.file_name);
            check_disposition(*part.file_name);
            check_file_type(part.body);
        } else {
            FUZZ_REQUIRE(part.body.size() <= limits.max_field_bytes);
            FUZZ_REQUIRE(http::is_clean_utf8(part.body));
        }
        if (!part.content_type.empty()) {
            FUZZ_REQUIRE(part.content_type.find('/') != std::string::npos);
            FUZZ_REQUIRE(std::none_of(part.content_type.begin(), part.content_type.end(),
                [](char c) { return c >= 'A' && c <= 'Z'; }));
        }
    }
    const auto fields = result->fields();
    FUZZ_REQUIRE(fields.fields().size() <= result->parts.size());

    // What passes small limits passes the defaults, with the same parts.
    const auto relaxed = http::parse_multipart(content_type, body);
    FUZZ_REQUIRE(relaxed.ok() && same_parts(relaxed.value(), result.value()));

    // Written back with the same boundary, the parts read back the same: nothing lost or invented.
    const auto again = http::parse_multipart_with_boundary(boundary.value(), serialise(result.value(), boundary.value()));
    FUZZ_REQUIRE(again.ok());
    FUZZ_REQUIRE(same_parts(again.value(), result.value()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    const std::string_view rest = as_text(data + 1, size - 1);

    // Any bytes make a safe display name and header.
    check_display_name(http::sanitize_file_name(rest));
    check_disposition(http::sanitize_file_name(rest));
    check_disposition(rest);

    if (mode & 0x80) {
        check_file_type(rest);
        return 0;
    }

    MultipartLimits limits;
    if (mode & 0x01) {
        limits.max_parts = 1 + ((mode >> 1) & 0x03);
        limits.max_part_header_bytes = 96;
        limits.max_field_bytes = 48;
        limits.max_body_bytes = 2048;
    }
    if (mode & 0x40) {
        check_multipart("multipart/form-data; boundary=XyZ", rest, limits);
    } else {
        const auto line_end = rest.find('\n');
        if (line_end == std::string_view::npos)
            return 0;
        check_multipart(rest.substr(0, line_end), rest.substr(line_end + 1), limits);
    }
    return 0;
}
