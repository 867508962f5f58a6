// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "importing/SocialeKaartCsv.h"
#include "model/SocialeKaart.h"
#include "rules/FieldError.h"

#include <QObject>

#include <optional>
#include <vector>

namespace core {

class Workspace;

/// The sociale kaart: the catalogue of voorzieningen and aanbieders that plans and beschikkingen
/// draw on. Writes are validated, run in one transaction, are audited and announced with
/// socialeKaartChanged.
class SocialeKaartService : public QObject {
    Q_OBJECT
public:
    explicit SocialeKaartService(Workspace& workspace, QObject* parent = nullptr);

    rules::FieldErrors validate(const SocialeKaartItem& item) const;
    Result<SocialeKaartItem> save(const SocialeKaartItem& item);
    /// Tombstones the entry; plans that use it keep showing its name.
    Status remove(const QString& id);
    /// The entry, also when tombstoned (an old plan still names it).
    std::optional<SocialeKaartItem> item(const QString& id) const;
    /// Search as you type: every word must occur in naam, aanbieder, categorie or notities
    /// (case and accents do not matter). `vorm` "algemeen" / "maatwerk" filters; empty = both.
    std::vector<SocialeKaartItem> zoek(const QString& tekst, const QString& vorm = {}, bool alleenActief = true,
                                       int limit = 0) const;
    int count() const;

    /// Stores the valid rows of a CSV import in one transaction: a row with the id of an
    /// existing entry, or else the same naam and aanbieder, updates that entry; any other row is
    /// added. Returns the number of rows stored (new or changed).
    Result<int> importeer(const std::vector<SocialeKaartItem>& rijen);
    /// Every living entry as CSV (importing::SocialeKaartCsv::write).
    QByteArray exporteer() const;
    /// Adds the clearly fictitious examples shipped in resources (sociale-kaart/voorbeelden.csv).
    Result<int> voorbeeldenToevoegen();

    /// How many inwoners use each voorziening, via plan and via beschikking.
    Result<std::vector<VoorzieningGebruik>> gebruik() const;

signals:
    void socialeKaartChanged();

private:
    Workspace& m_ws;
};

} // namespace core
