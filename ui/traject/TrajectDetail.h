// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Gesprek.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"
#include "rules/TrajectStand.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ui {

class StappenLijst;
class TermijnenOverzicht;

/// The selected traject of a dossier: what the melding was and what is still missing, then in
/// tabs the terms and statutory steps, the voorzieningen of the beschikking, the gesprekken and
/// the signalen from others about the inwoner. Changes go out as requests.
class TrajectDetail : public QWidget {
    Q_OBJECT
public:
    enum VoorzieningColumn {
        VzSoortColumn,
        VzOmschrijvingColumn,
        VzOmvangColumn,
        VzStartColumn,
        VzEindColumn,
        VzLeveringColumn,
        VzColumnCount
    };
    enum GesprekColumn {
        GDatumColumn,
        GVormColumn,
        GAanwezigenColumn,
        GLeefgebiedenColumn,
        GStaatColumn,
        GColumnCount
    };
    enum SignaalColumn { SDatumColumn, SBronColumn, SBronNaamColumn, SInhoudColumn, SColumnCount };

    explicit TrajectDetail(QWidget* parent = nullptr);

    /// Shows a traject (null: none selected) with how it stands on `vandaag`. `netwerk` is the
    /// inwoner's living netwerk (mantelzorgers, names of those present).
    void setTraject(const core::Traject* traject, const core::rules::TrajectStand& stand,
                    const std::vector<core::NetwerkPersoon>& netwerk, const QString& inwonerNaam, const QDate& vandaag);
    void setGesprekken(const std::vector<core::Gesprek>& gesprekken);
    void setSignalen(const std::vector<core::Signaal>& signalen);

    QString headerText() const;
    /// What was said and agreed in the selected gesprek (plain text), for tests.
    QString gesprekDetailsText() const;
    QTabWidget* tabs() const { return m_tabs; }
    TermijnenOverzicht* termijnen() const { return m_termijnen; }
    StappenLijst* stappen() const { return m_stappen; }
    QTableWidget* voorzieningen() const { return m_voorzieningen; }
    QTableWidget* gesprekken() const { return m_gesprekken; }
    QTableWidget* signalen() const { return m_signalen; }
    QPushButton* addVoorzieningButton() const { return m_addVoorziening; }
    QPushButton* newGesprekButton() const { return m_newGesprek; }
    QPushButton* newSignaalButton() const { return m_newSignaal; }
    /// The id of the selected row of one of the tables above, or empty.
    static QString currentId(const QTableWidget* table);

signals:
    void stapRequested(core::StapSoort soort, const QString& betreft);
    void opschortenRequested();
    void removeOpschortingRequested(const QString& id);
    void addVoorzieningRequested();
    void editVoorzieningRequested(const QString& id);
    void removeVoorzieningRequested(const QString& id);
    void newGesprekRequested();
    void editGesprekRequested(const QString& id);
    void deleteGesprekRequested(const QString& id);
    void newSignaalRequested();
    void editSignaalRequested(const QString& id);
    void deleteSignaalRequested(const QString& id);

private:
    QWidget* buildTermijnenPage();
    QWidget* buildVoorzieningenPage();
    QWidget* buildGesprekkenPage();
    QWidget* buildSignalenPage();
    void setVoorzieningen(const core::Traject& traject);
    void updateButtons();
    void updateTabTitles();
    QString aanwezigenTekst(const core::Gesprek& gesprek) const;
    void showGesprek();

    QLabel* m_header;
    QTabWidget* m_tabs;
    TermijnenOverzicht* m_termijnen;
    StappenLijst* m_stappen;
    QTableWidget* m_voorzieningen;
    QTableWidget* m_gesprekken;
    QTableWidget* m_signalen;
    QLabel* m_voorzieningHint;
    QLabel* m_gesprekDetails;
    std::vector<core::Gesprek> m_gesprekData;
    QPushButton* m_addVoorziening = nullptr;
    QPushButton* m_editVoorziening = nullptr;
    QPushButton* m_removeVoorziening = nullptr;
    QPushButton* m_newGesprek = nullptr;
    QPushButton* m_editGesprek = nullptr;
    QPushButton* m_deleteGesprek = nullptr;
    QPushButton* m_newSignaal = nullptr;
    QPushButton* m_editSignaal = nullptr;
    QPushButton* m_deleteSignaal = nullptr;
    bool m_heeftTraject = false;
    bool m_voorzieningenToegestaan = false;
    bool m_signalenVanzelf = false; ///< the Signalen tab came to the front because there was no traject
    std::vector<core::NetwerkPersoon> m_netwerk;
    QString m_inwonerNaam;
    QDate m_vandaag;
};

} // namespace ui
