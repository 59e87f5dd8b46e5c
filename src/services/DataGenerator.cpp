#include "DataGenerator.h"

#include "core/CitizenId.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Ethnicity.h"
#include "core/Log.h"
#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/OrgHistory.h"
#include "core/Organization.h"
#include "core/Post.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/PostStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <random>
#include <vector>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DataGenerator", text);
}

// A rule broken by generated data is a bug of this generator, never data to write.
Error generatorBug(const QString& record, const QString& violation)
{
    Log::get("services")->error("generate: {} breaks a rule: {}", record, violation);
    return Error(Error::Kind::Invalid,
                 tr("The generated data broke a rule (%1: %2); nothing was written.").arg(record, violation));
}

// Dates as Julian day numbers: the generator compares and shifts millions of them.
using Day = int;
constexpr Day Never = std::numeric_limits<int>::max();

Day dayOf(const QDate& date)
{
    return static_cast<Day>(date.toJulianDay());
}

QDate dateOf(Day day)
{
    return QDate::fromJulianDay(day);
}

Day addYears(Day day, int years)
{
    return dayOf(dateOf(day).addYears(years));
}

Day addMonths(Day day, int months)
{
    return dayOf(dateOf(day).addMonths(months));
}

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(u' ', Qt::SkipEmptyParts);
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// std::uniform_int_distribution and friends differ between standard libraries; these draws
// are defined here, over the fully specified mt19937_64, so that a seed gives the same data
// everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }

    // Uniform in [lo, hi] (lo when hi < lo), by rejection so that there is no modulo bias.
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo) {
            return lo;
        }
        const quint64 range = quint64(hi - lo) + 1;
        const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
        quint64 x = next();
        while (x >= limit) {
            x = next();
        }
        return lo + qint64(x % range);
    }

    int day(Day lo, Day hi) { return static_cast<Day>(between(lo, hi)); }
    int below(qsizetype n) { return static_cast<int>(between(0, qint64(n) - 1)); }
    double real() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return real() < p; }

    template <typename List>
    const auto& pick(const List& list)
    {
        return list[below(qsizetype(list.size()))];
    }

private:
    std::mt19937_64 m_engine;
};

// Index drawn with probability proportional to its weight.
class Weighted
{
public:
    Weighted() = default;
    Weighted(std::initializer_list<double> weights)
    {
        for (const double w : weights) {
            add(w);
        }
    }

    void add(double weight)
    {
        m_total += weight;
        m_cumulative.push_back(m_total);
    }

    int pick(Random& rng) const
    {
        const double x = rng.real() * m_total;
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return std::min(int(it - m_cumulative.begin()), int(m_cumulative.size()) - 1);
    }

    bool empty() const { return m_cumulative.empty(); }

private:
    std::vector<double> m_cumulative;
    double m_total = 0;
};

