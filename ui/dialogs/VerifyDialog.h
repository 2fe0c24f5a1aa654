#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Tools → Verify a printed copy: type or paste the fingerprint printed on the last page (or open
// an exported PDF) and learn whether the copy is the version in force, approved and still to
// take effect, superseded, or unknown.
class VerifyDialog : public QDialog {
    Q_OBJECT
public:
    explicit VerifyDialog(core::Database& db, QWidget* parent = nullptr);

    QLineEdit* fingerprintField() const { return m_fingerprint; }
    QLabel* verdictLabel() const { return m_verdict; }
    // true only for the version in force.
    bool verify(const QString& fingerprintOrFile);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openFile();
    // Tall enough for every wrapped line at the dialog's width: a verdict is never clipped.
    void fitHeight();

    core::Database& m_db;
    QLineEdit* m_fingerprint;
    QLabel* m_verdict;
};

}  // namespace isms::ui
