// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace core {

/// How someone in the netwerk relates to the inwoner.
enum class Relatie {
    Partner,
    Kind,
    Ouder,
    Familie,
    Buur,
    Vriend,
    Vrijwilliger,
    Huisarts,
    Wijkverpleegkundige,
    Aanbieder,
    Professional,
    Anders
};

/// Whether the inwoner agrees that the consulent contacts this person.
enum class Toestemming { Onbekend, Ja, Nee };

/// The inwoner's preferred way to be contacted.
enum class Contactkanaal { Geen, Telefoon, Email, Post, Huisbezoek, Sms };

/// A mantelzorger's belasting, derived from the EDIZ-plus score (0–15).
enum class Belasting { Geen, Licht, Matig, Zwaar };

const std::vector<Relatie>& alleRelaties();
QString key(Relatie value);
QString label(Relatie value);
std::optional<Relatie> relatieFromKey(const QString& key);
/// True for relations that are paid or professional (huisarts, aanbieder …) rather than personal.
bool isProfessional(Relatie value);

const std::vector<Toestemming>& alleToestemmingen();
QString key(Toestemming value);
QString label(Toestemming value);
std::optional<Toestemming> toestemmingFromKey(const QString& key);

const std::vector<Contactkanaal>& alleContactkanalen();
QString key(Contactkanaal value);
QString label(Contactkanaal value);
std::optional<Contactkanaal> contactkanaalFromKey(const QString& key);

/// EDIZ-plus: 0 geen, 1–3 licht, 4–8 matig, 9–15 zwaar.
Belasting belastingVoorEdiz(int score);
QString label(Belasting value);

} // namespace core
