#include "ExportService.h"

#include "core/Dates.h"
#include "core/ElectionRules.h"
#include "core/Language.h"
#include "core/ReviewRules.h"
#include "core/Vocabulary.h"
#include "io/TableWriter.h"
#include "services/AccessControl.h"
#include "store/Database.h"
#include "store/DevelopmentStore.h"
#include "store/ElectionStore.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/PostStore.h"
#include "store/ReviewStore.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportService", text);
}

QString sheetName(TableKind kind)
{
    return ImportFormats::name(kind);
}

} // namespace

ExportService::ExportService(Database& db)
    : m_db(db)
{
}

Result<qint64> ExportService::exportTable(const UserContext& user, TableKind kind, const QString& path,
                                          const QString& orgCode, const std::function<bool(double)>& progress)
{
    AccessControl access(m_db);
    if (orgCode.isEmpty()) {
        if (auto allowed = access.canReadAll(user); !allowed.ok()) {
            // A branch secretary's "everything" is their own subtree.
            if (user.signedIn() && !user.orgCode.isEmpty()) {
                return exportTable(user, kind, path, user.orgCode, progress);
            }
            return allowed.error();
        }
    }
    m_masked = access.masked(user);
    m_chinese = Language::isChinese();
    m_rows = 0;
    m_progress = progress;
    m_scope.clear();
    m_members.clear();
    OrganizationStore orgs(m_db);
    auto ids = orgs.idsByCode();
    if (!ids.ok()) {
        return ids.error();
    }
    m_codes.clear();
    for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
        m_codes.insert(it.value(), it.key());
    }
    if (!orgCode.isEmpty()) {
        const qint64 root = ids->value(orgCode);
        if (root == 0) {
            return Error(Error::Kind::NotFound, tr("there is no organization with the code %1").arg(orgCode));
        }
        if (auto allowed = access.canRead(user, root); !allowed.ok()) {
            return allowed.error();
        }
        // The current tree, including dissolved organizations that hung under the root.
        auto parents = orgs.currentParents();
        if (!parents.ok()) {
            return parents.error();
        }
        QMultiHash<qint64, qint64> children;
        for (auto it = parents->cbegin(); it != parents->cend(); ++it) {
            children.insert(it.value(), it.key());
        }
        QList<qint64> pending{root};
        while (!pending.isEmpty()) {
            const qint64 id = pending.takeLast();
            m_scope.insert(id);
            pending.append(children.values(id));
        }
    }

    auto writer = TableWriter::create(path, sheetName(kind));
    if (!writer.ok()) {
        return writer.error();
    }
    TableWriter& out = **writer;
    const ImportColumns columns(ImportFormats::columns(kind));
    if (auto written = out.writeRow(columns.exportHeaders(m_chinese)); !written.ok()) {
        return written.error();
    }
    Status body;
    switch (kind) {
    case TableKind::Orgs:
        body = writeOrgs(out);
        break;
    case TableKind::OrgEvents:
        body = writeOrgEvents(out);
        break;
    case TableKind::Members:
        body = writeMembers(out);
        break;
    case TableKind::Events:
        body = writeEvents(out);
        break;
    case TableKind::Posts:
        body = writePosts(out);
        break;
    case TableKind::Elections:
    case TableKind::Candidates:
        body = writeElections(out, kind == TableKind::Candidates);
        break;
    case TableKind::Reviews:
        body = writeReviews(out);
        break;
    case TableKind::Applicants:
        body = writeApplicants(out);
        break;
    }
    if (!body.ok()) {
        return body.error();
    }
    if (auto finished = out.finish(); !finished.ok()) {
        return finished.error();
    }
    return m_rows;
}

bool ExportService::orgIncluded(qint64 orgId) const
{
    return m_scope.isEmpty() || m_scope.contains(orgId);
}

Status ExportService::writeRow(TableWriter& out, const QStringList& cells)
{
    ++m_rows;
    if (m_progress && m_rows % 5000 == 0 && !m_progress(-1)) {
        return Error(Error::Kind::Cancelled, tr("The export was cancelled."));
    }
    return out.writeRow(cells);
}

