#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace isms::test {

// A fresh folder per test for databases and files, removed afterwards.
class TestFiles {
public:
    TestFiles();
    QString path(const QString& name) const;
    QString write(const QString& name, const QByteArray& bytes) const;
    static QByteArray read(const QString& path);
    // The seed policy as shipped with the program.
    static QByteArray seedPolicy();

private:
    QTemporaryDir m_dir;
};

}  // namespace isms::test
