// SPDX-License-Identifier: EUPL-1.2
#include "InzageDocument.h"

#include "Brief.h"
#include "MustacheData.h"

#include "Clock.h"
#include "InzagePlannen.h"
#include "Workspace.h"
#include "db/DatabaseError.h"
#include "model/Keuzelijst.h"
#include "repo/AuditRepository.h"
#include "repo/TrajectRepository.h"
#include "services/DossierService.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <utility>

namespace core::documents {

namespace {

// The words below are printed in a letter to a Dutch inwoner in plain Dutch (B1), whatever language
// the app speaks, so they are not tr() strings; they are keyed by the stable keys of the model.
const std::map<QString, QString>& dutch()
{
    static const std::map<QString, QString> words = {
        {QStringLiteral("relatie/partner"), QStringLiteral("Partner")},
        {QStringLiteral("relatie/kind"), QStringLiteral("Kind")},
        {QStringLiteral("relatie/ouder"), QStringLiteral("Ouder")},
        {QStringLiteral("relatie/familie"), QStringLiteral("Familie")},
        {QStringLiteral("relatie/buur"), QStringLiteral("Buurman of buurvrouw")},
        {QStringLiteral("relatie/vriend"), QStringLiteral("Vriend of vriendin")},
        {QStringLiteral("relatie/vrijwilliger"), QStringLiteral("Vrijwilliger")},
        {QStringLiteral("relatie/huisarts"), QStringLiteral("Huisarts")},
        {QStringLiteral("relatie/wijkverpleegkundige"), QStringLiteral("Wijkverpleegkundige")},
        {QStringLiteral("relatie/aanbieder"), QStringLiteral("Zorgaanbieder")},
        {QStringLiteral("relatie/professional"), QStringLiteral("Andere hulpverlener")},
        {QStringLiteral("relatie/anders"), QStringLiteral("Anders")},
        {QStringLiteral("toestemming/ja"), QStringLiteral("Ja")},
        {QStringLiteral("toestemming/nee"), QStringLiteral("Nee")},
        {QStringLiteral("toestemming/onbekend"), QStringLiteral("Nog niet gevraagd")},
        {QStringLiteral("kanaal/"), QStringLiteral("Geen voorkeur")},
        {QStringLiteral("kanaal/telefoon"), QStringLiteral("Telefoon")},
        {QStringLiteral("kanaal/sms"), QStringLiteral("Sms")},
        {QStringLiteral("kanaal/email"), QStringLiteral("E-mail")},
        {QStringLiteral("kanaal/post"), QStringLiteral("Brief")},
        {QStringLiteral("kanaal/huisbezoek"), QStringLiteral("Huisbezoek")},
        {QStringLiteral("moment/intake"), QStringLiteral("Eerste meting (intake)")},
        {QStringLiteral("moment/tussentijds"), QStringLiteral("Tussentijdse meting")},
        {QStringLiteral("moment/evaluatie"), QStringLiteral("Evaluatie")},
        {QStringLiteral("moment/afsluiting"), QStringLiteral("Afsluiting")},
        {QStringLiteral("reden/niet_relevant"), QStringLiteral("niet nodig voor uw hulpvraag")},
        {QStringLiteral("reden/onvoldoende_informatie"), QStringLiteral("nog niet genoeg informatie")},
        {QStringLiteral("reden/inwoner_wil_niet"), QStringLiteral("u wilde dit niet")},
        {QStringLiteral("actie/create"), QStringLiteral("aangemaakt")},
        {QStringLiteral("actie/update"), QStringLiteral("gewijzigd")},
        {QStringLiteral("actie/delete"), QStringLiteral("verwijderd")},
        {QStringLiteral("actie/restore"), QStringLiteral("teruggezet")},
        {QStringLiteral("actie/open"), QStringLiteral("bekeken")},
        {QStringLiteral("actie/import"), QStringLiteral("ingelezen uit een bestand")},
        {QStringLiteral("actie/export"), QStringLiteral("opgevraagd als overzicht")},
        {QStringLiteral("entiteit/inwoner"), QStringLiteral("Uw persoonsgegevens")},
        {QStringLiteral("entiteit/netwerkpersoon"), QStringLiteral("Een persoon in uw netwerk")},
        {QStringLiteral("entiteit/zrm_meting"), QStringLiteral("Een meting van de Zelfredzaamheid-Matrix")},
        {QStringLiteral("entiteit/huishouden"), QStringLiteral("Uw huishouden")},
        {QStringLiteral("entiteit/huishoudlid"), QStringLiteral("Een lid van uw huishouden")},
        {QStringLiteral("entiteit/traject"), QStringLiteral("Een hulpvraag")},
        {QStringLiteral("entiteit/gesprek"), QStringLiteral("Een gesprek")},
        {QStringLiteral("entiteit/plan"), QStringLiteral("Een ondersteuningsplan")},
        {QStringLiteral("entiteit/signaal"), QStringLiteral("Wat iemand anders over u vertelde")},
    };
    return words;
}

QString woord(const QString& soort, const QString& key)
{
    const auto it = dutch().find(soort + QLatin1Char('/') + key);
    return it != dutch().end() ? it->second : key;
}

QString datum(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("niet bekend");
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ingevuld(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("niet ingevuld") : text;
}

mustache::data veld(const char* naam, const QString& waarde)
{
    return mustache::object{{"veld", mustache::data(naam)}, {"waarde", mustache::data(s(ingevuld(waarde)))}};
}

mustache::list persoonsgegevens(const Inwoner& in)
{
    const QString woonplaats = QStringList{in.adres.postcode, in.adres.woonplaats}.join(QLatin1Char(' ')).trimmed();
    QString aanspreekpunt = in.aanspreekpunt.naam;
    if (!in.aanspreekpunt.telefoon.isEmpty())
        aanspreekpunt += QStringLiteral(", telefoon ") + in.aanspreekpunt.telefoon;
    return {
        veld("Voornamen", in.voornamen),
        veld("Voorletters", in.voorletters),
        veld("Roepnaam", in.roepnaam),
        veld("Tussenvoegsel", in.tussenvoegsel),
        veld("Achternaam", in.geslachtsnaam),
        veld("Burgerservicenummer (BSN)", in.bsn),
        veld("Geboortedatum", in.geboortedatum.isValid() ? datum(in.geboortedatum) : QString()),
        veld("Adres", in.adres.straatregel()),
        veld("Postcode en woonplaats", woonplaats),
        veld("Telefoon", in.telefoon),
        veld("E-mail", in.email),
        veld("Taal thuis (als dat niet Nederlands is)", in.taal),
        veld("Tolk nodig", in.tolkNodig ? QStringLiteral("Ja") : QStringLiteral("Nee")),
        veld("Hoe wilt u het liefst contact", woord(QStringLiteral("kanaal"), key(in.contactvoorkeur))),
        veld("Vaste contactpersoon", aanspreekpunt),
    };
}

mustache::data netwerkPersoon(const NetwerkPersoon& p)
{
    mustache::object o{
        {"naam", mustache::data(s(p.naam))},
        {"relatie", mustache::data(s(woord(QStringLiteral("relatie"), key(p.relatie))))},
        {"organisatie", optioneel(p.organisatie)},
        {"doet_nu", optioneel(p.doetNu)},
        {"kan_meer", optioneel(p.kanMeer)},
        {"telefoon", optioneel(p.telefoon)},
        {"email", optioneel(p.email)},
        {"adres", optioneel(p.adres)},
    };
    QString toestemming = woord(QStringLiteral("toestemming"), key(p.toestemming));
    if (p.toestemming != Toestemming::Onbekend && p.toestemmingDatum.isValid())
        toestemming += QStringLiteral(" (vastgelegd op %1)").arg(datum(p.toestemmingDatum));
    o["toestemming"] = mustache::data(s(toestemming));
    if (p.mantelzorg) {
        const Mantelzorg& mz = *p.mantelzorg;
        const QString uren = mz.urenPerWeek > 0 ? QLocale(QLocale::Dutch).toString(mz.urenPerWeek, 'g', 3) : QString();
        o["mantelzorg"] = mustache::object{
            {"uren", optioneel(uren)},
            {"sinds", optioneel(mz.sinds.isValid() ? datum(mz.sinds) : QString())},
            {"taken", optioneel(mz.taken)},
            {"belasting", optioneel(brief::belasting(mz))},
            {"eigen_behoefte", optioneel(mz.eigenBehoefte)},
            {"respijtzorg", optioneel(mz.respijtzorgWens)},
        };
    } else {
        o["mantelzorg"] = vlag(false);
    }
    return o;
}

QString niveau(const ZrmInstrument* instrument, int score)
{
    const QString label = instrument ? instrument->niveau(score) : QString();
    return label.isEmpty() ? QString::number(score) : QStringLiteral("%1 – %2").arg(score).arg(label);
}

mustache::data meting(const ZrmMeting& m)
{
    const ZrmInstrument* instrument = ZrmInstrument::find(m.instrument);
    mustache::list scores;
    auto add = [&](const ZrmScore& sc, const QString& naam) {
        QString uitkomst;
        if (sc.score)
            uitkomst = niveau(instrument, *sc.score);
        else if (sc.nietBeoordeeld)
            uitkomst = QStringLiteral("Niet beoordeeld: ") + woord(QStringLiteral("reden"), key(*sc.nietBeoordeeld));
        scores.push_back(mustache::object{
            {"leefgebied", mustache::data(s(naam))},
            {"uitkomst", mustache::data(s(uitkomst))},
            {"toelichting", optioneel(sc.toelichting)},
            {"doel", mustache::data(s(sc.doelscore ? niveau(instrument, *sc.doelscore) : QStringLiteral("–")))},
        });
    };
    // In the order of the instrument, as the consulent scored them; unknown keys last.
    std::vector<const ZrmScore*> rest;
    for (const auto& sc : m.scores)
        rest.push_back(&sc);
    if (instrument) {
        for (const Leefgebied& lg : instrument->leefgebieden()) {
            const auto it =
                std::find_if(rest.begin(), rest.end(), [&](const ZrmScore* sc) { return sc->leefgebied == lg.key; });
            if (it != rest.end()) {
                add(**it, lg.naam);
                rest.erase(it);
            }
        }
    }
    for (const ZrmScore* sc : rest)
        add(*sc, sc->leefgebied);
    return mustache::object{
        {"datum", mustache::data(s(datum(m.datum)))},
        {"moment", mustache::data(s(woord(QStringLiteral("moment"), key(m.moment))))},
        {"instrument", mustache::data(s(instrument ? instrument->naam() : m.instrument))},
        {"door", optioneel(m.door)},
        {"scores", scores},
    };
}

QString uitkomst(const TrajectStap& st, const std::map<QString, QString>& namen)
{
    QStringList delen;
    if (st.soort == StapSoort::Clientondersteuning) {
        const auto it = namen.find(st.betreft);
        delen << (st.betreft == kBetreftInwoner ? QStringLiteral("Aan u")
                  : it != namen.end()           ? QStringLiteral("Aan ") + it->second
                                                : QStringLiteral("Aan uw mantelzorger"));
    }
    if (const auto lijst = uitkomstLijst(st.soort); lijst && !st.uitkomst.isEmpty())
        delen << keuzeLabelNl(*lijst, st.uitkomst);
    if (!st.toelichting.isEmpty())
        delen << st.toelichting;
    if (!st.door.isEmpty())
        delen << QStringLiteral("door ") + st.door;
    return delen.join(QStringLiteral(". "));
}

mustache::data gesprek(const Gesprek& g, const std::map<QString, QString>& namen)
{
    const auto naam = [&](const QString& id, const QString& getypt) {
        const auto it = namen.find(id);
        return it != namen.end() ? it->second : getypt;
    };
    QStringList aanwezig;
    for (const Aanwezige& a : g.aanwezigen) {
        if (a.rol == QLatin1String("inwoner"))
            aanwezig << QStringLiteral("u");
        else
            aanwezig << QStringLiteral("%1 (%2)").arg(naam(a.netwerkId, a.naam),
                                                      keuzeLabelNl(Keuzelijst::Rol, a.rol).toLower());
    }
    mustache::list leefgebieden;
    for (const BesprokenLeefgebied& l : g.leefgebieden) {
        leefgebieden.push_back(mustache::object{
            {"leefgebied", mustache::data(s(keuzeLabelNl(Keuzelijst::Leefgebied, l.leefgebied)))},
            {"status", mustache::data(s(keuzeLabelNl(Keuzelijst::LeefgebiedStatus, l.status)))},
            {"notitie", optioneel(l.notitie)},
        });
    }
    mustache::list mantelzorg;
    for (const MantelzorgVisie& v : g.mantelzorg) {
        mantelzorg.push_back(
            mustache::object{{"naam", mustache::data(s(naam(v.netwerkId, QStringLiteral("uw mantelzorger"))))},
                             {"visie", optioneel(v.visie)},
                             {"behoefte", optioneel(v.behoefte)}});
    }
    return mustache::object{
        {"datum", mustache::data(s(datum(g.datum)))},
        {"vorm", mustache::data(s(keuzeLabelNl(Keuzelijst::GespreksVorm, g.vorm).toLower()))},
        {"aanwezig", mustache::data(s(aanwezig.isEmpty() ? QStringLiteral("niet vastgelegd")
                                                         : aanwezig.join(QStringLiteral(", "))))},
        {"heeft_leefgebieden", vlag(!leefgebieden.empty())},
        {"leefgebieden", leefgebieden},
        {"mantelzorg", mantelzorg},
        {"samenvatting", optioneel(g.samenvatting)},
        {"afspraken", optioneel(g.afspraken)},
        {"loopt_nog", vlag(!g.afgerond && g.vorm == QLatin1String("huisbezoek"))},
    };
}

mustache::data traject(const Traject& t, const std::vector<Gesprek>& gesprekken,
                       const std::map<QString, QString>& namen)
{
    mustache::list stappen;
    for (const TrajectStap& st : t.stappen) {
        stappen.push_back(mustache::object{{"datum", mustache::data(s(datum(st.datum)))},
                                           {"wat", mustache::data(s(labelNl(st.soort)))},
                                           {"uitkomst", mustache::data(s(uitkomst(st, namen)))}});
    }
    mustache::list opschortingen;
    for (const TermijnOpschorting& o : t.opschortingen) {
        opschortingen.push_back(mustache::object{
            {"termijn",
             mustache::data(o.termijn == QLatin1String("onderzoek") ? "voor het onderzoek" : "voor het besluit")},
            {"dagen", mustache::data(std::to_string(o.dagen))},
            {"datum", mustache::data(s(datum(o.datum)))},
            {"reden", mustache::data(s(o.reden))}});
    }
    mustache::list voorzieningen;
    for (const Voorziening& v : t.voorzieningen) {
        QString omvang;
        if (v.omvang)
            omvang = QLocale(QLocale::Dutch).toString(*v.omvang, 'g', 4) + QLatin1Char(' ') +
                     keuzeLabelNl(Keuzelijst::Eenheid, v.eenheid);
        QString periode = QStringLiteral("vanaf ") + datum(v.start);
        if (v.eind.isValid())
            periode += QStringLiteral(" tot en met ") + datum(v.eind);
        QString wat = keuzeLabelNl(Keuzelijst::VoorzieningSoort, v.soort);
        if (!v.omschrijving.isEmpty())
            wat += QStringLiteral(": ") + v.omschrijving;
        voorzieningen.push_back(
            mustache::object{{"wat", mustache::data(s(wat))},
                             {"omvang", mustache::data(s(ingevuld(omvang)))},
                             {"periode", mustache::data(s(periode))},
                             {"levering", mustache::data(s(keuzeLabelNl(Keuzelijst::Levering, v.levering)))}});
    }
    mustache::list lijst;
    for (const Gesprek& g : gesprekken)
        lijst.push_back(gesprek(g, namen));
    return mustache::object{
        {"onderwerp", mustache::data(s(keuzeLabelNl(Keuzelijst::Domein, t.domein)))},
        {"melding", mustache::data(s(datum(t.meldingDatum)))},
        {"kanaal", mustache::data(s(t.kanaal.isEmpty() ? QStringLiteral("niet vastgelegd")
                                                       : keuzeLabelNl(Keuzelijst::MeldingKanaal, t.kanaal)))},
        {"verwijzer", optioneel(t.verwijzer)},
        {"hulpvraag", optioneel(t.hulpvraag)},
        {"urgentie", mustache::data(s(keuzeLabelNl(Keuzelijst::Urgentie, t.urgentie)))},
        {"heeft_stappen", vlag(!stappen.empty())},
        {"stappen", stappen},
        {"opschortingen", opschortingen},
        {"heeft_voorzieningen", vlag(!voorzieningen.empty())},
        {"voorzieningen", voorzieningen},
        {"gesprekken", lijst},
    };
}

QString actie(const repo::AuditEntry& e)
{
    if (e.action == QLatin1String("export") && e.entity == QLatin1String("inwoner"))
        return QStringLiteral("Overzicht van uw gegevens gemaakt");
    return woord(QStringLiteral("entiteit"), e.entity) + QLatin1Char(' ') + woord(QStringLiteral("actie"), e.action);
}

mustache::list logboek(repo::AuditRepository& audit, const QStringList& ids)
{
    std::vector<repo::AuditEntry> entries;
    for (const QString& id : ids) {
        auto some = audit.forEntity(id);
        entries.insert(entries.end(), some.begin(), some.end());
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    mustache::list out;
    for (const auto& e : entries) {
        const QString moment = QLocale(QLocale::Dutch, QLocale::Netherlands)
                                   .toString(e.at.toLocalTime(), QStringLiteral("d-M-yyyy HH:mm"));
        out.push_back(mustache::object{
            {"moment", mustache::data(s(moment))},
            {"consulent", mustache::data(s(ingevuld(e.consulent)))},
            {"actie", mustache::data(s(actie(e)))},
        });
    }
    return out;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("core::documents::InzageDocument", text);
}

} // namespace

InzageDocument::InzageDocument(Workspace& workspace, QString templateFolder)
    : m_ws(workspace)
    , m_templateFolder(std::move(templateFolder))
{
}

Result<QString> InzageDocument::render(const QString& inwonerId)
{
    m_warnings.clear();
    m_templateVersion.clear();
    const auto sjabloon = brief::laadSjabloon(QStringLiteral("inzage"), m_templateFolder, m_warnings,
                                              tr("The inzage template is broken: %1"));
    if (!sjabloon)
        return sjabloon.error();

    DossierService dossiers(m_ws);
    ZrmService zrm(m_ws);
    const auto inwoner = dossiers.inwoner(inwonerId);
    if (!inwoner)
        return Error{ErrorCode::NotFound, tr("There is no inwoner with id %1.").arg(inwonerId)};
    try {
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("inwoner"), inwonerId);

        const auto huishouden = dossiers.huishouden(inwonerId);
        const auto netwerk = dossiers.netwerk(inwonerId);
        const auto metingen = zrm.metingen(inwonerId);

        QStringList ids{inwonerId};
        mustache::data d;
        d.set("datum", s(datum(m_ws.clock().today())));
        d.set("aanhef", s(inwoner->weergavenaam()));
        if (inwoner->aanspreekpunt.naam.trimmed().isEmpty())
            d.set("aanspreekpunt", vlag(false));
        else
            d.set("aanspreekpunt", mustache::object{{"naam", mustache::data(s(inwoner->aanspreekpunt.naam))},
                                                    {"telefoon", optioneel(inwoner->aanspreekpunt.telefoon)}});
        d.set("persoonsgegevens", persoonsgegevens(*inwoner));

        mustache::list leden;
        if (huishouden) {
            ids << huishouden->meta.id;
            for (const Huishoudlid& lid : huishouden->leden) {
                ids << lid.meta.id;
                leden.push_back(mustache::object{
                    {"naam", mustache::data(s(ingevuld(lid.naam)))},
                    {"rol", mustache::data(s(ingevuld(lid.rol)))},
                    {"geboortedatum", mustache::data(s(datum(lid.geboortedatum)))},
                });
            }
            d.set("huishouden_naam", optioneel(huishouden->naam));
        } else {
            d.set("huishouden_naam", vlag(false));
        }
        d.set("heeft_huishouden", vlag(!leden.empty()));
        d.set("huishoudleden", leden);

        mustache::list personen;
        for (const NetwerkPersoon& p : netwerk) {
            ids << p.meta.id;
            personen.push_back(netwerkPersoon(p));
        }
        d.set("heeft_netwerk", vlag(!personen.empty()));
        d.set("netwerk", personen);

        mustache::list lijst;
        for (const ZrmMeting& m : metingen) {
            ids << m.meta.id;
            lijst.push_back(meting(m));
        }
        d.set("heeft_metingen", vlag(!lijst.empty()));
        d.set("metingen", lijst);

        std::map<QString, QString> namen;
        for (const NetwerkPersoon& p : netwerk)
            namen[p.meta.id] = p.naam;
        mustache::list trajecten;
        for (const Traject& t : m_ws.trajecten().forInwoner(inwonerId)) {
            ids << t.meta.id;
            const auto gesprekken = m_ws.gesprekken().forTraject(t.meta.id);
            for (const Gesprek& g : gesprekken)
                ids << g.meta.id;
            trajecten.push_back(traject(t, gesprekken, namen));
        }
        d.set("heeft_trajecten", vlag(!trajecten.empty()));
        d.set("trajecten", trajecten);

        const mustache::list plannen =
            inzagePlannen(m_ws, inwonerId, huishouden ? huishouden->meta.id : QString(), namen, ids);
        d.set("heeft_plannen", vlag(!plannen.empty()));
        d.set("plannen", plannen);

        mustache::list signalen;
        for (const Signaal& sg : m_ws.trajecten().signalen(inwonerId)) {
            ids << sg.meta.id;
            signalen.push_back(mustache::object{
                {"datum", mustache::data(s(datum(sg.datum)))},
                {"bron",
                 mustache::data(s(sg.bronNaam.isEmpty()
                                      ? keuzeLabelNl(Keuzelijst::SignaalBron, sg.bron)
                                      : QStringLiteral("%1 (%2)").arg(
                                            sg.bronNaam, keuzeLabelNl(Keuzelijst::SignaalBron, sg.bron).toLower())))},
                {"inhoud", mustache::data(s(sg.inhoud))}});
        }
        d.set("heeft_signalen", vlag(!signalen.empty()));
        d.set("signalen", signalen);

        const mustache::list log = logboek(m_ws.audit(), ids);
        d.set("heeft_logboek", vlag(!log.empty()));
        d.set("logboek", log);

        m_templateVersion = sjabloon->version;
        return sjabloon->render(d);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core::documents
