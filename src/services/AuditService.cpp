#include "AuditService.h"

#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTime>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditService", text);
}

struct Label
{
    const char* key;
    const char* text;
};

// The names of the audited tables (record kinds).
constexpr Label RecordKinds[] = {
    {"members", QT_TRANSLATE_NOOP("AuditService", "Member")},
    {"membership_events", QT_TRANSLATE_NOOP("AuditService", "Membership event")},
    {"organizations", QT_TRANSLATE_NOOP("AuditService", "Organization")},
    {"org_events", QT_TRANSLATE_NOOP("AuditService", "Organization event")},
    {"posts", QT_TRANSLATE_NOOP("AuditService", "Post")},
    {"elections", QT_TRANSLATE_NOOP("AuditService", "Election")},
    {"election_candidates", QT_TRANSLATE_NOOP("AuditService", "Election candidate")},
    {"election_exclusions", QT_TRANSLATE_NOOP("AuditService", "Voter left out")},
    {"election_postponements", QT_TRANSLATE_NOOP("AuditService", "Postponed election")},
    {"election_settings", QT_TRANSLATE_NOOP("AuditService", "Election settings")},
    {"review_campaigns", QT_TRANSLATE_NOOP("AuditService", "Review campaign")},
    {"review_results", QT_TRANSLATE_NOOP("AuditService", "Review result")},
    {"review_settings", QT_TRANSLATE_NOOP("AuditService", "Review settings")},
    {"applicants", QT_TRANSLATE_NOOP("AuditService", "Applicant")},
    {"applicant_people", QT_TRANSLATE_NOOP("AuditService", "Contact or sponsor")},
    {"applicant_exceptions", QT_TRANSLATE_NOOP("AuditService", "Approved exception")},
    {"users", QT_TRANSLATE_NOOP("AuditService", "User")},
    {"access_settings", QT_TRANSLATE_NOOP("AuditService", "Access settings")},
};

