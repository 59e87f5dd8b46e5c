#include "TempDatabase.h"
#include "core/Language.h"
#include "io/TableReader.h"
#include "services/DataGenerator.h"
#include "services/ExportService.h"
#include "services/StatisticsService.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

// The statistics engine against a small independent routine: a generated database is exported
// to CSV (what a user would hand to an auditor), the routine below replays the exported files
// day by day with none of the engine's code, and both must agree on 20 random (subtree, date)
// pairs, half of them next to a re-affiliation or dissolution.
class TestStatisticsCrossCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithTheExportedFiles();
};

namespace {

// --- The independent routine: the exported tables, replayed -------------------------------

struct OrgRow
{
    QString type;
    QString parent;
    QDate established;                               // null: since always
    QDate dissolved;                                 // null: still exists
    QList<std::pair<QDate, QString>> reaffiliations; // (date, new parent), by date
};

struct Step
{
    QDate date;
    QString kind;
    QString org;
};

struct State
{
    QString org; // roll; empty = none
    bool probationary = false;
};

struct Person
{
    bool female = false;
    QDate birth;
    QString education;
    QList<Step> steps;        // replay order
    QList<State> statesAfter; // one per step
};

struct Figures
{
    qint64 total = 0;
    qint64 female = 0;
    qint64 probationary = 0;
    qint64 aged35OrUnder = 0;
    qint64 collegeOrAbove = 0;
    qint64 increase = 0;
    qint64 decrease = 0;
    qint64 opening = 0;
};

class ExportedRoster
{
public:
    QHash<QString, OrgRow> orgs;
    QHash<QString, Person> people;

    bool exists(const QString& code, const QDate& day) const
    {
        const auto it = orgs.constFind(code);
        if (it == orgs.cend()) {
            return false;
        }
        const OrgRow& o = *it;
        return (!o.established.isValid() || o.established <= day) && (!o.dissolved.isValid() || day < o.dissolved);
    }

    QString parentOn(const QString& code, const QDate& day) const
    {
        const auto it = orgs.constFind(code);
        if (it == orgs.cend()) {
            return {};
        }
        const OrgRow& o = *it;
        QString parent = o.parent;
        for (const auto& [date, newParent] : o.reaffiliations) {
            if (date <= day) {
                parent = newParent;
            }
        }
        return parent;
    }

    // The root's subtree on a day; an empty root is the whole database.
    bool inSubtree(const QString& code, const QString& root, const QDate& day) const
    {
        if (code.isEmpty() || !orgs.contains(code) || !exists(code, day)) {
            return false;
        }
        if (root.isEmpty()) {
            return true;
        }
        QString at = code;
        for (int depth = 0; depth < 100 && !at.isEmpty(); ++depth) {
            if (!exists(at, day)) {
                return false;
            }
            if (at == root) {
                return true;
            }
            at = parentOn(at, day);
        }
        return false;
    }

    // docs/statistics.md: flows count against the organizations that were under the root on
    // the last day of [min(from - 1, as-of), max(to, as-of)] on which they existed. Found here
    // by walking back day by day.
    QSet<QString> flowScope(const QString& root, const QDate& from, const QDate& to, const QDate& asOf) const
    {
        const QDate low = std::min(from.addDays(-1), asOf);
        const QDate high = std::max(to, asOf);
        QSet<QString> scope;
        for (auto it = orgs.cbegin(); it != orgs.cend(); ++it) {
            QDate day = exists(it.key(), asOf) ? asOf : high;
            while (day >= low && !exists(it.key(), day)) {
                day = day.addDays(-1);
            }
            if (day >= low && inSubtree(it.key(), root, day)) {
                scope.insert(it.key());
            }
        }
        return scope;
    }

    static const State* stateOn(const Person& p, const QDate& day)
    {
        const State* found = nullptr;
        for (qsizetype i = 0; i < p.steps.size() && p.steps[i].date <= day; ++i) {
            found = &p.statesAfter[i];
        }
        return found;
    }

