#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

namespace isms::test {

// A fresh folder per test for databases and files, removed afterwards.
class TestFiles {
public:
    TestFiles();
    ~TestFiles();
    TestFiles(const TestFiles&) = delete;
    TestFiles& operator=(const TestFiles&) = delete;
    QString path(const QString& name) const;
    // Where a test keeps a database called name: a file in this folder, or, when the suite runs
    // against PostgreSQL (see onServer), a new empty database on the test cluster, dropped
    // afterwards. The same name gives the same database.
    QString database(const QString& name);
    // True when ISMS_TEST_POSTGRES names a running test cluster (tests/postgres/cluster.sh).
    static bool onServer();
    QString write(const QString& name, const QByteArray& bytes) const;
    static QByteArray read(const QString& path);
    // The seed policy as shipped with the program.
    static QByteArray seedPolicy();

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_databases;  // name → server database, dropped by the destructor
};

}  // namespace isms::test
