#include "AuditViewer.h"

#include "AuditModel.h"
#include "core/Clock.h"
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

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditModel::Time, 150);
    m_table->setColumnWidth(AuditModel::Before, 220);
    m_details->setReadOnly(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditViewer::applyFilters);
    connect(m_member, &QLineEdit::returnPressed, this, &AuditViewer::applyFilters);
    connect(m_login->lineEdit(), &QLineEdit::returnPressed, this, &AuditViewer::applyFilters);
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
    if (m_sinceOn->isChecked()) {
        query.since = m_since->date();
    }
    if (m_untilOn->isChecked()) {
        query.until = m_until->date();
    }
    m_details->clear();
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
    const AuditEntry& e = m_model->entry(current.row());
    QStringList lines{
        QStringLiteral("%1  %2  %3  %4")
            .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), e.login,
                 AuditService::actionName(e.action), AuditService::recordText(e)),
    };
    if (!e.field.isEmpty()) {
        lines << tr("Field: %1").arg(AuditService::fieldName(e.recordKind, e.field));
    }
    const QString before = AuditService::valueText(e.recordKind, e.field, e.before);
    const QString after = AuditService::valueText(e.recordKind, e.field, e.after);
    if (!before.isEmpty() || e.action == QStringLiteral("update")) {
        lines << tr("Before: %1").arg(before);
    }
    if (!after.isEmpty() || e.action == QStringLiteral("update")) {
        lines << tr("After: %1").arg(after);
    }
    m_details->setPlainText(lines.join(u'\n'));
}
