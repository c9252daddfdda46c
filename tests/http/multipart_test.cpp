#include "http/form.hpp"
#include "http/multipart.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace essaim::http;
using essaim::core::ErrorKind;

namespace {

constexpr std::string_view boundary = "----EssaimBoundary7MA4YWxk";
const std::string content_type = "multipart/form-data; boundary=" + std::string(boundary);

//! Lines joined with CRLF, the line end the multipart syntax requires.
std::string crlf(const std::vector<std::string>& lines)
{
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += "\r\n";
        out += lines[i];
    }
    return out;
}

std::string open_delimiter() { return "--" + std::string(boundary); }
std::string close_delimiter() { return "--" + std::string(boundary) + "--"; }

//! A body as a browser sends it: each part is its header lines and its content.
struct TestPart {
    std::vector<std::string> headers;
    std::string content;
};

std::string body_of(const std::vector<TestPart>& parts)
{
    std::string out;
    for (const TestPart& part : parts) {
        out += open_delimiter() + "\r\n";
        for (const std::string& header : part.headers)
            out += header + "\r\n";
        out += "\r\n" + part.content + "\r\n";
    }
    return out + close_delimiter() + "\r\n";
}

TestPart field(std::string name, std::string value)
{
    return {{"Content-Disposition: form-data; name=\"" + name + "\""}, std::move(value)};
}

TestPart file(std::string name, std::string file_name, std::string type, std::string content)
{
    return {{"Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file_name + "\"",
                "Content-Type: " + type},
        std::move(content)};
}

} // namespace

TEST(MultipartBoundary, ReadsQuotedAndBareValues)
{
    struct Case {
        std::string header;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"multipart/form-data; boundary=abc", "abc"},
        {"Multipart/Form-Data;BOUNDARY=abc", "abc"},
        {"multipart/form-data; boundary=\"a b:c?\"", "a b:c?"},
        {"multipart/form-data; charset=utf-8; boundary=----WebKitFormBoundaryx7", "----WebKitFormBoundaryx7"},
        {"multipart/form-data; boundary=" + std::string(70, 'z'), std::string(70, 'z')},
    };
    for (const Case& c : cases) {
        auto result = multipart_boundary(c.header);
        ASSERT_TRUE(result.ok()) << c.header << ": " << result.error().message;
        EXPECT_EQ(result.value(), c.expected) << c.header;
    }
}

TEST(MultipartBoundary, RefusesOtherTypesAndBadBoundaries)
{
    const std::vector<std::string> headers = {
        "",
        "application/x-www-form-urlencoded",
        "multipart/mixed; boundary=abc",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"\"",
        "multipart/form-data; boundary=" + std::string(71, 'z'),
        "multipart/form-data; boundary=\"abc \"",          // may not end with a space
        "multipart/form-data; boundary=\"a@b\"",           // '@' is not a boundary character
        "multipart/form-data; boundary=\"a\\\"b\"",        // nor '"'
        "multipart/form-data; boundary=\"abc",             // unterminated quote
        "multipart/form-data; boundary=abc; boundary=def",  // which one?
        "multipart/form-data; boundary=a b",               // unquoted space
    };
    for (const std::string& header : headers) {
        auto result = multipart_boundary(header);
        ASSERT_FALSE(result.ok()) << header;
        EXPECT_EQ(result.error().kind, ErrorKind::BadRequest) << header;
        EXPECT_FALSE(result.error().message.empty());
    }
}

TEST(Multipart, ParsesFieldsAndFilesAsABrowserSendsThem)
{
    const std::string body = body_of({
        field("titre", "Ruche de Lozère"),
        file("piece", "budget 2026.pdf", "application/pdf", std::string("%PDF-1.7\n\0\xff binary", 18)),
        field("montant", ""),
    });
    auto result = parse_multipart(content_type, body);
    ASSERT_TRUE(result.ok()) << result.error().message;
    const auto& parts = result->parts;
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].name, "titre");
    EXPECT_FALSE(parts[0].is_file());
    EXPECT_EQ(parts[0].body, "Ruche de Lozère");
    EXPECT_EQ(parts[1].name, "piece");
    ASSERT_TRUE(parts[1].is_file());
    EXPECT_EQ(*parts[1].file_name, "budget 2026.pdf");
    EXPECT_EQ(parts[1].content_type, "application/pdf");
    EXPECT_EQ(parts[1].body, std::string("%PDF-1.7\n\0\xff binary", 18));
    EXPECT_EQ(parts[2].body, "");

    const Form fields = result->fields();
    EXPECT_EQ(fields.fields().size(), 2u);
    EXPECT_EQ(fields.get("titre"), "Ruche de Lozère");
    EXPECT_FALSE(fields.has("piece"));
    ASSERT_NE(result->file("piece"), nullptr);
    EXPECT_EQ(result->file("piece")->body.size(), 18u);
    EXPECT_EQ(result->file("titre"), nullptr);
}

