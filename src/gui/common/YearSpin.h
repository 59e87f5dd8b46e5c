#pragma once

class QSpinBox;
class QWidget;

// The year a page is about (yearSpin): from 1949 to the current year, the current year first.
namespace YearSpin {

QSpinBox* create(QWidget* parent);

} // namespace YearSpin
