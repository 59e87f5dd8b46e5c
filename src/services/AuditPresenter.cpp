#include "AuditPresenter.h"

#include "AccessControl.h"
#include "AuditService.h"
#include "core/Dates.h"
#include "core/DevelopmentRules.h"
#include "core/ElectionRules.h"
#include "core/Language.h"
#include "core/Log.h"
#include "core/ReviewRules.h"
#include "core/Role.h"
#include "core/Vocabulary.h"
#include "store/AuditSchema.h"
#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditPresenter", text);
}

const QString Members = QStringLiteral("members");
const QString Organizations = QStringLiteral("organizations");
const QString Elections = QStringLiteral("elections");
const QString Campaigns = QStringLiteral("review_campaigns");
const QString Applicants = QStringLiteral("applicants");
const QString Users = QStringLiteral("users");

// How a column's stored value reads.
enum class Type {
    Text,
    Date,
    Time, // UTC instant: shown in local time
    Flag,
    Term, // a code of a Vocabulary
    IdNumber,
    Phone,
    Reference, // the id of a record of another table (ColumnType::table)
    Role,
    PersonRole,
    DevelopmentRule,
    Verdict,
    Failures,
    Secret,
    Order,
};

struct ColumnType
{
    Type type = Type::Text;
    const Vocabulary* vocabulary = nullptr;
    QString table; // Reference: the table referred to
};

ColumnType term(const Vocabulary& vocabulary)
{
    return {Type::Term, &vocabulary, {}};
}

ColumnType reference(const QString& table)
{
    return {Type::Reference, nullptr, table};
}

bool isSettings(const QString& table)
{
    return table.endsWith(QStringLiteral("_settings"));
}

// The meaning of a column. Column names shared by several tables mean the same in each, but
// for the few tested first.
ColumnType typeOf(const QString& table, const QString& column)
{
    if (isSettings(table)) {
        return {};
    }
    if (column == QStringLiteral("kind")) {
        if (table == QStringLiteral("membership_events")) {
            return term(Vocabulary::eventKinds());
        }
        if (table == QStringLiteral("org_events")) {
            return term(Vocabulary::orgEventKinds());
        }
        if (table == QStringLiteral("posts")) {
            return term(Vocabulary::postKinds());
        }
        if (table == Elections) {
            return term(ElectionRules::kinds());
        }
        return {};
    }
    if (column == QStringLiteral("position")) {
        if (table == QStringLiteral("election_candidates")) {
            return term(Vocabulary::postKinds());
        }
        if (table == QStringLiteral("applicant_people")) {
            return {Type::Order, nullptr, {}};
        }
        return {}; // work unit and post
    }
    if (column == QStringLiteral("reason")) {
        return table == QStringLiteral("election_exclusions") ? term(ElectionRules::exclusionReasons()) : ColumnType{};
    }
    if (column == QStringLiteral("role")) {
        return {table == Users ? Type::Role : Type::PersonRole, nullptr, {}};
    }
    if (column == QStringLiteral("rule")) {
        return {Type::DevelopmentRule, nullptr, {}};
    }
    static const QHash<QString, ColumnType> types{
        {QStringLiteral("type"), term(Vocabulary::orgTypes())},
        {QStringLiteral("unit_category"), term(Vocabulary::unitCategories())},
        {QStringLiteral("gender"), term(Vocabulary::genders())},
        {QStringLiteral("education"), term(Vocabulary::educations())},
        {QStringLiteral("occupation"), term(Vocabulary::occupations())},
        {QStringLiteral("party_worker"), term(Vocabulary::partyWorkers())},
        {QStringLiteral("category"), term(Vocabulary::memberCategories())},
        {QStringLiteral("result"), term(ReviewRules::results())},
        {QStringLiteral("exempt_reason"), term(ReviewRules::exemptReasons())},
        {QStringLiteral("handling"), term(ReviewRules::handlings())},
        {QStringLiteral("temporary"), {Type::Flag, nullptr, {}}},
        {QStringLiteral("mobile"), {Type::Flag, nullptr, {}}},
        {QStringLiteral("lost_contact"), {Type::Flag, nullptr, {}}},
        {QStringLiteral("concurrent_admin_head"), {Type::Flag, nullptr, {}}},
        {QStringLiteral("elected"), {Type::Flag, nullptr, {}}},
        {QStringLiteral("disabled"), {Type::Flag, nullptr, {}}},
        {QStringLiteral("id_number"), {Type::IdNumber, nullptr, {}}},
        {QStringLiteral("phone"), {Type::Phone, nullptr, {}}},
        {QStringLiteral("org_id"), reference(Organizations)},
        {QStringLiteral("parent_id"), reference(Organizations)},
        {QStringLiteral("current_parent_id"), reference(Organizations)},
        {QStringLiteral("roll_org_id"), reference(Organizations)},
        {QStringLiteral("member_id"), reference(Members)},
        {QStringLiteral("election_id"), reference(Elections)},
        {QStringLiteral("campaign_id"), reference(Campaigns)},
        {QStringLiteral("applicant_id"), reference(Applicants)},
        {QStringLiteral("created_at"), {Type::Time, nullptr, {}}},
        {QStringLiteral("last_failed_at"), {Type::Time, nullptr, {}}},
        {QStringLiteral("last_login_at"), {Type::Time, nullptr, {}}},
        {QStringLiteral("verdict"), {Type::Verdict, nullptr, {}}},
        {QStringLiteral("failures"), {Type::Failures, nullptr, {}}},
        {QStringLiteral("password_hash"), {Type::Secret, nullptr, {}}},
    };
    if (const auto it = types.constFind(column); it != types.constEnd()) {
        return it.value();
    }
    if (column == QStringLiteral("date") || column.endsWith(QStringLiteral("_on")) ||
        column == QStringLiteral("birth_date") || column == QStringLiteral("correction_due") ||
        column == QStringLiteral("lost_contact_since")) {
        return {Type::Date, nullptr, {}};
    }
    return {};
}

