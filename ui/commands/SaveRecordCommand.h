// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace ui {

/// One undoable edit of a synced record (inwoner, netwerk person, household member): redo stores
/// `after`, undo stores `before` again, or tombstones the record when it was new. Because deletes
/// are tombstones, creating, editing and deleting are all the same command.
///
/// `save` is the service call that validates and writes; when it fails the command reports the
/// error through `onError` and makes itself obsolete, so the stack never holds an edit that did
/// not happen.
template <typename T> class SaveRecordCommand : public QUndoCommand {
public:
    using Save = std::function<core::Result<T>(const T&)>;
    using ErrorHandler = std::function<void(const core::Error&)>;

    SaveRecordCommand(const QString& text, std::optional<T> before, T after, Save save, ErrorHandler onError)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_save(std::move(save))
        , m_onError(std::move(onError))
    {
    }

    void redo() override
    {
        if (auto stored = apply(m_after))
            m_after = *stored;
    }

    void undo() override
    {
        if (m_before) {
            if (auto stored = apply(*m_before))
                m_before = *stored;
            return;
        }
        T removed = m_after;
        removed.meta.deleted = true;
        apply(removed);
    }

    /// The record as last stored by redo (with its id once created).
    const T& after() const { return m_after; }

private:
    std::optional<T> apply(const T& value)
    {
        auto stored = m_save(value);
        if (!stored) {
            setObsolete(true);
            if (m_onError)
                m_onError(stored.error());
            return std::nullopt;
        }
        return stored.value();
    }

    std::optional<T> m_before;
    T m_after;
    Save m_save;
    ErrorHandler m_onError;
};

} // namespace ui
