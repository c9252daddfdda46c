#include "http/multipart.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <utility>

namespace essaim::http {

namespace {

using core::Error;
using core::ErrorKind;
using core::Result;

Error malformed(std::string_view detail)
{
    return Error{ErrorKind::BadRequest, "Le formulaire envoyé est mal formé : " + std::string(detail), {}};
}

Error too_large(std::string_view detail)
{
    return Error{ErrorKind::TooLarge, "Le formulaire envoyé est trop volumineux : " + std::string(detail), {}};
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

bool equals_ignoring_case(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

//! RFC 9110 `tchar`: the characters of header names, media types and parameter names.
bool is_token_char(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), is_token_char);
}

//! Control characters other than horizontal tab may not appear in a header line.
bool is_header_control(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && byte != '\t') || byte == 0x7f;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim_blanks(std::string_view text)
{
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

//! RFC 2046 `bchars`: digits, letters and '()+_,-./:=? plus space (never last).
bool is_boundary_char(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

bool is_valid_boundary(std::string_view boundary)
{
    return !boundary.empty() && boundary.size() <= 70 && boundary.back() != ' '
        && std::all_of(boundary.begin(), boundary.end(), is_boundary_char);
}

//! A header value of the form `main; name=value; name="quoted"`: Content-Type and
//! Content-Disposition. Parameter names are lower-cased; quoted values are unescaped.
struct ParameterisedValue {
    std::string_view main;
    std::vector<std::pair<std::string, std::string>> parameters;

    const std::string* parameter(std::string_view name) const
    {
        for (const auto& [key, value] : parameters) {
            if (key == name)
                return &value;
        }
        return nullptr;
    }
};

Result<ParameterisedValue> parse_parameterised(std::string_view text, std::string_view header_name)
{
    ParameterisedValue parsed;
    std::size_t i = 0;
    const auto skip_blanks = [&] {
        while (i < text.size() && is_blank(text[i]))
            ++i;
    };
    const std::size_t main_end = std::min(text.find(';'), text.size());
    parsed.main = trim_blanks(text.substr(0, main_end));
    i = main_end;
    while (i < text.size()) {
        ++i;  // the ';'
        skip_blanks();
        if (i == text.size())
            break;  // a trailing ';' is harmless
        const std::size_t name_start = i;
        while (i < text.size() && is_token_char(text[i]))
            ++i;
        if (i == name_start)
            return malformed("paramètre sans nom dans l'en-tête " + std::string(header_name) + ".");
        std::string name = to_lower(text.substr(name_start, i - name_start));
        skip_blanks();
        if (i == text.size() || text[i] != '=')
            return malformed("paramètre « " + name + " » sans valeur.");
        ++i;
        skip_blanks();
        std::string value;
        if (i < text.size() && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const char c = text[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\') {
                    if (i == text.size())
                        break;
                    value += text[i++];
                } else {
                    value += c;
                }
            }
            if (!closed)
                return malformed("guillemet non fermé dans l'en-tête " + std::string(header_name) + ".");
        } else {
            const std::size_t value_start = i;
            while (i < text.size() && is_token_char(text[i]))
                ++i;
            if (i == value_start)
                return malformed("paramètre « " + name + " » sans valeur.");
            value = std::string(text.substr(value_start, i - value_start));
        }
        skip_blanks();
        if (i < text.size() && text[i] != ';')
            return malformed("caractère inattendu après le paramètre « " + name + " ».");
        if (parsed.parameter(name) != nullptr)
            return malformed("paramètre « " + name + " » répété.");
        parsed.parameters.emplace_back(std::move(name), std::move(value));
    }
    return parsed;
}

//! Decodes an RFC 8187 extended value (`UTF-8''%E2%82%AC.pdf`), the `filename*` parameter some
//! clients send. ISO-8859-1 is converted to UTF-8; another charset is refused.
Result<std::string> decode_extended_value(std::string_view text)
{
    const auto first_quote = text.find('\'');
    const auto second_quote = first_quote == std::string_view::npos ? first_quote : text.find('\'', first_quote + 1);
    if (second_quote == std::string_view::npos)
        return malformed("paramètre filename* mal formé.");
    const std::string_view charset = text.substr(0, first_quote);
    const bool latin1 = equals_ignoring_case(charset, "iso-8859-1");
    if (!equals_ignoring_case(charset, "utf-8") && !latin1)
        return malformed("jeu de caractères non pris en charge dans filename*.");
    std::string bytes;
    for (std::size_t i = second_quote + 1; i < text.size(); ++i) {
        if (text[i] != '%') {
            bytes += text[i];
            continue;
        }
        const int high = i + 1 < text.size() ? core::hex_digit_value(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? core::hex_digit_value(text[i + 2]) : -1;
        if (high < 0 || low < 0)
            return malformed("échappement invalide dans filename*.");
        bytes += static_cast<char>(high * 16 + low);
        i += 2;
    }
    if (!latin1)
        return bytes;
    std::string converted;
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            converted += c;
        } else {
            converted += static_cast<char>(0xc0 | (byte >> 6));
            converted += static_cast<char>(0x80 | (byte & 0x3f));
        }
    }
    return converted;
}

//! What the header block of one part says.
struct PartHeaders {
    std::string name;
    std::optional<std::string> file_name;
    std::string content_type;
};

Result<std::string> parse_part_content_type(std::string_view value)
{
    auto parsed = parse_parameterised(value, "Content-Type");
    if (!parsed)
        return parsed.error();
    const std::string_view media_type = parsed->main;
    const auto slash = media_type.find('/');
    if (slash == std::string_view::npos || !is_token(media_type.substr(0, slash))
        || !is_token(media_type.substr(slash + 1)))
        return malformed("type de contenu d'une partie invalide.");
    return to_lower(media_type);
}

Result<PartHeaders> parse_part_headers(std::string_view block)
{
    PartHeaders headers;
    bool seen_disposition = false;
    bool seen_content_type = false;
    bool seen_encoding = false;
    std::size_t start = 0;
    while (start <= block.size()) {
        const std::size_t end = std::min(block.find("\r\n", start), block.size());
        const std::string_view line = block.substr(start, end - start);
        start = end + 2;
        if (line.empty())
            return malformed("ligne d'en-tête vide.");
        // Folded lines (obs-fold) are obsolete and would let a value hide across lines.
        if (is_blank(line.front()))
            return malformed("en-tête replié sur plusieurs lignes.");
        if (std::any_of(line.begin(), line.end(), is_header_control))
            return malformed("caractère de contrôle dans un en-tête de partie.");
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || !is_token(line.substr(0, colon)))
            return malformed("en-tête de partie invalide.");
        const std::string_view header_name = line.substr(0, colon);
        const std::string_view value = trim_blanks(line.substr(colon + 1));

        if (equals_ignoring_case(header_name, "content-disposition")) {
            if (seen_disposition)
                return malformed("en-tête Content-Disposition répété.");
            seen_disposition = true;
            auto parsed = parse_parameterised(value, "Content-Disposition");
            if (!parsed)
                return parsed.error();
            if (!equals_ignoring_case(parsed->main, "form-data"))
                return malformed("une partie n'est pas de type form-data.");
            const std::string* name = parsed->parameter("name");
            if (name == nullptr || name->empty())
                return malformed("une partie n'a pas de nom.");
            if (!is_clean_utf8(*name))
                return malformed("le nom d'une partie n'est pas du texte UTF-8 valide.");
            headers.name = *name;
            // filename* (RFC 8187) is more precise than filename when a client sends both.
            if (const std::string* extended = parsed->parameter("filename*")) {
                auto decoded = decode_extended_value(*extended);
                if (!decoded)
                    return decoded.error();
                headers.file_name = sanitize_file_name(*decoded);
            } else if (const std::string* file_name = parsed->parameter("filename")) {
                headers.file_name = sanitize_file_name(*file_name);
            }
        } else if (equals_ignoring_case(header_name, "content-type")) {
            if (seen_content_type)
                return malformed("en-tête Content-Type répété dans une partie.");
            seen_content_type = true;
            auto content_type = parse_part_content_type(value);
            if (!content_type)
                return content_type.error();
            headers.content_type = std::move(content_type.value());
        } else if (equals_ignoring_case(header_name, "content-transfer-encoding")) {
            // RFC 7578 deprecates it; an encoded part would be stored still encoded, so refuse it.
            if (seen_encoding)
                return malformed("en-tête Content-Transfer-Encoding répété.");
            seen_encoding = true;
            if (!equals_ignoring_case(value, "binary") && !equals_ignoring_case(value, "8bit")
                && !equals_ignoring_case(value, "7bit"))
                return malformed("encodage de transfert non pris en charge.");
        }
        // Other part headers carry nothing RFC 7578 defines; they are ignored.
        if (end == block.size())
            break;
    }
    if (!seen_disposition)
        return malformed("une partie n'a pas d'en-tête Content-Disposition.");
    return headers;
}

//! Decodes UTF-8 into code points; each byte that does not start a valid sequence becomes U+FFFD.
std::u32string decode_lossy(std::string_view text)
{
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        char32_t code = 0;
        if (c < 0x80) {
            length = 1;
            code = c;
        } else if ((c & 0xe0) == 0xc0) {
            length = 2;
            code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            code = c & 0x07;
        }
        bool valid = length != 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            valid = (next & 0xc0) == 0x80;
            code = (code << 6) | (next & 0x3f);
        }
        valid = valid
            && !((length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000)
                || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff);
        if (valid) {
            out += code;
            i += length;
        } else {
            out += U'\uFFFD';
            ++i;
        }
    }
    return out;
}

