#include "LockCover.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QVBoxLayout>

namespace isms::ui {

namespace {

// A panel over a widget that keeps its size, so that a resize shows nothing underneath.
class Cover : public QWidget {
public:
    explicit Cover(QWidget* over) : QWidget(over) {
        setObjectName(QStringLiteral("lock_cover"));
        setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(this);
        auto* label = new QLabel(LockCover::tr("Locked"), this);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        setGeometry(over->rect());
        over->installEventFilter(this);
        show();
        raise();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        if (watched == parent() && event->type() == QEvent::ChildAdded) raise();
        return QWidget::eventFilter(watched, event);
    }
};

}  // namespace

LockCover::LockCover(QWidget* window) {
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->centralWidget())
        cover(main->centralWidget());
    else if (window)
        cover(window);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(top);
        if (!dialog || !dialog->isVisible() || dialog == window) continue;
        m_dialogs << dialog;
        cover(dialog);
    }
}

LockCover::~LockCover() {
    for (const QPointer<QWidget>& c : std::as_const(m_covers)) delete c.data();
}

void LockCover::cover(QWidget* widget) {
    m_covers << new Cover(widget);
}

QList<QDialog*> LockCover::dialogs() const {
    QList<QDialog*> out;
    for (const QPointer<QDialog>& d : m_dialogs) {
        if (d) out << d.data();
    }
    return out;
}

void LockCover::closeDialogs() {
    // Innermost first, as they were opened on one another.
    const QList<QDialog*> open = dialogs();
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        (*it)->setProperty("isms_closed_by_lock", true);  // TypedWorkGuard does not ask
        (*it)->reject();
    }
}

}  // namespace isms::ui
