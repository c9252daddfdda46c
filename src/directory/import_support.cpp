#include "directory/import_support.hpp"

#include "core/csv.hpp"
#include "db/session.hpp"
#include "directory/changes.hpp"
#include "directory/import_store.hpp"
#include "directory/organisation_store.hpp"
#include "directory/register_rows.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace essaim::directory {

std::string summary_text(const ImportCounts& counts)
{
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", counts.seconds);
    return "lues " + std::to_string(counts.read) + ", insérées " + std::to_string(counts.inserted) + ", mises à jour "
        + std::to_string(counts.updated) + ", inchangées " + std::to_string(counts.unchanged) + ", cessées "
        + std::to_string(counts.ceased) + ", ignorées " + std::to_string(counts.skipped) + ", rejetées "
        + std::to_string(counts.rejected) + ", " + seconds + " s";
}

std::string counts_json(const ImportCounts& counts)
{
    return "{\"read\":" + std::to_string(counts.read) + ",\"inserted\":" + std::to_string(counts.inserted)
        + ",\"updated\":" + std::to_string(counts.updated) + ",\"unchanged\":" + std::to_string(counts.unchanged)
        + ",\"ceased\":" + std::to_string(counts.ceased) + ",\"skipped\":" + std::to_string(counts.skipped)
        + ",\"rejected\":" + std::to_string(counts.rejected) + "}";
}

RejectReport::RejectReport(const std::string& path) : m_path(path)
{
    if (path.empty())
        return;
    m_output.open(path, std::ios::binary | std::ios::trunc);
    if (m_output.is_open())
        m_output << "fichier,ligne,motif,extrait\n";
}

void RejectReport::add(std::string_view file, long long line, std::string_view reason, std::string_view excerpt)
{
    if (!m_output.is_open())
        return;
    m_output << core::csv_format_record(
        {std::string(file), std::to_string(line), std::string(reason), std::string(excerpt)})
             << '\n';
}

ImportProgress::ImportProgress(std::ostream* output, std::string label, std::uint64_t total_bytes, ProgressStyle style)
    : m_output(output), m_label(std::move(label)), m_total_bytes(total_bytes), m_style(style),
      m_start(std::chrono::steady_clock::now()), m_last(m_start)
{
}

double ImportProgress::elapsed_seconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

void ImportProgress::update(const ImportCounts& counts, std::uint64_t bytes_read)
{
    if (m_output == nullptr)
        return;
    auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::seconds(1))
        return;
    draw(counts, bytes_read, now);
}

void ImportProgress::finish(const ImportCounts& counts, std::uint64_t bytes_read)
{
    if (m_output == nullptr || m_style != ProgressStyle::InPlace || !m_drawn)
        return;
    draw(counts, bytes_read, std::chrono::steady_clock::now());
    *m_output << '\n' << std::flush;
}

void ImportProgress::draw(
    const ImportCounts& counts, std::uint64_t bytes_read, std::chrono::steady_clock::time_point now)
{
    m_last = now;
    m_drawn = true;
    double elapsed = std::chrono::duration<double>(now - m_start).count();
    double share = m_total_bytes > 0 ? std::min(1.0, double(bytes_read) / double(m_total_bytes)) : 0.0;
    double left = share > 0 ? elapsed * (1.0 - share) / share : 0.0;
    char line[256];
    std::snprintf(line, sizeof line, "%s : %lld lignes, %.0f lignes/s, %lld rejetées, %.0f %%, reste ~%.0f s",
        m_label.c_str(), counts.read, elapsed > 0 ? double(counts.read) / elapsed : 0.0, counts.rejected,
        share * 100.0, left);
    // In place: back to the start of the line, and clear what a longer previous line left.
    if (m_style == ProgressStyle::InPlace)
        *m_output << '\r' << line << "\x1b[K" << std::flush;
    else
        *m_output << line << '\n' << std::flush;
}

