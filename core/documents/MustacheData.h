// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The values every document template is filled with. kainjow mustache escapes what it prints with
// {{…}}, and DocumentTemplates refuses gemeente templates that print unescaped.

#include <QString>

#include <kainjow/mustache.hpp>

#include <string>

namespace core::documents {

namespace mustache = kainjow::mustache;

inline std::string s(const QString& text)
{
    return text.toStdString();
}

/// A value that a template section shows only when there is something to show.
inline mustache::data optioneel(const QString& text)
{
    if (text.trimmed().isEmpty())
        return mustache::data(mustache::data::type::bool_false);
    return mustache::data(s(text));
}

inline mustache::data vlag(bool value)
{
    return mustache::data(value ? mustache::data::type::bool_true : mustache::data::type::bool_false);
}

} // namespace core::documents
