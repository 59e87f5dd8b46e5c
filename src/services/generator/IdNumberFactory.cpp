#include "services/generator/IdNumberFactory.h"

#include "core/CitizenId.h"
#include "services/generator/Lexicon.h"
#include "services/generator/RandomSource.h"

namespace Generation {

IdNumberFactory::IdNumberFactory(RandomSource& rng, const Lexicon& lexicon, qint64 expected)
    : m_rng(rng)
    , m_lex(lexicon)
{
    std::size_t capacity = 1024;
    while (capacity < std::size_t(expected) * 2 + 16) {
        capacity *= 2;
    }
    m_slots.assign(capacity, 0);
    m_mask = capacity - 1;
}

IdNumberFactory::Issued IdNumberFactory::issue(const QDate& birth, Gender gender)
{
    for (;;) {
        const int region = m_rng.below(qsizetype(m_lex.regions.size()));
        // The 17th digit is odd for men, even for women.
        int sequence = int(m_rng.between(0, 499)) * 2 + (gender == Gender::Male ? 1 : 0);
        for (int tries = 0; tries < 500; ++tries) {
            const quint64 key = (quint64(region) << 40) | (quint64(birth.toJulianDay()) << 10) | quint64(sequence);
            if (claim(key)) {
                return {format(region, birth, sequence), region};
            }
            sequence = (sequence + 2) % 1000;
        }
    }
}

bool IdNumberFactory::claim(quint64 key)
{
    const quint64 stored = key + 1;
    std::size_t i = std::size_t((stored * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask;
    while (m_slots[i] != 0) {
        if (m_slots[i] == stored) {
            return false;
        }
        i = (i + 1) & m_mask;
    }
    m_slots[i] = stored;
    return true;
}

QString IdNumberFactory::format(int region, const QDate& birth, int sequence) const
{
    char16_t buffer[18];
    const QString& code = m_lex.regions[std::size_t(region)].code;
    for (int i = 0; i < 6; ++i) {
        buffer[i] = code.at(i).unicode();
    }
    const int ymd = birth.year() * 10000 + birth.month() * 100 + birth.day();
    for (int i = 0, v = ymd; i < 8; ++i, v /= 10) {
        buffer[13 - i] = char16_t(u'0' + v % 10);
    }
    buffer[14] = char16_t(u'0' + sequence / 100);
    buffer[15] = char16_t(u'0' + (sequence / 10) % 10);
    buffer[16] = char16_t(u'0' + sequence % 10);
    buffer[17] = CitizenId::checkCharacter(QStringView(buffer, 17)).unicode();
    return QStringView(buffer, 18).toString();
}

} // namespace Generation
