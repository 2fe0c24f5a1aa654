#include "PolicyCopyReport.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QVersionNumber>
#include <functional>

#include "JournaledText.h"
#include "PdfTextFixer.h"
#include "QrCode.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "domain/RocDate.h"
#include "domain/NumberingScheme.h"
#include "i18n/Language.h"
#include "services/ControlledCopies.h"
#include "storage/PolicyRepository.h"
#include "storage/SafeFile.h"

namespace isms::reports {

namespace {

// A4 in points, with a wider left margin for binding.
constexpr qreal kPageWidth = 595.28;
constexpr qreal kPageHeight = 841.89;
constexpr qreal kLeft = 70;
constexpr qreal kRight = 57;
constexpr qreal kTop = 75;
constexpr qreal kBottom = 70;
constexpr qreal kIndentStep = 16;
constexpr qreal kQrSize = 96;

QFont font(int pixels, bool bold = false, bool serif = false) {
    QFont f(serif ? QStringLiteral("Noto Serif CJK TC") : QStringLiteral("Noto Sans CJK TC"));
    f.setPixelSize(pixels);  // painted at 72 dpi: a pixel is a point
    f.setBold(bold);
    return f;
}

}  // namespace

PolicyCopyReport::Input PolicyCopyReport::inputFor(core::Database& db, qint64 versionId) {
    core::PolicyService(db).requireTextAsApproved(versionId);
    const core::PolicyRepository repository(db);
    const core::VersionSummary version = repository.version(versionId);
    Input input;
    input.content = repository.load(versionId);
    // The copy's revision history: the decided versions up to this one (a later draft, or a
    // withdrawn one, is no revision of this copy), in version order.
    const QVersionNumber printed = QVersionNumber::fromString(version.version);
    for (const auto& line : core::PolicyService(db).history(version.documentId)) {
        const bool decided = line.status == core::VersionStatus::Approved ||
                             line.status == core::VersionStatus::Published ||
                             line.status == core::VersionStatus::Superseded;
        if (line.versionId == versionId ||
            (decided && QVersionNumber::fromString(line.version) < printed))
            input.history << line;
    }
    input.fingerprint = core::PolicyService(db).fingerprint(versionId);
    input.draft = !core::VersionStatus::isReadOnly(version.status);
    input.trail = core::AuditLog(db).head();
    return input;
}

PolicyCopyReport::Input PolicyCopyReport::controlledInputFor(core::Database& db, qint64 versionId,
                                                             int number, const QString& holder) {
    Input input = inputFor(db, versionId);
    input.copyNumber = core::ControlledCopies(db).issue(versionId, number, holder);
    input.holder = holder.trimmed();
    input.trail = core::AuditLog(db).head();
    return input;
}

PolicyCopyReport::PolicyCopyReport(Input input)
    : m_input(std::move(input)), m_layout(build(false, nullptr)) {
    // The contents' page numbers sit on lines already laid out, so the second pass paginates
    // exactly like the first.
    m_layout = build(true, &m_layout);
}

PageLayout PolicyCopyReport::build(bool withPageNumbers, const PageLayout* previous) const {
    const core::PolicyContent& c = m_input.content;
    PageLayout layout(kPageWidth - kLeft - kRight, kPageHeight - kTop - kBottom);
    // Title block, as on the original.
    layout.addSpace(60);
    layout.addBlock(c.orgName, font(22, true, true), 0);
    if (!c.orgNameEn.isEmpty()) layout.addBlock(c.orgNameEn, font(12, false, true), 0, 0, 4);
    layout.addBlock(c.title, font(22, true, true), 0, 0, 14);
    layout.addSpace(40);
    QStringList levels;
    for (auto v : core::Classification::all()) {
        levels << (v == c.classification ? QStringLiteral("■") : QStringLiteral("□")) +
                      core::Classification::documentLabel(v);
    }
    const QFont field = font(13);
    layout.addBlock(QStringLiteral("安全等級：") + levels.join(QStringLiteral("　")), field, 0, 0,
                    8);
    layout.addBlock(QStringLiteral("文件編號：") + c.code, field, 0, 0, 8);
    layout.addBlock(QStringLiteral("版本編號：") + c.version, field, 0, 0, 8);
    layout.addBlock(
        QStringLiteral("生效日期：") +
            (c.effectiveDate.isValid()
                 ? QStringLiteral("中華民國") + core::RocDate::longFormNoEra(c.effectiveDate)
                 : QStringLiteral("（未定）")),
        field, 0, 0, 8);
    if (!c.notice.isEmpty()) layout.addBlock(c.notice, font(11), 0, 0, 30);
    layout.pageBreak();

    // Contents, generated from the tree: it can never list sections the body does not have.
    layout.addBlock(QStringLiteral("目錄"), font(16, true), 0);
    auto keyOf = [](const QList<int>& path) {
        QStringList parts;
        for (int i : path) parts << QString::number(i);
        return parts.join(QLatin1Char('.'));
    };
    c.numbering.forEachNumbered(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        const int depth = int(path.size()) - 1;
        if (depth > 3) return;
        const QString label = c.numbering.label(path);
        const int page = withPageNumbers && previous ? previous->pageOf(keyOf(path)) : 0;
        // An entry with entries under it is not left alone at a page's foot.
        if (!s.children.empty() && depth < 3)
            layout.keepSpace(QFontMetricsF(font(11)).height() * 1.45 * 2 + 4);
        layout.addBlock(label + s.heading, font(11), depth * kIndentStep,
                        JournaledText::width(label, font(11)), 2, QString(),
                        withPageNumbers ? QString::number(page) : QStringLiteral("0"));
    });
    layout.pageBreak();

