// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace core {

/// The twelve leefgebieden of the gespreksleidraad (Keuzelijst::Leefgebied, SCP 2018) in terms of
/// the ZRM 2017, so that a huisbezoek can score the matching ZRM leefgebieden while one area is
/// being discussed. Pure data: no leefgebied of the gespreksleidraad leads to Justitie, which is
/// criminal data (AVG art. 10) and is scored only on purpose, never in passing.
class Gespreksleidraad {
public:
    /// The ZRM 2017 leefgebieden (keys of ZrmInstrument "zrm2017") to score when `leefgebied`
    /// (a Keuzelijst::Leefgebied key) is discussed, most relevant first; empty for an unknown key.
    static QStringList zrm2017(const QString& leefgebied);
    /// The gespreksleidraad leefgebieden where the ZRM 2017 leefgebied `zrm2017` is scored, in the
    /// order of the gespreksleidraad; empty for Justitie and unknown keys.
    static QStringList leefgebieden(const QString& zrm2017);
};

} // namespace core
