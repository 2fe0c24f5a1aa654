#include "VersionNumber.h"

#include <QRegularExpression>
#include <utility>

namespace isms::core {

bool VersionNumber::parse(const QString& text, int* major, int* minor) {
    static const QRegularExpression form(QStringLiteral(R"(^(\d{1,4})\.(\d{1,4})$)"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) return false;
    *major = m.captured(1).toInt();
    *minor = m.captured(2).toInt();
    return true;
}

bool VersionNumber::isValid(const QString& text) {
    int major = 0;
    int minor = 0;
    return parse(text, &major, &minor);
}

QString VersionNumber::canonical(const QString& text) {
    int major = 0;
    int minor = 0;
    if (!parse(text, &major, &minor)) return text;
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

bool VersionNumber::before(const QString& a, const QString& b) {
    int a1 = 0, a2 = 0, b1 = 0, b2 = 0;
    return parse(a, &a1, &a2) && parse(b, &b1, &b2) && std::pair(a1, a2) < std::pair(b1, b2);
}

}  // namespace isms::core
