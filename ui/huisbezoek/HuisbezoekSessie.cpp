// SPDX-License-Identifier: EUPL-1.2
#include "HuisbezoekSessie.h"

#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <algorithm>

namespace ui {

HuisbezoekSessie::HuisbezoekSessie(const Services& services, core::Inwoner inwoner, core::Traject traject,
                                   core::Gesprek gesprek, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_inwoner(std::move(inwoner))
    , m_traject(std::move(traject))
    , m_gesprek(std::move(gesprek))
    , m_netwerk(services.dossiers.netwerk(m_inwoner.meta.id))
    , m_consulent(services.instellingen.mijnGegevens().naam)
{
    if (!m_gesprek.zrmMetingId.isEmpty()) {
        m_meting = m_services.zrm.meting(m_gesprek.zrmMetingId);
        if (m_meting && m_meting->meta.deleted)
            m_meting.reset();
    }
    for (const core::ZrmMeting& m : m_services.zrm.metingen(m_inwoner.meta.id)) {
        if (m.meta.id != m_gesprek.zrmMetingId)
            m_vorige = m; // oldest first: the last one left is the newest
    }
}

const core::NetwerkPersoon* HuisbezoekSessie::netwerkPersoon(const QString& id) const
{
    const auto it = std::find_if(m_netwerk.begin(), m_netwerk.end(),
                                 [&](const core::NetwerkPersoon& p) { return p.meta.id == id; });
    return it == m_netwerk.end() ? nullptr : &*it;
}

QDate HuisbezoekSessie::today() const
{
    return m_services.trajecten.today();
}

bool HuisbezoekSessie::saveGesprek()
{
    auto stored = m_services.gesprekken.saveGesprek(m_gesprek);
    if (!stored) {
        emit failed(Deel::Gesprek, stored.error().message);
        return false;
    }
    m_gesprek = std::move(stored.value());
    emit saved(Deel::Gesprek);
    return true;
}

bool HuisbezoekSessie::setAanwezigen(std::vector<core::Aanwezige>& aanwezigen)
{
    m_gesprek.aanwezigen = aanwezigen;
    if (!saveGesprek())
        return false;
    // The stored rows may come back in another order: match by id, then (new rows) by content.
    const auto& stored = m_gesprek.aanwezigen;
    std::vector<bool> used(stored.size(), false);
    const auto claim = [&](const auto& same) -> const core::Aanwezige* {
        for (size_t i = 0; i < stored.size(); ++i) {
            if (!used[i] && same(stored[i])) {
                used[i] = true;
                return &stored[i];
            }
        }
        return nullptr;
    };
    std::vector<bool> done(aanwezigen.size(), false);
    for (size_t i = 0; i < aanwezigen.size(); ++i) {
        const QString& id = aanwezigen[i].meta.id;
        if (!id.isEmpty())
            done[i] = claim([&](const core::Aanwezige& s) { return s.meta.id == id; }) != nullptr;
    }
    for (size_t i = 0; i < aanwezigen.size(); ++i) {
        core::Aanwezige& a = aanwezigen[i];
        if (done[i])
            continue;
        if (const core::Aanwezige* match = claim([&](const core::Aanwezige& s) {
                return s.rol == a.rol && s.netwerkId == a.netwerkId && s.naam == a.naam;
            }))
            a.meta = match->meta;
    }
    return true;
}

bool HuisbezoekSessie::setLeefgebied(const QString& leefgebied, const QString& status, const QString& notitie)
{
    auto& rows = m_gesprek.leefgebieden;
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const core::BesprokenLeefgebied& l) { return l.leefgebied == leefgebied; });
    if (it == rows.end()) {
        rows.push_back({});
        it = std::prev(rows.end());
        it->leefgebied = leefgebied;
    }
    it->status = status;
    it->notitie = notitie;
    return saveGesprek();
}

