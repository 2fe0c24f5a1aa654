// A child process for the crash test: writes one record per transaction, forever, and prints
// the number of committed records after each commit. The test kills it mid-write.
#include "domain/Session.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) return 2;
    auto db = isms::core::Database::open(QString::fromLocal8Bit(argv[1]));
    db->setSession(isms::core::Session::system(QStringLiteral("writer")));
    for (long n = 1;; ++n) {
        isms::core::Transaction tx(*db);
        isms::core::RecordWriter(*db).insert(QStringLiteral("people"),
                                             {{QStringLiteral("name"), QStringLiteral("person %1").arg(n)},
                                              {QStringLiteral("notes"), QString(200, QLatin1Char('x'))}});
        tx.commit();
        std::printf("%ld\n", n);
        std::fflush(stdout);
    }
}
