#pragma once

#include <QSpinBox>

namespace isms::ui {

// A year chooser whose value is the Gregorian year the records keep and whose text is the year
// as the language shown says it: 民國115年 in Traditional Chinese, 2026 in English.
class YearSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit YearSpinBox(QWidget* parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;

private:
    bool roc() const;
};

}  // namespace isms::ui
