#pragma once
// The schema.org description of an organisation, embedded in its page as JSON-LD so that search
// engines and data reusers read it without scraping. A <script type="application/ld+json"> is data,
// never executed, so the Content-Security-Policy (script-src 'self') does not apply to it.

#include "directory/organisation.hpp"

#include <string>

namespace essaim::directory {

struct CommunePlace;

//! A schema.org `Organization`, serialised so that it cannot end its <script> element early
//! ('<', '>' and '&' written as \u escapes). `commune` may be null.
std::string organisation_json_ld(const Organisation& organisation, const std::string& page_url,
    const CommunePlace* commune);

} // namespace essaim::directory