// Stored values as text: null stays a null QString.
QString storedText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

QString storedText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(value.toInteger()) ? QString::number(value.toInteger()) : QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

bool isRecordRow(const AuditEntry& e)
{
    return e.action == QStringLiteral("insert") || e.action == QStringLiteral("delete");
}

// The snapshot of an insert or delete, a bulk load's summary; empty when the value is no object.
QJsonObject objectOf(const QVariant& value)
{
    const QString text = value.toString();
    if (!text.startsWith(u'{')) {
        return {};
    }
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject snapshotOf(const AuditEntry& e)
{
    if (!isRecordRow(e) || isSettings(e.recordKind)) {
        return {};
    }
    return objectOf(e.action == QStringLiteral("delete") ? e.before : e.after);
}

const AuditSchema::AuditedTable* auditedTable(const QString& name)
{
    for (const AuditSchema::AuditedTable& t : AuditSchema::auditedTables()) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

// The columns that name a record of a table whose rows are named by what they are and whose
// (an event: its kind and member). Read from the current row for an update row, taken from
// the snapshot of an insert or delete.
QStringList factColumns(const QString& table)
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("membership_events"), {QStringLiteral("member_id"), QStringLiteral("kind")}},
        {QStringLiteral("org_events"), {QStringLiteral("org_id"), QStringLiteral("kind")}},
        {QStringLiteral("posts"), {QStringLiteral("org_id"), QStringLiteral("member_id"), QStringLiteral("kind")}},
        {QStringLiteral("election_candidates"),
         {QStringLiteral("election_id"), QStringLiteral("member_id"), QStringLiteral("position")}},
        {QStringLiteral("election_postponements"), {QStringLiteral("org_id"), QStringLiteral("due_on")}},
        {QStringLiteral("review_results"), {QStringLiteral("campaign_id"), QStringLiteral("member_id")}},
    };
    return columns.value(table);
}

// What names a record of the tables other rows refer to.
QStringList nameColumns(const QString& table)
{
    static const QHash<QString, QStringList> columns{
        {Members, {QStringLiteral("name"), QStringLiteral("id_number")}},
        {Organizations, {QStringLiteral("code"), QStringLiteral("current_name"), QStringLiteral("name")}},
        {Elections, {QStringLiteral("org_id"), QStringLiteral("held_on"), QStringLiteral("kind")}},
        {Campaigns, {QStringLiteral("org_id"), QStringLiteral("year")}},
        {Applicants, {QStringLiteral("name"), QStringLiteral("id_number")}},
        {Users, {QStringLiteral("login")}},
    };
    return columns.value(table);
}

// "A of B": the subject and whose it is (the translation may reorder them).
QString ofOwner(const QString& subject, const QString& owner)
{
    return owner.isEmpty() ? subject : QCoreApplication::translate("AuditPresenter", "%1 of %2").arg(subject, owner);
}

