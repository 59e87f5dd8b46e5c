#pragma once

#include <QList>
#include <QString>

// A problem with one field of a record. field is the import column key (id_number,
// birth_date ...), so imports can name the column and editors can mark the widget.
struct FieldIssue
{
    QString field;
    QString message; // translated
};

using FieldIssues = QList<FieldIssue>;
