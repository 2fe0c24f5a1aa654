#pragma once

#include "DocumentParagraph.h"

#include <QList>
#include <QStringList>

namespace isms::core {

// A table of a word-processor document as the lines PolicyTextParser reads, the same for Word
// and OpenDocument: a revision history (修訂紀錄: a header row naming the version and what
// changed, or the program's own history table) as history rows; above the body, a title block
// kept in a table as "field：value" lines (文件編號 | ISMS-01 | 版次 | 2.0); any other table row
// by row, its cells apart by ｜.
class DocumentTable {
public:
    static void append(DocumentText& out, const QList<QStringList>& rows, bool beforeBody, bool programsHistory);
    // A header row of a revision-history table: 版次 | 日期 | 修訂內容 | 修訂人.
    static bool isHistoryHeader(const QStringList& cells);
};

}  // namespace isms::core
