#pragma once

#include "core/Election.h"
#include "core/ElectionRules.h"
#include "core/Organization.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QString>

#include <memory>

class CandidatesModel;
class Database;
class Error;
class QLabel;
class VotersModel;

namespace Ui {
class ElectionDialog;
}

// The election form (ui/ElectionDialog.ui): records a new election of an organization or
// corrects one (ElectionService::record / update).
//
// The record: kindCombo, heldOnEdit, seatsSpin, eligibleSpin (with useRollButton),
// presentSpin, ballotsIssuedSpin, ballotsReturnedSpin, termYearsSpin (term elections),
// approvedOnEdit, approvalDocumentEdit, noteEdit; each with its error label (heldOnError,
// seatsError ...). The Candidates tab: candidatesView (CandidatesModel: votes edited in place),
// candidateMemberCombo (the full members on the roll that day) + candidatePositionCombo +
// addCandidateButton, removeCandidateButton, candidatesError. The Voters tab: votersView
// (VotersModel: the full members on the roll of the organization and its sub-organizations
// on the election's date), exclusionReasonCombo + excludeButton / includeButton,
// votersSummaryLabel, votersError. While eligibleSpin has not been typed into, it follows the
// roll less the members left out.
//
// verdictLabel shows the verdict (ElectionRules::evaluate with the database's settings) and
// the Elected column follows it as the user types; problems that refuse the record show next
// to their field at once; those that need the records (the roll, a second election that day)
// when saving. Other refusals go to messageLabel.
class ElectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ElectionDialog(Database& db, QWidget* parent = nullptr);
    ~ElectionDialog() override;

    // A new election of orgId, held today. False (the reason in messageLabel, Save disabled)
    // when the organization holds no elections (party group, higher committee, dissolved).
    bool startNew(qint64 orgId);
    // Corrects a recorded election; false when it cannot be read.
    bool startEdit(qint64 electionId);

    // 0 for a new election until it is saved.
    qint64 electionId() const { return m_electionId; }
    // The record as the form holds it.
    Election election() const;
    // The verdict shown.
    const ElectionVerdict& verdict() const { return m_verdict; }
    CandidatesModel* candidatesModel() const { return m_candidates; }
    VotersModel* votersModel() const { return m_voters; }

    // Adds a candidate as the Add button does; returns its row (-1 when the member is not on
    // the list of full members of that day, or is already a candidate for that post).
    int addCandidate(qint64 memberId, PostKind position);

    // Checks, saves and returns whether it was saved; accept() (Save) calls it and closes the
    // dialog only on success.
    bool save();
    void accept() override;

signals:
    void electionSaved(qint64 electionId);

private:
    void fillForm(const Election& election);
    void loadVoters(const QList<VoterExclusion>& exclusions);
    void onDateEdited();
    void onKindChanged();
    void onExclusionsChanged();
    void useRoll();
    void addChosenCandidate();
    void removeSelectedCandidate();
    void excludeSelected(bool excluded);
    // Recomputes the verdict and the problems shown (as the user types).
    void update();
    void showIssues(const ElectionIssues& issues, const Election& election);
    void showRefusal(const Error& error);
    QString candidateName(qint64 memberId) const;

    Database& m_db;
    std::unique_ptr<Ui::ElectionDialog> m_ui;
    CandidatesModel* m_candidates = nullptr;
    VotersModel* m_voters = nullptr;
    Organization m_org;
    qint64 m_electionId = 0;
    ElectionSettings m_settings;
    ElectionVerdict m_verdict;
    QDate m_votersDate; // the date the voters list was read for
    bool m_eligibleFollowsRoll = true;
    bool m_loading = false;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<qint64, QString> m_names;    // member id -> "name（ID number）"
    QHash<qint64, QString> m_orgCodes; // organization id -> code
};
