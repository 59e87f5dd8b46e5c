#pragma once

#include <QString>

#include <functional>

class Database;
class QWidget;

// Runs long work (opening a big database, an import, an export) on a worker thread while the
// window stays responsive: a modal progress dialog appears after a short delay, shows the
// fraction done and offers Cancel. The work receives the progress callback in the form every
// service takes (fraction done; returns false once the user cancelled) and returns only when
// it has stopped, so anything it captures by reference stays valid.
namespace BackgroundTask {

using Progress = std::function<bool(double)>;
using Work = std::function<void(const Progress& progress)>;

// Returns false when the user cancelled (the work saw its progress callback return false).
// The worker's database connection (if database is given) is released when the work ends.
bool run(QWidget* parent, const QString& label, Database* database, const Work& work);

// Tests: the next task is cancelled as soon as it first reports progress.
void cancelNextForTests();

} // namespace BackgroundTask
