// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "sync/Bundle.h"

#include <QObject>

#include <functional>

class QProgressDialog;
class QWidget;

namespace core {
class SyncService;
}

namespace ui {

/// Runs one export or import off the UI thread: on a second connection to the same file
/// (core::Workspace::openWorker), on a thread of its own, while a progress dialog with a Cancel
/// button keeps the window alive. SQLite connections are never shared between threads: the worker
/// opens, uses and closes its own.
class SyncTaak : public QObject {
    Q_OBJECT
public:
    /// The work, run on the worker thread with a SyncService over the worker connection.
    using Werk = std::function<void(core::SyncService& worker, const core::sync::Voortgang& voortgang)>;

    SyncTaak(core::SyncService& main, QWidget* parent);

    /// Runs `werk` and returns when it has finished (events are processed meanwhile). Afterwards
    /// the main workspace has observed every clock value the worker issued or saw. An error only
    /// when the worker connection could not be opened.
    core::Status run(const QString& label, const Werk& werk);

    /// The progress dialog while run() is busy, else null.
    QProgressDialog* progress() const { return m_progress; }
    /// True when the consulent pressed Cancel during the last run().
    bool cancelled() const { return m_cancelled; }

signals:
    /// From the worker thread (queued to this one): progress in 0–1000.
    void gemeld(int promille);
    /// The progress dialog is up (for tests that press Cancel).
    void gestart();

private:
    core::SyncService& m_main;
    QWidget* m_parent;
    QProgressDialog* m_progress = nullptr; ///< lives on run()'s stack
    bool m_cancelled = false;
};

} // namespace ui
