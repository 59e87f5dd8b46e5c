#include "core/MemberTimeline.h"

#include <QTest>

namespace {

MembershipEvent ev(const QDate& date, EventKind kind, qint64 org = 0)
{
    return MembershipEvent{0, 1, date, kind, org, {}};
}

const QDate Born(1990, 6, 15);

} // namespace

class TestMemberTimeline : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryCareer();
    void admissionAge();
    void conversionBeforeProbationEnds();
    void conversionAfterExtension();
    void secondExtension();
    void noSecondDeparture();
    void eventsNeedTheRoll();
    void admittedOutsideThenTransferredIn();
    void suspendedAndRestored();
    void sameDayOrder();
    void stateOnDate();
};

void TestMemberTimeline::ordinaryCareer()
{
    const auto t = MemberTimeline::build(
        Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10), ev(QDate(2016, 7, 1), EventKind::ConvertedFull),
               ev(QDate(2020, 3, 1), EventKind::Moved, 11), ev(QDate(2024, 1, 1), EventKind::TransferredOut, 11)});
    QVERIFY(t.ok());
    QCOMPARE(t.steps().size(), 4);
    QCOMPARE(t.steps().at(0).rollOrgId, 10);
    QCOMPARE(t.steps().at(0).endsOn, QDate(2016, 7, 1));
    QCOMPARE(int(t.steps().at(1).category), int(MemberCategory::Full));
    QCOMPARE(t.steps().at(1).rollOrgId, 10);
    QCOMPARE(t.steps().at(2).rollOrgId, 11);
    QCOMPARE(t.steps().at(3).rollOrgId, 0);
    QVERIFY(!t.steps().at(3).endsOn.isValid());
    QCOMPARE(t.currentOrgId(), 0);
    QCOMPARE(t.admittedOn(), QDate(2015, 7, 1));
    QCOMPARE(t.fullOn(), QDate(2016, 7, 1));
    QCOMPARE(t.leftOn(), QDate(2024, 1, 1));
}

void TestMemberTimeline::admissionAge()
{
    // 18th birthday on 2008-06-15: the day before is refused, the day itself accepted.
    QVERIFY(!MemberTimeline::build(Born, {ev(QDate(2008, 6, 14), EventKind::Admitted, 10)}).ok());
    QVERIFY(MemberTimeline::build(Born, {ev(QDate(2008, 6, 15), EventKind::Admitted, 10)}).ok());
    // Born on 29 February: 18 on 1 March of a common year.
    const QDate leap(2000, 2, 29);
    QVERIFY(!MemberTimeline::build(leap, {ev(QDate(2018, 2, 28), EventKind::Admitted, 10)}).ok());
    QVERIFY(MemberTimeline::build(leap, {ev(QDate(2018, 3, 1), EventKind::Admitted, 10)}).ok());
}

void TestMemberTimeline::conversionBeforeProbationEnds()
{
    const auto early = MemberTimeline::build(
        Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10), ev(QDate(2016, 6, 30), EventKind::ConvertedFull)});
    QVERIFY(!early.ok());
    QCOMPARE(early.violations().size(), 1);
    QCOMPARE(int(early.violations().first().event.kind), int(EventKind::ConvertedFull));
    QVERIFY(early.violations().first().message.contains(QStringLiteral("2016-07-01")));
    // The refused conversion did not change the category.
    QCOMPARE(int(early.currentCategory()), int(MemberCategory::Probationary));
    QVERIFY(MemberTimeline::build(
                Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10), ev(QDate(2016, 7, 1), EventKind::ConvertedFull)})
                .ok());
    // Conversion before admission.
    QVERIFY(!MemberTimeline::build(Born, {ev(QDate(2016, 7, 1), EventKind::ConvertedFull)}).ok());
}

void TestMemberTimeline::conversionAfterExtension()
{
    const QList<MembershipEvent> base{ev(QDate(2015, 7, 1), EventKind::Admitted, 10),
                                      ev(QDate(2016, 7, 1), EventKind::ProbationExtended)};
    auto tooEarly = base;
    tooEarly.append(ev(QDate(2016, 12, 31), EventKind::ConvertedFull));
    QVERIFY(!MemberTimeline::build(Born, tooEarly).ok());
    auto onTime = base;
    onTime.append(ev(QDate(2017, 1, 1), EventKind::ConvertedFull));
    QVERIFY(MemberTimeline::build(Born, onTime).ok());
}

void TestMemberTimeline::secondExtension()
{
    QVERIFY(!MemberTimeline::build(Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10),
                                          ev(QDate(2016, 7, 1), EventKind::ProbationExtended),
                                          ev(QDate(2016, 12, 1), EventKind::ProbationExtended)})
                 .ok());
}

