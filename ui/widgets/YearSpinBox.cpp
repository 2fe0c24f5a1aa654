#include "YearSpinBox.h"

#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::ui {

YearSpinBox::YearSpinBox(QWidget* parent) : QSpinBox(parent) {
    setRange(1912, 2200);
    if (roc()) {
        // The era and the year's mark around the number, as 民國115年 reads.
        setPrefix(tr("ROC", "the era before a year of the ROC calendar"));
        setSuffix(tr("year", "the mark after a year of the ROC calendar"));
    }
}

bool YearSpinBox::roc() const {
    return core::Language::isChinese();
}

QString YearSpinBox::textFromValue(int value) const {
    return QString::number(roc() ? value - core::RocDate::kYearOffset : value);
}

int YearSpinBox::valueFromText(const QString& text) const {
    const int shown = cleanText().isEmpty() ? text.toInt() : cleanText().toInt();
    return roc() ? shown + core::RocDate::kYearOffset : shown;
}

QValidator::State YearSpinBox::validate(QString& input, int& pos) const {
    Q_UNUSED(pos);
    QString digits = input;
    digits.remove(prefix()).remove(suffix());
    digits = digits.trimmed();
    if (digits.isEmpty()) return QValidator::Intermediate;
    bool ok = false;
    const int shown = digits.toInt(&ok);
    if (!ok) return QValidator::Invalid;
    const int year = roc() ? shown + core::RocDate::kYearOffset : shown;
    return year >= minimum() && year <= maximum() ? QValidator::Acceptable
                                                  : QValidator::Intermediate;
}

}  // namespace isms::ui
