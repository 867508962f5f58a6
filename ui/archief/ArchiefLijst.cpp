// SPDX-License-Identifier: EUPL-1.2
#include "ArchiefLijst.h"

#include "OutputFile.h"
#include "archief/OndertekenDialog.h"
#include "services/ArchiefService.h"
#include "services/TrajectService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace ui {

namespace {

QString soortTekst(const QString& soort)
{
    if (soort == QLatin1String("verslag"))
        return ui::ArchiefLijst::tr("Verslag");
    if (soort == QLatin1String("ontvangstbevestiging"))
        return ui::ArchiefLijst::tr("Ontvangstbevestiging");
    if (soort == QLatin1String("plan"))
        return ui::ArchiefLijst::tr("Ondersteuningsplan");
    if (soort == QLatin1String("inzage"))
        return ui::ArchiefLijst::tr("Inzage overview");
    return soort;
}

QString ondertekendTekst(const core::ArchiefDocument& d)
{
    if (d.soort != QLatin1String("verslag"))
        return {};
    if (!d.ondertekendOp)
        return ui::ArchiefLijst::tr("Not yet signed");
    const QString datum = d.ondertekendOp->toString(QStringLiteral("dd-MM-yyyy"));
    QString tekst = d.ondertekening == core::kOndertekeningAkkoord ? ui::ArchiefLijst::tr("Akkoord, %1").arg(datum)
                                                                   : ui::ArchiefLijst::tr("Voor gezien, %1").arg(datum);
    if (d.aanvraag)
        tekst = ui::ArchiefLijst::tr("%1, with aanvraag").arg(tekst);
    return tekst;
}

/// A file name without personal data: the document and the day it was issued.
QString bestandsnaam(const core::ArchiefDocument& d)
{
    return QStringLiteral("%1-%2.pdf").arg(d.soort, d.uitgegevenOp.toLocalTime().date().toString(Qt::ISODate));
}

} // namespace

