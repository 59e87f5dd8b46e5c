#pragma once

#include <QString>

// The language of messages, reports and exports: Chinese (zh_CN, the default on Chinese
// systems) or English (the source language).
namespace Language {

// "zh", "en" or empty (= the system locale: Chinese on zh_*, otherwise English).
// Installs the PartyRoll catalogue and Qt's own translations into the application.
// Returns false when the code is not one of those.
bool install(const QString& code);
bool isChinese();
// The code in force: "zh" or "en".
QString current();

} // namespace Language
