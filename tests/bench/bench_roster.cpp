// Times the roster queries of the main window (RosterService) on an existing database, e.g.
// one made by `partyroll-cli --db /tmp/r.db generate --members 1000000 --orgs 50000`:
//   bench_roster /tmp/r.db
// Each case runs a few times; the first (cold) and the best time are printed.

#include "BenchTiming.h"
#include "core/Clock.h"
#include "services/RosterService.h"
#include "store/Database.h"
#include "store/OrganizationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>
#include <functional>

using BenchTiming::print;
using BenchTiming::time;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        print(QStringLiteral("usage: bench_roster DATABASE"), stderr);
        return 2;
    }
    auto opened = Database::open(args[1], Database::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        print(opened.error().message(), stderr);
        return 1;
    }
    Database& db = **opened;
    const UserContext user = UserContext::localUser();
    RosterService roster(db);
    const QDate today = Clock::today();

    // The committee (党委) whose subtree has the most members on its roll.
    OrganizationStore orgs(db);
    const auto tree = orgs.treeOn(today);
    const auto rollCounts = orgs.rollCountsOn(today);
    if (!tree.ok() || !rollCounts.ok()) {
        print(QStringLiteral("cannot read the organization tree"), stderr);
        return 1;
    }
    QHash<qint64, qint64> parentOf;
    for (const auto& node : *tree) {
        parentOf.insert(node.id, node.parentId);
    }
    QHash<qint64, OrgType> typeOf;
    for (const auto& node : *tree) {
        typeOf.insert(node.id, node.type);
    }
    // The organization of a type whose subtree has the most members on its roll.
    auto biggest = [&](OrgType type, qint64& members) {
        QHash<qint64, qint64> subtreeMembers;
        for (auto it = rollCounts->cbegin(); it != rollCounts->cend(); ++it) {
            for (qint64 id = it.key(); id != 0; id = parentOf.value(id)) {
                if (typeOf.value(id) == type) {
                    subtreeMembers[id] += it.value();
                }
            }
        }
        qint64 best = 0;
        for (auto it = subtreeMembers.cbegin(); it != subtreeMembers.cend(); ++it) {
            if (best == 0 || it.value() > subtreeMembers.value(best)) {
                best = it.key();
            }
        }
        members = subtreeMembers.value(best);
        return best;
    };
    qint64 committeeMembers = 0;
    qint64 higherMembers = 0;
    const qint64 committee = biggest(OrgType::Committee, committeeMembers);
    const qint64 higher = biggest(OrgType::HigherCommittee, higherMembers);
    const auto subtree = orgs.subtreeOn(committee, today);
    const auto higherSubtree = orgs.subtreeOn(higher, today);
    if (!subtree.ok() || !higherSubtree.ok()) {
        print(QStringLiteral("cannot read a subtree"), stderr);
        return 1;
    }
    print(QStringLiteral("%1 organizations; biggest committee %2: %3 organizations, %4 members on the roll;"
                         " biggest higher committee %5: %6 organizations, %7 members")
              .arg(tree->size())
              .arg(committee)
              .arg(subtree->size())
              .arg(committeeMembers)
              .arg(higher)
              .arg(higherSubtree->size())
              .arg(higherMembers));

    auto firstPage = [&](const RosterQuery& query) {
        return [&roster, &user, query]() {
            const auto rows = roster.page(user, query, nullptr, 200);
            if (!rows.ok()) {
                return rows.error().message();
            }
            return QStringLiteral("%1 rows, first %2")
                .arg(rows->size())
                .arg(rows->isEmpty() ? QString() : rows->first().name);
        };
    };
    auto tenthPage = [&](const RosterQuery& query) {
        return [&roster, &user, query]() {
            QList<RosterRow> last;
            for (int i = 0; i < 10; ++i) {
                auto rows = roster.page(user, query, last.isEmpty() ? nullptr : &last.constLast(), 200);
                if (!rows.ok()) {
                    return rows.error().message();
                }
                last = *rows;
            }
            return QStringLiteral("page 10: %1 rows").arg(last.size());
        };
    };
    auto count = [&](const RosterQuery& query) {
        return [&roster, &user, query]() {
            const auto n = roster.count(user, query);
            return n.ok() ? QStringLiteral("%1 members").arg(*n) : n.error().message();
        };
    };

    RosterQuery whole;
    whole.allOrganizations = true;
    RosterQuery branch;
    branch.orgIds = *subtree;
    RosterQuery big;
    big.orgIds = *higherSubtree;
    auto sorted = [](RosterQuery q, RosterColumn column, bool descending = false) {
        q.sortColumn = column;
        q.descending = descending;
        return q;
    };
    auto search = [](RosterQuery q, const char* text) {
        q.search = QString::fromUtf8(text);
        return q;
    };

    time(QStringLiteral("whole roll: first page (record order)"), firstPage(whole));
    time(QStringLiteral("whole roll: first page by name"), firstPage(sorted(whole, RosterColumn::Name)));
    time(QStringLiteral("whole roll: first page by admission desc"),
         firstPage(sorted(whole, RosterColumn::AdmittedOn, true)));
    time(QStringLiteral("whole roll: 10 pages (keyset) by name"), tenthPage(sorted(whole, RosterColumn::Name)), 1);
    time(QStringLiteral("whole roll: count"), count(whole));
    time(QStringLiteral("committee subtree: first page (record order)"), firstPage(branch));
    time(QStringLiteral("committee subtree: first page by name"), firstPage(sorted(branch, RosterColumn::Name)));
    time(QStringLiteral("committee subtree: first page by organization"),
         firstPage(sorted(branch, RosterColumn::Organization)));
    time(QStringLiteral("committee subtree: count"), count(branch));
    time(QStringLiteral("higher committee subtree: first page"), firstPage(big));
    time(QStringLiteral("higher committee subtree: first page by name"), firstPage(sorted(big, RosterColumn::Name)));
    time(QStringLiteral("higher committee subtree: count"), count(big));
    time(QStringLiteral("search 张 higher committee subtree: first page"), firstPage(search(big, "张")));
    time(QStringLiteral("search 张 higher committee subtree: count"), count(search(big, "张")));
    time(QStringLiteral("search 张 whole roll: first page"), firstPage(search(whole, "张")));
    time(QStringLiteral("search 张 whole roll: first page by name"),
         firstPage(sorted(search(whole, "张"), RosterColumn::Name)));
    time(QStringLiteral("search 张 whole roll: count"), count(search(whole, "张")));
    time(QStringLiteral("search 1101 whole roll: first page"), firstPage(search(whole, "1101")));
    time(QStringLiteral("search 1101 whole roll: count"), count(search(whole, "1101")));
    time(QStringLiteral("search 张 committee subtree: first page"), firstPage(search(branch, "张")));
    time(QStringLiteral("search 张 committee subtree: count"), count(search(branch, "张")));
    time(QStringLiteral("search 1101 committee subtree: first page"), firstPage(search(branch, "1101")));
    return 0;
}
