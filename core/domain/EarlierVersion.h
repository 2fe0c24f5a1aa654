#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace isms::core {

// A version of a document from before it came into the program, as its own revision history
// (修訂紀錄) records it: kept with the version imported, so that the history the program prints
// and exports goes back as far as the document's did. It has no text: only its row.
struct EarlierVersion {
    QString version;  // 1.1
    QDate effectiveDate;
    QString changeSummary;
    QString approver;  // as the row names who approved or revised it; may be empty

    bool operator==(const EarlierVersion&) const = default;

    // Stored form: empty for none (every version stored before keeps its fingerprint), else JSON.
    static QString toStored(const QList<EarlierVersion>& versions);
    // false on text that is none.
    static bool fromStored(const QString& text, QList<EarlierVersion>* out);
    // One line per version for the trail: "1.1　112/03/10　修正第三點　李四".
    static QString readable(const QList<EarlierVersion>& versions);
};

}  // namespace isms::core
