#include "core/OrgHistory.h"

#include <QTest>

class TestOrgHistory : public QObject
{
    Q_OBJECT

private slots:
    void reaffiliationSplitsLinks();
    void dissolutionEndsLinks();
    void refusesEventsOutsideLifetime();
    void renaming();
};

namespace {

Organization org()
{
    Organization o;
    o.id = 5;
    o.code = QStringLiteral("B1");
    o.name = QStringLiteral("第一党支部");
    o.parentId = 1;
    o.establishedOn = QDate(2000, 1, 1);
    return o;
}

} // namespace

void TestOrgHistory::reaffiliationSplitsLinks()
{
    const auto h = OrgHistory::build(org(), {OrgEvent{0, 5, QDate(2010, 5, 1), OrgEventKind::Reaffiliated, 2, {}}});
    QVERIFY(h.ok());
    QCOMPARE(h.links().size(), 2);
    QCOMPARE(h.links().at(0).parentId, 1);
    QCOMPARE(h.links().at(0).startsOn, QDate(2000, 1, 1));
    QCOMPARE(h.links().at(0).endsOn, QDate(2010, 5, 1));
    QCOMPARE(h.links().at(1).parentId, 2);
    QCOMPARE(h.links().at(1).startsOn, QDate(2010, 5, 1));
    QVERIFY(!h.links().at(1).endsOn.isValid());
    QCOMPARE(h.currentParentId(), 2);
}

void TestOrgHistory::dissolutionEndsLinks()
{
    const auto h = OrgHistory::build(org(), {OrgEvent{0, 5, QDate(2012, 1, 1), OrgEventKind::Dissolved, 0, {}}});
    QVERIFY(h.ok());
    QCOMPARE(h.links().size(), 1);
    QCOMPARE(h.links().at(0).endsOn, QDate(2012, 1, 1));
    QCOMPARE(h.dissolvedOn(), QDate(2012, 1, 1));
}

void TestOrgHistory::refusesEventsOutsideLifetime()
{
    QVERIFY(
        !OrgHistory::build(org(), {OrgEvent{0, 5, QDate(1999, 1, 1), OrgEventKind::Renamed, 0, QStringLiteral("x")}})
             .ok());
    const auto h = OrgHistory::build(org(), {OrgEvent{0, 5, QDate(2012, 1, 1), OrgEventKind::Dissolved, 0, {}},
                                             OrgEvent{0, 5, QDate(2013, 1, 1), OrgEventKind::Reaffiliated, 2, {}}});
    QVERIFY(!h.ok());
    QCOMPARE(h.violations().first().index, 1);
}

void TestOrgHistory::renaming()
{
    const auto h = OrgHistory::build(
        org(), {OrgEvent{0, 5, QDate(2012, 1, 1), OrgEventKind::Renamed, 0, QStringLiteral("第二党支部")}});
    QVERIFY(h.ok());
    QCOMPARE(h.currentName(), QStringLiteral("第二党支部"));
    QCOMPARE(h.links().size(), 1);
}

QTEST_GUILESS_MAIN(TestOrgHistory)
#include "tst_orghistory.moc"
