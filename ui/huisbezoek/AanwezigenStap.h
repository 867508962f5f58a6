// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekStap.h"
#include "model/Gesprek.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QVBoxLayout;

namespace ui {

class HuisbezoekSessie;

/// Step 1: who is present and in what role. The inwoner is present unless unticked; people from
/// the netwerk are ticked; anyone else is typed with their role. Saved on every tick and key.
class AanwezigenStap : public HuisbezoekStap {
    Q_OBJECT
public:
    explicit AanwezigenStap(HuisbezoekSessie& sessie, QWidget* parent = nullptr);

    QString titel() const override;
    QString positie() const override;
    bool herstel(const QString& positie) override;
    void toon(Aankomst aankomst) override;

    /// Adds an empty row for someone not in the netwerk and puts the cursor in its name.
    void voegToe();

private:
    struct NetwerkRij {
        QString netwerkId;
        QCheckBox* aanwezig = nullptr;
        QComboBox* rol = nullptr;
        core::Aanwezige aanwezige;
    };
    struct AnderRij {
        QWidget* rij = nullptr;
        QLineEdit* naam = nullptr;
        QComboBox* rol = nullptr;
        core::Aanwezige aanwezige;
    };

    QComboBox* rolKeuze(const QString& rol);
    AnderRij& maakAnderRij(const core::Aanwezige& aanwezige);
    void verwijder(QWidget* rij);
    void bewaar();

    HuisbezoekSessie& m_sessie;
    QCheckBox* m_inwoner;
    core::Aanwezige m_inwonerRij;
    std::vector<NetwerkRij> m_netwerk;
    std::vector<AnderRij> m_anderen;
    std::vector<core::Aanwezige> m_bewaard; ///< rows this screen cannot show (a removed netwerk person)
    QVBoxLayout* m_anderenLayout;
    bool m_laden = false;
};

} // namespace ui
