#include "UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <limits>
#include <optional>

#include "domain/Error.h"
#include "security/PasswordHasher.h"
#include "storage/AuditLog.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {
const QString kUsers = QStringLiteral("users");
}

UserService::UserService(Database& db) : m_db(db) {}

bool UserService::hasUsers() const {
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users")).toInt() > 0;
}

int UserService::lockoutSeconds(int failedAttempts) {
    if (failedAttempts < kFreeAttempts) return 0;
    // 30 s after the fifth failure, doubling with each further one, at most an hour.
    const int doublings = qMin(failedAttempts - kFreeAttempts, 7);
    return qMin(30 << doublings, 3600);
}

void UserService::checkPasswordRules(const QString& password) {
    if (password.size() < kMinimumPasswordLength) {
        throw Error(Error::Kind::Invalid,
                    tr("A password needs at least %1 characters.").arg(kMinimumPasswordLength));
    }
}

void UserService::checkUsername(const QString& username) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!valid.match(username).hasMatch()) {
        throw Error(Error::Kind::Invalid,
                    tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores."));
    }
}

qint64 UserService::insertAccount(const Grant& grant, const QString& username,
                                  const QString& fullName, UserRole::Value role,
                                  const QString& password) {
    checkUsername(username);
    if (fullName.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Enter the person's full name."));
    checkPasswordRules(password);
    if (Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM users WHERE username = :u"),
                    {{QStringLiteral("u"), username}})
            .toInt() > 0) {
        throw Error(Error::Kind::Invalid, tr("The user name %1 is taken.").arg(username));
    }
    const QString hash = PasswordHasher::hash(password);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    const qint64 person =
        writer.insert(QStringLiteral("people"), {{QStringLiteral("name"), fullName.trimmed()}});
    const qint64 id = writer.insert(kUsers, {{QStringLiteral("person_id"), person},
                                             {QStringLiteral("username"), username},
                                             {QStringLiteral("password_hash"), hash},
                                             {QStringLiteral("role"), UserRole::key(role)}});
    tx.commit();
    return id;
}

qint64 UserService::createFirstAdministrator(const QString& username, const QString& fullName,
                                             const QString& password) {
    if (hasUsers())
        throw Error(Error::Kind::Refused, tr("This database already has an administrator."));
    return insertAccount(m_db.firstAccount(username), username, fullName, UserRole::Administrator,
                         password);
}

qint64 UserService::createUser(const QString& username, const QString& fullName,
                               UserRole::Value role, const QString& password) {
    return insertAccount(m_db.require(UserRole::Permission::ManageUsers), username, fullName, role,
                         password);
}

void UserService::confirmPassword(const QString& password, const QDateTime& now) {
    const Session s = m_db.session();
    if (!s.signedIn || s.userId == 0) {
        throw Error(Error::Kind::Permission,
                    tr("Only someone signed in with an account of their own can sign."));
    }
    if (password.isEmpty()) throw Error(Error::Kind::Invalid, tr("Type your password to sign."));
    try {
        authenticate(s.username, password, now, false);
    } catch (const Error& e) {
        if (e.message() != wrongPassword()) throw;
        throw Error(Error::Kind::Permission,
                    tr("That is not the password of %1: nothing was signed. A wrong password is "
                       "counted as a failed sign-in.")
                        .arg(s.username));
    }
}

void UserService::signOut() {
    const Session s = m_db.session();
    if (s.signedIn && s.userId != 0 && m_db.trailProblem().isEmpty() && !m_db.isReadOnly()) {
        try {
            Transaction tx(m_db);
            AuditLog(m_db).appendJson(
                s.username, QStringLiteral("insert"), QStringLiteral("sessions"), 0, QString(),
                AuditLog::toJson({{QStringLiteral("username"), s.username},
                                  {QStringLiteral("signed_out"), 1}}));
            tx.commit();
        } catch (const Error&) {
            // A database that cannot take the entry now (a lost server) still lets go of the
            // person: staying signed in would be worse than the entry missing.
        }
    }
    m_db.setSession(Session{});
}

QString UserService::wrongPassword() {
    return tr("Wrong user name or password.");
}

Session UserService::signIn(const QString& username, const QString& password,
                            const QDateTime& now) {
    return authenticate(username, password, now, true);
}

