#include "PdfWords.h"

#include "domain/Error.h"
#include "import/PdfTextReader.h"

#include <QFileInfo>
#include <algorithm>
#include <poppler-qt6.h>

namespace isms::reports {

namespace {

// The page's words line by line in reading order, leaving out words set far larger than the
// page's text (a watermark such as 草稿 DRAFT across the page), which would otherwise be read as
// lines of the policy.
QString pageText(const Poppler::Page& page) {
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    if (boxes.empty()) return {};
    std::vector<qreal> heights;
    for (const auto& b : boxes) heights.push_back(b->boundingBox().height());
    std::nth_element(heights.begin(), heights.begin() + qsizetype(heights.size() / 2), heights.end());
    const qreal usual = heights[heights.size() / 2];
    QStringList lines;
    QString line;
    qreal lineCentre = -1;
    qreal lineHeight = 0;
    qreal lineRight = 0;
    for (const auto& b : boxes) {
        const QRectF box = b->boundingBox();
        if (box.height() > usual * 2.5) continue;
        // A new line, or text set well apart on the same one (a footer's left, middle and right).
        const bool below = lineCentre >= 0 && qAbs(box.center().y() - lineCentre) > qMax(lineHeight, box.height()) / 2;
        const bool apart = lineCentre >= 0 && box.left() - lineRight > 3 * box.height();
        if (below || apart) {
            lines << line;
            line.clear();
            lineCentre = -1;
        }
        if (lineCentre < 0) {
            lineCentre = box.center().y();
            lineHeight = box.height();
        }
        line += b->text();
        lineRight = box.right();
        if (b->hasSpaceAfter()) line += QLatin1Char(' ');
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString PdfWords::read(const QString& file) {
    const QString name = QFileInfo(file).fileName();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(file);
    if (!document) throw core::Error(core::Error::Kind::Invalid, tr("“%1” is not a PDF that can be read (it is damaged).").arg(name));
    if (document->isLocked()) {
        throw core::Error(core::Error::Kind::Invalid,
                          tr("“%1” is encrypted (password-protected): export it again without a password.").arg(name));
    }
    QStringList pages;
    bool anyText = false;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QString text = page ? pageText(*page) : QString();
        anyText = anyText || !text.trimmed().isEmpty();
        pages << text;
    }
    if (!anyText) {
        throw core::Error(core::Error::Kind::Invalid,
                          tr("“%1” has no text, only images of pages (a scan): import the document it was made from, "
                             "or its text.")
                              .arg(name));
    }
    return pages.join(QLatin1Char('\f'));
}

void PdfWords::install() {
    // A damaged file is said in the importer's words; Poppler's own messages are not for people.
    Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
    core::PdfTextReader::install(&PdfWords::read);
}

}  // namespace isms::reports
