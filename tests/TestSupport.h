// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Clock.h"
#include "Workspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace test {

/// A workspace on a fresh database file in a temporary folder, with a clock that stands still
/// at Tuesday 10 November 2026, 14:00 UTC unless moved.
struct TempWorkspace {
    QTemporaryDir dir;
    core::FixedClock clock{QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<core::Workspace> ws;

    TempWorkspace()
    {
        REQUIRE(dir.isValid());
        auto opened = core::Workspace::open(path(), clock, {.create = true});
        REQUIRE(opened.ok());
        ws = std::move(opened.value());
    }
    QString path() const { return dir.filePath(QStringLiteral("dossier.sqlite")); }
    core::Workspace& operator*() { return *ws; }
    core::Workspace* operator->() { return ws.get(); }
};

} // namespace test
