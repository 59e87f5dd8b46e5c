#include "PostDialog.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/FieldErrorLabels.h"
#include "gui/common/OrganizationLabel.h"
#include "gui/common/TextColors.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"
#include "services/RosterService.h"
#include "ui_PostDialog.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace {

QString memberText(const QString& name, const QString& idNumber)
{
    return QStringLiteral("%1（%2）").arg(name, idNumber);
}

} // namespace

PostDialog::PostDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::PostDialog>())
{
    m_ui->setupUi(this);
    m_fieldErrors.add(QStringLiteral("kind"), m_ui->postKindError);
    m_fieldErrors.add(QStringLiteral("id_number"), m_ui->memberError);
    m_fieldErrors.add(QStringLiteral("from"), m_ui->fromError);
    m_fieldErrors.add(QStringLiteral("concurrent_admin_head"), m_ui->concurrentAdminHeadError);
    m_fieldErrors.add(QStringLiteral("to"), m_ui->toError);
    for (const FieldErrorLabels::Field& field : m_fieldErrors.fields()) {
        TextColors::styleAsError(field.error);
    }
    TextColors::styleAsError(m_ui->messageLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    for (const int code : Vocabulary::postKinds().codes()) {
        m_ui->postKindCombo->addItem(Vocabulary::postKinds().label(code), code);
    }
    QComboBox* members = m_ui->memberCombo;
    members->setMaxVisibleItems(20);
    members->setMinimumContentsLength(24);
    members->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    members->completer()->setCompletionMode(QCompleter::PopupCompletion);
    members->completer()->setFilterMode(Qt::MatchContains);
    members->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    members->lineEdit()->setClearButtonEnabled(true);
    m_search = new QTimer(this);
    m_search->setSingleShot(true);
    m_search->setInterval(250);
    connect(m_search, &QTimer::timeout, this, [this] { loadMembers(m_ui->memberCombo->currentText().trimmed()); });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PostDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PostDialog::reject);
    connect(m_ui->postKindCombo, &QComboBox::currentIndexChanged, this, &PostDialog::onKindChanged);
    connect(members, &QComboBox::currentIndexChanged, this, [this] { touch(QStringLiteral("id_number")); });
    connect(members->lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (m_partialList) {
            m_search->start();
        }
        touch(QStringLiteral("id_number"));
    });
    connect(m_ui->fromEdit, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("from")); });
    connect(m_ui->toEdit, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("to")); });
    connect(m_ui->concurrentAdminHeadCheck, &QCheckBox::toggled, this,
            [this] { touch(QStringLiteral("concurrent_admin_head")); });
}

PostDialog::~PostDialog() = default;

bool PostDialog::startAssign(qint64 orgId)
{
    m_loading = true;
    m_ending = false;
    m_post = Post();
    m_post.orgId = orgId;
    m_fieldErrors.clearTouched();
    m_fieldErrors.clearRefusals();
    setWindowTitle(tr("Assign a post"));
    const UserContext user = UserContext::localUser();
    auto found = OrganizationService(m_db).findById(user, orgId);
    m_org = found.ok() && found.value() ? *found.value() : Organization();
    QString refusal;
    if (!found.ok()) {
        refusal = found.error().message();
    } else if (m_org.id == 0) {
        refusal = tr("The organization does not exist.");
    } else if (m_org.type == OrgType::Group) {
        refusal = tr("A party group has no committee posts.");
    } else if (m_org.dissolvedOn.isValid() && m_org.dissolvedOn <= Clock::today()) {
        refusal = tr("The organization was dissolved on %1.").arg(Dates::toText(m_org.dissolvedOn));
    }
    m_ui->organizationLabel->setText(OrganizationLabel::today(m_db, m_org));
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->postKindCombo, m_ui->memberCombo, m_ui->fromEdit}) {
        w->setEnabled(true);
    }
    m_ui->toLabel->hide();
    m_ui->toEdit->hide();
    m_ui->toError->hide();
    m_ui->postKindCombo->setCurrentIndex(m_ui->postKindCombo->findData(int(PostKind::Secretary)));
    m_ui->fromEdit->setText(Dates::toText(Clock::today()));
    m_ui->concurrentAdminHeadCheck->setChecked(false);
    m_rollOrgs.clear();
    if (m_org.id != 0) {
        auto subtree = OrganizationService(m_db).subtreeOn(user, m_org.id, Clock::today());
        m_rollOrgs = subtree.ok() ? *subtree : QList<qint64>{m_org.id};
    }
    loadMembers(QString());
    m_ui->memberCombo->setCurrentIndex(-1);
    m_ui->memberCombo->setEditText(QString());
    m_ui->messageLabel->setText(refusal);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(refusal.isEmpty());
    m_loading = false;
    onKindChanged();
    m_fieldErrors.touch(QStringLiteral("from")); // filled in: its errors show at once
    validate();
    m_ui->memberCombo->setFocus();
    return refusal.isEmpty();
}

