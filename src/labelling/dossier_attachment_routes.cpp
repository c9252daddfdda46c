// Routes: /dossiers/{id}/pieces (POST multipart: add files), /dossiers/{id}/pieces/{piece}
// (download, for those who may read the application) and /dossiers/{id}/pieces/{piece}/supprimer.
//
// A file whose content is not an accepted type answers 415 here (and a field error on the
// dossier's form, which posts its files with the answers).

#include "auth/route_support.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "files/content_type.hpp"
#include "http/multipart.hpp"
#include "labelling/dossier_attachment.hpp"
#include "labelling/dossier_attachment_store.hpp"
#include "labelling/dossier_page_support.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

void register_dossier_attachment_routes(web::Registry& registry)
{
    registry.upload("/dossiers/{id}/pieces", auth::signed_in(), [](web::Context& context) {
        auto visible = visible_dossier(context);
        if (!visible)
            return not_found_response(context);
        auto body = multipart_body(context);
        if (!body)
            return failure_response(context, body.error());
        std::vector<UploadedFile> uploads;
        for (const auto& part : body->parts)
            if (part.is_file() && !part.body.empty())
                uploads.push_back(UploadedFile{"", part.name, *part.file_name, part.body});
        if (uploads.empty())
            return failure_response(context, core::Error::invalid({{"fichier", "Choisissez un fichier."}}, "Choisissez un fichier."));
        auto added = add_attachments(context.services, context.db(), context.identity, visible->dossier.id, uploads,
            auth::request_info(context));
        if (!added) {
            auto error = added.error();
            if (error.kind == core::ErrorKind::Invalid) {
                // The only refusal left here is the file's type.
                std::string detail = error.field_errors.empty() ? error.message : error.field_errors.begin()->second;
                if (context.request.wants_json())
                    return http::Response::problem(415, http::reason_phrase(415), detail);
                return web::error_page(context, 415, detail);
            }
            return failure_response(context, error);
        }
        if (context.request.wants_json()) {
            std::string ids;
            for (auto id : *added)
                ids += (ids.empty() ? "" : ",") + std::to_string(id);
            return http::Response::json("{\"pieces\":[" + ids + "]}", 201);
        }
        context.flash("piece-ajoutee");
        return http::Response::redirect(dossier_href(visible->dossier.id) + "/modifier#pieces");
    });

    registry.get("/dossiers/{id}/pieces/{piece}", auth::signed_in(), [](web::Context& context) {
        auto visible = visible_dossier(context);
        auto piece = web::positive_id_parameter(context, "piece");
        if (!visible || !piece || !visible->access.may_read_application())
            return not_found_response(context);
        auto attachment = find_attachment(context.db(), visible->dossier.id, *piece);
        if (!attachment)
            return not_found_response(context);
        auto bytes = dossier_file_store(context.config()).read(attachment->sha256);
        if (!bytes) {
            core::log::error("attachment file missing", {core::log::field("piece", attachment->id),
                                                            core::log::field("sha256", attachment->sha256)});
            return not_found_response(context);
        }
        http::Response response;
        response.status = 200;
        response.body = std::move(bytes.value());
        response.set_header("Content-Type", attachment->content_type);
        // The name's extension follows the type detected at upload, which is also the one served.
        auto type = files::file_type_of_media_type(attachment->content_type);
        response.set_header("Content-Disposition",
            files::attachment_disposition(files::file_name_for_type(attachment->file_name, type)));
        response.set_header("X-Content-Type-Options", "nosniff");
        response.set_header("Cache-Control", "private, no-store");
        return response;
    });

    registry.post("/dossiers/{id}/pieces/{piece}/supprimer", auth::signed_in(), [](web::Context& context) {
        auto visible = visible_dossier(context);
        auto piece = web::positive_id_parameter(context, "piece");
        if (!visible || !piece)
            return not_found_response(context);
        auto removed = remove_attachment(context.services, context.db(), context.identity, visible->dossier.id, *piece,
            auth::request_info(context));
        if (!removed)
            return failure_response(context, removed.error());
        if (context.request.wants_json())
            return http::Response::json("{}", 200);
        context.flash("piece-supprimee");
        return http::Response::redirect(dossier_href(visible->dossier.id) + "/modifier#pieces");
    });
}

} // namespace essaim::labelling
