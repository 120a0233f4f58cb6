<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Amounts</name>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="162"/>
        <source>%Ln meals</source>
        <translation>
            <numerusform>%Ln meal</numerusform>
            <numerusform>%Ln meals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="164"/>
        <source>%Ln rides</source>
        <translation>
            <numerusform>%Ln ride</numerusform>
            <numerusform>%Ln rides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../greenlife/ui/app.py" line="55"/>
        <source>Creating the demo household…</source>
        <translation>Creating the demo household…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="167"/>
        <source>Upgrading your book for this version of GreenLife… A backup was made first; this is done once.</source>
        <translation>Upgrading your book for this version of GreenLife… A backup was made first; this is done once.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="205"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation>No good backup was found. The file was left as it is.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="209"/>
        <source>Restore the backup of {date} ({reason})? The damaged file is kept aside.</source>
        <translation>Restore the backup of {date} ({reason})? The damaged file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/app.py" line="217"/>
        <source>Restored the backup of {date}. The previous file was kept as {path}.</source>
        <translation>Restored the backup of {date}. The previous file was kept as {path}.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../greenlife/ui/ops.py" line="393"/>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/ops.py" line="394"/>
        <source>Change theme</source>
        <translation>Change theme</translation>
    </message>
</context>
<context>
    <name>ApplianceDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="147"/>
        <source>Edit {what} of {name}</source>
        <translation>Edit {what} of {name}</translation>
    </message>
