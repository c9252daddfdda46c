#include "mail/message_format.hpp"

#include <gtest/gtest.h>

using namespace essaim::mail;

TEST(MessageFormat, EncodesANonAsciiSubjectAndKeepsTheBodyAsUtf8WithCrlf)
{
    Message message{"camille@exemple.fr", "Confirmez votre adresse électronique", "Bonjour,\nVoici le lien.\n"};
    auto text = format_message(message, "Essaim <ne-pas-repondre@essaim.localhost>", 0, "<1.0@essaim>");
    EXPECT_NE(text.find("To: <camille@exemple.fr>\r\n"), std::string::npos);
    EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
    EXPECT_NE(text.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), std::string::npos);
    EXPECT_NE(text.find("\r\n\r\nBonjour,\r\nVoici le lien.\r\n"), std::string::npos);
    EXPECT_EQ(text.find("\n\n"), std::string::npos);
}

TEST(MessageFormat, KeepsAnAsciiSubjectReadable)
{
    auto text = format_message({"a@b.fr", "Hello", "x"}, "a@b.fr", 0, "<1@e>");
    EXPECT_NE(text.find("Subject: Hello\r\n"), std::string::npos);
}

TEST(MessageFormat, RefusesAddressesThatCouldInjectHeaders)
{
    EXPECT_TRUE(is_header_safe_address("prenom.nom@exemple.fr"));
    for (const char* bad : {"", "a@b.fr\r\nBcc: x@y.fr", "a b@c.fr", "<a@b.fr>", "a@b@c", "@b.fr", "a@", "a,b@c.fr", "nobody"})
        EXPECT_FALSE(is_header_safe_address(bad)) << bad;
}
