#pragma once

#include "core/Organization.h"
#include "core/Post.h"
#include "gui/common/FieldErrorLabels.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class Database;
class Error;
class QLabel;
class QTimer;

namespace Ui {
class PostDialog;
}

// Assigns a post in an organization (PostService::assign) or ends one (PostService::end).
//
// Assigning: the post (postKindCombo), the member (memberCombo: an editable combo box whose
// completer matches any part of "name（ID number）", filled with the members on the roll of
// the organization and its sub-organizations today: a committee's members sit in its
// branches), the start date (fromEdit) and, for a secretary only, 一肩挑
// (concurrentAdminHeadCheck). Ending: the post is shown read-only and toEdit takes the date.
// Each input has its error label (postKindError, memberError, fromError,
// concurrentAdminHeadError, toError); other refusals go to messageLabel.
class PostDialog : public QDialog
{
    Q_OBJECT

public:
    // At most this many members are listed at once; a larger roll is searched as the user types.
    static constexpr int MaxListedMembers = 2000;

    explicit PostDialog(Database& db, QWidget* parent = nullptr);
    ~PostDialog() override;

    // A new post in orgId. False (the reason in messageLabel, Save disabled) when the
    // organization cannot have posts (a party group, a dissolved or unknown organization).
    bool startAssign(qint64 orgId);
    // Ends a post that is held (false, Save disabled, when it ended already).
    bool startEnd(const Post& post);

    bool isEnding() const { return m_ending; }
    // The post assigned or ended (0 before an assignment is saved).
    qint64 postId() const { return m_post.id; }
    // The member chosen in memberCombo (0 when the text names none of the list).
    qint64 memberId() const;

    // Checks, saves through PostService and returns whether it was saved; accept() (Save,
    // Enter) calls it and closes the dialog only on success.
    bool save();
    void accept() override;

signals:
    void postSaved(qint64 postId);

private:
    void loadMembers(const QString& search);
    void onKindChanged();
    void touch(const QString& field);
    QHash<QString, QString> check() const;
    bool validate();
    void showRefusal(const Error& error);

    Database& m_db;
    std::unique_ptr<Ui::PostDialog> m_ui;
    Organization m_org;
    Post m_post;
    bool m_ending = false;
    QList<qint64> m_rollOrgs;   // the organization and its sub-organizations today
    bool m_partialList = false; // the roll is larger than MaxListedMembers: search as typed
    QTimer* m_search = nullptr; // waits for a pause in typing before searching a large roll
    // Service field key -> error label, the fields edited, the service's last refusal (until
    // the next edit).
    FieldErrorLabels m_fieldErrors;
    bool m_loading = false;
};
