#include "SettingsPage.h"

#include "Settings.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"

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
        m_checkResult->setText(core::DatabaseCheck(m_db).run(false).lines().join(QLatin1Char('\n')));
    } catch (const core::Error& e) {
        m_checkResult->setText(e.message());
    }
}

}  // namespace isms::ui
