#pragma once
// Where a register's commune code places an organisation. The registers give the code of the
// place itself: a current commune, but also a municipal arrondissement of Paris, Lyon or Marseille
// (751xx, 6938x, 132xx), a commune déléguée or associée, or the former code of a commune since
// merged into a commune nouvelle. Each of these lies in one current commune, the organisation's
// commune; the code as given is kept as the part of the commune. Pure: the codes are loaded by
// import_store.

#include "core/result.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace essaim::directory {

//! A current commune, and the part of it that the register named ("" when it named the commune).
struct RegisterPlace {
    std::string commune_code;
    std::string part_code;
    bool operator==(const RegisterPlace&) const = default;
};

class CommuneCodes {
public:
    void add_commune(std::string code);
    //! `code` lies in the current commune `commune_code` (called twice for a former code split
    //! between two communes).
    void add_part(std::string code, std::string commune_code);

    //! The place of `code` exactly as a register wrote it; an empty code is no place ({"", ""}).
    //! Invalid, with the reason in French, for a code of another shape (a 4-digit code that lost
    //! its leading zero in a spreadsheet is reported, never padded), a code of no commune, current
    //! or former, and a former code split between several current communes (never chosen at random).
    core::Result<RegisterPlace> place(std::string_view code) const;

    std::size_t commune_count() const { return m_communes.size(); }

private:
    std::unordered_set<std::string> m_communes;
    std::unordered_map<std::string, std::vector<std::string>> m_parts;
};

} // namespace essaim::directory
