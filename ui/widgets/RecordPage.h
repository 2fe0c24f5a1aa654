#pragma once

#include <QStringList>
#include <QWidget>

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// An area of the program shown as one or more record lists (one tab each).
class RecordPage : public QWidget {
    Q_OBJECT
public:
    RecordPage(core::Database& db, const QStringList& listKeys, QWidget* parent = nullptr);

    QList<RecordListWidget*> lists() const { return m_lists; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<RecordListWidget*> m_lists;
};

}  // namespace isms::ui
