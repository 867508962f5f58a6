// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace ui {

/// The name a consulent knows a synced table by ("inwoner" → "Inwoners"), for import reports and
/// the conflicts window. Unknown keys are returned as they are.
QString syncTabelNaam(const QString& tabel);
/// The label of a column of a synced table ("telefoon" → "Phone"); falls back to the column name
/// with underscores as spaces.
QString syncVeldNaam(const QString& tabel, const QString& kolom);

} // namespace ui
