#include "ServerAddress.h"

#include "domain/Error.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace isms::core {

bool ServerAddress::isServer(const QString& location) {
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString& location) {
    const QUrl url(location, QUrl::StrictMode);
    if (!isServer(location) || !url.isValid()) {
        throw Error(Error::Kind::Invalid,
                    tr("“%1” is not a server address; write postgresql://user@host:port/database.").arg(location));
    }
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (!url.password().isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    tr("Leave the password out of the address: it would be shown and remembered. "
                       "Set PGPASSWORD or type it when asked."));
    }
    if (address.host.isEmpty()) throw Error(Error::Kind::Invalid, tr("The address “%1” names no server.").arg(location));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        throw Error(Error::Kind::Invalid, tr("The address “%1” names no database.").arg(location));
    }
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')) || key == QStringLiteral("password")) {
            throw Error(Error::Kind::Invalid, tr("The connection option “%1” is not accepted here.").arg(key));
        }
        options << key + QLatin1Char('=') + value;
    }
    address.options = options.join(QLatin1Char(';'));
    return address;
}

QSqlDatabase ServerAddress::connect(const QString& connectionName, const QString& password) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        throw Error(Error::Kind::Refused,
                    tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is missing "
                       "(Debian package libqt6sql6-psql)."));
    }
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    if (!password.isEmpty()) db.setPassword(password);
    // A server that does not answer is said so after a while, not waited for forever.
    db.setConnectOptions(options.contains(QStringLiteral("connect_timeout="))
                             ? options
                             : QStringLiteral("connect_timeout=10") + (options.isEmpty() ? QString() : QStringLiteral(";") + options));
    if (!db.open()) {
        // libpq's own words stay, after what they mean for the person at the workstation.
        const QString reason = db.lastError().databaseText().trimmed();
        const QString meaning =
            reason.contains(QStringLiteral("no password supplied"))
                ? tr("The server asks for a password: type it, or set PGPASSWORD.")
            : reason.contains(QStringLiteral("password authentication failed"))
                ? tr("The server refused the user name or the password.")
                : tr("The server cannot be reached, or refused the connection.");
        throw Error(Error::Kind::Refused, tr("Cannot connect to %1. %2\n(%3)").arg(toString(), meaning, reason));
    }
    return db;
}

QString ServerAddress::toString() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : options.split(QLatin1Char(';'))) {
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
        }
        url.setQuery(query);
    }
    return url.toString();
}

}  // namespace isms::core
