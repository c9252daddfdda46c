#include "files/content_type.hpp"

#include "http/form.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace essaim::files {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_pdf(std::string_view content)
{
    // "%PDF-1.7": the header every PDF reader looks for. The end-of-file marker must be near the
    // end too, which a page of HTML renamed to .pdf, or a truncated upload, does not have.
    if (!starts_with(content, "%PDF-") || content.size() < 8 || !is_digit(content[5]) || content[6] != '.'
        || !is_digit(content[7]))
        return false;
    const std::size_t tail_start = content.size() > 1024 ? content.size() - 1024 : 0;
    return content.substr(tail_start).find("%%EOF") != std::string_view::npos;
}

bool is_png(std::string_view content)
{
    return content.size() >= 16 && starts_with(content, std::string_view("\x89PNG\r\n\x1a\n", 8))
        && content.substr(12, 4) == "IHDR";
}

bool is_jpeg(std::string_view content)
{
    // Start-of-image marker, then the first segment's marker (APPn, DQT, SOFn, COM…).
    return content.size() >= 4 && starts_with(content, "\xff\xd8\xff") && static_cast<unsigned char>(content[3]) >= 0xc0
        && static_cast<unsigned char>(content[3]) != 0xff;
}

std::optional<std::uint32_t> read_u16(std::string_view bytes, std::size_t offset)
{
    if (offset > bytes.size() || bytes.size() - offset < 2)
        return std::nullopt;
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset]))
        | static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset + 1])) << 8;
}

std::optional<std::uint32_t> read_u32(std::string_view bytes, std::size_t offset)
{
    if (offset > bytes.size() || bytes.size() - offset < 4)
        return std::nullopt;
    return *read_u16(bytes, offset) | *read_u16(bytes, offset + 2) << 16;
}

constexpr std::string_view zip_local_signature("PK\x03\x04", 4);
constexpr std::string_view zip_central_signature("PK\x01\x02", 4);
constexpr std::string_view zip_end_signature("PK\x05\x06", 4);
//! More entries than any office document has; a bound on the work a hostile archive can cause.
constexpr std::size_t max_zip_entries = 20000;

//! The entry names of the central directory, or nothing when the archive is not a well-formed
//! single-disk ZIP. ZIP64 is not read: office documents stay far below its 4 GiB threshold.
std::optional<std::vector<std::string_view>> zip_entry_names(std::string_view content)
{
    constexpr std::size_t end_record_size = 22;
    if (content.size() < end_record_size)
        return std::nullopt;
    // The end record sits at the very end, followed only by its comment (at most 65,535 bytes).
    std::optional<std::size_t> end_record;
    const std::size_t lowest = content.size() >= end_record_size + 0xffff ? content.size() - end_record_size - 0xffff : 0;
    for (std::size_t at = content.size() - end_record_size + 1; at-- > lowest;) {
        if (content.substr(at, 4) != zip_end_signature)
            continue;
        const auto comment_length = read_u16(content, at + 20);
        if (comment_length && at + end_record_size + *comment_length == content.size()) {
            end_record = at;
            break;
        }
    }
    if (!end_record)
        return std::nullopt;
    const auto disk = read_u16(content, *end_record + 4);
    const auto directory_disk = read_u16(content, *end_record + 6);
    const auto entries_on_disk = read_u16(content, *end_record + 8);
    const auto entries = read_u16(content, *end_record + 10);
    const auto directory_size = read_u32(content, *end_record + 12);
    const auto directory_offset = read_u32(content, *end_record + 16);
    if (!disk || !directory_disk || !entries_on_disk || !entries || !directory_size || !directory_offset || *disk != 0
        || *directory_disk != 0 || *entries_on_disk != *entries || *entries > max_zip_entries
        || *directory_offset > *end_record || *directory_size > *end_record - *directory_offset)
        return std::nullopt;

    const std::string_view directory = content.substr(*directory_offset, *directory_size);
    std::vector<std::string_view> names;
    std::size_t at = 0;
    for (std::uint32_t i = 0; i < *entries; ++i) {
        constexpr std::size_t header_size = 46;
        if (directory.substr(at, 4) != zip_central_signature)
            return std::nullopt;
        const auto name_length = read_u16(directory, at + 28);
        const auto extra_length = read_u16(directory, at + 30);
        const auto comment_length = read_u16(directory, at + 32);
        if (!name_length || !extra_length || !comment_length)
            return std::nullopt;
        const std::size_t record_size = header_size + *name_length + *extra_length + *comment_length;
        if (record_size > directory.size() - at)
            return std::nullopt;
        names.push_back(directory.substr(at + header_size, *name_length));
        at += record_size;
    }
    return names;
}

