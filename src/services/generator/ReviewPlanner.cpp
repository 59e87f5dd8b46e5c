#include "services/generator/ReviewPlanner.h"

#include "core/Dates.h"
#include "core/ReviewRules.h"
#include "services/generator/GeneratorErrors.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"
#include "services/generator/RollIndex.h"

namespace Generation {

namespace {

// Shares of the results (of the members on the roll).
constexpr double ExemptShare = 0.012;
constexpr double AbsentShare = 0.018;
// Of the graded full members.
constexpr double ExcellentShare = 0.2;
constexpr double BasicallyQualifiedShare = 0.012;
constexpr double UnqualifiedShare = 0.003;

ExemptReason exemptReason(double x)
{
    if (x < 0.35) {
        return ExemptReason::Illness;
    }
    if (x < 0.5) {
        return ExemptReason::Abroad;
    }
    if (x < 0.52) {
        return ExemptReason::Sentence;
    }
    if (x < 0.72) {
        return ExemptReason::Bedridden;
    }
    if (x < 0.95) {
        return ExemptReason::AwayWithoutTransfer;
    }
    return ExemptReason::Other;
}

} // namespace

ReviewPlanner::ReviewPlanner(RandomSource& rng, const std::vector<OrgPlan>& orgs, const RollIndex& rolls,
                             const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_rolls(rolls)
    , m_window(window)
{
}

// Organization by organization, then year by year: the results of a member's organization are
// written together, which keeps the index by member local (year by year, each year's pass
// would rewrite the whole index).
Status ReviewPlanner::plan(ReviewStore::BulkInsert& store)
{
    const int firstYear = m_window.todayDate.year() - m_window.years;
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        if (m_rolls.begin(o) == m_rolls.end(o)) {
            continue; // no roll of its own
        }
        for (int year = firstYear; year < m_window.todayDate.year(); ++year) {
            const Day day = dayOf(QDate(year, 12, 1)) + m_rng.day(0, 75); // 1 December to mid-February
            if (day < m_window.start || day > m_window.today || !holdsReview(int(o), day)) {
                continue;
            }
            m_entries.clear();
            m_categories.clear();
            for (const Stint* s = m_rolls.begin(o); s != m_rolls.end(o); ++s) {
                if (s->from <= day && day < s->to) {
                    m_entries.push_back(result(*s, day));
                    m_categories.push_back(s->fullOn <= day ? MemberCategory::Full : MemberCategory::Probationary);
                }
            }
            if (m_entries.empty()) {
                continue;
            }
            if (auto done = write(store, m_orgs[o], year, day); !done.ok()) {
                return done;
            }
        }
    }
    return {};
}

// Branches; a committee or general branch only for its own roll when nothing sits under it
// (its campaign would cover its branches too).
bool ReviewPlanner::holdsReview(int org, Day day) const
{
    const OrgPlan& p = m_orgs[std::size_t(org)];
    if (!m_rolls.exists(org, day) || p.temporary) {
        return false;
    }
    return p.type == OrgType::Branch || (p.directRoll && !m_rolls.hasChildrenOn(org, day));
}

ReviewEntry ReviewPlanner::result(const Stint& s, Day day)
{
    ReviewEntry e;
    e.memberId = s.member;
    const double x = m_rng.real();
    if (x < ExemptShare) {
        e.result = ReviewResult::Exempt;
        e.exemptReason = exemptReason(m_rng.real());
        if (e.exemptReason == ExemptReason::Other) {
            e.note = QStringLiteral("经党支部研究并报上级党组织同意");
        }
    } else if (x < ExemptShare + AbsentShare) {
        e.result = ReviewResult::Absent;
    } else if (s.fullOn > day) {
        e.result = ReviewResult::Participated;
    } else {
        const double grade = m_rng.real();
        if (grade < ExcellentShare) {
            e.result = ReviewResult::Excellent;
        } else if (grade < 1 - BasicallyQualifiedShare - UnqualifiedShare) {
            e.result = ReviewResult::Qualified;
        } else if (grade < 1 - UnqualifiedShare) {
            e.result = ReviewResult::BasicallyQualified;
        } else {
            // 限期改正: decided within a month, the default deadline; most have corrected by it.
            e.result = ReviewResult::Unqualified;
            e.handling = ReviewHandling::Correction;
            const Day handled = std::min(m_window.today, day + m_rng.day(7, 30));
            e.handledOn = dateOf(handled);
            e.correctionDue = ReviewRules::defaultCorrectionDue(e.handledOn, m_settings);
            const Day corrected = handled + m_rng.day(60, 170);
            if (m_rng.chance(0.8) && corrected <= m_window.today && dateOf(corrected) <= e.correctionDue) {
                e.correctedOn = dateOf(corrected);
            }
        }
    }
    return e;
}

Status ReviewPlanner::write(ReviewStore::BulkInsert& store, const OrgPlan& org, int year, Day day)
{
    // Excellent is at most a third of the graded full members: the last ones over it are
    // qualified instead.
    int graded = 0;
    int excellent = 0;
    for (const ReviewEntry& e : m_entries) {
        graded += ReviewRules::isGrade(e.result) ? 1 : 0;
        excellent += e.result == ReviewResult::Excellent ? 1 : 0;
    }
    for (auto it = m_entries.rbegin();
         it != m_entries.rend() && ReviewRules::excellentAboveLimit(excellent, graded, m_settings); ++it) {
        if (it->result == ReviewResult::Excellent) {
            it->result = ReviewResult::Qualified;
            --excellent;
        }
    }
    ReviewCampaign campaign;
    campaign.orgId = org.id;
    campaign.year = year;
    campaign.heldOn = dateOf(day);
    if (const ReviewIssues issues = ReviewRules::checkCampaign(campaign, m_window.todayDate); !issues.isEmpty()) {
        return generatorBug(QStringLiteral("review %1 %2").arg(org.code).arg(year), issues.constFirst().message);
    }
    if (auto done = store.insertCampaign(campaign); !done.ok()) {
        return done;
    }
    ++m_campaigns;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        ReviewEntry& e = m_entries[i];
        e.campaignId = campaign.id;
        e.orgId = org.id;
        if (const ReviewIssues issues =
                ReviewRules::checkEntry(e, m_categories[i], campaign.heldOn, m_window.todayDate);
            !issues.isEmpty()) {
            return generatorBug(QStringLiteral("review %1 %2").arg(org.code).arg(year), issues.constFirst().message);
        }
        if (auto done = store.insertEntry(e); !done.ok()) {
            return done;
        }
    }
    m_results += qint64(m_entries.size());
    return {};
}

} // namespace Generation
