#include "DemoRegisters.h"

#include "DemoContent.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QDateTime>

namespace isms::core {

DemoRegisters::DemoRegisters(Database& db, RecordWriter& writer) : m_db(db), m_writer(writer) {}

qint64 DemoRegisters::idOf(const QString& table, const QString& column, const QVariant& value) const {
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM %1 WHERE %2 = :v").arg(table, column),
                       {{QStringLiteral("v"), value}})
        .toLongLong();
}

void DemoRegisters::createSystems(int year) {
    // Two core systems (objective 6): the website, served around the clock, and the funeral
    // services system, served on working days in office hours; their outages give July to
    // September 99.821 %, 99.610 % and 99.410 % and October 99.783 % (the funeral system).
    const QString note = DemoContent::sampleNote();
    const qint64 bureau = idOf(QStringLiteral("org_units"), QStringLiteral("name"), QStringLiteral("高雄市政府民政局"));
    const qint64 funeral = idOf(QStringLiteral("org_units"), QStringLiteral("name"), QStringLiteral("殯葬管理處"));
    const qint64 web = m_writer.insert(QStringLiteral("core_systems"), {{QStringLiteral("name"), QStringLiteral("民政局全球資訊網")},
                                                                     {QStringLiteral("unit_id"), bureau},
                                                                     {QStringLiteral("availability_target"), 99.5},
                                                                     {QStringLiteral("in_service_from"), QDate(year, 1, 1)},
                                                                     {QStringLiteral("notes"), note}});
    const qint64 services = m_writer.insert(QStringLiteral("core_systems"), {{QStringLiteral("name"), QStringLiteral("殯葬管理資訊系統")},
                                                                          {QStringLiteral("unit_id"), funeral},
                                                                          {QStringLiteral("weekdays_only"), 1},
                                                                          {QStringLiteral("service_start"), QStringLiteral("08:00")},
                                                                          {QStringLiteral("service_end"), QStringLiteral("18:00")},
                                                                          {QStringLiteral("availability_target"), 99.5},
                                                                          {QStringLiteral("in_service_from"), QDate(year, 1, 1)},
                                                                          {QStringLiteral("notes"), note}});
    struct OutageSeed {
        qint64 system;
        QDateTime start;
        int minutes;
        bool planned;
        const char* cause;
    };
    const OutageSeed outages[] = {
        {web, QDateTime(QDate(year, 7, 14), QTime(9, 20)), 80, false, "網站主機記憶體不足當機，重新啟動後恢復"},
        {web, QDateTime(QDate(year, 8, 6), QTime(22, 0)), 174, false, "機房電力異常，切換不斷電系統失敗"},
        {web, QDateTime(QDate(year, 8, 23), QTime(1, 0)), 240, true, "作業系統更新（已公告之維護）"},
        {web, QDateTime(QDate(year, 9, 17), QTime(13, 45)), 255, false, "遭受分散式阻斷服務攻擊，經清洗服務恢復"},
        {services, QDateTime(QDate(year, 10, 15), QTime(10, 0)), 30, false, "資料庫連線數耗盡"},
    };
    for (const OutageSeed& o : outages) {
        m_writer.insert(QStringLiteral("outages"),
                      {{QStringLiteral("system_id"), o.system},
                       {QStringLiteral("started_at"), o.start.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("ended_at"), o.start.addSecs(o.minutes * 60).toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("planned"), o.planned ? 1 : 0},
                       {QStringLiteral("cause"), QString::fromUtf8(o.cause)},
                       {QStringLiteral("notes"), note}});
    }
}

void DemoRegisters::createTraining(int year) {
    // Objective 3: a general session everyone but one attended and two professional courses for
    // the security officers, one of whom missed the second — 4 of the 6 staff have the hours
    // required at level C (3 general each; 12 professional for security staff).
    const QString note = DemoContent::sampleNote();
    struct SessionSeed {
        QDate day;
        const char* title;
        double hours;
        const char* kind;
        const char* provider;
        QStringList people;
    };
    const SessionSeed sessions[] = {
        {QDate(year, 3, 18), "資通安全通識教育訓練", 3, "general", "民政局資訊室",
         {QStringLiteral("王大明"), QStringLiteral("陳美玲"), QStringLiteral("林志豪"), QStringLiteral("張淑芬"),
          QStringLiteral("李建國")}},
        {QDate(year, 6, 10), "資安事件通報及應變專業課程", 6, "professional", "數位發展部資通安全署",
         {QStringLiteral("林志豪"), QStringLiteral("張淑芬"), QStringLiteral("李建國")}},
        {QDate(year, 9, 23), "資訊安全管理制度稽核實務", 6, "professional", "財團法人資訊工業策進會",
         {QStringLiteral("林志豪"), QStringLiteral("張淑芬")}},
    };
    for (const SessionSeed& s : sessions) {
        const qint64 session = m_writer.insert(QStringLiteral("training_sessions"),
                                             {{QStringLiteral("title"), QString::fromUtf8(s.title)},
                                              {QStringLiteral("held_on"), s.day},
                                              {QStringLiteral("hours"), s.hours},
                                              {QStringLiteral("kind"), QString::fromLatin1(s.kind)},
                                              {QStringLiteral("provider"), QString::fromUtf8(s.provider)},
                                              {QStringLiteral("notes"), note}});
        for (const QString& person : s.people) {
            m_writer.insert(QStringLiteral("training_attendance"),
                          {{QStringLiteral("session_id"), session},
                           {QStringLiteral("person_id"), idOf(QStringLiteral("people"), QStringLiteral("name"), person)},
                           {QStringLiteral("hours"), s.hours},
                           {QStringLiteral("notes"), QString()}});
        }
    }
}

