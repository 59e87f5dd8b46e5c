#include "MemberImporter.h"

#include "ImportFormats.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/MemberRules.h"
#include "store/OrganizationStore.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MemberImporter", text);
}

} // namespace

MemberImporter::MemberImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Members))
    , m_members(db)
    , m_bulkLoad(db)
    , m_events(db)
{
}

Status MemberImporter::beforeTransaction()
{
    auto count = m_members.count();
    if (!count.ok()) {
        return count.error();
    }
    m_databaseHasMembers = *count > 0;
    return m_databaseHasMembers ? Status() : m_bulkLoad.prepare();
}

Status MemberImporter::begin()
{
    m_today = Clock::today();
    auto orgs = loadOrganizations();
    if (!orgs.ok()) {
        return orgs.error();
    }
    m_orgs = *orgs;
    // Counted again inside the transaction: another program may have added members meanwhile.
    auto count = m_members.count();
    if (!count.ok()) {
        return count.error();
    }
    m_databaseHasMembers = *count > 0;
    if (!m_databaseHasMembers) {
        // Into an empty roll: build the secondary indexes once at the end.
        m_bulkLoad.describe(QStringLiteral("import members"), m_report.file);
        if (auto suspended = m_bulkLoad.begin(); !suspended.ok()) {
            return suspended;
        }
    }
    m_col = Columns{m_columns.index("name"),
                    m_columns.index("gender"),
                    m_columns.index("id_number"),
                    m_columns.index("ethnicity"),
                    m_columns.index("birth_date"),
                    m_columns.index("education"),
                    m_columns.index("org"),
                    m_columns.index("category"),
                    m_columns.index("admitted_on"),
                    m_columns.index("full_on"),
                    m_columns.index("occupation"),
                    m_columns.index("position"),
                    m_columns.index("honours"),
                    m_columns.index("party_worker"),
                    m_columns.index("mobile"),
                    m_columns.index("lost_contact"),
                    m_columns.index("phone"),
                    m_columns.index("native_place"),
                    m_columns.index("address"),
                    m_columns.index("mobile_destination"),
                    m_columns.index("lost_contact_since"),
                    m_columns.index("lost_contact_reason"),
                    m_columns.index("applied_on"),
                    m_columns.index("activist_on")};
    return {};
}

