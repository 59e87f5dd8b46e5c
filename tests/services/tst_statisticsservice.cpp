#include "TempDatabase.h"
#include "core/Language.h"
#include "services/ElectionService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"
#include "services/StatisticsService.h"
#include "services/statistics/StatisticsFigures.h"
#include "services/statistics/StatisticsJson.h"
#include "services/statistics/StatisticsText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <type_traits>

// The statistics of hand-built rosters, figure by figure. The main roster (see Roster below)
// covers: members who left during the year in every way, a move inside the subtree and one
// across its edge, a branch re-affiliated into the subtree during the year, a temporary branch
// dissolved during the year, ages of exactly 35 and 36 on the reference date, posts held twice by
// one person, ended posts and a post in a dissolved organization.
class TestStatisticsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyKeyOfTheContract();
    void wholeDatabase();
    void transferInsideVersusAcrossTheEdge();
    void reaffiliatedBeforeAndAfterItsDate();
    void dissolvedOrganization();
    void leapDayBirthday();
    void roundingBoundaries();
    void textListing();
    void balancesOfYears();
    void electionsFromTheRecords();
    void refusals();

private:
    Statistics stats(const QString& code, const StatisticsRequest& request);
    std::unique_ptr<TempDatabase> m_temp;
    QStringList m_readingsDiffer; // figures that depend on how the engine read the records
    UserContext m_user = UserContext::localUser();
};

namespace {

// A valid citizen ID number (GB 11643-1999) for a birth date; odd 17th digit for men.
QString idNumber(const QDate& birth, int sequence, bool female)
{
    QString body = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                   QStringLiteral("%1").arg(sequence % 100, 2, 10, QLatin1Char('0')) + QString::number(female ? 2 : 1);
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (body.at(i).unicode() - u'0') * weights[i];
    }
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

// A member's personal fields, set by chained calls: Person(name, birth, female).bachelor() ...
struct Person
{
    Person(QString n, const QDate& b, bool f = false)
        : name(std::move(n))
        , birth(b)
        , female(f)
    {
    }
    Person& of(const QString& group)
    {
        ethnicity = group;
        return *this;
    }
    Person& with(Education e, Occupation o)
    {
        education = e;
        occupation = o;
        return *this;
    }
    Person& honoured(const QString& h)
    {
        honours = h;
        return *this;
    }
    Person& worker(PartyWorker w)
    {
        partyWorker = w;
        return *this;
    }
    Person& isMobile()
    {
        mobile = true;
        return *this;
    }
    Person& lostSince(const QDate& d)
    {
        lostContactSince = d;
        return *this;
    }

    QString name;
    QDate birth;
    bool female = false;
    QString ethnicity = QStringLiteral("汉族");
    Education education = Education::Bachelor;
    Occupation occupation = Occupation::Worker;
    QString honours;
    PartyWorker partyWorker = PartyWorker::None;
    bool mobile = false;
    QDate lostContactSince; // valid = lost contact since then
};

// Builds organizations, members, events and posts through the services, by organization code.
// Every refusal is collected in errors() (a test helper cannot QVERIFY for its caller).
class Roster
{
public:
    explicit Roster(Database& db)
        : m_orgs(db)
        , m_members(db)
        , m_posts(db)
    {
    }

    void org(const QString& code, OrgType type, const QString& parent, UnitCategory unit, const QDate& established,
             bool temporary = false)
    {
        Organization o;
        o.code = code;
        o.name = code + QStringLiteral("党组织");
        o.type = type;
        o.parentId = m_ids.value(parent);
        o.unitCategory = unit;
        o.establishedOn = established;
        o.temporary = temporary;
        m_ids.insert(code, check(m_orgs.create(m_user, o), code));
    }

    void orgEvent(const QString& code, OrgEventKind kind, const QDate& date, const QString& parent = {})
    {
        check(m_orgs.recordEvent(m_user, OrgEvent{0, m_ids.value(code), date, kind, m_ids.value(parent), {}}),
              code + QStringLiteral(" event"));
    }

    qint64 member(const Person& p, const QDate& admitted, const QString& org, const QDate& full = {})
    {
        Member m;
        m.name = p.name;
        m.idNumber = idNumber(p.birth, ++m_sequence, p.female);
        m.ethnicity = p.ethnicity;
        m.education = p.education;
        m.occupation = p.occupation;
        m.honours = p.honours;
        m.partyWorker = p.partyWorker;
        m.mobile = p.mobile;
        m.lostContact = p.lostContactSince.isValid();
        m.lostContactSince = p.lostContactSince;
        return check(m_members.admit(m_user, m, admitted, m_ids.value(org), full), p.name);
    }

    void event(qint64 member, const QDate& date, EventKind kind, const QString& org = {})
    {
        check(m_members.recordEvent(m_user, MembershipEvent{0, member, date, kind, m_ids.value(org), {}}),
              QStringLiteral("event %1 of %2").arg(int(kind)).arg(member));
    }

    void post(const QString& org, qint64 member, PostKind kind, const QDate& from, const QDate& to = {},
              bool concurrentAdminHead = false)
    {
        check(m_posts.assign(m_user, Post{0, m_ids.value(org), member, kind, from, to, concurrentAdminHead}),
              QStringLiteral("post in ") + org);
    }

