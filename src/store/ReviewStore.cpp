#include "ReviewStore.h"

#include "Database.h"
#include "EventStore.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/Dates.h"

#include <QSqlQuery>

#include <algorithm>

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

namespace {

const QString CampaignColumns = QStringLiteral("c.id, c.org_id, c.year, c.held_on, c.note");
const QString EntryColumns =
    QStringLiteral("r.id, r.campaign_id, r.member_id, r.org_id, r.result, r.exempt_reason, r.handling, r.handled_on,"
                   " r.correction_due, r.corrected_on, r.note");
constexpr int CampaignColumnCount = 5;

ReviewCampaign campaignFrom(const QSqlQuery& q)
{
    ReviewCampaign c;
    c.id = q.value(0).toLongLong();
    c.orgId = q.value(1).toLongLong();
    c.year = q.value(2).toInt();
    c.heldOn = Dates::fromText(q.value(3).toString());
    c.note = q.value(4).toString();
    return c;
}

ReviewEntry entryFrom(const QSqlQuery& q, int first)
{
    ReviewEntry e;
    e.id = q.value(first).toLongLong();
    e.campaignId = q.value(first + 1).toLongLong();
    e.memberId = q.value(first + 2).toLongLong();
    e.orgId = q.value(first + 3).toLongLong();
    e.result = static_cast<ReviewResult>(q.value(first + 4).toInt());
    e.exemptReason = static_cast<ExemptReason>(q.value(first + 5).toInt());
    e.handling = static_cast<ReviewHandling>(q.value(first + 6).toInt());
    e.handledOn = Dates::fromText(q.value(first + 7).toString());
    e.correctionDue = Dates::fromText(q.value(first + 8).toString());
    e.correctedOn = Dates::fromText(q.value(first + 9).toString());
    e.note = q.value(first + 10).toString();
    return e;
}

// Setting names as stored.
const char* const ExcellentNumeratorName = "excellent_numerator";
const char* const ExcellentDenominatorName = "excellent_denominator";
const char* const CorrectionMonthsName = "correction_months";

} // namespace

ReviewStore::ReviewStore(Database& db)
    : m_db(db)
{
}

Result<qint64> ReviewStore::insertCampaign(const ReviewCampaign& c)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO review_campaigns (org_id, year, held_on, note) VALUES (?,?,?,?)"),
                       {c.orgId, c.year, Dates::toText(c.heldOn), textOrNull(c.note)});
    if (!q.ok()) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

ReviewStore::BulkInsert::BulkInsert(Database& db)
    : m_db(db)
    , m_campaign(db, "INSERT INTO review_campaigns (org_id, year, held_on, note) VALUES (?1,?2,?3,?4)")
    , m_entry(db, "INSERT INTO review_results (org_id, result, exempt_reason, handling, handled_on, correction_due,"
                  " corrected_on, note, campaign_id, member_id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")
{
}

Status ReviewStore::BulkInsert::begin()
{
    auto indexes = m_db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                            " AND tbl_name = 'review_results' AND sql IS NOT NULL"
                                            " AND name IN ('review_results_member', 'review_results_correction')"));
    if (!indexes.ok()) {
        return indexes.error();
    }
    QList<QPair<QString, QString>> found;
    while (indexes->next()) {
        found.append({indexes->value(0).toString(), indexes->value(1).toString()});
    }
    indexes->finish();
    for (const auto& [name, sql] : std::as_const(found)) {
        // An index that cannot be dropped now is kept and maintained row by row: slower only.
        if (m_db.exec(QStringLiteral("DROP INDEX ") + name).ok()) {
            m_dropped.append(sql);
        }
    }
    return {};
}

Status ReviewStore::BulkInsert::finish()
{
    while (!m_dropped.isEmpty()) {
        if (auto created = m_db.exec(m_dropped.constFirst()); !created.ok()) {
            return created.error();
        }
        m_dropped.removeFirst();
    }
    return {};
}

Status ReviewStore::BulkInsert::insertCampaign(ReviewCampaign& c)
{
    if (!m_campaign.status().ok()) {
        return m_campaign.status();
    }
    m_campaign.bind(1, c.orgId);
    m_campaign.bind(2, c.year);
    m_campaign.bind(3, c.heldOn);
    m_campaign.bind(4, c.note);
    if (auto done = m_campaign.run(); !done.ok()) {
        return done;
    }
    c.id = m_campaign.lastInsertId();
    return {};
}