QString chineseNumber(int n)
{
    static const QString digits = text("零一二三四五六七八九");
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

QString ordinal(int n)
{
    return QStringLiteral("第") + chineseNumber(n);
}

// ---------------------------------------------------------------------------------------------
// Word lists

struct Region
{
    QString code;      // 6-digit address code of the citizen ID number
    QString city;      // 湖北省武汉市
    QString district;  // 武昌区
};

struct Lexicon
{
    Lexicon()
    {
        static const char* const regionTable[][3] = {
            {"110101", "北京市", "东城区"}, {"110102", "北京市", "西城区"}, {"110105", "北京市", "朝阳区"},
            {"110108", "北京市", "海淀区"}, {"120101", "天津市", "和平区"}, {"120104", "天津市", "南开区"},
            {"130102", "河北省石家庄市", "长安区"}, {"130602", "河北省保定市", "竞秀区"},
            {"140105", "山西省太原市", "小店区"}, {"150102", "内蒙古自治区呼和浩特市", "新城区"},
            {"210102", "辽宁省沈阳市", "和平区"}, {"210202", "辽宁省大连市", "中山区"},
            {"220102", "吉林省长春市", "南关区"}, {"230102", "黑龙江省哈尔滨市", "道里区"},
            {"310101", "上海市", "黄浦区"}, {"310104", "上海市", "徐汇区"}, {"310115", "上海市", "浦东新区"},
            {"320102", "江苏省南京市", "玄武区"}, {"320508", "江苏省苏州市", "姑苏区"},
            {"330102", "浙江省杭州市", "上城区"}, {"330203", "浙江省宁波市", "海曙区"},
            {"340102", "安徽省合肥市", "瑶海区"}, {"350102", "福建省福州市", "鼓楼区"},
            {"350203", "福建省厦门市", "思明区"}, {"360102", "江西省南昌市", "东湖区"},
            {"370102", "山东省济南市", "历下区"}, {"370202", "山东省青岛市", "市南区"},
            {"370124", "山东省济南市", "平阴县"}, {"410102", "河南省郑州市", "中原区"},
            {"411321", "河南省南阳市", "南召县"}, {"420102", "湖北省武汉市", "江岸区"},
            {"420106", "湖北省武汉市", "武昌区"}, {"420581", "湖北省宜昌市", "宜都市"},
            {"430102", "湖南省长沙市", "芙蓉区"}, {"430521", "湖南省邵阳市", "邵东县"},
            {"440103", "广东省广州市", "荔湾区"}, {"440106", "广东省广州市", "天河区"},
            {"440304", "广东省深圳市", "福田区"}, {"440305", "广东省深圳市", "南山区"},
            {"441900", "广东省东莞市", "东莞市"}, {"450102", "广西壮族自治区南宁市", "兴宁区"},
            {"460105", "海南省海口市", "秀英区"}, {"500103", "重庆市", "渝中区"},
            {"500228", "重庆市", "梁平县"}, {"510104", "四川省成都市", "锦江区"},
            {"510107", "四川省成都市", "武侯区"}, {"510722", "四川省绵阳市", "三台县"},
            {"520102", "贵州省贵阳市", "南明区"}, {"530102", "云南省昆明市", "五华区"},
            {"540102", "西藏自治区拉萨市", "城关区"}, {"610103", "陕西省西安市", "碑林区"},
            {"610113", "陕西省西安市", "雁塔区"}, {"620102", "甘肃省兰州市", "城关区"},
            {"630102", "青海省西宁市", "城东区"}, {"640104", "宁夏回族自治区银川市", "兴庆区"},
            {"650102", "新疆维吾尔自治区乌鲁木齐市", "天山区"}, {"320382", "江苏省徐州市", "邳州市"},
            {"330381", "浙江省温州市", "瑞安市"}, {"360781", "江西省赣州市", "瑞金市"},
            {"412326", "河南省商丘市", "永城市"},
        };
        for (const auto& row : regionTable) {
            regions.push_back({QString::fromLatin1(row[0]), text(row[1]), text(row[2])});
        }
        cities = words("北京 上海 天津 重庆 广州 深圳 成都 武汉 南京 杭州 西安 济南 长沙 郑州 合肥 福州 昆明 南宁 "
                       "石家庄 太原 沈阳 长春 哈尔滨 南昌 贵阳 兰州 银川 西宁 青岛 大连 宁波 厦门 苏州 无锡 佛山 "
                       "东莞 温州 徐州 洛阳 襄阳 宜昌 株洲 绵阳 柳州 珠海 烟台 潍坊 唐山 保定 常州");
        placeFirst = words("东 西 南 北 新 大 小 长 青 石 金 马 白 龙 凤 太 平 安 和 兴 福 永 宁 清 丰 高 红 黄 柳 杨 "
                           "桃 梅 松 竹 云 玉 宝 明 光 华 阳 文 双");
        placeSecond = words("山 河 湖 桥 塘 湾 坪 园 庄 林 峰 溪 岭 泉 港 关 口 门 城 坝 岗 沟 营 店 集 铺 寨 田 州 苑 "
                            "里 川 台 洲 源");
        brandChars = words("华 兴 创 新 恒 瑞 泰 盛 达 通 宏 远 鑫 博 海 信 诚 德 嘉 凯 航 联 明 康 安 鼎 晟 源 卓 越 "
                           "汇 金 天 中 宇 正 和 亿 腾 星");
        privateIndustries = words("科技 电子 机械 建设 物流 商贸 医药 食品 能源 软件 网络 置业 纺织 化工 "
                                  "汽车配件 新材料 环保 通信 传媒 生物 智能装备 电气 服饰 包装");
        stateIndustries = words("城市建设投资 交通投资 水务 燃气 公共交通 轨道交通 能源 国有资本投资运营 "
                                "文化旅游 农业发展 粮食储备 电力 钢铁 机场 港务 建工 化工 医药");
        // Bureaus; the pairs are the names before and after the 2018 reform of government bodies.
        static const char* const bureauTable[][2] = {
            {"", "财政局"}, {"", "教育局"}, {"", "公安局"}, {"", "民政局"}, {"", "司法局"},
            {"", "人力资源和社会保障局"}, {"", "住房和城乡建设局"}, {"", "交通运输局"}, {"", "水利局"},
            {"", "商务局"}, {"", "审计局"}, {"", "统计局"}, {"", "发展和改革委员会"}, {"", "科学技术局"},
            {"", "工业和信息化局"}, {"", "城市管理局"}, {"", "信访局"}, {"", "机关事务管理局"},
            {"卫生和计划生育委员会", "卫生健康委员会"}, {"国土资源局", "自然资源和规划局"},
            {"环境保护局", "生态环境局"}, {"文化广电新闻出版局", "文化广电旅游局"}, {"农业委员会", "农业农村局"},
            {"工商行政管理局", "市场监督管理局"}, {"安全生产监督管理局", "应急管理局"},
        };
        for (const auto& row : bureauTable) {
            bureausBefore.append(text(row[0]));
            bureaus.append(text(row[1]));
        }
        institutes = words("档案馆 图书馆 博物馆 公共资源交易中心 住房公积金管理中心 社会科学院 广播电视台 "
                           "农业科学研究院 政务服务中心");
        offices = words("办公室 综合科 财务科 人事科 政策法规科 规划科 行政审批科 信息中心 执法大队 监督检查科 "
                        "机关服务中心");
        bureauSubunits = words("直属单位 执法支队 离退休干部 所属事业单位 机关");
        colleges = words("机械工程学院 经济管理学院 外国语学院 计算机学院 马克思主义学院 文学院 理学院 医学院 法学院 "
                         "艺术学院 化学化工学院 建筑学院 教育学院 体育学院");
        universitySuffixes = words("大学 师范学院 职业技术学院 理工学院 医学院 财经学院");
        hospitalDepartments = words("心内科 消化内科 呼吸内科 普外科 骨科 神经外科 儿科 妇产科 急诊科 检验科 放射科 "
                                    "药剂科 护理部 后勤保障部 离退休");
        hospitalDivisions = words("内科 外科 医技 护理 行政后勤");
        stateDepartments = words("综合办公室 财务部 生产技术部 安全质量部 市场营销部 人力资源部 党群工作部 纪检监察室 "
                                 "调度中心");
        stateSubsidiaries = words("运营分公司 工程分公司 物业分公司 贸易分公司 检修分公司");
        privateDepartments = words("研发中心 生产部 销售中心 行政部 质量部");
        trades = words("律师 注册会计师 建筑业 软件行业 物流与采购 餐饮行业 旅游 个体劳动者 民办教育 物业管理 家政服务 "
                       "网络文化");
        surnames = words("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 邓 冯 韩 曹 曾 "
                         "彭 萧 蔡 潘 田 董 袁 于 余 叶 蒋 杜 苏 魏 程 吕 丁 沈 任 姚 卢 傅 钟 姜 崔 谭 廖 范 汪 陆 "
                         "金 石 戴 贾 韦 夏 邱 方 侯 邹 熊 孟 秦 白 江 阎 薛 尹 段 雷 黎 史 龙 陶 贺 顾 毛 郝 龚 邵 "
                         "万 钱 严 赖 覃 洪 武 莫 孔 欧阳 上官 司马 诸葛");
        for (qsizetype i = 0; i < surnames.size(); ++i) {
            surnameWeights.add(1.0 / double(i + 6));
        }
        maleChars = words("伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 阳 "
                          "建 国 志 文 海 东 峰 亮 成 兵 德 福 生 荣 庆 春 祥 利 清 忠 永 江 松 山 金 力 新 博 思 晨 "
                          "子 轩 睿 泽 铭 嘉 诚 昊 然 一 天 云");
        femaleChars = words("芳 娜 敏 静 丽 艳 娟 霞 燕 玲 桂 英 秀 兰 萍 红 梅 琳 雪 婷 颖 慧 倩 洁 丹 莉 晶 玉 凤 华 "
                            "佳 欣 怡 悦 琪 萱 涵 雨 晓 月 春 爱 珍 淑 菊 美 彤 诗 梦 蕾 璐 薇");
        roads = words("人民路 解放路 中山路 建设路 和平路 胜利路 文化路 新华路 长江路 黄河路 光明路 幸福路 友谊路 "
                      "朝阳路 青年路 工农路 东风路 复兴路 学府路 滨江路");
        phonePrefixes = words("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 "
                              "170 173 176 177 178 180 181 182 183 185 186 187 188 189 191 198 199");
        datedHonours = words("%1年度优秀共产党员 %1年度优秀党务工作者 %1年度先进工作者 %1年度优秀共产党员 "
                             "%1年度岗位标兵");
        honours = words("全国五一劳动奖章 省级劳动模范 市级劳动模范 抗击新冠肺炎疫情先进个人 脱贫攻坚先进个人 "
                        "优秀共产党员 三八红旗手");
        lostReasons = words("外出务工后联系方式变更 出国后失去联系 长期下落不明 原工作单位撤销后失去联系");
        workerTitles = words("技术工人 电工 驾驶员 维修工 操作工 车间工人 焊工");
        professionalTitles = words("工程师 高级工程师 会计师 技术员 经济师 研究员 编辑 设计师");
        medicalTitles = words("医生 主治医师 副主任医师 护士 主管护师 药师 检验技师");
        teacherTitles = words("教师 一级教师 高级教师 讲师 副教授 教授");
        lawTitles = words("律师 注册会计师 社会工作者");
        managerTitles = words("部门经理 总经理 办公室主任 项目经理 副总经理 人事主管 财务总监");
        civilTitles = words("科员 副科长 科长 一级主任科员 二级主任科员 四级调研员");
        otherTitles = words("个体经营者 自由职业者 灵活就业人员 网约车司机 快递员");
        retiredTitles = words("退休干部 退休职工 退休教师 退休工人");
        // Weights of the ethnic groups after 汉族, in the order of Ethnicity::all() (2020 census, rounded).
        const QStringList& groups = Ethnicity::all();
        static const double groupWeights[] = {63, 114, 71, 118, 111, 98, 196, 36, 17, 104, 35, 33, 21, 96, 17, 16,
                                              13, 16, 8, 4, 8, 5, 6, 5, 8, 3, 1, 2, 3, 1, 5, 3, 1, 2, 1, 7, 2, 1, 2,
                                              1, 1, 1};
        for (qsizetype i = 1; i < groups.size(); ++i) {
            minorities.append(groups.at(i));
            const auto w = qsizetype(i - 1) < qsizetype(std::size(groupWeights)) ? groupWeights[i - 1] : 0.5;
            minorityWeights.add(w);
        }
    }

    std::vector<Region> regions;
    QStringList cities, placeFirst, placeSecond, brandChars, privateIndustries, stateIndustries;
    QStringList bureaus, bureausBefore, institutes, offices, bureauSubunits, colleges, universitySuffixes;
    QStringList hospitalDepartments, hospitalDivisions, stateDepartments, stateSubsidiaries, privateDepartments, trades;
    QStringList surnames, maleChars, femaleChars, roads, phonePrefixes, datedHonours, honours, lostReasons;
    QStringList workerTitles, professionalTitles, medicalTitles, teacherTitles, lawTitles, managerTitles, civilTitles;
    QStringList otherTitles, retiredTitles;
    QStringList minorities;
    Weighted surnameWeights, minorityWeights;
};

// ---------------------------------------------------------------------------------------------
// Plans

// What kind of unit an organization belongs to: decides the names of its children and the
// work units of its members.
enum class Flavor {
    Higher, Bureau, Institute, University, College, School, Hospital, StateCo, PrivateCo, Association, Cluster,
    Community, StreetOffice, Town, Village, Plain,
};

// Higher committees (党工委 / 上级党组织) by the sector they lead.
enum class Sector { Organs, StateAssets, TwoNew, Street, Rural, Education, Health, Park, Count };

struct PlannedEvent
{
    Day date = 0;
    OrgEventKind kind = OrgEventKind::Renamed;
    int parent = -1;  // reaffiliated: index of the new parent
    QString name;     // renamed: the new name
};

struct OrgPlan
{
    OrgType type = OrgType::Branch;
    int parent = -1;         // index of the parent at establishment
    int currentParent = -1;  // index of the parent today
    int committee = -1;      // the committee it was set up in (moves prefer organizations of it)
    std::vector<int> children;
    Sector sector = Sector::Organs;
    Flavor flavor = Flavor::Plain;
    UnitCategory category = UnitCategory::Unknown;
    bool temporary = false;
    bool permanent = false;  // exists through the whole window: the fallback of every move
    bool hasGroups = false;
    bool directRoll = false;  // a committee or general branch with members on its own roll
    QString city;
    QString unit;        // what children's names build on
    // A unit renamed by the 2018 reform of government bodies: names starting with reformTo
    // started with reformFrom before reformOn.
    QString reformFrom;
    QString reformTo;
    Day reformOn = Never;
    QString employer;    // members' work unit
    QString name;        // the name at establishment
    QString code;
    Day est = 0;
    Day dissolved = Never;
    int quota = 0;  // members whose history in the database starts here
    qint64 id = 0;
    std::vector<PlannedEvent> events;
};

// A stay of a member on one organization's roll, [from, to).
struct Stint
{
    int org = 0;
    Day from = 0;
    Day to = Never;
    Day fullOn = Never;  // the member's conversion date
    qint64 member = 0;
};

// Citizen ID numbers already handed out: open addressing over 64-bit keys.
class IdRegistry
{
public:
    explicit IdRegistry(qint64 expected)
    {
        std::size_t capacity = 1024;
        while (capacity < std::size_t(expected) * 2 + 16) {
            capacity *= 2;
        }
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
    }

    // Adds the key; false when it was there already.
    bool insert(quint64 key)
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

private:
    std::vector<quint64> m_slots;
    std::size_t m_mask = 0;
};

constexpr double OutsideAdmissionShare = 0.10;

// ---------------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(Database& db, const GeneratorOptions& options, const QDate& today)
        : m_options(options)
        , m_rng(options.seed)
        , m_orgStore(db)
        , m_memberStore(db)
        , m_eventStore(db)
        , m_postStore(db)
        , m_todayDate(today)
        , m_today(dayOf(today))
        , m_windowStart(dayOf(today.addYears(-options.years)))
        , m_ids(options.members)
    {
        for (int k = 0; k <= options.years; ++k) {
            m_yearStarts.push_back(addYears(m_windowStart, k));
        }
    }

    Result<GeneratorSummary> run();

private:
    bool reportProgress(double fraction);
    Error cancelled() const { return Error(Error::Kind::Cancelled, tr("Data generation was cancelled.")); }

    // Organizations
    void planStructure();
    void planAttributes();
    void nameHigher(OrgPlan& p);
    void nameCommittee(OrgPlan& p);
    void nameGeneralBranch(OrgPlan& p, int ordinal, int& plain);
    void nameBranch(OrgPlan& p, int ordinal, int& plain);
    void nameGroup(OrgPlan& p, int ordinal);
    bool claim(const QString& name);
    QString placeName();
    QString brand();
    QString company(const QString& city);
    Day sampleEstablishment(Day parentEst, int minYears, int maxYears, double newShare);
    void planRenamings();
    void planReaffiliations();
    void planDissolutions();
    void planQuotas();
    Status writeOrganizations();

    // Members
    Status generateMembers();
    Status generateMember(int home);
    bool exists(int org, Day day) const { return m_orgs[org].est <= day && day < m_orgs[org].dissolved; }
    bool acceptsAt(int org, Day day) const;
    int pickMoveTarget(int current, Day day);
    int pickArrival(int preferred, Day day, int committee);
    int sampleAge();
    int sampleAdmissionAge();
    QString personName(Gender gender);
    QString idNumber(const QDate& birth, Gender gender, int& region);
    QString phone();

    // Posts
    Status writePosts();

    const GeneratorOptions& m_options;
    Random m_rng;
    Lexicon m_lex;
    OrganizationStore m_orgStore;
    MemberStore m_memberStore;
    EventStore m_eventStore;
    PostStore m_postStore;
    const QDate m_todayDate;
    const Day m_today;
    const Day m_windowStart;
    std::vector<Day> m_yearStarts;
    IdRegistry m_ids;

    std::vector<OrgPlan> m_orgs;
    QSet<QString> m_names;
    std::vector<int> m_rollOrgs;  // organizations members may be moved to (not temporary)
    Weighted m_rollWeights;
    std::vector<std::vector<int>> m_rollByCommittee;
    std::vector<int> m_permanent;
    std::vector<Stint> m_stints;
    GeneratorSummary m_summary;

    // Per-member scratch space, reused.
    struct Pending
    {
        Day date;
        int seq;
        int step;
        int org;
    };
    std::vector<Pending> m_pending;
    std::vector<Stint> m_memberStints;
};

bool Generator::reportProgress(double fraction)
{
    return !m_options.progress || m_options.progress(std::min(1.0, fraction));
}

// ---------------------------------------------------------------------------------------------
// Organization tree

