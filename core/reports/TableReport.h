#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "GlyphJournal.h"
#include "PageLayout.h"
#include "storage/AuditLog.h"

class QPagedPaintDevice;

namespace isms::reports {

// A titled, paginated table for reports like the yearly action plan: landscape A4, columns with
// relative widths, "page N of M" below. A table's column headings and the group it is in are
// repeated at the top of every page it runs on to; a heading is kept with its first row, and a
// table without rows prints no headings. A report can also
// be several parts — a heading, paragraphs, a table of its own — like the meeting pack. As PDF,
// its text extracts exactly, like every report here.
class TableReport {
    Q_DECLARE_TR_FUNCTIONS(TableReport)
public:
    struct Section {
        QString heading;  // optional, above a group of rows
        QList<QStringList> rows;
    };
    struct Part {
        QString heading{};
        QStringList paragraphs{};  // before the table; lines starting "• " hang
        QStringList headers{};     // none: no table
        QList<qreal> widths{};
        QList<Section> sections{};
        QList<QPair<QString, QString>> items{};  // titled texts after the paragraphs (an agenda)
        bool signatures = false;                 // rows spaced and ruled, for signing by hand
        bool newPage = false;
        QList<int> numeric{};  // columns of numbers: right-aligned
    };

    // trail: the audit trail's head as the report is made (AuditLog::head), printed at the foot
    // of every page so that the paper can be held against the trail later.
    TableReport(QString title, QString subtitle, QStringList headers, QList<qreal> widths,
                QList<Section> sections, core::AuditLog::Head trail);
    TableReport(QString title, QString subtitle, QList<Part> parts, core::AuditLog::Head trail);

    int pageCount() const { return int(m_layout.pages().size()); }
    // The pages as laid out: where each line stands.
    const PageLayout& layout() const { return m_layout; }
    void paint(QPagedPaintDevice& device, GlyphJournal& journal) const;
    QByteArray pdf(QList<char32_t>* missing = nullptr) const;
    // Returns the characters no font has, printed as the replacement character �.
    QList<char32_t> writePdf(const QString& file) const;

private:
    PageLayout build() const;
    static QList<PageLayout::Cell> cells(const QStringList& texts, const QList<qreal>& widths,
                                         const QList<int>& numeric = {});
    static void addTable(PageLayout& layout, const Part& part);
    // The height of a table's start that must stand together: the column headings and the
    // first group's heading and first rows; 0 for no table.
    static qreal tableStart(const PageLayout& layout, const Part& part);

    QString m_title;
    QString m_subtitle;
    QList<Part> m_parts;
    core::AuditLog::Head m_trail;
    PageLayout m_layout;
};

}  // namespace isms::reports
