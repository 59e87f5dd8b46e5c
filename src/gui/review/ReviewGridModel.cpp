#include "ReviewGridModel.h"

#include "core/ReviewRules.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/TextColors.h"

#include <QColor>

ReviewGridModel::ReviewGridModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_db(db)
{
}

Status ReviewGridModel::load(qint64 campaignId)
{
    QList<Row> rows;
    Status result;
    if (campaignId != 0) {
        auto roster = ReviewService(m_db).roster(UserContext::localUser(), campaignId);
        if (roster.ok()) {
            for (const ReviewService::RosterRow& r : std::as_const(*roster)) {
                rows.append(Row{r, false});
            }
        } else {
            result = roster.error();
            campaignId = 0;
        }
    }
    beginResetModel();
    m_campaignId = campaignId;
    m_rows = rows;
    endResetModel();
    return result;
}

int ReviewGridModel::rowOfMember(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).roster.member.memberId == memberId) {
            return i;
        }
    }
    return -1;
}

int ReviewGridModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.pending; }));
}

ReviewTally ReviewGridModel::tally() const
{
    ReviewTally t;
    for (const Row& r : m_rows) {
        if (!r.roster.onRoll) {
            continue;
        }
        ReviewEntry e = r.roster.entry;
        if (r.pending) {
            e.result = ReviewResult::None;
        }
        ReviewRules::count(t, e);
    }
    return t;
}

bool ReviewGridModel::editable(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return false;
    }
    const ReviewService::RosterRow& r = m_rows.at(row).roster;
    return r.onRoll && !ReviewRules::leavesTheRoll(r.entry.handling);
}

void ReviewGridModel::refreshRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ReviewGridModel::save(int row, ReviewEntry entry)
{
    ReviewService service(m_db);
    const UserContext user = UserContext::localUser();
    auto issues = service.validateEntry(user, entry); // completes it as it will be stored
    if (!issues.ok()) {
        emit errorOccurred(issues.error().message());
        return false;
    }
    if (!issues->isEmpty()) {
        emit errorOccurred(issues->constFirst().message);
        return false;
    }
    if (auto written = service.setEntry(user, entry); !written.ok()) {
        emit errorOccurred(written.error().message());
        return false;
    }
    Row& r = m_rows[row];
    r.roster.entry = entry;
    r.pending = false;
    refreshRow(row);
    emit resultsChanged();
    return true;
}

bool ReviewGridModel::setResult(int row, ReviewResult result)
{
    if (!editable(row)) {
        return false;
    }
    if (result == ReviewResult::None) {
        return clearResult(row);
    }
    Row& r = m_rows[row];
    ReviewEntry entry = r.roster.entry;
    entry.result = result;
    if (result != ReviewResult::Exempt) {
        entry.exemptReason = ExemptReason::None;
    }
    if (result != ReviewResult::Unqualified) {
        // A correction belongs to an unqualified result only.
        entry.handling = ReviewHandling::None;
        entry.handledOn = QDate();
        entry.correctionDue = QDate();
        entry.correctedOn = QDate();
    }
    if (result == ReviewResult::Exempt && entry.exemptReason == ExemptReason::None) {
        r.roster.entry = entry;
        r.pending = true;
        refreshRow(row);
        emit resultsChanged();
        emit reasonNeeded(row);
        return true;
    }
    return save(row, entry);
}

bool ReviewGridModel::setExemptReason(int row, ExemptReason reason)
{
    if (!editable(row) || reason == ExemptReason::None) {
        return false;
    }
    ReviewEntry entry = m_rows.at(row).roster.entry;
    entry.result = ReviewResult::Exempt;
    entry.exemptReason = reason;
    entry.handling = ReviewHandling::None;
    entry.handledOn = QDate();
    entry.correctionDue = QDate();
    entry.correctedOn = QDate();
    return save(row, entry);
}

bool ReviewGridModel::setNote(int row, const QString& note)
{
    if (!editable(row) || m_rows.at(row).pending || m_rows.at(row).roster.entry.result == ReviewResult::None) {
        return false;
    }
    ReviewEntry entry = m_rows.at(row).roster.entry;
    entry.note = note.trimmed();
    return save(row, entry);
}

