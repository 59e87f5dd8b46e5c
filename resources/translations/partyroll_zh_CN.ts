<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessControl</name>
    <message>
        <source>Access control is on in this database: sign in first (partyroll-cli: --user LOGIN with the password in PARTYROLL_PASSWORD).</source>
        <translation>此数据库已启用访问控制：请先登录（partyroll-cli：使用 --user 登录名，密码放在 PARTYROLL_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>user %1 (%2 of %3)</source>
        <translation>用户 %1（%3 的%2）</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>用户 %1（%2）</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 无权%2</translation>
    </message>
    <message>
        <source>change organization %1: viewers may only read</source>
        <translation>修改党组织 %1：查阅人员只能查看</translation>
    </message>
    <message>
        <source>change organization %1</source>
        <translation>修改党组织 %1</translation>
    </message>
    <message>
        <source>see organization %1</source>
        <translation>查看党组织 %1</translation>
    </message>
    <message>
        <source>see the whole database, only the organization %1 and those under it</source>
        <translation>查看整个数据库，只能查看党组织 %1 及其下级组织</translation>
    </message>
    <message>
        <source>make changes that concern the whole database (settings, imports): only administrators and department staff may</source>
        <translation>进行涉及整个数据库的修改（设置、导入）：仅管理员和组织部门工作人员可以</translation>
    </message>
    <message>
        <source>change anything: viewers may only read</source>
        <translation>修改任何数据：查阅人员只能查看</translation>
    </message>
    <message>
        <source>manage users: only administrators may</source>
        <translation>管理用户：仅管理员可以</translation>
    </message>
    <message>
        <source>change members: viewers may only read</source>
        <translation>修改党员信息：查阅人员只能查看</translation>
    </message>
    <message>
        <source>change member %1 (not on a roll of organization %2 or below it)</source>
        <translation>修改党员 %1（不在党组织 %2 及其下级组织的名册上）</translation>
    </message>
    <message>
        <source>see member %1 (not on a roll of organization %2 or below it)</source>
        <translation>查看党员 %1（不在党组织 %2 及其下级组织的名册上）</translation>
    </message>
</context>
<context>
    <name>AccessService</name>
    <message>
        <source>the password library could not be started</source>
        <translation>无法启动密码库</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码散列</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>账户 %1 已停用</translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <source>the first user must be an administrator (adding them turns access control on)</source>
        <translation>第一个用户必须是管理员（添加后即启用访问控制）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login (1 to 64 characters, no spaces, not &quot;local&quot;)</source>
        <translation>“%1”不能作为登录名（1 至 64 个字符，不含空格，不能是“local”）</translation>
    </message>
    <message>
        <source>a branch secretary needs an organization</source>
        <translation>支部书记必须指定所在党组织</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>the user %1 exists already</source>
        <translation>用户 %1 已存在</translation>
    </message>
    <message>
        <source>%1 is the last administrator: add another one before disabling this one</source>
        <translation>%1 是最后一个管理员：请先添加其他管理员再停用此账户</translation>
    </message>
    <message>
        <source>the idle lock takes 0 (never) to 1440 minutes</source>
        <translation>空闲锁定时间为 0（从不）至 1440 分钟</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Annual party statistics %1</source>
        <translation>%1年度党内统计年报</translation>
    </message>
    <message>
        <source>Party statistics %1 to %2</source>
        <translation>党内统计（%1至%2）</translation>
    </message>
    <message>
        <source>All organizations in the database</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Period %1 to %2, members as of %3</source>
        <translation>统计期间 %1 至 %2，党员数截至 %3</translation>
    </message>
    <message>
        <source>Table %1  %2</source>
        <translation>表%1  %2</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>填报人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>填报日期：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share or rate</source>
        <translation>占比或比率</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <source>Application submitted</source>
        <translation>递交入党申请书</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation>确定为入党积极分子</translation>
    </message>
    <message>
        <source>Development target since</source>
        <translation>确定为发展对象</translation>
    </message>
    <message>
        <source>Political review</source>
        <translation>政治审查</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>集中培训结业</translation>
    </message>
    <message>
        <source>Pre-review</source>
        <translation>上级党委预审</translation>
    </message>
    <message>
        <source>Admission (branch meeting)</source>
        <translation>支部大会接收（入党日期）</translation>
    </message>
    <message>
        <source>Approval (higher committee)</source>
        <translation>上级党委审批</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>新入党申请人</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>From the ID number</source>
        <translation>由公民身份号码得出</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>先进</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>发展阶段</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Citizen ID number of a full member</source>
        <translation>正式党员的公民身份号码</translation>
    </message>
    <message>
        <source>Contacts and sponsors</source>
        <translation>培养联系人和入党介绍人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>Approved exceptions</source>
        <translation>经批准的例外</translation>
    </message>
    <message>
        <source>A time rule the record breaks is accepted only as an exception approved by the higher committee: tick the rule and give the approval (who decided, the document).</source>
        <translation>不符合时间要求的，只有经上级党委批准作为例外才予接受：勾选该项要求并填写批准情况（批准单位、文件）。</translation>
    </message>
    <message>
        <source>Approval: who decided, the document</source>
        <translation>批准情况：批准单位、文件</translation>
    </message>
    <message>
        <source>End of the development and note</source>
        <translation>终止发展和备注</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Withdrew the application, did not qualify …</source>
        <translation>本人撤回申请、不具备条件……</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The person was admitted: the admission is corrected in the member&apos;s history.</source>
        <translation>已接收为预备党员：入党日期请在党员的党籍记录中更正。</translation>
    </message>
    <message>
        <source>The person was admitted into this organization: a change is recorded as a move in the member&apos;s history.</source>
        <translation>已接收到该党组织：如需变更，请在党员的党籍记录中登记组织内调动。</translation>
    </message>
    <message>
        <source>Edit applicant</source>
        <translation>编辑入党申请人</translation>
    </message>
    <message>
        <source>The applicant does not exist.</source>
        <translation>该入党申请人不存在。</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>入党申请人：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no member has the citizen ID number %1</source>
        <translation>没有公民身份号码为 %1 的党员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no organization is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的党组织</translation>
    </message>
    <message>
        <source>Stage today: %1</source>
        <translation>当前阶段：%1</translation>
    </message>
    <message>
        <source>%1 (member record created by the admission)</source>
        <translation>%1（接收时已建立党员信息）</translation>
    </message>
    <message>
        <source>Broken by this record: allowed by the approved exception.</source>
        <translation>本记录不符合此项要求：已作为经批准的例外接受。</translation>
    </message>
    <message>
        <source>Broken by this record: the exception needs the approval&apos;s reason.</source>
        <translation>本记录不符合此项要求：例外须填写批准情况。</translation>
    </message>
    <message>
        <source>Broken by this record: correct the dates or record the approved exception.</source>
        <translation>本记录不符合此项要求：请更正日期，或登记经批准的例外。</translation>
    </message>
    <message>
        <source>This record does not break the rule: the exception is not needed.</source>
        <translation>本记录符合此项要求，无需例外。</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>应于 %1 前完成</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>不早于 %1</translation>
    </message>
    <message>
        <source>at least %1 hours</source>
        <translation>不少于 %1 学时</translation>
    </message>
    <message>
        <source>probation starts</source>
        <translation>预备期开始</translation>
    </message>
    <message>
        <source>due by %1, at the latest %2</source>
        <translation>应于 %1 前审批，最迟 %2</translation>
    </message>
    <message>
        <source>The applicant was not saved. Please correct:</source>
        <translation>入党申请人未保存。请更正：</translation>
    </message>
    <message>
        <source>The applicant was not saved: %1</source>
        <translation>入党申请人未保存：%1</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>提示：%1：%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>This creates the member %1 (citizen ID number %2): a probationary member of %3 from %4. Later corrections to the admission are made in the member&apos;s history. Save and admit %1?</source>
        <translation>这将建立党员 %1（公民身份号码 %2）的信息：自 %4 起为 %3 的预备党员。此后对接收情况的更正须在党员的党籍记录中进行。保存并接收 %1 为预备党员吗？</translation>
    </message>
    <message>
        <source>Admit %1</source>
        <translation>接收 %1 为预备党员</translation>
    </message>
</context>
<context>
    <name>ApplicantImporter</name>
    <message>
        <source>there is no member with the citizen ID number %1</source>
        <translation>没有公民身份号码为 %1 的党员</translation>
    </message>
    <message>
        <source>the citizen ID number is missing</source>
        <translation>缺少公民身份号码</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours</source>
        <translation>“%1”不是学时数</translation>
    </message>
    <message>
        <source>this person is already in row %1</source>
        <translation>此人已出现在第 %1 行</translation>
    </message>
</context>
<context>
    <name>ApplicantListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>确定积极分子日期</translation>
    </message>
    <message>
        <source>Development target</source>
        <translation>确定发展对象日期</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止日期</translation>
    </message>
</context>
<context>
    <name>AsOfDateField</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至日期(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Print the audit trail: who changed which record and field, when, from what to what.</source>
        <translation>输出审计记录：谁在何时修改了哪条记录的哪个字段，由什么改为什么。</translation>
    </message>
    <message>
        <source>Only rows about the member with this ID number.</source>
        <translation>只列出身份证号为该值的党员的记录。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Only rows about this organization and those ever under it.</source>
        <translation>只列出该党组织及曾经隶属于它的党组织的记录。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation>自该日起。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>截至该日（含）。</translation>
    </message>
    <message>
        <source>Only writes by this user.</source>
        <translation>只列出该用户的修改。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Only this kind of record (a table name, e.g. members).</source>
        <translation>只列出该类记录（表名，如 members）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>At most N rows (newest first).</source>
        <translation>最多 N 行（最新的在前）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>json or text (default: text).</source>
        <translation>json 或 text（默认 text）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--format takes json or text, not &quot;%1&quot;</source>
        <translation>--format 只能是 json 或 text，不能是&quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--limit takes a number of rows, not &quot;%1&quot;</source>
        <translation>--limit 应为行数，不能是&quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kind takes one of %1, not &quot;%2&quot;</source>
        <translation>--kind 只能是 %1 之一，不能是&quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>AuditPresenter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Review campaign %1</source>
        <translation>%1年度民主评议</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%2任%3%1</translation>
    </message>
    <message>
        <source>%1 candidate %2 in %3</source>
        <translation>%3的%1候选人%2</translation>
    </message>
    <message>
        <source>%1 left out of the voters of %2</source>
        <translation>%2不计入应到会人数的党员%1</translation>
    </message>
    <message>
        <source>Election postponed to %1</source>
        <translation>换届延期至%1</translation>
    </message>
    <message>
        <source>Review result of %1 in %2</source>
        <translation>%1在%2中的评议结果</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%3的%1%2</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2的%1</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Membership event</source>
        <translation>党籍事件</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Organization event</source>
        <translation>党组织变动</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>换届选举</translation>
    </message>
    <message>
        <source>Election candidate</source>
        <translation>选举候选人</translation>
    </message>
    <message>
        <source>Voter left out</source>
        <translation>不计入应到会人数的党员</translation>
    </message>
    <message>
        <source>Postponed election</source>
        <translation>延期换届</translation>
    </message>
    <message>
        <source>Election settings</source>
        <translation>换届设置</translation>
    </message>
    <message>
        <source>Review campaign</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <source>Review settings</source>
        <translation>评议设置</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Contact or sponsor</source>
        <translation>培养联系人或入党介绍人</translation>
    </message>
    <message>
        <source>Approved exception</source>
        <translation>批准的例外</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Access settings</source>
        <translation>访问设置</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation>批量导入</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>在职人数</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Current name</source>
        <translation>现名称</translation>
    </message>
    <message>
        <source>Current parent</source>
        <translation>现上级党组织</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Workplace and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>先进</translation>
    </message>
    <message>
        <source>Party worker</source>
        <translation>党务工作者</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Mobile destination</source>
        <translation>流动去向</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Lost contact since</source>
        <translation>失联日期</translation>
    </message>
    <message>
        <source>Reason for lost contact</source>
        <translation>失联原因</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist on</source>
        <translation>确定积极分子日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member on</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On the roll of</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>Also administrative head</source>
        <translation>一肩挑</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>选举日期</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>应选名额</translation>
    </message>
    <message>
        <source>Eligible voters</source>
        <translation>应到会人数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到会人数</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>发出选票</translation>
    </message>
    <message>
        <source>Ballots returned</source>
        <translation>收回选票</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approval document</source>
        <translation>批复文号</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>任期（年）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>选举结果</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Term expires on</source>
        <translation>任期届满日期</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>得票数</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>当选</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应换届日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <source>Reason for exemption</source>
        <translation>免评原因</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Handled on</source>
        <translation>处置日期</translation>
    </message>
    <message>
        <source>Correction due</source>
        <translation>限期改正截止日期</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>改正日期</translation>
    </message>
    <message>
        <source>Talked on</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <source>Development target on</source>
        <translation>确定发展对象日期</translation>
    </message>
    <message>
        <source>Political review on</source>
        <translation>政治审查日期</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>集中培训日期</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Pre-reviewed on</source>
        <translation>预审日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>Last failed login</source>
        <translation>最近登录失败时间</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>No member has the ID number %1.</source>
        <translation>没有身份证号为 %1 的党员。</translation>
    </message>
    <message>
        <source>There is no organization with the code %1.</source>
        <translation>没有代码为 %1 的党组织。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Member ID number</source>
        <translation>党员身份证号</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>修改前：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>修改后：%1</translation>
    </message>
    <message>
        <source>With those under it</source>
        <translation>含下级党组织</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>Also the rows of the organizations that are or ever were under it</source>
        <translation>同时列出现在或曾经隶属于它的党组织的记录</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>党组织：</translation>
    </message>
    <message>
        <source>No organization is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的党组织。</translation>
    </message>
    <message>
        <source>Stored before: %1</source>
        <translation>存储的修改前值：%1</translation>
    </message>
    <message>
        <source>Stored after: %1</source>
        <translation>存储的修改后值：%1</translation>
    </message>
    <message>
        <source>Stored record: %1</source>
        <translation>存储的记录：%1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up database...</source>
        <translation>备份数据库(&amp;B)...</translation>
    </message>
    <message>
        <source>Res&amp;tore database...</source>
        <translation>恢复数据库(&amp;T)...</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>备份文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>备份文件 (*.sqlite *.bak *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2 (saved %3)?

Every change made since that backup will be lost. The current file is kept beside the database as %4.before-restore-….</source>
        <translation>用备份 %2（保存于 %3）替换数据库 %1 吗？

该备份之后所做的一切修改都将丢失。当前文件将保留在数据库旁，名为 %4.before-restore-…。</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>已从 %1 恢复数据库。</translation>
    </message>
    <message>
        <source>The database was restored from %1. The replaced file is kept as %2.</source>
        <translation>已从 %1 恢复数据库。被替换的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Daily backup of the database…</source>
        <translation>正在进行数据库每日备份…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>The daily backup of the database failed: %1</source>
        <translation>数据库每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the database to FILE while it stays in use; the copy is checked.</source>
        <translation>在数据库照常使用时将其复制到 FILE；副本经过检查。</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>要写入的备份文件</translation>
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new copy is complete and checked).</source>
        <translation>FILE 已存在时替换它（仅在新副本完整并通过检查后）。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or --force to replace it.</source>
        <translation>%1 已存在；请换一个文件名，或用 --force 替换它。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB, schema version %4).</source>
        <translation>已将 %1 备份到 %2（%3 MB，结构版本 %4）。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>备份不能覆盖数据库文件本身。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The copy of the database failed its check, so no backup was made. The database itself may be damaged (details in the log).</source>
        <translation>数据库副本未通过检查，因此未生成备份。数据库本身可能已损坏（详情见日志）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>不能用数据库自身来恢复它。</translation>
    </message>
    <message>
        <source>The copy of the backup differs from it.</source>
        <translation>备份的副本与备份不一致。</translation>
    </message>
    <message>
        <source>The database file cannot be renamed.</source>
        <translation>无法重命名数据库文件。</translation>
    </message>
    <message>
        <source>The database file cannot be replaced.</source>
        <translation>无法替换数据库文件。</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>A backup cannot be made inside a transaction.</source>
        <translation>不能在事务中进行备份。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk.</source>
        <translation>%1 未能写入磁盘。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a PartyRoll database.</source>
        <translation>%1 不是党员名册数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (details in the log).</source>
        <translation>%1 已损坏（详情见日志）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartyRoll (schema %2; this program knows up to %3). Update the program to use it.</source>
        <translation>%1 由更新版本的党员名册写入（结构版本 %2；本程序最高支持 %3）。请升级程序后再使用。</translation>
    </message>
    <message>
        <source>The database %1 is open in PartyRoll or another program. Close it there first.</source>
        <translation>数据库 %1 正在党员名册或其他程序中打开。请先在那里关闭它。</translation>
    </message>
