// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/SocialeKaart.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace core {
class Workspace;
}

namespace core::demo {

class DemoIdSequence;
class DemoRandom;

/// The sociale kaart demo plans and beschikkingen draw on: about forty clearly fictitious entries
/// of the made-up "Gemeente Rijnwaarde" (made-up organisations, example.nl addresses, phone numbers
/// made up as DemoPersonen makes them), covering every VoorzieningCategorie, algemeen and maatwerk
/// (a maatwerk entry for every VoorzieningSoort a demo beschikking grants), under the Wmo mostly
/// and under the Jeugdwet, the Participatiewet, schuldhulp, the Zvw and the Wlz.
class DemoSocialeKaart {
public:
    /// Reads the living, active entries of the workspace's sociale kaart. When it has none, first
    /// writes the demo entries (ids from `ids`, phone numbers from `rng`, stamped, through the
    /// repository, without audit). Returns the number of entries written. Throws db::DatabaseError.
    int laad(Workspace& ws, DemoRandom& rng, DemoIdSequence& ids, const QDate& today);

    /// The maatwerk entry for a beschikking voorziening of `soort` (Keuzelijst::VoorzieningSoort) in a
    /// traject of `domein`: the demo entry meant for it, else a maatwerk entry of the matching
    /// categorie; nullptr when the sociale kaart has none.
    const SocialeKaartItem* maatwerk(const QString& domein, const QString& soort);
    /// The algemene voorzieningen of a categorie (Keuzelijst::VoorzieningCategorie), by naam.
    std::vector<const SocialeKaartItem*> algemeen(const QString& categorie) const;
    /// The number of living, active entries read.
    int size() const { return static_cast<int>(m_items.size()); }

private:
    const SocialeKaartItem* zoekMaatwerk(const QString& voor, const QString& domein, const QString& soort) const;

    std::vector<SocialeKaartItem> m_items;
    QHash<QString, const SocialeKaartItem*> m_maatwerk; ///< by "domein/soort", as far as resolved
};

} // namespace core::demo
