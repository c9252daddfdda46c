#include "mail/module.hpp"

#include "db/session.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

namespace essaim::mail {

namespace {

class MailModule final : public web::Module {
public:
    std::string name() const override { return "mail"; }

    void register_routes(web::Registry& registry) override
    {
        registry.add_job(web::Job{"mail.deliver", std::chrono::seconds(1), [](web::Services& services) {
                                      auto lease = services.pool.acquire();
                                      deliver_pending(*lease, services.config, services.clock);
                                  }});
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<MailModule>(); }

} // namespace essaim::mail
