#include "BackgroundCheck.h"

#include "domain/Error.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"

#include <QThread>
#include <QTimer>

namespace isms::ui {

BackgroundCheck::BackgroundCheck(const QString& path, Scope scope, const QString& password, QObject* parent)
    : QObject(parent), m_path(path), m_password(password), m_scope(scope) {}

BackgroundCheck::~BackgroundCheck() {
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundCheck::start(std::chrono::milliseconds delay) {
    if (m_thread || m_delay) return;
    if (delay.count() <= 0) {
        run();
        return;
    }
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &BackgroundCheck::run);
    m_delay->start(delay);
}

void BackgroundCheck::run() {
    if (m_thread) return;
    if (m_delay) m_delay->stop();
    m_thread = QThread::create([this] {
        Outcome outcome;
        try {
            // Header and schema were checked when the file was opened; this is the rest.
            auto db = core::Database::openReadOnly(m_path, core::Database::Check::Deferred, m_password);
            const auto stop = [this] { return m_stop.load(); };
            if (m_scope == Scope::AuditTrail) {
                outcome.audit = core::AuditLog(*db).verify(stop);
            } else {
                const auto report = core::DatabaseCheck(*db).run(false, stop);
                outcome.problems = report.problems;
                outcome.audit = report.audit;
                outcome.lines = report.lines();
            }
            outcome.auditIntact = outcome.audit.intact;
        } catch (const core::Error& e) {
            outcome.opened = false;
            outcome.lines = {e.message()};
        }
        m_outcome = outcome;  // read only after the thread has finished
    });
    connect(m_thread, &QThread::finished, this, [this] { emit finished(m_outcome); });
    m_thread->start(QThread::LowPriority);
}

bool BackgroundCheck::isRunning() const { return (m_delay && m_delay->isActive()) || (m_thread && m_thread->isRunning()); }

void BackgroundCheck::stop() {
    m_stop = true;
    if (m_delay) m_delay->stop();  // a check not started yet is not started
    if (m_thread) m_thread->wait();
}

void BackgroundCheck::wait() {
    if (!m_thread && !m_stop) run();
    if (m_thread) m_thread->wait();
}

}  // namespace isms::ui
