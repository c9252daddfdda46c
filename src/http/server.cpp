#include "http/server.hpp"

#include "core/config.hpp"
#include "core/log.hpp"
#include "http/body_budget.hpp"
#include "http/form.hpp"

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <csignal>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <sys/resource.h>
#include <thread>

namespace essaim::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

std::string new_request_id()
{
    thread_local std::mt19937_64 generator{std::random_device{}()};
    static constexpr char digits[] = "0123456789abcdef";
    std::string id(16, '0');
    auto bits = generator();
    for (auto& c : id) {
        c = digits[bits & 15];
        bits >>= 4;
    }
    return id;
}

//! "multipart/form-data; boundary=x" → "multipart/form-data".
std::string_view content_type_name(beast::string_view value)
{
    std::string_view type(value.data(), value.size());
    type = type.substr(0, type.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t'))
        type.remove_suffix(1);
    return type;
}

//! The request as known from its header: everything but the body.
std::shared_ptr<Request> request_from_header(const bhttp::request_header<>& header, const std::string& remote_address,
    const core::Config& config)
{
    auto request = std::make_shared<Request>();
    request->method = method_from(std::string_view(header.method_string().data(), header.method_string().size()));
    request->target = std::string(header.target());
    auto question = request->target.find('?');
    request->path = percent_decode(std::string_view(request->target).substr(0, question), false);
    if (question != std::string::npos)
        request->query = request->target.substr(question + 1);
    for (const auto& field : header) {
        std::string name(field.name_string());
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        request->headers.emplace_back(std::move(name), std::string(field.value()));
    }
    request->remote_address = remote_address;
    if (config.behind_proxy) {
        if (auto forwarded = request->header("x-forwarded-for")) {
            // The last entry is the one our proxy added; earlier ones come from the client,
            // who could otherwise choose its address (and escape per-address throttling).
            auto comma = forwarded->rfind(',');
            auto last = comma == std::string_view::npos ? *forwarded : forwarded->substr(comma + 1);
            while (!last.empty() && (last.front() == ' ' || last.front() == '\t'))
                last.remove_prefix(1);
            while (!last.empty() && (last.back() == ' ' || last.back() == '\t'))
                last.remove_suffix(1);
            request->remote_address = std::string(last);
        }
        if (auto proto = request->header("x-forwarded-proto"))
            request->secure = *proto == "https";
    }
    // A client-chosen X-Request-Id could forge log lines; we always make our own.
    request->request_id = new_request_id();
    return request;
}

constexpr std::string_view too_large_message = "Le contenu envoyé dépasse la taille autorisée.";

// One descriptor per connection: 1,000 clients do not fit in the usual soft limit of 1,024, while the
// hard limit is usually far higher. Raising the soft limit needs no privilege. Returns the limit now in force.
rlim_t raise_descriptor_limit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur;
}

// Idle keep-alive connections stay open this long after the drain begins, so that a request a client
// wrote just before the signal, and which is still on its way, is answered rather than reset.
constexpr auto drain_idle_grace = std::chrono::milliseconds(1000);

} // namespace

struct Connection;

struct Server::Impl {
    const core::Config& config;
    Handler handler;
    Admission admission;
    //! The memory of bodies being read or handled, across all connections.
    BodyBudget body_budget{config.max_body_bytes_in_flight};
    asio::io_context io{static_cast<int>(config.io_threads)};
    // While draining, the acceptor is closed and a request may be on a worker with no socket operation
    // pending; without this guard the I/O threads would return from run() and its answer would never be written.
    asio::executor_work_guard<asio::io_context::executor_type> keep_running = asio::make_work_guard(io);
    // The acceptor, its retry timer and their handlers share a strand, so that stop() closing them
    // never races with an accept completing on another I/O thread.
    asio::strand<asio::io_context::executor_type> accept_strand = asio::make_strand(io);
    tcp::acceptor acceptor{accept_strand};
    asio::thread_pool workers{config.worker_threads};
    std::vector<std::thread> io_threads;
    // Retries accept() after a failure (out of descriptors) instead of spinning on it.
    asio::steady_timer accept_retry{accept_strand};
    std::atomic<bool> draining{false};
    //! Requests whose header has arrived and whose answer is not yet written: the drain waits for them.
    std::atomic<int> in_flight{0};
    //! Open client connections; beyond max_connections a new one gets a 503 at once.
    std::atomic<std::size_t> open_connections{0};
    std::size_t max_connections = 0;
    std::mutex connections_mutex;
    std::set<std::shared_ptr<Connection>> idle_connections;
    bool stopped = false;

