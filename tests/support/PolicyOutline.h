#pragma once

#include "domain/PolicyContent.h"

#include <QStringList>

namespace isms::test {

// A policy as the fixtures' .expected files write it: its title block, its numbering scheme,
// then each section numbered and indented by depth, its paragraphs under it.
inline QString policyOutline(const core::PolicyContent& c) {
    QStringList out{QStringLiteral("organisation: ") + c.orgName,
                    QStringLiteral("title: ") + c.title,
                    QStringLiteral("code: ") + c.code,
                    QStringLiteral("version: ") + c.version,
                    QStringLiteral("effective: ") + c.effectiveDate.toString(Qt::ISODate),
                    QStringLiteral("classification: ") + core::Classification::key(c.classification),
                    QStringLiteral("notice: ") + QString(c.notice).replace(QLatin1Char('\n'), QStringLiteral(" / ")),
                    QStringLiteral("numbering: ") + c.numbering.sample(),
                    QStringLiteral("--")};
    c.numbering.forEachNumbered(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        const QString indent(2 * (path.size() - 1), QLatin1Char(' '));
        out << indent + c.numbering.label(path) + s.heading;
        for (const QString& p : s.paragraphs) out << indent + QStringLiteral("  | ") + p;
    });
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace isms::test