    Figures figures(const QString& root, const QDate& asOf) const
    {
        const QDate from(asOf.year(), 1, 1);
        const QSet<QString> scope = flowScope(root, from, asOf, asOf);
        Figures f;
        for (const Person& p : people) {
            const State* now = stateOn(p, asOf);
            if (now && inSubtree(now->org, root, asOf)) {
                ++f.total;
                f.female += p.female ? 1 : 0;
                f.probationary += now->probationary ? 1 : 0;
                int age = asOf.year() - p.birth.year();
                if (asOf.month() < p.birth.month() || (asOf.month() == p.birth.month() && asOf.day() < p.birth.day())) {
                    --age;
                }
                f.aged35OrUnder += age <= 35 ? 1 : 0;
                f.collegeOrAbove +=
                    (p.education == QStringLiteral("postgraduate") || p.education == QStringLiteral("bachelor") ||
                     p.education == QStringLiteral("junior_college"))
                        ? 1
                        : 0;
            }
            const State* opening = stateOn(p, from.addDays(-1));
            f.opening += opening && scope.contains(opening->org) ? 1 : 0;
            for (qsizetype i = 0; i < p.steps.size(); ++i) {
                if (p.steps[i].date < from || p.steps[i].date > asOf) {
                    continue;
                }
                const bool before = i > 0 && scope.contains(p.statesAfter[i - 1].org);
                const bool after = scope.contains(p.statesAfter[i].org);
                f.increase += !before && after ? 1 : 0;
                f.decrease += before && !after ? 1 : 0;
            }
        }
        return f;
    }
};

bool readTable(const QString& path, const std::function<void(const QHash<QString, QString>&)>& row)
{
    auto reader = TableReader::open(path);
    if (!reader.ok()) {
        qWarning("%s", qPrintable(reader.error().message()));
        return false;
    }
    const QStringList headers = (*reader)->headers();
    TableRow r;
    while ((*reader)->next(r)) {
        QHash<QString, QString> cells;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            cells.insert(headers[i], i < r.cells.size() ? r.cells[i] : QString());
        }
        row(cells);
    }
    return !(*reader)->error().has_value();
}

QDate dateOf(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Replays a member's exported events: admission first on its day, otherwise the file's order.
void replay(Person& p)
{
    std::stable_sort(p.steps.begin(), p.steps.end(), [](const Step& a, const Step& b) {
        if (a.date != b.date) {
            return a.date < b.date;
        }
        return (a.kind == QStringLiteral("admitted")) > (b.kind == QStringLiteral("admitted"));
    });
    static const QStringList leaving{QStringLiteral("probation_cancelled"),
                                     QStringLiteral("transferred_out"),
                                     QStringLiteral("died"),
                                     QStringLiteral("expelled"),
                                     QStringLiteral("removed"),
                                     QStringLiteral("withdrew"),
                                     QStringLiteral("suspended")};
    State state;
    QString lastRoll;
    for (const Step& s : p.steps) {
        if (s.kind == QStringLiteral("admitted")) {
            state = State{s.org, true};
        } else if (s.kind == QStringLiteral("converted_full")) {
            state.probationary = false;
        } else if (s.kind == QStringLiteral("transferred_in") || s.kind == QStringLiteral("moved")) {
            state.org = s.org;
        } else if (s.kind == QStringLiteral("restored")) {
            state.org = s.org.isEmpty() ? lastRoll : s.org;
        } else if (leaving.contains(s.kind)) {
            state.org.clear();
        }
        if (!state.org.isEmpty()) {
            lastRoll = state.org;
        }
        p.statesAfter.append(state);
    }
}

} // namespace

void TestStatisticsCrossCheck::initTestCase()
{
    Language::install(QStringLiteral("en")); // English keys in the exported files
}