    Impl(const core::Config& c, Handler h, Admission a)
        : config(c)
        , handler(std::move(h))
        , admission(std::move(a))
    {
    }
    void accept();
    void mark_idle(const std::shared_ptr<Connection>& connection, bool idle);
};

struct Connection : std::enable_shared_from_this<Connection> {
    Server::Impl& server;
    beast::tcp_stream stream;
    beast::flat_buffer buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser;
    //! The request being received, made from its header before its body is read.
    std::shared_ptr<Request> request;
    //! The share of the body budget the request being received holds.
    BodyBudget::Reservation body_reservation;
    bhttp::response<bhttp::string_body> response;
    std::string remote_address;
    bool first_request = true;
    // Set while waiting for the next request's header; only touched on the connection's strand.
    bool waiting_for_request = false;
    // Set from the header's arrival to the end of its answer, while the request counts in in_flight.
    bool request_active = false;
    bool closed = false;

    Connection(Server::Impl& s, tcp::socket socket)
        : server(s)
        , stream(std::move(socket))
    {
        ++server.open_connections;
        beast::error_code ignored;
        auto endpoint = stream.socket().remote_endpoint(ignored);
        remote_address = ignored ? std::string() : endpoint.address().to_string();
    }

    ~Connection() { --server.open_connections; }

    void start() { read_header(); }

    //! Over the connection cap: a 503 at once tells the client to come back, where waiting in the
    //! listen queue would look like a hung server.
    void refuse_busy()
    {
        reply_and_close(503, "Le service est saturé ; réessayez dans un instant.", "5");
    }

    void begin_request()
    {
        request_active = true;
        ++server.in_flight;
    }

    void end_request()
    {
        if (request_active) {
            request_active = false;
            --server.in_flight;
        }
    }

    //! During the drain: ends the connection if it is idle with nothing of a next request received.
    void close_if_idle()
    {
        if (waiting_for_request && buffer.size() == 0)
            stream.cancel();
    }

    void read_header()
    {
        if (server.draining) {
            close();
            return;
        }
        parser.emplace();
        parser->header_limit(static_cast<std::uint32_t>(server.config.max_header_bytes));
        // The larger (upload) bound while reading the header: Beast checks a declared Content-Length
        // against it then, before on_header knows the type; on_header sets the request's own bound.
        parser->body_limit(std::max(server.config.max_body_bytes, server.config.max_upload_bytes));
        // A fresh connection gets the header timeout; a kept-alive one may idle longer.
        stream.expires_after(std::chrono::seconds(
            first_request ? server.config.header_timeout_seconds : server.config.idle_timeout_seconds));
        waiting_for_request = true;
        server.mark_idle(shared_from_this(), true);
        bhttp::async_read_header(stream, buffer, *parser,
            [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_header(error); });
    }

