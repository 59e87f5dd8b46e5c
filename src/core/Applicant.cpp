#include "Applicant.h"

DevelopmentStage Applicant::stageOn(const QDate& date) const
{
    auto reached = [&date](const QDate& on) { return on.isValid() && on <= date; };
    if (reached(admittedOn)) {
        return DevelopmentStage::Admitted;
    }
    if (reached(closedOn)) {
        return DevelopmentStage::Closed;
    }
    if (reached(targetOn)) {
        return DevelopmentStage::Target;
    }
    if (reached(activistOn)) {
        return DevelopmentStage::Activist;
    }
    if (reached(appliedOn)) {
        return DevelopmentStage::Applicant;
    }
    return DevelopmentStage::None;
}

bool Applicant::hasException(DevelopmentRule rule) const
{
    for (const DevelopmentException& e : exceptions) {
        if (e.rule == rule && !e.reason.trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}
