#include "RocDateEdit.h"

#include <QCalendarWidget>
#include <QEvent>

#include "RocCalendar.h"
#include "domain/Clock.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::ui {

namespace {
// The earliest date stands for "none": no record of this program is dated before the ROC era.
const QDate kNone(1900, 1, 1);
}  // namespace

RocDateEdit::RocDateEdit(const QDate& date, QWidget* parent) : QDateEdit(parent) {
    setCalendarPopup(true);
    // Its month and year in the language's calendar, like the field.
    setCalendarWidget(new RocCalendar(this));
    setDate(date.isValid() ? date : core::Clock::today());
    // Without a section the spin arrows would step the whole text; step days instead.
    setCurrentSection(QDateTimeEdit::DaySection);
}

void RocDateEdit::allowNone(const QString& noneText) {
    const QDate shown = date();
    m_allowsNone = true;
    setMinimumDate(kNone);
    setSpecialValueText(noneText);
    setDate(shown);
    // An empty field's calendar opens on this month, not on the date standing for "none".
    calendarWidget()->installEventFilter(this);
}

bool RocDateEdit::isNone() const {
    return m_allowsNone && date() == kNone;
}

QDate RocDateEdit::chosen() const {
    return isNone() ? QDate() : date();
}

void RocDateEdit::setChosen(const QDate& date) {
    if (date.isValid())
        setDate(date);
    else if (m_allowsNone)
        setDate(kNone);
}

bool RocDateEdit::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && watched == calendarWidget() && isNone()) {
        const QDate today = core::Clock::today();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

QString RocDateEdit::textFromDateTime(const QDateTime& dateTime) const {
    return core::Language::longDate(dateTime.date());
}

QDateTime RocDateEdit::dateTimeFromText(const QString& text) const {
    const QDate date = core::RocDate::parse(text);
    return date.isValid() ? QDateTime(date, QTime(0, 0)) : dateTime();
}

QValidator::State RocDateEdit::validate(QString& input, int&) const {
    if (m_allowsNone && input == specialValueText()) return QValidator::Acceptable;
    return core::RocDate::parse(input).isValid() ? QValidator::Acceptable
                                                 : QValidator::Intermediate;
}

}  // namespace isms::ui
