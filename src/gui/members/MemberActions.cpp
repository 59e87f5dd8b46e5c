#include "MemberActions.h"

#include "MemberEditDialog.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

MemberActions::MemberActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_newMember = new QAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&New member…"), this);
    m_newMember->setObjectName(QStringLiteral("actionNewMember"));
    m_newMember->setShortcut(QKeySequence::New);
    m_newMember->setToolTip(tr("Admit a new member into the selected organization (Ctrl+N)"));
    m_newMember->setIconText(tr("New member"));
    m_editMember = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit member…"), this);
    m_editMember->setObjectName(QStringLiteral("actionEditMember"));
    m_editMember->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editMember->setIconText(tr("Edit member"));
    m_editMember->setEnabled(false);
    connect(m_newMember, &QAction::triggered, this, [this] { newMember(); });
    connect(m_editMember, &QAction::triggered, this, [this] { editMember(m_memberId); });
}

void MemberActions::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    setOrganization(0);
    setMember(0);
}

void MemberActions::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
}

void MemberActions::setMember(qint64 memberId)
{
    m_memberId = memberId;
    m_editMember->setEnabled(memberId != 0);
}

qint64 MemberActions::newMember()
{
    if (!m_database) {
        return 0;
    }
    MemberEditDialog dialog(*m_database, m_window);
    dialog.startNew(m_orgId);
    if (dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    emit memberSaved(dialog.memberId());
    return dialog.memberId();
}

qint64 MemberActions::editMember(qint64 memberId)
{
    if (!m_database || memberId == 0) {
        return 0;
    }
    MemberEditDialog dialog(*m_database, m_window);
    if (!dialog.startEdit(memberId) || dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    emit memberSaved(dialog.memberId());
    return dialog.memberId();
}
