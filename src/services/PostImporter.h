#pragma once

#include "PostService.h"
#include "TableImporter.h"
#include "core/Organization.h"
#include "store/MemberStore.h"

#include <QHash>

// import posts: who held which post in which organization, from and to which date.
class PostImporter : public TableImporter
{
public:
    PostImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;

private:
    PostService m_service;
    MemberStore m_members;
    QHash<QString, qint64> m_orgIds;
};
