// SPDX-License-Identifier: EUPL-1.2
#include "MijnGegevensDialog.h"

#include "services/InstellingenService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace ui {

MijnGegevensDialog::MijnGegevensDialog(core::InstellingenService& service, QWidget* parent)
    : ValidatedDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("My details"));
    const core::MijnGegevens g = service.mijnGegevens();
    auto* intro = new QLabel(tr("These details appear as vast aanspreekpunt for new inwoners and on letters."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    const std::pair<QString, std::pair<QString, QString>> rows[] = {
        {QStringLiteral("naam"), {tr("&Name *"), g.naam}},
        {QStringLiteral("functie"), {tr("&Function"), g.functie}},
        {QStringLiteral("telefoon"), {tr("&Direct phone"), g.telefoon}},
        {QStringLiteral("email"), {tr("&E-mail"), g.email}},
        {QStringLiteral("team"), {tr("&Team"), g.team}},
        {QStringLiteral("gemeente"), {tr("&Municipality"), g.gemeente}},
    };
    for (const auto& [key, labelAndValue] : rows) {
        auto* line = new QLineEdit(labelAndValue.second);
        line->setObjectName(key);
        line->setMinimumWidth(260);
        m_messages.addRow(form, labelAndValue.first, line, key);
        m_lines.insert(key, line);
        watch(line, key);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MijnGegevensDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MijnGegevensDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

core::MijnGegevens MijnGegevensDialog::gegevens() const
{
    auto text = [this](const char* key) { return m_lines.value(QLatin1String(key))->text(); };
    return {text("naam"), text("functie"), text("telefoon"), text("email"), text("team"), text("gemeente")};
}

core::rules::FieldErrors MijnGegevensDialog::errors() const
{
    return m_service.validate(gegevens());
}

bool MijnGegevensDialog::commit()
{
    const core::Status saved = m_service.setMijnGegevens(gegevens());
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.error().message);
    return saved.ok();
}

} // namespace ui
