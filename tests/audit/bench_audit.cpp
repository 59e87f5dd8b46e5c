// Benchmark (not a test): the cost of the audit trail per write. N MemberService::update calls
// (each its own transaction, one changed field) with the trail, then the same after dropping
// the trigger. Run by hand: build-audit/bin/bench_audit [N]

#include "Fixtures.h"
#include "TempDatabase.h"
#include "services/MemberService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

double run(Database& db, Member member, int count, int offset)
{
    MemberService service(db);
    const UserContext user = UserContext::localUser();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        member.phone = QStringLiteral("139%1").arg(offset + i, 8, 10, QChar(u'0'));
        if (!service.update(user, member).ok()) {
            std::fprintf(stderr, "update failed\n");
            return -1;
        }
    }
    return double(timer.nsecsElapsed()) / 1000.0 / count;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    TempDatabase temp;
    if (!Fixtures::import(temp.db())) {
        return 1;
    }
    auto found =
        MemberService(temp.db()).findByIdNumber(UserContext::localUser(), QStringLiteral("110105198003151015"));
    const Member member = *found.value();
    auto sql = temp.db().exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_members_update'"));
    if (!sql.ok() || !sql->next()) {
        return 1;
    }
    const QString trigger = sql->value(0).toString();
    sql->finish();
    // Alternating rounds, so that a busy machine weighs on both sides alike.
    constexpr int Rounds = 4;
    double with = 0;
    double without = 0;
    for (int round = 0; round < Rounds; ++round) {
        with += run(temp.db(), member, count / Rounds, 2 * round * count);
        (void)temp.db().exec(QStringLiteral("DROP TRIGGER audit_members_update"));
        without += run(temp.db(), member, count / Rounds, (2 * round + 1) * count);
        (void)temp.db().exec(trigger);
    }
    with /= Rounds;
    without /= Rounds;
    std::printf("%d MemberService::update calls (one field changed, one transaction each)\n", count);
    std::printf("with the audit trail:    %8.1f us per call\n", with);
    std::printf("without (trigger off):   %8.1f us per call\n", without);
    std::printf("overhead:                %8.1f us per call (%.0f%%)\n", with - without,
                100.0 * (with - without) / without);
    return 0;
}
