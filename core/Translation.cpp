// SPDX-License-Identifier: EUPL-1.2
#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace core {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("WIJKDOSSIER_LANG");
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("nl");

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/wijkdossier_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace core
