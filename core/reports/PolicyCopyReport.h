#pragma once

#include <QCoreApplication>

#include "GlyphJournal.h"
#include "PageLayout.h"
#include "domain/PolicyContent.h"
#include "services/PolicyService.h"
#include "storage/AuditLog.h"

class QPagedPaintDevice;

namespace isms::core {
class Database;
}
class QPainter;

namespace isms::reports {

class JournaledText;

// The printed copy of a policy version, laid out once and painted on any paged device: a title
// block like the original, a table of contents with the real page numbers, the body with derived
// numbering and hanging indents, the revision history, the approval and signature block and the
// content fingerprint; every page with header and "page N of M". As PDF, its text extracts
// exactly as written.
class PolicyCopyReport {
    Q_DECLARE_TR_FUNCTIONS(PolicyCopyReport)
public:
    struct Input {
        core::PolicyContent content;
        QList<core::PolicyService::HistoryLine> history;
        QString fingerprint;
        bool draft = false;
        int copyNumber = 0;          // a controlled copy's number; 0: an uncontrolled copy
        QString holder;              // a controlled copy's holder, on every page
        core::AuditLog::Head trail;  // printed on the last page; none: not printed
    };

    // Everything the copy of one version shows, read from the database.
    static Input inputFor(core::Database& db, qint64 versionId);
    // The same for a controlled copy, issued in the register first (number 0: the next free one)
    // so that the trail's head printed on it is the entry of its own issue.
    static Input controlledInputFor(core::Database& db, qint64 versionId, int number,
                                    const QString& holder);

    // The revision history as every form of the copy prints it, its heading row first.
    static QList<QStringList> historyRows(const Input& input);
    // Who approved the version and on which day, or blanks for a signature.
    static QString approvalLine(const Input& input);
    // The running header of the Word and OpenDocument copies (code, title, version,
    // classification, 草稿 DRAFT for a draft) on one line: a long title is shortened (…), the
    // title page has it whole.
    static QString headerLine(const Input& input);

    explicit PolicyCopyReport(Input input);

    int pageCount() const { return int(m_layout.pages().size()); }
    // 1-based page where a section (by its derived number path, e.g. "3.0.1") starts.
    int pageOfSection(const QString& path) const { return m_layout.pageOf(path); }
    void paint(QPagedPaintDevice& device, GlyphJournal& journal) const;
    // The whole document as PDF bytes, with its text layer corrected.
    QByteArray pdf(QList<char32_t>* missing = nullptr) const;
    // Returns the characters no font has, printed as the replacement character �.
    QList<char32_t> writePdf(const QString& file) const;
    // What the QR code on the last page holds: ISMS-DESK;code;version;fingerprint.
    QByteArray qrPayload() const;

private:
    PageLayout build(bool withPageNumbers, const PageLayout* previous) const;
    void paintPage(QPainter& painter, JournaledText& text, int page) const;

    Input m_input;
    PageLayout m_layout;
};

}  // namespace isms::reports
