#pragma once

#include "Enums.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// One category list of domain.md: stored codes, English keys, official Chinese wording and the
// English label shown in the UI (translated through Qt). Parsing accepts the key, the Chinese
// label, the label without its parenthesised part, each '/'-separated alternative, the English
// label and a few common synonyms, so users can paste what their spreadsheets already hold.
class Vocabulary
{
public:
    struct Term
    {
        int code;
        const char* key;
        const char* chinese; // UTF-8, official wording
        const char* english; // source text of the UI label (context "Vocabulary")
        const char* aliases; // UTF-8, '|'-separated extra spellings, may be empty
    };

    explicit Vocabulary(std::vector<Term> terms);

    std::optional<int> parse(QStringView text) const;
    QString key(int code) const;
    QString chinese(int code) const;
    QString label(int code) const; // translated for the current UI language
    QList<int> codes() const;
    // The accepted spellings, for error messages ("expected one of ...").
    QString choices() const;

    static const Vocabulary& genders();
    static const Vocabulary& orgTypes();
    static const Vocabulary& unitCategories();
    static const Vocabulary& educations();
    static const Vocabulary& occupations();
    static const Vocabulary& memberCategories();
    static const Vocabulary& partyWorkers();
    static const Vocabulary& eventKinds();
    static const Vocabulary& orgEventKinds();
    static const Vocabulary& postKinds();

    // 是/否, yes/no, Y/N, 1/0, true/false. Empty is not a flag: callers decide its meaning.
    static std::optional<bool> parseFlag(QStringView text);
    // Export spelling of a flag in the given language ("是"/"否" or "yes"/"no").
    static QString flagText(bool value, bool chinese);

private:
    const Term* find(int code) const;
    std::vector<Term> m_terms;
    QHash<QString, int> m_lookup;       // case-folded spelling -> code
    QList<QPair<QString, int>> m_exact; // every spelling as written, scanned before hashing
};

template <typename E> inline std::optional<E> parseTerm(const Vocabulary& vocabulary, QStringView text)
{
    const auto code = vocabulary.parse(text);
    return code ? std::optional<E>(static_cast<E>(*code)) : std::nullopt;
}
