// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace core {
class SocialeKaartService;
}

namespace ui {

/// Search as you type over the sociale kaart, limited to one vorm (algemeen or maatwerk): a
/// search field, the matching active entries (naam · aanbieder · categorie) and the chosen one.
/// The choice stays while the consulent searches on; Enter in the search field takes the first
/// result, Down moves into the results.
class VoorzieningKiezer : public QWidget {
    Q_OBJECT
public:
    /// `service` must outlive the picker.
    explicit VoorzieningKiezer(const core::SocialeKaartService& service, QWidget* parent = nullptr);

    /// Shows only entries of this vorm ("algemeen", "maatwerk"; empty for both).
    void setVorm(const QString& vorm);
    /// Chooses an entry by id (also an inactive or removed one, shown by name); empty: none.
    void setCurrentId(const QString& id);
    QString currentId() const { return m_id; }

    QLineEdit* searchField() const { return m_zoek; }
    QListWidget* results() const { return m_results; }
    QLabel* chosenLabel() const { return m_gekozen; }

signals:
    void currentIdChanged(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void choose(const QString& id);
    void showChosen();

    const core::SocialeKaartService& m_service;
    QString m_vorm;
    QString m_id;
    QLineEdit* m_zoek;
    QListWidget* m_results;
    QLabel* m_gekozen;
};

} // namespace ui
