#pragma once
// A full HTML page: the DSFR layout (header, navigation, skip links, footer) around a module's
// content template.

#include "core/result.hpp"
#include "http/request.hpp"

#include <ctemplate/template.h>
#include <memory>
#include <string>
#include <vector>

namespace essaim::web {

struct Context;

class Page {
public:
    Page(Context& context, std::string title, std::string content_template);
    ~Page();

    //! The content template's dictionary; it sees the layout's values (CSRF_TOKEN, …).
    ctemplate::TemplateDictionary& content() { return *m_content; }
    void add_breadcrumb(const std::string& label, const std::string& href);
    //! The page's meta description, from its content (an organisation's presentation, a call's
    //! dates …); trimmed to a search result's length. Without it, the page is described by its
    //! title and its place in the breadcrumb, so that no two pages share one description.
    void set_description(const std::string& description);
    //! For each field in error: ERROR_<FIELD> holds the message and section <FIELD>_ERROR is shown;
    //! plus a summary section FORM_ERRORS with the general message. A throttling error (429) also
    //! gives the answer its Retry-After header.
    void set_errors(const core::Error& error);
    //! Raw, trusted markup produced by the server (SVG maps); never user input.
    void set_trusted_markup(const std::string& name, const std::string& markup);

    http::Response render(int status = 200);

private:
    Context& m_context;
    std::string m_title;
    std::string m_description;
    std::vector<std::string> m_trail;  //!< the breadcrumb's labels, for the default description
    ctemplate::TemplateDictionary m_layout;
    ctemplate::TemplateDictionary* m_content;
    int m_retry_after_seconds = 0;
};

//! Upper-cases a field name for use as a template marker ("postal_code" → "POSTAL_CODE").
std::string marker_name(const std::string& field);

//! The error page (404, 403, 500 …) in the layout; `incident_id` is shown for 500s.
http::Response error_page(Context& context, int status, const std::string& message, const std::string& incident_id = {});

} // namespace essaim::web