//! The value of the first local entry when it is `mimetype`, stored uncompressed, as the
//! OpenDocument format requires so that the type can be read without unzipping.
std::optional<std::string_view> opendocument_mimetype(std::string_view content)
{
    constexpr std::size_t header_size = 30;
    const auto method = read_u16(content, 8);
    const auto compressed_size = read_u32(content, 18);
    const auto uncompressed_size = read_u32(content, 22);
    const auto name_length = read_u16(content, 26);
    const auto extra_length = read_u16(content, 28);
    if (!method || !compressed_size || !uncompressed_size || !name_length || !extra_length || *method != 0
        || *compressed_size != *uncompressed_size)
        return std::nullopt;
    if (content.substr(header_size, *name_length) != "mimetype" || *name_length != 8)
        return std::nullopt;
    const std::size_t data_start = header_size + *name_length + *extra_length;
    if (data_start > content.size() || content.size() - data_start < *compressed_size)
        return std::nullopt;
    return content.substr(data_start, *compressed_size);
}

bool has_prefix_ignoring_case(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && has_prefix_ignoring_case(text.substr(text.size() - suffix.size()), suffix);
}

FileType detect_zip_document(std::string_view content)
{
    if (!starts_with(content, zip_local_signature))
        return FileType::Unknown;
    const auto names = zip_entry_names(content);
    if (!names)
        return FileType::Unknown;

    // Documents that carry macros run code when opened; none is accepted, whatever the format.
    const bool has_macros = std::any_of(names->begin(), names->end(), [](std::string_view name) {
        return ends_with_ignoring_case(name, "vbaproject.bin") || has_prefix_ignoring_case(name, "basic/")
            || has_prefix_ignoring_case(name, "scripts/");
    });
    if (has_macros)
        return FileType::Unknown;

    if (const auto mimetype = opendocument_mimetype(content)) {
        if (*mimetype == "application/vnd.oasis.opendocument.text")
            return FileType::OpenDocumentText;
        if (*mimetype == "application/vnd.oasis.opendocument.spreadsheet")
            return FileType::OpenDocumentSpreadsheet;
        return FileType::Unknown;
    }

    bool content_types = false;
    bool word = false;
    bool excel = false;
    for (std::string_view name : *names) {
        content_types = content_types || name == "[Content_Types].xml";
        // Word names its main part word/document.xml, some editors word/document2.xml.
        word = word || (starts_with(name, "word/document") && ends_with_ignoring_case(name, ".xml"));
        excel = excel || name == "xl/workbook.xml";
    }
    if (!content_types || word == excel)
        return FileType::Unknown;
    return word ? FileType::WordDocument : FileType::ExcelWorkbook;
}

} // namespace

