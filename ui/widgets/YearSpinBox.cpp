#include "YearSpinBox.h"

#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::ui {

YearSpinBox::YearSpinBox(QWidget* parent) : QSpinBox(parent) {
    setRange(1912, 2200);
    if (roc()) {
        setPrefix(QStringLiteral("民國"));
        setSuffix(QStringLiteral("年"));
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
