// isms-desk-docs: writes the reference pages that come from the command registry, at build
// time (the man pages) and for the README's command table. Not installed.
#include "CommandDocs.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("isms-desk"));
    const QStringList args = application.arguments();
    const QString what = args.value(1);
    if (what == QStringLiteral("readme") && args.size() == 2) {
        isms::core::Language::install(QStringLiteral("en"));
        std::fputs(isms::app::CommandDocs::markdownTable().toUtf8().constData(), stdout);
        return 0;
    }
    if (what == QStringLiteral("man") && args.size() == 4) {
        isms::core::Language::install(args[2]);
        QFile out(args[3]);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(args[3]));
            return 1;
        }
        out.write(isms::app::CommandDocs::manPage(QStringLiteral(ISMS_DESK_VERSION),
                                                  QStringLiteral(ISMS_DESK_RELEASE_DATE))
                      .toUtf8());
        return 0;
    }
    std::fputs("usage: isms-desk-docs readme | man LANG FILE\n", stderr);
    return 2;
}
