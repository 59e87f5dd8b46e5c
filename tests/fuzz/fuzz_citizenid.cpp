// libFuzzer target: CitizenId::parse, checkCharacter and fromLegacy over any text. What parse
// accepts must be a well-formed number whose check character, birth date and gender agree
// with its digits, and must parse again to the same value.
#include "FuzzSupport.h"
#include "core/CitizenId.h"

namespace {

const QDate today(2026, 11, 21);

bool digitsOnly(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

void checkAccepted(const CitizenId& id, const QString& input)
{
    const QString& text = id.text();
    const QString what = QStringLiteral("input \"%1\" gave \"%2\"").arg(input, text);
    FUZZ_CHECK(text.size() == 18, what);
    FUZZ_CHECK(digitsOnly(QStringView(text).first(17)), what);
    FUZZ_CHECK(CitizenId::checkCharacter(QStringView(text).first(17)) == text.at(17), what);
    FUZZ_CHECK(id.birthDate().isValid() && id.birthDate() <= today, what);
    FUZZ_CHECK(id.birthDate().toString(QStringLiteral("yyyyMMdd")) == text.mid(6, 8), what);
    const bool odd = (text.at(16).unicode() - u'0') % 2 == 1;
    FUZZ_CHECK(id.gender() == (odd ? Gender::Male : Gender::Female), what);
    const auto again = CitizenId::parse(text, today);
    FUZZ_CHECK(again.ok() && again->text() == text, what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096) {
        return 0;
    }
    const QString input = FuzzSupport::textOf(data, size);

    const auto parsed = CitizenId::parse(input, today);
    if (parsed) {
        checkAccepted(*parsed, input);
    } else {
        FUZZ_CHECK(!parsed.error().message().isEmpty(), input);
        FUZZ_CHECK(parsed.error().kind() == Error::Kind::Invalid, input);
    }

    const QChar check = CitizenId::checkCharacter(input);
    FUZZ_CHECK(check.isNull() || QStringLiteral("0123456789X").contains(check), input);
    FUZZ_CHECK(check.isNull() == !(input.size() == 17 && digitsOnly(input)), input);

    const QString modern = CitizenId::fromLegacy(input);
    if (!modern.isEmpty()) {
        FUZZ_CHECK(modern.size() == 18 && digitsOnly(QStringView(modern).first(17)), modern);
        FUZZ_CHECK(CitizenId::checkCharacter(QStringView(modern).first(17)) == modern.at(17), modern);
        const auto converted = CitizenId::parse(modern, today);
        // The legacy digits may hold an impossible date; any other refusal is a bug.
        FUZZ_CHECK(converted.ok() || converted.error().message().contains(QStringLiteral("birth date")), modern);
    }
    return 0;
}
