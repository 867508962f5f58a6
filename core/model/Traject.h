// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Keuzelijst.h"
#include "SyncMeta.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace core {

/// The statutory steps of a Wmo traject (DOMAIN.md §1), in the order they usually happen.
enum class StapSoort {
    Ontvangstbevestiging,      ///< written proof of the melding sent (Wmo 2.3.2 lid 1)
    PersoonlijkPlanAangeboden, ///< told that a persoonlijk plan may be handed in (lid 2)
    PersoonlijkPlanOntvangen,
    Clientondersteuning, ///< offered to the inwoner or a mantelzorger (lid 3); uitkomst, betreft
    PgbUitgelegd,
    EigenBijdrageBesproken,
    Identiteit,         ///< identity established (2.3.4); uitkomst = document kind, never its number
    OnderzoekAfgerond,  ///< within six weeks after the melding
    VerslagVerzonden,   ///< lid 8
    VerslagOndertekend, ///< uitkomst akkoord / voor_gezien; toelichting = the inwoner's remarks
    Aanvraag,
    Beschikking,      ///< uitkomst toegekend / deels / afgewezen; toelichting = the reason
    EvaluatieGepland, ///< datum = the planned evaluation
    Afgesloten,       ///< uitkomst = AfsluitReden
};

const std::vector<StapSoort>& alleStapSoorten();
QString key(StapSoort soort);
QString label(StapSoort soort);
/// The name of the step in Dutch whatever the application language (letters to an inwoner).
QString labelNl(StapSoort soort);
std::optional<StapSoort> stapSoortFromKey(const QString& key);

/// The Keuzelijst a step's uitkomst comes from, for the steps that have one.
std::optional<Keuzelijst> uitkomstLijst(StapSoort soort);
/// The field key that validation reports a step's errors under: "stap:<key>[:<betreft>]".
QString stapVeld(StapSoort soort, const QString& betreft = {});

/// "inwoner" in TrajectStap::betreft: cliëntondersteuning offered to the inwoner.
inline const QString kBetreftInwoner = QStringLiteral("inwoner");

/// One statutory step, with its date and who did it.
struct TrajectStap {
    SyncMeta meta;
    StapSoort soort = StapSoort::Ontvangstbevestiging;
    QString betreft; ///< cliëntondersteuning: kBetreftInwoner or the netwerk person's id
    QDate datum;
    QString door;     ///< who did it (for cliëntondersteuning: who offered it)
    QString uitkomst; ///< a key of the step's Keuzelijst, where it has one
    QString toelichting;

    bool sameContent(const TrajectStap& other) const;
};

/// A suspension or extension of a term, with the inwoner's agreement and a reason (never silent).
struct TermijnOpschorting {
    SyncMeta meta;
    QString termijn; ///< "onderzoek" or "beschikking"
    QDate datum;     ///< when it was agreed
    int dagen = 0;
    QString reden;

    bool sameContent(const TermijnOpschorting& other) const;
};

/// One voorziening in a beschikking. With an end date it is temporary and shows up before it ends.
struct Voorziening {
    SyncMeta meta;
    QString soort; ///< Keuzelijst::VoorzieningSoort
    QString omschrijving;
    std::optional<double> omvang;
    QString eenheid; ///< Keuzelijst::Eenheid
    QDate start;
    QDate eind;
    QString levering = QStringLiteral("natura"); ///< Keuzelijst::Levering
    QString socialeKaartId;                      ///< the sociale kaart entry it is, when chosen from there

    bool sameContent(const Voorziening& other) const;
};

/// One need of an inwoner, from melding to beschikking and afsluiting.
struct Traject {
    SyncMeta meta;
    QString inwonerId;
    QString domein = QStringLiteral("wmo");
    QDate meldingDatum;
    QString kanaal;    ///< Keuzelijst::MeldingKanaal
    QString verwijzer; ///< who referred (huisarts, aanbieder …)
    QString hulpvraag; ///< in the inwoner's own words
    QString urgentie = QStringLiteral("normaal");
    std::vector<TrajectStap> stappen; ///< living steps only
    std::vector<TermijnOpschorting> opschortingen;
    std::vector<Voorziening> voorzieningen;

    /// The step of this kind (and, for cliëntondersteuning, for this person), if recorded.
    const TrajectStap* stap(StapSoort soort, const QString& betreft = {}) const;
    TrajectStap* stap(StapSoort soort, const QString& betreft = {});
    /// The date of the step, or an invalid date.
    QDate datum(StapSoort soort) const;
    /// Records or replaces a step (matched on kind and betreft).
    void zet(const TrajectStap& stap);
    /// Removes a step (matched on kind and betreft).
    void wis(StapSoort soort, const QString& betreft = {});
    bool isOpen() const { return !stap(StapSoort::Afgesloten); }
    /// Same traject fields (not comparing the children).
    bool sameContent(const Traject& other) const;
};

} // namespace core
