#include "Vocabulary.h"

#include <QCoreApplication>

namespace {

// Removes a trailing parenthesised part, full-width or ASCII: 社区（居委会） -> 社区.
QString withoutParenthesis(const QString& text)
{
    for (const QChar open : {QChar(0xFF08), QChar(u'(')}) {
        const auto index = text.indexOf(open);
        if (index > 0) {
            return text.left(index).trimmed();
        }
    }
    return text;
}

QString normalized(QStringView text)
{
    return text.trimmed().toString().toCaseFolded();
}

} // namespace

Vocabulary::Vocabulary(std::vector<Term> terms)
    : m_terms(std::move(terms))
{
    for (const Term& term : m_terms) {
        const QString chinese = QString::fromUtf8(term.chinese);
        QStringList spellings{QString::fromLatin1(term.key), chinese, withoutParenthesis(chinese),
                              QString::fromUtf8(term.english)};
        spellings += chinese.split(u'/', Qt::SkipEmptyParts);
        spellings += QString::fromUtf8(term.aliases).split(u'|', Qt::SkipEmptyParts);
        for (const QString& spelling : std::as_const(spellings)) {
            m_lookup.insert(normalized(spelling), term.code);
            m_exact.append({spelling, term.code});
        }
    }
}

std::optional<int> Vocabulary::parse(QStringView text) const
{
    // Most cells hold an exact spelling: a few short comparisons beat hashing (a million-row
    // import parses five categories per row).
    for (const auto& [spelling, code] : m_exact) {
        if (spelling.size() == text.size() && QStringView(spelling) == text) {
            return code;
        }
    }
    const auto it = m_lookup.constFind(normalized(text));
    if (it == m_lookup.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

const Vocabulary::Term* Vocabulary::find(int code) const
{
    for (const Term& term : m_terms) {
        if (term.code == code) {
            return &term;
        }
    }
    return nullptr;
}

QString Vocabulary::key(int code) const
{
    const Term* term = find(code);
    return term ? QString::fromLatin1(term->key) : QString();
}

QString Vocabulary::chinese(int code) const
{
    const Term* term = find(code);
    return term ? QString::fromUtf8(term->chinese) : QString();
}

QString Vocabulary::label(int code) const
{
    const Term* term = find(code);
    return term ? QCoreApplication::translate("Vocabulary", term->english) : QString();
}

QList<int> Vocabulary::codes() const
{
    QList<int> result;
    for (const Term& term : m_terms) {
        result.append(term.code);
    }
    return result;
}

QString Vocabulary::choices() const
{
    QStringList parts;
    for (const Term& term : m_terms) {
        parts.append(QString::fromUtf8(term.chinese) + u'/' + QString::fromLatin1(term.key));
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<bool> Vocabulary::parseFlag(QStringView text)
{
    const QString value = normalized(text);
    static const QStringList yes{QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1"),
                                 QStringLiteral("true")};
    static const QStringList no{QStringLiteral("否"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
                                QStringLiteral("false")};
    if (yes.contains(value)) {
        return true;
    }
    if (no.contains(value)) {
        return false;
    }
    return std::nullopt;
}

QString Vocabulary::flagText(bool value, bool chinese)
{
    if (chinese) {
        return value ? QStringLiteral("是") : QStringLiteral("否");
    }
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The English labels are marked for lupdate; the Chinese wording is data (official terms).
const Vocabulary& Vocabulary::genders()
{
    static const Vocabulary v({
        {int(Gender::Male), "male", "男", QT_TRANSLATE_NOOP("Vocabulary", "Male"), "男性|m"},
        {int(Gender::Female), "female", "女", QT_TRANSLATE_NOOP("Vocabulary", "Female"), "女性|f"},
    });
    return v;
}

const Vocabulary& Vocabulary::orgTypes()
{
    static const Vocabulary v({
        {int(OrgType::HigherCommittee), "higher_committee", "党工委",
         QT_TRANSLATE_NOOP("Vocabulary", "Higher committee"), "上级党组织|党工委员会"},
        {int(OrgType::Committee), "committee", "党委", QT_TRANSLATE_NOOP("Vocabulary", "Party committee"),
         "基层党委|党委员会"},
        {int(OrgType::GeneralBranch), "general_branch", "党总支", QT_TRANSLATE_NOOP("Vocabulary", "General branch"),
         "党总支部|总支"},
        {int(OrgType::Branch), "branch", "党支部", QT_TRANSLATE_NOOP("Vocabulary", "Branch"),
         "支部|联合党支部|临时党支部"},
        {int(OrgType::Group), "group", "党小组", QT_TRANSLATE_NOOP("Vocabulary", "Party group"), "小组"},
    });
    return v;
}

const Vocabulary& Vocabulary::unitCategories()
{
    static const Vocabulary v({
        {int(UnitCategory::Organ), "organ", "机关", QT_TRANSLATE_NOOP("Vocabulary", "Government organ"), ""},
        {int(UnitCategory::PublicInstitution), "public_institution", "事业单位",
         QT_TRANSLATE_NOOP("Vocabulary", "Public institution"), ""},
        {int(UnitCategory::StateEnterprise), "state_enterprise", "公有经济控制企业",
         QT_TRANSLATE_NOOP("Vocabulary", "State-controlled enterprise"), "国有企业|国企"},
        {int(UnitCategory::NonPublicEnterprise), "non_public_enterprise", "非公有经济控制企业",
         QT_TRANSLATE_NOOP("Vocabulary", "Non-public enterprise"), "非公企业|民营企业"},
        {int(UnitCategory::SocialOrganization), "social_organization", "社会组织",
         QT_TRANSLATE_NOOP("Vocabulary", "Social organization"), ""},
        {int(UnitCategory::Community), "community", "社区（居委会）", QT_TRANSLATE_NOOP("Vocabulary", "Community"),
         "居委会"},
        {int(UnitCategory::Village), "village", "建制村", QT_TRANSLATE_NOOP("Vocabulary", "Village"), "村|行政村"},
        {int(UnitCategory::Street), "street", "城市街道", QT_TRANSLATE_NOOP("Vocabulary", "Urban street"), "街道"},
        {int(UnitCategory::Township), "township", "乡镇", QT_TRANSLATE_NOOP("Vocabulary", "Township"), "乡|镇"},
        {int(UnitCategory::Other), "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other"), ""},
    });
    return v;
}

const Vocabulary& Vocabulary::educations()
{
    static const Vocabulary v({
        {int(Education::Postgraduate), "postgraduate", "研究生", QT_TRANSLATE_NOOP("Vocabulary", "Postgraduate"),
         "硕士|博士|硕士研究生|博士研究生"},
        {int(Education::Bachelor), "bachelor", "大学本科", QT_TRANSLATE_NOOP("Vocabulary", "Bachelor"), "本科"},
        {int(Education::JuniorCollege), "junior_college", "大学专科", QT_TRANSLATE_NOOP("Vocabulary", "Junior college"),
         "大专|专科"},
        {int(Education::SecondaryVocational), "secondary_vocational", "中专/中技",
         QT_TRANSLATE_NOOP("Vocabulary", "Secondary vocational"), "中等专科"},
        {int(Education::HighSchool), "high_school", "高中/职高/技校", QT_TRANSLATE_NOOP("Vocabulary", "High school"),
         ""},
        {int(Education::MiddleSchoolOrBelow), "middle_school_or_below", "初中及以下",
         QT_TRANSLATE_NOOP("Vocabulary", "Middle school or below"), "初中|小学|文盲"},
    });
    return v;
}

const Vocabulary& Vocabulary::occupations()
{
    static const Vocabulary v({
        {int(Occupation::Worker), "worker", "工人（工勤技能人员）", QT_TRANSLATE_NOOP("Vocabulary", "Worker"), ""},
        {int(Occupation::Farmer), "farmer", "农牧渔民", QT_TRANSLATE_NOOP("Vocabulary", "Farmer, herder or fisher"),
         "农民"},
        {int(Occupation::Professional), "professional", "企事业单位、社会组织专业技术人员",
         QT_TRANSLATE_NOOP("Vocabulary", "Professional and technical staff"), "专业技术人员"},
        {int(Occupation::Manager), "manager", "企事业单位、社会组织管理人员",
         QT_TRANSLATE_NOOP("Vocabulary", "Managerial staff"), "管理人员"},
        {int(Occupation::CivilServant), "civil_servant", "党政机关工作人员",
         QT_TRANSLATE_NOOP("Vocabulary", "Party or government staff"), "公务员"},
        {int(Occupation::Student), "student", "学生", QT_TRANSLATE_NOOP("Vocabulary", "Student"), ""},
        {int(Occupation::Retired), "retired", "离退休人员", QT_TRANSLATE_NOOP("Vocabulary", "Retired"), "离退休"},
        {int(Occupation::Other), "other", "其他职业人员", QT_TRANSLATE_NOOP("Vocabulary", "Other occupation"), "其他"},
    });
    return v;
}

const Vocabulary& Vocabulary::memberCategories()
{
    static const Vocabulary v({
        {int(MemberCategory::Probationary), "probationary", "预备党员",
         QT_TRANSLATE_NOOP("Vocabulary", "Probationary member"), "预备"},
        {int(MemberCategory::Full), "full", "正式党员", QT_TRANSLATE_NOOP("Vocabulary", "Full member"), "正式"},
    });
    return v;
}

const Vocabulary& Vocabulary::partyWorkers()
{
    static const Vocabulary v({
        {int(PartyWorker::FullTime), "full_time", "专职", QT_TRANSLATE_NOOP("Vocabulary", "Full-time"), ""},
        {int(PartyWorker::PartTime), "part_time", "兼职", QT_TRANSLATE_NOOP("Vocabulary", "Part-time"), ""},
    });
    return v;
}

const Vocabulary& Vocabulary::eventKinds()
{
    static const Vocabulary v({
        {int(EventKind::Admitted), "admitted", "接收预备党员", QT_TRANSLATE_NOOP("Vocabulary", "Admitted"), "入党"},
        {int(EventKind::ConvertedFull), "converted_full", "转正",
         QT_TRANSLATE_NOOP("Vocabulary", "Converted to full member"), "转为正式党员"},
        {int(EventKind::ProbationExtended), "probation_extended", "延长预备期",
         QT_TRANSLATE_NOOP("Vocabulary", "Probation extended"), ""},
        {int(EventKind::ProbationCancelled), "probation_cancelled", "取消预备党员资格",
         QT_TRANSLATE_NOOP("Vocabulary", "Probation cancelled"), ""},
        {int(EventKind::TransferredIn), "transferred_in", "转入", QT_TRANSLATE_NOOP("Vocabulary", "Transferred in"),
         "组织关系转入"},
        {int(EventKind::TransferredOut), "transferred_out", "转出", QT_TRANSLATE_NOOP("Vocabulary", "Transferred out"),
         "组织关系转出"},
        {int(EventKind::Moved), "moved", "组织内调动", QT_TRANSLATE_NOOP("Vocabulary", "Moved"), "调动"},
        {int(EventKind::Restored), "restored", "恢复党籍", QT_TRANSLATE_NOOP("Vocabulary", "Restored"), ""},
        {int(EventKind::Died), "died", "死亡", QT_TRANSLATE_NOOP("Vocabulary", "Died"), "去世"},
        {int(EventKind::Expelled), "expelled", "开除党籍", QT_TRANSLATE_NOOP("Vocabulary", "Expelled"), ""},
        {int(EventKind::Removed), "removed", "除名", QT_TRANSLATE_NOOP("Vocabulary", "Removed"), ""},
        {int(EventKind::Withdrew), "withdrew", "劝退或退党", QT_TRANSLATE_NOOP("Vocabulary", "Withdrew"),
         "劝退|退党|劝其退党"},
        {int(EventKind::Suspended), "suspended", "停止党籍", QT_TRANSLATE_NOOP("Vocabulary", "Suspended"), ""},
    });
    return v;
}

const Vocabulary& Vocabulary::orgEventKinds()
{
    static const Vocabulary v({
        {int(OrgEventKind::Reaffiliated), "reaffiliated", "调整隶属关系",
         QT_TRANSLATE_NOOP("Vocabulary", "Re-affiliated"), ""},
        {int(OrgEventKind::Renamed), "renamed", "更名", QT_TRANSLATE_NOOP("Vocabulary", "Renamed"), ""},
        {int(OrgEventKind::Dissolved), "dissolved", "撤销", QT_TRANSLATE_NOOP("Vocabulary", "Dissolved"), ""},
    });
    return v;
}

const Vocabulary& Vocabulary::postKinds()
{
    static const Vocabulary v({
        {int(PostKind::Secretary), "secretary", "书记", QT_TRANSLATE_NOOP("Vocabulary", "Secretary"), ""},
        {int(PostKind::DeputySecretary), "deputy_secretary", "副书记",
         QT_TRANSLATE_NOOP("Vocabulary", "Deputy secretary"), ""},
        {int(PostKind::OrganizationMember), "organization_member", "组织委员",
         QT_TRANSLATE_NOOP("Vocabulary", "Organization member"), ""},
        {int(PostKind::PublicityMember), "publicity_member", "宣传委员",
         QT_TRANSLATE_NOOP("Vocabulary", "Publicity member"), ""},
        {int(PostKind::DisciplineMember), "discipline_member", "纪检委员",
         QT_TRANSLATE_NOOP("Vocabulary", "Discipline member"), ""},
        {int(PostKind::CommitteeMember), "committee_member", "委员",
         QT_TRANSLATE_NOOP("Vocabulary", "Committee member"), ""},
    });
    return v;
}
