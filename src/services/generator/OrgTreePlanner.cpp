#include "services/generator/OrgTreePlanner.h"

#include "services/DataGenerator.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/OrgEventPlanner.h"
#include "services/generator/OrgNamer.h"
#include "services/generator/OrgTreeShaper.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

OrgTreePlanner::OrgTreePlanner(RandomSource& rng, const Lexicon& lexicon, NameFactory& names,
                               const GeneratorOptions& options, const HistoryWindow& window)
    : m_rng(rng)
    , m_lex(lexicon)
    , m_names(names)
    , m_options(options)
    , m_window(window)
{
}

std::vector<OrgPlan> OrgTreePlanner::plan()
{
    m_orgs = OrgTreeShaper(m_rng, m_options).shape();
    planAttributes();
    OrgEventPlanner events(m_rng, m_orgs, m_window);
    events.planRenamings();
    events.planReaffiliations();
    events.planDissolutions();
    planQuotas();
    return std::move(m_orgs);
}

void OrgTreePlanner::planAttributes()
{
    OrgNamer namer(m_rng, m_lex, m_names, m_orgs, m_window);
    // Per parent: children named so far by type, and those numbered for want of a better name.
    std::vector<int> ordinals(m_orgs.size(), 0);
    std::vector<int> branchOrdinals(m_orgs.size(), 0);
    std::vector<int> plainGeneralBranches(m_orgs.size(), 0);
    std::vector<int> plainBranches(m_orgs.size(), 0);
    int higherCount = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        OrgPlan& p = m_orgs[i];
        if (p.type == OrgType::HigherCommittee) {
            // Higher committees all predate the window.
            const Day sampled = m_window.today - m_rng.day(25 * 365, 47 * 365);
            p.est = std::min(sampled, m_window.start - 730);
            namer.nameHigher(p);
            p.code = QStringLiteral("G%1").arg(++higherCount, 3, 10, QChar(u'0'));
            continue;
        }
        const OrgPlan& parent = m_orgs[std::size_t(p.parent)];
        const std::size_t at = std::size_t(p.parent);
        establish(p, parent);
        switch (p.type) {
        case OrgType::Committee:
            namer.nameCommittee(p);
            break;
        case OrgType::GeneralBranch:
            namer.nameGeneralBranch(p, ++ordinals[at], plainGeneralBranches[at]);
            break;
        case OrgType::Branch:
            namer.nameBranch(p, ++branchOrdinals[at], plainBranches[at]);
            break;
        case OrgType::Group:
            namer.nameGroup(p, ++ordinals[at]);
            break;
        case OrgType::HigherCommittee:
            break;
        }
        p.code = childCode(parent, int(i));
        inheritReform(p, parent);
    }
}

// The establishment date of an organization below a higher committee (a temporary branch that
// cannot fit into the window becomes an ordinary one).
void OrgTreePlanner::establish(OrgPlan& p, const OrgPlan& parent)
{
    switch (p.type) {
    case OrgType::Committee:
        p.est = sampleEstablishment(parent.est, 15, 70, 0.03);
        if (p.permanent) {
            p.est = std::max(parent.est, std::min(p.est, m_window.start - 365));
        }
        break;
    case OrgType::GeneralBranch:
        p.est = sampleEstablishment(parent.est, 12, 65, 0.04);
        break;
    case OrgType::Branch:
        if (p.temporary) {
            const Day lo = std::max(m_window.start, parent.est) + 30;
            const Day hi = m_window.today - 400;
            p.temporary = lo <= hi;
            p.est = p.temporary ? m_rng.day(lo, hi) : sampleEstablishment(parent.est, 10, 65, 0.06);
        } else if (p.permanent) {
            p.est = std::min(sampleEstablishment(parent.est, 10, 65, 0), m_window.start);
            p.est = std::max(p.est, parent.est);
        } else {
            p.est = sampleEstablishment(parent.est, 10, 65, 0.06);
        }
        break;
    case OrgType::Group:
        p.est = sampleEstablishment(parent.est, 5, 40, 0.05);
        break;
    case OrgType::HigherCommittee:
        break;
    }
}

// Mostly long before today; newShare of them inside the window.
Day OrgTreePlanner::sampleEstablishment(Day parentEst, int minYears, int maxYears, double newShare)
{
    if (m_options.years >= 1 && m_rng.chance(newShare)) {
        const Day lo = std::max(m_window.start, parentEst) + 30;
        const Day hi = m_window.today - 180;
        if (lo <= hi) {
            return m_rng.day(lo, hi);
        }
    }
    const Day sampled = m_window.today - m_rng.day(minYears * 365, maxYears * 365);
    return std::min(std::max(sampled, parentEst), m_window.today - 30);
}

// Hierarchical codes: the parent's code and the position among its children.
QString OrgTreePlanner::childCode(const OrgPlan& parent, int index)
{
    const auto& siblings = parent.children;
    const auto position = std::find(siblings.begin(), siblings.end(), index) - siblings.begin() + 1;
    const int width = siblings.size() >= 100 ? 3 : 2;
    return parent.code + QStringLiteral("-") + QStringLiteral("%1").arg(position, width, 10, QChar(u'0'));
}

// Organizations of a renamed unit carried its old name until the reform.
void OrgTreePlanner::inheritReform(OrgPlan& p, const OrgPlan& parent)
{
    if (p.type != OrgType::Committee && parent.reformOn != Never && p.est < parent.reformOn) {
        p.reformFrom = parent.reformFrom;
        p.reformTo = parent.reformTo;
        p.reformOn = parent.reformOn;
    }
    if (p.reformOn != Never && p.name.startsWith(p.reformTo)) {
        p.events.push_back({p.reformOn, OrgEventKind::Renamed, -1, p.name});
        p.name = p.reformFrom + p.name.mid(p.reformTo.size());
    }
}

void OrgTreePlanner::planQuotas()
{
    std::vector<double> weights(m_orgs.size(), 0.0);
    double total = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        weights[i] = quotaWeight(m_orgs[i]);
        total += weights[i];
    }
    // Scaled to the members asked for; rounding the running sum keeps the total exact.
    const double scale = total > 0 ? double(m_options.members) / total : 0;
    double cumulative = 0;
    qint64 assigned = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        cumulative += weights[i];
        const qint64 upTo = i + 1 == m_orgs.size() ? m_options.members : qint64(cumulative * scale + 0.5);
        m_orgs[i].quota = int(std::max<qint64>(0, upTo - assigned));
        assigned += m_orgs[i].quota;
    }
}

// Target roll sizes: branches 3 to 100 (most 10 to 50), temporary branches and the rare
// committee or general branch with its own roll a handful.
double OrgTreePlanner::quotaWeight(const OrgPlan& p)
{
    if (p.type == OrgType::Branch) {
        if (p.temporary) {
            return double(m_rng.between(3, 12));
        }
        const double u = m_rng.real();
        return u < 0.3 ? double(m_rng.between(3, 10))
                       : (u < 0.7 ? double(m_rng.between(10, 30))
                                  : (u < 0.92 ? double(m_rng.between(30, 50)) : double(m_rng.between(50, 100))));
    }
    if (p.directRoll) {
        return double(m_rng.between(3, 8));
    }
    return 0;
}

} // namespace Generation
