#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// Every file dialog and message box of the GUI goes through here, so that a test can answer
// them in advance and read what would have been shown (KeePassXC gui/MessageBox.h).
namespace Dialogs {

QString openFileName(QWidget* parent, const QString& title, const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, const QString& filter);
void critical(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
// A yes/no question; true = yes.
bool question(QWidget* parent, const QString& title, const QString& text);

// Tests: the next file dialogs return these answers in turn (an empty string = cancelled)
// instead of opening; message boxes are recorded instead of shown.
void answerFileDialogs(const QStringList& answers);
// Tests: the next questions are answered with these in turn (no answer left = no); the
// question's text is recorded like a message.
void answerQuestions(const QList<bool>& answers);
QStringList shownMessages();
void resetForTests();

} // namespace Dialogs
