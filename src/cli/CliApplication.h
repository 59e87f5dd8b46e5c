#pragma once

// Entry point of partyroll-cli: parses global options, picks the command, maps results to
// exit codes (cli.md).
class CliApplication
{
public:
    static int run(int argc, char* argv[]);
};
