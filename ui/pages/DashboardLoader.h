#pragma once

#include "services/DashboardService.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <optional>

class QThread;

namespace isms::ui {

// Computes the dashboard's figures on a thread of its own, with its own read-only connection, so
// that the window never waits for them: the dashboard is the first page of every start, and its
// figures took more time than the rest of the window (about 40 ms cold at scale 1, more on a
// server, where most of it is waiting for replies). finished() arrives on the thread that asked.
class DashboardLoader : public QObject {
    Q_OBJECT
public:
    // path and password as the open database has them (Database::path, Database::password).
    DashboardLoader(const QString& path, const QString& password, QObject* parent = nullptr);
    // Waits for a computation still running: its connection must not outlive the program's.
    ~DashboardLoader() override;

    // Computes the year's figures as of today. Asked again while computing, it computes the
    // newest request next and drops any in between. Returns the request's number, as finished()
    // gives it.
    int request(int year, const QDate& today);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    // The figures of a request, or the reason they could not be computed on a connection of
    // their own (error not empty, figures empty).
    void finished(int request, const isms::core::DashboardService::Figures& figures, const QString& error);

private:
    struct Request {
        int number = 0;
        int year = 0;
        QDate today;
    };
    void start(const Request& request);
    void done();

    QString m_path;
    QString m_password;
    int m_requests = 0;
    QThread* m_thread = nullptr;
    Request m_running;
    std::optional<Request> m_next;
    // Written by the thread, read once it has finished.
    core::DashboardService::Figures m_figures;
    QString m_error;
};

}  // namespace isms::ui
