// A downloaded attachment's name ends with the extension of the type detected at upload, the type
// it is served as: `note.html` accepted as plain text comes back as `note.txt`, so that the
// person's system never opens it with a browser because of a name the uploader chose.

#include "labelling/dossier_test_support.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

struct DownloadCast {
    Actor applicant = auth_support::signed_in_actor("nom-telechargement-candidat");
    long long organisation = published_organisation(applicant, "Ruche des noms de fichiers");
    long long call = call_with_form("Appel du test des noms de fichiers");
};

DownloadCast& cast()
{
    static DownloadCast instance;
    return instance;
}

TEST(DownloadName, AttachmentIsServedUnderTheExtensionOfItsDetectedType)
{
    auto dossier = dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "brouillon");
    const std::string base = "/dossiers/" + std::to_string(dossier) + "/pieces";
    const std::string jpeg = std::string("\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01", 13) + std::string(64, '\x20');
    struct Case {
        std::string uploaded_as;
        std::string bytes;
        std::string media_type;
        std::string served_as;
    };
    const std::vector<Case> cases = {
        {"note.html", "Compte rendu\n<b>pas du HTML pour le navigateur</b>\n", "text/plain", "note.txt"},
        {"photo.PDF", pdf_bytes(), "application/pdf", "photo.pdf"},
        {"statuts.pdf", pdf_bytes(), "application/pdf", "statuts.pdf"},
        {"portrait.png", jpeg, "image/jpeg", "portrait.jpg"},
        {"budget", pdf_bytes(), "application/pdf", "budget.pdf"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.uploaded_as);
        auto posted = post_multipart(cast().applicant.client, base, {}, {{"fichier", c.uploaded_as, c.bytes}});
        ASSERT_EQ(posted.status, 303) << posted.body.substr(0, 300);
        auto piece = count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", dossier);
        // The record keeps the name as given; only the download's name follows the type.
        EXPECT_EQ(query_text("SELECT file_name FROM dossier_attachments WHERE id = :id", piece), c.uploaded_as);
        auto download = cast().applicant.client.get(base + "/" + std::to_string(piece));
        ASSERT_EQ(download.status, 200);
        EXPECT_EQ(download.header("content-type").value_or("").rfind(c.media_type, 0), 0u);
        EXPECT_EQ(download.header("content-disposition").value_or(""),
            "attachment; filename=\"" + c.served_as + "\"; filename*=UTF-8''" + c.served_as);
        EXPECT_EQ(download.body, c.bytes);
    }
}

} // namespace
} // namespace essaim::test
