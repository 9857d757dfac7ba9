<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>لوی</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>تر ټولو لوی</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>کینیا</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نیپال</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>لایبریا</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سیرالیون</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>کانګو (ډیموکراتیک جمهوریت)</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>ختیځ تیمور</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>یوګانډا</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>تانزانیا</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>فلسطین</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>موزمبیق</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>ګانا</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نایجیریا</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>زامبیا</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>clubapp ته ښه راغلاست</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>دا کمپیوټر تر اوسه کلب نه لري. څه کول غواړئ؟</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;په دې کمپیوټر کې نوی کلب جوړ کړئ (زه ښوونکی یم)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>&amp;زموږ د همکار له کلب کوډ سره موجود کلب ته وصل شئ</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>زه په یوه &amp;همکار سازمان کې کار کوم: زموږ د کلبونو ریکارډونه لوستل</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>ستاسو ښوونځی او کلب</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>هغه همکار سازمان چې تاسو یې روزلي یاست</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;ښوونځی</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>د کلب &amp;نوم</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;هېواد</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>&amp;ښار یا کلی</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;همکار سازمان</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>لومړی ښوونکی</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>کله چې کلب جوړ شي، زده کوونکي او نور ښوونکي به ورزیات کړئ.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;نوم</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;تخلص</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;کارن نوم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;پټنوم</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>پټنوم &amp;بیا</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دواړه پټنومونه یو شان نه دي.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>خپل کلب ته وصل شئ</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>ستاسو همکار سازمان هر کلب ته یو کوډ ورکوي. کمپیوټر باید یو ځل آنلاین وي.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>لکه KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>د سرور &amp;پته</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>د کلب &amp;کوډ</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>د خپل همکار حساب سره وصل شئ</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>دا کمپیوټر به ستاسو د سازمان کلبونه ترلاسه کړي (زده کوونکي په مستعار نوم).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>clubapp برابرول</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>مسوده خوندي کېږي</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>مسوده لرې کېږي</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(نمایشي)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>بیک‌اپ جوړېږي</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>نمایشي شبکه چمتو کېږي…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>نمایشي: ښوونکي د &apos;{password}&apos; سره او زده کوونکي د PIN {pin} سره ننوځي.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>نمایشي نسخه جوړېږي</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>د پروژې ځای وټاکئ</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>د ځای ټاکلو نقشه</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>تر اوسه هېڅ ټکی نه دی ټاکل شوی.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>ټاکل شوی: جغرافیایي عرض {latitude}، جغرافیایي طول {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروژې</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>ستونزې</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>د یادونو وخت رسېدلی</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بیاکتنه</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>غړي</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>شمېرې</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همغږي</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>پاڼې</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — د صداقت کلبونه</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;وتل</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>د همکار کمپیوټر: {count} کلب&lt;br&gt;&lt;small&gt;لاندې خپل کارن نوم ولیکئ&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>کلب پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>ژبه خوندي کېږي</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>لومړی دا کمپیوټر برابر کړئ: پروګرام وتړئ او بیا یې پرانیزئ.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>کلب برابر نه شو</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>کلب برابرېږي</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>clubapp خپل معلومات نه شي پرانیستلی</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>ننوتلی: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>بیک‌اپ بېرته راګرځول کېږي…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>بیک‌اپ بېرته خپل ځای ته راغی. مخکیني معلومات په {file} کې ساتل شوي دي.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>هېڅ بدلون رانغی: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>بیک‌اپ بېرته راګرځول کېږي</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>د یو څه وخت بې فعالیتۍ وروسته ووتلئ. ستاسو مسودې ساتل شوې دي.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>همغږي کېږي</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>د همغږۍ حالت لوستل کېږي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>کلب</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>سکتور</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>د ستونزې ډول</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>جدیت</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>د موندلو میاشت</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>د څارونکي جنسیت</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>د څارونکي عمر</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>له ۱۳ کم</translation>
    </message>
    <message>
        <source>13-15</source>
        <translation>۱۳-۱۵</translation>
    </message>
    <message>
        <source>16-18</source>
        <translation>۱۶-۱۸</translation>
    </message>
    <message>
        <source>over 18</source>
        <translation>له ۱۸ زیات</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ډله</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>حل شوه</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>تر یوه بریده حل شوه</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>حل نه شوه</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>لا پرانیستې</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>د حل کچه</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>د ځواب کچه</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>تر ځواب پورې منځنۍ ورځې</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>تر حل پورې منځنۍ ورځې</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ځنډېدلې</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>له {n} ستونزو کمې کچې د «ډېرې لږې» په توګه ښودل کېږي.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>ډېرې لږې</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;موندل شوې ترمنځ</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>په دې نېټه یا وروسته موندل شوې</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>په دې نېټه یا مخکې موندل شوې</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>ټول سکتورونه</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>وېشل د</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;وېشل د</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;صادرول…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>او</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>منځنۍ ورځې</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>څارل شوې پروژې</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>د ستونزو د پایلو چارټ</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>شمېرې د ډلې له مخې</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>کلبونه بارېږي</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>ټول هېوادونه</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>ټول کلبونه</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>شمېرل کېږي…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>شمېرې شمېرل کېږي</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>له {total} ستونزو {fixed} حل شوې، {partly} تر یوه بریده، {notfixed} حل نه شوې، {open} لا پرانیستې</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>له {reported} راپور شویو ستونزو {answered} ځواب ترلاسه کړ</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>ورځې تر لومړي ځواب؛ {fix} ورځې تر حل</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>راپور شوې ستونزې چې د کلب له مهاله وروسته لا په تمه دي</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>بودیجه {budgets}، {people} ګټه اخیستونکي</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>تر {day} پورې.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>ستونزې د {group} له مخې</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صادرول</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>صادرېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>صادرېږي</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>{summary} {path} ته صادر شو</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>صادرول ناکام شول</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>موندل شوې، تر اوسه راپور نه ده شوې</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>راپور شوې، د ځواب په تمه</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>ځواب ترلاسه شو</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>حل شوه او وکتل شوه</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>بیا پرانیستل شوه</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>وتړل شوه</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>تر اوسه راپور نه ده شوې</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>د ځواب په تمه</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ځواب ورکړل شو</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>حل شوه (کتل شوې)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>راپور شوې…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>یادونه ولېږل شوه</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بیا پرانیستل</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>موندل شوې</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>راپور شوې</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>حل د څارونکو له خوا وکتل شو</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ټیټ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>منځنی</translation>
    </message>
    <message>
        <source>high</source>
        <translation>لوړ</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>بحراني</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>ستونزې چاڼ کړئ: د تعقیب شمېره، سرلیک، پروژه… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>ستونزې چاڼ کړئ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ټول ډولونه</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ټول حالتونه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>د تعقیب شمېره</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ستونزه</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>انتظار (ورځې)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>ستونزې بارېږي…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>ستونزې بارېږي</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>له {total} یادونو {shown} یې وخت رسېدلی</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>{total} یادونو ته وخت رسېدلی</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>له {total} ستونزو {shown}</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>{total} ستونزې</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>د کلب د یادونې له مهاله ډېر ځواب نه دی راغلی: یادونه ولېږئ یا ځواب ثبت کړئ.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>هغه ستونزې چې داسې ادارې ته راپور شوې چې په وخت یې ځواب نه دی ورکړی. تعقیب یې کړئ: یادونه ولېږئ، یا که ځواب راغلی وي ثبت یې کړئ.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>یوه ستونزه ثبت کړئ</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>لنډ سرلیک، لکه د ټولګي په دېوالونو کې درزونه</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>څوک یې باید حل کړي</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>تاسو څه ولیدل؟ په سمه توګه چېرته؟ له هغه څه سره چې ژمنه شوې وه څنګه پرتله کېږي؟</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;ستونزه</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;ډول</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;جدیت</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>هغه څه چې تاسو &amp;ولیدل</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;مسؤل</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>د &amp;موندلو نېټه</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>هغه څه چې تاسو تېر ځل لیکلي وو بېرته راوستل شول (لا خوندي شوي نه وو).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>ستونزه خوندي کېږي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;خوندي شوه.&lt;/b&gt; د تعقیب شمېره: {number}&lt;br&gt;دا په هر هغه لیک ولیکئ چې د دې ستونزې په اړه یې لېږئ.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;تړل</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;کله</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>د لیک یا قضیې شمېره، که وي</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;چا ته</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;څنګه</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;ماخذ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;یادښت</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>ګام خوندي کېږي</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ستونزه</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>بارېږي…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>څه پېښ شول</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>ستونزه پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>ستونزه {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>د تعقیب شمېره {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>جدیت {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>مسؤل: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>{whom} ته</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>د {channel} له لارې</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>ماخذ {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>د &amp;بیاکتنې لپاره وسپارئ</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>د راجع کولو &amp;لیک (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>ونه سپارل شو</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>سپارل کېږي</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>د راجع کولو لیک خوندي کړئ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>لیک په {path} کې خوندي شو</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>لیک جوړ نه شو</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>لیک جوړېږي</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>زده کوونکی</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ښوونکی</translation>
    </message>
    <message>
        <source>student</source>
        <translation>زده کوونکی</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>ښوونکی</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>غړي چاڼ کړئ</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>هغه غړي وښیئ چې &amp;تللي دي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>زېږېدلی</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>ټولګی</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>given</source>
        <translation>ورکړل شوی</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>نشته</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>ننوتلی شي</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;غړی ورزیات کړئ…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;بدلول…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;رضایت ثبت کړئ…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>&amp;PIN یا پټنوم وټاکئ…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>د &amp;تللي په توګه نښه کړئ</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>د ټولګي لېست &amp;راوړئ (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>&amp;تصدیقنامې چاپ کړئ…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>غړي بارېږي</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} غړي</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>د {count} زده کوونکو رضایت نشته</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>د &amp;راستانه شوي په توګه نښه کړئ</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ورزیات شو.</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>غړی ورزیاتېږي</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} خوندي شو.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>غړی بدلېږي</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>رضایت ثبت کړئ</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>د {name} لپاره چا رضایت ورکړ (مور و پلار یا سرپرست)؟</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>د {name} رضایت ثبت شو.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>رضایت ثبتېږي</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>د {name} لپاره نوی PIN (لږ تر لږه ۴ عددونه):</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>د {name} لپاره نوی پټنوم (لږ تر لږه ۸ توري):</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} کولی شي په نوي PIN ننوځي.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} کولی شي په نوي پټنوم ننوځي.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>PIN یا پټنوم وټاکئ</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>PIN ټاکل کېږي</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} اوس غیرفعال دی.</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} اوس فعال دی.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>تصدیقنامې چاپ کړئ</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>یوازې د {name} لپاره تصدیقنامه چاپ شي؟

هو: یوازې دا زده کوونکی. نه: د کلب ټول فعال زده کوونکي.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>تصدیقنامې خوندي کړئ</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>تصدیقنامې جوړېږي…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>درول</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>{count} تصدیقنامې په {path} کې خوندي شوې</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>تصدیقنامې جوړې نه شوې</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>تصدیقنامې جوړېږي</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>د ټولګي لېست راوړئ</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>د ټولګي لېست (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>یو غړی بدل کړئ</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>یو غړی ورزیات کړئ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>نه دی ورکړل شوی</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;رول</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;جنسیت</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>د زېږېدو &amp;کال</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>&amp;ټولګی</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} راوړئ</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>فایل لوستل کېږي…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>کرښه</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>تخلص</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>د زېږېدو کال</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>د ټولګي د لېست کرښې</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>سمې کرښې ورزیاتې کړئ</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>دا فایل د ټولګي د لېست لپاره ډېر لوی دی (له ۵ MB زیات).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>د ټولګي لېست لوستل کېږي</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>{count} کرښې د ورزیاتولو لپاره چمتو دي</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>{count} کرښې چې ستونزه لري پرېښودل کېږي (په فایل کې یې سمې کړئ او بیا یې راوړئ)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>غړي ورزیاتېږي</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>د ټولګي له لېست {count} غړي ورزیات شول.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>ایا د پروژې اسناد شتون درلود؟</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>ایا ټولنه ګډون ته رابلل شوې وه؟</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>ایا کار له مشخصاتو سره سمون لري؟</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>ایا ګټه اخیستونکي راضي دي؟</translation>
    </message>
    <message>
        <source>before</source>
        <translation>مخکې</translation>
    </message>
    <message>
        <source>after</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;انځورونه ورزیات کړئ…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>انځورونه ښیي</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>مخکې (ستونزه)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>وروسته (حل)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>انځورونه دلته راوغورځوئ، یا «انځورونه ورزیات کړئ» وکاروئ. د لوی لیدو لپاره په انځور دوه ځله کلیک وکړئ.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>انځورونه</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>انځورونه بارېږي</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>نېټه نامعلومه</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>تر اوسه انځور نشته. انځورونه دلته راوغورځوئ، یا «انځورونه ورزیات کړئ» وکاروئ.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>انځورونه ورزیات کړئ</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>انځورونه راوړل کېږي…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>له {total} انځورونو {number} انځور راوړل کېږي: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>انځورونه راوړل کېږي</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} انځورونه ورزیات شول.</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>ورزیات نه شو: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>یادښت: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>له پای مخکې ودرېد؛ پورته انځورونه ورزیات شول.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>انځور</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>ځای نه لري</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>اخیستل شوی {when}، {where}؛ {width}×{height} پکسله</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;تشریح:</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>انځور پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>تشریح خوندي نه شوه</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>تشریح خوندي کېږي</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>د څارنې یوه لیدنه ثبت کړئ</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>د لیدنې &amp;نېټه</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;یادښتونه</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>څوک ورغلل</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>لیدنه خوندي کېږي</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>جزئیات &amp;سمول</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>یوه &amp;لیدنه ثبت کړئ</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>یوه &amp;ستونزه ثبت کړئ</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>د پروژې &amp;راپور (PDF)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;جزئیات</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;انځورونه</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>لیدنې</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>&amp;لیدنې</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>&amp;ستونزې</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>پروژه پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>پروژه: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>د {day} لیدنه</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>حاضر: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>بیاکتنه: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>تر اوسه هېڅ لیدنه نه ده ثبت شوې.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>&amp;لیدنې ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>ستاسو ښوونکي ته د بیاکتنې لپاره ولېږل شو.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>د پروژې راپور خوندي کړئ</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>راپور په {path} کې خوندي شو</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>راپور جوړ نه شو</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>راپور جوړېږي</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسوده</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>د بیاکتنې په تمه</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>بېرته ولېږل شو</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شو</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>پروژې چاڼ کړئ: هر کلمه ولیکئ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>پروژې چاڼ کړئ</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;نوې پروژه</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>مسؤل اداره</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>پرانیستې ستونزې</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>ټولې ستونزې</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>پروژې بارېږي…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>پروژې بارېږي</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>له {total} پروژو {shown}</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>{total} پروژې</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>د پروژې جزئیات بدل کړئ</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>نوې پروژه</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>لکه د رورینګو لومړني ښوونځي دوه ټولګیزه ودانۍ</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>مسؤل دفتر، لکه د ولایت د پوهنې ریاست</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>قراردادي یا اداره چې کار کوي</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>لکه 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>څومره خلکو ته خدمت کوي</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>لکه -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>لکه 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>د پروژې &amp;نوم</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;سکتور</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>&amp;حالت</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;ډول</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>هغه څه چې &amp;ژمنه شوې وه</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>مسؤله &amp;اداره</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>&amp;قراردادي یا اداره</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>د تمویل &amp;سرچینه</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;بودیجه</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;پیسې (اسعار)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>پلان شوی پیل</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پلان شوی پای</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>اصلي پیل</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>اصلي پای</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>ګټه &amp;اخیستونکي</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>&amp;پته یا ځای</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>جغرافیایي &amp;عرض</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>جغرافیایي &amp;طول</translation>
    </message>
    <message>
        <source>Look up the &amp;map position</source>
        <translation>په &amp;نقشه کې ځای ومومئ</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>په &amp;نقشه کې یې وټاکئ…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>جغرافیایي عرض او طول عددونه دي، لکه -0.4197 او 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>د ګټه اخیستونکو شمېر بشپړ عدد دی.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>پروژه خوندي کېږي</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>پروژه خوندي شوه.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>د پتې لټون شتون نه لري؛ جغرافیایي عرض او طول ولیکئ.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>پته لټول کېږي… (تاسو لیکل جاري ساتلی شئ)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>پته لټول کېږي</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>ځای په نقشه کې وټاکل شو.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>وموندل شو: {place} (مخکې خوندي شوی)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>وموندل شو: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>نه دی ټاکل شوی</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>له {start} تر {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>قراردادي یا اداره</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>تمویل</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودیجه</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>پلان شوی</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>اصلي</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>ګټه اخیستونکي</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>لیدنه</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>د سمولو لپاره بېرته ولېږل شو</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>تر اوسه نه دی سپارل شوی</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>هغه کار چې ستاسو زده کوونکو د بیاکتنې لپاره لېږلی. یو یې پرانیزئ چې وګورئ څه بدل شوي، بیا یې منظور کړئ یا یې له نظر سره بېرته ولېږئ.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>هغه کار چې ستاسو ښوونکي بېرته درلېږلی (نظر ولولئ، سم یې کړئ، او بیا یې وسپارئ)، او هغه کار چې تاسو تر اوسه نه دی سپارلی.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>څه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>له خوا</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>لېږل شوی</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>د بیاکتنې کار</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>د ټاکل شوي توکي جزئیات</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;منظورول</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>له نظر سره &amp;بېرته لېږل…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>بیا &amp;سپارل</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>بیاکتنې بارېږي</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} په تمه</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} د ترسره کولو لپاره</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>له لېست څخه یو توکی وټاکئ.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>د ښوونکي نظر:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>له منظورېدو وروسته بدل شوي:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>نوی: مخکې نه دی منظور شوی.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>لیدنې د خپلې پروژې په کړکۍ کې ښودل کېږي.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>منظور شو: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>منظور نه شو</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>منظورېږي</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>له نظر سره بېرته لېږل</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>زده کوونکی باید څه بدل کړي؟</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>بېرته ولېږل شو: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>بېرته ونه لېږل شو</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>بېرته لېږل کېږي</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>د بیاکتنې لپاره ولېږل شو: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>د کمپیوټر ژبه</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ورځې</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (د آفلاین کار لپاره یې تش پرېږدئ)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>په اوږده اړخ {size} پکسله</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقې</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ژبه</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>تصدیقنامې او لیکونه په دې &amp;ژبه چاپ کړئ</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>لوی &amp;متن</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;یادونه د هغې ستونزې لپاره چې ځواب یې نه دی راغلی، وروسته له</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>د سرور &amp;پته</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>د انځور &amp;اندازه</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>د بې &amp;فعالیتۍ وروسته وتل، موده</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>د ژبې بدلون بل ځل چې پروګرام پرانیستل شي پلی کېږي. د متن اندازه سمدستي بدلېږي.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>امستنې &amp;خوندي کړئ</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>امستنې لوستل کېږي</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>امستنې خوندي نه شوې</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>امستنې خوندي کېږي</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>امستنې خوندي شوې.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>د دې کمپیوټر د معلوماتو بیک‌اپونه</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>clubapp هره ورځ چې پرانیستل شي یو بیک‌اپ جوړوي.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>اوس &amp;بیک‌اپ جوړ کړئ</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>بیک‌اپ &amp;بېرته راوګرځوئ…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>بیک‌اپ ولیکل شو: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>بیک‌اپ جوړ نه شو</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>بیک‌اپونه</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>بیک‌اپونه لوستل کېږي</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ورځنی</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>په لاس جوړ شوی</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>له بېرته راګرځولو مخکې</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} MB</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>تر اوسه بیک‌اپ نشته. لومړی «اوس بیک‌اپ جوړ کړئ» وکاروئ.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بیک‌اپ بېرته راوګرځوئ</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>کوم بیک‌اپ بېرته راشي؟</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>د {when} معلومات بېرته راوګرځول شي؟

