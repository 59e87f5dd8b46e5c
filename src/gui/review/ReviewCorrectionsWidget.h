#pragma once

#include "gui/common/DatedListPage.h"

class Database;
class QSpinBox;
class ReviewCorrectionsModel;

// The correction deadlines running out: unqualified members given a deadline to correct
// (限期改正) who have not corrected yet, whose deadline has passed or falls within withinSpin
// days (30 by default) of asOfEdit (today by default), for the whole database or one
// organization's subtree (setRootOrganization), in correctionsView. summaryLabel counts them,
// correctionsErrorLabel shows a refusal. Activating a row emits reviewActivated() with the
// review that decided it, to record the correction or the next measure there.
class ReviewCorrectionsWidget : public DatedListPage
{
    Q_OBJECT

public:
    explicit ReviewCorrectionsWidget(Database& db, QWidget* parent = nullptr);
    ~ReviewCorrectionsWidget() override;

    void refresh() override;

    ReviewCorrectionsModel* model() const { return m_model; }

signals:
    void reviewActivated(qint64 orgId, int year, qint64 memberId);

private:
    ReviewCorrectionsModel* m_model = nullptr;
    QSpinBox* m_within = nullptr;
};