std::optional<MemberImporter::CheckedRow> MemberImporter::check(const TableRow& row)
{
    const int before = m_report.issues.size();
    const QStringList& cells = row.cells;
    auto cell = [&cells](int index) { return ImportColumns::cell(cells, index); };

    Member m;
    m.name = cell(m_col.name);
    m.idNumber = cell(m_col.idNumber);
    m.ethnicity = cell(m_col.ethnicity);
    m.position = cell(m_col.position);
    m.honours = cell(m_col.honours);
    m.phone = cell(m_col.phone);
    m.nativePlace = cell(m_col.nativePlace);
    m.address = cell(m_col.address);
    m.mobileDestination = cell(m_col.mobileDestination);
    m.lostContactReason = cell(m_col.lostContactReason);
    if (const auto v = term(row, "gender", Vocabulary::genders(), Gender::Unknown)) {
        m.gender = *v;
    }
    if (const auto v = term(row, "education", Vocabulary::educations(), Education::Unknown)) {
        m.education = *v;
    }
    if (const auto v = term(row, "occupation", Vocabulary::occupations(), Occupation::Unknown)) {
        m.occupation = *v;
    }
    if (const auto v = term(row, "party_worker", Vocabulary::partyWorkers(), PartyWorker::None)) {
        m.partyWorker = *v;
    }
    const auto category = term(row, "category", Vocabulary::memberCategories(), MemberCategory::Unknown);
    if (const auto v = flag(row, "mobile")) {
        m.mobile = *v;
    }
    if (const auto v = flag(row, "lost_contact")) {
        m.lostContact = *v;
    }
    const auto birth = date(row, "birth_date");
    const auto admitted = date(row, "admitted_on");
    const auto full = date(row, "full_on");
    const auto lostSince = date(row, "lost_contact_since");
    const auto applied = date(row, "applied_on");
    const auto activist = date(row, "activist_on");
    if (birth) {
        m.birthDate = *birth;
    }
    m.lostContactSince = lostSince.value_or(QDate());
    m.appliedOn = applied.value_or(QDate());
    m.activistOn = activist.value_or(QDate());

    const bool idWasReadable = !m.idNumber.isEmpty();
    for (const FieldIssue& issue : MemberRules::checkAndComplete(m, m_today)) {
        if (issue.field == QStringLiteral("birth_date") && !birth) {
            continue; // the unreadable date is reported already
        }
        report(row.number, issue.field, issue.message);
    }

    // Duplicates inside the file, by the 17 digits that determine an ID number.
    bool duplicate = false;
    if (idWasReadable && m.idNumber.size() == 18) {
        bool ok = false;
        const qint64 key = QStringView(m.idNumber).left(17).toLongLong(&ok);
        if (ok) {
            const auto it = m_rowOfId.constFind(key);
            if (it != m_rowOfId.constEnd()) {
                report(row.number, QStringLiteral("id_number"),
                       tr("the citizen ID number %1 appears already in row %2").arg(m.idNumber).arg(it.value()));
                duplicate = true;
            } else {
                m_rowOfId.insert(key, row.number);
            }
        }
    }

    const QString orgCode = cell(m_col.org);
    const Organization* org = nullptr;
    if (orgCode.isEmpty()) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
    } else if (const auto it = m_orgs.constFind(orgCode); it == m_orgs.constEnd()) {
        report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(orgCode));
    } else {
        org = &it.value();
    }
    if (admitted && !admitted->isValid()) {
        report(row.number, QStringLiteral("admitted_on"), tr("the admission date is missing"));
    }
    if (category && full) {
        if (*category == MemberCategory::Full && !full->isValid()) {
            report(row.number, QStringLiteral("full_on"),
                   tr("a full member needs the date of conversion to full membership"));
        } else if (*category == MemberCategory::Probationary && full->isValid()) {
            report(row.number, QStringLiteral("category"),
                   tr("a probationary member has no date of conversion to full membership"));
        }
    }
    if (m_report.issues.size() != before || duplicate || !org || !admitted || !full) {
        return std::nullopt;
    }

    QList<MembershipEvent> events{MembershipEvent{0, 0, *admitted, EventKind::Admitted, org->id, {}}};
    if (full->isValid()) {
        events.append(MembershipEvent{0, 0, *full, EventKind::ConvertedFull, 0, {}});
    }
    for (const MembershipEvent& e : std::as_const(events)) {
        if (e.date > m_today) {
            report(row.number,
                   e.kind == EventKind::Admitted ? QStringLiteral("admitted_on") : QStringLiteral("full_on"),
                   tr("the date %1 is in the future").arg(Dates::toText(e.date)));
        }
    }
    if (const QString problem = MemberRules::checkEventOrganization(events.constFirst(), *org); !problem.isEmpty()) {
        report(row.number, QStringLiteral("org"), problem);
    }
    MemberTimeline timeline = MemberTimeline::build(m.birthDate, events);
    for (const MemberTimeline::Violation& v : timeline.violations()) {
        report(row.number,
               v.event.kind == EventKind::Admitted ? QStringLiteral("admitted_on") : QStringLiteral("full_on"),
               v.message);
    }
    if (m_report.issues.size() != before) {
        return std::nullopt;
    }
    return CheckedRow{row.number, std::move(m), std::move(timeline)};
}

Status MemberImporter::processRow(const TableRow& row)
{
    auto checked = check(row);
    if (!checked) {
        return {};
    }
    if (m_databaseHasMembers) {
        auto existing = m_members.idOf(checked->member.idNumber);
        if (!existing.ok()) {
            return existing.error();
        }
        if (*existing != 0) {
            return writeExisting(row, *existing, checked->member, checked->timeline);
        }
    }
    if (hasIssues()) {
        return {}; // nothing will be committed: checking the rest is all that is left to do
    }
    return insert(*checked);
}

Status MemberImporter::insert(const CheckedRow& checked)
{
    auto id = m_members.insert(checked.member, &checked.timeline);
    if (!id.ok()) {
        return id.error();
    }
    if (auto written = m_events.replaceHistory(*id, checked.timeline, true); !written.ok()) {
        return written;
    }
    ++m_report.created;
    return {};
}

namespace {

// Batches of checked rows handed from the reading thread to the writing one; bounded so the
// reader cannot run far ahead (memory stays flat on a million rows).
template <typename T> class BatchQueue
{
public:
    void push(std::vector<T>&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < Capacity || m_abandoned; });
        if (!m_abandoned) {
            m_batches.push_back(std::move(batch));
            m_notEmpty.notify_one();
        }
    }
    bool pop(std::vector<T>& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty()) {
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    // The consumer gives up: the producer's pushes return at once from now on.
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_notFull.notify_all();
    }

