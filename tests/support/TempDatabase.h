#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh database in a temporary folder, removed with the object. Pins the clock so that
// rules about "today" do not depend on when the tests run.
class TempDatabase
{
public:
    explicit TempDatabase(const QDate& today = QDate(2026, 11, 21));
    ~TempDatabase();

    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // A file name inside the temporary folder.
    QString file(const QString& name) const { return m_dir.filePath(name); }
    // Writes text (UTF-8) to a file in the temporary folder and returns its path.
    QString writeFile(const QString& name, const QString& text) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
};
