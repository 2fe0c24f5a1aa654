#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace isms::test {

QString pdfText(const QString& file, int page, bool raw) {
    QProcess p;
    QStringList args;
    if (raw) args << QStringLiteral("-raw");
    if (page > 0) args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << file << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString withoutSpace(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); }

}  // namespace isms::test
