// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "model/DocumentArchief.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTemporaryFile;

namespace ui {

/// The Documents of a traject: the archive copies of what was issued (verslag, ontvangstbevestiging,
/// plan), each with when it was issued, its template version, whether and how the verslag was signed
/// and how many scans of the signed paper are kept. Opens or saves a copy (checked against its hash),
/// marks a verslag signed and attaches scans. Refreshes itself when the archive changes.
class ArchiefLijst : public QWidget {
    Q_OBJECT
public:
    enum Column { SoortColumn, UitgegevenColumn, SjabloonColumn, OndertekendColumn, ScansColumn, ColumnCount };

    /// `services` must outlive the widget; without services.archief it stays empty and disabled.
    explicit ArchiefLijst(const Services& services, QWidget* parent = nullptr);
    ~ArchiefLijst() override;

    /// Shows the copies of a traject (none for an empty id).
    void setTraject(const QString& trajectId);
    void refresh();
    /// The id of the selected copy, or empty.
    QString currentId() const;

    /// Writes the verified copy to a temporary file only the consulent can read (removed when the
    /// app closes) and opens it in the PDF viewer; false, with a message box, when it cannot.
    bool openCopy();
    /// Asks where to save the verified copy and writes it (mode 0600).
    bool saveCopy();
    /// Marks the selected verslag signed (OndertekenDialog).
    bool markSigned();
    /// Asks for a scan (PDF, JPEG or PNG) and attaches it to the selected copy.
    bool attachScan();
    /// Attaches the file at `path` to the selected copy; a refusal in a message box.
    bool attachScan(const QString& path);

    /// How openCopy() opens a file (QDesktopServices::openUrl); tests replace it.
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

    QTableWidget* tabel() const { return m_tabel; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* signButton() const { return m_sign; }
    QPushButton* attachButton() const { return m_attach; }

private:
    const core::ArchiefDocument* current() const;
    void updateButtons();

    Services m_services;
    QString m_trajectId;
    std::vector<core::ArchiefDocument> m_documenten;
    std::vector<std::unique_ptr<QTemporaryFile>> m_geopend; ///< copies opened this session
    std::function<bool(const QUrl&)> m_opener;
    QTableWidget* m_tabel;
    QLabel* m_leeg;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_sign;
    QPushButton* m_attach;
};

} // namespace ui
