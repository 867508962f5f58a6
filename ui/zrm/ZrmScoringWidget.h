// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"
#include "rules/FieldError.h"

#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTableWidget;

namespace core {
class ZrmService;
}

namespace ui {

/// The Zelfredzaamheid-Matrix as a table to score during the huisbezoek without the mouse: one row
/// per leefgebied, the five levels, the previous meting's score, the doelscore and a toelichting.
///
/// Keys on the table: 1–5 score the row and move to the next; N marks it niet beoordeeld (and
/// moves on), R cycles the reason; D followed by 1–5 sets the doelscore (0 clears it); T or F2
/// edits the toelichting; Delete or Backspace clears the row; ↑↓ move. A key that moves on from
/// the last row emits passedLastRow(), so the dialog can put the focus on its OK button.
/// Nothing forces a row to be scored: untouched rows are simply not part of the meting.
class ZrmScoringWidget : public QWidget {
    Q_OBJECT
public:
    enum Column {
        LeefgebiedColumn,
        Niveau1Column,
        Niveau5Column = Niveau1Column + 4,
        VorigeColumn,
        DoelColumn,
        ToelichtingColumn,
        ColumnCount
    };

    /// `service` gives the indicator texts and must outlive the widget.
    explicit ZrmScoringWidget(const core::ZrmService& service, QWidget* parent = nullptr);

    /// Shows the leefgebieden of `instrument` with `scores` filled in; `vorige` (the meting
    /// before this one) fills the "previous" column, mapped to `instrument` when needed.
    void setMeting(const QString& instrument, const std::vector<core::ZrmScore>& scores,
                   const std::optional<core::ZrmMeting>& vorige);
    /// Switches to another instrument, carrying what was entered over through the mapping between
    /// ZRM 2013 and ZRM 2017.
    void setInstrument(const QString& instrument);
    const QString& instrument() const { return m_instrument; }

    /// Every row that holds anything: scored, niet beoordeeld, or only a doelscore or toelichting
    /// (which validation refuses, so the consulent is told instead of losing it).
    std::vector<core::ZrmScore> scores() const;
    /// True once anything was entered or changed since setMeting().
    bool isModified() const { return m_modified; }
    /// Marks the rows named in `errors` (fields "score:<leefgebied>").
    void showErrors(const core::rules::FieldErrors& errors);

    QTableWidget* table() const { return m_table; }
    /// The row of a leefgebied, or -1.
    int row(const QString& leefgebied) const;
    /// The explanation under the table for the focused row (rich text).
    QString hint() const;

signals:
    void changed();
    /// The consulent moved on from the last row.
    void passedLastRow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        QString key;
        QString naam;
        bool strafrechtelijk = false;
        std::optional<int> score;
        std::optional<core::NietBeoordeeld> reden;
        std::optional<int> doel;
        QString toelichting;
        std::optional<core::ZrmScore> vorige;
    };

    static Row rowFrom(const core::ZrmScore& score);
    void rebuild(const std::vector<Row>& keep);
    void render(int row);
    void renderHeader();
    void updateHint();
    bool handleKey(int key);
    void setScore(int row, std::optional<int> score);
    void markNietBeoordeeld(int row, core::NietBeoordeeld reden);
    void cycleReden(int row);
    void clearRow(int row);
    void moveOn(int row);
    void editToelichting(int row);
    void showMenu(const QPoint& pos);
    void cellEdited(int row, int column);
    void touch(int row);

    const core::ZrmService& m_service;
    QString m_instrument;
    std::optional<core::ZrmMeting> m_vorige;
    std::vector<Row> m_rows;
    QSet<QString> m_errorKeys;
    QLabel* m_keys;
    QTableWidget* m_table;
    QLabel* m_hint;
    bool m_rendering = false;
    bool m_doelPending = false;
    bool m_modified = false;
};

} // namespace ui
