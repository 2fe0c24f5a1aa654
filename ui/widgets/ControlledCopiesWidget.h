#pragma once

#include <QWidget>
#include <functional>

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// The controlled-copy register on the Policies page: issue a numbered copy of the version shown
// (its PDF carries the number on every page), and record a copy returned or destroyed.
class ControlledCopiesWidget : public QWidget {
    Q_OBJECT
public:
    using CurrentVersion = std::function<qint64()>;

    ControlledCopiesWidget(core::Database& db, CurrentVersion currentVersion,
                           QWidget* parent = nullptr);

    RecordListWidget* list() const { return m_list; }
    // The work behind the buttons; false with *message on refusal.
    bool issue(const QString& holder, const QString& pdfFile, QString* message);
    bool close(bool destroyed, QString* message);

private:
    void askIssue();
    void askClose(bool destroyed);

    core::Database& m_db;
    CurrentVersion m_currentVersion;
    RecordListWidget* m_list;
};

}  // namespace isms::ui
