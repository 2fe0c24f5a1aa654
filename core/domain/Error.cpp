#include "Error.h"

namespace isms::core {

Error::Error(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

}  // namespace isms::core