void TestStatisticsCrossCheck::agreesWithTheExportedFiles()
{
    TempDatabase temp;
    const UserContext user = UserContext::localUser();
    GeneratorOptions options;
    options.members = 3000;
    options.years = 10;
    options.seed = 20261121;
    options.today = QDate(2026, 11, 21);
    const auto generated = DataGenerator(temp.db()).generate(user, options);
    QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().message()));
    QVERIFY(generated->orgEvents > 0);

    ExportService exporter(temp.db());
    for (const auto& [kind, name] :
         {std::pair{TableKind::Orgs, "orgs.csv"}, std::pair{TableKind::OrgEvents, "org-events.csv"},
          std::pair{TableKind::Members, "members.csv"}, std::pair{TableKind::Events, "events.csv"}}) {
        const auto written = exporter.exportTable(user, kind, temp.file(QLatin1String(name)));
        QVERIFY2(written.ok(), name);
    }

    ExportedRoster roster;
    QVERIFY(readTable(temp.file(QStringLiteral("orgs.csv")), [&](const QHash<QString, QString>& c) {
        roster.orgs.insert(c.value(QStringLiteral("code")), OrgRow{c.value(QStringLiteral("type")),
                                                                   c.value(QStringLiteral("parent")),
                                                                   dateOf(c.value(QStringLiteral("established_on"))),
                                                                   dateOf(c.value(QStringLiteral("dissolved_on"))),
                                                                   {}});
    }));
    QList<std::pair<QString, QDate>> orgEvents;
    QVERIFY(readTable(temp.file(QStringLiteral("org-events.csv")), [&](const QHash<QString, QString>& c) {
        const QString code = c.value(QStringLiteral("code"));
        const QDate date = dateOf(c.value(QStringLiteral("date")));
        if (c.value(QStringLiteral("kind")) == QStringLiteral("reaffiliated")) {
            roster.orgs[code].reaffiliations.append({date, c.value(QStringLiteral("parent"))});
        }
        if (c.value(QStringLiteral("kind")) != QStringLiteral("renamed")) {
            orgEvents.append({code, date});
        }
    }));
    for (OrgRow& o : roster.orgs) {
        std::stable_sort(o.reaffiliations.begin(), o.reaffiliations.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    QVERIFY(readTable(temp.file(QStringLiteral("members.csv")), [&](const QHash<QString, QString>& c) {
        Person& p = roster.people[c.value(QStringLiteral("id_number"))];
        p.female = c.value(QStringLiteral("gender")) == QStringLiteral("female");
        p.birth = dateOf(c.value(QStringLiteral("birth_date")));
        p.education = c.value(QStringLiteral("education"));
    }));
    QVERIFY(readTable(temp.file(QStringLiteral("events.csv")), [&](const QHash<QString, QString>& c) {
        roster.people[c.value(QStringLiteral("id_number"))].steps.append(Step{
            dateOf(c.value(QStringLiteral("date"))), c.value(QStringLiteral("kind")), c.value(QStringLiteral("org"))});
    }));
    QCOMPARE(roster.people.size(), 3000);
    for (Person& p : roster.people) {
        replay(p);
    }

    // 20 pairs: the whole database, random organizations on random days of the ten years, and
    // the organizations next to a re-affiliation or dissolution around its date.
    QRandomGenerator random(4);
    const QStringList codes = roster.orgs.keys();
    QList<std::pair<QString, QDate>> pairs{{QString(), options.today}, {QString(), QDate(2020, 6, 30)}};
    while (pairs.size() < 11) {
        const QString code = codes.at(random.bounded(codes.size()));
        pairs.append({code, options.today.addDays(-random.bounded(3650))});
    }
    QVERIFY(!orgEvents.isEmpty());
    while (pairs.size() < 20) {
        const auto& [code, date] = orgEvents.at(random.bounded(orgEvents.size()));
        // The organization's parent before the event (or the organization itself), a few days
        // either side.
        const QDate day = date.addDays(random.bounded(21) - 10);
        const QString parent = roster.parentOn(code, date.addDays(-1));
        const QString root = random.bounded(2) == 0 && !parent.isEmpty() ? parent : code;
        if (day <= options.today) {
            pairs.append({root, day});
        }
    }

    StatisticsService service(temp.db());
    qint64 nonZero = 0;
    QStringList mismatches;
    for (const auto& [code, day] : pairs) {
        StatisticsRequest request = StatisticsRequest::forAsOf(day);
        if (!code.isEmpty()) {
            request.rootId = *service.organizationId(user, code);
        }
        const auto s = service.compute(user, request);
        QVERIFY(s.ok());
        const Figures want = roster.figures(code, day);
        const QString where = (code.isEmpty() ? QStringLiteral("whole database") : code) + QStringLiteral(" on ") +
                              day.toString(Qt::ISODate);
        auto same = [&](const char* what, qint64 got, qint64 expected) {
            if (got != expected) {
                mismatches << QStringLiteral("%1, %2: engine %3, exported files %4")
                                  .arg(where, QLatin1String(what))
                                  .arg(got)
                                  .arg(expected);
            }
        };
        same("total", s->members.total, want.total);
        same("female", s->members.female, want.female);
        same("probationary", s->members.probationary, want.probationary);
        same("aged_35_or_under", s->members.aged35OrUnder, want.aged35OrUnder);
        same("college_or_above", s->members.collegeOrAbove, want.collegeOrAbove);
        same("changes.increase.total", s->changes.increaseTotal(), want.increase);
        same("changes.decrease.total", s->changes.decreaseTotal(), want.decrease);
        same("opening", s->changes.openingTotal, want.opening);
        nonZero += want.total > 0 && want.increase + want.decrease > 0 ? 1 : 0;
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    // The pairs are not all empty corners of the tree.
    QVERIFY2(nonZero >= 5, qPrintable(QString::number(nonZero)));
}

QTEST_GUILESS_MAIN(TestStatisticsCrossCheck)
#include "tst_statisticscrosscheck.moc"
