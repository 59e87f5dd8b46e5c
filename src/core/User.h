#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

// A user account of the database (table users). The password is kept only as its Argon2id
// hash (libsodium's crypto_pwhash_str string, "$argon2id$...").
struct User
{
    qint64 id = 0;
    QString login;
    Role role = Role::Viewer;
    qint64 orgId = 0; // scope root: required for a secretary, optional for a viewer
    QString orgCode;  // of orgId (read only, filled by the store)
    QString passwordHash;
    bool disabled = false;
    QDateTime createdAt;
    int failedLogins = 0; // consecutive failures since the last successful login
    QDateTime lastFailedAt;
    QDateTime lastLoginAt;
};
