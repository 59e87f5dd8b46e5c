#pragma once

#include <QComboBox>
#include <QDate>

class Database;

// Chooses an organization among those that existed on a date: an editable combo box whose
// completer matches any part of the name or the code ("name（code）"), so that one of 50,000
// organizations is found by typing a few characters. Every form that names an organization
// (admission, transfer, move, parent, dissolution target) uses it.
class OrganizationPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit OrganizationPicker(Database& db, QWidget* parent = nullptr);

    // Reloads the organizations that existed on the date (their names of that date); keeps
    // the chosen organization when it still exists.
    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    // 0 when none is chosen (or the typed text names none).
    qint64 organizationId() const;
    void setOrganizationId(qint64 id);

signals:
    void organizationChanged(qint64 id);

private:
    Database& m_db;
    QDate m_date;
};