qint64 idOf(const QVariant& value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

AuditPresenter::AuditPresenter(Database& db, bool masked)
    : m_db(db)
    , m_store(db)
    , m_masked(masked)
{
}

AuditEntry AuditPresenter::maskedEntry(const AuditEntry& entry)
{
    AuditEntry e = entry;
    auto maskValue = [](const QString& column, const QString& text) {
        if (column == QStringLiteral("id_number")) {
            return AccessControl::maskIdNumber(text);
        }
        if (column == QStringLiteral("phone")) {
            return AccessControl::maskPhone(text);
        }
        return text;
    };
    if (isSettings(e.recordKind)) {
        return e;
    }
    if (e.action == QStringLiteral("update")) {
        if (!e.before.isNull()) {
            e.before = maskValue(e.field, e.before.toString());
        }
        if (!e.after.isNull()) {
            e.after = maskValue(e.field, e.after.toString());
        }
        return e;
    }
    if (!isRecordRow(e)) {
        return e;
    }
    QVariant& record = e.action == QStringLiteral("delete") ? e.before : e.after;
    QJsonObject object = objectOf(record);
    bool changed = false;
    for (const QString& column : {QStringLiteral("id_number"), QStringLiteral("phone")}) {
        if (object.value(column).isString()) {
            object.insert(column, maskValue(column, object.value(column).toString()));
            changed = true;
        }
    }
    if (changed) {
        record = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return e;
}

void AuditPresenter::readFacts(const QList<AuditEntry>& entries, QList<QVariantMap>& facts)
{
    // What each row tells of its record itself (a snapshot), and the records of changed rows
    // to read: one query per table.
    QHash<QString, QList<qint64>> wanted;
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        const QStringList columns = factColumns(e.recordKind);
        if (columns.isEmpty()) {
            continue;
        }
        const QJsonObject snapshot = snapshotOf(e);
        for (const QString& column : columns) {
            if (snapshot.contains(column)) {
                facts[i].insert(column, storedText(snapshot.value(column)));
            }
        }
        if (facts[i].isEmpty() && e.recordId != 0) {
            wanted[e.recordKind].append(e.recordId);
        }
    }
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        auto records = m_store.recordsById(it.key(), factColumns(it.key()), it.value());
        if (!records.ok()) {
            Log::get("services")->warn("audit: cannot read {}: {}", it.key(), records.error().message());
            continue;
        }
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).recordKind == it.key() && facts[i].isEmpty()) {
                facts[i] = records->value(entries.at(i).recordId);
            }
        }
    }
}

void AuditPresenter::resolve(const QString& table, const QList<qint64>& ids, const QList<AuditEntry>& entries,
                             QHash<qint64, QVariantMap>& records)
{
    if (ids.isEmpty()) {
        return;
    }
    auto found = m_store.recordsById(table, nameColumns(table), ids);
    if (found.ok()) {
        records = *found;
    } else {
        Log::get("services")->warn("audit: cannot read {}: {}", table, found.error().message());
    }
    // A record removed since: the snapshot of its insert or delete on this page still names it.
    for (const AuditEntry& e : entries) {
        if (e.recordKind != table || records.contains(e.recordId) || !ids.contains(e.recordId)) {
            continue;
        }
        const QJsonObject snapshot = snapshotOf(e);
        if (snapshot.isEmpty()) {
            continue;
        }
        QVariantMap values;
        for (const QString& column : nameColumns(table)) {
            values.insert(column, storedText(snapshot.value(column)));
        }
        records.insert(e.recordId, values);
    }
}

QString AuditPresenter::name(const QString& table, qint64 id) const
{
    return id == 0 ? QString() : m_names.value(table).value(id);
}

