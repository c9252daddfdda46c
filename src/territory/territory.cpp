#include "territory/territory.hpp"

namespace essaim::territory {

Zone zone_from(std::string_view text)
{
    if (text == "drom")
        return Zone::Outremer;
    if (text == "com")
        return Zone::Collectivite;
    return Zone::Metropole;
}

std::string_view zone_name(Zone zone)
{
    switch (zone) {
    case Zone::Metropole: return "metro";
    case Zone::Outremer: return "drom";
    case Zone::Collectivite: return "com";
    }
    return "metro";
}

} // namespace essaim::territory
