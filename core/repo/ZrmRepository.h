// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// One row of the ZRM progress report: a ZRM 2017 leefgebied across the inwoners.
struct ZrmVoortgangRij {
    QString leefgebied;              ///< ZRM 2017 key
    int n = 0;                       ///< inwoners with a latest score or "niet beoordeeld" here
    int niveau[5] = {0, 0, 0, 0, 0}; ///< latest scores 1 … 5
    int nietBeoordeeld = 0;
    int verbeterd = 0; ///< latest score above the first (two or more scorings)
    int gelijk = 0;
    int verslechterd = 0;
};

/// SQL for ZRM metingen and their scores. Throws db::DatabaseError.
class ZrmRepository {
public:
    explicit ZrmRepository(db::Database& db);

    /// The meting with its living scores, tombstoned or not.
    std::optional<ZrmMeting> get(const QString& id) const;
    /// Living metingen of an inwoner, oldest first.
    std::vector<ZrmMeting> forInwoner(const QString& inwonerId) const;
    /// Every score row of a meting, tombstoned ones too (to edit them).
    std::vector<ZrmScore> allScores(const QString& metingId) const;
    void save(const ZrmMeting& meting); ///< the meting row only
    void save(const QString& metingId, const ZrmScore& score);

    /// Per ZRM 2017 leefgebied: the distribution of each inwoner's latest score and the movement
    /// from first to latest; ZRM 2013 scores count through the instrument mapping. When
    /// `aanspreekpunt` is set, only that consulent's inwoners.
    std::vector<ZrmVoortgangRij> voortgang(const QString& aanspreekpunt = {}) const;
    /// The SQL of voortgang() for everyone, for the benchmark's raw baseline.
    static std::string voortgangSql();

    /// Indicator texts (licensed, imported): replace those of an instrument.
    void replaceIndicatoren(const QString& instrument,
                            const std::vector<std::tuple<QString, int, QString>>& leefgebiedScoreTekst);
    QString indicator(const QString& instrument, const QString& leefgebied, int score) const;
    int indicatorCount(const QString& instrument) const;

private:
    db::Database& m_db;
};

} // namespace core::repo
