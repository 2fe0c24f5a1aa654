#include "TestFiles.h"

#include <QFile>

namespace isms::test {

TestFiles::TestFiles() { m_dir.setAutoRemove(true); }

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
