// SPDX-License-Identifier: EUPL-1.2
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("WIJKDOSSIER_NO_FIRST_RUN", "1");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wijkdossier-ui-tests"));
    return Catch::Session().run(argc, argv);
}
