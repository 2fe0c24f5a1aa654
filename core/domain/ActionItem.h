#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace isms::core {

// One to-do item of a yearly action plan, with exactly the fields clause 肆、一、(三) of the policy
// asks for — what will be done, the resources, who is responsible, when it will be done, how
// achievement is evaluated and the measured result — plus status and progress.
struct ActionItem {
    Q_DECLARE_TR_FUNCTIONS(ActionItem)
public:
    qint64 id = 0;
    int rowVersion = 0;
    int planYear = 0;
    qint64 objectiveId = 0;   // 0: none
    qint64 meetingId = 0;     // 0: not a meeting follow-up
    QString title;            // what will be done
    QString resources;
    qint64 ownerPersonId = 0;
    QDate dueDate;
    QString dueReason;        // required when due outside the plan year
    QString evaluationMethod;
    QString measuredResult;   // required before "done"
    QString status = QStringLiteral("planned");
    QString cancelReason;     // required for "cancelled"
    int progress = 0;
    QString notes;

    // planned, in_progress, done, cancelled; overdue is computed (Overdue), never stored.
    static QStringList statuses();
    // What is wrong with the item, field by field (empty: nothing).
    QList<QPair<QString, QString>> problems() const;
};

}  // namespace isms::core