</context>
<context>
    <name>ApplianceForm</name>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="48"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="81"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="50"/>
        <source>Appliance type</source>
        <translation>Appliance type</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="56"/>
        <source>Energy-label grade</source>
        <translation>Energy-label grade</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="58"/>
        <source>kWh per year from the label</source>
        <translation>kWh per year from the label</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="61"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="93"/>
        <source>In use from</source>
        <translation>In use from</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="62"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="66"/>
        <source>No longer in use since</source>
        <translation>No longer in use since</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="68"/>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="98"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="69"/>
        <source>optional, e.g. living room</source>
        <translation>optional, e.g. living room</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="76"/>
        <source>&amp;Save appliance</source>
        <translation>&amp;Save appliance</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="77"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="82"/>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="83"/>
        <source>Energy-label grade (1 best)</source>
        <translation>Energy-label grade (1 best)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="86"/>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="92"/>
        <source>Label consumption</source>
        <translation>Label consumption</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="149"/>
        <source>Baseline: a grade-3 model, {kwh:g} kWh/year. Enter the figure printed on your model&apos;s China energy label. {source}</source>
        <translation>Baseline: a grade-3 model, {kwh:g} kWh/year. Enter the figure printed on your model&apos;s China energy label. {source}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="161"/>
        <source>Can&apos;t save yet: {reason}</source>
        <translation>Can&apos;t save yet: {reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="169"/>
        <source>{points} points per day</source>
        <translation>{points} points per day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="180"/>
        <source>In use since {date}: this adds {points} points for %n days now, then {per_day} a day.</source>
        <translation>
            <numerusform>In use since {date}: this adds {points} points for %n day now, then {per_day} a day.</numerusform>
            <numerusform>In use since {date}: this adds {points} points for %n days now, then {per_day} a day.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="185"/>
        <source>Add an appliance in use since a past date?</source>
        <translation>Add an appliance in use since a past date?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="194"/>
        <source>{name} already has {what} (grade {grade}) in use since {date}. Add another one?</source>
        <translation>{name} already has {what} (grade {grade}) in use since {date}. Add another one?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="199"/>
        <source>Add another appliance?</source>
        <translation>Add another appliance?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="223"/>
        <source>Add {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="227"/>
        <source>Saved: {what}, grade {grade}</source>
        <translation>Saved: {what}, grade {grade}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/appliance_form.py" line="239"/>
        <source>Edit {what} of {name}</source>
        <translation>Edit {what} of {name}</translation>
    </message>
</context>
<context>
    <name>ApplianceList</name>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="54"/>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="55"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="56"/>
        <source>Correct its grade, kWh per year, dates or label</source>
        <translation>Correct its grade, kWh per year, dates or label</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="59"/>
        <source>No longer in use</source>
        <translation>No longer in use</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="60"/>
        <source>Stop its daily points from today on</source>
        <translation>Stop its daily points from today on</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="61"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="62"/>
        <source>Remove it and every day of points it gave</source>
        <translation>Remove it and every day of points it gave</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="66"/>
        <source>The family&apos;s appliances</source>
        <translation>The family&apos;s appliances</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="74"/>
        <source>{name} · {what}, grade {grade}, {kwh:g} kWh/year · since {start}</source>
        <translation>{name} · {what}, grade {grade}, {kwh:g} kWh/year · since {start}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="80"/>
        <source> · until {end}</source>
        <translation> · until {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="126"/>
        <source>End {what} of {name}</source>
        <translation>End {what} of {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="136"/>
        <source>Delete {what} of {name}</source>
        <translation>Delete {what} of {name}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="33"/>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="39"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="45"/>
        <source>Kept automatically: one a day for 7 days, one a week for 4 weeks, one a month for 12 months, plus one before every upgrade, recalculation and import.</source>
        <translation>Kept automatically: one a day for 7 days, one a week for 4 weeks, one a month for 12 months, plus one before every upgrade, recalculation and import.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="52"/>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="53"/>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="81"/>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="87"/>
        <source>Select a backup first.</source>
        <translation>Select a backup first.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="90"/>
        <source>Restore backup?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="91"/>
        <source>Replace the book with the backup of {date}? The current book is backed up first, so this can be reversed.</source>
        <translation>Replace the book with the backup of {date}? The current book is backed up first, so this can be reversed.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="105"/>
        <source>Restore the backup of {date}</source>
        <translation>Restore the backup of {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/backups_dialog.py" line="109"/>
        <source>Restored. The book as it was is in {path}.</source>
        <translation>Restored. The book as it was is in {path}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="25"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="25"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="26"/>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="26"/>
        <source>before a recalculation</source>
        <translation>before a recalculation</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="27"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="27"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="40"/>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="22"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="22"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/backups.py" line="22"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="35"/>
        <source>Whose badges</source>
        <translation>Whose badges</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="39"/>
        <location filename="../../greenlife/ui/pages/badges.py" line="40"/>
        <location filename="../../greenlife/ui/pages/badges.py" line="80"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="49"/>
        <source>Badges of</source>
        <translation>Badges of</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="84"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="94"/>
        <source>{earned} of {total} earned</source>
        <translation>{earned} of {total} earned</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="101"/>
        <source>Earned {date}</source>
        <translation>Earned {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/badges.py" line="103"/>
        <source>{current} of {target} {unit}</source>
        <translation>{current} of {target} {unit}</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="47"/>
        <location filename="../../greenlife/ui/pages/book.py" line="88"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="48"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="48"/>
        <source>Week (Mon–Sun)</source>
        <translation>Week (Mon–Sun)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="49"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="49"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="50"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="54"/>
        <source>A day in the period</source>
        <translation>A day in the period</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="56"/>
        <source>Whose book</source>
        <translation>Whose book</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="76"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="86"/>
        <source>Book of</source>
        <translation>Book of</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="100"/>
        <source>CO2 avoided</source>
        <translation>CO2 avoided</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="101"/>
        <source>CO2 emitted</source>
        <translation>CO2 emitted</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="105"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="110"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="116"/>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="124"/>
        <location filename="../../greenlife/ui/pages/book.py" line="144"/>
        <source>Redeem for</source>
        <translation>Redeem for</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="125"/>
        <source>&amp;Redeem</source>
        <translation>&amp;Redeem</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="126"/>
        <source>Spend points on the selected reward (Ctrl+Z undoes)</source>
        <translation>Spend points on the selected reward (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="127"/>
        <source>Add reward…</source>
        <translation>Add reward…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="128"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="129"/>
        <source>Rename or reprice the selected reward</source>
        <translation>Rename or reprice the selected reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="130"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="132"/>
        <source>Take the selected reward off the list; what was redeemed stays in the book</source>
        <translation>Take the selected reward off the list; what was redeemed stays in the book</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="152"/>
        <source>Family rewards</source>
        <translation>Family rewards</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="263"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="298"/>
        <source>Redeem a reward</source>
        <translation>Redeem a reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="299"/>
        <source>Spend {points} points on {reward} for {who}?</source>
        <translation>Spend {points} points on {reward} for {who}?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="316"/>
        <source>Add reward {name}</source>
        <translation>Add reward {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="330"/>
        <location filename="../../greenlife/ui/pages/book.py" line="335"/>
        <source>Edit reward</source>
        <translation>Edit reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="330"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="340"/>
        <source>Edit reward {name}</source>
        <translation>Edit reward {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="350"/>
        <source>Archive reward {name}</source>
        <translation>Archive reward {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="352"/>
        <source>Archived {name}; Undo brings it back.</source>
        <translation>Archived {name}; Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="95"/>
        <source>Available to spend (all time)</source>
        <translation>Available to spend (all time)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="97"/>
        <source>Earned in this period</source>
        <translation>Earned in this period</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="98"/>
        <source>Redeemed in this period</source>
        <translation>Redeemed in this period</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="99"/>
        <source>Net for this period</source>
        <translation>Net for this period</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="181"/>
        <source>Ledger: every line of the period — actions, each day of an appliance&apos;s saving, rewards redeemed</source>
        <translation>Ledger: every line of the period — actions, each day of an appliance&apos;s saving, rewards redeemed</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="35"/>
        <location filename="../../greenlife/ui/pages/book.py" line="198"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="204"/>
        <location filename="../../greenlife/ui/pages/book.py" line="213"/>
        <location filename="../../greenlife/ui/pages/book.py" line="272"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="216"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="217"/>
        <source>all time</source>
        <translation>all time</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/book.py" line="221"/>
        <location filename="../../greenlife/ui/pages/book.py" line="223"/>
        <location filename="../../greenlife/ui/pages/book.py" line="225"/>
        <location filename="../../greenlife/ui/pages/book.py" line="228"/>
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="226"/>
        <location filename="../../greenlife/ui/pages/book.py" line="227"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="243"/>
        <source>{name} (archived)</source>
        <translation>{name} (archived)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/book.py" line="260"/>
        <source>The %n lines of this period add up to {points} points.</source>
        <translation>
            <numerusform>The %n line of this period adds up to {points} points.</numerusform>
            <numerusform>The %n lines of this period add up to {points} points.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="264"/>
        <source>The newest {shown} are listed.</source>
        <translation>The newest {shown} are listed.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="277"/>
        <location filename="../../greenlife/ui/pages/book.py" line="327"/>
        <location filename="../../greenlife/ui/pages/book.py" line="348"/>
        <source>Select a reward first.</source>
        <translation>Select a reward first.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="284"/>
        <source>Redeem {reward}</source>
        <translation>Redeem {reward}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="290"/>
        <source>Redeemed {reward} for {points} points. Ctrl+Z undoes it.</source>
        <translation>Redeemed {reward} for {points} points. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="307"/>
        <location filename="../../greenlife/ui/pages/book.py" line="311"/>
        <source>Add reward</source>
        <translation>Add reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="307"/>
        <source>Reward, e.g. movie night</source>
        <translation>Reward, e.g. movie night</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/book.py" line="311"/>
        <location filename="../../greenlife/ui/pages/book.py" line="335"/>
        <source>Price in points</source>
        <translation>Price in points</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="340"/>
        <source> [assumption]</source>
        <translation> [assumption]</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="341"/>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="342"/>
        <source>&apos;{text}&apos; is not a date; use YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; is not a date; use YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="343"/>
        <source>&apos;{text}&apos; is not a factor key; use lower-case category.item, e.g. commute.subway</source>
        <translation>&apos;{text}&apos; is not a factor key; use lower-case category.item, e.g. commute.subway</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="344"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="345"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="346"/>
        <source>&apos;{text}&apos; is not an id</source>
        <translation>&apos;{text}&apos; is not an id</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="347"/>
        <source>&apos;{text}&apos; must be a finite number, 0 or more</source>
        <translation>&apos;{text}&apos; must be a finite number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="348"/>
        <source>--year {year} is out of range; use 2000 to {last}</source>
        <translation>--year {year} is out of range; use 2000 to {last}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="349"/>
        <source>GreenLife: a household carbon book.</source>
        <translation>GreenLife: a household carbon book.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="350"/>
        <source>PDF: add a certificate page per member (for the fridge door)</source>
        <translation>PDF: add a certificate page per member (for the fridge door)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="351"/>
        <source>Shanghai carbon-inclusion platform, 2025</source>
        <translation>Shanghai carbon-inclusion platform, 2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="352"/>
        <source>Wuhan carbon-inclusion platform, 2025</source>
        <translation>Wuhan carbon-inclusion platform, 2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="353"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="354"/>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="355"/>
        <source>[archived]</source>
        <translation>[archived]</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="356"/>
        <source>a backup file (see &apos;backup list&apos;)</source>
        <translation>a backup file (see &apos;backup list&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="357"/>
        <source>a day inside the period (default today)</source>
        <translation>a day inside the period (default today)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="358"/>
        <source>a file (format from the extension) or, for png, a folder</source>
        <translation>a file (format from the extension) or, for png, a folder</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="359"/>
        <source>a member&apos;s badges (default: the household&apos;s)</source>
        <translation>a member&apos;s badges (default: the household&apos;s)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="360"/>
        <source>a member&apos;s own goal (default: the household&apos;s)</source>
        <translation>a member&apos;s own goal (default: the household&apos;s)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="361"/>
        <source>a month&apos;s meter reading (its index at the month&apos;s end) or bill amount; the saving against last year becomes a line</source>
        <translation>a month&apos;s meter reading (its index at the month&apos;s end) or bill amount; the saving against last year becomes a line</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="362"/>
        <source>a new action of your own</source>
        <translation>a new action of your own</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="363"/>
        <source>a new meter was fitted: its first reading</source>
        <translation>a new meter was fitted: its first reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="364"/>
        <source>a new meter was fitted: the old one&apos;s last reading</source>
        <translation>a new meter was fitted: the old one&apos;s last reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="365"/>
        <source>a trip: --km, or --rides for per-ride modes (bus)</source>
        <translation>a trip: --km, or --rides for per-ride modes (bus)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="366"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="367"/>
        <source>active factor set: {set}</source>
        <translation>active factor set: {set}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="368"/>
        <source>add a member</source>
        <translation>add a member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="369"/>
        <source>add a reward with a price in points</source>
        <translation>add a reward with a price in points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="370"/>
        <source>add an appliance in use</source>
        <translation>add an appliance in use</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="371"/>
        <source>add or edit a factor</source>
        <translation>add or edit a factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="372"/>
        <source>added member {name} ({colour})</source>
        <translation>added member {name} ({colour})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="373"/>
        <source>added {name} as {key}: {value} {unit} (our estimate, an assumption)</source>
        <translation>added {name} as {key}: {value} {unit} (our estimate, an assumption)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="374"/>
        <source>added {name} as {key}: {value} {unit} ({source})</source>
        <translation>added {name} as {key}: {value} {unit} ({source})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="375"/>
        <source>all time</source>
        <translation>all time</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="376"/>
        <source>also recalculate past entries with the new value</source>
        <translation>also recalculate past entries with the new value</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="377"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="378"/>
        <source>an appliance is no longer in use</source>
        <translation>an appliance is no longer in use</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="379"/>
        <source>an argument contains a NUL character</source>
        <translation>an argument contains a NUL character</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="380"/>
        <source>an empty date; use YYYY-MM-DD</source>
        <translation>an empty date; use YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="381"/>
        <source>an empty date; use YYYY-MM-DD, or leave the option out</source>
        <translation>an empty date; use YYYY-MM-DD, or leave the option out</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="382"/>
        <source>appliance {id} in use until {date}</source>
        <translation>appliance {id} in use until {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="383"/>
        <source>archive a member (history is kept)</source>
        <translation>archive a member (history is kept)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="384"/>
        <source>archive an action (its lines stay)</source>
        <translation>archive an action (its lines stay)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="385"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="386"/>
        <source>archived {name}</source>
        <translation>archived {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="387"/>
        <source>archived {name} ({key})</source>
        <translation>archived {name} ({key})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="388"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="389"/>
        <source>avoided {avoided} kg, emitted {emitted} kg, rewards {rewards}</source>
        <translation>avoided {avoided} kg, emitted {emitted} kg, rewards {rewards}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="390"/>
        <source>backup written: {path}</source>
        <translation>backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="391"/>
        <source>backups of the data file</source>
        <translation>backups of the data file</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="392"/>
        <source>badge earned: {badge}, {date}</source>
        <translation>badge earned: {badge}, {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="393"/>
        <source>badges earned and progress towards the others</source>
        <translation>badges earned and progress towards the others</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="394"/>
        <source>before a recalculation</source>
        <translation>before a recalculation</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="395"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="396"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="397"/>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="398"/>
        <source>benchmark on a file of about 1,000,000 entries</source>
        <translation>benchmark on a file of about 1,000,000 entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="399"/>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="400"/>
        <source>cannot tell the format of &apos;{path}&apos;: use a {suffixes} file name or --format</source>
        <translation>cannot tell the format of &apos;{path}&apos;: use a {suffixes} file name or --format</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="401"/>
        <source>clean-plate meals and food thrown away</source>
        <translation>clean-plate meals and food thrown away</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="402"/>
        <source>commute, waste, food, energy or goods</source>
        <translation>commute, waste, food, energy or goods</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="403"/>
        <source>compared with</source>
        <translation>compared with</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="404"/>
        <source>conversion factors</source>
        <translation>conversion factors</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="405"/>
        <source>create the family&apos;s own set, copied from another</source>
        <translation>create the family&apos;s own set, copied from another</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="406"/>
        <source>created factor set {set}</source>
        <translation>created factor set {set}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="407"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="408"/>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="409"/>
        <source>data file (default: $GREENLIFE_DB or the user data directory)</source>
        <translation>data file (default: $GREENLIFE_DB or the user data directory)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="410"/>
        <source>delete entries by id</source>
        <translation>delete entries by id</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="411"/>
        <source>demo household created: {members}, {entries}</source>
        <translation>demo household created: {members}, {entries}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="412"/>
        <source>e.g. &apos;g CO2/km&apos; (default: the current unit)</source>
        <translation>e.g. &apos;g CO2/km&apos; (default: the current unit)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="413"/>
        <source>e.g. commute.subway</source>
        <translation>e.g. commute.subway</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="414"/>
        <source>e.g. goods.own_mended_clothes (see &apos;action list&apos;)</source>
        <translation>e.g. goods.own_mended_clothes (see &apos;action list&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="415"/>
        <source>earned {date}</source>
        <translation>earned {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="416"/>
        <source>efficient home appliances</source>
        <translation>efficient home appliances</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="417"/>
        <source>emission</source>
        <translation>emission</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="418"/>
        <source>empty: no baseline</source>
        <translation>empty: no baseline</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="419"/>
        <source>energy-label grade 1-5</source>
        <translation>energy-label grade 1-5</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="420"/>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="421"/>
        <source>every entry of a year as CSV (or JSON)</source>
        <translation>every entry of a year as CSV (or JSON)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="422"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="423"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="424"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="425"/>
        <source>fill an empty file with a demo household</source>
        <translation>fill an empty file with a demo household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="426"/>
        <source>for --mode car_parked (a day the petrol car stays parked)</source>
        <translation>for --mode car_parked (a day the petrol car stays parked)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="427"/>
        <source>for --mode steps</source>
        <translation>for --mode steps</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="428"/>
        <source>force a format</source>
        <translation>force a format</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="429"/>
        <source>full check of the data file; reports every bad row, changes nothing</source>
        <translation>full check of the data file; reports every bad row, changes nothing</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="430"/>
        <source>g CO2/{unit}</source>
        <translation>g CO2/{unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="431"/>
        <source>give --meals, --wasted-kg or both (see &apos;greenlife log food --help&apos;)</source>
        <translation>give --meals, --wasted-kg or both (see &apos;greenlife log food --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="432"/>
        <source>give a backup FILE or --latest</source>
        <translation>give a backup FILE or --latest</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="433"/>
        <source>give one of --km, --rides, --steps or --days (see &apos;greenlife log commute --help&apos;)</source>
        <translation>give one of --km, --rides, --steps or --days (see &apos;greenlife log commute --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="434"/>
        <source>grade {grade}</source>
        <translation>grade {grade}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="435"/>
        <source>grams of CO2 one unit saves</source>
        <translation>grams of CO2 one unit saves</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="436"/>
        <source>household members</source>
        <translation>household members</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="437"/>
        <source>how many of its unit</source>
        <translation>how many of its unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="438"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="439"/>
        <source>import the CSV that &apos;greenlife export&apos; writes</source>
        <translation>import the CSV that &apos;greenlife export&apos; writes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="440"/>
        <source>in use from YYYY-MM-DD (default today)</source>
        <translation>in use from YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="441"/>
        <source>in use until YYYY-MM-DD</source>
        <translation>in use until YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="442"/>
        <source>include archived members</source>
        <translation>include archived members</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="443"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="444"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="445"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="446"/>
        <source>its name, e.g. &apos;Mended clothes&apos;, or key, e.g. goods.own_mended_clothes</source>
        <translation>its name, e.g. &apos;Mended clothes&apos;, or key, e.g. goods.own_mended_clothes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="447"/>
        <source>kWh/year from the label (default: typical for grade)</source>
        <translation>kWh/year from the label (default: typical for grade)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="448"/>
        <source>language of the messages (default: the app&apos;s setting)</source>
        <translation>language of the messages (default: the app&apos;s setting)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="449"/>
        <source>language of the messages and the demo&apos;s names (default: the app&apos;s setting; names in Chinese)</source>
        <translation>language of the messages and the demo&apos;s names (default: the app&apos;s setting; names in Chinese)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="450"/>
        <source>language of the messages and the report (default: the app&apos;s setting)</source>
        <translation>language of the messages and the report (default: the app&apos;s setting)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="451"/>
        <source>language of the output and of the badge names (default: the app&apos;s setting; --json: English)</source>
        <translation>language of the output and of the badge names (default: the app&apos;s setting; --json: English)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="452"/>
        <source>language of the output: zh or en (default: the app&apos;s setting, else the system&apos;s)</source>
        <translation>language of the output: zh or en (default: the app&apos;s setting, else the system&apos;s)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="453"/>
        <source>language of the report (default: the app&apos;s setting)</source>
        <translation>language of the report (default: the app&apos;s setting)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="454"/>
        <source>list appliances</source>
        <translation>list appliances</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="455"/>
        <source>list backups, newest first</source>
        <translation>list backups, newest first</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="456"/>
        <source>list entries</source>
        <translation>list entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="457"/>
        <source>list factor sets</source>
        <translation>list factor sets</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="458"/>
        <source>list members</source>
        <translation>list members</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="459"/>
        <source>list rewards</source>
        <translation>list rewards</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="460"/>
        <source>list the factors of a set</source>
        <translation>list the factors of a set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="461"/>
        <source>log an action</source>
        <translation>log an action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="462"/>
        <source>logged {member}, {date}, {category}, {item} {amount}: {points} (id {id})</source>
        <translation>logged {member}, {date}, {category}, {item} {amount}: {points} (id {id})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="463"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="464"/>
        <source>make a backup now</source>
        <translation>make a backup now</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="465"/>
        <source>meter</source>
        <translation>meter</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="466"/>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="467"/>
        <source>months entered, used, compared with, saved, points</source>
        <translation>months entered, used, compared with, saved, points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="468"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="469"/>
        <source>no backups yet (&apos;greenlife backup create&apos; makes one)</source>
        <translation>no backups yet (&apos;greenlife backup create&apos; makes one)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="470"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="471"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="472"/>
        <source>one of the family&apos;s own actions, by its name or key (see &apos;greenlife action list&apos;)</source>
        <translation>one of the family&apos;s own actions, by its name or key (see &apos;greenlife action list&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="473"/>
        <source>only the lines of this factor, e.g. commute.subway (default: all)</source>
        <translation>only the lines of this factor, e.g. commute.subway (default: all)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="474"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="475"/>
        <source>our estimate</source>
        <translation>our estimate</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="476"/>
        <source>paper, plastic, metal, glass, kitchen, hazardous, residual</source>
        <translation>paper, plastic, metal, glass, kitchen, hazardous, residual</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="477"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="478"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="479"/>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="480"/>
        <source>recalculate the lines a factor produced with its current value</source>
        <translation>recalculate the lines a factor produced with its current value</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="481"/>
        <source>redeemed {points} for {reward}</source>
        <translation>redeemed {points} for {reward}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="482"/>
        <source>redeemed {reward} for {points} (redemption {id}); balance now {balance}</source>
        <translation>redeemed {reward} for {points} (redemption {id}); balance now {balance}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="483"/>
        <source>redemption {id} undone</source>
        <translation>redemption {id} undone</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="484"/>
        <source>reduction</source>
        <translation>reduction</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="485"/>
        <source>rename a member</source>
        <translation>rename a member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="486"/>
        <source>renamed {old} to {new}</source>
        <translation>renamed {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="487"/>
        <source>render every page of the demo household to PNG</source>
        <translation>render every page of the demo household to PNG</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="488"/>
        <source>repeat a member&apos;s entries of the previous day</source>
        <translation>repeat a member&apos;s entries of the previous day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="489"/>
        <source>restore a backup (the current file is backed up first)</source>
        <translation>restore a backup (the current file is backed up first)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="490"/>
        <source>restore a member (history is kept)</source>
        <translation>restore a member (history is kept)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="491"/>
        <source>restore an action (its lines stay)</source>
        <translation>restore an action (its lines stay)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="492"/>
        <source>restored {backup} into {path}; the previous (damaged) file was kept as {saved}, with its -wal and -shm if any</source>
        <translation>restored {backup} into {path}; the previous (damaged) file was kept as {saved}, with its -wal and -shm if any</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="493"/>
        <source>restored {backup} into {path}; the previous file was backed up to {saved}</source>
        <translation>restored {backup} into {path}; the previous file was backed up to {saved}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="494"/>
        <source>restored {backup} into {path}; there was no previous file</source>
        <translation>restored {backup} into {path}; there was no previous file</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="495"/>
        <source>restored {name}</source>
        <translation>restored {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="496"/>
        <source>restored {name} ({key})</source>
        <translation>restored {name} ({key})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="497"/>
        <source>reuse or create the benchmark file here</source>
        <translation>reuse or create the benchmark file here</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="498"/>
        <source>reward {name}: {price}</source>
        <translation>reward {name}: {price}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="499"/>
        <source>rooftop solar kWh, or a family&apos;s own action</source>
        <translation>rooftop solar kWh, or a family&apos;s own action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="500"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="501"/>
        <source>second-hand, own bag, express box returned, paperless bill, or a family&apos;s own action</source>
        <translation>second-hand, own bag, express box returned, paperless bill, or a family&apos;s own action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="502"/>
        <source>see &apos;greenlife factors list&apos;</source>
        <translation>see &apos;greenlife factors list&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="503"/>
        <source>set a weekly goal from this week on (earlier weeks keep theirs)</source>
        <translation>set a weekly goal from this week on (earlier weeks keep theirs)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="504"/>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="505"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="506"/>
        <source>show what would be imported</source>
        <translation>show what would be imported</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="507"/>
        <source>skip the desktop measurements</source>
        <translation>skip the desktop measurements</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="508"/>
        <source>sorted waste</source>
        <translation>sorted waste</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="509"/>
        <source>spend points on a family reward</source>
        <translation>spend points on a family reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="510"/>
        <source>spend points on a reward</source>
        <translation>spend points on a reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="511"/>
        <source>start the desktop app (the default)</source>
        <translation>start the desktop app (the default)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="512"/>
        <source>switch the active factor set</source>
        <translation>switch the active factor set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="513"/>
        <source>the argument {arg} is not valid UTF-8 text</source>
        <translation>the argument {arg} is not valid UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="514"/>
        <source>the carbon book: balance and breakdown</source>
        <translation>the carbon book: balance and breakdown</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="515"/>
        <source>the factor set whose lines change (default: active)</source>
        <translation>the factor set whose lines change (default: active)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="516"/>
        <source>the family&apos;s own actions</source>
        <translation>the family&apos;s own actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="517"/>
        <source>the family&apos;s rewards</source>
        <translation>the family&apos;s rewards</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="518"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="519"/>
        <source>the household&apos;s monthly electricity, gas and water</source>
        <translation>the household&apos;s monthly electricity, gas and water</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="520"/>
        <source>the monthly use the first year is compared with</source>
        <translation>the monthly use the first year is compared with</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="521"/>
        <source>the newest backup that checks out</source>
        <translation>the newest backup that checks out</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="522"/>
        <source>the value is the bill&apos;s amount used</source>
        <translation>the value is the bill&apos;s amount used</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="523"/>
        <source>the yearly summary: PDF report, CSV, JSON or PNG charts</source>
        <translation>the yearly summary: PDF report, CSV, JSON or PNG charts</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="524"/>
        <source>this week&apos;s goals and progress</source>
        <translation>this week&apos;s goals and progress</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="525"/>
        <source>undo a redemption by its id</source>
        <translation>undo a redemption by its id</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="526"/>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="527"/>
        <source>unknown command {command}</source>
        <translation>unknown command {command}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="528"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="529"/>
        <source>usage error: {message}</source>
        <translation>usage error: {message}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="530"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="531"/>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="532"/>
        <source>walk, bike, bus, subway, ecar, carpool, petrol</source>
        <translation>walk, bike, bus, subway, ecar, carpool, petrol</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="533"/>
        <source>weekly goal for {who}: {points} from the week of {date}</source>
        <translation>weekly goal for {who}: {points} from the week of {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="534"/>
        <source>weekly goals in points</source>
        <translation>weekly goals in points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="535"/>
        <source>what one counts: item, hour, time ...</source>
        <translation>what one counts: item, hour, time ...</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="536"/>
        <source>who published the figure (empty: our estimate)</source>
        <translation>who published the figure (empty: our estimate)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="537"/>
        <source>who redeems (default: the household)</source>
        <translation>who redeems (default: the household)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="538"/>
        <source>wrote {path}</source>
        <translation>wrote {path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="539"/>
        <source>your own actions</source>
        <translation>your own actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="540"/>
        <source>{amount} (baseline)</source>
        <translation>{amount} (baseline)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="541"/>
        <source>{badge} ({tier})</source>
        <translation>{badge} ({tier})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="542"/>
        <source>{key} = {value} {unit} ({kind}) in set {set}</source>
        <translation>{key} = {value} {unit} ({kind}) in set {set}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="543"/>
        <source>{key} is a new factor: give --unit, --kind and --source</source>
        <translation>{key} is a new factor: give --unit, --kind and --source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="544"/>
        <source>{kwh} kWh/yr</source>
        <translation>{kwh} kWh/yr</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="545"/>
        <source>{mark} {badge}: {state}</source>
        <translation>{mark} {badge}: {state}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="546"/>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (see &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="547"/>
        <source>{meter}: baseline {value} a month</source>
        <translation>{meter}: baseline {value} a month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="548"/>
        <source>{meter}: no baseline</source>
        <translation>{meter}: no baseline</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="549"/>
        <source>{progress} - reached!</source>
        <translation>{progress} - reached!</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="550"/>
        <source>{progress} of {target} {unit}</source>
        <translation>{progress} of {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="551"/>
        <source>{source} ({year})</source>
        <translation>{source} ({year})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="552"/>
        <source>{start} .. {end}</source>
        <translation>{start} .. {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="553"/>
        <source>{text} is out of range; use {low} to {high}</source>
        <translation>{text} is out of range; use {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="554"/>
        <source>{who}, {span}: {points}</source>
        <translation>{who}, {span}: {points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="555"/>
        <source>{who}: {points} of {goal}</source>
        <translation>{who}: {points} of {goal}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="563"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="564"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="565"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="566"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="567"/>
        <source>added appliance {id}: {type} grade {grade}, {kwh} kWh/year (baseline {baseline}), {grams} g/day; {points} for %Ln days posted up to today</source>
        <translation>
            <numerusform>added appliance {id}: {type} grade {grade}, {kwh} kWh/year (baseline {baseline}), {grams} g/day; {points} for %Ln day posted up to today</numerusform>
            <numerusform>added appliance {id}: {type} grade {grade}, {kwh} kWh/year (baseline {baseline}), {grams} g/day; {points} for %Ln days posted up to today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="568"/>
        <source>changed %Ln lines, {points}</source>
        <translation>
            <numerusform>changed %Ln line, {points}</numerusform>
            <numerusform>changed %Ln lines, {points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="569"/>
        <source>deleted %Ln entries</source>
        <translation>
            <numerusform>deleted %Ln entry</numerusform>
            <numerusform>deleted %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="570"/>
        <source>expected %Ln arguments</source>
        <translation>
            <numerusform>expected %Ln argument</numerusform>
            <numerusform>expected %Ln arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="571"/>
        <source>recalculated %Ln lines that used {key} of set {set}, {points}</source>
        <translation>
            <numerusform>recalculated %Ln line that used {key} of set {set}, {points}</numerusform>
            <numerusform>recalculated %Ln lines that used {key} of set {set}, {points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="572"/>
        <source>would change %Ln lines, {points}</source>
        <translation>
            <numerusform>would change %Ln line, {points}</numerusform>
            <numerusform>would change %Ln lines, {points}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="573"/>
        <source>wrote %Ln lines to {path}</source>
        <translation>
            <numerusform>wrote %Ln line to {path}</numerusform>
            <numerusform>wrote %Ln lines to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/core_strings.py" line="574"/>
        <source>{meter} {month}: {how} {value} saved; %Ln lines worked out again</source>
        <translation>
            <numerusform>{meter} {month}: {how} {value} saved; %Ln line worked out again</numerusform>
            <numerusform>{meter} {month}: {how} {value} saved; %Ln lines worked out again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="29"/>
        <source>Walk together (km)</source>
        <translation>Walk together (km)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="30"/>
        <source>Cycle together (km)</source>
        <translation>Cycle together (km)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="31"/>
        <source>Clean-plate meals</source>
        <translation>Clean-plate meals</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="32"/>
        <source>Sort waste (kg)</source>
        <translation>Sort waste (kg)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="33"/>
        <source>No food thrown away (days)</source>
        <translation>No food thrown away (days)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="40"/>
        <source>The family walks {target} km in %n days</source>
        <translation>
            <numerusform>The family walks {target} km in %n day</numerusform>
            <numerusform>The family walks {target} km in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="42"/>
        <source>The family cycles {target} km in %n days</source>
        <translation>
            <numerusform>The family cycles {target} km in %n day</numerusform>
            <numerusform>The family cycles {target} km in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="44"/>
        <source>{target} clean-plate meals in %n days</source>
        <translation>
            <numerusform>{target} clean-plate meals in %n day</numerusform>
            <numerusform>{target} clean-plate meals in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="46"/>
        <source>Sort {target} kg of waste in %n days</source>
        <translation>
            <numerusform>Sort {target} kg of waste in %n day</numerusform>
            <numerusform>Sort {target} kg of waste in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="48"/>
        <source>No food thrown away for %n days</source>
        <translation>
            <numerusform>No food thrown away for %n day</numerusform>
            <numerusform>No food thrown away for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/challenges.py" line="56"/>
        <source>%n of {target} days</source>
        <translation>
            <numerusform>%n of {target} days</numerusform>
            <numerusform>%n of {target} days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="58"/>
        <source>{value} of {target} {unit}</source>
        <translation>{value} of {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="62"/>
        <source>Done on {date}! {progress}</source>
        <translation>Done on {date}! {progress}</translation>
    </message>
</context>
<context>
    <name>ChallengesCard</name>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="33"/>
        <source>Family challenges</source>
        <translation>Family challenges</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="41"/>
        <source>Start a challenge…</source>
        <translation>Start a challenge…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="69"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="70"/>
        <source>End the challenge: {name}</source>
        <translation>End the challenge: {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="76"/>
        <source>Badge earned!</source>
        <translation>Badge earned!</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="82"/>
        <source>No challenge yet: pick one the whole family can do this week.</source>
        <translation>No challenge yet: pick one the whole family can do this week.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="89"/>
        <source>Two challenges are running; end one to start another.</source>
        <translation>Two challenges are running; end one to start another.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="105"/>
        <source>Start the challenge {name}</source>
        <translation>Start the challenge {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="109"/>
        <source>Challenge started: {name}</source>
        <translation>Challenge started: {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="115"/>
        <source>End the challenge {name}</source>
        <translation>End the challenge {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges_card.py" line="120"/>
        <source>Challenge ended: {name}</source>
        <translation>Challenge ended: {name}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="71"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="72"/>
        <source>Save this chart as PNG or SVG</source>
        <translation>Save this chart as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="105"/>
        <source>Save the chart {title}…</source>
        <translation>Save the chart {title}…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="194"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/chart.py" line="195"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="37"/>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="38"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="39"/>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="45"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="57"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="47"/>
        <source>Household or member</source>
        <translation>Household or member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="59"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="37"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="67"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="100"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="115"/>
        <source>points (1 point = 1 g CO2)</source>
        <translation>points (1 point = 1 g CO2)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="125"/>
        <source>Week of {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="128"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="129"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="129"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="130"/>
        <source>This week by day</source>
        <translation>This week by day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="131"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="168"/>
        <source>{category} (emitted)</source>
        <translation>{category} (emitted)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="137"/>
        <source>Points per day, Monday to Sunday: {values}. Week total {total}.</source>
        <translation>Points per day, Monday to Sunday: {values}. Week total {total}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="138"/>
        <location filename="../../greenlife/ui/pages/charts.py" line="154"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="141"/>
        <source>Members this week</source>
        <translation>Members this week</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="144"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="144"/>
        <source>{name}: {points}</source>
        <translation>{name}: {points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="148"/>
        <source>Last 12 weeks</source>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="148"/>
        <source>weekly goal</source>
        <translation>weekly goal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="153"/>
        <source>Goal met in {met} of the last 12 weeks.</source>
        <translation>Goal met in {met} of the last 12 weeks.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="154"/>
        <source>Last 12 weeks: {values}</source>
        <translation>Last 12 weeks: {values}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="164"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="165"/>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="166"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="166"/>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="167"/>
        <source>{year} by month</source>
        <translation>{year} by month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/charts.py" line="172"/>
        <source>Year total {total}; best month {month}.</source>
        <translation>Year total {total}; best month {month}.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="109"/>
        <source>No routine yet: log a day, or on the Log page fill a form and press &apos;Save as usual action&apos;. Next week the same weekday is offered here.</source>
        <translation>No routine yet: log a day, or on the Log page fill a form and press &apos;Save as usual action&apos;. Next week the same weekday is offered here.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="131"/>
        <source>Today as usual? · {date}</source>
        <translation>Today as usual? · {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="169"/>
        <source>{what} — logged today</source>
        <translation>{what} — logged today</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="157"/>
        <source>As on {date}</source>
        <translation>As on {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="159"/>
        <source>A usual action</source>
        <translation>A usual action</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/checkin.py" line="180"/>
        <source>As usual: log %n ticked</source>
        <translation>
            <numerusform>As usual: log %n ticked</numerusform>
            <numerusform>As usual: log %n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/checkin.py" line="193"/>
        <source>Today as usual (%n entries)</source>
        <translation>
            <numerusform>Today as usual (%n entry)</numerusform>
            <numerusform>Today as usual (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/checkin.py" line="197"/>
        <source>Logged %n entries for {date}: {points} points</source>
        <translation>
            <numerusform>Logged %n entry for {date}: {points} points</numerusform>
            <numerusform>Logged %n entries for {date}: {points} points</numerusform>
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
        <translation>GreenLife hit an unexpected error and may not work correctly until you restart it.

{error}

The details were written to:
{log}

Your saved entries are safe: every save is committed to the data file at once.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/crash.py" line="44"/>
        <source>GreenLife error</source>
        <translation>GreenLife error</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="131"/>
        <source>{name}: {item}</source>
        <translation>{name}: {item}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="133"/>
        <source>Already logged on {date}: {what}. Log it again?</source>
        <translation>Already logged on {date}: {what}. Log it again?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="137"/>
        <source>Log again?</source>
        <translation>Log again?</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="42"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Grams CO2</source>
        <translation>Grams CO2</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="43"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="106"/>
        <source>reduction</source>
        <translation>reduction</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="106"/>
        <source>emission</source>
        <translation>emission</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="107"/>
        <source>{factor}, {kind}
Source: {source} ({year})</source>
        <translation>{factor}, {kind}
Source: {source} ({year})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/entries.py" line="109"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_dialog.py" line="18"/>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_dialog.py" line="33"/>
        <source>Edit {what}</source>
        <translation>Edit {what}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="62"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="97"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="65"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="102"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="67"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="104"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="69"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="115"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="72"/>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="116"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="73"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="84"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="84"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="86"/>
        <source>Save as usual action</source>
        <translation>Save as usual action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="87"/>
        <source>Add this action to the member&apos;s one-click buttons on Home</source>
        <translation>Add this action to the member&apos;s one-click buttons on Home</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="89"/>
        <source>Add to a usual action</source>
        <translation>Add to a usual action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="90"/>
        <source>Add this line as another part of one of the member&apos;s usual actions</source>
        <translation>Add this line as another part of one of the member&apos;s usual actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="103"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="103"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="197"/>
        <source>Recyclable (可回收物)</source>
        <translation>Recyclable (可回收物)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="197"/>
        <source>Wet (湿垃圾)</source>
        <translation>Wet (湿垃圾)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="198"/>
        <source>Hazardous (有害垃圾)</source>
        <translation>Hazardous (有害垃圾)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="198"/>
        <source>Dry (干垃圾)</source>
        <translation>Dry (干垃圾)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="199"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="231"/>
        <source>Factor: {factor} ({kind}) · {source}</source>
        <translation>Factor: {factor} ({kind}) · {source}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="232"/>
        <source>Factor: {factor} ({kind}) · {source}, {year}</source>
        <translation>Factor: {factor} ({kind}) · {source}, {year}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="235"/>
        <source>reduction</source>
        <translation>reduction</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="235"/>
        <source>emission</source>
        <translation>emission</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="236"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="245"/>
        <source>Add a household member in Settings first.</source>
        <translation>Add a household member in Settings first.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="266"/>
        <source>Enter how much, then save.</source>
        <translation>Enter how much, then save.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="268"/>
        <source>Can&apos;t save yet: {reason}</source>
        <translation>Can&apos;t save yet: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="281"/>
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="329"/>
        <source>The whole household would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for a family of %n. Save anyway?</source>
        <translation>
            <numerusform>The whole household would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for a family of %n. Save anyway?</numerusform>
            <numerusform>The whole household would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for a family of %n. Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="339"/>
        <source>{name} would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for one person. Save anyway?</source>
        <translation>{name} would have {total} {unit} of {what} on {date}; more than {limit} {unit} in a day is unusual for one person. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="345"/>
        <source>Is this right?</source>
        <translation>Is this right?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="372"/>
        <source>Log {what}</source>
        <translation>Log {what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="390"/>
        <source>Add usual action {name}</source>
        <translation>Add usual action {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="394"/>
        <source>Saved as a usual action: {name}</source>
        <translation>Saved as a usual action: {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/entry_form.py" line="423"/>
        <source>Added to the usual action {name}</source>
        <translation>Added to the usual action {name}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="87"/>
        <source>GreenLife</source>
        <translation>GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="90"/>
        <source>This would leave {who} with {balance} points on {day}: rewards already redeemed would no longer be covered.</source>
        <translation>This would leave {who} with {balance} points on {day}: rewards already redeemed would no longer be covered.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="104"/>
        <source>Go ahead anyway? The book will then show the balance below zero.</source>
        <translation>Go ahead anyway? The book will then show the balance below zero.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/common.py" line="107"/>
        <source>Rewards would no longer be covered</source>
        <translation>Rewards would no longer be covered</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="10"/>
        <source>Cannot open the data file {path}: {reason}. Check the folder exists and is writable, or pass --db PATH.</source>
        <translation>Cannot open the data file {path}: {reason}. Check the folder exists and is writable, or pass --db PATH.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="11"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="12"/>
        <source>Cannot redeem {points} points for &apos;{reward}&apos; on {day}: {who} has {available} points then. Nothing was redeemed.</source>
        <translation>Cannot redeem {points} points for &apos;{reward}&apos; on {day}: {who} has {available} points then. Nothing was redeemed.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="13"/>
        <source>Line {id} is a day of an appliance&apos;s saving, not an entry: end or delete the appliance instead.</source>
        <translation>Line {id} is a day of an appliance&apos;s saving, not an entry: end or delete the appliance instead.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="14"/>
        <source>No action of your own is called &apos;{name}&apos;; &apos;greenlife action list&apos; shows them.</source>
        <translation>No action of your own is called &apos;{name}&apos;; &apos;greenlife action list&apos; shows them.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="15"/>
        <source>No action of your own with key {id}.</source>
        <translation>No action of your own with key {id}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="16"/>
        <source>No appliance with id {id}.</source>
        <translation>No appliance with id {id}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="17"/>
        <source>No backup file {path}.</source>
        <translation>No backup file {path}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="18"/>
        <source>No challenge with id {id}; it may have been removed.</source>
        <translation>No challenge with id {id}; it may have been removed.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="19"/>
        <source>No entry with id {id}; it may have been deleted.</source>
        <translation>No entry with id {id}; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="20"/>
        <source>No good backup of {path} was found.</source>
        <translation>No good backup of {path} was found.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="21"/>
        <source>No member with id {id}.</source>
        <translation>No member with id {id}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="22"/>
        <source>No reading of {id}.</source>
        <translation>No reading of {id}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="23"/>
        <source>No redemption with id {id}.</source>
        <translation>No redemption with id {id}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="24"/>
        <source>No reward &apos;{value}&apos;; rewards: {known} (add one with &apos;greenlife reward add NAME --price POINTS&apos;)</source>
        <translation>No reward &apos;{value}&apos;; rewards: {known} (add one with &apos;greenlife reward add NAME --price POINTS&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="25"/>
        <source>No usual action with id {id}; it may have been deleted.</source>
        <translation>No usual action with id {id}; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="26"/>
        <source>SQLite&apos;s integrity check: {detail}</source>
        <translation>SQLite&apos;s integrity check: {detail}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="27"/>
        <source>The backup could not be checked ({detail}); older backups were kept.</source>
        <translation>The backup could not be checked ({detail}); older backups were kept.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="28"/>
        <source>The backup {path} is damaged too; pick an older one.</source>
        <translation>The backup {path} is damaged too; pick an older one.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="29"/>
        <source>The data file could not be written{where}: {reason}. Nothing was saved.</source>
        <translation>The data file could not be written{where}: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="30"/>
        <source>The data file could not switch to WAL journaling (got {mode}).</source>
        <translation>The data file could not switch to WAL journaling (got {mode}).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="31"/>
        <source>The data file is busy{where}: another program kept it locked. Nothing was saved; try again in a moment.</source>
        <translation>The data file is busy{where}: another program kept it locked. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="32"/>
        <source>The data file is damaged{where}: nothing was saved. Restore the newest backup (&apos;greenlife backup restore --latest&apos; or Settings).</source>
        <translation>The data file is damaged{where}: nothing was saved. Restore the newest backup (&apos;greenlife backup restore --latest&apos; or Settings).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="33"/>
        <source>The data file is read-only{where}: nothing was saved. Make it writable (or move it to a folder you can write to) and save again.</source>
        <translation>The data file is read-only{where}: nothing was saved. Make it writable (or move it to a folder you can write to) and save again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="34"/>
        <source>The data file is still being checked (a large book takes a moment); nothing was saved. Try again in a second.</source>
        <translation>The data file is still being checked (a large book takes a moment); nothing was saved. Try again in a second.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="35"/>
        <source>The data file reported an error while saving ({reason}); the change may have been saved. Check before saving it again.</source>
        <translation>The data file reported an error while saving ({reason}); the change may have been saved. Check before saving it again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="36"/>
        <source>The data file {path} cannot be read or written right now ({reason}). The disk may be full, read-only or disconnected. This is not damage: GreenLife has not changed the file, and restoring a backup would not help. Fix the disk and try again.</source>
        <translation>The data file {path} cannot be read or written right now ({reason}). The disk may be full, read-only or disconnected. This is not damage: GreenLife has not changed the file, and restoring a backup would not help. Fix the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="37"/>
        <source>The data file {path} is already open in another GreenLife window (process {pid}). Use that window, or close it first.</source>
        <translation>The data file {path} is already open in another GreenLife window (process {pid}). Use that window, or close it first.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="38"/>
        <source>The data file {path} is damaged ({detail}). GreenLife has not changed it. Restore the newest good backup: in the app, or with &apos;greenlife backup restore --latest&apos;.</source>
        <translation>The data file {path} is damaged ({detail}). GreenLife has not changed it. Restore the newest good backup: in the app, or with &apos;greenlife backup restore --latest&apos;.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="39"/>
        <source>The data file {path} is on {where}. SQLite&apos;s write-ahead log is not safe there and the book could be damaged. Keep the file on this computer&apos;s own disk (use --db or GREENLIFE_DB) and back it up to the share instead.</source>
        <translation>The data file {path} is on {where}. SQLite&apos;s write-ahead log is not safe there and the book could be damaged. Keep the file on this computer&apos;s own disk (use --db or GREENLIFE_DB) and back it up to the share instead.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="40"/>
        <source>The data file {path} is open in the GreenLife app (process {pid}). Make this change in the app, or close the app first; nothing was changed.</source>
        <translation>The data file {path} is open in the GreenLife app (process {pid}). Make this change in the app, or close the app first; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="41"/>
        <source>The disk is full ({path}): nothing was written. Free some space and try again.</source>
        <translation>The disk is full ({path}): nothing was written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="42"/>
        <source>The disk is full{where}: nothing was saved. Free some space and save again; what you typed is still in the form.</source>
        <translation>The disk is full{where}: nothing was saved. Free some space and save again; what you typed is still in the form.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="43"/>
        <source>The file has {n} bad rows; nothing was imported.</source>
        <translation>The file has {n} bad rows; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="44"/>
        <source>The file name {path} is too long for this disk; choose a shorter one.</source>
        <translation>The file name {path} is too long for this disk; choose a shorter one.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="45"/>
        <source>This data file already has members; the demo household only goes into an empty file. Use --db PATH with a new file name.</source>
        <translation>This data file already has members; the demo household only goes into an empty file. Use --db PATH with a new file name.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="46"/>
        <source>This would leave {who} with {balance} points on {day}: rewards already redeemed would no longer be covered. Nothing was changed.</source>
        <translation>This would leave {who} with {balance} points on {day}: rewards already redeemed would no longer be covered. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="47"/>
        <source>Two challenges are running already; end one before starting another.</source>
        <translation>Two challenges are running already; end one before starting another.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="48"/>
        <source>a Windows network share</source>
        <translation>a Windows network share</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="49"/>
        <source>a line of an appliance that is gone</source>
        <translation>a line of an appliance that is gone</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="50"/>
        <source>a network drive</source>
        <translation>a network drive</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="51"/>
        <source>a network file system ({kind})</source>
        <translation>a network file system ({kind})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="52"/>
        <source>an appliance line without its appliance, or the reverse</source>
        <translation>an appliance line without its appliance, or the reverse</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="53"/>
        <source>appliances</source>
        <translation>appliances</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="54"/>
        <source>belongs to no member</source>
        <translation>belongs to no member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="55"/>
        <source>cannot be recomputed ({detail})</source>
        <translation>cannot be recomputed ({detail})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="56"/>
        <source>cells in this row: {cells}; columns in the header: {header}</source>
        <translation>cells in this row: {cells}; columns in the header: {header}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="57"/>
        <source>daily items</source>
        <translation>daily items</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="58"/>
        <source>daily totals</source>
        <translation>daily totals</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="59"/>
        <source>date out of range</source>
        <translation>date out of range</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="60"/>
        <source>entries</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="61"/>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="62"/>
        <source>grams {value} are not quantity x factor = {expected}</source>
        <translation>grams {value} are not quantity x factor = {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="63"/>
        <source>imported {n} lines; already in the book: {already}</source>
        <translation>imported {n} lines; already in the book: {already}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="64"/>
        <source>impossible appliance</source>
        <translation>impossible appliance</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="65"/>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="66"/>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="67"/>
        <source>monthly totals</source>
        <translation>monthly totals</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="68"/>
        <source>negative factor</source>
        <translation>negative factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="69"/>
        <source>ok: the data file passed SQLite&apos;s integrity and foreign-key checks and GreenLife&apos;s rules</source>
        <translation>ok: the data file passed SQLite&apos;s integrity and foreign-key checks and GreenLife&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="70"/>
        <source>points do not match grams</source>
        <translation>points do not match grams</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="71"/>
        <source>points {value} are not the rounded grams = {expected}</source>
        <translation>points {value} are not the rounded grams = {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="72"/>
        <source>quantity is not positive or is absurd</source>
        <translation>quantity is not positive or is absurd</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="73"/>
        <source>redemption of no points</source>
        <translation>redemption of no points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="74"/>
        <source>redemptions</source>
        <translation>redemptions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="75"/>
        <source>refers to a missing row in {parent}</source>
        <translation>refers to a missing row in {parent}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="76"/>
        <source>refused by the data file&apos;s rules ({reason}); nothing was saved</source>
        <translation>refused by the data file&apos;s rules ({reason}); nothing was saved</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="77"/>
        <source>sign of grams does not match the factor kind</source>
        <translation>sign of grams does not match the factor kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="78"/>
        <source>the cells quantity, factor_value and points must be numbers</source>
        <translation>the cells quantity, factor_value and points must be numbers</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="79"/>
        <source>the cells quantity, factor_value, factor_year and points must be numbers</source>
        <translation>the cells quantity, factor_value, factor_year and points must be numbers</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="80"/>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="81"/>
        <source>the row for {label} does not match the entries</source>
        <translation>the row for {label} does not match the entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="82"/>
        <source>unknown appliance line &apos;{value}&apos; ({key})</source>
        <translation>unknown appliance line &apos;{value}&apos; ({key})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="83"/>
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="84"/>
        <source>unknown item &apos;{value}&apos; ({key})</source>
        <translation>unknown item &apos;{value}&apos; ({key})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="85"/>
        <source>unknown meter line &apos;{value}&apos; ({key})</source>
        <translation>unknown meter line &apos;{value}&apos; ({key})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="86"/>
        <source>unknown unit &apos;{value}&apos; / &apos;{factor_unit}&apos; for {key}</source>
        <translation>unknown unit &apos;{value}&apos; / &apos;{factor_unit}&apos; for {key}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="87"/>
        <source>would import {n} lines; already in the book: {already}</source>
        <translation>would import {n} lines; already in the book: {already}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="88"/>
        <source>{field}: &apos;{value}&apos; ({key}) is not in the factor table; add the factor first</source>
        <translation>{field}: &apos;{value}&apos; ({key}) is not in the factor table; add the factor first</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="89"/>
        <source>{field}: &apos;{value}&apos; already exists; pick another id</source>
        <translation>{field}: &apos;{value}&apos; already exists; pick another id</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="90"/>
        <source>{field}: &apos;{value}&apos; already exists; pick another name</source>
        <translation>{field}: &apos;{value}&apos; already exists; pick another name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="91"/>
        <source>{field}: &apos;{value}&apos; does not match the factor unit {expected}</source>
        <translation>{field}: &apos;{value}&apos; does not match the factor unit {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="92"/>
        <source>{field}: &apos;{value}&apos; does not match {expected}</source>
        <translation>{field}: &apos;{value}&apos; does not match {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="93"/>
        <source>{field}: &apos;{value}&apos; has a comma; write decimals with a point (1.5); enter {low} to {high} {unit}</source>
        <translation>{field}: &apos;{value}&apos; has a comma; write decimals with a point (1.5); enter {low} to {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="94"/>
        <source>{field}: &apos;{value}&apos; is already a member; pick another name</source>
        <translation>{field}: &apos;{value}&apos; is already a member; pick another name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="95"/>
        <source>{field}: &apos;{value}&apos; is already one of your actions</source>
        <translation>{field}: &apos;{value}&apos; is already one of your actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="96"/>
        <source>{field}: &apos;{value}&apos; is archived; restore the member in Settings first</source>
        <translation>{field}: &apos;{value}&apos; is archived; restore the member in Settings first</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="97"/>
        <source>{field}: &apos;{value}&apos; is not a colour; use #RRGGBB, e.g. #2E7D32</source>
        <translation>{field}: &apos;{value}&apos; is not a colour; use #RRGGBB, e.g. #2E7D32</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="98"/>
        <source>{field}: &apos;{value}&apos; is not a date; use YYYY-MM-DD between {low} and {high}</source>
        <translation>{field}: &apos;{value}&apos; is not a date; use YYYY-MM-DD between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="99"/>
        <source>{field}: &apos;{value}&apos; is not a finite number; enter {low} to {high} {unit}</source>
        <translation>{field}: &apos;{value}&apos; is not a finite number; enter {low} to {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="100"/>
        <source>{field}: &apos;{value}&apos; is not a known unit; choose one of: {known}</source>
        <translation>{field}: &apos;{value}&apos; is not a known unit; choose one of: {known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="101"/>
        <source>{field}: &apos;{value}&apos; is not a meter (electricity, gas or water)</source>
        <translation>{field}: &apos;{value}&apos; is not a meter (electricity, gas or water)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="102"/>
        <source>{field}: &apos;{value}&apos; is not a month; use YYYY-MM</source>
        <translation>{field}: &apos;{value}&apos; is not a month; use YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="103"/>
        <source>{field}: &apos;{value}&apos; is not a number</source>
        <translation>{field}: &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="104"/>
        <source>{field}: &apos;{value}&apos; is not a number from 0 to {high}</source>
        <translation>{field}: &apos;{value}&apos; is not a number from 0 to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not a number of grams; enter more than 0 and up to {high}</source>
        <translation>{field}: &apos;{value}&apos; is not a number of grams; enter more than 0 and up to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="106"/>
        <source>{field}: &apos;{value}&apos; is not a number; enter {low} to {high} {unit}</source>
        <translation>{field}: &apos;{value}&apos; is not a number; enter {low} to {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="107"/>
        <source>{field}: &apos;{value}&apos; is not a unit of {key} in the factor table</source>
        <translation>{field}: &apos;{value}&apos; is not a unit of {key} in the factor table</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="108"/>
        <source>{field}: &apos;{value}&apos; is not a unit; give 1 to {high} characters without /, e.g. hour or item</source>
        <translation>{field}: &apos;{value}&apos; is not a unit; give 1 to {high} characters without /, e.g. hour or item</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="109"/>
        <source>{field}: &apos;{value}&apos; is not a valid id; use letters, digits, - or _</source>
        <translation>{field}: &apos;{value}&apos; is not a valid id; use letters, digits, - or _</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="110"/>
        <source>{field}: &apos;{value}&apos; is not a valid item name</source>
        <translation>{field}: &apos;{value}&apos; is not a valid item name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="111"/>
        <source>{field}: &apos;{value}&apos; is not a whole number</source>
        <translation>{field}: &apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="112"/>
        <source>{field}: &apos;{value}&apos; is not an appliance type</source>
        <translation>{field}: &apos;{value}&apos; is not an appliance type</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="113"/>
        <source>{field}: &apos;{value}&apos; is too long; keep it to {high} characters</source>
        <translation>{field}: &apos;{value}&apos; is too long; keep it to {high} characters</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="115"/>
        <source>{field}: &apos;{value}&apos; must be one of {known}</source>
        <translation>{field}: &apos;{value}&apos; must be one of {known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="116"/>
        <source>{field}: &apos;{value}&apos; must be one of: {known}</source>
        <translation>{field}: &apos;{value}&apos; must be one of: {known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="117"/>
        <source>{field}: &apos;{value}&apos; must be reading or bill</source>
        <translation>{field}: &apos;{value}&apos; must be reading or bill</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="119"/>
        <source>{field}: &apos;{value}&apos; must look like commute.subway (category commute, waste, food, energy, goods, grid or meter, then a name of letters and _)</source>
        <translation>{field}: &apos;{value}&apos; must look like commute.subway (category commute, waste, food, energy, goods, grid or meter, then a name of letters and _)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="120"/>
        <source>{field}: a bill gives the amount used; a new meter is entered with a reading</source>
        <translation>{field}: a bill gives the amount used; a new meter is entered with a reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="118"/>
        <source>{field}: &apos;{value}&apos; must be reduction or emission</source>
        <translation>{field}: &apos;{value}&apos; must be reduction or emission</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="9"/>
        <source>&apos;{name}&apos; is archived; bring it back with &apos;greenlife action restore {key}&apos; to log it.</source>
        <translation>&apos;{name}&apos; is archived; bring it back with &apos;greenlife action restore {key}&apos; to log it.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="114"/>
        <source>{field}: &apos;{value}&apos; must be action, appliance, meter, reading or redemption</source>
        <translation>{field}: &apos;{value}&apos; must be action, appliance, meter, reading or redemption</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="121"/>
        <source>{field}: a date is required</source>
        <translation>{field}: a date is required</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="122"/>
        <source>{field}: a name is required</source>
        <translation>{field}: a name is required</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="123"/>
        <source>{field}: a reading row says in its details how the meter was read (reading or bill)</source>
        <translation>{field}: a reading row says in its details how the meter was read (reading or bill)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="124"/>
        <source>{field}: a redemption spends points ({value} is not below zero)</source>
        <translation>{field}: a redemption spends points ({value} is not below zero)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="125"/>
        <source>{field}: a usual action needs at least one part</source>
        <translation>{field}: a usual action needs at least one part</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="126"/>
        <source>{field}: a value is required; enter 0 to {high}</source>
        <translation>{field}: a value is required; enter 0 to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="127"/>
        <source>{field}: a value is required; enter {low} to {high} {unit}</source>
        <translation>{field}: a value is required; enter {low} to {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="128"/>
        <source>{field}: an appliance&apos;s line uses {key}</source>
        <translation>{field}: an appliance&apos;s line uses {key}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="129"/>
        <source>{field}: appliances are not imported from entry rows</source>
        <translation>{field}: appliances are not imported from entry rows</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="130"/>
        <source>{field}: contains control characters; remove them</source>
        <translation>{field}: contains control characters; remove them</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="131"/>
        <source>{field}: each part needs an action and a quantity</source>
        <translation>{field}: each part needs an action and a quantity</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="132"/>
        <source>{field}: not a day&apos;s saving of an appliance that uses less than its baseline</source>
        <translation>{field}: not a day&apos;s saving of an appliance that uses less than its baseline</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="133"/>
        <source>{field}: not the details GreenLife writes (a JSON object); leave the cell empty or export the file again</source>
        <translation>{field}: not the details GreenLife writes (a JSON object); leave the cell empty or export the file again</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="134"/>
        <source>{field}: say where the value comes from, or &apos;Assumption: ...&apos;</source>
        <translation>{field}: say where the value comes from, or &apos;Assumption: ...&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="135"/>
        <source>{field}: set &apos;{set}&apos; has no factor &apos;{value}&apos;; see &apos;greenlife factors list&apos;</source>
        <translation>{field}: set &apos;{set}&apos; has no factor &apos;{value}&apos;; see &apos;greenlife factors list&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="136"/>
        <source>{field}: the action in it does not match the row&apos;s key {key}</source>
        <translation>{field}: the action in it does not match the row&apos;s key {key}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="137"/>
        <source>{field}: the cell is missing</source>
        <translation>{field}: the cell is missing</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="138"/>
        <source>{field}: the meter would have run backwards by {value} before {month}; if the meter was replaced, give the new meter&apos;s first reading</source>
        <translation>{field}: the meter would have run backwards by {value} before {month}; if the meter was replaced, give the new meter&apos;s first reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="139"/>
        <source>{field}: the quantity or the factor&apos;s value is out of range</source>
        <translation>{field}: the quantity or the factor&apos;s value is out of range</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="140"/>
        <source>{field}: the reward&apos;s name is required (80 characters at most)</source>
        <translation>{field}: the reward&apos;s name is required (80 characters at most)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="141"/>
        <source>{field}: the source of the factor is required (500 characters at most)</source>
        <translation>{field}: the source of the factor is required (500 characters at most)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="142"/>
        <source>{field}: unknown appliance &apos;{value}&apos;; choose one of: {known}</source>
        <translation>{field}: unknown appliance &apos;{value}&apos;; choose one of: {known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="143"/>
        <source>{field}: unknown factor set &apos;{value}&apos;</source>
        <translation>{field}: unknown factor set &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="144"/>
        <source>{field}: unknown factor set &apos;{value}&apos;; choose one of: {known}</source>
        <translation>{field}: unknown factor set &apos;{value}&apos;; choose one of: {known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="145"/>
        <source>{field}: unknown member &apos;{value}&apos;; add the member first</source>
        <translation>{field}: unknown member &apos;{value}&apos;; add the member first</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="146"/>
        <source>{field}: unknown member &apos;{value}&apos;; known members: {known} (add one with &apos;greenlife member add NAME&apos;)</source>
        <translation>{field}: unknown member &apos;{value}&apos;; known members: {known} (add one with &apos;greenlife member add NAME&apos;)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="147"/>
        <source>{field}: unknown {field} &apos;{value}&apos;; choose one of: {known}</source>
        <translation>{field}: unknown {field} &apos;{value}&apos;; choose one of: {known}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="148"/>
        <source>{field}: {item} is counted in {unit}; give --{expected} instead</source>
        <translation>{field}: {item} is counted in {unit}; give --{expected} instead</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="149"/>
        <source>{field}: {key} now counts in {new} but its past lines were logged in {old}; they cannot be recalculated. Put the unit back, or add a new factor for the new unit</source>
        <translation>{field}: {key} now counts in {new} but its past lines were logged in {old}; they cannot be recalculated. Put the unit back, or add a new factor for the new unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="150"/>
        <source>{field}: {month} would differ from its comparison by {value} — more than a household uses; check the reading or the baseline</source>
        <translation>{field}: {month} would differ from its comparison by {value} — more than a household uses; check the reading or the baseline</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="151"/>
        <source>{field}: {name} has no entries on {value} to repeat</source>
        <translation>{field}: {name} has no entries on {value} to repeat</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="152"/>
        <source>{field}: {value} characters is too long; keep it to {high}</source>
        <translation>{field}: {value} characters is too long; keep it to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="153"/>
        <source>{field}: {value} differs from the {meter} baseline of an earlier row</source>
        <translation>{field}: {value} differs from the {meter} baseline of an earlier row</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="154"/>
        <source>{field}: {value} does not match quantity × factor = {expected}</source>
        <translation>{field}: {value} does not match quantity × factor = {expected}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="155"/>
        <source>{field}: {value} does not match the day&apos;s kWh saved × the grid factor</source>
        <translation>{field}: {value} does not match the day&apos;s kWh saved × the grid factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="156"/>
        <source>{field}: {value} is before the start {start}; enter a later date</source>
        <translation>{field}: {value} is before the start {start}; enter a later date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="157"/>
        <source>{field}: {value} is in the future; enter a date from {low} to {high}</source>
        <translation>{field}: {value} is in the future; enter a date from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="158"/>
        <source>{field}: {value} is not a whole number; enter a whole number from {low} to {high}</source>
        <translation>{field}: {value} is not a whole number; enter a whole number from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="159"/>
        <source>{field}: {value} is not over yet or too early; enter a month from {low} to {high}</source>
        <translation>{field}: {value} is not over yet or too early; enter a month from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="160"/>
        <source>{field}: {value} is out of range; enter 0 to 999999</source>
        <translation>{field}: {value} is out of range; enter 0 to 999999</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="161"/>
        <source>{field}: {value} is out of range; enter 1990 to 2100</source>
        <translation>{field}: {value} is out of range; enter 1990 to 2100</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="162"/>
        <source>{field}: {value} is too early; enter a date from {low} to {high}</source>
        <translation>{field}: {value} is too early; enter a date from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="163"/>
        <source>{field}: {value} kWh/year is not less than the typical grade-3 model ({baseline} kWh/year), so it saves nothing; only a model that uses less earns points</source>
        <translation>{field}: {value} kWh/year is not less than the typical grade-3 model ({baseline} kWh/year), so it saves nothing; only a model that uses less earns points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="164"/>
        <source>{field}: {value} {unit} is out of range; enter {low} to {high} {unit}</source>
        <translation>{field}: {value} {unit} is out of range; enter {low} to {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="165"/>
        <source>{n} bad rows ({more} not shown); nothing was imported. Fix them and import again.</source>
        <translation>{n} bad rows ({more} not shown); nothing was imported. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="166"/>
        <source>{n} bad rows; nothing was imported. Fix them and import again.</source>
        <translation>{n} bad rows; nothing was imported. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="167"/>
        <source>{path} cannot be written: permission denied or a read-only disk. Choose a folder you can write to.</source>
        <translation>{path} cannot be written: permission denied or a read-only disk. Choose a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="168"/>
        <source>{path} could not be read as CSV near line {line}: {reason}.</source>
        <translation>{path} could not be read as CSV near line {line}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="169"/>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="170"/>
        <source>{path} has the column {cols} more than once; which one is meant cannot be told. Remove the extra column and import again.</source>
        <translation>{path} has the column {cols} more than once; which one is meant cannot be told. Remove the extra column and import again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="171"/>
        <source>{path} is a database of another program (application id {app_id}), not a GreenLife book. GreenLife has not changed it; choose another file name.</source>
        <translation>{path} is a database of another program (application id {app_id}), not a GreenLife book. GreenLife has not changed it; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="172"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="173"/>
        <source>{path} is an empty file (0 bytes), not a GreenLife book. GreenLife has not changed it; delete it or choose another file name for a new book.</source>
        <translation>{path} is an empty file (0 bytes), not a GreenLife book. GreenLife has not changed it; delete it or choose another file name for a new book.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="174"/>
        <source>{path} is empty.</source>
        <translation>{path} is empty.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="175"/>
        <source>{path} is not UTF-8 text (byte {pos} is invalid). Save it as &apos;CSV UTF-8&apos; and import again.</source>
        <translation>{path} is not UTF-8 text (byte {pos} is invalid). Save it as &apos;CSV UTF-8&apos; and import again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="176"/>
        <source>{path} is not a regular file (a folder or a device); give the path of a GreenLife data file.</source>
        <translation>{path} is not a regular file (a folder or a device); give the path of a GreenLife data file.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="177"/>
        <source>{path} is not a regular file (a folder, a device or a pipe). Import the CSV file that GreenLife exports.</source>
        <translation>{path} is not a regular file (a folder, a device or a pipe). Import the CSV file that GreenLife exports.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="178"/>
        <source>{path} is not a text CSV file (it contains binary data). Import the CSV that GreenLife exports.</source>
        <translation>{path} is not a text CSV file (it contains binary data). Import the CSV that GreenLife exports.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="179"/>
        <source>{path} is {mb} MB; files over 200 MB are not imported.</source>
        <translation>{path} is {mb} MB; files over 200 MB are not imported.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="180"/>
        <source>{path} lacks the columns {missing}. Import the CSV that GreenLife exports (columns: {cols}).</source>
        <translation>{path} lacks the columns {missing}. Import the CSV that GreenLife exports (columns: {cols}).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="181"/>
        <source>{path} was written by a newer version of GreenLife (schema {found}; this version knows {known}). GreenLife has not changed it; update GreenLife to open it.</source>
        <translation>{path} was written by a newer version of GreenLife (schema {found}; this version knows {known}). GreenLife has not changed it; update GreenLife to open it.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="182"/>
        <source>{path}: a part of this path is a file, not a folder.</source>
        <translation>{path}: a part of this path is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="183"/>
        <source>{path}: {reason}.</source>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="184"/>
        <source>{table}, row {rowid}: {reason}</source>
        <translation>{table}, row {rowid}: {reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="185"/>
        <source>{table}: {reason}</source>
        <translation>{table}: {reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="186"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="187"/>
        <source>{wal} beside the data file belongs to another database: reading it would replace the book&apos;s pages. GreenLife has not changed anything; move that file away (keep it) and try again.</source>
        <translation>{wal} beside the data file belongs to another database: reading it would replace the book&apos;s pages. GreenLife has not changed anything; move that file away (keep it) and try again.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="24"/>
        <source>the household</source>
        <translation>the household</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="34"/>
        <source>The file has %Ln bad rows; nothing was imported.</source>
        <translation>
            <numerusform>The file has %Ln bad row; nothing was imported.</numerusform>
            <numerusform>The file has %Ln bad rows; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="37"/>
        <source>%Ln bad rows; nothing was imported. Fix them and import again.</source>
        <translation>
            <numerusform>%Ln bad row; nothing was imported. Fix it and import again.</numerusform>
            <numerusform>%Ln bad rows; nothing was imported. Fix them and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="39"/>
        <source>%Ln bad rows ({more} not shown); nothing was imported. Fix them and import again.</source>
        <translation>
            <numerusform>%Ln bad row ({more} not shown); nothing was imported. Fix it and import again.</numerusform>
            <numerusform>%Ln bad rows ({more} not shown); nothing was imported. Fix them and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="42"/>
        <source>would import %Ln lines; already in the book: {already}</source>
        <translation>
            <numerusform>would import %Ln line; already in the book: {already}</numerusform>
            <numerusform>would import %Ln lines; already in the book: {already}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/labels.py" line="44"/>
        <source>imported %Ln lines; already in the book: {already}</source>
        <translation>
            <numerusform>imported %Ln line; already in the book: {already}</numerusform>
            <numerusform>imported %Ln lines; already in the book: {already}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="95"/>
        <source>Export yearly summary</source>
        <translation>Export yearly summary</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="96"/>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="97"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="98"/>
        <source>Printable report (PDF)</source>
        <translation>Printable report (PDF)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="99"/>
        <source>Every entry as a spreadsheet (CSV)</source>
        <translation>Every entry as a spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="100"/>
        <source>Every entry as data (JSON)</source>
        <translation>Every entry as data (JSON)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="101"/>
        <source>The year&apos;s charts (PNG)</source>
        <translation>The year&apos;s charts (PNG)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="103"/>
        <source>… with a certificate page per member, for the fridge door</source>
        <translation>… with a certificate page per member, for the fridge door</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="104"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="106"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="107"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="108"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="105"/>
        <source>Save in</source>
        <translation>Save in</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="116"/>
        <source>Save the summary in</source>
        <translation>Save the summary in</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="126"/>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="127"/>
        <source>These files already exist and would be replaced:
{files}</source>
        <translation>These files already exist and would be replaced:
{files}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="135"/>
        <source>Choose at least one format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="139"/>
        <source>Nothing was exported.</source>
        <translation>Nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="146"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="167"/>
        <source>Wrote:
{files}</source>
        <translation>Wrote:
{files}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="174"/>
        <source>Export cancelled. Files already there were left as they were.</source>
        <translation>Export cancelled. Files already there were left as they were.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/export_dialog.py" line="176"/>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>FactorDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="32"/>
        <source>Edit factor</source>
        <translation>Edit factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="32"/>
        <source>Add factor</source>
        <translation>Add factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="39"/>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="63"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="41"/>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="66"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="47"/>
        <source>reduction (adds points)</source>
        <translation>reduction (adds points)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="48"/>
        <source>emission (removes points)</source>
        <translation>emission (removes points)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="52"/>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="69"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="56"/>
        <source>Also recalculate past entries that used this factor</source>
        <translation>Also recalculate past entries that used this factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="57"/>
        <source>Unchecked: past entries keep the value they were logged with; only new entries use the new value.</source>
        <translation>Unchecked: past entries keep the value they were logged with; only new entries use the new value.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="65"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="67"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/factor_dialog.py" line="70"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>FactorNotes</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="191"/>
        <source>Assumption: 0 points; sorting still counts for badges.</source>
        <translation>Assumption: 0 points; sorting still counts for badges.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="192"/>
        <source>Assumption: 98 kg a year / 12 days; the source was not traced to its publisher. Log the trips made instead as usual.</source>
        <translation>Assumption: 98 kg a year / 12 days; the source was not traced to its publisher. Log the trips made instead as usual.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="193"/>
        <source>Assumption: Beijing&apos;s lower bound of 23 g; the published figure was not traced.</source>
        <translation>Assumption: Beijing&apos;s lower bound of 23 g; the published figure was not traced.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="194"/>
        <source>Assumption: Wuhan&apos;s 5 g per shopping bag; the published figure was not traced.</source>
        <translation>Assumption: Wuhan&apos;s 5 g per shopping bag; the published figure was not traced.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="195"/>
        <source>Assumption: a finished meal avoids the average restaurant plate waste.</source>
        <translation>Assumption: a finished meal avoids the average restaurant plate waste.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="196"/>
        <source>Assumption: a kilogram of clothes or goods reused instead of bought new; the 3.6 kg figure was not traced to its publisher.</source>
        <translation>Assumption: a kilogram of clothes or goods reused instead of bought new; the 3.6 kg figure was not traced to its publisher.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="197"/>
        <source>Assumption: about 0.3 kWh per m³ supplied and treated; not a published figure.</source>
        <translation>Assumption: about 0.3 kWh per m³ supplied and treated; not a published figure.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="198"/>
        <source>Assumption: approximate composting-vs-landfill saving from WARM&apos;s food-waste rows.</source>
        <translation>Assumption: approximate composting-vs-landfill saving from WARM&apos;s food-waste rows.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="199"/>
        <source>Assumption: average Chinese petrol car; this is an emission and lowers the balance.</source>
        <translation>Assumption: average Chinese petrol car; this is an emission and lowers the balance.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="200"/>
        <source>Assumption: derived from published defaults (56.1 t/TJ x 38.931 MJ/m³).</source>
        <translation>Assumption: derived from published defaults (56.1 t/TJ x 38.931 MJ/m³).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="201"/>
        <source>Assumption: metal counted as steel cans (aluminium cans would be 10.1).</source>
        <translation>Assumption: metal counted as steel cans (aluminium cans would be 10.1).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="202"/>
        <source>Assumption: no published walking figure; treated like cycling (98 g/km).</source>
        <translation>Assumption: no published walking figure; treated like cycling (98 g/km).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="203"/>
        <source>Assumption: no traced figure; about 10 g of paper at roughly 1 g CO2 per g.</source>
        <translation>Assumption: no traced figure; about 10 g of paper at roughly 1 g CO2 per g.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="204"/>
        <source>Assumption: plastic counted as PET bottles (HDPE would be 0.8).</source>
        <translation>Assumption: plastic counted as PET bottles (HDPE would be 0.8).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="205"/>
        <source>Assumption: saving of an electric car against the petrol-car baseline.</source>
        <translation>Assumption: saving of an electric car against the petrol-car baseline.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="206"/>
        <source>Assumption: two people share one petrol car; each saves half the baseline.</source>
        <translation>Assumption: two people share one petrol car; each saves half the baseline.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="207"/>
        <source>Each kWh generated replaces a kWh of grid electricity at the national factor.</source>
        <translation>Each kWh generated replaces a kWh of grid electricity at the national factor.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="54"/>
        <source>Assumption: typical grade-3 China energy label figure for a household model; grade 1 uses about 20% less. Enter your own label&apos;s kWh/year.</source>
        <translation>Assumption: typical grade-3 China energy label figure for a household model; grade 1 uses about 20% less. Enter your own label&apos;s kWh/year.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="63"/>
        <source>Assumption: one printed A4 bill and envelope (about 10 g of paper) not made</source>
        <translation>Assumption: one printed A4 bill and envelope (about 10 g of paper) not made</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="64"/>
        <source>Beijing carbon-inclusion scheme: at least 23 g per takeaway order without disposable tableware</source>
        <translation>Beijing carbon-inclusion scheme: at least 23 g per takeaway order without disposable tableware</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="65"/>
        <source>Cainiao 回箱计划 (a box reused once saves 37 g CO2), as reported by CCTV News (央视新闻) from a Beijing Cainiao station, 2023</source>
        <translation>Cainiao 回箱计划 (a box reused once saves 37 g CO2), as reported by CCTV News (央视新闻) from a Beijing Cainiao station, 2023</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="66"/>
        <source>Derived: 7 L/100 km x 2.3 kg CO2/L</source>
        <translation>Derived: 7 L/100 km x 2.3 kg CO2/L</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="67"/>
        <source>Derived: 93 g plate waste per meal (CAS &amp; WWF 2018) x 2.5 kg CO2e/kg (FAO 2013)</source>
        <translation>Derived: 93 g plate waste per meal (CAS &amp; WWF 2018) x 2.5 kg CO2e/kg (FAO 2013)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="68"/>
        <source>Derived: IPCC 2006 Guidelines default 56.1 t CO2 per TJ of natural gas x China&apos;s net calorific value 38,931 kJ/m³ (GB/T 2589)</source>
        <translation>Derived: IPCC 2006 Guidelines default 56.1 t CO2 per TJ of natural gas x China&apos;s net calorific value 38,931 kJ/m³ (GB/T 2589)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="69"/>
        <source>Derived: a provincial energy-saving tip (a car left parked one day a month saves about 98 kg CO2 a year), as reported in the press, 2021</source>
        <translation>Derived: a provincial energy-saving tip (a car left parked one day a month saves about 98 kg CO2 a year), as reported in the press, 2021</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="70"/>
        <source>Derived: about 0.3 kWh of grid electricity to supply and treat 1 m³ of tap water x 0.5306 kg CO2/kWh (MEE &amp; NBS, 2023)</source>
        <translation>Derived: about 0.3 kWh of grid electricity to supply and treat 1 m³ of tap water x 0.5306 kg CO2/kWh (MEE &amp; NBS, 2023)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="71"/>
        <source>Derived: petrol baseline 160 g/km minus electric car 80 g/km (15 kWh/100 km x 0.5306)</source>
        <translation>Derived: petrol baseline 160 g/km minus electric car 80 g/km (15 kWh/100 km x 0.5306)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="72"/>
        <source>Derived: petrol baseline 160 g/km shared by two people</source>
        <translation>Derived: petrol baseline 160 g/km shared by two people</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="73"/>
        <source>FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)</source>
        <translation>FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="74"/>
        <source>Figure widely quoted in the Chinese press for reusing old textiles (3.6 kg CO2 per kg)</source>
        <translation>Figure widely quoted in the Chinese press for reusing old textiles (3.6 kg CO2 per kg)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="75"/>
        <source>Hubei Emission Exchange, 碳碳星球 mini-program (0.02 points = 0.02 g per step), as reported by Hubei Daily (湖北日报), 2022</source>
        <translation>Hubei Emission Exchange, 碳碳星球 mini-program (0.02 points = 0.02 g per step), as reported by Hubei Daily (湖北日报), 2022</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="76"/>
        <source>Ministry of Ecology and Environment &amp; National Bureau of Statistics (MEE &amp; NBS), notice on 2023 electricity CO2 emission factors</source>
        <translation>Ministry of Ecology and Environment &amp; National Bureau of Statistics (MEE &amp; NBS), notice on 2023 electricity CO2 emission factors</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="78"/>
        <source>Shanghai carbon-inclusion platform, as reported by People&apos;s Daily (人民日报), 2025</source>
        <translation>Shanghai carbon-inclusion platform, as reported by People&apos;s Daily (人民日报), 2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="80"/>
        <source>US EPA, Waste Reduction Model (WARM) v16, 2023; converted from t per short ton x1.1023</source>
        <translation>US EPA, Waste Reduction Model (WARM) v16, 2023; converted from t per short ton x1.1023</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="81"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025</source>
        <translation>Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="82"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025; walking treated like cycling (assumption)</source>
        <translation>Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025; walking treated like cycling (assumption)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="83"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖), own shopping bag</source>
        <translation>Wuhan carbon-inclusion platform (武碳江湖), own shopping bag</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="84"/>
        <source>Wuhan carbon-inclusion platform (武碳江湖, 惠节电: 525 g per kWh saved), as reported by the Wuhan press, Aug 2025</source>
        <translation>Wuhan carbon-inclusion platform (武碳江湖, 惠节电: 525 g per kWh saved), as reported by the Wuhan press, Aug 2025</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="77"/>
        <source>No published per-kg saving</source>
        <translation>No published per-kg saving</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/labels.py" line="79"/>
        <source>US EPA WARM v16 (2023), food waste composted vs landfilled (approximate)</source>
        <translation>US EPA WARM v16 (2023), food waste composted vs landfilled (approximate)</translation>
    </message>
</context>
<context>
    <name>FactorsModel</name>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="44"/>
        <source>reduction</source>
        <translation>reduction</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="44"/>
        <source>emission</source>
        <translation>emission</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="22"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/factors.py" line="23"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="211"/>
        <source>bags</source>
        <translation>bags</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="212"/>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="213"/>
        <source>bills</source>
        <translation>bills</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="214"/>
        <source>boxes</source>
        <translation>boxes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="215"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="216"/>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="217"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="218"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="219"/>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="220"/>
        <source>factor_key</source>
        <translation>factor_key</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="221"/>
        <source>factor_kind</source>
        <translation>factor_kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="222"/>
        <source>factor_source</source>
        <translation>factor_source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="223"/>
        <source>factor_unit</source>
        <translation>factor_unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="224"/>
        <source>factor_value</source>
        <translation>factor_value</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="225"/>
        <source>factor_year</source>
        <translation>factor_year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="226"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="227"/>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="228"/>
        <source>grams</source>
        <translation>grams</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="229"/>
        <source>how</source>
        <translation>how</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="230"/>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="231"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="232"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="233"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="234"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="235"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="236"/>
        <source>kwh_year</source>
        <translation>kwh_year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="237"/>
        <source>legs</source>
        <translation>parts</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="238"/>
        <source>meals</source>
        <translation>meals</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="239"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="240"/>
        <source>meter</source>
        <translation>meter</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="241"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="242"/>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="243"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="244"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="245"/>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="246"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="247"/>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="248"/>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="249"/>
        <source>reward</source>
        <translation>reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="250"/>
        <source>rides</source>
        <translation>rides</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="251"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="252"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="253"/>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="254"/>
        <source>stream</source>
        <translation>stream</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="255"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="256"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="257"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="258"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="259"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="260"/>
        <source>wasted_kg</source>
        <translation>wasted_kg</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="261"/>
        <source>year</source>
        <translation>year</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="18"/>
        <source>On Windows, add the Chinese (Simplified) supplemental fonts in Settings → Apps → Optional features.</source>
        <translation>On Windows, add the Chinese (Simplified) supplemental fonts in Settings → Apps → Optional features.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="23"/>
        <source>On macOS, PingFang SC ships with the system; reinstall it with Font Book.</source>
        <translation>On macOS, PingFang SC ships with the system; reinstall it with Font Book.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="26"/>
        <source>On Debian or Ubuntu: sudo apt install fonts-wqy-microhei (or fonts-noto-cjk); on Fedora: sudo dnf install wqy-microhei-fonts.</source>
        <translation>On Debian or Ubuntu: sudo apt install fonts-wqy-microhei (or fonts-noto-cjk); on Fedora: sudo dnf install wqy-microhei-fonts.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/fonts.py" line="30"/>
        <source>No font with Chinese characters is installed, so Chinese text shows as boxes. {how} Then restart GreenLife.</source>
        <translation>No font with Chinese characters is installed, so Chinese text shows as boxes. {how} Then restart GreenLife.</translation>
    </message>
</context>
<context>
    <name>ForestCard</name>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="18"/>
        <source>Family forest</source>
        <translation>Family forest</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="26"/>
        <source>One tree per 17.9 kg of CO2 avoided (Ant Forest&apos;s saxaul tree)</source>
        <translation>One tree per 17.9 kg of CO2 avoided (Ant Forest&apos;s saxaul tree)</translation>
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
            <numerusform>%n tree from {kg} kg of CO2 avoided</numerusform>
            <numerusform>%n trees from {kg} kg of CO2 avoided</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="50"/>
        <source>next tree {percent}% grown ({kg} kg to go)</source>
        <translation>next tree {percent}% grown ({kg} kg to go)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="54"/>
        <source>each tree drawn stands for {n}</source>
        <translation>each tree drawn stands for {n}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="56"/>
        <source>A new tree has grown!</source>
        <translation>A new tree has grown!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/forest_card.py" line="58"/>
        <source>Family forest: %n trees</source>
        <translation>
            <numerusform>Family forest: %n tree</numerusform>
            <numerusform>Family forest: %n trees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../greenlife/ui/help.py" line="75"/>
        <source>GreenLife &amp;manual</source>
        <translation>GreenLife &amp;manual</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="77"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="79"/>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="80"/>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="81"/>
        <source>&amp;Copy debug info</source>
        <translation>&amp;Copy debug info</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="116"/>
        <source>Could not open a file manager. The folder is:
{folder}</source>
        <translation>Could not open a file manager. The folder is:
{folder}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="123"/>
        <source>Debug info copied to the clipboard: paste it into your message.</source>
        <translation>Debug info copied to the clipboard: paste it into your message.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="47"/>
        <source>Filter by member</source>
        <translation>Filter by member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="49"/>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="50"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="53"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="56"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="58"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="68"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="81"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="82"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="83"/>
        <source>Delete the selected entries (Ctrl+Z undoes)</source>
        <translation>Delete the selected entries (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="84"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="85"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="97"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="99"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="103"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="34"/>
        <location filename="../../greenlife/ui/pages/history.py" line="125"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="164"/>
        <source>Sorting…</source>
        <translation>Sorting…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/history.py" line="185"/>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/history.py" line="169"/>
        <location filename="../../greenlife/ui/pages/history.py" line="196"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/history.py" line="226"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="71"/>
        <source>Progress to the weekly goal</source>
        <translation>Progress to the weekly goal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="105"/>
        <location filename="../../greenlife/ui/pages/home.py" line="121"/>
        <source>Latest entries</source>
        <translation>Latest entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="89"/>
        <source>Other usual actions — one click logs them for today</source>
        <translation>Other usual actions — one click logs them for today</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="154"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="220"/>
        <source>This week · {start} – {end}</source>
        <translation>This week · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="224"/>
        <source>{points} points earned this week</source>
        <translation>{points} points earned this week</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="227"/>
        <source>Available to spend on rewards: {points} points</source>
        <translation>Available to spend on rewards: {points} points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="233"/>
        <source>%p% of the weekly goal</source>
        <translation>%p% of the weekly goal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="234"/>
        <source>goal reached!</source>
        <translation>goal reached!</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="235"/>
        <source>{n} points to go</source>
        <translation>{n} points to go</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="237"/>
        <source>Household goal: {goal} points a week, everyone&apos;s own goals added up · {left}</source>
        <translation>Household goal: {goal} points a week, everyone&apos;s own goals added up · {left}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="271"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="272"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="272"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="273"/>
        <source>This week by day</source>
        <translation>This week by day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="273"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="275"/>
        <source>{category} (emitted)</source>
        <translation>{category} (emitted)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="290"/>
        <source>Log {what} for {name} today</source>
        <translation>Log {what} for {name} today</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="323"/>
        <source>Logged {what} for {name} on {date}: {points} points</source>
        <translation>Logged {what} for {name} on {date}: {points} points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/home.py" line="319"/>
        <source>Log {what}</source>
        <translation>Log {what}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="33"/>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="64"/>
        <source>Import entries</source>
        <translation>Import entries</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="36"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="39"/>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="46"/>
        <source>Rows with problems</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="48"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="57"/>
        <source>A CSV file written by GreenLife&apos;s export (same columns).</source>
        <translation>A CSV file written by GreenLife&apos;s export (same columns).</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="83"/>
        <source>%n rows have problems; nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n row has problems; nothing will be imported until it is fixed.</numerusform>
            <numerusform>%n rows have problems; nothing will be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="86"/>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="89"/>
        <source>{new} entries to import; {already} already in the book.</source>
        <translation>{new} entries to import; {already} already in the book.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="100"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="103"/>
        <source>Imported %n entries. A backup was made first.</source>
        <translation>
            <numerusform>Imported %n entry. A backup was made first.</numerusform>
            <numerusform>Imported %n entries. A backup was made first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/import_dialog.py" line="110"/>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="272"/>
        <source>Commute</source>
        <translation>Commute</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="303"/>
        <source>Waste sorting</source>
        <translation>Waste sorting</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="276"/>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="267"/>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="274"/>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="280"/>
        <source>Goods and reuse</source>
        <translation>Goods and reuse</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="294"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="298"/>
        <source>Subway / rail</source>
        <translation>Subway / rail</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="269"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="268"/>
        <source>Bike / shared bike</source>
        <translation>Bike / shared bike</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="300"/>
        <source>Walk</source>
        <translation>Walk</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="273"/>
        <source>Electric car</source>
        <translation>Electric car</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="270"/>
        <source>Carpool</source>
        <translation>Carpool</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="289"/>
        <source>Petrol car</source>
        <translation>Petrol car</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="287"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="291"/>
        <source>Plastic</source>
        <translation>Plastic</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="284"/>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="279"/>
        <source>Glass</source>
        <translation>Glass</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="283"/>
        <source>Kitchen waste</source>
        <translation>Kitchen waste</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="282"/>
        <source>Hazardous waste</source>
        <translation>Hazardous waste</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="293"/>
        <source>Residual waste</source>
        <translation>Residual waste</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="271"/>
        <source>Clean-plate meals</source>
        <translation>Clean-plate meals</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="277"/>
        <source>Food thrown away</source>
        <translation>Food thrown away</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="281"/>
        <source>Grid electricity</source>
        <translation>Grid electricity</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="301"/>
        <source>Walking (steps)</source>
        <translation>Walking (steps)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="290"/>
        <source>Petrol car left parked</source>
        <translation>Petrol car left parked</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="296"/>
        <source>Second-hand or passed on</source>
        <translation>Second-hand or passed on</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="286"/>
        <source>Own shopping bag</source>
        <translation>Own shopping bag</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="275"/>
        <source>Express box returned</source>
        <translation>Express box returned</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="288"/>
        <source>Paperless bill</source>
        <translation>Paperless bill</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="285"/>
        <source>No disposable tableware</source>
        <translation>No disposable tableware</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="295"/>
        <source>Rooftop solar</source>
        <translation>Rooftop solar</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="278"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="304"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="266"/>
        <source>Air conditioner</source>
        <translation>Air conditioner</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="292"/>
        <source>Refrigerator</source>
        <translation>Refrigerator</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="302"/>
        <source>Washing machine</source>
        <translation>Washing machine</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="305"/>
        <source>Water heater</source>
        <translation>Water heater</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="299"/>
        <source>Television</source>
        <translation>Television</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="328"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="333"/>
        <source>rides</source>
        <translation>rides</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="324"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="329"/>
        <source>meals</source>
        <translation>meals</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="332"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="330"/>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="335"/>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="312"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="331"/>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="310"/>
        <source>boxes</source>
        <translation>boxes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="308"/>
        <source>bags</source>
        <translation>bags</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="309"/>
        <source>bills</source>
        <translation>bills</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="311"/>
        <source>bronze</source>
        <translation>bronze</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="334"/>
        <source>silver</source>
        <translation>silver</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="323"/>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="297"/>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="307"/>
        <source>Wuhan</source>
        <translation>Wuhan</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="306"/>
        <source>Whole household</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="318"/>
        <source>g CO2/km</source>
        <translation>g CO2/km</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="320"/>
        <source>g CO2/ride</source>
        <translation>g CO2/ride</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="322"/>
        <source>g CO2e/meal</source>
        <translation>g CO2e/meal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="327"/>
        <source>kg CO2e/kg</source>
        <translation>kg CO2e/kg</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="325"/>
        <source>kg CO2/kWh</source>
        <translation>kg CO2/kWh</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="317"/>
        <source>g CO2/kWh</source>
        <translation>g CO2/kWh</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="326"/>
        <source>kg CO2/m³</source>
        <translation>kg CO2/m³</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="321"/>
        <source>g CO2/step</source>
        <translation>g CO2/step</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="316"/>
        <source>g CO2/day</source>
        <translation>g CO2/day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="319"/>
        <source>g CO2/order</source>
        <translation>g CO2/order</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="315"/>
        <source>g CO2/box</source>
        <translation>g CO2/box</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="313"/>
        <source>g CO2/bag</source>
        <translation>g CO2/bag</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/core_strings.py" line="314"/>
        <source>g CO2/bill</source>
        <translation>g CO2/bill</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="54"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="59"/>
        <source>Reward: {reward}</source>
        <translation>Reward: {reward}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="23"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="24"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="24"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="30"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="30"/>
        <source>Appliance saving</source>
        <translation>Appliance saving</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="31"/>
        <source>Reward redeemed</source>
        <translation>Reward redeemed</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="61"/>
        <source>{appliance}: {kwh} kWh saved</source>
        <translation>{appliance}: {kwh} kWh saved</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="64"/>
        <source>{category}: {item} {amount}</source>
        <translation>{category}: {item} {amount}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="79"/>
        <source>{source}, {year}</source>
        <translation>{source}, {year}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/ledger.py" line="27"/>
        <source>assumption</source>
        <translation>assumption</translation>
    </message>
</context>
<context>
    <name>LegRow</name>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="55"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="57"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="58"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="66"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="68"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="70"/>
        <source>How much</source>
        <translation>How much</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="118"/>
        <source>Part %n: category</source>
        <translation>
            <numerusform>Part %n: category</numerusform>
            <numerusform>Part %n: category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="119"/>
        <source>Part %n: what</source>
        <translation>
            <numerusform>Part %n: what</numerusform>
            <numerusform>Part %n: what</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="120"/>
        <source>Part %n: quantity</source>
        <translation>
            <numerusform>Part %n: quantity</numerusform>
            <numerusform>Part %n: quantity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="121"/>
        <source>Move part %n up</source>
        <translation>
            <numerusform>Move part %n up</numerusform>
            <numerusform>Move part %n up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="122"/>
        <source>Move part %n down</source>
        <translation>
            <numerusform>Move part %n down</numerusform>
            <numerusform>Move part %n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="123"/>
        <source>Remove part %n</source>
        <translation>
            <numerusform>Remove part %n</numerusform>
            <numerusform>Remove part %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="54"/>
        <location filename="../../greenlife/ui/pages/log.py" line="94"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="55"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="57"/>
        <source>Yester&amp;day</source>
        <translation>Yester&amp;day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="74"/>
        <source>Usual actions</source>
        <translation>Usual actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="76"/>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="78"/>
        <source>Our actions</source>
        <translation>Our actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="84"/>
        <source>Member to repeat</source>
        <translation>Member to repeat</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="85"/>
        <source>Same as &amp;yesterday</source>
        <translation>Same as &amp;yesterday</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="86"/>
        <source>Log today everything this member logged yesterday</source>
        <translation>Log today everything this member logged yesterday</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="89"/>
        <source>Repeat yesterday for</source>
        <translation>Repeat yesterday for</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="105"/>
        <source>Logged on this day</source>
        <translation>Logged on this day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="139"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="32"/>
        <location filename="../../greenlife/ui/pages/log.py" line="163"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="193"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="196"/>
        <source>Week of {date}: {who}</source>
        <translation>Week of {date}: {who}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="207"/>
        <source>Logged on {date}</source>
        <translation>Logged on {date}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="210"/>
        <source>{name}: {what} {quantity} {unit}, {points}</source>
        <translation>{name}: {what} {quantity} {unit}, {points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="217"/>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/log.py" line="219"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="220"/>
        <source>points: {points}</source>
        <translation>points: {points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="235"/>
        <source>Saved on {date}: {what} for {name}, {points} points</source>
        <translation>Saved on {date}: {what} for {name}, {points} points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/log.py" line="254"/>
        <source>Same as yesterday for {name} on {date}</source>
        <translation>Same as yesterday for {name} on {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/log.py" line="259"/>
        <source>Repeated %n entries from yesterday on {date}</source>
        <translation>
            <numerusform>Repeated %n entry from yesterday on {date}</numerusform>
            <numerusform>Repeated %n entries from yesterday on {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="103"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="105"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="172"/>
        <source>&amp;New entry</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="176"/>
        <source>&amp;Export yearly summary…</source>
        <translation>&amp;Export yearly summary…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="180"/>
        <source>&amp;Import entries…</source>
        <translation>&amp;Import entries…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="197"/>
        <source>&amp;Filter history</source>
        <translation>&amp;Filter history</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="213"/>
        <source>&amp;About GreenLife</source>
        <translation>&amp;About GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="222"/>
        <source>GreenLife 绿色生活碳账本</source>
        <translation>GreenLife 绿色生活碳账本</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="260"/>
        <source>About GreenLife</source>
        <translation>About GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="261"/>
        <source>GreenLife {version}
A household carbon book. 1 g of CO2 avoided = 1 point.
Factors: Shanghai carbon-inclusion platform (2025) and the sources listed in Settings. Your data stays on this computer:
{path}</source>
        <translation>GreenLife {version}
A household carbon book. 1 g of CO2 avoided = 1 point.
Factors: Shanghai carbon-inclusion platform (2025) and the sources listed in Settings. Your data stays on this computer:
{path}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="273"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="275"/>
        <source>{who} earned a badge: {name}</source>
        <translation>{who} earned a badge: {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="287"/>
        <source>Weekly goal reached: {points} of {goal} points!</source>
        <translation>Weekly goal reached: {points} of {goal} points!</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../greenlife/ui/help.py" line="161"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="161"/>
        <source>GreenLife manual</source>
        <translation>GreenLife manual</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="178"/>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="179"/>
        <source>On the first start GreenLife offers to create your household (the members&apos; names) or a demo household to look around. Every entry belongs to one member; the household&apos;s points are the members&apos; points added up.</source>
        <translation>On the first start GreenLife offers to create your household (the members&apos; names) or a demo household to look around. Every entry belongs to one member; the household&apos;s points are the members&apos; points added up.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="182"/>
        <source>Logging an action</source>
        <translation>Logging an action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="183"/>
        <source>Log (Ctrl+N): pick the member, the category and the amount; the form shows the points before you save, and Enter saves. &quot;Save as usual action&quot; puts a one-click button on Home, and &quot;Same as yesterday&quot; repeats a member&apos;s day. A mistake? Ctrl+Z undoes it, or edit the entry in History.</source>
        <translation>Log (Ctrl+N): pick the member, the category and the amount; the form shows the points before you save, and Enter saves. &quot;Save as usual action&quot; puts a one-click button on Home, and &quot;Same as yesterday&quot; repeats a member&apos;s day. A mistake? Ctrl+Z undoes it, or edit the entry in History.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="187"/>
        <source>Usual actions of several parts</source>
        <translation>Usual actions of several parts</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="188"/>
        <source>A usual action can have several parts, logged together in one click: 1 km by bike, then 61 km by subway. Make one in Log → Usual actions → New…, or change one there with Edit…: give it a name and a member, then each part in order: its category (commute, waste sorting or food), what, and how much. Add a part adds the next one (it starts like the last, as a trip goes on); ▲ and ▼ move a part, Remove takes it out. Save works once every part is right: a part with a problem is marked in red with the reason, and nothing typed is lost.
To add what the Log form holds to an existing usual action, fill in the form and click &quot;Add to a usual action&quot;, then pick the action: the same dialog opens with the form&apos;s line as the last part, to check and save, or cancel. Saving, moving and deleting usual actions can each be undone with Ctrl+Z.</source>
        <translation>A usual action can have several parts, logged together in one click: 1 km by bike, then 61 km by subway. Make one in Log → Usual actions → New…, or change one there with Edit…: give it a name and a member, then each part in order: its category (commute, waste sorting or food), what, and how much. Add a part adds the next one (it starts like the last, as a trip goes on); ▲ and ▼ move a part, Remove takes it out. Save works once every part is right: a part with a problem is marked in red with the reason, and nothing typed is lost.
To add what the Log form holds to an existing usual action, fill in the form and click &quot;Add to a usual action&quot;, then pick the action: the same dialog opens with the form&apos;s line as the last part, to check and save, or cancel. Saving, moving and deleting usual actions can each be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="199"/>
        <source>How points are counted</source>
        <translation>How points are counted</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="200"/>
        <source>1 g of CO2 avoided is 1 point, the rule of the Shanghai carbon-inclusion platform. Every entry keeps the factor it used, with its unit, source and year; Settings lists all factors, lets you pick your city&apos;s set and edit a value. Food thrown away and petrol trips are emissions: they lower the balance. Points never expire.</source>
        <translation>1 g of CO2 avoided is 1 point, the rule of the Shanghai carbon-inclusion platform. Every entry keeps the factor it used, with its unit, source and year; Settings lists all factors, lets you pick your city&apos;s set and edit a value. Food thrown away and petrol trips are emissions: they lower the balance. Points never expire.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="204"/>
        <source>Every week, every year</source>
        <translation>Every week, every year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="205"/>
        <source>Charts shows the week by day, the members side by side and the last 12 weeks against the household&apos;s goal; Badges shows what has been earned. File → Export yearly summary (Ctrl+E) writes a PDF report, a spreadsheet (CSV) and the charts.</source>
        <translation>Charts shows the week by day, the members side by side and the last 12 weeks against the household&apos;s goal; Badges shows what has been earned. File → Export yearly summary (Ctrl+E) writes a PDF report, a spreadsheet (CSV) and the charts.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="208"/>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="209"/>
        <source>Everything stays on this computer, in one file:
{path}
A backup is made on the first start of each day and before every upgrade, in the folder beside it. Help → Open data folder shows both. To move to another computer, copy the file.</source>
        <translation>Everything stays on this computer, in one file:
{path}
A backup is made on the first start of each day and before every upgrade, in the folder beside it. Help → Open data folder shows both. To move to another computer, copy the file.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="213"/>
        <source>Something went wrong?</source>
        <translation>Something went wrong?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="214"/>
        <source>Help → Copy debug info puts the versions and paths on the clipboard; Help → Open log folder shows the log file. Send both with a description of what you did.</source>
        <translation>Help → Copy debug info puts the versions and paths on the clipboard; Help → Open log folder shows the log file. Send both with a description of what you did.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/help.py" line="227"/>
        <source>In a form, Enter saves and Esc closes a dialog.</source>
        <translation>In a form, Enter saves and Esc closes a dialog.</translation>
    </message>
</context>
<context>
    <name>MembersCard</name>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="26"/>
        <source>Everyone&apos;s own goal</source>
        <translation>Everyone&apos;s own goal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="50"/>
        <source>{name}: {points} of {goal} points this week</source>
        <translation>{name}: {points} of {goal} points this week</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="62"/>
        <source>Points this week / the member&apos;s own goal</source>
        <translation>Points this week / the member&apos;s own goal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="64"/>
        <source>Points this week / a goal suggested from their last four weeks</source>
        <translation>Points this week / a goal suggested from their last four weeks</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="75"/>
        <source>Goal…</source>
        <translation>Goal…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="76"/>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="165"/>
        <source>Weekly goal for {name}</source>
        <translation>Weekly goal for {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="77"/>
        <source>Set {name}&apos;s own weekly goal (suggested: {points})</source>
        <translation>Set {name}&apos;s own weekly goal (suggested: {points})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="148"/>
        <source>Log something green today to start a streak</source>
        <translation>Log something green today to start a streak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/members_card.py" line="149"/>
        <source>%n-day green streak</source>
        <translation>
            <numerusform>%n-day green streak</numerusform>
            <numerusform>%n-day green streak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="151"/>
        <source>log today to keep it</source>
        <translation>log today to keep it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/members_card.py" line="153"/>
        <source>%n missed day forgiven</source>
        <translation>
            <numerusform>%n missed day forgiven</numerusform>
            <numerusform>%n missed days forgiven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="166"/>
        <source>Points per week (suggested from the last four weeks: {points})</source>
        <translation>Points per week (suggested from the last four weeks: {points})</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/members_card.py" line="172"/>
        <source>Set {name}&apos;s weekly goal to {points}</source>
        <translation>Set {name}&apos;s weekly goal to {points}</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="30"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="30"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="22"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="22"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/members.py" line="39"/>
        <source>Colour of {name} in the charts</source>
        <translation>Colour of {name} in the charts</translation>
    </message>
</context>
<context>
    <name>MeterPanel</name>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="59"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="116"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="64"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="117"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="66"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="118"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="67"/>
        <source>Meter reading at the month&apos;s end</source>
        <translation>Meter reading at the month&apos;s end</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="68"/>
        <source>Amount on the bill</source>
        <translation>Amount on the bill</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="70"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="122"/>
        <source>Reading or amount</source>
        <translation>Reading or amount</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="72"/>
        <source>A new meter was fitted this month</source>
        <translation>A new meter was fitted this month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="74"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="124"/>
        <source>New meter&apos;s first reading</source>
        <translation>New meter&apos;s first reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="77"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="125"/>
        <source>Old meter&apos;s last reading</source>
        <translation>Old meter&apos;s last reading</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="78"/>
        <source>if known</source>
        <translation>if known</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="79"/>
        <source>Save &amp;month</source>
        <translation>Save &amp;month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="82"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="132"/>
        <source>Baseline per month</source>
        <translation>Baseline per month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="83"/>
        <source>Set &amp;baseline</source>
        <translation>Set &amp;baseline</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="89"/>
        <source>Months entered</source>
        <translation>Months entered</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="91"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="92"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="92"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="107"/>
        <source>&amp;Remove month</source>
        <translation>&amp;Remove month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="108"/>
        <source>Remove the selected month</source>
        <translation>Remove the selected month</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="110"/>
        <location filename="../../greenlife/ui/widgets/meters.py" line="334"/>
        <source>Show &amp;chart</source>
        <translation>Show &amp;chart</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="179"/>
        <source>Electricity (kWh)</source>
        <translation>Electricity (kWh)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="179"/>
        <source>Gas (m³)</source>
        <translation>Gas (m³)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="180"/>
        <source>Water (m³)</source>
        <translation>Water (m³)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="217"/>
        <source>{meter} for {month}</source>
        <translation>{meter} for {month}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="232"/>
        <source>Baseline of {meter}</source>
        <translation>Baseline of {meter}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="252"/>
        <source>Remove {meter} for {month}</source>
        <translation>Remove {meter} for {month}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="267"/>
        <source>Each month is compared with the same month last year. Until there is a year of readings, give a baseline (a usual month&apos;s use, e.g. from last year&apos;s bills) to count the first year&apos;s months against.</source>
        <translation>Each month is compared with the same month last year. Until there is a year of readings, give a baseline (a usual month&apos;s use, e.g. from last year&apos;s bills) to count the first year&apos;s months against.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="272"/>
        <source>Each month is compared with the same month last year; months without one are compared with your baseline of {value} {unit} a month.</source>
        <translation>Each month is compared with the same month last year; months without one are compared with your baseline of {value} {unit} a month.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="284"/>
        <source>reading {value}</source>
        <translation>reading {value}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="285"/>
        <source>bill {value}</source>
        <translation>bill {value}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="287"/>
        <source>new meter</source>
        <translation>new meter</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="294"/>
        <source>(baseline)</source>
        <translation>(baseline)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="334"/>
        <source>Show mont&amp;hs</source>
        <translation>Show mont&amp;hs</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="368"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="368"/>
        <source>Same month last year</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="372"/>
        <source>{month}: {used} {unit}, a year before {before}</source>
        <translation>{month}: {used} {unit}, a year before {before}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="374"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="375"/>
        <source>No months entered yet.</source>
        <translation>No months entered yet.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/meters.py" line="378"/>
        <source>{meter} against last year</source>
        <translation>{meter} against last year</translation>
    </message>
</context>
<context>
    <name>OwnActionsPanel</name>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="36"/>
        <source>Name of the action</source>
        <translation>Name of the action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="37"/>
        <source>e.g. Repaired instead of replaced</source>
        <translation>e.g. Repaired instead of replaced</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="39"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="58"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="77"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="43"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="78"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="44"/>
        <source>e.g. time, hour, item</source>
        <translation>e.g. time, hour, item</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="46"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="79"/>
        <source>Grams of CO2 per unit</source>
        <translation>Grams of CO2 per unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="48"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="59"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="80"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="49"/>
        <source>who published the figure, or leave empty for our estimate</source>
        <translation>who published the figure, or leave empty for our estimate</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="52"/>
        <source>&amp;Add action</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="53"/>
        <source>Save &amp;changes</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="54"/>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="177"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="55"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="57"/>
        <source>Our own actions</source>
        <translation>Our own actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="58"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="59"/>
        <source>Grams per unit</source>
        <translation>Grams per unit</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="60"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="69"/>
        <source>An action your family does that GreenLife does not list: say how many grams of CO2 one unit saves and where the figure comes from. Without a source it is counted as our estimate and marked as an assumption in the report.</source>
        <translation>An action your family does that GreenLife does not list: say how many grams of CO2 one unit saves and where the figure comes from. Without a source it is counted as our estimate and marked as an assumption in the report.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="112"/>
        <source>Add action {name}</source>
        <translation>Add action {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="126"/>
        <source>Edit action {name}</source>
        <translation>Edit action {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="138"/>
        <source>Bring back action {name}</source>
        <translation>Bring back action {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="139"/>
        <source>Archive action {name}</source>
        <translation>Archive action {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="177"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="185"/>
        <source>Our estimate (assumption)</source>
        <translation>Our estimate (assumption)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="187"/>
        <source>{grams} g per {unit}</source>
        <translation>{grams} g per {unit}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="189"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/own_actions.py" line="189"/>
        <source>offered</source>
        <translation>offered</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../greenlife/ui/reminder.py" line="80"/>
        <location filename="../../greenlife/ui/reminder.py" line="90"/>
        <source>GreenLife</source>
        <translation>GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/reminder.py" line="81"/>
        <source>Nobody has logged a green action today. A walk, a sorted bin, a clean plate?</source>
        <translation>Nobody has logged a green action today. A walk, a sorted bin, a clean plate?</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <location filename="../../greenlife/ui/models/rewards.py" line="22"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/models/rewards.py" line="22"/>
        <source>Price (points)</source>
        <translation>Price (points)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="38"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="49"/>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="58"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="59"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="60"/>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="61"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="242"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="62"/>
        <source>Goal…</source>
        <translation>Goal…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="63"/>
        <source>The member&apos;s own weekly goal (optional)</source>
        <translation>The member&apos;s own weekly goal (optional)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="65"/>
        <source>Archived members keep their history and leave the pickers</source>
        <translation>Archived members keep their history and leave the pickers</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="68"/>
        <source>Rests at weekends</source>
        <translation>Rests at weekends</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="69"/>
        <source>Saturdays and Sundays neither count nor break the member&apos;s green streak</source>
        <translation>Saturdays and Sundays neither count nor break the member&apos;s green streak</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="81"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="88"/>
        <source>Factor set</source>
        <translation>Factor set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="93"/>
        <source>Factors</source>
        <translation>Factors</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="102"/>
        <source>&amp;Edit factor…</source>
        <translation>&amp;Edit factor…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="103"/>
        <source>Add factor…</source>
        <translation>Add factor…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="104"/>
        <source>New family set…</source>
        <translation>New family set…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="111"/>
        <source>Factor set in use</source>
        <translation>Factor set in use</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="119"/>
        <source>Factors (* marks a stated assumption)</source>
        <translation>Factors (* marks a stated assumption)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="128"/>
        <source>(in memory)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="132"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="134"/>
        <source>Check data</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="135"/>
        <source>A full check of the data file; it changes nothing</source>
        <translation>A full check of the data file; it changes nothing</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="137"/>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="143"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="186"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="149"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="188"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="150"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="150"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="151"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="155"/>
        <source>Remind us at</source>
        <translation>Remind us at</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="158"/>
        <source>A notification at this hour if nobody in the family has logged anything that day</source>
        <translation>A notification at this hour if nobody in the family has logged anything that day</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="160"/>
        <source>Reminder hour</source>
        <translation>Reminder hour</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="175"/>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="180"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="182"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="227"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="393"/>
        <source>Weekly household goal</source>
        <translation>Weekly household goal</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="193"/>
        <source>Daily reminder</source>
        <translation>Daily reminder</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="196"/>
        <source>Data and language</source>
        <translation>Data and language</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/main_window.py" line="41"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="208"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/settings.py" line="226"/>
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="242"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="254"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="254"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="257"/>
        <source>Add member {name}</source>
        <translation>Add member {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="264"/>
        <source>Rename member</source>
        <translation>Rename member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="264"/>
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="268"/>
        <source>Rename {old} to {new}</source>
        <translation>Rename {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="275"/>
        <source>Colour for {name}</source>
        <translation>Colour for {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="280"/>
        <source>Change {name}&apos;s colour</source>
        <translation>Change {name}&apos;s colour</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="285"/>
        <source>Archive {name}</source>
        <translation>Archive {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="285"/>
        <source>Bring back {name}</source>
        <translation>Bring back {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="297"/>
        <source>{name} rests at weekends</source>
        <translation>{name} rests at weekends</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="298"/>
        <source>{name} no longer rests at weekends</source>
        <translation>{name} no longer rests at weekends</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="305"/>
        <location filename="../../greenlife/ui/pages/settings.py" line="319"/>
        <source>Use the factor set {name}</source>
        <translation>Use the factor set {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="309"/>
        <source>New family set</source>
        <translation>New family set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="310"/>
        <source>Name of your family&apos;s own factor set</source>
        <translation>Name of your family&apos;s own factor set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="334"/>
        <source>Change the factor {name}</source>
        <translation>Change the factor {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="343"/>
        <source>Recalculating past entries…</source>
        <translation>Recalculating past entries…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/settings.py" line="346"/>
        <source>Recalculated %n lines; the points changed by {delta}.</source>
        <translation>
            <numerusform>Recalculated %n line; the points changed by {delta}.</numerusform>
            <numerusform>Recalculated %n lines; the points changed by {delta}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="354"/>
        <source>Recalculate the lines of {name}</source>
        <translation>Recalculate the lines of {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="355"/>
        <source>Recalculate every line of the set</source>
        <translation>Recalculate every line of the set</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="365"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="369"/>
        <source>The data file is sound: no problems found.</source>
        <translation>The data file is sound: no problems found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/pages/settings.py" line="372"/>
        <source>%n problems found (nothing was changed):</source>
        <translation>
            <numerusform>%n problem found (nothing was changed):</numerusform>
            <numerusform>%n problems found (nothing was changed):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="394"/>
        <source>Weekly goal for {name}</source>
        <translation>Weekly goal for {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="395"/>
        <source>Points per week (from this week on)</source>
        <translation>Points per week (from this week on)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="402"/>
        <source>Set the weekly goal to {points}</source>
        <translation>Set the weekly goal to {points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="403"/>
        <source>Set {name}&apos;s weekly goal to {points}</source>
        <translation>Set {name}&apos;s weekly goal to {points}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="439"/>
        <source>Unavailable: this desktop has no system tray for notifications.</source>
        <translation>Unavailable: this desktop has no system tray for notifications.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="442"/>
        <source>If nobody has logged anything by {hour}, a notification says so, once that day.</source>
        <translation>If nobody has logged anything by {hour}, a notification says so, once that day.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="445"/>
        <source>Off.</source>
        <translation>Off.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="448"/>
        <source>Turn the daily reminder on</source>
        <translation>Turn the daily reminder on</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="448"/>
        <source>Turn the daily reminder off</source>
        <translation>Turn the daily reminder off</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="455"/>
        <source>Set the reminder to {hour}</source>
        <translation>Set the reminder to {hour}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/pages/settings.py" line="479"/>
        <source>Language changed.</source>
        <translation>Language changed.</translation>
    </message>
</context>
<context>
    <name>StartChallengeDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="98"/>
        <source>Start a family challenge</source>
        <translation>Start a family challenge</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="102"/>
        <source>Make up our own…</source>
        <translation>Make up our own…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="113"/>
        <source>Optional: your own words for it</source>
        <translation>Optional: your own words for it</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="115"/>
        <source>&amp;Challenge</source>
        <translation>&amp;Challenge</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="115"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="116"/>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="116"/>
        <source>&amp;Days</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="117"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/challenges.py" line="123"/>
        <source>At most two challenges run at a time. Progress counts what the whole family logs from today.</source>
        <translation>At most two challenges run at a time. Progress counts what the whole family logs from today.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="47"/>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="66"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="62"/>
        <source>Undo: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="80"/>
        <source>Undone: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/checkin.py" line="82"/>
        <source>Already changed since; use Edit ▸ Undo to go back step by step.</source>
        <translation>Already changed since; use Edit ▸ Undo to go back step by step.</translation>
    </message>
</context>
<context>
    <name>UsualActionDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="159"/>
        <source>New usual action</source>
        <translation>New usual action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="160"/>
        <source>Edit usual action</source>
        <translation>Edit usual action</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="162"/>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="194"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="163"/>
        <source>e.g. To school</source>
        <translation>e.g. To school</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="165"/>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="196"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="175"/>
        <source>&amp;Add a part</source>
        <translation>&amp;Add a part</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="176"/>
        <source>Another part of the same trip or routine</source>
        <translation>Another part of the same trip or routine</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="197"/>
        <source>Parts, in order</source>
        <translation>Parts, in order</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="285"/>
        <source>Add a household member in Settings first.</source>
        <translation>Add a household member in Settings first.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="288"/>
        <source>Give the usual action a name.</source>
        <translation>Give the usual action a name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="292"/>
        <source>Enter how much for part %n.</source>
        <translation>
            <numerusform>Enter how much for part %n.</numerusform>
            <numerusform>Enter how much for part %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="294"/>
        <source>Can&apos;t save yet: correct the part marked in red.</source>
        <translation>Can&apos;t save yet: correct the part marked in red.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="297"/>
        <source>Logged in one click as %n entries.</source>
        <translation>
            <numerusform>Logged in one click as %n entry.</numerusform>
            <numerusform>Logged in one click as %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="315"/>
        <source>Add usual action {name}</source>
        <translation>Add usual action {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/usual_dialog.py" line="318"/>
        <source>Edit usual action {name}</source>
        <translation>Edit usual action {name}</translation>
    </message>
</context>
<context>
    <name>UsualActionList</name>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="169"/>
        <location filename="../../greenlife/ui/widgets/managed.py" line="183"/>
        <source>Usual actions</source>
        <translation>Usual actions</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="170"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="171"/>
        <source>A usual action of one or more parts (bike, then subway)</source>
        <translation>A usual action of one or more parts (bike, then subway)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="172"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="173"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="174"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="175"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="231"/>
        <source>Move {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="239"/>
        <source>Delete usual action?</source>
        <translation>Delete usual action?</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="240"/>
        <source>Delete the usual action {name}? Entries logged with it stay.</source>
        <translation>Delete the usual action {name}? Entries logged with it stay.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/managed.py" line="245"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="34"/>
        <source>Welcome to GreenLife</source>
        <translation>Welcome to GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="49"/>
        <source>绿色生活碳账本 · GreenLife</source>
        <translation>绿色生活碳账本 · GreenLife</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="52"/>
        <source>Keep a carbon book for your household: log commutes, waste sorting, food and efficient appliances; every gram of CO2 avoided is one point. Everything stays on this computer.</source>
        <translation>Keep a carbon book for your household: log commutes, waste sorting, food and efficient appliances; every gram of CO2 avoided is one point. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="56"/>
        <source>&amp;Create my household</source>
        <translation>&amp;Create my household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="58"/>
        <source>&amp;Try a demo household</source>
        <translation>&amp;Try a demo household</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="59"/>
        <source>Four members and a year of varied entries ending today</source>
        <translation>Four members and a year of varied entries ending today</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="73"/>
        <source>e.g. 杨家</source>
        <translation>e.g. 杨家</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="74"/>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="76"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="83"/>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="88"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="90"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="99"/>
        <source>Members (each gets a colour for the charts)</source>
        <translation>Members (each gets a colour for the charts)</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="114"/>
        <source>Name, e.g. 杨女士</source>
        <translation>Name, e.g. 杨女士</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="115"/>
        <source>Member name {n}</source>
        <translation>Member name {n}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="117"/>
        <source>Member colour {n}</source>
        <translation>Member colour {n}</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="122"/>
        <source>Member {n} is a</source>
        <translation>Member {n} is a</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="123"/>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="123"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="124"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="151"/>
        <source>Suggested weekly goal: {points} points for the household ({each}), from what a child, an adult or a senior typically saves; change it any time in Settings.</source>
        <translation>Suggested weekly goal: {points} points for the household ({each}), from what a child, an adult or a senior typically saves; change it any time in Settings.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="179"/>
        <source>Two members are called {name}; give each a different name.</source>
        <translation>Two members are called {name}; give each a different name.</translation>
    </message>
    <message>
        <location filename="../../greenlife/ui/widgets/welcome.py" line="185"/>
        <source>Enter at least one member&apos;s name.</source>
        <translation>Enter at least one member&apos;s name.</translation>
    </message>
</context>
</TS>