Status ReviewStore::BulkInsert::insertEntry(ReviewEntry& e)
{
    if (!m_entry.status().ok()) {
        return m_entry.status();
    }
    m_entry.bindId(1, e.orgId);
    m_entry.bind(2, int(e.result));
    m_entry.bind(3, int(e.exemptReason));
    m_entry.bind(4, int(e.handling));
    m_entry.bind(5, e.handledOn);
    m_entry.bind(6, e.correctionDue);
    m_entry.bind(7, e.correctedOn);
    m_entry.bind(8, e.note);
    m_entry.bind(9, e.campaignId);
    m_entry.bind(10, e.memberId);
    if (auto done = m_entry.run(); !done.ok()) {
        return done;
    }
    e.id = m_entry.lastInsertId();
    return {};
}

Status ReviewStore::updateCampaign(const ReviewCampaign& c)
{
    auto q = m_db.exec(QStringLiteral("UPDATE review_campaigns SET org_id=?, year=?, held_on=?, note=? WHERE id=?"),
                       {c.orgId, c.year, Dates::toText(c.heldOn), textOrNull(c.note), c.id});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Status ReviewStore::removeCampaign(qint64 campaignId)
{
    for (const char* sql :
         {"DELETE FROM review_results WHERE campaign_id=?", "DELETE FROM review_campaigns WHERE id=?"}) {
        if (auto deleted = m_db.exec(QLatin1String(sql), {campaignId}); !deleted.ok()) {
            return deleted.error();
        }
    }
    return {};
}

Result<QList<ReviewCampaign>> ReviewStore::selectCampaigns(const QString& where, const QVariantList& values)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + CampaignColumns + QStringLiteral(" FROM review_campaigns c ") + where, values);
    if (!q.ok()) {
        return q.error();
    }
    QList<ReviewCampaign> result;
    while (q->next()) {
        result.append(campaignFrom(*q));
    }
    return result;
}

Result<std::optional<ReviewCampaign>> ReviewStore::findCampaign(qint64 campaignId)
{
    auto found = selectCampaigns(QStringLiteral("WHERE c.id=?"), {campaignId});
    if (!found.ok()) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<ReviewCampaign>() : std::optional<ReviewCampaign>(found->constFirst());
}

Result<std::optional<ReviewCampaign>> ReviewStore::findCampaign(qint64 orgId, int year)
{
    auto found = selectCampaigns(QStringLiteral("WHERE c.org_id=? AND c.year=?"), {orgId, year});
    if (!found.ok()) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<ReviewCampaign>() : std::optional<ReviewCampaign>(found->constFirst());
}

Result<QList<ReviewCampaign>> ReviewStore::campaignsOf(qint64 orgId)
{
    return selectCampaigns(QStringLiteral("WHERE c.org_id=? ORDER BY c.year, c.id"), {orgId});
}

Result<QList<ReviewCampaign>> ReviewStore::campaignsHeld(const QDate& from, const QDate& to)
{
    return selectCampaigns(QStringLiteral("WHERE c.held_on >= ? AND c.held_on <= ? ORDER BY c.held_on, c.id"),
                           {Dates::toText(from), Dates::toText(to)});
}

Result<QList<ReviewCampaign>> ReviewStore::campaignsOfYear(int year)
{
    return selectCampaigns(QStringLiteral("WHERE c.year=? ORDER BY c.org_id"), {year});
}

Status ReviewStore::saveEntry(ReviewEntry& e)
{
    const QVariantList values{idOrNull(e.orgId),
                              int(e.result),
                              int(e.exemptReason),
                              int(e.handling),
                              dateOrNull(e.handledOn),
                              dateOrNull(e.correctionDue),
                              dateOrNull(e.correctedOn),
                              textOrNull(e.note),
                              e.campaignId,
                              e.memberId};
    auto updated = m_db.exec(QStringLiteral("UPDATE review_results SET org_id=?, result=?, exempt_reason=?, handling=?,"
                                            " handled_on=?, correction_due=?, corrected_on=?, note=?"
                                            " WHERE campaign_id=? AND member_id=?"),
                             values);
    if (!updated.ok()) {
        return updated.error();
    }
    if (updated->numRowsAffected() > 0) {
        auto id = m_db.exec(QStringLiteral("SELECT id FROM review_results WHERE campaign_id=? AND member_id=?"),
                            {e.campaignId, e.memberId});
        if (!id.ok()) {
            return id.error();
        }
        e.id = id->next() ? id->value(0).toLongLong() : 0;
        return {};
    }
    auto inserted =
        m_db.exec(QStringLiteral("INSERT INTO review_results (org_id, result, exempt_reason, handling, handled_on,"
                                 " correction_due, corrected_on, note, campaign_id, member_id)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?)"),
                  values);
    if (!inserted.ok()) {
        return inserted.error();
    }
    e.id = inserted->lastInsertId().toLongLong();
    return {};
}

