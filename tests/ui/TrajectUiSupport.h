// SPDX-License-Identifier: EUPL-1.2
// Shared by the Trajecten tab tests: an inwoner, the tab opened through the UI, and small
// helpers for its tables and combo boxes.
#pragma once

#include "UiTestSupport.h"

#include "DossierEditor.h"
#include "model/Keuzelijst.h"
#include "traject/AanwezigenEditor.h"
#include "traject/GesprekDialog.h"
#include "traject/LeefgebiedenEditor.h"
#include "traject/SignaalDialog.h"
#include "traject/StappenLijst.h"
#include "traject/TermijnOpschortingDialog.h"
#include "traject/TermijnenOverzicht.h"
#include "traject/TrajectDetail.h"
#include "traject/TrajectDialog.h"
#include "traject/TrajectPanel.h"
#include "traject/TrajectStapDialog.h"
#include "traject/VoorzieningDialog.h"
#include "views/DossierView.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace test::traject {

using namespace core;

// The test clock stands at Tuesday 10 November 2026; the melding came in on Monday 2 November.
inline const QDate kMelding(2026, 11, 2);

inline QString newInwoner(test::TempApp& app, const char* roepnaam = "Fatima")
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.geslachtsnaam = QStringLiteral("Jansen");
    in.aanspreekpunt.naam = QStringLiteral("Sanne Visser");
    auto saved = app.dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

inline QString newMantelzorger(test::TempApp& app, const QString& inwonerId, const char* naam)
{
    NetwerkPersoon p;
    p.inwonerId = inwonerId;
    p.naam = QString::fromUtf8(naam);
    p.relatie = Relatie::Kind;
    p.mantelzorg = Mantelzorg{};
    p.mantelzorg->urenPerWeek = 12;
    auto saved = app.dossiers.saveNetwerkPersoon(p);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

inline QString newTraject(test::TempApp& app, const QString& inwonerId, const QDate& melding = kMelding,
                          const std::vector<std::pair<StapSoort, QDate>>& stappen = {})
{
    Traject t = app.trajecten.nieuw(inwonerId);
    t.meldingDatum = melding;
    t.kanaal = QStringLiteral("telefoon");
    t.hulpvraag = QStringLiteral("Ik kan het huishouden niet meer aan.");
    for (const auto& [soort, datum] : stappen) {
        TrajectStap s;
        s.soort = soort;
        s.datum = datum;
        s.door = QStringLiteral("Sanne Visser");
        if (soort == StapSoort::Beschikking)
            s.uitkomst = QStringLiteral("toegekend");
        if (soort == StapSoort::Afgesloten)
            s.uitkomst = QStringLiteral("eigen_kracht");
        t.zet(s);
    }
    auto saved = app.trajecten.saveTraject(t);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

inline Traject stored(test::TempApp& app, const QString& id)
{
    const auto t = app.trajecten.traject(id);
    REQUIRE(t);
    return *t;
}

/// Opens the dossier at the Trajecten tab, as the consulent does with a click on the tab.
inline ui::TrajectPanel* openTrajecten(test::TempApp& app, const QString& inwonerId)
{
    app.window->openInwoner(inwonerId);
    ui::DossierView* dossier = app.window->dossier();
    REQUIRE(dossier->trajecten());
    dossier->tabs()->setCurrentWidget(dossier->trajecten());
    return dossier->trajecten();
}

/// Moves to the step's row in the checklist and presses Enter, which opens the step dialog.
inline void activateStap(ui::TrajectPanel* panel, StapSoort soort, const QString& betreft = {})
{
    ui::StappenLijst* stappen = panel->detail()->stappen();
    const int row = stappen->rowOf(soort, betreft);
    REQUIRE(row >= 0);
    stappen->setFocus();
    stappen->setCurrentCell(row, ui::StappenLijst::StapColumn);
    QTest::keyClick(stappen, Qt::Key_Return);
}

inline QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

inline void choose(QComboBox* combo, const char* key)
{
    const int index = combo->findData(QString::fromLatin1(key));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace test::traject