void Generator::planStructure()
{
    const qint64 requested = m_options.orgs > 0 ? m_options.orgs : m_options.members / 20;
    const int total = int(std::clamp<qint64>(requested, 12, 1'000'000));
    const int higher = std::clamp(total / 800, 3, 40);
    int committees = std::max(higher, int(total * 0.055 + 0.5));
    int generalBranches = std::max(1, int(total * 0.08 + 0.5));
    const int groups = std::max(1, int(total * 0.03 + 0.5));
    int branches = total - higher - committees - generalBranches - groups;
    // Every general branch and committee needs a branch, and the first committee two.
    while (branches < committees + generalBranches + 1 && generalBranches > 1) {
        --generalBranches;
        ++branches;
    }
    while (branches < committees + generalBranches + 1 && committees > higher) {
        --committees;
        ++branches;
    }

    std::vector<OrgPlan>& tmp = m_orgs;
    tmp.clear();
    tmp.reserve(std::size_t(total));
    auto add = [&](OrgType type, int parent) {
        OrgPlan p;
        p.type = type;
        p.parent = parent;
        tmp.push_back(std::move(p));
        const int index = int(tmp.size()) - 1;
        if (parent >= 0) {
            tmp[std::size_t(parent)].children.push_back(index);
        }
        return index;
    };

    static const Weighted sectorWeights{3, 1, 2, 3, 3, 1, 1, 1};
    static const double committeesPerSector[] = {4, 2, 2, 1.5, 3, 1.5, 1, 1.5};
    // The first higher committees cover the sectors with the widest mix of unit categories,
    // so that even a small database has villages, communities, organs and enterprises.
    static const Sector firstSectors[] = {Sector::Rural,     Sector::Street,    Sector::Organs, Sector::TwoNew,
                                          Sector::StateAssets, Sector::Education, Sector::Health, Sector::Park};
    Weighted higherWeights;
    for (int i = 0; i < higher; ++i) {
        const int index = add(OrgType::HigherCommittee, -1);
        const Sector sector = i < int(Sector::Count) ? firstSectors[i] : Sector(sectorWeights.pick(m_rng));
        tmp[std::size_t(index)].sector = sector;
        tmp[std::size_t(index)].flavor = Flavor::Higher;
        higherWeights.add(committeesPerSector[int(sector)]);
    }

    auto committeeFlavor = [&](Sector sector) {
        const double u = m_rng.real();
        switch (sector) {
        case Sector::Organs:
            return u < 0.75 ? Flavor::Bureau : Flavor::Institute;
        case Sector::StateAssets:
            return Flavor::StateCo;
        case Sector::TwoNew:
            return u < 0.5 ? Flavor::PrivateCo : (u < 0.75 ? Flavor::Association : Flavor::Cluster);
        case Sector::Street:
            return u < 0.75 ? Flavor::Community : Flavor::StreetOffice;
        case Sector::Rural:
            // A county: towns, the county's bureaus, hospitals, schools and a few companies.
            return u < 0.65   ? Flavor::Town
                   : u < 0.8  ? Flavor::Bureau
                   : u < 0.9  ? Flavor::Hospital
                   : u < 0.95 ? Flavor::School
                              : Flavor::PrivateCo;
        case Sector::Education:
            return u < 0.5 ? Flavor::University : Flavor::School;
        case Sector::Health:
            return u < 0.8 ? Flavor::Hospital : Flavor::Institute;
        case Sector::Park:
        case Sector::Count:
            break;
        }
        return u < 0.6 ? Flavor::PrivateCo : (u < 0.8 ? Flavor::StateCo : Flavor::Cluster);
    };
    auto generalBranchWeight = [](Flavor f) {
        switch (f) {
        case Flavor::University:
            return 4.0;
        case Flavor::Hospital:
        case Flavor::StateCo:
        case Flavor::Town:
            return 3.0;
        case Flavor::Community:
        case Flavor::StreetOffice:
        case Flavor::Cluster:
            return 1.5;
        case Flavor::Institute:
        case Flavor::Association:
            return 0.5;
        default:
            return 1.0;
        }
    };
    auto branchWeight = [](Flavor f) {
        switch (f) {
        case Flavor::Bureau:
        case Flavor::Town:
        case Flavor::Cluster:
            return 2.0;
        case Flavor::Association:
            return 1.5;
        default:
            return 1.0;
        }
    };

    std::vector<int> committeeIndex;
    Weighted gbWeights;
    Weighted directWeights;
    for (int i = 0; i < committees; ++i) {
        const int parent = i < higher ? i : higherWeights.pick(m_rng);
        const int index = add(OrgType::Committee, parent);
        OrgPlan& c = tmp[std::size_t(index)];
        c.sector = tmp[std::size_t(parent)].sector;
        c.flavor = committeeFlavor(c.sector);
        // The first committee anchors the fallback organizations: it must predate the window.
        c.permanent = i == 0;
        committeeIndex.push_back(index);
        gbWeights.add(generalBranchWeight(c.flavor));
        directWeights.add(branchWeight(c.flavor));
    }
    std::vector<int> gbIndex;
    for (int i = 0; i < generalBranches; ++i) {
        const int parent = committeeIndex[std::size_t(gbWeights.pick(m_rng))];
        const int index = add(OrgType::GeneralBranch, parent);
        OrgPlan& g = tmp[std::size_t(index)];
        g.sector = tmp[std::size_t(parent)].sector;
        g.directRoll = m_rng.chance(0.03);
        gbIndex.push_back(index);
    }
    for (const int c : committeeIndex) {
        tmp[std::size_t(c)].directRoll = !tmp[std::size_t(c)].permanent && m_rng.chance(0.03);
    }
    const bool temporaryAllowed = m_options.years >= 2;
    for (int i = 0; i < branches; ++i) {
        int parent = 0;
        bool anchor = false;
        if (i < 2) {
            parent = committeeIndex.front();
            anchor = true;
        } else if (i < 2 + generalBranches) {
            parent = gbIndex[std::size_t(i - 2)];
        } else if (i < 1 + generalBranches + committees) {
            parent = committeeIndex[std::size_t(i - 1 - generalBranches)];
        } else if (m_rng.chance(0.45)) {
            parent = gbIndex[std::size_t(m_rng.below(qsizetype(gbIndex.size())))];
        } else {
            parent = committeeIndex[std::size_t(directWeights.pick(m_rng))];
        }
        const int index = add(OrgType::Branch, parent);
        OrgPlan& b = tmp[std::size_t(index)];
        b.sector = tmp[std::size_t(parent)].sector;
        b.permanent = anchor;
        b.temporary = !anchor && temporaryAllowed && m_rng.chance(0.02);
    }
    // Party groups only under branches that sit directly under a committee, so the tree stays
    // four levels deep: 党工委 > 党委 > 党总支 > 党支部, or 党工委 > 党委 > 党支部 > 党小组.
    std::vector<int> groupHosts;
    for (std::size_t i = 0; i < tmp.size(); ++i) {
        const OrgPlan& b = tmp[i];
        if (b.type == OrgType::Branch && !b.temporary && tmp[std::size_t(b.parent)].type == OrgType::Committee) {
            groupHosts.push_back(int(i));
        }
    }
    int remaining = groups;
    while (remaining > 0 && !groupHosts.empty()) {
        const int host = groupHosts[std::size_t(m_rng.below(qsizetype(groupHosts.size())))];
        const int count = std::min(remaining, int(m_rng.between(2, 4)));
        for (int k = 0; k < count; ++k) {
            add(OrgType::Group, host);
        }
        tmp[std::size_t(host)].hasGroups = true;
        remaining -= count;
    }

    // Depth-first order: parents before children, siblings by type (general branches before
    // branches), so ids and codes read like the tree.
    std::vector<int> order;
    order.reserve(tmp.size());
    std::vector<int> stack;
    for (int i = higher - 1; i >= 0; --i) {
        stack.push_back(i);
    }
    while (!stack.empty()) {
        const int index = stack.back();
        stack.pop_back();
        order.push_back(index);
        std::vector<int> kids = tmp[std::size_t(index)].children;
        std::stable_sort(kids.begin(), kids.end(), [&](int a, int b) {
            return int(tmp[std::size_t(a)].type) < int(tmp[std::size_t(b)].type);
        });
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
            stack.push_back(*it);
        }
    }
    std::vector<int> newIndex(tmp.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[std::size_t(order[i])] = int(i);
    }
    std::vector<OrgPlan> sorted;
    sorted.reserve(tmp.size());
    for (const int old : order) {
        OrgPlan p = std::move(tmp[std::size_t(old)]);
        if (p.parent >= 0) {
            p.parent = newIndex[std::size_t(p.parent)];
        }
        for (int& child : p.children) {
            child = newIndex[std::size_t(child)];
        }
        std::stable_sort(p.children.begin(), p.children.end());
        sorted.push_back(std::move(p));
    }
    m_orgs = std::move(sorted);
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        OrgPlan& p = m_orgs[i];
        p.currentParent = p.parent;
        if (p.type == OrgType::Committee) {
            p.committee = int(i);
        } else if (p.parent >= 0) {
            p.committee = m_orgs[std::size_t(p.parent)].committee;
        }
    }
}

Day Generator::sampleEstablishment(Day parentEst, int minYears, int maxYears, double newShare)
{
    if (m_options.years >= 1 && m_rng.chance(newShare)) {
        const Day lo = std::max(m_windowStart, parentEst) + 30;
        const Day hi = m_today - 180;
        if (lo <= hi) {
            return m_rng.day(lo, hi);
        }
    }
    const Day sampled = m_today - m_rng.day(minYears * 365, maxYears * 365);
    return std::min(std::max(sampled, parentEst), m_today - 30);
}

bool Generator::claim(const QString& name)
{
    if (m_names.contains(name)) {
        return false;
    }
    m_names.insert(name);
    return true;
}

QString Generator::placeName()
{
    return m_rng.pick(m_lex.placeFirst) + m_rng.pick(m_lex.placeSecond);
}

QString Generator::brand()
{
    const QString& a = m_rng.pick(m_lex.brandChars);
    QString b = m_rng.pick(m_lex.brandChars);
    while (b == a) {
        b = m_rng.pick(m_lex.brandChars);
    }
    return a + b;
}

QString Generator::company(const QString& city)
{
    const double u = m_rng.real();
    if (u < 0.45) {
        return city + brand() + m_rng.pick(m_lex.privateIndustries) + QStringLiteral("有限公司");
    }
    if (u < 0.65) {
        return brand() + m_rng.pick(m_lex.privateIndustries) + QStringLiteral("股份有限公司");
    }
    return brand() + m_rng.pick(m_lex.privateIndustries) + QStringLiteral("有限公司");
}

void Generator::nameHigher(OrgPlan& p)
{
    for (int attempt = 0;; ++attempt) {
        p.city = m_rng.pick(m_lex.cities);
        const QString city = p.city + QStringLiteral("市");
        p.unit = city;
        switch (p.sector) {
        case Sector::Organs:
            p.name = city + QStringLiteral("直机关工委");
            p.category = UnitCategory::Organ;
            break;
        case Sector::StateAssets:
            p.name = city + QStringLiteral("国有企业党工委");
            p.category = UnitCategory::StateEnterprise;
            break;
        case Sector::TwoNew:
            p.name = city + QStringLiteral("两新组织党工委");
            p.category = UnitCategory::Other;
            break;
        case Sector::Street:
            p.unit = city + placeName() + QStringLiteral("街道");
            p.name = p.unit + QStringLiteral("党工委");
            p.category = UnitCategory::Street;
            break;
        case Sector::Rural:
            p.unit = placeName() + QStringLiteral("县");
            p.name = QStringLiteral("中共") + p.unit + QStringLiteral("委");
            p.category = UnitCategory::Township;
            break;
        case Sector::Education:
            p.name = city + QStringLiteral("委教育工委");
            p.category = UnitCategory::PublicInstitution;
            break;
        case Sector::Health:
            p.name = city + QStringLiteral("卫生健康工委");
            p.category = UnitCategory::PublicInstitution;
            break;
        case Sector::Park:
        case Sector::Count:
            p.unit = city + placeName() + QStringLiteral("经济技术开发区");
            p.name = p.unit + QStringLiteral("党工委");
            p.category = UnitCategory::Other;
            break;
        }
        if (claim(p.name) || attempt > 20) {
            break;
        }
    }
    p.employer = p.unit;
}