    // Body: each number hangs in the margin of its own text.
    c.numbering.forEachNumbered(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        const int depth = int(path.size()) - 1;
        const QString label = c.numbering.label(path);
        const QFont headingFont = depth == 0 ? font(14, true) : font(12, depth == 1);
        const qreal indent = depth * kIndentStep;
        const qreal hanging = JournaledText::width(label, headingFont);
        if (!s.children.empty() || !s.paragraphs.isEmpty())
            layout.keepSpace(QFontMetricsF(headingFont).height() * 4.5);
        layout.addBlock(label + s.heading, headingFont, indent, hanging, depth == 0 ? 12 : 6, keyOf(path));
        for (const QString& p : s.paragraphs) layout.addBlock(p, font(12), indent + hanging, 0, 4);
    });

    // Revision history, approval and signature, fingerprint.
    layout.addBlock(QStringLiteral("修訂紀錄"), font(14, true), 0, 0, 24);
    const qreal width = kPageWidth - kLeft - kRight;
    const auto columns = [width](const QString& a, const QString& b, const QString& c,
                                 const QString& d) {
        return QList<PageLayout::Cell>{
            {a, 0, 50}, {b, 56, 70}, {c, 132, width - 132 - 126}, {d, width - 120, 120}};
    };
    const QList<QStringList> rows = historyRows(m_input);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        layout.addRow(columns(rows[r][0], rows[r][1], rows[r][2], rows[r][3]), font(11, r == 0), r == 0 ? 6 : 2);
        if (r == 0) layout.addRule();
    }
    layout.addRule();
    layout.addBlock(QStringLiteral("核定"), font(14, true), 0, 0, 24);
    bool approved = false;
    for (const auto& h : m_input.history) {
        if (h.version != c.version || h.approver.isEmpty()) continue;
        approved = true;
        layout.addBlock(QStringLiteral("%1　%2").arg(
                            h.approver, core::RocDate::longForm(h.approvedAt.toLocalTime().date())),
                        font(12), 0, 0, 6);
    }
    if (!approved)
        layout.addBlock(QStringLiteral("核定人：＿＿＿＿＿＿＿＿　日期：＿＿＿＿＿＿"), font(12), 0,
                        0, 6);
    layout.addBlock(QStringLiteral("簽名：＿＿＿＿＿＿＿＿＿＿＿＿"), font(12), 0, 0, 18);
    layout.addBlock(QStringLiteral("內容指紋（SHA-256）：") +
                        core::PolicyFingerprint::shortForm(m_input.fingerprint),
                    font(11), 0, 0, 18);
    layout.addBlock(m_input.fingerprint, font(8), 0, 0, 2);
    layout.addSpace(8);
    layout.reserve(kQrSize, QStringLiteral("qr"));
    layout.addBlock(
        QStringLiteral("以 isms-desk verify 或「工具 → 驗證紙本」核對此份文件是否為現行版本。"),
        font(9), 0, 0, 4);
    if (m_input.trail.entry > 0) {
        // To hold against the trail later, like the reports' feet (`isms-desk check` prints it
        // whole).
        layout.addBlock(QStringLiteral("列印時稽核軌跡：第 %1 筆，%2")
                            .arg(m_input.trail.entry)
                            .arg(m_input.trail.shortHash()),
                        font(9), 0, 0, 4);
    }
    return layout;
}