bool looks_like_markup(std::string_view content)
{
    if (starts_with(content, "\xef\xbb\xbf"))
        content.remove_prefix(3);
    const auto first = content.find_first_not_of(" \t\r\n\f");
    if (first == std::string_view::npos || content[first] != '<' || first + 1 >= content.size())
        return false;
    // A tag, a declaration (<!DOCTYPE, <!--), a processing instruction (<?xml) or a closing tag:
    // browsers sniff all of these as HTML or XML. Plain text almost never starts that way.
    const char next = content[first + 1];
    return (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '!' || next == '?' || next == '/';
}

FileType detect_file_type(std::string_view content)
{
    if (content.empty())
        return FileType::Unknown;
    // Content that starts with a format's signature but fails its checks is not that format,
    // and not text either: it is refused rather than served under a weaker type.
    if (starts_with(content, "%PDF-"))
        return is_pdf(content) ? FileType::Pdf : FileType::Unknown;
    if (starts_with(content, "\x89PNG"))
        return is_png(content) ? FileType::Png : FileType::Unknown;
    if (is_jpeg(content))
        return FileType::Jpeg;
    if (starts_with(content, zip_local_signature))
        return detect_zip_document(content);
    if (http::is_clean_utf8(content) && !looks_like_markup(content))
        return FileType::PlainText;
    return FileType::Unknown;
}

std::string_view media_type_of(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return "application/pdf";
    case FileType::Png:
        return "image/png";
    case FileType::Jpeg:
        return "image/jpeg";
    case FileType::OpenDocumentText:
        return "application/vnd.oasis.opendocument.text";
    case FileType::OpenDocumentSpreadsheet:
        return "application/vnd.oasis.opendocument.spreadsheet";
    case FileType::WordDocument:
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case FileType::ExcelWorkbook:
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case FileType::PlainText:
        return "text/plain; charset=utf-8";
    case FileType::Unknown:
        break;
    }
    return "application/octet-stream";
}

std::string_view extension_of(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return "pdf";
    case FileType::Png:
        return "png";
    case FileType::Jpeg:
        return "jpg";
    case FileType::OpenDocumentText:
        return "odt";
    case FileType::OpenDocumentSpreadsheet:
        return "ods";
    case FileType::WordDocument:
        return "docx";
    case FileType::ExcelWorkbook:
        return "xlsx";
    case FileType::PlainText:
        return "txt";
    case FileType::Unknown:
        break;
    }
    return "bin";
}

FileType file_type_of_media_type(std::string_view media_type)
{
    for (auto type : {FileType::Pdf, FileType::Png, FileType::Jpeg, FileType::OpenDocumentText,
             FileType::OpenDocumentSpreadsheet, FileType::WordDocument, FileType::ExcelWorkbook, FileType::PlainText}) {
        if (media_type_of(type) == media_type)
            return type;
    }
    return FileType::Unknown;
}

std::string file_name_for_type(std::string_view display_name, FileType type)
{
    // A leading dot starts a hidden name (".profile"), not an extension.
    auto dot = display_name.rfind('.');
    std::string_view stem = dot == std::string_view::npos || dot == 0 ? display_name : display_name.substr(0, dot);
    while (!stem.empty() && (stem.back() == '.' || stem.back() == ' '))
        stem.remove_suffix(1);
    std::string name = stem.empty() ? std::string("fichier") : std::string(stem);
    return name + "." + std::string(extension_of(type));
}

std::string_view describe(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return "document PDF";
    case FileType::Png:
        return "image PNG";
    case FileType::Jpeg:
        return "image JPEG";
    case FileType::OpenDocumentText:
        return "texte OpenDocument";
    case FileType::OpenDocumentSpreadsheet:
        return "classeur OpenDocument";
    case FileType::WordDocument:
        return "document Word";
    case FileType::ExcelWorkbook:
        return "classeur Excel";
    case FileType::PlainText:
        return "texte brut";
    case FileType::Unknown:
        break;
    }
    return "format non reconnu";
}

std::string attachment_disposition(std::string_view display_name)
{
    // RFC 8187 attr-char: what filename* may carry without percent-encoding.
    const auto is_attr_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos;
    };
    std::string ascii;
    std::string extended;
    constexpr char hex[] = "0123456789ABCDEF";
    for (char c : display_name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            continue;
        if (byte >= 0x80) {
            // One '_' per non-ASCII character: count lead bytes, skip continuation bytes.
            if ((byte & 0xc0) != 0x80)
                ascii += '_';
        } else {
            ascii += (c == '"' || c == '\\' || c == '%' || c == ';') ? '_' : c;
        }
        if (is_attr_char(c)) {
            extended += c;
        } else {
            extended += '%';
            extended += hex[byte >> 4];
            extended += hex[byte & 0x0f];
        }
    }
    if (ascii.empty())
        ascii = "fichier";
    if (extended.empty())
        extended = "fichier";
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + extended;
}

} // namespace essaim::files
