// A file dialog that shows the folder of the open database must not read the database's files:
// POSIX drops every lock a process holds on a file when any descriptor of it is closed, so a
// dialog that opened the file to learn its type left the window's connection without locks; the
// next command that closed the file took itself for the last user, checkpointed and deleted the
// write-ahead log under the window, and what the window saved afterwards never reached the file.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "widgets/FileDialogs.h"

using namespace isms;

namespace {

void settle(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) QApplication::processEvents(QEventLoop::AllEvents, 20);
}

}  // namespace

TEST(FileDialogLocks, ADialogOnTheDatabasesFolderLeavesItsLocksAlone) {
    if (isms::test::TestFiles::onServer()) GTEST_SKIP() << "a server database has no file";
    isms::test::TestFiles files;
    const QString path = files.path(QStringLiteral("locks.sqlite"));
    auto db = isms::test::demoDatabase(path);
    db->setSession(isms::test::administrator(QStringLiteral("t")));
    const auto write = [&](const QString& name) {
        core::Transaction tx(*db);
        core::RecordWriter(*db, isms::test::everything(*db))
            .insert(QStringLiteral("people"), {{QStringLiteral("name"), name}});
        tx.commit();
    };
    write(QStringLiteral("甲"));
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);

    // The dialogs the program opens on that folder, left to list it and fetch its icons; the
    // program started in that folder too, as from a launcher in it (an empty folder is the
    // working one).
    const QString before = QDir::currentPath();
    QDir::setCurrent(QFileInfo(path).absolutePath());
    QFileDialog* first = ui::FileDialogs::dialog(nullptr, QStringLiteral("Open"), QString(),
                                                 QStringLiteral("All files (*)"));
    first->show();
    settle(500);
    delete first;
    QDir::setCurrent(before);
    QFileDialog* dialog =
        ui::FileDialogs::dialog(nullptr, QStringLiteral("Open"), QFileInfo(path).absolutePath(),
                                QStringLiteral("All files (*)"));
    dialog->show();
    settle(1500);
    dialog->close();
    delete dialog;

    // Another client opens the file and closes it again.
    QProcess child;
    child.start(QStringLiteral(ISMS_TEST_WRITER), {QStringLiteral("read"), path});
    ASSERT_TRUE(child.waitForFinished(30000));
    ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")))
        << "the write-ahead log was deleted under the window";
    // What the window saves afterwards reaches the file, for others to read.
    write(QStringLiteral("乙"));
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-reader"));
    other.setDatabaseName(path);
    ASSERT_TRUE(other.open());
    QSqlQuery q(other);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '乙'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    q.finish();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-reader"));
}
