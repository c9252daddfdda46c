#include "directory/merge_organisations.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/changes.hpp"
#include "directory/duplicate_store.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "web/context.hpp"

#include <algorithm>
#include <boost/json.hpp>

namespace essaim::directory {

namespace {

boost::json::object summary_of(const Organisation& organisation)
{
    boost::json::object summary;
    summary["id"] = organisation.id;
    summary["name"] = organisation.profile.name;
    summary["siren"] = organisation.profile.siren;
    summary["rna"] = organisation.profile.rna;
    summary["status"] = std::string(status_code(organisation.status));
    return summary;
}

boost::json::object moves_json(const MergeMoves& moves)
{
    boost::json::object object;
    object["memberships"] = moves.memberships;
    object["projects"] = moves.projects;
    object["claims"] = moves.claims;
    object["revisions"] = moves.revisions;
    return object;
}

//! Fills the kept profile's empty fields from the absorbed one and returns the names taken. The
//! SIREN goes with its NIC, as one identifier; an identifier taken leaves the absorbed record
//! (SIREN and RNA are unique).
std::vector<std::string> fill_from(OrganisationProfile& kept, OrganisationProfile& absorbed)
{
    std::vector<std::string> taken;
    if (kept.siren.empty() && !absorbed.siren.empty()) {
        kept.siren = std::exchange(absorbed.siren, std::string());
        taken.emplace_back("siren");
        if (!absorbed.nic_siege.empty()) {
            kept.nic_siege = std::exchange(absorbed.nic_siege, std::string());
            taken.emplace_back("nic_siege");
        }
    }
    if (kept.rna.empty() && !absorbed.rna.empty()) {
        kept.rna = std::exchange(absorbed.rna, std::string());
        taken.emplace_back("rna");
    }
    for (const auto& field : profile_fields()) {
        if (field.name == "siren" || field.name == "nic_siege" || field.name == "rna")
            continue;
        if ((kept.*field.member).empty() && !(absorbed.*field.member).empty()) {
            kept.*field.member = absorbed.*field.member;
            taken.emplace_back(field.name);
        }
    }
    std::vector<std::string> types;
    for (const auto& known : actor_types()) {
        auto has = [&](const std::vector<std::string>& list) {
            return std::find(list.begin(), list.end(), known.code) != list.end();
        };
        if (has(kept.actor_types) || has(absorbed.actor_types))
            types.emplace_back(known.code);
    }
    if (types != kept.actor_types) {
        kept.actor_types = types;
        taken.emplace_back("actor_types");
    }
    return taken;
}

} // namespace

core::Result<core::Done> merge_organisations(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long kept_id, long long absorbed_id, const auth::RequestInfo& request)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs fusionnent les fiches des organisations.");
    if (kept_id == absorbed_id)
        return core::Error::invalid({}, "Choisissez deux fiches différentes à fusionner.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    // Always in the same order, so that two merges of one pair cannot wait on each other.
    lock_organisation(session, std::min(kept_id, absorbed_id));
    lock_organisation(session, std::max(kept_id, absorbed_id));
    auto kept = find_organisation(session, kept_id);
    auto absorbed = find_organisation(session, absorbed_id);
    if (!kept || !absorbed)
        return core::Error::not_found("Cette organisation n’existe pas.");
    if (merged_into(session, kept_id) || merged_into(session, absorbed_id))
        return core::Error::conflict("L’une de ces fiches a déjà été fusionnée avec une autre.");

    auto kept_before = *kept;
    auto absorbed_before = *absorbed;
    auto taken = fill_from(kept->profile, absorbed->profile);
    auto reason = "Fiche fusionnée avec « " + kept->profile.name + " » (n° " + std::to_string(kept_id) + ").";

    // The absorbed record gives up its identifiers first: the kept one may take them.
    absorbed->status = OrganisationStatus::Refusee;
    absorbed->refusal_reason = reason;
    absorbed->updated_at = now;
    update_organisation(session, *absorbed);
    mark_merged(session, absorbed_id, kept_id);

    auto kept_changes = diff_profiles(kept_before.profile, kept->profile);
    for (const auto& field : absorbed->member_edited_fields) {
        if (std::find(taken.begin(), taken.end(), field) != taken.end())
            kept->member_edited_fields.push_back(field);
    }
    std::sort(kept->member_edited_fields.begin(), kept->member_edited_fields.end());
    kept->member_edited_fields.erase(
        std::unique(kept->member_edited_fields.begin(), kept->member_edited_fields.end()), kept->member_edited_fields.end());
    kept->updated_at = now;
    update_organisation(session, *kept);

    auto moves = move_to_kept(session, absorbed_id, kept_id, now, identity.user_id, reason);

    // The kept organisation's revision says what came from which record.
    boost::json::object merge;
    merge["absorbed_id"] = absorbed_id;
    merge["absorbed_name"] = absorbed_before.profile.name;
    boost::json::array filled;
    for (const auto& field : taken)
        filled.emplace_back(field);
    merge["fields_from_absorbed"] = filled;
    merge["moved"] = moves_json(moves);
    auto kept_revision = kept_changes;
    kept_revision.push_back(FieldChange{"merged_from", nullptr, merge});
    insert_revision(session, kept_id, now, identity.user_id, changes_json(kept_revision));

    // The absorbed one keeps a revision of its own end, after its history moved to the kept one.
    auto absorbed_changes = diff_profiles(absorbed_before.profile, absorbed->profile);
    if (absorbed_before.status != OrganisationStatus::Refusee)
        absorbed_changes.push_back(status_change(absorbed_before.status, OrganisationStatus::Refusee));
    absorbed_changes.push_back(FieldChange{"merged_into", nullptr, boost::json::value(kept_id)});
    insert_revision(session, absorbed_id, now, identity.user_id, changes_json(absorbed_changes));

    auto entry = auth::audit_entry(request, identity.user_id, "directory.organisations_merged", "organisation",
        std::to_string(kept_id));
    boost::json::object before;
    before["kept"] = summary_of(kept_before);
    before["absorbed"] = summary_of(absorbed_before);
    before["kept_fields"] = boost::json::parse(before_json(kept_changes));
    boost::json::object after;
    after["kept"] = summary_of(*kept);
    after["absorbed"] = summary_of(*absorbed);
    after["absorbed"].as_object()["merged_into"] = kept_id;
    after["kept_fields"] = boost::json::parse(after_json(kept_changes));
    after["moved"] = moves_json(moves);
    entry.before_json = boost::json::serialize(before);
    entry.after_json = boost::json::serialize(after);
    auth::record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> dismiss_duplicate(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long first_id, long long second_id, const auth::RequestInfo& request)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs écartent les doublons possibles.");
    if (first_id == second_id)
        return core::Error::invalid({}, "Une paire compte deux fiches différentes.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    if (!find_organisation(session, first_id) || !find_organisation(session, second_id))
        return core::Error::not_found("Cette organisation n’existe pas.");
    dismiss_pair(session, first_id, second_id, now, identity.user_id);
    auto entry = auth::audit_entry(request, identity.user_id, "directory.duplicate_dismissed", "organisation",
        std::to_string(std::min(first_id, second_id)));
    boost::json::object after;
    after["first_id"] = std::min(first_id, second_id);
    after["second_id"] = std::max(first_id, second_id);
    entry.after_json = boost::json::serialize(after);
    auth::record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::directory
