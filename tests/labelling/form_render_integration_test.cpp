// render_form and check_answers against the real templates and database: values written back,
// errors linked to their inputs, radios and checkboxes checked, repeatable rows plus an empty one,
// attachments listed, and the read-only display; commune codes checked against the communes table.

#include "labelling/labelling_fixtures.hpp"

#include "http/form.hpp"
#include "labelling/form_answers.hpp"
#include "web/context.hpp"

using namespace essaim;
using namespace essaim::test;
using namespace essaim::labelling;

namespace {

const std::string every_kind_json = R"({"sections":[{"title":"Tout <type>","fields":[
    {"key":"nom","kind":"short_text","label":"Nom","help":"Le nom usuel","required":true},
    {"key":"texte","kind":"long_text","label":"Texte","help":"","required":false},
    {"key":"budget","kind":"amount","label":"Budget","help":"","required":false},
    {"key":"creation","kind":"date","label":"Création","help":"","required":false},
    {"key":"activite","kind":"single_choice","label":"Activité","help":"","required":true,"choices":["Accompagnement","Financement"]},
    {"key":"publics","kind":"multiple_choice","label":"Publics","help":"","required":false,"choices":["Jeunes","Seniors"]},
    {"key":"asso","kind":"yes_no","label":"Association","help":"","required":false},
    {"key":"siret","kind":"siret","label":"SIRET","help":"","required":false},
    {"key":"commune","kind":"commune","label":"Commune","help":"","required":false},
    {"key":"statuts","kind":"file","label":"Statuts","help":"PDF","required":true},
    {"key":"equipe","kind":"repeatable","label":"Équipe","help":"","required":false,"fields":[
        {"key":"nom","kind":"short_text","label":"Nom","help":"","required":true}]}]}]})";

std::string render(const FormDefinition& definition, const std::string& answers, const core::FieldErrors& errors,
    const std::vector<AttachmentLink>& attachments, FormMode mode)
{
    auto& services = TestPlatform::instance().platform().services();
    http::Request request;
    request.path = "/essai";
    web::Context context(request, services);
    return render_form(context, definition, answers, errors, attachments, mode);
}

bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

} // namespace

TEST(FormRender, EditModeWritesValuesBackAndLinksErrors)
{
    auto definition = form_from_json(every_kind_json);
    ASSERT_TRUE(definition.has_value());
    http::Form posted;
    posted.add("champ_nom", "Ruche <script>");
    posted.add("champ_budget", "1 500,5");
    posted.add("champ_creation", "2024-02-29");
    posted.add("champ_activite", "Financement");
    posted.add("champ_publics", "Seniors");
    posted.add("champ_asso", "non");
    posted.add("champ_siret", "123");
    posted.add("champ_commune", "42999");
    posted.add("champ_equipe__0__nom", "Ali");
    const auto answers = answers_from_form(*definition, posted);

    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    const auto errors = check_answers(*lease, *definition, answers, {}, AnswerCheck::Deposit);
    EXPECT_EQ(errors.count("champ_siret"), 1u);
    EXPECT_EQ(errors.count("champ_commune"), 1u);  // well-formed, but no such commune
    EXPECT_EQ(errors.count("fichier_statuts"), 1u);
    EXPECT_EQ(errors.size(), 3u);
    posted.add("champ_commune", "");
    http::Form fixed;
    fixed.add("champ_nom", "x");
    fixed.add("champ_activite", "Accompagnement");
    fixed.add("champ_commune", "42218");
    EXPECT_TRUE(check_answers(*lease, *definition, answers_from_form(*definition, fixed), {"statuts"}, AnswerCheck::Deposit).empty());

    const auto html = render(*definition, answers, errors,
        {AttachmentLink{7, "statuts", "statuts <v2>.pdf", "/dossiers/1/pieces/7", 2048}}, FormMode::Edit);
    EXPECT_TRUE(has(html, "value=\"Ruche &lt;script&gt;\"")) << html;
    EXPECT_FALSE(has(html, "<script>"));
    EXPECT_TRUE(has(html, "Tout &lt;type&gt;"));
    EXPECT_TRUE(has(html, "value=\"1500,5\""));
    EXPECT_TRUE(has(html, "value=\"29/02/2024\""));
    EXPECT_TRUE(has(html, "value=\"Financement\" checked"));
    EXPECT_FALSE(has(html, "value=\"Accompagnement\" checked"));
    EXPECT_TRUE(has(html, "value=\"Seniors\" checked"));
    EXPECT_TRUE(has(html, "value=\"non\" checked"));
    EXPECT_TRUE(has(html, "<textarea"));
    EXPECT_TRUE(has(html, "type=\"radio\""));
    EXPECT_TRUE(has(html, "type=\"checkbox\""));
    EXPECT_TRUE(has(html, "aria-describedby=\"champ_nom-aide\""));
    EXPECT_TRUE(has(html, "id=\"champ_siret-erreur\""));
    EXPECT_TRUE(has(html, "champ_siret-format champ_siret-erreur"));
    EXPECT_TRUE(has(html, "fr-input--error"));
    EXPECT_TRUE(has(html, "data-commune-autocomplete=\"/api/v1/communes\""));
    EXPECT_TRUE(has(html, "src=\"/static/js/commune-autocomplete.js\""));
    EXPECT_TRUE(has(html, "type=\"file\" id=\"fichier_statuts\" name=\"fichier_statuts\""));
    EXPECT_TRUE(has(html, "statuts &lt;v2&gt;.pdf"));
    EXPECT_TRUE(has(html, "href=\"/dossiers/1/pieces/7\""));
    EXPECT_TRUE(has(html, "id=\"fichier_statuts-erreur\""));
    EXPECT_TRUE(has(html, "name=\"champ_equipe__0__nom\" value=\"Ali\""));
    EXPECT_TRUE(has(html, "name=\"champ_equipe__1__nom\" value=\"\""));  // the empty row to fill
    EXPECT_TRUE(has(html, "name=\"ajouter_ligne\" value=\"equipe\""));
    EXPECT_FALSE(has(html, "disabled"));
}

TEST(FormRender, ReadModeShowsAnswersAndAttachments)
{
    auto definition = form_from_json(every_kind_json);
    ASSERT_TRUE(definition.has_value());
    const std::string answers
        = R"({"nom":"Ruche","budget":"2500.5","asso":"oui","publics":["Jeunes","Seniors"],"commune":"42218","equipe":[{"nom":"Zoé"}]})";
    const auto html = render(*definition, answers, {}, {AttachmentLink{3, "statuts", "statuts.pdf", "/dossiers/2/pieces/3", 10}},
        FormMode::Read);
    EXPECT_TRUE(has(html, "<dt>Nom</dt>"));
    EXPECT_TRUE(has(html, "2\u202F500,5\u00A0€"));  // one formatter for every amount (docs/glossary.md)
    EXPECT_TRUE(has(html, "Oui"));
    EXPECT_TRUE(has(html, "<li>Seniors</li>"));
    EXPECT_TRUE(has(html, "Saint-Étienne (42218)"));
    EXPECT_TRUE(has(html, "Zoé"));
    EXPECT_TRUE(has(html, "href=\"/dossiers/2/pieces/3\""));
    EXPECT_TRUE(has(html, "Non renseigné"));  // the date left empty
    EXPECT_FALSE(has(html, "<input"));

    const auto preview = render(*definition, "{}", {}, {}, FormMode::Preview);
    EXPECT_TRUE(has(preview, "disabled"));
    EXPECT_FALSE(has(preview, "champ_equipe__1__nom"));
}
