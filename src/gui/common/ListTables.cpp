#include "ListTables.h"

#include <QHeaderView>
#include <QTableView>

namespace ListTables {

void configure(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    // Long labels are elided, not wrapped; fixed heights spare the view measuring rows.
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace ListTables
