// SPDX-License-Identifier: EUPL-1.2
// --quit-after and --screenshot of the GUI: the program shows itself, optionally saves a picture of
// the screen, and quits by itself, so a smoke test (CI, a fresh installation) needs no window manager
// or xdotool to end it.
#pragma once

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace startup {

/// Saves a picture of the whole screen the window is on (what an X server shows), or of the window
/// alone where the platform cannot grab a screen (offscreen). PNG, readable by the owner only: the
/// screen shows personal data. Returns an empty string or the reason it failed.
inline QString saveScreenshot(QWidget& window, const QString& path)
{
    QPixmap picture;
    if (QScreen* screen = window.screen())
        picture = screen->grabWindow(0);
    if (picture.isNull())
        picture = window.grab();
    if (picture.isNull())
        return QApplication::translate("main", "The screen could not be captured.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QImageWriter writer(&file, "png");
    if (!writer.write(picture.toImage()))
        return writer.errorString();
    if (!file.commit())
        return file.errorString();
    return {};
}

/// Quits the application `seconds` after the event loop starts; with a `screenshotPath`, saves the
/// screen first. A screenshot that cannot be saved ends the program with exit status 1.
inline void quitAfter(QWidget& window, int seconds, const QString& screenshotPath)
{
    QTimer::singleShot(seconds * 1000, &window, [&window, screenshotPath] {
        int status = 0;
        if (!screenshotPath.isEmpty()) {
            const QString error = saveScreenshot(window, screenshotPath);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(screenshotPath), qPrintable(error));
                status = 1;
            }
        }
        QApplication::exit(status);
    });
}

} // namespace startup
