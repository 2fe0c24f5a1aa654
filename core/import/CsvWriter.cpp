#include "CsvWriter.h"

#include <QIODevice>

#include "i18n/Language.h"

namespace isms::core {

CsvWriter::CsvWriter(QIODevice& out) : m_out(out) {
    m_out.write("\xEF\xBB\xBF");
}

void CsvWriter::row(const QStringList& cells) {
    QByteArrayList line;
    for (const QString& cell : cells) line << field(cell);
    m_out.write(line.join(',') + "\r\n");
    ++m_rows;
}

QString CsvWriter::date(const QDate& date) {
    return Language::shortDate(date);
}

bool CsvWriter::startsLikeAFormula(const QString& value) {
    if (value.isEmpty()) return false;
    const QChar first = value.front();
    if (first == QLatin1Char('\'')) return startsLikeAFormula(value.mid(1));
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QByteArray CsvWriter::field(const QString& value) {
    // A spreadsheet runs a cell that starts like a formula (=HYPERLINK(…), +cmd|…): it is written
    // behind an apostrophe, which spreadsheets show as text and our reader takes off again.
    QString v = startsLikeAFormula(value) ? QLatin1Char('\'') + value : value;
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

}  // namespace isms::core
