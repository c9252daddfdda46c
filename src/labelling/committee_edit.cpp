#include "labelling/committee_edit.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/email_address.hpp"
#include "auth/user_store.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "db/session.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"

#include <algorithm>
#include <charconv>

namespace essaim::labelling {

namespace {

// UTF-8 characters, not bytes, since titles are French.
std::size_t character_count(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

struct CheckedInput {
    Committee committee;
    std::vector<long long> member_ids;
    std::vector<std::string> member_emails;
};

core::Result<CheckedInput> check_input(db::Session& session, const CommitteeInput& input)
{
    CheckedInput checked;
    core::FieldErrors errors;
    checked.committee.title = core::trim(input.title);
    if (checked.committee.title.empty())
        errors["titre"] = "Donnez un titre à la séance.";
    else if (character_count(checked.committee.title) > max_committee_title_length)
        errors["titre"] = "Le titre tient en 200 caractères au plus.";

    checked.committee.meets_on = core::trim(input.meets_on);
    // Sessions are planned from 2000 on: an earlier year is a typing mistake.
    if (!core::is_iso_date(checked.committee.meets_on) || checked.committee.meets_on < "2000-01-01")
        errors["date_seance"] = "Indiquez la date de la séance, au format AAAA-MM-JJ.";

    auto call_text = core::trim(input.call_id);
    if (!call_text.empty()) {
        long long call_id = 0;
        auto [end, error] = std::from_chars(call_text.data(), call_text.data() + call_text.size(), call_id);
        bool known = false;
        if (error == std::errc() && end == call_text.data() + call_text.size())
            for (const auto& call : list_call_choices(session))
                known = known || call.id == call_id;
        if (known)
            checked.committee.call_id = call_id;
        else
            errors["appel"] = "Choisissez un appel de la liste.";
    }

    std::vector<std::string> unknown;
    for (const auto& email : split_member_emails(input.member_emails)) {
        auto user = auth::find_user_by_email(session, email);
        if (!user) {
            unknown.push_back(email);
            continue;
        }
        checked.member_ids.push_back(user->id);
        checked.member_emails.push_back(user->email);
    }
    if (!unknown.empty()) {
        std::string list;
        for (const auto& email : unknown)
            list += (list.empty() ? "" : ", ") + email;
        errors["membres"] = unknown.size() == 1 ? "Aucun compte n’a l’adresse " + list + "."
                                                : "Aucun compte n’a ces adresses : " + list + ".";
    }
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));
    return checked;
}

std::string committee_json(const CheckedInput& checked)
{
    std::string members;
    for (const auto& email : checked.member_emails)
        members += (members.empty() ? "" : ", ") + email;
    return auth::json_object({{"title", checked.committee.title}, {"meets_on", checked.committee.meets_on},
        {"call_id", checked.committee.call_id == 0 ? "" : std::to_string(checked.committee.call_id)},
        {"members", members}});
}

} // namespace

std::vector<std::string> split_member_emails(const std::string& text)
{
    std::vector<std::string> emails;
    std::string current;
    auto flush = [&] {
        auto email = auth::normalise_email(core::trim(current));
        if (!email.empty() && std::find(emails.begin(), emails.end(), email) == emails.end())
            emails.push_back(email);
        current.clear();
    };
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == ' ' || c == '\t')
            flush();
        else
            current += c;
    }
    flush();
    return emails;
}

core::Result<long long> create_committee(web::Services& services, db::Session& session, const auth::Identity& identity,
    const CommitteeInput& input, const auth::RequestInfo& request_info)
{
    if (!may_administer_labelling(identity))
        return core::Error::forbidden("Seuls les administrateurs organisent les comités.");
    db::Transaction transaction(session);
    auto checked = check_input(session, input);
    if (!checked)
        return checked.error();
    auto now = services.clock.now();
    checked->committee.created_at = now;
    checked->committee.created_by = identity.user_id;
    auto id = insert_committee(session, checked->committee);
    replace_members(session, id, checked->member_ids);
    auto entry = auth::audit_entry(
        request_info, identity.user_id, "labelling.committee_created", "committee", std::to_string(id));
    entry.after_json = committee_json(*checked);
    auth::record(session, now, entry);
    transaction.commit();
    return id;
}

core::Result<core::Done> edit_committee(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long committee_id, const CommitteeInput& input, const auth::RequestInfo& request_info)
{
    if (!may_administer_labelling(identity))
        return core::Error::forbidden("Seuls les administrateurs organisent les comités.");
    db::Transaction transaction(session);
    auto existing = find_committee(session, committee_id);
    if (!existing)
        return core::Error::not_found("Ce comité n’existe pas.");
    auto checked = check_input(session, input);
    if (!checked)
        return checked.error();
    CheckedInput before;
    before.committee = *existing;
    for (const auto& member : list_members(session, committee_id))
        before.member_emails.push_back(member.email);
    checked->committee.id = committee_id;
    update_committee(session, checked->committee);
    replace_members(session, committee_id, checked->member_ids);
    auto entry = auth::audit_entry(
        request_info, identity.user_id, "labelling.committee_updated", "committee", std::to_string(committee_id));
    entry.before_json = committee_json(before);
    entry.after_json = committee_json(*checked);
    auth::record(session, services.clock.now(), entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
