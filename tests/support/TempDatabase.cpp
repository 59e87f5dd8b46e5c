#include "TempDatabase.h"

#include "core/Clock.h"

#include <QFile>
#include <QTest>

TempDatabase::TempDatabase(const QDate& today)
{
    Clock::setFixedToday(today);
    m_path = m_dir.filePath(QStringLiteral("test.db"));
    auto opened = Database::open(m_path, Database::OpenMode::CreateOrMigrate);
    if (!opened.ok()) {
        qFatal("cannot create the test database: %s", qPrintable(opened.error().message()));
    }
    m_db = *opened;
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    Clock::setFixedToday(QDate());
}

QString TempDatabase::writeFile(const QString& name, const QString& text) const
{
    const QString path = file(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(text.toUtf8());
    return path;
}
