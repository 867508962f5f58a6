// SPDX-License-Identifier: EUPL-1.2
#include "Options.h"

#include <QCoreApplication>

namespace cli {

Options::Options(const QStringList& arguments, const QSet<QString>& valued, const QSet<QString>& flags)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            m_positional << a;
            continue;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (i + 1 >= arguments.size()) {
                m_error = QCoreApplication::translate("cli", "%1 needs a value.").arg(a);
                return;
            }
            m_values.insert(name, arguments.at(++i));
        } else {
            m_error = QCoreApplication::translate("cli", "Unknown option: %1").arg(a);
            return;
        }
    }
}

} // namespace cli
