#include "DatedListPage.h"

#include "AsOfDateField.h"

#include <QLabel>

DatedListPage::DatedListPage(Database& db, QWidget* parent)
    : SubtreeListPage(db, parent)
{
    m_asOf = new AsOfDateField(this);
    m_asOfLabel = m_asOf->createLabel(this);
    connect(m_asOf, &QLineEdit::returnPressed, this, [this] { refresh(); });
}

DatedListPage::~DatedListPage() = default;

void DatedListPage::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
    refresh();
}

QDate DatedListPage::asOf() const
{
    return m_asOf->date();
}

QDate DatedListPage::startReading()
{
    const QDate date = m_asOf->date();
    if (!date.isValid()) {
        showError(m_asOf->problem());
        return {};
    }
    showScope();
    return date;
}
