#include "YearReportButtons.h"

#include <QBoxLayout>
#include <QPushButton>

#include "PolicyPrinting.h"
#include "TableReport.h"
#include "domain/Clock.h"
#include "pages/Page.h"
#include "widgets/ExportFile.h"

namespace isms::ui {

void YearReportButtons::add(QWidget* page, QBoxLayout* row, const Report& r) {
    auto* save = new QPushButton(r.saveText, page);
    save->setObjectName(QLatin1String(Page::kExport));
    auto* print = new QPushButton(r.printText, page);
    print->setObjectName(QLatin1String(Page::kPrint));
    row->addWidget(save);
    row->addWidget(print);
    const int year = core::Clock::today().year();
    QObject::connect(save, &QPushButton::clicked, page, [page, r, year] {
        ExportFile::save(page, r.title, ExportFile::dated(r.stem.arg(ExportFile::year(year))), r.filters,
                         [r, year](const QString& file, QString* message) { return r.write(file, year, message); });
    });
    QObject::connect(print, &QPushButton::clicked, page, [page, r, year] { PolicyPrinting::preview(r.build(year), page); });
}

}  // namespace isms::ui
