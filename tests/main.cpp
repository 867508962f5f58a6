// SPDX-License-Identifier: EUPL-1.2
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wijkdossier-tests"));
    return Catch::Session().run(argc, argv);
}