QList<AuditRow> AuditPresenter::present(const QList<AuditEntry>& stored)
{
    QList<AuditEntry> entries;
    entries.reserve(stored.size());
    for (const AuditEntry& e : stored) {
        entries.append(m_masked ? maskedEntry(e) : e);
    }
    m_names.clear();
    QList<QVariantMap> facts(entries.size());
    readFacts(entries, facts);

    // The references of every row: its record, its facts, the ids among its values.
    QHash<QString, QSet<qint64>> refs;
    auto refer = [&refs](const QString& table, qint64 id) {
        if (id != 0) {
            refs[table].insert(id);
        }
    };
    auto referValue = [&](const QString& recordKind, const QString& column, const QString& text) {
        const ColumnType type = typeOf(recordKind, column);
        if (type.type == Type::Reference && !text.isNull()) {
            refer(type.table, idOf(text));
        }
    };
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        if (e.action == QStringLiteral("bulk_load")) {
            continue;
        }
        if (!nameColumns(e.recordKind).isEmpty()) {
            refer(e.recordKind, e.recordId);
        } else if (e.recordKind == QStringLiteral("election_exclusions")) {
            refer(Elections, e.recordId);
        } else if (e.recordKind.startsWith(QStringLiteral("applicant_"))) {
            refer(Applicants, e.recordId);
        }
        refer(Members, e.memberId);
        refer(Organizations, e.orgId);
        for (auto it = facts.at(i).constBegin(); it != facts.at(i).constEnd(); ++it) {
            referValue(e.recordKind, it.key(), storedText(it.value()));
        }
        if (e.action == QStringLiteral("update")) {
            referValue(e.recordKind, e.field, storedText(e.before));
            referValue(e.recordKind, e.field, storedText(e.after));
        } else {
            const QJsonObject snapshot = snapshotOf(e);
            for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it) {
                referValue(e.recordKind, it.key(), storedText(it.value()));
            }
        }
    }

    // Elections and campaigns name their organization: read them before the organizations.
    QHash<QString, QHash<qint64, QVariantMap>> records;
    for (const QString& table : {Elections, Campaigns, Applicants, Users}) {
        resolve(table, refs.value(table).values(), entries, records[table]);
    }
    for (const QString& table : {Elections, Campaigns}) {
        for (const QVariantMap& values : std::as_const(records[table])) {
            refer(Organizations, idOf(values.value(QStringLiteral("org_id"))));
        }
    }
    for (const QString& table : {Members, Organizations}) {
        resolve(table, refs.value(table).values(), entries, records[table]);
    }

    auto person = [this](const QVariantMap& values) {
        const QString name = values.value(QStringLiteral("name")).toString();
        QString idNumber = values.value(QStringLiteral("id_number")).toString();
        if (m_masked) {
            idNumber = AccessControl::maskIdNumber(idNumber);
        }
        return idNumber.isEmpty() ? name : tr("%1 (%2)").arg(name, idNumber);
    };
    for (auto it = records[Members].constBegin(); it != records[Members].constEnd(); ++it) {
        m_names[Members].insert(it.key(), person(it.value()));
    }
    for (auto it = records[Applicants].constBegin(); it != records[Applicants].constEnd(); ++it) {
        m_names[Applicants].insert(it.key(), person(it.value()));
    }
    for (auto it = records[Organizations].constBegin(); it != records[Organizations].constEnd(); ++it) {
        QString name = it.value().value(QStringLiteral("current_name")).toString();
        if (name.isEmpty()) {
            name = it.value().value(QStringLiteral("name")).toString(); // a snapshot
        }
        m_names[Organizations].insert(it.key(),
                                      tr("%1 (%2)").arg(name, it.value().value(QStringLiteral("code")).toString()));
    }
    for (auto it = records[Users].constBegin(); it != records[Users].constEnd(); ++it) {
        m_names[Users].insert(it.key(), it.value().value(QStringLiteral("login")).toString());
    }
    for (auto it = records[Elections].constBegin(); it != records[Elections].constEnd(); ++it) {
        const QVariantMap& values = it.value();
        QString kind = ElectionRules::kinds().label(values.value(QStringLiteral("kind")).toInt());
        if (kind.isEmpty()) {
            kind = AuditService::recordKindName(Elections);
        }
        const QString subject = tr("%1 on %2").arg(kind, values.value(QStringLiteral("held_on")).toString());
        m_names[Elections].insert(it.key(),
                                  ofOwner(subject, name(Organizations, idOf(values.value(QStringLiteral("org_id"))))));
    }
    for (auto it = records[Campaigns].constBegin(); it != records[Campaigns].constEnd(); ++it) {
        const QVariantMap& values = it.value();
        const QString subject = tr("Review campaign %1").arg(values.value(QStringLiteral("year")).toString());
        m_names[Campaigns].insert(it.key(),
                                  ofOwner(subject, name(Organizations, idOf(values.value(QStringLiteral("org_id"))))));
    }

    QList<AuditRow> rows;
    rows.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        AuditRow row;
        row.entry = e;
        row.record = recordText(e, facts.at(i));
        row.field = AuditService::fieldName(e.recordKind, e.field);
        row.before = entryValueText(e, e.before);
        row.after = entryValueText(e, e.after);
        row.storedBefore = storedText(e.before);
        row.storedAfter = storedText(e.after);
        rows.append(row);
    }
    return rows;
}

