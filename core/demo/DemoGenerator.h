// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace core {
class Workspace;
}

namespace core::demo {

/// How much demo data to make: S is one consulent's caseload (50 inwoners), M 500, L a wijkteam
/// (5,000), XL a large gemeente (50,000).
enum class DemoSize { S, M, L, XL };

/// "S", "m", " XL " … (case-insensitive, trimmed); nullopt for anything else.
std::optional<DemoSize> demoSizeFromString(const QString& text);
/// The number of inwoners a size makes.
int inwonerCount(DemoSize size);

/// What one DemoGenerator::generate() call added.
struct DemoSummary {
    int inwoners = 0;
    int huishoudens = 0;     ///< every inwoner is in exactly one, also those who live alone
    int netwerkpersonen = 0; ///< including the mantelzorgers
    int mantelzorgers = 0;   ///< netwerk persons with mantelzorg (an inwoner may have more than one)
    int consulenten = 0;     ///< distinct vaste aanspreekpunten
    int metingen = 0;        ///< ZRM metingen, about two per inwoner
    int trajecten = 0;       ///< Wmo (and some jeugd, schulden, participatiewet) trajecten, about 1.7 per inwoner
    int gesprekken = 0;      ///< gesprekken in those trajecten
    int plannen = 0;         ///< ondersteuningsplannen, every version (DemoPlannen; at XL for half the trajecten)
    int socialeKaart = 0;    ///< sociale kaart entries written (none when the file already had some)
};

/// Fills a workspace with deterministic synthetic inwoners, huishoudens, netwerk, mantelzorg, ZRM
/// metingen, trajecten with their steps, voorzieningen and gesprekken (see DemoTrajecten), a sociale kaart
/// (DemoSocialeKaart, written only when the file has none) and ondersteuningsplannen (DemoPlannen), for a
/// first look at the app and for benchmarks.
///
/// The same seed on an empty file gives the same data, ids included; timestamps come from the
/// workspace clock, and birth dates and other dates count back from its today. A file that already
/// holds data gets more: ids never collide with what is there (the seed's stream moves on) and
/// BSNs already in use are skipped. Ids are UUID version 8: a random prefix per run, then a
/// counter, so that they append to the indexes.
///
/// Rows are written through the repositories in one transaction, without audit entries (trajecten and
/// gesprekken are made so that they pass the services' validation on the workspace's today). Names,
/// streets, phone numbers, e-mail addresses (example.nl) and organisations are made up; the
/// woonplaatsen are real villages of the Kromme Rijn area with made-up postcode letters, in the
/// made-up "Gemeente Rijnwaarde". BSNs come only from the test range 9999xxxxx (about 9,000
/// numbers, so at XL most inwoners have none, and about one in ten has none anyway). Mijn gegevens is set to the first
/// consulent, so "my caseload" is filled; when Mijn gegevens already names someone, that person becomes the first
/// consulent instead.
class DemoGenerator {
public:
    /// `workspace` must outlive the generator.
    DemoGenerator(Workspace& workspace, quint64 seed);

    /// Generates and commits everything, or nothing on a database error (returned as its Error).
    /// `progress(done, total)` counts inwoners and is called about a hundred times.
    Result<DemoSummary> generate(DemoSize size, const std::function<void(int done, int total)>& progress = {});

private:
    Workspace& m_ws;
    quint64 m_seed;
};

} // namespace core::demo
