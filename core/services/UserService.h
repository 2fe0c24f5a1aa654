#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include "domain/Clock.h"
#include "domain/Session.h"

namespace isms::core {

class Database;
class Grant;

// Accounts and signing in. Passwords are kept only as Argon2id hashes; after five failed
// attempts an account waits, longer after each further failure.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    static constexpr int kMinimumPasswordLength = 10;
    static constexpr int kFreeAttempts = 5;

    explicit UserService(Database& db);

    bool hasUsers() const;
    // Only while the database has no users: the administrator a new database starts with. A
    // person record with the full name is created for the account.
    qint64 createFirstAdministrator(const QString& username, const QString& fullName,
                                    const QString& password);
    // Signs in: on success the database works under the returned session.
    Session signIn(const QString& username, const QString& password,
                   const QDateTime& now = Clock::nowUtc());
    // Ends the session. Who signed out is on the trail, as a sign-in is, where the database takes
    // changes; the session ends whether or not that could be written.
    void signOut();
    // The signed-in person proves again that it is them, as an approval is signed: the password
    // is tried as a sign-in to the same account (a wrong one is counted as a failed sign-in, and
    // the account's lock applies), and the session is renewed from the account as it now is.
    void confirmPassword(const QString& password, const QDateTime& now = Clock::nowUtc());
    // How long the account must wait after the given number of failed attempts (0 for none).
    static int lockoutSeconds(int failedAttempts);

    // Administrators only. Changes take the account's row_version as the administrator saw it
    // (Account::rowVersion): one changed meanwhile is refused, naming who.
    qint64 createUser(const QString& username, const QString& fullName, UserRole::Value role,
                      const QString& password);
    void setDisabled(qint64 userId, int expectedRowVersion, bool disabled);
    void resetPassword(qint64 userId, int expectedRowVersion, const QString& newPassword);
    void setRole(qint64 userId, int expectedRowVersion, UserRole::Value role);
    // The signed-in user, who must know the current password.
    void changeOwnPassword(const QString& currentPassword, const QString& newPassword);

    static void checkPasswordRules(const QString& password);  // throws Error(Invalid)

private:
    static QString wrongPassword();
    static void checkUsername(const QString& username);
    qint64 insertAccount(const Grant& grant, const QString& username, const QString& fullName,
                         UserRole::Value role, const QString& password);
    // keepsAnAdministrator: the change may not leave the database without an active one.
    void update(const Grant& grant, qint64 userId, int expectedRowVersion,
                const QVariantMap& values, bool keepsAnAdministrator);
    // A hash no password matches, checked for names that are no account.
    static const QString& dummyHash();
    // signIn, and confirmPassword's check of the password; only a sign-in is an event of the
    // trail (a confirmation is part of what it confirms, an approval).
    Session authenticate(const QString& username, const QString& password, const QDateTime& now,
                         bool signingIn);

    Database& m_db;
};

}  // namespace isms::core
