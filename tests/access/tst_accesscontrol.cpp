#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "services/AccessService.h"
#include "services/CheckService.h"
#include "services/DevelopmentService.h"
#include "services/ElectionService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"
#include "services/ReviewService.h"
#include "services/RosterService.h"
#include "services/StatisticsService.h"
#include "store/ElectionStore.h"

#include <QFile>
#include <QTest>

#include <functional>
#include <memory>

// Every public service method that takes a UserContext, called by a branch secretary of A
// (BR2) on the records of B (BR1, a sibling subtree): refused (Error::Kind::Permission) or, for
// the listing methods, B left out. The same calls on A, and by an administrator or department
// staff on B, are not refused. Viewers: read only, ID numbers and phones masked.
class TestAccessControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretaryOfAOnB_data();
    void secretaryOfAOnB();
    void secretaryOfAOnA_data();
    void secretaryOfAOnA();
    void departmentOnB_data();
    void departmentOnB();
    void administratorOnB_data();
    void administratorOnB();
    void viewerMayOnlyRead();
    void viewerSeesMaskedFields();
    void unsignedContextRefusedOnceOn();
    void refusalMessageNamesUserAndOrganization();
    void userManagementIsTheAdministrators();
    void scopedCheckAndExport();

private:
    enum class Outcome { Reached, Refused, Other };
    // The records of one side (A or B) the calls aim at.
    struct Side
    {
        qint64 org = 0;
        QString code;
        qint64 member = 0; // on the roll of org
        QString idNumber;
        qint64 election = 0;
        qint64 campaign = 0;
        qint64 post = 0;
        qint64 postponement = 0;
        qint64 applicant = 0;
        QString applicantIdNumber = QString();
    };
    using Call = std::function<Outcome(TestAccessControl&, const UserContext&, const Side&)>;
    struct Case
    {
        QString name;
        Call call;
        bool secretaryMayOnA = true; // false: database-wide, refused to a secretary anywhere
        bool departmentMay = true;   // false: the users (administrators only)
    };
    static QList<Case> cases();
    void addRows(bool (*include)(const Case&));
    void runRow(const UserContext& user, const Side& side, bool expectRefused);

    template <typename T> static Outcome of(const Result<T>& result)
    {
        if (result.ok()) {
            return Outcome::Reached;
        }
        return result.error().kind() == Error::Kind::Permission ? Outcome::Refused : Outcome::Other;
    }
    // Listing methods: Reached when the side's organization is among the results.
    template <typename T, typename F> static Outcome listed(const Result<T>& result, F&& contains)
    {
        if (!result.ok()) {
            return of(result);
        }
        return contains(*result) ? Outcome::Reached : Outcome::Refused;
    }

    std::unique_ptr<TempDatabase> m_temp;
    Side m_a;
    Side m_b;
    UserContext m_admin;
    UserContext m_department;
    UserContext m_secretary;
    UserContext m_viewer;
    UserContext m_scopedViewer;
};

