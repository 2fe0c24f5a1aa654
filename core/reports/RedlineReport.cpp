#include "RedlineReport.h"

namespace isms::reports {

using core::PolicyDiff;

QString RedlineReport::pieces(const QList<PolicyDiff::Piece>& list) {
    QString out;
    for (const auto& p : list) {
        const QString text = p.text.toHtmlEscaped();
        switch (p.kind) {
        case PolicyDiff::Piece::Same: out += text; break;
        case PolicyDiff::Piece::Deleted:
            out += QStringLiteral("<span style='color:#b00020; text-decoration:line-through'>%1</span>").arg(text);
            break;
        case PolicyDiff::Piece::Inserted:
            out += QStringLiteral("<span style='color:#005a9c; text-decoration:underline'>%1</span>").arg(text);
            break;
        }
    }
    return out;
}

QString RedlineReport::html(const QString& beforeTitle, const QString& afterTitle,
                            const QList<PolicyDiff::Change>& changes) {
    QString out = QStringLiteral("<h2>%1</h2>").arg(tr("Changes from %1 to %2").arg(beforeTitle, afterTitle).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Sections added: %1 · removed: %2 · changed: %3 · unchanged: %4")
                        .arg(PolicyDiff::countOf(changes, PolicyDiff::Change::Added))
                        .arg(PolicyDiff::countOf(changes, PolicyDiff::Change::Removed))
                        .arg(PolicyDiff::countOf(changes, PolicyDiff::Change::Changed))
                        .arg(PolicyDiff::countOf(changes, PolicyDiff::Change::Unchanged)));
    out += QStringLiteral("<p>%1</p>").arg(tr("Deleted text is struck through; inserted text is underlined.").toHtmlEscaped());
    for (const auto& c : changes) {
        if (c.kind == PolicyDiff::Change::Unchanged) continue;
        QString mark;
        switch (c.kind) {
        case PolicyDiff::Change::Added: mark = tr("Added"); break;
        case PolicyDiff::Change::Removed: mark = tr("Removed"); break;
        default: mark = tr("Changed"); break;
        }
        const QString number = c.newNumber.isEmpty() ? c.oldNumber : c.newNumber;
        out += QStringLiteral("<h4 style='margin-left:%1em'>[%2] %3%4</h4>")
                   .arg(c.depth * 1.5)
                   .arg(mark.toHtmlEscaped(), number.toHtmlEscaped(), pieces(c.heading));
        for (const auto& p : c.paragraphs) {
            out += QStringLiteral("<p style='margin-left:%1em'>%2</p>").arg(c.depth * 1.5 + 1.5).arg(pieces(p));
        }
    }
    return out;
}

}  // namespace isms::reports
