// SMTP delivery against a real SMTP conversation on loopback: a minimal sink written here, since
// no mail server runs in the test environment. It checks what libcurl sends, not a mock of curl.

#include "core/config.hpp"
#include "mail/delivery.hpp"
#include "mail/message_format.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

struct SmtpSink {
    int listener = -1;
    std::uint16_t port = 0;
    std::string envelope_from;
    std::string envelope_to;
    std::string data;

    SmtpSink()
    {
        listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::listen(listener, 1);
        socklen_t length = sizeof address;
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
        port = ntohs(address.sin_port);
    }
    ~SmtpSink() { ::close(listener); }

    //! Serves one session: greets, accepts one message, answers QUIT.
    void serve_one()
    {
        int client = ::accept(listener, nullptr, nullptr);
        timeval timeout{10, 0};
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        auto say = [&](const std::string& line) { ::send(client, line.data(), line.size(), MSG_NOSIGNAL); };
        std::string pending;
        auto read_line = [&]() -> std::string {
            while (pending.find("\r\n") == std::string::npos) {
                char buffer[4096];
                auto received = ::recv(client, buffer, sizeof buffer, 0);
                if (received <= 0)
                    return {};
                pending.append(buffer, static_cast<std::size_t>(received));
            }
            auto end = pending.find("\r\n");
            auto line = pending.substr(0, end);
            pending.erase(0, end + 2);
            return line;
        };
        say("220 sink ESMTP\r\n");
        while (true) {
            auto line = read_line();
            if (line.empty())
                break;
            if (line.rfind("EHLO", 0) == 0 || line.rfind("HELO", 0) == 0) {
                say("250 sink\r\n");
            } else if (line.rfind("MAIL FROM:", 0) == 0) {
                envelope_from = line.substr(10);
                say("250 ok\r\n");
            } else if (line.rfind("RCPT TO:", 0) == 0) {
                envelope_to = line.substr(8);
                say("250 ok\r\n");
            } else if (line == "DATA") {
                say("354 go\r\n");
                while (true) {
                    auto body_line = read_line();
                    if (body_line == ".")
                        break;
                    data += body_line + "\r\n";
                }
                say("250 queued\r\n");
            } else if (line == "QUIT") {
                say("221 bye\r\n");
                break;
            } else {
                say("502 unknown\r\n");
            }
        }
        ::close(client);
    }
};

} // namespace

TEST(Smtp, DeliversTheFormattedMessageWithTheRightEnvelope)
{
    SmtpSink sink;
    std::thread server([&] { sink.serve_one(); });
    essaim::core::Config config;
    config.smtp.url = "smtp://127.0.0.1:" + std::to_string(sink.port);
    config.smtp.require_tls = false;
    config.mail_from = "Essaim <ne-pas-repondre@essaim.localhost>";
    auto content = essaim::mail::format_message({"camille@exemple.fr", "Objet", "Bonjour\nLien : https://x/y"},
        config.mail_from, 0, "<1.0@essaim>");
    essaim::mail::send_smtp(config, "camille@exemple.fr", content);
    server.join();
    EXPECT_NE(sink.envelope_from.find("<ne-pas-repondre@essaim.localhost>"), std::string::npos);
    EXPECT_NE(sink.envelope_to.find("<camille@exemple.fr>"), std::string::npos);
    EXPECT_NE(sink.data.find("To: <camille@exemple.fr>\r\n"), std::string::npos);
    EXPECT_NE(sink.data.find("Lien : https://x/y"), std::string::npos);
}

TEST(Smtp, AnUnreachableServerIsReportedAsAFailure)
{
    // A port that was free a moment ago and has no listener now.
    SmtpSink closed;
    std::uint16_t port = closed.port;
    ::close(closed.listener);
    closed.listener = -1;
    essaim::core::Config config;
    config.smtp.url = "smtp://127.0.0.1:" + std::to_string(port);
    config.smtp.require_tls = false;
    EXPECT_THROW(essaim::mail::send_smtp(config, "a@b.fr", "x"), std::runtime_error);
}
