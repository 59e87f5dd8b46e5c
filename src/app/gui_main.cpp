#include "core/AppPaths.h"
#include "core/Language.h"
#include "core/Log.h"
#include "core/Settings.h"
#include "core/UserContext.h"
#include "gui/access/IdleLock.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StartupDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationNames();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh or en"), QStringLiteral("LANG"));
    // For the documentation's screenshots: save the window as PNG and quit.
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("save the window to FILE and quit"), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(shotOption);
    parser.process(app);
    // --lang first, then the user's setting; Chinese when neither says otherwise (the window is
    // Chinese first whatever the system's locale; the CLI follows the locale instead).
    QString language =
        parser.isSet(langOption) ? parser.value(langOption) : Settings::value(Settings::Key::Language).toString();
    if (language.isEmpty() || !Language::install(language)) {
        Language::install(QStringLiteral("zh"));
    }

    // Help > Open log folder shows this file: what the program did, for the user's support.
    QDir().mkpath(AppPaths::logFolder());
    if (Log::writeToFile(AppPaths::logFolder() + QStringLiteral("/partyroll.log"), 5 * 1024 * 1024, 3)) {
        Log::setLevel(spdlog::level::info);
    }
    Log::get("gui")->info("PartyRoll {} started", QCoreApplication::applicationVersion());

    const bool explicitPath = parser.isSet(dbOption);
    // Without --db: the database used last (File > Open / New / Recent), else the default one
    // (a demo database is made there on the very first run).
    QString path = explicitPath ? parser.value(dbOption) : AppPaths::defaultDatabase();
    if (!explicitPath) {
        const QStringList recent = Settings::value(Settings::Key::RecentDatabases).toStringList();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
            path = recent.first();
        }
    }
    auto db = StartupDatabase::open(path, !explicitPath);
    if (!db.ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "PartyRoll"), db.error().message());
        return 1;
    }
    // Access control: a login before anything of the database is shown, and the idle lock.
    if (!StartupDatabase::signIn(**db)) {
        return 0;
    }
    MainWindow window(*db);
    std::unique_ptr<IdleLock> idleLock;
    if (UserContext::localUser().signedIn()) {
        idleLock = std::make_unique<IdleLock>(**db, &window);
    }
    window.show();
    if (parser.isSet(shotOption)) {
        QTimer::singleShot(800, &window, [&window, file = parser.value(shotOption)] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
