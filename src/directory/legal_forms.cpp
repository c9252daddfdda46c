#include "directory/legal_forms.hpp"

namespace essaim::directory {

const std::vector<CodeLabel>& common_legal_forms()
{
    static const std::vector<CodeLabel> list{
        {"1000", "Entrepreneur individuel"},
        {"5458", "SARL coopérative ouvrière de production (SCOP)"},
        {"5498", "SARL unipersonnelle"},
        {"5499", "Société à responsabilité limitée (SARL)"},
        {"5599", "Société anonyme à conseil d’administration"},
        {"5710", "Société par actions simplifiée (SAS)"},
        {"5720", "SAS à associé unique"},
        {"6317", "Société coopérative agricole"},
        {"6540", "Société civile immobilière"},
        {"7210", "Commune et commune nouvelle"},
        {"7220", "Département"},
        {"7230", "Région"},
        {"7344", "Métropole"},
        {"7346", "Communauté de communes"},
        {"7348", "Communauté d’agglomération"},
        {"8210", "Mutuelle"},
        {"9210", "Association non déclarée"},
        {"9220", "Association déclarée"},
        {"9221", "Association déclarée d’insertion par l’économique"},
        {"9222", "Association intermédiaire"},
        {"9223", "Groupement d’employeurs"},
        {"9230", "Association déclarée reconnue d’utilité publique"},
        {"9260", "Association de droit local (Bas-Rhin, Haut-Rhin et Moselle)"},
        {"9300", "Fondation"},
    };
    return list;
}

std::optional<std::string_view> legal_form_label(std::string_view code)
{
    return label_of(common_legal_forms(), code);
}

} // namespace essaim::directory