    qint64 id(const QString& code) const { return m_ids.value(code); }
    const QStringList& errors() const { return m_errors; }

private:
    template <typename T> qint64 check(const Result<T>& result, const QString& what)
    {
        if (!result.ok()) {
            m_errors << what + QStringLiteral(": ") + result.error().message();
            return 0;
        }
        if constexpr (std::is_same_v<T, qint64>) {
            return *result;
        } else {
            return 0;
        }
    }

    UserContext m_user = UserContext::localUser();
    OrganizationService m_orgs;
    MemberService m_members;
    PostService m_posts;
    QHash<QString, qint64> m_ids;
    int m_sequence = 0;
    QStringList m_errors;
};

// The main roster. Expected figures for COM in 2024 are worked out in everyKeyOfTheContract().
QStringList buildMainRoster(Database& db)
{
    Roster r(db);
    using T = OrgType;
    using U = UnitCategory;
    const QDate y2000(2000, 1, 1);
    r.org(QStringLiteral("CITY"), T::HigherCommittee, {}, U::Organ, QDate(1990, 1, 1));
    r.org(QStringLiteral("COM"), T::Committee, QStringLiteral("CITY"), U::Organ, QDate(1995, 1, 1));
    r.org(QStringLiteral("OUT"), T::Committee, QStringLiteral("CITY"), U::Other, QDate(1995, 1, 1));
    r.org(QStringLiteral("GB"), T::GeneralBranch, QStringLiteral("COM"), U::PublicInstitution, y2000);
    r.org(QStringLiteral("BR1"), T::Branch, QStringLiteral("GB"), U::Organ, y2000);
    r.org(QStringLiteral("BR2"), T::Branch, QStringLiteral("GB"), U::Village, y2000);
    r.org(QStringLiteral("BR3"), T::Branch, QStringLiteral("COM"), U::Community, y2000);
    r.org(QStringLiteral("GRP"), T::Group, QStringLiteral("BR1"), U::Organ, QDate(2010, 1, 1));
    r.org(QStringLiteral("TMP"), T::Branch, QStringLiteral("COM"), U::Organ, QDate(2024, 3, 1), true);
    r.org(QStringLiteral("BR4"), T::Branch, QStringLiteral("OUT"), U::StateEnterprise, y2000);
    r.org(QStringLiteral("BR5"), T::Branch, QStringLiteral("OUT"), U::NonPublicEnterprise, y2000);
    r.orgEvent(QStringLiteral("BR4"), OrgEventKind::Reaffiliated, QDate(2024, 7, 1), QStringLiteral("COM"));

    using E = Education;
    using O = Occupation;
    using K = EventKind;
    const QString hui = QStringLiteral("回族");
    const qint64 m1 = r.member(Person(QStringLiteral("甲"), QDate(1988, 12, 31), true)
                                   .with(E::Bachelor, O::Worker)
                                   .worker(PartyWorker::PartTime),
                               QDate(2010, 6, 1), QStringLiteral("BR1"), QDate(2011, 6, 1));
    const qint64 m2 = r.member(Person(QStringLiteral("乙"), QDate(1975, 3, 3)).of(hui).with(E::HighSchool, O::Farmer),
                               QDate(2008, 1, 1), QStringLiteral("BR1"), QDate(2009, 1, 1));
    r.event(m2, QDate(2024, 5, 1), K::Died);
    const qint64 m3 = r.member(Person(QStringLiteral("丙"), QDate(1980, 1, 1))
                                   .of(hui)
                                   .with(E::Postgraduate, O::CivilServant)
                                   .worker(PartyWorker::FullTime)
                                   .isMobile(),
                               QDate(2005, 1, 1), QStringLiteral("BR2"), QDate(2006, 1, 1));
    r.event(m3, QDate(2024, 3, 1), K::Moved, QStringLiteral("BR3"));
    const qint64 m4 = r.member(Person(QStringLiteral("丁"), QDate(1975, 5, 5), true)
                                   .of(QStringLiteral("壮族"))
                                   .with(E::JuniorCollege, O::Professional)
                                   .isMobile(),
                               QDate(2000, 7, 1), QStringLiteral("BR1"), QDate(2001, 7, 1));
    r.event(m4, QDate(2024, 4, 1), K::TransferredOut, QStringLiteral("BR1"));
    const qint64 m5 = r.member(Person(QStringLiteral("戊"), QDate(1970, 1, 1)).with(E::Bachelor, O::Manager),
                               QDate(1999, 1, 1), QStringLiteral("BR5"), QDate(2000, 1, 1));
    r.event(m5, QDate(2024, 8, 1), K::Moved, QStringLiteral("BR1"));
    r.member(Person(QStringLiteral("己"), QDate(2000, 3, 3), true)
                 .with(E::Bachelor, O::Student)
                 .honoured(QStringLiteral("优秀学生干部")),
             QDate(2024, 6, 1), QStringLiteral("BR3"));
    r.member(Person(QStringLiteral("庚"), QDate(1925, 1, 1)).with(E::MiddleSchoolOrBelow, O::Retired),
             QDate(1948, 5, 1), QStringLiteral("BR3"), QDate(1949, 5, 1));
    const qint64 m8 = r.member(Person(QStringLiteral("辛"), QDate(1995, 1, 1)).with(E::JuniorCollege, O::Farmer),
                               QDate(2023, 9, 1), QStringLiteral("BR1"));
    r.event(m8, QDate(2024, 9, 1), K::ProbationExtended);
    const qint64 m9 = r.member(Person(QStringLiteral("壬"), QDate(1998, 7, 7), true)
                                   .with(E::SecondaryVocational, O::Professional)
                                   .lostSince(QDate(2025, 1, 5)),
                               QDate(2023, 3, 1), QStringLiteral("BR2"));
    r.event(m9, QDate(2024, 3, 1), K::ConvertedFull);
    const qint64 m10 = r.member(Person(QStringLiteral("癸"), QDate(1989, 1, 1)).with(E::Bachelor, O::Manager),
                                QDate(2010, 1, 1), QStringLiteral("BR1"), QDate(2011, 1, 1));
    r.event(m10, QDate(2024, 3, 1), K::Moved, QStringLiteral("TMP"));
    r.event(m10, QDate(2024, 8, 31), K::Moved, QStringLiteral("BR1"));
    r.orgEvent(QStringLiteral("TMP"), OrgEventKind::Dissolved, QDate(2024, 9, 1));
    const qint64 m11 = r.member(Person(QStringLiteral("子"), QDate(1955, 10, 10), true)
                                    .of(QStringLiteral("藏族"))
                                    .with(E::HighSchool, O::Retired),
                                QDate(1978, 12, 31), QStringLiteral("BR4"), QDate(1979, 12, 31));
    const qint64 m12 = r.member(
        Person(QStringLiteral("丑"), QDate(1966, 6, 6)).with(E::HighSchool, O::Other).lostSince(QDate(2024, 6, 1)),
        QDate(1990, 1, 1), QStringLiteral("BR2"), QDate(1991, 1, 1));
    r.event(m12, QDate(2024, 2, 1), K::Suspended);
    r.event(m12, QDate(2024, 10, 1), K::Restored, QStringLiteral("BR2"));
    const qint64 m13 =
        r.member(Person(QStringLiteral("寅"), QDate(1990, 2, 2)), QDate(2023, 10, 1), QStringLiteral("BR3"));
    r.event(m13, QDate(2024, 10, 15), K::ProbationCancelled);
    const qint64 m14 = r.member(Person(QStringLiteral("卯"), QDate(1980, 2, 2)), QDate(2005, 2, 2),
                                QStringLiteral("BR3"), QDate(2006, 2, 2));
    r.event(m14, QDate(2024, 11, 1), K::Expelled);
    const qint64 m15 = r.member(Person(QStringLiteral("辰"), QDate(1981, 2, 2)), QDate(2005, 2, 2),
                                QStringLiteral("BR3"), QDate(2006, 2, 2));
    r.event(m15, QDate(2024, 11, 2), K::Removed);
    const qint64 m16 = r.member(Person(QStringLiteral("巳"), QDate(1982, 2, 2)), QDate(2005, 2, 2),
                                QStringLiteral("BR3"), QDate(2006, 2, 2));
    r.event(m16, QDate(2024, 11, 3), K::Withdrew);
    // Admitted and converted outside this database, transferred in during the year; ethnic group,
    // education and occupation unknown.
    const qint64 m17 =
        r.member(Person(QStringLiteral("午"), QDate(1990, 9, 9), true).of(QString()).with(E::Unknown, O::Unknown),
                 QDate(2012, 12, 12), QString(), QDate(2013, 12, 12));
    r.event(m17, QDate(2024, 2, 2), K::TransferredIn, QStringLiteral("BR2"));
    const qint64 m18 = r.member(Person(QStringLiteral("未"), QDate(1985, 5, 5)).with(E::Bachelor, O::Manager),
                                QDate(2009, 9, 9), QStringLiteral("BR5"), QDate(2010, 9, 9));

    using P = PostKind;
    r.post(QStringLiteral("BR1"), m1, P::Secretary, QDate(2018, 1, 1));
    r.post(QStringLiteral("GB"), m1, P::Secretary, QDate(2019, 1, 1), {}, true);
    r.post(QStringLiteral("BR3"), m3, P::Secretary, QDate(2020, 1, 1));
    r.post(QStringLiteral("COM"), m3, P::DeputySecretary, QDate(2021, 1, 1));
    r.post(QStringLiteral("GB"), m5, P::DeputySecretary, QDate(2024, 9, 1));
    r.post(QStringLiteral("BR2"), m2, P::Secretary, QDate(2015, 1, 1), QDate(2024, 5, 1));
    r.post(QStringLiteral("BR2"), m9, P::OrganizationMember, QDate(2024, 4, 1));
    r.post(QStringLiteral("BR1"), m10, P::CommitteeMember, QDate(2022, 1, 1), QDate(2023, 1, 1));
    r.post(QStringLiteral("BR4"), m11, P::Secretary, QDate(2016, 1, 1), {}, true);
    r.post(QStringLiteral("BR5"), m18, P::Secretary, QDate(2015, 1, 1));
    r.post(QStringLiteral("TMP"), m10, P::Secretary, QDate(2024, 3, 1), QDate(2024, 9, 1));
    return r.errors();
}

// "members.age_bands.30_or_under=3" lines of a JSON object, sorted.
void flatten(const QJsonValue& value, const QString& path, QStringList& lines)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), lines);
        }
        return;
    }
    QString text;
    if (value.isNull()) {
        text = QStringLiteral("null");
    } else if (value.isString()) {
        text = u'"' + value.toString() + u'"';
    } else {
        text = QString::number(value.toDouble(), 'g', 17);
    }
    lines << path + u'=' + text;
}

