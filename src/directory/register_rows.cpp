#include "directory/register_rows.hpp"

#include "core/identifiers.hpp"
#include "http/form.hpp"

namespace essaim::directory {

namespace {

const std::vector<std::string_view> unite_legale_fields = {"name", "acronym", "siren", "nic_siege", "rna",
    "legal_form_code", "ess_family", "naf_code", "headcount_band", "creation_date"};

} // namespace

UniteLegaleColumns::UniteLegaleColumns(const core::CsvHeader& header)
    : siren(header.index("siren")), denomination(header.index("denominationUniteLegale")),
      nom(header.index("nomUniteLegale")), prenom(header.index("prenom1UniteLegale")),
      sigle(header.index("sigleUniteLegale")), categorie(header.index("categorieJuridiqueUniteLegale")),
      activite(header.index("activitePrincipaleUniteLegale")),
      ess(header.index("economieSocialeSolidaireUniteLegale")), mission(header.index("societeMissionUniteLegale")),
      etat(header.index("etatAdministratifUniteLegale")), tranche(header.index("trancheEffectifsUniteLegale")),
      creation(header.index("dateCreationUniteLegale")), rna(header.index("identifiantAssociationUniteLegale")),
      nic_siege(header.index("nicSiegeUniteLegale"))
{
}

std::string read_unite_legale(const std::vector<std::string>& f, const UniteLegaleColumns& c, RegisterRow& row)
{
    auto siren = core::validate_siren(field_at(f, c.siren));
    if (!siren.ok())
        return "SIREN invalide : " + siren.error().message;
    OrganisationProfile& p = row.profile;
    p = OrganisationProfile{};
    p.siren = siren.value();
    p.name = std::string(field_at(f, c.denomination));
    if (p.name.empty()) {
        // A person's business: first name and surname.
        std::string first(field_at(f, c.prenom)), last(field_at(f, c.nom));
        p.name = first.empty() ? last : last.empty() ? first : first + " " + last;
    }
    if (p.name.empty())
        return "dénomination absente";
    p.acronym = std::string(field_at(f, c.sigle));
    auto nic = field_at(f, c.nic_siege);
    if (!nic.empty()) {
        if (!core::is_digits(nic, 5) || !core::validate_siret(p.siren + std::string(nic)).ok())
            return "SIRET du siège invalide : " + p.siren + std::string(nic);
        p.nic_siege = std::string(nic);
    }
    if (auto rna = core::validate_rna(field_at(f, c.rna)); rna.ok())
        p.rna = rna.value();
    auto category = field_at(f, c.categorie);
    if (core::is_digits(category, 4))
        p.legal_form_code = std::string(category);
    if (auto naf = core::validate_naf_code(field_at(f, c.activite)); naf.ok())
        p.naf_code = naf.value();
    if (auto band = field_at(f, c.tranche); label_of(headcount_bands(), band))
        p.headcount_band = std::string(band);
    p.creation_date = date_or_empty(field_at(f, c.creation));
    p.ess_family = ess_family_for(p.legal_form_code, field_at(f, c.ess) == "O", field_at(f, c.mission) == "O");
    row.fields = unite_legale_fields;
    row.ceased = field_at(f, c.etat) == "C";
    return "";
}

RnaColumns::RnaColumns(const core::CsvHeader& header)
    : id(header.index("id")), titre(header.index("titre")), titre_court(header.index("titre_court")),
      objet(header.index("objet")), date_creat(header.index("date_creat")),
      number(header.index("adrs_numvoie")), street_type(header.index("adrs_typevoie")),
      street_name(header.index("adrs_libvoie")), postal_code(header.index("adrs_codepostal")),
      commune(header.index("adrs_codeinsee")), position(header.index("position")), siret(header.index("siret")),
      website(header.index("site_web") ? header.index("site_web") : header.index("siteweb"))
{
}

std::vector<std::string_view> rna_given_fields(const RnaColumns& c)
{
    std::vector<std::string_view> fields{"name", "rna", "ess_family"};
    auto add_if = [&](const std::optional<std::size_t>& column, std::initializer_list<std::string_view> names) {
        if (column)
            fields.insert(fields.end(), names);
    };
    add_if(c.titre_court, {"acronym"});
    add_if(c.objet, {"description"});
    add_if(c.date_creat, {"creation_date"});
    add_if(c.street_name, {"address_line"});
    add_if(c.postal_code, {"postal_code"});
    add_if(c.commune, {"commune_code"});
    add_if(c.siret, {"siren", "nic_siege"});
    add_if(c.website, {"website"});
    return fields;
}

std::string read_rna_row(const std::vector<std::string>& f, const RnaColumns& c, const CommuneCodes& communes,
    RegisterRow& row)
{
    auto rna = core::validate_rna(field_at(f, c.id));
    if (!rna.ok())
        return "numéro RNA invalide : " + rna.error().message;
    OrganisationProfile& p = row.profile;
    p = OrganisationProfile{};
    row.commune_part_code.clear();
    p.rna = rna.value();
    p.name = std::string(field_at(f, c.titre));
    if (p.name.empty())
        return std::string("titre absent");
    if (auto siret = field_at(f, c.siret); !siret.empty()) {
        auto valid = core::validate_siret(siret);
        if (!valid.ok())
            return "SIRET invalide : " + valid.error().message;
        p.siren = valid.value().substr(0, 9);
        p.nic_siege = valid.value().substr(9);
    }
    auto place = communes.place(field_at(f, c.commune));
    if (!place)
        return place.error().message;
    p.commune_code = place->commune_code;
    row.commune_part_code = place->part_code;
    p.acronym = std::string(field_at(f, c.titre_court));
    p.description = std::string(field_at(f, c.objet));
    p.creation_date = date_or_empty(field_at(f, c.date_creat));
    p.address_line = address_line_of(field_at(f, c.number), field_at(f, c.street_type), field_at(f, c.street_name));
    auto postal = field_at(f, c.postal_code);
    p.postal_code = core::is_digits(postal, 5) ? std::string(postal) : std::string();
    auto website = field_at(f, c.website);
    if (website.starts_with("http://") || website.starts_with("https://"))
        p.website = std::string(website);
    else if (website.starts_with("www."))
        p.website = "https://" + std::string(website);
    // A declared association (9220) when the organisation is new; an update leaves the
    // legal category to SIRENE, which is finer (9230 for the recognised ones, …).
    p.legal_form_code = "9220";
    p.ess_family = "association";
    auto position = field_at(f, c.position);
    row.ceased = position == "D" || position == "S";
    return "";
}

std::string unreadable_field(const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!http::is_clean_utf8(fields[i]))
            return "colonne " + std::to_string(i + 1) + " : texte illisible (pas de l’UTF-8, ou caractère de contrôle)";
    }
    return "";
}

