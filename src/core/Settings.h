#pragma once

#include <QString>
#include <QVariant>

// Typed access to the user's settings: every key is an enum value, never a string at the call
// site. Tests redirect the settings to a file of their own.
class Settings
{
public:
    enum class Key {
        RecentDatabases, // QStringList, most recent first
        Language,        // "zh", "en" or empty (system)
        MainWindowGeometry,
        MainWindowState,
        RosterHeaderState, // QByteArray of QHeaderView::saveState()
        SplitterState,     // QByteArray: the main window's tree | roster / history split
        BackupsToKeep,     // int: automatic backups kept per database (docs/backups.md)
    };

    static QVariant value(Key key, const QVariant& fallback = {});
    static void setValue(Key key, const QVariant& value);
    // Uses an INI file instead of the platform's settings (tests).
    static void useFile(const QString& path);

private:
    static QString name(Key key);
};
