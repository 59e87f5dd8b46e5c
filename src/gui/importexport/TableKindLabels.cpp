#include "TableKindLabels.h"

#include <QComboBox>
#include <QCoreApplication>

namespace TableKindLabels {

QString label(TableKind kind)
{
    switch (kind) {
    case TableKind::Orgs:
        return QCoreApplication::translate("TableKindLabels", "Organizations");
    case TableKind::OrgEvents:
        return QCoreApplication::translate("TableKindLabels",
                                           "Organization events (re-affiliation, renaming, dissolution)");
    case TableKind::Members:
        return QCoreApplication::translate("TableKindLabels", "Members");
    case TableKind::Events:
        return QCoreApplication::translate("TableKindLabels", "Membership events (conversion, transfers, departures)");
    case TableKind::Posts:
        return QCoreApplication::translate("TableKindLabels", "Posts");
    case TableKind::Elections:
        return QCoreApplication::translate("TableKindLabels", "Term elections");
    case TableKind::Candidates:
        return QCoreApplication::translate("TableKindLabels", "Election candidates and votes");
    case TableKind::Reviews:
        return QCoreApplication::translate("TableKindLabels", "Democratic review results");
    case TableKind::Applicants:
        return QCoreApplication::translate("TableKindLabels", "Applicants (development of new members)");
    }
    return {};
}

void fill(QComboBox* combo)
{
    for (const TableKind kind :
         {TableKind::Members, TableKind::Events, TableKind::Orgs, TableKind::OrgEvents, TableKind::Posts,
          TableKind::Elections, TableKind::Candidates, TableKind::Reviews, TableKind::Applicants}) {
        combo->addItem(label(kind), int(kind));
    }
}

} // namespace TableKindLabels
