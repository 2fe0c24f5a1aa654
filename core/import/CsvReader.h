#pragma once

#include <QList>
#include <QStringList>

namespace isms::core {

// Reads CSV as spreadsheets write it: comma-separated, fields in double quotes may hold commas,
// quotes ("") and line breaks; a UTF-8 byte-order mark and CRLF line ends are fine.
class CsvReader {
public:
    static QList<QStringList> parse(const QString& text);
    static QByteArray field(const QString& value);  // quoted when it needs to be
};

}  // namespace isms::core
