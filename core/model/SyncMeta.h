// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

namespace core {

/// The version metadata every synced row carries. Services fill it in; callers leave it alone
/// except `id` (empty for a new record) and `deleted`.
struct SyncMeta {
    QString id;           ///< UUID, lower case without braces
    QDateTime createdAt;  ///< UTC
    QDateTime updatedAt;  ///< UTC
    qint64 hlc = 0;       ///< hybrid logical clock of the last write
    QString device;       ///< device id of the last write
    bool deleted = false; ///< tombstone

    bool isNew() const { return id.isEmpty(); }
};

} // namespace core
