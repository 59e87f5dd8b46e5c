#include "UserCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "services/AccessService.h"
#include "services/OrganizationService.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("UserCommand", text);
}

// The password of the new or changed user: never on the command line (shell history, ps).
Result<QString> newPassword()
{
    if (!qEnvironmentVariableIsSet("PARTYROLL_NEW_PASSWORD")) {
        return Error(Error::Kind::Invalid,
                     tr("set the new password in the environment variable PARTYROLL_NEW_PASSWORD"));
    }
    return qEnvironmentVariable("PARTYROLL_NEW_PASSWORD");
}

// Exactly one positional LOGIN.
bool oneLogin(CliContext& context, const CommandLine& line, QString& login, int& exitCode)
{
    if (line.positional().size() != 1) {
        exitCode = context.usage(tr("give one LOGIN"));
        return false;
    }
    login = line.positional().constFirst();
    return true;
}

} // namespace

QString UserCommand::summary() const
{
    return tr("Users and access control: add, list, passwd, disable (the first administrator turns access "
              "control on).");
}

int UserCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("add")) {
        return runAdd(context, arguments.mid(1));
    }
    if (sub == QStringLiteral("list")) {
        return runList(context, arguments.mid(1));
    }
    if (sub == QStringLiteral("passwd")) {
        return runPasswd(context, arguments.mid(1));
    }
    if (sub == QStringLiteral("disable")) {
        return runDisable(context, arguments.mid(1));
    }
    if (sub == QStringLiteral("-h") || sub == QStringLiteral("--help")) {
        context.out() << tr("Usage: partyroll-cli user add LOGIN --role admin|department|secretary|viewer [--org CODE]")
                      << '\n'
                      << tr("       partyroll-cli user list") << '\n'
                      << tr("       partyroll-cli user passwd LOGIN") << '\n'
                      << tr("       partyroll-cli user disable LOGIN [--enable]") << "\n\n"
                      << summary() << '\n'
                      << tr("The password of the new or changed user comes from PARTYROLL_NEW_PASSWORD; once access "
                            "control is on, sign in with --user LOGIN and PARTYROLL_PASSWORD.")
                      << Qt::endl;
        return ExitOk;
    }
    if (sub.isEmpty()) {
        return context.usage(tr("\"user\" needs a subcommand: add, list, passwd or disable"));
    }
    return context.usage(tr("unknown subcommand \"%1\" of \"user\": use add, list, passwd or disable").arg(sub));
}

int UserCommand::runAdd(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name() + QStringLiteral(" add"), tr("Adds a user with the password in PARTYROLL_NEW_PASSWORD."));
    line.addPositional(QStringLiteral("LOGIN"), tr("the new user's login"));
    line.addOption(
        QCommandLineOption(QStringLiteral("role"), tr("admin, department, secretary or viewer."), tr("ROLE")));
    line.addOption(QCommandLineOption(QStringLiteral("org"),
                                      tr("The organization of a secretary (required) or of a viewer (optional)."),
                                      tr("CODE")));
    int exitCode = ExitOk;
    QString login;
    if (!line.parse(context, arguments, exitCode) || !oneLogin(context, line, login, exitCode)) {
        return exitCode;
    }
    const auto role = Roles::fromKey(line.value(QStringLiteral("role")));
    if (!role) {
        return context.usage(tr("--role takes admin, department, secretary or viewer"));
    }
    auto password = newPassword();
    if (!password.ok()) {
        return context.usage(password.error().message());
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    qint64 orgId = 0;
    if (const QString code = line.value(QStringLiteral("org")); !code.isEmpty()) {
        auto org = OrganizationService(**db).findByCode(context.user, code);
        if (!org.ok()) {
            return context.fail(org.error());
        }
        if (!org.value()) {
            return context.usage(tr("there is no organization with the code %1").arg(code));
        }
        orgId = org.value()->id;
    }
    AccessService access(**db);
    auto wasOn = access.enabled();
    if (!wasOn.ok()) {
        return context.fail(wasOn.error());
    }
    auto added = access.addUser(context.user, login, *role, orgId, *password);
    if (!added.ok()) {
        return context.fail(added.error());
    }
    context.out() << tr("User %1 added (%2).").arg(login.trimmed(), Roles::label(*role)) << Qt::endl;
    if (!*wasOn) {
        context.out() << tr("Access control is now on: sign in with --user LOGIN and the password in "
                            "PARTYROLL_PASSWORD.")
                      << Qt::endl;
    }
    return ExitOk;
}

int UserCommand::runList(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name() + QStringLiteral(" list"),
                     tr("Lists the users: login, role, organization, state, last sign-in, failed sign-ins."));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    auto users = AccessService(**db).users(context.user);
    if (!users.ok()) {
        return context.fail(users.error());
    }
    for (const User& user : std::as_const(*users)) {
        context.out() << user.login << '\t' << Roles::key(user.role) << '\t' << user.orgCode << '\t'
                      << (user.disabled ? tr("disabled") : tr("enabled")) << '\t'
                      << (user.lastLoginAt.isValid() ? user.lastLoginAt.toString(Qt::ISODate) : QString()) << '\t'
                      << user.failedLogins << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int UserCommand::runPasswd(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name() + QStringLiteral(" passwd"),
                     tr("Sets a user's password to PARTYROLL_NEW_PASSWORD (administrators: anybody's; others: "
                        "their own)."));
    line.addPositional(QStringLiteral("LOGIN"), tr("the user"));
    int exitCode = ExitOk;
    QString login;
    if (!line.parse(context, arguments, exitCode) || !oneLogin(context, line, login, exitCode)) {
        return exitCode;
    }
    auto password = newPassword();
    if (!password.ok()) {
        return context.usage(password.error().message());
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    if (auto changed = AccessService(**db).setPassword(context.user, login, *password); !changed.ok()) {
        return context.fail(changed.error());
    }
    context.out() << tr("Password of %1 changed.").arg(login) << Qt::endl;
    return ExitOk;
}

int UserCommand::runDisable(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name() + QStringLiteral(" disable"), tr("Disables a user (--enable: enables them again)."));
    line.addPositional(QStringLiteral("LOGIN"), tr("the user"));
    line.addOption(QCommandLineOption(QStringLiteral("enable"), tr("Enable the user again.")));
    int exitCode = ExitOk;
    QString login;
    if (!line.parse(context, arguments, exitCode) || !oneLogin(context, line, login, exitCode)) {
        return exitCode;
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    const bool enable = line.isSet(QStringLiteral("enable"));
    if (auto done = AccessService(**db).setDisabled(context.user, login, !enable); !done.ok()) {
        return context.fail(done.error());
    }
    context.out() << (enable ? tr("User %1 enabled.") : tr("User %1 disabled.")).arg(login) << Qt::endl;
    return ExitOk;
}
