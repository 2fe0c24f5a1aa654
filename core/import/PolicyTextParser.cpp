#include "PolicyTextParser.h"

#include "domain/TextSafety.h"

#include "domain/Error.h"
#include "domain/RocDate.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace isms::core {

namespace {

struct FlatNode {
    int rank = 0;
    int parent = -1;
    QString heading;
    QStringList paragraphs;
    std::vector<int> children;
};

PolicySection assemble(const std::vector<FlatNode>& nodes, int index) {
    PolicySection s;
    s.heading = nodes[index].heading;
    s.paragraphs = nodes[index].paragraphs;
    for (int child : nodes[index].children) s.children.push_back(assemble(nodes, child));
    return s;
}

bool hasCjk(const QString& s) {
    for (QChar c : s) {
        if (c.unicode() >= 0x2E80) return true;
    }
    return false;
}

}  // namespace

int PolicyTextParser::markerRank(const QString& line, QString* rest) {
    // Some exports put a list bullet ("- 一、") before the number; it carries no meaning.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"(^([壹貳參肆伍陸柒捌玖拾]+)\s*[、．]\s*(\S.*)$)")),
        QRegularExpression(QStringLiteral(R"(^(?:[-•‧]\s*)?([一二三四五六七八九十]+)\s*、\s*(\S.*)$)")),
        QRegularExpression(QStringLiteral(R"(^(?:[-•‧]\s*)?[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*(\S.*)$)")),
        QRegularExpression(QStringLiteral(R"(^(?:[-•‧]\s*)?(\d{1,2})\s*[.．](?!\d)\s*(\S.*)$)")),
        QRegularExpression(QStringLiteral(R"(^(?:[-•‧]\s*)?[(（]\s*(\d{1,2})\s*[)）]\s*(\S.*)$)")),
    };
    for (int rank = 0; rank < 5; ++rank) {
        const auto m = patterns[rank].match(line);
        if (m.hasMatch()) {
            if (rest) *rest = m.captured(2).trimmed();
            return rank;
        }
    }
    return -1;
}

bool PolicyTextParser::isTocLine(const QString& line) {
    // A table-of-contents entry: leader dots (or an ellipsis) and a page number at the end.
    static const QRegularExpression toc(QStringLiteral(R"((\.{3,}|…+)\s*\d+\s*$)"));
    return toc.match(line).hasMatch();
}

bool PolicyTextParser::endsSentence(const QString& text) {
    static const QString enders = QStringLiteral("。．.！!？?；;：:」』）)");
    return !text.isEmpty() && enders.contains(text.back());
}

QString PolicyTextParser::joinAcrossBreak(const QString& before, const QString& after) {
    // Chinese needs no space where a line was cut; Latin words do.
    const bool latinSeam = !before.isEmpty() && !after.isEmpty() && before.back().isLetterOrNumber() &&
                           before.back().unicode() < 0x2E80 && after.front().unicode() < 0x2E80 &&
                           after.front().isLetterOrNumber();
    return before + (latinSeam ? QStringLiteral(" ") : QString()) + after;
}

PolicyContent PolicyTextParser::parse(const QByteArray& bytes) {
    if (bytes.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("The policy file is empty."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0')) {
        throw Error(Error::Kind::Invalid, tr("The policy file is not UTF-8 text."));
    }
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // A form feed is a page break; treat it like the blank lines a page break leaves behind.
    text.replace(QLatin1Char('\f'), QStringLiteral("\n\n\n"));
    // Invisible controls and text-direction overrides a word processor may leave are no text.
    text = TextSafety::cleaned(text);
    const QStringList lines = text.split(QLatin1Char('\n'));

    qsizetype bodyStart = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (markerRank(line, nullptr) >= 0 && !isTocLine(line)) {
            bodyStart = i;
            break;
        }
    }
    if (bodyStart < 0) {
        throw Error(Error::Kind::Invalid,
                    tr("No numbered sections (壹、一、(一)、1.) were found: this is not a policy in "
                       "the expected plain-text form."));
    }

    PolicyContent out;
    readTitleBlock(lines.mid(0, bodyStart), out);
    readBody(lines.mid(bodyStart), out);
    return out;
}

