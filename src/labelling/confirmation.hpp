#pragma once
// A decision that needs a reason or a confirmation (a committee's decision, asking for
// completions, publishing a call, deleting a draft): a decision button that opens a DSFR modal
// holding the form, and, for browsers without JavaScript, the same form on a confirmation page
// that the button's own GET form leads to. A refused form (a missing reason) comes back on that
// page, with the error next to the field and the input kept.

#include "http/request.hpp"

#include <ctemplate/template.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace essaim::web {
struct Context;
class Page;
}

namespace essaim::labelling {

//! How the decision button looks: an irreversible action is drawn as dangerous.
enum class DecisionTone { Primary, Secondary, Danger };

//! The reason asked with the decision, posted as "motivation".
struct DecisionReason {
    std::string label;
    std::string hint;
    bool required = true;
    std::string value; //!< the input kept after an error
    std::string error; //!< "" when none
};

struct Decision {
    std::string id; //!< unique in the page: the modal's id, and the prefix of its fields' ids
    std::string button; //!< the decision button's label
    DecisionTone tone = DecisionTone::Primary;
    std::string page_href; //!< GET: the confirmation page without JavaScript
    std::vector<std::pair<std::string, std::string>> fields; //!< hidden fields, sent to the page and posted
    std::string title; //!< the modal's and the page's heading
    std::string explanation;
    std::optional<DecisionReason> reason;
    std::string action; //!< where the form posts
    std::string confirm; //!< the confirming button's label
    std::string cancel_href; //!< the page's way back
};

//! The decision button and its modal, rendered where `marker` ({{>MARKER}}) stands in `parent`.
void add_decision(ctemplate::TemplateDictionary& parent, const std::string& marker, const Decision& decision);

//! The confirmation page: `page` is made with "labelling/confirmation_page.tpl"; `status` 422
//! after a refused reason.
http::Response render_decision_page(web::Page& page, const Decision& decision, int status = 200);

} // namespace essaim::labelling
