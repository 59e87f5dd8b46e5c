#include "services/generator/OrgEventPlanner.h"

#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

OrgEventPlanner::OrgEventPlanner(RandomSource& rng, std::vector<OrgPlan>& orgs, const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_window(window)
{
}

void OrgEventPlanner::planRenamings()
{
    if (m_window.years < 1) {
        return;
    }
    for (OrgPlan& p : m_orgs) {
        if (!isGrassroots(p.type) || !p.events.empty()) {
            continue;
        }
        const QString name = renamed(p);
        if (name.isEmpty()) {
            continue;
        }
        const Day lo = std::max(m_window.start, p.est) + 30;
        const Day hi = m_window.today - 60;
        if (lo <= hi) {
            p.events.push_back({m_rng.day(lo, hi), OrgEventKind::Renamed, -1, name});
        }
    }
}

// The new name, or an empty string when p keeps its name.
QString OrgEventPlanner::renamed(const OrgPlan& p)
{
    static const QString village = QStringLiteral("村");
    QString name;
    if (p.category == UnitCategory::Village && p.name.contains(village) && m_rng.chance(0.06)) {
        // 村改居: a village becomes an urban community.
        const auto at = p.name.lastIndexOf(village);
        name = p.name.left(at) + QStringLiteral("社区") + p.name.mid(at + 1);
    } else if (p.type == OrgType::Committee && p.name.endsWith(QStringLiteral("乡党委")) && m_rng.chance(0.3)) {
        name = p.name.left(p.name.size() - 3) + QStringLiteral("镇党委");
    } else if (p.name.contains(QStringLiteral("有限公司")) && !p.name.contains(QStringLiteral("股份")) &&
               m_rng.chance(0.05)) {
        name = p.name;
        name.replace(QStringLiteral("有限公司"), QStringLiteral("股份有限公司"));
    }
    return name;
}

void OrgEventPlanner::planReaffiliations()
{
    if (m_window.years < 1) {
        return;
    }
    std::array<std::vector<int>, 6> byType;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        byType[std::size_t(m_orgs[i].type)].push_back(int(i));
    }
    for (OrgPlan& p : m_orgs) {
        double share = 0;
        switch (p.type) {
        case OrgType::Committee:
        case OrgType::GeneralBranch:
            share = 0.03;
            break;
        case OrgType::Branch:
            share = p.temporary || p.permanent ? 0 : 0.02;
            break;
        default:
            break;
        }
        if (share == 0 || !m_rng.chance(share)) {
            continue;
        }
        Day lo = std::max(m_window.start, p.est + 365);
        for (const PlannedEvent& e : p.events) {
            lo = std::max(lo, e.date + 1);
        }
        const Day hi = m_window.today - 60;
        if (lo > hi) {
            continue;
        }
        const Day date = m_rng.day(lo, hi);
        if (const int parent = newParent(p, date, byType); parent >= 0) {
            p.events.push_back({date, OrgEventKind::Reaffiliated, parent, QString()});
            p.currentParent = parent;
        }
    }
}

int OrgEventPlanner::newParent(const OrgPlan& p, Day date, const std::array<std::vector<int>, 6>& byType)
{
    // One level up, existing on that date; a branch with party groups goes under a committee
    // only, so the tree stays four levels deep.
    OrgType parentType = OrgType::Committee;
    if (p.type == OrgType::Committee) {
        parentType = OrgType::HigherCommittee;
    } else if (p.type == OrgType::Branch && !p.hasGroups && m_rng.chance(0.4)) {
        parentType = OrgType::GeneralBranch;
    }
    const std::vector<int>& candidates = byType[std::size_t(parentType)];
    for (int attempt = 0; attempt < 12 && !candidates.empty(); ++attempt) {
        // Prefer a parent in the same higher committee's sector: re-affiliations are local.
        const int candidate = candidates[std::size_t(m_rng.below(qsizetype(candidates.size())))];
        const OrgPlan& c = m_orgs[std::size_t(candidate)];
        if (candidate == p.currentParent || c.est > date || (attempt < 8 && c.sector != p.sector)) {
            continue;
        }
        return candidate;
    }
    return -1;
}

void OrgEventPlanner::planDissolutions()
{
    if (m_window.years < 1) {
        return;
    }
    const double share = 0.015 * std::min(m_window.years, 10) / 10.0;
    for (OrgPlan& p : m_orgs) {
        if (p.type != OrgType::Branch || p.permanent || p.hasGroups) {
            continue;
        }
        Day lo = 0;
        Day hi = m_window.today - 30;
        if (p.temporary) {
            // Temporary branches end with their project.
            if (!m_rng.chance(0.5)) {
                continue;
            }
            lo = p.est + 365;
            hi = std::min(hi, p.est + 1100);
        } else {
            if (!m_rng.chance(share)) {
                continue;
            }
            lo = std::max(p.est + 365, m_window.start + 30);
        }
        for (const PlannedEvent& e : p.events) {
            lo = std::max(lo, e.date + 1);
        }
        if (lo <= hi) {
            p.dissolved = m_rng.day(lo, hi);
            p.events.push_back({p.dissolved, OrgEventKind::Dissolved, -1, QString()});
        }
    }
}

} // namespace Generation
