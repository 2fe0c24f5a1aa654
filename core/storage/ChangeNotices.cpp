#include "ChangeNotices.h"

#include "Database.h"

#include <QSqlDriver>

namespace isms::core {

ChangeNotices::ChangeNotices(Database& db, QObject* parent) : QObject(parent), m_db(db) {
    if (db.engine() != Database::Engine::PostgreSQL) return;
    m_active = db.listen(QString::fromLatin1(kChannel));
    connect(db.connection().driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                // Our own commits come back too; the page that made them is already up to date.
                if (name == QLatin1String(kChannel) && source == QSqlDriver::OtherSource) emit changedElsewhere();
            });
}

ChangeNotices::~ChangeNotices() {
    if (m_active) m_db.unlisten(QString::fromLatin1(kChannel));
}

}  // namespace isms::core
