#include "services/generator/OrgNamer.h"

#include "services/generator/HistoryWindow.h"
#include "services/generator/Lexicon.h"
#include "services/generator/NameFactory.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

namespace {

QString ordinal(int n)
{
    return NameFactory::ordinal(n);
}

} // namespace

OrgNamer::OrgNamer(RandomSource& rng, const Lexicon& lexicon, NameFactory& names, const std::vector<OrgPlan>& orgs,
                   const HistoryWindow& window)
    : m_rng(rng)
    , m_lex(lexicon)
    , m_names(names)
    , m_orgs(orgs)
    , m_window(window)
{
}

bool OrgNamer::claim(const QString& name)
{
    if (m_claimed.contains(name)) {
        return false;
    }
    m_claimed.insert(name);
    return true;
}

void OrgNamer::nameHigher(OrgPlan& p)
{
    for (int attempt = 0;; ++attempt) {
        p.city = m_rng.pick(m_lex.cities);
        const QString city = p.city + QStringLiteral("市");
        p.unit = city;
        switch (p.sector) {
        case Sector::Organs:
            p.name = city + QStringLiteral("直机关工委");
            p.category = UnitCategory::Organ;
            break;
        case Sector::StateAssets:
            p.name = city + QStringLiteral("国有企业党工委");
            p.category = UnitCategory::StateEnterprise;
            break;
        case Sector::TwoNew:
            p.name = city + QStringLiteral("两新组织党工委");
            p.category = UnitCategory::Other;
            break;
        case Sector::Street:
            p.unit = city + m_names.placeName() + QStringLiteral("街道");
            p.name = p.unit + QStringLiteral("党工委");
            p.category = UnitCategory::Street;
            break;
        case Sector::Rural:
            p.unit = m_names.placeName() + QStringLiteral("县");
            p.name = QStringLiteral("中共") + p.unit + QStringLiteral("委");
            p.category = UnitCategory::Township;
            break;
        case Sector::Education:
            p.name = city + QStringLiteral("委教育工委");
            p.category = UnitCategory::PublicInstitution;
            break;
        case Sector::Health:
            p.name = city + QStringLiteral("卫生健康工委");
            p.category = UnitCategory::PublicInstitution;
            break;
        case Sector::Park:
        case Sector::Count:
            p.unit = city + m_names.placeName() + QStringLiteral("经济技术开发区");
            p.name = p.unit + QStringLiteral("党工委");
            p.category = UnitCategory::Other;
            break;
        }
        if (claim(p.name) || attempt > 20) {
            break;
        }
    }
    p.employer = p.unit;
}

// ---------------------------------------------------------------------------------------------
// Committees

void OrgNamer::nameCommittee(OrgPlan& p)
{
    const OrgPlan& hc = m_orgs[std::size_t(p.parent)];
    p.city = hc.city;
    const QString city = p.city + QStringLiteral("市");
    for (int attempt = 0;; ++attempt) {
        // A city has one bureau, hospital ... of each kind: later attempts go down to its
        // districts (or a county's towns).
        const bool rural = hc.sector == Sector::Rural;
        const bool local = attempt >= 4;
        const QString district = !local ? (rural ? hc.unit : city)
                                        : (rural ? hc.unit + m_names.placeName() + QStringLiteral("镇")
                                                 : city + m_names.placeName() + QStringLiteral("区"));
        p.reformFrom.clear();
        p.reformTo.clear();
        p.reformOn = Never;
        const QString suffix = committeeUnit(p, Site{hc, city, district, rural, local, attempt});
        p.name = p.unit + suffix;
        if (attempt >= 12) {
            p.name = p.unit + ordinal(attempt - 10) + suffix; // never seen so far: the lists are long
        }
        if (claim(p.name)) {
            break;
        }
    }
    p.employer = p.unit;
}

