// Drives the real main window offscreen on an existing (big) database and times what a user
// waits for: the first roster rows after start, a search typed into the roster, choosing a big
// organization in the tree; then the process's memory. E.g.
//   build/bin/partyroll-cli --db /tmp/gui1m.db generate --members 1000000 --orgs 50000 --years 10
//   QT_QPA_PLATFORM=offscreen build/bin/bench_gui /tmp/gui1m.db
// Targets (GUI issue): first rows < 1 s, a search < 150 ms, memory < 300 MB.

#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "gui/main/MainWindow.h"
#include "gui/members/RosterModel.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "store/Database.h"
#include "store/OrganizationStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

namespace {

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Processes events until the condition holds; the milliseconds it took (-1 = timed out).
// The longest time the GUI thread was busy in one pass of the event loop during waitFor (a
// frozen window is what a user notices).
qint64 longestStallMs = 0;

double waitFor(const QElapsedTimer& since, const std::function<bool()>& condition, int timeoutMs = 60000)
{
    QElapsedTimer pass;
    while (!condition()) {
        if (since.elapsed() > timeoutMs) {
            return -1;
        }
        pass.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longestStallMs = std::max(longestStallMs, pass.elapsed());
    }
    return double(since.nsecsElapsed()) / 1e6;
}

// VmRSS and VmHWM (peak) of this process, in MiB.
QString memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return QStringLiteral("?");
    }
    QString rss;
    QString peak;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const auto mib = [&] { return QString::number(line.simplified().split(' ').value(1).toLongLong() / 1024); };
        if (line.startsWith("VmRSS:")) {
            rss = mib();
        } else if (line.startsWith("VmHWM:")) {
            peak = mib();
        }
    }
    return QStringLiteral("resident %1 MiB, peak %2 MiB").arg(rss, peak);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        print(QStringLiteral("usage: bench_gui DATABASE"));
        return 2;
    }
    QTemporaryDir settings;
    Settings::useFile(settings.filePath(QStringLiteral("settings.ini")));
    Language::install(QStringLiteral("zh"));

    QElapsedTimer start;
    start.start();
    auto opened = Database::open(app.arguments()[1], Database::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        print(opened.error().message());
        return 1;
    }
    const qint64 openedMs = start.elapsed();
    MainWindow window(*opened);
    const qint64 constructedMs = start.elapsed();
    window.show();
    auto* view = window.findChild<QTableView*>(QStringLiteral("rosterView"));
    auto* model = qobject_cast<RosterModel*>(view->model());
    const double firstRows = waitFor(start, [&] { return model->rowCount() > 0; });
    const qint64 startStall = longestStallMs;
    print(QStringLiteral("start to first roster rows (whole roll, tree of every organization): %1 ms"
                         " (database open %2 ms, window built %3 ms)")
              .arg(firstRows, 0, 'f', 1)
              .arg(openedMs)
              .arg(constructedMs));
    print(QStringLiteral("  longest event-loop pass before them: %1 ms").arg(startStall));
    const double counted = waitFor(start, [&] { return model->totalCount() >= 0; });
    print(QStringLiteral("start to the roll's count in the status bar: %1 ms (%2 members)")
              .arg(counted, 0, 'f', 1)
              .arg(model->totalCount()));

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("rosterSearchEdit"));
    const auto timeSearch = [&](const QString& text) {
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        waitFor(start, [&] { return model->totalCount() >= 0; });
        QElapsedTimer timer;
        timer.start();
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return); // Enter applies at once (no debounce wait)
        const double rows = waitFor(timer, [&] { return model->rowCount() > 0 || model->totalCount() == 0; });
        const double count = waitFor(timer, [&] { return model->totalCount() >= 0; });
        print(QStringLiteral("search %1: first rows %2 ms, count %3 ms (%4 found; longest pass so far %5 ms)")
                  .arg(text, -20)
                  .arg(rows, 6, 'f', 1)
                  .arg(count, 6, 'f', 1)
                  .arg(model->totalCount())
                  .arg(longestStallMs));
    };
    timeSearch(QStringLiteral("张"));
    timeSearch(QStringLiteral("王芳"));
    timeSearch(model->index(0, RosterModel::IdNumberColumn).data().toString().left(10));
    timeSearch(model->index(0, RosterModel::IdNumberColumn).data().toString());
    timeSearch(QStringLiteral("139"));
    timeSearch(QStringLiteral("无此人"));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);

    // The committee with the most organizations under it, chosen in the tree.
    OrganizationStore orgs(**opened);
    const auto tree = orgs.treeOn(Clock::today());
    QHash<qint64, int> descendants;
    QHash<qint64, qint64> parentOf;
    for (const auto& node : *tree) {
        parentOf.insert(node.id, node.parentId);
    }
    for (const auto& node : *tree) {
        for (qint64 id = node.parentId; id != 0; id = parentOf.value(id)) {
            ++descendants[id];
        }
    }
    qint64 biggest = 0;
    for (auto it = descendants.cbegin(); it != descendants.cend(); ++it) {
        if (biggest == 0 || it.value() > descendants.value(biggest)) {
            biggest = it.key();
        }
    }
    auto* treeWidget = window.findChild<OrganizationTreeWidget*>();
    QElapsedTimer choose;
    choose.start();
    treeWidget->selectOrganization(biggest);
    const double chosenRows = waitFor(choose, [&] { return model->rowCount() > 0 || model->totalCount() == 0; });
    const double chosenCount = waitFor(choose, [&] { return model->totalCount() >= 0; });
    print(QStringLiteral("choose the biggest organization (%1 under it): first rows %2 ms, count %3 ms (%4 members)")
              .arg(descendants.value(biggest))
              .arg(chosenRows, 0, 'f', 1)
              .arg(chosenCount, 0, 'f', 1)
              .arg(model->totalCount()));

    // Scroll through 50 pages (10,000 rows) of the roster.
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 50 && model->canFetchMore({}); ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    print(QStringLiteral("scroll to the end 50 times: %1 ms, %2 rows loaded")
              .arg(scroll.elapsed())
              .arg(model->rowCount()));
    print(QStringLiteral("longest pass of the event loop (GUI thread busy): %1 ms").arg(longestStallMs));
    print(QStringLiteral("memory: %1").arg(memory()));
    return 0;
}
