// SPDX-License-Identifier: EUPL-1.2
#include "ActieDialog.h"

#include "model/Keuzelijst.h"
#include "model/Traject.h"
#include "plan/PlanFieldErrors.h"
#include "plan/VoorzieningKiezer.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"
#include "traject/DialogFields.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

const QString kWat = QStringLiteral("wat");
const QString kNetwerk = QStringLiteral("netwerk");
const QString kVoorziening = QStringLiteral("voorziening");
const QString kOnderbouwing = QStringLiteral("onderbouwing");
const QString kUitvoerder = QStringLiteral("uitvoerder");
const QString kVan = QStringLiteral("van");
const QString kTot = QStringLiteral("tot");
const QString kOmvang = QStringLiteral("omvang");
const QString kEenheid = QStringLiteral("eenheid");
const QString kAlgemeen = QStringLiteral("algemeen");
const QString kMaatwerk = QStringLiteral("maatwerk");
const char* const kKeyProperty = "keuze";
constexpr int kSocialeKaartRole = Qt::UserRole + 1;

bool is(const QString& niveau, const char* key)
{
    return niveau == QLatin1String(key);
}

QString uitleg(const QString& niveau)
{
    if (is(niveau, "eigen_kracht"))
        return ActieDialog::tr("What the inwoner can do alone, perhaps with a little help or an aid.");
    if (is(niveau, "netwerk"))
        return ActieDialog::tr("What family, neighbours, friends or volunteers can and want to do.");
    if (is(niveau, "algemeen"))
        return ActieDialog::tr("An algemene voorziening on the social map: open to everyone, no beschikking needed.");
    if (is(niveau, "maatwerk"))
        return ActieDialog::tr("A maatwerkvoorziening by beschikking: only when the above fall short, with the "
                               "reasons.");
    return ActieDialog::tr("A professional outside the Wmo, e.g. GP, district nurse or debt counsellor.");
}

std::pair<core::PlanDoel, core::PlanActie> gevonden(const core::Ondersteuningsplan& plan, const QString& doelId,
                                                    const QString& actieId, const QString& niveau)
{
    const auto doel = std::find_if(plan.doelen.begin(), plan.doelen.end(),
                                   [&](const core::PlanDoel& d) { return d.meta.id == doelId; });
    if (doel == plan.doelen.end())
        return {};
    const auto actie = std::find_if(doel->acties.begin(), doel->acties.end(), [&](const core::PlanActie& a) {
        return !actieId.isEmpty() && a.meta.id == actieId;
    });
    if (actie != doel->acties.end())
        return {*doel, *actie};
    core::PlanActie nieuw;
    if (core::isKeuze(core::Keuzelijst::ActieNiveau, niveau))
        nieuw.niveau = niveau;
    // New acties go to the end of their niveau; the service numbers them again.
    nieuw.positie = static_cast<int>(doel->acties.size());
    return {*doel, nieuw};
}

} // namespace