ArchiefLijst::ArchiefLijst(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_tabel(new QTableWidget(0, ColumnCount))
    , m_open(new QPushButton(tr("&Open copy…")))
    , m_save(new QPushButton(tr("Save cop&y as…")))
    , m_sign(new QPushButton(tr("&Mark as signed…")))
    , m_attach(new QPushButton(tr("Attach s&can…")))
{
    m_tabel->setObjectName(QStringLiteral("documenten"));
    m_tabel->setHorizontalHeaderLabels({tr("Document"), tr("Issued"), tr("Template"), tr("Signed"), tr("Scans")});
    m_tabel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabel->verticalHeader()->hide();
    m_tabel->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabel->horizontalHeader()->setSectionResizeMode(OndertekendColumn, QHeaderView::Stretch);
    m_open->setToolTip(tr("Show the copy exactly as it was issued"));
    m_attach->setToolTip(tr("A scan or photo of the signed paper: PDF, JPEG or PNG, at most 20 MB"));

    connect(m_tabel, &QTableWidget::itemSelectionChanged, this, &ArchiefLijst::updateButtons);
    connect(m_tabel, &QTableWidget::itemActivated, this, [this] { openCopy(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openCopy(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveCopy(); });
    connect(m_sign, &QPushButton::clicked, this, [this] { markSigned(); });
    connect(m_attach, &QPushButton::clicked, this, [this] { attachScan(); });
    if (m_services.archief) {
        connect(m_services.archief, &core::ArchiefService::changed, this,
                [this](const QString&, const QString& trajectId) {
                    if (!m_trajectId.isEmpty() && trajectId == m_trajectId)
                        refresh();
                });
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    // Said once, where the copies will appear, so an empty list is not a puzzle.
    m_leeg = new QLabel(tr("Nothing has been issued from this traject yet. When you print or save the "
                           "ontvangstbevestiging or the verslag, a copy is kept here exactly as it was issued; "
                           "here you also mark the verslag signed and attach the scan of the signed paper."));
    m_leeg->setObjectName(QStringLiteral("geenDocumenten"));
    m_leeg->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_leeg);
    layout->addWidget(m_tabel, 1);
    layout->addLayout(buttons);
    updateButtons();
}

ArchiefLijst::~ArchiefLijst() = default;

void ArchiefLijst::setTraject(const QString& trajectId)
{
    m_trajectId = trajectId;
    refresh();
}

void ArchiefLijst::refresh()
{
    const QString selected = currentId();
    m_documenten = m_services.archief && !m_trajectId.isEmpty() ? m_services.archief->lijst(m_trajectId)
                                                                : std::vector<core::ArchiefDocument>{};
    m_tabel->setRowCount(static_cast<int>(m_documenten.size()));
    for (int row = 0; row < m_tabel->rowCount(); ++row) {
        const core::ArchiefDocument& d = m_documenten[static_cast<size_t>(row)];
        const QStringList cells{soortTekst(d.soort),
                                d.uitgegevenOp.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")), d.sjabloon,
                                ondertekendTekst(d), QString::number(d.bijlagen.size())};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, d.meta.id);
            m_tabel->setItem(row, c, item);
        }
        if (d.meta.id == selected)
            m_tabel->selectRow(row);
    }
    m_leeg->setVisible(m_documenten.empty() && !m_trajectId.isEmpty());
    updateButtons();
}

QString ArchiefLijst::currentId() const
{
    const auto rows = m_tabel->selectionModel()->selectedRows();
    const QTableWidgetItem* item = rows.isEmpty() ? nullptr : m_tabel->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const core::ArchiefDocument* ArchiefLijst::current() const
{
    const QString id = currentId();
    for (const core::ArchiefDocument& d : m_documenten) {
        if (d.meta.id == id)
            return &d;
    }
    return nullptr;
}

void ArchiefLijst::updateButtons()
{
    const core::ArchiefDocument* d = current();
    m_open->setEnabled(d);
    m_save->setEnabled(d);
    m_sign->setEnabled(d && d->soort == QLatin1String("verslag"));
    m_attach->setEnabled(d);
}

bool ArchiefLijst::openCopy()
{
    const core::ArchiefDocument* d = current();
    if (!d || !m_services.archief)
        return false;
    const auto bytes = m_services.archief->pdf(d->meta.id);
    if (!bytes) {
        QMessageBox::warning(this, tr("Open copy"), bytes.error().message);
        return false;
    }
    auto file = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("wijkdossier-XXXXXX.pdf")));
    if (!file->open() || !file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file->write(bytes.value()) != bytes->size() || !file->flush()) {
        QMessageBox::warning(this, tr("Open copy"), tr("Cannot write a temporary copy: %1").arg(file->errorString()));
        return false;
    }
    file->close();
    const QUrl url = QUrl::fromLocalFile(file->fileName());
    m_geopend.push_back(std::move(file));
    if (!m_opener(url)) {
        QMessageBox::warning(this, tr("Open copy"),
                             tr("No PDF viewer could be started. Use Save copy as… to keep the copy as a file."));
        return false;
    }
    return true;
}

bool ArchiefLijst::saveCopy()
{
    const core::ArchiefDocument* d = current();
    if (!d || !m_services.archief)
        return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save copy as"), QDir::home().filePath(bestandsnaam(*d)),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    const auto bytes = m_services.archief->pdf(d->meta.id);
    if (!bytes) {
        QMessageBox::warning(this, tr("Save copy as"), bytes.error().message);
        return false;
    }
    // Written whole or not at all, readable by the consulent only.
    if (const core::Status written = core::OutputFile::write(path, bytes.value()); !written) {
        QMessageBox::warning(this, tr("Save copy as"), written.error().message);
        return false;
    }
    return true;
}

bool ArchiefLijst::markSigned()
{
    const core::ArchiefDocument* d = current();
    if (!d || !m_services.archief || d->soort != QLatin1String("verslag"))
        return false;
    OndertekenDialog dialog(*d, *m_services.archief, m_services.trajecten.today(), this);
    return dialog.exec() == QDialog::Accepted;
}

bool ArchiefLijst::attachScan()
{
    if (!current())
        return false;
    QFileDialog dialog(this, tr("Attach a scan of the signed paper"), QDir::homePath(),
                       tr("Scans (*.pdf *.jpg *.jpeg *.png);;PDF documents (*.pdf);;JPEG images (*.jpg *.jpeg);;PNG "
                          "images (*.png)"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return attachScan(dialog.selectedFiles().first());
}

bool ArchiefLijst::attachScan(const QString& path)
{
    const core::ArchiefDocument* d = current();
    if (!d || !m_services.archief)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Attach scan"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const auto bijlage = m_services.archief->bijlageToevoegen(d->meta.id, path, file.readAll());
    if (!bijlage) {
        QMessageBox::warning(this, tr("Attach scan"), bijlage.error().message);
        return false;
    }
    return true;
}

} // namespace ui
