// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "db/Statement.h"
#include "model/SyncMeta.h"

// The version columns every synced table starts with, always bound as ?1 … ?6.
#define WD_SYNC_SELECT "id, created_at, updated_at, hlc, device, deleted"
#define WD_SYNC_PARAMS "?1, ?2, ?3, ?4, ?5, ?6"
#define WD_SYNC_UPDATE "created_at = ?2, updated_at = ?3, hlc = ?4, device = ?5, deleted = ?6"

namespace core::repo {

constexpr int kSyncColumnCount = 6;

inline void bindSyncMeta(db::Statement& st, const SyncMeta& meta)
{
    st.bind(1, meta.id);
    st.bind(2, meta.createdAt);
    st.bind(3, meta.updatedAt);
    st.bind(4, meta.hlc);
    st.bind(5, meta.device);
    st.bind(6, meta.deleted);
}

inline SyncMeta readSyncMeta(const db::Statement& st)
{
    SyncMeta meta;
    meta.id = st.text(0);
    meta.createdAt = st.timestamp(1);
    meta.updatedAt = st.timestamp(2);
    meta.hlc = st.int64(3);
    meta.device = st.text(4);
    meta.deleted = st.int64(5) != 0;
    return meta;
}

} // namespace core::repo
