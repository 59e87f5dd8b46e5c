// Times StatisticsService on an existing database, e.g. one made by
//   partyroll-cli generate --members 1000000 --orgs 50000 --years 10 --seed 1 --db /tmp/stats1m.db
//   bench_stats /tmp/stats1m.db --year 2025 --branches 200 --runs 5
// Prints the whole database (median of the runs), every branch picked at random (median, 95th
// percentile and maximum: the target is under 50 ms for any branch), random committees, and
// the ten yearly balances of the check's statistics audit.

#include "services/StatisticsService.h"
#include "store/Database.h"
#include "store/OrganizationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void print(const QString& line, FILE* stream = stdout)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

double milliseconds(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1].startsWith(u'-')) {
        print(QStringLiteral("usage: bench_stats DATABASE [--year Y] [--branches N] [--runs R]"), stderr);
        return 2;
    }
    auto opened = Database::open(args[1], Database::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        print(opened.error().message(), stderr);
        return 4;
    }
    Database& db = **opened;
    const int year = option(args, QStringLiteral("--year"), QStringLiteral("2025")).toInt();
    const int branchCount = option(args, QStringLiteral("--branches"), QStringLiteral("200")).toInt();
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const UserContext user = UserContext::localUser();
    StatisticsService service(db);
    const StatisticsRequest yearRequest = StatisticsRequest::forYear(year);

    std::vector<double> whole;
    qint64 total = 0;
    for (int i = 0; i < runs; ++i) {
        whole.push_back(milliseconds([&] { total = service.compute(user, yearRequest)->members.total; }));
    }
    QStringList all;
    for (const double ms : whole) {
        all << QString::number(ms, 'f', 0);
    }
    print(QStringLiteral("whole database, %1:       median %2 ms (runs: %3 ms), %4 members on the roll")
              .arg(year)
              .arg(percentile(whole, 0.5), 0, 'f', 0)
              .arg(all.join(QStringLiteral(" ")))
              .arg(total));

    OrganizationStore orgs(db);
    const auto tree = orgs.treeOn(yearRequest.asOf);
    if (!tree.ok()) {
        print(tree.error().message(), stderr);
        return 4;
    }
    QList<qint64> branches;
    QList<qint64> committees;
    QList<const OrganizationStore::Node*> roots;
    for (const OrganizationStore::Node& node : *tree) {
        (node.type == OrgType::Branch ? branches : committees).append(node.id);
        if (node.parentId == 0) {
            roots.append(&node);
        }
    }
    QRandomGenerator random(1);
    auto sample = [&](const QList<qint64>& ids, int count, const QString& label) {
        if (ids.isEmpty() || count <= 0) {
            return;
        }
        std::vector<double> times;
        qint64 members = 0;
        for (int i = 0; i < count; ++i) {
            StatisticsRequest request = yearRequest;
            request.rootId = ids.at(random.bounded(ids.size()));
            times.push_back(milliseconds([&] { members += service.compute(user, request)->members.total; }));
        }
        print(QStringLiteral("%1 x%2: median %3 ms, p95 %4 ms, max %5 ms, %6 members on average")
                  .arg(label)
                  .arg(count)
                  .arg(percentile(times, 0.5), 0, 'f', 2)
                  .arg(percentile(times, 0.95), 0, 'f', 2)
                  .arg(percentile(times, 1.0), 0, 'f', 2)
                  .arg(double(members) / count, 0, 'f', 0));
    };
    sample(branches, branchCount, QStringLiteral("one branch      "));
    sample(committees, std::max(1, branchCount / 10), QStringLiteral("higher bodies   "));

    // The largest subtrees: the roots of the tree (a sequential pass when they hold more than an
    // eighth of the organizations, the roll index otherwise).
    for (const OrganizationStore::Node* root : std::as_const(roots)) {
        StatisticsRequest request = yearRequest;
        request.rootId = root->id;
        qint64 members = 0;
        const double ms = milliseconds([&] { members = service.compute(user, request)->members.total; });
        print(QStringLiteral("root %1: %2 ms, %3 members").arg(root->code, -16).arg(ms, 0, 'f', 0).arg(members));
    }

    const double balances = milliseconds([&] {
        const auto b = service.yearlyBalances(user, 0, year - 10, QDate(year, 12, 31));
        total = b.ok() ? b->size() : -1;
    });
    print(QStringLiteral("yearly balances, %1 years, whole database: %2 ms").arg(total).arg(balances, 0, 'f', 0));
    return 0;
}
