// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace core {

/// One leefgebied of a ZRM instrument.
struct Leefgebied {
    QString key;          ///< stable key, e.g. "basale_adl"
    QString naam;         ///< as a consulent says it, e.g. "Basale ADL"
    bool strafrechtelijk; ///< Justitie: criminal data (AVG art. 10), scored only on purpose
    QStringList zrm2017;  ///< the ZRM 2017 leefgebieden this one maps onto (itself for ZRM 2017)
};

/// A version of the Zelfredzaamheid-Matrix as data: its leefgebieden and the five level labels.
/// The licensed indicator texts are not part of it (see ZrmIndicatoren).
class ZrmInstrument {
public:
    /// The instrument every trend is shown in.
    static inline const QString kZrm2017 = QStringLiteral("zrm2017");

    /// Reads an instrument file (format "wijkdossier-zrm-instrument"); a clear error when its
    /// structure is wrong.
    static Result<ZrmInstrument> fromJson(const QByteArray& json);
    /// The instruments shipped with Wijkdossier: ZRM 2017 and ZRM 2013.
    static const std::vector<ZrmInstrument>& builtIn();
    /// A built-in instrument by id, or nullptr.
    static const ZrmInstrument* find(const QString& id);

    const QString& id() const { return m_id; }
    const QString& naam() const { return m_naam; }
    const std::vector<Leefgebied>& leefgebieden() const { return m_leefgebieden; }
    const Leefgebied* leefgebied(const QString& key) const;
    /// "Acute problematiek" … "Volledig zelfredzaam" for scores 1 … 5.
    QString niveau(int score) const;

private:
    QString m_id;
    QString m_naam;
    std::vector<Leefgebied> m_leefgebieden;
    QStringList m_niveaus;
};

} // namespace core
