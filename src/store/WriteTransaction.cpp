#include "WriteTransaction.h"

#include "Database.h"

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
    , m_started(db.beginWrite())
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_started.ok() && !m_done) {
        m_db.rollback();
    }
}

Status WriteTransaction::commit()
{
    if (!m_started.ok()) {
        return m_started;
    }
    m_done = true;
    return m_db.commit();
}
