// SPDX-License-Identifier: EUPL-1.2
#include "OutputFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using core::ErrorCode;
using core::OutputFile;
using test::contents;
using test::FileSizeLimit;
using test::mode;

namespace {

QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("an output file is written whole, readable by its owner only", "[output]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("verslag.pdf"));
    const QByteArray bytes(100000, 'x');
    REQUIRE(OutputFile::write(path, bytes).ok());
    CHECK(contents(path) == bytes);
    CHECK(mode(path) == 0600);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("verslag.pdf")});
}

TEST_CASE("a write that does not fit leaves the old file as it was, no temporary file, and says so", "[output]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sociale-kaart.csv"));
    const QByteArray old(11 * 1024, 'o');
    REQUIRE(OutputFile::write(path, old).ok());

    core::Status written;
    {
        const FileSizeLimit limit(16 * 1024);
        written = OutputFile::write(path, QByteArray(64 * 1024, 'n'));
    }
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::DiskFull);
    CHECK(written.error().message.contains(QStringLiteral("sociale-kaart.csv")));
    CHECK(written.error().message.contains(QStringLiteral("unchanged")));
    CHECK(contents(path) == old);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("sociale-kaart.csv")});
}

TEST_CASE("a temporary file a killed write left behind is removed when the file is written again", "[output]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("netwerkkaart.pdf"));
    QFile leftover(OutputFile::temporaryPrefix(path) + QStringLiteral("a1b2c3"));
    REQUIRE(leftover.open(QIODevice::WriteOnly));
    leftover.write("half a PDF");
    leftover.close();
    REQUIRE(filesIn(dir).size() == 1);

    REQUIRE(OutputFile::write(path, QByteArrayLiteral("%PDF-1.4 whole")).ok());
    CHECK(filesIn(dir) == QStringList{QStringLiteral("netwerkkaart.pdf")});
}

TEST_CASE("an output file in a folder that does not exist is refused, naming the folder", "[output]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("geen/map/plan.pdf"));
    const core::Status written = OutputFile::write(path, QByteArrayLiteral("x"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("geen/map")));
    CHECK_FALSE(QFile::exists(path));
}
