#include "services/generator/NameFactory.h"

#include "services/generator/Lexicon.h"
#include "services/generator/RandomSource.h"

namespace Generation {

NameFactory::NameFactory(RandomSource& rng, const Lexicon& lexicon)
    : m_rng(rng)
    , m_lex(lexicon)
{
}

QString NameFactory::personName(Gender gender)
{
    const QStringList& chars = gender == Gender::Female ? m_lex.femaleChars : m_lex.maleChars;
    QString name = m_lex.surnames.at(m_lex.surnameWeights.pick(m_rng));
    name += m_rng.pick(chars);
    if (m_rng.chance(0.65)) {
        name += m_rng.pick(chars);
    }
    return name;
}

QString NameFactory::placeName()
{
    const QString first = m_rng.pick(m_lex.placeFirst);
    return first + m_rng.pick(m_lex.placeSecond);
}

QString NameFactory::brand()
{
    const QString& a = m_rng.pick(m_lex.brandChars);
    QString b = m_rng.pick(m_lex.brandChars);
    while (b == a) {
        b = m_rng.pick(m_lex.brandChars);
    }
    return a + b;
}

QString NameFactory::company(const QString& city)
{
    const double u = m_rng.real();
    if (u < 0.45) {
        const QString name = brand();
        return city + name + m_rng.pick(m_lex.privateIndustries) + QStringLiteral("有限公司");
    }
    if (u < 0.65) {
        const QString name = brand();
        return name + m_rng.pick(m_lex.privateIndustries) + QStringLiteral("股份有限公司");
    }
    const QString name = brand();
    return name + m_rng.pick(m_lex.privateIndustries) + QStringLiteral("有限公司");
}

QString NameFactory::chineseNumber(int n)
{
    static const QString digits = QString::fromUtf8("零一二三四五六七八九");
    if (n <= 0 || n >= 100) {
        return QString::number(n);
    }
    QString result;
    if (n >= 20) {
        result += digits.at(n / 10);
    }
    if (n >= 10) {
        result += QChar(u'十');
    }
    if (n % 10 != 0) {
        result += digits.at(n % 10);
    }
    return result;
}

QString NameFactory::ordinal(int n)
{
    return QStringLiteral("第") + chineseNumber(n);
}

} // namespace Generation