ActieDialog::ActieDialog(const core::Ondersteuningsplan& plan, const QString& doelId, const QString& actieId,
                         const QString& voorkeurNiveau, const Services& services, QWidget* parent)
    : ValidatedDialog(parent)
    , m_plan(plan)
    , m_doelId(doelId)
    , m_plannen(services.plannen)
    , m_niveaus(new QButtonGroup(this))
    , m_wat(new QLineEdit)
    , m_netwerk(new QComboBox)
    , m_voorziening(new VoorzieningKiezer(services.socialeKaart))
    , m_beschikking(new QComboBox)
    , m_onderbouwing(DialogFields::textBox({}, 3))
    , m_uitvoerder(new QLineEdit)
    , m_van(nullptr)
    , m_tot(nullptr)
    , m_omvang(new QDoubleSpinBox)
    , m_eenheid(nullptr)
{
    const auto [gevondenDoel, gevondenActie] = gevonden(plan, doelId, actieId, voorkeurNiveau);
    m_actie = gevondenActie;
    m_inwonerId = gevondenDoel.inwonerId.isEmpty() ? plan.inwonerId : gevondenDoel.inwonerId;
    setWindowTitle(m_actie.meta.isNew() ? tr("Add actie") : tr("Edit actie"));

    m_wat->setObjectName(kWat);
    m_wat->setText(m_actie.wat);
    m_wat->setPlaceholderText(tr("e.g. does the shopping on Saturdays"));
    m_netwerk->setObjectName(kNetwerk);
    fillNetwerk(services.dossiers.netwerk(m_inwonerId));
    m_voorziening->setObjectName(kVoorziening);
    m_voorziening->setCurrentId(m_actie.voorzieningId);
    m_beschikking->setObjectName(QStringLiteral("beschikking"));
    fillBeschikking(services);
    m_onderbouwing->setObjectName(kOnderbouwing);
    m_onderbouwing->setPlainText(m_actie.onderbouwing);
    m_onderbouwing->setPlaceholderText(tr("Why what the inwoner can do, the netwerk and algemene voorzieningen are "
                                          "not enough"));
    m_uitvoerder->setObjectName(kUitvoerder);
    m_uitvoerder->setText(m_actie.uitvoerder);
    m_van = DialogFields::dateField(m_actie.van);
    m_van->setObjectName(kVan);
    m_tot = DialogFields::dateField(m_actie.tot);
    m_tot->setObjectName(kTot);
    m_tot->setToolTip(tr("Leave empty when it has no end date."));
    m_omvang->setObjectName(kOmvang);
    m_omvang->setRange(0, 100000);
    m_omvang->setDecimals(1);
    m_omvang->setSpecialValueText(tr("Not set"));
    m_omvang->setValue(m_actie.omvang.value_or(0));
    m_eenheid = DialogFields::keuzeCombo(core::Keuzelijst::Eenheid, m_actie.eenheid, tr("No unit"));
    m_eenheid->setObjectName(kEenheid);

    m_form = new QFormLayout;
    addRow(tr("&What is done *"), m_wat, kWat);
    m_netwerkRow = addRow(tr("Who in the &netwerk *"), m_netwerk, kNetwerk);
    m_form->addRow(buildGuard());
    m_guardRow = m_form->rowCount() - 1;
    m_voorzieningRow = addRow(tr("&Voorziening *"), m_voorziening, kVoorziening);
    m_form->addRow(tr("In the &beschikking"), m_beschikking);
    m_beschikkingRow = m_form->rowCount() - 1;
    auto* onderbouwing = new QWidget;
    auto* onderbouwingLayout = new QVBoxLayout(onderbouwing);
    onderbouwingLayout->setContentsMargins(0, 0, 0, 0);
    onderbouwingLayout->setSpacing(2);
    auto* verplicht = new QLabel(tr("Required for a maatwerkvoorziening: say why eigen kracht, the netwerk and "
                                    "algemene voorzieningen fall short."));
    verplicht->setWordWrap(true);
    onderbouwingLayout->addWidget(verplicht);
    onderbouwingLayout->addWidget(m_onderbouwing);
    auto* onderbouwingMessage = new QLabel;
    onderbouwingLayout->addWidget(onderbouwingMessage);
    m_messages.add(kOnderbouwing, m_onderbouwing, onderbouwingMessage);
    m_form->addRow(tr("&Onderbouwing *"), onderbouwing);
    qobject_cast<QLabel*>(m_form->labelForField(onderbouwing))->setBuddy(m_onderbouwing);
    m_onderbouwingRow = m_form->rowCount() - 1;
    m_uitvoerderRow = addRow(tr("Wh&o *"), m_uitvoerder, kUitvoerder);
    addRow(tr("&From"), m_van, kVan);
    addRow(tr("&Until"), m_tot, kTot);
    auto* omvang = new QWidget;
    auto* omvangRow = new QHBoxLayout(omvang);
    omvangRow->setContentsMargins(0, 0, 0, 0);
    omvangRow->addWidget(m_omvang);
    omvangRow->addWidget(m_eenheid, 1);
    addRow(tr("&Amount"), omvang, kOmvang);
    auto* eenheidMessage = new QLabel;
    m_messages.add(kEenheid, m_eenheid, eenheidMessage);
    m_form->addRow(QString(), eenheidMessage);

    auto* algemeen = DialogFields::generalMessage(m_messages, QStringLiteral("algemeen_bericht"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActieDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActieDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildNiveaus());
    layout->addLayout(m_form);
    layout->addWidget(algemeen);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);

    const std::pair<QLineEdit*, QString> watched[] = {
        {m_wat, kWat}, {m_uitvoerder, kUitvoerder}, {m_van, kVan}, {m_tot, kTot}};
    for (const auto& [line, field] : watched)
        watch(line, field);
    connect(m_onderbouwing, &QPlainTextEdit::textChanged, this, &ActieDialog::revalidate);
    connect(m_niveaus, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateNiveau();
    });
    connect(m_netwerk, &QComboBox::currentIndexChanged, this, [this] {
        m_messages.touch(kNetwerk);
        updateGuard();
        revalidate();
    });
    connect(m_voorziening, &VoorzieningKiezer::currentIdChanged, this, [this] {
        m_messages.touch(kVoorziening);
        revalidate();
    });
    connect(m_beschikking, &QComboBox::currentIndexChanged, this, [this] {
        const QString kaartId = m_beschikking->currentData(kSocialeKaartRole).toString();
        if (!kaartId.isEmpty() && m_voorziening->currentId().isEmpty())
            m_voorziening->setCurrentId(kaartId);
        revalidate();
    });
    connect(m_omvang, &QDoubleSpinBox::valueChanged, this, &ActieDialog::revalidate);
    connect(m_eenheid, &QComboBox::currentIndexChanged, this, &ActieDialog::revalidate);
    connect(m_respijt, &QCheckBox::toggled, this, &ActieDialog::revalidate);
    updateNiveau();
    if (QAbstractButton* gekozen = m_niveaus->checkedButton(); gekozen && !m_actie.meta.isNew())
        m_wat->setFocus();
    else if (gekozen)
        gekozen->setFocus();
}

