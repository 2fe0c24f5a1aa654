#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include "CsvColumn.h"

namespace isms::core {

// Reads CSV as spreadsheets write it: comma-separated, fields in double quotes may hold commas,
// quotes ("") and line breaks; a UTF-8 byte-order mark and CRLF line ends are fine.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // A file of an import: UTF-8 checked, the first line naming the columns (by key or title in
    // either language), the required ones there. Problems name the file's own line (the header
    // is line 1), as the import reports show them, past blank lines and fields with line breaks.
    struct Table {
        QStringList header;       // each column's key where it is one of ours
        QList<QStringList> rows;  // after the header
        QList<int> lines;         // the line of the file each row starts on
        QList<QPair<int, QString>> errors;
        QString cell(int row, const char* column) const {
            return rows.value(row).value(header.indexOf(QString::fromLatin1(column))).trimmed();
        }
        int line(int row) const { return lines.value(row); }
    };
    struct Record {
        QStringList cells;
        int line = 0;  // 1-based, where the record starts
    };

    static QList<Record> records(const QString& text);
    static QList<QStringList> parse(const QString& text);
    static Table table(const QByteArray& csv, const QList<CsvColumn>& columns,
                       const QStringList& required);

private:
    // The value a guarded field was written for.
    static QString unguarded(const QString& value);
};

}  // namespace isms::core
