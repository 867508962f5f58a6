// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncMeta.h"

#include <QString>

namespace core {

/// One entry of the sociale kaart: a voorziening and the aanbieder that offers it. Algemene
/// voorzieningen are open to everyone; maatwerk needs a beschikking.
struct SocialeKaartItem {
    SyncMeta meta;
    QString naam;                                 ///< required
    QString vorm = QStringLiteral("algemeen");    ///< Keuzelijst::VoorzieningVorm
    QString wet = QStringLiteral("wmo");          ///< Keuzelijst::Wet
    QString categorie = QStringLiteral("anders"); ///< Keuzelijst::VoorzieningCategorie
    QString aanbieder;
    QString telefoon;
    QString email;
    QString website;
    QString adres;
    QString notities;
    bool actief = true;

    bool isMaatwerk() const { return vorm == QLatin1String("maatwerk"); }
    bool sameContent(const SocialeKaartItem& other) const;
};

/// How many inwoners use a voorziening of the sociale kaart, through an actie in a plan or a
/// voorziening in a beschikking (an inwoner who has both counts once in `inwoners`).
struct VoorzieningGebruik {
    QString id;
    QString naam;
    QString vorm;
    QString categorie;
    QString aanbieder;
    int viaPlan = 0;        ///< inwoners with a living actie that uses it
    int viaBeschikking = 0; ///< inwoners with a living beschikking voorziening that uses it
    int inwoners = 0;       ///< distinct inwoners either way
};

} // namespace core
