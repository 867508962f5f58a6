// SPDX-License-Identifier: EUPL-1.2
#include "DemoRandom.h"

namespace core::demo {

namespace {

quint64 splitmix64(quint64& state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    for (quint64& word : m_state)
        word = splitmix64(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::below(int n)
{
    const auto bound = static_cast<quint64>(n);
    const quint64 threshold = (0 - bound) % bound;
    quint64 r = next();
    while (r < threshold)
        r = next();
    return static_cast<int>(r % bound);
}

} // namespace core::demo