namespace {

QString term(const Vocabulary& vocabulary, int code, bool chinese)
{
    return chinese ? vocabulary.chinese(code) : vocabulary.key(code);
}

QString flagText(bool value, bool chinese)
{
    return Vocabulary::flagText(value, chinese);
}

} // namespace

Result<QHash<qint64, QString>> ExportService::idNumbersById()
{
    auto idNumbers = MemberStore(m_db).idNumbersById();
    if (idNumbers.ok() && m_masked) {
        for (QString& idNumber : idNumbers.value()) {
            idNumber = AccessControl::maskIdNumber(idNumber);
        }
    }
    return idNumbers;
}

Status ExportService::writeOrgs(TableWriter& out)
{
    OrganizationStore orgs(m_db);
    auto all = orgs.all();
    if (!all.ok()) {
        return all.error();
    }
    for (const Organization& org : std::as_const(*all)) {
        if (!orgIncluded(org.id)) {
            continue;
        }
        const QStringList cells{org.code,
                                org.name,
                                term(Vocabulary::orgTypes(), int(org.type), m_chinese),
                                m_codes.value(org.parentId),
                                org.unitCategory == UnitCategory::Unknown
                                    ? QString()
                                    : term(Vocabulary::unitCategories(), int(org.unitCategory), m_chinese),
                                flagText(org.temporary, m_chinese),
                                Dates::toText(org.establishedOn),
                                Dates::toText(org.dissolvedOn),
                                org.staffCount ? QString::number(*org.staffCount) : QString()};
        if (auto written = writeRow(out, cells); !written.ok()) {
            return written;
        }
    }
    return {};
}

Status ExportService::writeOrgEvents(TableWriter& out)
{
    OrganizationStore orgs(m_db);
    auto events = orgs.allEvents();
    if (!events.ok()) {
        return events.error();
    }
    for (const OrgEvent& e : std::as_const(*events)) {
        if (!orgIncluded(e.orgId)) {
            continue;
        }
        const QStringList cells{m_codes.value(e.orgId), Dates::toText(e.date),
                                term(Vocabulary::orgEventKinds(), int(e.kind), m_chinese),
                                e.kind == OrgEventKind::Reaffiliated ? m_codes.value(e.parentId) : QString(),
                                e.kind == OrgEventKind::Renamed ? e.name : QString()};
        if (auto written = writeRow(out, cells); !written.ok()) {
            return written;
        }
    }
    return {};
}

Status ExportService::writeMembers(TableWriter& out)
{
    EventStore events(m_db);
    auto firstOrgs = events.firstOrganizations();
    if (!firstOrgs.ok()) {
        return firstOrgs.error();
    }
    if (!m_scope.isEmpty()) {
        // Members whose history touched the subtree.
        auto visited = events.forEach([this](const MembershipEvent& e) {
            if (e.orgId != 0 && m_scope.contains(e.orgId)) {
                m_members.insert(e.memberId);
            }
            return true;
        });
        if (!visited.ok()) {
            return visited;
        }
    }
    MemberStore members(m_db);
    Status status;
    auto visited = members.forEach([&](const Member& m) {
        if (!m_scope.isEmpty() && !m_members.contains(m.id)) {
            return true;
        }
        const QStringList cells{
            m.name,
            term(Vocabulary::genders(), int(m.gender), m_chinese),
            m_masked ? AccessControl::maskIdNumber(m.idNumber) : m.idNumber,
            m.ethnicity,
            Dates::toText(m.birthDate),
            m.education == Education::Unknown ? QString() : term(Vocabulary::educations(), int(m.education), m_chinese),
            m_codes.value(firstOrgs->value(m.id)),
            m.category == MemberCategory::Unknown ? QString()
                                                  : term(Vocabulary::memberCategories(), int(m.category), m_chinese),
            Dates::toText(m.admittedOn),
            Dates::toText(m.fullOn),
            m.occupation == Occupation::Unknown ? QString()
                                                : term(Vocabulary::occupations(), int(m.occupation), m_chinese),
            m.position,
            m.honours,
            m.partyWorker == PartyWorker::None ? QString()
                                               : term(Vocabulary::partyWorkers(), int(m.partyWorker), m_chinese),
            flagText(m.mobile, m_chinese),
            flagText(m.lostContact, m_chinese),
            m_masked ? AccessControl::maskPhone(m.phone) : m.phone,
            m.nativePlace,
            m.address,
            m.mobileDestination,
            Dates::toText(m.lostContactSince),
            m.lostContactReason,
            Dates::toText(m.appliedOn),
            Dates::toText(m.activistOn),
        };
        status = writeRow(out, cells);
        return status.ok();
    });
    if (!visited.ok()) {
        return visited;
    }
    return status;
}

