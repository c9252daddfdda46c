#include "web/page.hpp"

#include "core/config.hpp"
#include "core/text.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"
#include "web/renderer.hpp"

namespace essaim::web {

namespace {

const char* flash_class(FlashLevel level)
{
    switch (level) {
    case FlashLevel::Success: return "fr-alert--success";
    case FlashLevel::Info: return "fr-alert--info";
    case FlashLevel::Warning: return "fr-alert--warning";
    case FlashLevel::Error: return "fr-alert--error";
    }
    return "fr-alert--info";
}

bool is_current(const std::string& href, const std::string& path)
{
    if (href == "/")
        return path == "/";
    return path == href || path.rfind(href + "/", 0) == 0;
}

} // namespace

std::string marker_name(const std::string& field)
{
    std::string name;
    for (char c : field)
        name += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : (c == '-' ? '_' : c);
    return name;
}

Page::Page(Context& context, std::string title, std::string content_template)
    : m_context(context)
    , m_title(std::move(title))
    , m_layout("layout")
{
    const auto& config = context.config();
    m_layout.SetValue("TITLE", m_title);
    m_layout.SetValue("SERVICE_NAME", config.service_name);
    m_layout.SetValue("SERVICE_TAGLINE", config.service_tagline);
    m_layout.SetValue("DSFR_VERSION", context.services.dsfr_version);
    // Template-global, because ctemplate include dictionaries (the CONTENT) do not see their parent's
    // values, and the content's forms need the token as much as the layout's sign-out form.
    m_layout.SetTemplateGlobalValue("CSRF_TOKEN", context.csrf_token());
    if (context.identity.signed_in()) {
        auto* user = m_layout.AddSectionDictionary("USER");
        user->SetValue("USER_NAME",
            context.identity.display_name.empty() ? context.identity.email : context.identity.display_name);
        if (context.identity.has(auth::Role::Administrateur))
            m_layout.ShowSection("ADMIN");
    } else {
        m_layout.ShowSection("ANONYMOUS");
    }
    for (const auto& item : context.services.registry.navigation()) {
        if (!item.audience.allows(context.identity))
            continue;
        auto* entry = m_layout.AddSectionDictionary("NAV_ITEM");
        entry->SetValue("HREF", item.href);
        entry->SetValue("LABEL", item.label);
        if (is_current(item.href, context.request.path))
            entry->ShowSection("CURRENT");
    }
    if (!context.flash_code.empty()) {
        if (const auto* message = context.services.registry.find_flash(context.flash_code)) {
            auto* flash = m_layout.AddSectionDictionary("FLASH");
            flash->SetValue("FLASH_CLASS", flash_class(message->level));
            flash->SetValue("FLASH_TITLE", message->title);
            flash->SetValue("FLASH_TEXT", message->text);
        }
    }
    m_content = m_layout.AddIncludeDictionary("CONTENT");
    m_content->SetFilename(content_template);
    // Content templates may also vary with the visitor; sections are not inherited either.
    m_content->ShowSection(context.identity.signed_in() ? "SIGNED_IN" : "ANONYMOUS");
}

Page::~Page() = default;

void Page::set_description(const std::string& description)
{
    // A search engine shows 40 to 160 characters: a short text taken from the page is completed
    // with what the service is, so that it still tells a reader where the page is.
    auto text = description;
    if (core::count_code_points(text) < 40)
        text += " — " + m_context.config().service_name + " : " + m_context.config().service_tagline + ".";
    m_description = core::excerpt(text, 160);
}

void Page::add_breadcrumb(const std::string& label, const std::string& href)
{
    if (label != "Accueil" && !href.empty())
        m_trail.push_back(label);
    m_layout.ShowSection("BREADCRUMB");
    auto* crumb = m_layout.AddSectionDictionary("CRUMB");
    crumb->SetValue("LABEL", label);
    if (href.empty())
        crumb->ShowSection("CRUMB_CURRENT");
    else
        crumb->SetValueAndShowSection("HREF", href, "CRUMB_LINK");
}

void Page::set_errors(const core::Error& error)
{
    auto* summary = m_content->AddSectionDictionary("FORM_ERRORS");
    summary->SetValue("FORM_ERROR_MESSAGE", error.message);
    for (const auto& [field, message] : error.field_errors) {
        auto marker = marker_name(field);
        m_content->SetValue("ERROR_" + marker, message);
        m_content->ShowSection(marker + "_ERROR");
        m_content->SetValue(marker + "_GROUP_CLASS", "fr-input-group--error");
        m_content->SetValue(marker + "_INPUT_CLASS", "fr-input--error");
        auto* item = summary->AddSectionDictionary("FIELD_ERROR");
        item->SetValue("FIELD", field);
        item->SetValue("MESSAGE", message);
    }
    m_layout.SetValue("TITLE", "Erreur : " + m_title);
    // Set for a refusal that passes (429 throttling, 503 busy): the client is told when to retry.
    if (error.retry_after_seconds > 0)
        m_retry_after_seconds = error.retry_after_seconds;
}

void Page::set_trusted_markup(const std::string& name, const std::string& markup)
{
    // Marked `:none` in the template; only server-built markup with its own escaping goes here.
    m_content->SetValue(name, markup);
}

http::Response Page::render(int status)
{
    if (m_description.empty()) {
        std::string where;
        for (const auto& label : m_trail)
            where += (where.empty() ? " (" : ", ") + label;
        if (!where.empty())
            where += ")";
        m_description = core::excerpt(m_title + where + " — " + m_context.config().service_name + " : "
                + m_context.config().service_tagline + ".", 160);
    }
    m_layout.SetValue("DESCRIPTION", m_description);
    auto response = http::Response::html(m_context.services.renderer.render("layout/page.tpl", m_layout), status);
    if (m_retry_after_seconds > 0)
        response.set_header("Retry-After", std::to_string(m_retry_after_seconds));
    return response;
}

http::Response error_page(Context& context, int status, const std::string& message, const std::string& incident_id)
{
    std::string title;
    switch (status) {
    case 403: title = "Accès refusé"; break;
    case 404: title = "Page non trouvée"; break;
    case 405: title = "Méthode non autorisée"; break;
    case 413: title = "Contenu trop volumineux"; break;
    case 429: title = "Trop de tentatives"; break;
    case 503: title = "Service momentanément indisponible"; break;
    case 507: title = "Espace de stockage plein"; break;
    default: title = status >= 500 ? "Erreur inattendue" : "Requête refusée"; break;
    }
    Page page(context, title, "pages/error.tpl");
    page.content().SetValue("STATUS", std::to_string(status));
    page.content().SetValue("HEADING", title);
    page.content().SetValue("MESSAGE", message);
    if (!incident_id.empty())
        page.content().SetValueAndShowSection("INCIDENT_ID", incident_id, "INCIDENT");
    return page.render(status);
}

} // namespace essaim::web
