// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekStap.h"

#include <vector>

namespace ui {

class HuisbezoekSessie;
class TrajectStapVinkje;

/// Step 2: what the law says the inwoner must be told — free independent cliëntondersteuning, the
/// persoonlijk plan, the PGB and the eigen bijdrage — each with a short text to read aloud and a
/// tick that records the step in the traject.
class VertellenStap : public HuisbezoekStap {
    Q_OBJECT
public:
    explicit VertellenStap(HuisbezoekSessie& sessie, QWidget* parent = nullptr);

    QString titel() const override;
    QString positie() const override;
    bool herstel(const QString& positie) override;
    void toon(Aankomst aankomst) override;

private:
    QWidget* blok(TrajectStapVinkje* vinkje, const QString& tekst);

    HuisbezoekSessie& m_sessie;
    std::vector<TrajectStapVinkje*> m_vinkjes;
};

} // namespace ui