void PolicyCopyReport::paintPage(QPainter& painter, JournaledText& text, int page) const {
    const core::PolicyContent& c = m_input.content;
    const QFont small = font(9);
    painter.setPen(Qt::black);
    const auto headerWith = [&](const QString& title) {
        return QStringLiteral("%1　%2　第 %3 版　%4")
            .arg(c.code, title, c.version, core::Classification::documentLabel(c.classification));
    };
    // A title longer than the line is shortened (…), so that the version and the classification
    // stay on the page; the title page has it whole.
    QString header = headerWith(c.title);
    for (QString title = c.title; JournaledText::width(header, small) > kPageWidth - kLeft - kRight && title.size() > 1;) {
        title.chop(1);
        header = headerWith(title + QStringLiteral("…"));
    }
    text.draw(painter, QPointF(kLeft, kTop - 30), header, small);
    painter.drawLine(QPointF(kLeft, kTop - 24), QPointF(kPageWidth - kRight, kTop - 24));
    const QString footer = tr("Page %1 of %2").arg(page).arg(pageCount());
    const qreal footerWidth = JournaledText::width(footer, small);
    text.draw(painter, QPointF((kPageWidth - footerWidth) / 2, kPageHeight - kBottom + 35), footer,
              small);
    // Every page says whether it belongs to a numbered, registered copy.
    const QString control = m_input.copyNumber > 0
                                ? QStringLiteral("受控文件 第 %1 份").arg(m_input.copyNumber)
                                : QStringLiteral("非受控文件，列印後即不受管制");
    text.draw(painter, QPointF(kLeft, kPageHeight - kBottom + 35), control, small);
    if (m_input.copyNumber > 0 && !m_input.holder.isEmpty()) {
        // On lines of their own above the foot (two at most), however long the holder's name:
        // it never runs into the page number.
        const QString holder = QStringLiteral("持有人：") + m_input.holder;
        const qreal room = kPageWidth - kLeft - kRight;
        QStringList lines{QString()};
        for (const QChar ch : holder) {
            if (JournaledText::width(lines.last() + ch, small) > room) lines << QString();
            lines.last() += ch;
        }
        if (lines.size() > 2) {
            lines = lines.mid(0, 2);
            lines[1] = lines[1].left(lines[1].size() - 1) + QStringLiteral("…");
        }
        for (int i = 0; i < lines.size(); ++i) {
            text.draw(painter, QPointF(kLeft, kPageHeight - kBottom + 23 - 11 * (lines.size() - 1 - i)),
                      lines[i], small);
        }
    }
    const QString effective = QStringLiteral("生效日期：") + core::RocDate::longForm(c.effectiveDate);
    text.draw(painter,
              QPointF(kPageWidth - kRight - JournaledText::width(effective, small),
                      kPageHeight - kBottom + 35),
              effective, small);
    if (m_input.draft) {
        // The mark is text too, so a copied draft still says what it is.
        painter.save();
        painter.setPen(QColor(190, 190, 190));
        painter.translate(kPageWidth / 2, kPageHeight / 2);
        painter.rotate(-35);
        const QFont big = font(72, true);
        const QString mark = QStringLiteral("草稿 DRAFT");
        text.draw(painter, QPointF(-JournaledText::width(mark, big) / 2, 0), mark, big);
        painter.restore();
    }
    for (const PageLayout::Line& line : m_layout.pages()[page - 1].lines) {
        if (line.rule) {
            painter.drawLine(QPointF(kLeft, kTop + line.y),
                             QPointF(kPageWidth - kRight, kTop + line.y));
            continue;
        }
        if (line.anchor == QStringLiteral("qr")) {
            QrCode(qrPayload())
                .paint(painter, QRectF(kLeft + line.x, kTop + line.y, kQrSize, kQrSize));
            continue;
        }
        text.draw(painter, QPointF(kLeft + line.x, kTop + line.y), line.text, line.font);
        if (!line.rightText.isEmpty()) {
            text.draw(painter,
                      QPointF(kPageWidth - kRight - JournaledText::width(line.rightText, line.font),
                              kTop + line.y),
                      line.rightText, line.font);
        }
    }
}

