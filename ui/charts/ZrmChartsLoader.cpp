// SPDX-License-Identifier: EUPL-1.2
#include "charts/ZrmCharts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace ui {

namespace {

/// Next to the program first (a build tree or a copied build), then where an installation keeps it
/// (/usr/bin/… → /usr/lib/<arch>/wijkdossier/), then the build tree (tests, which run from their own
/// directory).
QStringList pluginCandidates()
{
    const QString file = QStringLiteral(WIJKDOSSIER_CHARTS_PLUGIN_FILE);
    const QDir programs(QCoreApplication::applicationDirPath());
    QStringList candidates{programs.filePath(file),
                           QDir::cleanPath(programs.filePath(QStringLiteral(WIJKDOSSIER_CHARTS_PLUGIN_FROM_BIN)) +
                                           QLatin1Char('/') + file),
                           QDir(QStringLiteral(WIJKDOSSIER_CHARTS_PLUGIN_DIR)).filePath(file)};
    candidates.removeDuplicates();
    return candidates;
}

} // namespace

ZrmCharts* zrmCharts(QString* error)
{
    // The plugin stays loaded for the life of the program: widgets it made may still be shown.
    static QPluginLoader loader;
    static ZrmCharts* charts = nullptr;
    if (charts)
        return charts;

    QStringList problems;
    for (const QString& candidate : pluginCandidates()) {
        if (!QFileInfo::exists(candidate))
            continue;
        loader.setFileName(candidate);
        QObject* instance = loader.instance();
        if (!instance) {
            problems << loader.errorString();
            continue;
        }
        charts = qobject_cast<ZrmCharts*>(instance);
        if (charts)
            return charts;
        problems << QCoreApplication::translate("ui::ZrmCharts", "%1 is not a ZRM charts plugin.")
                        .arg(QDir::toNativeSeparators(candidate));
        loader.unload();
    }

    if (error) {
        if (problems.isEmpty())
            problems << QCoreApplication::translate("ui::ZrmCharts", "The charts plugin was not found: %1.")
                            .arg(QDir::toNativeSeparators(pluginCandidates().join(QStringLiteral(", "))));
        *error = problems.join(QLatin1Char('\n'));
    }
    return nullptr;
}

} // namespace ui
