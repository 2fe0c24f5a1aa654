#include "UserCommands.h"

#include <QSqlQuery>

#include "CommandLine.h"
#include "PasswordSource.h"
#include "domain/Error.h"
#include "domain/UserRole.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListFormatter.h"
#include "storage/ListQuery.h"
#include "storage/Sql.h"

namespace isms::app {

using core::Error;

QList<Command> UserCommands::commands() {
    return {
        {{QStringLiteral("users"), QStringLiteral("add")},
         {QStringLiteral("NAME")},
         QStringLiteral("--role ROLE [--person NAME]"),
         tr("Create the account NAME with its role (administrator, editor, chair, auditor or "
            "viewer); --person is "
            "the person's full name (default: NAME). The new password is asked for twice on the "
            "terminal, or read "
            "from ISMS_DESK_NEW_PASSWORD (administrators)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         add},
        // Signs in although it changes nothing: the accounts are the administrators' to see.
        {{QStringLiteral("users"), QStringLiteral("list")},
         {},
         {},
         tr("List the accounts: user name, person, role, whether disabled (administrators)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         list,
         true},
        {{QStringLiteral("users"), QStringLiteral("disable")},
         {QStringLiteral("NAME")},
         {},
         tr("Disable the account NAME: it can no longer sign in, and its records keep its name "
            "(administrators)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         disable},
    };
}

int UserCommands::add(CommandContext& c) {
    const QString name = c.operand(0);
    const auto roleKey = c.text(QStringLiteral("role"));
    if (!roleKey) return CommandLine::Usage;
    core::UserRole::Value role = core::UserRole::Viewer;
    if (!core::UserRole::fromKey(*roleKey, &role)) {
        return c.usage(tr("Unknown role “%1”: use administrator, editor, chair, auditor or viewer.")
                           .arg(*roleKey));
    }
    // Asked before the password, so that nobody types one for an account that cannot be made.
    c.db().require(core::UserRole::Permission::ManageUsers);
    QString password;
    if (qEnvironmentVariableIsSet(kNewPasswordVariable)) {
        password = qEnvironmentVariable(kNewPasswordVariable);
    } else {
        password = PasswordSource::ask(tr("New password for %1: ").arg(name));
        if (password.isEmpty()) {
            throw Error(Error::Kind::Invalid,
                        tr("Give the new account's password on a terminal or in %1.")
                            .arg(QString::fromLatin1(kNewPasswordVariable)));
        }
        if (PasswordSource::ask(tr("The same password again: ")) != password) {
            throw Error(Error::Kind::Invalid, tr("The two passwords differ: nothing was created."));
        }
    }
    const QString person = c.line.value(QStringLiteral("person")).trimmed();
    core::UserService(c.db()).createUser(name, person.isEmpty() ? name : person, role, password);
    c.out << tr("Created the account %1 (%2).").arg(name, core::UserRole::label(role)) << Qt::endl;
    return CommandLine::Ok;
}

int UserCommands::list(CommandContext& c) {
    c.db().require(core::UserRole::Permission::ManageUsers);
    const core::ListQuery query(core::ListCatalog::definition(QStringLiteral("users")));
    const auto& columns = query.definition().columns;
    QStringList header;
    for (const auto& column : columns) {
        if (column.shown) header << column.header;
    }
    c.out << header.join(QLatin1Char('\t')) << Qt::endl;
    QSqlQuery q = core::Sql::run(c.db().connection(), query.selectStatement(), query.boundValues());
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].shown) cells << core::ListFormatter::text(columns[i].format, q.value(i));
        }
        c.out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    return CommandLine::Ok;
}

int UserCommands::disable(CommandContext& c) {
    const QString name = c.operand(0);
    QSqlQuery q =
        core::Sql::run(c.db().connection(),
                       QStringLiteral("SELECT id, row_version FROM users WHERE username = :u"),
                       {{QStringLiteral("u"), name}});
    if (!q.next()) {
        c.db().require(core::UserRole::Permission::ManageUsers);  // a non-administrator learns
                                                                  // nothing of accounts
        throw Error(Error::Kind::NotFound, tr("There is no account %1.").arg(name));
    }
    const qint64 id = q.value(0).toLongLong();
    const int rowVersion = q.value(1).toInt();
    q.finish();
    core::UserService(c.db()).setDisabled(id, rowVersion, true);
    c.out << tr("Disabled the account %1.").arg(name) << Qt::endl;
    return CommandLine::Ok;
}

}  // namespace isms::app