QStringList flattened(const QJsonObject& object)
{
    QStringList lines;
    flatten(object, {}, lines);
    lines.sort();
    return lines;
}

} // namespace

void TestStatisticsService::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestStatisticsService::init()
{
    m_temp = std::make_unique<TempDatabase>();
}

void TestStatisticsService::cleanup()
{
    m_temp.reset();
    QVERIFY2(m_readingsDiffer.isEmpty(), qPrintable(m_readingsDiffer.join(u'\n')));
    m_readingsDiffer.clear();
}

Statistics TestStatisticsService::stats(const QString& code, const StatisticsRequest& request)
{
    StatisticsService service(m_temp->db());
    StatisticsRequest r = request;
    if (!code.isEmpty()) {
        const auto id = service.organizationId(m_user, code);
        if (!id.ok()) {
            qWarning("%s", qPrintable(id.error().message()));
            return {};
        }
        r.rootId = *id;
    }
    const auto computed = service.compute(m_user, r);
    if (!computed.ok()) {
        qWarning("%s", qPrintable(computed.error().message()));
        return {};
    }
    // The same figures whichever way the records are read: in one pass over every event row (here
    // split between three threads), or through the roll index member by member (these small
    // rosters would always be read in one pass on one thread otherwise).
    auto figures = [](const Statistics& s) {
        QStringList lines;
        for (const StatisticsFigures::Figure& f : StatisticsFigures::of(s)) {
            lines << QStringLiteral("%1=%2/%3").arg(f.key).arg(f.value).arg(f.count);
        }
        return lines;
    };
    const QStringList expected = figures(*computed);
    for (const auto reading : {StatisticsEngine::Reading::OnePass, StatisticsEngine::Reading::ByRollIndex}) {
        StatisticsEngine engine(m_temp->db());
        engine.setReading(reading);
        engine.setThreads(3); // the one-pass reading split in three shares, added up
        const auto other = engine.compute(m_user, r);
        const QStringList got = other.ok() ? figures(*other) : QStringList{other.error().message()};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (got.value(i) != expected.at(i)) {
                m_readingsDiffer << QStringLiteral("%1 on %2, reading %3: %4 instead of %5")
                                        .arg(code, request.asOf.toString(Qt::ISODate))
                                        .arg(int(reading))
                                        .arg(got.value(i), expected.at(i));
            }
        }
    }
    return *computed;
}

