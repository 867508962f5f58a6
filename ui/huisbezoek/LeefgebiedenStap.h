// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekStap.h"

#include <QStringList>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ui {

class HuisbezoekSessie;
class ZrmScoringWidget;

/// Step 3: the twelve leefgebieden of the gespreksleidraad, one at a time (the list on the left
/// jumps). Per leefgebied: discussed with a point of attention, discussed without a problem, or
/// deliberately not discussed; a note; and the score of the matching ZRM 2017 leefgebieden.
///
/// Keys: Page Down / Page Up (or Alt+→ / Alt+←) go to the next / previous leefgebied and on to the
/// next step after the last one; Ctrl+1, Ctrl+2, Ctrl+3 choose the status; Tab goes from the note
/// to the ZRM, where 1–5 score, N is niet beoordeeld and Delete clears.
class LeefgebiedenStap : public HuisbezoekStap {
    Q_OBJECT
public:
    explicit LeefgebiedenStap(HuisbezoekSessie& sessie, QWidget* parent = nullptr);

    QString titel() const override;
    QString positie() const override;
    bool herstel(const QString& positie) override;
    void toon(Aankomst aankomst) override;
    bool volgende() override;
    bool vorige() override;

    /// The leefgebied now shown (a Keuzelijst::Leefgebied key).
    QString leefgebied() const;
    ZrmScoringWidget* zrm() const { return m_zrm; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void gaNaar(int index);
    void kiesStatus(const QString& status);
    void notitieGewijzigd();
    void bewaar();
    void toonZrmRijen();
    void naarZichtbareRij(int rij, int vorigeRij);
    void markeer(int index);

    HuisbezoekSessie& m_sessie;
    QStringList m_keys;
    int m_index = 0;
    QListWidget* m_lijst;
    QLabel* m_teller;
    QLabel* m_naam;
    QButtonGroup* m_status;
    QPlainTextEdit* m_notitie;
    QLabel* m_zrmKop;
    ZrmScoringWidget* m_zrm;
    bool m_laden = false;
};

} // namespace ui
