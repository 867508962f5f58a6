// SPDX-License-Identifier: EUPL-1.2
#include "SyncTaak.h"

#include "Workspace.h"
#include "services/SyncService.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace ui {

SyncTaak::SyncTaak(core::SyncService& main, QWidget* parent)
    : QObject(parent)
    , m_main(main)
    , m_parent(parent)
{
}

core::Status SyncTaak::run(const QString& label, const Werk& werk)
{
    auto opened = core::Workspace::openWorker(m_main.workspace());
    if (!opened)
        return opened.error();
    std::unique_ptr<core::Workspace> worker = std::move(opened.value());
    m_cancelled = false;

    std::atomic<bool> stoppen{false};
    std::atomic<int> gemeldeWaarde{-1};
    core::sync::Voortgang voortgang;
    voortgang.stoppen = &stoppen;
    // Called many times per second by the worker: only changes cross to the UI thread.
    voortgang.melden = [this, &gemeldeWaarde](int promille) {
        if (gemeldeWaarde.exchange(promille) != promille)
            emit gemeld(promille);
    };

    QProgressDialog progress(label, tr("Cancel"), 0, 1000, m_parent);
    progress.setWindowTitle(tr("Please wait"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    m_progress = &progress;
    connect(this, &SyncTaak::gemeld, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, this, [this, &stoppen, &progress] {
        stoppen = true;
        m_cancelled = true;
        // Keep the dialog up until the worker has stopped: the window must not be used meanwhile.
        progress.setLabelText(tr("Stopping… nothing is changed."));
        progress.show();
    });

    qint64 laatsteHlc = 0;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        {
            core::SyncService service(*worker);
            werk(service, voortgang);
        }
        laatsteHlc = worker->lastHlc();
        worker.reset(); // the connection is closed on the thread that used it
    }));
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    progress.show();
    thread->start();
    emit gestart();
    if (!thread->isFinished())
        loop.exec(QEventLoop::DialogExec);
    thread->wait();
    m_progress = nullptr;
    m_main.workspace().observeHlc(laatsteHlc);
    return {};
}

} // namespace ui
