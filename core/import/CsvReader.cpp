#include "CsvReader.h"

#include <QStringDecoder>

#include "CsvWriter.h"

namespace isms::core {

CsvReader::Table CsvReader::table(const QByteArray& csv, const QList<CsvColumn>& columns,
                                  const QStringList& required) {
    Table table;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        table.errors.append(
            {1, tr("The file is not UTF-8 text (save it from the spreadsheet as CSV UTF-8).")});
        return table;
    }
    QList<Record> rows = records(text);
    if (rows.isEmpty()) {
        table.errors.append({1, tr("The file is empty.")});
        return table;
    }
    const Record first = rows.takeFirst();
    for (const QString& cell : first.cells) {
        QString name = cell.trimmed();
        for (const CsvColumn& c : columns) {
            if (c.isNamedBy(name)) name = c.key16();
        }
        table.header << name;
    }
    for (const CsvColumn& c : columns) {
        if (required.contains(c.key16()) && !table.header.contains(c.key16())) {
            table.errors.append(
                {first.line,
                 tr("The first line must name the columns; “%1” is missing.").arg(c.shown())});
        }
    }
    if (!table.errors.isEmpty()) return table;
    for (const Record& r : rows) {
        table.rows << r.cells;
        table.lines << r.line;
    }
    return table;
}

QList<QStringList> CsvReader::parse(const QString& text) {
    QList<QStringList> out;
    for (const Record& r : records(text)) out << r.cells;
    return out;
}

QList<CsvReader::Record> CsvReader::records(const QString& input) {
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    QList<Record> rows;
    int line = 1;   // of the character read
    int start = 1;  // of the record being read
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
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') &&
                     (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))))
                    ++line;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << unguarded(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                row << unguarded(field);
                rows << Record{row, start};
            }
            row.clear();
            field.clear();
            any = false;
            start = ++line;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << unguarded(field);
        rows << Record{row, start};
    }
    return rows;
}

QString CsvReader::unguarded(const QString& value) {
    return value.startsWith(QLatin1Char('\'')) && CsvWriter::startsLikeAFormula(value.mid(1))
               ? value.mid(1)
               : value;
}

}  // namespace isms::core
