#pragma once

#include <QSize>
#include <QString>

class QWidget;

// Shows a feature widget (elections page, review grid, overviews ...) in a modal window with a
// Close button; returns when it is closed. Modal on purpose: these widgets hold the database by
// reference, which File > Open must not replace under them.
namespace FeatureDialog {

void exec(QWidget* parent, QWidget* content, const QString& title, const QString& objectName,
          const QSize& size = QSize(980, 620));

} // namespace FeatureDialog
