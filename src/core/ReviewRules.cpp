#include "ReviewRules.h"

#include "Dates.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReviewRules", text);
}

QString day(const QDate& date)
{
    return Dates::toText(date);
}

} // namespace

namespace ReviewRules {

bool isGrade(ReviewResult result)
{
    return result == ReviewResult::Excellent || result == ReviewResult::Qualified ||
           result == ReviewResult::BasicallyQualified || result == ReviewResult::Unqualified;
}

bool leavesTheRoll(ReviewHandling handling)
{
    return handling == ReviewHandling::Persuaded || handling == ReviewHandling::Removed;
}

std::optional<EventKind> leavingEvent(ReviewHandling handling)
{
    switch (handling) {
    case ReviewHandling::Persuaded:
        return EventKind::Withdrew;
    case ReviewHandling::Removed:
        return EventKind::Removed;
    case ReviewHandling::None:
    case ReviewHandling::Correction:
        break;
    }
    return std::nullopt;
}

ReviewIssues checkCampaign(const ReviewCampaign& c, const QDate& today)
{
    ReviewIssues issues;
    if (c.year < 1949 || (today.isValid() && c.year > today.year())) {
        issues.append({QStringLiteral("year"), tr("%1 is not a year that can be reviewed").arg(c.year)});
    }
    if (!c.heldOn.isValid()) {
        issues.append({QStringLiteral("held_on"), tr("the date of the review is missing")});
    } else if (today.isValid() && c.heldOn > today) {
        issues.append({QStringLiteral("held_on"), tr("the date %1 is in the future").arg(day(c.heldOn))});
    } else if (c.heldOn.year() != c.year && c.heldOn.year() != c.year + 1) {
        issues.append({QStringLiteral("held_on"), tr("the review of %1 is held in %1 or early in %2, not on %3")
                                                      .arg(c.year)
                                                      .arg(c.year + 1)
                                                      .arg(day(c.heldOn))});
    }
    return issues;
}

ReviewIssues checkEntry(const ReviewEntry& e, MemberCategory category, const QDate& heldOn, const QDate& today)
{
    ReviewIssues issues;
    auto add = [&issues](const char* field, const QString& message) { issues.append({QLatin1String(field), message}); };
    if (e.result == ReviewResult::None) {
        add("result", tr("the result is missing"));
    } else if (category == MemberCategory::Probationary && isGrade(e.result)) {
        add("result", tr("a probationary member takes part in the review but is not graded: use \"took part\" (参加)"));
    } else if (category == MemberCategory::Full && e.result == ReviewResult::Participated) {
        add("result", tr("a full member who takes part is graded: excellent, qualified, basically qualified or "
                         "unqualified"));
    }
    if (e.result == ReviewResult::Exempt && e.exemptReason == ExemptReason::None) {
        add("exempt_reason", tr("an exemption needs its approved reason"));
    } else if (e.result != ReviewResult::Exempt && e.exemptReason != ExemptReason::None) {
        add("exempt_reason", tr("a reason of exemption goes only with the result \"exempt\" (免评)"));
    }

    if (e.handling != ReviewHandling::None && e.result != ReviewResult::Unqualified) {
        add("handling", tr("only an unqualified member is handled"));
    }
    if (e.handling == ReviewHandling::None) {
        if (e.handledOn.isValid()) {
            add("handled_on", tr("a date of handling without a handling"));
        }
        if (e.correctionDue.isValid()) {
            add("correction_due", tr("a correction deadline without a handling"));
        }
        if (e.correctedOn.isValid()) {
            add("corrected_on", tr("a date of correction without a correction"));
        }
        return issues;
    }
    if (!e.handledOn.isValid()) {
        add("handled_on", tr("the date of the handling is missing"));
    } else if (heldOn.isValid() && e.handledOn < heldOn) {
        add("handled_on", tr("the handling on %1 precedes the review on %2").arg(day(e.handledOn), day(heldOn)));
    } else if (today.isValid() && e.handledOn > today) {
        add("handled_on", tr("the date %1 is in the future").arg(day(e.handledOn)));
    }
    if (e.handling == ReviewHandling::Correction) {
        if (!e.correctionDue.isValid()) {
            add("correction_due", tr("the correction deadline is missing"));
        } else if (e.handledOn.isValid() && e.correctionDue <= e.handledOn) {
            add("correction_due", tr("the correction deadline %1 must come after the decision on %2")
                                      .arg(day(e.correctionDue), day(e.handledOn)));
        } else if (e.handledOn.isValid() && e.correctionDue > latestCorrectionDue(e.handledOn)) {
            add("correction_due", tr("the correction deadline is at most one year after the decision: %1 at the latest")
                                      .arg(day(latestCorrectionDue(e.handledOn))));
        }
        if (e.correctedOn.isValid()) {
            if (e.handledOn.isValid() && e.correctedOn < e.handledOn) {
                add("corrected_on",
                    tr("the correction on %1 precedes the decision on %2").arg(day(e.correctedOn), day(e.handledOn)));
            } else if (today.isValid() && e.correctedOn > today) {
                add("corrected_on", tr("the date %1 is in the future").arg(day(e.correctedOn)));
            }
        }
    } else {
        // Persuaded or removed: an earlier correction's deadline may stay as history.
        if (e.correctedOn.isValid()) {
            add("corrected_on", tr("a member who corrected is not persuaded to withdraw or removed"));
        }
        if (e.correctionDue.isValid() && heldOn.isValid() && e.correctionDue < heldOn) {
            add("correction_due",
                tr("the correction deadline %1 precedes the review on %2").arg(day(e.correctionDue), day(heldOn)));
        }
    }
    return issues;
}

void completeHandling(ReviewEntry& entry, const ReviewSettings& settings)
{
    if (entry.handling == ReviewHandling::Correction && !entry.correctionDue.isValid() && entry.handledOn.isValid()) {
        entry.correctionDue = defaultCorrectionDue(entry.handledOn, settings);
    }
}

QDate defaultCorrectionDue(const QDate& handledOn, const ReviewSettings& settings)
{
    return handledOn.addMonths(settings.correctionMonths);
}

QDate latestCorrectionDue(const QDate& handledOn)
{
    return handledOn.addMonths(MaxCorrectionMonths);
}

QDate readmissionAllowedFrom(const QDate& leftOn)
{
    return Dates::anniversary(leftOn, ReadmissionBarYears);
}

bool barsReadmission(EventKind leavingKind)
{
    return leavingKind == EventKind::Withdrew || leavingKind == EventKind::Removed;
}

int excellentAllowed(int gradedFull, const ReviewSettings& settings)
{
    if (settings.excellentDenominator <= 0) {
        return gradedFull;
    }
    return int(qint64(gradedFull) * settings.excellentNumerator / settings.excellentDenominator);
}

bool excellentAboveLimit(int excellent, int gradedFull, const ReviewSettings& settings)
{
    // excellent / graded > n / d, in integers.
    return settings.excellentDenominator > 0 &&
           qint64(excellent) * settings.excellentDenominator > qint64(gradedFull) * settings.excellentNumerator;
}

QString excellentWarning(int excellent, int gradedFull, const ReviewSettings& settings)
{
    if (!excellentAboveLimit(excellent, gradedFull, settings)) {
        return {};
    }
    return tr("%1 of %2 graded full members rated excellent: at most %3/%4 (%5) should be")
        .arg(excellent)
        .arg(gradedFull)
        .arg(settings.excellentNumerator)
        .arg(settings.excellentDenominator)
        .arg(excellentAllowed(gradedFull, settings));
}

void count(ReviewTally& t, const ReviewEntry& e)
{
    ++t.onRoll;
    switch (e.result) {
    case ReviewResult::None:
        ++t.notRecorded;
        break;
    case ReviewResult::Excellent:
        ++t.excellent;
        ++t.participated;
        break;
    case ReviewResult::Qualified:
        ++t.qualified;
        ++t.participated;
        break;
    case ReviewResult::BasicallyQualified:
        ++t.basicallyQualified;
        ++t.participated;
        break;
    case ReviewResult::Unqualified:
        ++t.unqualified;
        ++t.participated;
        t.handled += e.handling != ReviewHandling::None ? 1 : 0;
        break;
    case ReviewResult::Participated:
        ++t.participated;
        break;
    case ReviewResult::Absent:
        ++t.absent;
        break;
    case ReviewResult::Exempt:
        ++t.exempt;
        break;
    }
}

ReviewIssues checkSettings(const ReviewSettings& s)
{
    ReviewIssues issues;
    if (s.excellentDenominator < 1 || s.excellentDenominator > 100 || s.excellentNumerator < 1 ||
        s.excellentNumerator > s.excellentDenominator) {
        issues.append({QStringLiteral("excellent_share"),
                       tr("the share of excellent members is a fraction n/d with 1 <= n <= d <= 100")});
    }
    if (s.correctionMonths < 1 || s.correctionMonths > MaxCorrectionMonths) {
        issues.append({QStringLiteral("correction_months"),
                       tr("a correction deadline is 1 to %1 months").arg(MaxCorrectionMonths)});
    }
    return issues;
}

const Vocabulary& results()
{
    static const Vocabulary v({
        {int(ReviewResult::Excellent), "excellent", "优秀", QT_TRANSLATE_NOOP("Vocabulary", "Excellent"), ""},
        {int(ReviewResult::Qualified), "qualified", "合格", QT_TRANSLATE_NOOP("Vocabulary", "Qualified"), ""},
        {int(ReviewResult::BasicallyQualified), "basically_qualified", "基本合格",
         QT_TRANSLATE_NOOP("Vocabulary", "Basically qualified"), ""},
        {int(ReviewResult::Unqualified), "unqualified", "不合格", QT_TRANSLATE_NOOP("Vocabulary", "Unqualified"), ""},
        {int(ReviewResult::Participated), "participated", "参加", QT_TRANSLATE_NOOP("Vocabulary", "Took part"),
         "参加评议|参评|已参加"},
        {int(ReviewResult::Absent), "absent", "未参加", QT_TRANSLATE_NOOP("Vocabulary", "Absent"),
         "缺席|未参评|没参加"},
        {int(ReviewResult::Exempt), "exempt", "免评", QT_TRANSLATE_NOOP("Vocabulary", "Exempt"), "免于评议|免予评议"},
    });
    return v;
}

const Vocabulary& exemptReasons()
{
    static const Vocabulary v({
        {int(ExemptReason::Illness), "illness", "因病", QT_TRANSLATE_NOOP("Vocabulary", "Illness"), "病|生病|患病"},
        {int(ExemptReason::Abroad), "abroad", "出国（境）6个月以上",
         QT_TRANSLATE_NOOP("Vocabulary", "Abroad for more than 6 months"), "出国|出境|出国（境）|出国境"},
        {int(ExemptReason::Sentence), "sentence", "正在服刑", QT_TRANSLATE_NOOP("Vocabulary", "Serving a sentence"),
         "服刑"},
        {int(ExemptReason::Bedridden), "bedridden", "长期卧床", QT_TRANSLATE_NOOP("Vocabulary", "Bedridden"),
         "卧床|卧床不起|长期卧床不起"},
        {int(ExemptReason::AwayWithoutTransfer), "away_without_transfer", "外出6个月以上未转接组织关系",
         QT_TRANSLATE_NOOP("Vocabulary", "Away for more than 6 months without transfer"),
         "外出|外出未转关系|外出6个月以上|流动在外"},
        {int(ExemptReason::Other), "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other approved reason"), "其它"},
    });
    return v;
}

