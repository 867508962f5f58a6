// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/MijnGegevens.h"

class QLineEdit;

namespace core {
class InstellingenService;
}

namespace ui {

/// "Mijn gegevens": the consulent's own details, used as vast aanspreekpunt by default.
class MijnGegevensDialog : public ValidatedDialog {
    Q_OBJECT
public:
    explicit MijnGegevensDialog(core::InstellingenService& service, QWidget* parent = nullptr);

    core::MijnGegevens gegevens() const;
    QLineEdit* field(const QString& name) const { return m_lines.value(name); }

protected:
    core::rules::FieldErrors errors() const override;
    /// Saves; a failure is shown and keeps the dialog open.
    bool commit() override;

private:
    core::InstellingenService& m_service;
    QHash<QString, QLineEdit*> m_lines;
};

} // namespace ui
