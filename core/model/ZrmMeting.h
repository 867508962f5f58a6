// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncMeta.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace core {

/// When in the traject a meting was made.
enum class ZrmMoment { Intake, Tussentijds, Evaluatie, Afsluiting };

/// Why a leefgebied was deliberately not scored (data minimisation: nothing forces all domains).
enum class NietBeoordeeld { NietRelevant, OnvoldoendeInformatie, InwonerWilNiet };

const std::vector<ZrmMoment>& alleZrmMomenten();
QString key(ZrmMoment value);
QString label(ZrmMoment value);
std::optional<ZrmMoment> zrmMomentFromKey(const QString& key);

const std::vector<NietBeoordeeld>& alleNietBeoordeeldRedenen();
QString key(NietBeoordeeld value);
QString label(NietBeoordeeld value);
std::optional<NietBeoordeeld> nietBeoordeeldFromKey(const QString& key);

/// The outcome for one leefgebied in a meting: a score 1–5, or "niet beoordeeld" with a reason.
struct ZrmScore {
    SyncMeta meta;
    QString leefgebied; ///< key in the meting's instrument
    std::optional<int> score;
    std::optional<NietBeoordeeld> nietBeoordeeld;
    std::optional<int> doelscore; ///< the level aimed for, 1–5
    QString toelichting;

    bool sameContent(const ZrmScore& other) const;
};

/// One scoring of the Zelfredzaamheid-Matrix for an inwoner.
struct ZrmMeting {
    SyncMeta meta;
    QString inwonerId;
    QString instrument = QStringLiteral("zrm2017");
    QDate datum;
    ZrmMoment moment = ZrmMoment::Intake;
    QString door;                 ///< who scored
    std::vector<ZrmScore> scores; ///< only the leefgebieden that were scored or deliberately skipped

    const ZrmScore* score(const QString& leefgebied) const;
    /// Same meting fields (not comparing the scores).
    bool sameContent(const ZrmMeting& other) const;
};

} // namespace core