int ActieDialog::addRow(const QString& label, QWidget* input, const QString& field)
{
    m_messages.addRow(m_form, label, input, field);
    return m_form->rowCount() - 1;
}

QWidget* ActieDialog::buildNiveaus()
{
    auto* box = new QGroupBox(tr("Who does it? In the order of consideration"));
    box->setObjectName(QStringLiteral("niveau"));
    auto* grid = new QVBoxLayout(box);
    grid->setSpacing(0);
    int nummer = 1;
    for (const core::Keuze& k : core::keuzes(core::Keuzelijst::ActieNiveau)) {
        auto* radio = new QRadioButton(tr("&%1  %2").arg(nummer).arg(k.label));
        radio->setObjectName(QStringLiteral("niveau_") + k.key);
        radio->setProperty(kKeyProperty, k.key);
        radio->setChecked(k.key == m_actie.niveau);
        m_niveaus->addButton(radio, nummer);
        // One line each: a wrapped label makes the dialog guess its height wrong.
        auto* toelichting = new QLabel(uitleg(k.key));
        toelichting->setIndent(radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8);
        // Quieter than the choice itself, but easy to read (the disabled colour is too faint).
        QPalette palette = toelichting->palette();
        const QColor tekst = palette.color(QPalette::WindowText);
        const QColor achtergrond = palette.color(QPalette::Window);
        palette.setColor(QPalette::WindowText, QColor((tekst.red() * 2 + achtergrond.red()) / 3,
                                                      (tekst.green() * 2 + achtergrond.green()) / 3,
                                                      (tekst.blue() * 2 + achtergrond.blue()) / 3));
        toelichting->setPalette(palette);
        grid->addWidget(radio);
        grid->addWidget(toelichting);
        grid->addSpacing(4);
        ++nummer;
    }
    return box;
}

QFrame* ActieDialog::buildGuard()
{
    m_guard = new QFrame;
    m_guard->setObjectName(QStringLiteral("mantelzorgWarning"));
    m_guard->setFrameShape(QFrame::StyledPanel);
    m_guard->setStyleSheet(QStringLiteral("QFrame#mantelzorgWarning { background: #fff4d6; border: 1px solid #d9a400; "
                                          "border-radius: 3px; }"));
    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_guardTekst = new QLabel;
    m_guardTekst->setObjectName(QStringLiteral("mantelzorgText"));
    m_guardTekst->setWordWrap(true);
    m_respijt = new QCheckBox(tr("&Respite care (respijtzorg) or extra support for the mantelzorger was considered"));
    m_respijt->setObjectName(QStringLiteral("respijt"));
    m_respijt->setChecked(m_actie.respijtOverwogen);
    auto* tekst = new QVBoxLayout;
    tekst->addWidget(m_guardTekst);
    tekst->addWidget(m_respijt);
    auto* layout = new QHBoxLayout(m_guard);
    layout->addWidget(icon);
    layout->addLayout(tekst, 1);
    return m_guard;
}

