#include "core/CitizenId.h"
#include "core/Dates.h"
#include "core/Ethnicity.h"
#include "core/MemberTimeline.h"
#include "core/OrgHistory.h"
#include "services/DataGenerator.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/PostStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void refusesNonEmptyDatabase();
    void sameSeedSameData();
    void generatesRealisticData();
    void cancelWritesNothing();

private:
    std::shared_ptr<Database> create(const QString& name);
    static GeneratorOptions options(qint64 members, quint64 seed);
    static QByteArray dump(Database& db, const QStringList& tables);

    QTemporaryDir m_dir;
    const QDate m_today{2025, 6, 30};
};

std::shared_ptr<Database> TestDataGenerator::create(const QString& name)
{
    auto db = Database::open(m_dir.filePath(name), Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        qWarning() << db.error().message();
        return {};
    }
    return *db;
}

GeneratorOptions TestDataGenerator::options(qint64 members, quint64 seed)
{
    GeneratorOptions o;
    o.members = members;
    o.seed = seed;
    o.today = QDate(2025, 6, 30);
    return o;
}

// Every row of the tables, in id order, as text: equal dumps mean identical data.
QByteArray TestDataGenerator::dump(Database& db, const QStringList& tables)
{
    QByteArray result;
    for (const QString& table : tables) {
        auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        if (!q.ok()) {
            return {};
        }
        result += table.toUtf8() + '\n';
        while (q->next()) {
            const int columns = q->record().count();
            for (int i = 0; i < columns; ++i) {
                result += q->value(i).toString().toUtf8() + '\t';
            }
            result += '\n';
        }
    }
    return result;
}

void TestDataGenerator::refusesNonEmptyDatabase()
{
    {
        // One organization is enough to refuse.
        auto db = create(QStringLiteral("one-org.db"));
        QVERIFY(db);
        Organization org;
        org.code = QStringLiteral("X1");
        org.name = QStringLiteral("第一党支部");
        QVERIFY(OrganizationStore(*db).insert(org).ok());
        const auto refused = DataGenerator(*db).generate(UserContext::localUser(), options(60, 1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
        QCOMPARE(*MemberStore(*db).count(), qint64(0));
    }
    auto db = create(QStringLiteral("refuse.db"));
    QVERIFY(db);
    DataGenerator generator(*db);
    const auto first = generator.generate(UserContext::localUser(), options(60, 1));
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));
    const auto second = generator.generate(UserContext::localUser(), options(60, 2));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind(), Error::Kind::Conflict);
    QVERIFY(!second.error().message().isEmpty());
    QCOMPARE(*MemberStore(*db).count(), qint64(60));
}