په دې کمپیوټر کې هر څه هغې شېبې ته ورګرځي او تاسو وځئ. هغه څه چې له هغه وخته همغږي شوي، په راتلونکې همغږۍ کې بېرته راځي. اوسني معلومات د بیک‌اپ په توګه ساتل کېږي، نو دا کار بېرته اړول کېدای شي.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>{changes} بدلونونه او {photos} انځورونه د لېږلو په تمه</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>آفلاین کار (سرور نه دی ټاکل شوی)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>وروستۍ همغږي: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>د همغږۍ حالت</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>اوس &amp;همغږي کړئ</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;درول</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>د همغږۍ پرمختګ</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>د کلب هغه کوډ چې همکار مو درکړی، لکه KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>دا کمپیوټر کلب ته &amp;وصل کړئ</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>رد شوي ریکارډونه او ټکرونه</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>دا نسخه یوازې آفلاین کار کوي: د سرور اړیکه نه ده نصب شوې.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>د سرور له خوا رد شوي</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>د کتلو وړ ټکرونه</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>هېڅ شی رد نه دی شوی، هېڅ ټکر نشته.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>همغږي پای ته ورسېده: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>همغږي پای ته ونه رسېده</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>هېڅ شی ورک نه شو: هغه څه چې ونه لېږل شول لا په تمه دي او بل ځل به ولېږل شي.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>دا کمپیوټر کلب ته وصل دی.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>وصل نه دی</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>وصلېږي</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ښه راغلاست</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>۱. خپل &amp;نوم وټاکئ:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ستاسو نوم</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…یا خپل کارن نوم ولیکئ (د همکار کارکوونکي)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>کارن نوم (د همکار کارکوونکي)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>۲. خپل &amp;PIN یا پټنوم ولیکئ:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN یا پټنوم</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;ننوتل</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>نومونه بارېږي</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(ښوونکی)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>۲. خپل &amp;PIN ولیکئ:</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>۲. خپل &amp;پټنوم ولیکئ:</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>لومړی خپل نوم وټاکئ.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>کتل کېږي…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>ننوتل کېږي</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>بیا هڅه وکړئ، یا له خپل ښوونکي وغواړئ چې ستاسو PIN له سره وټاکي.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>د {task} پر مهال یوه ستونزه پېښه شوه. جزئیات په لاګ کې دي؛ بیا هڅه وکړئ، او که بیا پېښ شو خپل ښوونکي ته ووایاست.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>لیک</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>غونډه</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>ټیلیفوني اړیکه</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>لنډ پیغام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>آنلاین فورمه</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>راډیو یا ورځپاڼه</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>CSV فایلونه (یوه پوښۍ، یا .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel کاري کتاب (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>د GeoJSON نقشې پوړ (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ښځینه</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>نارینه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>نور</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>نه غواړم ووایم</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>کار ځنډېدلی یا ودرېدلی</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>د کار یا موادو ټیټ کیفیت</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>کار نیمګړی پاتې شوی</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>پروژه پرېښودل شوې</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>له مشخصاتو سره سمون نه لري</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>د پیسو حساب نه دی ورکړل شوی</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>د پروژې معلومات عامه نه دي</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>امنیتي خطر</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>ټولو ته د لاسرسي وړ نه دی</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>مات او ناساتل شوی</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>چاپېریال ته زیان</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>بله ستونزه</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ټیټ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>منځنی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>لوړ</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>بحراني (خلکو ته خطر)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>پوهنه</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>روغتیا</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>انرژي</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>لمریزه انرژي</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>د باد انرژي</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>د اوبو برېښنا</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>ژوندي کتلې انرژي</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>د ځمکې د تودوخې انرژي</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>مخابرات</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>اوبه او حفظ الصحه</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>عامه ودانۍ او خدمتونه</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>اقتصاد او کرهنه</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>کلتور، سپورت او تفریح</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ټرانسپورټ</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>هوايي ټرانسپورټ</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>اوبیز ټرانسپورټ</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>د اورګاډي ټرانسپورټ</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>سړکونه او پلونه</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>ښاري ټرانسپورټ</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>کم کاربنه ټرانسپورټ</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>ټولنیز کورونه</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>طبیعي سرچینې</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>د سېلاب پر وړاندې ساتنه</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>د چمتو کېدو په حال کې</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>د جوړېدو په حال کې</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>بشپړ شوی</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>په کار کې</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>له کاره وتلو په حال کې</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>له کاره وتلی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوه شوی</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>نوې جوړونه</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>بیا رغونه</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>ځای ناستی</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>پراختیا</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>له کاره ایستل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>تر یوه بریده</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>نه پوهېږم</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>په {folder} کې ډېټابیس خراب دی: د هغه بېک‌اپ به هم خراب وای، نو هېڅ جوړ نه شو. تر ټولو نوی روغ بېک‌اپ د `clubapp restore FILE` په مرسته بېرته راولئ (`clubapp backup --list` وګورئ).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} بېرته راوستل شو. خراب ډېټابیس {kept} ته ولېږدول شو.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} بېرته راوستل شو. پخوانی ډېټابیس په {kept} کې ساتل شوی (د بېرته کولو لپاره يې راولئ).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>خبرداری: هغه کوډ چې د --code سره ورکړل شي، تر هغه چې کمانډ روان وي، په دې کمپیوټر کې هر څوک یې لیدلی شي. --code مه لیکئ او کله چې وپوښتل شو کوډ ولیکئ، یا یې د pipe له لارې ورکړئ.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>د ثبت کوډ (د لیکلو پر مهال نه ښکاري): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>د ثبت کوډ ورنه کړل شو: هېڅ بدلون رانغی. هغه کوډ ولیکئ چې همکار سازمان درکړی.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>خبرداری: {server} په https:// نه دی: کوډ او هر ریکارډ به بې کوډه له شبکې تېر شي. د سرور https:// پته وغواړئ.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>د صادرولو لپاره پروژه نشته (OC4IDS لږ تر لږه یوه ته اړتیا لري).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>نقشه PDF ته چاپ نه شوه.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>جنوري</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبروري</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>اپرېل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>می</translation>
    </message>
    <message>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <source>July</source>
        <translation>جولای</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اګست</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سېپتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>؛ {count} انځور لا په سرور کې نشته (په وروسته همغږۍ کې راځي، کله چې هغه کمپیوټر یې ولېږي چې اخیستی یې دی)</numerusform>
            <numerusform>؛ {count} انځورونه لا په سرور کې نشته (په وروسته همغږۍ کې راځي، کله چې هغه کمپیوټر یې ولېږي چې اخیستي یې دي)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>بحراني ستونزه پرانیستې ده</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>جدي ستونزه پرانیستې ده</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>ستونزه پرانیستې ده</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>وړه ستونزه پرانیستې ده</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>ټولې ستونزې حل یا تړل شوې</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>هېڅ ستونزه نه ده ثبت شوې</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>هغه پروژې چې د صداقت کلبونه یې څاري</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} زده کوونکی</numerusform>
            <numerusform>{count} زده کوونکي</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>تر ټولو بده پرانیستې ستونزه</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>هغه پروژې چې {club} یې څاري</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} بې ځایه</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>تر ټولو بده پرانیستې: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>د صداقت کلب تصدیقنامې</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>د ټولنیزې څارنې تصدیقنامه</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>تصدیق کېږي چې</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>مننه چې مو مرسته وکړه چې عامه پیسې هغو خلکو ته ورسېږي چې ورته ټاکل شوې وې.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>په ټولنه کې یې عامه پروژې وڅارلې {period}: {visits}، {reported}، او {fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>د {club} غړی</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>له {start} تر {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>تر {date} پورې</translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} د څارنې لیدنه</numerusform>
            <numerusform>{count} د څارنې لیدنې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} ستونزه ثبت او راپور شوه</numerusform>
            <numerusform>{count} ستونزې ثبت او راپور شوې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} ستونزه تر حل پورې تعقیب شوه</numerusform>
            <numerusform>{count} ستونزې تر حل پورې تعقیب شوې</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>ښوونکی، {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>تصدیقنامه {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>د تایید کوډ {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>وې ګورئ: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>د کلب له خوا موندل شوې</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>راپور شوې</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>ځواب ترلاسه شو</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>یادونه ولېږل شوه</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>حل شوه</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>تر یوه بریده حل شوه</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>حل نه شوه</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>حل د کلب له خوا وکتل شو</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>بیا پرانیستل شوه</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>وتړل شوه</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ته:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>درنو ښاغلو یا مېرمنو،</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>ستونزه</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>هغه څه چې موږ ولیدل</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>په درناوي،</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} {whom} ته</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} د {channel} له لارې</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>مسؤله اداره</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>تر اوسه څه شوي:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>موضوع: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>د تعقیب شمېره: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>موږ {club} یو، هغه زده کوونکي چې له خپلو ښوونکو سره په خپله ټولنه کې عامه پروژې څارو. په {date} موږ د «{project}» پروژې لیدنه وکړه او یوه ستونزه مو وموندله چې له تاسو غواړو ور وګورئ.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>مننه به مو وي که تر {date} پورې ځواب راکړئ او ووایاست چې څه به وشي او کله. مهرباني وکړئ په خپل ځواب کې د تعقیب شمېره {number} یاده کړئ، څو ستونزه تر حل پورې تعقیب کړو.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>د {club} په استازیتوب</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>د راجع کولو لیک {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>د ستونزې انځورونه ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>مخکینی انځور</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>وروستی انځور</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>انځورونه: مخکې او وروسته</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>د څارنې لیدنې</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>موندل شوې ستونزې</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>انځورونه: مخکې</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>انځورونه: وروسته</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>هېڅ ځای نه دی ثبت شوی.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>هېڅ ستونزه نه ده ثبت شوې.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>چاپ شوی {date}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>مخکې</translation>
    </message>
    <message>
        <source>After</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>{found} موندل شوې، {fixed} حل یا تړل شوې</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>د پروژې راپور: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>کارن نوم اړین دی.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>پټنوم لږ تر لږه {count} توري ته اړتیا لري.</numerusform>
            <numerusform>پټنوم لږ تر لږه {count} تورو ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>دا نوم او پټنوم سره سمون نه لري.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>د همکار کارکوونکو یا مدیرانو حسابونه جوړول</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>حسابونه جوړول</translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>PIN لږ تر لږه {count} عدد ته اړتیا لري.</numerusform>
            <numerusform>PIN لږ تر لږه {count} عددونو ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>دا حساب نور شتون نه لري.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>PIN یا پټنوم له سره ټاکل</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>کارن نوم &apos;{username}&apos; مخکې نیول شوی.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>تاسو یوازې د خپل کلب ریکارډونه لیدلی شئ.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>د همکار کارکوونکو حسابونه د کلب ریکارډونه لوستلی شي خو بدلولی یې نه شي.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>تاسو یوازې د خپل کلب ریکارډونه بدلولی شئ.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>یوازې ښوونکی کولی شي {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>ښوونکی یوازې په خپل کلب کې کولی شي {action}.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>یوازې مدیر کولی شي {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>بیک‌اپونه وګوري</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>بیک‌اپ جوړ کړي</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>بیک‌اپ بېرته راوګرځوي</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>تصدیقنامې چاپ کړي</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>دا د تایید سم کوډ نه دی: وګورئ چې بالکل لکه چاپ شوی ولیکل شوی وي.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>دا کلب په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>په دې شبکه کې د دې کوډ سره هېڅ تصدیقنامه نه ده صادره شوې (تر هغه ځایه چې دا کمپیوټر پوهېږي: همغږي وکړئ، بیا هڅه وکړئ).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>اصلي: تصدیقنامه {number} د {student} لپاره، {club}، په {date} صادره شوې.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>ځینې ټاکل شوي کسان د دې کلب زده کوونکي نه دي.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>تصدیقنامه {number} بېرته واخیستل شوه.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>د ټولګي لېست راوړي</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>دا متني فایل نه دی: د ټولګي لېست له سپرېډشیټ څخه د CSV په توګه خوندي کړئ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل تش دی.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>لومړۍ کرښه باید د ستنو نومونه ولري؛ یو یې باید &apos;Given name&apos; (یا &apos;First name&apos;) وي. نور: Family name، Gender، Birth year، Grade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>جنسیت &apos;{value}&apos; له female، male، other څخه یو نه دی</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>د {line} کرښې په څېر نوم</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>دا فایل د ټولګي د لېست (CSV) په توګه ونه لوستل شو. په سپرېډشیټ کې یې پرانیزئ او بیا یې د CSV په توګه خوندي کړئ. ({reason})</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>دا داسې انځور نه دی چې clubapp يې ولولي (JPEG، PNG، WebP، TIFF، BMP، GIF، HEIC)</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>سرور دا نه لري.</translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>د ټولګي لېست تر ټولو ډېر {count} کرښه لري؛ فایل ووېشئ.</numerusform>
            <numerusform>د ټولګي لېست تر ټولو ډېر {count} کرښې لري؛ فایل ووېشئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>د زېږېدو کال &apos;{value}&apos; کال نه دی</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>همکار سازمانونه ورزیات کړي</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>کلبونه جوړ کړي</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>هېواد وټاکئ (دوه توريز کوډ لکه KE، NP یا LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>دا کلب په دې کمپیوټر کې نشته، یا تاسو یې نه شئ لیدلی.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>د کلب امستنې بدلې کړي</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>د سازمان نوم</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>د ښوونځي نوم</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>د کلب نوم</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>د ښوونکي نوم</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>یو کارن نوم</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>د ۱ او ۳۶۵ ورځو ترمنځ وټاکئ.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>دا همکار سازمان شتون نه لري.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>دا کلب مخکې ښوونکی لري؛ له هغه وغواړئ چې تاسو ورزیات کړي.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>صادرات ښوونکي او د همکار کارکوونکي جوړوي.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>له دې څخه یو وټاکئ: {choices}.</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>د همکار کارکوونکو کمپیوټرونه د USB کڅوړې نه کاروي.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>دا بېرته راګرځېدونکې کڅوړه ده چې سرور د یوه کمپیوټر لپاره لیکلې: هغه کمپیوټر ته یې یوسئ.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>دا کڅوړه له داسې کمپیوټر څخه راغلې چې دا سرور یې نه پېژني.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>د همکار کارکوونکو کمپیوټرونه کڅوړې نه لېږي.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>دا کمپیوټر په دې سرور کې د کڅوړې کیلي نه لري: یو ځل آنلاین همغږي وکړئ، بیا کڅوړه بیا صادره کړئ.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>د دې کڅوړې بدلونونه په هغه بڼه نه دي چې clubapp یې لیکي.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>دې کمپیوټر مخکې د کڅوړو نورې کیلي ثبت کړې وې: بیا یې ثبت کړئ.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>دا کڅوړه له هغه کمپیوټر راغلې چې په {date} لغوه شوی: له هغه هېڅ نه منل کېږي. که باید همغږي وکړي، کمپیوټر بیا ثبت کړئ.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>د لټون لپاره یوه پته یا د ځای نوم ولیکئ.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>پته ونه لټول شوه (انټرنېټ نشته، یا د نقشې خدمت ځواب ورنه کړ). پر ځای یې جغرافیایي عرض او طول ولیکئ، یا کله چې آنلاین شوئ بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>د &apos;{address}&apos; په نوم هېڅ ځای ونه موندل شو. املا وګورئ، یا مختصات ولیکئ.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>لنډ سرلیک</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>د ستونزې ډول</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>جدیت</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>د موندلو ورځ</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>چا ته ولېږل شوه</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>دا ستونزه نور په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>دا پروژه نور په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>د اړیکې لاره</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>دا د تعقیب شمېره نه ده (د لیکلو تېروتنه وګورئ).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>نېټه د ستونزې له موندلو مخکې ده.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>هغه ستونزه چې «{status}» ده، بل ګام کې «{step}» نه شي نښه کېدای.</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>په دې کمپیوټر کې {number} ستونزه نشته.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>د سرور پته په https:// (یا http://) پیلېږي.</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>د ۱ او ۲۴۰ دقیقو ترمنځ وټاکئ.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>له {choices} پکسلو یو وټاکئ.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>غړي ورزیات کړي</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>تخلص</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>ټولګی</translation>
    </message>
    <message>
        <source>role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>غړي سم کړي</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>رضایت ثبت کړي</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>غړي غیرفعال کړي</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>د یوه غړي شخصي معلومات پاک کړي</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>دا غړی نور په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>مهرباني وکړئ، د {first} او {last} ترمنځ د زېږېدو کال.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>د دې غړي شخصي معلومات پاک شوي: بیا نه شي ډکېدای.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>ولیکئ چې چا رضایت ورکړ (مور و پلار یا سرپرست).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>د انځور GPS ځای ناشونی دی او له پامه وغورځول شو</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} زیات شول، {there} مخکې وو، {failed} نه وارد شول</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>د انځور GPS ځای نه لوستل کېږي او له پامه وغورځول شو</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>انځور د خوندي پرانیستلو لپاره ډېر لوی دی</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>د دې عکس انځور تر اوسه دې کمپیوټر ته نه دی رسېدلی (له راتلونکې همغږۍ سره راځي).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>فایل ډېر لوی دی ({size} MB؛ تر ټولو ډېر {limit} MB)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>دا HEIC انځور په دې کمپیوټر نه لوستل کېږي؛ په iPhone کې Settings &gt; Camera &gt; Formats &gt; Most Compatible وټاکئ، یا يې د JPEG په توګه ولېږئ</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>شاهد یا &apos;before&apos; (مخکې) دی یا &apos;after&apos; (وروسته).</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>هغه پروژه وټاکئ چې انځورونه یې دي.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>دا انځور نور په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>انځور خراب یا نیمګړی دی ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>فایل شتون نه لري</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>دا لیدنه نور په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>د {kind} انځورونه نه منل کېږي؛ د JPEG په توګه یې خوندي کړئ</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>انځور ډېر لوی دی ({width} x {height} پکسله)</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>فایل ډېر لوی دی (تر ټولو ډېر {limit} MB)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>فایل ونه لوستل شو ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>د پروژې له ځایه {distance} km لرې اخیستل شوی</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>بودیجه</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>د پیسو درې توريز کوډ وکاروئ، لکه KES، NPR، LRD، USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>ووایاست چې بودیجه په کومو پیسو ده.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>د هېواد دوه توريز کوډ وکاروئ، لکه KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>د ګټه اخیستونکو شمېر باید صفر یا ډېر وي.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>د پروژې نوم</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>سکتور</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>د پروژې حالت</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>د پروژې ډول</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>پلان شوی پیل</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>پلان شوی پای</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>اصلي پیل</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>اصلي پای</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>اصلي پیل</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>دا مختصات له کلب څخه {distance} km لرې دي؛ داسې ښکاري چې جغرافیایي عرض او طول سره بدل شوي ({latitude}، {longitude} وازمویئ).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>منظوره پروژه یوازې ښوونکی لرې کولی شي.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>سپارل شوي کارونه منظور یا بېرته ولېږي</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>دا مخکې د ښوونکي د بیاکتنې په تمه ده.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>ووایاست چې زده کوونکی باید څه بدل کړي.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>یوازې سپارل شوی ریکارډ منظورېدای یا بېرته لېږل کېدای شي.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>دا ریکارډ په دې کمپیوټر کې نشته، یا تاسو یې نه شئ لیدلی.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>دا {kind} نور په دې کمپیوټر کې نشته.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>د «{kind}» ریکارډونو بیاکتنه نه کېږي.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. وګورئ چې ډیسک خالي ځای لري.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>بېک‌اپ ونه لیکل شو: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>بېک‌اپ بېرته رانه وستل شو: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>هغه ډیسک چې {folder} پکې دی ډک دی: وروستی بدلون خوندي نه شو، بل څه ورک نه شول. یو څه ځای خالي کړئ (غیر ضروري فایلونه ړنګ کړئ، د کثافاتو سطل خالي کړئ)، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>clubapp په {folder} کې لیکلی نه شي: فولډر یا د هغه ډیسک یوازې د لوستلو دی، یا دا حساب يې بدلولی نه شي. هېڅ بدلون نه دی راغلی. فولډر د لیکلو وړ کړئ (یا د --data-dir سره بل وټاکئ)، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>په {folder} کې د clubapp ډېټابیس خراب دی ({reason}). هېڅ بدلون نه دی راغلی. تر ټولو نوی روغ بېک‌اپ بېرته راولئ: `clubapp backup --list` يې ښيي، `clubapp restore FILE` یو بېرته راولي.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>clubapp ونه شو کولی {folder} وکاروي ({reason}). هېڅ بدلون نه دی راغلی؛ فولډر او ډیسک يې وګورئ، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>دا کڅوړه دې کمپیوټر د سرور لپاره لیکلې، د سرور ځواب نه دی: لومړی یې سرور ته یوسئ.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>دا کڅوړه د clubapp بلې نسخې لیکلې: په دواړو خواوو کې clubapp تازه کړئ، بیا کڅوړه بیا صادره کړئ.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>د دې کڅوړې یوه برخه له لاسلیک وروسته بدله شوې.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>دا کڅوړه داسې برخې لري چې لاسلیک یې نه پوښي (یا ځینې هغه نه لري چې لېست کړي یې دي).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>هغه کیلي چې دې کڅوړې ته اړینه ده خرابه ده: د نوې کولو لپاره یو ځل آنلاین همغږي وکړئ.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>دا کڅوړه د دې کمپیوټر په کیلي نه پرانیستل کېږي: د دې کمپیوټر لپاره نه ده، یا بدله شوې.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>د دې کڅوړې لاسلیک خراب دی.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>د دې کڅوړې لاسلیک سمون نه خوري: بدله شوې، یا هغه کمپیوټر یا سرور نه ده جوړه کړې چې نوم یې اخلي.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>دا کمپیوټر تر اوسه د USB کڅوړو کیلي نه لري: ثبت یې کړئ (آنلاین) یا یو ځل آنلاین همغږي وکړئ، بیا کڅوړې وکاروئ.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>د دې معلوماتو پوښۍ بله همغږي لا روانه ده (پروګرام، یا بل کمانډ): انتظار وکړئ چې پای ته ورسېږي، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>clubapp نه شي کولی په خپله د معلوماتو پوښۍ ({folder}) کې ولیکي: {reason}. وګورئ چې پوښۍ شته، یوازې د لوستلو نه ده او ډیسک خالي ځای لري.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>سرور د دې کلب لپاره د دې انځور ریکارډ نه لري ({reason})؛ په دې کمپیوټر کې پاتې کېږي او په راتلونکې همغږۍ کې بیا هڅه کېږي.</translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} او {photos_sent} ولېږل شول، {pulled} او {photos_received} ترلاسه شول</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} د {students} رضایت ته په تمه: د غړو په پاڼه کې یې ثبت کړئ، بیا همغږي وکړئ</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>په نقشه کې {count} پروژه</numerusform>
            <numerusform>په نقشه کې {count} پروژې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>له {total} ستونزې {open} پرانیستې</numerusform>
            <numerusform>له {total} ستونزو {open} پرانیستې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>ډېرې ناسمې هڅې. {seconds} ثانیه انتظار وکړئ، بیا هڅه وکړئ.</numerusform>
            <numerusform>ډېرې ناسمې هڅې. {seconds} ثانیې انتظار وکړئ، بیا هڅه وکړئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>دواړه جغرافیایي عرض او طول ورکړئ، یا هېڅ یو.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>جغرافیایي عرض او طول باید عددونه وي.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} اړین دی.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} ډېر اوږد دی ({length} توری؛ تر ټولو ډېر {limit}).</numerusform>
            <numerusform>{label} ډېر اوږد دی ({length} توري؛ تر ټولو ډېر {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>&apos;{value}&apos; پېژندل شوی {label} نه دی.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} په راتلونکي کې نه شي کېدای.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second} له {first} مخکې دی.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>ایا جغرافیایي عرض او طول سره بدل شوي وو؟</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} باید عدد وي.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} منفي نه شي کېدای.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} ډېر لوی دی.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>جغرافیایي عرض باید د -90 او 90 ترمنځ وي ({value} ورکړل شو).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>جغرافیایي طول باید د -180 او 180 ترمنځ وي ({value} ورکړل شو).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>د لیدنې نېټه</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ځواب</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>یوازې د کلب غړي د حاضرو په توګه لېست کېدای شي.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} شتون نه لري.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} خراب دی ({reason})؛ بل بیک‌اپ وټاکئ.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} د clubapp بیک‌اپ نه دی.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} د clubapp بیک‌اپ نه دی ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>دا د همغږۍ کڅوړه نه ده (نشته، یا ډېره لویه ده).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>دا کڅوړه د بل کمپیوټر لپاره جوړه شوې ده.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>دا فایل د clubapp د همغږۍ کڅوړه نه ده، یا خرابه ده.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>په نامعلوم وخت</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>؛ سرور له یوه زاړه بیک‌اپ څخه بېرته راګرځول شوی و: د دې کمپیوټر ریکارډونه بیا ولېږل شول</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (ودرول شو)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>دا کمپیوټر تر اوسه په سرور کې له کوم کلب سره نه دی وصل: لومړی یې ثبت کړئ.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>د ورزیاتولو وروسته یې فایل په دې کمپیوټر کې بدل یا خراب شوی: انځور بیا له کمرې یا ټیلیفون څخه ورزیات کړئ.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>شبکې یوه غوښتنه د ډېر لوی په توګه رد کړه.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>، {count} رد شوي</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>یو انځور خراب ورسېد؛ بیا همغږي وکړئ چې بیا راوړل شي.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>clubapp تازه کړئ: سرور نوې نسخې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>سرور دا کمپیوټر رد کړ: بیا یې ثبت کړئ.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>د سرور ځواب خراب و؛ بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>انځور {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}، {field}: {kept} وساتل شو (خوندي شوی {kept_at})؛ کمپیوټر {device} {other} ولیکل ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>بدلونونه لېږل کېږي: له {total} {done}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>انځورونه ترلاسه کېږي: له {total} {done}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>سرور له تېروتنې سره ځواب ورکړ ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>یو بدلون له هغه لوی دی چې شبکه یې اجازه ورکوي؛ په کتار کې پاتې کېږي.</translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} بدلون</numerusform>
            <numerusform>{count} بدلونونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} انځور</numerusform>
            <numerusform>{count} انځورونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>ترلاسه کېږي: {count} ریکارډ</numerusform>
            <numerusform>ترلاسه کېږي: {count} ریکارډونه</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>انځورونه لېږل کېږي: له {total} KB {done}</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>سرور ته لاسرسی ونه شو ({reason}). هېڅ شی ورک نه شو: هغه څه چې نه دي لېږل شوي په کتار کې پاتې کېږي؛ کله چې اړیکه بېرته راشي بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>یو انځور ونه لېږل شو ({reason}). نور ریکارډونه ولېږل شول.</translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>د OC4IDS پروژې کڅوړه (.json، یا له انځورونو سره .zip)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>انځورونه (د هغو فایلونو .zip چې جدولونه یې نوموي)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>د OC4IDS پروژو پېژندنې ستاسو د سازمان په ثبت شوي مختاړي پیلېږي: oc4ids- او ۶ توري یا عددونه (لکه oc4ids-ab12cd)، چې Open Contracting Partnership یې ورکوي. یو ځل یې د `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd` سره وټاکئ.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>بنسټیزه پته په https:// پیلېږي او هغه پوښۍ نوموي چې کڅوړه پکې خپرېږي.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>د OC4IDS مختاړی oc4ids- او بیا ۶ واړه توري یا عددونه دي، لکه oc4ids-ab12cd ({value} ورکړل شو).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>د رسنیو صادرات یو .zip فایل دی: داسې نوم ورکړئ چې په .zip پای ته ورسېږي.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>د نېټو د مودې پای له پیل مخکې دی.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>د OC4IDS د خپرونکي امستنې د همکار کارکوونکي ټاکي.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>د ستونزې حالت {value} نامعلوم دی؛ له دې څخه یو وټاکئ: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>سکتور {value} نامعلوم دی.</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>هلته کلیک وکړئ چې پروژه ده، یا د ښار یا کلي نوم ولیکئ. د خوځولو لپاره یې کش کړئ؛ د موږک په څرخ یا د + او − تڼیو لوی یا کوچنی کړئ.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>ښار یا کلی</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>د موندلو لپاره ښار یا کلی</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;موندل</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>ځای لرونکي انځورونه</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>د دې &amp;انځور ځای وکاروئ</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>ټاکل شوی ځای</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>نقشه جوړېږي</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>انځور په {latitude}، {longitude} کې</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>په نقشه کې د &apos;{name}&apos; په نوم ښار یا کلی نشته. املا وګورئ، یا په نقشه کلیک وکړئ.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>له {town} څخه {distance} km، د کلب ښار.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>دا لرې دی: وګورئ چې سم ځای دی.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>د پروژو نقشه</translation>
    </message>
    <message>
        <source>{count} km</source>
        <translation>{count} km</translation>
    </message>
    <message>
        <source>{count} m</source>
        <translation>{count} m</translation>
    </message>
    <message>
        <source>Click a dot to see the project.</source>
        <translation>د پروژې لیدو لپاره په یوه ټکي کلیک وکړئ.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>ټاکل شوې پروژه</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>د ټاکل شوې پروژې انځور</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>د ټاکل شوې پروژې ستونزې</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>پروژه &amp;پرانیزئ</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>تر اوسه انځور نشته.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه کول</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپول…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>د &amp;PDF په توګه خوندي کړئ…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>نقشه جوړېږي…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>د نقشې حالت</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>د خوځولو لپاره کش کړئ یا د غشي تڼۍ وکاروئ، د لوییدو لپاره څرخ یا + او −؛ د پروژې لیدو لپاره په یوه ټکي کلیک وکړئ.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>پروژه بارېږي</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>نقشه د PDF په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>{path} خوندي شو: د چاپولو لپاره یې پرانیزئ.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>نقشه په {path} کې خوندي شوه</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>نقشه چاپ کړئ</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرنټر ته ولېږل شو.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>د {town} سره نږدې اخیستل شوی ({distance} km)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>په {town} کې اخیستل شوی</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>ستونزه وتړئ</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>د هغه څه د ښودلو لپاره چې تاسو ولیدل، د ستونزې د مهال‌ویش لاندې، په انځورونو کې یو «وروسته» انځور ور زیات کړئ.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>د تللي په توګه نښه کړئ</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>{name} د هغه چا په توګه نښه شي چې کلب یې پرېښی؟ هغه نور ننوتلی نه شي؛ کار یې پاتې کېږي.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>د ښوونکي نظر</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>ستاسو ښوونکي دا تاسو ته بېرته درکړ: «{comment}». هغه څه بدل کړئ چې غوښتل شوي، بیا یې بیا وسپارئ.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>&amp;دا {count} تایید کړئ</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>&amp;دا {count} له نظر سره بېرته ورکړئ…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>&amp;دا {count} بیا وسپارئ</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>{count} توکي غوره شول</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>لاندې تڼۍ په دې ټولو کار کوي:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>د {name} له خوا لېږل شوی</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>د دې کمپیوټر د سرور پته، د انځور اندازه او د وتلو وخت ښوونکی بدلوي.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>لومړی خپل PIN ولیکئ.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>لومړی خپل پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>بیا هڅه وکړئ، یا له بل ښوونکي وغواړئ چې ستاسو پټنوم بیا تنظیم کړي.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>یوازې ښوونکی کولی شي د دې کمپیوټر تنظیمات بدل کړي.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>نېټه نشته</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>لکه {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>نېټه ولیکئ، لکه {example} یا {iso}، یا یې په جنتري کې غوره کړئ (Alt+Down).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>جنتري پرانیزئ</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>نېټه نه ده: داسې یې ولیکئ لکه {example} یا {iso}.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>دلته نېټه پکار ده.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>جنتري</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>نېټه نشته</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>پر نقشه پروژې: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>ستونزې: له {total} څخه {open} پرانیستې</translation>
    </message>
</context>
</TS>
