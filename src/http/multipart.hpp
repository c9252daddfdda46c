#pragma once
// multipart/form-data bodies (RFC 7578 over the multipart syntax of RFC 2046): the forms that
// carry file attachments. The parser reads the whole body already held in memory, checks it
// strictly (CRLF line ends, a closing delimiter, one Content-Disposition per part) and copies
// each part out, so a hostile body yields an Error, never an exception or a read past its end.

#include "core/result.hpp"
#include "http/form.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::http {

//! Bounds that keep one request from costing more than a form can legitimately need.
struct MultipartLimits {
    //! Parts in one body (fields and files together).
    std::size_t max_parts = 64;
    //! Bytes of the header block of one part, up to the empty line that ends it.
    std::size_t max_part_header_bytes = 8 * 1024;
    //! Bytes of the whole body; more answers TooLarge (413).
    std::size_t max_body_bytes = 25 * 1024 * 1024;
    //! Bytes of one text field (a part without a file name).
    std::size_t max_field_bytes = 1024 * 1024;
};

//! One part of the body, copied out of it.
struct MultipartPart {
    //! The form field name, clean UTF-8 and never empty.
    std::string name;
    //! Present when the part carries a file (it had a `filename` parameter, even an empty one,
    //! which is what browsers send for a file input left empty). It is a display name only,
    //! already passed through sanitize_file_name(): never use it as a path.
    std::optional<std::string> file_name;
    //! The declared media type, lower-case `type/subtype` without parameters, or "" when the part
    //! declared none. A client can claim anything here: detect a file's type from its content.
    std::string content_type;
    //! The bytes of the part. For a text field, clean UTF-8 (checked by the parser).
    std::string body;

    bool is_file() const { return file_name.has_value(); }
};

//! A parsed body: the parts in the order they were sent.
struct MultipartBody {
    std::vector<MultipartPart> parts;

    //! The text fields (parts without a file), as a Form so the usual validation code applies.
    Form fields() const;
    //! The first file part named `name`, or null.
    const MultipartPart* file(std::string_view name) const;
    //! Every file part named `name` (an `<input type=file multiple>`).
    std::vector<const MultipartPart*> files(std::string_view name) const;
};

//! The boundary of a `multipart/form-data` Content-Type header value, quoted or not. Fails
//! (BadRequest) for another media type, a missing or repeated boundary, or one that RFC 2046
//! does not allow (1 to 70 characters of its set, not ending with a space).
core::Result<std::string> multipart_boundary(std::string_view content_type);

//! Parses `body` sent with the Content-Type header value `content_type`. Malformed input fails
//! with BadRequest; a body, part count or text field beyond `limits` fails with TooLarge.
core::Result<MultipartBody> parse_multipart(
    std::string_view content_type, std::string_view body, const MultipartLimits& limits = {});

//! Parses `body` with a boundary already known (the value of multipart_boundary()).
core::Result<MultipartBody> parse_multipart_with_boundary(
    std::string_view boundary, std::string_view body, const MultipartLimits& limits = {});

//! The longest display name sanitize_file_name() returns, in bytes of UTF-8.
inline constexpr std::size_t max_file_name_bytes = 180;

//! Turns a client-supplied file name into a display name that is safe anywhere: only the part
//! after the last '/' or '\' is kept; invalid UTF-8 becomes U+FFFD; control characters (C0, DEL,
//! C1), bidirectional overrides and isolates, zero-width and line-separator characters are
//! removed; characters that Windows refuses in names (<>:"|?*) become '_'; leading dots and
//! blanks, trailing dots and blanks are trimmed; the result is cut to max_file_name_bytes,
//! keeping a short extension; an empty result becomes "fichier".
std::string sanitize_file_name(std::string_view raw);

} // namespace essaim::http