bool PostDialog::startEnd(const Post& post)
{
    m_loading = true;
    m_ending = true;
    m_post = post;
    m_fieldErrors.clearTouched();
    m_fieldErrors.clearRefusals();
    setWindowTitle(tr("End a post"));
    const UserContext user = UserContext::localUser();
    auto org = OrganizationService(m_db).findById(user, post.orgId);
    m_org = org.ok() && org.value() ? *org.value() : Organization();
    m_ui->organizationLabel->setText(OrganizationLabel::today(m_db, m_org));
    auto member = MemberService(m_db).findById(user, post.memberId);
    const QString name =
        member.ok() && member.value() ? memberText(member.value()->name, member.value()->idNumber) : QString();
    {
        const QSignalBlocker blocker(m_ui->memberCombo);
        m_ui->memberCombo->clear();
        m_ui->memberCombo->addItem(name, post.memberId);
        m_ui->memberCombo->setCurrentIndex(0);
    }
    m_partialList = false;
    m_ui->postKindCombo->setCurrentIndex(m_ui->postKindCombo->findData(int(post.kind)));
    m_ui->fromEdit->setText(Dates::toText(post.from));
    m_ui->concurrentAdminHeadCheck->setChecked(post.concurrentAdminHead);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->postKindCombo, m_ui->memberCombo, m_ui->fromEdit,
                                                      m_ui->concurrentAdminHeadCheck}) {
        w->setEnabled(false);
    }
    m_ui->toLabel->show();
    m_ui->toEdit->show();
    m_ui->toError->show();
    m_ui->toEdit->setText(Dates::toText(Clock::today()));
    // A post ending in the future may be ended on another date.
    const bool held = !post.to.isValid() || post.to > Clock::today();
    m_ui->messageLabel->setText(held ? QString() : tr("This post ended on %1.").arg(Dates::toText(post.to)));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(held);
    m_loading = false;
    m_fieldErrors.touch(QStringLiteral("to"));
    validate();
    m_ui->toEdit->setFocus();
    m_ui->toEdit->selectAll();
    return held;
}

void PostDialog::loadMembers(const QString& search)
{
    RosterQuery query;
    query.orgIds = m_rollOrgs;
    query.search = search;
    query.sortColumn = RosterColumn::Name;
    RosterService roster(m_db);
    const UserContext user = UserContext::localUser();
    QList<RosterRow> rows;
    bool more = false;
    if (!m_rollOrgs.isEmpty()) {
        // Keyset pages until the roll ends or the list is long enough.
        const RosterRow* after = nullptr;
        while (rows.size() < MaxListedMembers) {
            auto page = roster.page(user, query, after, 500);
            if (!page.ok()) {
                m_ui->messageLabel->setText(page.error().message());
                break;
            }
            rows += *page;
            if (page->size() < 500) {
                break;
            }
            after = &rows.constLast();
            more = rows.size() >= MaxListedMembers;
        }
    }
    if (search.isEmpty()) {
        m_partialList = more;
    }
    const QString typed = m_ui->memberCombo->currentText();
    const qint64 chosen = memberId();
    const QSignalBlocker blocker(m_ui->memberCombo);
    m_ui->memberCombo->clear();
    for (const RosterRow& row : std::as_const(rows)) {
        m_ui->memberCombo->addItem(memberText(row.name, row.idNumber), row.id);
    }
    if (search.isEmpty()) {
        return;
    }
    // Searching a large roll: keep what the user typed and offer the matches.
    m_ui->memberCombo->setCurrentIndex(m_ui->memberCombo->findData(chosen));
    m_ui->memberCombo->setEditText(typed);
    m_ui->memberCombo->completer()->complete();
}

