#include "DemoContent.h"

#include "DemoRegisters.h"
#include "domain/Clock.h"

#include "PolicyService.h"

#include "MeetingService.h"

#include "PolicyImporter.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "import/PolicyTextParser.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QFile>

namespace isms::core {

DemoContent::DemoContent(Database& db) : m_db(db) {}

QString DemoContent::sampleNote() { return QStringLiteral("範例資料"); }

QString DemoContent::seedPolicyPath() { return QStringLiteral(":/seed/ISMS-01-01-policy-v2.0.txt"); }

qint64 DemoContent::idOf(const QString& table, const QString& column, const QVariant& value) const {
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT id FROM %1 WHERE %2 = :v").arg(table, column),
                       {{QStringLiteral("v"), value}})
        .toLongLong();
}

void DemoContent::create(int sampleYear) {
    QFile seed(seedPolicyPath());
    if (!seed.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Storage, tr("The demo policy is missing from the program."));
    }
    PolicyContent content = PolicyTextParser().parse(seed.readAll());

    const Grant grant = m_db.setUp(QStringLiteral("demo content"));
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    createOrganisation(writer);
    createRoles(writer);
    const QDate effective = content.effectiveDate;
    const auto imported = PolicyImporter(m_db).import(grant, std::move(content), VersionStatus::Published);
    // The version in force carries the approval it had, so that its copies are checked against
    // the approved text like any other's.
    writer.insert(QStringLiteral("approvals"),
                  {{QStringLiteral("version_id"), imported.versionId},
                   {QStringLiteral("approver_name"), QStringLiteral("資通安全委員會")},
                   {QStringLiteral("approver_title"), QStringLiteral("範例資料")},
                   {QStringLiteral("approver_role"), UserRole::key(UserRole::Chair)},
                   {QStringLiteral("approved_at"), QDateTime(effective.addDays(-14), QTime(10, 0), Qt::UTC).toString(Qt::ISODate)},
                   {QStringLiteral("fingerprint"), PolicyService(m_db).fingerprint(imported.versionId)}});
    DemoRegisters(m_db, writer).createSystems(sampleYear);  // before the indicators: objective 6 watches them
    setObjectiveKpis(writer, imported.versionId);
    createSampleRecords(writer, imported.versionId, sampleYear);
    DemoRegisters(m_db, writer).createTraining(sampleYear);
    DemoRegisters(m_db, writer).createIncidents(sampleYear);
    createRaci(writer);
    createCommunication(writer, imported.versionId, sampleYear);
    tx.commit();
}

void DemoContent::createOrganisation(RecordWriter& writer) {
    const QString table = QStringLiteral("org_units");
    auto unit = [&](const QString& name, const QString& en, qint64 parent, int position,
                    const QString& kind, const QString& notes = {}) {
        return writer.insert(table, {{QStringLiteral("name"), name},
                                     {QStringLiteral("name_en"), en},
                                     {QStringLiteral("parent_id"), Sql::idOrNull(parent)},
                                     {QStringLiteral("position"), position},
                                     {QStringLiteral("kind"), kind},
                                     {QStringLiteral("notes"), notes}});
    };
    const QString internal = QStringLiteral("internal");
    const qint64 bureau = unit(QStringLiteral("高雄市政府民政局"),
                               QStringLiteral("Civil Affairs Bureau, Kaohsiung City Government"), 0, 0, internal);
    unit(QStringLiteral("兵役處"), QStringLiteral("Military Service Office"), bureau, 0, internal);
    unit(QStringLiteral("殯葬管理處"), QStringLiteral("Funeral Administration Office"), bureau, 1, internal);
    const qint64 offices = unit(QStringLiteral("各戶政事務所"),
                                QStringLiteral("Household Registration Offices"), bureau, 2, internal);
    int position = 0;
    for (const char* name : {"苓雅區戶政事務所", "三民區戶政事務所", "鳳山區戶政事務所"}) {
        unit(QString::fromUtf8(name), QString(), offices, position++, internal, sampleNote());
    }
    unit(QStringLiteral("委外服務供應商"), QStringLiteral("Vendors and subcontractors"), 0, 1,
         QStringLiteral("vendor"));
    unit(QStringLiteral("連線作業有關機關單位"), QStringLiteral("Connected agencies"), 0, 2,
         QStringLiteral("agency"));
}