Status ExportService::writeEvents(TableWriter& out)
{
    EventStore events(m_db);
    auto idNumbers = idNumbersById();
    if (!idNumbers.ok()) {
        return idNumbers.error();
    }
    QSet<qint64> inScope;
    if (!m_scope.isEmpty()) {
        auto scoped = events.forEach([&](const MembershipEvent& e) {
            if (e.orgId != 0 && m_scope.contains(e.orgId)) {
                inScope.insert(e.memberId);
            }
            return true;
        });
        if (!scoped.ok()) {
            return scoped;
        }
    }
    Status status;
    auto visited = events.forEach([&](const MembershipEvent& e) {
        if (!m_scope.isEmpty() && !inScope.contains(e.memberId)) {
            return true;
        }
        const QStringList cells{idNumbers->value(e.memberId), Dates::toText(e.date),
                                term(Vocabulary::eventKinds(), int(e.kind), m_chinese), m_codes.value(e.orgId), e.note};
        status = writeRow(out, cells);
        return status.ok();
    });
    if (!visited.ok()) {
        return visited;
    }
    return status;
}

Status ExportService::writePosts(TableWriter& out)
{
    auto idNumbers = idNumbersById();
    if (!idNumbers.ok()) {
        return idNumbers.error();
    }
    PostStore posts(m_db);
    Status status;
    auto visited = posts.forEach([&](const Post& p) {
        if (!orgIncluded(p.orgId)) {
            return true;
        }
        const QStringList cells{
            m_codes.value(p.orgId), idNumbers->value(p.memberId), term(Vocabulary::postKinds(), int(p.kind), m_chinese),
            Dates::toText(p.from),  Dates::toText(p.to),          flagText(p.concurrentAdminHead, m_chinese)};
        status = writeRow(out, cells);
        return status.ok();
    });
    if (!visited.ok()) {
        return visited;
    }
    return status;
}

Status ExportService::writeElections(TableWriter& out, bool candidates)
{
    auto idNumbers = candidates ? idNumbersById() : Result<QHash<qint64, QString>>(QHash<qint64, QString>());
    if (!idNumbers.ok()) {
        return idNumbers.error();
    }
    ElectionStore elections(m_db);
    Status status;
    auto visited = elections.forEach([&](const Election& e) {
        if (!orgIncluded(e.orgId)) {
            return true;
        }
        const QString org = m_codes.value(e.orgId);
        const QString held = Dates::toText(e.heldOn);
        if (!candidates) {
            const QStringList cells{org,
                                    held,
                                    term(ElectionRules::kinds(), int(e.kind), m_chinese),
                                    QString::number(e.seats),
                                    QString::number(e.eligible),
                                    QString::number(e.present),
                                    QString::number(e.ballotsIssued),
                                    QString::number(e.ballotsReturned),
                                    Dates::toText(e.approvedOn),
                                    e.termYears > 0 ? QString::number(e.termYears) : QString(),
                                    e.approvalDocument,
                                    e.note};
            status = writeRow(out, cells);
            return status.ok();
        }
        for (const ElectionCandidate& c : e.candidates) {
            // The result written is the computed one, so the file imports back without conflict.
            const QStringList cells{org,
                                    held,
                                    idNumbers->value(c.memberId),
                                    term(Vocabulary::postKinds(), int(c.position), m_chinese),
                                    QString::number(c.votes),
                                    flagText(c.elected, m_chinese),
                                    flagText(c.concurrentAdminHead, m_chinese)};
            status = writeRow(out, cells);
            if (!status.ok()) {
                return false;
            }
        }
        return true;
    });
    if (!visited.ok()) {
        return visited;
    }
    return status;
}

