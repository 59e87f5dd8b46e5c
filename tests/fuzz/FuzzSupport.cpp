#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace FuzzSupport {

void fail(const char* file, int line, const char* condition, const QString& what)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition, qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

namespace {

// The input files of this process, removed when it exits.
struct InputFiles
{
    QStringList paths;
    ~InputFiles()
    {
        for (const QString& path : paths) {
            QFile::remove(path);
        }
    }
};

} // namespace

QString writeInput(const char* suffix, const QByteArray& bytes)
{
    static InputFiles files;
    const QString path = QDir::temp().filePath(
        QStringLiteral("partyroll-fuzz-%1%2").arg(QString::number(getpid()), QString::fromLatin1(suffix)));
    if (!files.paths.contains(path)) {
        files.paths.append(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        fail(__FILE__, __LINE__, "write", QStringLiteral("cannot write %1").arg(path));
    }
    return path;
}

QString textOf(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return {};
    }
    const auto* rest = reinterpret_cast<const char*>(data + 1);
    const auto restSize = static_cast<qsizetype>(size - 1);
    if (data[0] % 2 == 0) {
        return QString::fromUtf8(rest, restSize);
    }
    QString text(restSize / 2, Qt::Uninitialized);
    std::memcpy(static_cast<void*>(text.data()), rest, static_cast<size_t>(text.size()) * 2);
    return text;
}

} // namespace FuzzSupport
