#include "WorkerPool.h"

#include <QThreadPool>

namespace WorkerPool {

QThreadPool* instance()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool;
        // A roster snapshot, the tree's counts and the status counts may run at once.
        created->setMaxThreadCount(3);
        created->setObjectName(QStringLiteral("partyrollWorkers"));
        return created;
    }();
    return pool;
}

} // namespace WorkerPool
