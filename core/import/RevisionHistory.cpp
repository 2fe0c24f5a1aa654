#include "RevisionHistory.h"

#include "DocumentTable.h"
#include "NumberMarker.h"
#include "PolicyTextParser.h"
#include "TitleBlockReader.h"

#include <QRegularExpression>
#include <QVersionNumber>
#include <algorithm>

namespace isms::core {

void RevisionHistory::read(const QList<Row>& rows, PolicyContent& out, QList<ImportWarning>& warnings) {
    // Of the document's revision history, the row of the version imported gives what it changes
    // (and its date, where the title block has none); the rows of versions before it become the
    // version's earlier history. The program keeps the history from then on.
    static const QRegularExpression cellsApart(QStringLiteral("\\s*[｜|\\t]\\s*|\\s{2,}|　"));
    static const QRegularExpression version(QStringLiteral("^[vV第]?\\s*\\d{1,3}(?:\\.\\d{1,3})?\\s*版?$"));
    const QVersionNumber imported = QVersionNumber::fromString(out.version);
    int ownRow = -1;
    // Who approved a version is taken only from a column its header names so (核定); a 修訂人
    // revised it, which is no approval.
    qsizetype approverColumn = -1;
    qsizetype columns = 0;
    for (const Row& row : rows) {
        QStringList cells = row.text.split(cellsApart, Qt::SkipEmptyParts);
        // A PDF's row comes as words apart by single spaces.
        if (cells.size() < 2) cells = row.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (cells.size() < 2) continue;
        if (DocumentTable::isHistoryHeader(cells)) {
            columns = cells.size();
            approverColumn = -1;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                static const QRegularExpression approval(QStringLiteral("核定|核准|批准|核可|簽核"));
                if (approval.match(cells[i]).hasMatch()) approverColumn = i;
            }
            continue;
        }
        qsizetype own = -1;
        for (qsizetype i = 0; i < cells.size() && own < 0; ++i) {
            if (version.match(NumberMarker::recognitionForm(cells[i])).hasMatch()) own = i;
        }
        if (own < 0) continue;
        EarlierVersion v;
        v.version = TitleBlockReader::versionNumber(cells[own]);
        // The date, the summary (the longest cell), and who approved it where the header says.
        if (approverColumn >= 0 && cells.size() == columns && approverColumn != own) v.approver = cells[approverColumn];
        QStringList rest;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i == own || (approverColumn == i && cells.size() == columns)) continue;
            const QDate d = TitleBlockReader::dateIn(cells[i]);
            if (d.isValid() && !v.effectiveDate.isValid() && PolicyTextParser::widthOf(cells[i]) <= 30) v.effectiveDate = d;
            else rest << cells[i];
        }
        qsizetype longest = -1;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (longest < 0 || rest[i].size() > rest[longest].size()) longest = i;
        }
        if (longest >= 0) v.changeSummary = rest.takeAt(longest);
        if (v.version == out.version) {
            out.changeSummary = v.changeSummary;
            if (!out.effectiveDate.isValid()) out.effectiveDate = v.effectiveDate;
            ownRow = row.line;
        } else if (QVersionNumber::fromString(v.version) < imported &&
                   std::none_of(out.earlierVersions.cbegin(), out.earlierVersions.cend(),
                                [&](const EarlierVersion& e) { return e.version == v.version; })) {
            out.earlierVersions << v;
        }
    }
    std::stable_sort(out.earlierVersions.begin(), out.earlierVersions.end(), [](const EarlierVersion& a, const EarlierVersion& b) {
        return QVersionNumber::fromString(a.version) < QVersionNumber::fromString(b.version);
    });
    QStringList earlier;
    for (const EarlierVersion& e : out.earlierVersions) earlier << e.version;
    if (ownRow >= 0 && !out.changeSummary.isEmpty()) {
        warnings.append({ownRow, tr("The revision history was not imported as sections; its row for version %1 "
                                      "gave the summary of changes (“%2”).")
                                       .arg(out.version, out.changeSummary)});
    }
    if (!earlier.isEmpty()) {
        warnings.append({rows.first().line, tr("The revision history's rows for %1 were kept as the versions before "
                                                   "this one (their text is not in the file).")
                                                    .arg(earlier.join(QStringLiteral("、")))});
    }
    if (ownRow < 0 && earlier.isEmpty()) {
        warnings.append({rows.first().line, tr("The revision history (“%1”) was not imported: the program keeps it "
                                                   "from the versions themselves.")
                                                    .arg(rows.first().text)});
    }
}

bool RevisionHistory::isHeading(const QString& line) {
    static const QStringList names{QStringLiteral("修訂紀錄"), QStringLiteral("修訂記錄"), QStringLiteral("修訂歷程"),
                                   QStringLiteral("修正紀錄"), QStringLiteral("版本紀錄"), QStringLiteral("文件修訂紀錄"),
                                   QStringLiteral("版本修訂紀錄"), QStringLiteral("修訂履歷")};
    return names.contains(QString(line).remove(QRegularExpression(QStringLiteral("\\s"))));
}

}  // namespace isms::core
