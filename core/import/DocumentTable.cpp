#include "DocumentTable.h"

#include <QRegularExpression>

namespace isms::core {

bool DocumentTable::isHistoryHeader(const QStringList& cells) {
    static const QStringList versions{QStringLiteral("版次"), QStringLiteral("版本"), QStringLiteral("版號"),
                                      QStringLiteral("版本編號"), QStringLiteral("修訂版次"), QStringLiteral("version")};
    static const QStringList changes{QStringLiteral("修訂"), QStringLiteral("修正"), QStringLiteral("日期"),
                                     QStringLiteral("內容"), QStringLiteral("說明"), QStringLiteral("摘要")};
    bool version = false;
    bool change = false;
    for (QString cell : cells) {
        cell.remove(QRegularExpression(QStringLiteral("\\s")));
        version = version || versions.contains(cell.toLower());
        change = change || std::any_of(changes.cbegin(), changes.cend(), [&](const QString& w) { return cell.contains(w); });
    }
    return version && change;
}

void DocumentTable::append(DocumentText& out, const QList<QStringList>& rows, bool beforeBody, bool programsHistory) {
    QList<QStringList> kept;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& c : row) {
            if (!c.trimmed().isEmpty()) cells << c.trimmed();
        }
        if (!cells.isEmpty()) kept << cells;
    }
    if (kept.isEmpty()) return;
    if (programsHistory || isHistoryHeader(kept.first())) {
        for (const QStringList& cells : kept) out.append({cells.join(QStringLiteral("｜")), -1, -1, true});
        return;
    }
    for (const QStringList& cells : kept) {
        if (beforeBody && cells.size() % 2 == 0) {
            QStringList pairs;
            for (qsizetype i = 0; i + 1 < cells.size(); i += 2) {
                QString field = cells[i];
                while (field.endsWith(u'：') || field.endsWith(u':')) field.chop(1);
                pairs << field + QStringLiteral("：") + cells[i + 1];
            }
            out.append({pairs.join(QStringLiteral("　"))});
        } else {
            out.append({cells.join(QStringLiteral("｜"))});
        }
    }
}

}  // namespace isms::core
