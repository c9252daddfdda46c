#include "mail/delivery.hpp"

#include "core/config.hpp"

#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace essaim::mail {

namespace {

struct UploadState {
    const std::string* content;
    std::size_t offset = 0;
};

std::size_t read_payload(char* buffer, std::size_t size, std::size_t count, void* user_data)
{
    auto* state = static_cast<UploadState*>(user_data);
    std::size_t room = size * count;
    std::size_t left = state->content->size() - state->offset;
    std::size_t chunk = std::min(room, left);
    std::memcpy(buffer, state->content->data() + state->offset, chunk);
    state->offset += chunk;
    return chunk;
}

//! The address part of "Name <address>", or the text itself.
std::string envelope_address(const std::string& from)
{
    auto open = from.find('<');
    auto close = from.find('>', open);
    if (open == std::string::npos || close == std::string::npos)
        return "<" + from + ">";
    return from.substr(open, close - open + 1);
}

} // namespace

void write_eml_file(const core::Config& config, const std::string& name, const std::string& content)
{
    std::filesystem::create_directories(config.mail_dir);
    auto target = config.mail_dir / (name + ".eml");
    auto temporary = config.mail_dir / (name + ".eml.tmp");
    {
        std::ofstream output(temporary, std::ios::binary | std::ios::trunc);
        output << content;
        if (!output.flush())
            throw std::runtime_error("cannot write " + temporary.string());
    }
    std::filesystem::rename(temporary, target);
}

void send_smtp(const core::Config& config, const std::string& recipient, const std::string& content)
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        throw std::runtime_error("curl_easy_init failed");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, ("<" + recipient + ">").c_str()), curl_slist_free_all);
    UploadState state{&content};
    std::string from = envelope_address(config.mail_from);
    curl_easy_setopt(curl.get(), CURLOPT_URL, config.smtp.url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl.get(), CURLOPT_READFUNCTION, read_payload);
    curl_easy_setopt(curl.get(), CURLOPT_READDATA, &state);
    curl_easy_setopt(curl.get(), CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_USE_SSL, config.smtp.require_tls ? CURLUSESSL_ALL : CURLUSESSL_TRY);
    if (!config.smtp.username.empty()) {
        curl_easy_setopt(curl.get(), CURLOPT_USERNAME, config.smtp.username.c_str());
        curl_easy_setopt(curl.get(), CURLOPT_PASSWORD, config.smtp.password.c_str());
    }
    CURLcode status = curl_easy_perform(curl.get());
    if (status != CURLE_OK)
        throw std::runtime_error(std::string("SMTP delivery failed: ") + curl_easy_strerror(status));
}

} // namespace essaim::mail
