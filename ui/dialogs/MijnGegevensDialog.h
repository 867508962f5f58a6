// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/FieldMessages.h"
#include "model/MijnGegevens.h"

#include <QDialog>

class QLineEdit;

namespace core {
class InstellingenService;
}

namespace ui {

/// "Mijn gegevens": the consulent's own details, used as vast aanspreekpunt by default.
class MijnGegevensDialog : public QDialog {
    Q_OBJECT
public:
    explicit MijnGegevensDialog(core::InstellingenService& service, QWidget* parent = nullptr);

    core::MijnGegevens gegevens() const;
    QLineEdit* field(const QString& name) const { return m_lines.value(name); }
    QString message(const QString& field) const { return m_messages.message(field); }
    /// Validates and saves; stays open with inline messages when something is wrong.
    void accept() override;

private:
    core::InstellingenService& m_service;
    FieldMessages m_messages;
    QHash<QString, QLineEdit*> m_lines;
};

} // namespace ui
