#include "ReviewComboDelegate.h"

#include "core/Vocabulary.h"

#include <QComboBox>

ReviewComboDelegate::ReviewComboDelegate(const Vocabulary& vocabulary, bool allowEmpty, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_vocabulary(vocabulary)
    , m_allowEmpty(allowEmpty)
{
}

QWidget* ReviewComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("reviewComboEditor"));
    if (m_allowEmpty) {
        combo->addItem(QString(), 0);
    }
    for (const int code : m_vocabulary.codes()) {
        combo->addItem(m_vocabulary.label(code), code);
    }
    // One choice is one edit: write it and leave the editor.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ReviewComboDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    // The list opens at once: the arrow keys and Enter choose in it.
    QMetaObject::invokeMethod(combo, &QComboBox::showPopup, Qt::QueuedConnection);
    return combo;
}

void ReviewComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void ReviewComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QVariant code = combo->currentData();
    if (code.toInt() != index.data(Qt::EditRole).toInt()) {
        model->setData(index, code, Qt::EditRole);
    }
}
