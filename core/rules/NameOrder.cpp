// SPDX-License-Identifier: EUPL-1.2
#include "NameOrder.h"

#include "model/Inwoner.h"

namespace core::rules {

namespace {

// Separator below every letter and digit so "Berg" sorts before "Bergen".
constexpr QChar kSeparator(0x01);

QString lettersOnly(const QString& folded)
{
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == QLatin1Char(' '))
            out.append(c);
    }
    return out.trimmed();
}

} // namespace

QString NameOrder::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) { // ß
            out.append(QLatin1String("ss"));
            continue;
        }
        out.append(c.toLower());
    }
    return out;
}

QString NameOrder::sortKey(const Inwoner& inwoner)
{
    const QString voornaam = !inwoner.roepnaam.isEmpty()
                                 ? inwoner.roepnaam
                                 : (!inwoner.voornamen.isEmpty() ? inwoner.voornamen : inwoner.voorletters);
    return lettersOnly(fold(inwoner.geslachtsnaam)) + kSeparator + lettersOnly(fold(voornaam)) + kSeparator +
           lettersOnly(fold(inwoner.tussenvoegsel)) + kSeparator + fold(inwoner.voornamen);
}

} // namespace core::rules