void PolicyTextParser::readTitleBlock(const QStringList& lines, PolicyContent& out) {
    static const QRegularExpression field(
        QStringLiteral(R"(^(安全等級|機密等級|文件編號|版本編號|版次|生效日期)\s*[：:]\s*(.*)$)"));
    static const QRegularExpression marked(QStringLiteral(R"([■☑☒✔✓]\s*(\S+))"));
    QStringList header;
    QStringList notice;
    bool seenField = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || isTocLine(line)) continue;
        if (QString(line).remove(QLatin1Char(' ')) == QStringLiteral("目錄")) continue;
        const auto m = field.match(line);
        if (!m.hasMatch()) {
            (seenField ? notice : header) << line;
            continue;
        }
        seenField = true;
        const QString name = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (name == QStringLiteral("文件編號")) {
            out.code = value;
        } else if (name == QStringLiteral("版本編號") || name == QStringLiteral("版次")) {
            out.version = value;
        } else if (name == QStringLiteral("生效日期")) {
            out.effectiveDate = RocDate::parse(value);
            // A date that is none is said, never stored as no date while the import succeeds.
            if (!value.isEmpty() && !out.effectiveDate.isValid()) {
                throw Error(Error::Kind::Invalid,
                            tr("Line %1: the effective date “%2” is not a date (write it as 114年9月11日 or 2025-09-11).")
                                .arg(i + 1)
                                .arg(value));
            }
        } else {
            // The title block lists every level; the chosen one is ticked. A list with no tick
            // leaves the default (internal use), and the importer says so.
            Classification::Value v;
            const auto tick = marked.match(value);
            if (tick.hasMatch() && Classification::fromDocumentLabel(tick.captured(1), &v)) {
                out.classification = v;
            } else if (Classification::fromDocumentLabel(value, &v)) {
                out.classification = v;
            }
        }
    }
    QStringList cjkHeader;
    for (const QString& h : header) {
        if (hasCjk(h)) {
            cjkHeader << h;
        } else if (out.orgNameEn.isEmpty()) {
            out.orgNameEn = h;
        }
    }
    if (cjkHeader.size() >= 2) out.orgName = cjkHeader.takeFirst();
    out.title = cjkHeader.join(QLatin1Char(' '));
    out.notice = notice.join(QLatin1Char('\n'));
}

void PolicyTextParser::readBody(const QStringList& lines, PolicyContent& out) {
    std::vector<FlatNode> nodes;
    std::vector<int> roots;
    std::vector<int> stack;
    int blankRun = 0;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            ++blankRun;
            continue;
        }
        // One blank line separates paragraphs; a page break leaves several.
        const bool afterPageBreak = blankRun >= 2;
        blankRun = 0;
        if (isTocLine(line)) continue;
        QString rest;
        const int rank = markerRank(line, &rest);
        if (rank >= 0) {
            while (!stack.empty() && nodes[stack.back()].rank >= rank) stack.pop_back();
            FlatNode node;
            node.rank = rank;
            node.parent = stack.empty() ? -1 : stack.back();
            node.heading = rest;
            nodes.push_back(node);
            const int index = int(nodes.size()) - 1;
            (stack.empty() ? roots : nodes[node.parent].children).push_back(index);
            stack.push_back(index);
            continue;
        }
        FlatNode& current = nodes[stack.back()];
        QString& last = current.paragraphs.isEmpty() ? current.heading : current.paragraphs.last();
        if (afterPageBreak && !endsSentence(last)) {
            last = joinAcrossBreak(last, line);
        } else {
            current.paragraphs << line;
        }
    }
    for (int root : roots) out.sections.push_back(assemble(nodes, root));
}

}  // namespace isms::core
