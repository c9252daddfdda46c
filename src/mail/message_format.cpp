#include "mail/message_format.hpp"

#include <ctime>
#include <sodium.h>

namespace essaim::mail {

namespace {

std::string base64(const std::string& text)
{
    std::string encoded(sodium_base64_ENCODED_LEN(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
        sodium_base64_VARIANT_ORIGINAL);
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool is_ascii_printable(const std::string& text)
{
    for (unsigned char c : text) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

//! RFC 2047 encoded-word for non-ASCII subjects; ASCII ones stay readable.
std::string encode_header_text(const std::string& text)
{
    if (is_ascii_printable(text) && text.find("=?") == std::string::npos)
        return text;
    return "=?UTF-8?B?" + base64(text) + "?=";
}

std::string rfc5322_date(long long seconds)
{
    std::time_t time = static_cast<std::time_t>(seconds);
    std::tm parts{};
    gmtime_r(&time, &parts);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &parts);
    return buffer;
}

//! Normalises line ends to CRLF and stuffs nothing else: bodies are 8bit text.
std::string crlf_lines(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 40);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r')
            continue;
        if (text[i] == '\n')
            out += "\r\n";
        else
            out += text[i];
    }
    if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0)
        out += "\r\n";
    return out;
}

} // namespace

bool is_header_safe_address(const std::string& address)
{
    if (address.empty() || address.size() > 254)
        return false;
    int at_signs = 0;
    for (unsigned char c : address) {
        if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\')
            return false;
        if (c == '@')
            ++at_signs;
    }
    return at_signs == 1 && address.front() != '@' && address.back() != '@';
}

std::string format_message(const Message& message, const std::string& from, long long created_at,
    const std::string& message_id)
{
    std::string text;
    text += "Date: " + rfc5322_date(created_at) + "\r\n";
    text += "From: " + from + "\r\n";
    text += "To: <" + message.to + ">\r\n";
    text += "Subject: " + encode_header_text(message.subject) + "\r\n";
    text += "Message-ID: " + message_id + "\r\n";
    text += "MIME-Version: 1.0\r\n";
    text += "Content-Type: text/plain; charset=utf-8\r\n";
    text += "Content-Transfer-Encoding: 8bit\r\n";
    text += "Auto-Submitted: auto-generated\r\n";
    text += "\r\n";
    text += crlf_lines(message.text);
    return text;
}

} // namespace essaim::mail
