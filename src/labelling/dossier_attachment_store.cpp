#include "labelling/dossier_attachment_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::labelling {

namespace {

constexpr const char* columns
    = "id, dossier_id, field_key, file_name, content_type, size_bytes, sha256, uploaded_by, created_at";

// One row read into locals, then copied out.
struct RowBuffer {
    DossierAttachment row;
    long long uploaded_by = 0;
    soci::indicator uploaded_ind = soci::i_ok;

    void bind(soci::statement& statement)
    {
        statement.exchange(soci::into(row.id));
        statement.exchange(soci::into(row.dossier_id));
        statement.exchange(soci::into(row.field_key));
        statement.exchange(soci::into(row.file_name));
        statement.exchange(soci::into(row.content_type));
        statement.exchange(soci::into(row.size_bytes));
        statement.exchange(soci::into(row.sha256));
        statement.exchange(soci::into(uploaded_by, uploaded_ind));
        statement.exchange(soci::into(row.created_at));
    }
    DossierAttachment value() const
    {
        auto copy = row;
        copy.uploaded_by = uploaded_ind == soci::i_null ? 0 : uploaded_by;
        return copy;
    }
};

} // namespace

long long insert_attachment(db::Session& session, const DossierAttachment& attachment)
{
    auto row = attachment;
    soci::indicator uploaded_ind = row.uploaded_by == 0 ? soci::i_null : soci::i_ok;
    long long id = 0;
    session.sql() << "INSERT INTO dossier_attachments (dossier_id, field_key, file_name, content_type, size_bytes, sha256, "
                     "uploaded_by, created_at) VALUES (:dossier, :field, :name, :type, :size, :hash, :by, :at) RETURNING id",
        soci::use(row.dossier_id), soci::use(row.field_key), soci::use(row.file_name), soci::use(row.content_type),
        soci::use(row.size_bytes), soci::use(row.sha256), soci::use(row.uploaded_by, uploaded_ind), soci::use(row.created_at),
        soci::into(id);
    return id;
}

std::vector<DossierAttachment> list_attachments(db::Session& session, long long dossier_id)
{
    std::vector<DossierAttachment> attachments;
    RowBuffer buffer;
    soci::statement statement(session.sql());
    buffer.bind(statement);
    statement.exchange(soci::use(dossier_id));
    statement.alloc();
    statement.prepare(std::string("SELECT ") + columns + " FROM dossier_attachments WHERE dossier_id = :dossier ORDER BY id");
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch())
        attachments.push_back(buffer.value());
    return attachments;
}

std::optional<DossierAttachment> find_attachment(db::Session& session, long long dossier_id, long long attachment_id)
{
    RowBuffer buffer;
    soci::statement statement(session.sql());
    buffer.bind(statement);
    statement.exchange(soci::use(attachment_id));
    statement.exchange(soci::use(dossier_id));
    statement.alloc();
    statement.prepare(std::string("SELECT ") + columns
        + " FROM dossier_attachments WHERE id = :id AND dossier_id = :dossier");
    statement.define_and_bind();
    if (!statement.execute(true))
        return std::nullopt;
    return buffer.value();
}

int count_attachments(db::Session& session, long long dossier_id)
{
    int count = 0;
    session.sql() << "SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :dossier", soci::use(dossier_id),
        soci::into(count);
    return count;
}

void delete_attachment_row(db::Session& session, long long attachment_id)
{
    session.sql() << "DELETE FROM dossier_attachments WHERE id = :id", soci::use(attachment_id);
}

bool hash_referenced(db::Session& session, const std::string& sha256)
{
    int count = 0;
    session.sql() << "SELECT COUNT(*) FROM dossier_attachments WHERE sha256 = :hash", soci::use(sha256), soci::into(count);
    return count > 0;
}

std::set<std::string> referenced_hashes(db::Session& session)
{
    std::set<std::string> hashes;
    std::string hash;
    soci::statement statement = (session.sql().prepare << "SELECT DISTINCT sha256 FROM dossier_attachments",
        soci::into(hash));
    statement.execute();
    while (statement.fetch())
        hashes.insert(hash);
    return hashes;
}

} // namespace essaim::labelling
