#include "FeatureDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace FeatureDialog {

void exec(QWidget* parent, QWidget* content, const QString& title, const QString& objectName, const QSize& size)
{
    QDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    content->setParent(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    dialog.resize(size);
    dialog.exec();
}

} // namespace FeatureDialog
