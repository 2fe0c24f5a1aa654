#include "EarlierVersion.h"

#include "RocDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isms::core {

namespace {
const QString kVersion = QStringLiteral("version");
const QString kEffective = QStringLiteral("effective");
const QString kSummary = QStringLiteral("summary");
const QString kApprover = QStringLiteral("approver");
}  // namespace

QString EarlierVersion::toStored(const QList<EarlierVersion>& versions) {
    if (versions.isEmpty()) return {};
    QJsonArray rows;
    for (const EarlierVersion& v : versions) {
        rows.append(QJsonObject{{kVersion, v.version},
                                {kEffective, v.effectiveDate.toString(Qt::ISODate)},
                                {kSummary, v.changeSummary},
                                {kApprover, v.approver}});
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

bool EarlierVersion::fromStored(const QString& text, QList<EarlierVersion>* out) {
    out->clear();
    if (text.trimmed().isEmpty()) return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) return false;
    for (const QJsonValue& row : doc.array()) {
        if (!row.isObject() || !row[kVersion].isString() || row[kVersion].toString().isEmpty()) {
            out->clear();
            return false;
        }
        out->append({row[kVersion].toString(), QDate::fromString(row[kEffective].toString(), Qt::ISODate),
                     row[kSummary].toString(), row[kApprover].toString()});
    }
    return true;
}

QString EarlierVersion::readable(const QList<EarlierVersion>& versions) {
    QStringList lines;
    for (const EarlierVersion& v : versions) {
        QStringList cells{v.version};
        if (v.effectiveDate.isValid()) cells << RocDate::shortForm(v.effectiveDate);
        if (!v.changeSummary.isEmpty()) cells << v.changeSummary;
        if (!v.approver.isEmpty()) cells << v.approver;
        lines << cells.join(QStringLiteral("　"));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace isms::core