std::size_t utf8_length(char32_t code) { return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4; }

//! Characters that are invisible or change how the surrounding text is displayed: controls,
//! bidirectional marks, embeddings, overrides and isolates (which can make "exe.pdf" read as
//! "fdp.exe"), zero-width characters, line and paragraph separators, invisible operators,
//! the byte-order mark, interlinear annotations and tag characters.
bool is_hidden_or_control(char32_t code)
{
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code == 0x061c || code == 0x180e
        || (code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e)
        || (code >= 0x2060 && code <= 0x206f) || code == 0xfeff || (code >= 0xfff9 && code <= 0xfffb)
        || (code >= 0xe0000 && code <= 0xe007f);
}

bool is_trimmed_edge(char32_t code) { return code == U'.' || code == U' '; }

} // namespace

Form MultipartBody::fields() const
{
    Form form;
    for (const MultipartPart& part : parts) {
        if (!part.is_file())
            form.add(part.name, part.body);
    }
    return form;
}

const MultipartPart* MultipartBody::file(std::string_view name) const
{
    for (const MultipartPart& part : parts) {
        if (part.is_file() && part.name == name)
            return &part;
    }
    return nullptr;
}

std::vector<const MultipartPart*> MultipartBody::files(std::string_view name) const
{
    std::vector<const MultipartPart*> found;
    for (const MultipartPart& part : parts) {
        if (part.is_file() && part.name == name)
            found.push_back(&part);
    }
    return found;
}

