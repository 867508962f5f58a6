// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "model/Gesprek.h"
#include "model/Inwoner.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"
#include "model/ZrmMeting.h"

#include <QDate>
#include <QObject>

#include <optional>
#include <vector>

namespace ui {

/// One huisbezoek being recorded: the gesprek, the steps it records in its traject and the ZRM
/// meting scored during it. Every change is saved at once through the services — no save button,
/// no timer — so what was typed is on disk before the next key. A change that could not be saved
/// stays in memory and goes along with the next save; failed() says what went wrong.
class HuisbezoekSessie : public QObject {
    Q_OBJECT
public:
    /// What a save was about, for the window's messages.
    enum class Deel { Gesprek, Traject, Zrm };

    /// `services` must outlive the sessie. The netwerk and the consulent's name are read once.
    HuisbezoekSessie(const Services& services, core::Inwoner inwoner, core::Traject traject, core::Gesprek gesprek,
                     QObject* parent = nullptr);

    const Services& services() const { return m_services; }
    const core::Inwoner& inwoner() const { return m_inwoner; }
    const core::Traject& traject() const { return m_traject; }
    const core::Gesprek& gesprek() const { return m_gesprek; }
    /// The ZRM meting of this huisbezoek, once the first score was given.
    const std::optional<core::ZrmMeting>& meting() const { return m_meting; }
    /// The inwoner's newest meting before this one, for the "previous" column.
    const std::optional<core::ZrmMeting>& vorigeMeting() const { return m_vorige; }
    const std::vector<core::NetwerkPersoon>& netwerk() const { return m_netwerk; }
    const core::NetwerkPersoon* netwerkPersoon(const QString& id) const;
    /// The consulent (Mijn gegevens), recorded as `door` on steps and the meting.
    const QString& consulent() const { return m_consulent; }
    QDate today() const;

    /// Replaces who is present; `aanwezigen` gets the stored metadata (ids) back.
    bool setAanwezigen(std::vector<core::Aanwezige>& aanwezigen);
    bool setLeefgebied(const QString& leefgebied, const QString& status, const QString& notitie);
    bool setVisie(const QString& netwerkId, const QString& visie, const QString& behoefte);
    bool setAfspraken(const QString& afspraken);
    bool setSamenvatting(const QString& samenvatting);
    /// Where huisbezoek mode is, so that reopening resumes there.
    bool setPositie(const QString& positie);
    /// Marks the huisbezoek finished: it is no longer resumed.
    bool afronden();

    /// Records a step in the traject dated today, by the consulent (replacing one of the same kind
    /// and person); `uitkomst` for cliëntondersteuning.
    bool zetStap(core::StapSoort soort, const QString& betreft = {}, const QString& uitkomst = {});
    bool wisStap(core::StapSoort soort, const QString& betreft = {});

    /// The scores of the ZRM meting; the meting (moment intake, today, by the consulent) is created
    /// on the first score and linked to the gesprek.
    bool setZrmScores(const std::vector<core::ZrmScore>& scores);

signals:
    void saved(ui::HuisbezoekSessie::Deel deel);
    /// `message` is translated and says what was not saved.
    void failed(ui::HuisbezoekSessie::Deel deel, const QString& message);

private:
    bool saveGesprek();
    /// The traject as stored now, or nullopt (and failed()) when it is gone.
    std::optional<core::Traject> actueelTraject();
    bool saveTraject(core::Traject traject);

    Services m_services;
    core::Inwoner m_inwoner;
    core::Traject m_traject;
    core::Gesprek m_gesprek;
    std::optional<core::ZrmMeting> m_meting;
    std::optional<core::ZrmMeting> m_vorige;
    std::vector<core::NetwerkPersoon> m_netwerk;
    QString m_consulent;
};

} // namespace ui
