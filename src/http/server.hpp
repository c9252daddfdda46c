#pragma once
// The HTTP/1.1 server: Boost.Beast on one io_context run by a thread per core, handlers on a
// separate bounded worker pool (they block on the database), limits and timeouts against slow
// or hostile clients, and a graceful drain on stop().

#include "http/request.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::http {

using Handler = std::function<Response(Request&)>;

//! What the server may read of a body, decided from the request's header alone.
struct BodyAdmission {
    //! The most bytes of body to read; a declared Content-Length above it is answered 413 unread.
    std::size_t limit = 0;
    //! When not 0, the request is answered with this status and `message` without reading its body.
    int refusal_status = 0;
    std::string message;
};

//! Asked, on a worker (it may read the database), for a request whose body may exceed
//! Config::max_body_bytes; `head` has everything but the body.
using Admission = std::function<BodyAdmission(const Request& head)>;

class Server {
public:
    //! Without `admission`, no body may exceed Config::max_body_bytes.
    Server(const core::Config& config, Handler handler, Admission admission = {});
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
