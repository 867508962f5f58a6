// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DemoPersonen.h"
#include "model/Inwoner.h"
#include "model/NetwerkPersoon.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace core::demo {

class DemoIdSequence;
class DemoRandom;

/// The people in and around a demo huishouden that an inwoner's netwerk is made from.
struct DemoHuishouden {
    int leeftijd = 0; ///< of the first inwoner
    Adres adres;
    const char* netnummer = "030";
    QString vasteLijn; ///< the landline everyone at home may use; empty when there is none
    int huisarts = 0;  ///< index into DemoVocabulary::organisaties(Relatie::Huisarts)
    std::optional<DemoPersoon> partner;
    std::vector<DemoPersoon> kinderenThuis;
    std::vector<DemoPersoon> kinderenUitHuis;
    std::vector<DemoPersoon> ouders; ///< only when the inwoner lives with them
};

/// Makes up the netwerk and mantelzorg of demo inwoners: family first, then neighbours, friends,
/// volunteers and professionals, with closeness, consent and what they do; about four in ten
/// inwoners (not the lonely) get a mantelzorger. Draws from the generator's DemoRandom and
/// DemoIdSequence (not owned).
class DemoNetwerk {
public:
    DemoNetwerk(DemoRandom& rng, DemoIdSequence& ids, DemoPersonen& personen, const QDate& today);

    /// The netwerk of one inwoner (0–12 persons, new ids, version metadata not yet stamped).
    /// `alleen` when the inwoner lives alone: some of them are lonely and have only 0–2 persons.
    std::vector<NetwerkPersoon> maak(const QString& inwonerId, const DemoPersoon& wie, const DemoHuishouden& huishouden,
                                     bool alleen, const std::optional<DemoPersoon>& partner);

private:
    NetwerkPersoon basis(const QString& inwonerId, Relatie relatie, int nabijheid, bool persoonlijk);
    /// A personal contact; `thuis` when they live in the inwoner's huishouden.
    NetwerkPersoon bekende(const QString& inwonerId, const DemoPersoon& wie, Relatie relatie,
                           const DemoHuishouden& huishouden, bool thuis = false);
    NetwerkPersoon beroepsmatig(const QString& inwonerId, Relatie relatie, const DemoHuishouden& huishouden);
    void makeMantelzorg(const QString& inwonerId, const DemoPersoon& wie, std::vector<NetwerkPersoon>& personen,
                        const DemoHuishouden& huishouden);
    Mantelzorg makeZorg(Relatie relatie);

    DemoRandom& m_rng;
    DemoIdSequence& m_ids;
    DemoPersonen& m_personen;
    QDate m_today;
    QHash<QString, QString> m_organisatieTelefoon; ///< one phone number per organisation
};

} // namespace core::demo
