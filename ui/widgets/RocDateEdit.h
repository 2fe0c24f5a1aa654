#pragma once

#include <QDateEdit>

namespace isms::ui {

// A date field that shows and reads ROC dates (民國114年9月11日) when the program speaks
// Traditional Chinese, and ISO dates otherwise; the calendar pop-up works as usual.
class RocDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit RocDateEdit(const QDate& date, QWidget* parent = nullptr);

protected:
    QString textFromDateTime(const QDateTime& dateTime) const override;
    QDateTime dateTimeFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
};

}  // namespace isms::ui
