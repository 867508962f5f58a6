// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Bundle.h"
#include "ByteStream.h"

namespace core {
class Workspace;
}

namespace core::sync {

/// Reads a bundle's JSON from a source (a DecryptingSource for a .wdx), checks every row and merges
/// it into the workspace, all in one transaction: when anything is wrong, or the import is
/// stopped, nothing is changed.
///
/// Merge, row by row, by version vector: a row not here is inserted; an incoming version that
/// descends from the local one replaces it; an older one is ignored; concurrent versions are
/// decided by the last writer (hybrid logical clock, then device id) and the losing version is
/// kept whole in sync_conflict. A deletion against an edit is such a conflict too. The result does
/// not depend on the order bundles arrive in, and importing a bundle twice changes nothing.
class BundleImport {
public:
    explicit BundleImport(Workspace& ws);
    ImportRapport run(ByteSource& source, const Voortgang& voortgang = {});

private:
    Workspace& m_ws;
};

} // namespace core::sync
