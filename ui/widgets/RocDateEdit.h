#pragma once

#include <QDateEdit>

namespace isms::ui {

// A date field that shows and reads ROC dates (民國114年9月11日) when the program speaks
// Traditional Chinese, and ISO dates otherwise; the calendar pop-up works as usual.
// A field may also be left empty (allowNone): it then shows a text such as "(not set)" instead
// of a date it would otherwise have to make up.
class RocDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit RocDateEdit(const QDate& date, QWidget* parent = nullptr);

    // From now on the field may be empty, shown as noneText; date() of an empty field is that of
    // minimumDate(), so read it with chosen().
    void allowNone(const QString& noneText);
    // The date shown, or an invalid date when the field is empty.
    QDate chosen() const;
    // An invalid date empties a field that allows none (and is ignored by one that does not).
    void setChosen(const QDate& date);
    bool isNone() const;

protected:
    QString textFromDateTime(const QDateTime& dateTime) const override;
    QDateTime dateTimeFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_allowsNone = false;
};

}  // namespace isms::ui
