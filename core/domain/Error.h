#pragma once

#include <QString>
#include <stdexcept>

namespace isms::core {

// The one exception type core throws. The message is already translated and meant for the
// user; kind lets callers (CLI exit codes, UI dialogs, tests) react without parsing text.
class Error : public std::runtime_error {
public:
    enum class Kind { Invalid, NotFound, Conflict, Refused, Storage, Permission };

    Error(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

}  // namespace isms::core