</context>
<context>
    <name>CandidateImporter</name>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为%1的党组织</translation>
    </message>
    <message>
        <source>the date of the election is missing</source>
        <translation>缺少选举日期</translation>
    </message>
    <message>
        <source>the post is missing</source>
        <translation>缺少职务</translation>
    </message>
    <message>
        <source>the votes are missing</source>
        <translation>缺少得票数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>no election of %1 on %2 is recorded: import it with &quot;import elections&quot; first</source>
        <translation>%1于%2的选举未登记：请先用“import elections”导入</translation>
    </message>
    <message>
        <source>this candidate for this post appears already in row %1</source>
        <translation>该职务的这名候选人已出现在第%1行</translation>
    </message>
    <message>
        <source>recorded candidate %1: %2</source>
        <translation>已登记的候选人%1：%2</translation>
    </message>
    <message>
        <source>claimed not elected, but by the votes (%1) this candidate is elected</source>
        <translation>填为未当选，但按得票（%1票）该候选人当选</translation>
    </message>
    <message>
        <source>claimed elected, but the election is not valid: %1</source>
        <translation>填为当选，但本次选举无效：%1</translation>
    </message>
    <message>
        <source>claimed elected, but by the votes (%1) this candidate is not elected</source>
        <translation>填为当选，但按得票（%1票）该候选人未当选</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>A secretary or deputy candidate listed once also stands for a committee seat; the new committee elects them, one candidate per post</source>
        <translation>只列一次的书记、副书记候选人同时是委员候选人；由新一届委员会等额选举书记、副书记</translation>
    </message>
    <message>
        <source>The secretary also heads the unit (一肩挑)</source>
        <translation>书记同时是本单位行政负责人（一肩挑）</translation>
    </message>
    <message>
        <source>Computed from the votes and the rules, never typed</source>
        <translation>根据得票和规则计算，不能手工填写</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Post sought</source>
        <translation>拟任职务</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>得票</translation>
    </message>
    <message>
        <source>Heads the unit</source>
        <translation>一肩挑</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>当选</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>List data-quality problems: invalid records, impossible histories, organization rules.</source>
        <translation>列出数据质量问题：无效记录、不合逻辑的履历、不符合党组织设置规定的情况。</translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation>仅限该党组织及其下属党组织。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Check the roll as of this date (default: today).</source>
        <translation>按该日期检查党员名册（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s).</source>
        <translation>%1 个错误，%2 个警告。</translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>the ethnic group is missing</source>
        <translation>缺少民族</translation>
    </message>
    <message>
        <source>the education is missing</source>
        <translation>缺少学历</translation>
    </message>
    <message>
        <source>the occupation is missing</source>
        <translation>缺少职业</translation>
    </message>
    <message>
        <source>the member has no admission event</source>
        <translation>该党员没有接收预备党员记录</translation>
    </message>
    <message>
        <source>impossible history on %1: %2</source>
        <translation>%1 的记录不合逻辑：%2</translation>
    </message>
    <message>
        <source>on the roll of %1, which was dissolved on %2</source>
        <translation>在册于 %1，但该党组织已于 %2 撤销</translation>
    </message>
    <message>
        <source>lost contact since %1: a candidate for suspension (停止党籍)</source>
        <translation>自 %1 起失联：可考虑停止党籍</translation>
    </message>
    <message>
        <source>lost contact (date unknown): a candidate for suspension (停止党籍)</source>
        <translation>失联（日期不详）：可考虑停止党籍</translation>
    </message>
    <message>
        <source>suspended since %1: a candidate for removal (除名) if still unreachable</source>
        <translation>自 %1 起停止党籍：如仍无法取得联系，可考虑除名</translation>
    </message>
    <message>
        <source>secretary of %1 since %2 with less than one year of party standing</source>
        <translation>自 %2 起任 %1 书记，党龄不满一年</translation>
    </message>
    <message>
        <source>still holds a post in %1 (since %2) but is not on the roll</source>
        <translation>仍在 %1 任职（自 %2 起），但已不在册</translation>
    </message>
    <message>
        <source>same name and birth date as %1: the same person twice?</source>
        <translation>与 %1 姓名和出生日期相同：是否重复录入？</translation>
    </message>
    <message>
        <source>has no secretary</source>
        <translation>未配备书记</translation>
    </message>
    <message>
        <source>a branch needs at least 3 full members, it has %1</source>
        <translation>党支部至少应有3名正式党员，现有 %1 名</translation>
    </message>
    <message>
        <source>a branch normally has at most 50 members, it has %1</source>
        <translation>党支部党员人数一般不超过50名，现有 %1 名</translation>
    </message>
    <message>
        <source>a branch with %1 full members should have a committee</source>
        <translation>有 %1 名正式党员的党支部应设立支部委员会</translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>statistics of %1: %2 members on the roll at the start of the year, but %3 at the end of %4 (organizations re-affiliated, or members on the roll of an organization before its establishment or after its dissolution)</source>
        <translation>%1年统计：年初党员数为 %2，但 %4 年末党员数为 %3（可能有党组织调整了隶属关系，或有党员在党组织成立前或撤销后仍在其名册上）</translation>
    </message>
    <message>
        <source>statistics of %1: the roll went from %2 to %3, but the increases (%4) minus the decreases (%5) make %6</source>
        <translation>%1年统计：党员数由 %2 变为 %3，但增加数（%4）减去减少数（%5）为 %6</translation>
    </message>
    <message>
        <source>on the roll of %1 twice at once from %2</source>
        <translation>自 %2 起在 %1 的名册上重复出现</translation>
    </message>
    <message>
        <source>on the roll of %1 and of %2 at once from %3</source>
        <translation>自 %3 起同时在 %1 和 %2 的名册上</translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <source>the citizen ID number is missing</source>
        <translation>缺少公民身份号码</translation>
    </message>
    <message>
        <source>old 15-digit citizen ID number; its 18-character form is %1</source>
        <translation>旧式15位公民身份号码；对应的18位号码为 %1</translation>
    </message>
    <message>
        <source>a citizen ID number has 18 characters, this one has %1</source>
        <translation>公民身份号码应为18位，此号码为 %1 位</translation>
    </message>
    <message>
        <source>a citizen ID number holds 17 digits and a digit or X at the end</source>
        <translation>公民身份号码由17位数字和末位的1位数字或 X 组成</translation>
    </message>
    <message>
        <source>the birth date %1 in the citizen ID number is not a real date</source>
        <translation>公民身份号码中的出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>the birth date %1 in the citizen ID number is in the future</source>
        <translation>公民身份号码中的出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>wrong check character: the last character should be %1, not %2</source>
        <translation>校验位错误：最后一位应为 %1，而不是 %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PostgreSQL databases are not supported by this version yet.</source>
        <translation>此版本尚不支持 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>Run &quot;partyroll-cli --help&quot; for the commands and options.</source>
        <translation>运行“partyroll-cli --help”查看命令和选项。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; expects %n argument(s).</source>
        <translation>
            <numerusform>“%1”需要 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the database, or migrate an older one (backed up first).</source>
        <translation>创建数据库，或升级旧版数据库（升级前先备份）。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>access control is on in this database: give --user LOGIN and the password in the environment variable PARTYROLL_PASSWORD</source>
        <translation>此数据库已启用访问控制：请给出 --user 登录名，并在环境变量 PARTYROLL_PASSWORD 中提供密码</translation>
    </message>
    <message>
        <source>--user %1: the password is missing (set the environment variable PARTYROLL_PASSWORD)</source>
        <translation>--user %1：缺少密码（请设置环境变量 PARTYROLL_PASSWORD）</translation>
    </message>
    <message>
        <source>--user %1: %2</source>
        <translation>--user %1：%2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--lang takes zh or en, not &quot;%1&quot;</source>
        <translation>--lang 的取值为 zh 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: partyroll-cli [global options] &lt;command&gt; [options]</source>
        <translation>用法：partyroll-cli [全局选项] &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>PartyRoll (党员名册): the party member roster from the command line.</source>
        <translation>党员名册（PartyRoll）：命令行版党员名册管理程序。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>数据库文件（默认：%1）</translation>
    </message>
    <message>
        <source>language of messages and exports (default: the system&apos;s)</source>
        <translation>提示信息和导出文件的语言（默认：跟随系统）</translation>
    </message>
    <message>
        <source>log more on stderr</source>
        <translation>在 stderr 输出更详细的日志</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>this help; &quot;&lt;command&gt; --help&quot; explains a command</source>
        <translation>显示此帮助；“&lt;命令&gt; --help”显示该命令的说明</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 invalid input (nothing written), 4 database error, 5 permission denied.</source>
        <translation>退出码：0 成功，2 用法错误，3 输入无效（未写入任何数据），4 数据库错误，5 权限不足。</translation>
    </message>
    <message>
        <source>sign in (when access control is on) with the password in PARTYROLL_PASSWORD</source>
        <translation>登录（启用访问控制时），密码取自 PARTYROLL_PASSWORD</translation>
    </message>
</context>
<context>
    <name>CommitteeModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>Heads the unit</source>
        <translation>一肩挑</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is expected</source>
        <translation>%1：文件为空；应有表头行</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (an .xlsx workbook?), not CSV text; give it the .xlsx extension</source>
        <translation>%1 是 ZIP 压缩包（可能是 .xlsx 工作簿），不是 CSV 文本；请将扩展名改为 .xlsx</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook; save it as .xlsx or CSV first</source>
        <translation>%1 是旧版 Excel .xls 工作簿；请先另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>%1: the text is not UTF-8, and this build cannot read GB18030; save the file as UTF-8 CSV</source>
        <translation>%1：文本不是 UTF-8 编码，且此版本无法读取 GB18030；请将文件另存为 UTF-8 编码的 CSV</translation>
    </message>
    <message>
        <source>%1: row %2: the text is not valid %3; does the file mix encodings?</source>
        <translation>%1：第 %2 行：文本不是有效的 %3 编码；文件是否混用了多种编码？</translation>
    </message>
    <message>
        <source>%1: row %2: the row is longer than %3 characters; is a quote not closed?</source>
        <translation>%1：第 %2 行：该行超过 %3 个字符；是否有引号未闭合？</translation>
    </message>
    <message>
        <source>%1: row %2: the file contains a NUL byte; it is not a text table</source>
        <translation>%1：第 %2 行：文件含有 NUL 字节，不是文本表格</translation>
    </message>
    <message>
        <source>%1: row %2: the row has more than %3 columns</source>
        <translation>%1：第 %2 行：该行超过 %3 列</translation>
    </message>
    <message>
        <source>%1: row %2: a quoted cell is not closed</source>
        <translation>%1：第 %2 行：带引号的单元格未闭合</translation>
    </message>
    <message>
        <source>%1 is UTF-32 text; save it as UTF-8 CSV</source>
        <translation>%1 是 UTF-32 文本；请另存为 UTF-8 CSV</translation>
    </message>
    <message>
        <source>%1 contains NUL bytes: it is not a text table (a spreadsheet or another binary file?)</source>
        <translation>%1 含有 NUL 字节：不是文本表格（是电子表格或其他二进制文件？）</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1: the file cannot be created: %2</source>
        <translation>%1：无法创建文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is already closed</source>
        <translation>%1：文件已关闭</translation>
    </message>
    <message>
        <source>%1: the file cannot be written: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The database already holds organizations or members; generate fills an empty database only.</source>
        <translation>数据库中已有党组织或党员；generate 只能填充空数据库。</translation>
    </message>
    <message>
        <source>Data generation was cancelled.</source>
        <translation>已取消生成数据。</translation>
    </message>
    <message>
        <source>The number of members must be between 1 and 10,000,000.</source>
        <translation>党员人数必须在 1 到 10,000,000 之间。</translation>
    </message>
    <message>
        <source>The number of organizations must be between 0 (automatic) and 1,000,000 and the years between 0 and 60.</source>
        <translation>党组织数必须在 0（自动）到 1,000,000 之间，年数必须在 0 到 60 之间。</translation>
    </message>
    <message>
        <source>The generated data broke a rule (%1: %2); nothing was written.</source>
        <translation>生成的数据违反了规则（%1：%2），未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Create one with &quot;partyroll-cli init&quot;.</source>
        <translation>%1 处没有数据库。请用“partyroll-cli init”创建。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database driver does not enforce foreign keys.</source>
        <translation>数据库驱动未强制执行外键约束。</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>读取数据库结构版本</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of PartyRoll (schema %2; this program knows up to %3). Update the program to open it.</source>
        <translation>数据库 %1 由更新版本的党员名册（PartyRoll）写入（结构版本 %2；本程序最高支持 %3）。请升级程序后再打开。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>数据库忙：另一程序正在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written.</source>
        <translation>磁盘已满：未写入任何数据。</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only or missing.</source>
        <translation>无法写入数据库：文件或其所在文件夹为只读或不存在。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a PartyRoll database. Restore it from a backup.</source>
        <translation>数据库文件已损坏，或不是党员名册（PartyRoll）数据库。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database could not be read or written (input/output error).</source>
        <translation>无法读写数据库（输入/输出错误）。</translation>
    </message>
    <message>
        <source>The database reported an error; details are in the log.</source>
        <translation>数据库报告错误；详情见日志。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation>无法写入备份文件 %1。</translation>
    </message>
    <message>
        <source>The database %1 is damaged; restore it from a backup (details in the log).</source>
        <translation>数据库 %1 已损坏，请从备份恢复（详情见日志）。</translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <comment>term election</comment>
        <translation>
            <numerusform>已超期%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <comment>development step</comment>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <comment>correction deadline</comment>
        <translation>
            <numerusform>已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩%n天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevelopmentActions</name>
    <message>
        <source>&amp;Development pipeline…</source>
        <translation>发展党员工作(&amp;D)…</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Applicants, activists, development targets and probationary members of the selected organization, and what is due</source>
        <translation>所选党组织的入党申请人、入党积极分子、发展对象和预备党员，以及到期事项</translation>
    </message>
    <message>
        <source>New &amp;applicant…</source>
        <translation>新入党申请人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Development</source>
        <translation>发展党员(&amp;D)</translation>
    </message>
    <message>
        <source>Development of new members</source>
        <translation>发展党员</translation>
    </message>