namespace {

const QString Password = QStringLiteral("correct horse");
const QDate Today(2026, 11, 21);

qint64 orgId(Database& db, const QString& code)
{
    auto found = OrganizationService(db).findByCode(UserContext::localUser(), code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 memberId(Database& db, const QString& idNumber)
{
    auto found = MemberService(db).findByIdNumber(UserContext::localUser(), idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

} // namespace

void TestAccessControl::initTestCase()
{
    Language::install(QStringLiteral("en"));
    AccessService::setDelaysEnabled(false);
    UserContext::clearCurrent();
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    Database& db = m_temp->db();
    QVERIFY(Fixtures::import(db, true));
    const UserContext local = UserContext::localUser();

    // A = BR2 (王强), B = BR1 (张伟, 李娜, 刘洋): siblings under GB1.
    m_a = Side{orgId(db, QStringLiteral("BR2")), QStringLiteral("BR2"),
               memberId(db, QStringLiteral("31010419900101213X")), QStringLiteral("31010419900101213X")};
    m_b = Side{orgId(db, QStringLiteral("BR1")), QStringLiteral("BR1"),
               memberId(db, QStringLiteral("110105198003151015")), QStringLiteral("110105198003151015")};
    QVERIFY(m_a.org && m_b.org && m_a.member && m_b.member);
    for (Side* side : {&m_a, &m_b}) {
        Election e;
        e.orgId = side->org;
        e.heldOn = QDate(2024, 9, 1);
        e.kind = ElectionKind::Term;
        e.seats = 1;
        e.eligible = 1;
        e.present = 1;
        e.ballotsIssued = 1;
        e.ballotsReturned = 1;
        auto election = ElectionService(db).record(local, e);
        QVERIFY2(election.ok(), election.ok() ? "" : qPrintable(election.error().message()));
        side->election = *election;
        auto campaign =
            ReviewService(db).createCampaign(local, ReviewCampaign{0, side->org, 2025, QDate(2026, 1, 15), {}});
        QVERIFY2(campaign.ok(), campaign.ok() ? "" : qPrintable(campaign.error().message()));
        side->campaign = *campaign;
        auto post = PostService(db).assign(
            local, Post{0, side->org, side->member, PostKind::CommitteeMember, QDate(2026, 5, 1), QDate(), false});
        QVERIFY2(post.ok(), post.ok() ? "" : qPrintable(post.error().message()));
        side->post = *post;
        // Straight into the store: the term rules of a postponement are not what this test is about.
        auto postponement = ElectionStore(db).insertPostponement(
            Postponement{0, side->org, QDate(2026, 10, 1), QDate(2028, 3, 1), QStringLiteral("批复"), {}});
        QVERIFY(postponement.ok());
        side->postponement = *postponement;
        Applicant a;
        a.orgId = side->org;
        a.name = QStringLiteral("申请人");
        a.idNumber = QStringLiteral("1101052000010100%1").arg(side == &m_a ? 1 : 3);
        a.idNumber += CitizenId::checkCharacter(a.idNumber);
        a.phone = QStringLiteral("13912345678");
        a.appliedOn = QDate(2026, 3, 1);
        auto applicant = DevelopmentService(db).save(local, a);
        QVERIFY2(applicant.ok(), applicant.ok() ? "" : qPrintable(applicant.error().message()));
        side->applicant = *applicant;
        side->applicantIdNumber = a.idNumber;
    }

    AccessService access(db);
    QVERIFY(access.addUser(local, QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    auto admin = access.login(QStringLiteral("admin"), Password);
    QVERIFY(admin.ok());
    m_admin = *admin;
    QVERIFY(access.addUser(m_admin, QStringLiteral("dept"), Role::Department, 0, Password).ok());
    QVERIFY(access.addUser(m_admin, QStringLiteral("wang"), Role::Secretary, m_a.org, Password).ok());
    QVERIFY(access.addUser(m_admin, QStringLiteral("zhao"), Role::Viewer, 0, Password).ok());
    QVERIFY(access.addUser(m_admin, QStringLiteral("qian"), Role::Viewer, m_a.org, Password).ok());
    m_department = *access.login(QStringLiteral("dept"), Password);
    m_secretary = *access.login(QStringLiteral("wang"), Password);
    m_viewer = *access.login(QStringLiteral("zhao"), Password);
    m_scopedViewer = *access.login(QStringLiteral("qian"), Password);
    QVERIFY(m_secretary.signedIn());
    QCOMPARE(m_secretary.orgCode, QStringLiteral("BR2"));
}

void TestAccessControl::cleanupTestCase()
{
    m_temp.reset();
    AccessService::setDelaysEnabled(true);
}

QList<TestAccessControl::Case> TestAccessControl::cases()
{
    using T = TestAccessControl;
    auto db = [](T& t) -> Database& { return t.m_temp->db(); };
    QList<Case> c;
    auto add = [&c](const char* name, Call call, bool secretaryMayOnA = true, bool departmentMay = true) {
        c.append(Case{QString::fromLatin1(name), std::move(call), secretaryMayOnA, departmentMay});
    };

    // --- MemberService ---------------------------------------------------------------------
    add("MemberService::admit", [db](T& t, const UserContext& u, const Side& s) {
        static int n = 0;
        Member m;
        m.name = QStringLiteral("新党员");
        m.idNumber = QStringLiteral("11010519900101%1").arg(100 + (n++ % 800), 3, 10, QLatin1Char('0'));
        m.idNumber += CitizenId::checkCharacter(m.idNumber);
        return of(MemberService(db(t)).admit(u, m, QDate(2020, 7, 1), s.org));
    });
    add("MemberService::update", [db](T& t, const UserContext& u, const Side& s) {
        auto m = MemberService(db(t)).findById(t.m_admin, s.member);
        return of(MemberService(db(t)).update(u, **m));
    });
    add("MemberService::recordEvent", [db](T& t, const UserContext& u, const Side& s) {
        // In the future: refused as invalid once allowed, so nothing changes.
        return of(MemberService(db(t)).recordEvent(
            u, MembershipEvent{0, s.member, QDate(2030, 1, 1), EventKind::Moved, s.org, {}}));
    });
    add("MemberService::findByIdNumber", [db](T& t, const UserContext& u, const Side& s) {
        return of(MemberService(db(t)).findByIdNumber(u, s.idNumber));
    });
    add("MemberService::findById",
        [db](T& t, const UserContext& u, const Side& s) { return of(MemberService(db(t)).findById(u, s.member)); });
    add("MemberService::history",
        [db](T& t, const UserContext& u, const Side& s) { return of(MemberService(db(t)).history(u, s.member)); });
    add(
        "MemberService::countOnRoll",
        [db](T& t, const UserContext& u, const Side&) { return of(MemberService(db(t)).countOnRoll(u)); }, false);
    add("MemberService::moveRoll", [db](T& t, const UserContext& u, const Side& s) {
        return of(MemberService(db(t)).moveRoll(u, s.org, s.org, Today)); // same organization: invalid once allowed
    });
    add("MemberService::dissolveMovingRoll", [db](T& t, const UserContext& u, const Side& s) {
        return of(MemberService(db(t)).dissolveMovingRoll(u, s.org, s.org, Today));
    });

    // --- OrganizationService -------------------------------------------------------------
    add("OrganizationService::create", [db](T& t, const UserContext& u, const Side& s) {
        static int n = 0;
        Organization org;
        org.code = QStringLiteral("%1-G%2").arg(s.code).arg(++n);
        org.name = QStringLiteral("党小组");
        org.type = OrgType::Group;
        org.parentId = s.org;
        org.establishedOn = QDate(2026, 1, 1);
        return of(OrganizationService(db(t)).create(u, org));
    });
    add("OrganizationService::update", [db](T& t, const UserContext& u, const Side& s) {
        auto org = OrganizationService(db(t)).findById(t.m_admin, s.org);
        return of(OrganizationService(db(t)).update(u, **org));
    });
    add("OrganizationService::recordEvent", [db](T& t, const UserContext& u, const Side& s) {
        return of(OrganizationService(db(t)).recordEvent(
            u, OrgEvent{0, s.org, QDate(2030, 1, 1), OrgEventKind::Renamed, 0, QStringLiteral("新名称")}));
    });
    add("OrganizationService::findByCode", [db](T& t, const UserContext& u, const Side& s) {
        return of(OrganizationService(db(t)).findByCode(u, s.code));
    });
    add("OrganizationService::findById",
        [db](T& t, const UserContext& u, const Side& s) { return of(OrganizationService(db(t)).findById(u, s.org)); });
    add("OrganizationService::all", [db](T& t, const UserContext& u, const Side& s) {
        return listed(OrganizationService(db(t)).all(u), [&](const QList<Organization>& orgs) {
            return std::any_of(orgs.cbegin(), orgs.cend(), [&](const Organization& o) { return o.id == s.org; });
        });
    });
    add(
        "OrganizationService::count",
        [db](T& t, const UserContext& u, const Side&) {
            // The secretary counts their subtree (BR2) only; the whole fixture has 8.
            auto n = OrganizationService(db(t)).count(u);
            return !n.ok() ? of(n) : *n >= 8 ? Outcome::Reached : Outcome::Refused;
        },
        false);
    add("OrganizationService::events",
        [db](T& t, const UserContext& u, const Side& s) { return of(OrganizationService(db(t)).events(u, s.org)); });
    add("OrganizationService::nameOn", [db](T& t, const UserContext& u, const Side& s) {
        return of(OrganizationService(db(t)).nameOn(u, s.org, Today));
    });
    add("OrganizationService::treeOn", [db](T& t, const UserContext& u, const Side& s) {
        return listed(OrganizationService(db(t)).treeOn(u, Today), [&](const QList<OrganizationService::Node>& nodes) {
            return std::any_of(nodes.cbegin(), nodes.cend(), [&](const auto& n) { return n.id == s.org; });
        });
    });
    add("OrganizationService::subtreeOn", [db](T& t, const UserContext& u, const Side& s) {
        return of(OrganizationService(db(t)).subtreeOn(u, s.org, Today));
    });
    add("OrganizationService::subtreeOn(0)", [db](T& t, const UserContext& u, const Side& s) {
        return listed(OrganizationService(db(t)).subtreeOn(u, 0, Today),
                      [&](const QList<qint64>& ids) { return ids.contains(s.org); });
    });
    add("OrganizationService::rollCountsOn", [db](T& t, const UserContext& u, const Side& s) {
        return listed(OrganizationService(db(t)).rollCountsOn(u, Today),
                      [&](const QHash<qint64, qint64>& counts) { return counts.contains(s.org); });
    });

    // --- PostService ---------------------------------------------------------------------------
    add("PostService::assign", [db](T& t, const UserContext& u, const Side& s) {
        return of(PostService(db(t)).assign(
            u, Post{0, s.org, s.member, PostKind::CommitteeMember, QDate(2026, 5, 1), QDate(), false}));
    });
    add("PostService::end", [db](T& t, const UserContext& u, const Side& s) {
        return of(PostService(db(t)).end(u, s.post, QDate(2026, 11, 1)));
    });
    add("PostService::postsOf",
        [db](T& t, const UserContext& u, const Side& s) { return of(PostService(db(t)).postsOf(u, s.org)); });
    add("PostService::postsOfMember",
        [db](T& t, const UserContext& u, const Side& s) { return of(PostService(db(t)).postsOfMember(u, s.member)); });

    // --- RosterService ---------------------------------------------------------------------------
    auto rosterOf = [](const Side& s) {
        RosterQuery q;
        q.orgIds = {s.org};
        return q;
    };
    add("RosterService::page", [db, rosterOf](T& t, const UserContext& u, const Side& s) {
        return of(RosterService(db(t)).page(u, rosterOf(s), nullptr, 50));
    });
    add("RosterService::page(all)", [db](T& t, const UserContext& u, const Side& s) {
        RosterQuery q;
        q.allOrganizations = true;
        return listed(RosterService(db(t)).page(u, q, nullptr, 500), [&](const QList<RosterRow>& rows) {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const RosterRow& r) { return r.id == s.member; });
        });
    });
    add("RosterService::count", [db, rosterOf](T& t, const UserContext& u, const Side& s) {
        return of(RosterService(db(t)).count(u, rosterOf(s)));
    });
    add("RosterService::orderedIds", [db, rosterOf](T& t, const UserContext& u, const Side& s) {
        return of(RosterService(db(t)).orderedIds(u, rosterOf(s)));
    });
    add("RosterService::rowsByIds",
        [db](T& t, const UserContext& u, const Side& s) { return of(RosterService(db(t)).rowsByIds(u, {s.member})); });

    // --- StatisticsService ---------------------------------------------------------------------
    add("StatisticsService::compute", [db](T& t, const UserContext& u, const Side& s) {
        return of(StatisticsService(db(t)).compute(u, StatisticsRequest::forYear(2025, s.org)));
    });
    add(
        "StatisticsService::compute(all)",
        [db](T& t, const UserContext& u, const Side&) {
            return of(StatisticsService(db(t)).compute(u, StatisticsRequest::forYear(2025, 0)));
        },
        false);
    add("StatisticsService::yearlyBalances", [db](T& t, const UserContext& u, const Side& s) {
        return of(StatisticsService(db(t)).yearlyBalances(u, s.org, 2024, Today));
    });
    add("StatisticsService::organizationId", [db](T& t, const UserContext& u, const Side& s) {
        return of(StatisticsService(db(t)).organizationId(u, s.code));
    });

    // --- CheckService, ExportService, ImportService ------------------------------------------
    add("CheckService::run",
        [db](T& t, const UserContext& u, const Side& s) { return of(CheckService(db(t)).run(u, s.code, Today)); });
    add("ExportService::exportTable", [db](T& t, const UserContext& u, const Side& s) {
        return of(
            ExportService(db(t)).exportTable(u, TableKind::Members, t.m_temp->file(QStringLiteral("m.csv")), s.code));
    });
    add(
        "ImportService::importFile",
        [db](T& t, const UserContext& u, const Side&) {
            return of(ImportService(db(t)).importFile(
                u, TableKind::Posts, Fixtures::dataFile(QStringLiteral("posts.csv")), ImportOptions{true, false, {}}));
        },
        false);

    // --- ElectionService -----------------------------------------------------------------------
    auto electionOf = [](T& t, const Side& s) {
        auto e = ElectionService(t.m_temp->db()).findById(t.m_admin, s.election);
        if (e.ok() && e->has_value()) {
            return **e;
        }
        Election fresh;
        fresh.orgId = s.org;
        fresh.heldOn = QDate(2025, 3, 1);
        return fresh;
    };
    add(
        "ElectionService::setSettings",
        [db](T& t, const UserContext& u, const Side&) {
            return of(ElectionService(db(t)).setSettings(u, *ElectionService(db(t)).settings(t.m_admin)));
        },
        false);
    add("ElectionService::defaultTermYears", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).defaultTermYears(u, s.org));
    });
    add("ElectionService::validate", [db, electionOf](T& t, const UserContext& u, const Side& s) {
        Election e = electionOf(t, s);
        return of(ElectionService(db(t)).validate(u, e));
    });
    add("ElectionService::evaluate", [db, electionOf](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).evaluate(u, electionOf(t, s)));
    });
    add("ElectionService::record", [db, electionOf](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).record(u, electionOf(t, s))); // same date: a conflict once allowed
    });
    add("ElectionService::update", [db, electionOf](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).update(u, electionOf(t, s)));
    });
    add("ElectionService::findById",
        [db](T& t, const UserContext& u, const Side& s) { return of(ElectionService(db(t)).findById(u, s.election)); });
    add("ElectionService::find", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).find(u, s.org, QDate(2024, 9, 1)));
    });
    add("ElectionService::electionsOf",
        [db](T& t, const UserContext& u, const Side& s) { return of(ElectionService(db(t)).electionsOf(u, s.org)); });
    add("ElectionService::proposedVoters", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).proposedVoters(u, s.org, Today));
    });
    add("ElectionService::committeeOn", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).committeeOn(u, s.org, Today));
    });
    add("ElectionService::validatePostponement", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).validatePostponement(
            u, Postponement{0, s.org, QDate(2026, 11, 1), QDate(2027, 1, 1), {}, {}}));
    });
    add("ElectionService::recordPostponement", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).recordPostponement(
            u, Postponement{0, s.org, QDate(2030, 11, 1), QDate(2031, 1, 1), {}, {}})); // future: invalid
    });
    add("ElectionService::postponementsOf", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).postponementsOf(u, s.org));
    });
    add("ElectionService::termStatus", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).termStatus(u, s.org, Today));
    });
    add("ElectionService::due",
        [db](T& t, const UserContext& u, const Side& s) { return of(ElectionService(db(t)).due(u, Today, s.org)); });
    add("ElectionService::due(everywhere)", [db](T& t, const UserContext& u, const Side& s) {
        // Both branches are overdue or due within the window? Compare with what the administrator sees.
        auto all = ElectionService(db(t)).due(t.m_admin, QDate(2040, 1, 1), 0);
        const bool exists =
            std::any_of(all->cbegin(), all->cend(), [&](const TermStatus& d) { return d.orgId == s.org; });
        if (!exists) {
            return Outcome::Other;
        }
        return listed(ElectionService(db(t)).due(u, QDate(2040, 1, 1), 0), [&](const QList<TermStatus>& due) {
            return std::any_of(due.cbegin(), due.cend(), [&](const TermStatus& d) { return d.orgId == s.org; });
        });
    });
    add("ElectionService::dueBadges", [db](T& t, const UserContext& u, const Side& s) {
        return listed(ElectionService(db(t)).dueBadges(u, QDate(2040, 1, 1)),
                      [&](const QHash<qint64, int>& badges) { return badges.contains(s.org); });
    });
    add("ElectionService::removePostponement", [db](T& t, const UserContext& u, const Side& s) {
        return of(ElectionService(db(t)).removePostponement(u, s.postponement));
    });
    add("ElectionService::remove",
        [db](T& t, const UserContext& u, const Side& s) { return of(ElectionService(db(t)).remove(u, s.election)); });

    // --- ReviewService ---------------------------------------------------------------------------
    add(
        "ReviewService::setSettings",
        [db](T& t, const UserContext& u, const Side&) {
            return of(ReviewService(db(t)).setSettings(u, *ReviewService(db(t)).settings(t.m_admin)));
        },
        false);
    add("ReviewService::validateCampaign", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).validateCampaign(u, ReviewCampaign{0, s.org, 2024, QDate(2025, 1, 15), {}}));
    });
    add("ReviewService::createCampaign", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).createCampaign(u, ReviewCampaign{0, s.org, 2025, QDate(2026, 1, 15), {}}));
    });
    add("ReviewService::updateCampaign", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).updateCampaign(
            u, ReviewCampaign{s.campaign, s.org, 2025, QDate(2026, 1, 15), QStringLiteral("备注")}));
    });
    add("ReviewService::campaign",
        [db](T& t, const UserContext& u, const Side& s) { return of(ReviewService(db(t)).campaign(u, s.campaign)); });
    add("ReviewService::findCampaign", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).findCampaign(u, s.org, 2025));
    });
    add("ReviewService::campaignsOf",
        [db](T& t, const UserContext& u, const Side& s) { return of(ReviewService(db(t)).campaignsOf(u, s.org)); });
    add("ReviewService::roster",
        [db](T& t, const UserContext& u, const Side& s) { return of(ReviewService(db(t)).roster(u, s.campaign)); });
    auto entryOf = [](const Side& s) {
        ReviewEntry e;
        e.campaignId = s.campaign;
        e.memberId = s.member;
        e.result = ReviewResult::Participated;
        return e;
    };
    add("ReviewService::validateEntry", [db, entryOf](T& t, const UserContext& u, const Side& s) {
        ReviewEntry e = entryOf(s);
        return of(ReviewService(db(t)).validateEntry(u, e));
    });
    add("ReviewService::setEntry", [db, entryOf](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).setEntry(u, entryOf(s)));
    });
    add("ReviewService::setEntries", [db, entryOf](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).setEntries(u, {entryOf(s)}));
    });
    add("ReviewService::clearEntry", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).clearEntry(u, s.campaign, s.member));
    });
    add("ReviewService::setAllQualified", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).setAllQualified(u, s.campaign));
    });
    add("ReviewService::tally",
        [db](T& t, const UserContext& u, const Side& s) { return of(ReviewService(db(t)).tally(u, s.campaign)); });
    add("ReviewService::warnings",
        [db](T& t, const UserContext& u, const Side& s) { return of(ReviewService(db(t)).warnings(u, s.campaign)); });
    add("ReviewService::reviewsOfMember", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).reviewsOfMember(u, s.member));
    });
    add("ReviewService::correctionsDue", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).correctionsDue(u, Today, 30, s.org));
    });
    add("ReviewService::overview",
        [db](T& t, const UserContext& u, const Side& s) { return of(ReviewService(db(t)).overview(u, 2025, s.org)); });
    add("ReviewService::overview(all)", [db](T& t, const UserContext& u, const Side& s) {
        return listed(ReviewService(db(t)).overview(u, 2025, 0), [&](const QList<ReviewService::OverviewRow>& rows) {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const auto& r) { return r.orgId == s.org; });
        });
    });
    add("ReviewService::removeCampaign", [db](T& t, const UserContext& u, const Side& s) {
        return of(ReviewService(db(t)).removeCampaign(u, s.campaign));
    });

    // --- DevelopmentService ---------------------------------------------------------------------
    add("DevelopmentService::validate", [db](T& t, const UserContext& u, const Side& s) {
        Applicant a;
        a.orgId = s.org;
        return of(DevelopmentService(db(t)).validate(u, a));
    });
    add("DevelopmentService::save(new)", [db](T& t, const UserContext& u, const Side& s) {
        Applicant a; // incomplete: invalid once allowed, so nothing is written
        a.orgId = s.org;
        return of(DevelopmentService(db(t)).save(u, a));
    });
    add("DevelopmentService::save(existing)", [db](T& t, const UserContext& u, const Side& s) {
        auto a = DevelopmentService(db(t)).applicant(t.m_admin, s.applicant);
        Applicant moved = **a;
        moved.orgId = t.m_a.org; // into A: still refused when the record is B's
        moved.name.clear();      // invalid once allowed
        return of(DevelopmentService(db(t)).save(u, moved));
    });
    add("DevelopmentService::applicant", [db](T& t, const UserContext& u, const Side& s) {
        return of(DevelopmentService(db(t)).applicant(u, s.applicant));
    });
    add("DevelopmentService::findByIdNumber", [db](T& t, const UserContext& u, const Side& s) {
        return of(DevelopmentService(db(t)).findByIdNumber(u, s.applicantIdNumber));
    });
    add("DevelopmentService::applicantsOf", [db](T& t, const UserContext& u, const Side& s) {
        return of(DevelopmentService(db(t)).applicantsOf(u, s.org, true));
    });
    add("DevelopmentService::applicantsOf(all)", [db](T& t, const UserContext& u, const Side& s) {
        return listed(DevelopmentService(db(t)).applicantsOf(u, 0, true), [&](const QList<Applicant>& all) {
            return std::any_of(all.cbegin(), all.cend(), [&](const Applicant& a) { return a.id == s.applicant; });
        });
    });
    add("DevelopmentService::pipeline",
        [db](T& t, const UserContext& u, const Side& s) { return of(DevelopmentService(db(t)).pipeline(u, s.org)); });
    add("DevelopmentService::pipeline(all)", [db](T& t, const UserContext& u, const Side& s) {
        return listed(DevelopmentService(db(t)).pipeline(u, 0), [&](const DevelopmentService::Pipeline& p) {
            return std::any_of(p.talks.cbegin(), p.talks.cend(),
                               [&](const DevelopmentService::Due& d) { return d.applicantId == s.applicant; });
        });
    });

    // --- AccessService: the users are the administrator's ------------------------------------
    add(
        "AccessService::users",
        [db](T& t, const UserContext& u, const Side&) { return of(AccessService(db(t)).users(u)); }, false, false);
    add(
        "AccessService::addUser",
        [db](T& t, const UserContext& u, const Side& s) {
            static int n = 0;
            return of(AccessService(db(t)).addUser(u, QStringLiteral("new%1").arg(++n), Role::Viewer, s.org, Password));
        },
        false, false);
    add(
        "AccessService::setPassword(other)",
        [db](T& t, const UserContext& u, const Side&) {
            return of(AccessService(db(t)).setPassword(u, QStringLiteral("zhao"), Password));
        },
        false, false);
    add(
        "AccessService::setDisabled",
        [db](T& t, const UserContext& u, const Side&) {
            return of(AccessService(db(t)).setDisabled(u, QStringLiteral("zhao"), false));
        },
        false, false);
    add(
        "AccessService::setIdleLockMinutes",
        [db](T& t, const UserContext& u, const Side&) { return of(AccessService(db(t)).setIdleLockMinutes(u, 15)); },
        false, false);
    return c;
}