TEST(Multipart, AcceptsTheVariantsTheSyntaxAllows)
{
    struct Case {
        std::string label;
        std::string body;
        std::vector<std::pair<std::string, std::string>> expected;  // name, body
    };
    const std::string d = open_delimiter();
    const std::string e = close_delimiter();
    const std::string cd = "Content-Disposition: form-data; name=";
    const std::vector<Case> cases = {
        {"preamble and epilogue are ignored",
            crlf({"This is a preamble.", d, cd + "\"a\"", "", "1", e, "epilogue", ""}), {{"a", "1"}}},
        {"blanks after a delimiter (transport padding)", crlf({d + " \t", cd + "\"a\"", "", "1", e + "  "}),
            {{"a", "1"}}},
        {"no line end after the closing delimiter", crlf({d, cd + "\"a\"", "", "1", e}), {{"a", "1"}}},
        {"no parts at all", e, {}},
        {"header names, disposition and parameter names in any case",
            crlf({d, "CONTENT-DISPOSITION: Form-Data; NAME=\"a\"", "", "1", e}), {{"a", "1"}}},
        {"a bare token name", crlf({d, cd + "a", "", "1", e}), {{"a", "1"}}},
        {"escapes in a quoted name", crlf({d, cd + "\"say \\\"hi\\\" \\\\o/\"", "", "1", e}),
            {{"say \"hi\" \\o/", "1"}}},
        {"extra headers and parameters are ignored",
            crlf({d, cd + "\"a\"; size=3", "X-Custom: yes", "Content-Transfer-Encoding: binary", "", "1", e}),
            {{"a", "1"}}},
        {"content keeps CR, LF and CRLF", crlf({d, cd + "\"a\"", "", "x\ry\nz", "w\r", e}), {{"a", "x\ry\nz\r\nw\r"}}},
        {"content may end with a line break", crlf({d, cd + "\"a\"", "", "line", "", e}), {{"a", "line\r\n"}}},
        {"the boundary without a preceding CRLF is content",
            crlf({d, cd + "\"a\"", "", "x" + d + "y", "--" + std::string(boundary, 0, 10), e}),
            {{"a", "x" + d + "y\r\n--" + std::string(boundary, 0, 10)}}},
        {"a line of dashes is content", crlf({d, cd + "\"a\"", "", "----", "--", e}), {{"a", "----\r\n--"}}},
        {"repeated names are kept in order", crlf({d, cd + "\"r\"", "", "1", d, cd + "\"r\"", "", "2", e}),
            {{"r", "1"}, {"r", "2"}}},
    };
    for (const Case& c : cases) {
        auto result = parse_multipart(content_type, c.body);
        ASSERT_TRUE(result.ok()) << c.label << ": " << result.error().message;
        ASSERT_EQ(result->parts.size(), c.expected.size()) << c.label;
        for (std::size_t i = 0; i < c.expected.size(); ++i) {
            EXPECT_EQ(result->parts[i].name, c.expected[i].first) << c.label;
            EXPECT_EQ(result->parts[i].body, c.expected[i].second) << c.label;
        }
    }
}

