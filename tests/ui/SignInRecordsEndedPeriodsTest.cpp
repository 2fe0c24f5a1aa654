// Issue #24: an editor's sign-in records the computed objectives' periods that have ended; a
// viewer's records nothing (the pages compute those values live meanwhile).
#include <gtest/gtest.h>

#include <QLineEdit>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "SignInFlow.h"
#include "dialogs/SignInDialog.h"
#include "i18n/Language.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

bool signIn(core::Database& db, const QString& user) {
    isms::test::answerNextModal([user](QWidget* modal) {
        auto* dialog = qobject_cast<ui::SignInDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->usernameField()->setText(user);
        dialog->passwordField()->setText(kPassword);
        dialog->accept();
    });
    return ui::SignInFlow::run(nullptr, db, user);
}

int computed(core::Database& db) {
    return core::Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM measurements WHERE source <> ''")).toInt();
}

}  // namespace

TEST(SignInRecordsEndedPeriods, AnEditorsSignInRecordsThemAViewersDoesNot) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("signin.sqlite")), 2025);
    core::UserService users(*db);
    users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("系統管理者"), kPassword);
    users.signIn(QStringLiteral("admin"), kPassword);
    users.createUser(QStringLiteral("viewer1"), QStringLiteral("王檢視"), core::UserRole::Viewer, kPassword);
    users.createUser(QStringLiteral("editor1"), QStringLiteral("林文書"), core::UserRole::Editor, kPassword);
    users.signOut();
    ASSERT_EQ(computed(*db), 0);
    ASSERT_TRUE(signIn(*db, QStringLiteral("viewer1")));
    EXPECT_EQ(db->session().username, QStringLiteral("viewer1"));
    EXPECT_EQ(computed(*db), 0);
    users.signOut();
    ASSERT_TRUE(signIn(*db, QStringLiteral("editor1")));
    // The demo's 2025 (objectives 1, 2 and 5) and objective 6's months since January 2025.
    const int recorded = computed(*db);
    EXPECT_GT(recorded, 3);
    EXPECT_EQ(core::Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'editor1' AND "
                                                                 "entity = 'measurements'"))
                  .toInt(),
              recorded);
    users.signOut();
    ASSERT_TRUE(signIn(*db, QStringLiteral("editor1")));
    EXPECT_EQ(computed(*db), recorded);  // each period once
}
