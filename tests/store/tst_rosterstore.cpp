#include "Fixtures.h"
#include "TempDatabase.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/RosterStore.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

// RosterStore on the fixtures of tests/data: who is on which roll now, search, sort, paging.
class TestRosterStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rollOfBranches();
    void rollOfSubtree();
    void wholeDatabase();
    void manyOrganizations();
    void noOrganizations();
    void searchByName();
    void searchByIdNumber();
    void searchByPhone();
    void searchIsNotAPattern();
    void sortByName();
    void sortByAdmission();
    void pagingReturnsEveryRowOnce_data();
    void pagingReturnsEveryRowOnce();

private:
    qint64 org(const char* code) const { return m_orgs.value(QString::fromLatin1(code)); }
    RosterQuery roll(std::initializer_list<const char*> codes) const;
    static RosterQuery everyone();
    QStringList names(const RosterQuery& query);
    QList<RosterRow> all(const RosterQuery& query, int pageSize);

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<RosterStore> m_store;
    QHash<QString, qint64> m_orgs;
};

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    return list;
}

} // namespace

void TestRosterStore::initTestCase()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(Fixtures::import(m_temp->db()));
    auto ids = OrganizationStore(m_temp->db()).idsByCode();
    QVERIFY(ids.ok());
    m_orgs = *ids;
    m_store = std::make_unique<RosterStore>(m_temp->db());
}

void TestRosterStore::cleanupTestCase()
{
    m_store.reset();
    m_temp.reset();
}

RosterQuery TestRosterStore::roll(std::initializer_list<const char*> codes) const
{
    RosterQuery query;
    for (const char* code : codes) {
        query.orgIds.append(org(code));
    }
    query.sortColumn = RosterColumn::Name;
    return query;
}

RosterQuery TestRosterStore::everyone()
{
    RosterQuery query;
    query.allOrganizations = true;
    query.sortColumn = RosterColumn::Name;
    return query;
}

QStringList TestRosterStore::names(const RosterQuery& query)
{
    QStringList result;
    const auto rows = m_store->page(query, nullptr, 1000);
    if (!rows.ok()) {
        qWarning("%s", qPrintable(rows.error().message()));
        return {QStringLiteral("<error>")};
    }
    for (const RosterRow& row : *rows) {
        result << row.name;
    }
    // count() must agree with the rows.
    const auto n = m_store->count(query);
    if (!n.ok() || *n != result.size()) {
        qWarning("count %lld != %lld rows", n.ok() ? *n : -1LL, qint64(result.size()));
        return {QStringLiteral("<count mismatch>")};
    }
    return result;
}

QList<RosterRow> TestRosterStore::all(const RosterQuery& query, int pageSize)
{
    QList<RosterRow> rows;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = m_store->page(query, rows.isEmpty() ? nullptr : &rows.constLast(), pageSize);
        if (!page.ok()) {
            qWarning("%s", qPrintable(page.error().message()));
            return {};
        }
        rows.append(*page);
        if (page->size() < pageSize) {
            break;
        }
    }
    return rows;
}

