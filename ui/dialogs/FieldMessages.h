// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rules/FieldError.h"

#include <QHash>
#include <QSet>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace ui {

/// Inline validation messages for a form: a red line under each field that is wrong, shown once
/// the consulent has left the field or pressed OK, so nobody is scolded while still typing.
class FieldMessages {
public:
    /// Adds `input` to `form` with `label` and a hidden message line under it, keyed by `field`
    /// (the field name core uses in its FieldErrors).
    void addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field);
    /// Registers an input already in a layout, with the message label to use for it.
    void add(const QString& field, QWidget* input, QLabel* message);

    void touch(const QString& field) { m_touched.insert(field); }
    void touchAll();
    /// Shows the messages of touched fields; returns the first input in error (any field).
    QWidget* show(const core::rules::FieldErrors& errors);
    /// The message now shown for a field (empty when none); for tests and accessibility.
    QString message(const QString& field) const;

private:
    struct Entry {
        QWidget* input = nullptr;
        QLabel* message = nullptr;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QSet<QString> m_touched;
};

} // namespace ui