void Generator::nameCommittee(OrgPlan& p)
{
    const OrgPlan& hc = m_orgs[std::size_t(p.parent)];
    p.city = hc.city;
    const QString city = p.city + QStringLiteral("市");
    for (int attempt = 0;; ++attempt) {
        // A city has one bureau, hospital ... of each kind: later attempts go down to its
        // districts (or a county's towns).
        const bool rural = hc.sector == Sector::Rural;
        const bool local = attempt >= 4;
        const QString district = !local ? (rural ? hc.unit : city)
                                        : (rural ? hc.unit + placeName() + QStringLiteral("镇")
                                                 : city + placeName() + QStringLiteral("区"));
        QString suffix = QStringLiteral("党委");
        p.reformFrom.clear();
        p.reformTo.clear();
        p.reformOn = Never;
        switch (p.flavor) {
        case Flavor::Bureau: {
            const int b = m_rng.below(m_lex.bureaus.size());
            const QString& prefix = district;
            p.unit = prefix + m_lex.bureaus.at(b);
            suffix = QStringLiteral("机关党委");
            p.category = UnitCategory::Organ;
            const QString& before = m_lex.bureausBefore.at(b);
            if (!before.isEmpty()) {
                // The 2018 reform of government bodies renamed these bureaus.
                const Day reform = dayOf(QDate(2018, 10, 1)) + m_rng.day(0, 240);
                if (reform > m_today) {
                    p.unit = prefix + before;
                } else if (reform > m_windowStart && reform < m_today - 30 && p.est < reform) {
                    p.reformFrom = prefix + before;
                    p.reformTo = p.unit;
                    p.reformOn = reform;
                }
            }
            break;
        }
        case Flavor::Institute:
            p.unit = district + m_rng.pick(m_lex.institutes);
            p.category = UnitCategory::PublicInstitution;
            break;
        case Flavor::StateCo:
            p.unit = (local ? district : p.city) + m_rng.pick(m_lex.stateIndustries) + QStringLiteral("集团有限公司");
            p.category = UnitCategory::StateEnterprise;
            break;
        case Flavor::PrivateCo:
            p.unit = company(p.city);
            p.category = UnitCategory::NonPublicEnterprise;
            break;
        case Flavor::Association: {
            static const char* const kinds[][2] = {{"律师行业", "党委"},
                                                    {"社会组织", "综合党委"},
                                                    {"行业协会商会", "党委"},
                                                    {"注册会计师行业", "党委"},
                                                    {"民办教育机构", "综合党委"}};
            const auto& kind = kinds[m_rng.below(5)];
            p.unit = (rural ? city : district) + text(kind[0]);
            suffix = text(kind[1]);
            p.category = UnitCategory::SocialOrganization;
            break;
        }
        case Flavor::Cluster: {
            static const QStringList areas = words("商务区 商圈 科技园 产业园 商务楼宇 创业园");
            p.unit = city + placeName() + m_rng.pick(areas);
            suffix = QStringLiteral("综合党委");
            p.category = m_rng.chance(0.5) ? UnitCategory::NonPublicEnterprise : UnitCategory::Other;
            break;
        }
        case Flavor::Community:
            p.unit = hc.unit + placeName() + QStringLiteral("社区");
            p.category = UnitCategory::Community;
            break;
        case Flavor::StreetOffice: {
            static const QStringList kinds =
                words("机关党委 综合党委 非公企业综合党委 社会组织综合党委 城市管理综合党委");
            p.unit = hc.unit;
            suffix = kinds.at(std::min(qsizetype(attempt), kinds.size() - 1));
            p.category = UnitCategory::Street;
            break;
        }
        case Flavor::Town:
            p.unit = placeName() + (m_rng.chance(0.25) ? QStringLiteral("乡") : QStringLiteral("镇"));
            p.category = UnitCategory::Township;
            break;
        case Flavor::Hospital: {
            static const QStringList kinds =
                words("第一人民医院 第二人民医院 第三人民医院 中医医院 妇幼保健院 中心医院 儿童医院 口腔医院 "
                      "精神卫生中心");
            static const QStringList county = words("人民医院 中医院 妇幼保健院 第二人民医院 疾病预防控制中心");
            static const QStringList town = words("卫生院 中心卫生院");
            p.unit = district + m_rng.pick(!rural ? kinds : (local ? town : county));
            p.category = UnitCategory::PublicInstitution;
            break;
        }
        case Flavor::School: {
            static const QStringList kinds = words("实验中学 外国语学校 实验小学 职业中专学校 第一中学 第二中学 "
                                                   "第三中学 第四中学 第五中学 第六中学 第七中学 第八中学");
            static const QStringList town = words("中心学校 初级中学 中心小学");
            p.unit = district + m_rng.pick(rural && local ? town : kinds);
            p.category = UnitCategory::PublicInstitution;
            break;
        }
        case Flavor::University:
            p.unit = (local ? p.city + placeName() : p.city) + m_rng.pick(m_lex.universitySuffixes);
            p.category = UnitCategory::PublicInstitution;
            break;
        default:
            p.unit = city + placeName();
            p.category = UnitCategory::Other;
            break;
        }
        p.name = p.unit + suffix;
        if (attempt >= 12) {
            p.name = p.unit + ordinal(attempt - 10) + suffix;  // never seen so far: the lists are long
        }
        if (claim(p.name)) {
            break;
        }
    }
    p.employer = p.unit;
}

void Generator::nameGeneralBranch(OrgPlan& p, int k, int& plain)
{
    const OrgPlan& c = m_orgs[std::size_t(p.parent)];
    p.city = c.city;
    p.employer = c.employer;
    const QString suffix = QStringLiteral("党总支");
    for (int attempt = 0; attempt < 6; ++attempt) {
        p.category = c.category;
        p.unit.clear();
        switch (c.flavor) {
        case Flavor::Bureau:
            p.flavor = Flavor::Bureau;
            p.unit = c.unit + m_rng.pick(m_lex.bureauSubunits);
            break;
        case Flavor::University:
            p.flavor = Flavor::College;
            p.unit = c.unit + m_rng.pick(m_lex.colleges);
            break;
        case Flavor::School: {
            static const QStringList parts = words("初中部 高中部 小学部 教学部 行政后勤");
            p.flavor = Flavor::School;
            p.unit = c.unit + m_rng.pick(parts);
            break;
        }
        case Flavor::Hospital:
            // 某医院内科党总支, whose branches are the hospital's departments.
            p.flavor = Flavor::Hospital;
            p.unit = c.unit;
            p.name = c.unit + m_rng.pick(m_lex.hospitalDivisions) + suffix;
            if (claim(p.name)) {
                return;
            }
            continue;
        case Flavor::StateCo:
            p.flavor = Flavor::StateCo;
            p.unit = c.unit + (m_rng.chance(0.5) ? QString(ordinal(k) + QStringLiteral("分公司"))
                                                 : m_rng.pick(m_lex.stateSubsidiaries));
            break;
        case Flavor::Cluster:
            p.flavor = Flavor::Cluster;
            p.unit = c.unit + placeName() + QStringLiteral("片区");
            break;
        case Flavor::Community:
            p.flavor = Flavor::Community;
            p.unit = c.unit + ordinal(k) + QStringLiteral("网格");
            break;
        case Flavor::StreetOffice:
            p.flavor = Flavor::Community;
            p.unit = c.unit + placeName() + QStringLiteral("社区");
            p.category = UnitCategory::Community;
            break;
        case Flavor::Town:
            p.flavor = Flavor::Village;
            p.unit = c.unit + placeName() + QStringLiteral("村");
            p.category = UnitCategory::Village;
            break;
        default:
            break;
        }
        if (p.unit.isEmpty()) {
            break;  // no kind of its own: numbered below
        }
        p.name = p.unit + suffix;
        if (claim(p.name)) {
            return;
        }
    }
    // 某某第二党总支, whose branches are 某某第二党总支第一党支部.
    p.flavor = Flavor::Plain;
    p.category = c.category;
    do {
        p.unit = c.unit + ordinal(++plain) + suffix;
        p.name = p.unit;
    } while (!claim(p.name));
}

void Generator::nameBranch(OrgPlan& p, int k, int& plain)
{
    const OrgPlan& q = m_orgs[std::size_t(p.parent)];
    p.city = q.city;
    const QString suffix = p.temporary ? QStringLiteral("临时党支部") : QStringLiteral("党支部");
    for (int attempt = 0; attempt < 6; ++attempt) {
        p.category = q.category;
        p.employer = q.employer;
        p.flavor = Flavor::Plain;
        QString stem = q.unit + ordinal(k);
        if (p.temporary) {
            static const QStringList kinds = words("项目 工程 专班 工作队 指挥部");
            stem = q.unit + placeName() + m_rng.pick(kinds);
        } else {
            const double u = m_rng.real();
            switch (q.flavor) {
            case Flavor::Bureau:
                stem = q.unit + (u < 0.4 ? QString(QStringLiteral("机关") + ordinal(k))
                                         : (u < 0.85 ? m_rng.pick(m_lex.offices) : QStringLiteral("离退休干部")));
                break;
            case Flavor::Institute:
                stem = q.unit + (u < 0.6 ? ordinal(k) : (u < 0.85 ? QStringLiteral("机关") : QStringLiteral("离退休")));
                break;
            case Flavor::University: {
                static const QStringList parts = words("后勤服务集团 图书馆 附属中学 继续教育学院 离退休");
                stem = q.unit + (u < 0.5 ? QString(QStringLiteral("机关") + ordinal(k)) : m_rng.pick(parts));
                break;
            }
            case Flavor::College: {
                static const QStringList kinds = words("教工 学生 研究生");
                stem = q.unit + kinds.at(u < 0.4 ? 0 : (u < 0.8 ? 1 : 2)) + ordinal(k);
                break;
            }
            case Flavor::School: {
                static const QStringList parts = words("行政 离退休教师 初三年级组 高三年级组");
                stem = q.unit + (u < 0.6 ? QString(QStringLiteral("教工") + ordinal(k)) : m_rng.pick(parts));
                break;
            }
            case Flavor::Hospital:
                stem = q.unit + (u < 0.8 ? m_rng.pick(m_lex.hospitalDepartments)
                                         : QString(QStringLiteral("行政") + ordinal(k)));
                break;
            case Flavor::StateCo:
                stem = q.unit + (u < 0.35 ? QString(ordinal(k) + QStringLiteral("车间"))
                                          : (u < 0.8 ? m_rng.pick(m_lex.stateDepartments)
                                                     : QString(ordinal(k) + QStringLiteral("项目部"))));
                break;
            case Flavor::PrivateCo:
                stem = u < 0.5 ? q.unit + ordinal(k) : q.unit + m_rng.pick(m_lex.privateDepartments);
                break;
            case Flavor::Association:
                p.category = UnitCategory::SocialOrganization;
                if (u < 0.4) {
                    stem = p.city + brand() + QStringLiteral("律师事务所");
                } else if (u < 0.6) {
                    stem = p.city + brand() + QStringLiteral("会计师事务所");
                } else {
                    stem = p.city + QStringLiteral("市") + m_rng.pick(m_lex.trades) + QStringLiteral("协会");
                }
                p.employer = stem;
                break;
            case Flavor::Cluster:
                if (u < 0.7) {
                    stem = company(p.city);
                    p.category = UnitCategory::NonPublicEnterprise;
                    p.employer = stem;
                } else if (u < 0.85) {
                    stem = p.city + placeName() + QStringLiteral("大厦联合");
                    p.category = UnitCategory::NonPublicEnterprise;
                    p.employer.clear();
                } else {
                    static const QStringList kinds = words("社会工作服务中心 养老服务中心 职业培训学校 公益服务中心");
                    stem = p.city + brand() + m_rng.pick(kinds);
                    p.category = UnitCategory::SocialOrganization;
                    p.employer = stem;
                }
                break;
            case Flavor::Community:
                if (u < 0.6) {
                    stem = q.unit + ordinal(k);
                } else if (u < 0.8) {
                    stem = q.unit + placeName() + QStringLiteral("小区");
                } else if (u < 0.9) {
                    stem = q.unit + QStringLiteral("离退休");
                } else {
                    stem = q.unit + QStringLiteral("流动党员");
                    p.category = UnitCategory::Other;
                }
                p.employer.clear();
                break;
            case Flavor::StreetOffice: {
                static const QStringList parts = words("综合执法队 社区服务中心 城市管理办公室 退休干部");
                stem = q.unit + (u < 0.6 ? QString(QStringLiteral("机关") + ordinal(k)) : m_rng.pick(parts));
                break;
            }
            case Flavor::Town:
                if (u < 0.5) {
                    stem = q.unit + placeName() + QStringLiteral("村");
                    p.category = UnitCategory::Village;
                    p.flavor = Flavor::Village;
                    p.employer.clear();
                } else if (u < 0.65) {
                    stem = q.unit + QStringLiteral("机关") + ordinal(k);
                } else if (u < 0.75) {
                    stem = q.unit + QStringLiteral("中心学校");
                    p.category = UnitCategory::PublicInstitution;
                    p.employer = stem;
                } else if (u < 0.85) {
                    stem = q.unit + QStringLiteral("卫生院");
                    p.category = UnitCategory::PublicInstitution;
                    p.employer = stem;
                } else if (u < 0.95) {
                    stem = q.unit + placeName() + QStringLiteral("农民专业合作社");
                    p.category = UnitCategory::Other;
                    p.employer = stem;
                } else {
                    stem = q.unit + QStringLiteral("流动党员");
                    p.category = UnitCategory::Other;
                    p.employer.clear();
                }
                break;
            case Flavor::Village:
                stem = q.unit + ordinal(k);
                p.flavor = Flavor::Village;
                p.employer.clear();
                break;
            default:
                break;
            }
        }
        p.unit = stem;
        p.name = stem + suffix;
        if (claim(p.name)) {
            return;
        }
    }
    // Numbered among the parent's branches.
    p.category = q.category;
    p.employer = q.employer;
    p.flavor = Flavor::Plain;
    do {
        p.unit = q.unit + ordinal(++plain);
        p.name = p.unit + suffix;
    } while (!claim(p.name));
}

