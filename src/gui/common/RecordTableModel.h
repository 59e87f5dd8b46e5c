#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// What every flat table of records (due lists, rolls, overviews, posts) has in common: one row
// per record, a fixed number of columns, the column titles in the horizontal header. A
// subclass gives its record count and its titles (tr() in its own context) and answers data().
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // The horizontal DisplayRole from columnTitles(); everything else as QAbstractTableModel.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    RecordTableModel(int columnCount, QObject* parent);

    virtual int recordCount() const = 0;
    // One title per column, in column order.
    virtual QStringList columnTitles() const = 0;
    // A valid index of this table (an invalid one answers false without a checkIndex warning).
    bool isRecordIndex(const QModelIndex& index) const;

private:
    int m_columnCount;
};
