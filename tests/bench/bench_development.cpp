// Times the development pipeline (DevelopmentService) on an existing database, e.g. one made by
// `partyroll-cli --db /tmp/d.db generate --members 1000000 --orgs 50000`:
//   bench_development /tmp/d.db
// The pipeline view of the whole database and of the biggest committee, the statistics'
// development figures, and export + dry-run import of every applicant. Each case runs a few
// times; the first (cold) and the best time are printed.

#include "BenchTiming.h"
#include "core/Clock.h"
#include "services/DevelopmentService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "store/Database.h"
#include "store/OrganizationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using BenchTiming::print;
using BenchTiming::time;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        print(QStringLiteral("usage: bench_development DATABASE"), stderr);
        return 2;
    }
    auto opened = Database::open(args[1], Database::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        print(opened.error().message(), stderr);
        return 1;
    }
    Database& db = **opened;
    const UserContext user = UserContext::localUser();
    const QDate today = Clock::today();
    DevelopmentService service(db);

    // The committee with the largest subtree today.
    OrganizationStore orgs(db);
    const auto tree = orgs.treeOn(today);
    if (!tree.ok()) {
        print(tree.error().message(), stderr);
        return 1;
    }
    QHash<qint64, qint64> parentOf;
    QHash<qint64, int> subtreeSize;
    for (const auto& node : *tree) {
        parentOf.insert(node.id, node.parentId);
    }
    QHash<qint64, OrgType> typeOf;
    for (const auto& node : *tree) {
        typeOf.insert(node.id, node.type);
        for (qint64 id = node.id; id != 0; id = parentOf.value(id)) {
            ++subtreeSize[id];
        }
    }
    qint64 committee = 0;
    for (auto it = subtreeSize.cbegin(); it != subtreeSize.cend(); ++it) {
        if (typeOf.value(it.key()) == OrgType::Committee &&
            (committee == 0 || it.value() > subtreeSize.value(committee))) {
            committee = it.key();
        }
    }
    print(QStringLiteral("%1 organizations; biggest committee %2 with %3 organizations")
              .arg(tree->size())
              .arg(committee)
              .arg(subtreeSize.value(committee)));

    auto pipeline = [&](qint64 root) {
        return [&service, &user, root]() {
            const auto p = service.pipeline(user, root);
            if (!p.ok()) {
                return p.error().message();
            }
            return QStringLiteral("%1 applicants, %2 activists, %3 targets, %4 probationary; due: %5 talks,"
                                  " %6 approvals, %7 probations")
                .arg(p->applicants)
                .arg(p->activists)
                .arg(p->targets)
                .arg(p->probationary)
                .arg(p->talks.size())
                .arg(p->approvals.size())
                .arg(p->probations.size());
        };
    };
    time(QStringLiteral("pipeline, whole database"), pipeline(0));
    time(QStringLiteral("pipeline, biggest committee"), pipeline(committee));

    QSet<qint64> all;
    for (const auto& node : *tree) {
        all.insert(node.id);
    }
    time(QStringLiteral("statistics development figures"), [&]() {
        const auto f = service.figures(all, all, QDate(today.year(), 1, 1), today, today);
        return f.ok() ? QStringLiteral("%1 received, %2 activists at the end, %3 targets at the end")
                            .arg(f->applicantsReceived)
                            .arg(f->activistsAtEnd)
                            .arg(f->targetsAtEnd)
                      : f.error().message();
    });

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("applicants.csv"));
    time(
        QStringLiteral("export applicants"),
        [&]() {
            const auto rows = ExportService(db).exportTable(user, TableKind::Applicants, file);
            return rows.ok() ? QStringLiteral("%1 rows").arg(*rows) : rows.error().message();
        },
        1);
    time(
        QStringLiteral("import applicants --dry-run"),
        [&]() {
            ImportOptions options;
            options.dryRun = true;
            const auto report = ImportService(db).importFile(user, TableKind::Applicants, file, options);
            return report.ok()
                       ? QStringLiteral("%1 unchanged, %2 issues").arg(report->unchanged).arg(report->issues.size())
                       : report.error().message();
        },
        1);
    return 0;
}