void TestStatisticsService::everyKeyOfTheContract()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const Statistics s = stats(QStringLiteral("COM"), StatisticsRequest::forYear(2024));

    // On 2024-12-31 the subtree of COM is COM, GB, BR1, BR2, BR3, BR4 (re-affiliated on
    // 2024-07-01) and the group GRP; TMP was dissolved on 2024-09-01.
    // On the roll: 甲 (36 today), 丙, 戊 (moved in from BR5), 己 (admitted), 庚, 辛 (extended),
    // 壬 (converted), 癸 (35 today, back from TMP), 子 (BR4), 丑 (restored), 午 (transferred in).
    // Ages 36 35 44 54 24 99 29 26 69 58 34: sum 508.
    // Opening on 2023-12-31: 甲 乙 丙 丁 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 = 14; 14 + 4 - 7 = 11.
    // Secretaries on 2024-12-31: 甲 (BR1 and GB, 一肩挑 in GB), 丙 (BR3), 子 (BR4, 一肩挑); 乙's
    // post ended, TMP's ended and BR5 is outside. Deputies: 丙 (COM), 戊 (GB). Leaders: 4 people.
    // No election was ever recorded: the terms of COM, GB, BR1-BR4 have all expired (TMP, a
    // temporary branch, has no elected term and is gone).
    const char* expected = R"({
      "org": {"code": "COM", "name": "COM党组织"},
      "as_of": "2024-12-31", "period": {"from": "2024-01-01", "to": "2024-12-31"},
      "organizations": {
        "grassroots": 6, "committees": 1, "general_branches": 1, "branches": 4, "groups": 1, "temporary": 0,
        "by_unit_category": {"organ": 2, "public_institution": 1, "state_enterprise": 1,
                             "non_public_enterprise": 0, "social_organization": 0, "community": 1, "village": 1,
                             "street": 0, "township": 0, "other": 0, "unknown": 0},
        "branches_with_committee": 1,
        "secretaries": {"count": 3, "concurrent_admin_head": 2, "average_age": 0, "college_or_above": 2},
        "deputy_secretaries": {"count": 2, "average_age": 49, "college_or_above": 2},
        "leaders": {"count": 4, "average_age": 50.75, "college_or_above": 3}
      },
      "members": {
        "total": 11, "full": 9, "probationary": 2, "female": 5, "ethnic_minority": 2,
        "aged_35_or_under": 5, "average_age": 0,
        "age_bands": {"30_or_under": 3, "31_35": 2, "36_40": 1, "41_45": 1, "46_50": 0,
                      "51_55": 1, "56_60": 1, "61_65": 0, "66_70": 1, "71_or_over": 1, "unknown": 0},
        "joined_period": {"before_1949_10": 1, "1949_10_to_1978_12": 1, "1979_01_to_2012_10": 5,
                          "2012_11_on": 4, "unknown": 0},
        "education": {"postgraduate": 1, "bachelor": 4, "junior_college": 1, "secondary_vocational": 1,
                      "high_school": 2, "middle_school_or_below": 1, "unknown": 1},
        "college_or_above": 6,
        "occupation": {"worker": 1, "farmer": 1, "professional": 1, "manager": 2, "civil_servant": 1,
                       "student": 1, "retired": 2, "other": 1, "unknown": 1},
        "mobile": 1, "lost_contact": 1,
        "party_workers": {"full_time": 1, "part_time": 1}
      },
      "changes": {
        "increase": {"admitted": 1, "transferred_in": 2, "restored": 1, "total": 4},
        "decrease": {"died": 1, "expelled": 1, "removed": 1, "withdrew": 1, "suspended": 1,
                     "transferred_out": 1, "probation_cancelled": 1, "total": 7}
      },
      "development": {
        "applicants_received": 0, "activists_designated": 0, "activists_at_end": 0, "targets_at_end": 0,
        "admitted": 1, "female": 1, "ethnic_minority": 0, "aged_35_or_under": 1,
        "college_or_above": 1, "advanced": 1, "converted_to_full": 1, "probation_extended": 1
      },
      "elections": {"held": 0, "organizations_elected": 0, "invalid": 0, "due_not_held": 6},
      "review": {"eligible": 0, "exempt": 0, "participated": 0, "excellent": 0, "qualified": 0,
                 "basically_qualified": 0, "unqualified": 0, "handled": 0}
    })";
    QJsonParseError error;
    QJsonObject want = QJsonDocument::fromJson(QByteArray(expected), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    // Averages are unrounded: 149 / 3 and 508 / 11 are not exact decimals.
    QJsonObject orgs = want.value(QStringLiteral("organizations")).toObject();
    QJsonObject secretaries = orgs.value(QStringLiteral("secretaries")).toObject();
    secretaries.insert(QStringLiteral("average_age"), 149.0 / 3.0);
    orgs.insert(QStringLiteral("secretaries"), secretaries);
    want.insert(QStringLiteral("organizations"), orgs);
    QJsonObject members = want.value(QStringLiteral("members")).toObject();
    members.insert(QStringLiteral("average_age"), 508.0 / 11.0);
    want.insert(QStringLiteral("members"), members);

    const QJsonObject got = StatisticsJson::toJson(s);
    QCOMPARE(flattened(got), flattened(want));
    // The value itself, for the front ends that read it directly.
    QCOMPARE(s.changes.openingTotal, qint64(14));
    QCOMPARE(s.changes.openingTotal + s.changes.increaseTotal() - s.changes.decreaseTotal(), s.members.total);
    QCOMPARE(s.members.age.sum, qint64(508));
    QCOMPARE(s.members.age.count, qint64(11));
}