TEST(Multipart, RefusesMalformedBodies)
{
    struct Case {
        std::string label;
        std::string body;
    };
    const std::string d = open_delimiter();
    const std::string e = close_delimiter();
    const std::string cd = "Content-Disposition: form-data; name=";
    const std::vector<Case> cases = {
        {"empty body", ""},
        {"no delimiter at all", "name=value"},
        {"missing final boundary", crlf({d, cd + "\"a\"", "", "1"})},
        {"missing final boundary after a complete part", crlf({d, cd + "\"a\"", "", "1", d, ""})},
        {"body stops after a delimiter", d},
        {"body stops in the headers", crlf({d, cd + "\"a\""})},
        {"boundary followed by other text inside content", crlf({d, cd + "\"a\"", "", "x", d + "X", "y", e})},
        {"LF line ends only", "--" + std::string(boundary) + "\n" + cd + "\"a\"\n\n1\n" + e + "\n"},
        {"LF between headers", crlf({d, cd + "\"a\"\nContent-Type: text/plain", "", "1", e})},
        {"lone CR in a header", crlf({d, cd + "\"a\"\rX: y", "", "1", e})},
        {"no headers", crlf({d, "", "1", e})},
        {"no Content-Disposition", crlf({d, "Content-Type: text/plain", "", "1", e})},
        {"disposition is not form-data", crlf({d, "Content-Disposition: attachment; name=\"a\"", "", "1", e})},
        {"no name", crlf({d, "Content-Disposition: form-data; filename=\"a.pdf\"", "", "1", e})},
        {"empty name", crlf({d, cd + "\"\"", "", "1", e})},
        {"repeated name parameter", crlf({d, cd + "\"a\"; name=\"b\"", "", "1", e})},
        {"unterminated quote", crlf({d, cd + "\"a", "", "1", e})},
        {"text after a quoted value", crlf({d, cd + "\"a\"x", "", "1", e})},
        {"parameter without value", crlf({d, cd, "", "1", e})},
        {"two Content-Disposition headers", crlf({d, cd + "\"a\"", cd + "\"b\"", "", "1", e})},
        {"two Content-Type headers", crlf({d, cd + "\"a\"", "Content-Type: text/plain", "Content-Type: text/html", "", "1", e})},
        {"folded header line", crlf({d, "Content-Disposition: form-data;", " name=\"a\"", "", "1", e})},
        {"NUL in a header", crlf({d, cd + "\"a\"", std::string("X-Bad: a\0b", 10), "", "1", e})},
        {"header line without a colon", crlf({d, cd + "\"a\"", "nonsense", "", "1", e})},
        {"space before the colon", crlf({d, "Content-Disposition : form-data; name=\"a\"", "", "1", e})},
        {"base64 transfer encoding", crlf({d, cd + "\"a\"", "Content-Transfer-Encoding: base64", "", "MQ==", e})},
        {"part type without a subtype", crlf({d, cd + "\"a\"; filename=\"x\"", "Content-Type: pdf", "", "1", e})},
        {"text field that is not UTF-8", crlf({d, cd + "\"a\"", "", "caf\xe9", e})},
        {"text field with NUL", crlf({d, cd + "\"a\"", "", std::string("a\0b", 3), e})},
        {"name that is not UTF-8", crlf({d, cd + "\"caf\xe9\"", "", "1", e})},
        {"filename* with an unknown charset", crlf({d, cd + "\"a\"; filename*=KOI8-R''x", "", "1", e})},
        {"filename* with a broken escape", crlf({d, cd + "\"a\"; filename*=UTF-8''%E", "", "1", e})},
        {"text between the close delimiter's dashes", crlf({d, cd + "\"a\"", "", "1", d + "x--"})},
    };
    for (const Case& c : cases) {
        auto result = parse_multipart(content_type, c.body);
        ASSERT_FALSE(result.ok()) << c.label;
        EXPECT_EQ(result.error().kind, ErrorKind::BadRequest) << c.label << ": " << result.error().message;
        EXPECT_FALSE(result.error().message.empty()) << c.label;
    }
}

TEST(Multipart, AFilePartMayHoldAnyBytesAndAnEmptyFileInputIsAFile)
{
    const std::string d = open_delimiter();
    const std::string e = close_delimiter();
    const std::string binary("caf\xe9\0\x01\xff", 7);
    auto result = parse_multipart(content_type,
        crlf({d, "Content-Disposition: form-data; name=\"f\"; filename=\"a.bin\"", "", binary, d,
            "Content-Disposition: form-data; name=\"vide\"; filename=\"\"", "Content-Type: application/octet-stream", "",
            "", e}));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->parts.size(), 2u);
    EXPECT_EQ(result->parts[0].body, binary);
    EXPECT_EQ(result->parts[0].content_type, "");
    ASSERT_TRUE(result->parts[1].is_file());
    EXPECT_EQ(*result->parts[1].file_name, "fichier");
    EXPECT_TRUE(result->parts[1].body.empty());
    EXPECT_TRUE(result->fields().fields().empty());
}