Batch::Batch(db::Session& session, ImportWriter& writer, int size)
    : m_session(session), m_writer(writer), m_size(size > 0 ? size : 1)
{
    begin();
}

Batch::~Batch() = default;  // an uncommitted batch rolls back, its pause of the search triggers with it

void Batch::begin()
{
    m_transaction = std::make_unique<db::Transaction>(m_session);
    m_writer.begin_batch();
}

void Batch::row_done()
{
    if (++m_rows < m_size)
        return;
    commit();
    begin();
    m_rows = 0;
}

void Batch::commit()
{
    m_writer.end_batch();
    m_transaction->commit();
}

namespace {

bool is_edited(const std::string& edited_json, std::string_view field)
{
    // The list holds plain field names, which need no JSON escaping.
    return edited_json.find("\"" + std::string(field) + "\"") != std::string::npos;
}

bool is_identifier(std::string_view field)
{
    return field == "siren" || field == "nic_siege" || field == "rna";
}

} // namespace

MergeOutcome merge_register_row(
    db::Session& session, ImportWriter& writer, const RegisterRow& row, OrganisationSource source, bool by_rna, long long now)
{
    const OrganisationProfile& incoming = row.profile;
    const std::string& primary = by_rna ? incoming.rna : incoming.siren;
    const std::string& secondary = by_rna ? incoming.siren : incoming.rna;
    std::string_view secondary_field = by_rna ? "siren" : "rna";

    auto found = by_rna ? writer.find_by_rna(primary) : writer.find_by_siren(primary);
    bool keep_secondary = true;
    if (!secondary.empty()) {
        auto other = by_rna ? writer.find_by_siren(secondary) : writer.find_by_rna(secondary);
        // The organisation holding the other identifier is this one unless it already has another
        // primary identifier (two units naming the same association, a typing error in a register):
        // then it is left alone, and the identifier (UNIQUE) is not ours to take.
        std::string_view primary_field = by_rna ? "rna" : "siren";
        auto other_primary = other ? other->profile.*profile_member(primary_field) : std::string();
        if (other && !found && (other_primary.empty() || other_primary == primary))
            found = std::move(other);
        else if (other && (!found || other->id != found->id))
            keep_secondary = false;
    }

    if (!found) {
        OrganisationProfile profile = incoming;
        if (!keep_secondary)
            profile.*profile_member(secondary_field) = "";
        writer.insert(profile, row.commune_part_code, source, row.ceased, now);
        return MergeOutcome::Inserted;
    }

    OrganisationProfile merged = found->profile;
    std::string part = found->commune_part_code;
    for (auto field : row.fields) {
        auto member = profile_member(field);
        if (member == nullptr || is_edited(found->member_edited_fields, field))
            continue;
        if (is_identifier(field) && (incoming.*member).empty())
            continue;
        if (field == secondary_field && !keep_secondary)
            continue;
        merged.*member = incoming.*member;
        // The part goes with its commune, and stays when a member chose the commune.
        if (field == "commune_code")
            part = row.commune_part_code;
    }
    if (merged == found->profile && row.ceased == found->ceased && part == found->commune_part_code)
        return MergeOutcome::Unchanged;
    writer.update(found->id, merged, part, row.ceased, now);
    auto changes = diff_profiles(found->profile, merged);
    if (!changes.empty())
        insert_revision(session, found->id, now, 0, changes_json(changes));
    return MergeOutcome::Updated;
}

void count_outcome(ImportCounts& counts, MergeOutcome outcome, bool ceased)
{
    switch (outcome) {
    case MergeOutcome::Inserted: ++counts.inserted; break;
    case MergeOutcome::Updated: ++counts.updated; break;
    case MergeOutcome::Unchanged: ++counts.unchanged; break;
    }
    if (ceased)
        ++counts.ceased;
}

} // namespace essaim::directory

