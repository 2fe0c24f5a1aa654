#pragma once

#include <QCalendarWidget>

class QComboBox;
class QToolButton;

namespace isms::ui {

class YearSpinBox;

// The calendar a date field opens: its month and year above the days are chosen as the language
// says them — 民國115年 and 12月 in Traditional Chinese, 2026 and December in English — with
// buttons for the previous and next month. (Qt's own bar shows the Gregorian year in every
// language.)
class RocCalendar : public QCalendarWidget {
    Q_OBJECT
public:
    explicit RocCalendar(QWidget* parent = nullptr);

    YearSpinBox* yearBox() const { return m_year; }
    QComboBox* monthBox() const { return m_month; }
    // The month shown, as its bar reads: "民國115年 12月".
    QString heading() const;
    // Qt's sizes leave out a bar it did not make: the days would be cut off below.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void follow(int year, int month);

    QToolButton* m_previous;
    QComboBox* m_month;
    YearSpinBox* m_year;
    QToolButton* m_next;
    QWidget* m_bar;
};

}  // namespace isms::ui
