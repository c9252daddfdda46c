#pragma once
// Dates as French users read them, in metropolitan French time.

#include "core/clock.hpp"

#include <string>

namespace essaim::auth {

//! "28/11/2025 à 21:52" in Europe/Paris time (CET, or CEST from the last Sunday of March to the
//! last Sunday of October, switching at 01:00 UTC as EU law sets it).
std::string format_paris_time(core::UnixSeconds at);

//! A wait in whole minutes, rounded up, with French plural: "1 minute", "15 minutes".
std::string format_wait_minutes(std::int64_t seconds);

} // namespace essaim::auth
