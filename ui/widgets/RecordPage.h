#pragma once

#include <QStringList>
#include <QVariant>
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
    // A column of the record chosen in the list of that key (invalid: none chosen), as the list
    // read it; column 0 is the record's id.
    QVariant selectedValue(const QString& listKey, int column) const;
    // The chosen record's row_version as the list read it (its last column): what a change made
    // from it hands core, so that a save after someone else's is refused.
    int selectedRowVersion(const QString& listKey) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<RecordListWidget*> m_lists;
};

}  // namespace isms::ui
