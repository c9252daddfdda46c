#pragma once
// The type of an uploaded file, read from its bytes. A client's file name and declared
// Content-Type are claims anyone can forge; the leading bytes (and, for ZIP-based office
// documents, the archive's entry names) are what programs will actually open.

#include <string>
#include <string_view>

namespace essaim::files {

//! The kinds of file the platform recognises. Everything else is Unknown.
enum class FileType {
    Unknown,
    Pdf,
    Png,
    Jpeg,
    OpenDocumentText,         //!< .odt
    OpenDocumentSpreadsheet,  //!< .ods
    WordDocument,             //!< .docx (Office Open XML, without macros)
    ExcelWorkbook,            //!< .xlsx (Office Open XML, without macros)
    PlainText,                //!< clean UTF-8 without NUL, and not markup
};

//! Detects the type of `content`. Checks, in order: PDF (`%PDF-x.y` at the start and `%%EOF` in
//! its last kilobyte), PNG (signature and IHDR chunk), JPEG (SOI marker), ZIP-based documents
//! (OpenDocument: a first entry `mimetype` stored uncompressed with the right value; Office Open
//! XML: `[Content_Types].xml` and the `word/` or `xl/` part listed in the central directory, and
//! no macro project), then plain text (clean UTF-8 that does not start like HTML or XML, which a
//! browser could be tricked into rendering). Content that starts with a format's signature but
//! fails its checks is Unknown, not text. An empty file is Unknown.
FileType detect_file_type(std::string_view content);

//! The media type to serve the file with, e.g. "application/pdf"; "application/octet-stream"
//! for Unknown.
std::string_view media_type_of(FileType type);

//! The usual extension without the dot, e.g. "pdf"; "bin" for Unknown.
std::string_view extension_of(FileType type);

//! The type whose media_type_of() is `media_type` (as stored with an attachment); Unknown otherwise.
FileType file_type_of_media_type(std::string_view media_type);

//! The name to download a file of `type` under: `display_name` with its extension replaced by the
//! type's (`note.html` of plain text → `note.txt`, `photo.PDF` → `photo.pdf`), so that the program
//! a person's system opens it with is the one for what the bytes are, not what the name claimed.
std::string file_name_for_type(std::string_view display_name, FileType type);

//! A short French description for messages, e.g. "document PDF".
std::string_view describe(FileType type);

//! True when `content` starts, after blanks and a byte-order mark, with something a browser
//! would sniff as HTML or XML (`<!DOCTYPE html`, `<html`, `<script`, `<?xml`, `<svg`, …).
bool looks_like_markup(std::string_view content);

//! A Content-Disposition header value that makes the browser download the file under
//! `display_name` (as returned by http::sanitize_file_name): an ASCII `filename` for old clients,
//! and `filename*` in UTF-8 (RFC 8187). Quotes, backslashes and controls cannot escape the value.
std::string attachment_disposition(std::string_view display_name);

} // namespace essaim::files
