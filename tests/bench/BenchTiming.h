#pragma once

// What the query benchmarks print: a line to a stream, and a case run a few times with its
// first (cold) and best time and what it answered.

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace BenchTiming {

inline void print(const QString& line, FILE* stream = stdout)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

inline void time(const QString& label, const std::function<QString()>& work, int runs = 3)
{
    double first = 0;
    double best = 0;
    QString answer;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        answer = work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i == 0) {
            first = best = ms;
        }
        best = std::min(best, ms);
    }
    print(QStringLiteral("%1: first %2 ms, best %3 ms (%4)")
              .arg(label, -44)
              .arg(first, 8, 'f', 1)
              .arg(best, 8, 'f', 1)
              .arg(answer));
}

} // namespace BenchTiming
