// What a translation must keep as written: a file dialog's filter patterns. Qt reads a filter
// from "(*.docx *.txt)" in ASCII parentheses; written （*.docx） in the translation, the dialog
// showed no .docx or .txt file at all (found by a fresh-eyes walk in zh_TW).
#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

TEST(TranslationForms, FileFilterPatternsStayAsQtReadsThem) {
    for (const char* language : {"zh_TW", "en"}) {
        QFile file(QStringLiteral(ISMS_SOURCE_DIR "/translations/isms-desk_%1.ts").arg(QString::fromLatin1(language)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << language;
        QXmlStreamReader x(&file);
        QString source;
        int filters = 0;
        static const QRegularExpression pattern(QStringLiteral(R"(\((\*[^)]*)\))"));
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement()) continue;
            if (x.name() == u"source") source = x.readElementText();
            if (x.name() != u"translation" || !source.contains(QStringLiteral("(*"))) continue;
            const QString translation = x.readElementText();
            if (translation.isEmpty()) continue;  // not translated: the source is shown
            ++filters;
            for (auto it = pattern.globalMatch(source); it.hasNext();) {
                const QString patterns = it.next().captured(0);
                EXPECT_TRUE(translation.contains(patterns)) << language << ": " << translation.toStdString() << " lacks " << patterns.toStdString();
            }
        }
        if (QString::fromLatin1(language) == QStringLiteral("zh_TW")) EXPECT_GE(filters, 10);
    }
}
