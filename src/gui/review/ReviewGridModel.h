#pragma once

#include "core/Result.h"
#include "core/Review.h"
#include "gui/common/RecordListModel.h"
#include "services/ReviewService.h"

#include <QList>
#include <QString>

class Database;

// A row of ReviewGridModel: a member's line of the roster, and whether the result waits for
// its reason (not saved).
struct ReviewGridRow
{
    ReviewService::RosterRow roster;
    bool pending = false;
};

// The review grid of one campaign (ReviewService::roster): everyone on the roll of the
// organization and its sub-organizations on the campaign date, by name, then results recorded
// for members who were not on that roll (grey). Results are edited in place and written at
// once through ReviewService (one transaction per change); a refusal leaves the row as it was
// and is announced by errorOccurred().
//
// The result column takes a ReviewResult code (EditRole; 0 clears the result). "Exempt" needs
// its reason: without one the row is pending (red, not saved) and reasonNeeded() asks for it;
// choosing the reason (ReasonColumn, an ExemptReason code) saves the row. A result other than
// unqualified drops a correction recorded before; a withdrawal or removal recorded through the
// review is final (the row is read-only).
//
// Columns: name, ID number, organization (on the campaign date), category, result, reason of
// exemption, handling, note (editable once there is a result).
class ReviewGridModel : public RecordListModel<ReviewGridRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn = 0,
        IdNumberColumn,
        OrganizationColumn,
        CategoryColumn,
        ResultColumn,
        ReasonColumn,
        HandlingColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1, // qint64
        ResultRole,                      // int (ReviewResult)
        CategoryRole,                    // int (MemberCategory) on the campaign date
        OnRollRole,                      // bool: on the roll on the campaign date
        PendingRole,                     // bool: exempt waiting for its reason (not saved)
    };

    explicit ReviewGridModel(Database& db, QObject* parent = nullptr);

    // Reads the campaign's roll and results (0 = empty). On failure the model is empty.
    Status load(qint64 campaignId);
    // Reads again, keeping pending rows' choices out (they were never saved).
    Status reload() { return load(m_campaignId); }
    qint64 campaignId() const { return m_campaignId; }

    // The editing actions of the grid (the keyboard and the buttons use them); false when
    // refused (errorOccurred() says why).
    bool setResult(int row, ReviewResult result);
    bool setExemptReason(int row, ExemptReason reason);
    bool setNote(int row, const QString& note);
    bool clearResult(int row);
    // Every member without a result: qualified, probationary members "took part". Returns how
    // many were written, -1 when refused.
    int setAllQualified();

    const ReviewService::RosterRow& rosterRow(int row) const { return m_rows.at(row).roster; }
    int rowOfMember(qint64 memberId) const;
    bool isPending(int row) const { return m_rows.at(row).pending; }
    int pendingCount() const;
    // The counts over the members on the roll (pending rows count as not recorded).
    ReviewTally tally() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    QStringList columnTitles() const override;

signals:
    void errorOccurred(const QString& message);
    // The row is "exempt" and needs the reason of its exemption.
    void reasonNeeded(int row);
    // A result was written (the summary and the warnings follow).
    void resultsChanged();

private:
    using Row = ReviewGridRow;

    // Checks and writes a row's new entry; on success the row shows it.
    bool save(int row, ReviewEntry entry);
    bool editable(int row) const;
    void refreshRow(int row);

    Database& m_db;
    qint64 m_campaignId = 0;
};
