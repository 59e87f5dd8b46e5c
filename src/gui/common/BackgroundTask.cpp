#include "BackgroundTask.h"

#include "gui/common/WorkerPool.h"
#include "store/Database.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace BackgroundTask {

namespace {

bool cancelNext = false;

// Shown only after this long: quick work should not flash a dialog.
constexpr int ShowAfterMs = 400;
constexpr int Steps = 1000;

// While the work runs, the user may act only on the progress dialog — also during the short
// delay before it appears, when it is not yet modal.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget* allowed)
        : m_allowed(allowed)
    {
        qApp->installEventFilter(this);
    }
    ~InputBlocker() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::Wheel:
        case QEvent::Shortcut:
        case QEvent::ShortcutOverride: {
            auto* widget = qobject_cast<QWidget*>(watched);
            return !(widget && (widget == m_allowed || m_allowed->isAncestorOf(widget)));
        }
        default:
            return false;
        }
    }

private:
    QWidget* m_allowed;
};

} // namespace

bool run(QWidget* parent, const QString& label, Database* database, const Work& work)
{
    std::atomic<bool> cancelled{cancelNext};
    std::atomic<int> done{-1}; // -1 = no fraction reported yet
    cancelNext = false;

    QProgressDialog dialog(label, QCoreApplication::translate("BackgroundTask", "Cancel"), 0, Steps, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(ShowAfterMs);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    // Busy until the work first reports a fraction (opening a database never does).
    dialog.setRange(0, 0);
    dialog.setValue(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("BackgroundTask", "Cancelling…"));
        dialog.setCancelButton(nullptr);
    });

    const Progress progress = [&](double fraction) {
        done = int(std::lround(std::clamp(fraction, 0.0, 1.0) * Steps));
        return !cancelled.load();
    };

    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    // The dialog's value is set from here, on the GUI thread, a few times a second.
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&] {
        // Not 0: setValue(minimum) restarts the dialog's show-after-delay timer.
        const int value = done.load();
        if (!cancelled && value > 0) {
            if (dialog.maximum() == 0) {
                dialog.setRange(0, Steps);
            }
            dialog.setValue(value);
        }
    });
    watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [&] {
        work(progress);
        if (database) {
            database->releaseThreadConnection();
        }
    }));
    ticker.start();
    if (!watcher.isFinished()) {
        const InputBlocker blocker(&dialog);
        loop.exec();
    }
    ticker.stop();
    watcher.waitForFinished();
    dialog.reset();
    return !cancelled.load();
}

void cancelNextForTests()
{
    cancelNext = true;
}

} // namespace BackgroundTask
