// SPDX-License-Identifier: EUPL-1.2
#include "ColumnChecks.h"

#include "rules/Bsn.h"
#include "zrm/ZrmInstrument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <set>

namespace core::sync {

namespace {

using repo::SyncColumn;
using repo::SyncValue;

QString tr(const char* text)
{
    return QCoreApplication::translate("core::sync", text);
}

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

struct Vocabulary {
    const char* table;
    const char* column;
    Keuzelijst lijst;
};

constexpr Vocabulary kVocabularies[] = {
    {"traject", "domein", Keuzelijst::Domein},
    {"traject", "kanaal", Keuzelijst::MeldingKanaal},
    {"traject", "urgentie", Keuzelijst::Urgentie},
    {"gesprek", "vorm", Keuzelijst::GespreksVorm},
    {"gesprek_aanwezige", "rol", Keuzelijst::Rol},
    {"gesprek_leefgebied", "leefgebied", Keuzelijst::Leefgebied},
    {"signaal", "bron", Keuzelijst::SignaalBron},
    {"voorziening", "soort", Keuzelijst::VoorzieningSoort},
    {"voorziening", "eenheid", Keuzelijst::Eenheid},
    {"voorziening", "levering", Keuzelijst::Levering},
    {"plan", "status", Keuzelijst::PlanStatus},
    {"plan_doel", "soort", Keuzelijst::DoelSoort},
    {"plan_doel", "evaluatie", Keuzelijst::DoelEvaluatie},
    {"plan_actie", "niveau", Keuzelijst::ActieNiveau},
    {"sociale_kaart", "vorm", Keuzelijst::VoorzieningVorm},
    {"sociale_kaart", "wet", Keuzelijst::Wet},
    {"sociale_kaart", "categorie", Keuzelijst::VoorzieningCategorie},
};

const std::set<std::string>& dateColumns()
{
    static const std::set<std::string> names = {
        "geboortedatum",
        "toestemming_datum",
        "mz_sinds",
        "datum",
        "melding_datum",
        "start",
        "eind",
        "van",
        "tot",
        "vastgesteld_op",
        "geevalueerd_op",
        "evaluatie_datum",
        "ondertekend_op",
    };
    return names;
}

const std::set<std::string>& timestampColumns()
{
    static const std::set<std::string> names = {"created_at", "updated_at", "uitgegeven_op", "opgelost_op"};
    return names;
}

bool knownZrmLeefgebied(const QString& key, bool only2017)
{
    for (const ZrmInstrument& instrument : ZrmInstrument::builtIn()) {
        if (only2017 && instrument.id() != ZrmInstrument::kZrm2017)
            continue;
        if (instrument.leefgebied(key))
            return true;
    }
    return false;
}

} // namespace

ColumnCheck checkFor(const std::string& table, const SyncColumn& column)
{
    ColumnCheck c;
    c.date = dateColumns().count(column.name) > 0;
    c.timestamp = timestampColumns().count(column.name) > 0;
    c.bsn = table == "inwoner" && column.name == "bsn";
    c.zrmLeefgebied = table == "zrm_score" && column.name == "leefgebied";
    c.zrm2017 = table == "plan_doel" && column.name == "leefgebied";
    c.score = table == "zrm_score" && (column.name == "score" || column.name == "doelscore");
    c.emptyAllowed = column.emptyDefault;
    for (const Vocabulary& v : kVocabularies) {
        if (table == v.table && column.name == v.column)
            c.vocabulary = v.lijst;
    }
    return c;
}

/// What is wrong with one value beyond its type, or an empty string.
QString domainProblem(const ColumnCheck& check, const SyncValue& value)
{
    if (value.kind == SyncValue::Kind::Text &&
        (check.date || check.timestamp || check.bsn || check.zrmLeefgebied || check.zrm2017 || check.vocabulary)) {
        const QString text = q(value.bytes);
        if (text.isEmpty() && (check.emptyAllowed || check.zrm2017))
            return {};
        if (check.date && (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()))
            return tr("'%1' is not a date (YYYY-MM-DD)").arg(text.left(40));
        if (check.timestamp && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return tr("'%1' is not a date and time").arg(text.left(40));
        if (check.bsn && !rules::Bsn::isValid(text))
            return tr("BSN %1 does not pass the elfproef").arg(text.left(20));
        if (check.zrmLeefgebied && !knownZrmLeefgebied(text, false))
            return tr("'%1' is not a leefgebied of the Zelfredzaamheid-Matrix").arg(text.left(40));
        if (check.zrm2017 && !knownZrmLeefgebied(text, true))
            return tr("'%1' is not a leefgebied of the ZRM 2017").arg(text.left(40));
        if (check.vocabulary && !isKeuze(*check.vocabulary, text))
            return tr("'%1' is not a known value").arg(text.left(40));
    }
    if (check.score && value.kind == SyncValue::Kind::Integer && (value.integer < 1 || value.integer > 5))
        return tr("ZRM score %1 is not between 1 and 5").arg(value.integer);
    return {};
}

} // namespace core::sync
