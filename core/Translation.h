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

/// `sourceText` in Dutch, whatever language the application speaks: for letters and overviews
/// that go to an inwoner. Falls back to the source text when there is no Dutch translation.
QString inDutch(const char* context, const char* sourceText);

} // namespace core