void TestRosterStore::rollOfBranches()
{
    // 刘洋 moved in from BR3, 张伟 went to TMP1 and came back, 李娜 never moved.
    QCOMPARE(names(roll({"BR1"})), sorted({QStringLiteral("刘洋"), QStringLiteral("张伟"), QStringLiteral("李娜")}));
    // 陈静 was transferred out of BR2; 王强 is a probationary member there.
    QCOMPARE(names(roll({"BR2"})), QStringList{QStringLiteral("王强")});
    QCOMPARE(names(roll({"BR3"})), QStringList());
    QCOMPARE(names(roll({"TMP1"})), QStringList());

    const auto rows = m_store->page(roll({"BR1"}), nullptr, 10);
    QVERIFY(rows.ok());
    for (const RosterRow& row : *rows) {
        QCOMPARE(row.orgCode, QStringLiteral("BR1"));
        QCOMPARE(row.category, MemberCategory::Full);
        if (row.name == QStringLiteral("张伟")) {
            QCOMPARE(row.idNumber, QStringLiteral("110105198003151015"));
            QCOMPARE(row.gender, Gender::Male);
            QCOMPARE(row.birthDate, QDate(1980, 3, 15));
            QCOMPARE(row.admittedOn, QDate(2005, 7, 1));
            QCOMPARE(row.fullOn, QDate(2006, 7, 1));
            QCOMPARE(row.education, Education::Bachelor);
            QCOMPARE(row.occupation, Occupation::CivilServant);
            QCOMPARE(row.phone, QStringLiteral("13800000001"));
        }
    }
    const auto probationary = m_store->page(roll({"BR2"}), nullptr, 10);
    QVERIFY(probationary.ok());
    QCOMPARE(probationary->size(), 1);
    QCOMPARE(probationary->first().category, MemberCategory::Probationary);
    QVERIFY(!probationary->first().fullOn.isValid());
}

void TestRosterStore::rollOfSubtree()
{
    QCOMPARE(names(roll({"GB1", "BR1", "BR2", "GRP1"})).size(), 4);
    QCOMPARE(names(roll({"COM1", "GB1", "BR1", "BR2", "BR3", "GRP1", "TMP1"})).size(), 4);
}

