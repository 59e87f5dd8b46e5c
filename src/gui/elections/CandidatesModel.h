#pragma once

#include "core/Election.h"
#include "gui/common/RecordListModel.h"

#include <QHash>
#include <QList>
#include <QString>

// The candidates of the election being edited (ElectionDialog). Votes are edited in place
// (EditRole, a whole number >= 0) and 一肩挑 is a check box on secretary rows; who is elected
// is computed by the dialog (ElectionRules) and set back with setElected(), never typed.
// Problems with a candidate (setIssues) colour its row and explain themselves in the tooltip.
//
// Columns: member ("name（ID number）"), post sought, votes, 一肩挑, elected ("Yes" / empty).
class CandidatesModel : public RecordListModel<ElectionCandidate>
{
    Q_OBJECT

public:
    enum Column {
        MemberColumn = 0,
        PositionColumn,
        VotesColumn,
        ConcurrentAdminHeadColumn,
        ElectedColumn,
        ColumnCount,
    };
    enum Role { MemberIdRole = Qt::UserRole + 1, PositionRole };

    explicit CandidatesModel(QObject* parent = nullptr);

    // names: member id -> the text shown for the member.
    void setCandidates(const QList<ElectionCandidate>& candidates, const QHash<qint64, QString>& names);
    const QList<ElectionCandidate>& candidates() const { return m_rows; }
    // Appends a candidate with 0 votes; returns its row.
    int addCandidate(qint64 memberId, const QString& name, PostKind position);
    void removeCandidate(int row);
    // The computed result, per candidate (shorter lists leave the rest not elected).
    void setElected(const QList<bool>& elected);
    // Problems by candidate index (empty: none).
    void setIssues(const QHash<int, QString>& issues);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

signals:
    // The user changed the candidates (added, removed, votes, 一肩挑).
    void candidatesEdited();

private:
    QHash<qint64, QString> m_names;
    QHash<int, QString> m_issues;
};
