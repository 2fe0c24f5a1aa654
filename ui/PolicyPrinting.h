#pragma once

#include <QCoreApplication>

class QWidget;

namespace isms::core {
class Database;
}
namespace isms::reports {
class TableReport;
}

namespace isms::ui {

// The printed copy of a policy version from the window: print preview, print, PDF — the same
// pages each time, painted by reports::PolicyCopyReport.
class PolicyPrinting {
    Q_DECLARE_TR_FUNCTIONS(PolicyPrinting)
public:
    PolicyPrinting(core::Database& db, QWidget* parent);

    void preview(qint64 versionId);
    void print(qint64 versionId);
    void chooseExportFile(qint64 versionId);
    bool exportPdf(qint64 versionId, const QString& file, QString* message);
    // Any table report (action plan, objective effectiveness) in print preview.
    static void preview(const reports::TableReport& report, QWidget* parent);

private:
    core::Database& m_db;
    QWidget* m_parent;
};

}  // namespace isms::ui
