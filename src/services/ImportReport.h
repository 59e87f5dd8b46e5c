#pragma once

#include <QList>
#include <QString>

// One problem of an import file, at a row (header = row 1) and column (as the file names it).
struct RowIssue
{
    int row = 0;
    QString column;
    QString message; // translated
};

// What an import did or would do. Nothing is written unless issues is empty.
struct ImportReport
{
    QString file;
    int rows = 0;      // data rows read
    int created = 0;   // records added
    int updated = 0;   // existing records changed
    int unchanged = 0; // rows that were already recorded (re-imports)
    bool dryRun = false;
    bool written = false;
    QList<RowIssue> issues;
};
