// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "sync/Bundle.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace core {

class Workspace;

/// A version of a row that lost a concurrent edit, next to the row as it is now.
struct SyncConflict {
    QString id;
    QString tabel;
    QString rijId;
    QString soort;           ///< "gelijktijdig" or "verwijderd" (an edit against a deletion)
    QDateTime verliezerTijd; ///< when the losing version was written (from its clock)
    QString verliezerDevice;
    QDateTime opgelostOp; ///< invalid while open
    QString keuze;        ///< "", "winnaar", "verliezer", "samengevoegd"

    struct Veld {
        QString kolom;
        QString huidig;    ///< the value in the row now, as text
        QString verliezer; ///< the value in the losing version
        bool verschilt = false;
    };
    std::vector<Veld> velden; ///< content columns (version metadata left out)
    bool huidigVerwijderd = false;
    bool verliezerVerwijderd = false;
};

/// A device this one exchanged bundles with.
struct SyncPeer {
    QString naam;
    QDateTime laatsteExport;
};

/// Export and import of bundles (encrypted .wdx by default) and the conflicts they leave. Every
/// export and import is in the audit log; an import either applies whole or changes nothing.
class SyncService : public QObject {
    Q_OBJECT
public:
    explicit SyncService(Workspace& workspace, QObject* parent = nullptr);

    /// The workspace this service works on (a window opens a worker connection next to it).
    Workspace& workspace() const { return m_ws; }

    /// The shortest passphrase accepted for an export.
    static constexpr int kMinPassphrase = 10;
    /// Why `passphrase` is not good enough for an export, or an empty string.
    static QString passphraseProblem(const QString& passphrase);

    /// Writes a bundle to `path` (mode 0600, replaced only when complete): encrypted with
    /// `passphrase`, or plain JSON when it is nullopt (the caller asked the user explicitly).
    Result<sync::ExportRapport> exporteer(const QString& path, const sync::ExportKeuze& keuze,
                                          const std::optional<QString>& passphrase,
                                          const sync::Voortgang& voortgang = {});
    /// True when the file starts like an encrypted bundle (a passphrase is needed).
    static bool isVersleuteld(const QString& path);
    /// Reads, checks and merges the bundle at `path`. A wrong passphrase, a damaged or foreign
    /// file, any invalid row or a cancel: nothing changes, and the report says why.
    sync::ImportRapport importeer(const QString& path, const QString& passphrase,
                                  const sync::Voortgang& voortgang = {});

    std::vector<SyncPeer> peers() const;

    /// Conflicts still to be looked at (or all, with the resolved ones), newest first.
    Result<std::vector<SyncConflict>> conflicten(bool ookOpgelost = false) const;
    Result<SyncConflict> conflict(const QString& id) const;
    int aantalOpenConflicten() const;

    enum class Keuze {
        Huidig,       ///< keep the row as it is
        Verliezer,    ///< put the losing version back (a new edit)
        Samengevoegd, ///< per field: the columns in `vanVerliezer` from the losing version
    };
    /// Resolves a conflict; the resolution is itself a synced edit, so other devices see it.
    Status losOp(const QString& id, Keuze keuze, const QStringList& vanVerliezer = {});

signals:
    /// After an import that changed something or a resolved conflict: reload what is shown.
    void gegevensGewijzigd();

private:
    Workspace& m_ws;
};

} // namespace core
