#include "OrganizationPicker.h"

#include "core/Clock.h"
#include "core/UserContext.h"
#include "services/OrganizationService.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

OrganizationPicker::OrganizationPicker(Database& db, QWidget* parent)
    : QComboBox(parent)
    , m_db(db)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(32); // "name（code）" of a village branch, whole
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setClearButtonEnabled(true);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit organizationChanged(organizationId()); });
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { emit organizationChanged(organizationId()); });
}

void OrganizationPicker::setDate(const QDate& date)
{
    if (date == m_date && count() > 0) {
        return;
    }
    const qint64 chosen = organizationId();
    m_date = date;
    const auto tree =
        OrganizationService(m_db).treeOn(UserContext::localUser(), date.isValid() ? date : Clock::today());
    {
        const QSignalBlocker blocker(this);
        clear();
        if (tree) {
            for (const auto& node : *tree) {
                addItem(QStringLiteral("%1（%2）").arg(node.name, node.code), node.id);
            }
        }
        setCurrentIndex(findData(chosen));
    }
    emit organizationChanged(organizationId());
}

qint64 OrganizationPicker::organizationId() const
{
    const int index = currentIndex();
    // An edited text that no longer equals the item's text names nothing.
    if (index < 0 || itemText(index) != currentText()) {
        const int exact = findText(currentText(), Qt::MatchFixedString);
        return exact >= 0 ? itemData(exact).toLongLong() : 0;
    }
    return itemData(index).toLongLong();
}

void OrganizationPicker::setOrganizationId(qint64 id)
{
    if (count() == 0) {
        setDate(m_date);
    }
    setCurrentIndex(findData(id));
    if (id == 0) {
        setEditText(QString());
    }
}
