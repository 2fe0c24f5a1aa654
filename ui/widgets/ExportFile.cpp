#include "ExportFile.h"

#include "JournaledText.h"
#include "TableReport.h"
#include "domain/Error.h"
#include "storage/SafeFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include "FileDialogs.h"
#include "Settings.h"
#include "domain/Clock.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::ui {

namespace {

QMainWindow* mainWindowOf(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* main = qobject_cast<QMainWindow*>(w)) return main;
    }
    return nullptr;
}

}  // namespace

QString ExportFile::dated(const QString& stem) {
    // "_" between: "action-plan-2026_2026-12-03" reads as what, then the day; in Chinese the day
    // of the ROC calendar ("年度行動計畫-民國115年_115-12-03"), a file name holding no "/".
    const QDate today = core::Clock::today();
    const QString day = core::Language::isChinese() ? core::RocDate::shortForm(today).replace(
                                                          QLatin1Char('/'), QLatin1Char('-'))
                                                    : today.toString(Qt::ISODate);
    return stem + QLatin1Char('_') + day;
}

QString ExportFile::year(int year) {
    return core::Language::isChinese() ? tr("ROC %1").arg(year - core::RocDate::kYearOffset)
                                       : QString::number(year);
}

QString ExportFile::withExtension(const QString& file, const QString& filter) {
    static const QRegularExpression patterns(QStringLiteral(R"(\*\.(\w+))"));
    QStringList extensions;
    for (auto m = patterns.globalMatch(filter); m.hasNext();) extensions << m.next().captured(1);
    if (extensions.isEmpty()) return file;
    const QString suffix = QFileInfo(file).suffix();
    if (extensions.contains(suffix, Qt::CaseInsensitive)) return file;
    // The name proposed for another of the dialog's types (report.pdf, then Word chosen) takes
    // the chosen type's extension instead of a second one.
    static const QStringList ours{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("odt"),
                                  QStringLiteral("docx"), QStringLiteral("txt")};
    if (ours.contains(suffix, Qt::CaseInsensitive)) return file.chopped(suffix.size()) + extensions.first();
    return file + QLatin1Char('.') + extensions.first();
}

namespace {
ExportFile::Recorder& recorder() {
    static ExportFile::Recorder instance;
    return instance;
}
}  // namespace

void ExportFile::setRecorder(Recorder r) { recorder() = std::move(r); }

bool ExportFile::save(QWidget* parent, const QString& title, const QString& proposedName,
                      const QString& filters, const Write& write) {
    auto settings = Settings::open();
    // The last export's folder; the first time, Documents (or the home folder without one).
    QString folder = settings->value(Settings::kExportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir()) folder = QDir::homePath();
    QString filter = filters.section(QStringLiteral(";;"), 0, 0);
    QString file = FileDialogs::saveFile(parent, title,
                                         QDir(folder).filePath(withExtension(proposedName, filter)),
                                         filters, &filter);
    if (file.isEmpty()) return false;
    file = withExtension(file, filter);
    QString message;
    if (!write(file, &message)) {
        QMessageBox::warning(parent, title, message);
        return false;
    }
    settings->setValue(Settings::kExportFolder, QFileInfo(file).absolutePath());
    if (recorder()) {
        try {
            recorder()(title, file);
        } catch (const core::Error& e) {
            message = QStringList{message, tr("The export is not on the audit trail: %1")
                                               .arg(e.message())}
                          .join(QLatin1Char('\n'))
                          .trimmed();
        }
    }
    confirm(parent, file);
    // Written, with something to tell (characters no font has).
    if (!message.isEmpty()) QMessageBox::information(parent, title, message);
    return true;
}

void ExportFile::confirm(QWidget* parent, const QString& file) {
    QMainWindow* main = mainWindowOf(parent);
    if (!main) return;
    auto* notice = main->statusBar()->findChild<QLabel*>(QStringLiteral("export_notice"));
    if (!notice) {
        notice = new QLabel(main->statusBar());
        notice->setObjectName(QStringLiteral("export_notice"));
        notice->setTextFormat(Qt::RichText);
        QObject::connect(notice, &QLabel::linkActivated, notice,
                         [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
        main->statusBar()->addWidget(notice);
        auto* timer = new QTimer(notice);
        timer->setObjectName(QStringLiteral("export_notice_timer"));
        timer->setSingleShot(true);
        timer->setInterval(20000);
        QObject::connect(timer, &QTimer::timeout, notice, &QLabel::hide);
        // One thing said at a time: a later message takes the notice's place.
        QObject::connect(main->statusBar(), &QStatusBar::messageChanged, notice, [notice](const QString& message) {
            if (!message.isEmpty()) notice->hide();
        });
    }
    // The notice takes an earlier message's place, never drawn over it.
    main->statusBar()->clearMessage();
    const QFileInfo info(file);
    notice->setText(tr("Saved %1. <a href=\"%2\">Open folder</a>")
                        .arg(info.fileName().toHtmlEscaped(),
                             QUrl::fromLocalFile(info.absolutePath()).toString()));
    notice->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    notice->show();
    // Said for a while, then the status bar is the window's again.
    notice->findChild<QTimer*>(QStringLiteral("export_notice_timer"))->start();
}

bool ExportFile::writeReport(const QString& file, const std::function<reports::TableReport()>& pdf,
                             const std::function<void(QIODevice&)>& csv, QString* message) {
    try {
        if (csv && file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            core::SafeFile::write(file, csv);
        } else {
            *message = reports::JournaledText::missingNote(pdf().writePdf(file));
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    return true;
}

}  // namespace isms::ui