void DemoContent::createRoles(RecordWriter& writer) {
    struct RoleSeed {
        const char* code;
        const char* name;
        const char* en;
        bool perUnit;
        const char* description;
    };
    const RoleSeed roles[] = {
        {"committee", "資通安全委員會", "Information security committee", false, "建立及審查本政策"},
        {"convener", "召集人", "Convener", false, "聽取資通安全執行小組之目標有效性報告"},
        {"executive_team", "資通安全執行小組", "Executive team", false,
         "擬定年度待辦事項，於管理審查會議報告目標有效性量測結果"},
        {"security_officer", "資訊安全專責人員", "Security officer", true, "負責各部門資訊安全各項事宜"},
        {"all_staff", "全體同仁", "All staff", false, "依相關程序維護本政策，報告資安事件及弱點"},
        {"vendor", "委外服務供應商", "Vendor", false, "依相關程序維護本政策，遵守資安事件通報機制"},
    };
    for (const RoleSeed& r : roles) {
        writer.insert(QStringLiteral("roles"), {{QStringLiteral("code"), QString::fromLatin1(r.code)},
                                                {QStringLiteral("name"), QString::fromUtf8(r.name)},
                                                {QStringLiteral("name_en"), QString::fromUtf8(r.en)},
                                                {QStringLiteral("per_unit"), r.perUnit ? 1 : 0},
                                                {QStringLiteral("description"), QString::fromUtf8(r.description)}});
    }
}

void DemoContent::setObjectiveKpis(RecordWriter& writer, qint64 versionId) {
    struct Kpi {
        const char* name;
        const char* unit;
        const char* direction;
        double target;
        const char* frequency;
        const char* role;
        const char* source = "";  // IndicatorSource key: computed from the sample records
    };
    // One measurable indicator per objective of the seed, in its order (1–8).
    const Kpi kpis[] = {
        {"法令遵循查核未改善缺失數", "件", "at_most", 0, "yearly", "executive_team", "compliance_findings"},
        {"高階主管出席管理審查會議比率", "%", "at_least", 100, "yearly", "convener", "senior_attendance"},
        {"完成年度資通安全教育訓練之同仁比率", "%", "at_least", 100, "yearly", "executive_team", "training"},
        {"未經授權存取或竄改事件數", "件", "at_most", 0, "quarterly", "security_officer", "unauthorised_incidents"},
        {"內部稽核矯正措施如期完成率", "%", "at_least", 100, "yearly", "executive_team", "corrective_on_time"},
        {"關鍵核心系統可用率", "%", "at_least", 99.5, "monthly", "security_officer", "availability"},
        {"資安事件於規定時限內通報比率", "%", "at_least", 100, "quarterly", "security_officer", "incidents_reported_in_time"},
        {"社交工程演練合格（1＝合格）", "", "equal", 1, "half_yearly", "executive_team"},
    };
    for (int number = 1; number <= 8; ++number) {
        QSqlQuery q = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT o.id, o.row_version FROM objectives o JOIN objective_wordings w ON "
                                              "w.objective_id = o.id WHERE w.version_id = :v AND w.number = :n"),
                               {{QStringLiteral("v"), versionId}, {QStringLiteral("n"), number}});
        if (!q.next()) throw Error(Error::Kind::Storage, tr("The demo policy lost objective %1.").arg(number));
        const qint64 id = q.value(0).toLongLong();
        const int rowVersion = q.value(1).toInt();
        q.finish();
        const Kpi& k = kpis[number - 1];
        writer.update(QStringLiteral("objectives"), id, rowVersion,
                      {{QStringLiteral("kpi_name"), QString::fromUtf8(k.name)},
                       {QStringLiteral("kpi_unit"), QString::fromUtf8(k.unit)},
                       {QStringLiteral("direction"), QString::fromLatin1(k.direction)},
                       {QStringLiteral("target"), k.target},
                       {QStringLiteral("frequency"), QString::fromLatin1(k.frequency)},
                       {QStringLiteral("owner_role_id"), idOf(QStringLiteral("roles"), QStringLiteral("code"),
                                                              QString::fromLatin1(k.role))},
                       {QStringLiteral("source"), QString::fromLatin1(k.source)},
                       // Senior management, whose attendance objective 2 counts: the convener
                       // and the executive team.
                       // Objective 6 watches the core systems (createSampleSystems).
                       {QStringLiteral("source_systems"),
                        QString::fromLatin1(k.source) == QStringLiteral("availability")
                            ? QStringLiteral("%1,%2")
                                  .arg(idOf(QStringLiteral("core_systems"), QStringLiteral("name"), QStringLiteral("民政局全球資訊網")))
                                  .arg(idOf(QStringLiteral("core_systems"), QStringLiteral("name"), QStringLiteral("殯葬管理資訊系統")))
                            : QString()},
                       {QStringLiteral("source_roles"),
                        QString::fromLatin1(k.source) == QStringLiteral("senior_attendance")
                            ? QStringLiteral("%1,%2")
                                  .arg(idOf(QStringLiteral("roles"), QStringLiteral("code"), QStringLiteral("convener")))
                                  .arg(idOf(QStringLiteral("roles"), QStringLiteral("code"), QStringLiteral("executive_team")))
                            : QString()}});
    }
}

