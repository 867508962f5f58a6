// SPDX-License-Identifier: EUPL-1.2
#include "SyncNamen.h"

#include <QCoreApplication>

#include <map>

namespace ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ui::SyncNamen", text);
}

} // namespace

QString syncTabelNaam(const QString& tabel)
{
    // Looked up per call: the language may be switched after start-up.
    static const std::map<QString, const char*> namen{
        {QStringLiteral("inwoner"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Inwoners")},
        {QStringLiteral("huishouden"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Huishoudens")},
        {QStringLiteral("huishoudlid"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Huishouden members")},
        {QStringLiteral("netwerkpersoon"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Netwerk")},
        {QStringLiteral("zrm_meting"), QT_TRANSLATE_NOOP("ui::SyncNamen", "ZRM-metingen")},
        {QStringLiteral("zrm_score"), QT_TRANSLATE_NOOP("ui::SyncNamen", "ZRM-scores")},
        {QStringLiteral("traject"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Trajecten")},
        {QStringLiteral("traject_stap"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Traject steps")},
        {QStringLiteral("termijn_opschorting"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Suspended deadlines")},
        {QStringLiteral("sociale_kaart"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Sociale kaart")},
        {QStringLiteral("voorziening"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Voorzieningen")},
        {QStringLiteral("gesprek"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Gesprekken")},
        {QStringLiteral("gesprek_aanwezige"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Gesprek attendees")},
        {QStringLiteral("gesprek_leefgebied"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Gesprek leefgebieden")},
        {QStringLiteral("gesprek_mantelzorg"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Gesprek mantelzorg")},
        {QStringLiteral("signaal"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Signalen")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Ondersteuningsplannen")},
        {QStringLiteral("plan_doel"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Plan goals")},
        {QStringLiteral("plan_actie"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Plan actions")},
        {QStringLiteral("document_archief"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Archived documents")},
        {QStringLiteral("document_bijlage"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Document attachments")},
        {QStringLiteral("sync_conflict"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Conflicts")},
    };
    const auto found = namen.find(tabel);
    return found != namen.end() ? tr(found->second) : tabel;
}

QString syncVeldNaam(const QString& tabel, const QString& kolom)
{
    // Columns shared by inwoner and netwerkpersoon first; then those of one table.
    static const std::map<QString, const char*> gedeeld{
        {QStringLiteral("telefoon"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ui::SyncNamen", "E-mail")},
        {QStringLiteral("naam"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Name")},
        {QStringLiteral("geboortedatum"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Date of birth")},
        {QStringLiteral("inwoner_id"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Inwoner")},
    };
    static const std::map<QString, const char*> inwoner{
        {QStringLiteral("bsn"), QT_TRANSLATE_NOOP("ui::SyncNamen", "BSN")},
        {QStringLiteral("voornamen"), QT_TRANSLATE_NOOP("ui::SyncNamen", "First names")},
        {QStringLiteral("voorletters"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Initials")},
        {QStringLiteral("tussenvoegsel"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Prefix")},
        {QStringLiteral("geslachtsnaam"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Surname")},
        {QStringLiteral("roepnaam"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Known as")},
        {QStringLiteral("straat"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Street")},
        {QStringLiteral("huisnummer"), QT_TRANSLATE_NOOP("ui::SyncNamen", "House number")},
        {QStringLiteral("huisnummer_toevoeging"), QT_TRANSLATE_NOOP("ui::SyncNamen", "House number addition")},
        {QStringLiteral("postcode"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Postcode")},
        {QStringLiteral("woonplaats"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Town")},
        {QStringLiteral("taal"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Language")},
        {QStringLiteral("tolk_nodig"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Interpreter needed")},
        {QStringLiteral("contactvoorkeur"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Contact preference")},
        {QStringLiteral("aanspreekpunt_naam"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Vast aanspreekpunt")},
        {QStringLiteral("aanspreekpunt_telefoon"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Vast aanspreekpunt phone")},
    };
    static const std::map<QString, const char*> netwerkpersoon{
        {QStringLiteral("relatie"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Relationship")},
        {QStringLiteral("organisatie"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Organisation")},
        {QStringLiteral("doet_nu"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Does now")},
        {QStringLiteral("kan_meer"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Could do more")},
        {QStringLiteral("nabijheid"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Closeness")},
        {QStringLiteral("adres"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Address")},
        {QStringLiteral("toestemming"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Consent")},
        {QStringLiteral("toestemming_datum"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Consent date")},
        {QStringLiteral("mantelzorger"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Mantelzorger")},
        {QStringLiteral("mz_uren_per_week"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Mantelzorg hours per week")},
        {QStringLiteral("mz_sinds"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Mantelzorg since")},
        {QStringLiteral("mz_taken"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Mantelzorg tasks")},
        {QStringLiteral("mz_belasting"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Mantelzorg burden")},
        {QStringLiteral("mz_eigen_behoefte"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Mantelzorger's own needs")},
        {QStringLiteral("mz_respijtzorg_wens"), QT_TRANSLATE_NOOP("ui::SyncNamen", "Respite care wish")},
    };
    const auto& eigen = tabel == QLatin1String("inwoner") ? inwoner : netwerkpersoon;
    if (tabel == QLatin1String("inwoner") || tabel == QLatin1String("netwerkpersoon")) {
        if (const auto found = eigen.find(kolom); found != eigen.end())
            return tr(found->second);
    }
    if (const auto found = gedeeld.find(kolom); found != gedeeld.end())
        return tr(found->second);
    QString leesbaar = kolom;
    leesbaar.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!leesbaar.isEmpty())
        leesbaar[0] = leesbaar[0].toUpper();
    return leesbaar;
}

} // namespace ui
