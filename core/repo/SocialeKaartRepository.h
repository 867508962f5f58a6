// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/SocialeKaart.h"

#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// SQL for the sociale kaart and the use of its voorzieningen. Throws db::DatabaseError.
class SocialeKaartRepository {
public:
    explicit SocialeKaartRepository(db::Database& db);

    /// The entry, tombstoned or not.
    std::optional<SocialeKaartItem> get(const QString& id) const;
    /// Living entries whose zoektekst holds every word of `woorden` (already folded with
    /// zoekVorm()), of vorm `vorm` when set, active ones only when `alleenActief`; by naam.
    /// At most `limit` rows (0 = all).
    std::vector<SocialeKaartItem> zoek(const QStringList& woorden, const QString& vorm, bool alleenActief,
                                       int limit = 0) const;
    /// Living entries with exactly this naam and aanbieder (case-insensitive): how an import
    /// without ids recognises an entry it already has.
    std::optional<SocialeKaartItem> find(const QString& naam, const QString& aanbieder) const;
    /// Creates or updates the row, computing its zoektekst.
    void save(const SocialeKaartItem& item);
    /// Recomputes the search text of a row written by a merge.
    void reindex(const QString& id);
    /// The number of living entries.
    int count() const;

    /// Per living entry: the inwoners with a living actie in the newest living version of a plan that uses it, and
    /// with a living voorziening in a living traject's beschikking that names it; by vorm, then naam.
    std::vector<VoorzieningGebruik> gebruik() const;

    /// Lower case, accents removed, punctuation as spaces: the form zoektekst and search words
    /// are compared in ("Klussendienst 'Hé'" → "klussendienst he").
    static QString zoekVorm(const QString& tekst);
    /// The statement zoek() runs for one word, for the benchmark's raw baseline (?1 = the LIKE
    /// pattern of the word).
    static std::string zoekSql();

private:
    db::Database& m_db;
};

} // namespace core::repo
