#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "domain/ActionItem.h"
#include "import/CsvColumn.h"

class QIODevice;

namespace isms::core {

class Database;

// The yearly action plan: saving items (validated, with stale edits refused), changing many
// items' status at once, carrying a year's plan into the next, and CSV in and out — an import
// is all or nothing, with every bad row named.
class ActionPlanService {
    Q_DECLARE_TR_FUNCTIONS(ActionPlanService)
public:
    struct ImportReport {
        int imported = 0;
        QList<QPair<int, QString>> errors;  // line number, what is wrong
    };

    explicit ActionPlanService(Database& db);

    // The columns of the CSV the plan is exported to and imported from.
    static QList<CsvColumn> csvColumns();
    static QString csvTitle(const char* key);
    ActionItem load(qint64 id) const;
    qint64 save(const ActionItem& item);
    void setStatus(const QList<qint64>& ids, const QString& status, const QString& reason);
    // Copies the year's items that were not cancelled into the next year as planned, due a year
    // later; items copied before are not copied again. Returns how many were copied.
    int copyToNextYear(int year);
    ImportReport importCsv(const QByteArray& csv);
    qint64 exportCsv(int year, QIODevice& out) const;

private:
    QVariantMap values(const ActionItem& item) const;
    struct Lookups {
        QHash<QString, QString> statusByLabel;
        QHash<int, qint64> objectives;         // number → id in the newest published version
        QHash<QString, QList<qint64>> people;  // name → ids
    };
    Lookups lookups() const;
    ActionItem fromRow(const QStringList& header, const QStringList& row, const Lookups& lookups,
                       QStringList* problems) const;

    Database& m_db;
};

}  // namespace isms::core
