#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

#include <array>

// The annual roster statistics of one organization subtree (or the whole database) for one
// period, as of one date: every figure of the statistics.md contract. Computed once by
// StatisticsService; the CLI, the printed report, the XLSX export and the GUI only lay it out.
// Counts are exact integers; averages keep their sum and base so that every front end rounds
// the same way (see percentText / decimalText).
struct Statistics
{
    // --- Categories without their own enumeration ------------------------------------------
    enum AgeBand : int {
        Age30OrUnder = 0,
        Age31To35,
        Age36To40,
        Age41To45,
        Age46To50,
        Age51To55,
        Age56To60,
        Age61To65,
        Age66To70,
        Age71OrOver,
        AgeUnknown,
        AgeBandCount
    };
    // When a member joined the party (入党时间 of the statistics forms).
    enum JoinedPeriod : int {
        JoinedBefore1949_10 = 0,
        Joined1949_10To1978_12,
        Joined1979_01To2012_10,
        Joined2012_11On,
        JoinedUnknown,
        JoinedPeriodCount
    };
    static constexpr int UnitCategoryCount = int(UnitCategory::Other) + 1;         // index = stored code
    static constexpr int EducationCount = int(Education::MiddleSchoolOrBelow) + 1; // index 0 = unknown
    static constexpr int OccupationCount = int(Occupation::Other) + 1;             // index 0 = unknown
    static constexpr int YoungAge = 35;                                            // "35 and under"

    // An average kept as its exact sum and base.
    struct Mean
    {
        qint64 sum = 0;
        qint64 count = 0;
        void add(qint64 value)
        {
            sum += value;
            ++count;
        }
        double value() const { return count == 0 ? 0.0 : double(sum) / double(count); }
    };

    // People holding one kind of post (a person counted once).
    struct PostHolders
    {
        qint64 count = 0;
        qint64 concurrentAdminHead = 0; // secretaries only: 一肩挑
        qint64 collegeOrAbove = 0;
        Mean age; // ages on the as-of date of the holders whose birth date is known
    };

    struct Organizations
    {
        qint64 grassroots = 0; // committees + general branches + branches
        qint64 committees = 0;
        qint64 generalBranches = 0;
        qint64 branches = 0;
        qint64 groups = 0;
        qint64 temporary = 0; // temporary grassroots organizations, also counted in their type
        std::array<qint64, UnitCategoryCount> byUnitCategory{}; // grassroots only; [0] = unknown
        qint64 branchesWithCommittee = 0;
        PostHolders secretaries;
        PostHolders deputySecretaries;
        PostHolders leaders; // secretaries and deputy secretaries
    };

    struct Members
    {
        qint64 total = 0;
        qint64 full = 0;
        qint64 probationary = 0;
        qint64 female = 0;
        qint64 ethnicMinority = 0;
        qint64 aged35OrUnder = 0;
        Mean age;
        std::array<qint64, AgeBandCount> ageBands{};
        std::array<qint64, JoinedPeriodCount> joinedPeriod{};
        std::array<qint64, EducationCount> education{}; // [0] = unknown
        qint64 collegeOrAbove = 0;
        std::array<qint64, OccupationCount> occupation{}; // [0] = unknown
        qint64 mobile = 0;
        qint64 lostContact = 0;
        qint64 partyWorkersFullTime = 0;
        qint64 partyWorkersPartTime = 0;
    };

    struct Changes
    {
        // On the roll of the same organizations the day before the period starts: with
        // consistent records, opening + increase - decrease = members.total.
        qint64 openingTotal = 0;
        qint64 admitted = 0;
        qint64 transferredIn = 0;
        qint64 restored = 0;
        qint64 died = 0;
        qint64 expelled = 0;
        qint64 removed = 0;
        qint64 withdrew = 0;
        qint64 suspended = 0;
        qint64 transferredOut = 0;
        qint64 probationCancelled = 0;
        qint64 increaseTotal() const { return admitted + transferredIn + restored; }
        qint64 decreaseTotal() const
        {
            return died + expelled + removed + withdrew + suspended + transferredOut + probationCancelled;
        }
    };

    struct Development
    {
        qint64 applicantsReceived = 0;
        qint64 activistsDesignated = 0;
        qint64 activistsAtEnd = 0;
        qint64 targetsAtEnd = 0;
        qint64 admitted = 0;
        qint64 female = 0;
        qint64 ethnicMinority = 0;
        qint64 aged35OrUnder = 0; // age on the admission date
        qint64 collegeOrAbove = 0;
        qint64 advanced = 0; // holds an honour (先进)
        qint64 convertedToFull = 0;
        qint64 probationExtended = 0;
    };

    struct Elections
    {
        qint64 held = 0;
        qint64 organizationsElected = 0;
        qint64 invalid = 0;
        qint64 dueNotHeld = 0;
    };

    struct Review
    {
        qint64 eligible = 0;
        qint64 exempt = 0;
        qint64 participated = 0;
        qint64 excellent = 0;
        qint64 qualified = 0;
        qint64 basicallyQualified = 0;
        qint64 unqualified = 0;
        qint64 handled = 0;
    };

    // The roll of one period in a series (the check's audit, the GUI's ten-year chart).
    struct RollBalance
    {
        QDate from;
        QDate to;
        qint64 opening = 0;  // on the roll the day before `from`
        qint64 increase = 0; // changes.increase.total
        qint64 decrease = 0; // changes.decrease.total
        qint64 closing = 0;  // members.total on `to`
    };

    // Scope and time.
    QString orgCode; // empty = the whole database
    QString orgName; // as of the as-of date; empty for the whole database
    QDate asOf;
    QDate from;
    QDate to;

    Organizations organizations;
    Members members;
    Changes changes;
    Development development;
    Elections elections;
    Review review;

    // --- Domain rules shared by every front end ----------------------------------------------
    static AgeBand ageBandOf(int age);
    static JoinedPeriod joinedPeriodOf(const QDate& admittedOn);
    // The same for a date written as the integer YYYYMMDD (0 = unknown), for hot loops.
    static JoinedPeriod joinedPeriodOf(int admittedOnYmd);

    // part / base as a percentage with `decimals` decimals, rounded half away from zero on the
    // exact ratio: percentText(1, 8, 1) = "12.5%", percentText(2, 3, 1) = "66.7%". An empty
    // base gives "-".
    static QString percentText(qint64 part, qint64 base, int decimals);
    // Shares (占比) print with one decimal, rates (率) with two (statistics.md).
    static QString shareText(qint64 part, qint64 base) { return percentText(part, base, 1); }
    static QString rateText(qint64 part, qint64 base) { return percentText(part, base, 2); }
    // sum / count with `decimals` decimals, half away from zero (average age: one decimal).
    static QString decimalText(qint64 sum, qint64 count, int decimals);
};
