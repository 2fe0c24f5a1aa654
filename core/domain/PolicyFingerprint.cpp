#include "PolicyFingerprint.h"

#include "NumberingScheme.h"

#include <QCryptographicHash>

namespace isms::core {

QString PolicyFingerprint::canonicalText(const PolicyContent& c) {
    QStringList lines{QStringLiteral("code:") + c.code,
                      QStringLiteral("version:") + c.version,
                      QStringLiteral("organisation:") + c.orgName,
                      QStringLiteral("organisation-en:") + c.orgNameEn,
                      QStringLiteral("title:") + c.title,
                      QStringLiteral("classification:") + Classification::key(c.classification),
                      QStringLiteral("effective:") + c.effectiveDate.toString(Qt::ISODate),
                      QStringLiteral("notice:") + c.notice};
    // Said only where it is not the government scheme, so that every version fingerprinted
    // before schemes were data keeps its fingerprint; the labels below carry it either way.
    if (!c.numbering.isGovernment()) lines << QStringLiteral("numbering:") + c.numbering.toStored();
    // Likewise said only where the document brought a history of its own.
    if (!c.earlierVersions.isEmpty()) lines << QStringLiteral("earlier:") + EarlierVersion::toStored(c.earlierVersions);
    c.numbering.forEachNumbered(c.sections, [&](const PolicySection& s, const QList<int>& path) {
        lines << QStringLiteral("section:%1:%2").arg(path.size() - 1).arg(c.numbering.label(path) + s.heading);
        for (const QString& p : s.paragraphs) lines << QStringLiteral("text:") + p;
    });
    // Line breaks inside a value would make two items look like one: escape them.
    for (QString& line : lines) line.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString PolicyFingerprint::of(const PolicyContent& content) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText(content).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString PolicyFingerprint::shortForm(const QString& fingerprint) {
    QStringList groups;
    for (int i = 0; i < 16 && i < fingerprint.size(); i += 4) groups << fingerprint.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

}  // namespace isms::core
