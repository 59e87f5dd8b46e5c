#include "gui/common/BackgroundTask.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

// BackgroundTask: the work runs on another thread, the GUI thread keeps serving events, the
// progress dialog appears for long work and its Cancel button stops the work.
class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void runsOffTheGuiThread();
    void cancelButtonStopsTheWork();
    void cancelledBeforeStart();
};

void TestBackgroundTask::runsOffTheGuiThread()
{
    QThread* workerThread = nullptr;
    bool timerFired = false;
    QTimer::singleShot(20, this, [&] { timerFired = true; });
    bool timerFiredDuringWork = false;
    const bool finished = BackgroundTask::run(nullptr, QStringLiteral("work"), nullptr, [&](const auto& progress) {
        workerThread = QThread::currentThread();
        for (int step = 1; step <= 30; ++step) {
            QThread::msleep(10);
            if (!progress(step / 30.0)) {
                return;
            }
        }
        timerFiredDuringWork = timerFired;
    });
    QVERIFY(finished);
    QVERIFY(workerThread);
    QVERIFY(workerThread != QThread::currentThread());
    QVERIFY(timerFiredDuringWork); // the GUI thread's event loop ran while the work did
}

void TestBackgroundTask::cancelButtonStopsTheWork()
{
    QProgressDialog* seen = nullptr;
    // Long work: the dialog appears after its delay; press its Cancel button then.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QProgressDialog*>(widget);
            if (dialog && dialog->isVisible() && !seen) {
                seen = dialog;
                auto* cancel = dialog->findChild<QPushButton*>();
                QVERIFY(cancel);
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        }
    });
    poll.start(50);
    std::atomic<int> steps{0};
    const bool finished = BackgroundTask::run(nullptr, QStringLiteral("long work"), nullptr, [&](const auto& progress) {
        while (steps < 1000 && progress(steps / 1000.0)) { // at most 10 s
            QThread::msleep(10);
            ++steps;
        }
    });
    poll.stop();
    QVERIFY(seen);
    QVERIFY(!finished);
    QVERIFY(steps < 1000);
}

void TestBackgroundTask::cancelledBeforeStart()
{
    BackgroundTask::cancelNextForTests();
    int calls = 0;
    const bool finished = BackgroundTask::run(nullptr, QStringLiteral("work"), nullptr, [&](const auto& progress) {
        while (progress(0.5) && calls < 100) {
            ++calls;
        }
    });
    QVERIFY(!finished);
    QCOMPARE(calls, 0);
    // Only the next task: the one after runs to its end.
    QVERIFY(BackgroundTask::run(nullptr, QStringLiteral("work"), nullptr, [](const auto& progress) { progress(1.0); }));
}

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
