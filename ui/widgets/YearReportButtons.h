#pragma once

#include <QString>
#include <functional>

class QBoxLayout;
class QWidget;

namespace isms::reports {
class TableReport;
}

namespace isms::ui {

// The two buttons a register page offers for the running year's report, alike on every page:
// save it (PDF, or CSV where the page writes one) and print it (preview first). They carry the
// object names the window's toolbar looks for (Page::kExport, Page::kPrint).
class YearReportButtons {
public:
    struct Report {
        QString saveText;   // "Availability report…"
        QString printText;  // "Print report…"
        QString title;      // the save dialog's
        QString stem;       // the proposed file name, with %1 for the year
        QString filters;    // the save dialog's, ";;"-separated
        std::function<bool(const QString& file, int year, QString* message)> write;
        std::function<reports::TableReport(int year)> build;
    };
    static void add(QWidget* page, QBoxLayout* row, const Report& report);
};

}  // namespace isms::ui
