// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace core {

/// The fixed vocabularies of trajecten and gesprekken. Values are stored as stable keys (never
/// change one: they are in databases and bundles); labels are English source text, translated at
/// run time.
enum class Keuzelijst {
    Domein,              ///< wmo, jeugd, participatiewet, schulden, anders
    MeldingKanaal,       ///< how the melding came in
    Urgentie,            ///< normaal, hoog, spoed
    Clientondersteuning, ///< aangeboden, geaccepteerd, afgewezen
    IdDocument,          ///< the kind of identity document (never its number)
    VerslagOordeel,      ///< akkoord, voor_gezien
    Besluit,             ///< toegekend, deels, afgewezen
    AfsluitReden,        ///< why a traject was closed
    GespreksVorm,        ///< huisbezoek, telefonisch, loket, video, casusoverleg
    Rol,                 ///< the role of someone present at a gesprek
    Leefgebied,          ///< the gespreksleidraad (SCP 2018, seed 001 L3150)
    LeefgebiedStatus,    ///< aandacht, geen_probleem, niet_besproken
    SignaalBron,         ///< who gave a signal
    VoorzieningSoort,    ///< the kind of voorziening in a beschikking
    Eenheid,             ///< the unit of a voorziening's omvang
    Levering,            ///< natura, pgb
    ActieNiveau,   ///< the order of consideration: eigen kracht → netwerk → algemeen → maatwerk → professional
    DoelSoort,     ///< verbeteren, stabiel blijven, achteruitgang beperken
    DoelEvaluatie, ///< behaald, deels, niet behaald, stabiel
    PlanStatus,    ///< concept, vastgesteld, geevalueerd
    VoorzieningVorm,      ///< algemeen (open access), maatwerk (by beschikking)
    Wet,                  ///< the law a voorziening on the sociale kaart falls under
    VoorzieningCategorie, ///< the categories of the sociale kaart
};

struct Keuze {
    QString key;
    QString label; ///< in the application language
};

/// The values of a list in their natural order, with labels in the application language.
std::vector<Keuze> keuzes(Keuzelijst lijst);
/// The keys of a list, in order.
QStringList keuzeKeys(Keuzelijst lijst);
bool isKeuze(Keuzelijst lijst, const QString& key);
/// The label of `key`, or `key` itself when it is not in the list (a value from a newer version).
QString keuzeLabel(Keuzelijst lijst, const QString& key);
/// The position of `key` in its list (lists are in their natural order), or the list's size when
/// it is not in the list.
int keuzeRang(Keuzelijst lijst, const QString& key);
/// The label of `key` in Dutch whatever the application language (letters to an inwoner).
QString keuzeLabelNl(Keuzelijst lijst, const QString& key);

} // namespace core
