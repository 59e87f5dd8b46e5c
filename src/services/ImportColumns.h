#pragma once

#include "ImportReport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The columns an import accepts: each has an English key and a Chinese header (cli.md and
// domain.md); either spelling is accepted in any order.
class ImportColumns
{
public:
    struct Spec
    {
        const char* key;
        const char* chinese; // UTF-8
        bool required;
    };

    explicit ImportColumns(QList<Spec> specs);

    // Maps the header row; reports unknown, duplicate and missing required columns as issues
    // of row 1.
    QList<RowIssue> mapHeaders(const QStringList& headers, bool ignoreUnknown);

    // Index of a column in the file, -1 when the file does not have it.
    int index(const char* key) const;
    // The trimmed cell of a column, empty when absent.
    static QString cell(const QStringList& cells, int index);
    // How a column is named in messages: as in the file, else in the current language.
    QString display(const QString& key) const;
    QString chineseHeader(const QString& key) const;

    const QList<Spec>& specs() const { return m_specs; }
    // The header row an export writes in the current language.
    QStringList exportHeaders(bool chinese) const;

private:
    QList<Spec> m_specs;
    QHash<QString, int> m_indexByKey;
    QList<QPair<QByteArray, int>> m_indexList; // the same, scanned without building QStrings
    // Keys are string literals: remember each literal's answer by its address. Used by one
    // thread at a time (the importer's reading thread).
    mutable QList<QPair<const char*, int>> m_indexByAddress;
    QHash<QString, QString> m_headerByKey;
};