qint64 PostDialog::memberId() const
{
    const QComboBox* combo = m_ui->memberCombo;
    const int index = combo->currentIndex();
    // An edited text that no longer equals the item's text names nobody.
    if (index < 0 || combo->itemText(index) != combo->currentText()) {
        const int exact = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
        return exact >= 0 ? combo->itemData(exact).toLongLong() : 0;
    }
    return combo->itemData(index).toLongLong();
}

void PostDialog::onKindChanged()
{
    // 一肩挑 is a secretary's: the check box means nothing for another post.
    const bool secretary = m_ui->postKindCombo->currentData().toInt() == int(PostKind::Secretary);
    if (!m_ending) {
        m_ui->concurrentAdminHeadCheck->setEnabled(secretary);
        if (!secretary) {
            m_ui->concurrentAdminHeadCheck->setChecked(false);
        }
    }
    touch(QStringLiteral("kind"));
}

void PostDialog::touch(const QString& field)
{
    if (m_loading) {
        return;
    }
    m_fieldErrors.touch(field);
    m_fieldErrors.clearRefusals();
    if (m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled()) {
        m_ui->messageLabel->clear(); // keep why the post cannot be saved at all
    }
    validate();
}

QHash<QString, QString> PostDialog::check() const
{
    QHash<QString, QString> errors;
    auto checkDate = [&errors](const QString& field, const QString& text) -> std::optional<QDate> {
        const auto date = Dates::parse(text.trimmed());
        if (text.trimmed().isEmpty()) {
            errors.insert(field, tr("Enter the date."));
        } else if (!date) {
            errors.insert(field, tr("Write the date as 2020-07-01."));
        } else if (*date > Clock::today()) {
            errors.insert(field, tr("The date is in the future."));
        } else {
            return date;
        }
        return std::nullopt;
    };
    if (m_ending) {
        if (const auto to = checkDate(QStringLiteral("to"), m_ui->toEdit->text()); to && *to < m_post.from) {
            errors.insert(QStringLiteral("to"),
                          tr("The post started on %1: it cannot end earlier.").arg(Dates::toText(m_post.from)));
        }
        return errors;
    }
    if (memberId() == 0) {
        errors.insert(QStringLiteral("id_number"), m_ui->memberCombo->currentText().trimmed().isEmpty()
                                                       ? tr("Choose the member.")
                                                       : tr("Choose a member from the list."));
    }
    checkDate(QStringLiteral("from"), m_ui->fromEdit->text());
    return errors;
}

bool PostDialog::validate()
{
    const QHash<QString, QString> errors = check();
    m_fieldErrors.showErrors(errors);
    return errors.isEmpty();
}

void PostDialog::showRefusal(const Error& error)
{
    if (m_fieldErrors.label(error.field())) {
        m_fieldErrors.refuse(error.field(), error.message());
        validate();
        m_ui->messageLabel->setText(tr("Not saved: see the marked field."));
    } else {
        m_ui->messageLabel->setText(error.message());
    }
}

bool PostDialog::save()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled()) {
        return false;
    }
    m_fieldErrors.touch({QStringLiteral("id_number"), QStringLiteral("from"), QStringLiteral("to")});
    m_fieldErrors.clearRefusals();
    if (!validate()) {
        m_ui->messageLabel->setText(tr("Not saved: correct the marked fields first."));
        return false;
    }
    const UserContext user = UserContext::localUser();
    PostService posts(m_db);
    if (m_ending) {
        const QDate to = *Dates::parse(m_ui->toEdit->text().trimmed());
        if (auto ended = posts.end(user, m_post.id, to); !ended.ok()) {
            showRefusal(ended.error());
            return false;
        }
        m_post.to = to;
    } else {
        Post post;
        post.orgId = m_org.id;
        post.memberId = memberId();
        post.kind = static_cast<PostKind>(m_ui->postKindCombo->currentData().toInt());
        post.from = *Dates::parse(m_ui->fromEdit->text().trimmed());
        post.concurrentAdminHead = post.kind == PostKind::Secretary && m_ui->concurrentAdminHeadCheck->isChecked();
        auto id = posts.assign(user, post);
        if (!id.ok()) {
            showRefusal(id.error());
            return false;
        }
        m_post = post;
        m_post.id = *id;
    }
    m_ui->messageLabel->clear();
    emit postSaved(m_post.id);
    return true;
}

void PostDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