constexpr Label Actions[] = {
    {"insert", QT_TRANSLATE_NOOP("AuditService", "Added")},
    {"update", QT_TRANSLATE_NOOP("AuditService", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("AuditService", "Removed")},
    {"bulk_load", QT_TRANSLATE_NOOP("AuditService", "Bulk load")},
};

// Column names shared by several tables mean the same thing in each (position: see fieldName).
constexpr Label Fields[] = {
    {"id", QT_TRANSLATE_NOOP("AuditService", "Record number")},
    {"code", QT_TRANSLATE_NOOP("AuditService", "Code")},
    {"name", QT_TRANSLATE_NOOP("AuditService", "Name")},
    {"type", QT_TRANSLATE_NOOP("AuditService", "Type")},
    {"unit_category", QT_TRANSLATE_NOOP("AuditService", "Unit category")},
    {"temporary", QT_TRANSLATE_NOOP("AuditService", "Temporary")},
    {"established_on", QT_TRANSLATE_NOOP("AuditService", "Established on")},
    {"staff_count", QT_TRANSLATE_NOOP("AuditService", "Staff")},
    {"parent_id", QT_TRANSLATE_NOOP("AuditService", "Parent organization")},
    {"current_name", QT_TRANSLATE_NOOP("AuditService", "Current name")},
    {"current_parent_id", QT_TRANSLATE_NOOP("AuditService", "Current parent")},
    {"dissolved_on", QT_TRANSLATE_NOOP("AuditService", "Dissolved on")},
    {"org_id", QT_TRANSLATE_NOOP("AuditService", "Organization")},
    {"date", QT_TRANSLATE_NOOP("AuditService", "Date")},
    {"kind", QT_TRANSLATE_NOOP("AuditService", "Kind")},
    {"id_number", QT_TRANSLATE_NOOP("AuditService", "ID number")},
    {"gender", QT_TRANSLATE_NOOP("AuditService", "Gender")},
    {"ethnicity", QT_TRANSLATE_NOOP("AuditService", "Ethnicity")},
    {"birth_date", QT_TRANSLATE_NOOP("AuditService", "Date of birth")},
    {"education", QT_TRANSLATE_NOOP("AuditService", "Education")},
    {"native_place", QT_TRANSLATE_NOOP("AuditService", "Native place")},
    {"occupation", QT_TRANSLATE_NOOP("AuditService", "Occupation")},
    {"position", QT_TRANSLATE_NOOP("AuditService", "Workplace and position")},
    {"phone", QT_TRANSLATE_NOOP("AuditService", "Phone")},
    {"address", QT_TRANSLATE_NOOP("AuditService", "Address")},
    {"honours", QT_TRANSLATE_NOOP("AuditService", "Honours")},
    {"party_worker", QT_TRANSLATE_NOOP("AuditService", "Party worker")},
    {"mobile", QT_TRANSLATE_NOOP("AuditService", "Mobile member")},
    {"mobile_destination", QT_TRANSLATE_NOOP("AuditService", "Mobile destination")},
    {"lost_contact", QT_TRANSLATE_NOOP("AuditService", "Lost contact")},
    {"lost_contact_since", QT_TRANSLATE_NOOP("AuditService", "Lost contact since")},
    {"lost_contact_reason", QT_TRANSLATE_NOOP("AuditService", "Reason for lost contact")},
    {"applied_on", QT_TRANSLATE_NOOP("AuditService", "Applied on")},
    {"activist_on", QT_TRANSLATE_NOOP("AuditService", "Activist on")},
    {"category", QT_TRANSLATE_NOOP("AuditService", "Category")},
    {"admitted_on", QT_TRANSLATE_NOOP("AuditService", "Admitted on")},
    {"full_on", QT_TRANSLATE_NOOP("AuditService", "Full member on")},
    {"left_on", QT_TRANSLATE_NOOP("AuditService", "Left on")},
    {"member_id", QT_TRANSLATE_NOOP("AuditService", "Member")},
    {"note", QT_TRANSLATE_NOOP("AuditService", "Note")},
    {"roll_org_id", QT_TRANSLATE_NOOP("AuditService", "On the roll of")},
    {"ends_on", QT_TRANSLATE_NOOP("AuditService", "Ends on")},
    {"from_on", QT_TRANSLATE_NOOP("AuditService", "From")},
    {"to_on", QT_TRANSLATE_NOOP("AuditService", "To")},
    {"concurrent_admin_head", QT_TRANSLATE_NOOP("AuditService", "Also administrative head")},
    {"held_on", QT_TRANSLATE_NOOP("AuditService", "Held on")},
    {"seats", QT_TRANSLATE_NOOP("AuditService", "Seats")},
    {"eligible", QT_TRANSLATE_NOOP("AuditService", "Eligible voters")},
    {"present", QT_TRANSLATE_NOOP("AuditService", "Present")},
    {"ballots_issued", QT_TRANSLATE_NOOP("AuditService", "Ballots issued")},
    {"ballots_returned", QT_TRANSLATE_NOOP("AuditService", "Ballots returned")},
    {"approved_on", QT_TRANSLATE_NOOP("AuditService", "Approved on")},
    {"approval_document", QT_TRANSLATE_NOOP("AuditService", "Approval document")},
    {"term_years", QT_TRANSLATE_NOOP("AuditService", "Term (years)")},
    {"verdict", QT_TRANSLATE_NOOP("AuditService", "Verdict")},
    {"failures", QT_TRANSLATE_NOOP("AuditService", "Failures")},
    {"expires_on", QT_TRANSLATE_NOOP("AuditService", "Term expires on")},
    {"election_id", QT_TRANSLATE_NOOP("AuditService", "Election")},
    {"votes", QT_TRANSLATE_NOOP("AuditService", "Votes")},
    {"elected", QT_TRANSLATE_NOOP("AuditService", "Elected")},
    {"reason", QT_TRANSLATE_NOOP("AuditService", "Reason")},
    {"due_on", QT_TRANSLATE_NOOP("AuditService", "Due on")},
    {"document", QT_TRANSLATE_NOOP("AuditService", "Document")},
    {"year", QT_TRANSLATE_NOOP("AuditService", "Year")},
    {"campaign_id", QT_TRANSLATE_NOOP("AuditService", "Review campaign")},
    {"result", QT_TRANSLATE_NOOP("AuditService", "Result")},
    {"exempt_reason", QT_TRANSLATE_NOOP("AuditService", "Reason for exemption")},
    {"handling", QT_TRANSLATE_NOOP("AuditService", "Handling")},
    {"handled_on", QT_TRANSLATE_NOOP("AuditService", "Handled on")},
    {"correction_due", QT_TRANSLATE_NOOP("AuditService", "Correction due")},
    {"corrected_on", QT_TRANSLATE_NOOP("AuditService", "Corrected on")},
    {"talked_on", QT_TRANSLATE_NOOP("AuditService", "Talked on")},
    {"target_on", QT_TRANSLATE_NOOP("AuditService", "Development target on")},
    {"political_review_on", QT_TRANSLATE_NOOP("AuditService", "Political review on")},
    {"trained_on", QT_TRANSLATE_NOOP("AuditService", "Trained on")},
    {"training_hours", QT_TRANSLATE_NOOP("AuditService", "Training hours")},
    {"pre_reviewed_on", QT_TRANSLATE_NOOP("AuditService", "Pre-reviewed on")},
    {"closed_on", QT_TRANSLATE_NOOP("AuditService", "Closed on")},
    {"closed_reason", QT_TRANSLATE_NOOP("AuditService", "Reason for closing")},
    {"applicant_id", QT_TRANSLATE_NOOP("AuditService", "Applicant")},
    {"role", QT_TRANSLATE_NOOP("AuditService", "Role")},
    {"rule", QT_TRANSLATE_NOOP("AuditService", "Rule")},
    {"login", QT_TRANSLATE_NOOP("AuditService", "Login")},
    {"password_hash", QT_TRANSLATE_NOOP("AuditService", "Password")},
    {"disabled", QT_TRANSLATE_NOOP("AuditService", "Disabled")},
    {"created_at", QT_TRANSLATE_NOOP("AuditService", "Created at")},
    {"failed_logins", QT_TRANSLATE_NOOP("AuditService", "Failed logins")},
    {"last_failed_at", QT_TRANSLATE_NOOP("AuditService", "Last failed login")},
    {"last_login_at", QT_TRANSLATE_NOOP("AuditService", "Last login")},
    // the summary of a bulk load
    {"what", QT_TRANSLATE_NOOP("AuditService", "What")},
    {"file", QT_TRANSLATE_NOOP("AuditService", "File")},
    {"rows", QT_TRANSLATE_NOOP("AuditService", "Rows")},
};

template <std::size_t N> QString lookup(const Label (&labels)[N], const QString& key)
{
    for (const Label& label : labels) {
        if (key == QLatin1StringView(label.key)) {
            return tr(label.text);
        }
    }
    return key; // a column added later still shows, under its stored name
}

// The snapshot of an insert or a delete, or a bulk load's summary; empty when not JSON.
QJsonObject objectOf(const QVariant& value)
{
    const QString text = value.toString();
    if (!text.startsWith(u'{')) {
        return {};
    }
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isRecordRow(const QString& action)
{
    return action == QStringLiteral("insert") || action == QStringLiteral("delete") ||
           action == QStringLiteral("bulk_load");
}

} // namespace

AuditService::AuditService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Status AuditService::checkAccess(const UserContext& user)
{
    return m_access.canReadAll(user);
}

Result<AuditFilter> AuditService::filterFor(const UserContext& user, const AuditQuery& query)
{
    if (auto allowed = checkAccess(user); !allowed.ok()) {
        return allowed.error();
    }
    AuditFilter filter;
    if (!query.memberIdNumber.isEmpty()) {
        auto id = MemberStore(m_db).idOf(query.memberIdNumber.trimmed().toUpper());
        if (!id.ok()) {
            return id.error();
        }
        if (*id == 0) {
            return Error(Error::Kind::NotFound, tr("No member has the ID number %1.").arg(query.memberIdNumber),
                         QStringLiteral("member"));
        }
        filter.memberId = *id;
    }
    filter.orgId = query.orgId;
    filter.orgSubtree = query.orgSubtree;
    if (!query.orgCode.isEmpty()) {
        auto org = OrganizationStore(m_db).findByCode(query.orgCode.trimmed());
        if (!org.ok()) {
            return org.error();
        }
        if (!org->has_value()) {
            return Error(Error::Kind::NotFound, tr("There is no organization with the code %1.").arg(query.orgCode),
                         QStringLiteral("org"));
        }
        filter.orgId = (*org)->id;
    }
    if (query.since.isValid() && query.until.isValid() && query.since > query.until) {
        return Error(Error::Kind::Invalid, tr("The period starts after it ends."), QStringLiteral("since"));
    }
    filter.login = query.login.trimmed();
    filter.recordKind = query.recordKind;
    // Days of the user's calendar: local midnight to local midnight, stored times are UTC.
    if (query.since.isValid()) {
        filter.since = QDateTime(query.since, QTime(0, 0));
    }
    if (query.until.isValid()) {
        filter.until = QDateTime(query.until.addDays(1), QTime(0, 0));
    }
    return filter;
}

Result<QList<AuditEntry>> AuditService::entries(const UserContext& user, const AuditFilter& filter, int limit,
                                                int offset)
{
    if (auto allowed = checkAccess(user); !allowed.ok()) {
        return allowed.error();
    }
    auto found = m_store.find(filter, limit, offset);
    if (!found.ok() || !m_access.masked(user)) {
        return found;
    }
    QList<AuditEntry> masked;
    masked.reserve(found->size());
    for (const AuditEntry& e : *found) {
        masked.append(AuditPresenter::maskedEntry(e));
    }
    return masked;
}

Result<QList<AuditRow>> AuditService::rows(const UserContext& user, const AuditFilter& filter, int limit)
{
    if (auto allowed = checkAccess(user); !allowed.ok()) {
        return allowed.error();
    }
    auto found = m_store.find(filter, limit);
    if (!found.ok()) {
        return found.error();
    }
    return AuditPresenter(m_db, m_access.masked(user)).present(*found);
}

Result<qint64> AuditService::count(const UserContext& user, const AuditFilter& filter, qint64 cap)
{
    if (auto allowed = checkAccess(user); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.count(filter, cap);
}

Result<QStringList> AuditService::logins(const UserContext& user)
{
    if (auto allowed = checkAccess(user); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.logins();
}

QStringList AuditService::recordKinds()
{
    QStringList kinds;
    for (const Label& label : RecordKinds) {
        kinds.append(QString::fromLatin1(label.key));
    }
    return kinds;
}

QString AuditService::recordKindName(const QString& recordKind)
{
    return lookup(RecordKinds, recordKind);
}

QString AuditService::actionName(const QString& action)
{
    return lookup(Actions, action);
}

QString AuditService::fieldName(const QString& recordKind, const QString& field)
{
    if (field.isEmpty()) {
        return {};
    }
    if (recordKind.endsWith(QStringLiteral("_settings"))) {
        return field; // the setting's own name
    }
    if (field == QStringLiteral("position") && recordKind == QStringLiteral("applicant_people")) {
        return tr("Order");
    }
    if (field == QStringLiteral("position") && recordKind == QStringLiteral("election_candidates")) {
        return tr("Post"); // the post the candidate stands for
    }
    if (field == QStringLiteral("kind") && recordKind == QStringLiteral("posts")) {
        return tr("Post");
    }
    return lookup(Fields, field);
}

QJsonObject AuditService::toJson(const AuditEntry& entry)
{
    auto nullable = [](qint64 id) { return id == 0 ? QJsonValue() : QJsonValue(id); };
    auto value = [&entry](const QVariant& v) -> QJsonValue {
        if (v.isNull()) {
            return QJsonValue();
        }
        if (isRecordRow(entry.action)) {
            if (const QJsonObject object = objectOf(v); !object.isEmpty()) {
                return object;
            }
        }
        return v.toString();
    };
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("login"), entry.login},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("record_kind"), entry.recordKind},
        {QStringLiteral("record_id"), nullable(entry.recordId)},
        {QStringLiteral("member_id"), nullable(entry.memberId)},
        {QStringLiteral("org_id"), nullable(entry.orgId)},
        {QStringLiteral("field"), entry.field.isEmpty() ? QJsonValue() : QJsonValue(entry.field)},
        {QStringLiteral("before"), value(entry.before)},
        {QStringLiteral("after"), value(entry.after)},
    };
}

QJsonObject AuditService::toJson(const AuditRow& row)
{
    QJsonObject object = toJson(row.entry);
    auto text = [](const QString& value) { return value.isNull() ? QJsonValue() : QJsonValue(value); };
    object.insert(QStringLiteral("record_label"), row.record);
    object.insert(QStringLiteral("field_label"), row.entry.field.isEmpty() ? QJsonValue() : QJsonValue(row.field));
    object.insert(QStringLiteral("before_text"), text(row.before));
    object.insert(QStringLiteral("after_text"), text(row.after));
    return object;
}
