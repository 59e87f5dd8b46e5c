#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

// A party member's record: the fields of the 2017 collection form (党员信息采集表) plus what the
// statistics need. Category, organization and admission/full-membership dates are derived
// from the membership events and filled in by the store when a member is read.
struct Member
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QString ethnicity; // full Chinese name, e.g. 汉族
    QString idNumber;
    QDate birthDate;
    Education education = Education::Unknown;
    QString nativePlace;
    Occupation occupation = Occupation::Unknown;
    QString position; // work unit and post (工作单位及职务)
    QString phone;
    QString address;
    QString honours; // non-empty = advanced (先进)
    PartyWorker partyWorker = PartyWorker::None;
    bool mobile = false;
    QString mobileDestination;
    bool lostContact = false;
    QDate lostContactSince;
    QString lostContactReason;
    QDate appliedOn;
    QDate activistOn;

    // Derived from events (read-only for callers).
    MemberCategory category = MemberCategory::Unknown;
    qint64 orgId = 0; // current organization, 0 when not on the roll
    bool onRoll = false;
    QDate admittedOn;
    QDate fullOn;
};