QString OrgNamer::committeeUnit(OrgPlan& p, const Site& site)
{
    switch (p.flavor) {
    case Flavor::Bureau:
        return bureauUnit(p, site.district);
    case Flavor::Institute:
        p.unit = site.district + m_rng.pick(m_lex.institutes);
        p.category = UnitCategory::PublicInstitution;
        break;
    case Flavor::StateCo:
        p.unit =
            (site.local ? site.district : p.city) + m_rng.pick(m_lex.stateIndustries) + QStringLiteral("集团有限公司");
        p.category = UnitCategory::StateEnterprise;
        break;
    case Flavor::PrivateCo:
        p.unit = m_names.company(p.city);
        p.category = UnitCategory::NonPublicEnterprise;
        break;
    case Flavor::Association:
        return associationUnit(p, site);
    case Flavor::Cluster:
        return clusterUnit(p, site.city);
    case Flavor::Community:
        p.unit = site.higher.unit + m_names.placeName() + QStringLiteral("社区");
        p.category = UnitCategory::Community;
        break;
    case Flavor::StreetOffice: {
        // One street office, several committees: its organs, enterprises, social organizations ...
        const QStringList& kinds = m_lex.streetOfficeCommittees;
        p.unit = site.higher.unit;
        p.category = UnitCategory::Street;
        return kinds.at(std::min(qsizetype(site.attempt), kinds.size() - 1));
    }
    case Flavor::Town: {
        const QString place = m_names.placeName();
        p.unit = place + (m_rng.chance(0.25) ? QStringLiteral("乡") : QStringLiteral("镇"));
        p.category = UnitCategory::Township;
        break;
    }
    case Flavor::Hospital:
        p.unit = site.district + m_rng.pick(!site.rural ? m_lex.cityHospitals
                                                        : (site.local ? m_lex.townHospitals : m_lex.countyHospitals));
        p.category = UnitCategory::PublicInstitution;
        break;
    case Flavor::School:
        p.unit = site.district + m_rng.pick(site.rural && site.local ? m_lex.townSchools : m_lex.schools);
        p.category = UnitCategory::PublicInstitution;
        break;
    case Flavor::University: {
        const QString place = site.local ? p.city + m_names.placeName() : p.city;
        p.unit = place + m_rng.pick(m_lex.universitySuffixes);
        p.category = UnitCategory::PublicInstitution;
        break;
    }
    default:
        p.unit = site.city + m_names.placeName();
        p.category = UnitCategory::Other;
        break;
    }
    return QStringLiteral("党委");
}

QString OrgNamer::bureauUnit(OrgPlan& p, const QString& district)
{
    const int b = m_rng.below(m_lex.bureaus.size());
    const QString& prefix = district;
    p.unit = prefix + m_lex.bureaus.at(b);
    p.category = UnitCategory::Organ;
    const QString& before = m_lex.bureausBefore.at(b);
    if (!before.isEmpty()) {
        // The 2018 reform of government bodies renamed these bureaus.
        const Day reform = dayOf(QDate(2018, 10, 1)) + m_rng.day(0, 240);
        if (reform > m_window.today) {
            p.unit = prefix + before;
        } else if (reform > m_window.start && reform < m_window.today - 30 && p.est < reform) {
            p.reformFrom = prefix + before;
            p.reformTo = p.unit;
            p.reformOn = reform;
        }
    }
    return QStringLiteral("机关党委");
}

QString OrgNamer::associationUnit(OrgPlan& p, const Site& site)
{
    const int kind = m_rng.below(m_lex.associationUnits.size());
    p.unit = (site.rural ? site.city : site.district) + m_lex.associationUnits.at(kind);
    p.category = UnitCategory::SocialOrganization;
    return m_lex.associationSuffixes.at(kind);
}

QString OrgNamer::clusterUnit(OrgPlan& p, const QString& city)
{
    const QString place = m_names.placeName();
    p.unit = city + place + m_rng.pick(m_lex.clusterAreas);
    p.category = m_rng.chance(0.5) ? UnitCategory::NonPublicEnterprise : UnitCategory::Other;
    return QStringLiteral("综合党委");
}

// ---------------------------------------------------------------------------------------------
// General branches

void OrgNamer::nameGeneralBranch(OrgPlan& p, int k, int& plain)
{
    const OrgPlan& c = m_orgs[std::size_t(p.parent)];
    p.city = c.city;
    p.employer = c.employer;
    const QString suffix = QStringLiteral("党总支");
    for (int attempt = 0; attempt < 6; ++attempt) {
        p.category = c.category;
        p.unit.clear();
        if (c.flavor == Flavor::Hospital) {
            // 某医院内科党总支, whose branches are the hospital's departments.
            p.flavor = Flavor::Hospital;
            p.unit = c.unit;
            p.name = c.unit + m_rng.pick(m_lex.hospitalDivisions) + suffix;
            if (claim(p.name)) {
                return;
            }
            continue;
        }
        generalBranchUnit(p, c, k);
        if (p.unit.isEmpty()) {
            break; // no kind of its own: numbered below
        }
        p.name = p.unit + suffix;
        if (claim(p.name)) {
            return;
        }
    }
    // 某某第二党总支, whose branches are 某某第二党总支第一党支部.
    p.flavor = Flavor::Plain;
    p.category = c.category;
    do {
        p.unit = c.unit + ordinal(++plain) + suffix;
        p.name = p.unit;
    } while (!claim(p.name));
}

