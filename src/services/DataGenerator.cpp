#include "DataGenerator.h"

#include "AccessControl.h"
#include "core/Clock.h"
#include "services/generator/GenerationRun.h"
#include "services/generator/GeneratorErrors.h"
#include "store/BulkLoad.h"
#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>

namespace {

Status checkOptions(const GeneratorOptions& options)
{
    if (options.members < 1 || options.members > 10'000'000) {
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate("DataGenerator", "The number of members must be between 1 and 10,000,000."));
    }
    if (options.orgs < 0 || options.orgs > 1'000'000 || options.years < 0 || options.years > 60) {
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("DataGenerator",
                                                 "The number of organizations must be between 0 (automatic) and "
                                                 "1,000,000 and the years between 0 and 60."));
    }
    return {};
}

// Generated data goes into an empty database only: ids, codes and ID numbers would clash.
Status checkEmpty(Database& db)
{
    const auto orgCount = OrganizationStore(db).count();
    if (!orgCount.ok()) {
        return orgCount.error();
    }
    const auto memberCount = MemberStore(db).count();
    if (!memberCount.ok()) {
        return memberCount.error();
    }
    if (*orgCount > 0 || *memberCount > 0) {
        return Error(Error::Kind::Conflict, QCoreApplication::translate(
                                                "DataGenerator", "The database already holds organizations or members; "
                                                                 "generate fills an empty database only."));
    }
    return {};
}

} // namespace

DataGenerator::DataGenerator(Database& db)
    : m_db(db)
{
}

Result<GeneratorSummary> DataGenerator::generate(const UserContext& user, const GeneratorOptions& options)
{
    if (auto allowed = AccessControl(m_db).canWriteAll(user); !allowed.ok()) {
        return allowed.error();
    }
    if (auto valid = checkOptions(options); !valid.ok()) {
        return valid.error();
    }
    const QDate today = options.today.isValid() ? options.today : Clock::today();

    // Synthetic data is one summary row of the audit trail, not one per record; and a bulk load
    // into an empty database (a rollback journal, no foreign key checks: the generator's ids are
    // consistent by construction, tst_datagenerator checks them). Declared before the
    // transaction, so the journal mode comes back after it ends.
    BulkLoad trail(m_db);
    trail.describe(QStringLiteral("generate"));
    if (auto prepared = trail.prepare(); !prepared.ok()) {
        return prepared.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    if (auto empty = checkEmpty(m_db); !empty.ok()) {
        return empty.error();
    }
    if (auto suspended = trail.suspendTrail(); !suspended.ok()) {
        return suspended.error();
    }
    Generation::GenerationRun run(m_db, options, today);
    auto summary = run.run();
    if (!summary.ok()) {
        return summary.error(); // the transaction rolls back
    }
    if (options.progress && !options.progress(1.0)) {
        return Generation::generationCancelled();
    }
    if (auto resumed = trail.finishTrail(); !resumed.ok()) {
        return resumed.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return summary;
}
