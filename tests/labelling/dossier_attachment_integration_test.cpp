// Attachments of a dossier: size and count limits, types read from the content, download
// headers, and no file left in the store once nothing names it. The call and the dossiers are
// written by SQL (labelling_fixtures).

#include "dossier_test_support.hpp"

#include "files/attachment_store.hpp"
#include "labelling/dossier_attachment.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

struct Cast {
    Actor applicant = auth_support::signed_in_actor("pieces-candidat");
    long long organisation = published_organisation(applicant, "Ruche des pièces jointes");
    long long call = call_with_form("Appel du test des pièces");
};

Cast& cast()
{
    static Cast instance;
    return instance;
}

files::AttachmentStore store() { return labelling::dossier_file_store(TestPlatform::instance().config()); }

std::string d(long long id) { return "/dossiers/" + std::to_string(id); }

long long draft() { return dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "brouillon"); }

TEST(DossierAttachments, LargeFileIsStoredAndServedAsADownload)
{
    auto dossier = draft();
    auto bytes = pdf_bytes(1536 * 1024);  // 1.5 MiB
    auto response = post_multipart(cast().applicant.client, d(dossier) + "/pieces", {}, {{"fichier", "Bilan 2025.pdf", bytes}});
    ASSERT_EQ(response.status, 303) << response.body.substr(0, 300);
    auto piece = count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", dossier);
    auto hash = query_text("SELECT sha256 FROM dossier_attachments WHERE id = :id", piece);
    EXPECT_TRUE(store().contains(hash));
    EXPECT_EQ(query_text("SELECT content_type FROM dossier_attachments WHERE id = :id", piece), "application/pdf");

    auto download = cast().applicant.client.get(d(dossier) + "/pieces/" + std::to_string(piece));
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(download.body, bytes);
    EXPECT_EQ(download.header("content-type").value_or(""), "application/pdf");
    EXPECT_EQ(download.header("content-disposition").value_or("").rfind("attachment;", 0), 0u);
    EXPECT_NE(download.header("content-disposition").value_or("").find("Bilan"), std::string::npos);
    EXPECT_EQ(download.header("x-content-type-options").value_or(""), "nosniff");
}

TEST(DossierAttachments, BeyondTenMebibytesIs413)
{
    auto dossier = draft();
    auto response = post_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
        {{"fichier", "trop-gros.pdf", pdf_bytes(10 * 1024 * 1024 + 10)}});
    EXPECT_EQ(response.status, 413);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", dossier), 0);
}

TEST(DossierAttachments, TypeComesFromTheContentNotTheName)
{
    auto dossier = draft();
    std::string executable = "MZ\x90";
    executable += std::string("\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", 11);
    executable += std::string(200, '\x01');
    auto refused = post_multipart(cast().applicant.client, d(dossier) + "/pieces", {}, {{"fichier", "statuts.pdf", executable}});
    EXPECT_EQ(refused.status, 415);
    auto markup = post_multipart(cast().applicant.client, d(dossier) + "/pieces", {},
        {{"fichier", "lisez-moi.txt", "<html><script>alert(1)</script></html>"}}, true);
    EXPECT_EQ(markup.status, 415);
    EXPECT_EQ(markup.header("content-type").value_or(""), "application/problem+json");
    // With the form, the refusal is a field error and the answers are kept.
    auto form = post_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Présentation gardée malgré l’erreur"}, {"action", "brouillon"}},
        {{"fichier_statuts", "statuts.pdf", executable}});
    EXPECT_EQ(form.status, 422);
    EXPECT_NE(form.body.find("fichier_statuts"), std::string::npos);
    EXPECT_NE(form.body.find("Présentation gardée malgré l’erreur"), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", dossier), 0);
    // A plain text file is fine.
    auto text = post_multipart(cast().applicant.client, d(dossier) + "/pieces", {}, {{"fichier", "notes.txt", "Des notes.\n"}});
    EXPECT_EQ(text.status, 303);
}

TEST(DossierAttachments, AtMostTwentyFiles)
{
    auto dossier = draft();
    for (int i = 0; i < 20; ++i)
        attachment_row(dossier, "");
    auto response = post_multipart(cast().applicant.client, d(dossier) + "/pieces", {}, {{"fichier", "vingt-et-un.txt", "21\n"}});
    EXPECT_EQ(response.status, 413);
}

TEST(DossierAttachments, RemovalAndDraftDeletionLeaveNoFile)
{
    auto dossier = draft();
    std::string unique = "Fichier propre au test de suppression " + std::to_string(dossier) + "\n";
    ASSERT_EQ(post_multipart(cast().applicant.client, d(dossier) + "/pieces", {}, {{"fichier", "a.txt", unique}}).status, 303);
    auto piece = count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", dossier);
    auto hash = query_text("SELECT sha256 FROM dossier_attachments WHERE id = :id", piece);
    ASSERT_TRUE(store().contains(hash));
    // Another dossier shares the same content: the file stays while that row exists.
    auto second = draft();
    ASSERT_EQ(post_multipart(cast().applicant.client, d(second) + "/pieces", {}, {{"fichier", "b.txt", unique}}).status, 303);

    auto removed = cast().applicant.client.post_form(d(dossier) + "/pieces/" + std::to_string(piece) + "/supprimer", {});
    EXPECT_EQ(removed.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", dossier), 0);
    EXPECT_TRUE(store().contains(hash));

    auto deleted = cast().applicant.client.post_form(d(second) + "/supprimer", {});
    EXPECT_EQ(deleted.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", second), 0);
    EXPECT_FALSE(store().contains(hash));
    EXPECT_EQ(cast().applicant.client.get(d(second)).status, 404);

    // Only drafts are deleted.
    auto deposited = dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "depose");
    EXPECT_EQ(cast().applicant.client.post_form(d(deposited) + "/supprimer", {}).status, 409);
}

TEST(DossierAttachments, DailySweepRemovesFilesNoRowNames)
{
    auto dossier = draft();
    std::string kept = "Fichier gardé par le balayage " + std::to_string(dossier) + "\n";
    ASSERT_EQ(post_multipart(cast().applicant.client, d(dossier) + "/pieces", {}, {{"fichier", "garde.txt", kept}}).status, 303);
    auto kept_hash = query_text("SELECT sha256 FROM dossier_attachments WHERE dossier_id = :id", dossier);
    // A file stored without its row, as a crash between the store and the commit leaves it.
    auto orphan = store().store("Fichier orphelin du balayage " + std::to_string(dossier) + "\n");
    ASSERT_TRUE(orphan.ok());
    ASSERT_TRUE(store().contains(orphan->hash));

    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    EXPECT_GE(labelling::sweep_dossier_files(TestPlatform::instance().config(), *lease), 1u);
    EXPECT_FALSE(store().contains(orphan->hash));
    EXPECT_TRUE(store().contains(kept_hash));
}

} // namespace
} // namespace essaim::test
