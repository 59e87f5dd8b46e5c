#pragma once

#include "core/Post.h"
#include "core/Result.h"
#include "gui/organizations/PostsModel.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The committee of an organization on a date: the posts held then (ElectionService::
// committeeOn), secretary first, then deputy secretary, then the committee members.
//
// Columns: post, member (name), since (the post's start), 一肩挑 ("Yes" for a secretary who
// also heads the unit).
class CommitteeModel : public RecordListModel<PostRow>
{
    Q_OBJECT

public:
    enum Column { PostColumn = 0, MemberColumn, FromColumn, ConcurrentAdminHeadColumn, ColumnCount };
    enum Role { PostIdRole = Qt::UserRole + 1, MemberIdRole };

    explicit CommitteeModel(Database& db, QObject* parent = nullptr);

    // Loads the posts held in orgId on date (0 = none); on failure the model is empty.
    Status load(qint64 orgId, const QDate& date);
    const Post& post(int row) const { return m_rows.at(row).post; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    using Row = PostRow;

    Database& m_db;
};
