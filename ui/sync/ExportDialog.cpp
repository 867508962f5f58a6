// SPDX-License-Identifier: EUPL-1.2
#include "ExportDialog.h"

#include "SyncNamen.h"
#include "SyncTaak.h"

#include "Clock.h"
#include "Workspace.h"
#include "services/DossierService.h"
#include "services/SyncService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMaxZoekresultaten = 200;

} // namespace

ExportDialog::ExportDialog(core::SyncService& sync, core::DossierService& dossiers, const QString& openInwonerId,
                           QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_dossiers(dossiers)
    , m_omvang(new QButtonGroup(this))
    , m_alles(new QRadioButton(tr("&Everything in this database")))
    , m_sindsPeer(new QRadioButton(tr("&Changes since the last exchange with:")))
    , m_selectie(new QRadioButton(tr("Only &selected dossiers")))
    , m_peer(new QComboBox)
    , m_peerInfo(new QLabel)
    , m_selectieBox(new QGroupBox(tr("Dossiers to export")))
    , m_zoek(new QLineEdit)
    , m_inwoners(new QListWidget)
    , m_overdracht(new QCheckBox(tr("&Hand over to a colleague: the new vast aanspreekpunt is")))
    , m_aanspreekpuntNaam(new QLineEdit)
    , m_aanspreekpuntTelefoon(new QLineEdit)
    , m_passphrase(new QLineEdit)
    , m_herhaal(new QLineEdit)
    , m_toon(new QCheckBox(tr("Sho&w")))
    , m_plain(new QCheckBox(tr("Save as plain &JSON (not encrypted)")))
    , m_probleem(new QLabel)
    , m_samenvatting(new QLabel)
    , m_export(new QPushButton(tr("E&xport…")))
    , m_sluiten(new QPushButton(tr("Cancel")))
{
    setWindowTitle(tr("Export"));
    resize(620, 640);

    m_omvang->addButton(m_alles);
    m_omvang->addButton(m_sindsPeer);
    m_omvang->addButton(m_selectie);
    m_peer->setEditable(true);
    m_peer->lineEdit()->setPlaceholderText(tr("e.g. office computer, or a colleague's name"));
    for (const auto& peer : m_sync.peers())
        m_peer->addItem(peer.naam, peer.laatsteExport);
    m_peer->setCurrentIndex(-1);
    m_peerInfo->setObjectName(QStringLiteral("peerInfo"));

    m_zoek->setPlaceholderText(tr("Find an inwoner to add (name, BSN, postcode…)"));
    m_zoek->setClearButtonEnabled(true);
    m_aanspreekpuntNaam->setPlaceholderText(tr("Name"));
    m_aanspreekpuntTelefoon->setPlaceholderText(tr("Phone"));
    auto* overdrachtVelden = new QHBoxLayout;
    overdrachtVelden->setContentsMargins(24, 0, 0, 0);
    overdrachtVelden->addWidget(m_aanspreekpuntNaam, 2);
    overdrachtVelden->addWidget(m_aanspreekpuntTelefoon, 1);
    auto* selectieLayout = new QVBoxLayout(m_selectieBox);
    selectieLayout->addWidget(m_zoek);
    selectieLayout->addWidget(m_inwoners, 1);
    selectieLayout->addWidget(m_overdracht);
    selectieLayout->addLayout(overdrachtVelden);

    if (!openInwonerId.isEmpty()) {
        if (const auto open = m_dossiers.inwoner(openInwonerId); open && !open->meta.deleted) {
            m_gekozen.insert(openInwonerId);
            m_namen[openInwonerId] = open->sorteernaam();
        }
    }
    (m_gekozen.isEmpty() ? m_alles : m_selectie)->setChecked(true);

    auto* peerRow = new QHBoxLayout;
    peerRow->setContentsMargins(24, 0, 0, 0);
    peerRow->addWidget(m_peer, 1);
    peerRow->addWidget(m_peerInfo);
    auto* scope = new QGroupBox(tr("What to export"));
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_alles);
    scopeLayout->addWidget(m_sindsPeer);
    scopeLayout->addLayout(peerRow);
    scopeLayout->addWidget(m_selectie);
    scopeLayout->addWidget(m_selectieBox, 1);

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_herhaal->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_herhaal->setObjectName(QStringLiteral("passphraseRepeat"));
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_toon);
    auto* protection = new QGroupBox(tr("Protection"));
    auto* form = new QFormLayout(protection);
    auto* uitleg = new QLabel(tr("The file is encrypted. Give the passphrase to the recipient separately, for "
                                 "example by phone, never in the same e-mail as the file."));
    uitleg->setWordWrap(true);
    form->addRow(uitleg);
    auto* passLabel = new QLabel(tr("&Passphrase:"));
    passLabel->setBuddy(m_passphrase);
    form->addRow(passLabel, passRow);
    form->addRow(tr("&Repeat:"), m_herhaal);
    form->addRow(m_plain);

    m_probleem->setObjectName(QStringLiteral("exportProblem"));
    m_probleem->setWordWrap(true);
    m_probleem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_samenvatting->setObjectName(QStringLiteral("exportSummary"));
    m_samenvatting->setWordWrap(true);
    m_samenvatting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_samenvatting->hide();

    auto* buttons = new QDialogButtonBox;
    m_export->setDefault(true);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_sluiten, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope, 1);
    layout->addWidget(protection);
    layout->addWidget(m_probleem);
    layout->addWidget(m_samenvatting);
    layout->addWidget(buttons);

    connect(m_omvang, &QButtonGroup::buttonToggled, this, [this] { updateState(); });
    connect(m_peer, &QComboBox::editTextChanged, this, [this] { updateState(); });
    connect(m_zoek, &QLineEdit::textChanged, this, &ExportDialog::fillInwoners);
    connect(m_inwoners, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item->data(kIdRole).toString();
        if (item->checkState() == Qt::Checked)
            m_gekozen.insert(id);
        else
            m_gekozen.remove(id);
        updateState();
    });
    connect(m_overdracht, &QCheckBox::toggled, this, [this] { updateState(); });
    for (QLineEdit* field : {m_aanspreekpuntNaam, m_passphrase, m_herhaal})
        connect(field, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_toon, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit* field : {m_passphrase, m_herhaal})
            field->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_plain, &QCheckBox::toggled, this, &ExportDialog::plainToggled);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_sluiten, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            done(m_samenvatting->isVisible() ? QDialog::Accepted : QDialog::Rejected);
    });

    fillInwoners();
    updateState();
}

