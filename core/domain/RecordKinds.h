#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// What a person calls the records of each table, for messages that name a record (a finding of
// the database check) without showing an internal table name.
class RecordKinds {
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)
public:
    // The table's records in words ("action item"); the table's name itself if it has none.
    static QString label(const QString& table);
};

}  // namespace isms::core
