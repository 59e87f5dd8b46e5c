#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The 56 ethnic groups of GB/T 3304. Stored as the full Chinese name ("汉族"); 汉族 is the only
// group that is not an ethnic minority.
namespace Ethnicity {

// Accepts the full name or the name without the trailing 族 ("壮" -> "壮族").
std::optional<QString> normalize(QStringView text);
bool isMinority(const QString& name);
const QStringList& all();
QString han();

} // namespace Ethnicity
