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
            row << unguarded(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
            if (any || !field.isEmpty()) {
                row << unguarded(field);
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
        row << unguarded(field);
        rows << row;
    }
    return rows;
}

bool CsvReader::startsLikeAFormula(const QString& value) {
    if (value.isEmpty()) return false;
    const QChar first = value.front();
    if (first == QLatin1Char('\'')) return startsLikeAFormula(value.mid(1));
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString CsvReader::unguarded(const QString& value) {
    return value.startsWith(QLatin1Char('\'')) && startsLikeAFormula(value.mid(1)) ? value.mid(1) : value;
}

QByteArray CsvReader::field(const QString& value) {
    // A spreadsheet runs a cell that starts like a formula (=HYPERLINK(…), +cmd|…): it is written
    // behind an apostrophe, which spreadsheets show as text and our reader takes off again.
    QString v = startsLikeAFormula(value) ? QLatin1Char('\'') + value : value;
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

}  // namespace isms::core
