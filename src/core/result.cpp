#include "core/result.hpp"

namespace essaim::core {

int http_status_of(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return 422;
    case ErrorKind::BadRequest: return 400;
    case ErrorKind::Unauthenticated: return 401;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::TooLarge: return 413;
    case ErrorKind::TooManyRequests: return 429;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::StorageFull: return 507;
    }
    return 500;
}

} // namespace essaim::core
