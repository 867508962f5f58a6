// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace core::sync {

/// The JSON inside every bundle (encrypted or plain); resources/bundle/wijkdossier-bundel.schema.json.
constexpr const char* kFormat = "wijkdossier-bundel";
constexpr int kFormatVersion = 1;

/// What an export contains.
enum class Omvang {
    Alles,     ///< every synced row
    SindsPeer, ///< what changed since the last export to a named peer (everything the first time)
    Inwoners,  ///< the dossiers of selected inwoners (overdracht to a colleague)
};

/// A dossier handed over: the new vast aanspreekpunt the receiving device fills in on import.
struct Overdracht {
    QString aanspreekpuntNaam;
    QString aanspreekpuntTelefoon;
};

struct ExportKeuze {
    Omvang omvang = Omvang::Alles;
    QString peer;                  ///< SindsPeer: the peer's name; with Alles it is remembered too when given
    std::vector<QString> inwoners; ///< Inwoners: their ids
    std::optional<Overdracht> overdracht;
};

/// Counts per table of what an import did, or would have done.
struct TabelTelling {
    QString tabel;
    int ingevoegd = 0;
    int bijgewerkt = 0;
    int ongewijzigd = 0;
    int conflicten = 0;
    int afgewezen = 0;
};

struct ExportRapport {
    std::vector<std::pair<QString, int>> rijen; ///< per table, only tables with rows
    qint64 totaal = 0;
    QString peer;
};

struct ImportRapport {
    QString device;    ///< the exporting device
    QDateTime gemaakt; ///< when the bundle was made
    QString omvang;    ///< "all", "since_peer", "selection"
    bool versleuteld = false;
    bool toegepast = false; ///< committed (false: nothing was changed)
    std::vector<TabelTelling> tabellen;
    QStringList problemen; ///< why it was refused (the first ones, with table and row)
    int aantalProblemen = 0;
    int overgedragen = 0; ///< inwoners whose vast aanspreekpunt the overdracht changed
    qint64 maxHlc = 0;

    TabelTelling totaal() const;
};

/// Reports progress (0–1000) and asks whether to stop; a stopped import changes nothing.
struct Voortgang {
    std::function<void(int promille)> melden;
    const std::atomic<bool>* stoppen = nullptr;
    bool gestopt() const { return stoppen && stoppen->load(std::memory_order_relaxed); }
};

} // namespace core::sync
