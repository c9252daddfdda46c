#include "core/log.hpp"

#include <boost/json.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace essaim::core::log {

namespace {

spdlog::logger& json_logger()
{
    // The pattern makes spdlog write the JSON envelope; `write` supplies the members after "msg".
    static const std::shared_ptr<spdlog::logger> logger = [] {
        auto created = spdlog::stderr_logger_mt("essaim");
        created->set_pattern(R"({"time":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","msg":%v})", spdlog::pattern_time_type::utc);
        created->set_level(spdlog::level::info);
        created->flush_on(spdlog::level::info);
        return created;
    }();
    return *logger;
}

spdlog::level::level_enum to_spdlog(Level level)
{
    switch (level) {
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warn: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    }
    return spdlog::level::info;
}

} // namespace

void set_level(std::string_view name)
{
    Level level = Level::Info;
    if (name == "debug")
        level = Level::Debug;
    else if (name == "warn")
        level = Level::Warn;
    else if (name == "error")
        level = Level::Error;
    json_logger().set_level(to_spdlog(level));
}

bool enabled(Level level) { return json_logger().should_log(to_spdlog(level)); }

std::pair<std::string, std::string> field(std::string name, std::string_view text)
{
    return {std::move(name), boost::json::serialize(boost::json::string(text))};
}

std::pair<std::string, std::string> field(std::string name, long long number)
{
    return {std::move(name), std::to_string(number)};
}

void write(Level level, std::string_view message, const Fields& fields)
{
    auto& logger = json_logger();
    if (!logger.should_log(to_spdlog(level)))
        return;
    std::string members = boost::json::serialize(boost::json::string(message));
    for (const auto& [name, value] : fields)
        members += ",\"" + name + "\":" + value;
    logger.log(to_spdlog(level), "{}", members);
}

} // namespace essaim::core::log
