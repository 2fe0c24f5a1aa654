#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace isms::core {

// Where a PostgreSQL database lives: postgresql://user@host:port/dbname?sslmode=…
// The password never belongs to the address (it is not shown, logged or remembered): it comes
// from PGPASSWORD or ~/.pgpass through libpq, or from a prompt into password.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    // libpq connection options given as the query (sslmode, sslrootcert, connect_timeout, …),
    // passed through as "key=value;key=value".
    QString options;
    QString password;

    // True for postgresql:// and postgres:// addresses; anything else is a file.
    static bool isServer(const QString& location);
    // Throws Error(Invalid) naming what is wrong with the address.
    static ServerAddress parse(const QString& location);
    // The address as typed, without a password: for titles, settings and messages.
    QString toString() const;
    // Opens a connection of this name to the address (QPSQL). Throws Error(Refused) saying what
    // a failure means, with libpq's own words after it.
    QSqlDatabase connect(const QString& connectionName, const QString& password) const;
};

}  // namespace isms::core
