// SPDX-License-Identifier: EUPL-1.2
#include "rules/AtwKalender.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace core::rules {

namespace {

struct Feestdag {
    const char* sleutel;
    const char* naam; // English source; the Dutch name comes from the translations
};

// Keys are stable (stored, compared, exported); names are for people.
constexpr Feestdag kNieuwjaarsdag{"nieuwjaarsdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "New Year's Day")};
constexpr Feestdag kGoedeVrijdag{"goede_vrijdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Good Friday")};
constexpr Feestdag kTweedePaasdag{"tweede_paasdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Easter Monday")};
constexpr Feestdag kKoningsdag{"koningsdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "King's Day")};
constexpr Feestdag kBevrijdingsdag{"bevrijdingsdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Liberation Day")};
constexpr Feestdag kHemelvaartsdag{"hemelvaartsdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Ascension Day")};
constexpr Feestdag kTweedePinksterdag{"tweede_pinksterdag",
                                      QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Whit Monday")};
constexpr Feestdag kEersteKerstdag{"eerste_kerstdag", QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Christmas Day")};
constexpr Feestdag kTweedeKerstdag{"tweede_kerstdag",
                                   QT_TRANSLATE_NOOP("core::rules::AtwKalender", "Second Christmas Day")};

const Feestdag* wettelijkeFeestdag(const QDate& datum)
{
    const int maand = datum.month();
    const int dag = datum.day();
    if (maand == 1 && dag == 1)
        return &kNieuwjaarsdag;
    if (maand == 4 && (dag == 27 || dag == 26)) {
        // Koningsdag moves to the 26th when the 27th is a Sunday.
        const QDate zevenentwintig(datum.year(), 4, 27);
        const bool opZondag = zevenentwintig.dayOfWeek() == Qt::Sunday;
        if ((dag == 27 && !opZondag) || (dag == 26 && opZondag))
            return &kKoningsdag;
    }
    if (maand == 5 && dag == 5)
        return &kBevrijdingsdag;
    if (maand == 12 && dag == 25)
        return &kEersteKerstdag;
    if (maand == 12 && dag == 26)
        return &kTweedeKerstdag;
    const qint64 naPasen = AtwKalender::pasen(datum.year()).daysTo(datum);
    switch (naPasen) {
    case -2:
        return &kGoedeVrijdag;
    case 1:
        return &kTweedePaasdag;
    case 39:
        return &kHemelvaartsdag;
    case 50:
        return &kTweedePinksterdag;
    default:
        return nullptr;
    }
}

Error ongeldig(const QString& message)
{
    return Error{ErrorCode::Invalid, message};
}

Result<std::map<QDate, QString>> leesDagen(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ongeldig(AtwKalender::tr("The list of gelijkgestelde dagen is not valid JSON: %1 (at character %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(AtwKalender::kFormat))
        return ongeldig(AtwKalender::tr("The list of gelijkgestelde dagen must be an object with \"format\": \"%1\".")
                            .arg(QLatin1String(AtwKalender::kFormat)));
    if (!root.value(QStringLiteral("dagen")).isArray())
        return ongeldig(AtwKalender::tr("The list of gelijkgestelde dagen needs a \"dagen\" list."));

    static const QRegularExpression isoDatum(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    std::map<QDate, QString> dagen;
    const QJsonArray lijst = root.value(QStringLiteral("dagen")).toArray();
    for (qsizetype i = 0; i < lijst.size(); ++i) {
        const QJsonObject dag = lijst.at(i).toObject();
        const QString tekst = dag.value(QStringLiteral("datum")).toString();
        const QDate datum = QDate::fromString(tekst, Qt::ISODate);
        if (!isoDatum.match(tekst).hasMatch() || !datum.isValid())
            return ongeldig(
                AtwKalender::tr("Gelijkgestelde dag %1: \"datum\" must be a date as YYYY-MM-DD, not \"%2\".")
                    .arg(i + 1)
                    .arg(tekst));
        const QString omschrijving = dag.value(QStringLiteral("omschrijving")).toString().trimmed();
        if (omschrijving.isEmpty())
            return ongeldig(
                AtwKalender::tr("Gelijkgestelde dag %1 (%2) needs an \"omschrijving\".").arg(i + 1).arg(tekst));
        if (!dag.value(QStringLiteral("bron")).isString())
            return ongeldig(AtwKalender::tr("Gelijkgestelde dag %1 (%2) needs a \"bron\": the decree it comes from.")
                                .arg(i + 1)
                                .arg(tekst));
        dagen[datum] = omschrijving;
    }
    return dagen;
}

} // namespace

AtwKalender AtwKalender::standaard()
{
    AtwKalender kalender;
    QFile bestand(QStringLiteral(":/termijnen/%1").arg(QLatin1String(kBestandsnaam)));
    if (!bestand.open(QIODevice::ReadOnly)) {
        qWarning("The built-in list of gelijkgestelde dagen is missing.");
        return kalender;
    }
    auto dagen = leesDagen(bestand.readAll());
    if (dagen)
        kalender.m_gelijkgesteld = std::move(dagen).value();
    else
        qWarning("The built-in list of gelijkgestelde dagen is malformed: %s", qPrintable(dagen.error().message));
    return kalender;
}

Result<AtwKalender> AtwKalender::metUitbreiding(const QByteArray& json)
{
    auto extra = leesDagen(json);
    if (!extra)
        return extra.error();
    AtwKalender kalender = standaard();
    kalender.m_gelijkgesteld.merge(extra.value());
    return kalender;
}

QString AtwKalender::uitbreidingsPad()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QLatin1String(kBestandsnaam));
}

AtwKalender AtwKalender::metUitbreidingUit(const QString& pad, std::optional<Error>& fout)
{
    fout.reset();
    QFile bestand(pad);
    if (!bestand.exists())
        return standaard();
    if (!bestand.open(QIODevice::ReadOnly)) {
        fout = Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(pad), bestand.errorString())};
        return standaard();
    }
    auto kalender = metUitbreiding(bestand.readAll());
    if (!kalender) {
        fout = Error{ErrorCode::Invalid,
                     tr("%1 is ignored: %2").arg(QDir::toNativeSeparators(pad), kalender.error().message)};
        return standaard();
    }
    return std::move(kalender).value();
}

QDate AtwKalender::pasen(int jaar)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = jaar % 19;
    const int b = jaar / 100;
    const int c = jaar % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return QDate(jaar, n / 31, n % 31 + 1);
}

std::optional<QString> AtwKalender::feestdagSleutel(const QDate& datum) const
{
    if (!datum.isValid())
        return std::nullopt;
    if (const Feestdag* f = wettelijkeFeestdag(datum))
        return QLatin1String(f->sleutel);
    if (m_gelijkgesteld.count(datum) != 0)
        return QStringLiteral("gelijkgesteld");
    return std::nullopt;
}

std::optional<QString> AtwKalender::feestdag(const QDate& datum) const
{
    if (!datum.isValid())
        return std::nullopt;
    if (const Feestdag* f = wettelijkeFeestdag(datum))
        return tr(f->naam);
    if (const auto it = m_gelijkgesteld.find(datum); it != m_gelijkgesteld.end())
        return it->second;
    return std::nullopt;
}

bool AtwKalender::isWeekend(const QDate& datum) const
{
    return datum.dayOfWeek() == Qt::Saturday || datum.dayOfWeek() == Qt::Sunday;
}

bool AtwKalender::isVrijeDag(const QDate& datum) const
{
    return isWeekend(datum) || feestdagSleutel(datum).has_value();
}

} // namespace core::rules
