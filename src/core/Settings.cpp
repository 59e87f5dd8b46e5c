#include "Settings.h"

#include <QSettings>

#include <memory>

namespace {

QString& redirectedFile()
{
    static QString file;
    return file;
}

std::unique_ptr<QSettings> open()
{
    if (!redirectedFile().isEmpty()) {
        return std::make_unique<QSettings>(redirectedFile(), QSettings::IniFormat);
    }
    return std::make_unique<QSettings>();
}

} // namespace

QString Settings::name(Key key)
{
    switch (key) {
    case Key::RecentDatabases:
        return QStringLiteral("files/recentDatabases");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::MainWindowGeometry:
        return QStringLiteral("mainWindow/geometry");
    case Key::MainWindowState:
        return QStringLiteral("mainWindow/state");
    case Key::RosterHeaderState:
        return QStringLiteral("roster/headerState");
    case Key::SplitterState:
        return QStringLiteral("mainWindow/splitters");
    case Key::BackupsToKeep:
        return QStringLiteral("backups/keep");
    }
    return {};
}

QVariant Settings::value(Key key, const QVariant& fallback)
{
    return open()->value(name(key), fallback);
}

void Settings::setValue(Key key, const QVariant& value)
{
    open()->setValue(name(key), value);
}

void Settings::useFile(const QString& path)
{
    redirectedFile() = path;
}
