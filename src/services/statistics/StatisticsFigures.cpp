#include "StatisticsFigures.h"

#include "core/Vocabulary.h"

#include <QCoreApplication>

namespace {

using Figure = StatisticsFigures::Figure;
using Ratio = StatisticsFigures::Ratio;

// Appends figures under a key prefix.
class Builder
{
public:
    explicit Builder(QList<Figure>& figures)
        : m_figures(figures)
    {
    }

    void heading(const QString& key, const QString& label, int depth)
    {
        Figure f;
        f.key = key;
        f.label = label;
        f.depth = depth;
        f.heading = true;
        m_figures.append(f);
    }

    void count(const QString& key, const QString& label, int depth, qint64 value, Ratio ratio = Ratio::None,
               qint64 base = 0, const QString& baseKey = {})
    {
        Figure f;
        f.key = key;
        f.label = label;
        f.depth = depth;
        f.value = value;
        f.ratio = ratio;
        f.base = base;
        f.baseKey = baseKey;
        m_figures.append(f);
    }

    void average(const QString& key, const QString& label, int depth, const Statistics::Mean& mean)
    {
        Figure f;
        f.key = key;
        f.label = label;
        f.depth = depth;
        f.average = true;
        f.value = mean.sum;
        f.count = mean.count;
        m_figures.append(f);
    }

