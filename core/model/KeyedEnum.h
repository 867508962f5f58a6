// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace core::keyed {

/// One value of a domain enum with its stable storage key and its English label (translated at
/// run time in the given context). Keys are stored in the database and in bundles: never change one.
template <typename E> struct Entry {
    E value;
    const char* key;
    const char* label;
};

template <typename E, size_t N> const Entry<E>& entryOf(const Entry<E> (&table)[N], E value)
{
    return *std::find_if(std::begin(table), std::end(table), [&](const auto& e) { return e.value == value; });
}

template <typename E, size_t N> QString keyOf(const Entry<E> (&table)[N], E value)
{
    return QString::fromLatin1(entryOf(table, value).key);
}

template <typename E, size_t N> QString labelOf(const Entry<E> (&table)[N], E value, const char* context)
{
    return QCoreApplication::translate(context, entryOf(table, value).label);
}

/// The value with this key (ignoring case and surrounding spaces), if any.
template <typename E, size_t N> std::optional<E> fromKey(const Entry<E> (&table)[N], const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& e : table) {
        if (wanted == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

template <typename E, size_t N> std::vector<E> valuesOf(const Entry<E> (&table)[N])
{
    std::vector<E> values;
    for (const auto& e : table)
        values.push_back(e.value);
    return values;
}

} // namespace core::keyed
