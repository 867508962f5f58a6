// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartWindow.h"

#include "OutputFile.h"
#include "SocialeKaartImportDialog.h"
#include "SocialeKaartItemDialog.h"
#include "SocialeKaartModel.h"
#include "model/Keuzelijst.h"
#include "services/SocialeKaartService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/// A link for a website as typed on the sociale kaart ("www.example.nl" works too).
QString websiteLink(const QString& website)
{
    const QUrl url = QUrl::fromUserInput(website.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return escaped(website);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString().toHtmlEscaped(), escaped(website));
}

/// Asks a question with a Yes button that says what it does; true when the consulent agrees.
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& informative, const QString& yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setInformativeText(informative);
    box.button(QMessageBox::Yes)->setText(yes);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

SocialeKaartWindow::SocialeKaartWindow(core::SocialeKaartService& service, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_model(new SocialeKaartModel(service, this))
    , m_search(new QLineEdit)
    , m_vorm(new QComboBox)
    , m_showInactive(new QCheckBox(tr("Show &inactive")))
    , m_pages(new QStackedWidget)
    , m_emptyPage(new QWidget)
    , m_table(new QTableView)
    , m_details(new QTextBrowser)
    , m_count(new QLabel)
    , m_status(new QLabel)
    , m_new(new QPushButton(tr("&New…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_active(new QPushButton(tr("&Deactivate")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_import(new QPushButton(tr("Import &CSV…")))
    , m_export(new QPushButton(tr("E&xport CSV…")))
    , m_examples(new QPushButton(tr("Add e&xamples")))
{
    setWindowTitle(tr("Sociale kaart"));
    setObjectName(QStringLiteral("socialeKaartWindow"));
    resize(1300, 700);

    m_search->setPlaceholderText(tr("Search by name, aanbieder, category or notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the sociale kaart"));
    m_vorm->addItem(tr("All voorzieningen"), QString());
    m_vorm->addItem(tr("Algemene voorzieningen"), QStringLiteral("algemeen"));
    m_vorm->addItem(tr("Maatwerkvoorzieningen"), QStringLiteral("maatwerk"));
    m_vorm->setAccessibleName(tr("Which voorzieningen"));
    m_showInactive->setToolTip(tr("Also list voorzieningen that are no longer offered."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The name takes what is left, so that the status column stays in view.
    m_table->horizontalHeader()->setSectionResizeMode(SocialeKaartModel::Naam, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setColumnWidth(SocialeKaartModel::Vorm, 80);
    m_table->setColumnWidth(SocialeKaartModel::Wet, 80);
    m_table->setColumnWidth(SocialeKaartModel::Categorie, 170);
    m_table->setColumnWidth(SocialeKaartModel::Aanbieder, 180);
    m_table->setColumnWidth(SocialeKaartModel::Telefoon, 100);
    m_table->setColumnWidth(SocialeKaartModel::Actief, 70);
    m_details->setObjectName(QStringLiteral("socialeKaartDetails"));
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(240);
    m_count->setObjectName(QStringLiteral("socialeKaartCount"));
    m_status->setObjectName(QStringLiteral("socialeKaartStatus"));
    m_status->setWordWrap(true);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({940, 340});

    // What the sociale kaart is and how to fill it, while it is empty.
    auto* explanation = new QLabel(
        tr("<h2>The sociale kaart is still empty</h2>"
           "<p>The sociale kaart is the list of voorzieningen in the gemeente and the aanbieders that offer them: "
           "<b>algemene voorzieningen</b> that are open to everyone, such as a klussendienst, a maatjesproject or "
           "mantelzorgondersteuning, and <b>maatwerkvoorzieningen</b> that need a beschikking, such as "
           "huishoudelijke hulp or begeleiding. Plans and beschikkingen pick their voorzieningen from it, and you "
           "look up here how to reach an aanbieder.</p>"
           "<p>There are two ways to fill it:</p>"
           "<ul><li><b>Import the gemeente's CSV file</b>: you see every row, and every row that is refused, "
           "before anything is stored.</li>"
           "<li><b>Add examples</b> to try it out: a few clearly fictitious voorzieningen that you can edit or "
           "remove later.</li></ul>"
           "<p>With <i>New…</i> you add a voorziening yourself.</p>"));
    explanation->setObjectName(QStringLiteral("socialeKaartEmptyState"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    auto* emptyImport = new QPushButton(tr("Import the gemeente's CSV file…"));
    auto* emptyExamples = new QPushButton(tr("Add fictitious examples"));
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addWidget(emptyImport);
    emptyButtons->addWidget(emptyExamples);
    emptyButtons->addStretch();
    auto* emptyColumn = new QWidget;
    emptyColumn->setMaximumWidth(760);
    auto* emptyColumnLayout = new QVBoxLayout(emptyColumn);
    emptyColumnLayout->addWidget(explanation);
    emptyColumnLayout->addSpacing(8);
    emptyColumnLayout->addLayout(emptyButtons);
    emptyColumnLayout->addStretch();
    auto* emptyLayout = new QHBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyColumn, 4);
    emptyLayout->addStretch(1);

    m_pages->addWidget(splitter);
    m_pages->addWidget(m_emptyPage);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_vorm);
    top->addWidget(m_showInactive);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_active, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QPushButton* b : {m_import, m_export, m_examples})
        buttons->addWidget(b);
    auto* close = new QPushButton(tr("Close"));
    buttons->addWidget(close);
    for (QPushButton* b : {m_new, m_edit, m_active, m_remove, m_import, m_export, m_examples, close})
        b->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addSpacing(24);
    bottom->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
    layout->addLayout(buttons);

    m_edit->setToolTip(tr("Edit the selected voorziening (or double-click it)."));
    m_active->setToolTip(tr("A voorziening that is no longer offered stays on the sociale kaart, greyed out."));
    m_remove->setToolTip(tr("Remove the selected voorziening; plans that use it keep showing its name."));
    m_export->setToolTip(tr("Save the whole sociale kaart as a CSV file, e.g. to share it with a colleague."));
    m_examples->setToolTip(tr("Add a few fictitious voorzieningen to try out the sociale kaart."));

    connect(m_search, &QLineEdit::textChanged, this, &SocialeKaartWindow::applyQuery);
    connect(m_vorm, &QComboBox::currentIndexChanged, this, &SocialeKaartWindow::applyQuery);
    connect(m_showInactive, &QCheckBox::toggled, this, &SocialeKaartWindow::applyQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_selectedId.clear();
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_selectedId = m_model->idAt(current.row());
                updateState();
            });
    connect(m_table, &QTableView::activated, this, &SocialeKaartWindow::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &SocialeKaartWindow::newItem);
    connect(m_edit, &QPushButton::clicked, this, &SocialeKaartWindow::editCurrent);
    connect(m_active, &QPushButton::clicked, this, &SocialeKaartWindow::toggleActief);
    connect(m_remove, &QPushButton::clicked, this, &SocialeKaartWindow::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &SocialeKaartWindow::importCsv);
    connect(emptyImport, &QPushButton::clicked, this, &SocialeKaartWindow::importCsv);
    connect(m_export, &QPushButton::clicked, this, &SocialeKaartWindow::exportCsv);
    connect(m_examples, &QPushButton::clicked, this, &SocialeKaartWindow::addExamples);
    connect(emptyExamples, &QPushButton::clicked, this, &SocialeKaartWindow::addExamples);
    connect(close, &QPushButton::clicked, this, &SocialeKaartWindow::close);

    applyQuery();
    m_search->setFocus();
}

bool SocialeKaartWindow::showsEmptyState() const
{
    return m_pages->currentWidget() == m_emptyPage;
}

QString SocialeKaartWindow::detailsText() const
{
    return m_details->toPlainText();
}

QString SocialeKaartWindow::statusText() const
{
    return m_status->text();
}

void SocialeKaartWindow::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void SocialeKaartWindow::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SocialeKaartWindow::applyQuery()
{
    // What the window last reported is about the list as it was.
    m_status->clear();
    m_model->setQuery(m_search->text(), m_vorm->currentData().toString(), m_showInactive->isChecked());
}

void SocialeKaartWindow::updateState()
{
    const bool empty = m_service.count() == 0;
    m_pages->setCurrentWidget(empty ? m_emptyPage : m_pages->widget(0));
    const int shown = m_model->rowCount();
    if (empty)
        m_count->clear();
    else if (shown == 0 && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("No voorziening matches “%1”.").arg(m_search->text().trimmed()));
    else
        m_count->setText(tr("%n voorziening(s)", nullptr, shown));

    const core::SocialeKaartItem* item = m_model->itemAt(m_model->rowOf(m_selectedId));
    for (QPushButton* b : {m_edit, m_active, m_remove})
        b->setEnabled(item != nullptr);
    m_active->setText(item && !item->actief ? tr("&Activate") : tr("&Deactivate"));
    m_export->setEnabled(!empty);
    // Nothing to search while the sociale kaart is empty.
    for (QWidget* w : std::initializer_list<QWidget*>{m_search, m_vorm, m_showInactive})
        w->setEnabled(!empty);
    showDetails();
}

void SocialeKaartWindow::showDetails()
{
    const core::SocialeKaartItem* item = m_model->itemAt(m_model->rowOf(m_selectedId));
    if (!item) {
        m_details->setHtml(tr("<p style=\"color: gray\">Select a voorziening to see how to reach it.</p>"));
        return;
    }
    QStringList soort{core::keuzeLabel(core::Keuzelijst::VoorzieningVorm, item->vorm),
                      core::keuzeLabel(core::Keuzelijst::Wet, item->wet),
                      core::keuzeLabel(core::Keuzelijst::VoorzieningCategorie, item->categorie)};
    if (!item->actief)
        soort << tr("inactive: no longer offered");
    QString rows;
    const auto add = [&rows](const QString& label, const QString& html) {
        if (!html.isEmpty())
            rows += QStringLiteral("<tr><td style=\"padding-right: 8px; color: gray\">%1</td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), html);
    };
    add(tr("Aanbieder"), escaped(item->aanbieder));
    add(tr("Phone"), escaped(item->telefoon));
    if (!item->email.trimmed().isEmpty())
        add(tr("E-mail"), QStringLiteral("<a href=\"mailto:%1\">%2</a>")
                              .arg(item->email.trimmed().toHtmlEscaped(), escaped(item->email)));
    if (!item->website.trimmed().isEmpty())
        add(tr("Website"), websiteLink(item->website));
    add(tr("Address"), escaped(item->adres));
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(item->naam), escaped(soort.join(QStringLiteral(" · "))));
    if (!rows.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(rows);
    if (!item->notities.trimmed().isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Notes").toHtmlEscaped(), escaped(item->notities));
    m_details->setHtml(html);
}

void SocialeKaartWindow::setStatus(const QString& text)
{
    m_status->setText(text);
}

void SocialeKaartWindow::newItem()
{
    core::SocialeKaartItem item;
    // A new entry starts in the kind of voorziening the consulent is looking at.
    if (!m_vorm->currentData().toString().isEmpty())
        item.vorm = m_vorm->currentData().toString();
    SocialeKaartItemDialog dialog(item, m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectedId = dialog.savedId();
    if (m_model->rowOf(m_selectedId) < 0 && !m_search->text().isEmpty()) {
        // Show the new entry even when it does not match the search.
        m_search->clear();
    }
    selectId(m_selectedId);
    setStatus(tr("“%1” is added to the sociale kaart.").arg(dialog.item().naam));
}

void SocialeKaartWindow::editCurrent()
{
    const auto item = m_service.item(m_selectedId);
    if (!item)
        return;
    SocialeKaartItemDialog dialog(*item, m_service, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("“%1” is saved.").arg(dialog.item().naam));
}

void SocialeKaartWindow::toggleActief()
{
    auto item = m_service.item(m_selectedId);
    if (!item)
        return;
    item->actief = !item->actief;
    auto saved = m_service.save(*item);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return;
    }
    if (saved->actief)
        setStatus(tr("“%1” is active again.").arg(saved->naam));
    else if (m_showInactive->isChecked())
        setStatus(tr("“%1” is deactivated: it stays on the list, greyed out.").arg(saved->naam));
    else
        setStatus(tr("“%1” is deactivated: it is hidden unless you tick Show inactive.").arg(saved->naam));
}

void SocialeKaartWindow::removeCurrent()
{
    const auto item = m_service.item(m_selectedId);
    if (!item)
        return;
    if (!confirm(this, tr("Remove voorziening"), tr("Remove “%1” from the sociale kaart?").arg(item->naam),
                 tr("Plans that use it keep showing its name. If it is only no longer offered, Deactivate keeps it "
                    "on the sociale kaart for reference."),
                 tr("Remove")))
        return;
    const core::Status removed = m_service.remove(item->meta.id);
    if (!removed) {
        QMessageBox::warning(this, tr("Not removed"), removed.error().message);
        return;
    }
    setStatus(tr("“%1” is removed from the sociale kaart.").arg(item->naam));
}

void SocialeKaartWindow::importCsv()
{
    SocialeKaartImportDialog dialog(m_service, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("Imported from %1.").arg(QFileInfo(dialog.path()).fileName()));
}

void SocialeKaartWindow::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("sociale-kaart-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the sociale kaart"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool SocialeKaartWindow::exportTo(const QString& path)
{
    const QByteArray csv = m_service.exporteer();
    // The file names aanbieders and notes: readable by the consulent only (OutputFile writes 0600).
    const core::Status written =
        csv.isEmpty() ? core::Status(core::Error{core::ErrorCode::Database, tr("The sociale kaart cannot be read.")})
                      : core::OutputFile::write(path, csv);
    if (!written) {
        QMessageBox::warning(this, tr("Not exported"), written.error().message);
        return false;
    }
    setStatus(tr("The sociale kaart is exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SocialeKaartWindow::addExamples()
{
    if (!confirm(this, tr("Add examples"), tr("Add fictitious examples to the sociale kaart?"),
                 tr("The examples are made up: the voorzieningen, aanbieders, phone numbers and addresses do not "
                    "exist. They are there to try out the sociale kaart; edit or remove them before you rely on it, "
                    "or import the gemeente's CSV file instead."),
                 tr("Add examples")))
        return;
    auto added = m_service.voorbeeldenToevoegen();
    if (!added) {
        QMessageBox::warning(this, tr("No examples added"), added.error().message);
        return;
    }
    setStatus(tr("%n fictitious example(s) added.", nullptr, added.value()));
}

} // namespace ui
