#include "services/generator/GeneratorErrors.h"

#include "core/Log.h"

#include <QCoreApplication>

namespace Generation {

Error generatorBug(const QString& record, const QString& violation)
{
    Log::get("services")->error("generate: {} breaks a rule: {}", record, violation);
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("DataGenerator", "The generated data broke a rule (%1: %2); nothing was written.")
            .arg(record, violation));
}

Error generationCancelled()
{
    return Error(Error::Kind::Cancelled,
                 QCoreApplication::translate("DataGenerator", "Data generation was cancelled."));
}

} // namespace Generation