void TestRosterStore::wholeDatabase()
{
    const QStringList everybody = names(everyone());
    QCOMPARE(everybody,
             sorted({QStringLiteral("刘洋"), QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王强")}));
    const auto onRoll = MemberStore(m_temp->db()).countOnRoll();
    QVERIFY(onRoll.ok());
    QCOMPARE(qint64(everybody.size()), *onRoll);
    // The whole database and the roll of every organization are the same rows.
    RosterQuery every = roll({});
    every.orgIds = m_orgs.values();
    QCOMPARE(names(every), everybody);
}

void TestRosterStore::manyOrganizations()
{
    // More organizations than are bound one by one (a province's subtree).
    RosterQuery query = roll({"BR1"});
    for (qint64 id = 1'000'000; id < 1'002'000; ++id) {
        query.orgIds.append(id);
    }
    query.orgIds.append(org("BR2"));
    QCOMPARE(names(query).size(), 4);
    query.search = QStringLiteral("王");
    QCOMPARE(names(query), QStringList{QStringLiteral("王强")});
}

void TestRosterStore::noOrganizations()
{
    RosterQuery query;
    QVERIFY(m_store->page(query, nullptr, 10)->isEmpty());
    QCOMPARE(*m_store->count(query), 0);
}

void TestRosterStore::searchByName()
{
    RosterQuery query = everyone();
    query.search = QStringLiteral("张");
    QCOMPARE(names(query), QStringList{QStringLiteral("张伟")});
    query.search = QStringLiteral(" 李 "); // the start of a name, trimmed
    QCOMPARE(names(query), QStringList{QStringLiteral("李娜")});
    query.search = QStringLiteral("娜"); // not the start of a name
    QCOMPARE(names(query), QStringList());
    query = roll({"BR2"});
    query.search = QStringLiteral("张");
    QCOMPARE(names(query), QStringList());
    query = roll({"BR1", "BR2"});
    query.search = QStringLiteral("刘");
    QCOMPARE(names(query), QStringList{QStringLiteral("刘洋")});
    // 陈静 left the roll: not found even by name.
    query = everyone();
    query.search = QStringLiteral("陈静");
    QCOMPARE(names(query), QStringList());
}

void TestRosterStore::searchByIdNumber()
{
    RosterQuery query = everyone();
    query.search = QStringLiteral("110105");
    QCOMPARE(names(query), sorted({QStringLiteral("张伟"), QStringLiteral("李娜")}));
    query.search = QStringLiteral("31010419900101213x"); // lower-case check character
    QCOMPARE(names(query), QStringList{QStringLiteral("王强")});
    query.search = QStringLiteral("1985"); // not a prefix
    QCOMPARE(names(query), QStringList());
    query = roll({"BR1"});
    query.search = QStringLiteral("4403");
    QCOMPARE(names(query), QStringList{QStringLiteral("刘洋")});
}

void TestRosterStore::searchByPhone()
{
    RosterQuery query = everyone();
    query.search = QStringLiteral("0571-8888");
    QCOMPARE(names(query), QStringList{QStringLiteral("刘洋")});
    query.search = QStringLiteral("88886666"); // not the start of the number
    QCOMPARE(names(query), QStringList());
    query.search = QStringLiteral("138000000");
    QCOMPARE(names(query), sorted({QStringLiteral("张伟"), QStringLiteral("李娜")}));
    query.search = QStringLiteral("13800000002");
    QCOMPARE(names(query), QStringList{QStringLiteral("李娜")});
}

void TestRosterStore::searchIsNotAPattern()
{
    RosterQuery query = everyone();
    for (const char* text : {"%", "_", "\\", "张%", "*"}) {
        query.search = QString::fromUtf8(text);
        QCOMPARE(names(query), QStringList());
    }
}

void TestRosterStore::sortByName()
{
    RosterQuery query = everyone();
    const QStringList ascending = names(query);
    QCOMPARE(ascending, sorted(ascending));
    query.descending = true;
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(query), reversed);
}

void TestRosterStore::sortByAdmission()
{
    RosterQuery query = everyone();
    query.sortColumn = RosterColumn::AdmittedOn;
    const QStringList ascending{QStringLiteral("刘洋"), QStringLiteral("张伟"), QStringLiteral("李娜"),
                                QStringLiteral("王强")};
    QCOMPARE(names(query), ascending);
    query.descending = true;
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(query), reversed);

    query = roll({"BR1"});
    query.sortColumn = RosterColumn::AdmittedOn;
    QCOMPARE(names(query), ascending.mid(0, 3));
}

void TestRosterStore::pagingReturnsEveryRowOnce_data()
{
    QTest::addColumn<bool>("wholeDatabase");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    for (bool whole : {true, false}) {
        for (int column = int(RosterColumn::Name); column <= int(RosterColumn::Id); ++column) {
            for (bool descending : {false, true}) {
                for (int pageSize : {1, 3}) {
                    QTest::addRow("%s column %d %s page %d", whole ? "all" : "subtree", column,
                                  descending ? "desc" : "asc", pageSize)
                        << whole << column << descending << pageSize;
                }
            }
        }
    }
}

void TestRosterStore::pagingReturnsEveryRowOnce()
{
    QFETCH(bool, wholeDatabase);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    RosterQuery query = wholeDatabase ? everyone() : roll({"BR1", "BR2", "BR3", "GB1", "GRP1"});
    query.sortColumn = static_cast<RosterColumn>(column);
    query.descending = descending;

    const auto oneShot = m_store->page(query, nullptr, 1000);
    QVERIFY(oneShot.ok());
    QCOMPARE(oneShot->size(), 4);
    const QList<RosterRow> paged = all(query, pageSize);
    QCOMPARE(paged.size(), oneShot->size());
    QSet<qint64> seen;
    for (int i = 0; i < paged.size(); ++i) {
        QCOMPARE(paged[i].id, oneShot->at(i).id);
        QVERIFY(!seen.contains(paged[i].id));
        seen.insert(paged[i].id);
    }
    // The order is the sort key's (ties by id), in the requested direction.
    for (int i = 1; i < paged.size(); ++i) {
        const QVariant& a = paged[i - 1].sortKey;
        const QVariant& b = paged[i].sortKey;
        const auto order = QVariant::compare(a, b);
        const bool keyOk = descending ? order != QPartialOrdering::Less : order != QPartialOrdering::Greater;
        QVERIFY2(keyOk, qPrintable(a.toString() + QStringLiteral(" / ") + b.toString()));
    }
}

QTEST_GUILESS_MAIN(TestRosterStore)
#include "tst_rosterstore.moc"