// The part of the committee's unit the general branch stands for; none for committees whose
// general branches are only numbered.
void OrgNamer::generalBranchUnit(OrgPlan& p, const OrgPlan& c, int k)
{
    switch (c.flavor) {
    case Flavor::Bureau:
        p.flavor = Flavor::Bureau;
        p.unit = c.unit + m_rng.pick(m_lex.bureauSubunits);
        break;
    case Flavor::University:
        p.flavor = Flavor::College;
        p.unit = c.unit + m_rng.pick(m_lex.colleges);
        break;
    case Flavor::School:
        p.flavor = Flavor::School;
        p.unit = c.unit + m_rng.pick(m_lex.schoolDivisions);
        break;
    case Flavor::StateCo:
        p.flavor = Flavor::StateCo;
        p.unit = c.unit + (m_rng.chance(0.5) ? QString(ordinal(k) + QStringLiteral("分公司"))
                                             : m_rng.pick(m_lex.stateSubsidiaries));
        break;
    case Flavor::Cluster:
        p.flavor = Flavor::Cluster;
        p.unit = c.unit + m_names.placeName() + QStringLiteral("片区");
        break;
    case Flavor::Community:
        p.flavor = Flavor::Community;
        p.unit = c.unit + ordinal(k) + QStringLiteral("网格");
        break;
    case Flavor::StreetOffice:
        p.flavor = Flavor::Community;
        p.unit = c.unit + m_names.placeName() + QStringLiteral("社区");
        p.category = UnitCategory::Community;
        break;
    case Flavor::Town:
        p.flavor = Flavor::Village;
        p.unit = c.unit + m_names.placeName() + QStringLiteral("村");
        p.category = UnitCategory::Village;
        break;
    default:
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// Branches and party groups

void OrgNamer::nameBranch(OrgPlan& p, int k, int& plain)
{
    const OrgPlan& q = m_orgs[std::size_t(p.parent)];
    p.city = q.city;
    const QString suffix = p.temporary ? QStringLiteral("临时党支部") : QStringLiteral("党支部");
    for (int attempt = 0; attempt < 6; ++attempt) {
        p.category = q.category;
        p.employer = q.employer;
        p.flavor = Flavor::Plain;
        QString stem;
        if (p.temporary) {
            const QString place = m_names.placeName();
            stem = q.unit + place + m_rng.pick(m_lex.temporaryUnits);
        } else {
            stem = branchStem(p, q, k);
        }
        p.unit = stem;
        p.name = stem + suffix;
        if (claim(p.name)) {
            return;
        }
    }
    // Numbered among the parent's branches.
    p.category = q.category;
    p.employer = q.employer;
    p.flavor = Flavor::Plain;
    do {
        p.unit = q.unit + ordinal(++plain);
        p.name = p.unit + suffix;
    } while (!claim(p.name));
}

// The part of the parent's unit the branch stands for; the branches of a joint unit (a law
// firm, a company in a business district, a village) also change category and employer.
QString OrgNamer::branchStem(OrgPlan& p, const OrgPlan& q, int k)
{
    const double u = m_rng.real();
    switch (q.flavor) {
    case Flavor::Bureau:
        return q.unit + (u < 0.4 ? QString(QStringLiteral("机关") + ordinal(k))
                                 : (u < 0.85 ? m_rng.pick(m_lex.offices) : QStringLiteral("离退休干部")));
    case Flavor::Institute:
        return q.unit + (u < 0.6 ? ordinal(k) : (u < 0.85 ? QStringLiteral("机关") : QStringLiteral("离退休")));
    case Flavor::University:
        return q.unit + (u < 0.5 ? QString(QStringLiteral("机关") + ordinal(k)) : m_rng.pick(m_lex.universityUnits));
    case Flavor::College:
        return q.unit + m_lex.collegeBranchKinds.at(u < 0.4 ? 0 : (u < 0.8 ? 1 : 2)) + ordinal(k);
    case Flavor::School:
        return q.unit + (u < 0.6 ? QString(QStringLiteral("教工") + ordinal(k)) : m_rng.pick(m_lex.schoolUnits));
    case Flavor::Hospital:
        return q.unit +
               (u < 0.8 ? m_rng.pick(m_lex.hospitalDepartments) : QString(QStringLiteral("行政") + ordinal(k)));
    case Flavor::StateCo:
        return q.unit + (u < 0.35 ? QString(ordinal(k) + QStringLiteral("车间"))
                                  : (u < 0.8 ? m_rng.pick(m_lex.stateDepartments)
                                             : QString(ordinal(k) + QStringLiteral("项目部"))));
    case Flavor::PrivateCo:
        return u < 0.5 ? q.unit + ordinal(k) : q.unit + m_rng.pick(m_lex.privateDepartments);
    case Flavor::Association:
        return associationBranch(p, u);
    case Flavor::Cluster:
        return clusterBranch(p, u);
    case Flavor::Community:
        return communityBranch(p, q, k, u);
    case Flavor::StreetOffice:
        return q.unit + (u < 0.6 ? QString(QStringLiteral("机关") + ordinal(k)) : m_rng.pick(m_lex.streetOfficeUnits));
    case Flavor::Town:
        return townBranch(p, q, k, u);
    case Flavor::Village:
        p.flavor = Flavor::Village;
        p.employer.clear();
        return q.unit + ordinal(k);
    default:
        return q.unit + ordinal(k);
    }
}

// A law firm, an accounting firm or a trade association.
QString OrgNamer::associationBranch(OrgPlan& p, double u)
{
    QString stem;
    p.category = UnitCategory::SocialOrganization;
    if (u < 0.4) {
        stem = p.city + m_names.brand() + QStringLiteral("律师事务所");
    } else if (u < 0.6) {
        stem = p.city + m_names.brand() + QStringLiteral("会计师事务所");
    } else {
        stem = p.city + QStringLiteral("市") + m_rng.pick(m_lex.trades) + QStringLiteral("协会");
    }
    p.employer = stem;
    return stem;
}

// A company, a joint branch of an office building or a social organization of the district.
QString OrgNamer::clusterBranch(OrgPlan& p, double u)
{
    QString stem;
    if (u < 0.7) {
        stem = m_names.company(p.city);
        p.category = UnitCategory::NonPublicEnterprise;
        p.employer = stem;
    } else if (u < 0.85) {
        stem = p.city + m_names.placeName() + QStringLiteral("大厦联合");
        p.category = UnitCategory::NonPublicEnterprise;
        p.employer.clear();
    } else {
        const QString brand = m_names.brand();
        stem = p.city + brand + m_rng.pick(m_lex.clusterOrganizations);
        p.category = UnitCategory::SocialOrganization;
        p.employer = stem;
    }
    return stem;
}

QString OrgNamer::communityBranch(OrgPlan& p, const OrgPlan& q, int k, double u)
{
    QString stem;
    if (u < 0.6) {
        stem = q.unit + ordinal(k);
    } else if (u < 0.8) {
        stem = q.unit + m_names.placeName() + QStringLiteral("小区");
    } else if (u < 0.9) {
        stem = q.unit + QStringLiteral("离退休");
    } else {
        stem = q.unit + QStringLiteral("流动党员");
        p.category = UnitCategory::Other;
    }
    p.employer.clear();
    return stem;
}

// A village, the town's organs, school, clinic, a cooperative or its mobile members.
QString OrgNamer::townBranch(OrgPlan& p, const OrgPlan& q, int k, double u)
{
    QString stem;
    if (u < 0.5) {
        stem = q.unit + m_names.placeName() + QStringLiteral("村");
        p.category = UnitCategory::Village;
        p.flavor = Flavor::Village;
        p.employer.clear();
    } else if (u < 0.65) {
        stem = q.unit + QStringLiteral("机关") + ordinal(k);
    } else if (u < 0.75) {
        stem = q.unit + QStringLiteral("中心学校");
        p.category = UnitCategory::PublicInstitution;
        p.employer = stem;
    } else if (u < 0.85) {
        stem = q.unit + QStringLiteral("卫生院");
        p.category = UnitCategory::PublicInstitution;
        p.employer = stem;
    } else if (u < 0.95) {
        stem = q.unit + m_names.placeName() + QStringLiteral("农民专业合作社");
        p.category = UnitCategory::Other;
        p.employer = stem;
    } else {
        stem = q.unit + QStringLiteral("流动党员");
        p.category = UnitCategory::Other;
        p.employer.clear();
    }
    return stem;
}

void OrgNamer::nameGroup(OrgPlan& p, int k)
{
    const OrgPlan& b = m_orgs[std::size_t(p.parent)];
    p.city = b.city;
    p.category = b.category;
    p.employer = b.employer;
    p.unit = b.unit + ordinal(k);
    p.name = p.unit + QStringLiteral("党小组");
    if (!claim(p.name)) {
        p.name += QStringLiteral("（") + QString::number(m_claimed.size()) + QStringLiteral("）");
        m_claimed.insert(p.name);
    }
}

} // namespace Generation
