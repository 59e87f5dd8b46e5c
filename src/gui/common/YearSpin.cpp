#include "YearSpin.h"

#include "core/Clock.h"

#include <QSpinBox>

namespace YearSpin {

QSpinBox* create(QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("yearSpin"));
    spin->setRange(1949, Clock::today().year());
    spin->setValue(Clock::today().year());
    return spin;
}

} // namespace YearSpin