Status ExportService::writeReviews(TableWriter& out)
{
    auto idNumbers = idNumbersById();
    if (!idNumbers.ok()) {
        return idNumbers.error();
    }
    auto optional = [this](const Vocabulary& vocabulary, int code) {
        return code == 0 ? QString() : term(vocabulary, code, m_chinese);
    };
    Status status;
    auto visited = ReviewStore(m_db).forEachEntry([&](const ReviewCampaign& c, const ReviewEntry& e) {
        if (!orgIncluded(c.orgId)) {
            return true;
        }
        const QStringList cells{QString::number(c.year),
                                m_codes.value(c.orgId),
                                Dates::toText(c.heldOn),
                                idNumbers->value(e.memberId),
                                optional(ReviewRules::results(), int(e.result)),
                                optional(ReviewRules::exemptReasons(), int(e.exemptReason)),
                                optional(ReviewRules::handlings(), int(e.handling)),
                                Dates::toText(e.handledOn),
                                Dates::toText(e.correctionDue),
                                Dates::toText(e.correctedOn),
                                e.note};
        status = writeRow(out, cells);
        return status.ok();
    });
    if (!visited.ok()) {
        return visited;
    }
    return status;
}

Status ExportService::writeApplicants(TableWriter& out)
{
    auto idNumbers = idNumbersById();
    if (!idNumbers.ok()) {
        return idNumbers.error();
    }
    auto optional = [this](const Vocabulary& vocabulary, int code) {
        return code == 0 ? QString() : term(vocabulary, code, m_chinese);
    };
    auto numbers = [&idNumbers](const QList<qint64>& people) {
        QStringList list;
        for (const qint64 id : people) {
            list.append(idNumbers->value(id));
        }
        return list.join(u';');
    };
    Status status;
    auto visited = DevelopmentStore(m_db).forEach([&](const Applicant& a) {
        if (!orgIncluded(a.orgId)) {
            return true;
        }
        QStringList reasons;
        for (const DevelopmentException& e : a.exceptions) {
            if (!reasons.contains(e.reason)) {
                reasons.append(e.reason);
            }
        }
        // The order of ImportFormats::columns(TableKind::Applicants).
        const QStringList cells{a.name,
                                optional(Vocabulary::genders(), int(a.gender)),
                                m_masked ? AccessControl::maskIdNumber(a.idNumber) : a.idNumber,
                                Dates::toText(a.birthDate),
                                optional(Vocabulary::educations(), int(a.education)),
                                optional(Vocabulary::occupations(), int(a.occupation)),
                                m_codes.value(a.orgId),
                                Dates::toText(a.appliedOn),
                                Dates::toText(a.activistOn),
                                Dates::toText(a.targetOn),
                                Dates::toText(a.trainedOn),
                                Dates::toText(a.admittedOn),
                                a.honours,
                                numbers(a.sponsors),
                                a.ethnicity,
                                a.position,
                                m_masked ? AccessControl::maskPhone(a.phone) : a.phone,
                                Dates::toText(a.talkedOn),
                                numbers(a.contacts),
                                Dates::toText(a.politicalReviewOn),
                                a.trainingHours > 0 ? QString::number(a.trainingHours) : QString(),
                                Dates::toText(a.preReviewedOn),
                                Dates::toText(a.approvedOn),
                                Dates::toText(a.closedOn),
                                a.closedReason,
                                reasons.join(QStringLiteral("; ")),
                                a.note};
        status = writeRow(out, cells);
        return status.ok();
    });
    if (!visited.ok()) {
        return visited;
    }
    return status;
}
