// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekStap.h"

#include <vector>

class QLabel;
class QPlainTextEdit;

namespace ui {

class HuisbezoekSessie;
class TrajectStapVinkje;

/// Step 4: the netwerk and what each person does, and for every mantelzorger a block of their own:
/// how they see the situation and what they need themselves (recorded apart from the inwoner's
/// view), and cliëntondersteuning offered to them.
class MantelzorgStap : public HuisbezoekStap {
    Q_OBJECT
public:
    explicit MantelzorgStap(HuisbezoekSessie& sessie, QWidget* parent = nullptr);

    QString titel() const override;
    QString positie() const override;
    bool herstel(const QString& positie) override;
    void toon(Aankomst aankomst) override;

private:
    struct Blok {
        QString netwerkId;
        QLabel* aanwezig = nullptr;
        QPlainTextEdit* visie = nullptr;
        QPlainTextEdit* behoefte = nullptr;
        TrajectStapVinkje* clientondersteuning = nullptr;
    };

    QWidget* maakBlok(const QString& netwerkId);
    void bewaar(const Blok& blok);

    HuisbezoekSessie& m_sessie;
    std::vector<Blok> m_blokken;
};

} // namespace ui
