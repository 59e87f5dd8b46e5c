#include "RosterStore.h"

#include "Database.h"
#include "core/Dates.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Up to this many organizations are bound one per placeholder; a larger subtree is bound as
// one JSON array (SQLite's limit on host parameters is 32766, a province has 50,000+).
constexpr qsizetype MaxBoundIds = 500;

const char* const Columns = "m.id, m.name, m.gender, m.id_number, m.birth_date, m.category, o.code, m.admitted_on,"
                            " m.full_on, m.education, m.occupation, m.phone, o.current_name";

// The sort expression of a column: never NULL, so that the keyset comparison is total.
QString sortExpression(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Name:
        return QStringLiteral("m.name");
    case RosterColumn::Gender:
        return QStringLiteral("m.gender");
    case RosterColumn::IdNumber:
        return QStringLiteral("m.id_number");
    case RosterColumn::BirthDate:
        return QStringLiteral("m.birth_date");
    case RosterColumn::Category:
        return QStringLiteral("m.category");
    case RosterColumn::Organization:
        return QStringLiteral("o.code");
    case RosterColumn::AdmittedOn:
        return QStringLiteral("coalesce(m.admitted_on,'')");
    case RosterColumn::FullOn:
        return QStringLiteral("coalesce(m.full_on,'')");
    case RosterColumn::Education:
        return QStringLiteral("m.education");
    case RosterColumn::Occupation:
        return QStringLiteral("m.occupation");
    case RosterColumn::Phone:
        return QStringLiteral("coalesce(m.phone,'')");
    case RosterColumn::Id:
        break;
    }
    return QStringLiteral("m.id");
}

// A prefix as a half-open range [text, text with its last character incremented), so that a
// BINARY index answers it (LIKE cannot use one while it is case-insensitive).
void prefixRange(const QString& column, const QString& text, QStringList& terms, QVariantList& values)
{
    QString upper = text;
    upper.back() = QChar(static_cast<char16_t>(upper.back().unicode() + 1));
    terms << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
    values << text << upper;
}

// The search condition ("" when there is no search): the start of a name, of an ID number or
// of a phone number, each through its index (schema v2), so that a search of the whole
// database reads only the members it finds. Which fields a text can match is decided here: a
// text of digits (and X) can start an ID number, a text of digits and dashes a phone number,
// anything else a name.
QString searchCondition(const QString& search, QVariantList& values)
{
    const QString text = search.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    bool hasNonDigit = false;
    bool idLike = true;
    bool phoneLike = true;
    for (QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        hasNonDigit = hasNonDigit || !digit;
        idLike = idLike && (digit || c == u'X' || c == u'x');
        phoneLike = phoneLike && (digit || c == u'-' || c == u'+' || c == u' ' || c == u'(' || c == u')');
    }
    QStringList terms;
    if (hasNonDigit) {
        prefixRange(QStringLiteral("m.name"), text, terms, values);
    }
    if (idLike) {
        prefixRange(QStringLiteral("m.id_number"), text.toUpper(), terms, values);
    }
    if (phoneLike) {
        prefixRange(QStringLiteral("m.phone"), text, terms, values);
    }
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

struct Sql
{
    QString text;
    QVariantList values;
};

// FROM + WHERE of a query (with the organization join when withOrg). CROSS JOIN fixes the
// join order in SQLite: the roll index drives, members are looked up by id; otherwise the
// planner may prefer to walk members in sort order and probe the events of each.
// Without members (withMembers false, only for a roll of organizations without search) the
// events alone are counted.
Sql fromWhere(const RosterQuery& query, bool withOrg, bool withMembers = true)
{
    Sql sql;
    QStringList where;
    if (query.allOrganizations) {
        sql.text =
            withOrg ? QStringLiteral(" FROM members m CROSS JOIN organizations o") : QStringLiteral(" FROM members m");
        where << QStringLiteral("m.org_id IS NOT NULL");
        if (withOrg) {
            where << QStringLiteral("o.id = m.org_id");
        }
    } else {
        sql.text = QStringLiteral(" FROM membership_events e");
        if (withMembers) {
            sql.text += QStringLiteral(" CROSS JOIN members m");
        }
        if (withOrg) {
            sql.text += QStringLiteral(" CROSS JOIN organizations o");
        }
        if (query.orgIds.size() <= MaxBoundIds) {
            QString marks;
            for (qsizetype i = 0; i < query.orgIds.size(); ++i) {
                marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
                sql.values << query.orgIds[i];
            }
            where << QStringLiteral("e.roll_org_id IN (%1)").arg(marks);
        } else {
            QJsonArray ids;
            for (qint64 id : query.orgIds) {
                ids.append(id);
            }
            where << QStringLiteral("e.roll_org_id IN (SELECT value FROM json_each(?))");
            sql.values << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        }
        // Implied by IN, but spelled out so that the partial index is certainly usable.
        where << QStringLiteral("e.roll_org_id IS NOT NULL") << QStringLiteral("e.ends_on = ?");
        sql.values << SqlDialect::openEnd();
        if (withMembers) {
            where << QStringLiteral("m.id = e.member_id");
        }
        if (withOrg) {
            where << QStringLiteral("o.id = e.roll_org_id");
        }
    }
    if (const QString search = searchCondition(query.search, sql.values); !search.isEmpty()) {
        where << search;
    }
    sql.text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql;
}

RosterRow readRow(const QSqlQuery& q, bool withSortKey)
{
    RosterRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.gender = static_cast<Gender>(q.value(2).toInt());
    r.idNumber = q.value(3).toString();
    r.birthDate = Dates::fromText(q.value(4).toString());
    r.category = static_cast<MemberCategory>(q.value(5).toInt());
    r.orgCode = q.value(6).toString();
    r.admittedOn = Dates::fromText(q.value(7).toString());
    r.fullOn = Dates::fromText(q.value(8).toString());
    r.education = static_cast<Education>(q.value(9).toInt());
    r.occupation = static_cast<Occupation>(q.value(10).toInt());
    r.phone = q.value(11).toString();
    r.orgName = q.value(12).toString();
    if (withSortKey) {
        r.sortKey = q.value(13);
    }
    return r;
}

bool nothingToShow(const RosterQuery& query)
{
    return !query.allOrganizations && query.orgIds.isEmpty();
}

} // namespace

