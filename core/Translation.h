// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QCoreApplication;

namespace core {

/// Installs the translations for `language` ("nl" by default, "en" for English) on the
/// application: Wijkdossier's own strings and Qt's (buttons, dialogs). The language comes from
/// the argument, else the WIJKDOSSIER_LANG environment variable, else Dutch.
/// Returns the language installed.
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace core
