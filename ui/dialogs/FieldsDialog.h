#pragma once

#include <QDialog>
#include <QHash>
#include <QVariant>
#include <functional>

class QLabel;
class QWidget;

namespace isms::ui {

// A small form built from a list of fields — text, a choice, a date — for the many one-off
// records (an audit, a finding, a verification). The work is handed in; core's reason for a
// refusal shows in the dialog, which stays open.
class FieldsDialog : public QDialog {
    Q_OBJECT
public:
    struct Field {
        // Document: a long text with room to write (minutes); Checklist: several of the choices,
        // the value a QVariantList of the chosen ones; Number: a whole number from 0 to 9999;
        // OptionalDate: a date that may be left empty (an invalid QDate), e.g. "active to".
        // Time: a time of day (QTime); Decimal: a number with three decimals from 0 to 999.999 (a
        // percentage, checked in core).
        enum class Kind { Text, LongText, Document, Choice, Checklist, Date, Number, OptionalDate, Time, Decimal };
        Field(QString key_, QString label_, Kind kind_ = Kind::Text, QList<QPair<QString, QVariant>> choices_ = {},
              QVariant initial_ = {})
            : key(std::move(key_)), label(std::move(label_)), kind(kind_), choices(std::move(choices_)),
              initial(std::move(initial_)) {}
        QString key;
        QString label;
        Kind kind = Kind::Text;
        QList<QPair<QString, QVariant>> choices;  // label, value
        QVariant initial;
    };
    using Values = QHash<QString, QVariant>;
    using Work = std::function<bool(const Values& values, QString* message)>;

    FieldsDialog(const QString& title, const QString& explanation, const QList<Field>& fields, QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }
    Values values() const;
    void setValue(const QString& key, const QVariant& value);
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    Work m_work;
    QList<Field> m_fields;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_message;
};

}  // namespace isms::ui
