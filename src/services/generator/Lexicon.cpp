#include "services/generator/Lexicon.h"

#include "core/Ethnicity.h"

#include <iterator>

namespace Generation {

namespace {

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(u' ', Qt::SkipEmptyParts);
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Lexicon::Lexicon()
{
    loadRegions();
    loadPlaces();
    loadBureaus();
    loadUnits();
    loadNames();
    loadTitlesAndHonours();
    loadEthnicGroups();
}

void Lexicon::loadRegions()
{
    static const char* const regionTable[][3] = {
        {"110101", "北京市", "东城区"},
        {"110102", "北京市", "西城区"},
        {"110105", "北京市", "朝阳区"},
        {"110108", "北京市", "海淀区"},
        {"120101", "天津市", "和平区"},
        {"120104", "天津市", "南开区"},
        {"130102", "河北省石家庄市", "长安区"},
        {"130602", "河北省保定市", "竞秀区"},
        {"140105", "山西省太原市", "小店区"},
        {"150102", "内蒙古自治区呼和浩特市", "新城区"},
        {"210102", "辽宁省沈阳市", "和平区"},
        {"210202", "辽宁省大连市", "中山区"},
        {"220102", "吉林省长春市", "南关区"},
        {"230102", "黑龙江省哈尔滨市", "道里区"},
        {"310101", "上海市", "黄浦区"},
        {"310104", "上海市", "徐汇区"},
        {"310115", "上海市", "浦东新区"},
        {"320102", "江苏省南京市", "玄武区"},
        {"320508", "江苏省苏州市", "姑苏区"},
        {"330102", "浙江省杭州市", "上城区"},
        {"330203", "浙江省宁波市", "海曙区"},
        {"340102", "安徽省合肥市", "瑶海区"},
        {"350102", "福建省福州市", "鼓楼区"},
        {"350203", "福建省厦门市", "思明区"},
        {"360102", "江西省南昌市", "东湖区"},
        {"370102", "山东省济南市", "历下区"},
        {"370202", "山东省青岛市", "市南区"},
        {"370124", "山东省济南市", "平阴县"},
        {"410102", "河南省郑州市", "中原区"},
        {"411321", "河南省南阳市", "南召县"},
        {"420102", "湖北省武汉市", "江岸区"},
        {"420106", "湖北省武汉市", "武昌区"},
        {"420581", "湖北省宜昌市", "宜都市"},
        {"430102", "湖南省长沙市", "芙蓉区"},
        {"430521", "湖南省邵阳市", "邵东县"},
        {"440103", "广东省广州市", "荔湾区"},
        {"440106", "广东省广州市", "天河区"},
        {"440304", "广东省深圳市", "福田区"},
        {"440305", "广东省深圳市", "南山区"},
        {"441900", "广东省东莞市", "东莞市"},
        {"450102", "广西壮族自治区南宁市", "兴宁区"},
        {"460105", "海南省海口市", "秀英区"},
        {"500103", "重庆市", "渝中区"},
        {"500228", "重庆市", "梁平县"},
        {"510104", "四川省成都市", "锦江区"},
        {"510107", "四川省成都市", "武侯区"},
        {"510722", "四川省绵阳市", "三台县"},
        {"520102", "贵州省贵阳市", "南明区"},
        {"530102", "云南省昆明市", "五华区"},
        {"540102", "西藏自治区拉萨市", "城关区"},
        {"610103", "陕西省西安市", "碑林区"},
        {"610113", "陕西省西安市", "雁塔区"},
        {"620102", "甘肃省兰州市", "城关区"},
        {"630102", "青海省西宁市", "城东区"},
        {"640104", "宁夏回族自治区银川市", "兴庆区"},
        {"650102", "新疆维吾尔自治区乌鲁木齐市", "天山区"},
        {"320382", "江苏省徐州市", "邳州市"},
        {"330381", "浙江省温州市", "瑞安市"},
        {"360781", "江西省赣州市", "瑞金市"},
        {"412326", "河南省商丘市", "永城市"},
    };
    for (const auto& row : regionTable) {
        regions.push_back({QString::fromLatin1(row[0]), text(row[1]), text(row[2])});
    }
}

void Lexicon::loadPlaces()
{
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
    trades = words("律师 注册会计师 建筑业 软件行业 物流与采购 餐饮行业 旅游 个体劳动者 民办教育 物业管理 家政服务 "
                   "网络文化");
}

void Lexicon::loadBureaus()
{
    // Bureaus; the pairs are the names before and after the 2018 reform of government bodies.
    static const char* const bureauTable[][2] = {
        {"", "财政局"},
        {"", "教育局"},
        {"", "公安局"},
        {"", "民政局"},
        {"", "司法局"},
        {"", "人力资源和社会保障局"},
        {"", "住房和城乡建设局"},
        {"", "交通运输局"},
        {"", "水利局"},
        {"", "商务局"},
        {"", "审计局"},
        {"", "统计局"},
        {"", "发展和改革委员会"},
        {"", "科学技术局"},
        {"", "工业和信息化局"},
        {"", "城市管理局"},
        {"", "信访局"},
        {"", "机关事务管理局"},
        {"卫生和计划生育委员会", "卫生健康委员会"},
        {"国土资源局", "自然资源和规划局"},
        {"环境保护局", "生态环境局"},
        {"文化广电新闻出版局", "文化广电旅游局"},
        {"农业委员会", "农业农村局"},
        {"工商行政管理局", "市场监督管理局"},
        {"安全生产监督管理局", "应急管理局"},
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
}

// Units whose lists used to live next to the code naming them; the order of each list is kept.
void Lexicon::loadUnits()
{
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
    associationUnits = words("律师行业 社会组织 行业协会商会 注册会计师行业 民办教育机构");
    associationSuffixes = words("党委 综合党委 党委 党委 综合党委");
    clusterAreas = words("商务区 商圈 科技园 产业园 商务楼宇 创业园");
    clusterOrganizations = words("社会工作服务中心 养老服务中心 职业培训学校 公益服务中心");
    streetOfficeCommittees = words("机关党委 综合党委 非公企业综合党委 社会组织综合党委 城市管理综合党委");
    streetOfficeUnits = words("综合执法队 社区服务中心 城市管理办公室 退休干部");
    cityHospitals = words("第一人民医院 第二人民医院 第三人民医院 中医医院 妇幼保健院 中心医院 儿童医院 口腔医院 "
                          "精神卫生中心");
    countyHospitals = words("人民医院 中医院 妇幼保健院 第二人民医院 疾病预防控制中心");
    townHospitals = words("卫生院 中心卫生院");
    schools = words("实验中学 外国语学校 实验小学 职业中专学校 第一中学 第二中学 第三中学 第四中学 第五中学 第六中学 "
                    "第七中学 第八中学");
    townSchools = words("中心学校 初级中学 中心小学");
    schoolDivisions = words("初中部 高中部 小学部 教学部 行政后勤");
    schoolUnits = words("行政 离退休教师 初三年级组 高三年级组");
    universityUnits = words("后勤服务集团 图书馆 附属中学 继续教育学院 离退休");
    collegeBranchKinds = words("教工 学生 研究生");
    temporaryUnits = words("项目 工程 专班 工作队 指挥部");
}

void Lexicon::loadNames()
{
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
}

void Lexicon::loadTitlesAndHonours()
{
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
}

void Lexicon::loadEthnicGroups()
{
    // Weights of the ethnic groups after 汉族, in the order of Ethnicity::all() (2020 census, rounded).
    const QStringList& groups = Ethnicity::all();
    static const double groupWeights[] = {63, 114, 71, 118, 111, 98, 196, 36, 17, 104, 35, 33, 21, 96,
                                          17, 16,  13, 16,  8,   4,  8,   5,  6,  5,   8,  3,  1,  2,
                                          3,  1,   5,  3,   1,   2,  1,   7,  2,  1,   2,  1,  1,  1};
    for (qsizetype i = 1; i < groups.size(); ++i) {
        minorities.append(groups.at(i));
        const auto w = qsizetype(i - 1) < qsizetype(std::size(groupWeights)) ? groupWeights[i - 1] : 0.5;
        minorityWeights.add(w);
    }
}

} // namespace Generation
