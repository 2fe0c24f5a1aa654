#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace isms::core {

// A read-only list of records as the views show it: what to select, from where, and how each
// column looks. Sorting and filtering happen in SQL (ListQuery), never on fetched rows.
struct ListDefinition {
    // Time: a moment stored as ISO UTC text, shown in local time (a ROC date in Chinese).
    // RecordKind: a table's name, shown as what its records are called (RecordKinds).
    // TrailEvent, TrailRecord, TrailChanges: an audit entry (TrailReading::packedSql) read as
    // what happened, to which record, and which fields changed how.
    // Actor: who an audit entry names, the program's own steps in words (TrailReading).
    enum class Format { Text, Date, Year, Number, Label, Time, RecordKind, TrailEvent, TrailRecord,
                        TrailChanges, Actor };

    struct Column {
        QString expression;  // SQL expression
        QString header;      // translated
        Format format = Format::Text;
        bool searchable = true;
        // Read for the page's own use (a record's row_version for its next change), never shown
        // or exported.
        bool shown = true;
        // Exported, but not a column of the list on screen (the trail's raw images: the list
        // reads them as changes).
        bool onScreen = true;
    };

    // A condition the view can switch on, e.g. {"actor", "l.actor = :actor"}: the placeholder is
    // named after the key and bound to the value chosen.
    struct Filter {
        QString key;
        QString clause;
    };

    QString key;    // stable name: "action_items", …
    QString title;  // translated
    QString from;   // FROM clause including joins
    QString where;  // fixed condition, may be empty
    QList<Column> columns;
    QList<Filter> filters;
    // The free-text search as a condition on :search (a LIKE pattern with '\\' as escape) that
    // an index can serve; empty: the searchable columns are searched together.
    QString search;
    // The index behind `search`, kept lazily: a table of ids changed since it was last brought
    // up to date, and the statements that bring it up to date (SearchIndex::catchUp).
    QString searchQueue;
    QStringList searchCatchUp;
    int defaultSortColumn = 0;
    bool defaultDescending = false;
    // Rows whose text is the point (an agenda, findings): long text wraps onto more lines
    // instead of ending in "…".
    bool wraps = false;
};

}  // namespace isms::core