QString AuditPresenter::recordText(const AuditEntry& e, const QVariantMap& facts) const
{
    const QString kind = AuditService::recordKindName(e.recordKind);
    if (e.action == QStringLiteral("bulk_load") || e.recordId == 0) {
        return kind;
    }
    // As stored: what an unresolved record falls back to.
    const QString plain = QStringLiteral("%1 %2").arg(kind).arg(e.recordId);
    auto fact = [&facts](const char* column) { return facts.value(QLatin1StringView(column)); };
    auto member = [&](qint64 fallback) {
        const qint64 id = facts.contains(QStringLiteral("member_id")) ? idOf(fact("member_id")) : fallback;
        return name(Members, id);
    };
    auto organization = [&](qint64 fallback) {
        const qint64 id = facts.contains(QStringLiteral("org_id")) ? idOf(fact("org_id")) : fallback;
        return name(Organizations, id);
    };
    auto named = [&](const QString& table) {
        const QString text = name(table, e.recordId);
        return text.isEmpty() ? plain : QStringLiteral("%1 %2").arg(kind, text);
    };
    const QString& t = e.recordKind;
    if (t == Members || t == Organizations || t == Applicants || t == Users) {
        return named(t);
    }
    if (t == Elections || t == Campaigns) {
        const QString text = name(t, e.recordId);
        return text.isEmpty() ? plain : text;
    }
    if (t == QStringLiteral("membership_events") || t == QStringLiteral("org_events")) {
        const Vocabulary& kinds =
            t == QStringLiteral("org_events") ? Vocabulary::orgEventKinds() : Vocabulary::eventKinds();
        QString subject = kinds.label(fact("kind").toInt());
        if (subject.isEmpty()) {
            subject = plain;
        }
        return ofOwner(subject, t == QStringLiteral("org_events") ? organization(e.orgId) : member(e.memberId));
    }
    if (t == QStringLiteral("posts")) {
        const QString post = Vocabulary::postKinds().label(fact("kind").toInt());
        const QString who = member(e.memberId);
        const QString where = organization(e.orgId);
        if (post.isEmpty() || who.isEmpty() || where.isEmpty()) {
            return ofOwner(plain, who);
        }
        return tr("%1 of %2 in %3").arg(post, who, where);
    }
    if (t == QStringLiteral("election_candidates")) {
        const QString position = Vocabulary::postKinds().label(fact("position").toInt());
        const QString who = member(e.memberId);
        const QString election = name(Elections, idOf(fact("election_id")));
        if (position.isEmpty() || who.isEmpty() || election.isEmpty()) {
            return ofOwner(plain, who);
        }
        return tr("%1 candidate %2 in %3").arg(position, who, election);
    }
    if (t == QStringLiteral("election_exclusions")) {
        const QString who = name(Members, e.memberId);
        const QString election = name(Elections, e.recordId);
        if (who.isEmpty() || election.isEmpty()) {
            return ofOwner(plain, election.isEmpty() ? who : election);
        }
        return tr("%1 left out of the voters of %2").arg(who, election);
    }
    if (t == QStringLiteral("election_postponements")) {
        const QString due = fact("due_on").toString();
        return ofOwner(due.isEmpty() ? plain : tr("Election postponed to %1").arg(due), organization(e.orgId));
    }
    if (t == QStringLiteral("review_results")) {
        const QString who = member(e.memberId);
        const QString campaign = name(Campaigns, idOf(fact("campaign_id")));
        if (who.isEmpty() || campaign.isEmpty()) {
            return ofOwner(plain, who);
        }
        return tr("Review result of %1 in %2").arg(who, campaign);
    }
    if (t == QStringLiteral("applicant_people") || t == QStringLiteral("applicant_exceptions")) {
        const QString applicant = name(Applicants, e.recordId);
        const QString whose = applicant.isEmpty()
                                  ? QString()
                                  : QStringLiteral("%1 %2").arg(AuditService::recordKindName(Applicants), applicant);
        if (t == QStringLiteral("applicant_people")) {
            const QJsonObject snapshot = snapshotOf(e);
            const QString role =
                valueText(t, QStringLiteral("role"), storedText(snapshot.value(QStringLiteral("role"))));
            const QString who = name(Members, e.memberId);
            if (!role.isEmpty() && !who.isEmpty() && !whose.isEmpty()) {
                return tr("%1 %2 of %3").arg(role, who, whose);
            }
            return ofOwner(kind, whose.isEmpty() ? plain : whose);
        }
        return ofOwner(kind, whose.isEmpty() ? plain : whose);
    }
    return plain;
}