void ExportDialog::fillInwoners()
{
    const QSignalBlocker blocker(m_inwoners);
    m_inwoners->clear();
    auto add = [this](const QString& id, const QString& naam, bool checked) {
        auto* item = new QListWidgetItem(naam, m_inwoners);
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    // The chosen dossiers stay on top whatever the search, so the selection is always in view.
    std::vector<std::pair<QString, QString>> gekozen;
    for (const QString& id : m_gekozen)
        gekozen.emplace_back(m_namen[id], id);
    std::sort(gekozen.begin(), gekozen.end());
    for (const auto& [naam, id] : gekozen)
        add(id, naam, true);
    for (const auto& row : m_dossiers.caseload(core::repo::CaseloadQuery(m_zoek->text(), {}, kMaxZoekresultaten))) {
        m_namen[row.id] = row.sorteernaam;
        if (!m_gekozen.contains(row.id))
            add(row.id, row.sorteernaam, false);
    }
}

void ExportDialog::plainToggled(bool on)
{
    if (on) {
        const auto answer = QMessageBox::warning(
            this, tr("Save without encryption?"),
            tr("The file will contain special-category personal data (health, care and support) in plain text. "
               "Anyone who gets the file, or the computer or USB stick it is on, can read it.\n\nSave it without "
               "encryption anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_plain);
            m_plain->setChecked(false);
        }
    }
    updateState();
}

void ExportDialog::updateState()
{
    m_peer->setEnabled(m_sindsPeer->isChecked());
    m_selectieBox->setEnabled(m_selectie->isChecked());
    m_aanspreekpuntNaam->setEnabled(m_overdracht->isChecked());
    m_aanspreekpuntTelefoon->setEnabled(m_overdracht->isChecked());
    const bool versleuteld = !m_plain->isChecked();
    for (QWidget* field :
         {static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_herhaal), static_cast<QWidget*>(m_toon)})
        field->setEnabled(versleuteld);

    const int index = m_peer->findText(m_peer->currentText().trimmed());
    const QDateTime laatste = index >= 0 ? m_peer->itemData(index).toDateTime() : QDateTime();
    m_peerInfo->setText(laatste.isValid()
                            ? tr("last export %1").arg(QLocale().toString(laatste.toLocalTime(), QLocale::ShortFormat))
                        : m_peer->currentText().trimmed().isEmpty() ? QString()
                                                                    : tr("first exchange: everything"));

    const QString why = problem();
    m_probleem->setText(why);
    m_export->setEnabled(why.isEmpty() && !m_busy);
}

QString ExportDialog::problem() const
{
    if (m_sindsPeer->isChecked() && m_peer->currentText().trimmed().isEmpty())
        return tr("Name the colleague or device the export is for.");
    if (m_selectie->isChecked() && m_gekozen.isEmpty())
        return tr("Tick at least one dossier to export.");
    if (m_selectie->isChecked() && m_overdracht->isChecked() && m_aanspreekpuntNaam->text().trimmed().isEmpty())
        return tr("Give the name of the colleague who takes over the dossiers.");
    if (!m_plain->isChecked()) {
        const QString zwak = core::SyncService::passphraseProblem(m_passphrase->text());
        if (!zwak.isEmpty())
            return zwak;
        if (m_herhaal->text() != m_passphrase->text())
            return tr("The two passphrases are not the same.");
    }
    return {};
}

core::sync::ExportKeuze ExportDialog::keuze() const
{
    core::sync::ExportKeuze keuze;
    if (m_sindsPeer->isChecked()) {
        keuze.omvang = core::sync::Omvang::SindsPeer;
        keuze.peer = m_peer->currentText().trimmed();
    } else if (m_selectie->isChecked()) {
        keuze.omvang = core::sync::Omvang::Inwoners;
        keuze.inwoners.assign(m_gekozen.begin(), m_gekozen.end());
        std::sort(keuze.inwoners.begin(), keuze.inwoners.end());
        if (m_overdracht->isChecked())
            keuze.overdracht = core::sync::Overdracht{m_aanspreekpuntNaam->text().trimmed(),
                                                      m_aanspreekpuntTelefoon->text().trimmed()};
    }
    return keuze;
}

void ExportDialog::chooseFileAndExport()
{
    if (!problem().isEmpty())
        return;
    const bool plain = m_plain->isChecked();
    const QString datum = m_sync.workspace().clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    const QString naam =
        tr("wijkdossier-export-%1").arg(datum) + (plain ? QStringLiteral(".json") : QStringLiteral(".wdx"));
    QFileDialog dialog(this, tr("Save the export as"), QDir::home().filePath(naam),
                       plain ? tr("Plain bundles (*.json)") : tr("Encrypted bundles (*.wdx)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(plain ? QStringLiteral("json") : QStringLiteral("wdx"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().constFirst());
}

bool ExportDialog::exportTo(const QString& path)
{
    if (m_busy || !problem().isEmpty())
        return false;
    const auto gekozen = keuze();
    const std::optional<QString> passphrase =
        m_plain->isChecked() ? std::nullopt : std::optional<QString>(m_passphrase->text());
    std::optional<core::Result<core::sync::ExportRapport>> uitkomst;
    m_busy = true;
    updateState();
    SyncTaak taak(m_sync, this);
    const auto gestart = taak.run(tr("Exporting…"), [&](core::SyncService& worker, const core::sync::Voortgang& v) {
        uitkomst = worker.exporteer(path, gekozen, passphrase, v);
    });
    m_busy = false;
    updateState();
    if (!gestart.ok()) {
        m_probleem->setText(gestart.error().message);
        return false;
    }
    if (!uitkomst || !*uitkomst) {
        m_probleem->setText(taak.cancelled()
                                ? tr("The export was cancelled; no file was written.")
                                : tr("Not exported: %1").arg(uitkomst ? uitkomst->error().message : QString()));
        return false;
    }
    const core::sync::ExportRapport& rapport = uitkomst->value();
    QStringList regels;
    regels << tr("%n row(s) exported to %1", nullptr, static_cast<int>(rapport.totaal))
                  .arg(QDir::toNativeSeparators(path));
    for (const auto& [tabel, aantal] : rapport.rijen)
        regels << tr("%1: %2").arg(syncTabelNaam(tabel)).arg(aantal);
    if (rapport.totaal == 0)
        regels << tr("Nothing has changed since the last exchange.");
    if (!rapport.peer.isEmpty())
        regels << tr("The next export for %1 starts from here.").arg(rapport.peer);
    regels << (m_plain->isChecked() ? tr("The file is NOT encrypted: keep it safe and delete it when it has arrived.")
                                    : tr("Encrypted with your passphrase."));
    m_samenvatting->setText(regels.join(QLatin1Char('\n')));
    m_samenvatting->show();
    m_probleem->clear();
    m_export->hide();
    m_sluiten->setText(tr("Close"));
    for (QWidget* w : findChildren<QGroupBox*>())
        w->setEnabled(false);
    emit exported(path);
    return true;
}

} // namespace ui
