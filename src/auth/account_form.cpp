#include "auth/account_form.hpp"

#include "auth/email_address.hpp"
#include "auth/password_policy.hpp"
#include "core/text.hpp"
#include "http/form.hpp"

namespace essaim::auth {

core::FieldErrors validate_account(AccountInput& input, const CommonPasswords& common)
{
    core::FieldErrors errors;
    input.email = normalise_email(input.email);
    input.display_name = core::trim(input.display_name);
    if (auto problem = email_problem(input.email))
        errors["email"] = *problem;
    if (input.display_name.empty())
        errors["display_name"] = "Saisissez votre nom, tel que les autres membres le verront.";
    else if (!http::is_clean_utf8(input.display_name) || input.display_name.find_first_of("\t\n") != std::string::npos)
        errors["display_name"] = "Le nom contient des caractères qui ne peuvent pas être utilisés.";
    else if (code_point_count(input.display_name) > 100)
        errors["display_name"] = "Le nom ne doit pas dépasser 100 caractères.";
    if (auto problem = password_problem(input.password, errors.count("email") ? std::string() : input.email, common))
        errors["password"] = *problem;
    return errors;
}

} // namespace essaim::auth
