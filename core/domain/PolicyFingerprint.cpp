#include "PolicyFingerprint.h"

#include "SectionNumbering.h"

#include <QCryptographicHash>
#include <functional>

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
    std::function<void(const std::vector<PolicySection>&, int)> add = [&](const std::vector<PolicySection>& list,
                                                                           int depth) {
        int index = 0;
        for (const PolicySection& s : list) {
            lines << QStringLiteral("section:%1:%2").arg(depth).arg(SectionNumbering::label(depth, index++) + s.heading);
            for (const QString& p : s.paragraphs) lines << QStringLiteral("text:") + p;
            add(s.children, depth + 1);
        }
    };
    add(c.sections, 0);
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
