// Issue #24: the Training page — a session, attendance ticked from a signed sheet and imported
// from CSV with its bad lines named, a stale edit refused, the requirements and level, who is
// short by unit, and the papers: sign-in sheet, a person's training record, the standing report.
#include <gtest/gtest.h>

#include <QFile>
#include <QTableView>

#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/TrainingPage.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

ui::RecordListWidget* list(ui::TrainingPage& page, const char* name) {
    for (auto* w : page.lists()->lists()) {
        if (w->objectName() == QLatin1String(name)) return w;
    }
    return nullptr;
}

void chooseId(ui::TrainingPage& page, const char* name, qint64 id) {
    auto* w = list(page, name);
    w->refresh();
    while (w->model()->canFetchMore({})) w->model()->fetchMore({});
    for (int row = 0; row < w->model()->rowCount(); ++row) {
        if (w->model()->index(row, 0).data(Qt::EditRole).toLongLong() == id) w->view()->setCurrentIndex(w->model()->index(row, 1));
    }
}

qint64 idOf(core::Database& db, const QString& sql) { return core::Sql::scalar(db.connection(), sql).toLongLong(); }

}  // namespace

TEST(TrainingPage, ASessionItsAttendanceTheRequirementsAndThePapers) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.path(QStringLiteral("training.sqlite"));
    auto db = isms::test::demoDatabase(location, 2025);
    ui::TrainingPage page(*db);
    QString message;
    const QDate day = core::Clock::today().addDays(-1);
    std::unique_ptr<ui::FieldsDialog> form(page.form(QStringLiteral("session")));
    EXPECT_EQ(form->values().value(QStringLiteral("kind")).toString(), QStringLiteral("general"));
    EXPECT_FALSE(page.run(QStringLiteral("session"), {{QStringLiteral("title"), QString()}, {QStringLiteral("held_on"), day},
                                                      {QStringLiteral("hours"), 2.0}, {QStringLiteral("kind"), QStringLiteral("general")}},
                          &message));
    EXPECT_EQ(message, QStringLiteral("Name the course."));
    ASSERT_TRUE(page.run(QStringLiteral("session"),
                         {{QStringLiteral("title"), QStringLiteral("個人資料保護宣導")},
                          {QStringLiteral("held_on"), day},
                          {QStringLiteral("hours"), 2.0},
                          {QStringLiteral("kind"), QStringLiteral("general")},
                          {QStringLiteral("provider"), QStringLiteral("民政局資訊室")}},
                         &message))
        << message.toStdString();
    const qint64 session = idOf(*db, QStringLiteral("SELECT id FROM training_sessions WHERE title = '個人資料保護宣導'"));
    const qint64 huang = idOf(*db, QStringLiteral("SELECT id FROM people WHERE name = '黃雅婷'"));
    const qint64 wang = idOf(*db, QStringLiteral("SELECT id FROM people WHERE name = '王大明'"));

    // Attendance from the signed sheet: the session first.
    EXPECT_FALSE(page.run(QStringLiteral("attendance"), {}, &message));
    EXPECT_EQ(message, QStringLiteral("Choose a session in its list first."));
    chooseId(page, "training_sessions", session);
    std::unique_ptr<ui::FieldsDialog> sheet(page.form(QStringLiteral("attendance")));
    EXPECT_DOUBLE_EQ(sheet->values().value(QStringLiteral("hours")).toDouble(), 2.0);
    ASSERT_TRUE(page.run(QStringLiteral("attendance"),
                         {{QStringLiteral("people"), QVariantList{huang, wang}}, {QStringLiteral("hours"), 2.0}}, &message))
        << message.toStdString();
    EXPECT_EQ(message, QStringLiteral("2 attendance(s) recorded."));
    // Ticked twice: refused, naming who.
    EXPECT_FALSE(page.run(QStringLiteral("attendance"), {{QStringLiteral("people"), QVariantList{huang}}, {QStringLiteral("hours"), 2.0}},
                          &message));
    EXPECT_TRUE(message.contains(QStringLiteral("黃雅婷 is already recorded"))) << message.toStdString();

    // Someone else corrects 王大明's hours meanwhile: this page's edit is refused until re-read.
    const qint64 attendance =
        idOf(*db, QStringLiteral("SELECT id FROM training_attendance WHERE session_id = %1 AND person_id = %2").arg(session).arg(wang));
    chooseId(page, "training_attendance", attendance);
    auto other = core::Database::open(location);
    other->setSession(db->session());
    core::TrainingService(*other).updateAttendance(attendance, 1, 1.5, QStringLiteral("早退"));
    EXPECT_FALSE(page.run(QStringLiteral("edit_attendance"), {{QStringLiteral("hours"), 1.0}}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("after you opened it"))) << message.toStdString();
    chooseId(page, "training_attendance", attendance);
    std::unique_ptr<ui::FieldsDialog> edit(page.form(QStringLiteral("edit_attendance")));
    EXPECT_DOUBLE_EQ(edit->values().value(QStringLiteral("hours")).toDouble(), 1.5);
    ASSERT_TRUE(page.run(QStringLiteral("edit_attendance"), {{QStringLiteral("hours"), 1.0}}, &message)) << message.toStdString();

    // A CSV file of the rest: its bad lines are named and nothing is recorded until it is right.
    const QString csv = files.path(QStringLiteral("sheet.csv"));
    auto write = [&](const QString& text) {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(QStringLiteral("姓名,單位,時數\n陳美玲,,\n林小華,,\n張淑芬,,3\n"));
    chooseId(page, "training_sessions", session);
    EXPECT_FALSE(page.importAttendance(csv, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("Line 3: there is no one called 林小華"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Line 4:"))) << message.toStdString();
    EXPECT_EQ(idOf(*db, QStringLiteral("SELECT COUNT(*) FROM training_attendance WHERE session_id = %1").arg(session)), 2);
    write(QStringLiteral("姓名,單位,時數\n陳美玲,,\n張淑芬,,1\n"));
    ASSERT_TRUE(page.importAttendance(csv, &message)) << message.toStdString();
    EXPECT_EQ(idOf(*db, QStringLiteral("SELECT COUNT(*) FROM training_attendance WHERE session_id = %1").arg(session)), 4);

    // Requirements: checked in core; the level chosen is the one that applies.
    EXPECT_FALSE(page.run(QStringLiteral("requirement"),
                          {{QStringLiteral("level"), QStringLiteral("B")}, {QStringLiteral("audience"), QStringLiteral("role")},
                           {QStringLiteral("role"), 0}, {QStringLiteral("kind"), QStringLiteral("general")}, {QStringLiteral("hours"), 2.0}},
                          &message));
    EXPECT_EQ(message, QStringLiteral("Choose the role whose holders must have the training."));
    ASSERT_TRUE(page.run(QStringLiteral("requirement"),
                         {{QStringLiteral("level"), QStringLiteral("B")}, {QStringLiteral("audience"), QStringLiteral("everyone")},
                          {QStringLiteral("category"), QString()}, {QStringLiteral("kind"), QStringLiteral("general")},
                          {QStringLiteral("hours"), 6.0}},
                         &message))
        << message.toStdString();
    std::unique_ptr<ui::FieldsDialog> level(page.form(QStringLiteral("level")));
    EXPECT_EQ(level->values().value(QStringLiteral("level")).toString(), QStringLiteral("C"));
    ASSERT_TRUE(page.run(QStringLiteral("level"), {{QStringLiteral("level"), QStringLiteral("B")}}, &message)) << message.toStdString();
    EXPECT_EQ(core::TrainingService(*db).level(), QStringLiteral("B"));

    // Who is short, by unit: this year at level B everyone needs 6 general hours.
    const int year = core::Clock::today().year();
    page.showStanding(year, 0, true);
    auto* standing = list(page, "training_standing");
    standing->refresh();
    EXPECT_EQ(standing->model()->matchingRows(), 6);
    const qint64 household = idOf(*db, QStringLiteral("SELECT id FROM org_units WHERE name = '苓雅區戶政事務所'"));
    page.showStanding(year, household, false);
    standing->refresh();
    EXPECT_EQ(standing->model()->matchingRows(), 1);  // 黃雅婷
    page.showStanding(2025, 0, true);
    standing->refresh();
    EXPECT_EQ(standing->model()->matchingRows(), 6);  // the demo's year, now at 6 general hours each

    // The papers.
    const QString signIn = files.path(QStringLiteral("sign-in.pdf"));
    chooseId(page, "training_sessions", session);
    ASSERT_TRUE(page.writeSignInSheet(signIn, &message)) << message.toStdString();
    QString text = isms::test::withoutSpace(isms::test::pdfText(signIn));
    EXPECT_TRUE(text.contains(QStringLiteral("個人資料保護宣導"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("黃雅婷")) && text.contains(QStringLiteral("Signature")));
    page.showStanding(year, 0, false);
    chooseId(page, "training_standing", wang);
    const QString record = files.path(QStringLiteral("record.pdf"));
    ASSERT_TRUE(page.writePersonRecord(record, &message)) << message.toStdString();
    text = isms::test::withoutSpace(isms::test::pdfText(record));
    EXPECT_TRUE(text.contains(QStringLiteral("王大明"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("個人資料保護宣導")));
    EXPECT_TRUE(text.contains(QStringLiteral("Short")));
    const QString recordCsv = files.path(QStringLiteral("record.csv"));
    ASSERT_TRUE(page.writePersonRecord(recordCsv, &message)) << message.toStdString();
    EXPECT_TRUE(QString::fromUtf8(TestFiles::read(recordCsv)).contains(QStringLiteral("個人資料保護宣導")));
    const QString report = files.path(QStringLiteral("standing.pdf"));
    ASSERT_TRUE(page.writeStanding(report, &message)) << message.toStdString();
    text = isms::test::withoutSpace(isms::test::pdfText(report));
    EXPECT_TRUE(text.contains(QStringLiteral("苓雅區戶政事務所—1short"))) << text.left(600).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("0of6people"))) << text.left(600).toStdString();
}
