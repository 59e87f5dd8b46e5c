#pragma once

#include "core/Result.h"

namespace Generation {

// A rule broken by generated data is a bug of the generator, never data to write: logged, and
// reported as such (nothing is written).
Error generatorBug(const QString& record, const QString& violation);
Error generationCancelled();

} // namespace Generation
