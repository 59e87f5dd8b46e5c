#pragma once

#include <QObject>

#include <memory>

class Database;
class QAction;
class QWidget;

// The window's democratic review actions: the review grid of the current organization
// (actionReview), the department overview across the tree (actionReviewOverview), the
// correction deadlines running out (actionReviewCorrections) and the review rules
// (actionReviewSettings). Each opens in its own modal window; from the overview and the
// deadlines a double click opens that organization's review grid. Changes are announced so
// that the roster, the tree and the history follow.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    explicit ReviewActions(QWidget* window);

    void setDatabase(std::shared_ptr<Database> database);
    void setOrganization(qint64 orgId);
    QList<QAction*> actions() const { return m_all; }

    // The review grid of the current organization for the current year.
    void showReview();
    // The review grid of an organization and year, the member selected when given.
    void showReviewOf(qint64 orgId, int year, qint64 memberId = 0);
    void showOverview();
    void showCorrections();
    void showSettings();

signals:
    void reviewChanged(qint64 orgId);
    // A member was persuaded to withdraw or removed: off the roll (roster, counts, history).
    void membershipChanged(qint64 memberId);

private:
    QWidget* m_window;
    std::shared_ptr<Database> m_database;
    qint64 m_orgId = 0;
    QAction* m_review = nullptr;
    QList<QAction*> m_all;
};
