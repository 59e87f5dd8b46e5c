#include "ImportColumns.h"

#include "core/Language.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportColumns", text);
}

} // namespace

ImportColumns::ImportColumns(QList<Spec> specs)
    : m_specs(std::move(specs))
{
}

QList<RowIssue> ImportColumns::mapHeaders(const QStringList& headers, bool ignoreUnknown)
{
    QList<RowIssue> issues;
    m_indexByKey.clear();
    m_indexList.clear();
    m_indexByAddress.clear();
    m_headerByKey.clear();
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers.at(i).trimmed();
        if (header.isEmpty()) {
            continue;
        }
        const Spec* match = nullptr;
        for (const Spec& spec : std::as_const(m_specs)) {
            if (header.compare(QLatin1String(spec.key), Qt::CaseInsensitive) == 0 ||
                header == QString::fromUtf8(spec.chinese)) {
                match = &spec;
                break;
            }
        }
        if (!match) {
            if (!ignoreUnknown) {
                issues.append({1, header, tr("unknown column (use --ignore-unknown to skip it)")});
            }
            continue;
        }
        const QString key = QLatin1String(match->key);
        if (m_indexByKey.contains(key)) {
            issues.append({1, header, tr("the column appears twice")});
            continue;
        }
        m_indexByKey.insert(key, i);
        m_indexList.append({QByteArray(match->key), i});
        m_headerByKey.insert(key, header);
    }
    for (const Spec& spec : std::as_const(m_specs)) {
        if (spec.required && !m_indexByKey.contains(QLatin1String(spec.key))) {
            issues.append({1, display(QLatin1String(spec.key)), tr("required column is missing")});
        }
    }
    return issues;
}

int ImportColumns::index(const char* key) const
{
    for (const auto& [address, index] : m_indexByAddress) {
        if (address == key) {
            return index;
        }
    }
    int found = -1;
    for (const auto& [name, index] : m_indexList) {
        if (qstrcmp(name.constData(), key) == 0) {
            found = index;
            break;
        }
    }
    m_indexByAddress.append({key, found});
    return found;
}

QString ImportColumns::cell(const QStringList& cells, int index)
{
    if (index < 0 || index >= cells.size()) {
        return {};
    }
    return cells.at(index).trimmed();
}

QString ImportColumns::display(const QString& key) const
{
    if (const auto it = m_headerByKey.constFind(key); it != m_headerByKey.constEnd()) {
        return it.value();
    }
    return Language::isChinese() ? chineseHeader(key) : key;
}

QString ImportColumns::chineseHeader(const QString& key) const
{
    for (const Spec& spec : m_specs) {
        if (key == QLatin1String(spec.key)) {
            return QString::fromUtf8(spec.chinese);
        }
    }
    return key;
}

QStringList ImportColumns::exportHeaders(bool chinese) const
{
    QStringList headers;
    for (const Spec& spec : m_specs) {
        headers.append(chinese ? QString::fromUtf8(spec.chinese) : QString::fromLatin1(spec.key));
    }
    return headers;
}
