#include "ImportFormats.h"

namespace ImportFormats {

std::optional<TableKind> kindFromName(const QString& name)
{
    for (const TableKind kind :
         {TableKind::Orgs, TableKind::OrgEvents, TableKind::Members, TableKind::Events, TableKind::Posts,
          TableKind::Elections, TableKind::Candidates, TableKind::Reviews, TableKind::Applicants}) {
        if (ImportFormats::name(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString name(TableKind kind)
{
    switch (kind) {
    case TableKind::Orgs:
        return QStringLiteral("orgs");
    case TableKind::OrgEvents:
        return QStringLiteral("org-events");
    case TableKind::Members:
        return QStringLiteral("members");
    case TableKind::Events:
        return QStringLiteral("events");
    case TableKind::Posts:
        return QStringLiteral("posts");
    case TableKind::Elections:
        return QStringLiteral("elections");
    case TableKind::Candidates:
        return QStringLiteral("candidates");
    case TableKind::Reviews:
        return QStringLiteral("reviews");
    case TableKind::Applicants:
        return QStringLiteral("applicants");
    }
    return {};
}

QList<ImportColumns::Spec> columns(TableKind kind)
{
    switch (kind) {
    case TableKind::Orgs:
        return {
            {"code", "代码", true},
            {"name", "名称", true},
            {"type", "类型", true},
            {"parent", "上级代码", false},
            {"unit_category", "单位类别", false},
            {"temporary", "临时", false},
            {"established_on", "成立日期", false},
            {"dissolved_on", "撤销日期", false},
            {"staff_count", "在职人数", false},
        };
    case TableKind::OrgEvents:
        return {
            {"code", "代码", true},          {"date", "日期", true},    {"kind", "事件", true},
            {"parent", "新上级代码", false}, {"name", "新名称", false},
        };
    case TableKind::Members:
        // The columns of cli.md, then the other fields of the collection form (optional),
        // so that an export carries every field back.
        return {
            {"name", "姓名", true},
            {"gender", "性别", false},
            {"id_number", "公民身份号码", true},
            {"ethnicity", "民族", false},
            {"birth_date", "出生日期", false},
            {"education", "学历", false},
            {"org", "所在党组织", true},
            {"category", "人员类别", false},
            {"admitted_on", "入党日期", true},
            {"full_on", "转正日期", false},
            {"occupation", "职业", false},
            {"position", "工作单位及职务", false},
            {"honours", "先进", false},
            {"party_worker", "党务工作者", false},
            {"mobile", "流动党员", false},
            {"lost_contact", "失联", false},
            {"phone", "联系电话", false},
            {"native_place", "籍贯", false},
            {"address", "家庭住址", false},
            {"mobile_destination", "流动去向", false},
            {"lost_contact_since", "失联日期", false},
            {"lost_contact_reason", "失联原因", false},
            {"applied_on", "申请入党日期", false},
            {"activist_on", "确定积极分子日期", false},
        };
    case TableKind::Events:
        return {
            {"id_number", "公民身份号码", true},
            {"date", "日期", true},
            {"kind", "事件", true},
            {"org", "党组织", false},
            {"note", "备注", false},
        };
    case TableKind::Posts:
        return {
            {"org", "党组织", true},    {"id_number", "公民身份号码", true}, {"position", "职务", true},
            {"from", "任职日期", true}, {"to", "离任日期", false},           {"concurrent_admin_head", "一肩挑", false},
        };
    case TableKind::Elections:
        // domain.md's columns, then the approval document and a note (optional).
        return {
            {"org", "党组织", true},
            {"held_on", "日期", true},
            {"kind", "类型", false},
            {"seats", "应选人数", true},
            {"eligible", "应到会人数", true},
            {"present", "实到会人数", true},
            {"ballots_issued", "发出选票", true},
            {"ballots_returned", "收回选票", true},
            {"approved_on", "批复日期", false},
            {"term_years", "任期", false},
            {"approval_document", "批复文号", false},
            {"note", "备注", false},
        };
    case TableKind::Candidates:
        return {
            {"org", "党组织", true},
            {"held_on", "日期", true},
            {"id_number", "公民身份号码", true},
            {"position", "职务", true},
            {"votes", "得票", true},
            {"elected", "当选", false},
            {"concurrent_admin_head", "一肩挑", false},
        };
    case TableKind::Reviews:
        // domain.md's columns, then a correction's deadline and date and a note (optional).
        return {
            {"year", "年度", true},
            {"org", "党组织", true},
            {"held_on", "日期", true},
            {"id_number", "公民身份号码", true},
            {"result", "结果", true},
            {"exempt_reason", "免评原因", false},
            {"handling", "处置", false},
            {"handled_on", "处置日期", false},
            {"correction_due", "改正期限", false},
            {"corrected_on", "改正日期", false},
            {"note", "备注", false},
        };
    case TableKind::Applicants:
        // domain.md's columns, then the other stages, contacts, the end of the development, an
        // approved exception's reason and a note (optional).
        return {
            {"name", "姓名", true},
            {"gender", "性别", false},
            {"id_number", "公民身份号码", true},
            {"birth_date", "出生日期", false},
            {"education", "学历", false},
            {"occupation", "职业", false},
            {"org", "所在党组织", true},
            {"applied_on", "申请日期", true},
            {"activist_on", "确定积极分子日期", false},
            {"target_on", "确定发展对象日期", false},
            {"trained_on", "培训结业日期", false},
            {"admitted_on", "接收预备党员日期", false},
            {"honours", "先进", false},
            {"sponsors", "介绍人", false},
            {"ethnicity", "民族", false},
            {"position", "工作单位及职务", false},
            {"phone", "联系电话", false},
            {"talked_on", "谈话日期", false},
            {"contacts", "培养联系人", false},
            {"political_review_on", "政治审查日期", false},
            {"training_hours", "培训学时", false},
            {"pre_reviewed_on", "预审日期", false},
            {"approved_on", "审批日期", false},
            {"closed_on", "终止日期", false},
            {"closed_reason", "终止原因", false},
            {"exception_reason", "例外原因", false},
            {"note", "备注", false},
        };
    }
    return {};
}

} // namespace ImportFormats
