#pragma once

// The categories of domain.md. The integer values are stored in the database: never renumber,
// only append. Labels and parsing live in Vocabulary.

enum class Gender : int { Unknown = 0, Male = 1, Female = 2 };

enum class OrgType : int { HigherCommittee = 1, Committee = 2, GeneralBranch = 3, Branch = 4, Group = 5 };

enum class UnitCategory : int {
    Unknown = 0,
    Organ = 1,
    PublicInstitution = 2,
    StateEnterprise = 3,
    NonPublicEnterprise = 4,
    SocialOrganization = 5,
    Community = 6,
    Village = 7,
    Street = 8,
    Township = 9,
    Other = 10,
};

enum class Education : int {
    Unknown = 0,
    Postgraduate = 1,
    Bachelor = 2,
    JuniorCollege = 3,
    SecondaryVocational = 4,
    HighSchool = 5,
    MiddleSchoolOrBelow = 6,
};

enum class Occupation : int {
    Unknown = 0,
    Worker = 1,
    Farmer = 2,
    Professional = 3,
    Manager = 4,
    CivilServant = 5,
    Student = 6,
    Retired = 7,
    Other = 8,
};

enum class MemberCategory : int { Unknown = 0, Probationary = 1, Full = 2 };

enum class PartyWorker : int { None = 0, FullTime = 1, PartTime = 2 };

// Membership history. Which kinds put a member on or take them off the roll is in EventRules.
enum class EventKind : int {
    Admitted = 1,
    ConvertedFull = 2,
    ProbationExtended = 3,
    ProbationCancelled = 4,
    TransferredIn = 5,
    TransferredOut = 6,
    Moved = 7,
    Restored = 8,
    Died = 9,
    Expelled = 10,
    Removed = 11,
    Withdrew = 12,
    Suspended = 13,
};

enum class OrgEventKind : int { Reaffiliated = 1, Renamed = 2, Dissolved = 3 };

enum class PostKind : int {
    Secretary = 1,
    DeputySecretary = 2,
    OrganizationMember = 3,
    PublicityMember = 4,
    DisciplineMember = 5,
    CommitteeMember = 6,
};

inline bool isCollegeOrAbove(Education e)
{
    return e == Education::Postgraduate || e == Education::Bachelor || e == Education::JuniorCollege;
}

inline bool isGrassroots(OrgType t)
{
    return t == OrgType::Committee || t == OrgType::GeneralBranch || t == OrgType::Branch;
}
