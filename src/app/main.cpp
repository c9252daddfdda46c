// The `essaim` command: serve, migrate, seed-demo, create-user, backup, import, version.

#include "app/commands.hpp"
#include "app/import_command.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace essaim;
    CLI::App cli{"Essaim — plateforme de l'accélérateur national d'innovation sociale"};
    cli.require_subcommand(1);
    std::string config_path;
    cli.add_option("--config", config_path, "Fichier de configuration TOML (exemple : config/essaim.example.toml)")
        ->check(CLI::ExistingFile);

    auto* serve = cli.add_subcommand("serve", "Sert la plateforme (applique d'abord les migrations)");
    auto* migrate = cli.add_subcommand("migrate", "Applique les migrations et charge les données de référence");
    auto* seed = cli.add_subcommand("seed-demo", "Ajoute les données de démonstration si la base est vide");
    auto* create_user = cli.add_subcommand("create-user", "Crée un compte confirmé (mot de passe lu sur l'entrée standard)");
    app::CreateUserOptions user_options;
    create_user->add_option("--email", user_options.email, "Adresse électronique")->required();
    create_user->add_option("--name", user_options.display_name, "Nom affiché");
    create_user->add_option("--role", user_options.roles, "Rôle accordé (répétable) : administrateur, instructeur, …");
    auto* backup = cli.add_subcommand("backup", "Copie cohérente de la base SQLite, même pendant le service");
    std::string backup_target;
    backup->add_option("--to", backup_target, "Fichier de destination")->required();
    auto* version = cli.add_subcommand("version", "Affiche la version");
    auto* import = cli.add_subcommand("import", "Importe un registre officiel (SIRENE, RNA)");
    import->require_subcommand(1);
    app::ImportSireneCommand sirene_options;
    auto* sirene = import->add_subcommand("sirene", "Fichiers stock SIRENE de l'INSEE");
    sirene->add_option("--unites-legales", sirene_options.unites_legales, "StockUniteLegale (CSV)")->required()->check(CLI::ExistingFile);
    sirene->add_option("--etablissements", sirene_options.etablissements, "StockEtablissement (CSV) : adresses des sièges")->check(CLI::ExistingFile);
    sirene->add_flag("--ess-only", sirene_options.ess_only, "Seulement les unités de l'économie sociale et solidaire");
    sirene->add_option("--report", sirene_options.report, "Fichier CSV des lignes rejetées");
    sirene->add_option("--batch", sirene_options.batch, "Lignes par transaction (5000)")->check(CLI::PositiveNumber);
    app::ImportRnaCommand rna_options;
    auto* rna = import->add_subcommand("rna", "Export du répertoire national des associations (CSV « ; »)");
    rna->add_option("FILE", rna_options.file, "Fichier RNA")->required()->check(CLI::ExistingFile);
    rna->add_option("--report", rna_options.report, "Fichier CSV des lignes rejetées");
    rna->add_option("--batch", rna_options.batch, "Lignes par transaction (5000)")->check(CLI::PositiveNumber);

    CLI11_PARSE(cli, argc, argv);

    try {
        core::initialize_crypto();
        std::optional<std::filesystem::path> path;
        if (!config_path.empty())
            path = config_path;
        const core::Config config = core::load_config(path, core::process_environment());
        core::log::set_level(config.log_level);

        if (*version) {
            std::cout << "essaim " << app::version_string() << "\n";
            return 0;
        }
        if (*migrate)
            return app::run_migrate(config);
        if (*seed)
            return app::run_seed_demo(config);
        if (*create_user)
            return app::run_create_user(config, user_options, std::cin);
        if (*backup)
            return app::run_backup(config, backup_target);
        if (*sirene)
            return app::run_import_sirene(config, sirene_options, std::cout, std::cerr);
        if (*rna)
            return app::run_import_rna(config, rna_options, std::cout, std::cerr);
        if (*serve)
            return app::run_serve(config);
    } catch (const std::exception& failure) {
        std::cerr << "essaim: " << failure.what() << "\n";
        return 1;
    }
    return 0;
}
