#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <atomic>

namespace Language {

namespace {

std::atomic<bool> chinese{false};
QList<QTranslator*> installed; // touched from the main thread only

void load(const QString& file, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder)) {
        QCoreApplication::installTranslator(translator);
        installed.append(translator);
    } else {
        delete translator;
    }
}

void unloadAll()
{
    for (QTranslator* translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();
}

} // namespace

bool install(const QString& code)
{
    QString wanted = code.trimmed().toLower();
    if (wanted.isEmpty()) {
        wanted =
            QLocale::system().name().startsWith(QStringLiteral("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
    }
    if (wanted == QStringLiteral("zh_cn") || wanted == QStringLiteral("zh-cn") || wanted == QStringLiteral("cn")) {
        wanted = QStringLiteral("zh");
    }
    if (wanted != QStringLiteral("zh") && wanted != QStringLiteral("en")) {
        return false;
    }
    chinese = wanted == QStringLiteral("zh");
    unloadAll();
    if (chinese && QCoreApplication::instance()) {
        load(QStringLiteral("partyroll_zh_CN"), QStringLiteral(":/i18n"));
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        load(QStringLiteral("qtbase_zh_CN"), qtFolder);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return true;
}

bool isChinese()
{
    return chinese;
}

QString current()
{
    return chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace Language
