// Attachments of a dossier: the count limit, download headers, and no file left in the store
// once nothing names it. The call and the dossiers are written by SQL (labelling_fixtures).
// Hostile uploads (types read from the content, oversized files and bodies, file names) are
// tests/security/upload_test.cpp.

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
    // A fresh file may belong to an upload about to commit: the sweep leaves it for a later day.
    labelling::sweep_dossier_files(TestPlatform::instance().config(), *lease);
    EXPECT_TRUE(store().contains(orphan->hash));
    auto orphan_path = store().root() / orphan->hash.substr(0, 2) / orphan->hash.substr(2, 2) / orphan->hash;
    ASSERT_TRUE(std::filesystem::exists(orphan_path)) << orphan_path;
    std::filesystem::last_write_time(orphan_path, std::filesystem::file_time_type::clock::now() - std::chrono::hours(2));
    EXPECT_GE(labelling::sweep_dossier_files(TestPlatform::instance().config(), *lease), 1u);
    EXPECT_FALSE(store().contains(orphan->hash));
    EXPECT_TRUE(store().contains(kept_hash));
}

} // namespace
} // namespace essaim::test