void TestStatisticsService::wholeDatabase()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const Statistics s = stats({}, StatisticsRequest::forYear(2024));
    QVERIFY(s.orgCode.isEmpty());
    // COM's 11 and 未 in BR5; 戊's move from BR5 to BR1 stays inside the database.
    QCOMPARE(s.members.total, qint64(12));
    QCOMPARE(s.changes.openingTotal, qint64(16));
    QCOMPARE(s.changes.transferredIn, qint64(1));  // 午
    QCOMPARE(s.changes.transferredOut, qint64(1)); // 丁
    QCOMPARE(s.changes.increaseTotal(), qint64(3));
    QCOMPARE(s.changes.decreaseTotal(), qint64(7));
    // CITY (a higher committee) is never counted; COM, OUT, GB and five branches.
    QCOMPARE(s.organizations.grassroots, qint64(8));
    QCOMPARE(s.organizations.committees, qint64(2));
    QCOMPARE(s.organizations.branches, qint64(5));
    QCOMPARE(s.organizations.groups, qint64(1));
    QCOMPARE(s.organizations.secretaries.count, qint64(4)); // and 未 in BR5
    const QJsonObject json = StatisticsJson::toJson(s);
    QVERIFY(json.value(QStringLiteral("org")).toObject().value(QStringLiteral("code")).isNull());
}

void TestStatisticsService::transferInsideVersusAcrossTheEdge()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const auto year = StatisticsRequest::forYear(2024);
    // 戊 moved from BR5 (under OUT) to BR1 (under COM): out of OUT, into COM.
    const Statistics out = stats(QStringLiteral("OUT"), year);
    QCOMPARE(out.changes.transferredOut, qint64(1));
    QCOMPARE(out.changes.transferredIn, qint64(0));
    QCOMPARE(out.changes.openingTotal, qint64(2)); // 戊 and 未; BR4 belongs to COM on the as-of date
    QCOMPARE(out.members.total, qint64(1));
    // 丙 moved from BR2 (under GB) to BR3 (under COM, outside GB): nothing for COM, out of GB,
    // into BR3. 癸 went from BR1 to TMP and back: out of GB and into it again.
    const Statistics com = stats(QStringLiteral("COM"), year);
    QCOMPARE(com.changes.transferredIn, qint64(2));  // 戊 and 午 only
    QCOMPARE(com.changes.transferredOut, qint64(1)); // 丁 only
    const Statistics gb = stats(QStringLiteral("GB"), year);
    QCOMPARE(gb.changes.transferredOut, qint64(3)); // 丙, 癸 (to TMP), 丁
    QCOMPARE(gb.changes.transferredIn, qint64(3));  // 癸 (back), 戊, 午
    QCOMPARE(gb.changes.openingTotal + gb.changes.increaseTotal() - gb.changes.decreaseTotal(), gb.members.total);
    const Statistics br3 = stats(QStringLiteral("BR3"), year);
    QCOMPARE(br3.changes.transferredIn, qint64(1)); // 丙
    QCOMPARE(br3.changes.admitted, qint64(1));      // 己
    QCOMPARE(br3.development.admitted, qint64(1));
}