Status ReviewStore::removeEntry(qint64 campaignId, qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM review_results WHERE campaign_id=? AND member_id=?"),
                       {campaignId, memberId});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Result<std::optional<ReviewEntry>> ReviewStore::findEntry(qint64 campaignId, qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + EntryColumns +
                           QStringLiteral(" FROM review_results r WHERE r.campaign_id=? AND r.member_id=?"),
                       {campaignId, memberId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<ReviewEntry>();
    }
    return std::optional<ReviewEntry>(entryFrom(*q, 0));
}

Result<QList<ReviewEntry>> ReviewStore::entriesOf(qint64 campaignId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + EntryColumns +
                           QStringLiteral(" FROM review_results r WHERE r.campaign_id=? ORDER BY r.id"),
                       {campaignId});
    if (!q.ok()) {
        return q.error();
    }
    QList<ReviewEntry> result;
    while (q->next()) {
        result.append(entryFrom(*q, 0));
    }
    return result;
}

Result<QList<QPair<ReviewCampaign, ReviewEntry>>>
ReviewStore::selectJoined(const QString& where, const QVariantList& values, const QString& order)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + CampaignColumns + QStringLiteral(", ") + EntryColumns +
                           QStringLiteral(" FROM review_results r JOIN review_campaigns c ON c.id = r.campaign_id ") +
                           where + QStringLiteral(" ORDER BY ") + order,
                       values);
    if (!q.ok()) {
        return q.error();
    }
    QList<QPair<ReviewCampaign, ReviewEntry>> result;
    while (q->next()) {
        result.append({campaignFrom(*q), entryFrom(*q, CampaignColumnCount)});
    }
    return result;
}

Result<QList<QPair<ReviewCampaign, ReviewEntry>>> ReviewStore::entriesOfMember(qint64 memberId)
{
    return selectJoined(QStringLiteral("WHERE r.member_id=?"), {memberId}, QStringLiteral("c.held_on, c.id"));
}

Status ReviewStore::forEachEntry(const QList<qint64>& campaignIds, const std::function<void(const ReviewEntry&)>& visit)
{
    SqliteStatement q(m_db, "SELECT id, campaign_id, member_id, org_id, result, exempt_reason, handling, handled_on,"
                            " correction_due, corrected_on, note FROM review_results WHERE campaign_id=?1");
    for (const qint64 campaign : campaignIds) {
        q.bind(1, campaign);
        while (q.next()) {
            ReviewEntry e;
            e.id = q.integer(0);
            e.campaignId = q.integer(1);
            e.memberId = q.integer(2);
            e.orgId = q.integer(3);
            e.result = static_cast<ReviewResult>(q.integer(4));
            e.exemptReason = static_cast<ExemptReason>(q.integer(5));
            e.handling = static_cast<ReviewHandling>(q.integer(6));
            e.handledOn = Dates::fromText(q.text(7));
            e.correctionDue = Dates::fromText(q.text(8));
            e.correctedOn = Dates::fromText(q.text(9));
            e.note = q.text(10);
            visit(e);
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status();
        }
    }
    return q.status();
}

Status ReviewStore::forEachEntry(const std::function<bool(const ReviewCampaign&, const ReviewEntry&)>& visit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + CampaignColumns + QStringLiteral(", ") + EntryColumns +
                       QStringLiteral(" FROM review_results r JOIN review_campaigns c ON c.id = r.campaign_id"
                                      " ORDER BY c.org_id, c.year, r.id"));
    if (!q.ok()) {
        return q.error();
    }
    while (q->next()) {
        if (!visit(campaignFrom(*q), entryFrom(*q, CampaignColumnCount))) {
            break;
        }
    }
    return {};
}

Result<QList<QPair<ReviewCampaign, ReviewEntry>>> ReviewStore::openCorrections(const QDate& until)
{
    return selectJoined(QStringLiteral("WHERE r.handling=? AND r.corrected_on IS NULL AND r.correction_due <= ?"),
                        {int(ReviewHandling::Correction), Dates::toText(until)},
                        QStringLiteral("r.correction_due, c.org_id, r.id"));
}

