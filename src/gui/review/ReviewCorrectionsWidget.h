#pragma once

#include <QDate>
#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ReviewCorrectionsModel;

// The correction deadlines running out: unqualified members given a deadline to correct
// (限期改正) who have not corrected yet, whose deadline has passed or falls within withinSpin
// days (30 by default) of asOfEdit (today by default), for the whole database or one
// organization's subtree (setRootOrganization). summaryLabel counts them. Activating a row
// emits reviewActivated() with the review that decided it, to record the correction or the
// next measure there.
class ReviewCorrectionsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewCorrectionsWidget(Database& db, QWidget* parent = nullptr);
    ~ReviewCorrectionsWidget() override;

    void setRootOrganization(qint64 orgId);
    qint64 rootOrganization() const { return m_rootId; }
    void setAsOf(const QDate& date);
    QDate asOf() const;
    void refresh();

    ReviewCorrectionsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void reviewActivated(qint64 orgId, int year, qint64 memberId);

private:
    Database& m_db;
    qint64 m_rootId = 0;
    ReviewCorrectionsModel* m_model = nullptr;
    QLineEdit* m_asOf = nullptr;
    QSpinBox* m_within = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
};