void TestStatisticsService::reaffiliatedBeforeAndAfterItsDate()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    // BR4 (with 子, its 一肩挑 secretary) moved from OUT to COM on 2024-07-01.
    const Statistics before = stats(QStringLiteral("COM"), StatisticsRequest::forAsOf(QDate(2024, 6, 30)));
    const Statistics after = stats(QStringLiteral("COM"), StatisticsRequest::forAsOf(QDate(2024, 7, 1)));
    QCOMPARE(after.organizations.branches - before.organizations.branches, qint64(1));
    QCOMPARE(after.organizations.byUnitCategory[int(UnitCategory::StateEnterprise)], qint64(1));
    QCOMPARE(before.organizations.byUnitCategory[int(UnitCategory::StateEnterprise)], qint64(0));
    QCOMPARE(before.members.total, qint64(12));
    QCOMPARE(after.members.total, qint64(13));
    QCOMPARE(after.organizations.secretaries.concurrentAdminHead - before.organizations.secretaries.concurrentAdminHead,
             qint64(1));
    const Statistics outBefore = stats(QStringLiteral("OUT"), StatisticsRequest::forAsOf(QDate(2024, 6, 30)));
    const Statistics outAfter = stats(QStringLiteral("OUT"), StatisticsRequest::forAsOf(QDate(2024, 7, 1)));
    QCOMPARE(outBefore.organizations.branches, qint64(2));
    QCOMPARE(outAfter.organizations.branches, qint64(1));
    QCOMPARE(outBefore.members.total, qint64(3)); // 戊, 未, 子
    QCOMPARE(outAfter.members.total, qint64(2));
    // The report of a year follows the tree of its as-of date: in 2023, BR4 was OUT's.
    QCOMPARE(stats(QStringLiteral("COM"), StatisticsRequest::forYear(2023)).organizations.branches, qint64(3));
    QCOMPARE(stats(QStringLiteral("OUT"), StatisticsRequest::forYear(2023)).organizations.branches, qint64(2));
}

void TestStatisticsService::dissolvedOrganization()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    // TMP, a temporary branch, existed from 2024-03-01 to 2024-08-31.
    const Statistics during = stats(QStringLiteral("COM"), StatisticsRequest::forAsOf(QDate(2024, 6, 30)));
    QCOMPARE(during.organizations.temporary, qint64(1));
    QCOMPARE(during.organizations.branches, qint64(4)); // BR1, BR2, BR3 and TMP
    QCOMPARE(during.organizations.grassroots, qint64(6));
    QCOMPARE(during.organizations.secretaries.count, qint64(3)); // 甲, 丙, 癸 (TMP); 乙 left in May
    const Statistics after = stats(QStringLiteral("COM"), StatisticsRequest::forAsOf(QDate(2024, 9, 1)));
    QCOMPARE(after.organizations.temporary, qint64(0));
    QCOMPARE(stats({}, StatisticsRequest::forAsOf(QDate(2024, 8, 31))).organizations.temporary, qint64(1));
    QCOMPARE(stats({}, StatisticsRequest::forAsOf(QDate(2024, 9, 1))).organizations.temporary, qint64(0));
    // TMP's own statistics after its dissolution: no organization, nobody on the roll, but the
    // year's flows through it are still there.
    const Statistics tmp = stats(QStringLiteral("TMP"), StatisticsRequest::forYear(2024));
    QCOMPARE(tmp.organizations.grassroots, qint64(0));
    QCOMPARE(tmp.members.total, qint64(0));
    QCOMPARE(tmp.changes.transferredIn, qint64(1));
    QCOMPARE(tmp.changes.transferredOut, qint64(1));
    const Statistics tmpDuring = stats(QStringLiteral("TMP"), StatisticsRequest::forAsOf(QDate(2024, 6, 30)));
    QCOMPARE(tmpDuring.members.total, qint64(1));
    QCOMPARE(tmpDuring.organizations.temporary, qint64(1));
}

