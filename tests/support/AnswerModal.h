#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace isms::test {

// Runs answer, once, on the next modal window the code under test opens (a question, a
// dialog), as a person in front of it would: the code under test is blocked in exec() meanwhile.
inline void answerNextModal(std::function<void(QWidget*)> answer) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

// Presses that standard button of the next message box, remembering its text in *text.
inline void pressInNextBox(QMessageBox::StandardButton button, QString* text = nullptr) {
    answerNextModal([button, text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box) return;
        if (text) *text = box->text();
        if (QAbstractButton* b = box->button(button)) b->click();
    });
}

}  // namespace isms::test
