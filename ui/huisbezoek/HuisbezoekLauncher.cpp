// SPDX-License-Identifier: EUPL-1.2
#include "HuisbezoekLauncher.h"

namespace ui {

bool startHuisbezoek(const Services&, const QString&, QWidget*)
{
    return false;
}

} // namespace ui
