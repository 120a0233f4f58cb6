<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Amounts</name>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="162"/>
        <source>%Ln meals</source>
        <translation>
            <numerusform>%Ln 餐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="164"/>
        <source>%Ln rides</source>
        <translation>
            <numerusform>%Ln 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../greenlife/ui/app.py" line="55"/>
        <source>Creating the demo household…</source>
        <translation>正在创建示例家庭…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="167"/>
        <source>Upgrading your book for this version of GreenLife… A backup was made first; this is done once.</source>
        <translation>正在为这一版 GreenLife 升级你的账本…已先做好备份；只需升级一次。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="205"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation>没有找到完好的备份。文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="209"/>
        <source>Restore the backup of {date} ({reason})? The damaged file is kept aside.</source>
        <translation>恢复 {date} 的备份（{reason}）吗？损坏的文件会另行保存。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="217"/>
        <source>Restored the backup of {date}. The previous file was kept as {path}.</source>
        <translation>已恢复 {date} 的备份。原来的文件保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../greenlife/ui/ops.py" line="393"/>
        <source>Change language</source>
        <translation>更改语言</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/ops.py" line="394"/>
        <source>Change theme</source>
        <translation>更改外观</translation>
    </message>
</context>
<context>
    <name>ApplianceDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="147"/>
        <source>Edit {what} of {name}</source>
        <translation>编辑{name}的{what}</translation>
    </message>
