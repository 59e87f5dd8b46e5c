#pragma once

#include <QColor>

class QLabel;

// The colours that carry a meaning in lists and forms, so that "red" is one red everywhere.
namespace TextColors {

// Overdue, refused, not valid, not covered.
QColor error();
// Left over, out of the pipeline: kept for the record, nothing to act on.
QColor muted();
// A label's text in a colour (through its palette, so style sheets stay free for layout).
void setLabelColor(QLabel* label, const QColor& color);
// setLabelColor(label, error()): the message labels of the dialogs.
void styleAsError(QLabel* label);

} // namespace TextColors
