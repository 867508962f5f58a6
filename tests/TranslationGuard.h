// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace test {

/// Installs the translations of one language for the length of a test, then removes them again.
struct TranslationGuard {
    explicit TranslationGuard(const QString& language)
    {
        core::installTranslations(*QCoreApplication::instance(), language);
    }
    ~TranslationGuard()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    TranslationGuard(const TranslationGuard&) = delete;
    TranslationGuard& operator=(const TranslationGuard&) = delete;
};

} // namespace test
