#include "RocCalendar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "YearSpinBox.h"

namespace isms::ui {

RocCalendar::RocCalendar(QWidget* parent)
    : QCalendarWidget(parent),
      m_previous(new QToolButton(this)),
      m_month(new QComboBox(this)),
      m_year(new YearSpinBox(this)),
      m_next(new QToolButton(this)),
      m_bar(new QWidget(this)) {
    setObjectName(QStringLiteral("roc_calendar"));
    setNavigationBarVisible(false);
    // Week numbers are not how the users count; the days are.
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_previous->setObjectName(QStringLiteral("calendar_previous"));
    m_next->setObjectName(QStringLiteral("calendar_next"));
    m_month->setObjectName(QStringLiteral("calendar_month"));
    m_year->setObjectName(QStringLiteral("calendar_year"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_previous->setToolTip(tr("Previous month"));
    m_next->setToolTip(tr("Next month"));
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(locale.standaloneMonthName(month, QLocale::LongFormat), month);
    m_bar->setObjectName(QStringLiteral("calendar_bar"));
    auto* row = new QHBoxLayout(m_bar);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(m_previous);
    row->addStretch(1);
    row->addWidget(m_year);
    row->addWidget(m_month);
    row->addStretch(1);
    row->addWidget(m_next);
    // Qt's calendar lays out its own bar and the days one above the other.
    if (auto* column = qobject_cast<QVBoxLayout*>(layout())) column->insertWidget(0, m_bar);

    connect(m_previous, &QToolButton::clicked, this, &QCalendarWidget::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, this, &QCalendarWidget::showNextMonth);
    connect(m_month, &QComboBox::activated, this,
            [this](int index) { setCurrentPage(yearShown(), m_month->itemData(index).toInt()); });
    connect(m_year, &QSpinBox::valueChanged, this,
            [this](int year) { setCurrentPage(year, monthShown()); });
    connect(this, &QCalendarWidget::currentPageChanged, this, &RocCalendar::follow);
    follow(yearShown(), monthShown());
}

void RocCalendar::follow(int year, int month) {
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockMonth(m_month);
    m_year->setValue(year);
    m_month->setCurrentIndex(month - 1);
}

QSize RocCalendar::sizeHint() const {
    QSize size = QCalendarWidget::sizeHint();
    size.rheight() += m_bar->sizeHint().height();
    return size.expandedTo(QSize(m_bar->sizeHint().width(), 0));
}

QSize RocCalendar::minimumSizeHint() const {
    QSize size = QCalendarWidget::minimumSizeHint();
    size.rheight() += m_bar->minimumSizeHint().height();
    return size.expandedTo(QSize(m_bar->minimumSizeHint().width(), 0));
}

QString RocCalendar::heading() const {
    return m_year->text() + QLatin1Char(' ') + m_month->currentText();
}

}  // namespace isms::ui
