#include "CsvColumn.h"

#include <QCoreApplication>

#include "i18n/Language.h"

namespace isms::core {

QString CsvColumn::shown() const {
    return QCoreApplication::translate(context, title);
}

bool CsvColumn::isNamedBy(const QString& header) const {
    const QString h = header.trimmed();
    return h == key16() || h.compare(QString::fromUtf8(title), Qt::CaseInsensitive) == 0 ||
           h == shown() || h == Language::translated(QStringLiteral("zh_TW"), context, title);
}

QStringList CsvColumn::titles(const QList<CsvColumn>& columns) {
    QStringList out;
    for (const CsvColumn& c : columns) out << c.shown();
    return out;
}

QStringList CsvColumn::keys(const QList<CsvColumn>& columns) {
    QStringList out;
    for (const CsvColumn& c : columns) out << c.key16();
    return out;
}

}  // namespace isms::core
