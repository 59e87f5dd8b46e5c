#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Dialogs {

namespace {

struct TestState
{
    bool active = false;
    QStringList answers;
    QList<bool> questionAnswers;
    QStringList messages;
};

TestState& state()
{
    static TestState instance;
    return instance;
}

QString nextAnswer()
{
    return state().answers.isEmpty() ? QString() : state().answers.takeFirst();
}

} // namespace

QString openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (state().active) {
        return nextAnswer();
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (state().active) {
        return nextAnswer();
    }
    return QFileDialog::getSaveFileName(parent, title, QString(), filter);
}

void critical(QWidget* parent, const QString& title, const QString& text)
{
    if (state().active) {
        state().messages.append(text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    if (state().active) {
        state().messages.append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool question(QWidget* parent, const QString& title, const QString& text)
{
    if (state().active) {
        state().messages.append(text);
        return !state().questionAnswers.isEmpty() && state().questionAnswers.takeFirst();
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void answerQuestions(const QList<bool>& answers)
{
    state().active = true;
    state().questionAnswers = answers;
}

void answerFileDialogs(const QStringList& answers)
{
    state().active = true;
    state().answers = answers;
}

QStringList shownMessages()
{
    return state().messages;
}

void resetForTests()
{
    state() = TestState();
    state().active = true;
}

} // namespace Dialogs
