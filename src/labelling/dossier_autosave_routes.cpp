// Route: POST /dossiers/{id}/reponses, the saving of answers as they are typed.
//
// web/public/js/dossier-autosave.js posts, a moment after the typing stops, the inputs of one
// question ("champ" names the question, repeated when several are sent) with the CSRF token in
// the X-CSRF-Token header, and asks for JSON. The answer says when it was saved, and the format
// errors of what was sent (kept all the same, as a draft keeps them). Failures are problem+json.

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "db/session.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/save_dossier.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <boost/json.hpp>

namespace essaim::labelling {

void register_dossier_autosave_routes(web::Registry& registry)
{
    registry.post("/dossiers/{id}/reponses", auth::signed_in(), [](web::Context& context) {
        auto visible = visible_dossier(context);
        if (!visible)
            return not_found_response(context);
        auto saved = save_answers(context.services, context.db(), context.identity, visible->dossier.id, context.form(),
            context.form().all("champ"));
        if (!saved)
            return failure_response(context, saved.error());
        boost::json::object errors;
        for (const auto& [name, message] : saved->errors)
            errors[name] = message;
        // "28/11/2026 à 10:15" → "10:15": the page says "Enregistré à 10:15".
        const auto when = auth::format_paris_time(saved->dossier.updated_at);
        boost::json::object body{{"enregistre_a", when.substr(when.size() - 5)}, {"erreurs", std::move(errors)}};
        return http::Response::json(boost::json::serialize(body));
    });
}

} // namespace essaim::labelling
