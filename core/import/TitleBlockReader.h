#pragma once

#include "ImportWarning.h"
#include "domain/PolicyContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace isms::core {

// The lines above a policy's body (or table of contents): the organisation, the title, and the
// fields of the document's title block in the forms agencies write them — 安全等級/文件等級,
// 文件編號, 版本編號/版次, 生效日期/頒行/修訂, 法規名稱, 核准文號 — one per line or several on one
// line, and a date line under the title.
class TitleBlockReader {
    Q_DECLARE_TR_FUNCTIONS(TitleBlockReader)
public:
    struct Line {
        int number = 0;  // in the source
        QString text;    // trimmed
    };
    // Fills out's title block; what it cannot read is said in warnings, never dropped silently.
    static void read(const QList<Line>& lines, PolicyContent& out, QList<ImportWarning>& warnings);
    // A version as the program writes it (2.0) from 2, V2.0, 第2版, 第二版; empty when none.
    static QString versionNumber(const QString& written);
    // The date written in text (民國 or common era), ignoring what surrounds it; invalid if none.
    static QDate dateIn(const QString& text);
    // Whether the line holds a title-block field (文件編號：…).
    static bool hasField(const QString& line);
};

}  // namespace isms::core
