#include "territory/load_reference_data.hpp"

#include "core/config.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "territory/reference_data.hpp"

#include <chrono>

namespace essaim::territory {

core::Result<LoadOutcome> load_reference_data(
    db::Session& session, const core::Config& config, const core::Clock& clock, ReloadPolicy policy)
{
    auto started = std::chrono::steady_clock::now();
    auto package_directory = reference_package_directory(config.node_modules);
    auto installed = read_package_version(package_directory);
    if (!installed) {
        // A server without the npm packages keeps serving the territories it already has.
        auto counts = count_reference_rows(session);
        if (policy == ReloadPolicy::WhenChanged && counts.communes > 0) {
            core::log::warn("territory reference package missing; keeping the loaded data",
                {core::log::field("error", installed.error().message)});
            return LoadOutcome{false, loaded_reference_version(session, reference_package).value_or(""), counts};
        }
        return installed.error();
    }

    LoadOutcome outcome;
    outcome.version = *installed;
    if (policy == ReloadPolicy::WhenChanged) {
        auto counts = count_reference_rows(session);
        if (loaded_reference_version(session, reference_package) == *installed && counts.regions > 0
            && counts.departments > 0 && counts.communes > 0 && counts.commune_parts > 0) {
            outcome.counts = counts;
            return outcome;
        }
    }

    // Parse before opening the transaction: the write lock is then held only for the writes.
    auto data = read_reference_data(package_directory);
    if (!data)
        return data.error();
    auto parsed = std::chrono::steady_clock::now();

    db::Transaction transaction(session);
    store_reference_data(session, *data);
    record_reference_version(session, reference_package, data->version, clock.now());
    outcome.counts = count_reference_rows(session);
    transaction.commit();
    analyze_reference_tables(session);
    outcome.reloaded = true;

    auto milliseconds = [](auto duration) {
        return static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(duration).count());
    };
    core::log::info("territories loaded",
        {core::log::field("version", data->version), core::log::field("regions", outcome.counts.regions),
            core::log::field("departments", outcome.counts.departments),
            core::log::field("communes", outcome.counts.communes),
            core::log::field("postal_codes", outcome.counts.postal_codes),
            core::log::field("commune_parts", outcome.counts.commune_parts),
            core::log::field("skipped", static_cast<long long>(data->skipped)),
            core::log::field("parse_ms", milliseconds(parsed - started)),
            core::log::field("store_ms", milliseconds(std::chrono::steady_clock::now() - parsed))});
    return outcome;
}

} // namespace essaim::territory
