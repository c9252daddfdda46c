#pragma once
// How a domain module plugs into the platform: routes (each with its access rule), flash
// messages, hooks run on every request, and background jobs. Later issues extend it with
// open-data datasets, territory-page sections and e-mail templates.

#include "auth/access_rule.hpp"
#include "http/request.hpp"
#include "http/router.hpp"
#include "web/vocabulary.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace essaim::core {
struct Config;
}
namespace essaim::db {
class Session;
}

namespace essaim::web {

struct Context;
struct Services;

using RouteHandler = std::function<http::Response(Context&)>;

//! How large a body a route reads.
enum class BodySize {
    Form,    //!< Config::max_body_bytes
    Upload,  //!< Config::max_upload_bytes (files), decided before the body is read
};

struct Route {
    std::string module;
    auth::AccessRule access;
    RouteHandler handler;
    //! Exempt from the CSRF check: only for requests authenticated otherwise (none yet).
    bool csrf_exempt = false;
    //! Reads bodies up to Config::max_upload_bytes, for a signed-in person (Registry::upload);
    //! every other route reads at most Config::max_body_bytes.
    BodySize body_size = BodySize::Form;
};

enum class FlashLevel { Success, Info, Warning, Error };

struct FlashMessage {
    FlashLevel level = FlashLevel::Info;
    std::string title;
    std::string text;
};

struct Job {
    std::string name;
    std::chrono::seconds interval;
    std::function<void(Services&)> run;
};

//! An entry of the administrators' dashboard (/admin), contributed by the module that owns the page.
struct AdminTile {
    std::string title;
    std::string href;
    std::string description;
    int order = 0;
};

//! The territory page a contributed section is asked for.
enum class TerritoryKind { Region, Department };

//! A region or department page (its official code and name).
struct TerritoryPage {
    TerritoryKind kind = TerritoryKind::Region;
    std::string code;
    std::string name;
};

//! A section of the region and department pages contributed by another module (the directory's
//! actors, later the labels), so the territory module depends on none of them. `render` answers
//! markup rendered from the contributor's own escaping template, headings from <h3> down (the
//! page writes the <h2> from `title`), or "" to leave the section out.
struct TerritorySection {
    std::string id; //!< HTML id of the section, unique on the page
    std::string title;
    int order = 0;
    std::function<std::string(Context&, const TerritoryPage&)> render;
};

struct NavigationItem {
    std::string label;
    std::string href;
    int order = 0;
    //! Who sees the entry: the pages of a role are listed only for that role.
    auth::AccessRule audience = auth::anyone();
};

class Registry {
public:
    void set_module(std::string name) { m_module = std::move(name); }

    void add(http::Method method, std::string pattern, auth::AccessRule access, RouteHandler handler,
        BodySize body_size = BodySize::Form);
    void get(std::string pattern, auth::AccessRule access, RouteHandler handler)
    {
        add(http::Method::Get, std::move(pattern), std::move(access), std::move(handler));
    }
    void post(std::string pattern, auth::AccessRule access, RouteHandler handler)
    {
        add(http::Method::Post, std::move(pattern), std::move(access), std::move(handler));
    }

    //! A POST route that receives files (multipart/form-data up to Config::max_upload_bytes). The
    //! larger bound is granted from the header, before the body is read, only to a signed-in person
    //! whose session the route's rule allows, and whose `x-csrf-token` header, when sent, is valid.
    void upload(std::string pattern, auth::AccessRule access, RouteHandler handler)
    {
        add(http::Method::Post, std::move(pattern), std::move(access), std::move(handler), BodySize::Upload);
    }

    void add_flash(std::string code, FlashMessage message) { m_flashes[std::move(code)] = std::move(message); }
    const FlashMessage* find_flash(const std::string& code) const;

    //! Runs before the route on every request (the auth module resolves the session here).
    void on_request(std::function<void(Context&)> hook) { m_request_hooks.push_back(std::move(hook)); }
    void add_job(Job job) { m_jobs.push_back(std::move(job)); }
    //! Loads reference data after the migrations (`essaim migrate`); must be idempotent.
    void add_reference_loader(std::string name, std::function<void(db::Session&, const core::Config&)> loader)
    {
        m_reference_loaders.emplace_back(std::move(name), std::move(loader));
    }
    //! Adds demo records (`essaim seed-demo`), only into an empty database.
    void add_demo_seeder(std::function<void(Services&, db::Session&)> seeder) { m_demo_seeders.push_back(std::move(seeder)); }
    const auto& reference_loaders() const { return m_reference_loaders; }
    const auto& demo_seeders() const { return m_demo_seeders; }

    void add_admin_tile(AdminTile tile) { m_admin_tiles.push_back(std::move(tile)); }
    std::vector<AdminTile> admin_tiles() const;

    void add_territory_section(TerritorySection section) { m_territory_sections.push_back(std::move(section)); }
    //! The contributed sections, by `order`.
    std::vector<TerritorySection> territory_sections() const;

    //! An entry of the main navigation, shown to `audience`; `order` sorts them.
    void add_navigation(std::string label, std::string href, int order, auth::AccessRule audience = auth::anyone())
    {
        m_navigation.push_back(NavigationItem{std::move(label), std::move(href), order, std::move(audience)});
    }

    //! The French labels of the machine names the module stores and logs (see vocabulary.hpp).
    Vocabulary& vocabulary() { return m_vocabulary; }
    const Vocabulary& vocabulary() const { return m_vocabulary; }

    const http::Router<Route>& router() const { return m_router; }
    const std::vector<std::function<void(Context&)>>& request_hooks() const { return m_request_hooks; }
    const std::vector<Job>& jobs() const { return m_jobs; }
    std::vector<NavigationItem> navigation() const;

private:
    std::string m_module;
    http::Router<Route> m_router;
    std::map<std::string, FlashMessage> m_flashes;
    std::vector<std::function<void(Context&)>> m_request_hooks;
    std::vector<Job> m_jobs;
    std::vector<NavigationItem> m_navigation;
    std::vector<AdminTile> m_admin_tiles;
    std::vector<TerritorySection> m_territory_sections;
    std::vector<std::pair<std::string, std::function<void(db::Session&, const core::Config&)>>> m_reference_loaders;
    std::vector<std::function<void(Services&, db::Session&)>> m_demo_seeders;
    Vocabulary m_vocabulary;
};

//! A domain: its routes and whatever it needs at start-up. Registration is all a module does:
//! handlers must not capture the module object, which is dropped once registered.
class Module {
public:
    virtual ~Module() = default;
    virtual std::string name() const = 0;
    virtual void register_routes(Registry& registry) = 0;
};

} // namespace essaim::web
