#pragma once

#include <QList>
#include <QString>

namespace isms::core {

// A column of a CSV file we write and read back: the key the program knows it by and its title,
// English source text translated in context. A file is written with the titles in the language
// shown; a file is read whichever of the key or the title in English or Traditional Chinese its
// first line uses, so that an export in one language imports in the other.
struct CsvColumn {
    const char* key;
    const char* context;
    const char* title;

    QString key16() const { return QString::fromLatin1(key); }
    // The title in the language shown.
    QString shown() const;
    // Whether a header cell names this column.
    bool isNamedBy(const QString& header) const;

    static QStringList titles(const QList<CsvColumn>& columns);
    static QStringList keys(const QList<CsvColumn>& columns);
};

}  // namespace isms::core