void ActieDialog::fillNetwerk(const std::vector<core::NetwerkPersoon>& netwerk)
{
    m_netwerk->addItem(tr("Choose…"), QString());
    for (const core::NetwerkPersoon& p : netwerk) {
        QString tekst = tr("%1 (%2)").arg(p.naam, core::label(p.relatie).toLower());
        if (p.mantelzorg) {
            const auto belasting = p.mantelzorg->belasting();
            tekst = belasting ? tr("%1 — mantelzorger, %2").arg(tekst, core::label(*belasting).toLower())
                              : tr("%1 — mantelzorger").arg(tekst);
        }
        m_netwerk->addItem(tekst, p.meta.id);
    }
    if (!m_actie.netwerkId.isEmpty() && m_netwerk->findData(m_actie.netwerkId) < 0)
        m_netwerk->addItem(tr("(removed from the netwerk)"), m_actie.netwerkId);
    m_netwerk->setCurrentIndex(std::max(0, m_netwerk->findData(m_actie.netwerkId)));
}

void ActieDialog::fillBeschikking(const Services& services)
{
    m_beschikking->addItem(tr("Not linked"), QString());
    const auto traject = m_plan.trajectId.isEmpty() ? std::nullopt : services.trajecten.traject(m_plan.trajectId);
    if (traject) {
        for (const core::Voorziening& v : traject->voorzieningen) {
            QString tekst = core::keuzeLabel(core::Keuzelijst::VoorzieningSoort, v.soort);
            if (!v.omschrijving.isEmpty())
                tekst = tr("%1: %2").arg(tekst, v.omschrijving);
            m_beschikking->addItem(tekst, v.meta.id);
            m_beschikking->setItemData(m_beschikking->count() - 1, v.socialeKaartId, kSocialeKaartRole);
        }
    }
    if (m_beschikking->count() == 1)
        m_beschikking->setItemText(0, traject ? tr("The beschikking of the traject has no voorzieningen yet")
                                              : tr("The plan belongs to no traject with a beschikking"));
    if (!m_actie.beschikkingId.isEmpty() && m_beschikking->findData(m_actie.beschikkingId) < 0)
        m_beschikking->addItem(tr("(no longer in the beschikking)"), m_actie.beschikkingId);
    m_beschikking->setCurrentIndex(std::max(0, m_beschikking->findData(m_actie.beschikkingId)));
    m_beschikking->setEnabled(m_beschikking->count() > 1);
}

QRadioButton* ActieDialog::niveauButton(const QString& key) const
{
    for (QAbstractButton* b : m_niveaus->buttons()) {
        if (b->property(kKeyProperty).toString() == key)
            return qobject_cast<QRadioButton*>(b);
    }
    return nullptr;
}

QString ActieDialog::niveau() const
{
    const QAbstractButton* b = m_niveaus->checkedButton();
    return b ? b->property(kKeyProperty).toString() : QString();
}

void ActieDialog::updateNiveau()
{
    const QString n = niveau();
    const bool netwerk = is(n, "netwerk");
    const bool kaart = n == kAlgemeen || n == kMaatwerk;
    const bool maatwerk = n == kMaatwerk;
    const bool professioneel = is(n, "professioneel");
    m_form->setRowVisible(m_netwerkRow, netwerk);
    m_form->setRowVisible(m_voorzieningRow, kaart);
    m_form->setRowVisible(m_beschikkingRow, maatwerk);
    m_form->setRowVisible(m_onderbouwingRow, maatwerk);
    m_form->setRowVisible(m_uitvoerderRow, professioneel || maatwerk);
    if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(m_uitvoerderRow, QFormLayout::LabelRole)->widget()))
        label->setText(professioneel ? tr("Wh&o *") : tr("Pr&ovider"));
    m_uitvoerder->setPlaceholderText(professioneel ? tr("e.g. GP Dr. Bakker, district nurse")
                                                   : tr("Only when it is not on the social map"));
    if (kaart)
        m_voorziening->setVorm(n);
    updateGuard();
    revalidate();
    fitHeight();
}

