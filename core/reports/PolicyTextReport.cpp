#include "PolicyTextReport.h"

#include "domain/RocDate.h"
#include "domain/NumberingScheme.h"

namespace isms::reports {

using core::Classification;

QString PolicyTextReport::render(const core::PolicyContent& content) {
    QStringList lines;
    if (!content.orgName.isEmpty()) lines << content.orgName;
    if (!content.orgNameEn.isEmpty()) lines << content.orgNameEn;
    lines << content.title << QString();
    lines << fieldLines(content);
    lines << QString();
    content.numbering.forEachNumbered(content.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        lines << content.numbering.label(path) + s.heading;
        for (const QString& p : s.paragraphs) lines << p;
    });
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList PolicyTextReport::fieldLines(const core::PolicyContent& content) {
    // The title block keeps the document's own words: it is part of the document, whatever the
    // program's language.
    QStringList levels;
    for (Classification::Value v : Classification::all()) {
        levels << (v == content.classification ? QStringLiteral("■") : QStringLiteral("□")) +
                      Classification::documentLabel(v);
    }
    QStringList lines{QStringLiteral("安全等級：") + levels.join(QLatin1Char(' ')),
                      QStringLiteral("文件編號：") + content.code,
                      QStringLiteral("版本編號：") + content.version,
                      QStringLiteral("生效日期：") + core::RocDate::longFormNoEra(content.effectiveDate)};
    if (!content.notice.isEmpty()) lines << content.notice.split(QLatin1Char('\n'));
    return lines;
}

}  // namespace isms::reports
