#pragma once

#include "core/Election.h"
#include "gui/common/RecordListModel.h"
#include "store/ElectionStore.h"

#include <QHash>
#include <QList>
#include <QString>

// A row of VotersModel: a member of the roll, and whether and why they are left out.
struct VoterRow
{
    ElectionStore::RollMember voter;
    QString orgCode;
    bool excluded = false;
    ExclusionReason reason = ExclusionReason::Other;
    QString note;
};

// The eligible voters proposed from the roll (the full members on the roll of the organization
// and its sub-organizations on the election's date, ElectionService::proposedVoters), with the
// members left out and why. Checking "Excluded" leaves a member out with the default reason;
// the reason column takes an ExclusionReason code (EditRole). eligibleCount() = the roll less
// the exclusions: what the dialog proposes as the number of eligible voters.
//
// Columns: name, ID number, organization (code), excluded (check box), reason.
class VotersModel : public RecordListModel<VoterRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, IdNumberColumn, OrganizationColumn, ExcludedColumn, ReasonColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1, ExcludedRole };

    explicit VotersModel(QObject* parent = nullptr);

    // The roll and the exclusions recorded before (those of members not on the roll are dropped).
    // orgCodes: organization id -> code.
    void setVoters(const QList<ElectionStore::RollMember>& voters, const QHash<qint64, QString>& orgCodes,
                   const QList<VoterExclusion>& exclusions);
    QList<VoterExclusion> exclusions() const;
    int eligibleCount() const;
    qint64 memberId(int row) const { return m_rows.at(row).voter.memberId; }
    QString memberText(int row) const;

    // The reason given to members excluded with the check box.
    void setDefaultReason(ExclusionReason reason) { m_defaultReason = reason; }
    void setExcluded(int row, bool excluded, ExclusionReason reason);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    QStringList columnTitles() const override;

signals:
    void exclusionsChanged();

private:
    using Row = VoterRow;

    ExclusionReason m_defaultReason = ExclusionReason::Other;
};
