#include "SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "Settings.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "widgets/FileDialogs.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

SettingsPage::SettingsPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_language(new QComboBox(this)),
      m_checkResult(new QLabel(this)),
      m_autoBackup(new QCheckBox(tr("Back up automatically when the program closes"), this)),
      m_folder(new QLineEdit(this)),
      m_keep(new QSpinBox(this)),
      m_lock(new QSpinBox(this)) {
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
    // A workstation left signed in is someone else's signature waiting to be used.
    m_lock->setRange(0, 240);
    m_lock->setSpecialValueText(tr("Never"));
    m_lock->setSuffix(tr(" min"));
    m_lock->setValue(Settings::open()->value(Settings::kLockMinutes, 0).toInt());
    m_lock->setToolTip(
        tr("After this many minutes without a key or the mouse, the window asks for the "
           "password again; what is being typed in a dialog is kept."));
    generalForm->addRow(tr("Lock after idle:"), m_lock);
    connect(m_lock, &QSpinBox::valueChanged, this, [this](int minutes) {
        Settings::open()->setValue(Settings::kLockMinutes, minutes);
        Q_EMIT lockMinutesChanged(minutes);
    });

    auto* storage = new QGroupBox(tr("Database"), this);
    auto* storageForm = new QFormLayout(storage);
    auto* path = new QLabel(m_db.path(), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    const bool file = m_db.engine() == core::Database::Engine::SQLite;
    storageForm->addRow(file ? tr("File:") : tr("Server:"), path);
    storageForm->addRow(tr("Schema version:"),
                        new QLabel(QString::number(m_db.schemaVersion()), this));
    auto* check = new QPushButton(tr("Check database"), this);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storageForm->addRow(check, m_checkResult);
    connect(check, &QPushButton::clicked, this, &SettingsPage::runCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(storage);
    layout->addWidget(buildBackupBox(), 1);
}

QWidget* SettingsPage::buildBackupBox() {
    auto settings = Settings::open();
    m_autoBackup->setChecked(settings->value(Settings::kAutoBackup, false).toBool());
    m_folder->setText(
        settings->value(Settings::kAutoBackupFolder, Settings::defaultBackupFolder()).toString());
    m_keep->setRange(1, 100);
    m_keep->setValue(settings->value(Settings::kAutoBackupKeep, 10).toInt());
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* box = new QGroupBox(tr("Backups"), this);
    auto* form = new QFormLayout;
    form->addRow(m_autoBackup);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Copies kept:"), m_keep);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    if (m_db.engine() != core::Database::Engine::SQLite) {
        // The settings stay (they are this workstation's, for its files); a server is backed up
        // where it runs.
        for (QWidget* w : std::initializer_list<QWidget*>{m_autoBackup, m_folder, m_keep, browse})
            w->setEnabled(false);
        auto* note = new QLabel(
            tr("This database is on a server: it is backed up there (pg_dump), or copied to a "
               "file with “isms-desk copy”. Automatic backups are for database files."),
            box);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    // The register of copies taken, with their digests, to compare a copy against.
    layout->addWidget(
        new RecordListWidget(m_db, core::ListCatalog::definition(QStringLiteral("backups")), box),
        1);

    connect(m_autoBackup, &QCheckBox::toggled, this, &SettingsPage::saveBackupSettings);
    connect(m_folder, &QLineEdit::editingFinished, this, &SettingsPage::saveBackupSettings);
    connect(m_keep, &QSpinBox::valueChanged, this, &SettingsPage::saveBackupSettings);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            FileDialogs::folder(this, tr("Folder for automatic backups"), m_folder->text());
        if (dir.isEmpty()) return;
        m_folder->setText(dir);
        saveBackupSettings();
    });
    return box;
}

void SettingsPage::saveBackupSettings() {
    auto settings = Settings::open();
    settings->setValue(Settings::kAutoBackup, m_autoBackup->isChecked());
    settings->setValue(Settings::kAutoBackupFolder, m_folder->text());
    settings->setValue(Settings::kAutoBackupKeep, m_keep->value());
}

void SettingsPage::runCheck() {
    try {
        m_checkResult->setText(
            core::DatabaseCheck(m_db).run(false).lines().join(QLatin1Char('\n')));
    } catch (const core::Error& e) {
        m_checkResult->setText(e.message());
    }
}

}  // namespace isms::ui
