#include "OrgEventImporter.h"

#include "ImportFormats.h"

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OrgEventImporter", text);
}

} // namespace

OrgEventImporter::OrgEventImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::OrgEvents))
    , m_service(db)
{
}

Result<qint64> OrgEventImporter::orgId(int row, const QString& code, const char* key)
{
    auto org = m_service.findByCode(m_user, code);
    if (!org.ok()) {
        return org.error();
    }
    if (!org.value()) {
        report(row, QLatin1String(key), tr("there is no organization with the code %1").arg(code));
        return qint64(0);
    }
    return org.value()->id;
}

Status OrgEventImporter::processRow(const TableRow& row)
{
    const int before = m_report.issues.size();
    PendingRow pending;
    pending.row = row.number;
    OrgEvent& event = pending.event;
    const QString code = text(row, "code");
    if (code.isEmpty()) {
        report(row.number, QStringLiteral("code"), tr("the organization code is missing"));
    } else {
        auto id = orgId(row.number, code, "code");
        if (!id.ok()) {
            return id.error();
        }
        event.orgId = *id;
    }
    if (const auto day = date(row, "date")) {
        event.date = *day;
        if (!day->isValid()) {
            report(row.number, QStringLiteral("date"), tr("the date is missing"));
        }
    }
    if (text(row, "kind").isEmpty()) {
        report(row.number, QStringLiteral("kind"), tr("the event is missing"));
    } else if (const auto kind = term(row, "kind", Vocabulary::orgEventKinds(), OrgEventKind::Renamed)) {
        event.kind = *kind;
    }
    const QString parent = text(row, "parent");
    event.name = text(row, "name");
    if (m_report.issues.size() == before) {
        if (event.kind == OrgEventKind::Reaffiliated && !parent.isEmpty()) {
            auto id = orgId(row.number, parent, "parent");
            if (!id.ok()) {
                return id.error();
            }
            event.parentId = *id;
        } else if (event.kind == OrgEventKind::Reaffiliated) {
            report(row.number, QStringLiteral("parent"), tr("a re-affiliation needs the new parent's code"));
        }
        if (event.kind == OrgEventKind::Renamed && event.name.isEmpty()) {
            report(row.number, QStringLiteral("name"), tr("a renaming needs the new name"));
        }
    }
    if (m_report.issues.size() == before) {
        m_rows.append(pending);
    }
    return {};
}

Status OrgEventImporter::finish()
{
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const PendingRow& a, const PendingRow& b) { return a.event.date < b.event.date; });
    for (const PendingRow& pending : std::as_const(m_rows)) {
        auto before = m_service.events(m_user, pending.event.orgId);
        if (!before.ok()) {
            return before.error();
        }
        auto id = m_service.recordEvent(m_user, pending.event);
        if (!id.ok()) {
            if (!reportError(pending.row, id.error(), QStringLiteral("kind"))) {
                return id.error();
            }
            continue;
        }
        const bool existed =
            std::any_of(before->cbegin(), before->cend(), [&](const OrgEvent& e) { return e.id == *id; });
        if (existed) {
            ++m_report.unchanged;
        } else {
            ++m_report.created;
        }
    }
    return {};
}
