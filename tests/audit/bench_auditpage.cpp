// Benchmark (not a test): how long a page of the audit trail takes to put in the user's terms
// (AuditService::rows: the page read, its members, organizations, elections ... named with one
// query per kind of reference). Writes a mix of changes to members spread over the roll (an
// update of two fields, an event) so that the newest page names many different records, then
// times the first page, newest first, and the page of one organization's subtree.
// Run by hand on a copy of a large database:
//   partyroll-cli --db big.db init && partyroll-cli --db big.db generate --members 1000000
//   build-audit/bin/bench_auditpage big.db [PAGE]

#include "core/UserContext.h"
#include "services/AuditService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {

// The median of several runs of one page, in milliseconds.
double pageMs(AuditService& service, const AuditFilter& filter, int page, qsizetype& rows)
{
    QList<double> times;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto found = service.rows(UserContext::localUser(), filter, page);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!found.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(found.error().message()));
            return -1;
        }
        rows = found->size();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_auditpage DATABASE [PAGE]\n");
        return 2;
    }
    const int page = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 1;
    }
    Database& database = **db;
    auto count = database.exec(QStringLiteral("SELECT count(*), max(id) FROM members"));
    if (!count.ok() || !count->next()) {
        return 1;
    }
    const qint64 members = count->value(0).toLongLong();
    const qint64 maxId = count->value(1).toLongLong();
    count->finish();

    // Members spread over the roll: each gets a phone and an education change (two rows).
    const UserContext user = UserContext::localUser();
    MemberService service(database);
    int written = 0;
    for (int i = 0; i < page / 2; ++i) {
        const qint64 id = 1 + (maxId * (2 * i + 1)) / page;
        auto found = service.findById(user, id);
        if (!found.ok() || !found->has_value()) {
            continue;
        }
        Member m = **found;
        m.phone = QStringLiteral("139%1").arg(id % 100000000, 8, 10, QChar(u'0'));
        m.education = m.education == Education::Bachelor ? Education::Postgraduate : Education::Bachelor;
        if (service.update(user, m).ok()) {
            ++written;
        }
    }
    // Moves to the organization of another member: an event each, naming a member and an
    // organization; and organizations' staff counts: their records by code and name.
    int moved = 0;
    for (int i = 0; i < page / 4; ++i) {
        const qint64 id = 1 + (maxId * (4 * i + 3)) / page;
        auto from = service.findById(user, id);
        auto to = service.findById(user, std::max<qint64>(1, maxId - id));
        if (!from.ok() || !from->has_value() || !to.ok() || !to->has_value() || (*to)->orgId == (*from)->orgId ||
            (*to)->orgId == 0) {
            continue;
        }
        MembershipEvent e;
        e.memberId = id;
        e.date = QDate::currentDate();
        e.kind = EventKind::Moved;
        e.orgId = (*to)->orgId;
        if (service.recordEvent(user, e).ok()) {
            ++moved;
        }
    }
    OrganizationService organizations(database);
    int orgs = 0;
    for (qint64 id = 1; id <= page / 4; ++id) {
        auto found = organizations.findById(user, id * 97);
        if (!found.ok() || !found->has_value()) {
            continue;
        }
        Organization o = **found;
        o.staffCount = o.staffCount.value_or(0) + 1;
        if (organizations.update(user, o).ok()) {
            ++orgs;
        }
    }
    std::printf("%lld members; %d members changed (two fields each), %d moved, %d organizations changed\n", members,
                written, moved, orgs);

    AuditService audit(database);
    qsizetype rows = 0;
    const double newest = pageMs(audit, AuditFilter{}, page, rows);
    std::printf("newest page of %lld rows: %.1f ms (median of 9)\n", qlonglong(rows), newest);
    auto org = database.exec(QStringLiteral("SELECT id FROM organizations WHERE parent_id IS NULL LIMIT 1"));
    if (org.ok() && org->next()) {
        AuditFilter filter;
        filter.orgId = org->value(0).toLongLong();
        org->finish();
        const double subtree = pageMs(audit, filter, page, rows);
        std::printf("page of a root organization's subtree, %lld rows: %.1f ms (median of 9)\n", qlonglong(rows),
                    subtree);
    }
    // The stored rows alone, for comparison: what the naming adds.
    QElapsedTimer timer;
    timer.start();
    auto plain = audit.entries(user, AuditFilter{}, page);
    std::printf("the same page as stored (no names): %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
    return plain.ok() ? 0 : 1;
}
