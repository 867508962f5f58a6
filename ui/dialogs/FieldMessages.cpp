// SPDX-License-Identifier: EUPL-1.2
#include "FieldMessages.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace ui {

void FieldMessages::addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto* message = new QLabel;
    layout->addWidget(message);
    form->addRow(label, box);
    if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(box)))
        buddy->setBuddy(input);
    add(field, input, message);
}

void FieldMessages::add(const QString& field, QWidget* input, QLabel* message)
{
    message->setObjectName(QStringLiteral("message_") + field);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->setWordWrap(true);
    message->hide();
    m_entries.insert(field, {input, message});
    m_order << field;
}

void FieldMessages::touchAll()
{
    for (const QString& field : m_order)
        m_touched.insert(field);
}

QWidget* FieldMessages::show(const core::rules::FieldErrors& errors)
{
    QHash<QString, QString> byField;
    for (const auto& e : errors) {
        if (!byField.contains(e.field))
            byField.insert(e.field, e.message);
    }
    QWidget* first = nullptr;
    for (const QString& field : m_order) {
        const Entry& entry = m_entries[field];
        const bool shown = byField.contains(field) && m_touched.contains(field);
        entry.message->setText(shown ? byField.value(field) : QString());
        entry.message->setVisible(shown);
        entry.input->setStyleSheet(shown ? QStringLiteral("border: 1px solid #b00020;") : QString());
        entry.input->setAccessibleDescription(shown ? byField.value(field) : QString());
        if (byField.contains(field) && !first)
            first = entry.input;
    }
    return first;
}

QString FieldMessages::message(const QString& field) const
{
    const auto it = m_entries.find(field);
    return it == m_entries.end() || it->message->isHidden() ? QString() : it->message->text();
}

} // namespace ui
