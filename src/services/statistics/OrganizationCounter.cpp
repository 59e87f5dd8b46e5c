#include "OrganizationCounter.h"

#include <QSet>

namespace {

struct Holder
{
    bool concurrentAdminHead = false;
    StatisticsStore::Day birth = 0;
    Education education = Education::Unknown;
};

void describe(const QHash<qint64, Holder>& holders, StatisticsStore::Day asOf, Statistics::PostHolders& figures)
{
    figures.count = holders.size();
    for (const Holder& h : holders) {
        if (h.concurrentAdminHead) {
            ++figures.concurrentAdminHead;
        }
        if (isCollegeOrAbove(h.education)) {
            ++figures.collegeOrAbove;
        }
        if (h.birth != 0 && h.birth <= asOf) {
            figures.age.add((asOf - h.birth) / 10000);
        }
    }
}

} // namespace

OrganizationCounter::OrganizationCounter(Statistics::Organizations& organizations, Day asOf)
    : m_organizations(organizations)
    , m_asOf(asOf)
{
}

void OrganizationCounter::addOrganization(const StatisticsStore::OrgRecord& org)
{
    Statistics::Organizations& o = m_organizations;
    switch (org.type) {
    case OrgType::Committee:
        ++o.committees;
        break;
    case OrgType::GeneralBranch:
        ++o.generalBranches;
        break;
    case OrgType::Branch:
        ++o.branches;
        break;
    case OrgType::Group:
        ++o.groups;
        break;
    case OrgType::HigherCommittee:
        break; // leading bodies above the grassroots are never counted
    }
    if (!isGrassroots(org.type)) {
        return;
    }
    ++o.grassroots;
    if (org.temporary) {
        ++o.temporary;
    }
    const int category = int(org.unitCategory);
    ++o.byUnitCategory[category >= 0 && category < Statistics::UnitCategoryCount ? category : 0];
    m_grassroots.insert(org.id, org.type);
}

void OrganizationCounter::addPosts(const QList<StatisticsStore::PostHolding>& holdings)
{
    QHash<qint64, Holder> secretaries;
    QHash<qint64, Holder> deputies;
    QHash<qint64, Holder> leaders;
    QSet<qint64> branchesWithCommittee;
    for (const StatisticsStore::PostHolding& p : holdings) {
        const auto type = m_grassroots.constFind(p.orgId);
        if (type == m_grassroots.cend()) {
            continue;
        }
        const Holder holder{false, p.birth, p.education};
        switch (p.kind) {
        case PostKind::Secretary: {
            Holder& s = secretaries[p.memberId];
            s.birth = holder.birth;
            s.education = holder.education;
            s.concurrentAdminHead = s.concurrentAdminHead || p.concurrentAdminHead;
            leaders.insert(p.memberId, holder);
            break;
        }
        case PostKind::DeputySecretary:
            deputies.insert(p.memberId, holder);
            leaders.insert(p.memberId, holder);
            break;
        case PostKind::OrganizationMember:
        case PostKind::PublicityMember:
        case PostKind::DisciplineMember:
        case PostKind::CommitteeMember:
            if (*type == OrgType::Branch) {
                branchesWithCommittee.insert(p.orgId);
            }
            break;
        }
    }
    describe(secretaries, m_asOf, m_organizations.secretaries);
    describe(deputies, m_asOf, m_organizations.deputySecretaries);
    describe(leaders, m_asOf, m_organizations.leaders);
    m_organizations.branchesWithCommittee = branchesWithCommittee.size();
}
