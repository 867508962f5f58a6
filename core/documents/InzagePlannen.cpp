// SPDX-License-Identifier: EUPL-1.2
#include "InzagePlannen.h"

#include "MustacheData.h"

#include "Workspace.h"
#include "model/Keuzelijst.h"
#include "model/Plan.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "repo/TrajectRepository.h"
#include "zrm/ZrmInstrument.h"

#include <QLocale>

#include <optional>

namespace core::documents {

namespace {

// As in InzageDocument: a letter to a Dutch inwoner, in plain Dutch whatever language the app speaks.

QString datum(const QDate& date)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString getal(double value)
{
    return QLocale(QLocale::Dutch).toString(value, 'g', 6);
}

QString leefgebied(const QString& key)
{
    const ZrmInstrument* zrm = ZrmInstrument::find(ZrmInstrument::kZrm2017);
    const Leefgebied* lg = zrm ? zrm->leefgebied(key) : nullptr;
    return lg ? lg->naam : key;
}

QString niveau(int score)
{
    const ZrmInstrument* zrm = ZrmInstrument::find(ZrmInstrument::kZrm2017);
    const QString label = zrm ? zrm->niveau(score) : QString();
    return label.isEmpty() ? QString::number(score) : QStringLiteral("%1 – %2").arg(score).arg(label);
}

QString periode(const QDate& van, const QDate& tot)
{
    if (van.isValid() && tot.isValid())
        return QStringLiteral("%1 tot en met %2").arg(datum(van), datum(tot));
    if (van.isValid())
        return QStringLiteral("vanaf %1").arg(datum(van));
    if (tot.isValid())
        return QStringLiteral("tot en met %1").arg(datum(tot));
    return {};
}

/// Who does the actie, as the inwoner knows them.
class Wie {
public:
    Wie(Workspace& ws, const std::map<QString, QString>& namen)
        : m_ws(ws)
        , m_namen(namen)
    {
    }

