#pragma once
// The expected answer of every route of the router, for each actor, as one row per method and
// pattern. The test lists the routes from the router itself: a route missing here, or a row for a
// route that no longer exists, fails it.
//
// One letter per actor, in this order (spaces only group the columns for reading):
//
//   V   visiteur (not signed in)
//   M   membre with no records: every record in the path belongs to someone else
//   T   titulaire: the membre who owns the organisation, its project, its dossier and its label
//   Ac  accompagnateur          Fi  financeur
//   In  instructeur of the call's team, sitting on the committee
//   Ih  instructeur outside the team (someone else's dossiers)
//   Ex  expert asked for an opinion on the dossier (their own review)
//   Eh  expert not asked (someone else's review)
//   Hp  hacker public           Ap  agent public
//   Ad  administrateur
//
// Letters: A allowed (2xx, a 3xx that is not the sign-in page, 400/409/422 for an empty or
// unfitting form: the route ran), C sent to sign in (303 to /connexion, 401 for JSON),
// F 403, N 404 (the record's existence is hidden from who may not see it).

#include <string_view>
#include <vector>

namespace essaim::test::access_matrix {

struct Row {
    std::string_view method;
    std::string_view pattern;
    //! V M T  Ac Fi  In Ih  Ex Eh  Hp Ap  Ad
    std::string_view expected;
};

// clang-format off
inline const std::vector<Row> expectations = {
    {"GET", "/", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/accessibilite", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/mentions-legales", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/contact", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/donnees-personnelles", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/plan-du-site", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/healthz", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/readyz", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/inscription", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/inscription", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/inscription/courriel-envoye", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/inscription/confirmer", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/inscription/renvoyer", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/inscription/renvoyer", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/connexion", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/connexion", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/deconnexion", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/mot-de-passe-oublie", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/mot-de-passe-oublie", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/mot-de-passe-oublie/courriel-envoye", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/mot-de-passe/reinitialiser", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/mot-de-passe/reinitialiser", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/compte", "CAA  AA  AA  AA  AA  A"},
    {"POST", "/compte/mot-de-passe", "CAA  AA  AA  AA  AA  A"},
    {"POST", "/compte/sessions/{id}/fin", "CNA  NN  NN  NN  NN  N"},
    {"POST", "/compte/deconnexion-partout", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/admin", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/utilisateurs", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/utilisateurs/{id}/roles", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/journal", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/territoires", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/territoires/regions/{code}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/territoires/departements/{code}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/api/v1/communes", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/organisations/nouvelle", "CAA  AA  AA  AA  AA  A"},
    {"POST", "/organisations/nouvelle", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/organisations/{id}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/organisations/{id}/modifier", "CFA  FF  FF  FF  FF  A"},
    {"POST", "/organisations/{id}/modifier", "CFA  FF  FF  FF  FF  A"},
    {"GET", "/organisations/{id}/historique", "CFA  FF  FF  FF  FF  A"},
    {"GET", "/admin/organisations", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/organisations/{id}/publier", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/organisations/{id}/refuser", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/organisations/{id}/refuser", "CFF  FF  FF  FF  FF  A"},
    // the organisation already has an owner: 409 for everyone signed in
    {"GET", "/organisations/{id}/revendiquer", "CAA  AA  AA  AA  AA  A"},
    // the organisation already has an owner: 409 for everyone signed in
    {"POST", "/organisations/{id}/revendiquer", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/admin/revendications", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/revendications/{id}/accepter", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/revendications/{id}/refuser", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/revendications/{id}/refuser", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/identites", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/identites/{id}/accepter", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/identites/{id}/refuser", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/identites/{id}/refuser", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/doublons", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/doublons/ecarter", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/doublons/fusionner", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/organisations/{id}/projets/nouveau", "CFA  FF  FF  FF  FF  A"},
    {"POST", "/organisations/{id}/projets/nouveau", "CFA  FF  FF  FF  FF  A"},
    {"GET", "/projets/{id}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/projets/{id}/historique", "CFA  FF  FF  FF  FF  A"},
    {"GET", "/admin/projets", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/projets/{id}/masquer", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/projets/{id}/masquer", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/projets/{id}/republier", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/projets/{id}/modifier", "CFA  FF  FF  FF  FF  A"},
    {"POST", "/projets/{id}/modifier", "CFA  FF  FF  FF  FF  A"},
    {"GET", "/projets/{id}/qualification", "CFF  FF  AA  FF  FF  A"},
    {"POST", "/projets/{id}/qualification", "CFF  FF  AA  FF  FF  A"},
    {"GET", "/api/v1/organisations", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/api/v1/projects", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/api/v1/organisations/{id}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/api/v1/projects/{id}", "AAA  AA  AA  AA  AA  A"},
    {"PATCH", "/api/v1/organisations/{id}", "CFA  FF  FF  FF  FF  A"},
    {"PATCH", "/api/v1/projects/{id}", "CFA  FF  FF  FF  FF  A"},
    {"GET", "/annuaire", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/admin/appels", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/nouveau", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/nouveau", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/{id}", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/{id}/publier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/publier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/clore", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/equipe", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/equipe/{user}/retirer", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/{id}/formulaire", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/sections", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/sections/{section}/renommer", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/sections/{section}/monter", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/champs/{cle}/monter", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/sections/{section}/descendre", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/champs/{cle}/descendre", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/sections/{section}/supprimer", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/champs", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/{id}/formulaire/champs/{cle}/modifier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/champs/{cle}/modifier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/formulaire/champs/{cle}/supprimer", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/{id}/grille", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/grille", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/appels/{id}/grille/{critere}/modifier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/grille/{critere}/modifier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/grille/{critere}/monter", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/grille/{critere}/descendre", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/appels/{id}/grille/{critere}/supprimer", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/appels", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/appels/{id}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/dossiers/{id}", "CNA  NN  AN  AN  NN  A"},
    // a deposit (minimal form): only the applicant may; 422 for the owner because the answers are incomplete
    {"GET", "/dossiers/{id}/transition", "CNA  NN  AN  AN  NN  A"},
    {"POST", "/dossiers/{id}/transition", "CNA  NN  FN  FN  NN  F"},
    {"POST", "/dossiers/{id}/messages", "CNA  NN  AN  FN  NN  A"},
    {"POST", "/dossiers/{id}/notes", "CNF  NN  AN  FN  NN  A"},
    {"GET", "/appels/{id}/candidater", "CAA  AA  AA  AA  AA  A"},
    {"POST", "/appels/{id}/candidater", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/dossiers/{id}/modifier", "CNA  NN  FN  FN  NN  F"},
    {"POST", "/dossiers/{id}/modifier", "CNA  NN  FN  FN  NN  F"},
    {"GET", "/dossiers/{id}/supprimer", "CNA  NN  FN  FN  NN  F"},
    {"POST", "/dossiers/{id}/reponses", "CNA  NN  FN  FN  NN  F"},
    {"GET", "/dossiers/{id}/recapitulatif", "CNA  NN  FN  FN  NN  F"},
    {"POST", "/dossiers/{id}/deposer", "CNA  NN  FN  FN  NN  F"},
    {"POST", "/dossiers/{id}/supprimer", "CNA  NN  FN  FN  NN  F"},
    // a PDF (minimal form): only the applicant adds pieces; staff and the expert may read, not add
    {"POST", "/dossiers/{id}/pieces", "CNA  NN  FN  FN  NN  F"},
    {"GET", "/dossiers/{id}/pieces/{piece}", "CNA  NN  AN  AN  NN  A"},
    {"POST", "/dossiers/{id}/pieces/{piece}/supprimer", "CNA  NN  FN  FN  NN  F"},
    {"GET", "/mes-dossiers", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/instruction", "CFF  FF  AA  FF  FF  A"},
    {"GET", "/instruction/appels/{id}/export.csv", "CFF  FF  AF  FF  FF  A"},
    {"GET", "/instruction/appels/{id}/export.xlsx", "CFF  FF  AF  FF  FF  A"},
    {"GET", "/dossiers/{id}/avis", "CNN  NN  AN  AN  NN  A"},
    {"POST", "/dossiers/{id}/avis", "CFF  FF  AN  FF  FF  A"},
    {"POST", "/dossiers/{id}/avis/{review}/annuler", "CFF  FF  AN  FF  FF  A"},
    {"POST", "/dossiers/{id}/instructeur", "CFF  FF  AN  FF  FF  A"},
    {"GET", "/avis", "CFF  FF  FF  AA  FF  F"},
    {"GET", "/avis/{id}", "CFF  FF  FF  AN  FF  F"},
    {"POST", "/avis/{id}", "CFF  FF  FF  AN  FF  F"},
    {"POST", "/avis/{id}/conflit", "CFF  FF  FF  AN  FF  F"},
    {"GET", "/admin/instructeurs", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/instructeurs/{id}", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/comites", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/comites", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/admin/comites/nouveau", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/comites/nouveau", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/admin/comites/{id}/modifier", "CFF  FF  FF  FF  FF  A"},
    {"POST", "/admin/comites/{id}/modifier", "CFF  FF  FF  FF  FF  A"},
    {"GET", "/comites/{id}", "CNN  NN  AN  NN  NN  A"},
    {"POST", "/comites/{id}/ordre-du-jour", "CNN  NN  AN  NN  NN  A"},
    // a decision on a dossier of the agenda (minimal form): administrators only; 409 as it is not en comité
    {"GET", "/comites/{id}/decision", "CNN  NN  FN  NN  NN  A"},
    {"POST", "/comites/{id}/decisions", "CNN  NN  FN  NN  NN  A"},
    {"POST", "/comites/{id}/tenu", "CNN  NN  FN  NN  NN  A"},
    {"GET", "/labels", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/labels.csv", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/labels.json", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/labels/verifier", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/labels/{id}", "AAA  AA  AA  AA  AA  A"},
    {"GET", "/labels/{id}/certificat", "AAA  AA  AA  AA  AA  A"},
    {"POST", "/labels/{id}/retirer", "CFF  FF  FF  FF  FF  A"},
    // only a member of the labelled organisation (409: a renewal needs an open call of the category)
    {"POST", "/labels/{id}/renouveler", "CFA  FF  FF  FF  FF  F"},
    {"GET", "/compte/mes-donnees", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/compte/mes-donnees.json", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/compte/suppression", "CAA  AA  AA  AA  AA  A"},
    {"POST", "/compte/suppression", "CAA  AA  AA  AA  AA  A"},
    {"GET", "/compte/suppression/effectuee", "AAA  AA  AA  AA  AA  A"},
};
// clang-format on

} // namespace essaim::test::access_matrix
