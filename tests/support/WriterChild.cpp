// A child process for the crash tests, killed mid-work by the test:
//   WriterChild DB                 writes one record per transaction, forever, printing the
//                                  number of committed records after each commit;
//   WriterChild create DB          creates DB with the demo content, as a first start does;
//   WriterChild restore COPY DB    restores the verified copy over DB, again and again;
//   WriterChild read DB            opens DB, reads it and closes it, as a command does.
#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

#include "Administrator.h"
#include "domain/Session.h"
#include "services/BackupService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

int main(int argc, char* argv[]) {
    // The same workstation as the test that starts it: the settings where the trail's last seen
    // entry is kept are the test's.
    QStandardPaths::setTestModeEnabled(true);
    // The settings of the test that started it (TestMain).
    QCoreApplication::setApplicationName(qEnvironmentVariableIsSet("ISMS_TEST_APP_NAME")
                                             ? qEnvironmentVariable("ISMS_TEST_APP_NAME")
                                             : QStringLiteral("isms-desk-tests"));
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("create") && args.size() == 3) {
        isms::core::Workspace::open(args[2], true);
        std::printf("created\n");
        return 0;
    }
    if (args.value(1) == QStringLiteral("restore") && args.size() == 4) {
        for (long n = 1;; ++n) {
            isms::core::BackupService::restore(args[2], args[3], QStringLiteral("admin"));
            std::printf("%ld\n", n);
            std::fflush(stdout);
        }
    }
    if (args.value(1) == QStringLiteral("read") && args.size() == 3) {
        auto db = isms::core::Database::open(args[2]);
        std::printf("%lld\n", db->connection().tables().size() + 0LL);
        return 0;
    }
    if (args.size() != 2) return 2;
    auto db = isms::core::Database::open(args[1]);
    db->setSession(isms::test::administrator(QStringLiteral("writer")));
    for (long n = 1;; ++n) {
        isms::core::Transaction tx(*db);
        isms::core::RecordWriter(*db, isms::test::everything(*db))
            .insert(QStringLiteral("people"),
                    {{QStringLiteral("name"), QStringLiteral("person %1").arg(n)},
                     {QStringLiteral("notes"), QString(200, QLatin1Char('x'))}});
        tx.commit();
        std::printf("%ld\n", n);
        std::fflush(stdout);
    }
}