    void on_header(beast::error_code error)
    {
        waiting_for_request = false;
        server.mark_idle(shared_from_this(), false);
        first_request = false;
        // From here the client has sent (part of) a request: the drain lets it finish.
        begin_request();
        if (error == bhttp::error::header_limit) {
            reply_and_close(431, "En-têtes de requête trop volumineux.");
            return;
        }
        // Beast compares a declared Content-Length with the body limit while reading the header.
        if (error == bhttp::error::body_limit) {
            reply_and_close(413, too_large_message);
            return;
        }
        if (error) {
            // Timeouts, resets and garbage all end the connection without an answer.
            if (error != bhttp::error::end_of_stream && error != beast::error::timeout && error != asio::error::operation_aborted)
                reply_and_close(400, "Requête mal formée.");
            else
                close();
            return;
        }
        request = request_from_header(parser->get(), remote_address, server.config);
        // The header alone decides how much body may be read, before a byte of it is buffered: the
        // form bound, unless the route takes files and the person may send them (Admission).
        const std::size_t form_limit = server.config.max_body_bytes;
        auto declared = parser->content_length();
        const bool may_exceed_form_limit = parser->chunked() || (declared && *declared > form_limit);
        const bool multipart
            = beast::iequals(content_type_name(parser->get()[bhttp::field::content_type]), "multipart/form-data");
        if (!may_exceed_form_limit || !multipart || !server.admission) {
            admit_body(BodyAdmission{form_limit, 0, {}});
            return;
        }
        // The admission may read the session from the database: a worker's job, not an I/O thread's.
        asio::post(server.workers, [self = shared_from_this(), head = request] {
            BodyAdmission admission;
            try {
                admission = self->server.admission(*head);
            } catch (const std::exception& failure) {
                core::log::error("body admission escaped", {core::log::field("error", failure.what())});
                admission.refusal_status = 503;
                admission.message = "Le service est momentanément indisponible. Réessayez dans quelques instants.";
            }
            asio::post(self->stream.get_executor(),
                [self, admission = std::move(admission)] { self->admit_body(admission); });
        });
    }

    void admit_body(const BodyAdmission& admission)
    {
        if (admission.refusal_status != 0) {
            reply_and_close(admission.refusal_status, admission.message, admission.refusal_status == 503 ? "5" : "");
            return;
        }
        parser->body_limit(admission.limit);
        auto declared = parser->content_length();
        if (declared && *declared > admission.limit) {
            reply_and_close(413, too_large_message);
            return;
        }
        // A chunked body may grow to its bound, so that is what it holds of the budget.
        const std::size_t needed = declared ? static_cast<std::size_t>(*declared) : parser->chunked() ? admission.limit : 0;
        if (!server.body_budget.try_reserve(needed, body_reservation)) {
            core::log::warn("body budget exhausted",
                {core::log::field("needed", needed), core::log::field("reserved", server.body_budget.reserved())});
            reply_and_close(503, "Le service reçoit trop de contenus à la fois ; réessayez dans un instant.", "5");
            return;
        }
        stream.expires_after(std::chrono::seconds(server.config.body_timeout_seconds));
        if (beast::iequals(parser->get()[bhttp::field::expect], "100-continue")) {
            auto interim = std::make_shared<std::string>("HTTP/1.1 100 Continue\r\n\r\n");
            asio::async_write(stream, asio::buffer(*interim),
                [self = shared_from_this(), interim](beast::error_code write_error, std::size_t) {
                    if (write_error)
                        self->close();
                    else
                        self->read_body();
                });
            return;
        }
        read_body();
    }

    void read_body()
    {
        bhttp::async_read(stream, buffer, *parser,
            [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_body(error); });
    }

    void on_body(beast::error_code error)
    {
        if (error == bhttp::error::body_limit) {
            reply_and_close(413, too_large_message);
            return;
        }
        if (error) {
            close();
            return;
        }
        bool keep_alive = parser->get().keep_alive() && !server.draining;
        request->body = std::move(parser->release().body());
        std::shared_ptr<Request> received = std::move(request);
        auto reservation = std::make_shared<BodyBudget::Reservation>(std::move(body_reservation));
        stream.expires_never();

        auto started = std::chrono::steady_clock::now();
        asio::post(server.workers, [self = shared_from_this(), request = std::move(received), reservation, keep_alive, started] {
            Response answer;
            try {
                answer = self->server.handler(*request);
            } catch (const std::exception& failure) {
                core::log::error("handler escaped", {core::log::field("error", failure.what())});
                answer = Response::text("Erreur interne.", 500);
            }
            // The body is no longer needed: its memory goes back to the budget now, not after the write.
            std::string().swap(request->body);
            reservation->release();
            auto duration = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
            core::log::info("request",
                {core::log::field("method", method_name(request->method)),
                    core::log::field("path", loggable_target(request->path, request->query)),
                    core::log::field("status", answer.status),
                    core::log::field("duration_ms", duration.count() / 1000),
                    core::log::field("request_id", request->request_id),
                    core::log::field("remote", request->remote_address)});
            asio::post(self->stream.get_executor(),
                [self, request, answer = std::move(answer), keep_alive]() mutable {
                    self->write(*request, std::move(answer), keep_alive);
                });
        });
    }