Session UserService::authenticate(const QString& username, const QString& password,
                                  const QDateTime& now, bool signingIn) {
    const QString wrong = wrongPassword();
    // Reading the count, checking the lock, trying the password and counting a failure are one
    // write transaction: writers take turns, so guesses made in parallel are each counted and
    // none is tried past the lock. A database that takes no more changes (its audit trail no
    // longer holds what this workstation saw) can still be signed in to, to read it and restore
    // a backup, and so can a read-only one: then nothing is counted.
    const bool counting = m_db.trailProblem().isEmpty() && !m_db.isReadOnly();
    std::optional<Transaction> tx;
    if (counting) tx.emplace(m_db);
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT u.id, u.password_hash, u.role, u.disabled, u.failed_attempts, "
                       "u.locked_until, p.name, u.row_version FROM users u LEFT JOIN people p ON "
                       "p.id = u.person_id WHERE u.username = :u"),
        {{QStringLiteral("u"), username}});
    if (!q.next()) {
        // An unknown name costs what a known one does and is answered the same, so that
        // neither the time nor the words tell which accounts exist.
        PasswordHasher::verify(dummyHash(), password);
        throw Error(Error::Kind::Permission, wrong);
    }
    const qint64 id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    UserRole::Value role = UserRole::Viewer;
    UserRole::fromKey(q.value(2).toString(), &role);
    bool disabled = q.value(3).toInt() != 0;
    int failed = q.value(4).toInt();
    QDateTime lockedUntil = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    const QString name = q.value(6).toString();
    const int rowVersion = q.value(7).toInt();
    q.finish();
    // The account is what its audit trail says it is: a role, a lock or a password put into the
    // file directly gives no one anything here.
    if (const auto changed = AuditState(m_db).compareRecord(kUsers, id)) {
        if (changed->kind != AuditState::Difference::Kind::Changed) {
            PasswordHasher::verify(dummyHash(), password);
            throw Error(Error::Kind::Permission,
                        tr("The account %1 was put into the database outside the program: it "
                           "cannot sign in. Run isms-desk check and restore a verified backup.")
                            .arg(username));
        }
        const QJsonObject trail = QJsonDocument::fromJson(changed->image.toUtf8()).object();
        if (trail.value(QStringLiteral("password_hash")) !=
            AuditLog::imageOf(QStringLiteral("password_hash"), hash)) {
            PasswordHasher::verify(dummyHash(), password);
            throw Error(Error::Kind::Permission, tr("The password of %1 was changed outside the "
                                                    "program: it is not accepted. Run isms-desk "
                                                    "check and restore a verified backup.")
                                                     .arg(username));
        }
        UserRole::fromKey(trail.value(QStringLiteral("role")).toString(), &role);
        disabled = trail.value(QStringLiteral("disabled")).toInteger() != 0;
        failed = int(trail.value(QStringLiteral("failed_attempts")).toInteger());
        lockedUntil = QDateTime::fromString(trail.value(QStringLiteral("locked_until")).toString(),
                                            Qt::ISODate);
    }

    if (lockedUntil.isValid() && now < lockedUntil) {
        throw Error(Error::Kind::Permission,
                    tr("Too many failed attempts: try again in %n second(s).", nullptr,
                       int(now.secsTo(lockedUntil))));
    }
    const bool passwordRight = PasswordHasher::verify(hash, password);
    QVariantMap bookkeeping;
    if (!passwordRight) {
        const int attempts = failed + 1;
        const int wait = lockoutSeconds(attempts);
        bookkeeping = {{QStringLiteral("failed_attempts"), attempts},
                       {QStringLiteral("locked_until"),
                        wait > 0 ? QVariant(now.addSecs(wait).toString(Qt::ISODate))
                                 : QVariant(QMetaType(QMetaType::QString))}};
    } else if (failed > 0 || lockedUntil.isValid()) {
        bookkeeping = {{QStringLiteral("failed_attempts"), 0},
                       {QStringLiteral("locked_until"), QVariant(QMetaType(QMetaType::QString))}};
    }
    if (!bookkeeping.isEmpty() && counting) {
        // The account's own bookkeeping, not the act of whoever is signed in, nor of the account's
        // holder (a wrong guess may be anyone's): the trail names the sign-in.
        RecordWriter(m_db, m_db.ownAccount(id, QStringLiteral("sign-in")))
            .update(kUsers, id, rowVersion, bookkeeping);
        tx->commit();
    }
    if (!passwordRight) throw Error(Error::Kind::Permission, wrong);
    // Only someone who knows the password learns that the account is disabled.
    if (disabled) throw Error(Error::Kind::Permission, tr("This account is disabled."));
    if (signingIn && counting) {
        // Who signed in, and when, is on the trail as an event of its own: an entry of no record
        // (entity id 0, as a restore's), under the kind "sessions".
        // The bookkeeping of earlier failures, if any, is committed already: a change of its own.
        tx.reset();
        tx.emplace(m_db);
        AuditLog(m_db).appendJson(username, QStringLiteral("insert"), QStringLiteral("sessions"),
                                  0, QString(),
                                  AuditLog::toJson({{QStringLiteral("username"), username},
                                                    {QStringLiteral("role"), UserRole::key(role)}}));
        tx->commit();
    }
    const Session session = Session::user(id, username, name.isEmpty() ? username : name, role);
    m_db.setSession(session);
    return session;
}

