#include "MemberHistoryModel.h"

#include "core/Dates.h"
#include "core/Vocabulary.h"

MemberHistoryModel::MemberHistoryModel(Database& db, UserContext user, QObject* parent)
    : QAbstractTableModel(parent)
    , m_members(db)
    , m_orgs(db)
    , m_user(std::move(user))
{
}

void MemberHistoryModel::setMember(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void MemberHistoryModel::refresh()
{
    reload();
}

QString MemberHistoryModel::organizationNameOn(OrganizationService& orgs, const UserContext& user, qint64 orgId,
                                               const QDate& date)
{
    if (orgId == 0) {
        return {};
    }
    const auto name = orgs.nameOn(user, orgId, date);
    return name.ok() ? *name : QString();
}

void MemberHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_member.reset();
    m_timeline.reset();
    QString problem;
    if (m_memberId != 0) {
        auto member = m_members.findById(m_user, m_memberId);
        if (!member.ok()) {
            problem = member.error().message();
        } else if (!member.value()) {
            problem = tr("The member does not exist.");
        } else {
            m_member = std::move(*member.value());
        }
    }
    if (m_member) {
        auto events = m_members.history(m_user, m_memberId);
        if (!events.ok()) {
            problem = events.error().message();
        } else if (auto timeline = m_members.replay(m_member->birthDate, *events); timeline.ok()) {
            m_timeline = std::move(timeline.value());
            // An event without an organization happened in the organization the member was in:
            // the one left for a leaving event, the one after it otherwise.
            qint64 previousRoll = 0;
            for (const MemberTimeline::Step& step : m_timeline->steps()) {
                qint64 org = step.event.orgId;
                if (org == 0) {
                    org = MemberTimeline::isLeaving(step.event.kind) ? previousRoll : step.rollOrgId;
                }
                QString name = organizationNameOn(m_orgs, m_user, org, step.event.date);
                if (org == 0 &&
                    (step.event.kind == EventKind::Admitted || step.event.kind == EventKind::TransferredIn)) {
                    name = tr("Outside this database");
                }
                m_rows.append({step.event, name, step.category});
                previousRoll = step.rollOrgId;
            }
        } else {
            // A history that no longer replays (edited outside the program): show it as recorded.
            problem = timeline.error().message();
            for (const MembershipEvent& e : *events) {
                m_rows.append({e, organizationNameOn(m_orgs, m_user, e.orgId, e.date), MemberCategory::Unknown});
            }
        }
    }
    endResetModel();
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
    }
}

int MemberHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemberHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows[index.row()];
    switch (role) {
    case EventIdRole:
        return r.event.id;
    case EventKindRole:
        return int(r.event.kind);
    case DateRole:
        return r.event.date;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return Dates::toText(r.event.date);
    case KindColumn:
        return Vocabulary::eventKinds().label(int(r.event.kind));
    case OrganizationColumn:
        return r.organization;
    case CategoryColumn:
        return r.category == MemberCategory::Unknown ? QString()
                                                     : Vocabulary::memberCategories().label(int(r.category));
    case NoteColumn:
        return r.event.note;
    default:
        return {};
    }
}

QVariant MemberHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Event");
    case OrganizationColumn:
        return tr("Organization");
    case CategoryColumn:
        return tr("Category after");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
