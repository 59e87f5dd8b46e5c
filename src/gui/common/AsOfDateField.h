#pragma once

#include <QDate>
#include <QLineEdit>

class QLabel;

// The date a list across the tree is drawn up on (asOfEdit): today by default, typed as
// YYYY-MM-DD; Enter (returnPressed) asks for the list again.
class AsOfDateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit AsOfDateField(QWidget* parent = nullptr);

    // The date typed; invalid when the text is not a date.
    QDate date() const;
    void setDate(const QDate& date);
    // Why the text is not a date ("\"…\" is not a date (YYYY-MM-DD)"); empty when it is one.
    QString problem() const;
    // The field's "As of" label (its buddy is the field), for the page's layout.
    QLabel* createLabel(QWidget* parent) const;
};
