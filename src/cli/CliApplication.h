#pragma once

#include "Command.h"

#include <QTextStream>

#include <memory>
#include <vector>

// Entry point of partyroll-cli: parses global options, picks the command, maps results to
// exit codes (cli.md).
class CliApplication
{
public:
    static int run(int argc, char* argv[]);

private:
    static void printHelp(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands);
};
