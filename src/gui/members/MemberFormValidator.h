#pragma once

#include "core/FieldIssue.h"
#include "core/Member.h"
#include "core/MembershipEvent.h"
#include "core/Organization.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The checks of the member editor, without widgets: takes what the form holds (dates as
// typed) and answers with the completed record and the problems per field, using the rules
// the services enforce (MemberRules, CitizenId, MemberTimeline) so that the editor refuses
// exactly what a save would refuse, before the save. Field keys are the import column keys
// (name, id_number, birth_date, admitted_on, org ...).
class MemberFormValidator
{
public:
    struct Input
    {
        // Personal fields. Gender and birth date are derived from the ID number, so the
        // editor leaves them empty; dates below are the texts as typed.
        Member member;
        QString lostContactSince;
        QString appliedOn;
        QString activistOn;

        // A new member: the admission into an organization.
        bool admission = false;
        qint64 orgId = 0;
        QString organizationText;                 // what the picker shows, for the message
        std::optional<Organization> organization; // the record of orgId, when found
        QString admittedOn;
        QString fullOn;

        // An existing member: the recorded history must stay possible with the birth date
        // the ID number gives (the admission age), as MemberService::update checks.
        QDate storedBirthDate;
        QList<MembershipEvent> history;
    };

    struct Outcome
    {
        Member member; // normalised ID number, derived birth date and gender, parsed dates
        QDate admittedOn;
        QDate fullOn;
        FieldIssues issues;

        bool ok() const { return issues.isEmpty(); }
        bool hasIssue(const QString& field) const;
        // The messages about one field, one per line; empty when the field is fine.
        QString messages(const QString& field) const;
    };

    static Outcome check(const Input& input, const QDate& today);

    // Parses a typed date (the forms Dates::parse accepts). Empty text is a null date; text
    // that is not a date adds an issue for the field.
    static QDate parseDate(const QString& text, const QString& field, FieldIssues& issues);
};