void DemoContent::createRaci(RecordWriter& writer) {
    struct ActivitySeed {
        const char* name;
        const char* cells;  // role code=value, …
    };
    const ActivitySeed activities[] = {
        {"建立及審查資通安全政策", "committee=A,executive_team=R,convener=C,security_officer=I,all_staff=I"},
        {"擬定年度待辦事項並追蹤執行", "convener=A,executive_team=R,security_officer=C,committee=I"},
        {"於管理審查會議報告目標有效性量測結果", "convener=A,executive_team=R,committee=I"},
        {"負責各部門資訊安全各項事宜", "executive_team=A,security_officer=R,all_staff=I"},
        {"報告資安事件及弱點", "security_officer=A,all_staff=R,vendor=R,executive_team=I"},
        {"宣導資通安全政策（教育訓練、內部會議、張貼公告）", "executive_team=A,security_officer=R,all_staff=I,vendor=I"},
    };
    int position = 0;
    for (const ActivitySeed& a : activities) {
        const qint64 activity = writer.insert(QStringLiteral("raci_activities"),
                                              {{QStringLiteral("position"), position++},
                                               {QStringLiteral("name"), QString::fromUtf8(a.name)}});
        for (const QString& cell : QString::fromLatin1(a.cells).split(QLatin1Char(','))) {
            const QStringList pair = cell.split(QLatin1Char('='));
            writer.insert(QStringLiteral("raci_cells"),
                          {{QStringLiteral("activity_id"), activity},
                           {QStringLiteral("role_id"), idOf(QStringLiteral("roles"), QStringLiteral("code"), pair[0])},
                           {QStringLiteral("value"), pair[1]}});
        }
    }
}

void DemoContent::createCommunication(RecordWriter& writer, qint64 versionId, int year) {
    const qint64 bureau = idOf(QStringLiteral("org_units"), QStringLiteral("name"), QStringLiteral("高雄市政府民政局"));
    const QDate day(year, 3, 16);
    const qint64 event = writer.insert(QStringLiteral("communications"),
                                       {{QStringLiteral("version_id"), versionId},
                                        {QStringLiteral("channel"), QStringLiteral("training")},
                                        {QStringLiteral("event_date"), day},
                                        {QStringLiteral("audience"), QStringLiteral("高雄市政府民政局")},
                                        {QStringLiteral("material"), QStringLiteral("資通安全政策宣導簡報")},
                                        {QStringLiteral("notes"), sampleNote()}});
    writer.insert(QStringLiteral("communication_audiences"),
                  {{QStringLiteral("communication_id"), event},
                   {QStringLiteral("unit_id"), bureau},
                   {QStringLiteral("category"), QVariant(QMetaType(QMetaType::QString))}});
    for (const char* person : {"王大明", "陳美玲", "林志豪", "張淑芬"}) {
        writer.insert(QStringLiteral("acknowledgements"),
                      {{QStringLiteral("version_id"), versionId},
                       {QStringLiteral("person_id"), idOf(QStringLiteral("people"), QStringLiteral("name"), QString::fromUtf8(person))},
                       {QStringLiteral("ack_date"), day},
                       {QStringLiteral("method"), QStringLiteral("sign_in_sheet")}});
    }
}

