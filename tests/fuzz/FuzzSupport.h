#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets of tests/fuzz. A broken invariant prints what broke and
// aborts, which libFuzzer records as a crash and the replay test reports as a failure.
#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            FuzzSupport::fail(__FILE__, __LINE__, #condition, what);                                                   \
        }                                                                                                              \
    } while (false)

namespace FuzzSupport {

[[noreturn]] void fail(const char* file, int line, const char* condition, const QString& what);

// Writes the bytes to a file of this process in the temporary folder and returns its path;
// the readers under test read files, not memory.
QString writeInput(const char* suffix, const QByteArray& bytes);

// The input as a QString: UTF-8 when the first byte is even, raw UTF-16 code units otherwise
// (which reaches lone surrogates and characters UTF-8 decoding never produces).
QString textOf(const uint8_t* data, size_t size);

} // namespace FuzzSupport
