#include "Schema.h"

#include "AuditSchema.h"

namespace Schema {

namespace {

QStringList version1(const SqlDialect& d)
{
    const QString pk = d.primaryKey();
    return {
        // Organizations as recorded at their establishment; the current name, parent and
        // dissolution date are caches derived from org_events.
        QStringLiteral("CREATE TABLE organizations ("
                       " id %1,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " type INTEGER NOT NULL,"
                       " unit_category INTEGER NOT NULL DEFAULT 0,"
                       " temporary INTEGER NOT NULL DEFAULT 0,"
                       " established_on TEXT,"
                       " staff_count INTEGER,"
                       " parent_id INTEGER REFERENCES organizations(id),"
                       " current_name TEXT NOT NULL,"
                       " current_parent_id INTEGER REFERENCES organizations(id),"
                       " dissolved_on TEXT)")
            .arg(pk),
        QStringLiteral("CREATE INDEX organizations_current_parent ON organizations(current_parent_id)"),
        QStringLiteral("CREATE TABLE org_events ("
                       " id %1,"
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " date TEXT NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " parent_id INTEGER REFERENCES organizations(id),"
                       " name TEXT)")
            .arg(pk),
        QStringLiteral("CREATE INDEX org_events_org ON org_events(org_id, date)"),
        // Derived from organizations + org_events: which parent an organization had from
        // starts_on (inclusive) to ends_on (exclusive). No row = the organization did not exist.
        QStringLiteral("CREATE TABLE org_links ("
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " parent_id INTEGER REFERENCES organizations(id),"
                       " starts_on TEXT NOT NULL,"
                       " ends_on TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX org_links_parent ON org_links(parent_id, starts_on)"),
        QStringLiteral("CREATE INDEX org_links_org ON org_links(org_id, starts_on)"),
        QStringLiteral("CREATE TABLE members ("
                       " id %1,"
                       " id_number TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " gender INTEGER NOT NULL,"
                       " ethnicity TEXT,"
                       " birth_date TEXT NOT NULL,"
                       " education INTEGER NOT NULL DEFAULT 0,"
                       " native_place TEXT,"
                       " occupation INTEGER NOT NULL DEFAULT 0,"
                       " position TEXT,"
                       " phone TEXT,"
                       " address TEXT,"
                       " honours TEXT,"
                       " party_worker INTEGER NOT NULL DEFAULT 0,"
                       " mobile INTEGER NOT NULL DEFAULT 0,"
                       " mobile_destination TEXT,"
                       " lost_contact INTEGER NOT NULL DEFAULT 0,"
                       " lost_contact_since TEXT,"
                       " lost_contact_reason TEXT,"
                       " applied_on TEXT,"
                       " activist_on TEXT,"
                       // caches derived from membership_events (the events are the truth)
                       " org_id INTEGER REFERENCES organizations(id),"
                       " category INTEGER NOT NULL DEFAULT 0,"
                       " admitted_on TEXT,"
                       " full_on TEXT,"
                       " left_on TEXT)")
            .arg(pk),
        // A separate index (not a column constraint) so that a bulk load can build it at the end.
        QStringLiteral("CREATE UNIQUE INDEX members_id_number ON members(id_number)"),
        // One row per dated step; roll_org_id/category/ends_on are the state after the step
        // (derived by MemberTimeline), so "on the roll of S on D" is an index range scan.
        QStringLiteral("CREATE TABLE membership_events ("
                       " id %1,"
                       " member_id INTEGER NOT NULL REFERENCES members(id),"
                       " date TEXT NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " org_id INTEGER REFERENCES organizations(id),"
                       " note TEXT,"
                       " roll_org_id INTEGER REFERENCES organizations(id),"
                       " category INTEGER NOT NULL,"
                       " ends_on TEXT NOT NULL)")
            .arg(pk),
        QStringLiteral("CREATE INDEX membership_events_member ON membership_events(member_id, date)"),
        QStringLiteral("CREATE INDEX membership_events_roll ON membership_events(roll_org_id, date)"
                       " WHERE roll_org_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE posts ("
                       " id %1,"
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " member_id INTEGER NOT NULL REFERENCES members(id),"
                       " kind INTEGER NOT NULL,"
                       " from_on TEXT NOT NULL,"
                       " to_on TEXT,"
                       " concurrent_admin_head INTEGER NOT NULL DEFAULT 0)")
            .arg(pk),
        QStringLiteral("CREATE INDEX posts_org ON posts(org_id, kind)"),
        QStringLiteral("CREATE INDEX posts_member ON posts(member_id)"),
    };
}

// Version 2: the roster's search by name and phone prefix goes through indexes instead of a
// scan of every member (a quarter of a second at a million members). org_id rides along so
// that "on a roll" is answered from the index, without a visit to each member's row.
QStringList version2()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS members_name ON members(name, org_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS members_phone ON members(phone, org_id) WHERE phone IS NOT NULL"),
    };
}

// Version 3: term elections (换届选举) with their candidates and the voters left out of the
// eligible count, approved postponements of terms, the posts each election created or ended
// (so that correcting an election can undo them), and the election settings of the database.
// verdict, failures, expires_on and elected are derived by ElectionRules on every write.
QStringList version3(const SqlDialect& d)
{
    const QString pk = d.primaryKey();
    return {
        QStringLiteral("CREATE TABLE elections ("
                       " id %1,"
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " held_on TEXT NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " seats INTEGER NOT NULL,"
                       " eligible INTEGER NOT NULL,"
                       " present INTEGER NOT NULL,"
                       " ballots_issued INTEGER NOT NULL,"
                       " ballots_returned INTEGER NOT NULL,"
                       " approved_on TEXT,"
                       " approval_document TEXT,"
                       " term_years INTEGER NOT NULL DEFAULT 0,"
                       " note TEXT,"
                       " verdict INTEGER NOT NULL DEFAULT 0,"
                       " failures INTEGER NOT NULL DEFAULT 0,"
                       " expires_on TEXT)")
            .arg(pk),
        QStringLiteral("CREATE UNIQUE INDEX elections_org ON elections(org_id, held_on)"),
        QStringLiteral("CREATE INDEX elections_held ON elections(held_on)"),
        QStringLiteral("CREATE TABLE election_candidates ("
                       " id %1,"
                       " election_id INTEGER NOT NULL REFERENCES elections(id),"
                       " member_id INTEGER NOT NULL REFERENCES members(id),"
                       " position INTEGER NOT NULL,"
                       " votes INTEGER NOT NULL,"
                       " concurrent_admin_head INTEGER NOT NULL DEFAULT 0,"
                       " elected INTEGER NOT NULL DEFAULT 0)")
            .arg(pk),
        QStringLiteral("CREATE INDEX election_candidates_election ON election_candidates(election_id)"),
        QStringLiteral("CREATE INDEX election_candidates_member ON election_candidates(member_id)"),
        QStringLiteral("CREATE TABLE election_exclusions ("
                       " election_id INTEGER NOT NULL REFERENCES elections(id),"
                       " member_id INTEGER NOT NULL REFERENCES members(id),"
                       " reason INTEGER NOT NULL,"
                       " note TEXT,"
                       " PRIMARY KEY (election_id, member_id))"),
        QStringLiteral("CREATE TABLE election_postponements ("
                       " id %1,"
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " approved_on TEXT NOT NULL,"
                       " due_on TEXT NOT NULL,"
                       " document TEXT,"
                       " note TEXT)")
            .arg(pk),
        QStringLiteral("CREATE INDEX election_postponements_org ON election_postponements(org_id, approved_on)"),
        // effect 1: the election created the post; 2: it ended the post, which ended on
        // previous_to (NULL = was held) before.
        QStringLiteral("CREATE TABLE election_posts ("
                       " election_id INTEGER NOT NULL REFERENCES elections(id),"
                       " post_id INTEGER NOT NULL REFERENCES posts(id),"
                       " effect INTEGER NOT NULL,"
                       " previous_to TEXT)"),
        QStringLiteral("CREATE INDEX election_posts_election ON election_posts(election_id)"),
        QStringLiteral("CREATE INDEX election_posts_post ON election_posts(post_id)"),
        QStringLiteral("CREATE TABLE election_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 4: the democratic review of members (民主评议党员): a campaign per organization and
// year reviewed, covering the organization's subtree on its date; one result per member with
// the exemption's reason and the handling of an unqualified member (correction deadline,
// persuaded to withdraw, removed); the review settings of the database. org_id of a result is
// derived: the organization whose roll the member was on at the campaign date.
QStringList version4(const SqlDialect& d)
{
    const QString pk = d.primaryKey();
    return {
        QStringLiteral("CREATE TABLE review_campaigns ("
                       " id %1,"
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " year INTEGER NOT NULL,"
                       " held_on TEXT NOT NULL,"
                       " note TEXT)")
            .arg(pk),
        QStringLiteral("CREATE UNIQUE INDEX review_campaigns_org ON review_campaigns(org_id, year)"),
        QStringLiteral("CREATE INDEX review_campaigns_held ON review_campaigns(held_on)"),
        QStringLiteral("CREATE TABLE review_results ("
                       " id %1,"
                       " campaign_id INTEGER NOT NULL REFERENCES review_campaigns(id),"
                       " member_id INTEGER NOT NULL REFERENCES members(id),"
                       " org_id INTEGER REFERENCES organizations(id),"
                       " result INTEGER NOT NULL,"
                       " exempt_reason INTEGER NOT NULL DEFAULT 0,"
                       " handling INTEGER NOT NULL DEFAULT 0,"
                       " handled_on TEXT,"
                       " correction_due TEXT,"
                       " corrected_on TEXT,"
                       " note TEXT)")
            .arg(pk),
        QStringLiteral("CREATE UNIQUE INDEX review_results_campaign ON review_results(campaign_id, member_id)"),
        QStringLiteral("CREATE INDEX review_results_member ON review_results(member_id)"),
        // The open corrections (限期改正 not yet corrected), by deadline.
        QStringLiteral("CREATE INDEX review_results_correction ON review_results(correction_due)"
                       " WHERE handling = 1 AND corrected_on IS NULL"),
        QStringLiteral("CREATE TABLE review_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 5: the development of new members (发展党员): applicants with the dates of their
// stages; their contacts (role 1, 培养联系人) and sponsors (role 2, 入党介绍人) in order; the time
// rules broken with an approved exception and its reason. member_id is the member the
// admission created.
QStringList version5(const SqlDialect& d)
{
    const QString pk = d.primaryKey();
    return {
        QStringLiteral("CREATE TABLE applicants ("
                       " id %1,"
                       " org_id INTEGER NOT NULL REFERENCES organizations(id),"
                       " name TEXT NOT NULL,"
                       " gender INTEGER NOT NULL,"
                       " id_number TEXT NOT NULL,"
                       " birth_date TEXT NOT NULL,"
                       " ethnicity TEXT,"
                       " education INTEGER NOT NULL DEFAULT 0,"
                       " occupation INTEGER NOT NULL DEFAULT 0,"
                       " position TEXT,"
                       " phone TEXT,"
                       " honours TEXT,"
                       " applied_on TEXT NOT NULL,"
                       " talked_on TEXT,"
                       " activist_on TEXT,"
                       " target_on TEXT,"
                       " political_review_on TEXT,"
                       " trained_on TEXT,"
                       " training_hours INTEGER NOT NULL DEFAULT 0,"
                       " pre_reviewed_on TEXT,"
                       " admitted_on TEXT,"
                       " approved_on TEXT,"
                       " closed_on TEXT,"
                       " closed_reason TEXT,"
                       " note TEXT,"
                       " member_id INTEGER REFERENCES members(id))")
            .arg(pk),
        QStringLiteral("CREATE UNIQUE INDEX applicants_id_number ON applicants(id_number)"),
        QStringLiteral("CREATE INDEX applicants_org ON applicants(org_id)"),
        QStringLiteral("CREATE TABLE applicant_people ("
                       " applicant_id INTEGER NOT NULL REFERENCES applicants(id),"
                       " role INTEGER NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " member_id INTEGER NOT NULL REFERENCES members(id),"
                       " PRIMARY KEY (applicant_id, role, position))"),
        QStringLiteral("CREATE INDEX applicant_people_member ON applicant_people(member_id)"),
        QStringLiteral("CREATE TABLE applicant_exceptions ("
                       " applicant_id INTEGER NOT NULL REFERENCES applicants(id),"
                       " rule INTEGER NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " PRIMARY KEY (applicant_id, rule))"),
    };
}

// Version 6: users and their roles (access control is on once a user exists), and the audit
// trail (AuditSchema: the table and the triggers that write it in the transaction of every
// write).
QStringList version6(const SqlDialect& d)
{
    const QString pk = d.primaryKey();
    QStringList statements{
        QStringLiteral("CREATE TABLE users ("
                       " id %1,"
                       " login TEXT NOT NULL UNIQUE,"
                       " role INTEGER NOT NULL,"
                       " org_id INTEGER REFERENCES organizations(id),"
                       " password_hash TEXT NOT NULL,"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " failed_logins INTEGER NOT NULL DEFAULT 0,"
                       " last_failed_at TEXT,"
                       " last_login_at TEXT)")
            .arg(pk),
        QStringLiteral("CREATE TABLE access_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    statements += AuditSchema::statements(d);
    return statements;
}

} // namespace

QList<QPair<QString, QString>> bulkLoadIndexes()
{
    return {
        {QStringLiteral("members_id_number"),
         QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS members_id_number ON members(id_number)")},
        {QStringLiteral("membership_events_roll"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS membership_events_roll ON membership_events(roll_org_id, date)"
                        " WHERE roll_org_id IS NOT NULL")},
        {QStringLiteral("members_name"), version2().at(0)},
        {QStringLiteral("members_phone"), version2().at(1)},
    };
}

int currentVersion()
{
    return 6;
}

QStringList migration(int toVersion, const SqlDialect& dialect)
{
    switch (toVersion) {
    case 1:
        return version1(dialect);
    case 2:
        return version2();
    case 3:
        return version3(dialect);
    case 4:
        return version4(dialect);
    case 5:
        return version5(dialect);
    case 6:
        return version6(dialect);
    default:
        return {};
    }
}

} // namespace Schema
