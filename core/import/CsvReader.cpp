#include "CsvReader.h"

#include <QStringDecoder>

namespace isms::core {

CsvReader::Table CsvReader::table(const QByteArray& csv, const QStringList& required) {
    Table table;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        table.errors.append({1, tr("The file is not UTF-8 text (save it from the spreadsheet as CSV UTF-8).")});
        return table;
    }
    QList<QStringList> rows = parse(text);
    if (rows.isEmpty()) {
        table.errors.append({1, tr("The file is empty.")});
        return table;
    }
    table.header = rows.takeFirst();
    for (QString& column : table.header) column = column.trimmed();
    for (const QString& column : required) {
        if (!table.header.contains(column)) {
            table.errors.append({1, tr("The first line must name the columns; “%1” is missing.").arg(column)});
        }
    }
    if (table.errors.isEmpty()) table.rows = rows;
    return table;
}

QList<QStringList> CsvReader::parse(const QString& input) {
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QByteArray CsvReader::field(const QString& value) {
    QString v = value;
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

}  // namespace isms::core