QString AuditPresenter::valueText(const QString& table, const QString& column, const QString& stored) const
{
    if (stored.isNull()) {
        return {};
    }
    const ColumnType type = typeOf(table, column);
    bool isNumber = false;
    const qint64 number = stored.toLongLong(&isNumber);
    switch (type.type) {
    case Type::Text:
        return stored;
    case Type::Date: {
        if (stored == SqlDialect::openEnd()) {
            return {}; // "still so": a period with no end yet
        }
        const QDate date = Dates::fromText(stored);
        return date.isValid() ? Dates::toText(date) : stored;
    }
    case Type::Time: {
        const QDateTime time = QDateTime::fromString(stored, Qt::ISODateWithMs);
        return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : stored;
    }
    case Type::Flag:
        return isNumber && (number == 0 || number == 1) ? Vocabulary::flagText(number == 1, Language::isChinese())
                                                        : stored;
    case Type::Term: {
        if (!isNumber) {
            return stored;
        }
        const QString label = type.vocabulary->label(int(number));
        // 0 is "not given" in every list that has no term for it.
        return !label.isEmpty() ? label : (number == 0 ? QString() : stored);
    }
    case Type::IdNumber:
        return m_masked ? AccessControl::maskIdNumber(stored) : stored;
    case Type::Phone:
        return m_masked ? AccessControl::maskPhone(stored) : stored;
    case Type::Reference: {
        const QString text = isNumber ? name(type.table, number) : QString();
        return text.isEmpty() ? stored : text;
    }
    case Type::Role: {
        const auto role = isNumber ? Roles::fromInt(int(number)) : std::nullopt;
        return role ? Roles::label(*role) : stored;
    }
    case Type::PersonRole:
        if (number == 1 && isNumber) {
            return tr("Contact");
        }
        if (number == 2 && isNumber) {
            return tr("Sponsor");
        }
        return stored;
    case Type::DevelopmentRule: {
        const QString label = isNumber ? DevelopmentRules::ruleLabel(DevelopmentRule(number)) : QString();
        return label.isEmpty() ? stored : label;
    }
    case Type::Verdict: {
        const QString label =
            isNumber && number >= 0 && number <= 5 ? ElectionRules::verdictLabel(int(number)) : QString();
        return label.isEmpty() ? stored : label;
    }
    case Type::Failures: {
        if (!isNumber) {
            return stored;
        }
        QStringList failed;
        for (int rule = 1; rule <= 5; ++rule) {
            if ((number >> (rule - 1)) & 1) {
                failed.append(ElectionRules::ruleLabel(ElectionRule(rule)));
            }
        }
        return failed.isEmpty() && number != 0 ? stored : failed.join(QStringLiteral(", "));
    }
    case Type::Secret:
        return stored == QStringLiteral("changed") ? tr("changed") : stored;
    case Type::Order:
        return isNumber ? QString::number(number + 1) : stored;
    }
    return stored;
}

QString AuditPresenter::snapshotText(const QString& table, const QJsonObject& object) const
{
    // The columns in the table's order (a JSON object's keys come sorted), then any other key.
    QStringList keys;
    if (const AuditSchema::AuditedTable* audited = auditedTable(table)) {
        for (const QString& column : audited->columns) {
            if (object.contains(column)) {
                keys.append(column);
            }
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            keys.append(it.key());
        }
    }
    QStringList pairs;
    for (const QString& key : std::as_const(keys)) {
        if (key == QStringLiteral("id")) {
            continue; // the record column names the record
        }
        const QString text = valueText(table, key, storedText(object.value(key)));
        if (text.isEmpty()) {
            continue; // empty fields say nothing about the record
        }
        pairs.append(QStringLiteral("%1: %2").arg(AuditService::fieldName(table, key), text));
    }
    return pairs.join(QStringLiteral("; "));
}

QString AuditPresenter::entryValueText(const AuditEntry& e, const QVariant& value) const
{
    if (value.isNull()) {
        return {};
    }
    if (!e.field.isEmpty()) {
        return valueText(e.recordKind, e.field, storedText(value));
    }
    const QJsonObject object = objectOf(value);
    if (object.isEmpty()) {
        return storedText(value);
    }
    // A bulk load's summary: what, file, rows.
    return snapshotText(e.action == QStringLiteral("bulk_load") ? QString() : e.recordKind, object);
}
