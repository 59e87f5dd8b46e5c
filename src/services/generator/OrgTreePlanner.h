#pragma once

#include "services/generator/GeneratorPlan.h"

#include <vector>

struct GeneratorOptions;

namespace Generation {

class Lexicon;
class NameFactory;
class RandomSource;
struct HistoryWindow;

// Plans the whole organization tree before anything is written: its shape (OrgTreeShaper),
// establishment dates, names (OrgNamer) and hierarchical codes, the renamings of the 2018
// reform of government bodies, the other dated events (OrgEventPlanner) and the number of
// members whose history starts in each organization.
class OrgTreePlanner
{
public:
    OrgTreePlanner(RandomSource& rng, const Lexicon& lexicon, NameFactory& names, const GeneratorOptions& options,
                   const HistoryWindow& window);

    std::vector<OrgPlan> plan();

private:
    void planAttributes();
    void establish(OrgPlan& p, const OrgPlan& parent);
    Day sampleEstablishment(Day parentEst, int minYears, int maxYears, double newShare);
    static QString childCode(const OrgPlan& parent, int index);
    static void inheritReform(OrgPlan& p, const OrgPlan& parent);
    void planQuotas();
    double quotaWeight(const OrgPlan& p);

    RandomSource& m_rng;
    const Lexicon& m_lex;
    NameFactory& m_names;
    const GeneratorOptions& m_options;
    const HistoryWindow& m_window;
    std::vector<OrgPlan> m_orgs;
};

} // namespace Generation
