#pragma once

class QThreadPool;

// The threads that run database work off the GUI thread (counts, snapshots, imports). Not
// Qt's global pool: Qt's raster painting splits its work over the global pool and waits for
// it, so queries occupying those threads froze the window's painting.
namespace WorkerPool {

QThreadPool* instance();

} // namespace WorkerPool
