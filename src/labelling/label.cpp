#include "labelling/label.hpp"

namespace essaim::labelling {

std::string_view label_status_code(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Current: return "en-cours";
    case LabelStatus::Expired: return "expire";
    case LabelStatus::Withdrawn: return "retire";
    }
    return "en-cours";
}

std::string_view label_status_label(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Current: return "En cours";
    case LabelStatus::Expired: return "Expiré";
    case LabelStatus::Withdrawn: return "Retiré";
    }
    return "En cours";
}

bool label_status_from_code(std::string_view code, LabelStatus& status)
{
    for (auto candidate : {LabelStatus::Current, LabelStatus::Expired, LabelStatus::Withdrawn})
        if (label_status_code(candidate) == code) {
            status = candidate;
            return true;
        }
    return false;
}

LabelStatus label_status(const Label& label, std::string_view today)
{
    if (label.withdrawn)
        return LabelStatus::Withdrawn;
    // ISO dates compare as strings.
    return std::string_view(label.expires_on) < today ? LabelStatus::Expired : LabelStatus::Current;
}

} // namespace essaim::labelling
