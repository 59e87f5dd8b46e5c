#pragma once

#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Database;
class SqliteStatement;

// SQL for member records and the caches derived from their history. Statements are prepared
// once per store; a store is used on the thread that created it.
class MemberStore
{
public:
    explicit MemberStore(Database& db);
    ~MemberStore();

    // Inserts the personal fields and, when a timeline is given, the caches derived from it
    // (otherwise they stay empty until saveDerived()).
    Result<qint64> insert(const Member& member, const MemberTimeline* timeline = nullptr);
    Status updatePersonal(const Member& member);
    Status saveDerived(qint64 memberId, const MemberTimeline& timeline);

    Result<std::optional<Member>> findByIdNumber(const QString& idNumber);
    Result<std::optional<Member>> findById(qint64 id);
    Result<qint64> idOf(const QString& idNumber); // 0 when unknown
    // Every member's ID number by record id: two columns, for files that name members by ID number.
    Result<QHash<qint64, QString>> idNumbersById();
    Result<qint64> count();
    Result<qint64> countOnRoll();

    // Every member, ordered by id, streamed to a callback (exports, checks).
    Status forEach(const std::function<bool(const Member&)>& visit, qint64 onlyOrgSubtreeRoot = 0);

private:
    Database& m_db;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_derived;
    std::unique_ptr<SqliteStatement> m_idOf;
};
