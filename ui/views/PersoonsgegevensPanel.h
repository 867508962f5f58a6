// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Inwoner.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace ui {

/// The persoonsgegevens of the open inwoner, read-only; edits go through the dialog.
class PersoonsgegevensPanel : public QWidget {
    Q_OBJECT
public:
    explicit PersoonsgegevensPanel(QWidget* parent = nullptr);
    void setInwoner(const core::Inwoner& inwoner);
    QString valueOf(const QString& key) const;

signals:
    void editRequested();
    void deleteRequested();

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& key);

    QHash<QString, QLabel*> m_values;
};

} // namespace ui