    void notInContract() { m_figures.last().contract = false; }

private:
    QList<Figure>& m_figures;
};

QString categoryKey(const Vocabulary& vocabulary, int code)
{
    return code == 0 ? QStringLiteral("unknown") : vocabulary.key(code);
}

QString categoryLabel(const Vocabulary& vocabulary, int code)
{
    return code == 0 ? QCoreApplication::translate("StatisticsFigures", "Unknown") : vocabulary.label(code);
}

void organizations(Builder& b, const Statistics::Organizations& o)
{
    const QString g = QStringLiteral("organizations.grassroots");
    b.heading(QStringLiteral("organizations"), QCoreApplication::translate("StatisticsFigures", "Organizations"), 0);
    b.count(g, QCoreApplication::translate("StatisticsFigures", "Grassroots organizations"), 1, o.grassroots);
    b.count(QStringLiteral("organizations.committees"),
            QCoreApplication::translate("StatisticsFigures", "Party committees"), 2, o.committees, Ratio::Share,
            o.grassroots, g);
    b.count(QStringLiteral("organizations.general_branches"),
            QCoreApplication::translate("StatisticsFigures", "General branches"), 2, o.generalBranches, Ratio::Share,
            o.grassroots, g);
    b.count(QStringLiteral("organizations.branches"), QCoreApplication::translate("StatisticsFigures", "Branches"), 2,
            o.branches, Ratio::Share, o.grassroots, g);
    b.count(QStringLiteral("organizations.temporary"),
            QCoreApplication::translate("StatisticsFigures", "Temporary organizations"), 2, o.temporary, Ratio::Share,
            o.grassroots, g);
    b.count(QStringLiteral("organizations.groups"), QCoreApplication::translate("StatisticsFigures", "Party groups"), 1,
            o.groups);
    b.heading(QStringLiteral("organizations.by_unit_category"),
              QCoreApplication::translate("StatisticsFigures", "Grassroots organizations by unit category"), 1);
    for (int code = 1; code <= Statistics::UnitCategoryCount; ++code) {
        const int c = code % Statistics::UnitCategoryCount; // the categories, then unknown
        b.count(QStringLiteral("organizations.by_unit_category.") + categoryKey(Vocabulary::unitCategories(), c),
                categoryLabel(Vocabulary::unitCategories(), c), 2, o.byUnitCategory[size_t(c)], Ratio::Share,
                o.grassroots, g);
    }
    b.count(QStringLiteral("organizations.branches_with_committee"),
            QCoreApplication::translate("StatisticsFigures", "Branches with a committee"), 1, o.branchesWithCommittee,
            Ratio::Share, o.branches, QStringLiteral("organizations.branches"));
    const struct
    {
        const char* key;
        QString label;
        const Statistics::PostHolders& holders;
        bool concurrent;
    } posts[] = {{"secretaries", QCoreApplication::translate("StatisticsFigures", "Secretaries"), o.secretaries, true},
                 {"deputy_secretaries", QCoreApplication::translate("StatisticsFigures", "Deputy secretaries"),
                  o.deputySecretaries, false},
                 {"leaders", QCoreApplication::translate("StatisticsFigures", "Secretaries and deputy secretaries"),
                  o.leaders, false}};
    for (const auto& post : posts) {
        const QString key = QStringLiteral("organizations.") + QLatin1String(post.key);
        const QString countKey = key + QStringLiteral(".count");
        b.heading(key, post.label, 1);
        b.count(countKey, QCoreApplication::translate("StatisticsFigures", "People"), 2, post.holders.count);
        if (post.concurrent) {
            b.count(key + QStringLiteral(".concurrent_admin_head"),
                    QCoreApplication::translate("StatisticsFigures", "Also head of the unit"), 2,
                    post.holders.concurrentAdminHead, Ratio::Share, post.holders.count, countKey);
        }
        b.average(key + QStringLiteral(".average_age"), QCoreApplication::translate("StatisticsFigures", "Average age"),
                  2, post.holders.age);
        b.count(key + QStringLiteral(".college_or_above"),
                QCoreApplication::translate("StatisticsFigures", "College education or above"), 2,
                post.holders.collegeOrAbove, Ratio::Share, post.holders.count, countKey);
    }
}

void members(Builder& b, const Statistics::Members& m)
{
    const QString t = QStringLiteral("members.total");
    auto share = [&](const QString& key, const QString& label, int depth, qint64 value) {
        b.count(QStringLiteral("members.") + key, label, depth, value, Ratio::Share, m.total, t);
    };
    b.heading(QStringLiteral("members"), QCoreApplication::translate("StatisticsFigures", "Members"), 0);
    b.count(t, QCoreApplication::translate("StatisticsFigures", "Members on the roll"), 1, m.total);
    share(QStringLiteral("full"), QCoreApplication::translate("StatisticsFigures", "Full members"), 2, m.full);
    share(QStringLiteral("probationary"), QCoreApplication::translate("StatisticsFigures", "Probationary members"), 2,
          m.probationary);
    share(QStringLiteral("female"), QCoreApplication::translate("StatisticsFigures", "Women"), 1, m.female);
    share(QStringLiteral("ethnic_minority"), QCoreApplication::translate("StatisticsFigures", "Ethnic minorities"), 1,
          m.ethnicMinority);
    share(QStringLiteral("aged_35_or_under"), QCoreApplication::translate("StatisticsFigures", "Aged 35 or under"), 1,
          m.aged35OrUnder);
    b.average(QStringLiteral("members.average_age"), QCoreApplication::translate("StatisticsFigures", "Average age"), 1,
              m.age);

    static const char* const bandKeys[] = {"30_or_under", "31_35", "36_40", "41_45",      "46_50",  "51_55",
                                           "56_60",       "61_65", "66_70", "71_or_over", "unknown"};
    const QString bandLabels[] = {QCoreApplication::translate("StatisticsFigures", "30 or under"),
                                  QCoreApplication::translate("StatisticsFigures", "31 to 35"),
                                  QCoreApplication::translate("StatisticsFigures", "36 to 40"),
                                  QCoreApplication::translate("StatisticsFigures", "41 to 45"),
                                  QCoreApplication::translate("StatisticsFigures", "46 to 50"),
                                  QCoreApplication::translate("StatisticsFigures", "51 to 55"),
                                  QCoreApplication::translate("StatisticsFigures", "56 to 60"),
                                  QCoreApplication::translate("StatisticsFigures", "61 to 65"),
                                  QCoreApplication::translate("StatisticsFigures", "66 to 70"),
                                  QCoreApplication::translate("StatisticsFigures", "71 or over"),
                                  QCoreApplication::translate("StatisticsFigures", "Unknown")};
    b.heading(QStringLiteral("members.age_bands"), QCoreApplication::translate("StatisticsFigures", "Age"), 1);
    for (int i = 0; i < Statistics::AgeBandCount; ++i) {
        share(QStringLiteral("age_bands.") + QLatin1String(bandKeys[i]), bandLabels[i], 2, m.ageBands[size_t(i)]);
    }

    static const char* const joinedKeys[] = {"before_1949_10", "1949_10_to_1978_12", "1979_01_to_2012_10", "2012_11_on",
                                             "unknown"};
    const QString joinedLabels[] = {QCoreApplication::translate("StatisticsFigures", "Before October 1949"),
                                    QCoreApplication::translate("StatisticsFigures", "October 1949 to December 1978"),
                                    QCoreApplication::translate("StatisticsFigures", "January 1979 to October 2012"),
                                    QCoreApplication::translate("StatisticsFigures", "November 2012 on"),
                                    QCoreApplication::translate("StatisticsFigures", "Unknown")};
    b.heading(QStringLiteral("members.joined_period"),
              QCoreApplication::translate("StatisticsFigures", "Joined the party"), 1);
    for (int i = 0; i < Statistics::JoinedPeriodCount; ++i) {
        share(QStringLiteral("joined_period.") + QLatin1String(joinedKeys[i]), joinedLabels[i], 2,
              m.joinedPeriod[size_t(i)]);
    }

    b.heading(QStringLiteral("members.education"), QCoreApplication::translate("StatisticsFigures", "Education"), 1);
    for (int code = 1; code <= Statistics::EducationCount; ++code) {
        const int c = code % Statistics::EducationCount;
        share(QStringLiteral("education.") + categoryKey(Vocabulary::educations(), c),
              categoryLabel(Vocabulary::educations(), c), 2, m.education[size_t(c)]);
    }
    share(QStringLiteral("college_or_above"),
          QCoreApplication::translate("StatisticsFigures", "College education or above"), 1, m.collegeOrAbove);

    b.heading(QStringLiteral("members.occupation"), QCoreApplication::translate("StatisticsFigures", "Occupation"), 1);
    for (int code = 1; code <= Statistics::OccupationCount; ++code) {
        const int c = code % Statistics::OccupationCount;
        share(QStringLiteral("occupation.") + categoryKey(Vocabulary::occupations(), c),
              categoryLabel(Vocabulary::occupations(), c), 2, m.occupation[size_t(c)]);
    }
    share(QStringLiteral("mobile"), QCoreApplication::translate("StatisticsFigures", "Mobile members"), 1, m.mobile);
    share(QStringLiteral("lost_contact"), QCoreApplication::translate("StatisticsFigures", "Lost contact"), 1,
          m.lostContact);
    b.heading(QStringLiteral("members.party_workers"),
              QCoreApplication::translate("StatisticsFigures", "Party workers"), 1);
    share(QStringLiteral("party_workers.full_time"), QCoreApplication::translate("StatisticsFigures", "Full-time"), 2,
          m.partyWorkersFullTime);
    share(QStringLiteral("party_workers.part_time"), QCoreApplication::translate("StatisticsFigures", "Part-time"), 2,
          m.partyWorkersPartTime);
}

void changes(Builder& b, const Statistics::Changes& c)
{
    b.heading(QStringLiteral("changes"), QCoreApplication::translate("StatisticsFigures", "Changes in the period"), 0);
    // Not a contract key: JSON and CSV keep to the contract, the listings show it.
    b.count(QStringLiteral("changes.opening_total"),
            QCoreApplication::translate("StatisticsFigures", "On the roll at the start of the period"), 1,
            c.openingTotal);
    b.notInContract();
    b.heading(QStringLiteral("changes.increase"), QCoreApplication::translate("StatisticsFigures", "Increase"), 1);
    b.count(QStringLiteral("changes.increase.admitted"), QCoreApplication::translate("StatisticsFigures", "Admitted"),
            2, c.admitted);
    b.count(QStringLiteral("changes.increase.transferred_in"),
            QCoreApplication::translate("StatisticsFigures", "Transferred in"), 2, c.transferredIn);
    b.count(QStringLiteral("changes.increase.restored"), QCoreApplication::translate("StatisticsFigures", "Restored"),
            2, c.restored);
    b.count(QStringLiteral("changes.increase.total"),
            QCoreApplication::translate("StatisticsFigures", "Total increase"), 2, c.increaseTotal());
    b.heading(QStringLiteral("changes.decrease"), QCoreApplication::translate("StatisticsFigures", "Decrease"), 1);
    b.count(QStringLiteral("changes.decrease.died"), QCoreApplication::translate("StatisticsFigures", "Died"), 2,
            c.died);
    b.count(QStringLiteral("changes.decrease.expelled"), QCoreApplication::translate("StatisticsFigures", "Expelled"),
            2, c.expelled);
    b.count(QStringLiteral("changes.decrease.removed"), QCoreApplication::translate("StatisticsFigures", "Removed"), 2,
            c.removed);
    b.count(QStringLiteral("changes.decrease.withdrew"), QCoreApplication::translate("StatisticsFigures", "Withdrew"),
            2, c.withdrew);
    b.count(QStringLiteral("changes.decrease.suspended"), QCoreApplication::translate("StatisticsFigures", "Suspended"),
            2, c.suspended);
    b.count(QStringLiteral("changes.decrease.transferred_out"),
            QCoreApplication::translate("StatisticsFigures", "Transferred out"), 2, c.transferredOut);
    b.count(QStringLiteral("changes.decrease.probation_cancelled"),
            QCoreApplication::translate("StatisticsFigures", "Probation cancelled"), 2, c.probationCancelled);
    b.count(QStringLiteral("changes.decrease.total"),
            QCoreApplication::translate("StatisticsFigures", "Total decrease"), 2, c.decreaseTotal());
}

void development(Builder& b, const Statistics::Development& d)
{
    const QString a = QStringLiteral("development.admitted");
    auto ofAdmitted = [&](const char* key, const QString& label, qint64 value) {
        b.count(QStringLiteral("development.") + QLatin1String(key), label, 2, value, Ratio::Share, d.admitted, a);
    };
    b.heading(QStringLiteral("development"),
              QCoreApplication::translate("StatisticsFigures", "Development of new members"), 0);
    b.count(QStringLiteral("development.applicants_received"),
            QCoreApplication::translate("StatisticsFigures", "Applications received"), 1, d.applicantsReceived);
    b.count(QStringLiteral("development.activists_designated"),
            QCoreApplication::translate("StatisticsFigures", "Activists designated"), 1, d.activistsDesignated);
    b.count(QStringLiteral("development.activists_at_end"),
            QCoreApplication::translate("StatisticsFigures", "Activists at the end of the period"), 1,
            d.activistsAtEnd);
    b.count(QStringLiteral("development.targets_at_end"),
            QCoreApplication::translate("StatisticsFigures", "Development targets at the end of the period"), 1,
            d.targetsAtEnd);
    b.count(a, QCoreApplication::translate("StatisticsFigures", "Admitted as probationary members"), 1, d.admitted);
    ofAdmitted("female", QCoreApplication::translate("StatisticsFigures", "Women"), d.female);
    ofAdmitted("ethnic_minority", QCoreApplication::translate("StatisticsFigures", "Ethnic minorities"),
               d.ethnicMinority);
    ofAdmitted("aged_35_or_under", QCoreApplication::translate("StatisticsFigures", "Aged 35 or under on admission"),
               d.aged35OrUnder);
    ofAdmitted("college_or_above", QCoreApplication::translate("StatisticsFigures", "College education or above"),
               d.collegeOrAbove);
    ofAdmitted("advanced", QCoreApplication::translate("StatisticsFigures", "Advanced (holding an honour)"),
               d.advanced);
    b.count(QStringLiteral("development.converted_to_full"),
            QCoreApplication::translate("StatisticsFigures", "Converted to full members"), 1, d.convertedToFull);
    b.count(QStringLiteral("development.probation_extended"),
            QCoreApplication::translate("StatisticsFigures", "Probation extended"), 1, d.probationExtended);
}

void elections(Builder& b, const Statistics::Elections& e)
{
    b.heading(QStringLiteral("elections"), QCoreApplication::translate("StatisticsFigures", "Elections"), 0);
    b.count(QStringLiteral("elections.held"), QCoreApplication::translate("StatisticsFigures", "Elections held"), 1,
            e.held);
    b.count(QStringLiteral("elections.organizations_elected"),
            QCoreApplication::translate("StatisticsFigures", "Organizations that held elections"), 1,
            e.organizationsElected);
    b.count(QStringLiteral("elections.invalid"),
            QCoreApplication::translate("StatisticsFigures", "Elections failing a rule"), 1, e.invalid, Ratio::Share,
            e.held, QStringLiteral("elections.held"));
    b.count(QStringLiteral("elections.due_not_held"),
            QCoreApplication::translate("StatisticsFigures", "Term expired, no election since"), 1, e.dueNotHeld);
}

void review(Builder& b, const Statistics::Review& r)
{
    const QString p = QStringLiteral("review.participated");
    b.heading(QStringLiteral("review"),
              QCoreApplication::translate("StatisticsFigures", "Democratic review of members"), 0);
    b.count(QStringLiteral("review.eligible"),
            QCoreApplication::translate("StatisticsFigures", "Members to be reviewed"), 1, r.eligible);
    b.count(QStringLiteral("review.exempt"), QCoreApplication::translate("StatisticsFigures", "Exempt"), 1, r.exempt);
    b.count(p, QCoreApplication::translate("StatisticsFigures", "Took part (participation rate)"), 1, r.participated,
            Ratio::Rate, r.eligible, QStringLiteral("review.eligible"));
    b.count(QStringLiteral("review.excellent"), QCoreApplication::translate("StatisticsFigures", "Excellent"), 2,
            r.excellent, Ratio::Share, r.participated, p);
    b.count(QStringLiteral("review.qualified"), QCoreApplication::translate("StatisticsFigures", "Qualified"), 2,
            r.qualified, Ratio::Share, r.participated, p);
    b.count(QStringLiteral("review.basically_qualified"),
            QCoreApplication::translate("StatisticsFigures", "Basically qualified"), 2, r.basicallyQualified,
            Ratio::Share, r.participated, p);
    b.count(QStringLiteral("review.unqualified"), QCoreApplication::translate("StatisticsFigures", "Unqualified"), 2,
            r.unqualified, Ratio::Share, r.participated, p);
    b.count(QStringLiteral("review.handled"),
            QCoreApplication::translate("StatisticsFigures", "Unqualified members handled"), 2, r.handled, Ratio::Share,
            r.unqualified, QStringLiteral("review.unqualified"));
}

} // namespace

QString StatisticsFigures::Figure::ratioText() const
{
    switch (ratio) {
    case Ratio::Share:
        return Statistics::shareText(value, base);
    case Ratio::Rate:
        return Statistics::rateText(value, base);
    case Ratio::None:
        break;
    }
    return {};
}

QString StatisticsFigures::Figure::valueText() const
{
    if (heading) {
        return {};
    }
    return average ? Statistics::decimalText(value, count, 1) : QString::number(value);
}

QList<StatisticsFigures::Figure> StatisticsFigures::of(const Statistics& statistics)
{
    QList<Figure> figures;
    Builder b(figures);
    organizations(b, statistics.organizations);
    members(b, statistics.members);
    changes(b, statistics.changes);
    development(b, statistics.development);
    elections(b, statistics.elections);
    review(b, statistics.review);
    return figures;
}
