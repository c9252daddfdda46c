#pragma once
// PostgreSQL: the reference tables' codes (regions, departments, communes) are COLLATE "C"
// (migration 010), the domains' columns use the database's default collation. Two implicit
// collations cannot be compared, and a join between them can use no index, so one side of each
// such comparison names the other's collation. SQLite has a single collation here: the column is
// left as it is.

#include "db/session.hpp"

#include <string>

namespace essaim::db {

//! `column` compared in the reference tables' collation ("C").
inline std::string in_reference_collation(const Session& session, const std::string& column)
{
    return session.is_sqlite() ? column : column + " COLLATE \"C\"";
}

//! `column` (of a reference table) compared in the domains' default collation, so that the
//! lookups may use the domain table's indexes.
inline std::string in_domain_collation(const Session& session, const std::string& column)
{
    return session.is_sqlite() ? column : column + " COLLATE \"default\"";
}

} // namespace essaim::db
