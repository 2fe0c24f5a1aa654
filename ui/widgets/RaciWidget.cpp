#include "RaciWidget.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "Availability.h"
#include "ExportFile.h"
#include "JournaledText.h"
#include "OrganisationReports.h"
#include "PolicyPrinting.h"
#include "dialogs/Attempt.h"
#include "dialogs/FieldsDialog.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"

namespace isms::ui {

using core::RaciService;

RaciWidget::RaciWidget(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_grid(new QTableWidget(this)), m_problems(new QLabel(this)) {
    m_grid->setObjectName(QStringLiteral("raci"));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows as high as a choice box, whatever the cells hold.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 6);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, std::function<void()>>> actions{
        {tr("New activity…"), [this] { addActivity(); }},
        {tr("Rename activity…"), [this] { renameActivity(); }},
        {tr("Remove activity"), [this] { removeActivity(); }}};
    for (const auto& [text, work] : actions) {
        auto* b = new QPushButton(text, this);
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        if (text == tr("Remove activity")) b->setObjectName(QStringLiteral("raci_remove"));
        connect(b, &QPushButton::clicked, this, work);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* printButton = new QPushButton(tr("Print…"), this);
    connect(printButton, &QPushButton::clicked, this, [this] {
        PolicyPrinting::preview(reports::OrganisationReports::raci(m_db, m_matrix), this);
    });
    buttons->addWidget(printButton);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    connect(exportButton, &QPushButton::clicked, this, &RaciWidget::exportMatrix);
    buttons->addWidget(exportButton);
    auto* legend = new QLabel(
        tr("R = Responsible, A = Accountable (exactly one), C = Consulted, I = Informed."), this);
    legend->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(legend);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_problems);
}

void RaciWidget::refresh() {
    m_matrix = RaciService(m_db).matrix();
    m_grid->clear();
    m_grid->setRowCount(int(m_matrix.activities.size()));
    m_grid->setColumnCount(int(m_matrix.roles.size()) + 1);
    QStringList headers{tr("Activity")};
    for (const auto& role : m_matrix.roles) headers << role.name;
    m_grid->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < m_matrix.activities.size(); ++row) {
        const auto& activity = m_matrix.activities[row];
        m_grid->setItem(row, 0, new QTableWidgetItem(activity.name));
        for (int column = 1; column <= m_matrix.roles.size(); ++column) {
            auto* box = new QComboBox(m_grid);
            box->addItem(QString(), QString());
            for (const QString& v : RaciService::values()) box->addItem(v, v);
            for (int i = 1; i < box->count(); ++i)
                box->setItemData(i, RaciService::describe(box->itemText(i)), Qt::ToolTipRole);
            box->setCurrentIndex(
                box->findData(activity.cells.value(m_matrix.roles[column - 1].roleId).value));
            Availability::follow(box, m_db, core::UserRole::Permission::EditRecords);
            box->setObjectName(QStringLiteral("cell_%1_%2").arg(row).arg(column));
            connect(box, &QComboBox::activated, this, [this, row, column, box] {
                QString message;
                if (!setCell(row, column, box->currentData().toString(), &message)) {
                    QMessageBox::warning(this, tr("RACI"), message);
                }
            });
            m_grid->setCellWidget(row, column, box);
        }
    }
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    showProblems();
}

QComboBox* RaciWidget::cell(int row, int column) const {
    return qobject_cast<QComboBox*>(m_grid->cellWidget(row, column));
}

void RaciWidget::showProblems() {
    QStringList problems = RaciService::problems(m_matrix);
    for (QString& p : problems) p = p.toHtmlEscaped();
    m_problems->setText(problems.isEmpty()
                            ? tr("Every activity has exactly one A and at least one R.")
                            : QStringLiteral("<b style='color:#b00020'>%1</b><br>%2")
                                  .arg(tr("To correct:"), problems.join(QStringLiteral("<br>"))));
}

bool RaciWidget::setCell(int row, int column, const QString& value, QString* message) {
    if (row < 0 || row >= m_matrix.activities.size() || column < 1 ||
        column > m_matrix.roles.size())
        return false;
    auto& activity = m_matrix.activities[row];
    const qint64 role = m_matrix.roles[column - 1].roleId;
    const bool ok = attempt(
        [&] { RaciService(m_db).setCell(activity.id, role, value, activity.cells.value(role)); },
        message);
    refresh();  // saved or refused, the grid shows what the database holds
    return ok;
}

void RaciWidget::addActivity() {
    FieldsDialog dialog(tr("New activity"),
                        tr("A duty of the policy, to assign R, A, C and I for."),
                        {{QStringLiteral("name"), tr("Activity:")}}, this);
    dialog.setWork([this](const FieldsDialog::Values& v, QString* message) {
        return attempt(
            [&] { RaciService(m_db).addActivity(v.value(QStringLiteral("name")).toString()); },
            message);
    });
    if (dialog.exec() == QDialog::Accepted) refresh();
}

void RaciWidget::renameActivity() {
    const int row = m_grid->currentRow();
    if (row < 0 || row >= m_matrix.activities.size()) return;
    const auto activity = m_matrix.activities[row];
    FieldsDialog dialog(tr("Rename activity"), QString(),
                        {{QStringLiteral("name"),
                          tr("Activity:"),
                          FieldsDialog::Field::Kind::Text,
                          {},
                          activity.name}},
                        this);
    dialog.setWork([&](const FieldsDialog::Values& v, QString* message) {
        return attempt(
            [&] {
                RaciService(m_db).renameActivity(
                    activity.id, v.value(QStringLiteral("name")).toString(), activity.rowVersion);
            },
            message);
    });
    dialog.exec();
    refresh();
}

void RaciWidget::removeActivity() {
    const int row = m_grid->currentRow();
    if (row < 0 || row >= m_matrix.activities.size()) return;
    const auto activity = m_matrix.activities[row];
    if (QMessageBox::question(this, tr("Remove activity"),
                              tr("Remove “%1” and its cells?").arg(activity.name)) !=
        QMessageBox::Yes) {
        return;
    }
    QString message;
    if (!attempt([&] { RaciService(m_db).removeActivity(activity.id, activity.rowVersion); },
                 &message)) {
        QMessageBox::warning(this, tr("Remove activity"), message);
    }
    refresh();
}

void RaciWidget::exportMatrix() {
    ExportFile::save(
        this, tr("Export RACI matrix"), ExportFile::dated(tr("raci")),
        tr("PDF (*.pdf)") + QStringLiteral(";;") + tr("CSV (*.csv)"),
        [&](const QString& file, QString* message) {
            return attempt(
                [&] {
                    if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
                        core::SafeFile::write(
                            file, [&](QIODevice& out) { RaciService::writeCsv(m_matrix, out); });
                    } else {
                        *message = reports::JournaledText::missingNote(
                            reports::OrganisationReports::raci(m_db, m_matrix).writePdf(file));
                    }
                },
                message);
        });
}

}  // namespace isms::ui
