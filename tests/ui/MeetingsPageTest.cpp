#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "dialogs/ActionItemDialog.h"
#include "dialogs/FieldsDialog.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/MeetingsPage.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class MeetingsPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("m.sqlite")), 2025);
        person = core::Sql::scalar(db->connection(),
                                   QStringLiteral("SELECT id FROM people WHERE name = '林志豪'"))
                     .toLongLong();
    }
    static void choose(ui::RecordListWidget* list, int row) {
        list->refresh();
        list->view()->setCurrentIndex(list->model()->index(row, 1));
    }
    // Fills a form the way a user does and presses Save; the form's message, empty when saved.
    static QString save(ui::MeetingsPage& page, const QString& step,
                        const ui::FieldsDialog::Values& values) {
        std::unique_ptr<ui::FieldsDialog> dialog(page.form(step));
        if (!dialog) return QStringLiteral("no form");
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            dialog->setValue(it.key(), it.value());
        dialog->setWork([&page, step](const ui::FieldsDialog::Values& v, QString* m) {
            return page.run(step, v, m);
        });
        dialog->accept();
        return dialog->messageLabel()->text();
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
    qint64 person = 0;
};

}  // namespace

// The walk-through: record a meeting, prepare it, minute it, set a follow-up, print the
// pack.
TEST_F(MeetingsPageTest, RecordAMeetingWithMinutesAndAFollowUpAction) {
    ui::MeetingsPage page(*db);
    QString message;
    EXPECT_EQ(page.prepare(false, &message), -1);
    EXPECT_EQ(message, QStringLiteral("Choose a meeting in the list first."));

    ASSERT_EQ(save(page, QStringLiteral("meeting"),
                   {{QStringLiteral("title"), QStringLiteral("115年度第1次管理審查會議")},
                    {QStringLiteral("date"), QDate(2026, 6, 1)},
                    {QStringLiteral("place"), QStringLiteral("第一會議室")},
                    {QStringLiteral("chair"), person},
                    {QStringLiteral("attendees"), QVariantList{person}}}),
              QString());
    ASSERT_EQ(page.meetings()->model()->matchingRows(), 2);
    choose(page.meetings(), 0);  // newest first
    EXPECT_EQ(page.meetings()->model()->index(0, 3).data().toString(),
              QStringLiteral("115年度第1次管理審查會議"));
    EXPECT_EQ(page.agenda()->model()->matchingRows(), 10);
    EXPECT_EQ(page.followUps()->model()->matchingRows(), 0);

    // Prepare: the previous meeting's follow-up is listed under 9.3.2 a).
    EXPECT_EQ(page.prepare(false, &message), 5) << message.toStdString();
    choose(page.agenda(), 0);
    const QString previous = page.agenda()->model()->index(0, 4).data().toString();
    EXPECT_TRUE(previous.contains(QStringLiteral("召開年度管理審查會議")))
        << previous.toStdString();

    // Minutes for the first item, in a form that shows the prepared text.
    {
        std::unique_ptr<ui::FieldsDialog> form(page.form(QStringLiteral("item")));
        ASSERT_NE(form, nullptr);
        EXPECT_EQ(form->values().value(QStringLiteral("prepared")).toString(), previous);
    }
    ASSERT_EQ(save(page, QStringLiteral("item"),
                   {{QStringLiteral("minutes"), QStringLiteral("前次決議均已完成。")}}),
              QString());
    EXPECT_EQ(page.agenda()->model()->index(0, 5).data().toString(),
              QStringLiteral("前次決議均已完成。"));
    ASSERT_EQ(save(page, QStringLiteral("decisions"),
                   {{QStringLiteral("decisions"), QStringLiteral("請於九月底前完成帳號盤點。")}}),
              QString());

    // A follow-up action: an action item of the plan, tied to the meeting.
    std::unique_ptr<ui::ActionItemDialog> followUp(page.followUpDialog());
    ASSERT_NE(followUp, nullptr);
    followUp->titleField()->setText(QStringLiteral("完成全局帳號盤點"));
    followUp->ownerChooser()->setCurrentIndex(followUp->ownerChooser()->findData(person));
    followUp->accept();
    ASSERT_NE(followUp->savedId(), 0)
        << followUp->messageFor(QStringLiteral("general")).toStdString();
    choose(page.meetings(), 0);
    EXPECT_EQ(page.followUps()->model()->matchingRows(), 1);
    EXPECT_EQ(core::Sql::scalar(db->connection(),
                                QStringLiteral("SELECT plan_year FROM action_items WHERE id = :id"),
                                {{QStringLiteral("id"), followUp->savedId()}})
                  .toInt(),
              2026);

    // The pack, with the minutes and a signature line for the attendee.
    const QString pdf = files.path(QStringLiteral("pack.pdf"));
    ASSERT_TRUE(page.savePack(pdf, &message)) << message.toStdString();
    const QString text = isms::test::withoutSpace(isms::test::pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("前次決議均已完成。")));
    EXPECT_TRUE(text.contains(QStringLiteral("請於九月底前完成帳號盤點。")));
    EXPECT_TRUE(text.contains(QStringLiteral("完成全局帳號盤點")));
    EXPECT_TRUE(text.contains(QStringLiteral("Attendees'signatures")));
}

TEST_F(MeetingsPageTest, FormsStartFromTheRecordAndAStaleSaveIsRefused) {
    ui::MeetingsPage page(*db);
    EXPECT_EQ(page.form(QStringLiteral("edit")), nullptr);  // nothing chosen
    choose(page.meetings(), 0);
    std::unique_ptr<ui::FieldsDialog> edit(page.form(QStringLiteral("edit")));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->values().value(QStringLiteral("title")).toString(),
              QStringLiteral("114年度資通安全管理審查會議"));
    EXPECT_EQ(edit->values().value(QStringLiteral("attendees")).toList().size(), 3);

    // Someone else saves the decisions while this form is open.
    std::unique_ptr<ui::FieldsDialog> decisions(page.form(QStringLiteral("decisions")));
    ASSERT_NE(decisions, nullptr);
    core::MeetingService service(*db);
    const qint64 meeting = page.selectedMeeting();
    int version = 0;
    service.decisions(meeting, &version);
    service.saveDecisions(meeting, version, QStringLiteral("他人的決議"));
    decisions->setValue(QStringLiteral("decisions"), QStringLiteral("我的決議"));
    decisions->setWork([&page](const ui::FieldsDialog::Values& v, QString* m) {
        return page.run(QStringLiteral("decisions"), v, m);
    });
    decisions->accept();
    EXPECT_TRUE(decisions->messageLabel()->text().contains(QStringLiteral("after you opened it")))
        << decisions->messageLabel()->text().toStdString();
    EXPECT_EQ(service.decisions(meeting), QStringLiteral("他人的決議"));

    // A refused meeting keeps the form open with core's reason.
    EXPECT_EQ(save(page, QStringLiteral("meeting"),
                   {{QStringLiteral("title"), QStringLiteral("無主席")}}),
              QStringLiteral("Name the chair of the meeting."));
}
