// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/DocumentArchief.h"
#include "services/ArchiefService.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ui {

/// Marks an issued verslag signed, from the paper the inwoner gave back: the date, akkoord or voor
/// gezien, whether the aanvraag sentence was ticked (which records the aanvraag and starts the
/// beschikking term) and the inwoner's remarks typed in. Saves through ArchiefService on OK; a
/// re-marking replaces the earlier one.
class OndertekenDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// The sentence on the printed verslag that makes it an aanvraag (Dutch, as on the paper): the
    /// consulent finds on screen what the inwoner ticked on paper.
    static inline const QString kAanvraagZin =
        QStringLiteral("Ik vraag hierbij de maatwerkvoorziening aan die in dit verslag staat");

    /// `archief` must outlive the dialog; `vandaag` is the services' today.
    OndertekenDialog(const core::ArchiefDocument& document, core::ArchiefService& archief, const QDate& vandaag,
                     QWidget* parent = nullptr);

    core::Ondertekening ondertekening() const;
    /// The copy as stored after OK.
    const core::ArchiefDocument& document() const { return m_document; }

    QLineEdit* datumField() const { return m_datum; }
    QRadioButton* akkoordButton() const { return m_akkoord; }
    QRadioButton* voorGezienButton() const { return m_voorGezien; }
    QCheckBox* aanvraagBox() const { return m_aanvraag; }
    QPlainTextEdit* opmerkingenField() const { return m_opmerkingen; }

protected:
    core::rules::FieldErrors errors() const override;
    bool commit() override;

private:
    core::ArchiefDocument m_document;
    core::ArchiefService& m_archief;
    QLineEdit* m_datum;
    QRadioButton* m_akkoord;
    QRadioButton* m_voorGezien;
    QCheckBox* m_aanvraag;
    QPlainTextEdit* m_opmerkingen;
    QLabel* m_algemeen;
};

} // namespace ui
