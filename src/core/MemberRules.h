#pragma once

#include "FieldIssue.h"
#include "Member.h"
#include "MembershipEvent.h"
#include "Organization.h"

#include <QDate>

// Rules for a member's personal record (domain.md, Members and Citizen ID number). Shared by
// the member editor, the imports and the data check so that each says the same thing.
namespace MemberRules {

// Checks the record and completes what can be derived: normalises the ID number (upper-case
// X), fills an empty birth date and gender from it, normalises the ethnicity. Refuses a
// birth date or gender that contradicts the ID number.
FieldIssues checkAndComplete(Member& member, const QDate& today);

// Checks that an event may name this organization: a member can be put on the roll of a
// committee, general branch or branch (not a party group), not on or after its dissolution.
// An empty message means the event is acceptable.
QString checkEventOrganization(const MembershipEvent& event, const Organization& org);

} // namespace MemberRules
