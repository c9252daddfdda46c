// Personal data (RGPD): a member sees and downloads everything held about them, and nothing of
// anyone else; once they delete their account, their e-mail and name are found nowhere — not in
// any text column of any table, not in the files under the var directory, not in the server log.

#include "../labelling/dossier_test_support.hpp"

#include "core/log.hpp"
#include "files/attachment_store.hpp"
#include "labelling/dossier_attachment.hpp"
#include "mail/outbox.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

// A member with a name of their own (the shared helper names every account "Compte de test").
struct Member {
    std::string email;
    std::string name;
    long long user_id = 0;
    HttpClient client;
    Actor actor() const { return Actor{email, user_id, client}; }
};

Member make_member(const std::string& prefix, const std::string& name)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email(prefix);
    auto& services = platform.platform().services();
    long long id = 0;
    {
        auto lease = services.pool.acquire();
        auto created = auth::create_confirmed_user(services, *lease, email, name, auth_support::password, {});
        EXPECT_TRUE(created.ok());
        id = created.ok() ? created.value() : 0;
    }
    Member member{email, name, id, HttpClient(platform.port())};
    EXPECT_EQ(auth_support::sign_in(member.client, email).status, 303);
    return member;
}

std::string lower_ascii(std::string text)
{
    for (auto& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

void enqueue_mail(const std::string& to, const std::string& subject, const std::string& text)
{
    auto& platform = TestPlatform::instance();
    auto lease = platform.platform().services().pool.acquire();
    mail::enqueue(*lease, platform.clock(), mail::Message{to, subject, text});
}

// What a member leaves behind: an organisation they alone belong to (published), a project, a
// draft with a file, a deposited dossier under instruction, an opinion given as an expert on
// another organisation's dossier, a claim, a failed sign-in and e-mails.
struct Footprint {
    long long organisation = 0;
    long long project = 0;
    long long draft = 0;
    long long deposited = 0;
    long long review = 0;
    std::string draft_file_hash;
    std::string organisation_name;
};

Footprint leave_footprint(Member& member, const Member& other, const std::string& tag)
{
    Footprint footprint;
    footprint.organisation_name = "Ruche " + tag;
    footprint.organisation = published_organisation(member.actor(), footprint.organisation_name);
    footprint.project = insert_returning_id(
        "INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, status, created_at, updated_at, created_by) "
        "VALUES (" + std::to_string(footprint.organisation) + ", " + quoted("Projet " + tag) + ", "
        + quoted("Porté par " + member.name + ", contact " + member.email) + ", 'ideation', 'essaimage', 'publiee', 0, 0, "
        + std::to_string(member.user_id) + ") RETURNING id");
    auto call = call_with_form("Appel " + tag);
    footprint.draft = dossier_in_state(call, footprint.organisation, member.user_id, "brouillon");
    auto upload = post_multipart(member.client, "/dossiers/" + std::to_string(footprint.draft) + "/pieces", {},
        {{"fichier", "piece-" + tag + ".txt", "Pièce de " + member.name + " <" + member.email + ">\n"}});
    EXPECT_EQ(upload.status, 303) << upload.body.substr(0, 300);
    footprint.draft_file_hash = query_text("SELECT sha256 FROM dossier_attachments WHERE dossier_id = :id", footprint.draft);
    footprint.deposited = dossier_in_state(call, footprint.organisation, member.user_id, "en_instruction");
    auth_support::execute_sql("UPDATE dossiers SET answers_json = "
        + quoted(R"({"presentation":"Contact : )" + member.name + " " + member.email + R"("})") + " WHERE id = "
        + std::to_string(footprint.deposited));
    auth_support::execute_sql("INSERT INTO dossier_messages (dossier_id, author_user_id, visibility, body, created_at) VALUES ("
        + std::to_string(footprint.deposited) + ", " + std::to_string(member.user_id) + ", 'echange', "
        + quoted("Signé " + member.name) + ", 0)");

    // An opinion on another organisation's dossier.
    auto others = published_organisation(other.actor(), "Ruche voisine " + tag);
    auto their_dossier = dossier_in_state(call, others, other.user_id, "en_instruction");
    footprint.review = review_request(their_dossier, member.user_id, "rendu");
    auth_support::execute_sql("UPDATE reviews SET recommendation = 'favorable', comment = "
        + quoted("Avis de " + member.name + " : solide.") + " WHERE id = " + std::to_string(footprint.review));
    auth_support::execute_sql("INSERT INTO organisation_claims (organisation_id, user_id, message, created_at) VALUES ("
        + std::to_string(others) + ", " + std::to_string(member.user_id) + ", " + quoted("Je suis " + member.name) + ", 0)");

    // A failed sign-in from another browser, and mails: to them, and one to someone else quoting them.
    HttpClient stranger(TestPlatform::instance().port());
    EXPECT_NE(auth_support::sign_in(stranger, member.email, "pas le bon mot de passe").status, 303);
    enqueue_mail(member.email, "Bienvenue", "Bonjour " + member.name + ",\nvotre organisation est publiée.\n");
    enqueue_mail(other.email, "Nouvelle demande", "Demande de rattachement de " + member.email + ".\n");
    TestPlatform::instance().wait_for_mail(member.email);
    auth_support::wait_for_mail_with(other.email, member.email);
    return footprint;
}

// stderr (where spdlog's logger writes) redirected to a file while alive, at level info.
class LogCapture {
public:
    explicit LogCapture(std::filesystem::path path)
        : m_path(std::move(path))
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        int file = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(file, 2);
        ::close(file);
        core::log::set_level("info");
    }
    ~LogCapture() { stop(); }
    std::string stop()
    {
        if (m_saved >= 0) {
            core::log::set_level("warn");
            std::fflush(stderr);
            ::dup2(m_saved, 2);
            ::close(m_saved);
            m_saved = -1;
        }
        std::ifstream in(m_path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

private:
    std::filesystem::path m_path;
    int m_saved = -1;
};

struct SearchFigures {
    long long tables = 0;
    long long columns = 0;
    long long rows = 0;
    long long cells = 0;
    std::vector<std::string> hits;  //!< "table.column" per needle found
};

// Every column of every table, read as text, searched (ignoring ASCII case) for each needle.
SearchFigures search_database(const std::vector<std::string>& needles)
{
    auto& platform = TestPlatform::instance();
    auto lease = platform.platform().services().pool.acquire();
    auto& sql = lease->sql();
    std::vector<std::pair<std::string, std::string>> columns;
    std::vector<std::string> tables;
    std::string table;
    std::string column;
    if (!platform.is_postgres()) {
        soci::statement listing = (sql.prepare << "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            soci::into(table));
        listing.execute();
        while (listing.fetch())
            tables.push_back(table);
        for (const auto& name : tables) {
            soci::statement fields = (sql.prepare << "SELECT name FROM pragma_table_info(:t)", soci::use(name), soci::into(column));
            fields.execute();
            while (fields.fetch())
                columns.emplace_back(name, column);
        }
    } else {
        soci::statement listing = (sql.prepare << "SELECT table_name, column_name FROM information_schema.columns "
                                                  "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
            soci::into(table), soci::into(column));
        listing.execute();
        while (listing.fetch()) {
            columns.emplace_back(table, column);
            if (tables.empty() || tables.back() != table)
                tables.push_back(table);
        }
    }
    SearchFigures figures;
    figures.tables = static_cast<long long>(tables.size());
    figures.columns = static_cast<long long>(columns.size());
    for (const auto& name : tables) {
        long long rows = 0;
        sql << "SELECT COUNT(*) FROM \"" + name + "\"", soci::into(rows);
        figures.rows += rows;
        for (const auto& [t, c] : columns)
            if (t == name)
                figures.cells += rows;
    }
    for (const auto& needle : needles) {
        auto lowered = lower_ascii(needle);
        for (const auto& [t, c] : columns) {
            auto query = platform.is_postgres()
                ? "SELECT COUNT(*) FROM \"" + t + "\" WHERE strpos(lower(CAST(\"" + c + "\" AS TEXT)), :needle) > 0"
                : "SELECT COUNT(*) FROM \"" + t + "\" WHERE instr(lower(CAST(\"" + c + "\" AS TEXT)), :needle) > 0";
            long long found = 0;
            sql << query, soci::use(lowered), soci::into(found);
            if (found > 0)
                figures.hits.push_back(t + "." + c + " (" + needle + ")");
        }
    }
    return figures;
}

struct FileFigures {
    long long files = 0;
    long long bytes = 0;
    std::vector<std::string> hits;
};

// Every file under the var directory (attachments, .eml mails, anything else), except the SQLite
// database itself, searched through SQL above.
FileFigures search_files(const std::vector<std::string>& needles)
{
    FileFigures figures;
    std::error_code error;
    for (const auto& entry :
        std::filesystem::recursive_directory_iterator(TestPlatform::instance().config().var_dir, error)) {
        if (!entry.is_regular_file() || entry.path().filename().string().rfind("essaim.db", 0) == 0)
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        auto text = lower_ascii(content.str());
        ++figures.files;
        figures.bytes += static_cast<long long>(text.size());
        for (const auto& needle : needles)
            if (text.find(lower_ascii(needle)) != std::string::npos)
                figures.hits.push_back(entry.path().string() + " (" + needle + ")");
    }
    return figures;
}

std::string tag() { return std::to_string(::getpid()); }

TEST(PersonalData, ExportHoldsEverythingAboutTheMemberAndNothingOfOthers)
{
    auto member = make_member("rgpd-export", "Zéphyrine Quastenbeck " + tag());
    auto other = make_member("rgpd-export-autre", "Anatole Brindesalle " + tag());
    auto footprint = leave_footprint(member, other, "export " + tag());

    auto download = member.client.get("/compte/mes-donnees.json");
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(download.header("content-type").value_or("").rfind("application/json", 0), 0u);
    EXPECT_EQ(download.header("content-disposition").value_or("").rfind("attachment;", 0), 0u);
    auto json = boost::json::parse(download.body).as_object();
    EXPECT_EQ(json.at("compte").at("adresse_electronique").as_string(), member.email);
    EXPECT_EQ(json.at("compte").at("nom_affiche").as_string(), member.name);
    EXPECT_GE(json.at("sessions").as_array().size(), 1u);
    EXPECT_EQ(json.at("organisations").as_array().at(0).at("nom").as_string(), footprint.organisation_name);
    EXPECT_EQ(json.at("projets").as_array().size(), 1u);
    std::set<long long> dossiers;
    for (const auto& dossier : json.at("dossiers").as_array())
        dossiers.insert(dossier.at("id").as_int64());
    EXPECT_EQ(dossiers, (std::set<long long>{footprint.draft, footprint.deposited}));
    bool piece_listed = false;
    for (const auto& dossier : json.at("dossiers").as_array())
        for (const auto& piece : dossier.at("pieces").as_array())
            piece_listed = piece_listed || piece.at("nom").as_string() == "piece-export " + tag() + ".txt";
    EXPECT_TRUE(piece_listed);
    ASSERT_EQ(json.at("avis_d_expert").as_array().size(), 1u);
    EXPECT_EQ(json.at("avis_d_expert").as_array().at(0).at("avis").as_string(), "favorable");
    EXPECT_EQ(json.at("demandes_de_rattachement").as_array().size(), 1u);
    EXPECT_EQ(json.at("messages").as_array().size(), 1u);
    bool failure_listed = false;
    for (const auto& entry : json.at("journal_de_securite").as_array())
        failure_listed = failure_listed || entry.at("action").as_string() == "auth.sign_in_failed";
    EXPECT_TRUE(failure_listed);
    // Nothing about the other member, even though the review is on their dossier.
    EXPECT_FALSE(auth_support::contains(download.body, other.email));
    EXPECT_FALSE(auth_support::contains(download.body, other.name));

    auto page = member.client.get("/compte/mes-donnees");
    ASSERT_EQ(page.status, 200);
    for (const auto& expected : {member.email, member.name, footprint.organisation_name, "Projet export " + tag(),
             "piece-export " + tag() + ".txt", std::string("Échec de connexion"), std::string("Avis demandés")})
        EXPECT_TRUE(auth_support::contains(page.body, expected)) << expected;
    EXPECT_TRUE(auth_support::contains(page.body, "/dossiers/" + std::to_string(footprint.draft) + "/pieces/"));
    EXPECT_FALSE(auth_support::contains(page.body, other.email));
    EXPECT_FALSE(auth_support::contains(page.body, other.name));

    // Signed out: neither the page nor the download.
    HttpClient visitor(TestPlatform::instance().port());
    EXPECT_NE(visitor.get("/compte/mes-donnees.json").status, 200);
    EXPECT_NE(visitor.get("/compte/mes-donnees").status, 200);
    EXPECT_NE(visitor.get("/compte/suppression").status, 200);
}

TEST(PersonalData, DeletionNeedsThePasswordAndTheConfirmation)
{
    auto member = make_member("rgpd-refus", "Philomène Garandeau " + tag());
    auto form = member.client.get("/compte/suppression");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(auth_support::contains(form.body, "name=\"csrf_token\""));

    auto unconfirmed = member.client.post_form("/compte/suppression", {{"password", auth_support::password}});
    EXPECT_EQ(unconfirmed.status, 422);
    EXPECT_TRUE(auth_support::contains(unconfirmed.body, "id=\"confirmation-erreur\""));
    auto wrong = member.client.post_form("/compte/suppression", {{"password", "pas le bon"}, {"confirmation", "oui"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(auth_support::contains(wrong.body, "id=\"password-erreur\""));
    auto forged = member.client.post_form("/compte/suppression",
        {{"password", auth_support::password}, {"confirmation", "oui"}}, false);
    EXPECT_EQ(forged.status, 403);
    EXPECT_EQ(query_text("SELECT email FROM users WHERE id = :id", member.user_id), member.email);
    EXPECT_EQ(member.client.get("/compte").status, 200);
}

TEST(PersonalData, DeletedMemberLeavesNoEmailOrNameInDatabaseFilesOrLog)
{
    auto& platform = TestPlatform::instance();
    auto log_path = std::filesystem::temp_directory_path() / ("essaim-rgpd-log-" + tag() + ".txt");
    LogCapture capture(log_path);

    auto member = make_member("rgpd-suppression", "Zéphyrine Quastenbeck-Ollivier " + tag());
    auto other = make_member("rgpd-suppression-autre", "Anatole Brindesalle-Ollivier " + tag());
    auto footprint = leave_footprint(member, other, "suppression " + tag());
    auto store = labelling::dossier_file_store(platform.config());
    ASSERT_TRUE(store.contains(footprint.draft_file_hash));
    std::vector<std::string> needles{member.email, member.name};
    ASSERT_FALSE(search_database(needles).hits.empty()) << "the search must see what it looks for";

    auto deleted = member.client.post_form("/compte/suppression", {{"password", auth_support::password}, {"confirmation", "oui"}});
    ASSERT_EQ(deleted.status, 303) << deleted.body.substr(0, 500);
    EXPECT_EQ(deleted.header("location").value_or(""), "/compte/suppression/effectuee");
    auto done = member.client.get("/compte/suppression/effectuee");
    EXPECT_EQ(done.status, 200);
    EXPECT_TRUE(auth_support::contains(done.body, "Votre compte est supprimé"));
    EXPECT_NE(member.client.get("/compte").status, 200);

    // Theirs alone: gone. Others': kept, under the pseudonym.
    auto pseudonym = "compte supprimé n°" + std::to_string(member.user_id);
    EXPECT_EQ(query_text("SELECT email FROM users WHERE id = :id", member.user_id), pseudonym);
    EXPECT_EQ(query_text("SELECT password_hash FROM users WHERE id = :id", member.user_id), "");
    EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE user_id = :id", member.user_id), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM organisation_memberships WHERE user_id = :id", member.user_id), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", footprint.draft), 0);
    EXPECT_FALSE(store.contains(footprint.draft_file_hash));
    EXPECT_EQ(query_text("SELECT state FROM dossiers WHERE id = :id", footprint.deposited), "en_instruction");
    EXPECT_TRUE(auth_support::contains(
        query_text("SELECT answers_json FROM dossiers WHERE id = :id", footprint.deposited), pseudonym));
    EXPECT_EQ(query_text("SELECT status FROM organisations WHERE id = :id", footprint.organisation), "publiee");
    EXPECT_EQ(query_text("SELECT recommendation FROM reviews WHERE id = :id", footprint.review), "favorable");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'privacy.account_erased' AND target_id = "
                    "CAST(:id AS TEXT)",
                  member.user_id),
        1);
    // The other member's mail is kept, without the address it quoted.
    EXPECT_GE(count("SELECT COUNT(*) FROM outbox WHERE recipient = (SELECT email FROM users WHERE id = :id)", other.user_id), 1);

    auto database = search_database(needles);
    auto files = search_files(needles);
    auto log = capture.stop();
    std::filesystem::remove(log_path);
    EXPECT_TRUE(database.hits.empty()) << ::testing::PrintToString(database.hits);
    EXPECT_TRUE(files.hits.empty()) << ::testing::PrintToString(files.hits);
    EXPECT_GT(log.size(), 0u) << "the log capture saw nothing";
    EXPECT_TRUE(auth_support::contains(log, "\"msg\":\"request\""));
    EXPECT_FALSE(auth_support::contains(lower_ascii(log), lower_ascii(member.email)));
    EXPECT_FALSE(auth_support::contains(lower_ascii(log), lower_ascii(member.name)));
    // Signing in with the old address fails (checked after the search: a failed attempt records the
    // address typed, which is then a stranger's input, not the erased account's data).
    HttpClient again(platform.port());
    EXPECT_NE(auth_support::sign_in(again, member.email).status, 303);
    // The other member's data is still there: the search is not blind.
    EXPECT_FALSE(search_database({other.email}).hits.empty());
    std::cout << "[ figures  ] database: " << database.tables << " tables, " << database.columns << " columns, "
              << database.rows << " rows, " << database.cells << " cells; files: " << files.files << " files, "
              << files.bytes << " bytes; log: " << log.size() << " bytes\n";
}

} // namespace
} // namespace essaim::test
