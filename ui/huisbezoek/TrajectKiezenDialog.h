// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Traject.h"

#include <QDialog>

#include <vector>

class QListWidget;

namespace ui {

/// Asks in which of several open trajecten the huisbezoek takes place.
class TrajectKiezenDialog : public QDialog {
    Q_OBJECT
public:
    TrajectKiezenDialog(const QString& inwonerNaam, const std::vector<core::Traject>& trajecten,
                        QWidget* parent = nullptr);

    QListWidget* lijst() const { return m_lijst; }
    /// The chosen traject's id.
    QString trajectId() const;

private:
    QListWidget* m_lijst;
};

} // namespace ui
