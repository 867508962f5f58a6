// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "model/Gesprek.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"

#include <QWidget>

#include <vector>

class QListWidget;
class QPushButton;

namespace ui {

class ArchiefLijst;
class DossierEditor;
class TrajectDetail;

/// The Trajecten tab of a dossier: the inwoner's trajecten on the left (domein, melding, phase and
/// the next deadline; closed ones greyed), the selected one on the right (TrajectDetail). Every
/// change goes through DossierEditor; the panel refreshes itself when the services report a
/// change for this inwoner, so undo and redo show at once.
class TrajectPanel : public QWidget {
    Q_OBJECT
public:
    /// `services` and `editor` must outlive the panel.
    TrajectPanel(const Services& services, DossierEditor& editor, QWidget* parent = nullptr);

    void setInwoner(const QString& inwonerId, const QString& naam);
    void refresh();
    /// Selects a traject of this inwoner; false when it is not one of them.
    bool select(const QString& trajectId);
    /// The selected traject's id, or empty.
    QString currentId() const;

    QListWidget* lijst() const { return m_lijst; }
    TrajectDetail* detail() const { return m_detail; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* huisbezoekButton() const { return m_huisbezoek; }
    QPushButton* printOntvangstbevestigingButton() const { return m_printOntvangstbevestiging; }
    QPushButton* printVerslagButton() const { return m_printVerslag; }
    /// The Documents tab: the archive copies of what was issued in the selected traject.
    ArchiefLijst* documenten() const { return m_documenten; }

private:
    void showDetail();
    void refreshGesprekken();
    void updateButtons();
    const core::Traject* current() const;
    const core::Signaal* signaal(const QString& id) const;

    Services m_services;
    DossierEditor& m_editor;
    QString m_inwonerId;
    QString m_naam;
    std::vector<core::Traject> m_trajecten;
    std::vector<core::NetwerkPersoon> m_netwerk;
    std::vector<core::Signaal> m_signalen;
    QListWidget* m_lijst;
    TrajectDetail* m_detail;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_huisbezoek;
    QPushButton* m_printOntvangstbevestiging;
    QPushButton* m_printVerslag;
    ArchiefLijst* m_documenten;
};

} // namespace ui
