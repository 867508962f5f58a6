// SPDX-License-Identifier: EUPL-1.2
#include "ZrmInstrument.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("core::ZrmInstrument", text);
}

Error wrong(const QString& what)
{
    return Error{
        ErrorCode::Invalid,
        QCoreApplication::translate("core::ZrmInstrument", "This is not a valid ZRM instrument file: %1").arg(what)};
}

std::vector<ZrmInstrument> loadBuiltIn()
{
    std::vector<ZrmInstrument> instruments;
    for (const char* name : {":/zrm/zrm2017.json", ":/zrm/zrm2013.json"}) {
        QFile file(QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto instrument = ZrmInstrument::fromJson(file.readAll()))
            instruments.push_back(std::move(instrument.value()));
    }
    return instruments;
}

} // namespace

Result<ZrmInstrument> ZrmInstrument::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return wrong(tr("it is not JSON (%1).").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("wijkdossier-zrm-instrument"))
        return wrong(tr("\"format\" must be \"wijkdossier-zrm-instrument\"."));

    ZrmInstrument instrument;
    instrument.m_id = root.value(QStringLiteral("id")).toString();
    instrument.m_naam = root.value(QStringLiteral("naam")).toString();
    if (instrument.m_id.isEmpty() || instrument.m_naam.isEmpty())
        return wrong(tr("\"id\" and \"naam\" are required."));

    const QJsonArray niveaus = root.value(QStringLiteral("niveaus")).toArray();
    if (niveaus.size() != 5)
        return wrong(tr("there must be exactly five levels."));
    for (int i = 0; i < 5; ++i) {
        const QJsonObject niveau = niveaus.at(i).toObject();
        if (niveau.value(QStringLiteral("score")).toInt() != i + 1 ||
            niveau.value(QStringLiteral("label")).toString().isEmpty())
            return wrong(tr("level %1 needs \"score\": %1 and a \"label\".").arg(i + 1));
        instrument.m_niveaus << niveau.value(QStringLiteral("label")).toString();
    }

    const QJsonArray leefgebieden = root.value(QStringLiteral("leefgebieden")).toArray();
    if (leefgebieden.isEmpty())
        return wrong(tr("\"leefgebieden\" is empty."));
    for (const QJsonValue& value : leefgebieden) {
        const QJsonObject o = value.toObject();
        Leefgebied lg{o.value(QStringLiteral("key")).toString(),
                      o.value(QStringLiteral("naam")).toString(),
                      o.value(QStringLiteral("bijzonder")).toString() == QLatin1String("strafrechtelijk"),
                      {}};
        if (lg.key.isEmpty() || lg.naam.isEmpty())
            return wrong(tr("every leefgebied needs a \"key\" and a \"naam\"."));
        if (instrument.leefgebied(lg.key))
            return wrong(tr("the leefgebied \"%1\" appears twice.").arg(lg.key));
        for (const QJsonValue& target : o.value(QStringLiteral("zrm2017")).toArray())
            lg.zrm2017 << target.toString();
        if (instrument.m_id == kZrm2017)
            lg.zrm2017 = QStringList{lg.key};
        if (lg.zrm2017.isEmpty())
            return wrong(tr("the leefgebied \"%1\" does not say which ZRM 2017 leefgebied it maps onto.").arg(lg.key));
        instrument.m_leefgebieden.push_back(std::move(lg));
    }
    return instrument;
}

const std::vector<ZrmInstrument>& ZrmInstrument::builtIn()
{
    // Read once from the resources compiled into the program; never changes while it runs.
    static const std::vector<ZrmInstrument> instruments = loadBuiltIn();
    return instruments;
}

const ZrmInstrument* ZrmInstrument::find(const QString& id)
{
    for (const ZrmInstrument& instrument : builtIn()) {
        if (instrument.id() == id)
            return &instrument;
    }
    return nullptr;
}

const Leefgebied* ZrmInstrument::leefgebied(const QString& key) const
{
    for (const Leefgebied& lg : m_leefgebieden) {
        if (lg.key == key)
            return &lg;
    }
    return nullptr;
}

QString ZrmInstrument::niveau(int score) const
{
    return score >= 1 && score <= 5 ? m_niveaus.at(score - 1) : QString();
}

} // namespace core
