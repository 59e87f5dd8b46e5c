#include "AuditViewer.h"

#include "AuditModel.h"
#include "core/Clock.h"
#include "gui/common/OrganizationPicker.h"
#include "services/AuditService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

AuditViewer::AuditViewer(Database& db, const UserContext& user, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_model(new AuditModel(db, user, this))
    , m_login(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_member(new QLineEdit(this))
    , m_org(new OrganizationPicker(db, this))
    , m_subtree(new QCheckBox(tr("With those under it"), this))
    , m_sinceOn(new QCheckBox(tr("From"), this))
    , m_since(new QDateEdit(this))
    , m_untilOn(new QCheckBox(tr("To"), this))
    , m_until(new QDateEdit(this))
    , m_apply(new QPushButton(tr("Show"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditViewer"));
    m_login->setObjectName(QStringLiteral("auditLoginFilter"));
    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_member->setObjectName(QStringLiteral("auditMemberFilter"));
    m_org->setObjectName(QStringLiteral("auditOrgFilter"));
    m_subtree->setObjectName(QStringLiteral("auditSubtreeCheck"));
    m_sinceOn->setObjectName(QStringLiteral("auditSinceCheck"));
    m_since->setObjectName(QStringLiteral("auditSinceEdit"));
    m_untilOn->setObjectName(QStringLiteral("auditUntilCheck"));
    m_until->setObjectName(QStringLiteral("auditUntilEdit"));
    m_apply->setObjectName(QStringLiteral("auditApplyButton"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_details->setObjectName(QStringLiteral("auditDetails"));

    // Users: any login may be typed (a user since removed); the list offers the known ones.
    m_login->setEditable(true);
    m_login->addItem(QString());
    m_login->lineEdit()->setPlaceholderText(tr("All users"));
    AuditService service(db);
    if (auto logins = service.logins(user); logins.ok()) {
        m_login->addItems(*logins);
    }
    m_kind->addItem(tr("All records"), QString());
    for (const QString& kind : AuditService::recordKinds()) {
        m_kind->addItem(AuditService::recordKindName(kind), kind);
    }
    m_member->setPlaceholderText(tr("Member ID number"));
    m_member->setClearButtonEnabled(true);
    const QDate today = Clock::today();
    // Today's tree; a row about a dissolved organization is still found through its parent.
    m_org->setDate(today);
    m_org->setOrganizationId(0);
    m_org->lineEdit()->setPlaceholderText(tr("All organizations"));
    m_subtree->setChecked(true);
    m_subtree->setToolTip(tr("Also the rows of the organizations that are or ever were under it"));
    for (QDateEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_since->setDate(today.addMonths(-1));
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilOn, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_login, 1);
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_member, 2);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addWidget(m_untilOn);
    filters->addWidget(m_until);
    filters->addWidget(m_apply);
    auto* orgFilters = new QHBoxLayout;
    orgFilters->addWidget(new QLabel(tr("Organization:"), this));
    orgFilters->addWidget(m_org, 3);
    orgFilters->addWidget(m_subtree);
    orgFilters->addStretch(2);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The record says what was changed: it gets the room the login and the action do not need.
    m_table->setColumnWidth(AuditModel::Time, 150);
    m_table->setColumnWidth(AuditModel::Login, 70);
    m_table->setColumnWidth(AuditModel::Action, 70);
    m_table->setColumnWidth(AuditModel::Record, 280);
    m_table->setColumnWidth(AuditModel::Field, 110);
    m_table->setColumnWidth(AuditModel::Before, 160);
    m_details->setReadOnly(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(orgFilters);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditViewer::applyFilters);
    connect(m_member, &QLineEdit::returnPressed, this, &AuditViewer::applyFilters);
    connect(m_login->lineEdit(), &QLineEdit::returnPressed, this, &AuditViewer::applyFilters);
    connect(m_org->lineEdit(), &QLineEdit::returnPressed, this, &AuditViewer::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditViewer::showDetails);
    connect(m_model, &AuditModel::failed, m_status, &QLabel::setText);
    applyFilters();
}

void AuditViewer::showMember(const QString& idNumber)
{
    m_member->setText(idNumber);
    applyFilters();
}

void AuditViewer::applyFilters()
{
    AuditQuery query;
    query.login = m_login->currentText().trimmed();
    query.recordKind = m_kind->currentData().toString();
    query.memberIdNumber = m_member->text().trimmed();
    query.orgId = m_org->organizationId();
    query.orgSubtree = m_subtree->isChecked();
    if (m_sinceOn->isChecked()) {
        query.since = m_since->date();
    }
    if (m_untilOn->isChecked()) {
        query.until = m_until->date();
    }
    m_details->clear();
    const QString orgText = m_org->currentText().trimmed();
    if (query.orgId == 0 && !orgText.isEmpty()) {
        // Typed text that names no organization: nothing rather than everything.
        m_model->clear();
        m_status->setText(tr("No organization is named \"%1\".").arg(orgText));
        return;
    }
    auto filter = AuditService(m_db).filterFor(m_user, query);
    if (!filter.ok()) {
        // Nothing is shown for a filter that cannot be met (unknown ID number, empty period).
        m_model->clear();
        m_status->setText(filter.error().message());
        return;
    }
    m_model->setFilter(*filter);
    m_status->setText(m_model->errorMessage());
}

void AuditViewer::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditRow& row = m_model->auditRow(current.row());
    const AuditEntry& e = row.entry;
    QStringList lines{
        QStringLiteral("%1  %2  %3  %4")
            .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), e.login,
                 AuditService::actionName(e.action), row.record),
    };
    if (!e.field.isEmpty()) {
        lines << tr("Field: %1")
                     .arg(row.field == e.field ? row.field : QStringLiteral("%1 (%2)").arg(row.field, e.field));
    }
    if (!row.before.isEmpty() || e.action == QStringLiteral("update")) {
        lines << tr("Before: %1").arg(row.before);
    }
    if (!row.after.isEmpty() || e.action == QStringLiteral("update")) {
        lines << tr("After: %1").arg(row.after);
    }
    // What is stored, when it reads differently (codes, ids, a record's JSON).
    if (row.storedBefore != row.before && !row.storedBefore.isEmpty()) {
        lines << tr("Stored before: %1").arg(row.storedBefore);
    }
    if (row.storedAfter != row.after && !row.storedAfter.isEmpty()) {
        lines << tr("Stored after: %1").arg(row.storedAfter);
    }
    lines << tr("Stored record: %1")
                 .arg(e.recordId == 0 ? e.recordKind : QStringLiteral("%1 #%2").arg(e.recordKind).arg(e.recordId));
    m_details->setPlainText(lines.join(u'\n'));
}
