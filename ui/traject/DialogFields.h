// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Keuzelijst.h"
#include "rules/FieldError.h"

#include <QCoreApplication>
#include <QDate>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace ui {

class FieldMessages;

/// The inputs the traject dialogs share: dates typed as dd-mm-yyyy, combo boxes over a Keuzelijst
/// (the key as item data), short multi-line texts and a message line for errors of no single field.
class DialogFields {
    Q_DECLARE_TR_FUNCTIONS(ui::DialogFields)

public:
    /// "dd-MM-yyyy", or empty for an invalid date.
    static QString dateText(const QDate& date);
    /// A line edit for a date, sized for dd-mm-yyyy.
    static QLineEdit* dateField(const QDate& date);
    /// The date typed, or an invalid date.
    static QDate date(const QLineEdit* field);
    /// Adds a "not a date" error for `field` when text was typed that is no date.
    static void checkDate(core::rules::FieldErrors& errors, const QLineEdit* input, const QString& field);

    /// A combo box with the list's labels; `leeg`, when given, is a first choice without a key.
    static QComboBox* keuzeCombo(core::Keuzelijst lijst, const QString& key, const QString& leeg = {});
    static void setKeuze(QComboBox* combo, const QString& key);
    /// The key of the chosen item (empty for the `leeg` choice).
    static QString keuze(const QComboBox* combo);

    /// A plain-text box `lines` lines high, in which Tab moves on.
    static QPlainTextEdit* textBox(const QString& text, int lines);

    /// A red line (hidden until there is a message) for errors that belong to no single input,
    /// registered in `messages` under `field` and always shown once there is an error.
    static QLabel* generalMessage(FieldMessages& messages, const QString& field);

    /// A label above its input, with the input's message line under it.
    static QLayout* labelled(const QString& text, QWidget* input, QLabel* message = nullptr);
};

} // namespace ui