const Vocabulary& handlings()
{
    static const Vocabulary v({
        {int(ReviewHandling::Correction), "correction", "限期改正",
         QT_TRANSLATE_NOOP("Vocabulary", "Correction within a deadline"), "限期整改|整改|改正"},
        {int(ReviewHandling::Persuaded), "persuaded", "劝退", QT_TRANSLATE_NOOP("Vocabulary", "Persuaded to withdraw"),
         "劝其退党"},
        {int(ReviewHandling::Removed), "removed", "除名", QT_TRANSLATE_NOOP("Vocabulary", "Removed"), ""},
    });
    return v;
}

QString handlingText(const ReviewEntry& e)
{
    switch (e.handling) {
    case ReviewHandling::None:
        return {};
    case ReviewHandling::Correction:
        if (e.correctedOn.isValid()) {
            return tr("Corrected on %1 (deadline %2)").arg(day(e.correctedOn), day(e.correctionDue));
        }
        return tr("Correction by %1 (decided %2)").arg(day(e.correctionDue), day(e.handledOn));
    case ReviewHandling::Persuaded:
        return tr("Persuaded to withdraw on %1").arg(day(e.handledOn));
    case ReviewHandling::Removed:
        return tr("Removed on %1").arg(day(e.handledOn));
    }
    return {};
}

} // namespace ReviewRules
