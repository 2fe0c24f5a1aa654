#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/EnumLabels.h"
#include "domain/FieldLabels.h"
#include "domain/RecordKinds.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "services/ActionPlanService.h"
#include "services/AuditService.h"
#include "services/ControlledCopies.h"
#include "services/ObjectiveService.h"
#include "services/PolicyService.h"
#include "storage/PolicyRepository.h"
#include "services/BackupService.h"
#include "services/ExportRecord.h"
#include "services/UserService.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListExport.h"
#include "storage/ListQuery.h"
#include "storage/Sql.h"
#include "storage/TrailReading.h"
#include "services/IncidentService.h"
#include "services/TrainingService.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

const QString kPassword = QStringLiteral("clerk-password-1");

class TrailReadingTest : public ::testing::Test {
protected:
    void SetUp() override {
        Language::install(QStringLiteral("zh_TW"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("trail.sqlite")), 2025);
    }
    void TearDown() override { Language::install(QStringLiteral("en")); }
    qint64 lastEntry() {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    }
    TrailReading::Reading last() {
        TrailReading reading(*db);
        return reading.read(reading.entry(lastEntry()));
    }
    static QString all(const TrailReading::Reading& r) {
        QStringList parts{r.event, r.record, r.summary()};
        for (const auto& c : r.changes) parts << c.field << c.before << c.after;
        return parts.join(QLatin1Char('\n'));
    }
    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(TrailReadingTest, EveryColumnOfEveryRecordKindHasAName) {
    for (const QString& table : AuditState::auditedTables(*db)) {
        EXPECT_NE(RecordKinds::label(table), table) << table.toStdString();
        const QSqlRecord columns = db->connection().record(table);
        for (int i = 0; i < columns.count(); ++i) {
            EXPECT_TRUE(FieldLabels::isNamed(table, columns.fieldName(i)))
                << table.toStdString() << "." << columns.fieldName(i).toStdString();
        }
    }
}

TEST_F(TrailReadingTest, EveryEntryReadsWithoutTableNamesKeysOrJson) {
    // The records the demo holds none of: an audit with its finding and corrective action, a
    // controlled copy, a policy review, a backup.
    const qint64 person = Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM people")).toLongLong();
    AuditService audits(*db);
    const qint64 audit = audits.addAudit({QStringLiteral("114年度內部稽核"), QDate(2025, 10, 1), QDate(2025, 10, 3),
                                          QStringLiteral("兵役處"), QStringLiteral("張淑芬"), QStringLiteral("兵役處")});
    const qint64 finding = audits.addFinding(
        audit, {QStringLiteral("major"), QStringLiteral("A.5.15"), QStringLiteral("共用帳號未列管"), QString()});
    audits.addCorrectiveAction(finding, {QStringLiteral("未訂規範"), QStringLiteral("訂定帳號管理規範"), person,
                                         QDate(2025, 11, 20)});
    const qint64 version = Sql::scalar(db->connection(),
                                       QStringLiteral("SELECT id FROM document_versions WHERE status = 'published'"))
                               .toLongLong();
    ControlledCopies(*db).issue(version, 0, QStringLiteral("兵役處 王小明"));
    PolicyService policies(*db);
    const qint64 document = PolicyRepository(*db).version(version).documentId;
    policies.recordReview(document, policies.reviewState(document, QDate::currentDate()).cycleRowVersion,
                          QDate::currentDate(), QStringLiteral("資通安全委員會"), false, QStringLiteral("法令無變動"));
    if (db->engine() == Database::Engine::SQLite)
        BackupService(*db).backup(files.path(QStringLiteral("copy.sqlite")));
    // Events of their own kinds on top of the records.
    UserService users(*db);
    users.createUser(QStringLiteral("clerk"), QStringLiteral("王小明"), UserRole::Editor, kPassword);
    isms::test::errorOf([&] { users.signIn(QStringLiteral("clerk"), QStringLiteral("wrong")); });
    users.signIn(QStringLiteral("clerk"), kPassword);
    ExportRecord::note(*db, QStringLiteral("年度行動計畫"), files.path(QStringLiteral("plan.pdf")));
    // The demo's computed objectives of 2025, recorded with the records they were computed from.
    ObjectiveService(*db).recordEndedPeriods();
    // The agency's level and a training requirement of its own.
    TrainingService training(*db);
    training.setLevel(QStringLiteral("B"), 0);
    training.addRequirement({QStringLiteral("B"), QStringLiteral("role"),
                             Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM roles WHERE code = 'convener'")).toLongLong(),
                             QStringLiteral("contract"), QStringLiteral("professional"), 2, QStringLiteral("主管")});
    // A corrective action taken for the demo's unauthorised access.
    IncidentService(*db).linkAction(
        Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM incidents WHERE category = 'unauthorised_access'")).toLongLong(),
        Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM corrective_actions")).toLongLong());

    const QStringList tables = AuditState::auditedTables(*db);
    QSqlQuery q = Sql::run(db->connection(), QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    QList<qint64> ids;
    while (q.next()) ids << q.value(0).toLongLong();
    q.finish();
    ASSERT_GT(ids.size(), 100);
    TrailReading reading(*db);
    QSet<QString> kinds;
    for (const qint64 id : ids) {
        const TrailReading::Entry e = reading.entry(id);
        kinds << e.entity;
        const QString text = all(reading.read(e));
        EXPECT_FALSE(text.contains(QLatin1Char('{')) || text.contains(QLatin1Char('"')))
            << "entry " << id << ": " << text.toStdString();
        // What the stored values themselves say may appear; a key or a table name may not.
        const QString stored = e.before + e.after;
        QStringList names = tables;
        names += QJsonDocument::fromJson(e.before.toUtf8()).object().keys();
        names += QJsonDocument::fromJson(e.after.toUtf8()).object().keys();
        for (const QString& name : names) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(name));
            if (QString(stored).remove(QRegularExpression(QStringLiteral("\"%1\":").arg(name))).contains(word))
                continue;
            EXPECT_FALSE(text.contains(word)) << "entry " << id << " says " << name.toStdString()
                                              << ": " << text.toStdString();
        }
    }
    // Every kind of record the trail can name was read.
    for (const QString& table : tables) {
        if (table == QStringLiteral("backups") && db->engine() != Database::Engine::SQLite) continue;
        EXPECT_TRUE(kinds.contains(table)) << table.toStdString() << " was never read";
    }
    EXPECT_TRUE(kinds.contains(QStringLiteral("sessions")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("exports")));
}

TEST_F(TrailReadingTest, AChangeReadsFieldByFieldWithLabelsNamesAndRocDates) {
    ActionPlanService plan(*db);
    const qint64 owner = Sql::scalar(db->connection(),
                                     QStringLiteral("SELECT id FROM people WHERE name = '林志豪'"))
                             .toLongLong();
    ActionItem item;
    item.planYear = 2026;
    item.title = QStringLiteral("盤點帳號");
    item.ownerPersonId = owner;
    item.dueDate = QDate(2026, 3, 1);
    const qint64 id = plan.save(item);
    TrailReading::Reading added = last();
    EXPECT_EQ(added.event, EnumLabels::label(QStringLiteral("insert")));
    EXPECT_TRUE(added.record.contains(QStringLiteral("盤點帳號"))) << added.record.toStdString();
    EXPECT_TRUE(added.summary().contains(QStringLiteral("林志豪"))) << added.summary().toStdString();
    EXPECT_TRUE(added.summary().contains(RocDate::shortForm(QDate(2026, 3, 1))))
        << added.summary().toStdString();
    EXPECT_TRUE(added.summary().contains(QStringLiteral("115"))) << "plan year as the ROC year";

    item = plan.load(id);
    item.status = QStringLiteral("in_progress");
    item.progress = 40;
    plan.save(item);
    const TrailReading::Reading changed = last();
    EXPECT_EQ(changed.event, EnumLabels::label(QStringLiteral("update")));
    const QString status = FieldLabels::field(QStringLiteral("action_items"), QStringLiteral("status")).label;
    EXPECT_TRUE(changed.summary().contains(
        QStringLiteral("%1：%2 → %3")
            .arg(status, EnumLabels::label(QStringLiteral("planned")),
                 EnumLabels::label(QStringLiteral("in_progress")))))
        << changed.summary().toStdString();
    // Only what changed is listed.
    for (const auto& c : changed.changes) EXPECT_NE(c.before, c.after) << c.field.toStdString();
    // A record is called by its name, a person by theirs (not their job title), and a linked
    // person's number reads as their name.
    const qint64 editor = Sql::scalar(db->connection(),
                                      QStringLiteral("SELECT MAX(id) FROM audit_log WHERE entity = 'people' "
                                                     "AND entity_id = :id"),
                                      {{QStringLiteral("id"), owner}})
                              .toLongLong();
    TrailReading reading(*db);
    EXPECT_TRUE(reading.read(reading.entry(editor)).record.contains(QStringLiteral("林志豪")))
        << reading.read(reading.entry(editor)).record.toStdString();
    // The fields in the form's order: the plan year before the due date.
    const QString summary = added.summary();
    EXPECT_LT(summary.indexOf(FieldLabels::field(QStringLiteral("action_items"), QStringLiteral("plan_year")).label),
              summary.indexOf(FieldLabels::field(QStringLiteral("action_items"), QStringLiteral("due_date")).label))
        << summary.toStdString();
}

TEST_F(TrailReadingTest, StoredKeysReadAsTheScreensSayThem) {
    // A version's classification reads as the title block prints it, not as another list's key.
    const qint64 version = Sql::scalar(db->connection(),
                                       QStringLiteral("SELECT MIN(id) FROM document_versions")).toLongLong();
    const qint64 entry = Sql::scalar(db->connection(),
                                     QStringLiteral("SELECT MIN(id) FROM audit_log WHERE entity = "
                                                    "'document_versions' AND entity_id = :id"),
                                     {{QStringLiteral("id"), version}})
                             .toLongLong();
    TrailReading reading(*db);
    const QString text = reading.read(reading.entry(entry)).summary(true);
    EXPECT_TRUE(text.contains(QStringLiteral("內部使用"))) << text.toStdString();
    EXPECT_FALSE(text.contains(EnumLabels::label(QStringLiteral("internal")))) << text.toStdString();
    // A role's key is not shown: its name is.
    const qint64 role = Sql::scalar(db->connection(),
                                    QStringLiteral("SELECT MIN(id) FROM audit_log WHERE entity = 'roles'"))
                            .toLongLong();
    const QString roleText = reading.read(reading.entry(role)).summary(true);
    EXPECT_FALSE(roleText.contains(QLatin1Char('_'))) << roleText.toStdString();
}

TEST_F(TrailReadingTest, SignInsFailuresLocksBackupsAndExportsAreEventsOfTheirOwn) {
    if (db->engine() == Database::Engine::SQLite) {
        BackupService(*db).backup(files.path(QStringLiteral("copy.sqlite")));
        EXPECT_EQ(last().event, TrailReading::tr("Backup taken"));
    }

    UserService users(*db);
    users.createUser(QStringLiteral("clerk"), QStringLiteral("王小明"), UserRole::Editor, kPassword);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    isms::test::errorOf([&] { users.signIn(QStringLiteral("clerk"), QStringLiteral("wrong"), t0); });
    EXPECT_EQ(last().event, TrailReading::tr("Failed sign-in"));
    for (int i = 0; i < UserService::kFreeAttempts; ++i)
        isms::test::errorOf([&] { users.signIn(QStringLiteral("clerk"), QStringLiteral("wrong"), t0); });
    EXPECT_EQ(last().event, TrailReading::tr("Failed sign-in; account locked"));

    users.signIn(QStringLiteral("clerk"), kPassword, t0.addSecs(3600));
    const TrailReading::Reading in = last();
    EXPECT_EQ(in.event, TrailReading::tr("Signed in"));
    EXPECT_TRUE(in.record.contains(QStringLiteral("clerk"))) << in.record.toStdString();
    TrailReading reading(*db);
    EXPECT_EQ(reading.entry(lastEntry()).actor, QStringLiteral("clerk"));

    ExportRecord::note(*db, QStringLiteral("年度行動計畫報表"), files.path(QStringLiteral("plan.pdf")));
    EXPECT_EQ(last().event, TrailReading::tr("Exported"));
    EXPECT_TRUE(last().record.contains(QStringLiteral("plan.pdf"))) << last().record.toStdString();
    EXPECT_TRUE(last().summary().contains(QStringLiteral("年度行動計畫報表")));

    users.signOut();
    EXPECT_FALSE(db->session().signedIn);
    EXPECT_EQ(last().event, TrailReading::tr("Signed out"));
    EXPECT_EQ(reading.entry(lastEntry()).actor, QStringLiteral("clerk"));

    // An event is no record: the check of records against the trail still finds nothing.
    EXPECT_TRUE(AuditState(*db).differences().isEmpty());
}

TEST_F(TrailReadingTest, TheExportCarriesTheReadableColumnsAndTheStoredValues) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ListExport::writeCsv(*db, ListQuery(ListCatalog::definition(QStringLiteral("audit_log"))), buffer);
    const QString csv = QString::fromUtf8(buffer.data());
    const QString header = csv.section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(header.contains(ListCatalog::tr("What happened"))) << header.toStdString();
    EXPECT_TRUE(header.contains(ListCatalog::tr("Changes")));
    EXPECT_TRUE(header.contains(ListCatalog::tr("New values (as stored)")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"\"name\"\"")) || csv.contains(QStringLiteral("\"name\"")))
        << "the stored images are in the export";
}
