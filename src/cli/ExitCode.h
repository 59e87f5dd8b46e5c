#pragma once

#include "core/Result.h"

// The exit codes of cli.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,      // cancelled or another failure not covered below
    ExitUsage = 2,        // bad command line, unknown code, refused request
    ExitInvalidInput = 3, // the input had invalid rows: nothing was written
    ExitDatabase = 4,     // locked, corrupt, newer schema ...
    ExitPermission = 5,
};

inline int exitCodeFor(const Error& error)
{
    switch (error.kind()) {
    case Error::Kind::Invalid:
        return ExitInvalidInput;
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
        return ExitUsage;
    case Error::Kind::Storage:
    case Error::Kind::SchemaTooNew:
        return ExitDatabase;
    case Error::Kind::Permission:
        return ExitPermission;
    case Error::Kind::Cancelled:
        return ExitFailure;
    }
    return ExitFailure;
}