RosterStore::RosterStore(Database& db)
    : m_db(db)
{
}

Result<QList<RosterRow>> RosterStore::page(const RosterQuery& query, const RosterRow* after, int limit)
{
    QList<RosterRow> rows;
    if (nothingToShow(query) || limit <= 0) {
        return rows;
    }
    const QString key = sortExpression(query.sortColumn);
    const bool byId = query.sortColumn == RosterColumn::Id;
    Sql sql = fromWhere(query, true);
    QString text = QStringLiteral("SELECT ") + QLatin1String(Columns) + QStringLiteral(", ") + key + sql.text;
    if (after) {
        const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
        if (byId) {
            text += QStringLiteral(" AND m.id %1 ?").arg(op);
            sql.values << after->id;
        } else {
            text += QStringLiteral(" AND (%1, m.id) %2 (?, ?)").arg(key, op);
            sql.values << after->sortKey << after->id;
        }
    }
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    text += QStringLiteral(" ORDER BY ");
    if (!byId) {
        text += key + order + QStringLiteral(", ");
    }
    text += QStringLiteral("m.id") + order + QStringLiteral(" LIMIT ?");
    sql.values << limit;

    auto q = m_db.exec(text, sql.values);
    if (!q.ok()) {
        return q.error();
    }
    rows.reserve(limit);
    while (q->next()) {
        rows.append(readRow(*q, true));
    }
    return rows;
}

Result<qint64> RosterStore::count(const RosterQuery& query)
{
    if (nothingToShow(query)) {
        return qint64(0);
    }
    const bool needMembers = !query.search.trimmed().isEmpty();
    const Sql sql = fromWhere(query, false, needMembers || query.allOrganizations);
    auto q = m_db.exec(QStringLiteral("SELECT count(*)") + sql.text, sql.values);
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return qint64(0);
    }
    return q->value(0).toLongLong();
}

Result<QList<qint64>> RosterStore::orderedIds(const RosterQuery& query)
{
    QList<qint64> ids;
    if (nothingToShow(query)) {
        return ids;
    }
    const bool byId = query.sortColumn == RosterColumn::Id;
    const bool needOrg = query.sortColumn == RosterColumn::Organization;
    // A roll of organizations in record order needs nothing of the members' rows: the roll
    // index alone answers it (half the work on a big subtree).
    const bool eventsOnly = !query.allOrganizations && byId && query.search.trimmed().isEmpty();
    const Sql sql = fromWhere(query, needOrg, !eventsOnly);
    const QString id = eventsOnly ? QStringLiteral("e.member_id") : QStringLiteral("m.id");
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    QString text = QStringLiteral("SELECT ") + id + sql.text + QStringLiteral(" ORDER BY ");
    if (!byId) {
        text += sortExpression(query.sortColumn) + order + QStringLiteral(", ");
    }
    text += id + order;
    auto q = m_db.exec(text, sql.values);
    if (!q.ok()) {
        return q.error();
    }
    q->setForwardOnly(true);
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    return ids;
}

Result<QList<RosterRow>> RosterStore::rowsByIds(const QList<qint64>& ids)
{
    QList<RosterRow> rows;
    if (ids.isEmpty()) {
        return rows;
    }
    QString marks;
    QVariantList values;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        values << ids[i];
    }
    auto q = m_db.exec(QStringLiteral("SELECT ") + QLatin1String(Columns) +
                           QStringLiteral(" FROM members m CROSS JOIN organizations o"
                                          " WHERE m.id IN (%1) AND o.id = m.org_id")
                               .arg(marks),
                       values);
    if (!q.ok()) {
        return q.error();
    }
    QHash<qint64, RosterRow> byId;
    while (q->next()) {
        RosterRow row = readRow(*q, false);
        byId.insert(row.id, std::move(row));
    }
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto it = byId.find(id); it != byId.end()) {
            rows.append(std::move(*it));
        }
    }
    return rows;
}
