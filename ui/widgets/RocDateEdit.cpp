#include "RocDateEdit.h"

#include "domain/Clock.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::ui {

RocDateEdit::RocDateEdit(const QDate& date, QWidget* parent) : QDateEdit(parent) {
    setCalendarPopup(true);
    setDate(date.isValid() ? date : core::Clock::today());
    // Without a section the spin arrows would step the whole text; step days instead.
    setCurrentSection(QDateTimeEdit::DaySection);
}

QString RocDateEdit::textFromDateTime(const QDateTime& dateTime) const {
    return core::Language::longDate(dateTime.date());
}

QDateTime RocDateEdit::dateTimeFromText(const QString& text) const {
    const QDate date = core::RocDate::parse(text);
    return date.isValid() ? QDateTime(date, QTime(0, 0)) : dateTime();
}

QValidator::State RocDateEdit::validate(QString& input, int&) const {
    return core::RocDate::parse(input).isValid() ? QValidator::Acceptable : QValidator::Intermediate;
}

}  // namespace isms::ui
