#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace isms::ui {

IdleLock::IdleLock(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setInterval(std::chrono::milliseconds interval) {
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    restart();
}

void IdleLock::setActive(bool active) {
    m_active = active;
    restart();
}

void IdleLock::restart() {
    if (m_active && isOn())
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
            if (m_timer.isActive()) m_timer.start();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace isms::ui
