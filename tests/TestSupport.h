// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Clock.h"
#include "Workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <sys/stat.h>

namespace test {

/// The whole contents of a file (the test fails when it cannot be read).
inline QByteArray contents(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// The permission bits of a file, e.g. 0600.
inline int mode(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

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
