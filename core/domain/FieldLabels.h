#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// What a person calls each stored field of each record kind, and what its values are (a yes/no
// flag, a link to another record, a secret), so that the audit trail and every other place that
// shows a record's fields speak in the users' terms, never in column names.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
public:
    // Choice: a stored key of a fixed set (a status, a kind), read as its label.
    enum class Kind { Text, Flag, Link, Secret, Internal, Choice };
    struct Field {
        QString label;   // translated; empty for an internal field
        Kind kind = Kind::Text;
        QString linkTo;  // Link: the table of the record it names
    };

    // The field of table's column; a column nobody named reads as "Other field (column)" so
    // that nothing is ever lost, and a test holds every column of the schema to having a name.
    static Field field(const QString& table, const QString& column);
    // Whether the column has a name of its own (not the fallback).
    static bool isNamed(const QString& table, const QString& column);
};

}  // namespace isms::core
