#pragma once
// The HTTP/1.1 server: Boost.Beast on one io_context run by a thread per core, handlers on a
// separate bounded worker pool (they block on the database), limits and timeouts against slow
// or hostile clients, and a graceful drain on stop().

#include "http/request.hpp"

#include <cstdint>
#include <functional>
#include <memory>

namespace essaim::core {
struct Config;
}

namespace essaim::http {

using Handler = std::function<Response(Request&)>;

class Server {
public:
    Server(const core::Config& config, Handler handler);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    //! Binds (port 0 picks a free one) and starts serving; returns the bound port.
    std::uint16_t start();
    //! Stops accepting, lets in-flight requests finish (up to the drain timeout), then stops.
    void stop();
    //! Blocks until SIGTERM or SIGINT, then stop().
    void run_until_signal();

    //! Defined in server.cpp only; public so its connections can reach it.
    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace essaim::http