void ActieDialog::updateGuard()
{
    const bool had = m_signaal.has_value();
    m_signaal = m_plannen.mantelzorgSignaal(m_inwonerId, actie());
    m_form->setRowVisible(m_guardRow, m_signaal.has_value());
    if (m_signaal)
        m_guardTekst->setText(m_signaal->tekst);
    // The warning makes room for itself rather than squeezing the rest.
    if (had != m_signaal.has_value())
        fitHeight();
}

void ActieDialog::showEvent(QShowEvent* event)
{
    ValidatedDialog::showEvent(event);
    fitHeight();
}

void ActieDialog::fitHeight()
{
    // Before it is shown the dialog takes its size hint anyway. Wrapped labels make that hint too
    // small, so each gets the height its text needs at the width it has now.
    if (!isVisible())
        return;
    layout()->activate();
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->wordWrap() && label->isVisibleTo(this))
            label->setMinimumHeight(label->heightForWidth(label->width()));
    }
    layout()->activate();
    resize(width(), std::max(sizeHint().height(), minimumSizeHint().height()));
}

core::PlanActie ActieDialog::actie() const
{
    core::PlanActie a = m_actie;
    const QString n = niveau();
    a.niveau = n;
    a.wat = m_wat->text().simplified();
    a.netwerkId = is(n, "netwerk") ? m_netwerk->currentData().toString() : QString();
    a.voorzieningId = (n == kAlgemeen || n == kMaatwerk) ? m_voorziening->currentId() : QString();
    a.beschikkingId = n == kMaatwerk ? m_beschikking->currentData().toString() : QString();
    a.uitvoerder = (is(n, "professioneel") || n == kMaatwerk) ? m_uitvoerder->text().simplified() : QString();
    a.onderbouwing = n == kMaatwerk ? m_onderbouwing->toPlainText().trimmed() : QString();
    a.van = DialogFields::date(m_van);
    a.tot = DialogFields::date(m_tot);
    a.omvang = m_omvang->value() > 0 ? std::optional<double>(m_omvang->value()) : std::nullopt;
    a.eenheid = DialogFields::keuze(m_eenheid);
    // Only asked (and kept) while the task goes to a mantelzorger who carries a lot.
    a.respijtOverwogen = m_signaal.has_value() && m_respijt->isChecked();
    return a;
}

core::Ondersteuningsplan ActieDialog::plan() const
{
    core::Ondersteuningsplan p = m_plan;
    const core::PlanActie a = actie();
    for (core::PlanDoel& doel : p.doelen) {
        if (doel.meta.id != m_doelId)
            continue;
        const auto it = std::find_if(doel.acties.begin(), doel.acties.end(), [&](const core::PlanActie& o) {
            return !a.meta.isNew() && o.meta.id == a.meta.id;
        });
        if (it != doel.acties.end())
            *it = a;
        else
            doel.acties.push_back(a);
    }
    return p;
}

core::rules::FieldErrors ActieDialog::errors() const
{
    // Only this actie is judged here: the doel and the other acties were checked when saved.
    core::rules::FieldErrors errors =
        dialogErrors(m_plannen.validate(actie()),
                     {kWat, kNetwerk, kVoorziening, kOnderbouwing, kUitvoerder, kTot, kOmvang, kEenheid},
                     QStringLiteral("algemeen_bericht"));
    DialogFields::checkDate(errors, m_van, kVan);
    DialogFields::checkDate(errors, m_tot, kTot);
    return errors;
}

bool ActieDialog::commit()
{
    if (!m_signaal || m_respijt->isChecked())
        return true;
    QMessageBox vraag(QMessageBox::Warning, tr("Mantelzorger"), m_signaal->tekst,
                      QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    vraag.setObjectName(QStringLiteral("respijtVraag"));
    vraag.setInformativeText(tr("Yes: it was considered. No: save the actie without it. Cancel: go back."));
    vraag.button(QMessageBox::Yes)->setText(tr("Yes, considered"));
    vraag.button(QMessageBox::No)->setText(tr("Save anyway"));
    vraag.setDefaultButton(QMessageBox::Cancel);
    switch (vraag.exec()) {
    case QMessageBox::Yes:
        m_respijt->setChecked(true);
        return true;
    case QMessageBox::No:
        return true;
    default:
        m_respijt->setFocus();
        return false;
    }
}

} // namespace ui
