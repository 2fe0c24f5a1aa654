#include "PolicyOdtExport.h"

#include "domain/Error.h"
#include "domain/RocDate.h"
#include "domain/NumberingScheme.h"

#include <QIODevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <functional>

namespace isms::reports {

void PolicyOdtExport::build(const core::PolicyContent& c, QTextDocument& document) {
    QFont base(QStringLiteral("Noto Sans CJK TC"));
    base.setPointSize(12);
    document.setDefaultFont(base);
    QTextCursor cursor(&document);
    auto paragraph = [&](const QString& text, int points, bool bold, qreal indent) {
        QTextBlockFormat block;
        block.setIndent(0);
        block.setLeftMargin(indent);
        block.setBottomMargin(points / 2.0);
        QTextCharFormat chars;
        chars.setFontPointSize(points);
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        if (!cursor.atStart()) cursor.insertBlock(block, chars);
        cursor.setBlockFormat(block);
        cursor.setCharFormat(chars);
        cursor.insertText(text);
    };
    // The title block keeps the document's own words.
    paragraph(c.orgName, 18, true, 0);
    if (!c.orgNameEn.isEmpty()) paragraph(c.orgNameEn, 11, false, 0);
    paragraph(c.title, 18, true, 0);
    QStringList levels;
    for (auto v : core::Classification::all()) {
        levels << (v == c.classification ? QStringLiteral("■") : QStringLiteral("□")) + core::Classification::documentLabel(v);
    }
    paragraph(QStringLiteral("安全等級：") + levels.join(QLatin1Char(' ')), 12, false, 0);
    paragraph(QStringLiteral("文件編號：") + c.code, 12, false, 0);
    paragraph(QStringLiteral("版本編號：") + c.version, 12, false, 0);
    paragraph(QStringLiteral("生效日期：") + core::RocDate::longFormNoEra(c.effectiveDate), 12, false, 0);
    if (!c.notice.isEmpty()) paragraph(c.notice, 11, false, 0);
    core::forEachSection(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        const int depth = int(path.size()) - 1;
        paragraph(c.numbering.label(path) + s.heading, depth == 0 ? 14 : 12, depth <= 1, depth * 18.0);
        for (const QString& p : s.paragraphs) paragraph(p, 12, false, depth * 18.0 + 24);
    });
}

void PolicyOdtExport::write(const core::PolicyContent& content, const QString& file) {
    QTextDocument document;
    build(content, document);
    QTextDocumentWriter writer(file, QByteArrayLiteral("ODF"));
    if (!writer.write(&document)) {
        throw core::Error(core::Error::Kind::Invalid,
                          tr("Cannot write “%1”: %2").arg(file, writer.device() ? writer.device()->errorString() : QString()));
    }
}

}  // namespace isms::reports
