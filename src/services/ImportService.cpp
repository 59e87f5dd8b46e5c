#include "ImportService.h"

#include "ApplicantImporter.h"
#include "CandidateImporter.h"
#include "ElectionImporter.h"
#include "EventImporter.h"
#include "MemberImporter.h"
#include "OrgEventImporter.h"
#include "OrganizationImporter.h"
#include "PostImporter.h"
#include "ReviewImporter.h"

#include <memory>

ImportService::ImportService(Database& db)
    : m_db(db)
{
}

Result<ImportReport> ImportService::importFile(const UserContext& user, TableKind kind, const QString& path,
                                               const ImportOptions& options)
{
    std::unique_ptr<TableImporter> importer;
    switch (kind) {
    case TableKind::Orgs:
        importer = std::make_unique<OrganizationImporter>(m_db, user);
        break;
    case TableKind::OrgEvents:
        importer = std::make_unique<OrgEventImporter>(m_db, user);
        break;
    case TableKind::Members:
        importer = std::make_unique<MemberImporter>(m_db, user);
        break;
    case TableKind::Events:
        importer = std::make_unique<EventImporter>(m_db, user);
        break;
    case TableKind::Posts:
        importer = std::make_unique<PostImporter>(m_db, user);
        break;
    case TableKind::Elections:
        importer = std::make_unique<ElectionImporter>(m_db, user);
        break;
    case TableKind::Candidates:
        importer = std::make_unique<CandidateImporter>(m_db, user);
        break;
    case TableKind::Reviews:
        importer = std::make_unique<ReviewImporter>(m_db, user);
        break;
    case TableKind::Applicants:
        importer = std::make_unique<ApplicantImporter>(m_db, user);
        break;
    }
    return importer->run(path, options);
}
