#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>

// Named spdlog loggers ("store", "services", "cli", "gui") that share one distributing sink.
// By default it writes warnings to stderr; the GUI adds a rotating file, the CLI's -v lowers
// the level.
namespace Log {

std::shared_ptr<spdlog::logger> get(const std::string& name);
void setLevel(spdlog::level::level_enum level);
void addSink(const spdlog::sink_ptr& sink);
// Removes the default stderr sink (the GUI logs to its file only).
void removeStderrSink();
// Logs to `path` instead of stderr, rotating it at maxBytes and keeping `files` older files
// (path.1 ... path.N). False when the file cannot be created; stderr then stays.
bool writeToFile(const QString& path, std::size_t maxBytes, std::size_t files);

} // namespace Log

// spdlog (fmt) formatting of QString, so messages can carry Qt text directly.
template <> struct fmt::formatter<QString> : fmt::formatter<std::string>
{
    template <typename Context> auto format(const QString& text, Context& ctx) const
    {
        return fmt::formatter<std::string>::format(text.toStdString(), ctx);
    }
};
