#pragma once

#include "services/ImportFormats.h"

class QComboBox;

// The tables a user imports or exports, named in the user's language.
namespace TableKindLabels {

QString label(TableKind kind);
// Fills a combo box with every table kind (item data: the TableKind as int).
void fill(QComboBox* combo);

} // namespace TableKindLabels
