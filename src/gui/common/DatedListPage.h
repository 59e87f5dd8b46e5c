#pragma once

#include "SubtreeListPage.h"

#include <QDate>

class AsOfDateField;
class QLabel;

// A SubtreeListPage drawn up on a date (AsOfDateField, today by default; Enter reads the list
// again). A date that cannot be read shows in the error label instead of a list.
class DatedListPage : public SubtreeListPage
{
    Q_OBJECT

public:
    ~DatedListPage() override;

    // Reads the list again on date.
    void setAsOf(const QDate& date);
    QDate asOf() const;

protected:
    // Makes the date field first, so that it comes first in the Tab order.
    DatedListPage(Database& db, QWidget* parent);

    // The field and its label, to lay out among setUpPage()'s controls.
    AsOfDateField* asOfField() const { return m_asOf; }
    QLabel* asOfLabel() const { return m_asOfLabel; }
    // The start of refresh(): the date to read the list on, with the scope shown; invalid (and
    // the problem shown) when the field holds no date.
    QDate startReading();

private:
    AsOfDateField* m_asOf = nullptr;
    QLabel* m_asOfLabel = nullptr;
};