Result<ReviewSettings> ReviewStore::settings()
{
    auto q = m_db.exec(QStringLiteral("SELECT name, value FROM review_settings"));
    if (!q.ok()) {
        return q.error();
    }
    ReviewSettings s;
    ReviewSettings stored = s;
    while (q->next()) {
        const QString name = q->value(0).toString();
        bool ok = false;
        const int value = q->value(1).toString().toInt(&ok);
        if (!ok) {
            continue;
        }
        if (name == QLatin1String(ExcellentNumeratorName)) {
            stored.excellentNumerator = value;
        } else if (name == QLatin1String(ExcellentDenominatorName)) {
            stored.excellentDenominator = value;
        } else if (name == QLatin1String(CorrectionMonthsName)) {
            stored.correctionMonths = value;
        }
    }
    // An unreadable value keeps the default of the setting it belongs to.
    ReviewSettings share;
    share.excellentNumerator = stored.excellentNumerator;
    share.excellentDenominator = stored.excellentDenominator;
    if (ReviewRules::checkSettings(share).isEmpty()) {
        s.excellentNumerator = stored.excellentNumerator;
        s.excellentDenominator = stored.excellentDenominator;
    }
    if (stored.correctionMonths >= 1 && stored.correctionMonths <= ReviewRules::MaxCorrectionMonths) {
        s.correctionMonths = stored.correctionMonths;
    }
    return s;
}

Status ReviewStore::saveSettings(const ReviewSettings& s)
{
    const QList<QPair<const char*, int>> values{
        {ExcellentNumeratorName, s.excellentNumerator},
        {ExcellentDenominatorName, s.excellentDenominator},
        {CorrectionMonthsName, s.correctionMonths},
    };
    for (const auto& [name, value] : values) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO review_settings (name, value) VALUES (?,?)"
                                          " ON CONFLICT(name) DO UPDATE SET value=excluded.value"),
                           {QLatin1String(name), QString::number(value)});
        if (!q.ok()) {
            return q.error();
        }
    }
    return {};
}

Result<QList<ReviewStore::RollMember>> ReviewStore::onRollOn(const QList<qint64>& orgIds, const QDate& date)
{
    return EventStore(m_db).onRollOn(orgIds, date);
}

Status ReviewStore::visitRoll(const QList<qint64>& orgIds, const QDate& date,
                              const std::function<void(const RollMember&)>& visit)
{
    SqliteStatement q(m_db, "SELECT member_id, roll_org_id, category FROM membership_events"
                            " WHERE roll_org_id=?1 AND date <= ?2 AND ends_on > ?2");
    RollMember member;
    for (const qint64 org : orgIds) {
        q.bind(1, org);
        q.bind(2, date);
        while (q.next()) {
            member.memberId = q.integer(0);
            member.orgId = q.integer(1);
            member.category = static_cast<MemberCategory>(q.integer(2));
            visit(member);
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status();
        }
    }
    return q.status();
}

Result<std::optional<ReviewStore::RollMember>> ReviewStore::memberOn(qint64 memberId, const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q = m_db.exec(QStringLiteral("SELECT e.member_id, m.name, m.id_number, e.roll_org_id, e.category"
                                      " FROM membership_events e JOIN members m ON m.id = e.member_id"
                                      " WHERE e.member_id=? AND e.date <= ? AND e.ends_on > ?"
                                      " AND e.roll_org_id IS NOT NULL"),
                       {memberId, day, day});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RollMember>();
    }
    return std::optional<RollMember>(RollMember{q->value(0).toLongLong(), q->value(1).toString(),
                                                q->value(2).toString(), q->value(3).toLongLong(),
                                                static_cast<MemberCategory>(q->value(4).toInt())});
}

Result<QList<ReviewStore::Link>> ReviewStore::links()
{
    auto q = m_db.exec(QStringLiteral("SELECT org_id, parent_id, starts_on, ends_on FROM org_links"));
    if (!q.ok()) {
        return q.error();
    }
    QList<Link> result;
    while (q->next()) {
        result.append(Link{q->value(0).toLongLong(), q->value(1).toLongLong(), Dates::fromText(q->value(2).toString()),
                           Dates::fromText(q->value(3).toString())});
    }
    return result;
}
