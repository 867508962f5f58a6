// SPDX-License-Identifier: EUPL-1.2
#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace core {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("WIJKDOSSIER_LANG");
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("nl");

    // Dates and numbers on screen follow the language: "maandag 23 november 2026", "2,5 uur".
    QLocale::setDefault(lang == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/wijkdossier_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

QString inDutch(const char* context, const char* sourceText)
{
    static const auto* dutch = [] {
        auto* translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/wijkdossier_nl.qm")))
            qWarning("The Dutch translation is missing from this build.");
        return translator;
    }();
    const QString text = dutch->translate(context, sourceText);
    return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
}

} // namespace core