</context>
<context>
    <name>DevelopmentRules</name>
    <message>
        <source>the application</source>
        <translation>递交入党申请书</translation>
    </message>
    <message>
        <source>the talk</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>the designation as activist</source>
        <translation>确定为入党积极分子</translation>
    </message>
    <message>
        <source>the designation as development target</source>
        <translation>确定为发展对象</translation>
    </message>
    <message>
        <source>the political review</source>
        <translation>政治审查</translation>
    </message>
    <message>
        <source>the training</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>the pre-review</source>
        <translation>上级党委预审</translation>
    </message>
    <message>
        <source>the admission</source>
        <translation>接收为预备党员</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>上级党委审批</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>%1 (%2) is dated before %3 (%4)</source>
        <translation>%1（%2）早于%3（%4）</translation>
    </message>
    <message>
        <source>%1 needs the date of %2</source>
        <translation>%1需要先有%2的日期</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>the application date is missing</source>
        <translation>缺少申请日期</translation>
    </message>
    <message>
        <source>the training hours are negative</source>
        <translation>培训学时不能为负数</translation>
    </message>
    <message>
        <source>an admitted applicant cannot leave the development</source>
        <translation>已接收为预备党员的人员不能终止发展</translation>
    </message>
    <message>
        <source>the end is dated before the application</source>
        <translation>终止日期早于申请日期</translation>
    </message>
    <message>
        <source>the reason for the end is missing</source>
        <translation>缺少终止原因</translation>
    </message>
    <message>
        <source>an activist has one or two contacts, not %1</source>
        <translation>入党积极分子的培养联系人为一至两名，不能是 %1 名</translation>
    </message>
    <message>
        <source>the same contact is named twice</source>
        <translation>同一培养联系人填写了两次</translation>
    </message>
    <message>
        <source>contacts are assigned to activists</source>
        <translation>培养联系人只能指定给入党积极分子</translation>
    </message>
    <message>
        <source>the activist has no contact yet</source>
        <translation>该入党积极分子尚未指定培养联系人</translation>
    </message>
    <message>
        <source>an admission has two sponsors, not %1</source>
        <translation>接收预备党员需要两名入党介绍人，不能是 %1 名</translation>
    </message>
    <message>
        <source>the same sponsor is named twice</source>
        <translation>同一入党介绍人填写了两次</translation>
    </message>
    <message>
        <source>the admission needs two sponsors</source>
        <translation>接收预备党员需要两名入党介绍人</translation>
    </message>
    <message>
        <source>applied at the age of %1: applicants must be 18 or older</source>
        <translation>申请时年满 %1 岁：申请入党须年满18岁</translation>
    </message>
    <message>
        <source>the talk was due within a month of the application (by %1)</source>
        <translation>应在收到入党申请书后一个月内谈话（%1 前）</translation>
    </message>
    <message>
        <source>a development target needs a year as activist (not before %1)</source>
        <translation>入党积极分子经过一年以上培养教育才能确定为发展对象（不早于 %1）</translation>
    </message>
    <message>
        <source>%1 hours of training: at least 24 hours (3 days) are required</source>
        <translation>培训 %1 学时：集中培训不少于3天（24学时）</translation>
    </message>
    <message>
        <source>the approval was due within 3 months of the admission (by %1)</source>
        <translation>上级党委应在支部大会接收后三个月内审批（%1 前）</translation>
    </message>
    <message>
        <source>the approval came more than 6 months after the admission (by %1 at the latest)</source>
        <translation>审批距支部大会接收超过六个月（最迟 %1）</translation>
    </message>
    <message>
        <source>the exception to &quot;%1&quot; has no reason</source>
        <translation>“%1”的例外缺少批准理由</translation>
    </message>
    <message>
        <source>two exceptions to &quot;%1&quot;</source>
        <translation>“%1”有两条例外记录</translation>
    </message>
    <message>
        <source>18 or older on the application date</source>
        <translation>申请时年满18岁</translation>
    </message>
    <message>
        <source>talk within a month of the application</source>
        <translation>收到申请书后一个月内谈话</translation>
    </message>
    <message>
        <source>a year as activist before becoming a development target</source>
        <translation>培养一年以上方可确定为发展对象</translation>
    </message>
    <message>
        <source>training of at least 24 hours</source>
        <translation>集中培训不少于24学时</translation>
    </message>
    <message>
        <source>approval within 3 months of the admission</source>
        <translation>支部大会接收后三个月内审批</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>development target</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>已接收为预备党员</translation>
    </message>
    <message>
        <source>left the development</source>
        <translation>已终止发展</translation>
    </message>
</context>
<context>
    <name>DevelopmentService</name>
    <message>
        <source>an exception to &quot;%1&quot; is recorded but the rule is kept</source>
        <translation>记录了“%1”的例外，但并未违反该规定</translation>
    </message>
    <message>
        <source>the applicant does not exist</source>
        <translation>该入党申请人不存在</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>applicants are developed by a committee, general branch or branch, not by %1 (%2)</source>
        <translation>发展党员由党委、党总支或党支部负责，不能是 %1（%2）</translation>
    </message>
    <message>
        <source>the organization %1 was dissolved on %2</source>
        <translation>党组织 %1 已于 %2 撤销</translation>
    </message>
    <message>
        <source>an applicant with the citizen ID number %1 is already recorded (%2)</source>
        <translation>公民身份号码为 %1 的入党申请人已有记录（%2）</translation>
    </message>
    <message>
        <source>a member with the citizen ID number %1 already exists</source>
        <translation>公民身份号码为 %1 的党员已存在</translation>
    </message>
    <message>
        <source>the member does not exist</source>
        <translation>该党员不存在</translation>
    </message>
    <message>
        <source>%1 cannot be their own contact or sponsor</source>
        <translation>%1 不能担任自己的培养联系人或入党介绍人</translation>
    </message>
    <message>
        <source>%1 (%2) was not a full member on %3</source>
        <translation>%1（%2）在 %3 不是正式党员</translation>
    </message>
    <message>
        <source>the admission is recorded in the member&apos;s history: correct it there</source>
        <translation>接收预备党员已记入党员的历史，请在党员历史中更正</translation>
    </message>
    <message>
        <source>the person was admitted into this organization: record a move instead</source>
        <translation>此人已被该党组织接收，请改为登记组织内调动</translation>
    </message>
