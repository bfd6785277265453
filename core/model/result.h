#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace Paliers {

// An error a user can cause (a bad file, an unknown id...), carried as a value
// with a message ready to be shown, already translated.
struct Error
{
    QString message;
};

// The outcome of an operation that can fail for reasons the user should be
// told about: either a value or an Error. A small stand-in for std::expected,
// which g++ 12 only offers in C++23 mode.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    // The value, or `fallback` when there is an error (for what a view can
    // show empty, its error reported elsewhere).
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::get<0>(std::move(m_data)) : std::move(fallback); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return std::get<1>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

// For operations that have nothing to return but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace Paliers