void DemoContent::createSampleRecords(RecordWriter& writer, qint64 versionId, int year) {
    const QString note = sampleNote();
    const QString unitsTable = QStringLiteral("org_units");
    const QString name = QStringLiteral("name");
    const qint64 bureau = idOf(unitsTable, name, QStringLiteral("高雄市政府民政局"));
    const qint64 military = idOf(unitsTable, name, QStringLiteral("兵役處"));
    const qint64 funeral = idOf(unitsTable, name, QStringLiteral("殯葬管理處"));
    const qint64 household = idOf(unitsTable, name, QStringLiteral("苓雅區戶政事務所"));

    struct PersonSeed {
        const char* name;
        const char* title;
        qint64 unit;
        const char* role;
    };
    const PersonSeed people[] = {
        {"王大明", "局長", bureau, "convener"},
        {"陳美玲", "資訊室主任", bureau, "executive_team"},
        {"林志豪", "資訊安全專責人員", bureau, "security_officer"},
        {"張淑芬", "資訊安全專責人員", military, "security_officer"},
        {"李建國", "資訊安全專責人員", funeral, "security_officer"},
        {"黃雅婷", "戶籍員", household, "all_staff"},
    };
    QList<qint64> ids;
    const QDate since(year - 1, 1, 1);
    for (const PersonSeed& p : people) {
        const qint64 id = writer.insert(QStringLiteral("people"),
                                        {{name, QString::fromUtf8(p.name)},
                                         {QStringLiteral("title"), QString::fromUtf8(p.title)},
                                         {QStringLiteral("unit_id"), p.unit},
                                         {QStringLiteral("category"), QStringLiteral("full_time")},
                                         {QStringLiteral("active_from"), since},
                                         {QStringLiteral("notes"), note}});
        ids << id;
        writer.insert(QStringLiteral("role_assignments"),
                      {{QStringLiteral("role_id"), idOf(QStringLiteral("roles"), QStringLiteral("code"),
                                                        QString::fromLatin1(p.role))},
                       {QStringLiteral("person_id"), id},
                       {QStringLiteral("unit_id"), p.unit},
                       {QStringLiteral("start_date"), since},
                       {QStringLiteral("notes"), note}});
    }

    // The year's management review on 10 December — or, in a demo made before then in its own
    // year, a week ago: a review with attendees is one that has been held (objective 2 counts it).
    const QDate reviewDay = qMin(QDate(year, 12, 10), qMax(QDate(year, 1, 1), Clock::today().addDays(-7)));
    const qint64 meeting = writer.insert(
        QStringLiteral("meetings"),
        {{QStringLiteral("kind"), QStringLiteral("management_review")},
         {QStringLiteral("title"), QStringLiteral("%1年度資通安全管理審查會議").arg(year - RocDate::kYearOffset)},
         {QStringLiteral("meeting_date"), reviewDay},
         {QStringLiteral("place"), QStringLiteral("民政局第一會議室")},
         {QStringLiteral("chair_person_id"), ids[0]},
         {QStringLiteral("notes"), note}});
    // The standard agenda of a management review, ready for "Prepare meeting".
    int position = 0;
    for (const QString& input : MeetingService::standardInputs()) {
        writer.insert(QStringLiteral("meeting_agenda_items"), {{QStringLiteral("meeting_id"), meeting},
                                                               {QStringLiteral("position"), ++position},
                                                               {QStringLiteral("input_key"), input}});
    }
    for (int i = 0; i < 3; ++i) {
        writer.insertLink(QStringLiteral("meeting_attendees"),
                          {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("person_id"), ids[i]}});
    }

    createSampleAudits(writer, ids, year);

    struct ActionSeed {
        int objective;
        const char* title;
        const char* resources;
        int owner;
        QDate due;
        const char* evaluation;
        const char* status;
        int progress;
        const char* result;
    };
    const ActionSeed actions[] = {
        {1, "檢視資通安全相關法規異動並更新內部規範", "人力 1 人月", 1, QDate(year, 6, 30), "法規檢核表完成", "done", 100, "完成法規檢核，更新 2 項規範"},
        {2, "召開年度管理審查會議", "會議室、簡報", 1, QDate(year, 12, 10), "局長出席並裁示", "in_progress", 50, ""},
        {3, "辦理全體同仁資通安全教育訓練（每人 3 小時）", "講師費 30,000 元", 2, QDate(year, 11, 30), "完訓比率", "in_progress", 80, ""},
        {4, "檢視帳號權限並停用離職人員帳號", "系統管理人力", 2, QDate(year, 9, 30), "權限清查紀錄", "done", 100, "停用 12 個帳號"},
        {5, "執行年度內部稽核並追蹤矯正措施", "稽核人員 4 人", 1, QDate(year, 10, 31), "矯正措施完成率", "planned", 0, ""},
        {6, "核心系統備援演練", "備援主機", 2, QDate(year, 8, 31), "可用率月報", "done", 100, "可用率 99.8%"},
        {7, "宣導資安事件通報流程", "宣導海報", 3, QDate(year, 7, 31), "通報時效統計", "done", 100, "全數於時限內通報"},
        {8, "辦理上半年度社交工程演練", "演練服務委外", 1, QDate(year, 6, 30), "開啟率、點閱率", "done", 100, "開啟率 7.2%，點閱率 2.6%"},
    };
    for (const ActionSeed& a : actions) {
        const QString status = QString::fromLatin1(a.status);
        writer.insert(QStringLiteral("action_items"),
                      {{QStringLiteral("objective_id"),
                        Sql::scalar(m_db.connection(),
                                    QStringLiteral("SELECT objective_id FROM objective_wordings WHERE version_id = :v AND number = :n"),
                                    {{QStringLiteral("v"), versionId}, {QStringLiteral("n"), a.objective}})},
                       {QStringLiteral("meeting_id"), Sql::idOrNull(a.objective == 2 ? meeting : 0)},
                       {QStringLiteral("plan_year"), year},
                       {QStringLiteral("title"), QString::fromUtf8(a.title)},
                       {QStringLiteral("resources"), QString::fromUtf8(a.resources)},
                       {QStringLiteral("owner_person_id"), ids[a.owner]},
                       {QStringLiteral("due_date"), a.due},
                       {QStringLiteral("evaluation_method"), QString::fromUtf8(a.evaluation)},
                       {QStringLiteral("measured_result"), QString::fromUtf8(a.result)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("progress"), a.progress},
                       {QStringLiteral("notes"), note}});
    }

    struct MeasurementSeed {
        int objective;
        QDate start;
        QDate end;
        double value;
    };
    const MeasurementSeed measurements[] = {
        {8, QDate(year, 1, 1), QDate(year, 6, 30), 1},
    };
    for (const MeasurementSeed& m : measurements) {
        writer.insert(QStringLiteral("measurements"),
                      {{QStringLiteral("objective_id"),
                        Sql::scalar(m_db.connection(),
                                    QStringLiteral("SELECT objective_id FROM objective_wordings WHERE version_id = :v AND number = :n"),
                                    {{QStringLiteral("v"), versionId}, {QStringLiteral("n"), m.objective}})},
                       {QStringLiteral("period_start"), m.start},
                       {QStringLiteral("period_end"), m.end},
                       {QStringLiteral("value"), m.value},
                       {QStringLiteral("measured_by"), ids[2]},
                       {QStringLiteral("notes"), note}});
    }

    writer.insert(QStringLiteral("drills"), {{QStringLiteral("period_year"), year},
                                             {QStringLiteral("period_half"), 1},
                                             {QStringLiteral("drill_date"), QDate(year, 5, 20)},
                                             {QStringLiteral("emails_sent"), 500},
                                             {QStringLiteral("opened"), 36},
                                             {QStringLiteral("clicked"), 13},
                                             {QStringLiteral("reported"), 41},
                                             {QStringLiteral("passed"), 1},
                                             {QStringLiteral("notes"), note}});

    struct CycleSeed {
        const char* kind;
        const char* title;
        int months;
        QDate last;
    };
    const CycleSeed cycles[] = {
        {"management_review", "管理審查會議", 12, QDate(year - 1, 12, 12)},
        {"internal_audit", "資通安全內部稽核", 12, QDate(year - 1, 10, 15)},
        {"drill", "社交工程演練", 6, QDate(year, 5, 20)},
    };
    for (const CycleSeed& c : cycles) {
        writer.insert(QStringLiteral("review_cycles"),
                      {{QStringLiteral("subject_kind"), QString::fromLatin1(c.kind)},
                       {QStringLiteral("title"), QString::fromUtf8(c.title)},
                       {QStringLiteral("interval_months"), c.months},
                       {QStringLiteral("owner_person_id"), ids[1]},
                       {QStringLiteral("last_done"), c.last},
                       {QStringLiteral("notes"), note}});
    }
}

