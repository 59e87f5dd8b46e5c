#pragma once

#include "PostDialog.h"

#include <QPointer>
#include <QWidget>

class Database;
class PostsModel;
class QLabel;
class QPushButton;
class QTableView;

// The posts of one organization (PostsModel: held ones first, then past ones) with the
// actions "Assign post..." (assignPostButton) and "End post..." (endPostButton, for the
// selected post while it is held), each through a PostDialog opened window-modal. The lead
// places it in a dialog or a tab; postsChanged() tells when a post was assigned or ended.
class PostsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PostsWidget(Database& db, QWidget* parent = nullptr);
    ~PostsWidget() override;

    // Shows the posts of an organization (0 = none; the actions are then disabled).
    void showOrganization(qint64 orgId);
    qint64 organizationId() const { return m_orgId; }
    // Re-reads the posts (after they were changed elsewhere, e.g. by an election).
    void refresh();

    PostsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The PostDialog currently open (nullptr when none).
    PostDialog* openDialog() const { return m_dialog; }

    // Open the PostDialog to assign a post / end the selected post; return it (nullptr when
    // the action is not possible).
    PostDialog* assignPost();
    PostDialog* endSelectedPost();

signals:
    void postsChanged(qint64 orgId);

private:
    void updateActions();
    void openDialogFor(PostDialog* dialog);
    int selectedRow() const;

    Database& m_db;
    qint64 m_orgId = 0;
    bool m_canAssign = false;
    PostsModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_end = nullptr;
    QPointer<PostDialog> m_dialog;
};
