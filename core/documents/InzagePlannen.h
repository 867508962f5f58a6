// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <kainjow/mustache.hpp>

#include <map>

namespace core {
class Workspace;
}

namespace core::documents {

/// The ondersteuningsplannen part of the inzage-overzicht (InzageDocument): every living version of
/// every plan of the inwoner and their huishouden, newest version first within a reeks, with status,
/// dates, regisseur, doelen (wens, leefgebied, soort, doelscore, evaluatie) and acties (niveau, wat,
/// who, when, how much, why) in plain Dutch. `namen` maps netwerk ids to names. The ids of the plans
/// are appended to `ids` (for the logboek). Throws db::DatabaseError.
kainjow::mustache::list inzagePlannen(Workspace& ws, const QString& inwonerId, const QString& huishoudenId,
                                      const std::map<QString, QString>& namen, QStringList& ids);

} // namespace core::documents
