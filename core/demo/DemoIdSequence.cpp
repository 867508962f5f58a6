// SPDX-License-Identifier: EUPL-1.2
#include "DemoIdSequence.h"

#include <array>

namespace core::demo {

namespace {

using Digits = std::array<char, 32>;

// Writes the low 4 * count bits of `value` as `count` hex digits from position `at`.
void put(Digits& digits, size_t at, int count, quint64 value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = count - 1; i >= 0; --i, value >>= 4)
        digits[at + static_cast<size_t>(i)] = kHex[value & 0xF];
}

} // namespace

DemoIdSequence::DemoIdSequence(quint64 seed)
    : m_rng(seed)
    , m_prefix(m_rng.next() >> 16)
{
}

QString DemoIdSequence::next()
{
    const quint64 counter = m_counter++;
    Digits d{};
    put(d, 0, 12, m_prefix);
    d[12] = '8'; // version
    put(d, 13, 3, counter >> 16);
    d[16] = '8'; // variant
    put(d, 17, 4, counter);
    put(d, 21, 11, m_rng.next() >> 20);
    QString id;
    id.reserve(36);
    for (size_t i = 0; i < d.size(); ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            id.append(QLatin1Char('-'));
        id.append(QLatin1Char(d[i]));
    }
    return id;
}

} // namespace core::demo
