// Downloads: /instruction/appels/{id}/export.csv and export.xlsx, for administrators and the
// call's instructeurs.

#include "labelling/call.hpp"
#include "labelling/call_store.hpp"
#include "labelling/dossier_export.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/permissions.hpp"
#include "files/content_type.hpp"
#include "web/context.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

namespace {

enum class Format { Csv, Xlsx };

http::Response export_call(web::Context& context, Format format)
{
    auto id = web::positive_id_parameter(context);
    auto call = id ? find_call(context.db(), *id) : std::nullopt;
    if (!call)
        return failure_response(context, core::Error::not_found("Cet appel n’existe pas."));
    if (!may_export_call(context.db(), context.identity, call->id))
        return failure_response(context, core::Error::forbidden("Seuls les instructeurs de cet appel et les administrateurs l’exportent."));
    auto table = call_export_table(context.db(), call->id);
    auto base = "dossiers-appel-" + std::to_string(call->id);
    http::Response response;
    if (format == Format::Csv) {
        response.body = export_csv(table);
        response.set_header("Content-Type", "text/csv; charset=utf-8");
        response.set_header("Content-Disposition", files::attachment_disposition(base + ".csv"));
    } else {
        auto workbook = export_xlsx(context.config(), table, call->title);
        if (!workbook)
            return failure_response(context, workbook.error());
        response.body = std::move(workbook.value());
        response.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.set_header("Content-Disposition", files::attachment_disposition(base + ".xlsx"));
    }
    response.set_header("X-Content-Type-Options", "nosniff");
    return response;
}

} // namespace

void register_dossier_export_routes(web::Registry& registry)
{
    auto staff = auth::any_of({auth::Role::Instructeur, auth::Role::Administrateur});
    registry.get("/instruction/appels/{id}/export.csv", staff, [](web::Context& context) { return export_call(context, Format::Csv); });
    registry.get("/instruction/appels/{id}/export.xlsx", staff, [](web::Context& context) { return export_call(context, Format::Xlsx); });
}

} // namespace essaim::labelling
