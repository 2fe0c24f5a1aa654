#include "ManualDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "i18n/Language.h"

namespace isms::ui {

QString ManualDialog::resourceFor(const QString& language) {
    const QString own = QStringLiteral(":/manual/manual.%1.md").arg(language);
    return QFile::exists(own) ? own : QStringLiteral(":/manual/manual.en.md");
}

ManualDialog::ManualDialog(QWidget* parent) : QDialog(parent), m_text(new QTextBrowser(this)) {
    setWindowTitle(tr("ISMS Desk user manual"));
    QFile file(resourceFor(core::Language::current()));
    if (file.open(QIODevice::ReadOnly)) m_text->setMarkdown(QString::fromUtf8(file.readAll()));
    m_text->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // A page of reading, never larger than the screen (1366 × 768, or any at 200 %).
    QSize size(760, 680);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

}  // namespace isms::ui
