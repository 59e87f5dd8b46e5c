#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>

// report --year Y [--org CODE] --out FILE.pdf|FILE.xlsx: the printable annual statistics
// (statistics.md, "The printed annual report") of the whole database or one subtree.
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    // The application object of partyroll-cli: a QGuiApplication when the command line runs
    // `report` (a PDF needs fonts, which need one; it draws offscreen, no display needed),
    // otherwise a plain QCoreApplication.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char* argv[]);
};
