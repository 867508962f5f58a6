// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The pieces every letter to an inwoner shares: dates, the letterhead from Mijn gegevens, the
// address block, the vast aanspreekpunt and the loading of the document template. Printed in plain
// Dutch (B1) whatever language the app speaks; messages for the user are passed in by the caller.

#include "DocumentTemplates.h"
#include "MustacheData.h"

#include "Result.h"
#include "model/Inwoner.h"
#include "model/MijnGegevens.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <utility>

namespace core {
class Workspace;
}

namespace core::documents::brief {

/// "10 november 2026": the date of the letter and of the melding.
QString datum(const QDate& date);
/// "maandag 25 mei 2026": a deadline, with its weekday so that nobody has to look it up.
QString dagDatum(const QDate& date);
/// The trimmed parts that are not empty, joined by `separator`.
QString joinedNonEmpty(const QStringList& parts, const QString& separator = QStringLiteral(" "));
/// A text one paragraph per line, empty lines left out; false when there is nothing.
mustache::data alineas(const QString& text);

/// The letterhead (gemeente, team) from Mijn gegevens; false when neither is filled in.
mustache::data briefhoofd(const MijnGegevens& ik);
/// The address block (straat, plaats) of the inwoner; false when there is no address.
mustache::data adres(const Adres& adres);
/// "Team Noord, Gemeente Voorbeeld": my team and gemeente.
QString team(const MijnGegevens& ik);

/// The vast aanspreekpunt: the one named at the inwoner, else me (Mijn gegevens). My direct number
/// is only used for me, never under a colleague's name.
struct Aanspreekpunt {
    QString naam;     ///< as printed: the one named at the inwoner, else mine
    bool ikBenHet;    ///< whether the aanspreekpunt is me
    QString telefoon; ///< the aanspreekpunt's number, else mine when it is me; may be empty
};
Aanspreekpunt aanspreekpunt(const Inwoner& inwoner, const MijnGegevens& ik);

/// A parsed document template and which version it is.
struct Sjabloon {
    std::shared_ptr<mustache::mustache> tmpl;
    QString version;

    QString render(const mustache::data& d) const { return QString::fromStdString(tmpl->render(d)); }
};

/// Loads and parses the template `name` (see DocumentTemplates::load); its warnings go to
/// `warnings`. `kapot` is the translated message, with %1 for the parser's error, for a template
/// that does not parse.
Result<Sjabloon> laadSjabloon(const QString& name, const QString& folder, QStringList& warnings, const QString& kapot);

/// How heavily a mantelzorger is burdened, in words: "zwaar belast (score 10 van 15)"; empty when
/// the belasting was not measured.
QString belasting(const Mantelzorg& mz);

/// The living traject `trajectId` and its inwoner, the two every letter about a traject starts
/// from; NotFound naming which is missing.
Result<std::pair<Traject, Inwoner>> trajectEnInwoner(Workspace& ws, const QString& trajectId);

} // namespace core::documents::brief
