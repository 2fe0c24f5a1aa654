#pragma once

#include "storage/AuditLog.h"

#include <QObject>
#include <atomic>
#include <chrono>
#include <QString>
#include <QStringList>

class QThread;
class QTimer;

namespace isms::ui {

// The quick check of an open database (its structure and its audit trail), or of its audit trail
// alone, run on a thread of its own with its own read-only connection, so that no window waits
// for a read of the whole file. finished() arrives on the thread that started it.
class BackgroundCheck : public QObject {
    Q_OBJECT
public:
    enum class Scope { Whole, AuditTrail };
    struct Outcome {
        bool opened = true;        // false: the file could not even be opened for the check
        QStringList problems;      // damage in the file's structure
        bool auditIntact = true;
        core::AuditLog::Verification audit;
        QStringList lines;         // the report as a person reads it
        bool damaged() const { return !opened || !problems.isEmpty(); }
        bool sound() const { return !damaged() && auditIntact; }
    };

    // path and password as the open database has them (Database::path, Database::password): the
    // check makes its own read-only connection.
    explicit BackgroundCheck(const QString& path, Scope scope = Scope::Whole, const QString& password = {},
                             QObject* parent = nullptr);
    // Stops a check still running (between audit entries) and waits for it: its connection must
    // not outlive the program's. Closing the window does not wait for a whole check.
    ~BackgroundCheck() override;

    // Starts the check, after delay if one is given: the main window's check waits until the
    // window's first paint and the dashboard's figures are done, rather than take one of a small
    // workstation's two cores from them.
    void start(std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    // Running, or waiting for its delay.
    bool isRunning() const;
    // Blocks until the check has run (starting it now if it was waiting for its delay);
    // finished() follows from the event loop.
    void wait();
    // Ends the check early and waits for its thread (its outcome is then not complete).
    void stop();

signals:
    void finished(const isms::ui::BackgroundCheck::Outcome& outcome);

private:
    QString m_path;
    QString m_password;
    Scope m_scope;
    std::atomic<bool> m_stop{false};
    void run();

    QThread* m_thread = nullptr;
    QTimer* m_delay = nullptr;
    Outcome m_outcome;
};

}  // namespace isms::ui
