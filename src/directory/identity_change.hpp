#pragma once
// The identity of an organisation: its name and its official identifiers. A label's certificate
// and the open data name the legal entity by them, so a member cannot change them at will:
// - an identifier taken from an official register follows the register and is not edited here;
// - on a published organisation, a member's change of identity waits for an administrator, the
//   values in force staying on the page meanwhile (identity_change_store.hpp keeps the request).

#include "core/result.hpp"
#include "directory/changes.hpp"
#include "directory/organisation.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::directory {

//! "name", "siren", "nic_siege" and "rna": the profile fields that make the identity.
bool is_identity_field(std::string_view field);

//! The register an identifier field comes from when the organisation holds it from an import:
//! "du répertoire SIRENE" for siren and nic_siege, "du répertoire national des associations" for
//! rna (as in "vient du répertoire…"). Nothing when the field is not an identifier, is empty, or
//! was set on the platform.
std::optional<std::string_view> register_of_identifier(const Organisation& organisation, std::string_view field);

//! The form's input names ("siren", "siret", "rna") of the identifiers a register holds.
std::vector<std::string> register_locked_inputs(const Organisation& organisation);

//! An error, under the input's name, for each register identifier that `requested` changes.
void check_register_identifiers(const Organisation& organisation, const OrganisationProfile& requested,
    core::FieldErrors& errors);

//! Whether a change of identity by `is_administrator` on an organisation in `status` waits for a
//! decision: only a member's change on a published organisation does.
bool identity_change_needs_decision(OrganisationStatus status, bool is_administrator);

//! `changes` split: the identity's fields and the others, each in form order.
struct SplitChanges {
    std::vector<FieldChange> identity;
    std::vector<FieldChange> others;
};
SplitChanges split_identity_changes(const std::vector<FieldChange>& changes);

//! `profile` with the identity fields of `in_force`: what is saved while a change waits.
OrganisationProfile with_identity_of(OrganisationProfile profile, const OrganisationProfile& in_force);

//! A change as a person reads it: « before » → « after », "(vide)" for an empty value.
std::string describe_change(const FieldChange& change);

} // namespace essaim::directory
