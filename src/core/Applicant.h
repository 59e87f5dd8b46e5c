#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

// The development of new members (发展党员, domain.md): a person's way from the application to
// the admission by the branch meeting, which creates the member (probation starts there; the
// conversion is a membership event of the member). The integer values are stored in the
// database: never renumber, only append.

// Where an applicant stands on a date, derived from the dates recorded (never stored).
enum class DevelopmentStage : int {
    None = 0,      // not applied yet on that date
    Applicant = 1, // 入党申请人
    Activist = 2,  // 入党积极分子
    Target = 3,    // 发展对象
    Admitted = 4,  // admitted by the branch meeting: a (probationary) member
    Closed = 5,    // left the pipeline without admission (withdrew the application ...)
};

// The time rules of domain.md. A violation refuses the record unless recorded as an approved
// exception with its reason (DevelopmentException).
enum class DevelopmentRule : int {
    MinimumAge = 1,      // 18 or older on the application date
    TalkWithinMonth = 2, // the talk within 1 month of the application
    ActivistYear = 3,    // at least 1 year as activist before becoming a development target
    TrainingHours = 4,   // training of at least 3 days / 24 hours
    ApprovalTime = 5,    // approval by the higher committee within 3 months (never beyond 6)
};

struct DevelopmentException
{
    DevelopmentRule rule = DevelopmentRule::MinimumAge;
    QString reason; // the approval: who decided, the document ...

    bool operator==(const DevelopmentException&) const = default;
};

struct Applicant
{
    qint64 id = 0;
    qint64 orgId = 0; // the organization developing the person (usually a branch)

    // The person (copied to the member record on admission).
    QString name;
    Gender gender = Gender::Unknown;
    QString idNumber;
    QDate birthDate;
    QString ethnicity;
    Education education = Education::Unknown;
    Occupation occupation = Occupation::Unknown;
    QString position; // work unit and post
    QString phone;
    QString honours; // non-empty = advanced (先进)

    // The stages, in order; an empty date = not reached (yet).
    QDate appliedOn;         // 递交入党申请书
    QDate talkedOn;          // 谈话 (within 1 month)
    QDate activistOn;        // 确定为入党积极分子
    QDate targetOn;          // 确定为发展对象
    QDate politicalReviewOn; // 政治审查 completed
    QDate trainedOn;         // 集中培训 completed
    int trainingHours = 0;   // 0 = not recorded
    QDate preReviewedOn;     // 上级党委预审
    QDate admittedOn;        // 支部大会讨论接收 (admission date; probation starts)
    QDate approvedOn;        // 上级党委审批
    QList<qint64> contacts;  // 培养联系人: 1 or 2 full members (member ids)
    QList<qint64> sponsors;  // 入党介绍人: 2 full members on the admission date (member ids)
    QDate closedOn;          // left the pipeline without admission
    QString closedReason;
    QList<DevelopmentException> exceptions;
    QString note;

    qint64 memberId = 0; // derived: the member the admission created

    DevelopmentStage stageOn(const QDate& date) const;
    bool hasException(DevelopmentRule rule) const;

    bool operator==(const Applicant&) const = default;
};