void TestMemberTimeline::noSecondDeparture()
{
    const auto t = MemberTimeline::build(Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10),
                                                ev(QDate(2020, 1, 1), EventKind::Withdrew, 10),
                                                ev(QDate(2021, 1, 1), EventKind::Died, 10)});
    QVERIFY(!t.ok());
    QCOMPARE(int(t.violations().first().event.kind), int(EventKind::Died));
    QVERIFY(t.violations().first().message.contains(QStringLiteral("2020-01-01")));
}

void TestMemberTimeline::eventsNeedTheRoll()
{
    // A move or a transfer out needs the member on the roll.
    QVERIFY(!MemberTimeline::build(
                 Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 0), ev(QDate(2016, 7, 1), EventKind::Moved, 11)})
                 .ok());
    QVERIFY(!MemberTimeline::build(Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10),
                                          ev(QDate(2016, 7, 1), EventKind::TransferredOut, 10),
                                          ev(QDate(2017, 7, 1), EventKind::Moved, 11)})
                 .ok());
    // A transfer in while on the roll.
    QVERIFY(!MemberTimeline::build(Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10),
                                          ev(QDate(2016, 7, 1), EventKind::TransferredIn, 11)})
                 .ok());
    // A leaving event naming another organization than the member's.
    QVERIFY(!MemberTimeline::build(Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10),
                                          ev(QDate(2016, 7, 1), EventKind::TransferredOut, 11)})
                 .ok());
}

void TestMemberTimeline::admittedOutsideThenTransferredIn()
{
    const auto t = MemberTimeline::build(Born, {ev(QDate(2012, 7, 1), EventKind::Admitted, 0),
                                                ev(QDate(2013, 7, 1), EventKind::ConvertedFull),
                                                ev(QDate(2020, 5, 1), EventKind::TransferredIn, 12)});
    QVERIFY(t.ok());
    QCOMPARE(t.steps().at(0).rollOrgId, 0);
    QCOMPARE(t.steps().at(1).rollOrgId, 0);
    QCOMPARE(t.steps().at(2).rollOrgId, 12);
    QCOMPARE(int(t.steps().at(2).category), int(MemberCategory::Full));
    // Transferred out and back in again later.
    QVERIFY(MemberTimeline::build(Born, {ev(QDate(2012, 7, 1), EventKind::Admitted, 10),
                                         ev(QDate(2014, 7, 1), EventKind::TransferredOut, 10),
                                         ev(QDate(2018, 7, 1), EventKind::TransferredIn, 12)})
                .ok());
}

void TestMemberTimeline::suspendedAndRestored()
{
    const auto t = MemberTimeline::build(
        Born, {ev(QDate(2012, 7, 1), EventKind::Admitted, 10), ev(QDate(2013, 7, 1), EventKind::ConvertedFull),
               ev(QDate(2018, 1, 1), EventKind::Suspended, 10), ev(QDate(2019, 1, 1), EventKind::Restored)});
    QVERIFY(t.ok());
    QCOMPARE(t.currentOrgId(), 10); // restored into the organization left
    QVERIFY(!MemberTimeline::build(
                 Born, {ev(QDate(2012, 7, 1), EventKind::Admitted, 10), ev(QDate(2019, 1, 1), EventKind::Restored, 10)})
                 .ok());
}

void TestMemberTimeline::sameDayOrder()
{
    // An admission listed after another event of the same day still comes first.
    const auto t = MemberTimeline::build(
        Born, {ev(QDate(2015, 7, 1), EventKind::Moved, 11), ev(QDate(2015, 7, 1), EventKind::Admitted, 10)});
    QVERIFY(t.ok());
    QCOMPARE(t.currentOrgId(), 11);
    QCOMPARE(t.steps().at(0).endsOn, QDate(2015, 7, 1)); // an empty interval: never on 10's roll
}

void TestMemberTimeline::stateOnDate()
{
    const auto t = MemberTimeline::build(
        Born, {ev(QDate(2015, 7, 1), EventKind::Admitted, 10), ev(QDate(2020, 3, 1), EventKind::Moved, 11)});
    QVERIFY(t.stateOn(QDate(2015, 6, 30)) == nullptr);
    QCOMPARE(t.stateOn(QDate(2020, 2, 29))->rollOrgId, 10);
    QCOMPARE(t.stateOn(QDate(2020, 3, 1))->rollOrgId, 11);
}

QTEST_GUILESS_MAIN(TestMemberTimeline)
#include "tst_membertimeline.moc"