void TestAccessControl::addRows(bool (*include)(const Case&))
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (include(all.at(i))) {
            QTest::newRow(qPrintable(all.at(i).name)) << int(i);
        }
    }
}

void TestAccessControl::runRow(const UserContext& user, const Side& side, bool expectRefused)
{
    QFETCH(int, index);
    const Case c = cases().at(index);
    const Outcome outcome = c.call(*this, user, side);
    if (expectRefused) {
        QCOMPARE(int(outcome), int(Outcome::Refused));
    } else {
        QVERIFY2(outcome != Outcome::Refused, "refused although allowed");
    }
}

void TestAccessControl::secretaryOfAOnB_data()
{
    addRows([](const Case&) { return true; });
}

void TestAccessControl::secretaryOfAOnB()
{
    runRow(m_secretary, m_b, true);
}

void TestAccessControl::secretaryOfAOnA_data()
{
    addRows([](const Case& c) { return c.secretaryMayOnA; });
}

void TestAccessControl::secretaryOfAOnA()
{
    runRow(m_secretary, m_a, false);
}

void TestAccessControl::departmentOnB_data()
{
    addRows([](const Case&) { return true; });
}

void TestAccessControl::departmentOnB()
{
    QFETCH(int, index);
    runRow(m_department, m_b, !cases().at(index).departmentMay);
}

