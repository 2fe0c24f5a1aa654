#include "TestFiles.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace isms::test {

namespace {

// The cluster's superuser address, read once from the folder cluster.sh wrote; its password
// goes to PGPASSWORD, where libpq (and so every connection the program makes) finds it.
QUrl serverUrl() {
    static const QUrl url = [] {
        const QString folder = qEnvironmentVariable("ISMS_TEST_POSTGRES");
        if (folder.isEmpty()) return QUrl();
        QFile env(folder + QStringLiteral("/env"));
        if (!env.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("ISMS_TEST_POSTGRES is set but the test cluster is not running");
        }
        QUrl found;
        for (const QByteArray& line : env.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            const QByteArray key = line.left(equals), value = line.mid(equals + 1);
            if (key == "ISMS_TEST_POSTGRES_URL") found = QUrl(QString::fromUtf8(value));
            if (key == "PGPASSWORD") qputenv("PGPASSWORD", value);
        }
        return found;
    }();
    return url;
}

// Runs one statement as the cluster's superuser on its maintenance database.
void administer(const QString& statement) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        const QUrl url = serverUrl();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) throw std::runtime_error(db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(statement)) throw std::runtime_error(q.lastError().text().toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

TestFiles::TestFiles() { m_dir.setAutoRemove(true); }

TestFiles::~TestFiles() {
    for (const QString& name : std::as_const(m_databases)) {
        try {
            administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        } catch (const std::exception&) {
            // The cluster stops with the suite and takes its databases with it.
        }
    }
}

bool TestFiles::onServer() { return !serverUrl().isEmpty(); }

QString TestFiles::database(const QString& name) {
    if (!onServer()) return path(name);
    if (!m_databases.contains(name)) {
        static QAtomicInt counter;
        const QString database = QStringLiteral("isms_t%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(counter.fetchAndAddRelaxed(1));
        administer(QStringLiteral("CREATE DATABASE %1").arg(database));
        m_databases.insert(name, database);
    }
    QUrl url = serverUrl();
    url.setPath(QLatin1Char('/') + m_databases.value(name));
    return url.toString();
}

QString TestFiles::path(const QString& name) const { return m_dir.filePath(name); }

QString TestFiles::write(const QString& name, const QByteArray& bytes) const {
    const QString file = path(name);
    QFile f(file);
    if (f.open(QIODevice::WriteOnly)) f.write(bytes);
    return file;
}

QByteArray TestFiles::read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray TestFiles::seedPolicy() { return read(QStringLiteral(":/seed/ISMS-01-01-policy-v2.0.txt")); }

}  // namespace isms::test