void TestDataGenerator::sameSeedSameData()
{
    const QStringList tables{QStringLiteral("organizations"),     QStringLiteral("org_events"),
                             QStringLiteral("org_links"),         QStringLiteral("members"),
                             QStringLiteral("membership_events"), QStringLiteral("posts")};
    QByteArray dumps[3];
    const quint64 seeds[3] = {7, 7, 8};
    for (int i = 0; i < 3; ++i) {
        auto db = create(QStringLiteral("seed%1.db").arg(i));
        QVERIFY(db);
        const auto summary = DataGenerator(*db).generate(UserContext::localUser(), options(500, seeds[i]));
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
        dumps[i] = dump(*db, tables);
        QVERIFY(!dumps[i].isEmpty());
    }
    QCOMPARE(QCryptographicHash::hash(dumps[0], QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(dumps[1], QCryptographicHash::Sha256).toHex());
    QVERIFY(dumps[0] != dumps[2]);
}

void TestDataGenerator::generatesRealisticData()
{
    auto db = create(QStringLiteral("realistic.db"));
    QVERIFY(db);
    const auto summary = DataGenerator(*db).generate(UserContext::localUser(), options(2000, 42));
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));

    // Written without foreign key checks (a bulk load): every reference must hold anyway, and the
    // checks and the WAL journal are back on afterwards.
    auto broken = db->exec(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(broken.ok());
    QVERIFY2(!broken->next(), qPrintable(broken->value(0).toString()));
    auto foreignKeys = db->exec(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(foreignKeys.ok() && foreignKeys->next());
    QCOMPARE(foreignKeys->value(0).toInt(), 1);
    auto journal = db->exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal.ok() && journal->next());
    QCOMPARE(journal->value(0).toString(), QStringLiteral("wal"));

    // Counts near the request.
    QCOMPARE(summary->members, qint64(2000));
    QCOMPARE(*MemberStore(*db).count(), qint64(2000));
    QVERIFY2(summary->organizations >= 80 && summary->organizations <= 120,
             qPrintable(QString::number(summary->organizations)));
    QCOMPARE(*OrganizationStore(*db).count(), summary->organizations);
    QVERIFY(summary->events >= 2 * summary->members);
    QVERIFY(summary->orgEvents > 0);
    QVERIFY(summary->posts > summary->organizations / 2);

    // Organizations: every history replays; the tree of today is four levels deep.
    OrganizationStore orgStore(*db);
    const auto orgs = orgStore.all();
    QVERIFY(orgs.ok());
    const auto orgEvents = orgStore.allEvents();
    QVERIFY(orgEvents.ok());
    QHash<qint64, QList<OrgEvent>> eventsByOrg;
    for (const OrgEvent& e : *orgEvents) {
        eventsByOrg[e.orgId].append(e);
    }
    QHash<qint64, Organization> orgById;
    QHash<qint64, qint64> currentParent;
    QSet<qint64> dissolved;
    QSet<int> unitCategories;
    for (const Organization& org : *orgs) {
        const OrgHistory history = OrgHistory::build(org, eventsByOrg.value(org.id));
        QVERIFY2(history.ok(), qPrintable(org.code));
        orgById.insert(org.id, org);
        if (history.dissolvedOn().isValid()) {
            QVERIFY(history.dissolvedOn() <= m_today);
            QCOMPARE(org.type, OrgType::Branch);
            dissolved.insert(org.id);
        } else {
            currentParent.insert(org.id, history.currentParentId());
        }
        QVERIFY(org.establishedOn.isValid() && org.establishedOn <= m_today);
        unitCategories.insert(int(org.unitCategory));
    }
    QVERIFY2(unitCategories.size() >= 6, qPrintable(QString::number(unitCategories.size())));
    auto depthOf = [&](qint64 id) {
        int depth = 1;
        for (qint64 up = currentParent.value(id); up != 0; up = currentParent.value(up)) {
            ++depth;
            if (depth > 10) {
                break; // a cycle
            }
        }
        return depth;
    };
    int maxDepth = 0;
    for (auto it = currentParent.cbegin(); it != currentParent.cend(); ++it) {
        const int depth = depthOf(it.key());
        maxDepth = std::max(maxDepth, depth);
        // The parent is one level up: 党工委 > 党委 > 党总支 > 党支部 > 党小组.
        if (it.value() != 0) {
            QVERIFY(int(orgById.value(it.value()).type) < int(orgById.value(it.key()).type));
        } else {
            QCOMPARE(orgById.value(it.key()).type, OrgType::HigherCommittee);
        }
    }
    QCOMPARE(maxDepth, 4);

    // Members: valid ID numbers that agree with birth date and gender; about 30% women.
    QHash<qint64, Member> members;
    int women = 0;
    int han = 0;
    QSet<int> educations;
    QSet<int> occupations;
    const Status visited = MemberStore(*db).forEach([&](const Member& m) {
        members.insert(m.id, m);
        return true;
    });
    QVERIFY(visited.ok());
    QCOMPARE(members.size(), 2000);
    for (const Member& m : std::as_const(members)) {
        const auto id = CitizenId::parse(m.idNumber, m_today);
        QVERIFY2(id.ok(), qPrintable(m.idNumber));
        QCOMPARE(id->birthDate(), m.birthDate);
        QCOMPARE(id->gender(), m.gender);
        women += m.gender == Gender::Female ? 1 : 0;
        han += m.ethnicity == Ethnicity::han() ? 1 : 0;
        QVERIFY(Ethnicity::normalize(m.ethnicity).has_value());
        QVERIFY(!m.name.isEmpty());
        QVERIFY(m.phone.size() == 11 && m.phone.startsWith(u'1'));
        educations.insert(int(m.education));
        occupations.insert(int(m.occupation));
        if (m.onRoll) {
            const int age = Dates::age(m.birthDate, m_today);
            QVERIFY2(age >= 18 && age <= 95, qPrintable(m.idNumber));
        }
    }
    const double womenShare = double(women) / double(members.size());
    QVERIFY2(womenShare >= 0.25 && womenShare <= 0.35, qPrintable(QString::number(womenShare)));
    const double hanShare = double(han) / double(members.size());
    QVERIFY2(hanShare >= 0.88 && hanShare <= 0.97, qPrintable(QString::number(hanShare)));
    QCOMPARE(educations.size(), 6);
    QCOMPARE(occupations.size(), 8);

    // History: every member's stored events replay without violation and give the cached
    // state; nothing after today.
    QHash<qint64, QList<MembershipEvent>> eventsByMember;
    qint64 eventCount = 0;
    const Status events = EventStore(*db).forEach([&](const MembershipEvent& e) {
        eventsByMember[e.memberId].append(e);
        ++eventCount;
        return true;
    });
    QVERIFY(events.ok());
    QCOMPARE(eventCount, summary->events);
    int onRoll = 0;
    int inBranches = 0;
    QHash<qint64, int> rollSize;
    for (const Member& m : std::as_const(members)) {
        const QList<MembershipEvent> list = eventsByMember.value(m.id);
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().kind, EventKind::Admitted);
        QVERIFY(list.last().date <= m_today);
        const MemberTimeline timeline = MemberTimeline::build(m.birthDate, list);
        QVERIFY2(timeline.ok(), qPrintable(m.idNumber + QStringLiteral(": ") +
                                           (timeline.ok() ? QString() : timeline.violations().first().message)));
        QCOMPARE(timeline.currentOrgId(), m.orgId);
        QCOMPARE(timeline.currentCategory(), m.category);
        if (m.orgId == 0) {
            continue;
        }
        // On the roll of a grassroots organization (nearly always a branch) that exists today.
        ++onRoll;
        QVERIFY(orgById.contains(m.orgId));
        QVERIFY2(!dissolved.contains(m.orgId), qPrintable(m.idNumber));
        const Organization& org = orgById[m.orgId];
        QVERIFY(isGrassroots(org.type));
        inBranches += org.type == OrgType::Branch ? 1 : 0;
        rollSize[m.orgId] += 1;
    }
    QVERIFY(onRoll > 1500);
    QVERIFY2(inBranches >= onRoll * 95 / 100, qPrintable(QString::number(inBranches)));
    for (auto it = rollSize.cbegin(); it != rollSize.cend(); ++it) {
        QVERIFY(it.value() <= 150);
    }

    // Posts: dated sensibly, held by known members in grassroots organizations.
    PostStore postStore(*db);
    int postCount = 0;
    const Status posts = postStore.forEach([&](const Post& post) {
        ++postCount;
        const Organization& org = orgById[post.orgId];
        const bool ok = isGrassroots(org.type) && members.contains(post.memberId) && post.from.isValid() &&
                        post.from <= m_today && post.from >= org.establishedOn &&
                        (!post.to.isValid() || post.to > post.from) &&
                        (!post.concurrentAdminHead || post.kind == PostKind::Secretary);
        if (!ok) {
            qWarning() << "bad post" << org.code << post.memberId << post.from << post.to;
        }
        return ok;
    });
    QVERIFY(posts.ok());
    QCOMPARE(postCount, summary->posts);

    // Every grassroots organization with members on its roll or in its subtree has a
    // secretary today.
    QSet<qint64> withMembers;
    for (auto it = rollSize.cbegin(); it != rollSize.cend(); ++it) {
        for (qint64 up = it.key(); up != 0; up = currentParent.value(up)) {
            withMembers.insert(up);
        }
    }
    int checked = 0;
    for (const qint64 orgId : std::as_const(withMembers)) {
        if (!isGrassroots(orgById[orgId].type)) {
            continue;
        }
        const auto held = postStore.heldOn(orgId, m_today);
        QVERIFY(held.ok());
        int secretaries = 0;
        for (const Post& post : *held) {
            secretaries += post.kind == PostKind::Secretary ? 1 : 0;
            QVERIFY(members.contains(post.memberId));
        }
        QVERIFY2(secretaries == 1, qPrintable(orgById[orgId].code));
        ++checked;
    }
    QVERIFY(checked > 50);
}

void TestDataGenerator::cancelWritesNothing()
{
    auto db = create(QStringLiteral("cancel.db"));
    QVERIFY(db);
    GeneratorOptions o = options(500, 3);
    int calls = 0;
    o.progress = [&](double) {
        ++calls;
        return false;
    };
    const auto summary = DataGenerator(*db).generate(UserContext::localUser(), o);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind(), Error::Kind::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(*OrganizationStore(*db).count(), 0);
    QCOMPARE(*MemberStore(*db).count(), qint64(0));
    auto events = db->exec(QStringLiteral("SELECT count(*) FROM membership_events"));
    QVERIFY(events.ok());
    QVERIFY(events->next());
    QCOMPARE(events->value(0).toLongLong(), qint64(0));
}

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "tst_datagenerator.moc"
