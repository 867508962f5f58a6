// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"

#include <QString>

class QWidget;

namespace ui {

/// Starts huisbezoek mode for the inwoner: resumes an unfinished huisbezoek, or starts one in the
/// open traject (asking which when there are several, offering a new traject when there is none).
/// Returns false when the consulent cancelled or nothing could be started.
bool startHuisbezoek(const Services& services, const QString& inwonerId, QWidget* parent);

} // namespace ui
