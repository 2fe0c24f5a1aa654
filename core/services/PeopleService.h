#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include "import/CsvColumn.h"

namespace isms::core {

class Database;

// The people the policy applies to (肆、一): staff of every kind, vendors' and agencies' staff.
// Most have no account in the program; they are who roles, audiences and sign-in sheets list.
class PeopleService {
    Q_DECLARE_TR_FUNCTIONS(PeopleService)
public:
    struct Person {
        qint64 id = 0;
        QString name;
        QString title;
        qint64 unitId = 0;
        QString category = QStringLiteral("full_time");
        QString contact;
        QDate activeFrom;
        QDate activeTo;  // invalid: still active
        QString notes;
        int rowVersion = 0;
    };
    struct ImportReport {
        int imported = 0;
        QList<QPair<int, QString>> errors;  // line number, what is wrong
    };

    explicit PeopleService(Database& db);

    // The columns of a staff list, in the order the import reads and the template shows them.
    static QList<CsvColumn> csvColumns();
    // What is wrong with the person as entered (empty: nothing); core refuses the same.
    QStringList problems(const Person& person) const;

    Person person(qint64 id) const;
    qint64 add(const Person& person);
    void update(const Person& person);
    // A staff list as CSV: every row is checked first, and either all are added or none.
    ImportReport importCsv(const QByteArray& csv);

private:
    static QVariantMap values(const Person& person);

    Database& m_db;
};

}  // namespace isms::core