bool HuisbezoekSessie::setVisie(const QString& netwerkId, const QString& visie, const QString& behoefte)
{
    auto& rows = m_gesprek.mantelzorg;
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const core::MantelzorgVisie& v) { return v.netwerkId == netwerkId; });
    if (it == rows.end()) {
        rows.push_back({});
        it = std::prev(rows.end());
        it->netwerkId = netwerkId;
    }
    it->visie = visie;
    it->behoefte = behoefte;
    return saveGesprek();
}

bool HuisbezoekSessie::setAfspraken(const QString& afspraken)
{
    m_gesprek.afspraken = afspraken;
    return saveGesprek();
}

bool HuisbezoekSessie::setSamenvatting(const QString& samenvatting)
{
    m_gesprek.samenvatting = samenvatting;
    return saveGesprek();
}

bool HuisbezoekSessie::setPositie(const QString& positie)
{
    if (m_gesprek.positie == positie)
        return true;
    m_gesprek.positie = positie;
    return saveGesprek();
}

bool HuisbezoekSessie::afronden()
{
    m_gesprek.afgerond = true;
    if (saveGesprek())
        return true;
    m_gesprek.afgerond = false;
    return false;
}

std::optional<core::Traject> HuisbezoekSessie::actueelTraject()
{
    // The traject may have changed elsewhere (the dossier stays open behind this window).
    auto t = m_services.trajecten.traject(m_traject.meta.id);
    if (!t || t->meta.deleted) {
        emit failed(Deel::Traject, tr("This traject no longer exists."));
        return std::nullopt;
    }
    return t;
}

bool HuisbezoekSessie::saveTraject(core::Traject traject)
{
    auto stored = m_services.trajecten.saveTraject(traject);
    if (!stored) {
        emit failed(Deel::Traject, stored.error().message);
        return false;
    }
    m_traject = std::move(stored.value());
    emit saved(Deel::Traject);
    return true;
}

bool HuisbezoekSessie::zetStap(core::StapSoort soort, const QString& betreft, const QString& uitkomst)
{
    auto actueel = actueelTraject();
    if (!actueel)
        return false;
    core::Traject t = std::move(*actueel);
    core::TrajectStap stap;
    stap.soort = soort;
    stap.betreft = betreft;
    stap.datum = today();
    stap.door = m_consulent;
    stap.uitkomst = uitkomst;
    if (const core::TrajectStap* eerder = t.stap(soort, betreft); eerder && eerder->datum.isValid()) {
        // Changing only the answer keeps when and by whom it was first offered.
        stap.datum = eerder->datum;
        stap.door = eerder->door;
        stap.toelichting = eerder->toelichting;
    }
    t.zet(stap);
    return saveTraject(std::move(t));
}

bool HuisbezoekSessie::wisStap(core::StapSoort soort, const QString& betreft)
{
    auto actueel = actueelTraject();
    if (!actueel)
        return false;
    core::Traject t = std::move(*actueel);
    if (!t.stap(soort, betreft))
        return true;
    t.wis(soort, betreft);
    return saveTraject(std::move(t));
}

bool HuisbezoekSessie::setZrmScores(const std::vector<core::ZrmScore>& scores)
{
    if (!m_meting) {
        if (scores.empty())
            return true;
        core::ZrmMeting m;
        m.inwonerId = m_inwoner.meta.id;
        m.instrument = core::ZrmInstrument::kZrm2017;
        m.datum = today();
        m.moment = core::ZrmMoment::Intake;
        m.door = m_consulent;
        m_meting = m;
    }
    m_meting->scores = scores;
    auto stored = m_services.zrm.saveMeting(*m_meting);
    if (!stored) {
        emit failed(Deel::Zrm, stored.error().message);
        return false;
    }
    m_meting = std::move(stored.value());
    emit saved(Deel::Zrm);
    if (m_gesprek.zrmMetingId != m_meting->meta.id) {
        m_gesprek.zrmMetingId = m_meting->meta.id;
        return saveGesprek();
    }
    return true;
}

} // namespace ui
