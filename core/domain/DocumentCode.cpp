#include "DocumentCode.h"

#include <QRegularExpression>

namespace isms::core {

QString DocumentCode::refusal(const QString& text) {
    static const QRegularExpression form(QStringLiteral(R"(^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$)"));
    if (form.match(text).hasMatch()) return {};
    return tr("“%1” is no document code: a code is up to 40 letters, digits, “-”, “_” and “.”, like ISMS-01-01.")
        .arg(text.left(60));
}

}  // namespace isms::core
