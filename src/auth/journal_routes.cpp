// Page: /admin/journal, the audit log, newest first, with keyset pagination.

#include "auth/audit_log.hpp"
#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "http/form.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/readable_change.hpp"
#include "web/registry.hpp"

#include <charconv>

namespace essaim::auth {

namespace {

constexpr int entries_per_page = 50;

std::string journal_href(const std::string& prefix, long long before)
{
    std::string href = "/admin/journal";
    std::string separator = "?";
    if (!prefix.empty()) {
        href += separator + "action=" + http::percent_encode(prefix);
        separator = "&";
    }
    if (before > 0)
        href += separator + "avant=" + std::to_string(before);
    return href;
}

std::string target_of(const web::Vocabulary& vocabulary, const AuditRecord& entry)
{
    if (entry.target_type.empty())
        return "—";
    auto type = vocabulary.label(web::Term::RecordType, entry.target_type);
    return entry.target_id.empty() ? type : type + " n° " + entry.target_id;
}

//! "Claire Dupont (claire@example.org)", or the address alone when the account has no name.
std::string actor_of(const AuditRecord& entry)
{
    if (entry.actor_name.empty() || entry.actor_user_id == 0)
        return entry.actor_label;
    return entry.actor_name + " (" + entry.actor_label + ")";
}

} // namespace

void register_journal_routes(web::Registry& registry)
{
    registry.get("/admin/journal", administrators(), [](web::Context& context) {
        AuditQuery query;
        auto prefix = context.request.query_parameter("action").value_or("");
        // Action names are ASCII identifiers; anything else cannot match and is dropped.
        if (prefix.size() > 100 || prefix.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") != std::string::npos)
            prefix.clear();
        query.action_prefix = prefix;
        auto before_text = context.request.query_parameter("avant").value_or("");
        std::from_chars(before_text.data(), before_text.data() + before_text.size(), query.before_id);
        // One more than shown tells whether older entries exist.
        query.limit = entries_per_page + 1;
        auto entries = list_entries(context.db(), query);
        bool more = entries.size() > static_cast<std::size_t>(entries_per_page);
        if (more)
            entries.pop_back();

        web::Page page(context, "Journal d’audit", "admin/journal.tpl");
        page.add_breadcrumb("Accueil", "/");
        page.add_breadcrumb("Administration", "/admin");
        page.add_breadcrumb("Journal d’audit", "");
        auto& content = page.content();
        const auto& vocabulary = context.services.registry.vocabulary();
        content.SetValue("ACTION_PREFIX", prefix);
        if (entries.empty())
            content.ShowSection("EMPTY");
        for (const auto& entry : entries) {
            auto* row = content.AddSectionDictionary("ENTRY");
            row->SetValue("AT", format_paris_time(entry.at));
            row->SetValue("ACTOR", actor_of(entry));
            row->SetValue("ACTION", vocabulary.label(web::Term::AuditAction, entry.action));
            row->SetValue("ACTION_CODE", entry.action);
            row->SetValue("TARGET", target_of(vocabulary, entry));
            auto changes = web::readable_changes(vocabulary, entry.before_json, entry.after_json);
            if (changes.empty())
                row->ShowSection("NO_CHANGE");
            for (const auto& change : changes) {
                auto* item = row->AddSectionDictionary("CHANGE");
                item->SetValue("FIELD", change.field);
                item->SetValue("BEFORE", change.before);
                item->SetValue("AFTER", change.after);
            }
            row->SetValue("ADDRESS", entry.remote_address.empty() ? "—" : entry.remote_address);
        }
        if (query.before_id > 0)
            content.SetValueAndShowSection("NEWEST_HREF", journal_href(prefix, 0), "NEWEST");
        if (more && !entries.empty())
            content.SetValueAndShowSection("OLDER_HREF", journal_href(prefix, entries.back().id), "OLDER");
        return page.render();
    });
}

} // namespace essaim::auth
