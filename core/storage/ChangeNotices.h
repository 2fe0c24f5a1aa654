#pragma once

#include <QObject>
#include <QString>

namespace isms::core {

class Database;

// Tells a workstation that another one has saved a change, so that it can show it without a
// restart. PostgreSQL: every committed change notifies a channel (Database::commit) and this
// listens on it (LISTEN/NOTIFY through QSqlDriver). A file has no such notices: active() is false.
class ChangeNotices : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kChannel = "isms_desk_changes";

    explicit ChangeNotices(Database& db, QObject* parent = nullptr);
    ~ChangeNotices() override;
    bool active() const { return m_active; }

signals:
    // Another connection committed a change (one signal per change; callers debounce).
    void changedElsewhere();

private:
    Database& m_db;
    bool m_active = false;
};

}  // namespace isms::core
