#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>

#include "domain/UserRole.h"
#include "i18n/Language.h"

using isms::core::UserRole;

// The README's table of who may do what is the rule in core (UserRole::allows), row by row: the
// first row is what everyone may do, then one row per permission in this order.
TEST(RolesTable, TheReadmeSaysWhatCoreAllows) {
    isms::core::Language::install(QStringLiteral("en"));
    QFile file(QStringLiteral(ISMS_SOURCE_DIR "/README.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; ++i)
        if (lines[i].trimmed().startsWith(QStringLiteral("| what | Administrator |"))) header = i;
    ASSERT_GE(header, 0) << "the roles table is gone from README.md";
    const auto cells = [&](int line) {
        QStringList c = lines[line].trimmed().split(QLatin1Char('|'));
        c = c.mid(1, c.size() - 2);
        for (QString& x : c) x = x.trimmed();
        return c;
    };
    const QStringList roles = cells(header).mid(1);
    ASSERT_EQ(roles.size(), UserRole::all().size());
    using P = UserRole::Permission;
    const QList<std::optional<P>> rows{std::nullopt,    P::EditRecords, P::EditPolicy,   P::Approve,
                                       P::RecordAudits, P::ManageUsers, P::ManageBackups};
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList row = cells(header + 2 + r);
        ASSERT_EQ(row.size(), roles.size() + 1) << lines[header + 2 + r].toStdString();
        for (int c = 0; c < roles.size(); ++c) {
            const UserRole::Value role = UserRole::all()[c];
            ASSERT_EQ(roles[c], UserRole::label(role));
            const bool allowed = !rows[r] || UserRole::allows(role, *rows[r]);
            EXPECT_EQ(row[c + 1] == QStringLiteral("✓"), allowed)
                << row[0].toStdString() << " / " << roles[c].toStdString();
        }
        if (rows[r]) {
            EXPECT_TRUE(row[0].startsWith(UserRole::describe(*rows[r])))
                << row[0].toStdString() << " should begin with what the permission is called";
        }
    }
}
