#include "FieldsDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "DialogForm.h"
#include "widgets/RocDateEdit.h"

namespace isms::ui {

FieldsDialog::FieldsDialog(const QString& title, const QString& explanation,
                           const QList<Field>& fields, QWidget* parent)
    : QDialog(parent), m_fields(fields), m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(title);
    DialogForm form(this, explanation);
    for (const Field& f : fields) {
        QWidget* editor = nullptr;
        switch (f.kind) {
            case Field::Kind::Text:
                editor = new QLineEdit(f.initial.toString(), this);
                break;
            case Field::Kind::LongText: {
                auto* text = new QPlainTextEdit(f.initial.toString(), this);
                text->setTabChangesFocus(true);
                text->setMaximumHeight(80);
                editor = text;
                break;
            }
            case Field::Kind::Document: {
                auto* text = new QPlainTextEdit(f.initial.toString(), this);
                text->setTabChangesFocus(true);
                text->setMinimumSize(520, 180);
                editor = text;
                break;
            }
            case Field::Kind::Checklist: {
                auto* list = new QListWidget(this);
                const QVariantList chosen = f.initial.toList();
                for (const auto& [label, value] : f.choices) {
                    auto* item = new QListWidgetItem(label, list);
                    item->setData(Qt::UserRole, value);
                    item->setCheckState(chosen.contains(value) ? Qt::Checked : Qt::Unchecked);
                }
                list->setMinimumHeight(120);
                editor = list;
                break;
            }
            case Field::Kind::Choice: {
                auto* box = new QComboBox(this);
                for (const auto& [label, value] : f.choices) box->addItem(label, value);
                box->setCurrentIndex(qMax(0, box->findData(f.initial)));
                editor = box;
                break;
            }
            case Field::Kind::Date:
                editor = new RocDateEdit(f.initial.toDate(), this);
                break;
            case Field::Kind::OptionalDate: {
                auto* date = new RocDateEdit(QDate(), this);
                date->allowNone(tr("(none)"));
                date->setChosen(f.initial.toDate());
                editor = date;
                break;
            }
            case Field::Kind::Number: {
                auto* spin = new QSpinBox(this);
                spin->setRange(0, 9999);
                spin->setValue(f.initial.toInt());
                editor = spin;
                break;
            }
            case Field::Kind::Time: {
                auto* time = new QTimeEdit(f.initial.toTime(), this);
                time->setDisplayFormat(QStringLiteral("HH:mm"));
                editor = time;
                break;
            }
            case Field::Kind::Decimal: {
                auto* spin = new QDoubleSpinBox(this);
                // Wider than a percentage, so that 150 typed is kept and core says why it is refused
                // (a spin box cut to 100 would take it as 15 without a word).
                spin->setRange(0, 999.999);
                spin->setDecimals(3);
                spin->setValue(f.initial.toDouble());
                editor = spin;
                break;
            }
        }
        editor->setObjectName(f.key);
        m_editors.insert(f.key, editor);
        form.addRow(f.label, editor);
    }
    form.finish(m_message, tr("Save"));
}

FieldsDialog::Values FieldsDialog::values() const {
    Values out;
    for (const Field& f : m_fields) {
        QWidget* e = m_editors.value(f.key);
        if (auto* line = qobject_cast<QLineEdit*>(e))
            out.insert(f.key, line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(e))
            out.insert(f.key, text->toPlainText());
        else if (auto* date = qobject_cast<RocDateEdit*>(e))
            out.insert(f.key, date->chosen());
        else if (auto* box = qobject_cast<QComboBox*>(e))
            out.insert(f.key, box->currentData());
        else if (auto* spin = qobject_cast<QSpinBox*>(e))
            out.insert(f.key, spin->value());
        else if (auto* time = qobject_cast<QTimeEdit*>(e))
            out.insert(f.key, time->time());
        else if (auto* number = qobject_cast<QDoubleSpinBox*>(e))
            out.insert(f.key, number->value());
        else if (auto* list = qobject_cast<QListWidget*>(e)) {
            QVariantList chosen;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    chosen << list->item(i)->data(Qt::UserRole);
            }
            out.insert(f.key, chosen);
        }
    }
    return out;
}

void FieldsDialog::setValue(const QString& key, const QVariant& value) {
    QWidget* e = m_editors.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(e))
        line->setText(value.toString());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(e))
        text->setPlainText(value.toString());
    else if (auto* date = qobject_cast<RocDateEdit*>(e))
        date->setChosen(value.toDate());
    else if (auto* box = qobject_cast<QComboBox*>(e))
        box->setCurrentIndex(qMax(0, box->findData(value)));
    else if (auto* spin = qobject_cast<QSpinBox*>(e))
        spin->setValue(value.toInt());
    else if (auto* time = qobject_cast<QTimeEdit*>(e))
        time->setTime(value.toTime());
    else if (auto* number = qobject_cast<QDoubleSpinBox*>(e))
        number->setValue(value.toDouble());
    else if (auto* list = qobject_cast<QListWidget*>(e)) {
        const QVariantList chosen = value.toList();
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setCheckState(
                chosen.contains(list->item(i)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void FieldsDialog::accept() {
    m_message->clear();
    QString message;
    if (m_work && !m_work(values(), &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
