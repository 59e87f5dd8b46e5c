#pragma once

#include "core/FieldIssue.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;

// The per-field error labels of an editor: a `<field>Error` label next to each input, keyed by
// the field's key (FieldIssue::field, Error::field), the fields the user has touched (only
// their problems show) and the service's refusals shown at their field.
//
// The editors show them in one of two ways:
// - showIssues() (member and applicant forms): a touched field shows its problems from a list
//   of FieldIssue, otherwise the refusal of that field; an empty label is hidden.
// - showErrors() (organization, event and post dialogs): a field shows its refusal, otherwise
//   its problem once touched; the labels keep their place (only their text changes).
class FieldErrorLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrorLabels)

public:
    struct Field
    {
        QString key;     // as in FieldIssue::field and Error::field
        QString caption; // the field's label, for the list of problems
        QLabel* error = nullptr;
    };

    void add(const QString& key, QLabel* error, const QString& caption = {});
    const Field* field(const QString& key) const;
    // nullptr when the key is not one of the fields.
    QLabel* label(const QString& key) const;
    const QList<Field>& fields() const { return m_fields; }

    void touch(const QString& key);
    void touch(const QStringList& keys);
    // A record read from the database shows every problem it has at once.
    void touchAll();
    void untouch(const QString& key);
    void clearTouched();
    bool isTouched(const QString& key) const;
    // Touching source also shows the problems of the fields derived from it.
    void setDerived(const QString& source, const QStringList& derived);

    // showIssues(): an edit of key touches it and retires a refusal about it or about no field.
    void edited(const QString& key, std::optional<Error>& refusal);
    // showIssues(): the refusal as the form shows it, about key when that is one of the fields,
    // otherwise about no field (the banner says it).
    Error refusalAt(const Error& error, const QString& key) const;

    // showErrors(): a refusal shows at its field until the refusals are cleared.
    void refuse(const QString& key, const QString& message);
    void clearRefusals();

    // Every field shows its problems in issues when touched or when all is set; otherwise
    // (or when it has none) the refusal if it is about this field. Empty labels are hidden.
    void showIssues(const FieldIssues& issues, bool all, const std::optional<Error>& refusal) const;
    // Every field shows its refusal, otherwise its error (key -> message) once touched.
    void showErrors(const QHash<QString, QString>& errors) const;
    // The list of what to correct: "• caption: problem; problem" per field, in the order the
    // fields were added, then "• problem" for the problems of no field.
    QStringList problemLines(const FieldIssues& issues) const;
    // A field's problems, one per line, each once.
    static QString messagesOf(const FieldIssues& issues, const QString& key);

private:
    bool shows(const QString& key) const;

    QList<Field> m_fields; // in reading order
    QSet<QString> m_touched;
    QHash<QString, QStringList> m_derived; // source -> derived fields
    QHash<QString, QString> m_refusals;
};
