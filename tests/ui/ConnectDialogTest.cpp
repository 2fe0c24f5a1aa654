// Issue #10: File ▸ Connect to server… — the address from the fields, the last connection
// remembered without its password, and a failed connection explained in the dialog.
#include "dialogs/ConnectDialog.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using isms::ui::ConnectDialog;

TEST(ConnectDialog, StartsFromTheLastConnectionAndBuildsTheAddress) {
    ConnectDialog dialog(QStringLiteral("postgresql://chen@isms.example:6543/isms?sslmode=require"),
                         [](const QString&, const QString&, QString*) { return true; });
    EXPECT_EQ(dialog.hostField()->text(), QStringLiteral("isms.example"));
    EXPECT_EQ(dialog.portField()->value(), 6543);
    EXPECT_EQ(dialog.databaseField()->text(), QStringLiteral("isms"));
    EXPECT_EQ(dialog.userField()->text(), QStringLiteral("chen"));
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());
    EXPECT_EQ(dialog.encryptionField()->currentData().toString(), QStringLiteral("require"));
    dialog.encryptionField()->setCurrentIndex(dialog.encryptionField()->findData(QStringLiteral("verify-full")));
    dialog.databaseField()->setText(QStringLiteral("isms2"));
    EXPECT_EQ(dialog.address(), QStringLiteral("postgresql://chen@isms.example:6543/isms2?sslmode=verify-full"));
}

TEST(ConnectDialog, AFailedConnectionIsExplainedAndNothingTypedIsLost) {
    QString tried, usedPassword;
    bool succeed = false;
    ConnectDialog dialog(QString(), [&](const QString& address, const QString& password, QString* error) {
        tried = address;
        usedPassword = password;
        if (!succeed) *error = QStringLiteral("password authentication failed");
        return succeed;
    });
    dialog.accept();
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("server")));
    EXPECT_TRUE(tried.isEmpty());  // not even tried without a server, database and user

    dialog.hostField()->setText(QStringLiteral("10.0.0.5"));
    dialog.databaseField()->setText(QStringLiteral("isms"));
    dialog.userField()->setText(QStringLiteral("lin"));
    dialog.passwordField()->setText(QStringLiteral("wrong"));
    dialog.accept();
    EXPECT_EQ(tried, QStringLiteral("postgresql://lin@10.0.0.5:5432/isms?sslmode=prefer"));
    EXPECT_EQ(usedPassword, QStringLiteral("wrong"));
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("password authentication failed"));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.hostField()->text(), QStringLiteral("10.0.0.5"));

    succeed = true;
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}
