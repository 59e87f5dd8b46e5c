#pragma once

#include "services/generator/GeneratorPlan.h"

#include <QSet>
#include <QString>

#include <vector>

namespace Generation {

class Lexicon;
class NameFactory;
class RandomSource;
struct HistoryWindow;

// Names the planned organizations after the units they stand in (a bureau, a hospital's
// department, a village ...) and sets the unit, unit category and members' employer that go
// with the name. Names are unique: a name taken is drawn again, then numbered. Parents are
// named before their children, whose names build on the parent's unit.
class OrgNamer
{
public:
    OrgNamer(RandomSource& rng, const Lexicon& lexicon, NameFactory& names, const std::vector<OrgPlan>& orgs,
             const HistoryWindow& window);

    void nameHigher(OrgPlan& p);
    void nameCommittee(OrgPlan& p);
    // k: the position among the parent's general branches (branches); plain: how many of them
    // were numbered for want of a better name.
    void nameGeneralBranch(OrgPlan& p, int k, int& plain);
    void nameBranch(OrgPlan& p, int k, int& plain);
    void nameGroup(OrgPlan& p, int k);

private:
    // Where a committee's unit is: its higher committee's city or county, or (local) one of
    // their districts or towns.
    struct Site
    {
        const OrgPlan& higher;
        const QString& city;     // 某某市
        const QString& district; // the city or county, or a district or town of it
        bool rural = false;
        bool local = false;
        int attempt = 0;
    };

    bool claim(const QString& name);
    // The committee's unit and unit category; returns the suffix of its name.
    QString committeeUnit(OrgPlan& p, const Site& site);
    QString bureauUnit(OrgPlan& p, const QString& district);
    QString associationUnit(OrgPlan& p, const Site& site);
    QString clusterUnit(OrgPlan& p, const QString& city);
    void generalBranchUnit(OrgPlan& p, const OrgPlan& committee, int k);
    QString branchStem(OrgPlan& p, const OrgPlan& parent, int k);
    QString associationBranch(OrgPlan& p, double u);
    QString clusterBranch(OrgPlan& p, double u);
    QString communityBranch(OrgPlan& p, const OrgPlan& parent, int k, double u);
    QString townBranch(OrgPlan& p, const OrgPlan& parent, int k, double u);

    RandomSource& m_rng;
    const Lexicon& m_lex;
    NameFactory& m_names;
    const std::vector<OrgPlan>& m_orgs;
    const HistoryWindow& m_window;
    QSet<QString> m_claimed;
};

} // namespace Generation
