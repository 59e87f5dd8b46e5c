#pragma once

#include "core/Enums.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <vector>

namespace Generation {

class Lexicon;
class RandomSource;

// Hands out citizen ID numbers (GB 11643-1999) that are valid for the birth date and gender
// and unique in the generated database.
class IdNumberFactory
{
public:
    struct Issued
    {
        QString number;
        int region = 0; // index into Lexicon::regions of the address code
    };

    IdNumberFactory(RandomSource& rng, const Lexicon& lexicon, qint64 expected);

    Issued issue(const QDate& birth, Gender gender);

private:
    // Adds the key (region, birth date, sequence) to the numbers handed out; false when it
    // was there already. Open addressing over 64-bit keys: a QSet of millions of strings
    // would cost more than the rest of the member.
    bool claim(quint64 key);
    QString format(int region, const QDate& birth, int sequence) const;

    RandomSource& m_rng;
    const Lexicon& m_lex;
    std::vector<quint64> m_slots;
    std::size_t m_mask = 0;
};

} // namespace Generation
