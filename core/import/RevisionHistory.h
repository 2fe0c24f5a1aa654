#pragma once

#include "ImportWarning.h"
#include "domain/PolicyContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

// A policy's own revision history (修訂紀錄) as PolicyTextParser meets it, before or after the
// text, as lines of cells or a word processor's table: its row for the version imported gives
// the version's summary of changes (and its date where the title block has none), the rows of
// the versions before it become the version's EarlierVersions, and who approved a version is
// read only from a column its header calls so (a 修訂人 revised it).
class RevisionHistory {
    // Its sentences were the parser's, and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(PolicyTextParser)
public:
    struct Row {
        int line = 0;  // of the source; 0: a table of the program's own copy
        QString text;  // cells apart by ｜, a tab, two spaces, or (a PDF's words) one
    };
    static void read(const QList<Row>& rows, PolicyContent& out, QList<ImportWarning>& warnings);
    // 修訂紀錄, 版本紀錄 and the other names of such a history's heading.
    static bool isHeading(const QString& line);
};

}  // namespace isms::core