void DemoRegisters::createIncidents(int year) {
    // Objectives 4 and 7: a level-1 malware infection reported in 30 minutes and handled in time,
    // and a level-2 unauthorised access reported 85 minutes after it became known (late); a
    // weakness reported by a clerk, being followed up.
    const QString note = DemoContent::sampleNote();
    const auto at = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min)).toUTC().toString(Qt::ISODate);
    };
    const qint64 officer = idOf(QStringLiteral("people"), QStringLiteral("name"), QStringLiteral("林志豪"));
    const qint64 clerk = idOf(QStringLiteral("people"), QStringLiteral("name"), QStringLiteral("黃雅婷"));
    const qint64 web = idOf(QStringLiteral("core_systems"), QStringLiteral("name"), QStringLiteral("民政局全球資訊網"));
    const QString platform = QStringLiteral("國家資通安全通報應變網站");
    m_writer.insert(QStringLiteral("incidents"),
                    {{QStringLiteral("kind"), QStringLiteral("incident")},
                     {QStringLiteral("title"), QStringLiteral("兵役處個人電腦感染勒索軟體")},
                     {QStringLiteral("level"), 1},
                     {QStringLiteral("category"), QStringLiteral("malware")},
                     {QStringLiteral("known_at"), at(year, 4, 8, 9, 10)},
                     {QStringLiteral("reported_at"), at(year, 4, 8, 9, 40)},
                     {QStringLiteral("reported_to"), platform},
                     {QStringLiteral("contained_at"), at(year, 4, 8, 14, 0)},
                     {QStringLiteral("recovered_at"), at(year, 4, 9, 10, 0)},
                     {QStringLiteral("investigated_at"), at(year, 4, 30, 16, 0)},
                     {QStringLiteral("status"), QStringLiteral("closed")},
                     {QStringLiteral("reporter_person_id"), officer},
                     {QStringLiteral("description"), QStringLiteral("隔離電腦、重灌作業系統並自備份還原資料。")},
                     {QStringLiteral("notes"), note}});
    m_writer.insert(QStringLiteral("incidents"),
                    {{QStringLiteral("kind"), QStringLiteral("incident")},
                     {QStringLiteral("title"), QStringLiteral("全球資訊網後台帳號遭未經授權登入")},
                     {QStringLiteral("level"), 2},
                     {QStringLiteral("category"), QStringLiteral("unauthorised_access")},
                     {QStringLiteral("known_at"), at(year, 8, 19, 15, 20)},
                     {QStringLiteral("reported_at"), at(year, 8, 19, 16, 45)},
                     {QStringLiteral("reported_to"), platform},
                     {QStringLiteral("contained_at"), at(year, 8, 20, 11, 0)},
                     {QStringLiteral("recovered_at"), at(year, 8, 21, 9, 0)},
                     {QStringLiteral("investigated_at"), at(year, 9, 10, 17, 0)},
                     {QStringLiteral("status"), QStringLiteral("closed")},
                     {QStringLiteral("reporter_person_id"), officer},
                     {QStringLiteral("system_id"), web},
                     {QStringLiteral("description"), QStringLiteral("停用遭盜用帳號、重設密碼並啟用多因子驗證；通報逾 1 小時。")},
                     {QStringLiteral("notes"), note}});
    m_writer.insert(QStringLiteral("incidents"),
                    {{QStringLiteral("kind"), QStringLiteral("weakness")},
                     {QStringLiteral("title"), QStringLiteral("戶政櫃台電腦未設定螢幕保護密碼")},
                     {QStringLiteral("category"), QStringLiteral("other_incident")},
                     {QStringLiteral("known_at"), at(year, 10, 2, 10, 30)},
                     {QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("reporter_person_id"), clerk},
                     {QStringLiteral("notes"), note}});
}

}  // namespace isms::core