namespace essaim::directory {

core::Result<ImportCounts> read_register_file(db::Session& session, ImportWriter& writer, const RegisterFile& file,
    RejectReport& report, int batch_size, std::ostream* progress, const KeyCollector& collect,
    const RecordHandler& handler)
{
    std::ifstream input(file.path, std::ios::binary);
    if (!input.is_open())
        return core::Error{core::ErrorKind::Invalid, "impossible d'ouvrir le fichier " + file.path, {}};
    std::error_code size_error;
    auto total = std::filesystem::file_size(file.path, size_error);
    core::CsvReader reader(input, core::CsvOptions{.delimiter = file.delimiter});
    core::CsvRecord record;

    // The header: the first well-formed record.
    auto status = reader.next(record);
    if (status != core::CsvStatus::Record)
        return core::Error{core::ErrorKind::Invalid, file.path + " : ligne d'en-tête illisible ou absente", {}};
    auto header = core::CsvHeader::from(record.fields, file.required_columns);
    if (!header.ok())
        return core::Error{core::ErrorKind::Invalid, file.path + " : " + header.error().message, {}};

    ImportCounts counts;
    ImportProgress meter(progress, file.progress_label, size_error ? 0 : total, file.progress_style);
    Batch batch(session, writer, batch_size);
    // Records are read by chunks, so that the organisations a chunk names are loaded in one go
    // (ImportWriter::prefetch); a chunk never spans two batches, whose commit empties that cache.
    constexpr int chunk_rows = 500;
    struct Entry {
        core::CsvStatus status = core::CsvStatus::End;
        core::CsvRecord record;
        core::CsvError error;
    };
    std::vector<Entry> chunk(chunk_rows);
    RegisterKeys keys;
    const std::size_t columns = header.value().size();
    for (bool more = true; more;) {
        int size = 0;
        const int room = std::min(chunk_rows, batch.room());
        while (size < room) {
            Entry& entry = chunk[size];
            entry.status = reader.next(entry.record);
            if (entry.status == core::CsvStatus::End) {
                more = false;
                break;
            }
            if (entry.status == core::CsvStatus::Malformed)
                entry.error = reader.error();
            ++size;
        }
        keys.clear();
        for (int i = 0; i < size; ++i) {
            if (chunk[i].status == core::CsvStatus::Record && chunk[i].record.fields.size() == columns)
                collect(chunk[i].record.fields, header.value(), keys);
        }
        writer.prefetch(keys);
        for (int i = 0; i < size; ++i) {
            const Entry& entry = chunk[i];
            const core::CsvRecord& record = entry.record;
            ++counts.read;
            if (entry.status == core::CsvStatus::Malformed) {
                ++counts.rejected;
                report.add(file.report_name, entry.error.line, entry.error.reason, entry.error.excerpt);
            } else if (record.fields.size() != columns) {
                ++counts.rejected;
                auto line = core::csv_format_record(record.fields, file.delimiter, core::CsvCells::Verbatim);
                report.add(file.report_name, record.line,
                    "nombre de colonnes incorrect : " + std::to_string(record.fields.size()) + " au lieu de "
                        + std::to_string(columns),
                    std::string_view(line).substr(0, core::CsvReader::excerpt_bytes));
            } else {
                auto reason = unreadable_field(record.fields);
                if (reason.empty())
                    reason = handler(record.fields, header.value(), counts);
                if (!reason.empty()) {
                    ++counts.rejected;
                    auto line = core::csv_format_record(record.fields, file.delimiter, core::CsvCells::Verbatim);
                    report.add(file.report_name, record.line, reason,
                        std::string_view(line).substr(0, core::CsvReader::excerpt_bytes));
                }
            }
            batch.row_done();
            meter.update(counts, reader.bytes_read());
        }
    }
    batch.commit();
    meter.finish(counts, reader.bytes_read());
    counts.seconds = meter.elapsed_seconds();
    return counts;
}

} // namespace essaim::directory
