#pragma once

#include "Applicant.h"
#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDate>

// The rules of the development of new members (domain.md, Development) that need nothing but
// the applicant's record: the order of the stages, what each stage requires, and the time
// rules. A broken time rule is an error unless the record carries an approved exception for
// it; everything else is an error outright. Shared by the editor, the import and the service.
class DevelopmentRules
{
    Q_DECLARE_TR_FUNCTIONS(DevelopmentRules)

public:
    static constexpr int MinimumAge = 18;
    static constexpr int TalkMonths = 1;
    static constexpr int ActivistMonths = 12;
    static constexpr int MinimumTrainingHours = 24;
    static constexpr int ApprovalMonths = 3;
    static constexpr int ApprovalMaxMonths = 6;
    static constexpr int MaxContacts = 2;
    static constexpr int Sponsors = 2;

    struct Check
    {
        FieldIssues errors;
        FieldIssues warnings;                    // saved anyway
        QList<DevelopmentRule> excepted;         // broken time rules the record's exceptions allow
        QList<DevelopmentRule> unusedExceptions; // exceptions for rules the record does not break
    };

    // Checks the record (its person fields are normalised and completed like a member's: ID
    // number, birth date and gender). today: no date may lie after it.
    static Check check(Applicant& applicant, const QDate& today);

    // The deadlines the pipeline view follows (null when the stage they wait for is unknown).
    static QDate talkDue(const Applicant& applicant);        // application + 1 month
    static QDate targetEarliest(const Applicant& applicant); // activist + 1 year
    static QDate approvalDue(const Applicant& applicant);    // admission + 3 months

    // "18 or older on the application date" ... : the rule in words, for lists and the editor.
    static QString ruleLabel(DevelopmentRule rule);
    // The import column / field key the rule is about (applied_on, talked_on ...).
    static QString ruleField(DevelopmentRule rule);
    static QList<DevelopmentRule> allRules();
    static QString stageLabel(DevelopmentStage stage);
};
