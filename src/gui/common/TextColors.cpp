#include "TextColors.h"

#include <QLabel>
#include <QPalette>

namespace TextColors {

QColor error()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor muted()
{
    return QColor(0x80, 0x80, 0x80);
}

void setLabelColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

void styleAsError(QLabel* label)
{
    setLabelColor(label, error());
}

} // namespace TextColors
