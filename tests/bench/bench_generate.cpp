// Times DataGenerator::generate on a new database and prints the elapsed seconds, the counts
// and the size of the file: the 1,000,000-member / 50,000-organization figure of product.md.

#include "services/DataGenerator.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace {

void print(const QString& line, FILE* stream = stdout)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the generation of synthetic data into a new database."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members to generate."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption orgsOption(QStringLiteral("orgs"), QStringLiteral("Organizations (0 = members / 20)."),
                                        QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years of history."),
                                         QStringLiteral("Y"), QStringLiteral("10"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("Reference date (YYYY-MM-DD)."),
                                         QStringLiteral("D"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("New database file."),
                                       QStringLiteral("PATH"));
    parser.addOptions({membersOption, orgsOption, yearsOption, seedOption, todayOption, outOption});
    parser.process(app);

    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        print(QStringLiteral("--out PATH is required"), stderr);
        return 2;
    }
    if (QFileInfo::exists(out)) {
        print(QStringLiteral("%1 exists; give the path of a new database").arg(out), stderr);
        return 2;
    }
    GeneratorOptions options;
    bool ok = true;
    options.members = parser.value(membersOption).toLongLong(&ok);
    bool allOk = ok;
    options.orgs = parser.value(orgsOption).toInt(&ok);
    allOk = allOk && ok;
    options.years = parser.value(yearsOption).toInt(&ok);
    allOk = allOk && ok;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    allOk = allOk && ok;
    if (parser.isSet(todayOption)) {
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        allOk = allOk && options.today.isValid();
    }
    if (!allOk) {
        print(QStringLiteral("invalid number or date"), stderr);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    options.progress = [&](double fraction) {
        const int tenth = int(fraction * 10);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            print(QStringLiteral("  %1% after %2 s").arg(tenth * 10).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1),
                  stderr);
        }
        return true;
    };

    auto db = Database::open(out, Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        print(db.error().message(), stderr);
        return 4;
    }
    auto summary = DataGenerator(**db).generate(UserContext::localUser(), options);
    const double generated = double(timer.nsecsElapsed()) / 1e9;
    if (!summary.ok()) {
        print(summary.error().message(), stderr);
        return 3;
    }
    db->reset(); // closes the connection: checkpoints the WAL into the file
    const double closed = double(timer.nsecsElapsed()) / 1e9;

    print(QStringLiteral("generated in %1 s (%2 s including close)").arg(generated, 0, 'f', 2).arg(closed, 0, 'f', 2));
    print(QStringLiteral("organizations %1, org events %2, members %3, membership events %4, posts %5")
              .arg(summary->organizations)
              .arg(summary->orgEvents)
              .arg(summary->members)
              .arg(summary->events)
              .arg(summary->posts));
    print(QStringLiteral("database %1: %2 MB").arg(out).arg(double(QFileInfo(out).size()) / 1048576.0, 0, 'f', 1));
    return 0;
}
