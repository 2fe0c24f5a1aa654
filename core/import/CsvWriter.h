#pragma once

#include <QDate>
#include <QStringList>

class QIODevice;

namespace isms::core {

// The one writer of every CSV the program exports: UTF-8 with a byte-order mark (spreadsheets
// then read the Chinese right), CRLF line ends, fields quoted where they must be and never a
// formula a spreadsheet runs. What goes in is what a person reads: titles in the language shown,
// labels for stored keys, dates as that language writes them (民國 short form in zh_TW, ISO in
// English), which the program's own importers read back.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice& out);
    void row(const QStringList& cells);
    qint64 rows() const { return m_rows; }  // after the header

    // One field as written.
    static QByteArray field(const QString& value);
    // A date as the language shown writes it in a table; empty for none.
    static QString date(const QDate& date);
    // Starts with = + - @ tab or CR, perhaps behind apostrophes that guard it.
    static bool startsLikeAFormula(const QString& value);

private:
    QIODevice& m_out;
    qint64 m_rows = -1;  // the first row is the header
};

}  // namespace isms::core