const QString& UserService::dummyHash() {
    static const QString hash =
        PasswordHasher::hash(QStringLiteral("no account has this password"));
    return hash;
}

void UserService::update(const Grant& grant, qint64 userId, int expectedRowVersion,
                         const QVariantMap& values, bool keepsAnAdministrator) {
    // The rule and the write are one change: two administrators demoting each other at once
    // cannot both pass it.
    Transaction tx(m_db);
    if (keepsAnAdministrator) {
        const int otherAdmins =
            Sql::scalar(m_db.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' "
                                       "AND disabled = 0 AND id <> :id"),
                        {{QStringLiteral("id"), userId}})
                .toInt();
        const bool isAdmin =
            Sql::scalar(m_db.connection(), QStringLiteral("SELECT role FROM users WHERE id = :id"),
                        {{QStringLiteral("id"), userId}})
                .toString() == UserRole::key(UserRole::Administrator);
        if (isAdmin && otherAdmins == 0) {
            throw Error(Error::Kind::Invalid, tr("At least one active administrator must remain."));
        }
    }
    RecordWriter(m_db, grant).update(kUsers, userId, expectedRowVersion, values);
    tx.commit();
}

void UserService::setDisabled(qint64 userId, int expectedRowVersion, bool disabled) {
    const Grant grant = m_db.require(UserRole::Permission::ManageUsers);
    if (disabled && userId == m_db.session().userId) {
        throw Error(Error::Kind::Invalid, tr("You cannot disable your own account."));
    }
    update(grant, userId, expectedRowVersion, {{QStringLiteral("disabled"), disabled ? 1 : 0}},
           disabled);
}

void UserService::setRole(qint64 userId, int expectedRowVersion, UserRole::Value role) {
    update(m_db.require(UserRole::Permission::ManageUsers), userId, expectedRowVersion,
           {{QStringLiteral("role"), UserRole::key(role)}}, role != UserRole::Administrator);
}

void UserService::resetPassword(qint64 userId, int expectedRowVersion, const QString& newPassword) {
    const Grant grant = m_db.require(UserRole::Permission::ManageUsers);
    checkPasswordRules(newPassword);
    update(grant, userId, expectedRowVersion,
           {{QStringLiteral("password_hash"), PasswordHasher::hash(newPassword)},
            {QStringLiteral("failed_attempts"), 0},
            {QStringLiteral("locked_until"), QVariant(QMetaType(QMetaType::QString))}},
           false);
}

void UserService::changeOwnPassword(const QString& currentPassword, const QString& newPassword) {
    const Session me = m_db.session();
    if (!me.signedIn || me.userId == 0) throw Error(Error::Kind::Permission, tr("Sign in first."));
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("SELECT password_hash, row_version FROM users WHERE id = :id"),
                 {{QStringLiteral("id"), me.userId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That user account no longer exists."));
    const QString hash = q.value(0).toString();
    // The account as it was when the current password was checked: a reset meanwhile wins.
    const int rowVersion = q.value(1).toInt();
    q.finish();
    if (!PasswordHasher::verify(hash, currentPassword)) {
        throw Error(Error::Kind::Permission, tr("The current password is not right."));
    }
    checkPasswordRules(newPassword);
    update(m_db.ownAccount(me.userId, me.username), me.userId, rowVersion,
           {{QStringLiteral("password_hash"), PasswordHasher::hash(newPassword)}}, false);
}

}  // namespace isms::core
