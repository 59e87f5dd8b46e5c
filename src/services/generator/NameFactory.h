#pragma once

#include "core/Enums.h"

#include <QString>

namespace Generation {

class Lexicon;
class RandomSource;

// Names made up from the lexicon: people, places, brands and companies, plus the Chinese
// ordinals (第十二) that number organizations.
class NameFactory
{
public:
    NameFactory(RandomSource& rng, const Lexicon& lexicon);

    QString personName(Gender gender);
    QString placeName();
    QString brand(); // two different characters
    QString company(const QString& city);

    static QString chineseNumber(int n);
    static QString ordinal(int n);

private:
    RandomSource& m_rng;
    const Lexicon& m_lex;
};

} // namespace Generation
