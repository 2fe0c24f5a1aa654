#include "VerifyDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "domain/Error.h"
#include "services/CopyVerifier.h"
#include "widgets/FileDialogs.h"

namespace isms::ui {

VerifyDialog::VerifyDialog(core::Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_fingerprint(new QLineEdit(this)), m_verdict(new QLabel(this)) {
    setWindowTitle(tr("Verify a printed copy"));
    auto* intro = new QLabel(
        tr("Type the fingerprint printed on the last page of the copy (16 digits in groups of "
           "four), or open a PDF exported by ISMS Desk."),
        this);
    intro->setWordWrap(true);
    m_fingerprint->setPlaceholderText(
        QStringLiteral("xxxx-xxxx-xxxx-xxxx"));  // no real fingerprint to mistake for one
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* check = new QPushButton(tr("Check"), this);
    auto* open = new QPushButton(tr("Open PDF…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fingerprint, 1);
    row->addWidget(check);
    row->addWidget(open);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_verdict, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(check, &QPushButton::clicked, this, [this] { verify(m_fingerprint->text()); });
    connect(m_fingerprint, &QLineEdit::returnPressed, this,
            [this] { verify(m_fingerprint->text()); });
    connect(open, &QPushButton::clicked, this, &VerifyDialog::openFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool VerifyDialog::verify(const QString& fingerprintOrFile) {
    try {
        const core::CopyVerifier verifier(m_db);
        const auto verdict = QFileInfo::exists(fingerprintOrFile)
                                 ? verifier.verifyFile(fingerprintOrFile)
                                 : verifier.verifyFingerprint(fingerprintOrFile);
        using Verdict = core::CopyVerifier::Verdict;
        const bool current = verdict.kind == Verdict::Current;
        // A word and a colour: the verdict must read in grey and for colour-blind users too.
        QString colour = QStringLiteral("#b00020");
        if (verdict.kind == Verdict::Current) colour = QStringLiteral("#1b5e20");
        if (verdict.kind == Verdict::Scheduled) colour = QStringLiteral("#8a4b00");
        m_verdict->setText(QStringLiteral("<b style='color:%1'>%2</b><br>%3")
                               .arg(colour, verdict.word(), verdict.message().toHtmlEscaped()));
        fitHeight();
        return current;
    } catch (const core::Error& e) {
        m_verdict->setText(e.message().toHtmlEscaped());
        fitHeight();
        return false;
    }
}

void VerifyDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    fitHeight();
}

void VerifyDialog::fitHeight() {
    // Word-wrapped labels need their height for the width they are given; a dialog sized by its
    // plain size hint cut the verdict's second and third lines off.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) resize(width(), needed);
}

void VerifyDialog::openFile() {
    const QString file =
        FileDialogs::openFile(this, tr("Open PDF"), QString(), tr("PDF documents (*.pdf)"));
    if (!file.isEmpty()) verify(file);
}

}  // namespace isms::ui