void Generator::nameGroup(OrgPlan& p, int k)
{
    const OrgPlan& b = m_orgs[std::size_t(p.parent)];
    p.city = b.city;
    p.category = b.category;
    p.employer = b.employer;
    p.unit = b.unit + ordinal(k);
    p.name = p.unit + QStringLiteral("党小组");
    if (!claim(p.name)) {
        p.name += QStringLiteral("（") + QString::number(m_names.size()) + QStringLiteral("）");
        m_names.insert(p.name);
    }
}

void Generator::planAttributes()
{
    // Per parent: children named so far by type, and those numbered for want of a better name.
    std::vector<int> ordinals(m_orgs.size(), 0);
    std::vector<int> branchOrdinals(m_orgs.size(), 0);
    std::vector<int> plainGeneralBranches(m_orgs.size(), 0);
    std::vector<int> plainBranches(m_orgs.size(), 0);
    int higherCount = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        OrgPlan& p = m_orgs[i];
        if (p.type == OrgType::HigherCommittee) {
            // Higher committees all predate the window.
            const Day sampled = m_today - m_rng.day(25 * 365, 47 * 365);
            p.est = std::min(sampled, m_windowStart - 730);
            nameHigher(p);
            p.code = QStringLiteral("G%1").arg(++higherCount, 3, 10, QChar(u'0'));
            continue;
        }
        const OrgPlan& parent = m_orgs[std::size_t(p.parent)];
        switch (p.type) {
        case OrgType::Committee:
            p.est = sampleEstablishment(parent.est, 15, 70, 0.03);
            if (p.permanent) {
                p.est = std::max(parent.est, std::min(p.est, m_windowStart - 365));
            }
            nameCommittee(p);
            break;
        case OrgType::GeneralBranch:
            p.est = sampleEstablishment(parent.est, 12, 65, 0.04);
            nameGeneralBranch(p, ++ordinals[std::size_t(p.parent)], plainGeneralBranches[std::size_t(p.parent)]);
            break;
        case OrgType::Branch:
            if (p.temporary) {
                const Day lo = std::max(m_windowStart, parent.est) + 30;
                const Day hi = m_today - 400;
                p.temporary = lo <= hi;
                p.est = p.temporary ? m_rng.day(lo, hi) : sampleEstablishment(parent.est, 10, 65, 0.06);
            } else if (p.permanent) {
                p.est = std::min(sampleEstablishment(parent.est, 10, 65, 0), m_windowStart);
                p.est = std::max(p.est, parent.est);
            } else {
                p.est = sampleEstablishment(parent.est, 10, 65, 0.06);
            }
            nameBranch(p, ++branchOrdinals[std::size_t(p.parent)], plainBranches[std::size_t(p.parent)]);
            break;
        case OrgType::Group:
            p.est = sampleEstablishment(parent.est, 5, 40, 0.05);
            nameGroup(p, ++ordinals[std::size_t(p.parent)]);
            break;
        case OrgType::HigherCommittee:
            break;
        }
        // Hierarchical codes: the parent's code and the position among its children.
        const auto& siblings = parent.children;
        const auto position = std::find(siblings.begin(), siblings.end(), int(i)) - siblings.begin() + 1;
        const int width = siblings.size() >= 100 ? 3 : 2;
        p.code = parent.code + QStringLiteral("-") + QStringLiteral("%1").arg(position, width, 10, QChar(u'0'));
        // Organizations of a renamed unit carried its old name until the reform.
        if (p.type != OrgType::Committee && parent.reformOn != Never && p.est < parent.reformOn) {
            p.reformFrom = parent.reformFrom;
            p.reformTo = parent.reformTo;
            p.reformOn = parent.reformOn;
        }
        if (p.reformOn != Never && p.name.startsWith(p.reformTo)) {
            p.events.push_back({p.reformOn, OrgEventKind::Renamed, -1, p.name});
            p.name = p.reformFrom + p.name.mid(p.reformTo.size());
        }
    }
}

void Generator::planRenamings()
{
    if (m_options.years < 1) {
        return;
    }
    static const QString village = QStringLiteral("村");
    for (OrgPlan& p : m_orgs) {
        if (!isGrassroots(p.type) || !p.events.empty()) {
            continue;
        }
        QString renamed;
        if (p.category == UnitCategory::Village && p.name.contains(village) && m_rng.chance(0.06)) {
            // 村改居: a village becomes an urban community.
            const auto at = p.name.lastIndexOf(village);
            renamed = p.name.left(at) + QStringLiteral("社区") + p.name.mid(at + 1);
        } else if (p.type == OrgType::Committee && p.name.endsWith(QStringLiteral("乡党委")) && m_rng.chance(0.3)) {
            renamed = p.name.left(p.name.size() - 3) + QStringLiteral("镇党委");
        } else if (p.name.contains(QStringLiteral("有限公司")) && !p.name.contains(QStringLiteral("股份")) &&
                   m_rng.chance(0.05)) {
            renamed = p.name;
            renamed.replace(QStringLiteral("有限公司"), QStringLiteral("股份有限公司"));
        }
        if (renamed.isEmpty()) {
            continue;
        }
        const Day lo = std::max(m_windowStart, p.est) + 30;
        const Day hi = m_today - 60;
        if (lo <= hi) {
            p.events.push_back({m_rng.day(lo, hi), OrgEventKind::Renamed, -1, renamed});
        }
    }
}

void Generator::planReaffiliations()
{
    if (m_options.years < 1) {
        return;
    }
    std::vector<int> byType[6];
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        byType[int(m_orgs[i].type)].push_back(int(i));
    }
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        OrgPlan& p = m_orgs[i];
        double share = 0;
        switch (p.type) {
        case OrgType::Committee:
        case OrgType::GeneralBranch:
            share = 0.03;
            break;
        case OrgType::Branch:
            share = p.temporary || p.permanent ? 0 : 0.02;
            break;
        default:
            break;
        }
        if (share == 0 || !m_rng.chance(share)) {
            continue;
        }
        Day lo = std::max(m_windowStart, p.est + 365);
        for (const PlannedEvent& e : p.events) {
            lo = std::max(lo, e.date + 1);
        }
        const Day hi = m_today - 60;
        if (lo > hi) {
            continue;
        }
        const Day date = m_rng.day(lo, hi);
        // The new parent: one level up, existing on that date; a branch with party groups goes
        // under a committee only, so the tree stays four levels deep.
        OrgType parentType = OrgType::Committee;
        if (p.type == OrgType::Committee) {
            parentType = OrgType::HigherCommittee;
        } else if (p.type == OrgType::Branch && !p.hasGroups && m_rng.chance(0.4)) {
            parentType = OrgType::GeneralBranch;
        }
        const std::vector<int>& candidates = byType[int(parentType)];
        for (int attempt = 0; attempt < 12 && !candidates.empty(); ++attempt) {
            // Prefer a parent in the same higher committee's sector: re-affiliations are local.
            const int candidate = candidates[std::size_t(m_rng.below(qsizetype(candidates.size())))];
            const OrgPlan& c = m_orgs[std::size_t(candidate)];
            if (candidate == p.currentParent || c.est > date || (attempt < 8 && c.sector != p.sector)) {
                continue;
            }
            p.events.push_back({date, OrgEventKind::Reaffiliated, candidate, QString()});
            p.currentParent = candidate;
            break;
        }
    }
}

void Generator::planDissolutions()
{
    if (m_options.years < 1) {
        return;
    }
    const double share = 0.015 * std::min(m_options.years, 10) / 10.0;
    for (OrgPlan& p : m_orgs) {
        if (p.type != OrgType::Branch || p.permanent || p.hasGroups) {
            continue;
        }
        Day lo = 0;
        Day hi = m_today - 30;
        if (p.temporary) {
            if (!m_rng.chance(0.5)) {
                continue;
            }
            lo = p.est + 365;
            hi = std::min(hi, p.est + 1100);
        } else {
            if (!m_rng.chance(share)) {
                continue;
            }
            lo = std::max(p.est + 365, m_windowStart + 30);
        }
        for (const PlannedEvent& e : p.events) {
            lo = std::max(lo, e.date + 1);
        }
        if (lo <= hi) {
            p.dissolved = m_rng.day(lo, hi);
            p.events.push_back({p.dissolved, OrgEventKind::Dissolved, -1, QString()});
        }
    }
}

void Generator::planQuotas()
{
    // Target roll sizes: branches 3 to 100 (most 10 to 50), temporary branches and the rare
    // committee or general branch with its own roll a handful; scaled to the members asked for.
    std::vector<double> weights(m_orgs.size(), 0.0);
    double total = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan& p = m_orgs[i];
        double w = 0;
        if (p.type == OrgType::Branch) {
            if (p.temporary) {
                w = double(m_rng.between(3, 12));
            } else {
                const double u = m_rng.real();
                w = u < 0.3 ? double(m_rng.between(3, 10))
                            : (u < 0.7 ? double(m_rng.between(10, 30))
                                       : (u < 0.92 ? double(m_rng.between(30, 50)) : double(m_rng.between(50, 100))));
            }
        } else if (p.directRoll) {
            w = double(m_rng.between(3, 8));
        }
        weights[i] = w;
        total += w;
    }
    const double scale = total > 0 ? double(m_options.members) / total : 0;
    double cumulative = 0;
    qint64 assigned = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        cumulative += weights[i];
        const qint64 upTo = i + 1 == m_orgs.size() ? m_options.members : qint64(cumulative * scale + 0.5);
        m_orgs[i].quota = int(std::max<qint64>(0, upTo - assigned));
        assigned += m_orgs[i].quota;
    }

    m_rollByCommittee.assign(m_orgs.size(), {});
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan& p = m_orgs[i];
        const bool roll = p.type == OrgType::Branch || p.directRoll;
        if (!roll || p.temporary) {
            continue;
        }
        m_rollOrgs.push_back(int(i));
        m_rollWeights.add(double(std::max(1, p.quota)));
        if (p.committee >= 0) {
            m_rollByCommittee[std::size_t(p.committee)].push_back(int(i));
        }
        if (p.permanent) {
            m_permanent.push_back(int(i));
        }
    }
}