TEST(Multipart, ReadsThePartTypeAndTheExtendedFileName)
{
    const std::string d = open_delimiter();
    const std::string e = close_delimiter();
    auto result = parse_multipart(content_type,
        crlf({d, "Content-Disposition: form-data; name=\"f\"; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20final.pdf",
            "Content-Type: Application/PDF; name=x", "", "1", d,
            "Content-Disposition: form-data; name=\"g\"; filename*=iso-8859-1'fr'caf%E9.txt", "", "2", d,
            "Content-Disposition: form-data; name=\"h\"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", "", "3", e}));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(*result->parts[0].file_name, "résumé final.pdf");
    EXPECT_EQ(result->parts[0].content_type, "application/pdf");
    EXPECT_EQ(*result->parts[1].file_name, "café.txt");
    EXPECT_EQ(*result->parts[2].file_name, "passwd");
    EXPECT_EQ(result->files("f").size(), 1u);
}

TEST(Multipart, KeepsHostileFileNamesAwayFromPaths)
{
    const std::string d = open_delimiter();
    const std::string e = close_delimiter();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"../../../etc/passwd", "passwd"},
        {"..\\\\..\\\\windows\\\\win.ini", "win.ini"},  // quoted-string escapes give ..\..\windows\win.ini
        {"C:\\\\Users\\\\Jean\\\\CV.pdf", "CV.pdf"},
        {"..", "fichier"},
        {".env", "env"},
        {"rapport\t.pdf", "rapport.pdf"},
        {"facture\xe2\x80\xae" "fdp.exe", "facturefdp.exe"},  // U+202E RIGHT-TO-LEFT OVERRIDE
    };
    for (const auto& [sent, expected] : cases) {
        auto result = parse_multipart(content_type,
            crlf({d, "Content-Disposition: form-data; name=\"f\"; filename=\"" + sent + "\"", "", "x", e}));
        ASSERT_TRUE(result.ok()) << sent << ": " << result.error().message;
        EXPECT_EQ(*result->parts[0].file_name, expected) << sent;
    }
}

TEST(Multipart, EnforcesItsLimits)
{
    MultipartLimits limits;
    limits.max_parts = 3;
    limits.max_part_header_bytes = 200;
    limits.max_body_bytes = 2000;
    limits.max_field_bytes = 100;

    const auto parse = [&](const std::string& body) { return parse_multipart(content_type, body, limits); };
    const auto expect_too_large = [&](const std::string& label, const std::string& body) {
        auto result = parse(body);
        ASSERT_FALSE(result.ok()) << label;
        EXPECT_EQ(result.error().kind, ErrorKind::TooLarge) << label << ": " << result.error().message;
    };

    // Parts: exactly the limit passes, one more does not.
    EXPECT_TRUE(parse(body_of({field("a", "1"), field("b", "2"), field("c", "3")})).ok());
    expect_too_large("parts", body_of({field("a", "1"), field("b", "2"), field("c", "3"), field("d", "4")}));

    // Header bytes of one part, up to the empty line.
    const std::string disposition = "Content-Disposition: form-data; name=\"a\"";
    const std::string pad_at_limit = "X-Pad: " + std::string(200 - disposition.size() - 2 - 7, 'p');
    EXPECT_TRUE(parse(body_of({TestPart{{disposition, pad_at_limit}, "1"}})).ok());
    expect_too_large("headers", body_of({TestPart{{disposition, pad_at_limit + "p"}, "1"}}));
    expect_too_large("headers without their empty line",
        open_delimiter() + "\r\n" + disposition + "\r\nX-Pad: " + std::string(1500, 'p'));

    // Text fields are bounded; files only by the whole body.
    EXPECT_TRUE(parse(body_of({field("a", std::string(100, 'x'))})).ok());
    expect_too_large("field", body_of({field("a", std::string(101, 'x'))}));
    EXPECT_TRUE(parse(body_of({file("f", "a.txt", "text/plain", std::string(1500, 'x'))})).ok());

    // The whole body.
    expect_too_large("body", body_of({file("f", "a.txt", "text/plain", std::string(2000, 'x'))}));
}

TEST(Multipart, WorksWithABoundaryAlreadyKnown)
{
    auto result = parse_multipart_with_boundary(boundary, body_of({field("a", "1")}));
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->fields().get("a"), "1");
    EXPECT_FALSE(parse_multipart_with_boundary("", "--\r\n").ok());
    EXPECT_FALSE(parse_multipart_with_boundary(std::string(71, 'b'), "").ok());
}