void TestStatisticsService::leapDayBirthday()
{
    Roster r(m_temp->db());
    r.org(QStringLiteral("BR"), OrgType::Branch, {}, UnitCategory::Organ, QDate(2000, 1, 1));
    // Born on 29 February 1988: 35 from 2023-03-01 (a common year), 36 from 2024-02-29.
    r.member(Person(QStringLiteral("闰"), QDate(1988, 2, 29), true), QDate(2010, 1, 1), QStringLiteral("BR"),
             QDate(2011, 1, 1));
    // Two more born on a 29 February, admitted the day before and on their 36th birthday.
    r.member(Person(QStringLiteral("前"), QDate(1988, 2, 29)), QDate(2024, 2, 28), QStringLiteral("BR"));
    r.member(Person(QStringLiteral("后"), QDate(1988, 2, 29)), QDate(2024, 2, 29), QStringLiteral("BR"));
    QVERIFY2(r.errors().isEmpty(), qPrintable(r.errors().join(u'\n')));
    auto onDate = [&](const QDate& d) { return stats(QStringLiteral("BR"), StatisticsRequest::forAsOf(d)).members; };
    QCOMPARE(onDate(QDate(2023, 2, 28)).age.sum, qint64(34));
    QCOMPARE(onDate(QDate(2023, 3, 1)).age.sum, qint64(35));
    const Statistics::Members day35 = onDate(QDate(2024, 2, 28)); // 闰 and 前, both 35
    QCOMPARE(day35.total, qint64(2));
    QCOMPARE(day35.aged35OrUnder, qint64(2));
    QCOMPARE(day35.ageBands[Statistics::Age31To35], qint64(2));
    const Statistics::Members day36 = onDate(QDate(2024, 2, 29));
    QCOMPARE(day36.total, qint64(3));
    QCOMPARE(day36.aged35OrUnder, qint64(0));
    QCOMPARE(day36.ageBands[Statistics::Age36To40], qint64(3));
    QCOMPARE(day36.age.value(), 36.0);
    const Statistics year = stats(QStringLiteral("BR"), StatisticsRequest::forYear(2024));
    QCOMPARE(year.development.admitted, qint64(2));
    QCOMPARE(year.development.aged35OrUnder, qint64(1)); // 前, 35 on the day of admission
}

void TestStatisticsService::roundingBoundaries()
{
    // statistics.md: half away from zero on the exact ratio.
    QCOMPARE(Statistics::shareText(1, 8), QStringLiteral("12.5%"));
    QCOMPARE(Statistics::shareText(2, 3), QStringLiteral("66.7%"));
    QCOMPARE(Statistics::rateText(9695, 9875), QStringLiteral("98.18%"));
    QCOMPARE(Statistics::shareText(80, 263), QStringLiteral("30.4%"));
    QCOMPARE(Statistics::shareText(174, 263), QStringLiteral("66.2%"));
    QCOMPARE(Statistics::shareText(197, 263), QStringLiteral("74.9%"));
    QCOMPARE(Statistics::shareText(1, 16), QStringLiteral("6.3%"));   // 6.25 -> up
    QCOMPARE(Statistics::shareText(1, 3), QStringLiteral("33.3%"));   // 33.33 -> down
    QCOMPARE(Statistics::rateText(1, 800), QStringLiteral("0.13%"));  // 0.125 -> up
    QCOMPARE(Statistics::rateText(1, 1600), QStringLiteral("0.06%")); // 0.0625 -> down
    QCOMPARE(Statistics::shareText(0, 5), QStringLiteral("0.0%"));
    QCOMPARE(Statistics::shareText(5, 5), QStringLiteral("100.0%"));
    QCOMPARE(Statistics::shareText(3, 0), QStringLiteral("-"));
    QCOMPARE(Statistics::decimalText(1001, 20, 1), QStringLiteral("50.1")); // 50.05 -> up
    QCOMPARE(Statistics::decimalText(-1, 20, 1), QStringLiteral("-0.1"));   // -0.05 -> away from zero
    QCOMPARE(Statistics::decimalText(508, 11, 1), QStringLiteral("46.2"));
    // Through the figures: the natural base of each share.
    Statistics s;
    s.members.total = 263;
    s.members.female = 80;
    s.development.admitted = 8;
    s.development.female = 1;
    s.review.eligible = 9875;
    s.review.participated = 9695;
    QMap<QString, QString> ratios;
    for (const StatisticsFigures::Figure& f : StatisticsFigures::of(s)) {
        ratios.insert(f.key, f.ratioText());
    }
    QCOMPARE(ratios.value(QStringLiteral("members.female")), QStringLiteral("30.4%"));
    QCOMPARE(ratios.value(QStringLiteral("development.female")), QStringLiteral("12.5%"));
    QCOMPARE(ratios.value(QStringLiteral("review.participated")), QStringLiteral("98.18%"));
}

void TestStatisticsService::textListing()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QString text = StatisticsText::render(stats(QStringLiteral("COM"), StatisticsRequest::forYear(2024)));
    QVERIFY2(text.contains(QStringLiteral("Members on the roll: 11\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Women: 5 (45.5%)\n"))); // 5 / 11
    QVERIFY(text.contains(QStringLiteral("Aged 35 or under: 5 (45.5%)\n")));
    QVERIFY(text.contains(QStringLiteral("Average age: 46.2\n")));                // 508 / 11
    QVERIFY(text.contains(QStringLiteral("Also head of the unit: 2 (66.7%)\n"))); // 2 / 3
    QVERIFY(text.contains(QStringLiteral("COM党组织 (COM)")));
    QVERIFY(text.contains(QStringLiteral("On the roll at the start of the period: 14\n")));
    const QList<QPair<QString, QString>> rows =
        StatisticsJson::toKeyValues(stats({}, StatisticsRequest::forYear(2024)));
    QCOMPARE(rows.first().first, QStringLiteral("org.code"));
    QCOMPARE(rows.first().second, QString());
    QCOMPARE(rows.last().first, QStringLiteral("review.handled"));
}

