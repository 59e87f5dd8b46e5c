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

// Messages carry the user's data (names, file names): shown as plain text, never as markup.
int show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
         QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec();
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
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    if (state().active) {
        state().messages.append(text);
        return;
    }
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

bool question(QWidget* parent, const QString& title, const QString& text)
{
    if (state().active) {
        state().messages.append(text);
        return !state().questionAnswers.isEmpty() && state().questionAnswers.takeFirst();
    }
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
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
