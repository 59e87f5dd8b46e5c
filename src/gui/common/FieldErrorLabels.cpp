#include "FieldErrorLabels.h"

#include <QLabel>

void FieldErrorLabels::add(const QString& key, QLabel* error, const QString& caption)
{
    m_fields.append(Field{key, caption, error});
}

const FieldErrorLabels::Field* FieldErrorLabels::field(const QString& key) const
{
    for (const Field& f : m_fields) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

QLabel* FieldErrorLabels::label(const QString& key) const
{
    const Field* f = field(key);
    return f ? f->error : nullptr;
}

void FieldErrorLabels::touch(const QString& key)
{
    m_touched.insert(key);
}

void FieldErrorLabels::touch(const QStringList& keys)
{
    for (const QString& key : keys) {
        m_touched.insert(key);
    }
}

void FieldErrorLabels::touchAll()
{
    for (const Field& f : std::as_const(m_fields)) {
        m_touched.insert(f.key);
    }
}

void FieldErrorLabels::untouch(const QString& key)
{
    m_touched.remove(key);
}

void FieldErrorLabels::clearTouched()
{
    m_touched.clear();
}

bool FieldErrorLabels::isTouched(const QString& key) const
{
    return m_touched.contains(key);
}

void FieldErrorLabels::setDerived(const QString& source, const QStringList& derived)
{
    m_derived.insert(source, derived);
}

void FieldErrorLabels::edited(const QString& key, std::optional<Error>& refusal)
{
    m_touched.insert(key);
    if (refusal && (refusal->field() == key || refusal->field().isEmpty())) {
        refusal.reset();
    }
}

Error FieldErrorLabels::refusalAt(const Error& error, const QString& key) const
{
    return Error(error.kind(), error.message(), field(key) ? key : QString());
}

void FieldErrorLabels::refuse(const QString& key, const QString& message)
{
    m_refusals.insert(key, message);
}

void FieldErrorLabels::clearRefusals()
{
    m_refusals.clear();
}

bool FieldErrorLabels::shows(const QString& key) const
{
    if (m_touched.contains(key)) {
        return true;
    }
    for (auto it = m_derived.cbegin(); it != m_derived.cend(); ++it) {
        if (it.value().contains(key) && m_touched.contains(it.key())) {
            return true;
        }
    }
    return false;
}

void FieldErrorLabels::showIssues(const FieldIssues& issues, bool all, const std::optional<Error>& refusal) const
{
    for (const Field& f : m_fields) {
        QString text = all || shows(f.key) ? messagesOf(issues, f.key) : QString();
        if (text.isEmpty() && refusal && refusal->field() == f.key) {
            text = refusal->message();
        }
        f.error->setText(text);
        f.error->setVisible(!text.isEmpty());
    }
}

void FieldErrorLabels::showErrors(const QHash<QString, QString>& errors) const
{
    for (const Field& f : m_fields) {
        QString text = m_refusals.value(f.key);
        if (text.isEmpty() && m_touched.contains(f.key)) {
            text = errors.value(f.key);
        }
        f.error->setText(text);
    }
}

QStringList FieldErrorLabels::problemLines(const FieldIssues& issues) const
{
    QStringList lines;
    for (const Field& f : m_fields) {
        if (const QString messages = messagesOf(issues, f.key); !messages.isEmpty()) {
            lines.append(tr("• %1: %2").arg(f.caption, QString(messages).replace(u'\n', QStringLiteral("; "))));
        }
    }
    for (const FieldIssue& issue : issues) {
        if (!field(issue.field)) {
            lines.append(tr("• %1").arg(issue.message));
        }
    }
    return lines;
}

QString FieldErrorLabels::messagesOf(const FieldIssues& issues, const QString& key)
{
    QStringList lines;
    for (const FieldIssue& issue : issues) {
        if (issue.field == key && !lines.contains(issue.message)) {
            lines.append(issue.message);
        }
    }
    return lines.join(u'\n');
}