</context>
<context>
    <name>ApplianceForm</name>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="48"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="81"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="50"/>
        <source>Appliance type</source>
        <translation>家电类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="56"/>
        <source>Energy-label grade</source>
        <translation>能效等级</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="58"/>
        <source>kWh per year from the label</source>
        <translation>能效标识上的年耗电量（度）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="61"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="93"/>
        <source>In use from</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="62"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="66"/>
        <source>No longer in use since</source>
        <translation>停止使用于</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="68"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="98"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="69"/>
        <source>optional, e.g. living room</source>
        <translation>可选，例如：客厅</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="76"/>
        <source>&amp;Save appliance</source>
        <translation>保存家电(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="77"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="82"/>
        <source>Appliance</source>
        <translation>家电</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="83"/>
        <source>Energy-label grade (1 best)</source>
        <translation>能效等级（1 级最佳）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="86"/>
        <source>kWh/year</source>
        <translation>度/年</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="92"/>
        <source>Label consumption</source>
        <translation>标识耗电量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="149"/>
        <source>Baseline: a grade-3 model, {kwh:g} kWh/year. Enter the figure printed on your model&apos;s China energy label. {source}</source>
        <translation>基准：3 级能效的同类产品，每年 {kwh:g} 度。请填写您家电中国能效标识上印的数值。{source}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="161"/>
        <source>Can&apos;t save yet: {reason}</source>
        <translation>暂不能保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="169"/>
        <source>{points} points per day</source>
        <translation>每天 {points} 积分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="180"/>
        <source>In use since {date}: this adds {points} points for %n days now, then {per_day} a day.</source>
        <translation>
            <numerusform>自 {date} 起使用：现在将为 %n 天计入 {points} 积分，之后每天 {per_day}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="185"/>
        <source>Add an appliance in use since a past date?</source>
        <translation>添加一台从过去某天起就在使用的家电？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="194"/>
        <source>{name} already has {what} (grade {grade}) in use since {date}. Add another one?</source>
        <translation>{name}已有一台{what}（{grade}级能效），自{date}起使用。还要再添加一台吗？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="199"/>
        <source>Add another appliance?</source>
        <translation>再添加一台电器？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="223"/>
        <source>Add {what}</source>
        <translation>添加{what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="227"/>
        <source>Saved: {what}, grade {grade}</source>
        <translation>已保存：{what}，{grade} 级能效</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="239"/>
        <source>Edit {what} of {name}</source>
        <translation>编辑{name}的{what}</translation>
    </message>
</context>
<context>
    <name>ApplianceList</name>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="54"/>
        <source>Appliances</source>
        <translation>电器</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="55"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="56"/>
        <source>Correct its grade, kWh per year, dates or label</source>
        <translation>修改能效等级、每年耗电量、日期或标签</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="59"/>
        <source>No longer in use</source>
        <translation>不再使用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="60"/>
        <source>Stop its daily points from today on</source>
        <translation>从今天起不再计入每日积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="61"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="62"/>
        <source>Remove it and every day of points it gave</source>
        <translation>删除该电器及其带来的每日积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="66"/>
        <source>The family&apos;s appliances</source>
        <translation>家里的电器</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="74"/>
        <source>{name} · {what}, grade {grade}, {kwh:g} kWh/year · since {start}</source>
        <translation>{name} · {what}，{grade}级能效，每年{kwh:g}千瓦时 · 自{start}起</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="80"/>
        <source> · until {end}</source>
        <translation> · 至{end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="126"/>
        <source>End {what} of {name}</source>
        <translation>停用{name}的{what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="136"/>
        <source>Delete {what} of {name}</source>
        <translation>删除{name}的{what}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="33"/>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="39"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="45"/>
        <source>Kept automatically: one a day for 7 days, one a week for 4 weeks, one a month for 12 months, plus one before every upgrade, recalculation and import.</source>
        <translation>自动保留：最近 7 天每天一份、最近 4 周每周一份、最近 12 个月每月一份，另外每次升级、重新计算和导入前各备份一份。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="52"/>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="53"/>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="81"/>
        <source>Backup written: {path}</source>
        <translation>已写入备份：{path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="87"/>
        <source>Select a backup first.</source>
        <translation>请先选择一个备份。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="90"/>
        <source>Restore backup?</source>
        <translation>恢复备份？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="91"/>
        <source>Replace the book with the backup of {date}? The current book is backed up first, so this can be reversed.</source>
        <translation>用 {date} 的备份替换当前账本吗？当前账本会先备份，因此可以撤回。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="105"/>
        <source>Restore the backup of {date}</source>
        <translation>恢复 {date} 的备份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="109"/>
        <source>Restored. The book as it was is in {path}.</source>
        <translation>已恢复。恢复前的账本保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="25"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="25"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="26"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="26"/>
        <source>before a recalculation</source>
        <translation>重新计算前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="27"/>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="27"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="40"/>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="22"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="22"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="22"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="35"/>
        <source>Whose badges</source>
        <translation>谁的徽章</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="39"/>
        <location filename="../../greenlife/ui/pages/badges.py" line="40"/>
        <location filename="../../greenlife/ui/pages/badges.py" line="80"/>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="49"/>
        <source>Badges of</source>
        <translation>徽章：</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="84"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="94"/>
        <source>{earned} of {total} earned</source>
        <translation>已获得 {earned} / {total}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="101"/>
        <source>Earned {date}</source>
        <translation>{date} 获得</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="103"/>
        <source>{current} of {target} {unit}</source>
        <translation>{current} / {target} {unit}</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="47"/>
        <location filename="../../greenlife/ui/pages/book.py" line="88"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="48"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="48"/>
        <source>Week (Mon–Sun)</source>
        <translation>周（周一至周日）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="49"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="49"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="50"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="54"/>
        <source>A day in the period</source>
        <translation>时段中的某一天</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="56"/>
        <source>Whose book</source>
        <translation>谁的账本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="76"/>
        <source>Ledger</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="86"/>
        <source>Book of</source>
        <translation>账本：</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="100"/>
        <source>CO2 avoided</source>
        <translation>二氧化碳减排量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="101"/>
        <source>CO2 emitted</source>
        <translation>二氧化碳排放量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="105"/>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="110"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="116"/>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="124"/>
        <location filename="../../greenlife/ui/pages/book.py" line="144"/>
        <source>Redeem for</source>
        <translation>兑换人</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="125"/>
        <source>&amp;Redeem</source>
        <translation>兑换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="126"/>
        <source>Spend points on the selected reward (Ctrl+Z undoes)</source>
        <translation>用积分兑换所选奖励（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="127"/>
        <source>Add reward…</source>
        <translation>添加奖励…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="128"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="129"/>
        <source>Rename or reprice the selected reward</source>
        <translation>修改所选奖励的名称或积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="130"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="132"/>
        <source>Take the selected reward off the list; what was redeemed stays in the book</source>
        <translation>将所选奖励移出列表；已兑换的记录仍保留在账本中</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="152"/>
        <source>Family rewards</source>
        <translation>家庭奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="263"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="298"/>
        <source>Redeem a reward</source>
        <translation>兑换奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="299"/>
        <source>Spend {points} points on {reward} for {who}?</source>
        <translation>为{who}花 {points} 积分兑换{reward}？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="316"/>
        <source>Add reward {name}</source>
        <translation>添加奖励{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="330"/>
        <location filename="../../greenlife/ui/pages/book.py" line="335"/>
        <source>Edit reward</source>
        <translation>编辑奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="330"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="340"/>
        <source>Edit reward {name}</source>
        <translation>编辑奖励{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="350"/>
        <source>Archive reward {name}</source>
        <translation>归档奖励{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="352"/>
        <source>Archived {name}; Undo brings it back.</source>
        <translation>已归档{name}；撤销即可恢复。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="95"/>
        <source>Available to spend (all time)</source>
        <translation>可用积分（累计）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="97"/>
        <source>Earned in this period</source>
        <translation>本期获得</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="98"/>
        <source>Redeemed in this period</source>
        <translation>本期兑换</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="99"/>
        <source>Net for this period</source>
        <translation>本期净额</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="181"/>
        <source>Ledger: every line of the period — actions, each day of an appliance&apos;s saving, rewards redeemed</source>
        <translation>账本：本期的每一条记录——行动、家电每天的节能、兑换的奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="35"/>
        <location filename="../../greenlife/ui/pages/book.py" line="198"/>
        <source>Book</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="204"/>
        <location filename="../../greenlife/ui/pages/book.py" line="213"/>
        <location filename="../../greenlife/ui/pages/book.py" line="272"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="216"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="217"/>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/book.py" line="221"/>
        <location filename="../../greenlife/ui/pages/book.py" line="223"/>
        <location filename="../../greenlife/ui/pages/book.py" line="225"/>
        <location filename="../../greenlife/ui/pages/book.py" line="228"/>
        <source>{points} points</source>
        <translation>
            <numerusform>{points} 积分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="226"/>
        <location filename="../../greenlife/ui/pages/book.py" line="227"/>
        <source>{kg} kg</source>
        <translation>{kg} 千克</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="243"/>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/book.py" line="260"/>
        <source>The %n lines of this period add up to {points} points.</source>
        <translation>
            <numerusform>本期 %n 条记录合计 {points} 积分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="264"/>
        <source>The newest {shown} are listed.</source>
        <translation>列出了最新的 {shown} 条。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="277"/>
        <location filename="../../greenlife/ui/pages/book.py" line="327"/>
        <location filename="../../greenlife/ui/pages/book.py" line="348"/>
        <source>Select a reward first.</source>
        <translation>请先选择一个奖励。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="284"/>
        <source>Redeem {reward}</source>
        <translation>兑换 {reward}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="290"/>
        <source>Redeemed {reward} for {points} points. Ctrl+Z undoes it.</source>
        <translation>已用 {points} 积分兑换 {reward}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="307"/>
        <location filename="../../greenlife/ui/pages/book.py" line="311"/>
        <source>Add reward</source>
        <translation>添加奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="307"/>
        <source>Reward, e.g. movie night</source>
        <translation>奖励，例如：电影之夜</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="311"/>
        <location filename="../../greenlife/ui/pages/book.py" line="335"/>
        <source>Price in points</source>
        <translation>所需积分</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="340"/>
        <source> [assumption]</source>
        <translation>（假设）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="341"/>
        <source>#RRGGBB</source>
        <translation>#RRGGBB（颜色）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="342"/>
        <source>&apos;{text}&apos; is not a date; use YYYY-MM-DD</source>
        <translation>“{text}”不是日期；请用 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="343"/>
        <source>&apos;{text}&apos; is not a factor key; use lower-case category.item, e.g. commute.subway</source>
        <translation>“{text}”不是因子键；请用小写的“类别.项目”，例如 commute.subway</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="344"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="345"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>“{text}”不是整数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="346"/>
        <source>&apos;{text}&apos; is not an id</source>
        <translation>“{text}”不是编号</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="347"/>
        <source>&apos;{text}&apos; must be a finite number, 0 or more</source>
        <translation>“{text}”必须是 0 或更大的有限数字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="348"/>
        <source>--year {year} is out of range; use 2000 to {last}</source>
        <translation>--year {year} 超出范围；请用 2000 至 {last}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="349"/>
        <source>GreenLife: a household carbon book.</source>
        <translation>GreenLife：家庭碳账本。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="350"/>
        <source>PDF: add a certificate page per member (for the fridge door)</source>
        <translation>PDF：为每位成员加一页奖状（可贴在冰箱门上）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="351"/>
        <source>Shanghai carbon-inclusion platform, 2025</source>
        <translation>上海碳普惠平台，2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="352"/>
        <source>Wuhan carbon-inclusion platform, 2025</source>
        <translation>武汉碳普惠平台，2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="353"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM（年-月）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="354"/>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="355"/>
        <source>[archived]</source>
        <translation>［已归档］</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="356"/>
        <source>a backup file (see &apos;backup list&apos;)</source>
        <translation>备份文件（见“backup list”）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="357"/>
        <source>a day inside the period (default today)</source>
        <translation>该时段中的任意一天（默认今天）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="358"/>
        <source>a file (format from the extension) or, for png, a folder</source>
        <translation>文件（格式由扩展名决定）；png 则为文件夹</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="359"/>
        <source>a member&apos;s badges (default: the household&apos;s)</source>
        <translation>某位成员的徽章（默认：全家的）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="360"/>
        <source>a member&apos;s own goal (default: the household&apos;s)</source>
        <translation>某位成员自己的目标（默认：全家的）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="361"/>
        <source>a month&apos;s meter reading (its index at the month&apos;s end) or bill amount; the saving against last year becomes a line</source>
        <translation>某月的表读数（月底示数）或账单用量；与去年相比的节约记为一行</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="362"/>
        <source>a new action of your own</source>
        <translation>新增一项自定义行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="363"/>
        <source>a new meter was fitted: its first reading</source>
        <translation>换了新表：新表的首个读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="364"/>
        <source>a new meter was fitted: the old one&apos;s last reading</source>
        <translation>换了新表：旧表的最后读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="365"/>
        <source>a trip: --km, or --rides for per-ride modes (bus)</source>
        <translation>一次出行：--km，按次计的方式（公交）用 --rides</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="366"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="367"/>
        <source>active factor set: {set}</source>
        <translation>当前因子集：{set}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="368"/>
        <source>add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="369"/>
        <source>add a reward with a price in points</source>
        <translation>添加奖励，价格以积分计</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="370"/>
        <source>add an appliance in use</source>
        <translation>添加在用的家电</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="371"/>
        <source>add or edit a factor</source>
        <translation>添加或修改因子</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="372"/>
        <source>added member {name} ({colour})</source>
        <translation>已添加成员 {name}（{colour}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="373"/>
        <source>added {name} as {key}: {value} {unit} (our estimate, an assumption)</source>
        <translation>已添加 {name}，键为 {key}：{value} {unit}（我们的估计，属于假设）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="374"/>
        <source>added {name} as {key}: {value} {unit} ({source})</source>
        <translation>已添加 {name}，键为 {key}：{value} {unit}（{source}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="375"/>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="376"/>
        <source>also recalculate past entries with the new value</source>
        <translation>同时用新数值重新计算过去的记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="377"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="378"/>
        <source>an appliance is no longer in use</source>
        <translation>某件家电不再使用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="379"/>
        <source>an argument contains a NUL character</source>
        <translation>某个参数含有 NUL 字符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="380"/>
        <source>an empty date; use YYYY-MM-DD</source>
        <translation>日期为空；请用 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="381"/>
        <source>an empty date; use YYYY-MM-DD, or leave the option out</source>
        <translation>日期为空；请用 YYYY-MM-DD 格式，或省略该选项</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="382"/>
        <source>appliance {id} in use until {date}</source>
        <translation>家电 {id} 使用至 {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="383"/>
        <source>archive a member (history is kept)</source>
        <translation>归档成员（记录保留）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="384"/>
        <source>archive an action (its lines stay)</source>
        <translation>归档行动（其记录保留）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="385"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="386"/>
        <source>archived {name}</source>
        <translation>已归档 {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="387"/>
        <source>archived {name} ({key})</source>
        <translation>已归档 {name}（{key}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="388"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="389"/>
        <source>avoided {avoided} kg, emitted {emitted} kg, rewards {rewards}</source>
        <translation>减排 {avoided} 千克，排放 {emitted} 千克，奖励 {rewards}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="390"/>
        <source>backup written: {path}</source>
        <translation>已写入备份：{path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="391"/>
        <source>backups of the data file</source>
        <translation>数据文件的备份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="392"/>
        <source>badge earned: {badge}, {date}</source>
        <translation>获得徽章：{badge}，{date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="393"/>
        <source>badges earned and progress towards the others</source>
        <translation>已获得的徽章及其他徽章的进度</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="394"/>
        <source>before a recalculation</source>
        <translation>重新计算前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="395"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="396"/>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="397"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="398"/>
        <source>benchmark on a file of about 1,000,000 entries</source>
        <translation>在约 1,000,000 条记录的文件上做性能测试</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="399"/>
        <source>bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="400"/>
        <source>cannot tell the format of &apos;{path}&apos;: use a {suffixes} file name or --format</source>
        <translation>无法判断“{path}”的格式：请用 {suffixes} 文件名或 --format</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="401"/>
        <source>clean-plate meals and food thrown away</source>
        <translation>光盘（餐）和浪费的食物</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="402"/>
        <source>commute, waste, food, energy or goods</source>
        <translation>commute（出行）、waste（垃圾分类）、food（饮食）、energy（能源）或 goods（物品与循环）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="403"/>
        <source>compared with</source>
        <translation>对比基准</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="404"/>
        <source>conversion factors</source>
        <translation>换算因子</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="405"/>
        <source>create the family&apos;s own set, copied from another</source>
        <translation>从另一个因子集复制，创建自家的因子集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="406"/>
        <source>created factor set {set}</source>
        <translation>已创建因子集 {set}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="407"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="408"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="409"/>
        <source>data file (default: $GREENLIFE_DB or the user data directory)</source>
        <translation>数据文件（默认：$GREENLIFE_DB 或用户数据目录）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="410"/>
        <source>delete entries by id</source>
        <translation>按编号删除记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="411"/>
        <source>demo household created: {members}, {entries}</source>
        <translation>已创建示例家庭：{members}，{entries}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="412"/>
        <source>e.g. &apos;g CO2/km&apos; (default: the current unit)</source>
        <translation>例如“g CO2/km”（默认：当前单位）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="413"/>
        <source>e.g. commute.subway</source>
        <translation>例如 commute.subway</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="414"/>
        <source>e.g. goods.own_mended_clothes (see &apos;action list&apos;)</source>
        <translation>例如 goods.own_mended_clothes（见“action list”）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="415"/>
        <source>earned {date}</source>
        <translation>获得于 {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="416"/>
        <source>efficient home appliances</source>
        <translation>节能家电</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="417"/>
        <source>emission</source>
        <translation>排放</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="418"/>
        <source>empty: no baseline</source>
        <translation>留空：不设基准</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="419"/>
        <source>energy-label grade 1-5</source>
        <translation>能效等级 1-5</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="420"/>
        <source>entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="421"/>
        <source>every entry of a year as CSV (or JSON)</source>
        <translation>某年的全部记录，导出为 CSV（或 JSON）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="422"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="423"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="424"/>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="425"/>
        <source>fill an empty file with a demo household</source>
        <translation>在空文件中填入示例家庭</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="426"/>
        <source>for --mode car_parked (a day the petrol car stays parked)</source>
        <translation>用于 --mode car_parked（燃油车停驶的天数）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="427"/>
        <source>for --mode steps</source>
        <translation>用于 --mode steps（步数）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="428"/>
        <source>force a format</source>
        <translation>指定格式</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="429"/>
        <source>full check of the data file; reports every bad row, changes nothing</source>
        <translation>全面检查数据文件；列出每一行有问题的数据，不做任何修改</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="430"/>
        <source>g CO2/{unit}</source>
        <translation>克二氧化碳/{unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="431"/>
        <source>give --meals, --wasted-kg or both (see &apos;greenlife log food --help&apos;)</source>
        <translation>请给出 --meals、--wasted-kg 或两者（见“greenlife log food --help”）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="432"/>
        <source>give a backup FILE or --latest</source>
        <translation>请给出备份文件 FILE 或 --latest</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="433"/>
        <source>give one of --km, --rides, --steps or --days (see &apos;greenlife log commute --help&apos;)</source>
        <translation>请给出 --km、--rides、--steps 或 --days 之一（见“greenlife log commute --help”）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="434"/>
        <source>grade {grade}</source>
        <translation>{grade} 级能效</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="435"/>
        <source>grams of CO2 one unit saves</source>
        <translation>每单位减少的二氧化碳克数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="436"/>
        <source>household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="437"/>
        <source>how many of its unit</source>
        <translation>按其单位计的数量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="438"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="439"/>
        <source>import the CSV that &apos;greenlife export&apos; writes</source>
        <translation>导入“greenlife export”写出的 CSV</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="440"/>
        <source>in use from YYYY-MM-DD (default today)</source>
        <translation>开始使用日期 YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="441"/>
        <source>in use until YYYY-MM-DD</source>
        <translation>停止使用日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="442"/>
        <source>include archived members</source>
        <translation>包括已归档的成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="443"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="444"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="445"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="446"/>
        <source>its name, e.g. &apos;Mended clothes&apos;, or key, e.g. goods.own_mended_clothes</source>
        <translation>它的名称，例如“缝补衣服”，或键，例如 goods.own_mended_clothes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="447"/>
        <source>kWh/year from the label (default: typical for grade)</source>
        <translation>能效标识上的千瓦时/年（默认：该等级的典型值）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="448"/>
        <source>language of the messages (default: the app&apos;s setting)</source>
        <translation>消息的语言（默认：应用的设置）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="449"/>
        <source>language of the messages and the demo&apos;s names (default: the app&apos;s setting; names in Chinese)</source>
        <translation>消息和示例名称的语言（默认：应用的设置；名称用中文）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="450"/>
        <source>language of the messages and the report (default: the app&apos;s setting)</source>
        <translation>消息和报告的语言（默认：应用的设置）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="451"/>
        <source>language of the output and of the badge names (default: the app&apos;s setting; --json: English)</source>
        <translation>输出和徽章名称的语言（默认：应用的设置；--json 为英文）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="452"/>
        <source>language of the output: zh or en (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>输出的语言：zh 或 en（默认：应用的设置，未设置则随系统）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="453"/>
        <source>language of the report (default: the app&apos;s setting)</source>
        <translation>报告的语言（默认：应用的设置）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="454"/>
        <source>list appliances</source>
        <translation>列出家电</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="455"/>
        <source>list backups, newest first</source>
        <translation>列出备份，最新的在前</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="456"/>
        <source>list entries</source>
        <translation>列出记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="457"/>
        <source>list factor sets</source>
        <translation>列出因子集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="458"/>
        <source>list members</source>
        <translation>列出成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="459"/>
        <source>list rewards</source>
        <translation>列出奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="460"/>
        <source>list the factors of a set</source>
        <translation>列出某个因子集的因子</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="461"/>
        <source>log an action</source>
        <translation>记录一项行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="462"/>
        <source>logged {member}, {date}, {category}, {item} {amount}: {points} (id {id})</source>
        <translation>已记录 {member}，{date}，{category}，{item} {amount}：{points}（编号 {id}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="463"/>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="464"/>
        <source>make a backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="465"/>
        <source>meter</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="466"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="467"/>
        <source>months entered, used, compared with, saved, points</source>
        <translation>各月的录入、用量、对比基准、节约量和积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="468"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="469"/>
        <source>no backups yet (&apos;greenlife backup create&apos; makes one)</source>
        <translation>还没有备份（“greenlife backup create”可创建一个）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="470"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="471"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="472"/>
        <source>one of the family&apos;s own actions, by its name or key (see &apos;greenlife action list&apos;)</source>
        <translation>家里的一项自定义行动，按名称或键（见“greenlife action list”）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="473"/>
        <source>only the lines of this factor, e.g. commute.subway (default: all)</source>
        <translation>只处理该因子的记录，例如 commute.subway（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="474"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="475"/>
        <source>our estimate</source>
        <translation>我们的估计</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="476"/>
        <source>paper, plastic, metal, glass, kitchen, hazardous, residual</source>
        <translation>paper（纸类）、plastic（塑料）、metal（金属）、glass（玻璃）、kitchen（厨余垃圾）、hazardous（有害垃圾）、residual（其他垃圾）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="477"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="478"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="479"/>
        <source>reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="480"/>
        <source>recalculate the lines a factor produced with its current value</source>
        <translation>用因子的当前数值重新计算它产生的记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="481"/>
        <source>redeemed {points} for {reward}</source>
        <translation>已用 {points} 兑换 {reward}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="482"/>
        <source>redeemed {reward} for {points} (redemption {id}); balance now {balance}</source>
        <translation>已兑换 {reward}，花费 {points}（兑换编号 {id}）；现有余额 {balance}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="483"/>
        <source>redemption {id} undone</source>
        <translation>已撤销兑换 {id}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="484"/>
        <source>reduction</source>
        <translation>减排</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="485"/>
        <source>rename a member</source>
        <translation>重命名成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="486"/>
        <source>renamed {old} to {new}</source>
        <translation>已将 {old} 改名为 {new}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="487"/>
        <source>render every page of the demo household to PNG</source>
        <translation>把示例家庭的每个页面渲染为 PNG</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="488"/>
        <source>repeat a member&apos;s entries of the previous day</source>
        <translation>重复某位成员前一天的记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="489"/>
        <source>restore a backup (the current file is backed up first)</source>
        <translation>恢复备份（先备份当前文件）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="490"/>
        <source>restore a member (history is kept)</source>
        <translation>恢复成员（记录保留）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="491"/>
        <source>restore an action (its lines stay)</source>
        <translation>恢复行动（其记录保留）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="492"/>
        <source>restored {backup} into {path}; the previous (damaged) file was kept as {saved}, with its -wal and -shm if any</source>
        <translation>已将 {backup} 恢复到 {path}；原来的（已损坏）文件保留为 {saved}，连同其 -wal 和 -shm 文件（如有）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="493"/>
        <source>restored {backup} into {path}; the previous file was backed up to {saved}</source>
        <translation>已将 {backup} 恢复到 {path}；原来的文件已备份到 {saved}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="494"/>
        <source>restored {backup} into {path}; there was no previous file</source>
        <translation>已将 {backup} 恢复到 {path}；原先没有文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="495"/>
        <source>restored {name}</source>
        <translation>已恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="496"/>
        <source>restored {name} ({key})</source>
        <translation>已恢复 {name}（{key}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="497"/>
        <source>reuse or create the benchmark file here</source>
        <translation>在此复用或创建性能测试文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="498"/>
        <source>reward {name}: {price}</source>
        <translation>奖励 {name}：{price}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="499"/>
        <source>rooftop solar kWh, or a family&apos;s own action</source>
        <translation>屋顶光伏千瓦时，或家里的自定义行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="500"/>
        <source>saved</source>
        <translation>节约</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="501"/>
        <source>second-hand, own bag, express box returned, paperless bill, or a family&apos;s own action</source>
        <translation>二手或转赠、自带购物袋、快递箱回收、电子账单，或家里的自定义行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="502"/>
        <source>see &apos;greenlife factors list&apos;</source>
        <translation>见“greenlife factors list”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="503"/>
        <source>set a weekly goal from this week on (earlier weeks keep theirs)</source>
        <translation>从本周起设定每周目标（之前各周保持原目标）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="504"/>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="505"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="506"/>
        <source>show what would be imported</source>
        <translation>显示将会导入的内容</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="507"/>
        <source>skip the desktop measurements</source>
        <translation>跳过桌面应用的测量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="508"/>
        <source>sorted waste</source>
        <translation>分类的垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="509"/>
        <source>spend points on a family reward</source>
        <translation>用积分兑换家庭奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="510"/>
        <source>spend points on a reward</source>
        <translation>用积分兑换奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="511"/>
        <source>start the desktop app (the default)</source>
        <translation>启动桌面应用（默认）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="512"/>
        <source>switch the active factor set</source>
        <translation>切换当前因子集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="513"/>
        <source>the argument {arg} is not valid UTF-8 text</source>
        <translation>参数 {arg} 不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="514"/>
        <source>the carbon book: balance and breakdown</source>
        <translation>碳账本：余额与明细</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="515"/>
        <source>the factor set whose lines change (default: active)</source>
        <translation>要修改其记录的因子集（默认：当前因子集）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="516"/>
        <source>the family&apos;s own actions</source>
        <translation>家里的自定义行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="517"/>
        <source>the family&apos;s rewards</source>
        <translation>家庭奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="518"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="519"/>
        <source>the household&apos;s monthly electricity, gas and water</source>
        <translation>全家每月的用电、燃气和用水</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="520"/>
        <source>the monthly use the first year is compared with</source>
        <translation>第一年用来对比的月用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="521"/>
        <source>the newest backup that checks out</source>
        <translation>通过检查的最新备份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="522"/>
        <source>the value is the bill&apos;s amount used</source>
        <translation>该数值是账单上的用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="523"/>
        <source>the yearly summary: PDF report, CSV, JSON or PNG charts</source>
        <translation>年度总结：PDF 报告、CSV、JSON 或 PNG 图表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="524"/>
        <source>this week&apos;s goals and progress</source>
        <translation>本周的目标与进度</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="525"/>
        <source>undo a redemption by its id</source>
        <translation>按编号撤销一次兑换</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="526"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="527"/>
        <source>unknown command {command}</source>
        <translation>未知命令 {command}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="528"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="529"/>
        <source>usage error: {message}</source>
        <translation>用法错误：{message}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="530"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="531"/>
        <source>used</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="532"/>
        <source>walk, bike, bus, subway, ecar, carpool, petrol</source>
        <translation>walk（步行）、bike（骑行）、bus（公交）、subway（地铁）、ecar（电动汽车）、carpool（拼车）、petrol（燃油车）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="533"/>
        <source>weekly goal for {who}: {points} from the week of {date}</source>
        <translation>{who}的每周目标：{points}，自 {date} 所在的那周起</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="534"/>
        <source>weekly goals in points</source>
        <translation>每周积分目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="535"/>
        <source>what one counts: item, hour, time ...</source>
        <translation>计数的单位：件、小时、次……</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="536"/>
        <source>who published the figure (empty: our estimate)</source>
        <translation>数据的发布者（留空：我们的估计）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="537"/>
        <source>who redeems (default: the household)</source>
        <translation>由谁兑换（默认：全家）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="538"/>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="539"/>
        <source>your own actions</source>
        <translation>自定义行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="540"/>
        <source>{amount} (baseline)</source>
        <translation>{amount}（基准）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="541"/>
        <source>{badge} ({tier})</source>
        <translation>{badge}（{tier}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="542"/>
        <source>{key} = {value} {unit} ({kind}) in set {set}</source>
        <translation>{key} = {value} {unit}（{kind}），因子集 {set}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="543"/>
        <source>{key} is a new factor: give --unit, --kind and --source</source>
        <translation>{key} 是新因子：请给出 --unit、--kind 和 --source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="544"/>
        <source>{kwh} kWh/yr</source>
        <translation>{kwh} 千瓦时/年</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="545"/>
        <source>{mark} {badge}: {state}</source>
        <translation>{mark} {badge}：{state}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="546"/>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message}（见“{prog} --help”）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="547"/>
        <source>{meter}: baseline {value} a month</source>
        <translation>{meter}：基准为每月 {value}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="548"/>
        <source>{meter}: no baseline</source>
        <translation>{meter}：无基准</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="549"/>
        <source>{progress} - reached!</source>
        <translation>{progress}——已达成！</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="550"/>
        <source>{progress} of {target} {unit}</source>
        <translation>{progress} / {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="551"/>
        <source>{source} ({year})</source>
        <translation>{source}（{year}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="552"/>
        <source>{start} .. {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="553"/>
        <source>{text} is out of range; use {low} to {high}</source>
        <translation>{text} 超出范围；请用 {low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="554"/>
        <source>{who}, {span}: {points}</source>
        <translation>{who}，{span}：{points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="555"/>
        <source>{who}: {points} of {goal}</source>
        <translation>{who}：{points} / {goal}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="563"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="564"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="565"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="566"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="567"/>
        <source>added appliance {id}: {type} grade {grade}, {kwh} kWh/year (baseline {baseline}), {grams} g/day; {points} for %Ln days posted up to today</source>
        <translation>
            <numerusform>已添加家电 {id}：{type}，{grade} 级能效，{kwh} 千瓦时/年（基准 {baseline}），每天 {grams} 克；截至今天已记入 %Ln 天，共 {points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="568"/>
        <source>changed %Ln lines, {points}</source>
        <translation>
            <numerusform>已修改 %Ln 行，{points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="569"/>
        <source>deleted %Ln entries</source>
        <translation>
            <numerusform>已删除 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="570"/>
        <source>expected %Ln arguments</source>
        <translation>
            <numerusform>需要 %Ln 个参数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="571"/>
        <source>recalculated %Ln lines that used {key} of set {set}, {points}</source>
        <translation>
            <numerusform>已重新计算使用因子集 {set} 中 {key} 的 %Ln 行，{points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="572"/>
        <source>would change %Ln lines, {points}</source>
        <translation>
            <numerusform>将修改 %Ln 行，{points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="573"/>
        <source>wrote %Ln lines to {path}</source>
        <translation>
            <numerusform>已将 %Ln 行写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="574"/>
        <source>{meter} {month}: {how} {value} saved; %Ln lines worked out again</source>
        <translation>
            <numerusform>{meter} {month}：已保存{how} {value}；重新计算了 %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="29"/>
        <source>Walk together (km)</source>
        <translation>一起步行（公里）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="30"/>
        <source>Cycle together (km)</source>
        <translation>一起骑行（公里）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="31"/>
        <source>Clean-plate meals</source>
        <translation>光盘（餐）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="32"/>
        <source>Sort waste (kg)</source>
        <translation>垃圾分类（千克）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="33"/>
        <source>No food thrown away (days)</source>
        <translation>不浪费食物（天）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="40"/>
        <source>The family walks {target} km in %n days</source>
        <translation>
            <numerusform>全家%n天内步行{target}公里</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="42"/>
        <source>The family cycles {target} km in %n days</source>
        <translation>
            <numerusform>全家%n天内骑行{target}公里</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="44"/>
        <source>{target} clean-plate meals in %n days</source>
        <translation>
            <numerusform>%n天内光盘{target}餐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="46"/>
        <source>Sort {target} kg of waste in %n days</source>
        <translation>
            <numerusform>%n天内分类投放{target}千克垃圾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="48"/>
        <source>No food thrown away for %n days</source>
        <translation>
            <numerusform>连续%n天不浪费食物</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="56"/>
        <source>%n of {target} days</source>
        <translation>
            <numerusform>%n / {target}天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="58"/>
        <source>{value} of {target} {unit}</source>
        <translation>{value} / {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="62"/>
        <source>Done on {date}! {progress}</source>
        <translation>{date}完成！{progress}</translation>
    </message>
</context>
<context>
    <name>ChallengesCard</name>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="33"/>
        <source>Family challenges</source>
        <translation>家庭挑战</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="41"/>
        <source>Start a challenge…</source>
        <translation>开始一个挑战…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="69"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="70"/>
        <source>End the challenge: {name}</source>
        <translation>结束挑战：{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="76"/>
        <source>Badge earned!</source>
        <translation>获得徽章！</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="82"/>
        <source>No challenge yet: pick one the whole family can do this week.</source>
        <translation>还没有挑战：选一个全家本周都能做到的吧。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="89"/>
        <source>Two challenges are running; end one to start another.</source>
        <translation>已有两个挑战在进行；结束一个才能开始新的。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="105"/>
        <source>Start the challenge {name}</source>
        <translation>开始挑战“{name}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="109"/>
        <source>Challenge started: {name}</source>
        <translation>挑战已开始：{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="115"/>
        <source>End the challenge {name}</source>
        <translation>结束挑战“{name}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="120"/>
        <source>Challenge ended: {name}</source>
        <translation>挑战已结束：{name}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="71"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="72"/>
        <source>Save this chart as PNG or SVG</source>
        <translation>将此图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="105"/>
        <source>Save the chart {title}…</source>
        <translation>保存图表“{title}”…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="194"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="195"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="37"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="38"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="39"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="45"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="57"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="47"/>
        <source>Household or member</source>
        <translation>全家或成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="59"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="37"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="67"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="100"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="115"/>
        <source>points (1 point = 1 g CO2)</source>
        <translation>积分（1 积分 = 1 克二氧化碳）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="125"/>
        <source>Week of {date}</source>
        <translation>{date} 当周</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="129"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="129"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="130"/>
        <source>This week by day</source>
        <translation>本周每日积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="131"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="168"/>
        <source>{category} (emitted)</source>
        <translation>{category}（排放）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="137"/>
        <source>Points per day, Monday to Sunday: {values}. Week total {total}.</source>
        <translation>周一至周日每日积分：{values}。本周合计 {total}。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="138"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="154"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="141"/>
        <source>Members this week</source>
        <translation>本周各成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="144"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="144"/>
        <source>{name}: {points}</source>
        <translation>{name}：{points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="148"/>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="148"/>
        <source>weekly goal</source>
        <translation>每周目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="153"/>
        <source>Goal met in {met} of the last 12 weeks.</source>
        <translation>最近 12 周中有 {met} 周达成目标。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="154"/>
        <source>Last 12 weeks: {values}</source>
        <translation>最近 12 周：{values}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="166"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="166"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="167"/>
        <source>{year} by month</source>
        <translation>{year} 年逐月积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="172"/>
        <source>Year total {total}; best month {month}.</source>
        <translation>全年合计 {total}；最佳月份：{month}。</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="109"/>
        <source>No routine yet: log a day, or on the Log page fill a form and press &apos;Save as usual action&apos;. Next week the same weekday is offered here.</source>
        <translation>还没有日常：先记录一天，或在“记录”页填好表单后点“存为常用动作”。下周的同一天会在这里出现。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="131"/>
        <source>Today as usual? · {date}</source>
        <translation>今天和往常一样吗？· {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="169"/>
        <source>{what} — logged today</source>
        <translation>{what} —— 今天已记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="157"/>
        <source>As on {date}</source>
        <translation>同{date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="159"/>
        <source>A usual action</source>
        <translation>常用动作</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/checkin.py" line="180"/>
        <source>As usual: log %n ticked</source>
        <translation>
            <numerusform>照常：记录勾选的%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/checkin.py" line="193"/>
        <source>Today as usual (%n entries)</source>
        <translation>
            <numerusform>今天照常（%n条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/checkin.py" line="197"/>
        <source>Logged %n entries for {date}: {points} points</source>
        <translation>
            <numerusform>已记录{date}的%n条记录：{points}分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../greenlife/ui/crash.py" line="29"/>
        <source>GreenLife hit an unexpected error and may not work correctly until you restart it.

{error}

The details were written to:
{log}

Your saved entries are safe: every save is committed to the data file at once.</source>
        <translation>绿色生活碳账本遇到了意外错误，重新启动前可能无法正常工作。

{error}

详细信息已写入：
{log}

已保存的记录是安全的：每次保存都会立即写入数据文件。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/crash.py" line="44"/>
        <source>GreenLife error</source>
        <translation>绿色生活碳账本出错</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="131"/>
        <source>{name}: {item}</source>
        <translation>{name}：{item}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="133"/>
        <source>Already logged on {date}: {what}. Log it again?</source>
        <translation>{date}已记录过：{what}。还要再记录一次吗？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="137"/>
        <source>Log again?</source>
        <translation>再记录一次？</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Grams CO2</source>
        <translation>二氧化碳（克）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="106"/>
        <source>reduction</source>
        <translation>减排</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="106"/>
        <source>emission</source>
        <translation>排放</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="107"/>
        <source>{factor}, {kind}
Source: {source} ({year})</source>
        <translation>{factor}，{kind}
来源：{source}（{year}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="109"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_dialog.py" line="18"/>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_dialog.py" line="33"/>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="62"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="97"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="65"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="67"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="104"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="69"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="115"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="72"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="116"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="73"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="84"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="84"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="86"/>
        <source>Save as usual action</source>
        <translation>存为常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="87"/>
        <source>Add this action to the member&apos;s one-click buttons on Home</source>
        <translation>将此操作加入首页该成员的一键按钮</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="89"/>
        <source>Add to a usual action</source>
        <translation>加入常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="90"/>
        <source>Add this line as another part of one of the member&apos;s usual actions</source>
        <translation>把这一条作为新的一项，加入该成员的某个常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="103"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="103"/>
        <source>Stream</source>
        <translation>垃圾类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="197"/>
        <source>Recyclable (可回收物)</source>
        <translation>可回收物</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="197"/>
        <source>Wet (湿垃圾)</source>
        <translation>湿垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="198"/>
        <source>Hazardous (有害垃圾)</source>
        <translation>有害垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="198"/>
        <source>Dry (干垃圾)</source>
        <translation>干垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="199"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="231"/>
        <source>Factor: {factor} ({kind}) · {source}</source>
        <translation>系数：{factor}（{kind}）· {source}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="232"/>
        <source>Factor: {factor} ({kind}) · {source}, {year}</source>
        <translation>系数：{factor}（{kind}）· {source}，{year}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="235"/>
        <source>reduction</source>
        <translation>减排</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="235"/>
        <source>emission</source>
        <translation>排放</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="236"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="245"/>
        <source>Add a household member in Settings first.</source>
        <translation>请先在设置中添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="266"/>
        <source>Enter how much, then save.</source>
        <translation>填写数量后即可保存。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="268"/>
        <source>Can&apos;t save yet: {reason}</source>
        <translation>暂不能保存：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="281"/>
        <source>{points} points</source>
        <translation>
            <numerusform>{points} 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="329"/>
        <source>The whole household would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for a family of %n. Save anyway?</source>
        <translation>
            <numerusform>全家在{date}的{what}将达到{total}{unit}；对%n口之家来说，一天超过{limit}{unit}并不常见。仍要保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="339"/>
        <source>{name} would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for one person. Save anyway?</source>
        <translation>{name}在{date}的{what}将达到{total}{unit}；一个人一天超过{limit}{unit}并不常见。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="345"/>
        <source>Is this right?</source>
        <translation>确定没错吗？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="372"/>
        <source>Log {what}</source>
        <translation>记录{what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="390"/>
        <source>Add usual action {name}</source>
        <translation>添加常用动作{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="394"/>
        <source>Saved as a usual action: {name}</source>
        <translation>已存为常用动作：{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="423"/>
        <source>Added to the usual action {name}</source>
        <translation>已加入常用动作{name}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="87"/>
        <source>GreenLife</source>
        <translation>绿色生活碳账本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="90"/>
        <source>This would leave {who} with {balance} points on {day}: rewards already redeemed would no longer be covered.</source>
        <translation>这会使{who}在 {day} 只剩 {balance} 积分：已兑换的奖励将不再有足够积分。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="104"/>
        <source>Go ahead anyway? The book will then show the balance below zero.</source>
        <translation>仍然继续吗？账本将显示低于零的余额。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="107"/>
        <source>Rewards would no longer be covered</source>
        <translation>已兑换的奖励将不再有足够积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="10"/>
        <source>Cannot open the data file {path}: {reason}. Check the folder exists and is writable, or pass --db PATH.</source>
        <translation>无法打开数据文件 {path}：{reason}。请确认文件夹存在且可写，或使用 --db 指定路径。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="11"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="12"/>
        <source>Cannot redeem {points} points for &apos;{reward}&apos; on {day}: {who} has {available} points then. Nothing was redeemed.</source>
        <translation>无法在 {day} 用 {points} 积分兑换“{reward}”：{who}届时只有 {available} 积分。未兑换任何奖励。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="13"/>
        <source>Line {id} is a day of an appliance&apos;s saving, not an entry: end or delete the appliance instead.</source>
        <translation>第 {id} 条是家电某一天的节能记录，不是手动记录：请结束或删除该家电。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="14"/>
        <source>No action of your own is called &apos;{name}&apos;; &apos;greenlife action list&apos; shows them.</source>
        <translation>没有叫“{name}”的自定义行动；“greenlife action list”会列出它们。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="15"/>
        <source>No action of your own with key {id}.</source>
        <translation>没有键为 {id} 的自定义行动。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="16"/>
        <source>No appliance with id {id}.</source>
        <translation>没有编号为 {id} 的家电。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="17"/>
        <source>No backup file {path}.</source>
        <translation>没有备份文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="18"/>
        <source>No challenge with id {id}; it may have been removed.</source>
        <translation>没有编号为{id}的挑战，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="19"/>
        <source>No entry with id {id}; it may have been deleted.</source>
        <translation>没有编号为 {id} 的记录，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="20"/>
        <source>No good backup of {path} was found.</source>
        <translation>没有找到 {path} 的完好备份。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="21"/>
        <source>No member with id {id}.</source>
        <translation>没有编号为 {id} 的成员。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="22"/>
        <source>No reading of {id}.</source>
        <translation>没有 {id} 的读数。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="23"/>
        <source>No redemption with id {id}.</source>
        <translation>没有编号为 {id} 的兑换记录。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="24"/>
        <source>No reward &apos;{value}&apos;; rewards: {known} (add one with &apos;greenlife reward add NAME --price POINTS&apos;)</source>
        <translation>没有奖励“{value}”；现有奖励：{known}（可用 greenlife reward add 名称 --price 积分 添加）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="25"/>
        <source>No usual action with id {id}; it may have been deleted.</source>
        <translation>没有编号为{id}的常用动作；它可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="26"/>
        <source>SQLite&apos;s integrity check: {detail}</source>
        <translation>SQLite 完整性检查：{detail}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="27"/>
        <source>The backup could not be checked ({detail}); older backups were kept.</source>
        <translation>无法校验该备份（{detail}）；较早的备份均已保留。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="28"/>
        <source>The backup {path} is damaged too; pick an older one.</source>
        <translation>备份 {path} 也已损坏，请选择更早的备份。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="29"/>
        <source>The data file could not be written{where}: {reason}. Nothing was saved.</source>
        <translation>无法写入数据文件{where}：{reason}。没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="30"/>
        <source>The data file could not switch to WAL journaling (got {mode}).</source>
        <translation>数据文件无法切换到 WAL 日志模式（当前为 {mode}）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="31"/>
        <source>The data file is busy{where}: another program kept it locked. Nothing was saved; try again in a moment.</source>
        <translation>数据文件正忙{where}：另一个程序锁定了它。没有保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="32"/>
        <source>The data file is damaged{where}: nothing was saved. Restore the newest backup (&apos;greenlife backup restore --latest&apos; or Settings).</source>
        <translation>数据文件已损坏{where}：没有保存任何内容。请恢复最新的备份（greenlife backup restore --latest 或在设置中操作）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="33"/>
        <source>The data file is read-only{where}: nothing was saved. Make it writable (or move it to a folder you can write to) and save again.</source>
        <translation>数据文件是只读的{where}：没有保存任何内容。请将其设为可写（或移到可写的文件夹）后再保存。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="34"/>
        <source>The data file is still being checked (a large book takes a moment); nothing was saved. Try again in a second.</source>
        <translation>数据文件仍在检查中（账本较大时需要片刻）；没有保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="35"/>
        <source>The data file reported an error while saving ({reason}); the change may have been saved. Check before saving it again.</source>
        <translation>保存时数据文件报告了错误（{reason}）；这次更改可能已经保存。请先检查，再决定是否重新保存。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="36"/>
        <source>The data file {path} cannot be read or written right now ({reason}). The disk may be full, read-only or disconnected. This is not damage: GreenLife has not changed the file, and restoring a backup would not help. Fix the disk and try again.</source>
        <translation>现在无法读写数据文件 {path}（{reason}）。磁盘可能已满、只读或已断开。这不是文件损坏：绿色生活碳账本没有改动该文件，恢复备份也无济于事。请先解决磁盘问题，再重试。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="37"/>
        <source>The data file {path} is already open in another GreenLife window (process {pid}). Use that window, or close it first.</source>
        <translation>数据文件 {path} 已在另一个绿色生活碳账本窗口中打开（进程 {pid}）。请使用那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="38"/>
        <source>The data file {path} is damaged ({detail}). GreenLife has not changed it. Restore the newest good backup: in the app, or with &apos;greenlife backup restore --latest&apos;.</source>
        <translation>数据文件 {path} 已损坏（{detail}）。绿色生活碳账本没有改动它。请恢复最新的完好备份：在应用中操作，或运行 greenlife backup restore --latest。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="39"/>
        <source>The data file {path} is on {where}. SQLite&apos;s write-ahead log is not safe there and the book could be damaged. Keep the file on this computer&apos;s own disk (use --db or GREENLIFE_DB) and back it up to the share instead.</source>
        <translation>数据文件 {path} 位于{where}。SQLite 的预写日志在那里并不安全，账本可能损坏。请把文件放在本机磁盘上（使用 --db 或 GREENLIFE_DB），再把备份放到共享位置。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="40"/>
        <source>The data file {path} is open in the GreenLife app (process {pid}). Make this change in the app, or close the app first; nothing was changed.</source>
        <translation>数据文件 {path} 正在绿色生活碳账本应用中打开（进程 {pid}）。请在应用中进行此更改，或先关闭应用；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="41"/>
        <source>The disk is full ({path}): nothing was written. Free some space and try again.</source>
        <translation>磁盘已满（{path}）：未写入任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="42"/>
        <source>The disk is full{where}: nothing was saved. Free some space and save again; what you typed is still in the form.</source>
        <translation>磁盘已满{where}：没有保存任何内容。请腾出空间后再次保存；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="43"/>
        <source>The file has {n} bad rows; nothing was imported.</source>
        <translation>文件中有 {n} 行有问题；没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="44"/>
        <source>The file name {path} is too long for this disk; choose a shorter one.</source>
        <translation>文件名 {path} 对此磁盘而言太长；请换一个较短的名称。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="45"/>
        <source>This data file already has members; the demo household only goes into an empty file. Use --db PATH with a new file name.</source>
        <translation>该数据文件已有成员；示例家庭只能放入空文件。请用 --db 指定一个新文件名。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="46"/>
        <source>This would leave {who} with {balance} points on {day}: rewards already redeemed would no longer be covered. Nothing was changed.</source>
        <translation>这会使{who}在 {day} 只剩 {balance} 积分：已兑换的奖励将不再有足够积分。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="47"/>
        <source>Two challenges are running already; end one before starting another.</source>
        <translation>已有两个挑战在进行中；请先结束一个再开始新的挑战。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="48"/>
        <source>a Windows network share</source>
        <translation>Windows 网络共享</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="49"/>
        <source>a line of an appliance that is gone</source>
        <translation>属于已删除电器的记录行</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="50"/>
        <source>a network drive</source>
        <translation>网络驱动器</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="51"/>
        <source>a network file system ({kind})</source>
        <translation>网络文件系统（{kind}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="52"/>
        <source>an appliance line without its appliance, or the reverse</source>
        <translation>电器记录行缺少对应的电器，或电器数据与类别不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="53"/>
        <source>appliances</source>
        <translation>电器</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="54"/>
        <source>belongs to no member</source>
        <translation>不属于任何成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="55"/>
        <source>cannot be recomputed ({detail})</source>
        <translation>无法重新计算（{detail}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="56"/>
        <source>cells in this row: {cells}; columns in the header: {header}</source>
        <translation>本行单元格数：{cells}；表头列数：{header}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="57"/>
        <source>daily items</source>
        <translation>每日项目</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="58"/>
        <source>daily totals</source>
        <translation>每日合计</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="59"/>
        <source>date out of range</source>
        <translation>日期超出范围</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="60"/>
        <source>entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="61"/>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="62"/>
        <source>grams {value} are not quantity x factor = {expected}</source>
        <translation>克数 {value} 不等于数量 × 系数 = {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="63"/>
        <source>imported {n} lines; already in the book: {already}</source>
        <translation>已导入 {n} 行；账本中已有：{already}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="64"/>
        <source>impossible appliance</source>
        <translation>不可能的电器数据</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="65"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="66"/>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="67"/>
        <source>monthly totals</source>
        <translation>每月合计</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="68"/>
        <source>negative factor</source>
        <translation>系数为负数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="69"/>
        <source>ok: the data file passed SQLite&apos;s integrity and foreign-key checks and GreenLife&apos;s rules</source>
        <translation>正常：数据文件通过了 SQLite 的完整性和外键检查，以及绿色生活的规则检查</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="70"/>
        <source>points do not match grams</source>
        <translation>积分与克数不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="71"/>
        <source>points {value} are not the rounded grams = {expected}</source>
        <translation>积分 {value} 不等于取整后的克数 = {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="72"/>
        <source>quantity is not positive or is absurd</source>
        <translation>数量不是正数或大得不合理</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="73"/>
        <source>redemption of no points</source>
        <translation>兑换的积分为零</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="74"/>
        <source>redemptions</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="75"/>
        <source>refers to a missing row in {parent}</source>
        <translation>引用了“{parent}”中不存在的行</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="76"/>
        <source>refused by the data file&apos;s rules ({reason}); nothing was saved</source>
        <translation>数据文件的规则拒绝了这个值（{reason}）；没有保存任何内容</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="77"/>
        <source>sign of grams does not match the factor kind</source>
        <translation>克数的正负与系数类型（减排或排放）不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="78"/>
        <source>the cells quantity, factor_value and points must be numbers</source>
        <translation>quantity、factor_value 和 points 这几格必须是数字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="79"/>
        <source>the cells quantity, factor_value, factor_year and points must be numbers</source>
        <translation>数量、系数值、系数年份和积分这几个单元格必须是数字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="80"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="81"/>
        <source>the row for {label} does not match the entries</source>
        <translation>“{label}”这一行与记录不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="82"/>
        <source>unknown appliance line &apos;{value}&apos; ({key})</source>
        <translation>未知的电器记录行 &apos;{value}&apos;（&apos;{key}&apos;）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="83"/>
        <source>unknown category</source>
        <translation>未知的类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="84"/>
        <source>unknown item &apos;{value}&apos; ({key})</source>
        <translation>未知的项目 &apos;{value}&apos;（&apos;{key}&apos;）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="85"/>
        <source>unknown meter line &apos;{value}&apos; ({key})</source>
        <translation>未知的表计记录“{value}”（{key}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="86"/>
        <source>unknown unit &apos;{value}&apos; / &apos;{factor_unit}&apos; for {key}</source>
        <translation>&apos;{key}&apos; 的单位 &apos;{value}&apos; / &apos;{factor_unit}&apos; 未知</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="87"/>
        <source>would import {n} lines; already in the book: {already}</source>
        <translation>将导入 {n} 行；账本中已有：{already}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="88"/>
        <source>{field}: &apos;{value}&apos; ({key}) is not in the factor table; add the factor first</source>
        <translation>{field}：&apos;{value}&apos;（&apos;{key}&apos;）不在系数表中；请先添加该系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="89"/>
        <source>{field}: &apos;{value}&apos; already exists; pick another id</source>
        <translation>{field}：“{value}”已存在，请换一个编号</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="90"/>
        <source>{field}: &apos;{value}&apos; already exists; pick another name</source>
        <translation>{field}：“{value}”已存在，请换一个名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="91"/>
        <source>{field}: &apos;{value}&apos; does not match the factor unit {expected}</source>
        <translation>{field}：&apos;{value}&apos; 与系数单位 &apos;{expected}&apos; 不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="92"/>
        <source>{field}: &apos;{value}&apos; does not match {expected}</source>
        <translation>{field}：&apos;{value}&apos; 与 &apos;{expected}&apos; 不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="93"/>
        <source>{field}: &apos;{value}&apos; has a comma; write decimals with a point (1.5); enter {low} to {high} {unit}</source>
        <translation>{field}：“{value}”含有逗号；小数请用小数点（1.5）；请输入 {low} 到 {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="94"/>
        <source>{field}: &apos;{value}&apos; is already a member; pick another name</source>
        <translation>{field}：“{value}”已是家庭成员，请换一个名字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="95"/>
        <source>{field}: &apos;{value}&apos; is already one of your actions</source>
        <translation>{field}：“{value}”已是您家的行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="96"/>
        <source>{field}: &apos;{value}&apos; is archived; restore the member in Settings first</source>
        <translation>{field}：“{value}”已归档，请先在设置中恢复该成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="97"/>
        <source>{field}: &apos;{value}&apos; is not a colour; use #RRGGBB, e.g. #2E7D32</source>
        <translation>{field}：“{value}”不是颜色，请使用 #RRGGBB 格式，例如 #2E7D32</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="98"/>
        <source>{field}: &apos;{value}&apos; is not a date; use YYYY-MM-DD between {low} and {high}</source>
        <translation>{field}：“{value}”不是日期，请使用 YYYY-MM-DD 格式，范围 {low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="99"/>
        <source>{field}: &apos;{value}&apos; is not a finite number; enter {low} to {high} {unit}</source>
        <translation>{field}：“{value}”不是有限数值，请输入 {low} 至 {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="100"/>
        <source>{field}: &apos;{value}&apos; is not a known unit; choose one of: {known}</source>
        <translation>{field}：“{value}”不是已知单位，请从以下选择：{known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="101"/>
        <source>{field}: &apos;{value}&apos; is not a meter (electricity, gas or water)</source>
        <translation>{field}：“{value}”不是表计（电、燃气或水）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="102"/>
        <source>{field}: &apos;{value}&apos; is not a month; use YYYY-MM</source>
        <translation>{field}：“{value}”不是月份；请用 YYYY-MM 格式</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="103"/>
        <source>{field}: &apos;{value}&apos; is not a number</source>
        <translation>{field}：&apos;{value}&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="104"/>
        <source>{field}: &apos;{value}&apos; is not a number from 0 to {high}</source>
        <translation>{field}：“{value}”不是 0 至 {high} 之间的数字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not a number of grams; enter more than 0 and up to {high}</source>
        <translation>{field}：“{value}”不是克数；请输入大于 0 且不超过 {high} 的数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="106"/>
        <source>{field}: &apos;{value}&apos; is not a number; enter {low} to {high} {unit}</source>
        <translation>{field}：“{value}”不是数字，请输入 {low} 至 {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="107"/>
        <source>{field}: &apos;{value}&apos; is not a unit of {key} in the factor table</source>
        <translation>{field}：系数表中 &apos;{key}&apos; 没有单位 &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="108"/>
        <source>{field}: &apos;{value}&apos; is not a unit; give 1 to {high} characters without /, e.g. hour or item</source>
        <translation>{field}：“{value}”不是单位；请填 1 至 {high} 个字符，不含 /，例如 小时 或 件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="109"/>
        <source>{field}: &apos;{value}&apos; is not a valid id; use letters, digits, - or _</source>
        <translation>{field}：“{value}”不是有效编号，请使用字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="110"/>
        <source>{field}: &apos;{value}&apos; is not a valid item name</source>
        <translation>{field}：&apos;{value}&apos; 不是有效的项目名</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="111"/>
        <source>{field}: &apos;{value}&apos; is not a whole number</source>
        <translation>{field}：&apos;{value}&apos; 不是整数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="112"/>
        <source>{field}: &apos;{value}&apos; is not an appliance type</source>
        <translation>{field}：&apos;{value}&apos; 不是电器类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="113"/>
        <source>{field}: &apos;{value}&apos; is too long; keep it to {high} characters</source>
        <translation>{field}：“{value}”太长，请不超过 {high} 个字符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="115"/>
        <source>{field}: &apos;{value}&apos; must be one of {known}</source>
        <translation>{field}：&apos;{value}&apos; 无效，应为以下之一：{known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="116"/>
        <source>{field}: &apos;{value}&apos; must be one of: {known}</source>
        <translation>{field}：“{value}”必须是以下之一：{known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="117"/>
        <source>{field}: &apos;{value}&apos; must be reading or bill</source>
        <translation>{field}：“{value}”必须是读数或账单</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="119"/>
        <source>{field}: &apos;{value}&apos; must look like commute.subway (category commute, waste, food, energy, goods, grid or meter, then a name of letters and _)</source>
        <translation>{field}：“{value}”的格式应类似 commute.subway（类别为 commute、waste、food、energy、goods、grid 或 meter，后接由字母和 _ 组成的名称）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="120"/>
        <source>{field}: a bill gives the amount used; a new meter is entered with a reading</source>
        <translation>{field}：账单给出的是用量；换新表请按读数录入</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="118"/>
        <source>{field}: &apos;{value}&apos; must be reduction or emission</source>
        <translation>{field}：“{value}”必须是减排或排放</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="9"/>
        <source>&apos;{name}&apos; is archived; bring it back with &apos;greenlife action restore {key}&apos; to log it.</source>
        <translation>“{name}”已归档；先用“greenlife action restore {key}”恢复它，再记录。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="114"/>
        <source>{field}: &apos;{value}&apos; must be action, appliance, meter, reading or redemption</source>
        <translation>{field}：&apos;{value}&apos; 无效，应为 &apos;action&apos;（行动）、&apos;appliance&apos;（电器）、&apos;meter&apos;（表计）、&apos;reading&apos;（读数）或 &apos;redemption&apos;（兑换）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="121"/>
        <source>{field}: a date is required</source>
        <translation>{field}：必须填写日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="122"/>
        <source>{field}: a name is required</source>
        <translation>{field}：请填写名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="123"/>
        <source>{field}: a reading row says in its details how the meter was read (reading or bill)</source>
        <translation>{field}：读数行须在详情中说明表计的读法（reading 读数或 bill 账单）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="124"/>
        <source>{field}: a redemption spends points ({value} is not below zero)</source>
        <translation>{field}：兑换会花费积分（{value} 不小于零）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="125"/>
        <source>{field}: a usual action needs at least one part</source>
        <translation>{field}：常用动作至少需要一项</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="126"/>
        <source>{field}: a value is required; enter 0 to {high}</source>
        <translation>{field}：必须填写；请输入 0 至 {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="127"/>
        <source>{field}: a value is required; enter {low} to {high} {unit}</source>
        <translation>{field}：请填写数值，范围 {low} 至 {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="128"/>
        <source>{field}: an appliance&apos;s line uses {key}</source>
        <translation>{field}：电器的记录行应使用 &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="129"/>
        <source>{field}: appliances are not imported from entry rows</source>
        <translation>{field}：电器不从行动记录行导入</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="130"/>
        <source>{field}: contains control characters; remove them</source>
        <translation>{field}：包含控制字符，请删除</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="131"/>
        <source>{field}: each part needs an action and a quantity</source>
        <translation>{field}：每一项都需要动作和数量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="132"/>
        <source>{field}: not a day&apos;s saving of an appliance that uses less than its baseline</source>
        <translation>{field}：不是比基准耗电更少的电器一天的节电量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="133"/>
        <source>{field}: not the details GreenLife writes (a JSON object); leave the cell empty or export the file again</source>
        <translation>{field}：不是 GreenLife 写出的详情（一个 JSON 对象）；请让该单元格留空，或重新导出文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="134"/>
        <source>{field}: say where the value comes from, or &apos;Assumption: ...&apos;</source>
        <translation>{field}：请说明数值的来源，或写明“假设：……”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="135"/>
        <source>{field}: set &apos;{set}&apos; has no factor &apos;{value}&apos;; see &apos;greenlife factors list&apos;</source>
        <translation>{field}：系数组“{set}”中没有系数“{value}”；请查看 &apos;greenlife factors list&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="136"/>
        <source>{field}: the action in it does not match the row&apos;s key {key}</source>
        <translation>{field}：其中的行动与该行的键 {key} 不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="137"/>
        <source>{field}: the cell is missing</source>
        <translation>{field}：缺少这个单元格</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="138"/>
        <source>{field}: the meter would have run backwards by {value} before {month}; if the meter was replaced, give the new meter&apos;s first reading</source>
        <translation>{field}：到 {month} 为止表读数会倒退 {value}；如果换了新表，请填写新表的起始读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="139"/>
        <source>{field}: the quantity or the factor&apos;s value is out of range</source>
        <translation>{field}：数量或系数值超出范围</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="140"/>
        <source>{field}: the reward&apos;s name is required (80 characters at most)</source>
        <translation>{field}：必须填写奖励名称（最多 80 个字符）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="141"/>
        <source>{field}: the source of the factor is required (500 characters at most)</source>
        <translation>{field}：必须填写系数来源（最多 500 个字符）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="142"/>
        <source>{field}: unknown appliance &apos;{value}&apos;; choose one of: {known}</source>
        <translation>{field}：未知家电“{value}”，请从以下选择：{known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="143"/>
        <source>{field}: unknown factor set &apos;{value}&apos;</source>
        <translation>{field}：未知系数集“{value}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="144"/>
        <source>{field}: unknown factor set &apos;{value}&apos;; choose one of: {known}</source>
        <translation>{field}：未知系数集“{value}”，请从以下选择：{known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="145"/>
        <source>{field}: unknown member &apos;{value}&apos;; add the member first</source>
        <translation>{field}：未知的成员 &apos;{value}&apos;；请先添加该成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="146"/>
        <source>{field}: unknown member &apos;{value}&apos;; known members: {known} (add one with &apos;greenlife member add NAME&apos;)</source>
        <translation>{field}：未知成员“{value}”；现有成员：{known}（可用 greenlife member add 名字 添加）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="147"/>
        <source>{field}: unknown {field} &apos;{value}&apos;; choose one of: {known}</source>
        <translation>{field}：未知的{field}“{value}”，请从以下选择：{known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="148"/>
        <source>{field}: {item} is counted in {unit}; give --{expected} instead</source>
        <translation>{field}：{item}以{unit}计，请改用 --{expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="149"/>
        <source>{field}: {key} now counts in {new} but its past lines were logged in {old}; they cannot be recalculated. Put the unit back, or add a new factor for the new unit</source>
        <translation>{field}：{key} 现在以{new}计，但过去的记录是以{old}记录的，无法重新计算。请改回原单位，或为新单位添加一个新系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="150"/>
        <source>{field}: {month} would differ from its comparison by {value} — more than a household uses; check the reading or the baseline</source>
        <translation>{field}：{month} 与对比值相差 {value}，超出一个家庭的用量；请检查读数或基准</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="151"/>
        <source>{field}: {name} has no entries on {value} to repeat</source>
        <translation>{field}：{name} 在 {value} 没有可以重复的记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="152"/>
        <source>{field}: {value} characters is too long; keep it to {high}</source>
        <translation>{field}：{value} 个字符太长，请不超过 {high} 个</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="153"/>
        <source>{field}: {value} differs from the {meter} baseline of an earlier row</source>
        <translation>{field}：{value} 与前面一行的 {meter} 基准不同</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="154"/>
        <source>{field}: {value} does not match quantity × factor = {expected}</source>
        <translation>{field}：{value} 与数量 × 系数 = {expected} 不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="155"/>
        <source>{field}: {value} does not match the day&apos;s kWh saved × the grid factor</source>
        <translation>{field}：{value} 与当天节约的电量 × 电网系数不符</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="156"/>
        <source>{field}: {value} is before the start {start}; enter a later date</source>
        <translation>{field}：{value} 早于开始日期 {start}，请输入更晚的日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="157"/>
        <source>{field}: {value} is in the future; enter a date from {low} to {high}</source>
        <translation>{field}：{value} 是未来的日期，请输入 {low} 至 {high} 之间的日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="158"/>
        <source>{field}: {value} is not a whole number; enter a whole number from {low} to {high}</source>
        <translation>{field}：{value} 不是整数，请输入 {low} 至 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="159"/>
        <source>{field}: {value} is not over yet or too early; enter a month from {low} to {high}</source>
        <translation>{field}：{value} 尚未结束或过早；请输入 {low} 至 {high} 之间的月份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="160"/>
        <source>{field}: {value} is out of range; enter 0 to 999999</source>
        <translation>{field}：{value} 超出范围，请输入 0 至 999999</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="161"/>
        <source>{field}: {value} is out of range; enter 1990 to 2100</source>
        <translation>{field}：{value} 超出范围，请输入 1990 至 2100</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="162"/>
        <source>{field}: {value} is too early; enter a date from {low} to {high}</source>
        <translation>{field}：{value} 太早，请输入 {low} 至 {high} 之间的日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="163"/>
        <source>{field}: {value} kWh/year is not less than the typical grade-3 model ({baseline} kWh/year), so it saves nothing; only a model that uses less earns points</source>
        <translation>{field}：{value} 千瓦时/年不低于典型三级能效型号（{baseline} 千瓦时/年），因此没有节能；只有耗电更少的型号才能获得积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="164"/>
        <source>{field}: {value} {unit} is out of range; enter {low} to {high} {unit}</source>
        <translation>{field}：{value} {unit} 超出范围，请输入 {low} 至 {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="165"/>
        <source>{n} bad rows ({more} not shown); nothing was imported. Fix them and import again.</source>
        <translation>{n} 行有问题（另有 {more} 行未显示）；没有导入任何内容。请修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="166"/>
        <source>{n} bad rows; nothing was imported. Fix them and import again.</source>
        <translation>{n} 行有问题；没有导入任何内容。请修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="167"/>
        <source>{path} cannot be written: permission denied or a read-only disk. Choose a folder you can write to.</source>
        <translation>无法写入 {path}：没有权限或磁盘只读。请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="168"/>
        <source>{path} could not be read as CSV near line {line}: {reason}.</source>
        <translation>{path} 在第 {line} 行附近无法按 CSV 读取：{reason}。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="169"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="170"/>
        <source>{path} has the column {cols} more than once; which one is meant cannot be told. Remove the extra column and import again.</source>
        <translation>{path} 中的列 {cols} 出现了不止一次，无法判断应使用哪一列。请删除多余的列后重新导入。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="171"/>
        <source>{path} is a database of another program (application id {app_id}), not a GreenLife book. GreenLife has not changed it; choose another file name.</source>
        <translation>{path} 是其他程序的数据库（应用标识 {app_id}），不是绿色生活碳账本的账本。绿色生活碳账本没有改动它；请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="172"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="173"/>
        <source>{path} is an empty file (0 bytes), not a GreenLife book. GreenLife has not changed it; delete it or choose another file name for a new book.</source>
        <translation>{path} 是空文件（0 字节），不是绿色生活碳账本的账本。绿色生活碳账本没有改动它；请删除它，或为新账本换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="174"/>
        <source>{path} is empty.</source>
        <translation>{path} 是空文件。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="175"/>
        <source>{path} is not UTF-8 text (byte {pos} is invalid). Save it as &apos;CSV UTF-8&apos; and import again.</source>
        <translation>{path} 不是 UTF-8 文本（第 {pos} 个字节无效）。请另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="176"/>
        <source>{path} is not a regular file (a folder or a device); give the path of a GreenLife data file.</source>
        <translation>{path} 不是普通文件（而是文件夹或设备）；请给出绿色生活碳账本数据文件的路径。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="177"/>
        <source>{path} is not a regular file (a folder, a device or a pipe). Import the CSV file that GreenLife exports.</source>
        <translation>{path} 不是普通文件（而是文件夹、设备或管道）。请导入绿色生活碳账本导出的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="178"/>
        <source>{path} is not a text CSV file (it contains binary data). Import the CSV that GreenLife exports.</source>
        <translation>{path} 不是文本 CSV 文件（含有二进制数据）。请导入绿色生活碳账本导出的 CSV。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="179"/>
        <source>{path} is {mb} MB; files over 200 MB are not imported.</source>
        <translation>{path} 有 {mb} MB；超过 200 MB 的文件不予导入。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="180"/>
        <source>{path} lacks the columns {missing}. Import the CSV that GreenLife exports (columns: {cols}).</source>
        <translation>{path} 缺少以下列：{missing}。请导入绿色生活碳账本导出的 CSV（列：{cols}）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="181"/>
        <source>{path} was written by a newer version of GreenLife (schema {found}; this version knows {known}). GreenLife has not changed it; update GreenLife to open it.</source>
        <translation>{path} 由更新版本的绿色生活碳账本写入（数据结构版本 {found}；本版本只认识到 {known}）。绿色生活碳账本没有改动它；请更新绿色生活碳账本后再打开。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="182"/>
        <source>{path}: a part of this path is a file, not a folder.</source>
        <translation>{path}：路径中的某一部分是文件，而不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="183"/>
        <source>{path}: {reason}.</source>
        <translation>{path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="184"/>
        <source>{table}, row {rowid}: {reason}</source>
        <translation>{table}，第 {rowid} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="185"/>
        <source>{table}: {reason}</source>
        <translation>{table}：{reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="186"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="187"/>
        <source>{wal} beside the data file belongs to another database: reading it would replace the book&apos;s pages. GreenLife has not changed anything; move that file away (keep it) and try again.</source>
        <translation>数据文件旁边的 {wal} 属于另一个数据库：读取它会替换账本的页面。绿色生活碳账本没有做任何更改；请把该文件移走（请保留它）后重试。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="24"/>
        <source>the household</source>
        <translation>全家</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="34"/>
        <source>The file has %Ln bad rows; nothing was imported.</source>
        <translation>
            <numerusform>文件中有 %Ln 行有问题；没有导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="37"/>
        <source>%Ln bad rows; nothing was imported. Fix them and import again.</source>
        <translation>
            <numerusform>%Ln 行有问题；没有导入任何内容。请修正后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="39"/>
        <source>%Ln bad rows ({more} not shown); nothing was imported. Fix them and import again.</source>
        <translation>
            <numerusform>%Ln 行有问题（另有 {more} 行未显示）；没有导入任何内容。请修正后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="42"/>
        <source>would import %Ln lines; already in the book: {already}</source>
        <translation>
            <numerusform>将导入 %Ln 行；账本中已有：{already}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="44"/>
        <source>imported %Ln lines; already in the book: {already}</source>
        <translation>
            <numerusform>已导入 %Ln 行；账本中已有：{already}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="95"/>
        <source>Export yearly summary</source>
        <translation>导出年度总结</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="96"/>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="97"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="98"/>
        <source>Printable report (PDF)</source>
        <translation>可打印的报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="99"/>
        <source>Every entry as a spreadsheet (CSV)</source>
        <translation>全部记录的表格（CSV）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="100"/>
        <source>Every entry as data (JSON)</source>
        <translation>全部记录的数据（JSON）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="101"/>
        <source>The year&apos;s charts (PNG)</source>
        <translation>全年图表（PNG）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="103"/>
        <source>… with a certificate page per member, for the fridge door</source>
        <translation>……并为每位成员附一页证书，可以贴在冰箱门上</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="104"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="106"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="107"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="108"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="105"/>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="116"/>
        <source>Save the summary in</source>
        <translation>将总结保存到</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="126"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="127"/>
        <source>These files already exist and would be replaced:
{files}</source>
        <translation>以下文件已存在，将被替换：
{files}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="135"/>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="139"/>
        <source>Nothing was exported.</source>
        <translation>没有导出任何文件。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="146"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="167"/>
        <source>Wrote:
{files}</source>
        <translation>已写入：
{files}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="174"/>
        <source>Export cancelled. Files already there were left as they were.</source>
        <translation>导出已取消。原有文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="176"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
</context>
<context>
    <name>FactorDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="32"/>
        <source>Edit factor</source>
        <translation>编辑系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="32"/>
        <source>Add factor</source>
        <translation>添加系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="39"/>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="63"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="41"/>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="66"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="47"/>
        <source>reduction (adds points)</source>
        <translation>减排（增加积分）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="48"/>
        <source>emission (removes points)</source>
        <translation>排放（扣减积分）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="52"/>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="69"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="56"/>
        <source>Also recalculate past entries that used this factor</source>
        <translation>同时用新值重新计算使用此系数的历史记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="57"/>
        <source>Unchecked: past entries keep the value they were logged with; only new entries use the new value.</source>
        <translation>不勾选：历史记录保留记录时的数值，只有新记录使用新值。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="65"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="67"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="70"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>FactorNotes</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="191"/>
        <source>Assumption: 0 points; sorting still counts for badges.</source>
        <translation>假设：0 积分；分类投放仍计入徽章。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="192"/>
        <source>Assumption: 98 kg a year / 12 days; the source was not traced to its publisher. Log the trips made instead as usual.</source>
        <translation>假设：每年98千克 ÷ 12天；未能追溯到发布者。改用的出行方式照常记录。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="193"/>
        <source>Assumption: Beijing&apos;s lower bound of 23 g; the published figure was not traced.</source>
        <translation>假设：采用北京的下限23克；未能追溯到公开发布的数据。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="194"/>
        <source>Assumption: Wuhan&apos;s 5 g per shopping bag; the published figure was not traced.</source>
        <translation>假设：采用武汉每个购物袋5克；未能追溯到公开发布的数据。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="195"/>
        <source>Assumption: a finished meal avoids the average restaurant plate waste.</source>
        <translation>假设：吃光一餐可避免餐馆平均的餐盘浪费。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="196"/>
        <source>Assumption: a kilogram of clothes or goods reused instead of bought new; the 3.6 kg figure was not traced to its publisher.</source>
        <translation>假设：每千克衣物或物品被再次使用而不是买新的；3.6千克这一数据未能追溯到发布者。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="197"/>
        <source>Assumption: about 0.3 kWh per m³ supplied and treated; not a published figure.</source>
        <translation>假设：每立方米供水和处理约耗电0.3千瓦时；并非公开发布的数据。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="198"/>
        <source>Assumption: approximate composting-vs-landfill saving from WARM&apos;s food-waste rows.</source>
        <translation>假设：按 WARM 食物垃圾数据估算的堆肥相对填埋的减排量（近似值）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="199"/>
        <source>Assumption: average Chinese petrol car; this is an emission and lowers the balance.</source>
        <translation>假设：中国燃油车平均水平；这是排放，会扣减积分。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="200"/>
        <source>Assumption: derived from published defaults (56.1 t/TJ x 38.931 MJ/m³).</source>
        <translation>假设：由公开的缺省值推算（每太焦56.1吨 × 每立方米38.931兆焦）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="201"/>
        <source>Assumption: metal counted as steel cans (aluminium cans would be 10.1).</source>
        <translation>假设：金属按钢罐计算（铝罐为 10.1）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="202"/>
        <source>Assumption: no published walking figure; treated like cycling (98 g/km).</source>
        <translation>假设：没有公开的步行数据；按骑行计算（98 克/公里）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="203"/>
        <source>Assumption: no traced figure; about 10 g of paper at roughly 1 g CO2 per g.</source>
        <translation>假设：没有可追溯的数据；约10克纸，每克纸约1克二氧化碳。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="204"/>
        <source>Assumption: plastic counted as PET bottles (HDPE would be 0.8).</source>
        <translation>假设：塑料按 PET 瓶计算（HDPE 为 0.8）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="205"/>
        <source>Assumption: saving of an electric car against the petrol-car baseline.</source>
        <translation>假设：电动汽车相对燃油车基准的减排量。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="206"/>
        <source>Assumption: two people share one petrol car; each saves half the baseline.</source>
        <translation>假设：两人合乘一辆燃油车，每人节省基准排放的一半。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="207"/>
        <source>Each kWh generated replaces a kWh of grid electricity at the national factor.</source>
        <translation>每发一度电替代一度电网电力，按全国平均因子计算。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="54"/>
        <source>Assumption: typical grade-3 China energy label figure for a household model; grade 1 uses about 20% less. Enter your own label&apos;s kWh/year.</source>
        <translation>假设：家用型号中国能效标识上典型的 3 级能效数值；1 级能效约省电 20%。请填写您家电能效标识上的年耗电量。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="63"/>
        <source>Assumption: one printed A4 bill and envelope (about 10 g of paper) not made</source>
        <translation>假设：少印一张 A4 账单和信封（约10克纸）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="64"/>
        <source>Beijing carbon-inclusion scheme: at least 23 g per takeaway order without disposable tableware</source>
        <translation>北京碳普惠：外卖不要一次性餐具，每单至少23克</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="65"/>
        <source>Cainiao 回箱计划 (a box reused once saves 37 g CO2), as reported by CCTV News (央视新闻) from a Beijing Cainiao station, 2023</source>
        <translation>菜鸟回箱计划（纸箱复用一次减排37克二氧化碳），央视新闻报道北京菜鸟驿站，2023</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="66"/>
        <source>Derived: 7 L/100 km x 2.3 kg CO2/L</source>
        <translation>推算：每百公里 7 升 × 每升 2.3 千克 CO2</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="67"/>
        <source>Derived: 93 g plate waste per meal (CAS &amp; WWF 2018) x 2.5 kg CO2e/kg (FAO 2013)</source>
        <translation>推算：每餐剩菜 93 克（中国科学院与世界自然基金会，2018）× 每千克 2.5 千克 CO2e（联合国粮农组织，2013）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="68"/>
        <source>Derived: IPCC 2006 Guidelines default 56.1 t CO2 per TJ of natural gas x China&apos;s net calorific value 38,931 kJ/m³ (GB/T 2589)</source>
        <translation>推算：IPCC 2006指南天然气缺省值每太焦56.1吨二氧化碳 × 中国天然气低位发热量38,931千焦/立方米（GB/T 2589）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="69"/>
        <source>Derived: a provincial energy-saving tip (a car left parked one day a month saves about 98 kg CO2 a year), as reported in the press, 2021</source>
        <translation>推算：某省节能提示（每月少开一天车，一年约减排98千克二氧化碳），媒体报道，2021</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="70"/>
        <source>Derived: about 0.3 kWh of grid electricity to supply and treat 1 m³ of tap water x 0.5306 kg CO2/kWh (MEE &amp; NBS, 2023)</source>
        <translation>推算：供应和处理1立方米自来水约耗电0.3千瓦时 × 0.5306千克二氧化碳/千瓦时（生态环境部、国家统计局，2023）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="71"/>
        <source>Derived: petrol baseline 160 g/km minus electric car 80 g/km (15 kWh/100 km x 0.5306)</source>
        <translation>推算：燃油车基准 160 克/公里减去电动车 80 克/公里（每百公里 15 kWh × 0.5306）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="72"/>
        <source>Derived: petrol baseline 160 g/km shared by two people</source>
        <translation>推算：燃油车基准 160 克/公里，由两人分摊</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="73"/>
        <source>FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)</source>
        <translation>联合国粮农组织《食物浪费足迹》，2013（33 亿吨 CO2e / 13 亿吨浪费的食物）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="74"/>
        <source>Figure widely quoted in the Chinese press for reusing old textiles (3.6 kg CO2 per kg)</source>
        <translation>国内媒体广泛引用的旧衣物再利用数字（每千克3.6千克二氧化碳）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="75"/>
        <source>Hubei Emission Exchange, 碳碳星球 mini-program (0.02 points = 0.02 g per step), as reported by Hubei Daily (湖北日报), 2022</source>
        <translation>湖北碳排放权交易中心“碳碳星球”小程序（每步0.02积分 = 0.02克），湖北日报报道，2022</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="76"/>
        <source>Ministry of Ecology and Environment &amp; National Bureau of Statistics (MEE &amp; NBS), notice on 2023 electricity CO2 emission factors</source>
        <translation>生态环境部、国家统计局关于2023年电力二氧化碳排放因子的公告</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="78"/>
        <source>Shanghai carbon-inclusion platform, as reported by People&apos;s Daily (人民日报), 2025</source>
        <translation>上海碳普惠平台，人民日报报道，2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="80"/>
        <source>US EPA, Waste Reduction Model (WARM) v16, 2023; converted from t per short ton x1.1023</source>
        <translation>美国环保署废物减量模型（WARM）v16，2023；由每短吨换算（×1.1023）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="81"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025</source>
        <translation>武汉碳普惠平台（武碳江湖），新华社报道，2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="82"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025; walking treated like cycling (assumption)</source>
        <translation>武汉碳普惠平台（武碳江湖），新华社报道，2025；步行按骑行计（假设）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="83"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖), own shopping bag</source>
        <translation>武汉碳普惠平台（武碳江湖），自带购物袋</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="84"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖, 惠节电: 525 g per kWh saved), as reported by the Wuhan press, Aug 2025</source>
        <translation>武汉碳普惠平台（武碳江湖“惠节电”：每节约1千瓦时525克），武汉媒体报道，2025年8月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="77"/>
        <source>No published per-kg saving</source>
        <translation>没有公开的每千克减排数据</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="79"/>
        <source>US EPA WARM v16 (2023), food waste composted vs landfilled (approximate)</source>
        <translation>美国环保署 WARM v16（2023），食物垃圾堆肥与填埋相比（近似值）</translation>
    </message>
</context>
<context>
    <name>FactorsModel</name>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="44"/>
        <source>reduction</source>
        <translation>减排</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="44"/>
        <source>emission</source>
        <translation>排放</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="23"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="211"/>
        <source>bags</source>
        <translation>购物袋个数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="212"/>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="213"/>
        <source>bills</source>
        <translation>账单份数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="214"/>
        <source>boxes</source>
        <translation>快递箱个数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="215"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="216"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="217"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="218"/>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="219"/>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="220"/>
        <source>factor_key</source>
        <translation>系数键</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="221"/>
        <source>factor_kind</source>
        <translation>系数类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="222"/>
        <source>factor_source</source>
        <translation>系数来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="223"/>
        <source>factor_unit</source>
        <translation>系数单位</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="224"/>
        <source>factor_value</source>
        <translation>系数值</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="225"/>
        <source>factor_year</source>
        <translation>系数年份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="226"/>
        <source>from</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="227"/>
        <source>grade</source>
        <translation>能效等级</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="228"/>
        <source>grams</source>
        <translation>克数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="229"/>
        <source>how</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="230"/>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="231"/>
        <source>kWh</source>
        <translation>千瓦时</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="232"/>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="233"/>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="234"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="235"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="236"/>
        <source>kwh_year</source>
        <translation>年耗电量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="237"/>
        <source>legs</source>
        <translation>组成</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="238"/>
        <source>meals</source>
        <translation>用餐次数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="239"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="240"/>
        <source>meter</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="241"/>
        <source>mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="242"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="243"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="244"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="245"/>
        <source>orders</source>
        <translation>外卖单数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="246"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="247"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="248"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="249"/>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="250"/>
        <source>rides</source>
        <translation>乘车次数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="251"/>
        <source>set</source>
        <translation>系数集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="252"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="253"/>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="254"/>
        <source>stream</source>
        <translation>垃圾类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="255"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="256"/>
        <source>to</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="257"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="258"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="259"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="260"/>
        <source>wasted_kg</source>
        <translation>浪费的食物（千克）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="261"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="18"/>
        <source>On Windows, add the Chinese (Simplified) supplemental fonts in Settings → Apps → Optional features.</source>
        <translation>在 Windows 上，请在“设置 → 应用 → 可选功能”中添加“中文（简体）补充字体”。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="23"/>
        <source>On macOS, PingFang SC ships with the system; reinstall it with Font Book.</source>
        <translation>在 macOS 上，苹方字体随系统提供；可用“字体册”重新安装。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="26"/>
        <source>On Debian or Ubuntu: sudo apt install fonts-wqy-microhei (or fonts-noto-cjk); on Fedora: sudo dnf install wqy-microhei-fonts.</source>
        <translation>在 Debian 或 Ubuntu 上：sudo apt install fonts-wqy-microhei（或 fonts-noto-cjk）；在 Fedora 上：sudo dnf install wqy-microhei-fonts。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="30"/>
        <source>No font with Chinese characters is installed, so Chinese text shows as boxes. {how} Then restart GreenLife.</source>
        <translation>没有安装含中文字符的字体，中文会显示成方框。{how} 然后重新启动绿色生活碳账本。</translation>
    </message>
</context>
<context>
    <name>ForestCard</name>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="18"/>
        <source>Family forest</source>
        <translation>家庭森林</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="26"/>
        <source>One tree per 17.9 kg of CO2 avoided (Ant Forest&apos;s saxaul tree)</source>
        <translation>每棵树 17.9 千克二氧化碳（蚂蚁森林梭梭树）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="45"/>
        <source>{name} {n}</source>
        <translation>{name} {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="48"/>
        <source>%n trees from {kg} kg of CO2 avoided</source>
        <translation>
            <numerusform>二氧化碳减排量{kg}千克，种下%n棵树</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="50"/>
        <source>next tree {percent}% grown ({kg} kg to go)</source>
        <translation>下一棵树已长成{percent}%（还差{kg}千克）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="54"/>
        <source>each tree drawn stands for {n}</source>
        <translation>图中每棵代表{n}棵</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="56"/>
        <source>A new tree has grown!</source>
        <translation>新长出一棵树！</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="58"/>
        <source>Family forest: %n trees</source>
        <translation>
            <numerusform>家庭森林：%n棵树</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../greenlife/ui/help.py" line="75"/>
        <source>GreenLife &amp;manual</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="77"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="79"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="80"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="81"/>
        <source>&amp;Copy debug info</source>
        <translation>复制调试信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="116"/>
        <source>Could not open a file manager. The folder is:
{folder}</source>
        <translation>无法打开文件管理器。文件夹位置：
{folder}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="123"/>
        <source>Debug info copied to the clipboard: paste it into your message.</source>
        <translation>调试信息已复制到剪贴板：请粘贴到您的消息中。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="47"/>
        <source>Filter by member</source>
        <translation>按成员筛选</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="49"/>
        <source>Filter by category</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="50"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="53"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="56"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="58"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="68"/>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="81"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="82"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="83"/>
        <source>Delete the selected entries (Ctrl+Z undoes)</source>
        <translation>删除所选记录（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="84"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="85"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="97"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="99"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="103"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="34"/>
        <location filename="../../greenlife/ui/pages/history.py" line="125"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="164"/>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="185"/>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/history.py" line="169"/>
        <location filename="../../greenlife/ui/pages/history.py" line="196"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/history.py" line="226"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="71"/>
        <source>Progress to the weekly goal</source>
        <translation>每周目标进度</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="105"/>
        <location filename="../../greenlife/ui/pages/home.py" line="121"/>
        <source>Latest entries</source>
        <translation>最新记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="89"/>
        <source>Other usual actions — one click logs them for today</source>
        <translation>其他常用动作 —— 点一下即记为今天</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="154"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="220"/>
        <source>This week · {start} – {end}</source>
        <translation>本周 · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="224"/>
        <source>{points} points earned this week</source>
        <translation>本周获得 {points} 积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="227"/>
        <source>Available to spend on rewards: {points} points</source>
        <translation>可用于兑换奖励：{points} 积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="233"/>
        <source>%p% of the weekly goal</source>
        <translation>已完成每周目标的 %p%</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="234"/>
        <source>goal reached!</source>
        <translation>目标已达成！</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="235"/>
        <source>{n} points to go</source>
        <translation>还差 {n} 积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="237"/>
        <source>Household goal: {goal} points a week, everyone&apos;s own goals added up · {left}</source>
        <translation>家庭目标：每周{goal}积分，即每个人目标之和 · {left}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="272"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="272"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="273"/>
        <source>This week by day</source>
        <translation>本周每日积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="273"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="275"/>
        <source>{category} (emitted)</source>
        <translation>{category}（排放）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="290"/>
        <source>Log {what} for {name} today</source>
        <translation>为{name}记录今天的{what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="323"/>
        <source>Logged {what} for {name} on {date}: {points} points</source>
        <translation>已为{name}记录{date}的{what}：{points}分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="319"/>
        <source>Log {what}</source>
        <translation>记录{what}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="33"/>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="64"/>
        <source>Import entries</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="36"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="39"/>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="46"/>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="48"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="57"/>
        <source>A CSV file written by GreenLife&apos;s export (same columns).</source>
        <translation>由绿色生活碳账本导出的 CSV 文件（列相同）。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="83"/>
        <source>%n rows have problems; nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n 行有问题；修正之前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="86"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="89"/>
        <source>{new} entries to import; {already} already in the book.</source>
        <translation>将导入 {new} 条记录；{already} 条已在账本中。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="100"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="103"/>
        <source>Imported %n entries. A backup was made first.</source>
        <translation>
            <numerusform>已导入 %n 条记录。导入前已做备份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="110"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="272"/>
        <source>Commute</source>
        <translation>出行</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="303"/>
        <source>Waste sorting</source>
        <translation>垃圾分类</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="276"/>
        <source>Food</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="267"/>
        <source>Appliances</source>
        <translation>家电</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="274"/>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="280"/>
        <source>Goods and reuse</source>
        <translation>物品与循环</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="294"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="298"/>
        <source>Subway / rail</source>
        <translation>地铁 / 轨道交通</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="269"/>
        <source>Bus</source>
        <translation>公交</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="268"/>
        <source>Bike / shared bike</source>
        <translation>骑行 / 共享单车</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="300"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="273"/>
        <source>Electric car</source>
        <translation>电动汽车</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="270"/>
        <source>Carpool</source>
        <translation>拼车</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="289"/>
        <source>Petrol car</source>
        <translation>燃油车</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="287"/>
        <source>Paper</source>
        <translation>纸类</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="291"/>
        <source>Plastic</source>
        <translation>塑料</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="284"/>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="279"/>
        <source>Glass</source>
        <translation>玻璃</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="283"/>
        <source>Kitchen waste</source>
        <translation>厨余垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="282"/>
        <source>Hazardous waste</source>
        <translation>有害垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="293"/>
        <source>Residual waste</source>
        <translation>其他垃圾</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="271"/>
        <source>Clean-plate meals</source>
        <translation>光盘（餐）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="277"/>
        <source>Food thrown away</source>
        <translation>浪费的食物</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="281"/>
        <source>Grid electricity</source>
        <translation>电网电力</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="301"/>
        <source>Walking (steps)</source>
        <translation>步行（步数）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="290"/>
        <source>Petrol car left parked</source>
        <translation>燃油车停驶</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="296"/>
        <source>Second-hand or passed on</source>
        <translation>二手或转赠</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="286"/>
        <source>Own shopping bag</source>
        <translation>自带购物袋</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="275"/>
        <source>Express box returned</source>
        <translation>快递箱回收</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="288"/>
        <source>Paperless bill</source>
        <translation>电子账单</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="285"/>
        <source>No disposable tableware</source>
        <translation>不要一次性餐具</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="295"/>
        <source>Rooftop solar</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="278"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="304"/>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="266"/>
        <source>Air conditioner</source>
        <translation>空调</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="292"/>
        <source>Refrigerator</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="302"/>
        <source>Washing machine</source>
        <translation>洗衣机</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="305"/>
        <source>Water heater</source>
        <translation>电热水器</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="299"/>
        <source>Television</source>
        <translation>电视机</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="328"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="333"/>
        <source>rides</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="324"/>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="329"/>
        <source>meals</source>
        <translation>餐</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="332"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="330"/>
        <source>m³</source>
        <translation>立方米</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="335"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="312"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="331"/>
        <source>orders</source>
        <translation>单</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="310"/>
        <source>boxes</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="308"/>
        <source>bags</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="309"/>
        <source>bills</source>
        <translation>份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="311"/>
        <source>bronze</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="334"/>
        <source>silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="323"/>
        <source>gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="297"/>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="307"/>
        <source>Wuhan</source>
        <translation>武汉</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="306"/>
        <source>Whole household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="318"/>
        <source>g CO2/km</source>
        <translation>克二氧化碳/公里</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="320"/>
        <source>g CO2/ride</source>
        <translation>克二氧化碳/次</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="322"/>
        <source>g CO2e/meal</source>
        <translation>克二氧化碳当量/餐</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="327"/>
        <source>kg CO2e/kg</source>
        <translation>千克二氧化碳当量/千克</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="325"/>
        <source>kg CO2/kWh</source>
        <translation>千克二氧化碳/千瓦时</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="317"/>
        <source>g CO2/kWh</source>
        <translation>克二氧化碳/千瓦时</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="326"/>
        <source>kg CO2/m³</source>
        <translation>千克二氧化碳/立方米</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="321"/>
        <source>g CO2/step</source>
        <translation>克二氧化碳/步</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="316"/>
        <source>g CO2/day</source>
        <translation>克二氧化碳/天</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="319"/>
        <source>g CO2/order</source>
        <translation>克二氧化碳/单</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="315"/>
        <source>g CO2/box</source>
        <translation>克二氧化碳/个</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="313"/>
        <source>g CO2/bag</source>
        <translation>克二氧化碳/个</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="314"/>
        <source>g CO2/bill</source>
        <translation>克二氧化碳/份</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="54"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="59"/>
        <source>Reward: {reward}</source>
        <translation>奖励：{reward}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="24"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="24"/>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="30"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="30"/>
        <source>Appliance saving</source>
        <translation>家电节能</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="31"/>
        <source>Reward redeemed</source>
        <translation>兑换奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="61"/>
        <source>{appliance}: {kwh} kWh saved</source>
        <translation>{appliance}：节电 {kwh} 千瓦时</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="64"/>
        <source>{category}: {item} {amount}</source>
        <translation>{category}：{item} {amount}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="79"/>
        <source>{source}, {year}</source>
        <translation>{source}，{year}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="27"/>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
</context>
<context>
    <name>LegRow</name>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="55"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="57"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="58"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="66"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="68"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="70"/>
        <source>How much</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="118"/>
        <source>Part %n: category</source>
        <translation>
            <numerusform>第%n项：类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="119"/>
        <source>Part %n: what</source>
        <translation>
            <numerusform>第%n项：内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="120"/>
        <source>Part %n: quantity</source>
        <translation>
            <numerusform>第%n项：数量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="121"/>
        <source>Move part %n up</source>
        <translation>
            <numerusform>第%n项上移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="122"/>
        <source>Move part %n down</source>
        <translation>
            <numerusform>第%n项下移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="123"/>
        <source>Remove part %n</source>
        <translation>
            <numerusform>删除第%n项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="54"/>
        <location filename="../../greenlife/ui/pages/log.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="55"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="57"/>
        <source>Yester&amp;day</source>
        <translation>昨天(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="74"/>
        <source>Usual actions</source>
        <translation>常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="76"/>
        <source>Meters</source>
        <translation>水电气</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="78"/>
        <source>Our actions</source>
        <translation>我家的行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="84"/>
        <source>Member to repeat</source>
        <translation>要重复的成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="85"/>
        <source>Same as &amp;yesterday</source>
        <translation>同昨天(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="86"/>
        <source>Log today everything this member logged yesterday</source>
        <translation>把该成员昨天的全部记录再记到今天</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="89"/>
        <source>Repeat yesterday for</source>
        <translation>重复昨天：</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="105"/>
        <source>Logged on this day</source>
        <translation>当天已记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="139"/>
        <source>This week</source>
        <translation>本周合计</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="32"/>
        <location filename="../../greenlife/ui/pages/log.py" line="163"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="193"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="196"/>
        <source>Week of {date}: {who}</source>
        <translation>{date} 当周：{who}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="207"/>
        <source>Logged on {date}</source>
        <translation>{date}已记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="210"/>
        <source>{name}: {what} {quantity} {unit}, {points}</source>
        <translation>{name}：{what} {quantity} {unit}，{points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="217"/>
        <source>Nothing yet.</source>
        <translation>还没有记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/log.py" line="219"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="220"/>
        <source>points: {points}</source>
        <translation>积分：{points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="235"/>
        <source>Saved on {date}: {what} for {name}, {points} points</source>
        <translation>已保存{date}：{name}的{what}，{points}分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="254"/>
        <source>Same as yesterday for {name} on {date}</source>
        <translation>为{name}在{date}重复昨天的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/log.py" line="259"/>
        <source>Repeated %n entries from yesterday on {date}</source>
        <translation>
            <numerusform>已将昨天的%n条记录重复到{date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="103"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page}（Ctrl+{n}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="105"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="172"/>
        <source>&amp;New entry</source>
        <translation>新记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="176"/>
        <source>&amp;Export yearly summary…</source>
        <translation>导出年度总结(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="180"/>
        <source>&amp;Import entries…</source>
        <translation>导入记录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="197"/>
        <source>&amp;Filter history</source>
        <translation>筛选历史(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="213"/>
        <source>&amp;About GreenLife</source>
        <translation>关于绿色生活碳账本(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="222"/>
        <source>GreenLife 绿色生活碳账本</source>
        <translation>绿色生活碳账本 GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="260"/>
        <source>About GreenLife</source>
        <translation>关于绿色生活碳账本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="261"/>
        <source>GreenLife {version}
A household carbon book. 1 g of CO2 avoided = 1 point.
Factors: Shanghai carbon-inclusion platform (2025) and the sources listed in Settings. Your data stays on this computer:
{path}</source>
        <translation>绿色生活碳账本 {version}
家庭碳账本。减少 1 克二氧化碳 = 1 积分。
系数：上海碳普惠平台（2025）及设置中列出的来源。您的数据只保存在这台电脑上：
{path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="273"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="275"/>
        <source>{who} earned a badge: {name}</source>
        <translation>{who}获得徽章：{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="287"/>
        <source>Weekly goal reached: {points} of {goal} points!</source>
        <translation>达成每周目标：{points} / {goal} 积分！</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../greenlife/ui/help.py" line="161"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="161"/>
        <source>GreenLife manual</source>
        <translation>绿色生活碳账本使用说明</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="178"/>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="179"/>
        <source>On the first start GreenLife offers to create your household (the members&apos; names) or a demo household to look around. Every entry belongs to one member; the household&apos;s points are the members&apos; points added up.</source>
        <translation>第一次启动时，可以创建自己的家庭（填写成员姓名），也可以先用示例家庭看看。每条记录属于一位成员；全家的积分是各成员积分之和。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="182"/>
        <source>Logging an action</source>
        <translation>记录一项行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="183"/>
        <source>Log (Ctrl+N): pick the member, the category and the amount; the form shows the points before you save, and Enter saves. &quot;Save as usual action&quot; puts a one-click button on Home, and &quot;Same as yesterday&quot; repeats a member&apos;s day. A mistake? Ctrl+Z undoes it, or edit the entry in History.</source>
        <translation>记录（Ctrl+N）：选择成员、类别和数量；保存前表单会显示积分，按回车即可保存。“存为常用动作”会在首页添加一键按钮，“同昨天”会重复该成员昨天的记录。记错了？按 Ctrl+Z 撤销，或在“历史”页修改。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="187"/>
        <source>Usual actions of several parts</source>
        <translation>由几项组成的常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="188"/>
        <source>A usual action can have several parts, logged together in one click: 1 km by bike, then 61 km by subway. Make one in Log → Usual actions → New…, or change one there with Edit…: give it a name and a member, then each part in order: its category (commute, waste sorting or food), what, and how much. Add a part adds the next one (it starts like the last, as a trip goes on); ▲ and ▼ move a part, Remove takes it out. Save works once every part is right: a part with a problem is marked in red with the reason, and nothing typed is lost.
To add what the Log form holds to an existing usual action, fill in the form and click &quot;Add to a usual action&quot;, then pick the action: the same dialog opens with the form&apos;s line as the last part, to check and save, or cancel. Saving, moving and deleting usual actions can each be undone with Ctrl+Z.</source>
        <translation>常用动作可以由几项组成，一键一起记录：先骑车 1 公里，再坐地铁 61 公里。在“记录”→“常用动作”中点“新建…”创建，或选中后点“编辑…”修改：填写名称和成员，再按顺序填写每一项的类别（出行、垃圾分类或饮食）、内容和数量。“添加一项”会加上下一项（与上一项相同，方便接着填行程）；▲ 和 ▼ 移动一项，“删除”去掉一项。每一项都正确后才能保存：有问题的那一项会标红并写明原因，已填写的内容不会丢失。
要把“记录”表单中的内容加入已有的常用动作，填好表单后点“加入常用动作”，再选择要加入的常用动作：同一个对话框会打开，表单中的这一条作为最后一项，检查后保存，或取消。保存、移动和删除常用动作都可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="199"/>
        <source>How points are counted</source>
        <translation>积分怎样计算</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="200"/>
        <source>1 g of CO2 avoided is 1 point, the rule of the Shanghai carbon-inclusion platform. Every entry keeps the factor it used, with its unit, source and year; Settings lists all factors, lets you pick your city&apos;s set and edit a value. Food thrown away and petrol trips are emissions: they lower the balance. Points never expire.</source>
        <translation>每减少 1 克二氧化碳记 1 分，这是上海碳普惠平台的规则。每条记录都保存所用的因子及其单位、来源和年份；“设置”页列出全部因子，可以选择本市的因子集并修改数值。浪费的食物和燃油车出行属于排放，会减少余额。积分永不过期。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="204"/>
        <source>Every week, every year</source>
        <translation>每周与每年</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="205"/>
        <source>Charts shows the week by day, the members side by side and the last 12 weeks against the household&apos;s goal; Badges shows what has been earned. File → Export yearly summary (Ctrl+E) writes a PDF report, a spreadsheet (CSV) and the charts.</source>
        <translation>“图表”页按天显示本周、并排比较各成员，并显示最近 12 周与全家目标的对比；“徽章”页显示已获得的徽章。文件 → 导出年度总结（Ctrl+E）可生成 PDF 报告、表格（CSV）和图表。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="208"/>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="209"/>
        <source>Everything stays on this computer, in one file:
{path}
A backup is made on the first start of each day and before every upgrade, in the folder beside it. Help → Open data folder shows both. To move to another computer, copy the file.</source>
        <translation>所有数据都保存在本机的一个文件中：
{path}
每天第一次启动时和每次升级前都会在旁边的文件夹中自动备份。帮助 → 打开数据文件夹可以看到它们。换电脑时，复制这个文件即可。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="213"/>
        <source>Something went wrong?</source>
        <translation>遇到问题？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="214"/>
        <source>Help → Copy debug info puts the versions and paths on the clipboard; Help → Open log folder shows the log file. Send both with a description of what you did.</source>
        <translation>帮助 → 复制调试信息会把版本和路径复制到剪贴板；帮助 → 打开日志文件夹可以找到日志文件。请把两者连同操作经过一起发送给我们。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="227"/>
        <source>In a form, Enter saves and Esc closes a dialog.</source>
        <translation>在表单中按回车保存，按 Esc 关闭对话框。</translation>
    </message>
</context>
<context>
    <name>MembersCard</name>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="26"/>
        <source>Everyone&apos;s own goal</source>
        <translation>每个人自己的目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="50"/>
        <source>{name}: {points} of {goal} points this week</source>
        <translation>{name}：本周{points} / {goal}积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="62"/>
        <source>Points this week / the member&apos;s own goal</source>
        <translation>本周积分 / 该成员自己的目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="64"/>
        <source>Points this week / a goal suggested from their last four weeks</source>
        <translation>本周积分 / 按其最近四周建议的目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="75"/>
        <source>Goal…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="76"/>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="165"/>
        <source>Weekly goal for {name}</source>
        <translation>{name}的每周目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="77"/>
        <source>Set {name}&apos;s own weekly goal (suggested: {points})</source>
        <translation>设置{name}自己的每周目标（建议：{points}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="148"/>
        <source>Log something green today to start a streak</source>
        <translation>今天记一笔绿色行动，开始连续记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/members_card.py" line="149"/>
        <source>%n-day green streak</source>
        <translation>
            <numerusform>连续绿色%n天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="151"/>
        <source>log today to keep it</source>
        <translation>今天记一笔即可保持</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/members_card.py" line="153"/>
        <source>%n missed day forgiven</source>
        <translation>
            <numerusform>已宽限%n天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="166"/>
        <source>Points per week (suggested from the last four weeks: {points})</source>
        <translation>每周积分（按最近四周建议：{points}）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="172"/>
        <source>Set {name}&apos;s weekly goal to {points}</source>
        <translation>将{name}的每周目标设为{points}</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="30"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="30"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="22"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="22"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="22"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="39"/>
        <source>Colour of {name} in the charts</source>
        <translation>{name}在图表中的颜色</translation>
    </message>
</context>
<context>
    <name>MeterPanel</name>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="59"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="116"/>
        <source>Meter</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="64"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="117"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="66"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="118"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="67"/>
        <source>Meter reading at the month&apos;s end</source>
        <translation>月底的表读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="68"/>
        <source>Amount on the bill</source>
        <translation>账单上的用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="70"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="122"/>
        <source>Reading or amount</source>
        <translation>读数或用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="72"/>
        <source>A new meter was fitted this month</source>
        <translation>本月换了新表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="74"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="124"/>
        <source>New meter&apos;s first reading</source>
        <translation>新表起始读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="77"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="125"/>
        <source>Old meter&apos;s last reading</source>
        <translation>旧表最后读数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="78"/>
        <source>if known</source>
        <translation>如已知</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="79"/>
        <source>Save &amp;month</source>
        <translation>保存本月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="82"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="132"/>
        <source>Baseline per month</source>
        <translation>每月基准用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="83"/>
        <source>Set &amp;baseline</source>
        <translation>设定基准(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="89"/>
        <source>Months entered</source>
        <translation>已录入的月份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <source>Used</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <source>Last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="92"/>
        <source>Saved</source>
        <translation>节约</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="92"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="107"/>
        <source>&amp;Remove month</source>
        <translation>删除该月(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="108"/>
        <source>Remove the selected month</source>
        <translation>删除选中的月份</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="110"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="334"/>
        <source>Show &amp;chart</source>
        <translation>显示图表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="179"/>
        <source>Electricity (kWh)</source>
        <translation>电（千瓦时）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="179"/>
        <source>Gas (m³)</source>
        <translation>燃气（立方米）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="180"/>
        <source>Water (m³)</source>
        <translation>水（立方米）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="217"/>
        <source>{meter} for {month}</source>
        <translation>{month} 的{meter}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="232"/>
        <source>Baseline of {meter}</source>
        <translation>{meter}的基准</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="252"/>
        <source>Remove {meter} for {month}</source>
        <translation>删除 {month} 的{meter}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="267"/>
        <source>Each month is compared with the same month last year. Until there is a year of readings, give a baseline (a usual month&apos;s use, e.g. from last year&apos;s bills) to count the first year&apos;s months against.</source>
        <translation>每个月都与去年同月比较。在有满一年的读数之前，请填写基准（平常一个月的用量，例如来自去年的账单），第一年的各月与它比较。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="272"/>
        <source>Each month is compared with the same month last year; months without one are compared with your baseline of {value} {unit} a month.</source>
        <translation>每个月都与去年同月比较；没有去年同月的月份与您设定的每月 {value} {unit} 基准比较。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="284"/>
        <source>reading {value}</source>
        <translation>读数 {value}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="285"/>
        <source>bill {value}</source>
        <translation>账单 {value}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="287"/>
        <source>new meter</source>
        <translation>新表</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="294"/>
        <source>(baseline)</source>
        <translation>（基准）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="334"/>
        <source>Show mont&amp;hs</source>
        <translation>显示月份(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="368"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="368"/>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="372"/>
        <source>{month}: {used} {unit}, a year before {before}</source>
        <translation>{month}：{used} {unit}，去年同月 {before}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="374"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="375"/>
        <source>No months entered yet.</source>
        <translation>还没有录入任何月份。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="378"/>
        <source>{meter} against last year</source>
        <translation>{meter}与去年同月对比</translation>
    </message>
</context>
<context>
    <name>OwnActionsPanel</name>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="36"/>
        <source>Name of the action</source>
        <translation>行动名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="37"/>
        <source>e.g. Repaired instead of replaced</source>
        <translation>例如：修好而不是换新</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="39"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="58"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="77"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="43"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="78"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="44"/>
        <source>e.g. time, hour, item</source>
        <translation>例如：次、小时、件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="46"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="79"/>
        <source>Grams of CO2 per unit</source>
        <translation>每单位二氧化碳克数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="48"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="59"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="80"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="49"/>
        <source>who published the figure, or leave empty for our estimate</source>
        <translation>数据的发布者；留空则为我们的估计</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="52"/>
        <source>&amp;Add action</source>
        <translation>添加行动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="53"/>
        <source>Save &amp;changes</source>
        <translation>保存修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="54"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="177"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="55"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="57"/>
        <source>Our own actions</source>
        <translation>我家的行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="58"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="59"/>
        <source>Grams per unit</source>
        <translation>每单位克数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="69"/>
        <source>An action your family does that GreenLife does not list: say how many grams of CO2 one unit saves and where the figure comes from. Without a source it is counted as our estimate and marked as an assumption in the report.</source>
        <translation>绿色生活碳账本没有列出的、您家做的行动：说明每单位减少多少克二氧化碳，以及数据来自哪里。没有来源的按“我们的估计”计算，并在报告中标为假设。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="112"/>
        <source>Add action {name}</source>
        <translation>添加行动“{name}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="126"/>
        <source>Edit action {name}</source>
        <translation>修改行动“{name}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="138"/>
        <source>Bring back action {name}</source>
        <translation>恢复行动“{name}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="139"/>
        <source>Archive action {name}</source>
        <translation>归档行动“{name}”</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="177"/>
        <source>&amp;Bring back</source>
        <translation>恢复(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="185"/>
        <source>Our estimate (assumption)</source>
        <translation>我们的估计（假设）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="187"/>
        <source>{grams} g per {unit}</source>
        <translation>每{unit} {grams} 克</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="189"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="189"/>
        <source>offered</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../greenlife/ui/reminder.py" line="80"/>
        <location filename="../../greenlife/ui/reminder.py" line="90"/>
        <source>GreenLife</source>
        <translation>绿色生活</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/reminder.py" line="81"/>
        <source>Nobody has logged a green action today. A walk, a sorted bin, a clean plate?</source>
        <translation>今天还没有人记录绿色行动。走走路、分分类、光光盘？</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <location filename="../../greenlife/ui/models/rewards.py" line="22"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/rewards.py" line="22"/>
        <source>Price (points)</source>
        <translation>价格（积分）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="38"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="49"/>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="58"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="59"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="60"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="61"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="242"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="62"/>
        <source>Goal…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="63"/>
        <source>The member&apos;s own weekly goal (optional)</source>
        <translation>该成员自己的每周目标（可选）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="65"/>
        <source>Archived members keep their history and leave the pickers</source>
        <translation>归档的成员保留历史记录，但不再出现在选择列表中</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="68"/>
        <source>Rests at weekends</source>
        <translation>周末休息</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="69"/>
        <source>Saturdays and Sundays neither count nor break the member&apos;s green streak</source>
        <translation>周六、周日既不计入也不中断该成员的连续绿色记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="81"/>
        <source>Household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="88"/>
        <source>Factor set</source>
        <translation>系数集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="93"/>
        <source>Factors</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="102"/>
        <source>&amp;Edit factor…</source>
        <translation>编辑系数(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="103"/>
        <source>Add factor…</source>
        <translation>添加系数…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="104"/>
        <source>New family set…</source>
        <translation>新建家庭系数集…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="111"/>
        <source>Factor set in use</source>
        <translation>当前系数集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="119"/>
        <source>Factors (* marks a stated assumption)</source>
        <translation>系数（* 表示已注明的假设）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="128"/>
        <source>(in memory)</source>
        <translation>（内存中）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="132"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="134"/>
        <source>Check data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="135"/>
        <source>A full check of the data file; it changes nothing</source>
        <translation>全面检查数据文件；不会做任何修改</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="137"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="143"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="186"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="149"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="188"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="150"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="150"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="151"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="155"/>
        <source>Remind us at</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="158"/>
        <source>A notification at this hour if nobody in the family has logged anything that day</source>
        <translation>到这个时间如果家里当天还没有人记录，就发一条通知</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="160"/>
        <source>Reminder hour</source>
        <translation>提醒时间（小时）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="175"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="180"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="182"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="227"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="393"/>
        <source>Weekly household goal</source>
        <translation>全家每周目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="193"/>
        <source>Daily reminder</source>
        <translation>每日提醒</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="196"/>
        <source>Data and language</source>
        <translation>数据与语言</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="41"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="208"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/settings.py" line="226"/>
        <source>{points} points</source>
        <translation>
            <numerusform>{points} 积分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="242"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="254"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="254"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="257"/>
        <source>Add member {name}</source>
        <translation>添加成员{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="264"/>
        <source>Rename member</source>
        <translation>成员改名</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="264"/>
        <source>New name</source>
        <translation>新名字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="268"/>
        <source>Rename {old} to {new}</source>
        <translation>将{old}改名为{new}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="275"/>
        <source>Colour for {name}</source>
        <translation>{name}的颜色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="280"/>
        <source>Change {name}&apos;s colour</source>
        <translation>更改{name}的颜色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="285"/>
        <source>Archive {name}</source>
        <translation>归档{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="285"/>
        <source>Bring back {name}</source>
        <translation>恢复{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="297"/>
        <source>{name} rests at weekends</source>
        <translation>{name}周末休息</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="298"/>
        <source>{name} no longer rests at weekends</source>
        <translation>{name}周末不再休息</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="305"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="319"/>
        <source>Use the factor set {name}</source>
        <translation>使用因子集{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="309"/>
        <source>New family set</source>
        <translation>新建家庭系数集</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="310"/>
        <source>Name of your family&apos;s own factor set</source>
        <translation>您家自己的系数集名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="334"/>
        <source>Change the factor {name}</source>
        <translation>修改系数：{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="343"/>
        <source>Recalculating past entries…</source>
        <translation>正在重新计算历史记录…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/settings.py" line="346"/>
        <source>Recalculated %n lines; the points changed by {delta}.</source>
        <translation>
            <numerusform>已重新计算 %n 行；积分变化 {delta}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="354"/>
        <source>Recalculate the lines of {name}</source>
        <translation>按新系数重算{name}的记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="355"/>
        <source>Recalculate every line of the set</source>
        <translation>按新系数重算本套系数的全部记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="365"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="369"/>
        <source>The data file is sound: no problems found.</source>
        <translation>数据文件完好：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/settings.py" line="372"/>
        <source>%n problems found (nothing was changed):</source>
        <translation>
            <numerusform>发现 %n 个问题（未做任何修改）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="394"/>
        <source>Weekly goal for {name}</source>
        <translation>{name}的每周目标</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="395"/>
        <source>Points per week (from this week on)</source>
        <translation>每周积分（从本周起）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="402"/>
        <source>Set the weekly goal to {points}</source>
        <translation>将每周目标设为{points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="403"/>
        <source>Set {name}&apos;s weekly goal to {points}</source>
        <translation>将{name}的每周目标设为{points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="439"/>
        <source>Unavailable: this desktop has no system tray for notifications.</source>
        <translation>不可用：此桌面没有可显示通知的系统托盘。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="442"/>
        <source>If nobody has logged anything by {hour}, a notification says so, once that day.</source>
        <translation>如果到{hour}还没有人记录，会发一条通知提醒，每天最多一次。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="445"/>
        <source>Off.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="448"/>
        <source>Turn the daily reminder on</source>
        <translation>打开每日提醒</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="448"/>
        <source>Turn the daily reminder off</source>
        <translation>关闭每日提醒</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="455"/>
        <source>Set the reminder to {hour}</source>
        <translation>将提醒时间设为{hour}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="479"/>
        <source>Language changed.</source>
        <translation>语言已更改。</translation>
    </message>
</context>
<context>
    <name>StartChallengeDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="98"/>
        <source>Start a family challenge</source>
        <translation>开始家庭挑战</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="102"/>
        <source>Make up our own…</source>
        <translation>自己定一个…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="113"/>
        <source>Optional: your own words for it</source>
        <translation>可选：用你们自己的话描述</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="115"/>
        <source>&amp;Challenge</source>
        <translation>挑战(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="115"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="116"/>
        <source>&amp;Target</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="116"/>
        <source>&amp;Days</source>
        <translation>天数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="117"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="123"/>
        <source>At most two challenges run at a time. Progress counts what the whole family logs from today.</source>
        <translation>同时最多进行两个挑战。进度按全家从今天起的记录计算。</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="47"/>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="66"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="62"/>
        <source>Undo: {what}</source>
        <translation>撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="80"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="82"/>
        <source>Already changed since; use Edit ▸ Undo to go back step by step.</source>
        <translation>之后已有其他更改；请用“编辑 ▸ 撤销”逐步返回。</translation>
    </message>
</context>
<context>
    <name>UsualActionDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="159"/>
        <source>New usual action</source>
        <translation>新建常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="160"/>
        <source>Edit usual action</source>
        <translation>编辑常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="162"/>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="194"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="163"/>
        <source>e.g. To school</source>
        <translation>例如：上学</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="165"/>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="196"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="175"/>
        <source>&amp;Add a part</source>
        <translation>添加一项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="176"/>
        <source>Another part of the same trip or routine</source>
        <translation>同一行程或日常的下一项</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="197"/>
        <source>Parts, in order</source>
        <translation>各项（按顺序）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="285"/>
        <source>Add a household member in Settings first.</source>
        <translation>请先在“设置”中添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="288"/>
        <source>Give the usual action a name.</source>
        <translation>给常用动作起个名字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="292"/>
        <source>Enter how much for part %n.</source>
        <translation>
            <numerusform>请输入第%n项的数量。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="294"/>
        <source>Can&apos;t save yet: correct the part marked in red.</source>
        <translation>暂不能保存：请改正标红的那一项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="297"/>
        <source>Logged in one click as %n entries.</source>
        <translation>
            <numerusform>点一下即记为%n条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="315"/>
        <source>Add usual action {name}</source>
        <translation>添加常用动作{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="318"/>
        <source>Edit usual action {name}</source>
        <translation>编辑常用动作{name}</translation>
    </message>
</context>
<context>
    <name>UsualActionList</name>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="169"/>
        <location filename="../../greenlife/ui/widgets/managed.py" line="183"/>
        <source>Usual actions</source>
        <translation>常用动作</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="170"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="171"/>
        <source>A usual action of one or more parts (bike, then subway)</source>
        <translation>由一项或多项组成的常用动作（先骑车，再坐地铁）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="172"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="173"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="174"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="175"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="231"/>
        <source>Move {name}</source>
        <translation>移动{name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="239"/>
        <source>Delete usual action?</source>
        <translation>删除常用动作？</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="240"/>
        <source>Delete the usual action {name}? Entries logged with it stay.</source>
        <translation>删除常用动作{name}吗？用它记录过的条目会保留。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="245"/>
        <source>Delete {name}</source>
        <translation>删除{name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="34"/>
        <source>Welcome to GreenLife</source>
        <translation>欢迎使用绿色生活碳账本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="49"/>
        <source>绿色生活碳账本 · GreenLife</source>
        <translation>绿色生活碳账本 · GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="52"/>
        <source>Keep a carbon book for your household: log commutes, waste sorting, food and efficient appliances; every gram of CO2 avoided is one point. Everything stays on this computer.</source>
        <translation>为全家记一本碳账：记录出行、垃圾分类、饮食和节能家电；每减少 1 克二氧化碳就得 1 积分。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="56"/>
        <source>&amp;Create my household</source>
        <translation>创建我的家庭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="58"/>
        <source>&amp;Try a demo household</source>
        <translation>试用示例家庭(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="59"/>
        <source>Four members and a year of varied entries ending today</source>
        <translation>四位成员，截至今天一整年的各类记录</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="73"/>
        <source>e.g. 杨家</source>
        <translation>例如：杨家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="74"/>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="76"/>
        <source>Family name</source>
        <translation>家庭名称</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="83"/>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="88"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="90"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="99"/>
        <source>Members (each gets a colour for the charts)</source>
        <translation>成员（每人在图表中有自己的颜色）</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="114"/>
        <source>Name, e.g. 杨女士</source>
        <translation>名字，例如：杨女士</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="115"/>
        <source>Member name {n}</source>
        <translation>成员 {n} 的名字</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="117"/>
        <source>Member colour {n}</source>
        <translation>成员 {n} 的颜色</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="122"/>
        <source>Member {n} is a</source>
        <translation>成员{n}是</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="123"/>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="123"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="124"/>
        <source>Senior</source>
        <translation>老人</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="151"/>
        <source>Suggested weekly goal: {points} points for the household ({each}), from what a child, an adult or a senior typically saves; change it any time in Settings.</source>
        <translation>建议每周目标：全家{points}分（{each}），按儿童、成人、老人通常能减少的排放估算；随时可在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="179"/>
        <source>Two members are called {name}; give each a different name.</source>
        <translation>有两位成员都叫{name}，请给每人起不同的名字。</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="185"/>
        <source>Enter at least one member&apos;s name.</source>
        <translation>请至少填写一位成员的名字。</translation>
    </message>
</context>
</TS>
