#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QTabBar>

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "storage/Database.h"

using namespace isms;

namespace {

// What each role finds greyed out on every page and menu, as "control: tooltip".
QStringList unexplained(ui::MainWindow& window, QStringList* disabled) {
    QStringList out;
    for (int row = 0; row < window.navigation()->count(); ++row) {
        QWidget* page = window.page(row);
        const QString area = window.navigation()->item(row)->text();
        const auto check = [&](QWidget* w, const QString& text) {
            if (w->isEnabled() || !w->isVisibleTo(page)) return;
            if (qobject_cast<QTabBar*>(w->parentWidget())) return;  // a tab bar's scroll arrows
            *disabled << area + QStringLiteral(" ▸ ") + text;
            if (w->toolTip().trimmed().isEmpty()) out << area + QStringLiteral(" ▸ ") + text;
        };
        for (QAbstractButton* b : page->findChildren<QAbstractButton*>()) check(b, b->text());
        for (QComboBox* c : page->findChildren<QComboBox*>()) check(c, c->objectName());
    }
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->isSeparator() || a->isEnabled() || a->text().isEmpty() || a->menu()) continue;
        *disabled << a->text();
        if (a->toolTip() ==
                QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")) ||
            a->statusTip().trimmed().isEmpty())
            out << QStringLiteral("menu ▸ ") + a->text();
    }
    return out;
}

}  // namespace

class DisabledReasons : public ::testing::TestWithParam<core::UserRole::Value> {
protected:
    void SetUp() override { core::Language::install(QStringLiteral("en")); }
    isms::test::TestFiles files;
};

// Nothing a role cannot use is left unexplained: each disabled button and menu item says why.
TEST_P(DisabledReasons, EveryDisabledActionSaysWhy) {
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("reasons.sqlite")));
    const core::UserRole::Value role = GetParam();
    db->setSession(core::Session::user(7, QStringLiteral("someone"), QStringLiteral("某人"), role));
    ui::MainWindow window(std::move(db));
    window.show();
    QStringList disabled;
    const QStringList missing = unexplained(window, &disabled);
    EXPECT_TRUE(missing.isEmpty()) << core::UserRole::label(role).toStdString() << ": "
                                   << missing.join(QStringLiteral("; ")).toStdString();
    if (role == core::UserRole::Viewer) {
        EXPECT_GT(disabled.size(), 20);  // a viewer changes nothing
    }
}

INSTANTIATE_TEST_SUITE_P(EachRole, DisabledReasons,
                         ::testing::Values(core::UserRole::Administrator, core::UserRole::Editor,
                                           core::UserRole::Chair, core::UserRole::Auditor,
                                           core::UserRole::Viewer));

// The journeys that found buttons silent: the chair cannot prepare a meeting, a viewer cannot
// issue a controlled copy; each is told who can.
TEST(DisabledReason, NamesWhoMay) {
    core::Language::install(QStringLiteral("en"));
    isms::test::TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("who.sqlite")));
    db->setSession(core::Session::user(7, QStringLiteral("chair"), QStringLiteral("王主委"),
                                       core::UserRole::Chair));
    ui::MainWindow window(std::move(db));
    const auto button = [&](const QString& area, const QString& text) -> QAbstractButton* {
        for (int row = 0; row < window.navigation()->count(); ++row) {
            if (window.navigation()->item(row)->text() != area) continue;
            for (QAbstractButton* b : window.page(row)->findChildren<QAbstractButton*>())
                if (b->text() == text) return b;
        }
        return nullptr;
    };
    QAbstractButton* prepare =
        button(QStringLiteral("Meetings"), QStringLiteral("Prepare meeting"));
    ASSERT_NE(prepare, nullptr);
    EXPECT_FALSE(prepare->isEnabled());
    EXPECT_EQ(prepare->toolTip(),
              QStringLiteral("chair is signed in as Chair, who may not change records: that is for "
                             "Administrator or Editor."));
    EXPECT_EQ(prepare->statusTip(), prepare->toolTip());
    QAbstractButton* issue =
        button(QStringLiteral("Policies"), QStringLiteral("Issue controlled copy…"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->toolTip().contains(QStringLiteral("Administrator or Editor")));
    // A version's own state is said too: the version in force is not approved again.
    QAbstractButton* approve = button(QStringLiteral("Policies"), QStringLiteral("Approve…"));
    ASSERT_NE(approve, nullptr);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(
        approve->toolTip().startsWith(QStringLiteral("Only a version in review is approved")))
        << approve->toolTip().toStdString();
}
