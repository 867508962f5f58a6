// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMap>
#include <QSet>
#include <QStringList>

namespace cli {

/// The options of one command: `--name value` pairs, `--flag`s and positional arguments.
class Options {
public:
    /// Parses `arguments` (without the command name). `valued` and `flags` are the accepted names
    /// without dashes; anything else makes error() non-empty.
    Options(const QStringList& arguments, const QSet<QString>& valued, const QSet<QString>& flags);

    QString error() const { return m_error; }
    bool has(const QString& name) const { return m_flags.contains(name) || m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    const QStringList& positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

} // namespace cli
