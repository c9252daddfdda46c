#pragma once
// The auth module's background job: forgets what no longer counts (expired sessions and links,
// failures out of the throttling window) and, on its first run at start-up, loads the
// common-password list and the dummy hash so that no request pays for them.

namespace essaim::web {
struct Services;
}

namespace essaim::auth {

void run_housekeeping(web::Services& services);

} // namespace essaim::auth
