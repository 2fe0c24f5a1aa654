#include "SettingsPage.h"

#include "Settings.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace isms::ui {

SettingsPage::SettingsPage(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_language(new QComboBox(this)), m_checkResult(new QLabel(this)) {
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("繁體中文（台灣）"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(core::Language::current()));
    auto* languageNote = new QLabel(tr("The new language is used from the next start."), this);
    languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, languageNote] {
        Settings::open()->setValue(Settings::kLanguage, m_language->currentData());
        languageNote->setVisible(true);
    });

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Language:"), m_language);
    generalForm->addRow(QString(), languageNote);

    auto* storage = new QGroupBox(tr("Database"), this);
    auto* storageForm = new QFormLayout(storage);
    auto* path = new QLabel(m_db.path(), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    storageForm->addRow(tr("File:"), path);
    storageForm->addRow(tr("Schema version:"), new QLabel(QString::number(m_db.schemaVersion()), this));
    auto* check = new QPushButton(tr("Check database"), this);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storageForm->addRow(check, m_checkResult);
    connect(check, &QPushButton::clicked, this, &SettingsPage::runCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(storage);
    layout->addStretch(1);
}

void SettingsPage::runCheck() {
    try {
        const QString quick =
            core::Sql::scalar(m_db.connection(), QStringLiteral("PRAGMA quick_check")).toString();
        const auto audit = core::AuditLog(m_db).verify();
        QStringList lines;
        lines << (quick == QStringLiteral("ok") ? tr("Database file: sound.") : tr("Database file: %1").arg(quick));
        lines << (audit.intact ? tr("Audit trail: intact, %n entries.", nullptr, int(audit.entries))
                               : tr("Audit trail: broken at entry %1.").arg(audit.firstBrokenId));
        lines << tr("Audit trail head: %1").arg(audit.headHash);
        m_checkResult->setText(lines.join(QLatin1Char('\n')));
    } catch (const core::Error& e) {
        m_checkResult->setText(e.message());
    }
}

}  // namespace isms::ui
