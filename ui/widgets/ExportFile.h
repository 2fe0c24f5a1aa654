#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;
class QWidget;

namespace isms::reports {
class TableReport;
}

namespace isms::ui {

// Saving an export the same way everywhere: the file dialog proposes a name (what, which, the
// day) in the folder the last export went to; a name typed without an extension gets the chosen
// type's; a refusal is said in a message and a file written is confirmed in the window's status
// bar, with a link that opens its folder.
class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    // Writes to the file, or says why not in *message.
    using Write = std::function<bool(const QString& file, QString* message)>;

    // filters: "PDF documents (*.pdf)", ";;"-separated as QFileDialog takes them. false when
    // cancelled or refused.
    static bool save(QWidget* parent, const QString& title, const QString& proposedName,
                     const QString& filters, const Write& write);
    // "action-plan-2026" → "action-plan-2026_2026-12-03": the day the export was made.
    static QString dated(const QString& stem);
    // A year as a file name says it in the language shown: 2026, or 民國115年.
    static QString year(int year);
    // The name with the extension of the filter ("PDF documents (*.pdf)") added, unless it has
    // one of that filter's already.
    static QString withExtension(const QString& file, const QString& filter);
    // In the status bar of parent's main window: "Saved …" and the folder's link.
    static void confirm(QWidget* parent, const QString& file);
    // Told of every file an export wrote (what: the export's title), to put it on the audit
    // trail; throws core::Error when it could not. The window sets it for its database.
    using Recorder = std::function<void(const QString& what, const QString& file)>;
    static void setRecorder(Recorder recorder);
    // A report written to the file: as CSV when the name ends .csv and there is a CSV writer,
    // else as PDF (with the note of any character no font has in *message); core's refusal in
    // *message and false.
    static bool writeReport(const QString& file, const std::function<reports::TableReport()>& pdf,
                            const std::function<void(QIODevice&)>& csv, QString* message);
};

}  // namespace isms::ui