void TestStatisticsService::balancesOfYears()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    StatisticsService service(m_temp->db());
    const qint64 com = *service.organizationId(m_user, QStringLiteral("COM"));
    const auto balances = service.yearlyBalances(m_user, com, 2022, QDate(2025, 6, 30));
    QVERIFY(balances.ok());
    QCOMPARE(balances->size(), 4);
    // Each year as compute() sees it.
    for (const Statistics::RollBalance& b : *balances) {
        const StatisticsRequest request = b.to.month() == 12 && b.to.day() == 31
                                              ? StatisticsRequest::forYear(b.to.year(), com)
                                              : StatisticsRequest::forAsOf(b.to, com);
        const Statistics s = *service.compute(m_user, request);
        QCOMPARE(b.opening, s.changes.openingTotal);
        QCOMPARE(b.closing, s.members.total);
        QCOMPARE(b.increase, s.changes.increaseTotal());
        QCOMPARE(b.decrease, s.changes.decreaseTotal());
        QCOMPARE(b.closing - b.opening, b.increase - b.decrease);
    }
    // BR4 and 子 joined COM in 2024: its opening is not 2023's closing.
    QCOMPARE(balances->at(1).closing, qint64(13)); // 2023
    QCOMPARE(balances->at(2).opening, qint64(14)); // 2024, with 子
    QCOMPARE(balances->at(3).to, QDate(2025, 6, 30));
}

void TestStatisticsService::electionsFromTheRecords()
{
    const QStringList errors = buildMainRoster(m_temp->db());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    StatisticsService statistics(m_temp->db());
    auto memberId = [&](const QString& name) {
        auto rows = m_temp->db().exec(QStringLiteral("SELECT id FROM members WHERE name = ?"), {name});
        return rows.ok() && rows->next() ? rows->value(0).toLongLong() : qint64(0);
    };
    auto orgId = [&](const QString& code) { return *statistics.organizationId(m_user, code); };
    ElectionService elections(m_temp->db());
    // BR2 on 2024-06-15: its two full members 壬 and 午 present, 午 elected secretary. Valid.
    Election br2;
    br2.orgId = orgId(QStringLiteral("BR2"));
    br2.heldOn = QDate(2024, 6, 15);
    br2.seats = 1;
    br2.eligible = 2;
    br2.present = 2;
    br2.ballotsIssued = 2;
    br2.ballotsReturned = 2;
    br2.candidates = {ElectionCandidate{0, memberId(QStringLiteral("午")), PostKind::Secretary, 2, false, false}};
    const auto valid = elections.record(m_user, br2);
    QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message()));
    // BR3 on 2024-07-01: 3 of its 5 full members present, no quorum. Held, but invalid.
    Election br3 = br2;
    br3.orgId = orgId(QStringLiteral("BR3"));
    br3.heldOn = QDate(2024, 7, 1);
    br3.eligible = 5;
    br3.present = 3;
    br3.ballotsIssued = 3;
    br3.ballotsReturned = 3;
    br3.candidates = {ElectionCandidate{0, memberId(QStringLiteral("庚")), PostKind::Secretary, 3, false, false}};
    const auto invalid = elections.record(m_user, br3);
    QVERIFY2(invalid.ok(), invalid.ok() ? "" : qPrintable(invalid.error().message()));

    const Statistics::Elections com = stats(QStringLiteral("COM"), StatisticsRequest::forYear(2024)).elections;
    QCOMPARE(com.held, qint64(2));
    QCOMPARE(com.organizationsElected, qint64(2));
    QCOMPARE(com.invalid, qint64(1));
    QCOMPARE(com.dueNotHeld, qint64(5)); // BR2 elected; BR3's election does not count
    const Statistics::Elections gb = stats(QStringLiteral("GB"), StatisticsRequest::forYear(2024)).elections;
    QCOMPARE(gb.held, qint64(1));
    QCOMPARE(gb.invalid, qint64(0));
    QCOMPARE(stats(QStringLiteral("COM"), StatisticsRequest::forYear(2023)).elections.held, qint64(0));
    QCOMPARE(stats(QStringLiteral("OUT"), StatisticsRequest::forYear(2024)).elections.held, qint64(0));
}

void TestStatisticsService::refusals()
{
    StatisticsService service(m_temp->db());
    const auto missing = service.organizationId(m_user, QStringLiteral("NOPE"));
    QVERIFY(!missing.ok());
    QCOMPARE(int(missing.error().kind()), int(Error::Kind::NotFound));
    QVERIFY(missing.error().message().contains(QStringLiteral("NOPE")));
    const auto backwards = service.compute(m_user, StatisticsRequest::forRange(QDate(2024, 2, 1), QDate(2024, 1, 1)));
    QVERIFY(!backwards.ok());
    QCOMPARE(int(backwards.error().kind()), int(Error::Kind::Invalid));
    // An empty database has all figures, all zero.
    const auto empty = service.compute(m_user, StatisticsRequest::forYear(2024));
    QVERIFY(empty.ok());
    QCOMPARE(empty->members.total, qint64(0));
    QCOMPARE(flattened(StatisticsJson::toJson(*empty)).size(), flattened(StatisticsJson::toJson(Statistics())).size());
}

QTEST_GUILESS_MAIN(TestStatisticsService)
#include "tst_statisticsservice.moc"
