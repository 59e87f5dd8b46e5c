#pragma once

#include "RecordTableModel.h"

#include <QList>

// A RecordTableModel over the records of a list held in memory (m_rows, one row each).
template <typename Record> class RecordListModel : public RecordTableModel
{
protected:
    using RecordTableModel::RecordTableModel;

    int recordCount() const override { return int(m_rows.size()); }
    // Shows other records (a model reset).
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_rows = std::move(records);
        endResetModel();
    }

    QList<Record> m_rows;
};