Result<std::string> multipart_boundary(std::string_view content_type)
{
    auto parsed = parse_parameterised(content_type, "Content-Type");
    if (!parsed)
        return parsed.error();
    if (!equals_ignoring_case(parsed->main, "multipart/form-data"))
        return malformed("le type de contenu attendu est multipart/form-data.");
    const std::string* boundary = parsed->parameter("boundary");
    if (boundary == nullptr)
        return malformed("le délimiteur (boundary) manque.");
    if (!is_valid_boundary(*boundary))
        return malformed("le délimiteur (boundary) est invalide.");
    return *boundary;
}

Result<MultipartBody> parse_multipart(std::string_view content_type, std::string_view body, const MultipartLimits& limits)
{
    auto boundary = multipart_boundary(content_type);
    if (!boundary)
        return boundary.error();
    return parse_multipart_with_boundary(boundary.value(), body, limits);
}

Result<MultipartBody> parse_multipart_with_boundary(
    std::string_view boundary, std::string_view body, const MultipartLimits& limits)
{
    if (!is_valid_boundary(boundary))
        return malformed("le délimiteur (boundary) est invalide.");
    if (body.size() > limits.max_body_bytes)
        return too_large("taille totale dépassée.");

    const std::string delimiter = "--" + std::string(boundary);
    // Every delimiter after the first starts on a new line. Searching for CRLF + delimiter stays
    // linear: CR occurs only at the start of the pattern, so matches cannot overlap.
    const std::string separator = "\r\n" + delimiter;
    const auto truncated = [] { return malformed("le délimiteur final manque (envoi interrompu ?)."); };

    std::size_t cursor = 0;
    if (body.substr(0, delimiter.size()) == delimiter) {
        cursor = delimiter.size();
    } else {
        // A preamble before the first delimiter is allowed by RFC 2046 and ignored.
        const auto first = body.find(separator);
        if (first == std::string_view::npos)
            return malformed("aucun délimiteur trouvé.");
        cursor = first + separator.size();
    }

    MultipartBody result;
    while (true) {
        // `cursor` is just past a delimiter: "--" closes the body (the epilogue is ignored),
        // otherwise optional blanks and CRLF start the next part.
        if (body.substr(cursor, 2) == "--")
            return result;
        while (cursor < body.size() && is_blank(body[cursor]))
            ++cursor;
        if (cursor + 2 > body.size())
            return truncated();
        if (body.substr(cursor, 2) != "\r\n")
            return malformed("ligne de délimiteur invalide (le délimiteur apparaît-il dans le contenu ?).");
        cursor += 2;
        if (result.parts.size() == limits.max_parts)
            return too_large("trop de parties.");

        // The header block ends at the first empty line; the search is bounded by the limit so a
        // missing empty line cannot make it scan the rest of the body.
        const std::string_view window = body.substr(cursor, limits.max_part_header_bytes + 4);
        const auto header_end = window.find("\r\n\r\n");
        if (window.substr(0, 2) == "\r\n")
            return malformed("une partie n'a pas d'en-tête Content-Disposition.");
        if (header_end == std::string_view::npos) {
            if (window.size() == body.size() - cursor && window.size() <= limits.max_part_header_bytes)
                return truncated();
            return too_large("en-têtes d'une partie trop longs.");
        }
        if (header_end > limits.max_part_header_bytes)
            return too_large("en-têtes d'une partie trop longs.");
        auto headers = parse_part_headers(window.substr(0, header_end));
        if (!headers)
            return headers.error();

        const std::size_t content_start = cursor + header_end + 4;
        const auto content_end = body.find(separator, content_start);
        if (content_end == std::string_view::npos)
            return truncated();
        const std::string_view content = body.substr(content_start, content_end - content_start);

        MultipartPart part;
        part.name = std::move(headers->name);
        part.file_name = std::move(headers->file_name);
        part.content_type = std::move(headers->content_type);
        if (!part.is_file()) {
            if (content.size() > limits.max_field_bytes)
                return too_large("le champ « " + part.name + " » est trop long.");
            if (!is_clean_utf8(content))
                return malformed("le champ « " + part.name + " » n'est pas du texte UTF-8 valide.");
        }
        part.body = std::string(content);
        result.parts.push_back(std::move(part));
        cursor = content_end + separator.size();
    }
}