    void write(const Request& request, Response answer, bool keep_alive)
    {
        response = {};
        response.version(11);
        response.result(static_cast<unsigned>(answer.status));
        for (auto& [name, value] : answer.headers)
            response.insert(name, value);  // insert, not set: several Set-Cookie headers must all go out
        response.set("X-Request-Id", request.request_id);
        keep_alive = keep_alive && !server.draining;
        response.keep_alive(keep_alive);
        if (request.method == Method::Head) {
            response.content_length(answer.body.size());
        } else {
            response.body() = std::move(answer.body);
            response.prepare_payload();
        }
        stream.expires_after(std::chrono::seconds(server.config.body_timeout_seconds));
        bhttp::async_write(stream, response,
            [self = shared_from_this(), keep_alive](beast::error_code error, std::size_t) {
                self->end_request();
                if (error || !keep_alive) {
                    self->close();
                    return;
                }
                self->read_header();
            });
    }

    void reply_and_close(int status, std::string_view message, std::string_view retry_after = {})
    {
        // What was read of a refused body goes now, not when the connection ends.
        parser.reset();
        request.reset();
        body_reservation.release();
        response = {};
        response.version(11);
        response.result(static_cast<unsigned>(status));
        response.set(bhttp::field::content_type, "text/plain; charset=utf-8");
        if (!retry_after.empty())
            response.set(bhttp::field::retry_after, retry_after);
        response.keep_alive(false);
        response.body() = std::string(message) + "\n";
        response.prepare_payload();
        stream.expires_after(std::chrono::seconds(5));
        bhttp::async_write(stream, response,
            [self = shared_from_this()](beast::error_code error, std::size_t) {
                self->end_request();
                if (error)
                    self->close();
                else
                    self->discard_then_close();
            });
    }

    // Closing a socket with unread input makes the kernel send a reset, which may destroy the answer
    // just written before the client reads it (a 413 while the body is still coming, a 503 before the
    // request was read). So: stop sending, read and drop what still comes for a moment, then close.
    void discard_then_close()
    {
        waiting_for_request = false;
        server.mark_idle(shared_from_this(), false);
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream.expires_after(std::chrono::seconds(2));
        auto sink = std::make_shared<std::array<char, 4096>>();
        discard(sink);
    }

    void discard(std::shared_ptr<std::array<char, 4096>> sink)
    {
        stream.async_read_some(asio::buffer(*sink),
            [self = shared_from_this(), sink](beast::error_code error, std::size_t) {
                if (error)
                    self->close();
                else
                    self->discard(sink);
            });
    }

    void close()
    {
        if (closed)
            return;
        closed = true;
        waiting_for_request = false;
        body_reservation.release();
        end_request();
        server.mark_idle(shared_from_this(), false);
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream.socket().close(ignored);
    }
};

void Server::Impl::mark_idle(const std::shared_ptr<Connection>& connection, bool idle)
{
    std::lock_guard lock(connections_mutex);
    if (idle)
        idle_connections.insert(connection);
    else
        idle_connections.erase(connection);
}

