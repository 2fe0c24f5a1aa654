#pragma once

#include "GlyphJournal.h"
#include "PageLayout.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace isms::reports {

// A titled, paginated table for reports like the yearly action plan: landscape A4, columns with
// relative widths, the header row repeated on every page, "page N of M" below. As PDF, its text
// extracts exactly, like every report here.
class TableReport {
    Q_DECLARE_TR_FUNCTIONS(TableReport)
public:
    struct Section {
        QString heading;                // optional, above a group of rows
        QList<QStringList> rows;
    };

    TableReport(QString title, QString subtitle, QStringList headers, QList<qreal> widths, QList<Section> sections);

    int pageCount() const { return int(m_layout.pages().size()); }
    void paint(QPagedPaintDevice& device, GlyphJournal& journal) const;
    QByteArray pdf() const;
    void writePdf(const QString& file) const;

private:
    PageLayout build() const;
    QList<PageLayout::Cell> cells(const QStringList& texts) const;

    QString m_title;
    QString m_subtitle;
    QStringList m_headers;
    QList<qreal> m_widths;
    QList<Section> m_sections;
    PageLayout m_layout;
};

}  // namespace isms::reports
