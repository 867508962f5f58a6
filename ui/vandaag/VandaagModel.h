// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "services/TrajectService.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

#include <vector>

namespace ui {

/// The caseload dashboard ("Vandaag") as a table: every open traject, most urgent first, with its
/// next statutory deadline, the days left and what is missing. Reads TrajectService::vandaag() on
/// reload() only; the view decides when (the dashboard is computed lazily). One of the groups of
/// the summary counts can narrow the rows.
class VandaagModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Inwoner, Domein, Fase, Termijn, Dagen, Aandacht, ColumnCount };
    /// The groups of the summary counts. A traject can be in several (overdue and a step missing).
    enum class Groep { Alles, TeLaat, DezeWeek, StapOntbreekt, Aflopend, Evaluaties };

    static constexpr int TrajectIdRole = Qt::UserRole + 1;
    static constexpr int InwonerIdRole = Qt::UserRole + 2;
    /// TrajectStand::ernst(): 0 overdue, 1 due this week, 2 a step missing, 3 coming up, 4 nothing.
    static constexpr int ErnstRole = Qt::UserRole + 3;
    /// The days to the next deadline (negative when overdue); invalid without an open term.
    static constexpr int DagenOverRole = Qt::UserRole + 4;

    explicit VandaagModel(core::TrajectService& service, QObject* parent = nullptr);

    static const std::vector<Groep>& groepen();
    /// A stable name for the group ("te_laat"), used in object names.
    static QString key(Groep groep);
    static bool hoortBij(const core::DashboardRegel& regel, Groep groep);
    /// The text colour of overdue deadlines; never the only sign (the text and icon say it too).
    static QColor teLaatKleur();
    static QColor dezeWeekKleur();

    /// Only the trajecten of inwoners with this vast aanspreekpunt; everyone's when empty. Takes
    /// effect on the next reload().
    void setAanspreekpunt(const QString& naam);
    QString aanspreekpunt() const { return m_aanspreekpunt; }
    /// Recomputes the dashboard for today. On an error the rows are emptied and the error returned.
    core::Status reload();
    bool isLoaded() const { return m_loaded; }

    void setGroep(Groep groep);
    Groep groep() const { return m_groep; }
    /// How many trajecten are in the group (Alles: all of them), whatever the current group.
    int aantal(Groep groep) const;
    QDate datum() const { return m_vandaag.datum; }

    QString trajectIdAt(int row) const;
    QString inwonerIdAt(int row) const;
    int rowOf(const QString& trajectId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::DashboardRegel& regel(int row) const;
    void applyGroep();
    QVariant display(const core::DashboardRegel& regel, int column) const;
    QVariant toolTip(const core::DashboardRegel& regel, int column) const;
    QStringList aandachtspunten(const core::DashboardRegel& regel) const;

    core::TrajectService& m_service;
    QString m_aanspreekpunt;
    core::Vandaag m_vandaag;
    std::vector<size_t> m_rows; ///< indexes into m_vandaag.regels of the rows shown
    Groep m_groep = Groep::Alles;
    bool m_loaded = false;
    QIcon m_teLaatIcon;
    QIcon m_dezeWeekIcon;
};

} // namespace ui
