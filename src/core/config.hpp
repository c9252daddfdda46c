#pragma once
// The whole configuration, read once at start-up (TOML file, then ESSAIM_* environment
// overrides) and passed by const reference. Tests build their own.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace essaim::core {

struct SmtpConfig {
    std::string url;  //!< e.g. smtp://mail.example:587 or smtps://…; empty = write .eml files
    std::string username;
    std::string password;
    bool require_tls = true;
};

//! Who answers for the site, as the legal notice and the contact page name them (loi pour la
//! confiance dans l'économie numérique, article 6 III). The defaults say what is to be filled in.
struct LegalConfig {
    std::string publisher = "Accélérateur national d'innovation sociale";
    std::string publisher_address = "Adresse de l'éditeur à renseigner dans la section [legal] de la configuration";
    std::string publication_director = "Directeur ou directrice de la publication à renseigner dans [legal]";
    std::string host = "Hébergeur à renseigner dans [legal]";
    std::string host_address = "Adresse de l'hébergeur à renseigner dans [legal]";
    std::string contact_email = "contact@essaim.localhost";
    std::string contact_address = "";  //!< postal address for letters; "" = the publisher's
};

struct Config {
    std::string service_name = "Essaim — Accélérateur national d'innovation sociale";
    std::string service_tagline = "Identifier, accompagner, financer et évaluer l'innovation sociale";
    //! Base URL written in e-mails (confirmation and reset links).
    std::string public_url = "http://127.0.0.1:8080";

    //! `sqlite:PATH` or a PostgreSQL conninfo (`host=… dbname=…` or `postgresql://…`).
    std::string database_url = "sqlite:var/essaim.db";
    std::size_t database_pool_size = 8;
    //! SQLite `PRAGMA synchronous`: FULL by default, because an acknowledged write must survive a crash.
    std::string sqlite_synchronous = "FULL";

    std::string listen_host = "127.0.0.1";
    std::uint16_t listen_port = 8080;
    unsigned io_threads = 0;      //!< 0 = one per core
    unsigned worker_threads = 0;  //!< 0 = four per core (handlers block on the database)
    std::size_t max_header_bytes = 16 * 1024;
    std::size_t max_body_bytes = 1024 * 1024;
    //! The bound for the bodies of upload routes (web::Registry::upload), granted from the header to
    //! a signed-in person only; each upload route checks its own, lower, limit.
    std::size_t max_upload_bytes = 12 * 1024 * 1024;
    //! All request bodies being read or handled at once may take this much; past it a new body is
    //! answered 503 with Retry-After, unread. Eight uploads of max_upload_bytes by default.
    std::size_t max_body_bytes_in_flight = 8 * 12 * 1024 * 1024;
    unsigned header_timeout_seconds = 10;
    unsigned body_timeout_seconds = 30;
    unsigned idle_timeout_seconds = 60;
    unsigned drain_timeout_seconds = 20;
    //! Open client connections beyond which a new one is answered 503 at once; lowered at start to what
    //! the process's descriptor limit affords beside the database and files.
    std::size_t max_connections = 10000;
    //! Trust X-Forwarded-Proto / X-Forwarded-For from a reverse proxy.
    bool behind_proxy = false;

    std::filesystem::path web_root = "web";
    std::filesystem::path node_modules = "web/node_modules";
    std::filesystem::path templates_dir = "templates";
    std::filesystem::path migrations_dir = "migrations";
    std::filesystem::path var_dir = "var";
    std::filesystem::path mail_dir = "var/mail";

    bool demo_mode = false;
    std::string mail_from = "Essaim <ne-pas-repondre@essaim.localhost>";
    SmtpConfig smtp;
    LegalConfig legal;

    //! [security] secret_key: the server's secret for the keyed hashes of CSRF tokens, at least 32
    //! characters; servers behind one address must share it. Empty: a key made once and kept in
    //! var_dir (see core::server_secret).
    std::string secret_key;
    std::int64_t session_idle_seconds = 30 * 60;
    std::int64_t session_absolute_seconds = 12 * 60 * 60;
    unsigned password_hash_concurrency = 0;  //!< 0 = one per core
    //! Requests that may wait for a hashing slot; past them, the request is answered 503 at once,
    //! so that a burst of sign-ups cannot hold every worker (0 = as many as the slots).
    unsigned password_hash_queue = 0;
    int sign_in_failures_per_account = 5;
    int sign_in_failures_per_address = 30;
    std::int64_t sign_in_window_seconds = 15 * 60;
    //! Sign-ups and password-reset requests allowed per network address and per e-mail address in
    //! `account_requests_window_seconds`; past them the form answers 429.
    int sign_ups_per_address = 20;
    int sign_ups_per_email = 5;
    int password_resets_per_address = 20;
    int password_resets_per_email = 5;
    std::int64_t account_requests_window_seconds = 60 * 60;
    //! At most one e-mail of each kind (warning of a second sign-up, reset link, lockout notice) to
    //! one address in this many seconds.
    std::int64_t account_mail_window_seconds = 15 * 60;

    //! [privacy] Retention: an account never confirmed is deleted after this many days.
    int privacy_unconfirmed_account_days = 30;
    //! [privacy] A dossier draft untouched for this many days is deleted.
    int privacy_draft_days = 180;
    //! [privacy] Days between the notice e-mail and the deletion (drafts and unconfirmed accounts).
    int privacy_notice_days = 7;

    std::string log_level = "info";

    bool uses_sqlite() const { return database_url.rfind("sqlite:", 0) == 0; }
    std::string sqlite_path() const { return database_url.substr(7); }
};

using EnvironmentLookup = std::function<std::optional<std::string>(const std::string&)>;

//! Reads `path` when given (throws std::runtime_error naming the bad key), then applies
//! ESSAIM_DATABASE_URL, ESSAIM_LISTEN (HOST:PORT), ESSAIM_PUBLIC_URL, ESSAIM_DEMO, ESSAIM_LOG_LEVEL,
//! ESSAIM_WEB_ROOT, ESSAIM_VAR_DIR, ESSAIM_SMTP_URL, ESSAIM_SECRET_KEY.
Config load_config(const std::optional<std::filesystem::path>& path, const EnvironmentLookup& environment);

EnvironmentLookup process_environment();

//! Parses HOST:PORT (also [::1]:PORT); returns false when malformed.
bool parse_listen_address(const std::string& text, std::string& host, std::uint16_t& port);

} // namespace essaim::core
