// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Bundle.h"
#include "ByteStream.h"
#include "Result.h"

#include <cstdint>

namespace core {
class Workspace;
}

namespace core::sync {

/// Writes the rows `keuze` selects as bundle JSON into `sink` (an EncryptingSink for a .wdx).
/// `ondergrens`: with Omvang::SindsPeer, only rows with a clock value above it. Reads only: the
/// caller holds the transaction that makes it one consistent snapshot, and records the export.
Result<ExportRapport> schrijfBundel(Workspace& ws, const ExportKeuze& keuze, std::int64_t ondergrens, ByteSink& sink,
                                    const Voortgang& voortgang);

} // namespace core::sync
