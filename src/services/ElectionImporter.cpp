#include "ElectionImporter.h"

#include "ImportFormats.h"
#include "core/Dates.h"
#include "store/OrganizationStore.h"

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ElectionImporter", text);
}

// The fields a row of `import elections` carries are equal (candidates and exclusions aside).
bool sameRecord(const Election& a, const Election& b)
{
    return a.kind == b.kind && a.seats == b.seats && a.eligible == b.eligible && a.present == b.present &&
           a.ballotsIssued == b.ballotsIssued && a.ballotsReturned == b.ballotsReturned &&
           a.approvedOn == b.approvedOn && a.termYears == b.termYears && a.approvalDocument == b.approvalDocument &&
           a.note == b.note;
}

} // namespace

ElectionImporter::ElectionImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Elections))
    , m_service(db)
    , m_store(db)
    , m_members(db)
{
}

Status ElectionImporter::begin()
{
    auto ids = OrganizationStore(m_db).idsByCode();
    if (!ids.ok()) {
        return ids.error();
    }
    m_orgIds = *ids;
    return {};
}

std::optional<int> ElectionImporter::count(const TableRow& row, const char* key, bool required)
{
    const QString value = text(row, key);
    if (value.isEmpty()) {
        if (required) {
            report(row.number, QLatin1String(key), tr("the number is missing"));
            return std::nullopt;
        }
        return 0;
    }
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0) {
        report(row.number, QLatin1String(key), tr("\"%1\" is not a whole number").arg(value));
        return std::nullopt;
    }
    return n;
}

Status ElectionImporter::processRow(const TableRow& row)
{
    const int before = int(m_report.issues.size());
    Election e;
    const QString orgCode = text(row, "org");
    if (orgCode.isEmpty()) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
    } else {
        e.orgId = m_orgIds.value(orgCode);
        if (e.orgId == 0) {
            report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(orgCode));
        }
    }
    if (const auto held = date(row, "held_on")) {
        e.heldOn = *held;
        if (!held->isValid()) {
            report(row.number, QStringLiteral("held_on"), tr("the date of the election is missing"));
        }
    }
    if (const auto kind = term(row, "kind", ElectionRules::kinds(), ElectionKind::Term)) {
        e.kind = *kind;
    }
    struct Count
    {
        const char* key;
        int* target;
        bool required;
    };
    for (const Count& c :
         {Count{"seats", &e.seats, true}, Count{"eligible", &e.eligible, true}, Count{"present", &e.present, true},
          Count{"ballots_issued", &e.ballotsIssued, true}, Count{"ballots_returned", &e.ballotsReturned, true},
          Count{"term_years", &e.termYears, false}}) {
        if (const auto n = count(row, c.key, c.required)) {
            *c.target = *n;
        }
    }
    if (const auto approved = date(row, "approved_on")) {
        e.approvedOn = *approved;
    }
    e.approvalDocument = text(row, "approval_document");
    e.note = text(row, "note");
    if (int(m_report.issues.size()) != before) {
        return {};
    }
    const QString key = QStringLiteral("%1/%2").arg(e.orgId).arg(Dates::toText(e.heldOn));
    if (const auto it = m_rowOf.constFind(key); it != m_rowOf.constEnd()) {
        report(row.number, QStringLiteral("held_on"),
               tr("the election of %1 on %2 appears already in row %3")
                   .arg(orgCode, Dates::toText(e.heldOn))
                   .arg(it.value()));
        return {};
    }
    m_rowOf.insert(key, row.number);

    auto existing = m_store.find(e.orgId, e.heldOn);
    if (!existing.ok()) {
        return existing.error();
    }
    Election record = e;
    if (existing.value()) {
        // Correct the record, keep its candidates and excluded voters.
        record.id = existing.value()->id;
        record.candidates = existing.value()->candidates;
        record.exclusions = existing.value()->exclusions;
    }
    auto issues = m_service.validate(m_user, record); // also completes the default term
    if (!issues.ok()) {
        return issues.error();
    }
    auto reported = reportIssues(row.number, *issues, record);
    if (!reported.ok()) {
        return reported.error();
    }
    if (*reported) {
        return {};
    }
    if (existing.value() && sameRecord(record, *existing.value())) {
        ++m_report.unchanged;
        return {};
    }
    if (existing.value()) {
        if (auto written = m_service.update(m_user, record); !written.ok()) {
            if (!reportError(row.number, written.error(), QStringLiteral("held_on"))) {
                return written;
            }
            return {};
        }
        ++m_report.updated;
        return {};
    }
    auto id = m_service.record(m_user, record);
    if (!id.ok()) {
        if (!reportError(row.number, id.error(), QStringLiteral("held_on"))) {
            return id.error();
        }
        return {};
    }
    ++m_report.created;
    return {};
}

Result<bool> ElectionImporter::reportIssues(int row, const ElectionIssues& issues, const Election& election)
{
    for (const ElectionIssue& issue : issues) {
        QString message = issue.message;
        if (issue.candidate >= 0 && issue.candidate < election.candidates.size()) {
            // A recorded candidate no longer fits the corrected record: name them.
            auto member = m_members.findById(election.candidates.at(issue.candidate).memberId);
            if (!member.ok()) {
                return member.error();
            }
            if (member.value()) {
                message = tr("candidate %1 (%2): %3").arg(member.value()->name, member.value()->idNumber, message);
            }
        }
        report(row, issue.field, message);
    }
    return !issues.isEmpty();
}
