#include "core/config.hpp"

#include <cstdlib>
#include <stdexcept>
#include <thread>
#include <toml.hpp>

namespace essaim::core {

namespace {

template<typename T>
void read_value(const toml::value& table, const char* key, T& target)
{
    if (table.contains(key))
        target = toml::find<T>(table, key);
}

void read_path(const toml::value& table, const char* key, std::filesystem::path& target)
{
    if (table.contains(key))
        target = toml::find<std::string>(table, key);
}

bool truthy(const std::string& value) { return value == "1" || value == "true" || value == "yes" || value == "on"; }

} // namespace

bool parse_listen_address(const std::string& text, std::string& host, std::uint16_t& port)
{
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return false;
    std::string host_part = text.substr(0, colon);
    if (host_part.front() == '[' && host_part.back() == ']')
        host_part = host_part.substr(1, host_part.size() - 2);
    if (host_part.empty())
        return false;
    unsigned long value = 0;
    for (char c : text.substr(colon + 1)) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<unsigned long>(c - '0');
        if (value > 65535)
            return false;
    }
    host = host_part;
    port = static_cast<std::uint16_t>(value);
    return true;
}

Config load_config(const std::optional<std::filesystem::path>& path, const EnvironmentLookup& environment)
{
    Config config;
    if (path) {
        const toml::value root = toml::parse(path->string());
        read_value(root, "service_name", config.service_name);
        read_value(root, "public_url", config.public_url);
        read_value(root, "demo_mode", config.demo_mode);
        read_value(root, "log_level", config.log_level);
        if (root.contains("database")) {
            const auto& db = toml::find(root, "database");
            read_value(db, "url", config.database_url);
            read_value(db, "pool_size", config.database_pool_size);
            read_value(db, "sqlite_synchronous", config.sqlite_synchronous);
        }
        if (root.contains("http")) {
            const auto& http = toml::find(root, "http");
            if (http.contains("listen")) {
                auto listen = toml::find<std::string>(http, "listen");
                if (!parse_listen_address(listen, config.listen_host, config.listen_port))
                    throw std::runtime_error("http.listen must be HOST:PORT, got " + listen);
            }
            read_value(http, "io_threads", config.io_threads);
            read_value(http, "worker_threads", config.worker_threads);
            read_value(http, "max_header_bytes", config.max_header_bytes);
            read_value(http, "max_body_bytes", config.max_body_bytes);
            read_value(http, "max_upload_bytes", config.max_upload_bytes);
            read_value(http, "max_body_bytes_in_flight", config.max_body_bytes_in_flight);
            read_value(http, "header_timeout_seconds", config.header_timeout_seconds);
            read_value(http, "body_timeout_seconds", config.body_timeout_seconds);
            read_value(http, "idle_timeout_seconds", config.idle_timeout_seconds);
            read_value(http, "drain_timeout_seconds", config.drain_timeout_seconds);
            read_value(http, "max_connections", config.max_connections);
            read_value(http, "behind_proxy", config.behind_proxy);
        }
        if (root.contains("paths")) {
            const auto& paths = toml::find(root, "paths");
            read_path(paths, "web_root", config.web_root);
            read_path(paths, "node_modules", config.node_modules);
            read_path(paths, "templates", config.templates_dir);
            read_path(paths, "migrations", config.migrations_dir);
            read_path(paths, "var", config.var_dir);
            read_path(paths, "mail", config.mail_dir);
        }
        if (root.contains("mail")) {
            const auto& mail = toml::find(root, "mail");
            read_value(mail, "from", config.mail_from);
        }
        if (root.contains("smtp")) {
            const auto& smtp = toml::find(root, "smtp");
            read_value(smtp, "url", config.smtp.url);
            read_value(smtp, "username", config.smtp.username);
            read_value(smtp, "password", config.smtp.password);
            read_value(smtp, "require_tls", config.smtp.require_tls);
        }
        if (root.contains("security")) {
            const auto& security = toml::find(root, "security");
            read_value(security, "secret_key", config.secret_key);
            read_value(security, "session_idle_seconds", config.session_idle_seconds);
            read_value(security, "session_absolute_seconds", config.session_absolute_seconds);
            read_value(security, "password_hash_concurrency", config.password_hash_concurrency);
            read_value(security, "sign_in_failures_per_account", config.sign_in_failures_per_account);
            read_value(security, "sign_in_failures_per_address", config.sign_in_failures_per_address);
            read_value(security, "sign_in_window_seconds", config.sign_in_window_seconds);
            read_value(security, "password_hash_queue", config.password_hash_queue);
            read_value(security, "sign_ups_per_address", config.sign_ups_per_address);
            read_value(security, "sign_ups_per_email", config.sign_ups_per_email);
            read_value(security, "password_resets_per_address", config.password_resets_per_address);
            read_value(security, "password_resets_per_email", config.password_resets_per_email);
            read_value(security, "account_requests_window_seconds", config.account_requests_window_seconds);
            read_value(security, "account_mail_window_seconds", config.account_mail_window_seconds);
        }
        if (root.contains("legal")) {
            const auto& legal = toml::find(root, "legal");
            read_value(legal, "publisher", config.legal.publisher);
            read_value(legal, "publisher_address", config.legal.publisher_address);
            read_value(legal, "publication_director", config.legal.publication_director);
            read_value(legal, "host", config.legal.host);
            read_value(legal, "host_address", config.legal.host_address);
            read_value(legal, "contact_email", config.legal.contact_email);
            read_value(legal, "contact_address", config.legal.contact_address);
        }
        if (root.contains("privacy")) {
            const auto& privacy = toml::find(root, "privacy");
            read_value(privacy, "unconfirmed_account_days", config.privacy_unconfirmed_account_days);
            read_value(privacy, "draft_days", config.privacy_draft_days);
            read_value(privacy, "notice_days", config.privacy_notice_days);
        }
    }

    if (auto value = environment("ESSAIM_DATABASE_URL"))
        config.database_url = *value;
    if (auto value = environment("ESSAIM_LISTEN")) {
        if (!parse_listen_address(*value, config.listen_host, config.listen_port))
            throw std::runtime_error("ESSAIM_LISTEN must be HOST:PORT, got " + *value);
    }
    if (auto value = environment("ESSAIM_PUBLIC_URL"))
        config.public_url = *value;
    if (auto value = environment("ESSAIM_DEMO"))
        config.demo_mode = truthy(*value);
    if (auto value = environment("ESSAIM_LOG_LEVEL"))
        config.log_level = *value;
    if (auto value = environment("ESSAIM_WEB_ROOT")) {
        config.web_root = *value;
        config.node_modules = config.web_root / "node_modules";
    }
    if (auto value = environment("ESSAIM_VAR_DIR")) {
        config.var_dir = *value;
        config.mail_dir = config.var_dir / "mail";
    }
    if (auto value = environment("ESSAIM_SMTP_URL"))
        config.smtp.url = *value;
    if (auto value = environment("ESSAIM_SECRET_KEY"))
        config.secret_key = *value;
    if (!config.secret_key.empty() && config.secret_key.size() < 32)
        throw std::runtime_error("security.secret_key must be at least 32 characters");

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (config.io_threads == 0)
        config.io_threads = cores;
    if (config.worker_threads == 0)
        config.worker_threads = 4 * cores;
    if (config.password_hash_concurrency == 0)
        config.password_hash_concurrency = cores;
    if (config.password_hash_queue == 0)
        config.password_hash_queue = config.password_hash_concurrency;
    if (config.database_pool_size < config.worker_threads)
        config.database_pool_size = config.worker_threads;
    return config;
}

EnvironmentLookup process_environment()
{
    return [](const std::string& name) -> std::optional<std::string> {
        if (const char* value = std::getenv(name.c_str()))
            return std::string(value);
        return std::nullopt;
    };
}

} // namespace essaim::core