bool ReviewGridModel::clearResult(int row)
{
    if (!editable(row)) {
        return false;
    }
    Row& r = m_rows[row];
    if (!r.pending && r.roster.entry.result != ReviewResult::None) {
        const Status cleared =
            ReviewService(m_db).clearEntry(UserContext::localUser(), m_campaignId, r.roster.member.memberId);
        if (!cleared.ok()) {
            emit errorOccurred(cleared.error().message());
            return false;
        }
    }
    ReviewEntry empty;
    empty.campaignId = m_campaignId;
    empty.memberId = r.roster.member.memberId;
    empty.orgId = r.roster.member.orgId;
    r.roster.entry = empty;
    r.pending = false;
    refreshRow(row);
    emit resultsChanged();
    return true;
}

int ReviewGridModel::setAllQualified()
{
    if (m_campaignId == 0) {
        return -1;
    }
    auto written = ReviewService(m_db).setAllQualified(UserContext::localUser(), m_campaignId);
    if (!written.ok()) {
        emit errorOccurred(written.error().message());
        return -1;
    }
    // Pending exemptions were not saved: they were filled in as well, so read everything again.
    if (const Status loaded = reload(); !loaded.ok()) {
        emit errorOccurred(loaded.error().message());
        return -1;
    }
    emit resultsChanged();
    return *written;
}

QVariant ReviewGridModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const ReviewService::RosterRow& row = r.roster;
    const ReviewEntry& e = row.entry;
    switch (role) {
    case MemberIdRole:
        return row.member.memberId;
    case ResultRole:
        return int(e.result);
    case CategoryRole:
        return int(row.member.category);
    case OnRollRole:
        return row.onRoll;
    case PendingRole:
        return r.pending;
    case Qt::EditRole:
        switch (index.column()) {
        case ResultColumn:
            return int(e.result);
        case ReasonColumn:
            return int(e.exemptReason);
        case NoteColumn:
            return e.note;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.member.name;
        case IdNumberColumn:
            return row.member.idNumber;
        case OrganizationColumn:
            return row.orgName;
        case CategoryColumn:
            return row.member.category == MemberCategory::Unknown
                       ? QString()
                       : Vocabulary::memberCategories().label(int(row.member.category));
        case ResultColumn:
            return e.result == ReviewResult::None ? QString() : ReviewRules::results().label(int(e.result));
        case ReasonColumn:
            if (r.pending) {
                return tr("choose the reason");
            }
            return e.exemptReason == ExemptReason::None ? QString()
                                                        : ReviewRules::exemptReasons().label(int(e.exemptReason));
        case HandlingColumn:
            return ReviewRules::handlingText(e);
        case NoteColumn:
            return e.note;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (r.pending || (e.result == ReviewResult::Unqualified && index.column() == ResultColumn)) {
            return TextColors::error();
        }
        if (!row.onRoll) {
            return QColor(Qt::gray);
        }
        return {};
    case Qt::ToolTipRole:
        if (!row.onRoll) {
            return tr("Not on the roll on the review's date: this result is left over from a corrected history");
        }
        if (r.pending) {
            return tr("Exempt needs its approved reason; the result is saved once the reason is chosen");
        }
        if (ReviewRules::leavesTheRoll(e.handling)) {
            return tr("The member left the party through this review; the result is part of the member's history");
        }
        return {};
    default:
        return {};
    }
}

bool ReviewGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole) {
        return false;
    }
    switch (index.column()) {
    case ResultColumn: {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok || (code != 0 && !ReviewRules::results().codes().contains(code))) {
            return false;
        }
        return setResult(index.row(), static_cast<ReviewResult>(code));
    }
    case ReasonColumn: {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok || !ReviewRules::exemptReasons().codes().contains(code)) {
            return false;
        }
        return setExemptReason(index.row(), static_cast<ExemptReason>(code));
    }
    case NoteColumn:
        return setNote(index.row(), value.toString());
    default:
        return false;
    }
}

Qt::ItemFlags ReviewGridModel::flags(const QModelIndex& index) const
{
    if (!isRecordIndex(index)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = RecordTableModel::flags(index);
    if (!editable(index.row())) {
        return result;
    }
    const Row& r = m_rows.at(index.row());
    const bool hasResult = r.roster.entry.result != ReviewResult::None;
    if (index.column() == ResultColumn ||
        (index.column() == ReasonColumn && r.roster.entry.result == ReviewResult::Exempt) ||
        (index.column() == NoteColumn && hasResult && !r.pending)) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QStringList ReviewGridModel::columnTitles() const
{
    return {tr("Name"),   tr("Citizen ID number"),   tr("Organization"), tr("Category"),
            tr("Result"), tr("Reason of exemption"), tr("Handling"),     tr("Note")};
}