    QString van(const PlanActie& a)
    {
        if (a.niveau == QLatin1String("eigen_kracht"))
            return QStringLiteral("U zelf");
        if (a.niveau == QLatin1String("netwerk")) {
            const auto it = m_namen.find(a.netwerkId);
            return it != m_namen.end() ? it->second : QStringLiteral("Iemand uit uw netwerk");
        }
        if (!a.voorzieningId.isEmpty()) {
            if (const auto item = m_ws.socialeKaart().get(a.voorzieningId)) {
                if (item->aanbieder.isEmpty() || item->naam.contains(item->aanbieder))
                    return item->naam;
                return QStringLiteral("%1 (%2)").arg(item->naam, item->aanbieder);
            }
        }
        return a.uitvoerder;
    }

private:
    Workspace& m_ws;
    const std::map<QString, QString>& m_namen;
};

mustache::data actie(const PlanActie& a, Wie& wie)
{
    QString omvang;
    if (a.omvang) {
        omvang = getal(*a.omvang);
        if (!a.eenheid.isEmpty())
            omvang += QLatin1Char(' ') + keuzeLabelNl(Keuzelijst::Eenheid, a.eenheid);
    }
    QString waarom = a.onderbouwing;
    if (!a.beschikkingId.isEmpty())
        waarom = QStringList{QStringLiteral("Toegekend in het besluit op uw aanvraag."), waarom}.join(QLatin1Char(' '));
    return mustache::object{
        {"niveau", mustache::data(s(keuzeLabelNl(Keuzelijst::ActieNiveau, a.niveau)))},
        {"wat", mustache::data(s(a.wat))},
        {"wie", mustache::data(s(wie.van(a)))},
        {"wanneer", mustache::data(s(periode(a.van, a.tot)))},
        {"omvang", mustache::data(s(omvang))},
        {"waarom", optioneel(waarom.trimmed())},
    };
}

mustache::data doel(const PlanDoel& d, Wie& wie)
{
    mustache::list acties;
    for (const PlanActie& a : d.acties)
        acties.push_back(actie(a, wie));
    QStringList evaluatie;
    if (!d.evaluatie.isEmpty())
        evaluatie << keuzeLabelNl(Keuzelijst::DoelEvaluatie, d.evaluatie);
    if (!d.evaluatie.isEmpty() && !d.evaluatieNotitie.isEmpty())
        evaluatie << d.evaluatieNotitie;
    return mustache::object{
        {"leefgebied", mustache::data(s(leefgebied(d.leefgebied)))},
        {"wens", mustache::data(s(d.wens))},
        {"gewenste_situatie", optioneel(d.gewensteSituatie)},
        {"soort", mustache::data(s(keuzeLabelNl(Keuzelijst::DoelSoort, d.soort)))},
        {"doelscore", optioneel(d.doelscore ? niveau(*d.doelscore) : QString())},
        {"evaluatiedatum", optioneel(d.evaluatieDatum.isValid() ? datum(d.evaluatieDatum) : QString())},
        {"eigen_oplossing", optioneel(d.eigenOplossing)},
        {"reden_niet_gevolgd", optioneel(d.redenNietGevolgd)},
        {"evaluatie", optioneel(evaluatie.join(QStringLiteral(". ")))},
        {"heeft_acties",
         mustache::data(acties.empty() ? mustache::data::type::bool_false : mustache::data::type::bool_true)},
        {"acties", acties},
    };
}

QString hulpvraag(Workspace& ws, const QString& trajectId)
{
    if (trajectId.isEmpty())
        return {};
    const auto t = ws.trajecten().get(trajectId);
    if (!t || t->meta.deleted)
        return {};
    return QStringLiteral("%1, gemeld op %2").arg(keuzeLabelNl(Keuzelijst::Domein, t->domein), datum(t->meldingDatum));
}

} // namespace

kainjow::mustache::list inzagePlannen(Workspace& ws, const QString& inwonerId, const QString& huishoudenId,
                                      const std::map<QString, QString>& namen, QStringList& ids)
{
    auto& repo = ws.plannen();
    Wie wie(ws, namen);
    mustache::list plannen;
    for (const Ondersteuningsplan& kop : repo.forInwoner(inwonerId, huishoudenId)) {
        const std::optional<Ondersteuningsplan> plan = repo.get(kop.meta.id);
        if (!plan)
            continue;
        ids << plan->meta.id;
        mustache::list doelen;
        for (const PlanDoel& d : plan->doelen)
            doelen.push_back(doel(d, wie));
        QString regisseur = plan->regisseur;
        if (!plan->regisseurRol.isEmpty())
            regisseur += QStringLiteral(" (%1)").arg(plan->regisseurRol);
        plannen.push_back(mustache::object{
            {"versie", mustache::data(std::to_string(plan->versie))},
            {"status", mustache::data(s(keuzeLabelNl(Keuzelijst::PlanStatus, plan->status)))},
            {"gemaakt", mustache::data(s(datum(plan->meta.createdAt.toLocalTime().date())))},
            {"vastgesteld", optioneel(plan->vastgesteldOp.isValid() ? datum(plan->vastgesteldOp) : QString())},
            {"geevalueerd", optioneel(plan->geevalueerdOp.isValid() ? datum(plan->geevalueerdOp) : QString())},
            {"regisseur", optioneel(regisseur)},
            {"hulpvraag", optioneel(hulpvraag(ws, plan->trajectId))},
            {"voor_huishouden", mustache::data(plan->huishoudenId.isEmpty() ? mustache::data::type::bool_false
                                                                            : mustache::data::type::bool_true)},
            {"wederkerigheid", optioneel(plan->wederkerigheid)},
            {"evaluatie", optioneel(plan->evaluatieNotitie)},
            {"heeft_doelen",
             mustache::data(doelen.empty() ? mustache::data::type::bool_false : mustache::data::type::bool_true)},
            {"doelen", doelen},
        });
    }
    return plannen;
}

} // namespace core::documents