std::string sanitize_file_name(std::string_view raw)
{
    std::u32string name = decode_lossy(raw);

    // Only the last path component: clients on any system may send a whole path.
    const auto separator = name.find_last_of(U"/\\");
    if (separator != std::u32string::npos)
        name.erase(0, separator + 1);

    std::u32string kept;
    for (char32_t code : name) {
        if (is_hidden_or_control(code))
            continue;
        kept += std::u32string_view(U"<>:\"|?*").find(code) != std::u32string_view::npos ? U'_' : code;
    }
    // Leading dots would hide the file or spell "." and ".."; trailing dots and blanks are
    // dropped by Windows when the file is saved, so drop them here too.
    std::size_t first = 0;
    while (first < kept.size() && is_trimmed_edge(kept[first]))
        ++first;
    std::size_t last = kept.size();
    while (last > first && is_trimmed_edge(kept[last - 1]))
        --last;
    kept = kept.substr(first, last - first);

    std::size_t total_bytes = 0;
    for (char32_t code : kept)
        total_bytes += utf8_length(code);
    if (total_bytes > max_file_name_bytes) {
        // Cut the stem, keeping a short extension so the download still opens with the right program.
        std::u32string extension;
        const auto dot = kept.find_last_of(U'.');
        if (dot != std::u32string::npos && dot > 0) {
            std::size_t extension_bytes = 0;
            for (std::size_t i = dot; i < kept.size(); ++i)
                extension_bytes += utf8_length(kept[i]);
            if (extension_bytes <= 16) {
                extension = kept.substr(dot);
                kept.erase(dot);
            }
        }
        std::size_t budget = max_file_name_bytes;
        for (char32_t code : extension)
            budget -= utf8_length(code);
        std::size_t used = 0;
        std::size_t count = 0;
        while (count < kept.size() && used + utf8_length(kept[count]) <= budget)
            used += utf8_length(kept[count++]);
        kept.erase(count);
        while (!kept.empty() && is_trimmed_edge(kept.back()))
            kept.pop_back();
        kept += extension;
    }

    std::string out;
    for (char32_t code : kept)
        core::append_utf8(out, code);
    return out.empty() ? std::string("fichier") : out;
}

} // namespace essaim::http
