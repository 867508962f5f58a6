// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "documents/GerenderdDocument.h"
#include "printing/DocumentLayout.h"

#include <QString>

#include <functional>

class QWidget;

namespace ui {

/// Shows `html` in a print preview on A4 (QPrintPreviewDialog): its toolbar prints, and its
/// "Save as PDF…" button writes the PDF. `suggestedName` is the file name the save dialog proposes.
/// `uitgegeven`, when set, runs once when the document was first printed or saved: it is issued.
void preview(QWidget* parent, const QString& html, const printing::Opmaak& opmaak, const QString& suggestedName,
             const std::function<void()>& uitgegeven = {});

/// Asks where to save (QFileDialog) and writes the PDF (mode 0600); false when cancelled or when
/// writing failed (which it says in a message box).
bool saveAsPdf(QWidget* parent, const QString& html, const printing::Opmaak& opmaak, const QString& suggestedName);

/// Renders the document `soort` of the inwoner, traject or plan `id` through the services, shows the
/// render's warnings, then the preview; an error in a message box. Does nothing for an empty id.
/// Printing or saving a verslag, ontvangstbevestiging or plan issues it: its PDF/A-1b archive copy is
/// stored through services.archief (the ontvangstbevestiging also records its traject step).
void printDocument(QWidget* parent, const Services& services, core::documents::DocumentSoort soort, const QString& id);

} // namespace ui
