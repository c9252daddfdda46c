#pragma once
// What changed in a profile, as revisions and the audit log keep it: {"field": [before, after]},
// with JSON null for an empty value and an array of codes for the actor types. Also the JSON list
// of fields edited on the platform, which register imports must not overwrite.

#include "directory/organisation.hpp"

#include <boost/json/value.hpp>
#include <string>
#include <vector>

namespace essaim::directory {

struct FieldChange {
    std::string field;  //!< a name of profile_fields(), "actor_types" or "status"
    boost::json::value before;
    boost::json::value after;
};

//! The fields that differ, in form order.
std::vector<FieldChange> diff_profiles(const OrganisationProfile& before, const OrganisationProfile& after);

//! `changes` as {"field": [before, after], …}.
std::string changes_json(const std::vector<FieldChange>& changes);
//! Reads changes_json back; members that are not [before, after] pairs are skipped.
std::vector<FieldChange> parse_changes_json(const std::string& text);

//! The audit entry's before and after states: {"field": before, …} and {"field": after, …}.
std::string before_json(const std::vector<FieldChange>& changes);
std::string after_json(const std::vector<FieldChange>& changes);

//! A change of moderation status, for the revisions.
FieldChange status_change(OrganisationStatus before, OrganisationStatus after);

std::string edited_fields_json(const std::vector<std::string>& fields);
//! An empty list for anything but a JSON array of strings.
std::vector<std::string> parse_edited_fields(const std::string& text);
//! Adds the profile fields of `changes` to `fields` (sorted, each once); "status" is not a profile field.
void mark_edited(std::vector<std::string>& fields, const std::vector<FieldChange>& changes);

} // namespace essaim::directory
