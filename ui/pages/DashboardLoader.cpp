#include "DashboardLoader.h"

#include "domain/Error.h"
#include "storage/Database.h"

#include <QThread>
#include <exception>

namespace isms::ui {

DashboardLoader::DashboardLoader(const QString& path, const QString& password, QObject* parent)
    : QObject(parent), m_path(path), m_password(password) {}

DashboardLoader::~DashboardLoader() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

int DashboardLoader::request(int year, const QDate& today) {
    const Request request{++m_requests, year, today};
    if (m_thread) {
        m_next = request;
    } else {
        start(request);
    }
    return request.number;
}

void DashboardLoader::start(const Request& request) {
    m_running = request;
    m_thread = QThread::create([this, request] {
        m_figures = {};
        m_error.clear();
        try {
            // Header and schema were checked when the database was opened.
            auto db = core::Database::openReadOnly(m_path, core::Database::Check::Deferred, m_password);
            m_figures = core::DashboardService(*db).compute(request.year, request.today);
        } catch (const core::Error& e) {
            m_error = e.message();
        } catch (const std::exception& e) {
            // Nothing may leave the thread; the page computes the figures itself instead.
            m_error = QString::fromLocal8Bit(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &DashboardLoader::done);
    m_thread->start();
}

void DashboardLoader::done() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Request finished = m_running;
    const auto figures = m_figures;
    const QString error = m_error;
    if (m_next) {
        start(*m_next);
        m_next.reset();
    }
    emit this->finished(finished.number, figures, error);
}

}  // namespace isms::ui
