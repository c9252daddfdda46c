#pragma once
// Expected failures travel as values: a Result<T> holds either a T or an Error.
// Exceptions are kept for the truly exceptional and caught once by the HTTP error handler.

#include <map>
#include <string>
#include <utility>
#include <variant>

namespace essaim::core {

//! The kinds of expected failure; each maps to one HTTP status.
enum class ErrorKind {
    Invalid,          // 422: input that fails validation
    BadRequest,       // 400: malformed request
    Unauthenticated,  // 401
    Forbidden,        // 403
    NotFound,         // 404
    Conflict,         // 409: duplicate, illegal state transition
    TooLarge,         // 413
    TooManyRequests,  // 429
    Unavailable,      // 503
    StorageFull,      // 507: the disk is full; nothing was saved, retry once space is freed
};

//! The message shown when a write failed because the disk is full: says that nothing was saved.
inline constexpr const char* storage_full_message
    = "L’espace de stockage du service est plein. Votre saisie n’a pas été enregistrée ; réessayez plus tard.";

//! Field name → message shown next to that field.
using FieldErrors = std::map<std::string, std::string>;

struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    std::string message;
    FieldErrors field_errors;
    //! Seconds the client should wait, for TooManyRequests.
    int retry_after_seconds = 0;

    static Error invalid(FieldErrors fields, std::string message = "Le formulaire contient des erreurs.")
    {
        return Error{ErrorKind::Invalid, std::move(message), std::move(fields)};
    }
    static Error not_found(std::string message = "Cette page n'existe pas.")
    {
        return Error{ErrorKind::NotFound, std::move(message), {}};
    }
    static Error forbidden(std::string message = "Vous n'avez pas accès à cette page.")
    {
        return Error{ErrorKind::Forbidden, std::move(message), {}};
    }
    static Error conflict(std::string message) { return Error{ErrorKind::Conflict, std::move(message), {}}; }
    static Error storage_full(std::string message = storage_full_message)
    {
        return Error{ErrorKind::StorageFull, std::move(message), {}};
    }
};

int http_status_of(ErrorKind kind);

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_value); }
    const T& value() const& { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

//! For operations that return nothing on success.
struct Done {};

} // namespace essaim::core
