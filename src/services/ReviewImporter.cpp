#include "ReviewImporter.h"

#include "ImportFormats.h"
#include "core/Dates.h"
#include "store/OrganizationStore.h"

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReviewImporter", text);
}

// "2024", "2024年", "2024年度".
std::optional<int> parseYear(QString text)
{
    for (const QString& suffix : {QStringLiteral("年度"), QStringLiteral("年")}) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            break;
        }
    }
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(year) : std::nullopt;
}

} // namespace

ReviewImporter::ReviewImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Reviews))
    , m_service(db)
    , m_store(db)
    , m_members(db)
{
}

Status ReviewImporter::begin()
{
    auto ids = OrganizationStore(m_db).idsByCode();
    if (!ids.ok()) {
        return ids.error();
    }
    m_orgIds = *ids;
    return {};
}

std::optional<QDate> ReviewImporter::requiredDate(const TableRow& row, const char* key, const QString& missing)
{
    const auto value = date(row, key);
    if (value && !value->isValid()) {
        report(row.number, QLatin1String(key), missing);
        return std::nullopt;
    }
    return value;
}

Result<ReviewImporter::CampaignState*> ReviewImporter::campaignOf(const TableRow& row, qint64 orgId,
                                                                  const QString& orgCode, int year, const QDate& heldOn)
{
    const QString key = QStringLiteral("%1/%2").arg(orgId).arg(year);
    if (const auto it = m_campaigns.find(key); it != m_campaigns.end()) {
        CampaignState& state = *it;
        if (state.heldOn != heldOn) {
            report(row.number, QStringLiteral("held_on"),
                   tr("the review of %1 for %2 is dated %3 in row %4")
                       .arg(orgCode)
                       .arg(year)
                       .arg(Dates::toText(state.heldOn))
                       .arg(state.firstRow));
        } else if (state.id == 0) {
            report(row.number, QStringLiteral("held_on"),
                   tr("the review of %1 for %2 could not be recorded (row %3)")
                       .arg(orgCode)
                       .arg(year)
                       .arg(state.firstRow));
        }
        return &state;
    }
    CampaignState state;
    state.heldOn = heldOn;
    state.firstRow = row.number;
    auto existing = m_store.findCampaign(orgId, year);
    if (!existing.ok()) {
        return existing.error();
    }
    if (!existing.value()) {
        ReviewCampaign campaign;
        campaign.orgId = orgId;
        campaign.year = year;
        campaign.heldOn = heldOn;
        auto id = m_service.createCampaign(m_user, campaign);
        if (!id.ok()) {
            if (!reportError(row.number, id.error(), QStringLiteral("held_on"))) {
                return id.error();
            }
        } else {
            state.id = *id;
        }
    } else if (existing.value()->heldOn != heldOn) {
        // The file corrects the campaign's date.
        ReviewCampaign campaign = *existing.value();
        campaign.heldOn = heldOn;
        if (auto updated = m_service.updateCampaign(m_user, campaign); !updated.ok()) {
            if (!reportError(row.number, updated.error(), QStringLiteral("held_on"))) {
                return updated.error();
            }
        } else {
            state.id = campaign.id;
        }
    } else {
        state.id = existing.value()->id;
    }
    return &*m_campaigns.insert(key, state);
}

Status ReviewImporter::processRow(const TableRow& row)
{
    const int before = int(m_report.issues.size());
    std::optional<int> year;
    const QString yearText = text(row, "year");
    if (yearText.isEmpty()) {
        report(row.number, QStringLiteral("year"), tr("the year is missing"));
    } else if (year = parseYear(yearText); !year) {
        report(row.number, QStringLiteral("year"), tr("\"%1\" is not a year").arg(yearText));
    }
    const QString orgCode = text(row, "org");
    qint64 orgId = 0;
    if (orgCode.isEmpty()) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
    } else {
        orgId = m_orgIds.value(orgCode);
        if (orgId == 0) {
            report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(orgCode));
        }
    }
    const auto heldOn = requiredDate(row, "held_on", tr("the date of the review is missing"));
    auto member = recordedMember(row, m_members);
    if (!member.ok()) {
        return member.error();
    }
    ReviewEntry entry;
    entry.memberId = *member;
    if (text(row, "result").isEmpty()) {
        report(row.number, QStringLiteral("result"), tr("the result is missing"));
    } else if (const auto result = term(row, "result", ReviewRules::results(), ReviewResult::None)) {
        entry.result = *result;
    }
    if (const auto reason = term(row, "exempt_reason", ReviewRules::exemptReasons(), ExemptReason::None)) {
        entry.exemptReason = *reason;
    }
    if (const auto handling = term(row, "handling", ReviewRules::handlings(), ReviewHandling::None)) {
        entry.handling = *handling;
    }
    struct DateField
    {
        const char* key;
        QDate* target;
    };
    for (const DateField& d :
         {DateField{"handled_on", &entry.handledOn}, DateField{"correction_due", &entry.correctionDue},
          DateField{"corrected_on", &entry.correctedOn}}) {
        if (const auto value = date(row, d.key)) {
            *d.target = *value;
        }
    }
    entry.note = text(row, "note");
    if (int(m_report.issues.size()) != before) {
        return {};
    }

    auto campaign = campaignOf(row, orgId, orgCode, *year, *heldOn);
    if (!campaign.ok()) {
        return campaign.error();
    }
    CampaignState& state = **campaign;
    if (int(m_report.issues.size()) != before || state.id == 0) {
        return {};
    }
    if (const auto it = state.rowOfMember.constFind(entry.memberId); it != state.rowOfMember.constEnd()) {
        report(row.number, QStringLiteral("id_number"),
               tr("this member's result in the review of %1 for %2 is already in row %3")
                   .arg(orgCode)
                   .arg(*year)
                   .arg(it.value()));
        return {};
    }
    state.rowOfMember.insert(entry.memberId, row.number);
    entry.campaignId = state.id;

    auto issues = m_service.validateEntry(m_user, entry); // also completes the entry
    if (!issues.ok()) {
        return issues.error();
    }
    for (const ReviewIssue& issue : std::as_const(*issues)) {
        report(row.number, issue.field, issue.message);
    }
    if (!issues->isEmpty()) {
        return {};
    }
    auto recorded = m_store.findEntry(entry.campaignId, entry.memberId);
    if (!recorded.ok()) {
        return recorded.error();
    }
    if (recorded.value()) {
        entry.id = recorded.value()->id;
        if (*recorded.value() == entry) {
            ++m_report.unchanged;
            return {};
        }
    }
    if (auto written = m_service.setEntry(m_user, entry); !written.ok()) {
        if (!reportError(row.number, written.error(), QStringLiteral("result"))) {
            return written;
        }
        return {};
    }
    if (recorded.value()) {
        ++m_report.updated;
    } else {
        ++m_report.created;
    }
    return {};
}
