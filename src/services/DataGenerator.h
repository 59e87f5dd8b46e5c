#pragma once

#include "core/Result.h"
#include "core/UserContext.h"

#include <QDate>

#include <functional>

class Database;

// What `generate` is asked for.
struct GeneratorOptions
{
    qint64 members = 2000;
    int orgs = 0;   // 0 = about members / 20
    int years = 10; // years of history before `today`
    quint64 seed = 1;
    QDate today; // reference date: history runs up to it (null = Clock::today())
    // Called about every 10,000 members with the fraction done; returning false cancels
    // (then nothing is written).
    std::function<bool(double fraction)> progress;
};

// What was written.
struct GeneratorSummary
{
    int organizations = 0;
    qint64 members = 0;
    qint64 events = 0; // membership events
    int orgEvents = 0;
    int posts = 0;
    int applicants = 0; // the development pipeline of today
    int elections = 0;  // term elections and by-elections
    int reviews = 0;    // democratic review campaigns (an organization's review of a year)
    qint64 reviewResults = 0;
};

// Fills an empty database with realistic synthetic data: a tree of party organizations with
// its dated history (re-affiliations, renamings, dissolutions), members with valid citizen ID
// numbers and plausible personal data, their membership history over the last years, the term
// elections of the grassroots organizations and the posts they gave, the development pipeline
// of today and the annual democratic reviews. The same seed gives byte-identical data. Every
// history it writes passes MemberTimeline and OrgHistory; everything is written in one
// transaction.
class DataGenerator
{
public:
    explicit DataGenerator(Database& db);

    Result<GeneratorSummary> generate(const UserContext& user, const GeneratorOptions& options);

private:
    Database& m_db;
};
