#include "ElectionRules.h"

#include "TermRules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ElectionRules", text);
}

QString positionLabel(PostKind position)
{
    return Vocabulary::postKinds().label(int(position));
}

// votes * 2 > base without overflow.
bool moreThanHalf(int votes, int base)
{
    return qint64(votes) * 2 > qint64(base);
}

} // namespace

int ElectionVerdict::mask() const
{
    int result = 0;
    for (const Failure& failure : failures) {
        result |= 1 << (int(failure.rule) - 1);
    }
    return result;
}

QString ElectionVerdict::summary() const
{
    if (valid()) {
        return ElectionRules::verdictLabel(0);
    }
    QStringList lines;
    for (const Failure& failure : failures) {
        lines.append(ElectionRules::ruleLabel(failure.rule) + QStringLiteral(": ") + failure.message);
    }
    return lines.join(u'\n');
}

namespace ElectionRules {

int requiredCandidates(int seats)
{
    // ceil(seats * 1.2) in integers: ceil(6 * seats / 5).
    return seats <= 0 ? 0 : (6 * seats + 4) / 5;
}

bool quorumMet(int eligible, int present)
{
    return qint64(present) * 5 >= qint64(eligible) * 4;
}

int quorumNeeded(int eligible)
{
    return eligible <= 0 ? 0 : int((qint64(eligible) * 4 + 4) / 5);
}

bool isCommitteeSeat(PostKind position)
{
    return position != PostKind::Secretary && position != PostKind::DeputySecretary;
}

bool electsCommittee(const Election& election)
{
    return std::any_of(election.candidates.cbegin(), election.candidates.cend(),
                       [](const ElectionCandidate& c) { return isCommitteeSeat(c.position); });
}

ElectionIssues check(const Election& e, const QDate& today)
{
    ElectionIssues issues;
    auto add = [&issues](const char* field, const QString& message, int candidate = -1) {
        issues.append(ElectionIssue{QLatin1String(field), message, candidate});
    };
    if (!e.heldOn.isValid()) {
        add("held_on", tr("the date of the election is missing"));
    } else if (today.isValid() && e.heldOn > today) {
        add("held_on", tr("the date %1 is in the future").arg(e.heldOn.toString(Qt::ISODate)));
    }
    if (e.seats < 1) {
        add("seats", tr("at least one seat must be elected"));
    }
    if (e.eligible < 1) {
        add("eligible", tr("there must be at least one eligible voter"));
    }
    if (e.present < 0) {
        add("present", tr("the number of voters present cannot be negative"));
    } else if (e.eligible >= 1 && e.present > e.eligible) {
        add("present", tr("%1 voters present but only %2 eligible").arg(e.present).arg(e.eligible));
    }
    if (e.ballotsIssued < 0) {
        add("ballots_issued", tr("the number of ballots cannot be negative"));
    } else if (e.present >= 0 && e.ballotsIssued > e.present) {
        add("ballots_issued", tr("%1 ballots issued but only %2 voters present").arg(e.ballotsIssued).arg(e.present));
    }
    if (e.ballotsReturned < 0) {
        add("ballots_returned", tr("the number of ballots cannot be negative"));
    }
    if (e.approvedOn.isValid()) {
        if (e.heldOn.isValid() && e.approvedOn < e.heldOn) {
            add("approved_on", tr("the approval precedes the election"));
        } else if (today.isValid() && e.approvedOn > today) {
            add("approved_on", tr("the date %1 is in the future").arg(e.approvedOn.toString(Qt::ISODate)));
        }
    }
    if (e.kind == ElectionKind::Term && (e.termYears < 1 || e.termYears > TermRules::MaxTermYears)) {
        add("term_years", tr("a term lasts 1 to %1 years").arg(TermRules::MaxTermYears));
    }

    const bool committee = electsCommittee(e);
    QSet<qint64> committeeRows; // members with a committee-seat row
    for (const ElectionCandidate& c : e.candidates) {
        if (isCommitteeSeat(c.position) && c.memberId != 0) {
            committeeRows.insert(c.memberId);
        }
    }
    QSet<qint64> seenCommittee;
    QSet<qint64> seenSecretary;
    QSet<qint64> seenDeputy;
    int secretaries = 0;
    qint64 meetingVotes = 0; // the votes for committee seats, cast by the meeting
    for (int i = 0; i < e.candidates.size(); ++i) {
        const ElectionCandidate& c = e.candidates.at(i);
        if (c.memberId == 0) {
            add("id_number", tr("the candidate is missing"), i);
        }
        if (c.votes < 0) {
            add("votes", tr("the votes cannot be negative"), i);
        } else if (c.votes > e.ballotsReturned && e.ballotsReturned >= 0) {
            add("votes", tr("%1 votes but only %2 ballots returned").arg(c.votes).arg(e.ballotsReturned), i);
        }
        if (c.concurrentAdminHead && c.position != PostKind::Secretary) {
            add("concurrent_admin_head", tr("only a secretary can also head the unit (一肩挑)"), i);
        }
        if (isCommitteeSeat(c.position)) {
            meetingVotes += qMax(0, c.votes);
            if (c.memberId != 0 && seenCommittee.contains(c.memberId)) {
                add("id_number", tr("this member is already a committee candidate"), i);
            }
            seenCommittee.insert(c.memberId);
            continue;
        }
        QSet<qint64>& seen = c.position == PostKind::Secretary ? seenSecretary : seenDeputy;
        const QSet<qint64>& other = c.position == PostKind::Secretary ? seenDeputy : seenSecretary;
        if (c.memberId != 0 && seen.contains(c.memberId)) {
            add("id_number", tr("this member is already a candidate for this post"), i);
            continue;
        }
        if (c.memberId != 0 && other.contains(c.memberId)) {
            add("position", tr("one person cannot stand for both secretary and deputy secretary"), i);
        }
        seen.insert(c.memberId);
        if (c.position == PostKind::Secretary && ++secretaries > 1) {
            add("position", tr("one candidate per post: the secretary already has a candidate"), i);
        }
        if (!committee) {
            continue;
        }
        if (committeeRows.contains(c.memberId)) {
            // Listed twice: this row holds the new committee's votes for the post.
            if (e.seats >= 1 && c.votes > e.seats) {
                add("votes",
                    tr("%1 votes but the committee that elects the %2 has %3 members")
                        .arg(c.votes)
                        .arg(positionLabel(c.position))
                        .arg(e.seats),
                    i);
            }
        } else {
            meetingVotes += qMax(0, c.votes); // listed once: stands for a committee seat too
        }
    }
    if (committee && e.seats >= 1 && e.ballotsReturned >= 0 && meetingVotes > qint64(e.ballotsReturned) * e.seats) {
        add("votes", tr("the committee candidates have %1 votes in all, more than %2 ballots of %3 seats allow")
                         .arg(meetingVotes)
                         .arg(e.ballotsReturned)
                         .arg(e.seats));
    }
    if (!committee && !e.candidates.isEmpty() && e.seats >= 1 && e.candidates.size() > e.seats) {
        add("seats", tr("without committee candidates the meeting elects the secretary and deputy directly, one "
                        "candidate per post: %1 candidates for %2 posts")
                         .arg(e.candidates.size())
                         .arg(e.seats));
    }
    return issues;
}

ElectionVerdict evaluate(const Election& e, const ElectionSettings& settings)
{
    ElectionVerdict v;
    const int count = int(e.candidates.size());
    v.elected = QList<bool>(count, false);
    auto fail = [&v](ElectionRule rule, const QString& message) { v.failures.append({rule, message}); };

    if (!quorumMet(e.eligible, e.present)) {
        fail(ElectionRule::Quorum, tr("%1 of %2 eligible voters present: at least %3 (four fifths) are needed")
                                       .arg(e.present)
                                       .arg(e.eligible)
                                       .arg(quorumNeeded(e.eligible)));
    }
    if (e.ballotsReturned > e.ballotsIssued) {
        fail(ElectionRule::Ballots,
             tr("%1 ballots returned but %2 issued: the round is void").arg(e.ballotsReturned).arg(e.ballotsIssued));
    }
    const bool committee = electsCommittee(e);
    QSet<qint64> committeeRows;
    for (const ElectionCandidate& c : e.candidates) {
        if (isCommitteeSeat(c.position)) {
            committeeRows.insert(c.memberId);
        }
    }
    // Rows on the meeting's ballot for committee seats: the committee rows, and the secretary
    // and deputy rows of members listed once. The other rows (secretary or deputy of a member
    // also listed as committee candidate) hold the new committee's votes for the post.
    QList<int> seatRows;
    QList<int> postRows;
    for (int i = 0; i < count; ++i) {
        const ElectionCandidate& c = e.candidates.at(i);
        if (isCommitteeSeat(c.position)) {
            seatRows.append(i);
        } else {
            postRows.append(i);
            if (committee && !committeeRows.contains(c.memberId)) {
                seatRows.append(i);
            }
        }
    }
    const int seats = qMax(0, e.seats);
    if (committee) {
        if (seatRows.size() < requiredCandidates(seats)) {
            fail(ElectionRule::TooFewCandidates,
                 tr("%1 candidates for %2 seats: at least %3 are needed (20% more than the seats)")
                     .arg(seatRows.size())
                     .arg(seats)
                     .arg(requiredCandidates(seats)));
        }
    } else if (postRows.isEmpty()) {
        fail(ElectionRule::TooFewCandidates, tr("no candidates are recorded"));
    } else if (postRows.size() < seats) {
        fail(ElectionRule::TooFewCandidates,
             tr("%1 candidates for %2 posts: each post needs its candidate").arg(postRows.size()).arg(seats));
    }
    if (!v.failures.isEmpty()) {
        return v; // a void round elects nobody: no threshold to check
    }

    const int base = settings.thresholdBase == ElectionSettings::ThresholdBase::Eligible ? e.eligible : e.present;
    QList<bool> elected(count, false);
    if (committee) {
        std::stable_sort(seatRows.begin(), seatRows.end(),
                         [&e](int a, int b) { return e.candidates.at(a).votes > e.candidates.at(b).votes; });
        int passing = 0;
        for (const int i : std::as_const(seatRows)) {
            passing += moreThanHalf(e.candidates.at(i).votes, base) ? 1 : 0;
        }
        if (passing < seats) {
            fail(ElectionRule::Threshold, tr("%1 of %2 seats won more than half of %3 votes: the other seats need "
                                             "another round")
                                              .arg(passing)
                                              .arg(seats)
                                              .arg(base));
            return v;
        }
        if (passing > seats &&
            e.candidates.at(seatRows.at(seats - 1)).votes == e.candidates.at(seatRows.at(seats)).votes) {
            fail(ElectionRule::Tie, tr("a tie for the last seat (%1 votes each): a re-vote is needed")
                                        .arg(e.candidates.at(seatRows.at(seats)).votes));
            return v;
        }
        QSet<qint64> members;
        for (int k = 0; k < seats; ++k) {
            elected[seatRows.at(k)] = true;
            members.insert(e.candidates.at(seatRows.at(k)).memberId);
        }
        v.committeeSize = seats;
        for (const int i : std::as_const(postRows)) {
            const ElectionCandidate& c = e.candidates.at(i);
            if (!members.contains(c.memberId)) {
                elected[i] = false;
                fail(ElectionRule::Threshold,
                     tr("the %1 candidate was not elected to the committee").arg(positionLabel(c.position)));
            } else if (committeeRows.contains(c.memberId) && !moreThanHalf(c.votes, seats)) {
                fail(ElectionRule::Threshold, tr("the %1 candidate won %2 of %3 committee votes: more than half are "
                                                 "needed")
                                                  .arg(positionLabel(c.position))
                                                  .arg(c.votes)
                                                  .arg(seats));
            } else {
                elected[i] = true;
            }
        }
    } else {
        for (const int i : std::as_const(postRows)) {
            const ElectionCandidate& c = e.candidates.at(i);
            if (moreThanHalf(c.votes, base)) {
                elected[i] = true;
            } else {
                fail(ElectionRule::Threshold, tr("the %1 candidate won %2 votes of %3: more than half are needed")
                                                  .arg(positionLabel(c.position))
                                                  .arg(c.votes)
                                                  .arg(base));
            }
        }
    }
    if (v.valid()) {
        v.elected = elected;
    }
    return v;
}

void applyVerdict(Election& election, const ElectionVerdict& verdict)
{
    election.verdict = verdict.firstRule();
    election.failureMask = verdict.mask();
    for (int i = 0; i < election.candidates.size(); ++i) {
        election.candidates[i].elected = i < verdict.elected.size() && verdict.elected.at(i);
    }
    election.expiresOn = verdict.valid() && election.kind == ElectionKind::Term && election.termYears > 0
                             ? TermRules::expiry(election.heldOn, election.termYears)
                             : QDate();
}

QString ruleLabel(ElectionRule rule)
{
    switch (rule) {
    case ElectionRule::Quorum:
        return tr("Quorum not reached");
    case ElectionRule::Ballots:
        return tr("More ballots returned than issued");
    case ElectionRule::TooFewCandidates:
        return tr("Too few candidates");
    case ElectionRule::Threshold:
        return tr("Not elected by more than half");
    case ElectionRule::Tie:
        return tr("Tie for the last seat");
    }
    return {};
}

QString verdictLabel(int verdict)
{
    return verdict == 0 ? tr("Valid") : ruleLabel(ElectionRule(verdict));
}

const Vocabulary& kinds()
{
    static const Vocabulary v({
        {int(ElectionKind::Term), "term", "换届", QT_TRANSLATE_NOOP("Vocabulary", "Term election"), "换届选举"},
        {int(ElectionKind::ByElection), "by_election", "补选", QT_TRANSLATE_NOOP("Vocabulary", "By-election"),
         "补选选举"},
    });
    return v;
}

const Vocabulary& exclusionReasons()
{
    static const Vocabulary v({
        {int(ExclusionReason::PartyProbation), "party_probation", "受留党察看处分",
         QT_TRANSLATE_NOOP("Vocabulary", "Under probation within the Party"), "留党察看"},
        {int(ExclusionReason::Illness), "illness", "因病", QT_TRANSLATE_NOOP("Vocabulary", "Illness"), "病|生病"},
        {int(ExclusionReason::Abroad), "abroad", "出国（境）", QT_TRANSLATE_NOOP("Vocabulary", "Abroad"), "出国|出境"},
        {int(ExclusionReason::Away), "away", "外出", QT_TRANSLATE_NOOP("Vocabulary", "Away from home"),
         "外出务工经商|流动在外"},
        {int(ExclusionReason::Other), "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other reason"), ""},
    });
    return v;
}

QString thresholdBaseKey(ElectionSettings::ThresholdBase base)
{
    return base == ElectionSettings::ThresholdBase::Eligible ? QStringLiteral("eligible") : QStringLiteral("present");
}

std::optional<ElectionSettings::ThresholdBase> parseThresholdBase(QStringView text)
{
    const QString value = text.trimmed().toString().toLower();
    if (value == QStringLiteral("present") || value == QStringLiteral("实到会")) {
        return ElectionSettings::ThresholdBase::Present;
    }
    if (value == QStringLiteral("eligible") || value == QStringLiteral("应到会")) {
        return ElectionSettings::ThresholdBase::Eligible;
    }
    return std::nullopt;
}

} // namespace ElectionRules
