#pragma once

#include "core/Result.h"
#include "services/RosterService.h"

#include <QCoreApplication>
#include <QString>

class Database;
class QPrinter;
class QWidget;

// Prints a roster (File > Print, Ctrl+P): the members the roster shows — same organizations,
// search and order — as a numbered table under a title, through the print preview.
class RosterPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RosterPrinter)

public:
    // A printed list beyond this many rows is not a roster anybody reads: export it instead.
    static constexpr qsizetype MaxRows = 5000;

    RosterPrinter(Database& db, RosterQuery query, QString title);

    // The document as HTML; an error when the query fails or has more than MaxRows rows.
    Result<QString> html();
    // Prints to a printer (a PDF file printer in tests).
    Status print(QPrinter* printer);
    // Shows the print preview (modal).
    void preview(QWidget* parent);

private:
    Database& m_db;
    RosterQuery m_query;
    QString m_title;
};
