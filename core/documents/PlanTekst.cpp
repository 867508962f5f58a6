// SPDX-License-Identifier: EUPL-1.2
#include "PlanTekst.h"

#include "Workspace.h"
#include "model/Keuzelijst.h"
#include "repo/SocialeKaartRepository.h"
#include "zrm/ZrmInstrument.h"

#include <QLocale>
#include <QStringList>

namespace core::documents::plantekst {

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

QString omvang(const PlanActie& a)
{
    if (!a.omvang)
        return {};
    QString out = getal(*a.omvang);
    if (!a.eenheid.isEmpty())
        out += QLatin1Char(' ') + keuzeLabelNl(Keuzelijst::Eenheid, a.eenheid);
    return out;
}

QString waarom(const PlanActie& a)
{
    QString out = a.onderbouwing;
    if (!a.beschikkingId.isEmpty())
        out = QStringList{QStringLiteral("Toegekend in het besluit op uw aanvraag."), out}.join(QLatin1Char(' '));
    return out.trimmed();
}

QString Wie::van(const PlanActie& a) const
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

} // namespace core::documents::plantekst
