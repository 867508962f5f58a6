// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncMeta.h"

#include <QDate>
#include <QString>

#include <vector>

namespace core {

struct NetwerkPersoon;

/// Someone present at a gesprek, picked from the netwerk (netwerkId) or typed (naam).
struct Aanwezige {
    SyncMeta meta;
    QString rol; ///< Keuzelijst::Rol
    QString netwerkId;
    QString naam;

    bool sameContent(const Aanwezige& other) const;
};

/// The role (Keuzelijst::Rol) someone from the netwerk most likely has at the table: mantelzorger
/// for a mantelzorger, else by relation (partner, familie, huisarts, aanbieder, anders).
QString standaardRol(const NetwerkPersoon& persoon);

/// One leefgebied of the gespreksleidraad: discussed (with or without a problem) or deliberately not.
struct BesprokenLeefgebied {
    SyncMeta meta;
    QString leefgebied; ///< Keuzelijst::Leefgebied
    QString status;     ///< Keuzelijst::LeefgebiedStatus
    QString notitie;

    bool sameContent(const BesprokenLeefgebied& other) const;
};

/// A mantelzorger's own view and need, recorded apart from the inwoner's.
struct MantelzorgVisie {
    SyncMeta meta;
    QString netwerkId;
    QString visie;
    QString behoefte;

    bool sameContent(const MantelzorgVisie& other) const;
};

/// A gesprek or contact in a traject. A huisbezoek is run in huisbezoek mode, which saves every
/// keystroke and remembers where it was (positie) until the gesprek is afgerond.
struct Gesprek {
    SyncMeta meta;
    QString trajectId;
    QDate datum;
    QString vorm = QStringLiteral("huisbezoek"); ///< Keuzelijst::GespreksVorm
    QString samenvatting;
    QString afspraken;
    QString zrmMetingId; ///< the ZRM meting scored during this gesprek, if any
    bool afgerond = false;
    QString positie; ///< where huisbezoek mode was, e.g. "leefgebied:gezondheid"
    std::vector<Aanwezige> aanwezigen;
    std::vector<BesprokenLeefgebied> leefgebieden;
    std::vector<MantelzorgVisie> mantelzorg;

    const BesprokenLeefgebied* leefgebied(const QString& key) const;
    const MantelzorgVisie* visie(const QString& netwerkId) const;
    /// Same gesprek fields (not comparing the children).
    bool sameContent(const Gesprek& other) const;
};

/// A signal about an inwoner from someone else (huisarts, buren, politie …), with its source.
struct Signaal {
    SyncMeta meta;
    QString inwonerId;
    QString trajectId; ///< optional
    QDate datum;
    QString bron; ///< Keuzelijst::SignaalBron
    QString bronNaam;
    QString inhoud;

    bool sameContent(const Signaal& other) const;
};

} // namespace core