Status Generator::writeOrganizations()
{
    // Bulk statements: 50,000 organizations one Qt SQL query at a time take seconds.
    QList<Organization> orgs;
    orgs.reserve(qsizetype(m_orgs.size()));
    for (const OrgPlan& p : m_orgs) {
        Organization org;
        org.code = p.code;
        org.name = p.name;
        org.type = p.type;
        org.unitCategory = p.category;
        org.temporary = p.temporary;
        org.establishedOn = dateOf(p.est);
        if (isGrassroots(p.type) && !p.temporary) {
            org.staffCount = int(p.quota * m_rng.between(2, 6) + m_rng.between(0, 20));
        }
        orgs.append(org);
    }
    // Level by level, so that every parent has its id before its children are written.
    for (const OrgType level : {OrgType::HigherCommittee, OrgType::Committee, OrgType::GeneralBranch, OrgType::Branch,
                                OrgType::Group}) {
        QList<Organization> batch;
        std::vector<std::size_t> planOf;
        for (std::size_t i = 0; i < m_orgs.size(); ++i) {
            const OrgPlan& p = m_orgs[i];
            if (p.type == level) {
                Organization& org = orgs[qsizetype(i)];
                org.parentId = p.parent >= 0 ? m_orgs[std::size_t(p.parent)].id : 0;
                batch.append(org);
                planOf.push_back(i);
            }
        }
        if (auto done = m_orgStore.insertMany(batch); !done.ok()) {
            return done;
        }
        for (qsizetype k = 0; k < batch.size(); ++k) {
            const std::size_t i = planOf[std::size_t(k)];
            m_orgs[i].id = batch.at(k).id;
            orgs[qsizetype(i)] = batch.at(k);
        }
    }

    QList<OrgEvent> events;
    for (OrgPlan& p : m_orgs) {
        std::stable_sort(p.events.begin(), p.events.end(),
                         [](const PlannedEvent& a, const PlannedEvent& b) { return a.date < b.date; });
        for (const PlannedEvent& planned : p.events) {
            OrgEvent e;
            e.orgId = p.id;
            e.date = dateOf(planned.date);
            e.kind = planned.kind;
            e.parentId = planned.parent >= 0 ? m_orgs[std::size_t(planned.parent)].id : 0;
            e.name = planned.name;
            events.append(e);
        }
    }
    if (auto done = m_orgStore.insertEvents(events); !done.ok()) {
        return done;
    }
    m_summary.orgEvents = int(events.size());

    QList<qint64> ids;
    QList<OrgHistory> histories;
    ids.reserve(orgs.size());
    histories.reserve(orgs.size());
    qsizetype next = 0;
    for (const Organization& org : std::as_const(orgs)) {
        QList<OrgEvent> own;
        while (next < events.size() && events.at(next).orgId == org.id) {
            own.append(events.at(next++));
        }
        OrgHistory history = OrgHistory::build(org, own);
        if (!history.ok()) {
            return generatorBug(org.code, history.violations().first().message);
        }
        ids.append(org.id);
        histories.append(std::move(history));
    }
    if (auto done = m_orgStore.saveDerivedOfNew(ids, histories); !done.ok()) {
        return done;
    }
    m_summary.organizations = int(orgs.size());
    return {};
}

// ---------------------------------------------------------------------------------------------
// Members

// On the roll of `org` from `day`: the organization exists then, or (a member admitted long
// ago into a branch set up later) it was established before the generated window.
bool Generator::acceptsAt(int org, Day day) const
{
    const OrgPlan& p = m_orgs[std::size_t(org)];
    if (day >= p.dissolved) {
        return false;
    }
    return day >= p.est || (p.est <= m_windowStart && day < m_windowStart);
}

int Generator::pickMoveTarget(int current, Day day)
{
    const int committee = m_orgs[std::size_t(current)].committee;
    const std::vector<int>* local = committee >= 0 ? &m_rollByCommittee[std::size_t(committee)] : nullptr;
    for (int attempt = 0; attempt < 8; ++attempt) {
        int candidate = 0;
        if (attempt < 6 && local && !local->empty() && m_rng.chance(0.75)) {
            candidate = m_rng.pick(*local);
        } else {
            candidate = m_rollOrgs[std::size_t(m_rollWeights.pick(m_rng))];
        }
        if (candidate != current && exists(candidate, day)) {
            return candidate;
        }
    }
    const int at = m_rng.below(qsizetype(m_permanent.size()));
    const int candidate = m_permanent[std::size_t(at)];
    return candidate != current ? candidate : m_permanent[std::size_t(at + 1) % m_permanent.size()];
}

int Generator::pickArrival(int preferred, Day day, int committee)
{
    if (preferred >= 0 && acceptsAt(preferred, day)) {
        return preferred;
    }
    const std::vector<int>* local = committee >= 0 ? &m_rollByCommittee[std::size_t(committee)] : nullptr;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const bool nearby = attempt < 5 && local && !local->empty();
        const int candidate = nearby ? m_rng.pick(*local) : m_rollOrgs[std::size_t(m_rollWeights.pick(m_rng))];
        if (acceptsAt(candidate, day)) {
            return candidate;
        }
    }
    return m_rng.pick(m_permanent);
}

int Generator::sampleAge()
{
    // Age structure of party members (about 13% up to 30, 31% over 60). Members under 22 are
    // few: admission follows at least a year as an activist after applying at 18.
    static const Weighted buckets{0.6, 2.9, 9.5, 10, 9, 8, 10, 11, 8, 8, 7, 6, 5, 3, 1.5, 0.5};
    static const int starts[] = {18, 22, 26, 31, 36, 41, 46, 51, 56, 61, 66, 71, 76, 81, 86, 91};
    static const int ends[] = {21, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95};
    const int b = buckets.pick(m_rng);
    return int(m_rng.between(starts[b], ends[b]));
}

int Generator::sampleAdmissionAge()
{
    static const Weighted buckets{5, 35, 25, 17, 11, 7};
    static const int starts[] = {18, 20, 26, 31, 36, 41};
    static const int ends[] = {19, 25, 30, 35, 40, 45};
    const int b = buckets.pick(m_rng);
    return int(m_rng.between(starts[b], ends[b]));
}

QString Generator::personName(Gender gender)
{
    const QStringList& chars = gender == Gender::Female ? m_lex.femaleChars : m_lex.maleChars;
    QString name = m_lex.surnames.at(m_lex.surnameWeights.pick(m_rng));
    name += m_rng.pick(chars);
    if (m_rng.chance(0.65)) {
        name += m_rng.pick(chars);
    }
    return name;
}

