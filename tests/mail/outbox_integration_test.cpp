// The outbox over a real database: a queued message becomes an .eml file through the delivery job.

#include "app/platform.hpp"
#include "db/session.hpp"
#include "mail/outbox.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>

using essaim::test::TestPlatform;

TEST(Outbox, QueuedMessageIsDeliveredAsAnEmlFileByTheJob)
{
    auto& platform = TestPlatform::instance();
    auto to = platform.unique_email("outbox");
    {
        auto lease = platform.platform().services().pool.acquire();
        essaim::mail::enqueue(*lease, platform.clock(), {to, "Objet accentué", "Corps du message\nhttps://exemple.fr/lien"});
    }
    auto mail = platform.wait_for_mail(to);
    EXPECT_NE(mail.find("Corps du message\r\n"), std::string::npos);
    EXPECT_EQ(essaim::test::find_link(mail, "https://exemple.fr/"), "https://exemple.fr/lien");
}

TEST(Outbox, RefusesToQueueAnAddressThatCouldInjectHeaders)
{
    auto& platform = TestPlatform::instance();
    auto lease = platform.platform().services().pool.acquire();
    EXPECT_THROW(essaim::mail::enqueue(*lease, platform.clock(), {"a@b.fr\r\nBcc: c@d.fr", "x", "y"}), std::invalid_argument);
}
