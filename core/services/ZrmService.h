// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "model/ZrmMeting.h"
#include "repo/ZrmRepository.h"
#include "rules/FieldError.h"

#include <QObject>

#include <map>
#include <vector>

namespace core {

class Workspace;

/// How one leefgebied moved between two metingen.
enum class ZrmRichting { Beter, Gelijk, Slechter, Onbekend };

/// One line of a comparison between two metingen, in ZRM 2017 leefgebieden.
struct ZrmVergelijking {
    QString leefgebied; ///< ZRM 2017 key
    std::optional<int> eerder;
    std::optional<int> later;
    ZrmRichting richting = ZrmRichting::Onbekend;
};

/// Scoring the Zelfredzaamheid-Matrix: metingen per inwoner, their comparison, the caseload's
/// progress and the licensed indicator texts. Writes are validated, run in one transaction, are
/// audited and announced with zrmChanged.
class ZrmService : public QObject {
    Q_OBJECT
public:
    explicit ZrmService(Workspace& workspace, QObject* parent = nullptr);

    /// Today by the workspace clock: the default date of a new meting.
    QDate today() const;
    rules::FieldErrors validate(const ZrmMeting& meting) const;
    /// Creates or updates a meting and its scores; leefgebieden no longer in `meting.scores` are
    /// tombstoned. Returns the meting as stored.
    Result<ZrmMeting> saveMeting(const ZrmMeting& meting);
    Status deleteMeting(const QString& id);
    std::optional<ZrmMeting> meting(const QString& id) const;
    /// Living metingen of an inwoner, oldest first.
    std::vector<ZrmMeting> metingen(const QString& inwonerId) const;

    /// Per ZRM 2017 leefgebied: better, same or worse from `eerder` to `later` (ZRM 2013 scores
    /// through the mapping). Leefgebieden scored in neither are left out.
    static std::vector<ZrmVergelijking> vergelijk(const ZrmMeting& eerder, const ZrmMeting& later);
    /// A meting's scores in ZRM 2017 leefgebieden (key → score), mapping ZRM 2013.
    static std::map<QString, int> scoresIn2017(const ZrmMeting& meting);

    /// The caseload's progress per ZRM 2017 leefgebied; `aanspreekpunt` narrows to one consulent.
    Result<std::vector<repo::ZrmVoortgangRij>> voortgang(const QString& aanspreekpunt = {}) const;

    /// Imports licensed indicator texts (format documented in the README); replaces those of the
    /// instrument. A file with the wrong structure or unknown keys changes nothing.
    Result<int> importIndicatoren(const QByteArray& json);
    /// The indicator text for a level, or empty when none was imported.
    QString indicator(const QString& instrument, const QString& leefgebied, int score) const;

signals:
    void zrmChanged(const QString& inwonerId);

private:
    Workspace& m_ws;
};

} // namespace core
