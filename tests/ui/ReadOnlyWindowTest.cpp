// Issue #23: a database opened read only (File ▸ Open read only…, or a file its user may not
// write) says so above the pages, offers no change, and core refuses one all the same. Run
// against PostgreSQL too (the suite's postgres: tests): a read-only server session.
#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

QPushButton* button(QWidget* page, const QString& text) {
    for (QPushButton* b : page->findChildren<QPushButton*>()) {
        if (b->text() == text) return b;
    }
    return nullptr;
}

QString statusText(const ui::MainWindow& window) {
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

}  // namespace

TEST(ReadOnlyWindow, OpenedReadOnlyItSaysWhyOffersNoChangeAndCoreRefusesOne) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.database(QStringLiteral("records.sqlite"));
    core::AuditLog::Head before;
    {
        auto db = isms::test::demoDatabase(location);
        before = core::AuditLog(*db).head();
    }
    ui::MainWindow window(isms::test::demoDatabase(files.database(QStringLiteral("first.sqlite"))));
    window.setSignIn([](core::Database& d, const QString&) {
        d.setSession(isms::test::administrator(QStringLiteral("reader")));
        return true;
    });
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.notice()->isVisibleTo(&window));

    QString error;
    ASSERT_TRUE(window.openDatabase(location, false, &error, {}, core::Database::Access::ReadOnly))
        << error.toStdString();
    core::Database& db = window.database();
    ASSERT_TRUE(db.isReadOnly());
    EXPECT_TRUE(window.notice()->isVisibleTo(&window));
    EXPECT_TRUE(window.notice()->text().contains(
        QStringLiteral("is open read only: nothing can be saved into it")))
        << window.notice()->text().toStdString();
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("(read only)")))
        << statusText(window).toStdString();
    // What the administrator may do elsewhere is not offered here, and the reason is core's.
    EXPECT_EQ(db.refusal(core::UserRole::Permission::EditRecords), db.readOnlyReason());
    QWidget* plan = window.page(3);
    ASSERT_NE(button(plan, QStringLiteral("New item…")), nullptr);
    EXPECT_FALSE(button(plan, QStringLiteral("New item…"))->isEnabled());
    EXPECT_TRUE(button(plan, QStringLiteral("Export CSV…"))->isEnabled());
    for (const char* name : {"backup", "restore"}) {
        EXPECT_FALSE(window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled()) << name;
    }
    try {
        core::UserService(db).createUser(QStringLiteral("bob"), QStringLiteral("Bob"),
                                         core::UserRole::Viewer,
                                         QStringLiteral("a long enough password 1"));
        ADD_FAILURE() << "a change was saved into a database opened read only";
    } catch (const core::Error& e) {
        EXPECT_EQ(e.message(), db.readOnlyReason());
    }

    // Opened again for changes, it takes them; nothing was written meanwhile.
    ASSERT_TRUE(window.openDatabase(location, false, &error)) << error.toStdString();
    EXPECT_FALSE(window.database().isReadOnly());
    EXPECT_FALSE(window.notice()->isVisibleTo(&window));
    EXPECT_FALSE(statusText(window).contains(QStringLiteral("(read only)")));
    EXPECT_EQ(core::AuditLog(window.database()).head().entry, before.entry);
    EXPECT_EQ(core::AuditLog(window.database()).head().hash, before.hash);
    EXPECT_TRUE(button(window.page(3), QStringLiteral("New item…"))->isEnabled());
}

TEST(ReadOnlyWindow, ADatabaseThatIsNotThereIsNotMadeToBeReadOnly) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString missing = files.path(QStringLiteral("missing.sqlite"));
    EXPECT_THROW(core::Database::open(missing, core::Database::Check::Full, {},
                                      core::Database::Access::ReadOnly),
                 core::Error);
    EXPECT_FALSE(QFile::exists(missing));
}

TEST(ReadOnlyWindow, WithNoDatabaseOpenNothingThatNeedsOneIsOffered) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    ui::MainWindow window(
        isms::test::demoDatabase(files.database(QStringLiteral("closing.sqlite"))));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("verify"))->isEnabled());
    // As after a background check found the file damaged and closed it.
    window.closeDatabase();
    for (const char* name : {"backup", "restore", "change_password", "verify", "print", "pdf"}) {
        const QAction* action = window.findChild<QAction*>(QString::fromLatin1(name));
        if (!action) action = window.printAction(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
    }
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("No database is open")))
        << statusText(window).toStdString();
    EXPECT_FALSE(statusText(window).contains(QStringLiteral("Signed in")));
}
