// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QImage>

#include <cstdlib>

namespace test {

/// The number of pixels of `image` for which `matches(colour)` holds.
inline int countPixels(const QImage& image, auto&& matches)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (matches(image.pixelColor(x, y)))
                ++count;
        }
    }
    return count;
}

/// Pixels that are not (nearly) white: how much was drawn.
inline int nonWhitePixels(const QImage& image)
{
    return countPixels(image, [](const QColor& c) { return c.red() < 250 || c.green() < 250 || c.blue() < 250; });
}

/// Pixels within 10 of `colour` in every channel.
inline int pixelsNear(const QImage& image, QRgb colour)
{
    const QColor wanted(colour);
    return countPixels(image, [&](const QColor& c) {
        return std::abs(c.red() - wanted.red()) <= 10 && std::abs(c.green() - wanted.green()) <= 10 &&
               std::abs(c.blue() - wanted.blue()) <= 10;
    });
}

} // namespace test