QByteArray PolicyCopyReport::qrPayload() const {
    return QStringLiteral("ISMS-DESK;%1;%2;%3")
        .arg(m_input.content.code, m_input.content.version, m_input.fingerprint)
        .toUtf8();
}

void PolicyCopyReport::paint(QPagedPaintDevice& device, GlyphJournal& journal) const {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&device);
    // Work in points whatever the device's resolution.
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    JournaledText text(journal);
    for (int page = 1; page <= pageCount(); ++page) {
        if (page > 1) device.newPage();
        paintPage(painter, text, page);
    }
}

QByteArray PolicyCopyReport::pdf(QList<char32_t>* missing) const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GlyphJournal journal;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setTitle(
            QStringLiteral("%1 %2 %3")
                .arg(m_input.content.code, m_input.content.title, m_input.content.version));
        writer.setCreator(QStringLiteral("ISMS Desk"));
        paint(writer, journal);
    }
    // The same payload as the QR code, as a PDF comment, so a file can be verified without
    // reading its pages.
    if (missing) *missing = journal.missing();
    QByteArray pdf = PdfTextFixer::fix(buffer.data(), journal);
    pdf.insert(pdf.lastIndexOf("%%EOF"), "%" + qrPayload() + "\n");
    return pdf;
}

QList<char32_t> PolicyCopyReport::writePdf(const QString& file) const {
    QList<char32_t> missing;
    const QByteArray bytes = pdf(&missing);
    core::SafeFile::write(file, [&](QIODevice& out) { out.write(bytes); });
    return missing;
}

QList<QStringList> PolicyCopyReport::historyRows(const Input& input) {
    QList<QStringList> rows{{QStringLiteral("版本"), QStringLiteral("生效日期"), QStringLiteral("修訂摘要"), QStringLiteral("核定")}};
    for (const auto& h : input.history)
        rows << QStringList{h.version, core::RocDate::shortForm(h.effectiveDate), h.changeSummary, h.approver};
    return rows;
}

QString PolicyCopyReport::headerLine(const Input& input) {
    const core::PolicyContent& c = input.content;
    // A 9-point line of an A4 page has room for about 50 CJK characters; the rest of the line
    // takes about 20.
    constexpr int kTitleRoom = 26;
    const QString title = c.title.size() > kTitleRoom ? c.title.left(kTitleRoom - 1) + QStringLiteral("…") : c.title;
    return QStringLiteral("%1　%2　第 %3 版　%4%5")
        .arg(c.code, title, c.version, core::Classification::documentLabel(c.classification),
             input.draft ? QStringLiteral("　草稿 DRAFT") : QString());
}

QString PolicyCopyReport::approvalLine(const Input& input) {
    for (const auto& h : input.history) {
        if (h.version == input.content.version && !h.approver.isEmpty())
            return QStringLiteral("核定人：%1　日期：%2").arg(h.approver, core::RocDate::longForm(h.approvedAt.toLocalTime().date()));
    }
    return QStringLiteral("核定人：＿＿＿＿＿＿＿＿　日期：＿＿＿＿＿＿");
}

}  // namespace isms::reports