// Declared in import_support.hpp; defined here so that this file links without the database.

std::string ess_family_for(std::string_view category, bool ess, bool mission)
{
    auto in = [&](int low, int high) {
        if (category.size() != 4)
            return false;
        int code = 0;
        for (char c : category) {
            if (c < '0' || c > '9')
                return false;
            code = code * 10 + (c - '0');
        }
        return code >= low && code <= high;
    };
    // SA d'HLM (5546, 5646) and SA d'économie mixte (5547…): only the cooperative ones count.
    bool hlm = category == "5546" || category == "5646";
    if (in(9200, 9299))
        return "association";
    if (in(9300, 9399))
        return "fondation";
    if (in(5191, 5196) || in(5443, 5460) || (in(5543, 5560) && !hlm) || (in(5643, 5660) && !hlm) || in(6316, 6318))
        return "cooperative";
    if (category == "8210" || category == "8250" || category == "8290" || category == "6411")
        return "mutuelle";
    if (mission)
        return "societe_a_mission";
    if (ess)
        return "entreprise_ess_esus";
    return "";
}

std::string address_line_of(std::string_view number, std::string_view street_type, std::string_view street_name)
{
    static const std::pair<std::string_view, std::string_view> types[] = {{"ALL", "ALLEE"}, {"AV", "AVENUE"},
        {"BD", "BOULEVARD"}, {"CHE", "CHEMIN"}, {"CRS", "COURS"}, {"IMP", "IMPASSE"}, {"PL", "PLACE"},
        {"QUA", "QUAI"}, {"RTE", "ROUTE"}, {"SQ", "SQUARE"}, {"ZA", "ZONE ARTISANALE"}, {"ZI", "ZONE INDUSTRIELLE"}};
    std::string type(street_type);
    for (const auto& [code, written] : types) {
        if (street_type == code)
            type = written;
    }
    std::string line;
    for (std::string_view part : {number, std::string_view(type), street_name}) {
        if (part.empty())
            continue;
        if (!line.empty())
            line += ' ';
        line += part;
    }
    return line;
}

std::string date_or_empty(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return "";
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9')
            return "";
    }
    return std::string(text);
}

} // namespace essaim::directory
