#pragma once

#include <QStyledItemDelegate>

class Vocabulary;

// Edits a cell holding a vocabulary code (EditRole) with a combo box of the vocabulary's
// labels. Choosing an item (mouse or Enter) writes it at once and closes the editor, so a
// result or a reason is one keystroke away from the next row. With allowEmpty the first item
// is empty (code 0: no value).
class ReviewComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ReviewComboDelegate(const Vocabulary& vocabulary, bool allowEmpty, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const Vocabulary& m_vocabulary;
    bool m_allowEmpty;
};
