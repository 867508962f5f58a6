// SPDX-License-Identifier: EUPL-1.2
#include "DialogFields.h"

#include "dialogs/FieldMessages.h"
#include "rules/Validation.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

QString DialogFields::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QLineEdit* DialogFields::dateField(const QDate& date)
{
    auto* field = new QLineEdit(dateText(date));
    field->setPlaceholderText(tr("dd-mm-yyyy"));
    field->setFixedWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 24);
    return field;
}

QDate DialogFields::date(const QLineEdit* field)
{
    return core::rules::Validation::parseDate(field->text());
}

void DialogFields::checkDate(core::rules::FieldErrors& errors, const QLineEdit* input, const QString& field)
{
    if (!input->text().trimmed().isEmpty() && !date(input).isValid())
        errors.insert(errors.begin(), {field, QStringLiteral("date"),
                                       tr("This is not a date. Write it as day-month-year, e.g. 02-03-2024.")});
}

QComboBox* DialogFields::keuzeCombo(core::Keuzelijst lijst, const QString& key, const QString& leeg)
{
    auto* combo = new QComboBox;
    if (!leeg.isEmpty())
        combo->addItem(leeg, QString());
    for (const core::Keuze& k : core::keuzes(lijst))
        combo->addItem(k.label, k.key);
    // A value from a newer version of the app stays as it is.
    if (!key.isEmpty() && combo->findData(key) < 0)
        combo->addItem(key, key);
    setKeuze(combo, key);
    return combo;
}

void DialogFields::setKeuze(QComboBox* combo, const QString& key)
{
    combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

QString DialogFields::keuze(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QPlainTextEdit* DialogFields::textBox(const QString& text, int lines)
{
    auto* box = new QPlainTextEdit(text);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 14);
    return box;
}

QLabel* DialogFields::generalMessage(FieldMessages& messages, const QString& field)
{
    // FieldMessages marks the input of a wrong field; this line has none, so a hidden stand-in
    // that lives as long as the line takes that role.
    auto* message = new QLabel;
    auto* standIn = new QWidget(message);
    standIn->hide();
    messages.add(field, standIn, message);
    messages.touch(field);
    return message;
}

QLayout* DialogFields::labelled(const QString& text, QWidget* input, QLabel* message)
{
    auto* label = new QLabel(text);
    label->setBuddy(input);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(label);
    column->addWidget(input);
    if (message)
        column->addWidget(message);
    return column;
}

} // namespace ui