void TestAccessControl::administratorOnB_data()
{
    addRows([](const Case&) { return true; });
}

void TestAccessControl::administratorOnB()
{
    runRow(m_admin, m_b, false);
}

void TestAccessControl::viewerMayOnlyRead()
{
    Database& db = m_temp->db();
    // Reads of everything.
    QVERIFY(OrganizationService(db).findById(m_viewer, m_b.org).ok());
    QVERIFY(StatisticsService(db).compute(m_viewer, StatisticsRequest::forYear(2025, 0)).ok());
    // No writes anywhere.
    auto org = OrganizationService(db).findById(m_viewer, m_b.org);
    auto updated = OrganizationService(db).update(m_viewer, **org);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind(), Error::Kind::Permission);
    auto member = MemberService(db).findById(m_admin, m_b.member);
    auto changed = MemberService(db).update(m_viewer, **member);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().kind(), Error::Kind::Permission);
    auto post = PostService(db).assign(
        m_viewer, Post{0, m_b.org, m_b.member, PostKind::CommitteeMember, QDate(2026, 6, 1), QDate(), false});
    QCOMPARE(post.error().kind(), Error::Kind::Permission);
    // A viewer of an organization sees its subtree only.
    QCOMPARE(OrganizationService(db).findById(m_scopedViewer, m_b.org).error().kind(), Error::Kind::Permission);
    QVERIFY(OrganizationService(db).findById(m_scopedViewer, m_a.org).ok());
}

