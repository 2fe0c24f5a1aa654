#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QVariant>

namespace isms::core {
class Database;
}

namespace isms::ui {

// People as the choices of a form field (label: name, value: id), for FieldsDialog.
class PeopleChoices {
    Q_DECLARE_TR_FUNCTIONS(PeopleChoices)
public:
    // With a first "(choose)" entry of value 0, for a field that must be filled in.
    static QList<QPair<QString, QVariant>> withPrompt(core::Database& db);
    static QList<QPair<QString, QVariant>> all(core::Database& db);
};

}  // namespace isms::ui