TEST(SanitizeFileName, StripsPathsControlsAndTricks)
{
    struct Case {
        std::string raw;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"Budget prévisionnel 2026.xlsx", "Budget prévisionnel 2026.xlsx"},
        {"../../etc/passwd", "passwd"},
        {"..\\..\\windows\\system32\\cmd.exe", "cmd.exe"},
        {"C:\\Users\\Jean\\CV.pdf", "CV.pdf"},
        {"/absolute/path/", "fichier"},
        {"dossier/", "fichier"},
        {"", "fichier"},
        {".", "fichier"},
        {"..", "fichier"},
        {"...", "fichier"},
        {".htaccess", "htaccess"},
        {" . .bashrc", "bashrc"},
        {"rapport.pdf. . ", "rapport.pdf"},
        {std::string("a\0b\x1f\x7f.pdf", 9), "ab.pdf"},
        {"report\r\nSet-Cookie: x.pdf", "reportSet-Cookie_ x.pdf"},
        {"a<b>c:d\"e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt"},
        {"facture\xe2\x80\xae" "fdp.exe", "facturefdp.exe"},        // U+202E override
        {"\xe2\x81\xa6x\xe2\x81\xa9.pdf", "x.pdf"},              // U+2066 … U+2069 isolate
        {"zero\xe2\x80\x8bwidth\xef\xbb\xbf.txt", "zerowidth.txt"},  // U+200B and U+FEFF
        {"next\xc2\x85line.txt", "nextline.txt"},                // U+0085 (C1 control)
        {"sep\xe2\x80\xa8.txt", "sep.txt"},                      // U+2028 line separator
        {"\xff\xfe.pdf", "\xef\xbf\xbd\xef\xbf\xbd.pdf"},        // invalid UTF-8 → U+FFFD
        {"\xc0\xaf.pdf", "\xef\xbf\xbd\xef\xbf\xbd.pdf"},        // overlong '/' is not a separator
        {"tag\xf3\xa0\x80\x81.pdf", "tag.pdf"},                  // U+E0001 language tag
        {"\xe2\x80\xae", "fichier"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(sanitize_file_name(c.raw), c.expected) << c.raw;
}

TEST(SanitizeFileName, CutsLongNamesAndKeepsTheExtension)
{
    const std::string long_name = sanitize_file_name(std::string(300, 'a') + ".pdf");
    EXPECT_EQ(long_name.size(), max_file_name_bytes);
    EXPECT_EQ(long_name, std::string(max_file_name_bytes - 4, 'a') + ".pdf");

    std::string accents;
    for (int i = 0; i < 200; ++i)
        accents += "é";
    const std::string cut = sanitize_file_name(accents + ".odt");
    EXPECT_LE(cut.size(), max_file_name_bytes);
    EXPECT_TRUE(is_clean_utf8(cut));
    EXPECT_EQ(cut.substr(cut.size() - 4), ".odt");

    const std::string long_extension = sanitize_file_name("a." + std::string(300, 'b'));
    EXPECT_EQ(long_extension.size(), max_file_name_bytes);
    EXPECT_EQ(long_extension.substr(0, 2), "a.");

    // A cut that ends on dots or blanks does not leave them before the extension.
    const std::string dotted = sanitize_file_name(std::string(170, 'a') + " . . . . . . . . . . . . .pdf");
    EXPECT_EQ(dotted, std::string(170, 'a') + ".pdf");
}

TEST(SanitizeFileName, IsSafeAndStableForAwkwardInputs)
{
    const std::vector<std::string> inputs = {"../", "\\\\server\\share\\x", "..\xe2\x80\xae/..", std::string(1000, '.'),
        std::string(1000, '/'), "a/b\\c/d", std::string(400, '\xff'), "\xf0\x9f\x90\x9d abeille.png"};
    for (const std::string& input : inputs) {
        const std::string name = sanitize_file_name(input);
        EXPECT_FALSE(name.empty());
        EXPECT_LE(name.size(), max_file_name_bytes);
        EXPECT_TRUE(is_clean_utf8(name)) << input;
        EXPECT_EQ(name.find_first_of("/\\\r\n\t"), std::string::npos) << input;
        EXPECT_NE(name.front(), '.') << input;
        EXPECT_EQ(sanitize_file_name(name), name) << input;
    }
}
