#pragma once

class QTableView;

// The look of every read-only list of records (roster, history, posts): whole rows selected,
// one line per record, every row the same height as the roster's.
namespace ListTables {

void configure(QTableView* view);

} // namespace ListTables