void Server::Impl::accept()
{
    acceptor.async_accept(asio::make_strand(io), [this](beast::error_code error, tcp::socket socket) {
        if (error) {
            if (error == asio::error::operation_aborted || !acceptor.is_open() || draining)
                return;
            // Out of descriptors and the like: the pending connection stays queued, so accepting again
            // at once would fail at once; retry shortly, once the pressure may have passed.
            core::log::warn("accept failed", {core::log::field("error", error.message())});
            accept_retry.expires_after(std::chrono::milliseconds(100));
            accept_retry.async_wait([this](beast::error_code wait_error) {
                if (!wait_error && !draining)
                    accept();
            });
            return;
        }
        auto connection = std::make_shared<Connection>(*this, std::move(socket));
        if (open_connections > max_connections)
            connection->refuse_busy();
        else
            connection->start();
        if (!draining)
            accept();
    });
}

Server::Server(const core::Config& config, Handler handler, Admission admission)
    : m_impl(std::make_unique<Impl>(config, std::move(handler), std::move(admission)))
{
}

Server::~Server() { stop(); }

std::uint16_t Server::start()
{
    auto& impl = *m_impl;
    // Descriptors are kept for the database, uploads and logs; the rest may hold connections.
    const rlim_t descriptors = raise_descriptor_limit();
    const rlim_t reserved = 128 + 4 * static_cast<rlim_t>(impl.config.database_pool_size);
    const std::size_t affordable = descriptors > 2 * reserved ? static_cast<std::size_t>(descriptors - reserved)
                                                              : static_cast<std::size_t>(descriptors / 2);
    impl.max_connections = std::min(impl.config.max_connections, affordable);
    if (impl.max_connections < impl.config.max_connections)
        core::log::warn("connection cap lowered to fit the descriptor limit",
            {core::log::field("max_connections", impl.max_connections), core::log::field("descriptor_limit", descriptors)});
    auto address = asio::ip::make_address(impl.config.listen_host);
    tcp::endpoint endpoint(address, impl.config.listen_port);
    impl.acceptor.open(endpoint.protocol());
    impl.acceptor.set_option(asio::socket_base::reuse_address(true));
    impl.acceptor.bind(endpoint);
    impl.acceptor.listen(asio::socket_base::max_listen_connections);
    auto port = impl.acceptor.local_endpoint().port();
    impl.accept();
    for (unsigned i = 0; i < impl.config.io_threads; ++i)
        impl.io_threads.emplace_back([&impl] { impl.io.run(); });
    return port;
}

void Server::stop()
{
    auto& impl = *m_impl;
    if (impl.stopped)
        return;
    impl.stopped = true;
    impl.draining = true;
    asio::post(impl.accept_strand, [&impl] {
        beast::error_code ignored;
        impl.acceptor.close(ignored);
        impl.accept_retry.cancel();
    });
    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::seconds(impl.config.drain_timeout_seconds);
    const auto grace_end = std::min(deadline, started + drain_idle_grace);
    auto idle_count = [&impl] {
        std::lock_guard lock(impl.connections_mutex);
        return impl.idle_connections.size();
    };
    // A request arriving on an idle keep-alive connection during the grace is still answered (with
    // Connection: close); the wait ends early once nothing is in flight or idle.
    while ((impl.in_flight > 0 || idle_count() > 0) && std::chrono::steady_clock::now() < grace_end)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // Then idle keep-alive connections are closed, as they would otherwise wait out their timeout;
    // one holding part of a next request is left to finish it.
    {
        std::lock_guard lock(impl.connections_mutex);
        for (const auto& connection : impl.idle_connections)
            asio::post(connection->stream.get_executor(), [connection] { connection->close_if_idle(); });
    }
    while (impl.in_flight > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (impl.in_flight > 0)
        core::log::warn("drain timeout: requests abandoned", {core::log::field("in_flight", impl.in_flight.load())});
    impl.workers.join();
    impl.keep_running.reset();
    impl.io.stop();
    for (auto& thread : impl.io_threads) {
        if (thread.joinable())
            thread.join();
    }
    std::lock_guard lock(impl.connections_mutex);
    impl.idle_connections.clear();
}

void Server::run_until_signal()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    int received = 0;
    sigwait(&signals, &received);
    core::log::info("draining", {core::log::field("signal", received)});
    stop();
}

} // namespace essaim::http
