#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace isms::core {

// Reads CSV as spreadsheets write it: comma-separated, fields in double quotes may hold commas,
// quotes ("") and line breaks; a UTF-8 byte-order mark and CRLF line ends are fine.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // A file of an import: UTF-8 checked, the first line naming the columns, the required ones
    // there. Problems name their line (the header is line 1), as the import reports show them.
    struct Table {
        QStringList header;
        QList<QStringList> rows;  // after the header; row i is line i + 2
        QList<QPair<int, QString>> errors;
        QString cell(int row, const char* column) const {
            return rows.value(row).value(header.indexOf(QString::fromLatin1(column))).trimmed();
        }
    };

    static QList<QStringList> parse(const QString& text);
    static Table table(const QByteArray& csv, const QStringList& required);
    // One field as written: quoted when it needs to be, and never a formula a spreadsheet runs.
    static QByteArray field(const QString& value);

private:
    // Starts with = + - @ tab or CR, perhaps behind apostrophes that guard it.
    static bool startsLikeAFormula(const QString& value);
    // The value a guarded field was written for.
    static QString unguarded(const QString& value);
};

}  // namespace isms::core