void DemoContent::createSampleAudits(RecordWriter& writer, const QList<qint64>& people, int year) {
    // A compliance check (objective 1) whose two nonconformities were both resolved, one of their
    // corrective actions done after its due date (objective 5).
    const QString note = sampleNote();
    const qint64 audit = writer.insert(QStringLiteral("audits"),
                                       {{QStringLiteral("kind"), QStringLiteral("compliance_check")},
                                        {QStringLiteral("title"), QStringLiteral("資通安全法令遵循查核")},
                                        {QStringLiteral("start_date"), QDate(year, 3, 18)},
                                        {QStringLiteral("end_date"), QDate(year, 3, 19)},
                                        {QStringLiteral("scope"), QStringLiteral("高雄市政府民政局；資通安全管理法及其子法")},
                                        {QStringLiteral("auditors"), QStringLiteral("資通安全執行小組")},
                                        {QStringLiteral("auditees"), QStringLiteral("資訊室")},
                                        {QStringLiteral("notes"), note}});
    struct FindingSeed {
        const char* finding;
        const char* action;
        QDate due;
        QDate done;
        const char* verification;
    };
    const FindingSeed findings[] = {
        {"離職人員帳號未於離職日停用", "人事異動單會辦資訊室，當日停用帳號", QDate(year, 6, 30), QDate(year, 6, 20),
         "抽查 3 筆離職案件，帳號均於當日停用"},
        {"資通系統分級結果未於期限內報送", "建立分級報送追蹤表並指定承辦人", QDate(year, 8, 31), QDate(year, 9, 12),
         "追蹤表已啟用，本年度分級結果已報送"},
    };
    for (const FindingSeed& f : findings) {
        const QDate verified = f.done.addDays(14);
        const qint64 finding = writer.insert(QStringLiteral("findings"),
                                             {{QStringLiteral("audit_id"), audit},
                                              {QStringLiteral("kind"), QStringLiteral("minor")},
                                              {QStringLiteral("description"), QString::fromUtf8(f.finding)},
                                              {QStringLiteral("status"), QStringLiteral("closed")},
                                              {QStringLiteral("closed_date"), verified}});
        writer.insert(QStringLiteral("corrective_actions"),
                      {{QStringLiteral("finding_id"), finding},
                       {QStringLiteral("root_cause"), QStringLiteral("作業流程未明定期限與負責人")},
                       {QStringLiteral("action"), QString::fromUtf8(f.action)},
                       {QStringLiteral("owner_person_id"), people[1]},
                       {QStringLiteral("due_date"), f.due},
                       {QStringLiteral("done_date"), f.done},
                       {QStringLiteral("status"), QStringLiteral("verified")},
                       {QStringLiteral("verified_date"), verified},
                       {QStringLiteral("verifier_person_id"), people[2]},
                       {QStringLiteral("verification_result"), QString::fromUtf8(f.verification)}});
    }
}

}  // namespace isms::core