</context>
<context>
    <name>DueElectionsModel</name>
    <message>
        <source>Postponed with approval from %1</source>
        <translation>经批准由%1延期</translation>
    </message>
    <message>
        <source>No valid term election recorded: the term is counted from the establishment</source>
        <translation>未登记有效的换届选举：任期自成立之日起计算</translation>
    </message>
    <message>
        <source>%1 (established)</source>
        <translation>%1（成立）</translation>
    </message>
    <message>
        <source>%1 (postponed)</source>
        <translation>%1（延期）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Term started</source>
        <translation>本届起始</translation>
    </message>
    <message>
        <source>Election due</source>
        <translation>应换届日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DueElectionsWidget</name>
    <message>
        <source>Expired and expiring soon</source>
        <translation>已届满和即将届满</translation>
    </message>
    <message>
        <source>Term expired</source>
        <translation>任期已届满</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将届满</translation>
    </message>
    <message>
        <source>%1 organization(s): %2 with the term expired, %3 expiring within %4 month(s).</source>
        <translation>共%1个党组织：%2个任期已届满，%3个将在%4个月内届满。</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Talk due by</source>
        <translation>谈话期限</translation>
    </message>
    <message>
        <source>Approval due by</source>
        <translation>审批期限</translation>
    </message>
    <message>
        <source>Probation ends on</source>
        <translation>预备期满日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>ElectionActions</name>
    <message>
        <source>&amp;Elections and terms…</source>
        <translation>换届选举与任期(&amp;E)…</translation>
    </message>
    <message>
        <source>Elections &amp;due…</source>
        <translation>换届到期提醒(&amp;D)…</translation>
    </message>
    <message>
        <source>Election &amp;rules…</source>
        <translation>换届规则设置(&amp;R)…</translation>
    </message>
    <message>
        <source>Elections and terms</source>
        <translation>换届选举与任期</translation>
    </message>
    <message>
        <source>Elections due</source>
        <translation>换届到期提醒</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>类型(&amp;K) *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Seats to fill *</source>
        <translation>应选人数(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;Eligible voters *</source>
        <translation>应到会人数(&amp;E) *</translation>
    </message>
    <message>
        <source>From the &amp;roll</source>
        <translation>按名册(&amp;R)</translation>
    </message>
    <message>
        <source>The full members on the roll that day, less those left out on the Voters tab</source>
        <translation>当天在册的正式党员，减去“选举人”页中排除的党员</translation>
    </message>
    <message>
        <source>Voters &amp;present *</source>
        <translation>实到会人数(&amp;P) *</translation>
    </message>
    <message>
        <source>Ballots &amp;issued *</source>
        <translation>发出选票(&amp;I) *</translation>
    </message>
    <message>
        <source>Ballots re&amp;turned *</source>
        <translation>收回选票(&amp;T) *</translation>
    </message>
    <message>
        <source>Term (&amp;years)</source>
        <translation>任期（年）(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Approved on</source>
        <translation>批复日期(&amp;A)</translation>
    </message>
    <message>
        <source>Approval &amp;document</source>
        <translation>批复文号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add candidate</source>
        <translation>添加候选人(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Removes the selected candidate</source>
        <translation>移除所选的候选人</translation>
    </message>
    <message>
        <source>&amp;Voters</source>
        <translation>选举人(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>排除(&amp;L)</translation>
    </message>
    <message>
        <source>Leaves the selected members out of the eligible voters, for the reason chosen</source>
        <translation>按所选原因将所选党员排除在应到会人数之外</translation>
    </message>
    <message>
        <source>Count &amp;in</source>
        <translation>计入(&amp;I)</translation>
    </message>
    <message>
        <source>Counts the selected members among the eligible voters again</source>
        <translation>将所选党员重新计入应到会人数</translation>
    </message>
    <message>
        <source>The organization does not exist.</source>
        <translation>党组织不存在。</translation>
    </message>
    <message>
        <source>A %1 holds no elections: committees, general branches and branches do.</source>
        <translation>%1不进行换届选举：党委、党总支和党支部才进行。</translation>
    </message>
    <message>
        <source>The organization was dissolved on %1.</source>
        <translation>该党组织已于%1撤销。</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>登记选举</translation>
    </message>
    <message>
        <source>The election does not exist.</source>
        <translation>选举记录不存在。</translation>
    </message>
    <message>
        <source>Correct an election</source>
        <translation>更正选举</translation>
    </message>
    <message>
        <source>%1 full member(s) on the roll on %2, %3 left out: %4 eligible voter(s).</source>
        <translation>%2在册正式党员%1人，排除%3人：应到会有选举权党员%4人。</translation>
    </message>
    <message>
        <source>Choose a full member on the roll that day.</source>
        <translation>请选择当天在册的正式党员。</translation>
    </message>
    <message>
        <source>This member is already a candidate for this post.</source>
        <translation>该党员已是此职务的候选人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Verdict: valid. Elected: %1.</source>
        <translation>选举结果：有效。当选：%1。</translation>
    </message>
    <message>
        <source>Verdict: not valid.</source>
        <translation>选举结果：无效。</translation>
    </message>
    <message>
        <source>The election cannot be saved: see the problems marked.</source>
        <translation>无法保存：请查看标出的问题。</translation>
    </message>
</context>
<context>
    <name>ElectionImporter</name>
    <message>
        <source>the number is missing</source>
        <translation>缺少数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为%1的党组织</translation>
    </message>
    <message>
        <source>the date of the election is missing</source>
        <translation>缺少选举日期</translation>
    </message>
    <message>
        <source>the election of %1 on %2 appears already in row %3</source>
        <translation>%1于%2的选举已出现在第%3行</translation>
    </message>
    <message>
        <source>candidate %1 (%2): %3</source>
        <translation>候选人%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ElectionRules</name>
    <message>
        <source>the date of the election is missing</source>
        <translation>缺少选举日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>at least one seat must be elected</source>
        <translation>应选人数至少为1</translation>
    </message>
    <message>
        <source>there must be at least one eligible voter</source>
        <translation>应到会有选举权党员至少为1人</translation>
    </message>
    <message>
        <source>the number of voters present cannot be negative</source>
        <translation>实到会人数不能为负数</translation>
    </message>
    <message>
        <source>%1 voters present but only %2 eligible</source>
        <translation>实到会%1人，但应到会只有%2人</translation>
    </message>
    <message>
        <source>the number of ballots cannot be negative</source>
        <translation>选票数不能为负数</translation>
    </message>
    <message>
        <source>%1 ballots issued but only %2 voters present</source>
        <translation>发出选票%1张，但实到会只有%2人</translation>
    </message>
    <message>
        <source>the approval precedes the election</source>
        <translation>批复日期早于选举日期</translation>
    </message>
    <message>
        <source>a term lasts 1 to %1 years</source>
        <translation>任期为1至%1年</translation>
    </message>
    <message>
        <source>the candidate is missing</source>
        <translation>缺少候选人</translation>
    </message>
    <message>
        <source>the votes cannot be negative</source>
        <translation>得票数不能为负数</translation>
    </message>
    <message>
        <source>%1 votes but only %2 ballots returned</source>
        <translation>得票%1张，但收回选票只有%2张</translation>
    </message>
    <message>
        <source>only a secretary can also head the unit (一肩挑)</source>
        <translation>只有书记才能一肩挑</translation>
    </message>
    <message>
        <source>this member is already a committee candidate</source>
        <translation>该党员已是委员候选人</translation>
    </message>
    <message>
        <source>this member is already a candidate for this post</source>
        <translation>该党员已是此职务的候选人</translation>
    </message>
    <message>
        <source>one person cannot stand for both secretary and deputy secretary</source>
        <translation>同一人不能同时为书记和副书记候选人</translation>
    </message>
    <message>
        <source>one candidate per post: the secretary already has a candidate</source>
        <translation>每个职务只有一名候选人：书记已有候选人</translation>
    </message>
    <message>
        <source>%1 votes but the committee that elects the %2 has %3 members</source>
        <translation>得票%1张，但选举%2的委员会只有%3名委员</translation>
    </message>
    <message>
        <source>the committee candidates have %1 votes in all, more than %2 ballots of %3 seats allow</source>
        <translation>委员候选人共得%1票，超过%2张选票、每张选%3人所能投出的票数</translation>
    </message>
    <message>
        <source>without committee candidates the meeting elects the secretary and deputy directly, one candidate per post: %1 candidates for %2 posts</source>
        <translation>没有委员候选人时由党员大会直接选举书记、副书记，每个职务一名候选人：现有%1名候选人、%2个职务</translation>
    </message>
    <message>
        <source>%1 of %2 eligible voters present: at least %3 (four fifths) are needed</source>
        <translation>应到会%2人，实到会%1人：至少需%3人（五分之四）</translation>
    </message>
    <message>
        <source>%1 ballots returned but %2 issued: the round is void</source>
        <translation>收回选票%1张，多于发出的%2张：本次选举无效</translation>
    </message>
    <message>
        <source>%1 candidates for %2 seats: at least %3 are needed (20% more than the seats)</source>
        <translation>应选%2人，候选人%1人：至少需%3人（差额不少于20%）</translation>
    </message>
    <message>
        <source>no candidates are recorded</source>
        <translation>未登记候选人</translation>
    </message>
    <message>
        <source>%1 candidates for %2 posts: each post needs its candidate</source>
        <translation>%2个职务只有%1名候选人：每个职务都需要候选人</translation>
    </message>
    <message>
        <source>%1 of %2 seats won more than half of %3 votes: the other seats need another round</source>
        <translation>应选%2人，只有%1人得票超过%3票的半数：其余名额需另行选举</translation>
    </message>
    <message>
        <source>a tie for the last seat (%1 votes each): a re-vote is needed</source>
        <translation>最后一个名额得票相等（各%1票）：需重新投票</translation>
    </message>
    <message>
        <source>the %1 candidate was not elected to the committee</source>
        <translation>%1候选人未当选委员</translation>
    </message>
    <message>
        <source>the %1 candidate won %2 of %3 committee votes: more than half are needed</source>
        <translation>%1候选人在%3名委员中得%2票：需超过半数</translation>
    </message>
    <message>
        <source>the %1 candidate won %2 votes of %3: more than half are needed</source>
        <translation>%1候选人得%2票（共%3票）：需超过半数</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>到会人数不足</translation>
    </message>
    <message>
        <source>More ballots returned than issued</source>
        <translation>收回选票多于发出选票</translation>
    </message>
    <message>
        <source>Too few candidates</source>
        <translation>候选人数不足</translation>
    </message>
    <message>
        <source>Not elected by more than half</source>
        <translation>得票未超过半数</translation>
    </message>
    <message>
        <source>Tie for the last seat</source>
        <translation>最后名额得票相等</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>ElectionService</name>
    <message>
        <source>a term lasts 1 to %1 years</source>
        <translation>任期为1至%1年</translation>
    </message>
    <message>
        <source>the reminder comes 0 to 24 months before a term expires</source>
        <translation>提醒时间为任期届满前0至24个月</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>党组织不存在</translation>
    </message>
    <message>
        <source>a %1 holds no elections: committees, general branches and branches do</source>
        <translation>%1不进行换届选举：党委、党总支和党支部才进行</translation>
    </message>
    <message>
        <source>a temporary organization holds no term elections</source>
        <translation>临时党组织不进行换届选举</translation>
    </message>
    <message>
        <source>an election of this organization on %1 is already recorded</source>
        <translation>该党组织%1的选举已登记</translation>
    </message>
    <message>
        <source>the organization did not exist on %1</source>
        <translation>该党组织在%1尚未成立或已撤销</translation>
    </message>
    <message>
        <source>%1 was not on the roll of the organization on %2</source>
        <translation>%1在%2不属于该党组织</translation>
    </message>
    <message>
        <source>%1 was a probationary member on %2: only full members vote and stand for election</source>
        <translation>%1在%2是预备党员：只有正式党员有选举权和被选举权</translation>
    </message>
    <message>
        <source>a member is left out of the voters twice</source>
        <translation>同一党员被重复排除在选举人之外</translation>
    </message>
    <message>
        <source>the election does not exist</source>
        <translation>选举记录不存在</translation>
    </message>
    <message>
        <source>the postponement does not exist</source>
        <translation>延期记录不存在</translation>
    </message>
</context>
<context>
    <name>ElectionSettingsDialog</name>
    <message>
        <source>Election settings</source>
        <translation>选举设置</translation>
    </message>
    <message>
        <source>&amp;Elected by more than half of *</source>
        <translation>当选须超过半数的基数(&amp;E) *</translation>
    </message>
    <message>
        <source>Term of a party &amp;committee *</source>
        <translation>基层党委任期(&amp;C) *</translation>
    </message>
    <message>
        <source>Term of a &amp;general branch *</source>
        <translation>党总支任期(&amp;G) *</translation>
    </message>
    <message>
        <source>Term of a &amp;branch *</source>
        <translation>党支部任期(&amp;B) *</translation>
    </message>
    <message>
        <source>Term in a &amp;village or community *</source>
        <translation>建制村、社区党组织任期(&amp;V) *</translation>
    </message>
    <message>
        <source>&amp;Remind before expiry (months) *</source>
        <translation>届满前提醒（月）(&amp;R) *</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>the voters present (实到会)</source>
        <translation>实到会人数</translation>
    </message>
    <message>
        <source>the eligible voters (应到会)</source>
        <translation>应到会人数</translation>
    </message>
    <message>
        <source>These rules apply to the whole database. Saving recomputes the verdict of every election and the posts the elections set.</source>
        <translation>这些规则适用于整个数据库。保存后将重新计算所有选举的结果及其产生的职务。</translation>
    </message>
</context>
<context>
    <name>ElectionsCommand</name>
    <message>
        <source>Term elections: &quot;due&quot; lists expired terms and terms expiring soon; &quot;settings&quot; shows or changes the election rules.</source>
        <translation>换届选举：“due”列出任期已届满和即将届满的党组织；“settings”显示或修改选举规则。</translation>
    </message>
    <message>
        <source>Usage: partyroll-cli elections due [--as-of DATE] [--org CODE]</source>
        <translation>用法：partyroll-cli elections due [--as-of 日期] [--org 代码]</translation>
    </message>
    <message>
        <source>       partyroll-cli elections settings [options]</source>
        <translation>      partyroll-cli elections settings [选项]</translation>
    </message>
    <message>
        <source>Run &quot;partyroll-cli elections due --help&quot; or &quot;... settings --help&quot; for the options.</source>
        <translation>选项说明见“partyroll-cli elections due --help”或“... settings --help”。</translation>
    </message>
    <message>
        <source>&quot;elections&quot; needs a subcommand: due or settings</source>
        <translation>“elections”需要子命令：due 或 settings</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; of &quot;elections&quot;: use due or settings</source>
        <translation>“elections”没有子命令“%1”：请用 due 或 settings</translation>
    </message>
    <message>
        <source>Organizations whose term has expired, or expires within the reminder window, most overdue first. Columns: code, name, term started, due on, days overdue (negative: days left), status.</source>
        <translation>任期已届满或在提醒期内届满的党组织，超期最久的在前。各列：代码、名称、本届起始日期、应换届日期、超期天数（负数为剩余天数）、状态。</translation>
    </message>
    <message>
        <source>Reckon on this date (default: today).</source>
        <translation>按此日期计算（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation>只含该党组织及其下级组织。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为%1的党组织</translation>
    </message>
    <message>
        <source>%1 organization(s) as of %2: %3 with the term expired, %4 expiring within %5 month(s).</source>
        <translation>截至%2共%1个党组织：%3个任期已届满，%4个将在%5个月内届满。</translation>
    </message>
    <message>
        <source>Shows the election settings of the database; the options given change them (every verdict and the posts elections set are recomputed).</source>
        <translation>显示本数据库的选举设置；给出的选项将修改设置（重新计算所有选举结果及其产生的职务）。</translation>
    </message>
    <message>
        <source>Term of a party committee in years (default 5).</source>
        <translation>基层党委任期（年，默认5）。</translation>
    </message>
    <message>
        <source>Term of a general branch in years (default 3).</source>
        <translation>党总支任期（年，默认3）。</translation>
    </message>
    <message>
        <source>Term of a branch in years (default 3).</source>
        <translation>党支部任期（年，默认3）。</translation>
    </message>
    <message>
        <source>Term of any organization of a village or community in years (default 5).</source>
        <translation>建制村、社区党组织任期（年，默认5）。</translation>
    </message>
    <message>
        <source>Remind this many months before a term expires (default 6).</source>
        <translation>任期届满前多少个月提醒（默认6）。</translation>
    </message>
    <message>
        <source>Elected means more than half of the voters present (default) or of the eligible voters.</source>
        <translation>当选须得票超过实到会人数（默认）或应到会人数的半数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数</translation>
    </message>
    <message>
        <source>--threshold-base takes present or eligible</source>
        <translation>--threshold-base 只能是 present 或 eligible</translation>
    </message>
    <message>
        <source>--%1 takes a whole number</source>
        <translation>--%1 需要整数</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source> (postponed from %1)</source>
        <translation>（经批准由%1延期）</translation>
    </message>
    <message>
        <source> (no valid term election recorded: counted from the establishment)</source>
        <translation>（未登记有效的换届选举：自成立之日起计算）</translation>
    </message>
</context>
<context>
    <name>ElectionsModel</name>
    <message numerus="yes">
        <source>%n year(s), until %1</source>
        <translation>
            <numerusform>%n年，至%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>应选人数</translation>
    </message>
    <message>
        <source>Present / eligible</source>
        <translation>实到会/应到会</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>选举结果</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批复</translation>
    </message>
</context>
<context>
    <name>ElectionsWidget</name>
    <message>
        <source>&amp;New election...</source>
        <translation>登记选举(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Correct...</source>
        <translation>更正(&amp;C)...</translation>
    </message>
    <message>
        <source>Corrects the selected election</source>
        <translation>更正所选的选举</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the selected election and undoes the posts it set</source>
        <translation>删除所选的选举并撤销其产生的职务</translation>
    </message>
    <message>
        <source>&amp;Postpone...</source>
        <translation>延期换届(&amp;P)...</translation>
    </message>
    <message>
        <source>Records an approved postponement of the term election (at most one year)</source>
        <translation>登记经批准的延期换届（最长一年）</translation>
    </message>
    <message>
        <source>Current committee</source>
        <translation>现任班子</translation>
    </message>
    <message>
        <source>Elections of %1</source>
        <translation>%1的选举</translation>
    </message>
    <message>
        <source>A %1 holds no elections.</source>
        <translation>%1不进行换届选举。</translation>
    </message>
    <message>
        <source>The organization is dissolved.</source>
        <translation>该党组织已撤销。</translation>
    </message>
    <message>
        <source>This organization has no elected term.</source>
        <translation>该党组织没有选举产生的任期。</translation>
    </message>
    <message>
        <source>No valid term election and no establishment date are recorded: the next election&apos;s date is unknown.</source>
        <translation>未登记有效的换届选举，也没有成立日期：无法确定下次换届日期。</translation>
    </message>
    <message numerus="yes">
        <source>Current term since %1 (%n year(s)).</source>
        <translation>
            <numerusform>本届自%1起（任期%n年）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No valid term election recorded: the term is counted from the establishment on %1 (%n year(s)).</source>
        <translation>
            <numerusform>未登记有效的换届选举：任期自%1成立起计算（%n年）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Next election due on %1: %2.</source>
        <translation>应于%1换届：%2。</translation>
    </message>
    <message>
        <source>Postponed with approval from %1.</source>
        <translation>经批准由%1延期。</translation>
    </message>
    <message>
        <source>Delete election</source>
        <translation>删除选举</translation>
    </message>
    <message>
        <source>Delete the %1 of %2? The posts it set are undone.</source>
        <translation>删除%2的%1？其产生的职务将被撤销。</translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the event is missing</source>
        <translation>缺少事件</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>with this file, the recorded event %1 of %2 becomes impossible: %3</source>
        <translation>导入此文件后，已记录的事件（%2 %1）将不合逻辑：%3</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>a .csv or .xlsx file to write</source>
        <translation>要写入的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation>仅限该党组织及其下属党组织。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>%1: %2 row(s) written.</source>
        <translation>%1：已写入 %2 行。</translation>
    </message>
    <message>
        <source>Export %1 to CSV or XLSX (imports back).</source>
        <translation>将%1导出为 CSV 或 XLSX（可再导入）。</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: use %2</source>
        <translation>无法导出“%1”：请使用 %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>%1 and its sub-organizations</source>
        <translation>%1及其下级党组织</translation>
    </message>
    <message>
        <source>name.xlsx or name.csv</source>
        <translation>文件名.xlsx 或 文件名.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>Records of:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>导出未执行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabels</name>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Fill an empty database with realistic synthetic data (same seed, same data).</source>
        <translation>用逼真的模拟数据填充空数据库（种子相同则数据相同）。</translation>
    </message>
    <message>
        <source>Number of members.</source>
        <translation>党员人数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of organizations (default: members / 20).</source>
        <translation>党组织数量（默认：党员人数 / 20）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Years of history (default: 10).</source>
        <translation>历史年数（默认：10）。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Random seed (default: 1).</source>
        <translation>随机种子（默认：1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day of the history (default: today).</source>
        <translation>历史数据的截止日期（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>generate needs --members N</source>
        <translation>generate 需要 --members N</translation>
    </message>
    <message>
        <source>--members, --orgs, --years and --seed take whole numbers</source>
        <translation>--members、--orgs、--years 和 --seed 须为整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Generated %1 organizations, %2 members, %3 membership events, %4 posts, %5 applicants, %6 elections and %7 democratic reviews (%8 results) in %9 s.</source>
        <translation>已生成 %1 个党组织、%2 名党员、%3 条党员变动、%4 条职务记录、%5 名入党申请人、%6 次选举和 %7 次民主评议党员（%8 条评议结果），用时 %9 秒。</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>unknown column (use --ignore-unknown to skip it)</source>
        <translation>未知列（使用 --ignore-unknown 可跳过）</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列重复出现</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>a .csv (UTF-8 or GB18030, comma or tab) or .xlsx file</source>
        <translation>.csv（UTF-8 或 GB18030 编码，逗号或制表符分隔）或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Check every row and write nothing.</source>
        <translation>检查每一行，但不写入任何数据。</translation>
    </message>
    <message>
        <source>Skip columns this program does not know.</source>
        <translation>跳过本程序无法识别的列。</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) in %3 row(s); nothing was written.</source>
        <translation>%1：%3 行中有 %2 个问题；未写入任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 row(s) checked, no problems; nothing was written (dry run).</source>
        <translation>%1：已检查 %2 行，未发现问题；未写入任何数据（试运行）。</translation>
    </message>
    <message>
        <source>%1: %2 row(s): %3 created, %4 updated, %5 already recorded.</source>
        <translation>%1：共 %2 行：新建 %3 条，更新 %4 条，已有记录 %5 条。</translation>
    </message>
    <message>
        <source>Import %1 from CSV or XLSX: all rows or none.</source>
        <translation>从 CSV 或 XLSX 导入%1：全部导入或全部不导入。</translation>
    </message>
    <message>
        <source>orgs, org-events, members, events, posts, applicants, elections, candidates or reviews</source>
        <translation>orgs（党组织）、org-events（党组织变动）、members（党员）、events（党员变动）、posts（职务）、applicants（入党申请人）、elections（换届选举）、candidates（候选人）或 reviews（民主评议）</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: use %2</source>
        <translation>无法导入“%1”：请使用 %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with the import columns</source>
        <translation>含导入列的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Only check the file (write nothing)</source>
        <translation>仅检查文件（不写入）</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>导入未执行。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1. Nothing was written; correct the file and import it again.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题，未写入任何数据；请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %n row(s) would be imported (%1 new, %2 changed, %3 already recorded). Nothing was written.</source>
        <translation>
            <numerusform>文件无误：将导入 %n 行（新增 %1，修改 %2，已有 %3）。本次未写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new, %2 changed, %3 already recorded.</source>
        <translation>
            <numerusform>已导入 %n 行：新增 %1，修改 %2，已有 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The database %1 has access control. Sign in to open it.</source>
        <translation>数据库 %1 已启用访问控制，请登录后打开。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>PartyRoll was locked after a time without use. Enter the password of %1 to go on.</source>
        <translation>党员名册因一段时间无操作已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>正在验证……</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartyRoll - %1</source>
        <translation>党员名册 - %1</translation>
    </message>
    <message>
        <source>%1 members on the roll in %2 organizations</source>
        <translation>%2 个党组织，在册党员 %1 名</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>显示 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>PartyRoll databases (*.db);;All files (*)</source>
        <translation>党员名册数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近打开的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find members</source>
        <translation>查找党员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About PartyRoll</source>
        <translation>关于党员名册(&amp;A)</translation>
    </message>
    <message>
        <source>PartyRoll</source>
        <translation>党员名册</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 已存在，请直接打开。</translation>
    </message>
    <message>
        <source>About PartyRoll</source>
        <translation>关于党员名册</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartyRoll %1&lt;/h3&gt;&lt;p&gt;The party member roster of grassroots organizations: members and their history, organizations, posts, imports and exports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;党员名册 %1&lt;/h3&gt;&lt;p&gt;基层党组织党员名册管理：党员及其党籍变动、党组织、职务、导入和导出。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when PartyRoll starts again.</source>
        <translation>语言将在重新启动党员名册后生效。</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Print roster...</source>
        <translation>打印名册(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>党员(&amp;M)</translation>
    </message>
    <message>
        <source>Record &amp;event</source>
        <translation>记录党籍变动(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Member roster</source>
        <translation>党员名册</translation>
    </message>
    <message>
        <source>Member roster of %1</source>
        <translation>%1党员名册</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>打印名册</translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation>全部党员(&amp;A)</translation>
    </message>
    <message>
        <source>The roll of the whole database (no organization selected)</source>
        <translation>显示整个数据库的在册党员（不限党组织）</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部党员</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Annual statistics...</source>
        <translation>年度党内统计(&amp;A)...</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Annual statistics</source>
        <translation>年度党内统计</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>用户(&amp;U)...</translation>
    </message>
    <message>
        <source>Audit &amp;trail...</source>
        <translation>审计记录(&amp;T)...</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>&amp;New member…</source>
        <translation>新增党员(&amp;N)…</translation>
    </message>
    <message>
        <source>Admit a new member into the selected organization (Ctrl+N)</source>
        <translation>在所选组织中新增党员（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>编辑党员(&amp;E)…</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑党员</translation>
    </message>
</context>
<context>
    <name>MemberEditDialog</name>
    <message>
        <source>Member</source>
        <translation>党员信息</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>Convert to 18 characters</source>
        <translation>转换为18位</translation>
    </message>
    <message>
        <source>Convert the old 15-digit number to its 18-character form</source>
        <translation>将旧的15位号码转换为18位号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>From the ID number</source>
        <translation>由公民身份号码得出</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>党籍信息</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Full membership date</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>The organization, category and dates change only through membership events (admission, conversion, transfer ...).</source>
        <translation>所在党组织、人员类别和各日期只能通过党籍变动（入党、转正、组织关系转接等）更改。</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>先进</translation>
    </message>
    <message>
        <source>Party worker</source>
        <translation>党务工作者</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist date</source>
        <translation>确定积极分子日期</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>流动去向</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联党员</translation>
    </message>
    <message>
        <source>Lost contact since</source>
        <translation>失联日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>失联原因</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>该党员不存在。</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑党员信息</translation>
    </message>
    <message>
        <source>Edit member: %1</source>
        <translation>编辑党员信息：%1</translation>
    </message>
    <message>
        <source>Not on the roll of any organization</source>
        <translation>不在任何党组织的名册上</translation>
    </message>
    <message>
        <source>a member with the citizen ID number %1 already exists: %2</source>
        <translation>公民身份号码为 %1 的党员已存在：%2</translation>
    </message>
    <message>
        <source>The member was not saved. Please correct:</source>
        <translation>党员信息未保存，请更正：</translation>
    </message>
    <message>
        <source>The member was not saved: %1</source>
        <translation>党员信息未保存：%1</translation>
    </message>
</context>
<context>
    <name>MemberFormValidator</name>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少所在党组织</translation>
    </message>
    <message>
        <source>no organization is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的党组织</translation>
    </message>
    <message>
        <source>the admission date is missing</source>
        <translation>缺少入党日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>MemberHistoryModel</name>
    <message>
        <source>The member does not exist.</source>
        <translation>该党员不存在。</translation>
    </message>
    <message>
        <source>Outside this database</source>
        <translation>本库以外</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Category after</source>
        <translation>事件后类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MemberHistoryWidget</name>
    <message>
        <source>Convert to full…</source>
        <translation>转正…</translation>
    </message>
    <message>
        <source>Extend probation…</source>
        <translation>延长预备期…</translation>
    </message>
    <message>
        <source>Cancel probation…</source>
        <translation>取消预备党员资格…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>组织内调动…</translation>
    </message>
    <message>
        <source>Transfer out…</source>
        <translation>组织关系转出…</translation>
    </message>
    <message>
        <source>Transfer in…</source>
        <translation>组织关系转入…</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>党员减少</translation>
    </message>
    <message>
        <source>Death, expulsion, removal, withdrawal or suspension</source>
        <translation>死亡、开除党籍、除名、劝退或停止党籍</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复党籍…</translation>
    </message>
    <message>
        <source>Re-admit…</source>
        <translation>重新接收为预备党员…</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>党籍记录</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Select a member to see their history.</source>
        <translation>请选择一名党员以查看其党籍记录。</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>该党员不存在。</translation>
    </message>
    <message>
        <source>Not on the roll since %1 (%2)</source>
        <translation>自 %1 起不在名册上（%2）</translation>
    </message>
    <message>
        <source>Not on a roll in this database</source>
        <translation>不在本库任何党组织名册上</translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>the citizen ID number %1 appears already in row %2</source>
        <translation>公民身份号码 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>the admission date is missing</source>
        <translation>缺少入党日期</translation>
    </message>
    <message>
        <source>a full member needs the date of conversion to full membership</source>
        <translation>正式党员须填写转正日期</translation>
    </message>
    <message>
        <source>a probationary member has no date of conversion to full membership</source>
        <translation>预备党员不应有转正日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>differs from the recorded admission date %1; change history with import events</source>
        <translation>与已记录的入党日期 %1 不一致；如需修改历史记录，请使用 import events</translation>
    </message>
    <message>
        <source>differs from the recorded date of conversion %1; change history with import events</source>
        <translation>与已记录的转正日期 %1 不一致；如需修改历史记录，请使用 import events</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MemberPostsModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>Also heads the unit</source>
        <translation>一肩挑</translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the name is longer than 50 characters</source>
        <translation>姓名超过50个字符</translation>
    </message>
    <message>
        <source>the birth date %1 differs from the one in the citizen ID number (%2)</source>
        <translation>出生日期 %1 与公民身份号码中的出生日期（%2）不一致</translation>
    </message>
    <message>
        <source>the gender differs from the one in the citizen ID number (%1)</source>
        <translation>性别与公民身份号码中的性别（%1）不一致</translation>
    </message>
    <message>
        <source>unknown ethnic group &quot;%1&quot;</source>
        <translation>未知民族“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <source>the organization %1 was dissolved on %2</source>
        <translation>党组织 %1 已于 %2 撤销</translation>
    </message>
    <message>
        <source>members are kept on the roll of a committee, general branch or branch, not of %1 (%2)</source>
        <translation>党员应在党委、党总支或党支部在册，而不能在 %1（%2）在册</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>the admission date is missing</source>
        <translation>缺少入党日期</translation>
    </message>
    <message>
        <source>a member with the citizen ID number %1 already exists</source>
        <translation>公民身份号码为 %1 的党员已存在</translation>
    </message>
    <message>
        <source>the member does not exist</source>
        <translation>该党员不存在</translation>
    </message>
    <message>
        <source>the members cannot be moved to the organization they are on the roll of</source>
        <translation>党员已在该党组织，不能调动到本组织</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>the member is already a party member</source>
        <translation>该人员已是党员</translation>
    </message>
    <message>
        <source>admitted before the age of 18 (born %1)</source>
        <translation>入党时未满18周岁（出生于 %1）</translation>
    </message>
    <message>
        <source>%1 before admission</source>
        <translation>“%1”早于入党</translation>
    </message>
    <message>
        <source>%1 for a member who is not on the roll</source>
        <translation>“%1”的对象不是在册党员</translation>
    </message>
    <message>
        <source>%1 for a member who is not a probationary member</source>
        <translation>“%1”的对象不是预备党员</translation>
    </message>
    <message>
        <source>%1 names another organization than the member&apos;s</source>
        <translation>“%1”所填党组织与该党员所在党组织不一致</translation>
    </message>
    <message>
        <source>the probation can be extended only once</source>
        <translation>预备期只能延长一次</translation>
    </message>
    <message>
        <source>converted before the probation ends on %1</source>
        <translation>预备期于 %1 届满，不能提前转正</translation>
    </message>
    <message>
        <source>transferred in before admission: record the admission first</source>
        <translation>组织关系转入早于入党：请先登记接收预备党员</translation>
    </message>
    <message>
        <source>transferred in while already on the roll</source>
        <translation>已在册，不能再转入组织关系</translation>
    </message>
    <message>
        <source>transferred in after leaving the party</source>
        <translation>已出党，不能再转入组织关系</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>moved into the organization the member is already in</source>
        <translation>组织内调动的目标即该党员当前所在党组织</translation>
    </message>
    <message>
        <source>only a suspended member can be restored</source>
        <translation>只有停止党籍的党员才能恢复党籍</translation>
    </message>
    <message>
        <source>%1: the member already left on %2</source>
        <translation>“%1”：该党员自 %2 起已不在册</translation>
    </message>
    <message>
        <source>the member left on %1 (%2) and may not rejoin before %3</source>
        <translation>该党员已于%1出党（%2），%3前不得重新入党</translation>
    </message>
</context>
<context>
    <name>MembershipEventDialog</name>
    <message>
        <source>Record a membership event</source>
        <translation>登记党籍事件</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>所在党组织：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>&amp;Admitted into:</source>
        <translation>接收到(&amp;A)：</translation>
    </message>
    <message>
        <source>Empty: admitted outside this database</source>
        <translation>留空：在本库以外入党</translation>
    </message>
    <message>
        <source>&amp;Transferred into:</source>
        <translation>转入到(&amp;T)：</translation>
    </message>
    <message>
        <source>Where from, introduction letter number</source>
        <translation>转自何处、介绍信编号</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>调出：</translation>
    </message>
    <message>
        <source>&amp;Moved to:</source>
        <translation>调入(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Restored into:</source>
        <translation>恢复到(&amp;R)：</translation>
    </message>
    <message>
        <source>Empty: the organization the member left</source>
        <translation>留空：恢复到原党组织</translation>
    </message>
    <message>
        <source>Approval document number</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <source>Branch meeting, approval document number</source>
        <translation>支部大会日期、批准文号</translation>
    </message>
    <message>
        <source>Length (6 to 12 months) and reason</source>
        <translation>延长期限（6至12个月）及原因</translation>
    </message>
    <message>
        <source>Organization left:</source>
        <translation>原党组织：</translation>
    </message>
    <message>
        <source>Destination, introduction letter number</source>
        <translation>去向、介绍信编号</translation>
    </message>
    <message>
        <source>Reason, decision document number</source>
        <translation>原因、决定文号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>该党员不存在。</translation>
    </message>
    <message>
        <source>No organization of %1 is called “%2”: choose one from the list.</source>
        <translation>%1 时没有名为“%2”的党组织，请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the organization from the list.</source>
        <translation>请从列表中选择党组织。</translation>
    </message>
</context>
<context>
    <name>OrgEventImporter</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>the organization code is missing</source>
        <translation>缺少党组织代码</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>the event is missing</source>
        <translation>缺少事件</translation>
    </message>
    <message>
        <source>a re-affiliation needs the new parent&apos;s code</source>
        <translation>调整隶属关系须填写新上级党组织代码</translation>
    </message>
    <message>
        <source>a renaming needs the new name</source>
        <translation>更名须填写新名称</translation>
    </message>
</context>
<context>
    <name>OrgHistory</name>
    <message>
        <source>the organization was dissolved on %1</source>
        <translation>该党组织已于 %1 撤销</translation>
    </message>
    <message>
        <source>dated before the organization was established (%1)</source>
        <translation>日期早于该党组织成立日期（%1）</translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation>党组织不能以自身为上级党组织</translation>
    </message>
    <message>
        <source>the new name is missing</source>
        <translation>缺少新名称</translation>
    </message>
</context>
<context>
    <name>OrganizationActions</name>
    <message>
        <source>New &amp;organization…</source>
        <translation>新建组织(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>编辑组织(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>更名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-&amp;affiliate…</source>
        <translation>调整隶属关系(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Dissolve…</source>
        <translation>撤销(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Posts…</source>
        <translation>职务(&amp;P)…</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新建组织</translation>
    </message>
</context>
<context>
    <name>OrganizationEditDialog</name>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>代码(&amp;C) *</translation>
    </message>
    <message>
        <source>e.g. BR101</source>
        <translation>例如 BR101</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>类型(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Unit category</source>
        <translation>单位类别(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Established on</source>
        <translation>成立日期(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. 2020-07-01</source>
        <translation>例如 2020-07-01</translation>
    </message>
    <message>
        <source>&amp;Parent organization</source>
        <translation>上级党组织(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Staff count</source>
        <translation>在职人数(&amp;S)</translation>
    </message>
    <message>
        <source>staff of the unit, may stay empty</source>
        <translation>单位在职人数，可不填</translation>
    </message>
    <message>
        <source>Te&amp;mporary organization (e.g. a temporary branch)</source>
        <translation>临时党组织（如临时党支部）(&amp;M)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 为必填项</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新建党组织</translation>
    </message>
    <message>
        <source>The organization does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>&amp;Parent at establishment</source>
        <translation>成立时的上级党组织(&amp;P)</translation>
    </message>
    <message>
        <source>This corrects the record as it was at establishment. Later renaming, re-affiliation and dissolution are dated events.</source>
        <translation>此处更正党组织成立时的登记信息。此后的更名、调整隶属关系和撤销按日期作为事件记录。</translation>
    </message>
    <message>
        <source>Dissolved on %1.</source>
        <translation>已于 %1 撤销。</translation>
    </message>
    <message>
        <source>Edit organization %1</source>
        <translation>编辑党组织 %1</translation>
    </message>
    <message>
        <source>%1 did not exist on %2: choose another parent.</source>
        <translation>%1 在 %2 尚未成立或已撤销，请另选上级党组织。</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s code.</source>
        <translation>请填写党组织代码。</translation>
    </message>
    <message>
        <source>A code has no spaces.</source>
        <translation>代码中不能有空格。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>代码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>Choose the unit category.</source>
        <translation>请选择单位类别。</translation>
    </message>
    <message>
        <source>Enter the establishment date.</source>
        <translation>请填写成立日期。</translation>
    </message>
    <message>
        <source>Write the date as 2020-07-01.</source>
        <translation>日期格式如 2020-07-01。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>请填写不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Choose an organization from the list.</source>
        <translation>请从列表中选择党组织。</translation>
    </message>
    <message>
        <source>An organization cannot be its own parent.</source>
        <translation>党组织不能是自己的上级。</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标出的项目。</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>未保存：请更正标出的项目。</translation>
    </message>
</context>
<context>
    <name>OrganizationEventDialog</name>
    <message>
        <source>Organization event</source>
        <translation>党组织变动</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>e.g. 2020-07-01</source>
        <translation>例如 2020-07-01</translation>
    </message>
    <message>
        <source>New &amp;parent organization *</source>
        <translation>新的上级党组织(&amp;P) *</translation>
    </message>
    <message>
        <source>New &amp;name *</source>
        <translation>新名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Move its members to *</source>
        <translation>党员调动到(&amp;M) *</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Re-affiliate %1</source>
        <translation>调整隶属关系：%1</translation>
    </message>
    <message>
        <source>Re-affiliate</source>
        <translation>调整隶属关系</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>更名：%1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The organization does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Write the date as 2020-07-01.</source>
        <translation>日期格式如 2020-07-01。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The organization was established on %1: choose a later date.</source>
        <translation>该党组织成立于 %1，请选择此后的日期。</translation>
    </message>
    <message>
        <source>Choose the new parent organization.</source>
        <translation>请选择新的上级党组织。</translation>
    </message>
    <message>
        <source>Choose an organization from the list.</source>
        <translation>请从列表中选择党组织。</translation>
    </message>
    <message>
        <source>An organization cannot be its own parent.</source>
        <translation>党组织不能是自己的上级。</translation>
    </message>
    <message>
        <source>Enter the new name.</source>
        <translation>请填写新名称。</translation>
    </message>
    <message>
        <source>Choose the organization that takes the members.</source>
        <translation>请选择接收党员的党组织。</translation>
    </message>
    <message>
        <source>Choose another organization: this one is being dissolved.</source>
        <translation>请另选党组织：本组织正在撤销。</translation>
    </message>
    <message>
        <source>Not recorded: see the marked field.</source>
        <translation>未记录：见标出的项目。</translation>
    </message>
    <message>
        <source>Move and dissolve</source>
        <translation>调动党员并撤销</translation>
    </message>
    <message>
        <source>Not recorded: correct the marked fields first.</source>
        <translation>未记录：请先更正标出的项目。</translation>
    </message>
    <message>
        <source>%1

Move them to another organization on %2 and then dissolve %3?</source>
        <translation>%1

是否于 %2 将这些党员调动到其他党组织，然后撤销 %3？</translation>
    </message>
    <message>
        <source>Choose the organization that takes the members, then press Move and dissolve.</source>
        <translation>请选择接收党员的党组织，然后点击“调动党员并撤销”。</translation>
    </message>
</context>
<context>
    <name>OrganizationImporter</name>
    <message>
        <source>the organization code is missing</source>
        <translation>缺少党组织代码</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the type is missing</source>
        <translation>缺少党组织类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people</source>
        <translation>“%1”不是有效人数</translation>
    </message>
    <message>
        <source>the code %1 appears already in row %2</source>
        <translation>代码 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>the parent codes form a cycle</source>
        <translation>上级党组织代码形成循环</translation>
    </message>
    <message>
        <source>the parent %1 (row %2) could not be recorded</source>
        <translation>上级党组织 %1（第 %2 行）未能录入</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>the organization code is missing</source>
        <translation>缺少党组织代码</translation>
    </message>
    <message>
        <source>an organization code has at most 40 characters and no spaces</source>
        <translation>党组织代码最多40个字符，且不能含空格</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the establishment date is in the future</source>
        <translation>成立日期晚于今天</translation>
    </message>
    <message>
        <source>the staff count cannot be negative</source>
        <translation>职工人数不能为负数</translation>
    </message>
    <message>
        <source>the code %1 is already used</source>
        <translation>代码 %1 已被使用</translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation>党组织不能以自身为上级党组织</translation>
    </message>
    <message>
        <source>the parent organization does not exist</source>
        <translation>上级党组织不存在</translation>
    </message>
    <message>
        <source>a %1 cannot be placed under a %2</source>
        <translation>%1不能隶属于%2</translation>
    </message>
    <message>
        <source>the parent organization %1 was established only on %2</source>
        <translation>上级党组织 %1 于 %2 才成立</translation>
    </message>
    <message>
        <source>the parent organization %1 was dissolved on %2</source>
        <translation>上级党组织 %1 已于 %2 撤销</translation>
    </message>
    <message>
        <source>the parent organization %1 belongs to this organization&apos;s own subtree</source>
        <translation>上级党组织 %1 是本党组织的下属党组织</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are on the roll of %1 on %2: move them to another organization first</source>
        <translation>
            <numerusform>%2 时 %1 仍有 %n 名在册党员：请先将其调至其他党组织</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has sub-organizations on %2: dissolve or re-affiliate them first</source>
        <translation>%2 时 %1 仍有下属党组织：请先撤销或调整其隶属关系</translation>
    </message>
    <message>
        <source>dissolved before it was established</source>
        <translation>撤销日期早于成立日期</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>the organization was already dissolved on %1</source>
        <translation>该党组织已于 %1 撤销</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the new name is missing</source>
        <translation>缺少新名称</translation>
    </message>
</context>
<context>
    <name>OrganizationTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>organization code (type)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) on its own roll</source>
        <translation>
            <numerusform>本组织在册 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) including sub-organizations</source>
        <translation>
            <numerusform>含下级党组织共 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Members on the roll, including sub-organizations</source>
        <translation>在册党员数（含下级党组织）</translation>
    </message>
    <message numerus="yes">
        <source>Term expired %n day(s) ago: election due</source>
        <translation>
            <numerusform>任期已届满 %n 天，应进行换届</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Term expires in %n day(s)</source>
        <translation>
            <numerusform>任期 %n 天后届满</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationTreeWidget</name>
    <message>
        <source>Search organizations</source>
        <translation>搜索党组织</translation>
    </message>
    <message>
        <source>Filter the tree by organization name or code</source>
        <translation>按党组织名称或代码筛选</translation>
    </message>
</context>
<context>
    <name>PipelineWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Activists</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Development targets</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Show &amp;admitted and ended</source>
        <translation>显示已接收和已终止的(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New applicant…</source>
        <translation>新入党申请人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1（%2，逾期 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Talks due</source>
        <translation>待谈话</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Probations ending within %1 days</source>
        <translation>%1天内预备期满</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;Post *</source>
        <translation>职务(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;Member *</source>
        <translation>党员(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;From *</source>
        <translation>任职日期(&amp;F) *</translation>
    </message>
    <message>
        <source>e.g. 2020-07-01</source>
        <translation>例如 2020-07-01</translation>
    </message>
    <message>
        <source>Also heads the unit (一肩挑)</source>
        <translation>兼任单位行政负责人（一肩挑）</translation>
    </message>
    <message>
        <source>&amp;Ended on *</source>
        <translation>离任日期(&amp;E) *</translation>
    </message>
    <message>
        <source>Assign a post</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>The organization does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>A party group has no committee posts.</source>
        <translation>党小组不设委员会职务。</translation>
    </message>
    <message>
        <source>The organization was dissolved on %1.</source>
        <translation>该党组织已于 %1 撤销。</translation>
    </message>
    <message>
        <source>End a post</source>
        <translation>离任</translation>
    </message>
    <message>
        <source>This post ended on %1.</source>
        <translation>该职务已于 %1 离任。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Write the date as 2020-07-01.</source>
        <translation>日期格式如 2020-07-01。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The post started on %1: it cannot end earlier.</source>
        <translation>该职务任职日期为 %1，离任日期不能早于此日期。</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>请选择党员。</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>请从列表中选择党员。</translation>
    </message>
    <message>
        <source>Not saved: see the marked field.</source>
        <translation>未保存：见标出的项目。</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>未保存：请先更正标出的项目。</translation>
    </message>
</context>
<context>
    <name>PostImporter</name>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>the post is missing</source>
        <translation>缺少职务</translation>
    </message>
    <message>
        <source>the start date is missing</source>
        <translation>缺少任职日期</translation>
    </message>
</context>
<context>
    <name>PostService</name>
    <message>
        <source>the start date is missing</source>
        <translation>缺少任职日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the post ends before it starts</source>
        <translation>离任日期早于任职日期</translation>
    </message>
    <message>
        <source>only a secretary can also head the unit (一肩挑)</source>
        <translation>只有书记才能兼任单位行政负责人（一肩挑）</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>a party group has no committee posts</source>
        <translation>党小组不设委员职务</translation>
    </message>
    <message>
        <source>the organization %1 was dissolved on %2</source>
        <translation>党组织 %1 已于 %2 撤销</translation>
    </message>
    <message>
        <source>the member does not exist</source>
        <translation>该党员不存在</translation>
    </message>
    <message>
        <source>the post starts before the member was admitted (%1)</source>
        <translation>任职日期早于入党日期（%1）</translation>
    </message>
    <message>
        <source>the post does not exist</source>
        <translation>该任职记录不存在</translation>
    </message>
</context>
<context>
    <name>PostponementDialog</name>
    <message>
        <source>Postpone the term election</source>
        <translation>延期换届</translation>
    </message>
    <message>
        <source>&amp;Approved on *</source>
        <translation>批复日期(&amp;A) *</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;New due date *</source>
        <translation>新的换届日期(&amp;N) *</translation>
    </message>
    <message>
        <source>Approval &amp;document</source>
        <translation>批复文号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>The organization has no term to postpone.</source>
        <translation>该党组织没有可延期的任期。</translation>
    </message>
    <message>
        <source>The term since %1 expires on %2; the election is due on %3 (%4). A postponement moves it by at most one year, to %5 at the latest.</source>
        <translation>自%1起的本届任期于%2届满；应于%3换届（%4）。延期最长一年，最迟至%5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The secretary also heads the unit (一肩挑)</source>
        <translation>书记兼任单位行政负责人（一肩挑）</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>于 %1 离任</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>Heads the unit</source>
        <translation>一肩挑</translation>
    </message>
</context>
<context>
    <name>PostsWidget</name>
    <message>
        <source>&amp;Assign post...</source>
        <translation>任职(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;End post...</source>
        <translation>离任(&amp;E)...</translation>
    </message>
    <message>
        <source>Ends the selected post on a date</source>
        <translation>按日期结束所选职务</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>%1 的职务</translation>
    </message>
    <message>
        <source>A party group has no committee posts.</source>
        <translation>党小组不设委员会职务。</translation>
    </message>
    <message>
        <source>The organization is dissolved.</source>
        <translation>该党组织已撤销。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the annual statistics report of the whole database or one organization&apos;s subtree as PDF or XLSX.</source>
        <translation>生成全部或某一党组织及其下级的年度统计报表（PDF 或 XLSX）。</translation>
    </message>
    <message>
        <source>The year Y: period Y-01-01 to Y-12-31, as of Y-12-31.</source>
        <translation>年份 Y：统计期间 Y-01-01 至 Y-12-31，截至 Y-12-31。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation>仅统计该党组织及其下级。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The report file: .pdf or .xlsx.</source>
        <translation>报表文件：.pdf 或 .xlsx。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--year is required</source>
        <translation>必须指定 --year</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &quot;%1&quot;</source>
        <translation>--year 应为年份，如 2025，而不是“%1”</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .xlsx file, not &quot;%1&quot;</source>
        <translation>--out 必须是 .pdf 或 .xlsx 文件，而不是“%1”</translation>
    </message>
    <message>
        <source>a PDF report needs the report command&apos;s application (run partyroll-cli report)</source>
        <translation>PDF 报表须由 report 命令生成（请运行 partyroll-cli report）</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>%1: the file cannot be created: %2</source>
        <translation>%1：无法创建文件：%2</translation>
    </message>
    <message>
        <source>%1: the file cannot be written: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
</context>
<context>
    <name>ReportXlsxWriter</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a checked copy of the backup FILE, keeping the replaced file.</source>
        <translation>用备份 FILE 经检查的副本替换数据库，并保留被替换的文件。</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be restored.</source>
        <translation>只能恢复 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema version %3).</source>
        <translation>已从 %2 恢复 %1（结构版本 %3）。</translation>
    </message>
    <message>
        <source>The replaced database file is kept as %1.</source>
        <translation>被替换的数据库文件保留为 %1。</translation>
    </message>
    <message>
        <source>Migrated to schema version %1.</source>
        <translation>已升级到结构版本 %1。</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Democratic &amp;review…</source>
        <translation>民主评议(&amp;R)…</translation>
    </message>
    <message>
        <source>Review &amp;overview…</source>
        <translation>民主评议总览(&amp;O)…</translation>
    </message>
    <message>
        <source>Correction &amp;deadlines…</source>
        <translation>限期改正到期(&amp;D)…</translation>
    </message>
    <message>
        <source>Review r&amp;ules…</source>
        <translation>民主评议规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Democratic review</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>Democratic review overview</source>
        <translation>民主评议总览</translation>
    </message>
    <message>
        <source>Correction deadlines</source>
        <translation>限期改正到期情况</translation>
    </message>
</context>
<context>
    <name>ReviewCorrectionsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Year reviewed</source>
        <translation>评议年度</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>处置日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>改正期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReviewCorrectionsWidget</name>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Deadlines &amp;within</source>
        <translation>期限在以下天数内(&amp;W)</translation>
    </message>
    <message>
        <source>%1 correction(s) not yet closed: %2 past the deadline, %3 due within %4 day(s).</source>
        <translation>%1人限期改正尚未结束：%2人已过期限，%3人在%4天内到期。</translation>
    </message>
</context>
<context>
    <name>ReviewGridModel</name>
    <message>
        <source>choose the reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <source>Not on the roll on the review&apos;s date: this result is left over from a corrected history</source>
        <translation>评议当日不在该党组织名册中：此结果为更正党员历史后遗留的记录</translation>
    </message>
    <message>
        <source>Exempt needs its approved reason; the result is saved once the reason is chosen</source>
        <translation>免评须有经批准的原因；选择原因后结果才会保存</translation>
    </message>
    <message>
        <source>The member left the party through this review; the result is part of the member&apos;s history</source>
        <translation>该党员经本次评议处置已出党；此结果已记入党员历史</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <source>Reason of exemption</source>
        <translation>免评原因</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>组织处置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReviewGridWidget</name>
    <message>
        <source>&amp;Year reviewed</source>
        <translation>评议年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Held &amp;on</source>
        <translation>评议日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>登记本次评议(&amp;R)</translation>
    </message>
    <message>
        <source>Change the &amp;date</source>
        <translation>修改日期(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the review</source>
        <translation>删除本次评议</translation>
    </message>
    <message>
        <source>Set all to &amp;qualified</source>
        <translation>全部设为合格(&amp;Q)</translation>
    </message>
    <message>
        <source>Every member without a result becomes qualified (a probationary member: took part); then enter the exceptions</source>
        <translation>尚无结果的党员全部设为合格（预备党员设为参加），然后逐个录入例外情况</translation>
    </message>
    <message>
        <source>&amp;Handle…</source>
        <translation>组织处置(&amp;H)…</translation>
    </message>
    <message>
        <source>The measure taken on the selected unqualified member</source>
        <translation>对选中的不合格党员作出的组织处置</translation>
    </message>
    <message>
        <source>Keys in the list: 1 excellent, 2 qualified, 3 basically qualified, 4 unqualified, 5 took part (probationary), 6 absent, 7 exempt; Delete clears; Enter handles an unqualified member.</source>
        <translation>列表中的按键：1 优秀，2 合格，3 基本合格，4 不合格，5 参加（预备党员），6 未参加，7 免评；Delete 清除；Enter 对不合格党员进行组织处置。</translation>
    </message>
    <message>
        <source>Democratic review of %1（%2）</source>
        <translation>%1（%2）民主评议党员</translation>
    </message>
    <message>
        <source>The review of %1 was held on %2; it covers the members on the roll of the organization and its sub-organizations that day.</source>
        <translation>%1年度民主评议于%2进行，评议当日该党组织及其下级党组织名册中的党员均参加评议。</translation>
    </message>
    <message>
        <source>No review of %1 is recorded: enter the date it was held and record it.</source>
        <translation>尚未登记%1年度民主评议：请输入评议日期并登记。</translation>
    </message>
    <message>
        <source>%1 on the roll: %2 exempt, %3 to be reviewed; %4 took part (%5). Excellent %6, qualified %7, basically qualified %8, unqualified %9 (%10 handled); %11 absent, %12 without result.</source>
        <translation>名册%1人：免评%2人，应参加评议%3人；实际参加%4人（%5）。优秀%6人，合格%7人，基本合格%8人，不合格%9人（已处置%10人）；未参加%11人，尚无结果%12人。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of members who were not on the roll that day (grey)</source>
        <translation>
            <numerusform>%n 条结果属于当日不在册的党员（灰色）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exemption(s) not saved: choose the reason</source>
        <translation>
            <numerusform>%n人免评尚未保存：请选择原因</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The review does not exist.</source>
        <translation>该次评议不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the review of %1 and its %n recorded result(s)?</source>
        <translation>
            <numerusform>删除%1年度民主评议及已登记的%n条评议结果吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewHandlingDialog</name>
    <message>
        <source>Handle an unqualified member</source>
        <translation>不合格党员组织处置</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>处置方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Decided on *</source>
        <translation>处置日期(&amp;D) *</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Correction dead&amp;line</source>
        <translation>改正期限(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Corrected on</source>
        <translation>改正日期(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation>尚未处置</translation>
    </message>
    <message>
        <source>The review does not exist.</source>
        <translation>该次评议不存在。</translation>
    </message>
    <message>
        <source>The member is not on the roll of this review.</source>
        <translation>该党员不在本次评议的名册中。</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4 in the review of %5 held on %6</source>
        <translation>%1（%2），%3：在%6进行的%5年度民主评议中为“%4”</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>Only an unqualified member is handled: record the result &quot;unqualified&quot; first.</source>
        <translation>只对不合格党员进行组织处置：请先将评议结果登记为“不合格”。</translation>
    </message>
    <message>
        <source>%1: this is part of the member&apos;s history and cannot be changed here.</source>
        <translation>%1：已记入党员历史，不能在此修改。</translation>
    </message>
    <message numerus="yes">
        <source>empty: %n month(s) after the decision</source>
        <translation>
            <numerusform>留空：处置后%n个月</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Saving records the member&apos;s departure (%1) on %2: off the roll from that day, and no re-admission before %3. It cannot be undone here.</source>
        <translation>保存后将登记该党员于%2出党（%1）：自当日起不在党员名册中，%3前不得重新入党。此操作不能在此撤销。</translation>
    </message>
    <message>
        <source>Corrected on %1: the deadline is closed.</source>
        <translation>已于%1改正：限期改正结束。</translation>
    </message>
    <message>
        <source>The member has until %1 to correct (at most a year after the decision).</source>
        <translation>该党员须在%1前改正（最长为处置后一年）。</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>the review of %1 for %2 is dated %3 in row %4</source>
        <translation>%1的%2年度民主评议在第%4行的日期为%3</translation>
    </message>
    <message>
        <source>the review of %1 for %2 could not be recorded (row %3)</source>
        <translation>%1的%2年度民主评议未能登记（第%3行）</translation>
    </message>
    <message>
        <source>the year is missing</source>
        <translation>缺少评议年度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年度</translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation>缺少党组织</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为%1的党组织</translation>
    </message>
    <message>
        <source>the date of the review is missing</source>
        <translation>缺少评议日期</translation>
    </message>
    <message>
        <source>the result is missing</source>
        <translation>缺少评议结果</translation>
    </message>
    <message>
        <source>this member&apos;s result in the review of %1 for %2 is already in row %3</source>
        <translation>该党员在%1的%2年度民主评议中的结果已在第%3行</translation>
    </message>
</context>
<context>
    <name>ReviewOverviewModel</name>
    <message>
        <source>Held on %1</source>
        <translation>已于%1评议</translation>
    </message>
    <message>
        <source>Covered by %1&apos;s review on %2</source>
        <translation>已参加%1于%2进行的评议</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>未评议</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免评</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>参加评议</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>参评率</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ReviewOverviewWidget</name>
    <message>
        <source>&amp;Year reviewed</source>
        <translation>评议年度(&amp;Y)</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>Held their own review</source>
        <translation>本组织已评议</translation>
    </message>
    <message>
        <source>Without their own review</source>
        <translation>本组织未评议</translation>
    </message>
    <message>
        <source>Not covered by any review</source>
        <translation>未参加任何评议</translation>
    </message>
    <message>
        <source>Reading the reviews of %1…</source>
        <translation>正在读取 %1 的民主评议情况…</translation>
    </message>
    <message>
        <source>%1 organization(s): %2 held their own review of %3, %4 covered by a review above, %5 without review. %6 of %7 members to be reviewed took part (%8).</source>
        <translation>共%1个党组织：%2个已开展%3年度民主评议，%4个参加了上级党组织的评议，%5个未评议。应参加评议党员%7人，实际参加%6人（%8）。</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>%1 is not a year that can be reviewed</source>
        <translation>%1不是可以评议的年度</translation>
    </message>
    <message>
        <source>the date of the review is missing</source>
        <translation>缺少评议日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期%1晚于今天</translation>
    </message>
    <message>
        <source>the review of %1 is held in %1 or early in %2, not on %3</source>
        <translation>%1年度民主评议应在%1年或%2年初进行，不能是%3</translation>
    </message>
    <message>
        <source>the result is missing</source>
        <translation>缺少评议结果</translation>
    </message>
    <message>
        <source>a probationary member takes part in the review but is not graded: use &quot;took part&quot; (参加)</source>
        <translation>预备党员参加评议但不评定等次：请使用“参加”</translation>
    </message>
    <message>
        <source>a full member who takes part is graded: excellent, qualified, basically qualified or unqualified</source>
        <translation>正式党员参加评议须评定等次：优秀、合格、基本合格或不合格</translation>
    </message>
    <message>
        <source>an exemption needs its approved reason</source>
        <translation>免评须有经批准的原因</translation>
    </message>
    <message>
        <source>a reason of exemption goes only with the result &quot;exempt&quot; (免评)</source>
        <translation>只有评议结果为“免评”时才填写免评原因</translation>
    </message>
    <message>
        <source>only an unqualified member is handled</source>
        <translation>只对不合格党员进行组织处置</translation>
    </message>
    <message>
        <source>a date of handling without a handling</source>
        <translation>有处置日期但没有处置方式</translation>
    </message>
    <message>
        <source>a correction deadline without a handling</source>
        <translation>有改正期限但没有处置方式</translation>
    </message>
    <message>
        <source>a date of correction without a correction</source>
        <translation>有改正日期但不是限期改正</translation>
    </message>
    <message>
        <source>the date of the handling is missing</source>
        <translation>缺少处置日期</translation>
    </message>
    <message>
        <source>the handling on %1 precedes the review on %2</source>
        <translation>处置日期%1早于评议日期%2</translation>
    </message>
    <message>
        <source>the correction deadline is missing</source>
        <translation>缺少改正期限</translation>
    </message>
    <message>
        <source>the correction deadline %1 must come after the decision on %2</source>
        <translation>改正期限%1须晚于处置日期%2</translation>
    </message>
    <message>
        <source>the correction deadline is at most one year after the decision: %1 at the latest</source>
        <translation>改正期限最长为处置后一年：最晚为%1</translation>
    </message>
    <message>
        <source>the correction on %1 precedes the decision on %2</source>
        <translation>改正日期%1早于处置日期%2</translation>
    </message>
    <message>
        <source>a member who corrected is not persuaded to withdraw or removed</source>
        <translation>已改正的党员不再劝其退党或除名</translation>
    </message>
    <message>
        <source>the correction deadline %1 precedes the review on %2</source>
        <translation>改正期限%1早于评议日期%2</translation>
    </message>
    <message>
        <source>%1 of %2 graded full members rated excellent: at most %3/%4 (%5) should be</source>
        <translation>评定等次的%2名正式党员中有%1名评为优秀：一般不超过%3/%4（%5名）</translation>
    </message>
    <message>
        <source>the share of excellent members is a fraction n/d with 1 &lt;= n &lt;= d &lt;= 100</source>
        <translation>优秀比例为分数 n/d，且 1 &lt;= n &lt;= d &lt;= 100</translation>
    </message>
    <message>
        <source>a correction deadline is 1 to %1 months</source>
        <translation>改正期限为1至%1个月</translation>
    </message>
    <message>
        <source>Corrected on %1 (deadline %2)</source>
        <translation>已于%1改正（期限%2）</translation>
    </message>
    <message>
        <source>Correction by %1 (decided %2)</source>
        <translation>限期改正至%1（%2处置）</translation>
    </message>
    <message>
        <source>Persuaded to withdraw on %1</source>
        <translation>%1劝其退党</translation>
    </message>
    <message>
        <source>Removed on %1</source>
        <translation>%1除名</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>the review campaign does not exist</source>
        <translation>该次民主评议不存在</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>a %1 holds no review: committees, general branches and branches do</source>
        <translation>%1不开展民主评议：由基层党委、党总支和党支部开展</translation>
    </message>
    <message>
        <source>the organization did not exist on %1</source>
        <translation>该党组织在%1尚不存在或已撤销</translation>
    </message>
    <message>
        <source>the review of %1 for %2 is already recorded (held on %3)</source>
        <translation>%1的%2年度民主评议已登记（评议日期%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 left the party through this review (%2): the review cannot be deleted</source>
        <translation>%1经本次评议处置已出党（%2）：不能删除本次评议</translation>
    </message>
    <message>
        <source>%1 was not on the roll of the organization or its sub-organizations on %2</source>
        <translation>%1在%2不在该党组织及其下级党组织的名册中</translation>
    </message>
    <message>
        <source>the member left the party through this review (%1): it is part of the member&apos;s history and cannot be changed here</source>
        <translation>该党员经本次评议处置已出党（%1）：已记入党员历史，不能在此修改</translation>
    </message>
    <message>
        <source>Democratic review of %1: %2</source>
        <translation>%1年度民主评议：%2</translation>
    </message>
    <message>
        <source>a result is recorded for %1 (%2), who was not on the roll on %3</source>
        <translation>%1（%2）在%3不在名册中，却登记了评议结果</translation>
    </message>
</context>
<context>
    <name>ReviewSettingsDialog</name>
    <message>
        <source>Democratic review rules</source>
        <translation>民主评议规则</translation>
    </message>
    <message>
        <source>&amp;Excellent at most</source>
        <translation>优秀比例不超过(&amp;E)</translation>
    </message>
    <message>
        <source>of the graded full members</source>
        <translation>（占评定等次的正式党员）</translation>
    </message>
    <message>
        <source>Default &amp;correction deadline (months)</source>
        <translation>默认改正期限（月）(&amp;C)</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>These rules apply to the whole database. More excellent members than the share is a warning, never a refusal; a correction deadline is at most a year.</source>
        <translation>这些规则适用于整个数据库。优秀超过比例只作提示，不会拒绝保存；改正期限最长为一年。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>department staff</source>
        <translation>组织部门工作人员</translation>
    </message>
    <message>
        <source>branch secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查阅人员</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>RosterPrinter</name>
    <message>
        <source>The roster has %1 members; print at most %2 (choose an organization or search), or export it to a file.</source>
        <translation>名册共有 %1 名党员，最多可打印 %2 名（请选择组织或搜索），或导出到文件。</translation>
    </message>
    <message>
        <source>%1 members, as of %2</source>
        <translation>共 %1 名党员，截至 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>打印名册</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <source>Search by name, citizen ID number or phone</source>
        <translation>按姓名、公民身份号码或联系电话搜索</translation>
    </message>
    <message>
        <source>Include sub-organizations</source>
        <translation>包含下级党组织</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Members on the roll at the end of each year</source>
        <translation>各年末在册党员数</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Grassroots organizations</source>
        <translation>基层党组织</translation>
    </message>
    <message>
        <source>Party committees</source>
        <translation>基层党委</translation>
    </message>
    <message>
        <source>General branches</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Temporary organizations</source>
        <translation>临时党组织</translation>
    </message>
    <message>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Grassroots organizations by unit category</source>
        <translation>基层党组织（按单位类别）</translation>
    </message>
    <message>
        <source>Branches with a committee</source>
        <translation>设支部委员会的党支部</translation>
    </message>
    <message>
        <source>Secretaries</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy secretaries</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Secretaries and deputy secretaries</source>
        <translation>书记、副书记</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Also head of the unit</source>
        <translation>一肩挑</translation>
    </message>
    <message>
        <source>Average age</source>
        <translation>平均年龄</translation>
    </message>
    <message>
        <source>College education or above</source>
        <translation>大专及以上学历</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Members on the roll</source>
        <translation>党员总数</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女党员</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>少数民族党员</translation>
    </message>
    <message>
        <source>Aged 35 or under</source>
        <translation>35岁及以下</translation>
    </message>
    <message>
        <source>30 or under</source>
        <translation>30岁及以下</translation>
    </message>
    <message>
        <source>31 to 35</source>
        <translation>31至35岁</translation>
    </message>
    <message>
        <source>36 to 40</source>
        <translation>36至40岁</translation>
    </message>
    <message>
        <source>41 to 45</source>
        <translation>41至45岁</translation>
    </message>
    <message>
        <source>46 to 50</source>
        <translation>46至50岁</translation>
    </message>
    <message>
        <source>51 to 55</source>
        <translation>51至55岁</translation>
    </message>
    <message>
        <source>56 to 60</source>
        <translation>56至60岁</translation>
    </message>
    <message>
        <source>61 to 65</source>
        <translation>61至65岁</translation>
    </message>
    <message>
        <source>66 to 70</source>
        <translation>66至70岁</translation>
    </message>
    <message>
        <source>71 or over</source>
        <translation>71岁及以上</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Before October 1949</source>
        <translation>1949年10月以前</translation>
    </message>
    <message>
        <source>October 1949 to December 1978</source>
        <translation>1949年10月至1978年12月</translation>
    </message>
    <message>
        <source>January 1979 to October 2012</source>
        <translation>1979年1月至2012年10月</translation>
    </message>
    <message>
        <source>November 2012 on</source>
        <translation>2012年11月以后</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Mobile members</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联党员</translation>
    </message>
    <message>
        <source>Party workers</source>
        <translation>党务工作者</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation>党员增减变化</translation>
    </message>
    <message>
        <source>On the roll at the start of the period</source>
        <translation>期初党员数</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>接收预备党员</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>组织关系转入</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复党籍</translation>
    </message>
    <message>
        <source>Total increase</source>
        <translation>增加合计</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>减少</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>劝退或退党</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停止党籍</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>组织关系转出</translation>
    </message>
    <message>
        <source>Probation cancelled</source>
        <translation>取消预备党员资格</translation>
    </message>
    <message>
        <source>Total decrease</source>
        <translation>减少合计</translation>
    </message>
    <message>
        <source>Development of new members</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>收到入党申请</translation>
    </message>
    <message>
        <source>Activists designated</source>
        <translation>确定入党积极分子</translation>
    </message>
    <message>
        <source>Activists at the end of the period</source>
        <translation>期末入党积极分子</translation>
    </message>
    <message>
        <source>Development targets at the end of the period</source>
        <translation>期末发展对象</translation>
    </message>
    <message>
        <source>Admitted as probationary members</source>
        <translation>接收预备党员</translation>
    </message>
    <message>
        <source>Aged 35 or under on admission</source>
        <translation>入党时35岁及以下</translation>
    </message>
    <message>
        <source>Advanced (holding an honour)</source>
        <translation>先进人物</translation>
    </message>
    <message>
        <source>Converted to full members</source>
        <translation>预备党员转正</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>换届选举</translation>
    </message>
    <message>
        <source>Elections held</source>
        <translation>进行换届选举</translation>
    </message>
    <message>
        <source>Organizations that held elections</source>
        <translation>进行换届选举的党组织</translation>
    </message>
    <message>
        <source>Elections failing a rule</source>
        <translation>不符合规定的选举</translation>
    </message>
    <message>
        <source>Term expired, no election since</source>
        <translation>任期届满未换届</translation>
    </message>
    <message>
        <source>Democratic review of members</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>Members to be reviewed</source>
        <translation>应参加评议党员</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免评</translation>
    </message>
    <message>
        <source>Took part (participation rate)</source>
        <translation>参加评议（参评率）</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Unqualified members handled</source>
        <translation>不合格党员已作组织处置</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation>该党组织不存在</translation>
    </message>
    <message>
        <source>the statistics need a period and an as-of date</source>
        <translation>统计需要统计期间和截止日期</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>统计期间的开始日期晚于结束日期</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>Statistics of the whole database</source>
        <translation>党员统计（全部党组织）</translation>
    </message>
    <message>
        <source>Statistics of %1 (%2)</source>
        <translation>%1（%2）党员统计</translation>
    </message>
    <message>
        <source>As of %1; period %2 to %3</source>
        <translation>统计截至 %1；统计期间 %2 至 %3</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Annual statistics</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>党组织：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Computing the statistics of %1…</source>
        <translation>正在统计%1年度数据…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The statistics were not computed.</source>
        <translation>统计未能完成。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the annual statistics</source>
        <translation>导出年度统计</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Print the roster statistics of the whole database or one organization&apos;s subtree.</source>
        <translation>输出全部党组织或某一党组织（含下级）的党员统计。</translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation>只统计该党组织及其下级。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The year Y: period Y-01-01 to Y-12-31, as of Y-12-31.</source>
        <translation>年度 Y：统计期间 Y-01-01 至 Y-12-31，截至 Y-12-31。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>As of this date; the period runs from 1 January of its year (default: today).</source>
        <translation>截至该日期；统计期间从该年1月1日起（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start of the period (with --to).</source>
        <translation>统计期间的开始日期（与 --to 同用）。</translation>
    </message>
    <message>
        <source>End of the period and as-of date (with --from).</source>
        <translation>统计期间的结束日期，即截止日期（与 --from 同用）。</translation>
    </message>
    <message>
        <source>json, text or csv (default: text).</source>
        <translation>json、text 或 csv（默认：text）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--format takes json, text or csv, not &quot;%1&quot;</source>
        <translation>--format 只能是 json、text 或 csv，不能是“%1”</translation>
    </message>
    <message>
        <source>give one of --year, --as-of or --from with --to</source>
        <translation>--year、--as-of、--from 加 --to 只能给出其中一种</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from 和 --to 须同时给出</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &quot;%1&quot;</source>
        <translation>--year 须为年份（如 2025），不能是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>统计期间的开始日期晚于结束日期</translation>
    </message>
</context>
<context>
    <name>SubtreeListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SubtreeScope</name>
    <message>
        <source>All organizations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>%1 and its sub-organizations</source>
        <translation>%1及其下级党组织</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>this row has more cells than the header has columns</source>
        <translation>该行的单元格数多于表头列数</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>已取消导入；未写入任何数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是/否 (yes/no)</source>
        <translation>“%1”不是“是/否”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>the citizen ID number is missing</source>
        <translation>缺少公民身份号码</translation>
    </message>
    <message>
        <source>no member has the citizen ID number %1 (import the member first)</source>
        <translation>没有公民身份号码为 %1 的党员（请先导入该党员）</translation>
    </message>
</context>
<context>
    <name>TableKindLabels</name>
    <message>
        <source>Organizations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Organization events (re-affiliation, renaming, dissolution)</source>
        <translation>组织变动（隶属调整、更名、撤销）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Membership events (conversion, transfers, departures)</source>
        <translation>党籍变动（转正、转接、出党等）</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Term elections</source>
        <translation>换届选举</translation>
    </message>
    <message>
        <source>Election candidates and votes</source>
        <translation>选举候选人及得票</translation>
    </message>
    <message>
        <source>Democratic review results</source>
        <translation>民主评议结果</translation>
    </message>
    <message>
        <source>Applicants (development of new members)</source>
        <translation>入党申请人（发展党员）</translation>
    </message>
</context>
<context>
    <name>TermRules</name>
    <message>
        <source>the approval date is missing</source>
        <translation>缺少批复日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the new due date is missing</source>
        <translation>缺少新的换届日期</translation>
    </message>
    <message>
        <source>the organization has no term to postpone on that date (no valid term election and no establishment date recorded, or it did not exist then)</source>
        <translation>该党组织在该日期没有可延期的任期（既无有效的换届选举也无成立日期，或当时尚未成立）</translation>
    </message>
    <message>
        <source>the term expires on %1: a postponement moves the election after that date</source>
        <translation>任期于%1届满：延期换届须推迟到该日期之后</translation>
    </message>
    <message>
        <source>a postponement is at most one year: the election is due on %1 at the latest</source>
        <translation>延期换届最长一年：最迟应于%1换届</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Users and access control: add, list, passwd, disable (the first administrator turns access control on).</source>
        <translation>用户与访问控制：add、list、passwd、disable（添加第一个管理员即启用访问控制）。</translation>
    </message>
    <message>
        <source>Usage: partyroll-cli user add LOGIN --role admin|department|secretary|viewer [--org CODE]</source>
        <translation>用法：partyroll-cli user add 登录名 --role admin|department|secretary|viewer [--org 代码]</translation>
    </message>
    <message>
        <source>       partyroll-cli user list</source>
        <translation>      partyroll-cli user list</translation>
    </message>
    <message>
        <source>       partyroll-cli user passwd LOGIN</source>
        <translation>      partyroll-cli user passwd 登录名</translation>
    </message>
    <message>
        <source>       partyroll-cli user disable LOGIN [--enable]</source>
        <translation>      partyroll-cli user disable 登录名 [--enable]</translation>
    </message>
    <message>
        <source>The password of the new or changed user comes from PARTYROLL_NEW_PASSWORD; once access control is on, sign in with --user LOGIN and PARTYROLL_PASSWORD.</source>
        <translation>新建或修改的用户密码取自 PARTYROLL_NEW_PASSWORD；启用访问控制后，请用 --user 登录名 和 PARTYROLL_PASSWORD 登录。</translation>
    </message>
    <message>
        <source>&quot;user&quot; needs a subcommand: add, list, passwd or disable</source>
        <translation>“user”需要子命令：add、list、passwd 或 disable</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; of &quot;user&quot;: use add, list, passwd or disable</source>
        <translation>“user”没有子命令“%1”：请使用 add、list、passwd 或 disable</translation>
    </message>
    <message>
        <source>Adds a user with the password in PARTYROLL_NEW_PASSWORD.</source>
        <translation>添加用户，密码取自 PARTYROLL_NEW_PASSWORD。</translation>
    </message>
    <message>
        <source>the new user&apos;s login</source>
        <translation>新用户的登录名</translation>
    </message>
    <message>
        <source>admin, department, secretary or viewer.</source>
        <translation>admin（管理员）、department（组织部门工作人员）、secretary（支部书记）或 viewer（查阅人员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The organization of a secretary (required) or of a viewer (optional).</source>
        <translation>支部书记所在党组织（必填）或查阅人员的党组织（可选）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>--role takes admin, department, secretary or viewer</source>
        <translation>--role 的取值为 admin、department、secretary 或 viewer</translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation>没有代码为 %1 的党组织</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Access control is now on: sign in with --user LOGIN and the password in PARTYROLL_PASSWORD.</source>
        <translation>访问控制已启用：请用 --user 登录名 登录，密码放在 PARTYROLL_PASSWORD 中。</translation>
    </message>
    <message>
        <source>Lists the users: login, role, organization, state, last sign-in, failed sign-ins.</source>
        <translation>列出用户：登录名、角色、党组织、状态、上次登录、登录失败次数。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Sets a user&apos;s password to PARTYROLL_NEW_PASSWORD (administrators: anybody&apos;s; others: their own).</source>
        <translation>将用户密码设为 PARTYROLL_NEW_PASSWORD（管理员可设任何用户的密码，其他用户只能设自己的）。</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>Disables a user (--enable: enables them again).</source>
        <translation>停用用户（--enable：重新启用）。</translation>
    </message>
    <message>
        <source>Enable the user again.</source>
        <translation>重新启用该用户。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>设置密码(&amp;P)</translation>
    </message>
    <message>
        <source>New user, or the new password of the selected user</source>
        <translation>新用户，或所选用户的新密码</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0 = never):</source>
        <translation>无操作多少分钟后锁定（0 = 从不）：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Access control is now on. You are signed in as %1; from the next start PartyRoll asks for a login.</source>
        <translation>访问控制已启用。您已作为 %1 登录；下次启动时党员名册将要求登录。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Higher committee</source>
        <translation>党工委</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>General branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Government organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State-controlled enterprise</source>
        <translation>公有经济控制企业</translation>
    </message>
    <message>
        <source>Non-public enterprise</source>
        <translation>非公有经济控制企业</translation>
    </message>
    <message>
        <source>Social organization</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区（居委会）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>建制村</translation>
    </message>
    <message>
        <source>Urban street</source>
        <translation>城市街道</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>大学专科</translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation>中专/中技</translation>
    </message>
    <message>
        <source>High school</source>
        <translation>高中/职高/技校</translation>
    </message>
    <message>
        <source>Middle school or below</source>
        <translation>初中及以下</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工人（工勤技能人员）</translation>
    </message>
    <message>
        <source>Farmer, herder or fisher</source>
        <translation>农牧渔民</translation>
    </message>
    <message>
        <source>Professional and technical staff</source>
        <translation>企事业单位、社会组织专业技术人员</translation>
    </message>
    <message>
        <source>Managerial staff</source>
        <translation>企事业单位、社会组织管理人员</translation>
    </message>
    <message>
        <source>Party or government staff</source>
        <translation>党政机关工作人员</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休人员</translation>
    </message>
    <message>
        <source>Other occupation</source>
        <translation>其他职业人员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>接收预备党员</translation>
    </message>
    <message>
        <source>Converted to full member</source>
        <translation>转正</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>Probation cancelled</source>
        <translation>取消预备党员资格</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>组织关系转入</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>组织关系转出</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>组织内调动</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复党籍</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>劝退或退党</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停止党籍</translation>
    </message>
    <message>
        <source>Re-affiliated</source>
        <translation>调整隶属关系</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Organization member</source>
        <translation>组织委员</translation>
    </message>
    <message>
        <source>Publicity member</source>
        <translation>宣传委员</translation>
    </message>
    <message>
        <source>Discipline member</source>
        <translation>纪检委员</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Term election</source>
        <translation>换届选举</translation>
    </message>
    <message>
        <source>By-election</source>
        <translation>补选</translation>
    </message>
    <message>
        <source>Under probation within the Party</source>
        <translation>受留党察看处分</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>出国（境）</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>外出</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>未参加</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免评</translation>
    </message>
    <message>
        <source>Abroad for more than 6 months</source>
        <translation>出国（境）6个月以上</translation>
    </message>
    <message>
        <source>Serving a sentence</source>
        <translation>正在服刑</translation>
    </message>
    <message>
        <source>Bedridden</source>
        <translation>长期卧床</translation>
    </message>
    <message>
        <source>Away for more than 6 months without transfer</source>
        <translation>外出6个月以上未转接组织关系</translation>
    </message>
    <message>
        <source>Other approved reason</source>
        <translation>其他经批准的原因</translation>
    </message>
    <message>
        <source>Correction within a deadline</source>
        <translation>限期改正</translation>
    </message>
    <message>
        <source>Persuaded to withdraw</source>
        <translation>劝其退党</translation>
    </message>
</context>
<context>
    <name>VotersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: the workbook is damaged: %2 cannot be read (%3)</source>
        <translation>%1：工作簿已损坏：无法读取 %2（%3）</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or a password-protected one; save it as an unprotected .xlsx or CSV first</source>
        <translation>%1 是旧版 Excel .xls 工作簿或受密码保护的工作簿；请先另存为无密码保护的 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook, or it is damaged (an incomplete download?)</source>
        <translation>%1 不是 .xlsx 工作簿，或已损坏（是否未下载完整？）</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: the first worksheet is empty; a header row is expected</source>
        <translation>%1：第一个工作表为空；应有表头行</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>ZIP 错误 %1</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB, more than the %4 MB allowed; the file is refused</source>
        <translation>%1：部件 %2 解压后将达 %3 MB，超过允许的 %4 MB；拒绝读取该文件</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed %3 to 1, which only a zip bomb does; the file is refused</source>
        <translation>%1：部件 %2 的压缩比为 %3:1，只有 ZIP 炸弹才会如此；拒绝读取该文件</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: %2</source>
        <translation>%1：工作簿已损坏：%2</translation>
    </message>
    <message>
        <source>%1: row %2: the workbook is damaged: %3</source>
        <translation>%1：第 %2 行：工作簿已损坏：%3</translation>
    </message>
    <message>
        <source>%1: row %2: the workbook is damaged: shared text %3 does not exist</source>
        <translation>%1：第 %2 行：工作簿已损坏：共享文本 %3 不存在</translation>
    </message>
    <message>
        <source>%1: row %2: a cell is longer than %3 characters</source>
        <translation>%1：第 %2 行：单元格超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1: row %2: the row has more than %3 columns</source>
        <translation>%1：第 %2 行：该行超过 %3 列</translation>
    </message>
    <message>
        <source>%1: row %2: a cell contains a NUL character; it is not text</source>
        <translation>%1：第 %2 行：单元格中含有 NUL 字符，不是文本</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>zip error %1</source>
        <translation>ZIP 错误 %1</translation>
    </message>
    <message>
        <source>%1: the file cannot be written: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>%1: the file cannot be created: %2</source>
        <translation>%1：无法创建文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is already closed</source>
        <translation>%1：文件已关闭</translation>
    </message>
    <message>
        <source>%1: an .xlsx sheet holds at most %2 rows; export to CSV instead</source>
        <translation>%1：.xlsx 工作表最多容纳 %2 行；请改为导出 CSV</translation>
    </message>
    <message>
        <source>%1: row %2: an .xlsx sheet holds at most %3 columns</source>
        <translation>%1：第 %2 行：.xlsx 工作表最多容纳 %3 列</translation>
    </message>
    <message>
        <source>%1: row %2, column %3: the text is longer than the %4 characters an .xlsx cell holds</source>
        <translation>%1：第 %2 行第 %3 列：文本超过 .xlsx 单元格可容纳的 %4 个字符</translation>
    </message>
    <message>
        <source>%1: the table is too large for an .xlsx file; export to CSV instead</source>
        <translation>%1：表格过大，无法存为 .xlsx 文件；请改为导出 CSV</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PartyRoll</source>
        <translation>党员名册</translation>
    </message>
</context>
</TS>
