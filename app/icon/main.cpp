// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-render-icon SVG SIZE PNG: the application icon at one size, for the icon theme of an
// installation. A build tool, not installed. It reads the SVG through Qt's image plugins (libqt6svg6),
// so the build needs no SVG development package.
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    bool sizeValid = false;
    const int size = args.value(2).toInt(&sizeValid);
    if (args.size() != 4 || !sizeValid || size < 16 || size > 1024) {
        std::fprintf(stderr, "usage: wijkdossier-render-icon SVG SIZE(16-1024) PNG\n");
        return 2;
    }
    QImageReader reader(args.at(1), "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "%s: %s (is libqt6svg6 installed?)\n", qPrintable(args.at(1)),
                     qPrintable(reader.errorString()));
        return 1;
    }
    QSaveFile file(args.at(3));
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(3)), qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
