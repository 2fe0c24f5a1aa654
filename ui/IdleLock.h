#pragma once

#include <QObject>
#include <QTimer>

namespace isms::ui {

// Notices that nobody has used the program (key, mouse, wheel) for the set number of minutes;
// the window then locks, which is the same sign-in as after Sign out. Off when set to zero.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);

    // Minutes without use before idle() (0: never); the count starts again now.
    void setMinutes(int minutes) { setInterval(std::chrono::minutes(minutes)); }
    void setInterval(std::chrono::milliseconds interval);
    bool isOn() const { return m_interval.count() > 0; }
    // Counting pauses while nobody is signed in, and resumes from zero.
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    bool m_active = false;
};

}  // namespace isms::ui