QString Generator::idNumber(const QDate& birth, Gender gender, int& region)
{
    char16_t buffer[18];
    for (;;) {
        region = m_rng.below(qsizetype(m_lex.regions.size()));
        int sequence = int(m_rng.between(0, 499)) * 2 + (gender == Gender::Male ? 1 : 0);
        for (int tries = 0; tries < 500; ++tries) {
            const quint64 key = (quint64(region) << 40) | (quint64(birth.toJulianDay()) << 10) | quint64(sequence);
            if (m_ids.insert(key)) {
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
            sequence = (sequence + 2) % 1000;
        }
    }
}

QString Generator::phone()
{
    QString number = m_rng.pick(m_lex.phonePrefixes);
    const qint64 rest = m_rng.between(0, 99'999'999);
    number += QStringLiteral("%1").arg(rest, 8, 10, QChar(u'0'));
    return number;
}

namespace Step {
enum : int {
    Admit, Extend, Convert, Cancel, TransferIn, MoveHome, Move, TransferOut, Die, Suspend, Expel, Remove, Withdraw,
    Restore,
};
} // namespace Step

Status Generator::generateMember(int home)
{
    Random& rng = m_rng;
    const Lexicon& lex = m_lex;

    // Who: age today (as if alive), admission age, gender.
    const int ageToday = sampleAge();
    const QDate birth = m_todayDate.addYears(-ageToday).addDays(-rng.between(0, 364));
    // Admission age drawn from its distribution restricted to what the age allows: redrawn
    // while the admission would fall after today, so that recent years are not crowded.
    Day admitted = 0;
    for (int attempt = 0;; ++attempt) {
        int admissionAge = sampleAdmissionAge();
        if (admissionAge > ageToday && attempt < 12) {
            continue;
        }
        if (admissionAge > ageToday) {
            admissionAge = int(rng.between(18, ageToday));
        }
        const Day from = dayOf(Dates::anniversary(birth, admissionAge));
        admitted = from + rng.day(0, 364);
        if (admitted <= m_today) {
            break;
        }
        if (attempt >= 12) {
            admitted = rng.day(from, m_today);
            break;
        }
    }

    Member m;
    // Women are a growing share of those admitted: about 30% of all members.
    const int yearsAgo = Dates::age(dateOf(admitted), m_todayDate);
    const double femaleShare = yearsAgo > 45 ? 0.17 : (yearsAgo > 26 ? 0.25 : (yearsAgo > 16 ? 0.31 : 0.38));
    m.gender = rng.chance(femaleShare) ? Gender::Female : Gender::Male;
    m.birthDate = birth;
    m.name = personName(m.gender);
    int region = 0;
    m.idNumber = idNumber(birth, m.gender, region);
    m.ethnicity = rng.chance(0.93) ? Ethnicity::han() : lex.minorities.at(lex.minorityWeights.pick(rng));

    // Occupation by age, education by occupation: close to the national statistics of members.
    if (ageToday >= 61 && rng.chance(0.65)) {
        m.occupation = Occupation::Retired;
    } else if ((ageToday <= 25 && rng.chance(0.4)) || (ageToday <= 30 && rng.chance(0.1))) {
        m.occupation = Occupation::Student;
    } else {
        static const Weighted working{7, 27, 15, 10, 8, 10};
        static const Occupation kinds[] = {Occupation::Worker,       Occupation::Farmer,       Occupation::Professional,
                                           Occupation::Manager,      Occupation::CivilServant, Occupation::Other};
        m.occupation = kinds[working.pick(rng)];
    }
    {
        // Postgraduate, bachelor, junior college, secondary vocational, high school, middle school.
        static const Weighted byOccupation[] = {
            {0, 10, 25, 20, 25, 20},  // worker
            {0, 6, 14, 8, 25, 47},    // farmer
            {20, 60, 15, 3, 2, 0},    // professional
            {15, 60, 20, 3, 2, 0},    // manager
            {20, 65, 13, 1, 1, 0},    // civil servant
            {35, 60, 5, 0, 0, 0},     // student
            {3, 30, 25, 8, 14, 20},   // retired
            {4, 40, 30, 8, 10, 8},    // other
        };
        m.education = Education(byOccupation[int(m.occupation) - 1].pick(rng) + 1);
    }
    const Region& origin = lex.regions[std::size_t(region)];
    m.nativePlace = rng.chance(0.8) ? origin.city : rng.pick(lex.regions).city;
    m.phone = phone();
    const OrgPlan& homePlan = m_orgs[std::size_t(home)];
    if (m.occupation == Occupation::Farmer) {
        m.address = origin.city + origin.district + placeName() + QStringLiteral("村") +
                    QString::number(rng.between(1, 12)) + QStringLiteral("组");
    } else {
        m.address = origin.city + origin.district + rng.pick(lex.roads) + QString::number(rng.between(1, 400)) +
                    QStringLiteral("号") + QString::number(rng.between(1, 30)) + QStringLiteral("栋") +
                    QString::number(rng.between(1, 6)) + QStringLiteral("单元") +
                    QString::number(rng.between(1, 30) * 100 + rng.between(1, 4)) + QStringLiteral("室");
    }
    // Work unit and post: the unit behind the member's branch when the occupation fits it.
    const Flavor unitKind = homePlan.committee >= 0 ? m_orgs[std::size_t(homePlan.committee)].flavor : Flavor::Plain;
    const bool publicBody = unitKind == Flavor::Bureau || unitKind == Flavor::Institute ||
                            unitKind == Flavor::StreetOffice || unitKind == Flavor::Town;
    switch (m.occupation) {
    case Occupation::Worker:
        m.position = homePlan.employer + rng.pick(lex.workerTitles);
        break;
    case Occupation::Farmer:
        m.position = QStringLiteral("农民");
        break;
    case Occupation::Professional: {
        const bool school = unitKind == Flavor::University || unitKind == Flavor::School;
        const QStringList& titles = unitKind == Flavor::Hospital      ? lex.medicalTitles
                                    : school                           ? lex.teacherTitles
                                    : unitKind == Flavor::Association ? lex.lawTitles
                                                                       : lex.professionalTitles;
        m.position = homePlan.employer + rng.pick(titles);
        break;
    }
    case Occupation::Manager:
        m.position = homePlan.employer + rng.pick(lex.managerTitles);
        break;
    case Occupation::CivilServant:
        m.position = (publicBody ? homePlan.employer : QString()) + rng.pick(lex.civilTitles);
        break;
    case Occupation::Student:
        m.position = QStringLiteral("学生");
        break;
    case Occupation::Retired:
        m.position = rng.pick(lex.retiredTitles);
        break;
    default:
        m.position = rng.pick(lex.otherTitles);
        break;
    }
    if (rng.chance(0.05)) {
        const int year = m_todayDate.year() - int(rng.between(1, std::max(1, m_options.years)));
        const bool dated = rng.chance(0.6);
        m.honours = dated ? rng.pick(lex.datedHonours).arg(year) : rng.pick(lex.honours);
        if (m.gender == Gender::Male && m.honours == QStringLiteral("三八红旗手")) {
            m.honours = QStringLiteral("优秀共产党员");
        }
    }
    if (QDate admittedDate = dateOf(admitted); admittedDate.year() >= 1990) {
        // Development dates: application >= 18, activist, >= 1 year later development target.
        const QDate adult = Dates::anniversary(birth, 18);
        const QDate applied = admittedDate.addDays(-rng.between(540, 1500));
        const QDate activist = applied.addDays(rng.between(30, 180));
        if (applied >= adult && activist <= admittedDate.addDays(-400)) {
            m.appliedOn = applied;
            m.activistOn = activist;
        }
    }

    // Where the history in this database starts.
    const bool outside = rng.chance(OutsideAdmissionShare) && admitted <= m_today - 60;
    Day transferIn = Never;
    if (outside) {
        const Day lo = admitted + 30;
        transferIn = rng.chance(0.4) && m_windowStart > lo ? rng.day(m_windowStart, m_today) : rng.day(lo, m_today);
    }
    const Day firstDay = outside ? transferIn : admitted;
    const int homeCommittee = homePlan.committee;
    int start = home;
    Day moveHomeOn = Never;
    if (firstDay >= homePlan.dissolved) {
        home = start = pickArrival(-1, firstDay, homeCommittee);
    } else if (!acceptsAt(home, firstDay)) {
        // A branch set up after the member arrived: they come from another one.
        start = pickArrival(-1, firstDay, homeCommittee);
        const Day lo = std::max(homePlan.est, firstDay + 1);
        const Day hi = std::min({homePlan.est + 180, homePlan.dissolved - 1, m_today});
        if (lo <= hi) {
            moveHomeOn = rng.day(lo, hi);
        }
    }
    if (outside && transferIn < m_orgs[std::size_t(start)].est) {
        // Only an admission may predate its organization; a transfer lands in an existing one.
        const OrgPlan& target = m_orgs[std::size_t(start)];
        transferIn = std::min({target.est + rng.day(0, 365), target.dissolved - 1, m_today});
    }

    std::vector<Pending>& pending = m_pending;
    pending.clear();
    int seq = 0;
    auto schedule = [&](Day date, int step, int org) {
        if (date > m_today) {
            return;
        }
        const Pending p{date, seq++, step, org};
        const auto at = std::upper_bound(pending.begin(), pending.end(), p, [](const Pending& a, const Pending& b) {
            return a.date != b.date ? a.date < b.date : a.seq < b.seq;
        });
        pending.insert(at, p);
    };
    schedule(admitted, Step::Admit, outside ? -1 : start);
    const double probation = rng.real();
    if (probation < 0.005 && !outside) {
        schedule(addMonths(admitted, 12) + rng.day(0, 60), Step::Cancel, -1);
    } else if (probation < 0.035) {
        schedule(addMonths(admitted, 12) + rng.day(0, 25), Step::Extend, -1);
        schedule(addMonths(admitted, 18 + int(rng.between(0, 6))) + rng.day(0, 20), Step::Convert, -1);
    } else {
        schedule(addMonths(admitted, 12) + rng.day(0, 60), Step::Convert, -1);
    }
    if (outside) {
        schedule(transferIn, Step::TransferIn, start);
    }
    if (moveHomeOn != Never) {
        schedule(moveHomeOn, Step::MoveHome, home);
    }
    for (int k = 0; k < m_options.years; ++k) {
        const Day from = m_yearStarts[std::size_t(k)];
        const Day to = std::min(m_yearStarts[std::size_t(k) + 1] - 1, m_today);
        if (to < from) {
            continue;
        }
        const int age = Dates::age(birth, dateOf(from));
        if (age >= 70) {
            // About 0.8% a year of the members over 70.
            const double rate = age < 80 ? 0.009 : (age < 90 ? 0.016 : 0.03);
            if (rng.chance(rate)) {
                schedule(rng.day(from, to), Step::Die, -1);
            }
        }
        const double h = rng.real();
        int step = -1;
        if (h < 0.02) {
            step = Step::Move;
        } else if (h < 0.03) {
            step = Step::TransferOut;
        } else if (h < 0.0305) {
            step = Step::Suspend;
        } else if (h < 0.0307) {
            step = Step::Expel;
        } else if (h < 0.0309) {
            step = Step::Remove;
        } else if (h < 0.0311) {
            step = Step::Withdraw;
        }
        if (step >= 0) {
            schedule(rng.day(from, to), step, -1);
        }
    }

    // Replay in date order, keeping only what the state allows.
    enum class Phase { None, Outside, OnRoll, Left };
    Phase phase = Phase::None;
    EventKind leftBy = EventKind::Admitted;
    int org = -1;
    int previousOrg = -1;
    int lastRollOrg = -1;
    Day since = 0;
    Day last = 0;
    bool probationary = false;
    bool extended = false;
    Day fullOn = Never;
    QList<MembershipEvent> events;
    m_memberStints.clear();

    auto record = [&](Day date, EventKind kind, int at) {
        MembershipEvent e;
        e.date = dateOf(date);
        e.kind = kind;
        e.orgId = at >= 0 ? m_orgs[std::size_t(at)].id : 0;
        events.append(e);
        last = date;
    };
    auto closeStint = [&](Day date) {
        if (date > m_windowStart) {
            m_memberStints.push_back({org, since, date, Never, 0});
        }
    };
    auto arrive = [&](int target, Day date) {
        phase = Phase::OnRoll;
        org = target;
        since = date;
    };
    auto moveTo = [&](int target, Day date) {
        record(date, EventKind::Moved, target);
        closeStint(date);
        previousOrg = org;
        org = target;
        since = date;
    };
    auto leave = [&](Day date, EventKind kind) {
        record(date, kind, org);
        closeStint(date);
        lastRollOrg = org;
        org = -1;
        phase = Phase::Left;
        leftBy = kind;
    };
    // A conversion due while the member was away is recorded once they are back on a roll.
    auto convertLater = [&](Day date) {
        if (probationary) {
            const Day due = addMonths(admitted, extended ? 18 : 12);
            schedule(std::max(due, date + 1) + rng.day(0, 30), Step::Convert, -1);
        }
    };
    // Nobody may be on the roll of a branch on the day it is dissolved: move them first.
    auto leaveDissolved = [&](Day upTo) {
        while (phase == Phase::OnRoll && m_orgs[std::size_t(org)].dissolved <= upTo) {
            const Day dissolved = m_orgs[std::size_t(org)].dissolved;
            const Day date = rng.day(std::max({last, dissolved - 60, m_windowStart}), dissolved);
            const int target = previousOrg >= 0 && previousOrg != org && exists(previousOrg, date) &&
                                       !m_orgs[std::size_t(previousOrg)].temporary
                                   ? previousOrg
                                   : pickMoveTarget(org, date);
            moveTo(target, date);
        }
    };

    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Pending p = pending[i];
        leaveDissolved(p.date);
        const bool onRoll = phase == Phase::OnRoll;
        switch (p.step) {
        case Step::Admit:
            record(p.date, EventKind::Admitted, p.org);
            probationary = true;
            if (p.org >= 0) {
                arrive(p.org, p.date);
            } else {
                phase = Phase::Outside;
            }
            break;
        case Step::Extend:
            if (phase != Phase::Left && phase != Phase::None && probationary && !extended) {
                record(p.date, EventKind::ProbationExtended, onRoll ? org : -1);
                extended = true;
            }
            break;
        case Step::Convert:
            if (phase != Phase::Left && phase != Phase::None && probationary &&
                p.date >= addMonths(admitted, extended ? 18 : 12)) {
                record(p.date, EventKind::ConvertedFull, onRoll ? org : -1);
                probationary = false;
                fullOn = p.date;
            }
            break;
        case Step::Cancel:
            if (onRoll && probationary) {
                leave(p.date, EventKind::ProbationCancelled);
            }
            break;
        case Step::TransferIn:
            if (phase == Phase::Outside || (phase == Phase::Left && leftBy == EventKind::TransferredOut)) {
                const int committee = p.org >= 0 ? m_orgs[std::size_t(p.org)].committee : homeCommittee;
                const int target = pickArrival(p.org, p.date, committee);
                record(p.date, EventKind::TransferredIn, target);
                arrive(target, p.date);
                convertLater(p.date);
            }
            break;
        case Step::MoveHome:
            if (onRoll && org != p.org && exists(p.org, p.date)) {
                moveTo(p.org, p.date);
            }
            break;
        case Step::Move:
            if (onRoll) {
                moveTo(pickMoveTarget(org, p.date), p.date);
            }
            break;
        case Step::TransferOut:
            if (onRoll) {
                leave(p.date, EventKind::TransferredOut);
                if (rng.chance(0.3)) {
                    const int back = m_rollOrgs[std::size_t(m_rollWeights.pick(rng))];
                    schedule(p.date + rng.day(60, 720), Step::TransferIn, back);
                }
            }
            break;
        case Step::Suspend:
            if (onRoll) {
                leave(p.date, EventKind::Suspended);
                if (rng.chance(0.4)) {
                    schedule(p.date + rng.day(180, 730), Step::Restore, -1);
                }
            }
            break;
        case Step::Restore:
            if (phase == Phase::Left && leftBy == EventKind::Suspended) {
                const int target = pickArrival(lastRollOrg, p.date, m_orgs[std::size_t(lastRollOrg)].committee);
                record(p.date, EventKind::Restored, target);
                arrive(target, p.date);
                convertLater(p.date);
            }
            break;
        case Step::Die:
        case Step::Expel:
        case Step::Remove:
        case Step::Withdraw:
            if (onRoll) {
                leave(p.date, p.step == Step::Die     ? EventKind::Died
                              : p.step == Step::Expel ? EventKind::Expelled
                              : p.step == Step::Remove ? EventKind::Removed
                                                       : EventKind::Withdrew);
            }
            break;
        default:
            break;
        }
    }
    leaveDissolved(m_today);
    const bool onRollToday = phase == Phase::OnRoll;
    if (onRollToday) {
        m_memberStints.push_back({org, since, Never, Never, 0});
        if (rng.chance(0.02)) {
            m.mobile = true;
            m.mobileDestination = rng.pick(lex.regions).city;
        } else if (rng.chance(0.005)) {
            m.lostContact = true;
            m.lostContactSince = dateOf(rng.day(std::max(since, m_today - 1500), m_today - 30));
            m.lostContactReason = rng.pick(lex.lostReasons);
        }
        const double u = rng.real();
        m.partyWorker = u < 0.004 ? PartyWorker::FullTime : (u < 0.02 ? PartyWorker::PartTime : PartyWorker::None);
    }

    const MemberTimeline timeline = MemberTimeline::build(birth, std::move(events));
    if (!timeline.ok()) {
        return generatorBug(m.idNumber, timeline.violations().first().message);
    }
    auto id = m_memberStore.insert(m, &timeline);
    if (!id.ok()) {
        return id.error();
    }
    if (auto done = m_eventStore.replaceHistory(*id, timeline, /*memberIsNew=*/true); !done.ok()) {
        return done;
    }
    m_summary.members += 1;
    m_summary.events += timeline.steps().size();
    for (Stint s : m_memberStints) {
        s.member = *id;
        s.fullOn = fullOn;
        m_stints.push_back(s);
    }
    return {};
}