private:
    static constexpr size_t Capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::vector<T>> m_batches;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace

Status MemberImporter::readRows(TableReader& reader)
{
    if (m_databaseHasMembers) {
        return TableImporter::readRows(reader); // rows may update members: one thread
    }
    constexpr size_t BatchSize = 1000;
    BatchQueue<CheckedRow> queue;
    std::atomic<bool> anyIssue{false};
    std::atomic<bool> stop{false};
    bool cancelledByUser = false;
    // The reading thread owns m_report (rows, issues) until it is joined.
    std::thread readingThread([&] {
        TableRow row;
        std::vector<CheckedRow> batch;
        batch.reserve(BatchSize);
        const qsizetype width = reader.headers().size();
        while (!stop.load() && reader.next(row)) {
            countRow(row, width);
            if (auto checked = check(row)) {
                batch.push_back(std::move(*checked));
            }
            anyIssue.store(hasIssues());
            if (batch.size() == BatchSize) {
                queue.push(std::move(batch));
                batch = {};
                batch.reserve(BatchSize);
            }
            if (!keepGoing(reader)) {
                cancelledByUser = true;
                break;
            }
        }
        queue.push(std::move(batch));
        queue.close();
    });
    Status written;
    qint64 created = 0;
    std::vector<CheckedRow> batch;
    while (queue.pop(batch)) {
        if (!written.ok() || anyIssue.load()) {
            continue; // nothing will be committed: just let the reader finish checking
        }
        for (const CheckedRow& checked : batch) {
            auto id = m_members.insert(checked.member, &checked.timeline);
            if (!id.ok()) {
                written = id.error();
                break;
            }
            if (auto events = m_events.replaceHistory(*id, checked.timeline, true); !events.ok()) {
                written = events;
                break;
            }
            ++created;
        }
        if (!written.ok()) {
            stop.store(true);
            queue.abandon();
        }
    }
    readingThread.join();
    m_report.created += static_cast<int>(created);
    if (cancelledByUser) {
        return cancelled();
    }
    return written;
}

Status MemberImporter::finish()
{
    if (hasIssues() || m_options.dryRun) {
        return {}; // rolled back: the indexes come back with the rollback
    }
    return m_bulkLoad.finish();
}

Status MemberImporter::writeExisting(const TableRow& row, qint64 memberId, Member& member,
                                     const MemberTimeline& timeline)
{
    auto existing = m_members.findById(memberId);
    if (!existing.ok()) {
        return existing.error();
    }
    const Member& old = *existing.value();
    // The row may correct personal fields; the history is changed through import events.
    if (old.admittedOn != timeline.admittedOn()) {
        report(row.number, QStringLiteral("admitted_on"),
               tr("differs from the recorded admission date %1; change history with import events")
                   .arg(Dates::toText(old.admittedOn)));
    }
    if (timeline.fullOn().isValid() && old.fullOn != timeline.fullOn()) {
        report(row.number, QStringLiteral("full_on"),
               tr("differs from the recorded date of conversion %1; change history with import events")
                   .arg(old.fullOn.isValid() ? Dates::toText(old.fullOn) : tr("(none)")));
    }
    if (hasIssues()) {
        return {};
    }
    member.id = memberId;
    const bool same = old.name == member.name && old.gender == member.gender && old.ethnicity == member.ethnicity &&
                      old.birthDate == member.birthDate && old.education == member.education &&
                      old.nativePlace == member.nativePlace && old.occupation == member.occupation &&
                      old.position == member.position && old.phone == member.phone && old.address == member.address &&
                      old.honours == member.honours && old.partyWorker == member.partyWorker &&
                      old.mobile == member.mobile && old.mobileDestination == member.mobileDestination &&
                      old.lostContact == member.lostContact && old.lostContactSince == member.lostContactSince &&
                      old.lostContactReason == member.lostContactReason && old.appliedOn == member.appliedOn &&
                      old.activistOn == member.activistOn;
    if (same) {
        ++m_report.unchanged;
        return {};
    }
    if (auto updated = m_members.updatePersonal(member); !updated.ok()) {
        return updated;
    }
    ++m_report.updated;
    return {};
}