void TestAccessControl::viewerSeesMaskedFields()
{
    Database& db = m_temp->db();
    auto member = MemberService(db).findByIdNumber(m_viewer, QStringLiteral("110105198003151015"));
    QVERIFY(member.ok() && member->has_value());
    QCOMPARE((*member)->idNumber, QStringLiteral("110105********1015"));
    QCOMPARE((*member)->phone, QStringLiteral("138****0001"));
    // The administrator sees them in full.
    auto plain = MemberService(db).findById(m_admin, m_b.member);
    QCOMPARE((*plain)->idNumber, QStringLiteral("110105198003151015"));
    QCOMPARE((*plain)->phone, QStringLiteral("13800000001"));

    RosterQuery query;
    query.allOrganizations = true;
    auto rows = RosterService(db).page(m_viewer, query, nullptr, 100);
    QVERIFY(rows.ok());
    QVERIFY(!rows->isEmpty());
    for (const RosterRow& row : *rows) {
        QVERIFY2(row.idNumber.contains(QStringLiteral("********")), qPrintable(row.idNumber));
        QVERIFY(row.phone.isEmpty() || row.phone.contains(u'*'));
    }
    auto byIds = RosterService(db).rowsByIds(m_viewer, {m_b.member});
    QCOMPARE(byIds->constFirst().idNumber, QStringLiteral("110105********1015"));

    const QString path = m_temp->file(QStringLiteral("viewer.csv"));
    QVERIFY(ExportService(db).exportTable(m_viewer, TableKind::Members, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("110105********1015")));
    QVERIFY(!text.contains(QStringLiteral("110105198003151015")));
    QVERIFY(!text.contains(QStringLiteral("13800000001")));

    // Applicants: the person's ID number and phone, in records, lists and the pipeline.
    auto applicant = DevelopmentService(db).applicant(m_viewer, m_b.applicant);
    QVERIFY(applicant.ok() && applicant->has_value());
    QCOMPARE((*applicant)->idNumber, AccessControl::maskIdNumber(m_b.applicantIdNumber));
    QVERIFY((*applicant)->idNumber.contains(QStringLiteral("********")));
    QCOMPARE((*applicant)->phone, QStringLiteral("139****5678"));
    auto applicants = DevelopmentService(db).applicantsOf(m_viewer, 0, true);
    QVERIFY(applicants.ok() && !applicants->isEmpty());
    for (const Applicant& a : *applicants) {
        QVERIFY2(a.idNumber.contains(QStringLiteral("********")), qPrintable(a.idNumber));
    }
    auto pipeline = DevelopmentService(db).pipeline(m_viewer, 0, 400);
    QVERIFY(pipeline.ok() && !pipeline->talks.isEmpty() && !pipeline->probations.isEmpty());
    for (const auto* list : {&pipeline->talks, &pipeline->probations}) {
        for (const DevelopmentService::Due& due : *list) {
            QVERIFY2(due.idNumber.contains(QStringLiteral("********")), qPrintable(due.idNumber));
        }
    }
    QVERIFY(!DevelopmentService(db).applicant(m_viewer, m_b.applicant).ok() ||
            DevelopmentService(db).applicant(m_admin, m_b.applicant).value()->idNumber == m_b.applicantIdNumber);
    // A viewer may not record applicants.
    Applicant record = **DevelopmentService(db).applicant(m_admin, m_b.applicant);
    QCOMPARE(DevelopmentService(db).save(m_viewer, record).error().kind(), Error::Kind::Permission);

    QCOMPARE(AccessControl::maskIdNumber(QStringLiteral("11010519800315002X")), QStringLiteral("110105********002X"));
    QCOMPARE(AccessControl::maskPhone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
}

void TestAccessControl::unsignedContextRefusedOnceOn()
{
    Database& db = m_temp->db();
    // The local user (no login) and a hand-made context claiming a role are refused alike.
    auto local = OrganizationService(db).all(UserContext::localUser());
    QVERIFY(!local.ok());
    QCOMPARE(local.error().kind(), Error::Kind::Permission);
    UserContext forged = m_secretary;
    forged.role = Role::Administrator;
    forged.session = 12345;
    QCOMPARE(OrganizationService(db).findById(forged, m_b.org).error().kind(), Error::Kind::Permission);
    // Raising the role in a real session's copy changes nothing: the registry decides.
    UserContext raised = m_secretary;
    raised.role = Role::Administrator;
    QCOMPARE(OrganizationService(db).findById(raised, m_b.org).error().kind(), Error::Kind::Permission);
    // A session of another database is not one of this database.
    TempDatabase other;
    AccessService otherAccess(other.db());
    QVERIFY(
        otherAccess.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    auto otherAdmin = otherAccess.login(QStringLiteral("admin"), Password);
    QVERIFY(otherAdmin.ok());
    QCOMPARE(OrganizationService(db).all(*otherAdmin).error().kind(), Error::Kind::Permission);
    // Signed out: refused.
    auto session = AccessService(db).login(QStringLiteral("dept"), Password);
    QVERIFY(OrganizationService(db).all(*session).ok());
    AccessService::logout(*session);
    QCOMPARE(OrganizationService(db).all(*session).error().kind(), Error::Kind::Permission);
}

void TestAccessControl::refusalMessageNamesUserAndOrganization()
{
    auto refused = OrganizationService(m_temp->db())
                       .update(m_secretary, **OrganizationService(m_temp->db()).findById(m_admin, m_b.org));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message(),
             QStringLiteral("user wang (branch secretary of BR2) may not change organization BR1"));
    auto seen = MemberService(m_temp->db()).findById(m_secretary, m_b.member);
    QVERIFY(seen.error().message().contains(QStringLiteral("may not see member")));
}

void TestAccessControl::userManagementIsTheAdministrators()
{
    Database& db = m_temp->db();
    AccessService access(db);
    auto users = access.users(m_admin);
    QVERIFY(users.ok());
    QVERIFY(users->size() >= 5);
    for (const User& user : *users) {
        QVERIFY(user.passwordHash.isEmpty()); // never handed out
    }
    // Everybody changes their own password; nobody else's.
    QVERIFY(access.setPassword(m_secretary, QStringLiteral("wang"), QStringLiteral("another one")).ok());
    QVERIFY(access.login(QStringLiteral("wang"), QStringLiteral("another one")).ok());
    QCOMPARE(access.setPassword(m_secretary, QStringLiteral("dept"), Password).error().kind(), Error::Kind::Permission);
    QVERIFY(access.setPassword(m_admin, QStringLiteral("wang"), Password).ok());
    // The last administrator stays.
    QCOMPARE(access.setDisabled(m_admin, QStringLiteral("admin"), true).error().kind(), Error::Kind::Conflict);
}

void TestAccessControl::scopedCheckAndExport()
{
    Database& db = m_temp->db();
    // Without an organization, a secretary's check and export cover their own subtree.
    auto findings = CheckService(db).run(m_secretary, QString(), QDate(2026, 11, 21));
    QVERIFY(findings.ok());
    for (const CheckService::Finding& f : *findings) {
        QVERIFY2(!f.subject.contains(QStringLiteral("BR1")) &&
                     !f.subject.contains(QStringLiteral("110105198003151015")),
                 qPrintable(f.subject));
    }
    const QString path = m_temp->file(QStringLiteral("secretary.csv"));
    auto rows = ExportService(db).exportTable(m_secretary, TableKind::Members, path);
    QVERIFY(rows.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("31010419900101213X")));
    QVERIFY(!text.contains(QStringLiteral("110105198003151015")));
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
