#include "ErrorOf.h"
#include "TestFiles.h"
#include "storage/SafeFile.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QIODevice>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

TEST(SafeFile, WritesWholeOrLeavesTheOldFileAlone) {
    TestFiles files;
    const QString file = files.write(QStringLiteral("report.csv"), "old");
    SafeFile::write(file, [](QIODevice& out) { out.write("new"); });
    EXPECT_EQ(TestFiles::read(file), QByteArray("new"));
    // Writing fails half-way: the file keeps what it had.
    EXPECT_EQ(errorOf([&] {
                  SafeFile::write(file, [](QIODevice& out) {
                      out.write("half");
                      throw Error(Error::Kind::Storage, QStringLiteral("disk full"));
                  });
              }),
              Error::Kind::Storage);
    EXPECT_EQ(TestFiles::read(file), QByteArray("new"));
    QString message;
    EXPECT_EQ(errorOf([&] { SafeFile::write(files.path(QStringLiteral("no/such/folder/x.csv")), [](QIODevice&) {}); }, &message),
              Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("Cannot write"))) << message.toStdString();
}
