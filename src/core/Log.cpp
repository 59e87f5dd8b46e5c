#include "Log.h"

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <mutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Log {

namespace {

struct Sinks
{
    std::shared_ptr<spdlog::sinks::dist_sink_mt> dist = std::make_shared<spdlog::sinks::dist_sink_mt>();
    spdlog::sink_ptr stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    spdlog::level::level_enum level = spdlog::level::warn;
    std::mutex mutex;

    Sinks() { dist->add_sink(stderrSink); }
};

Sinks& sinks()
{
    static Sinks instance;
    return instance;
}

} // namespace

std::shared_ptr<spdlog::logger> get(const std::string& name)
{
    Sinks& s = sinks();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto logger = std::make_shared<spdlog::logger>(name, s.dist);
    logger->set_level(s.level);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
    spdlog::register_logger(logger);
    return logger;
}

void setLevel(spdlog::level::level_enum level)
{
    Sinks& s = sinks();
    std::lock_guard lock(s.mutex);
    s.level = level;
    spdlog::set_level(level);
}

void addSink(const spdlog::sink_ptr& sink)
{
    sinks().dist->add_sink(sink);
}

void removeStderrSink()
{
    sinks().dist->remove_sink(sinks().stderrSink);
}

bool writeToFile(const QString& path, std::size_t maxBytes, std::size_t files)
{
    try {
        // The log names people and organizations: readable by its owner only, rotated files too.
        spdlog::file_event_handlers handlers;
        handlers.after_open = [](const spdlog::filename_t&, std::FILE* file) {
#ifdef Q_OS_UNIX
            ::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
#else
            Q_UNUSED(file);
#endif
        };
        addSink(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), maxBytes, files, false,
                                                                       handlers));
    } catch (const spdlog::spdlog_ex&) {
        return false; // a read-only home: keep logging to stderr
    }
    removeStderrSink();
    return true;
}

} // namespace Log
