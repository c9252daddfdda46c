#pragma once
// SQL for labels: granting, reading one or a filtered page, withdrawal, reminders, renewal, and
// the labels of a territory. A label's region is its territory's (category territoire) or else its
// holder organisation's, from the reference tables.

#include "labelling/label.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! The call's label_years (3 when the call is missing).
int call_label_years(db::Session& session, long long call_id);
//! The category the call labels (incubateur when the call is missing).
LabelCategory call_category(db::Session& session, long long call_id);
//! A label already carries this code.
bool label_code_exists(db::Session& session, const std::string& code);
//! Inserts a label (its `id`, names and region are ignored) and answers its id.
long long insert_label(db::Session& session, const Label& label);

std::optional<Label> find_label(db::Session& session, long long id);
//! The id of the label carrying `code` (exact, upper-case), 0 when none.
long long find_label_id_by_code(db::Session& session, const std::string& code);

//! Filters of the public list; empty strings filter nothing. `status` is a label_status_code;
//! `today` (YYYY-MM-DD) decides between current and expired.
struct LabelFilter {
    std::string category;
    std::string region;
    std::string status;
    std::string today;
};

long long count_labels(db::Session& session, const LabelFilter& filter);
//! A page of the list, the most recently granted first.
std::vector<Label> list_labels(db::Session& session, const LabelFilter& filter, int limit, int offset);
//! Labels per region code with every filter but the region (regions without any are left out).
std::vector<std::pair<std::string, long long>> count_labels_by_region(db::Session& session, const LabelFilter& filter);
//! Every label, by id: the open-data files.
std::vector<Label> all_labels(db::Session& session);

//! Sets state 'retire' with who, when and why.
void mark_label_withdrawn(db::Session& session, long long id, long long at, long long by, const std::string& motivation);
//! The e-mail addresses of the organisation's owners.
std::vector<std::string> organisation_owner_emails(db::Session& session, long long organisation_id);

//! Active labels expiring from `today` to `last_day` (inclusive) not yet reminded for `days`
//! (90 or 30) before expiry.
std::vector<Label> labels_to_remind(db::Session& session, const std::string& today, const std::string& last_day, int days);
//! Stamps reminded_90_at or reminded_30_at.
void mark_label_reminded(db::Session& session, long long id, int days, long long at);

//! A dossier renewing this label is not final yet (brouillon to en comité).
bool has_open_renewal(db::Session& session, long long label_id);
//! The id of that open renewal dossier, 0 when none.
long long open_renewal_dossier(db::Session& session, long long label_id);
//! The dossier's answers_json, "{}" when it is gone.
std::string dossier_answers_json(db::Session& session, long long dossier_id);

enum class LabelTerritoryLevel { Region, Department };
//! Current labels of a region or department: territories in it (the territory itself, or one of
//! its departments or communes; for a department, its communes) and organisations based in it.
//! Territories first, then by holder name; at most `limit`.
std::vector<Label> current_labels_in_territory(
    db::Session& session, LabelTerritoryLevel level, const std::string& code, const std::string& today, int limit);

} // namespace essaim::labelling
