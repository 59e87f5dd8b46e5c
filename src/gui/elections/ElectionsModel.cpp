#include "ElectionsModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"
#include "gui/common/TextColors.h"
#include "services/ElectionService.h"

#include <QColor>

#include <algorithm>

ElectionsModel::ElectionsModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_db(db)
{
}

Status ElectionsModel::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
    return refresh();
}

Status ElectionsModel::refresh()
{
    QList<Election> rows;
    QList<QString> verdicts;
    Status status;
    if (m_orgId != 0) {
        ElectionService service(m_db);
        const UserContext user = UserContext::localUser();
        auto elections = service.electionsOf(user, m_orgId);
        auto settings = service.settings(user);
        if (!elections.ok()) {
            status = elections.error();
        } else if (!settings.ok()) {
            status = settings.error();
        } else {
            rows = *elections;
            std::reverse(rows.begin(), rows.end()); // newest first
            for (const Election& e : std::as_const(rows)) {
                verdicts.append(ElectionRules::evaluate(e, *settings).summary());
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_verdicts = std::move(verdicts);
    endResetModel();
    return status;
}

int ElectionsModel::rowOf(qint64 electionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == electionId) {
            return i;
        }
    }
    return -1;
}

QVariant ElectionsModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
        return {};
    }
    const Election& e = m_rows.at(index.row());
    switch (role) {
    case ElectionIdRole:
        return e.id;
    case ValidRole:
        return e.valid();
    case Qt::ForegroundRole:
        return index.column() == VerdictColumn && !e.valid() ? QVariant(TextColors::error()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == VerdictColumn ? QVariant(m_verdicts.value(index.row())) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Dates::toText(e.heldOn);
        case KindColumn:
            return ElectionRules::kinds().label(int(e.kind));
        case SeatsColumn:
            return e.seats;
        case AttendanceColumn:
            return QStringLiteral("%1 / %2").arg(e.present).arg(e.eligible);
        case VerdictColumn:
            return ElectionRules::verdictLabel(e.verdict);
        case TermColumn:
            if (!e.expiresOn.isValid()) {
                return QString();
            }
            return tr("%n year(s), until %1", nullptr, e.termYears).arg(Dates::toText(e.expiresOn));
        case ApprovalColumn:
            if (!e.approvedOn.isValid()) {
                return e.approvalDocument;
            }
            return e.approvalDocument.isEmpty()
                       ? Dates::toText(e.approvedOn)
                       : QStringLiteral("%1 %2").arg(Dates::toText(e.approvedOn), e.approvalDocument);
        default:
            return {};
        }
    default:
        return {};
    }
}

QStringList ElectionsModel::columnTitles() const
{
    return {tr("Date"), tr("Kind"), tr("Seats"), tr("Present / eligible"), tr("Verdict"), tr("Term"), tr("Approval")};
}