Status Generator::generateMembers()
{
    constexpr qint64 ProgressEvery = 10'000;
    constexpr double Before = 0.03;  // share of the progress bar taken by the organizations
    constexpr double Share = 0.94;
    m_stints.reserve(std::size_t(m_options.members + m_options.members / 8));
    qint64 done = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        for (int k = 0; k < m_orgs[i].quota; ++k) {
            if (auto member = generateMember(int(i)); !member.ok()) {
                return member;
            }
            if (++done % ProgressEvery == 0 &&
                !reportProgress(Before + Share * double(done) / double(std::max<qint64>(1, m_options.members)))) {
                return cancelled();
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Posts

Status Generator::writePosts()
{
    // Stints grouped by organization (counting sort keeps member order inside a group).
    const std::size_t n = m_orgs.size();
    std::vector<std::size_t> begin(n + 1, 0);
    for (const Stint& s : m_stints) {
        ++begin[std::size_t(s.org) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        begin[i + 1] += begin[i];
    }
    std::vector<Stint> stints(m_stints.size());
    {
        std::vector<std::size_t> fill(begin.begin(), begin.end() - 1);
        for (const Stint& s : m_stints) {
            stints[fill[std::size_t(s.org)]++] = s;
        }
    }
    std::vector<Stint>().swap(m_stints);

    // The tree as it stands today.
    std::vector<std::vector<int>> children(n);
    for (std::size_t i = 0; i < n; ++i) {
        const OrgPlan& p = m_orgs[i];
        if (p.dissolved == Never && p.currentParent >= 0) {
            children[std::size_t(p.currentParent)].push_back(int(i));
        }
    }

    QList<Post> posts;
    std::vector<const Stint*> current;
    std::vector<const Stint*> all;
    std::vector<qint64> used;
    std::vector<int> stack;
    auto isUsed = [&](qint64 member) { return std::find(used.begin(), used.end(), member) != used.end(); };
    // A member of the pool not yet holding a post here; qualified = full member for a year.
    auto pickFrom = [&](const std::vector<const Stint*>& pool, Day qualifiedBy) -> const Stint* {
        for (int attempt = 0; attempt < 24; ++attempt) {
            const Stint* s = m_rng.pick(pool);
            if (isUsed(s->member)) {
                continue;
            }
            if (attempt < 16 && (s->fullOn == Never || s->fullOn > qualifiedBy - 365)) {
                continue;
            }
            if (attempt < 20 && s->fullOn > m_today) {
                continue;
            }
            return s;
        }
        for (const Stint* s : pool) {
            if (!isUsed(s->member)) {
                return s;
            }
        }
        return nullptr;
    };
    auto addPost = [&](int org, const Stint* s, PostKind kind, Day from, Day to) {
        Post post;
        post.orgId = m_orgs[std::size_t(org)].id;
        post.memberId = s->member;
        post.kind = kind;
        post.from = dateOf(from);
        post.to = to == Never ? QDate() : dateOf(to);
        post.concurrentAdminHead = kind == PostKind::Secretary && m_rng.chance(0.3);
        posts.append(post);
        used.push_back(s->member);
    };

    for (std::size_t o = 0; o < n; ++o) {
        const OrgPlan& p = m_orgs[o];
        if (!isGrassroots(p.type) || p.est > m_today) {
            continue;
        }
        used.clear();
        const int termYears = p.type == OrgType::Committee || p.category == UnitCategory::Village ||
                                      p.category == UnitCategory::Community
                                  ? 5
                                  : 3;
        if (p.dissolved != Never) {
            // The last secretary served until the members were moved out.
            all.clear();
            for (std::size_t i = begin[o]; i < begin[o + 1]; ++i) {
                if (stints[i].to <= p.dissolved && stints[i].to >= p.dissolved - 60) {
                    all.push_back(&stints[i]);
                }
            }
            if (all.empty()) {
                continue;
            }
            if (const Stint* s = pickFrom(all, p.dissolved - 365)) {
                const Day from = std::max({s->from, p.est, addYears(s->to, -termYears)});
                if (from < s->to) {
                    addPost(int(o), s, PostKind::Secretary, from, s->to);
                }
            }
            continue;
        }
        current.clear();
        all.clear();
        int fullMembers = 0;
        for (std::size_t i = begin[o]; i < begin[o + 1]; ++i) {
            all.push_back(&stints[i]);
            if (stints[i].to == Never) {
                current.push_back(&stints[i]);
                fullMembers += stints[i].fullOn <= m_today ? 1 : 0;
            }
        }
        if (current.empty() && p.type != OrgType::Branch) {
            // A committee or general branch without its own roll: its posts go to members of
            // its subtree.
            all.clear();
            stack.assign(children[o].begin(), children[o].end());
            while (!stack.empty()) {
                const std::size_t d = std::size_t(stack.back());
                stack.pop_back();
                for (std::size_t i = begin[d]; i < begin[d + 1]; ++i) {
                    all.push_back(&stints[i]);
                    if (stints[i].to == Never) {
                        current.push_back(&stints[i]);
                    }
                }
                stack.insert(stack.end(), children[d].begin(), children[d].end());
            }
            fullMembers = int(current.size());
        }
        if (current.empty()) {
            continue;
        }
        const Day termStart = std::max(m_today - m_rng.day(0, termYears * 365 - 1), p.est);
        const Stint* secretary = pickFrom(current, termStart);
        addPost(int(o), secretary, PostKind::Secretary, std::max(termStart, secretary->from), Never);
        if (m_rng.chance(0.4)) {
            if (const Stint* s = pickFrom(current, termStart)) {
                addPost(int(o), s, PostKind::DeputySecretary, std::max(termStart, s->from), Never);
            }
        }
        if (p.type == OrgType::Branch ? fullMembers >= 7 : current.size() >= 5) {
            const PostKind kinds[] = {PostKind::OrganizationMember, PostKind::PublicityMember,
                                      PostKind::DisciplineMember, PostKind::CommitteeMember, PostKind::CommitteeMember};
            const int count = p.type == OrgType::Branch ? 3 : 3 + int(m_rng.between(0, 2));
            for (int k = 0; k < count; ++k) {
                if (const Stint* s = pickFrom(current, termStart)) {
                    addPost(int(o), s, kinds[k], std::max(termStart, s->from), Never);
                }
            }
        }
        // The previous term's secretary, replaced at the last election.
        const Day previousStart = addYears(termStart, -termYears);
        if (previousStart >= std::max(m_windowStart, p.est)) {
            for (int attempt = 0; attempt < 24; ++attempt) {
                const Stint* s = m_rng.pick(all);
                if (s->member != secretary->member && s->from <= previousStart && s->to >= termStart &&
                    s->fullOn <= previousStart - 365) {
                    addPost(int(o), s, PostKind::Secretary, previousStart, termStart);
                    break;
                }
            }
        }
    }
    if (auto done = m_postStore.insertMany(posts); !done.ok()) {
        return done;
    }
    m_summary.posts = int(posts.size());
    return {};
}

Result<GeneratorSummary> Generator::run()
{
    planStructure();
    planAttributes();
    planRenamings();
    planReaffiliations();
    planDissolutions();
    planQuotas();
    if (auto done = writeOrganizations(); !done.ok()) {
        return done.error();
    }
    if (!reportProgress(0.03)) {
        return cancelled();
    }
    if (auto done = generateMembers(); !done.ok()) {
        return done.error();
    }
    if (!reportProgress(0.97)) {
        return cancelled();
    }
    if (auto done = writePosts(); !done.ok()) {
        return done.error();
    }
    return m_summary;
}

} // namespace

DataGenerator::DataGenerator(Database& db)
    : m_db(db)
{
}

Result<GeneratorSummary> DataGenerator::generate(const UserContext& user, const GeneratorOptions& options)
{
    Q_UNUSED(user);
    if (options.members < 1 || options.members > 10'000'000) {
        return Error(Error::Kind::Invalid, tr("The number of members must be between 1 and 10,000,000."));
    }
    if (options.orgs < 0 || options.orgs > 1'000'000 || options.years < 0 || options.years > 60) {
        return Error(Error::Kind::Invalid, tr("The number of organizations must be between 0 (automatic) and "
                                              "1,000,000 and the years between 0 and 60."));
    }
    const QDate today = options.today.isValid() ? options.today : Clock::today();

    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    OrganizationStore orgs(m_db);
    MemberStore members(m_db);
    const auto orgCount = orgs.count();
    if (!orgCount.ok()) {
        return orgCount.error();
    }
    const auto memberCount = members.count();
    if (!memberCount.ok()) {
        return memberCount.error();
    }
    if (*orgCount > 0 || *memberCount > 0) {
        return Error(Error::Kind::Conflict,
                     tr("The database already holds organizations or members; generate fills an empty database only."));
    }

    Generator generator(m_db, options, today);
    auto summary = generator.run();
    if (!summary.ok()) {
        return summary.error();  // the transaction rolls back
    }
    if (options.progress && !options.progress(1.0)) {
        return Error(Error::Kind::Cancelled, tr("Data generation was cancelled."));
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return summary;
}
