<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>كينيا</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نيبال</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>ليبيريا</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سيراليون</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>الكونغو الديمقراطية</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>تيمور الشرقية</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>أوغندا</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>تنزانيا</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>فلسطين</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>موزمبيق</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>غانا</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>زامبيا</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>مرحبًا بك في clubapp</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>لا يوجد نادٍ على هذا الحاسوب بعد. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;إنشاء نادٍ جديد على هذا الحاسوب (أنا المعلّم)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>ال&amp;انضمام إلى نادٍ موجود برمز نادٍ من شريكنا</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>أعمل لدى منظمة &amp;شريكة: قراءة سجلات أنديتنا</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>مدرستك وناديك</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>المنظمة الشريكة التي درّبتكم</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>ال&amp;مدرسة</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>اسم ال&amp;نادي</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>ال&amp;مدينة أو القرية</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>المنظمة ال&amp;شريكة</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>المعلّم الأول</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>ستضيف الطلاب والمعلّمين الآخرين بعد إنشاء النادي.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>الاسم ال&amp;أول</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم الم&amp;ستخدم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>كلمة المرور (م&amp;رة أخرى)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>الاتصال بناديك</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>تعطي المنظمة الشريكة كل نادٍ رمزًا. يجب أن يتصل الحاسوب بالإنترنت مرة واحدة.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>مثال: KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;عنوان الخادم</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>&amp;رمز النادي</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>الاتصال بحساب الشريك</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>سيستقبل هذا الحاسوب أندية منظمتك (الطلاب بأسماء مستعارة).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>إعداد clubapp</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>حفظ مسودة</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>حذف مسودة</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(عرض تجريبي)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>جارٍ تحضير الشبكة التجريبية…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>عرض تجريبي: يدخل المعلّمون بكلمة المرور «{password}» والطلاب بالرمز {pin}.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>إنشاء العرض التجريبي</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>اختيار موقع المشروع</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>خريطة لاختيار الموقع</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>لم يُختر أي موقع بعد.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>تم الاختيار: خط العرض {latitude}، خط الطول {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>متابعات مستحقة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — نوادي النزاهة</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>حاسوب شريك: عدد الأندية {count}&lt;br&gt;&lt;small&gt;اكتب اسم المستخدم أدناه&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>فتح النادي</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>حفظ اللغة</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>أعدّ هذا الحاسوب أولًا: أغلق التطبيق ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>لم يُنشأ النادي</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>إنشاء النادي</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>لا يستطيع clubapp فتح بياناته</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>المستخدم الحالي: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>أُعيدت النسخة الاحتياطية. البيانات كما كانت محفوظة في {file}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>لم يتغير شيء: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>تم تسجيل خروجك بعد فترة دون نشاط. مسوداتك محفوظة.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>قراءة حالة المزامنة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>فئة المشكلة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>شهر الاكتشاف</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>جنس المراقِب</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>عمر المراقِب</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>أقل من 13</translation>
    </message>
    <message>
        <source>13-15</source>
        <translation>13-15</translation>
    </message>
    <message>
        <source>16-18</source>
        <translation>16-18</translation>
    </message>
    <message>
        <source>over 18</source>
        <translation>أكثر من 18</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>تم الإصلاح</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>أُصلح جزئيًا</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>لم يُصلح</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ما زال مفتوحًا</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>نسبة الإصلاح</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>نسبة الرد</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>الأيام (الوسيط) حتى الرد</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>الأيام (الوسيط) حتى الإصلاح</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>النسب المحسوبة على أقل من {n} مشكلات تظهر بعبارة «عدد قليل جدًا».</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>عدد قليل جدًا</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;اكتُشفت بين</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>اكتُشفت في أو بعد</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>اكتُشفت في أو قبل</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>التقسيم حسب</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>ال&amp;تقسيم حسب</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>الأيام (الوسيط)</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>المشاريع المراقَبة</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>رسم بياني لنتائج المشكلات</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>الأرقام حسب المجموعة</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>تحميل الأندية</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>كل الأندية</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>حساب الأرقام</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>أُصلحت {fixed} من {total} مشكلة · {partly} جزئيًا · {notfixed} لم تُصلح · {open} ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>تلقّت {answered} من {reported} مشكلة مُبلَّغ عنها ردًّا</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>يومًا حتى أول رد؛ {fix} يومًا حتى الإصلاح</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>مشكلات مُبلَّغ عنها ما زالت تنتظر بعد انقضاء مهلة النادي</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>الميزانية {budgets} · عدد المستفيدين {people}</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>حتى تاريخ {day}.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>المشكلات حسب {group}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>تم تصدير {summary} إلى {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>اكتُشفت ولم يُبلَّغ عنها بعد</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>أُبلغ عنها، بانتظار الرد</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>وصل الرد</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>أُصلحت وتم التحقق</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>لم يُبلَّغ عنها بعد</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>أُصلحت (تم التحقق)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>أُبلغ إلى…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>أُرسلت متابعة</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>اكتُشفت</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>أُبلغ عنها</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>تحقق المراقِبون من الإصلاح</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>تصفية المشكلات: رقم التتبع، العنوان، المشروع… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>تصفية المشكلات</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>الانتظار (أيام)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>جارٍ تحميل المشكلات…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>تحميل المشكلات</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>{shown} من {total} متابعة مستحقة</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>متابعات مستحقة: {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>{shown} من {total} مشكلة</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>عدد المشكلات: {total}</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>لا رد منذ مدة أطول من مهلة المتابعة في النادي: أرسل متابعة أو سجّل الرد.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>مشكلات أُبلغت إلى جهة لم ترد في الوقت المحدد. تابعها: أرسل متابعة، أو سجّل الرد إن وصل.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>تسجيل مشكلة</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>عنوان قصير، مثل: شقوق في جدران الفصل</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>من يجب أن يصلحها</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>ماذا رأيت؟ أين بالضبط؟ كيف يختلف عمّا وُعد به؟</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>ال&amp;مشكلة</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>ال&amp;خطورة</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>&amp;ما رأيته</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>ال&amp;مسؤول</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>تاريخ الا&amp;كتشاف</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>تمت استعادة ما كتبته في المرة السابقة (لم يكن قد حُفظ بعد).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>حفظ المشكلة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;تم الحفظ.&lt;/b&gt; رقم التتبع: {number}&lt;br&gt;اكتبه في كل رسالة ترسلها بشأن هذه المشكلة.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;متى</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>رقم الرسالة أو الملف إن وُجد</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>إلى &amp;من</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;كيف</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>ال&amp;مرجع</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>حفظ الخطوة</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>فتح المشكلة</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>المشكلة {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>رقم التتبع {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>الخطورة: {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>المسؤول: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>إلى {whom}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>عبر {channel}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>المرجع {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>إ&amp;رسال للمراجعة</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>&amp;رسالة الإحالة (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>الإرسال للمراجعة</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>حفظ رسالة الإحالة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>حُفظت الرسالة في {path}</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>لم تُنشأ الرسالة</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>إنشاء الرسالة</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>معلّم</translation>
    </message>
    <message>
        <source>student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>معلّم</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>تصفية الأعضاء</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>إظهار الأعضاء الذين &amp;غادروا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>given</source>
        <translation>موجودة</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>يمكنه الدخول</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>إ&amp;ضافة عضو…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>تسجيل ال&amp;موافقة…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>تعيين ال&amp;رمز أو كلمة المرور…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>تعليم أنه &amp;غادر</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>ا&amp;ستيراد قائمة صف (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>طباعة ال&amp;شهادات…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>تحميل الأعضاء</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>عدد الأعضاء: {count}</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>الموافقة غير موجودة لعدد {count} من الطلاب</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>تعليم أنه &amp;عاد</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>تعديل عضو</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>من أعطى الموافقة عن {name} (أحد الوالدين أو الوصي)؟</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>سُجّلت الموافقة عن {name}.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>رمز جديد (4 أرقام على الأقل) لـ {name}:</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>كلمة مرور جديدة (8 أحرف على الأقل) لـ {name}:</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>يمكن لـ {name} الدخول بالرمز الجديد.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>يمكن لـ {name} الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>تعيين الرمز أو كلمة المرور</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>تعيين الرمز</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>أصبح {name} غير نشط.</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>أصبح {name} نشطًا.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>طباعة الشهادات</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>هل تريد طباعة شهادة لـ {name} فقط؟

نعم: لهذا الطالب فقط. لا: لكل الطلاب النشطين في النادي.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>حفظ الشهادات</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>جارٍ إنشاء الشهادات…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>حُفظت الشهادات ({count}) في {path}</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>لم تُنشأ الشهادات</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>إنشاء الشهادات</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>استيراد قائمة صف</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>قائمة صف (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>تعديل عضو</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>سنة ال&amp;ميلاد</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>ال&amp;صف</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>أسطر قائمة الصف</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>إضافة الأسطر السليمة</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>هذا الملف كبير جدًا على قائمة صف (أكثر من 5 ميغابايت).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>قراءة قائمة الصف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>أسطر جاهزة للإضافة: {count}</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>سيُترك {count} من الأسطر التي فيها مشكلة (صحّحها في الملف ثم استورده من جديد)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>إضافة الأعضاء</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>أُضيف {count} من الأعضاء من قائمة الصف.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>هل كانت وثائق المشروع متاحة؟</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>هل أُشرك المجتمع؟</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>هل يطابق العمل المواصفات؟</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>هل المستفيدون راضون؟</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>إ&amp;ضافة صور…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>تُظهر الصور</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>قبل (المشكلة)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>بعد (الإصلاح)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>أفلت الصور هنا، أو استخدم «إضافة صور». انقر نقرًا مزدوجًا على صورة لتكبيرها.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>تحميل الصور</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>لا توجد صور بعد. أفلت الصور هنا، أو استخدم «إضافة صور».</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>جارٍ استيراد الصور…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>استيراد الصورة {number} من {total}: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>استيراد الصور</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>أُضيفت {count} من الصور.</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>لم تُضف: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>ملاحظة: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>توقف قبل النهاية؛ أُضيفت الصور المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>دون موقع</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>التُقطت في {when}، {where}؛ {width}×{height} بكسل</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>فتح صورة</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>لم يُحفظ التعليق</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>حفظ تعليق</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>تسجيل زيارة مراقبة</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;تاريخ الزيارة</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>من ذهب</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>حفظ الزيارة</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;تعديل التفاصيل</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>تسجيل &amp;زيارة</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>تسجيل م&amp;شكلة</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>ت&amp;قرير المشروع (PDF)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>ال&amp;صور</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>ال&amp;زيارات</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>الم&amp;شكلات</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>فتح المشروع</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>المشروع: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>زيارة {day}</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>الحاضرون: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>المراجعة: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>لم تُسجَّل أي زيارة بعد.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>ال&amp;زيارات ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>أُرسل إلى معلّمك للمراجعة.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>حفظ تقرير المشروع</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>حُفظ التقرير في {path}</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>لم يُنشأ التقرير</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>إنشاء التقرير</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>تصفية المشاريع: اكتب أي كلمة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>تصفية المشاريع</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>مشروع &amp;جديد</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>مشكلات مفتوحة</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>كل المشكلات</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>جارٍ تحميل المشاريع…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>تحميل المشاريع</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>{shown} من {total} مشروع</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>عدد المشاريع: {total}</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>تعديل تفاصيل المشروع</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>مثال: مبنى من فصلين في مدرسة روريغو الابتدائية</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>الجهة المسؤولة، مثل: إدارة المقاطعة</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>المقاول أو الجهة المنفّذة للعمل</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>مثال: 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>عدد الأشخاص الذين يخدمهم</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>مثال: -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>مثال: 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>ا&amp;سم المشروع</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>ما &amp;وُعد به</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>الجهة ال&amp;مسؤولة</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>ال&amp;مقاول أو الجهة المنفّذة</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>مصدر ال&amp;تمويل</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>ال&amp;ميزانية</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>البداية المخططة</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>النهاية الفعلية</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>ال&amp;مستفيدون</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>ال&amp;عنوان أو المكان</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;خط العرض</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>خط ال&amp;طول</translation>
    </message>
    <message>
        <source>Look up the &amp;map position</source>
        <translation>ا&amp;بحث عن الموقع على الخريطة</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>اختر على ال&amp;خريطة…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>خط العرض وخط الطول أرقام، مثل -0.4197 و 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>عدد المستفيدين عدد صحيح.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>حفظ المشروع</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>تم حفظ المشروع.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>البحث عن العنوان غير متاح؛ اكتب خط العرض وخط الطول.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>جارٍ البحث عن العنوان… (يمكنك متابعة الكتابة)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>البحث عن العنوان</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>تم اختيار الموقع على الخريطة.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>وُجد: {place} (محفوظ سابقًا)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>وُجد: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>المقاول أو الجهة المنفّذة</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>فعلي</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>أُعيد للتصحيح</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>الأعمال التي أرسلها طلابك للمراجعة. افتح عملًا لترى ما تغيّر، ثم وافق عليه أو أعده مع تعليق.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>الأعمال التي أعادها إليك معلّمك (اقرأ التعليق، وصحّح، ثم أرسل من جديد)، والأعمال التي لم ترسلها بعد.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>أعمال للمراجعة</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>تفاصيل العنصر المختار</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>إ&amp;عادة مع تعليق…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>إ&amp;رسال من جديد</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>تحميل المراجعات</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>بالانتظار: {count}</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>المطلوب: {count}</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>اختر عنصرًا من القائمة.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>تعليق المعلّم:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>ما تغيّر منذ الموافقة عليه:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>جديد: لم تتم الموافقة عليه من قبل.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>تظهر الزيارات في نافذة مشروعها.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>تمت الموافقة: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>لم تتم الموافقة</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>إعادة مع تعليق</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>ماذا يجب أن يغيّر الطالب؟</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>أُعيد: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>لم يُعد</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>الإعادة</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>أُرسل للمراجعة: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>لغة الحاسوب</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يومًا</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (اتركه فارغًا للعمل دون اتصال)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>{size} بكسل على الضلع الأطول</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;نص أكبر</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;متابعة مشكلة دون رد بعد</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>عنوان ال&amp;خادم</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>حجم ال&amp;صور</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>تسجيل الخروج بعد &amp;عدم النشاط لمدة</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>يُطبَّق تغيير اللغة عند فتح التطبيق في المرة القادمة. أما حجم النص فيتغيّر فورًا.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>قراءة الإعدادات</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>النسخ الاحتياطية لبيانات هذا الحاسوب</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>ينشئ clubapp نسخة احتياطية في كل يوم يُفتح فيه.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ا&amp;نسخ الآن</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعد نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>كُتبت النسخة الاحتياطية: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>قراءة النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} م.ب</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>لا توجد نسخة احتياطية بعد. استخدم «انسخ الآن» أولًا.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>أي نسخة احتياطية تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>هل تريد إعادة بيانات {when}؟

سيعود كل ما على هذا الحاسوب إلى تلك اللحظة وسيتم تسجيل خروجك. ما تمت مزامنته منذ ذلك الحين يعود عند المزامنة التالية. تُحفظ البيانات الحالية كنسخة احتياطية، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>تغييرات بانتظار الإرسال: {changes}، وصور: {photos}</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>العمل دون اتصال (لم يُحدَّد خادم)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;زامِن الآن</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>رمز النادي الذي أعطاك إياه شريكك، مثل KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>&amp;ربط هذا الحاسوب بالنادي</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>السجلات المرفوضة والتعارضات</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>يعمل هذا الإصدار دون اتصال فقط: الاتصال بالخادم غير مثبّت.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>رفضها الخادم</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>تعارضات يجب النظر فيها</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>لا شيء مرفوض ولا تعارضات.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>انتهت المزامنة: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>لم تكتمل المزامنة</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>لم يضع شيء: ما لم يُرسل ما زال ينتظر وسيُرسل في المرة القادمة.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>هذا الحاسوب مرتبط بالنادي.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>1. اختر ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…أو اكتب اسم المستخدم (موظفو الشريك)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>اسم المستخدم (موظفو الشريك)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>2. اكتب ال&amp;رمز أو كلمة المرور:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>الرمز أو كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>تحميل الأسماء</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(معلّم)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>2. اكتب ال&amp;رمز:</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>2. اكتب &amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>اختر اسمك أولًا.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>حاول مرة أخرى، أو اطلب من معلّمك إعادة تعيين رمزك.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>حدث خطأ أثناء: {task}. التفاصيل في السجل؛ حاول مرة أخرى، وأخبر معلّمك إن تكرر ذلك.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>نموذج عبر الإنترنت</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>إذاعة أو صحيفة</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>ملفات CSV (مجلد أو ملف ‎.zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (‎.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>طبقة خريطة GeoJSON (‎.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>أفضّل عدم الإفصاح</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>العمل متأخر أو متوقف</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>رداءة العمل أو المواد</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>عمل لم يكتمل</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>مشروع متروك</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>لا يطابق المواصفات</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>أموال غير مبرَّرة</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>معلومات المشروع غير منشورة</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>خطر على السلامة</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>غير متاح للجميع</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>معطّل ولا تتم صيانته</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>ضرر بالبيئة</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>مشكلة أخرى</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>حرجة (خطر على الناس)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>الطاقة الشمسية</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>طاقة الرياح</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>الطاقة الكهرومائية</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>طاقة الكتلة الحيوية</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>الطاقة الحرارية الجوفية</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>المياه والصرف الصحي</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>المباني والخدمات العامة</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>الاقتصاد والزراعة</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>الثقافة والرياضة والترفيه</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>النقل الجوي</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>النقل المائي</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>النقل بالسكك الحديدية</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>الطرق والجسور</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>النقل الحضري</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>النقل منخفض الكربون</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>الإسكان الاجتماعي</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>الموارد الطبيعية</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>الحماية من الفيضانات</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>قيد الإنشاء</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>قيد الإيقاف</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>متوقف عن الخدمة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>إنشاء جديد</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>إعادة تأهيل</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>توسعة</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>إيقاف عن الخدمة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>قاعدة البيانات في {folder} تالفة: ستكون نسختها الاحتياطية تالفة أيضاً، لذلك لم تُنشأ أي نسخة. أعد أحدث نسخة احتياطية سليمة بالأمر `clubapp restore FILE` (انظر `clubapp backup --list`).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>تمت استعادة {backup}. نُقلت قاعدة البيانات التالفة إلى {kept}.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>تمت استعادة {backup}. قاعدة البيانات كما كانت محفوظة في {kept} (استعدها للتراجع).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>تحذير: الرمز المعطى مع --code يمكن لأي شخص على هذا الحاسوب رؤيته أثناء تشغيل الأمر. اترك --code واكتب الرمز عند طلبه، أو مرّره عبر الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>رمز التسجيل (لا يظهر أثناء الكتابة): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>لم يُعطَ أي رمز تسجيل: لم يتغير شيء. اكتب الرمز الذي أعطتك إياه المنظمة الشريكة.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>تحذير: {server} ليس https://: سيعبر الرمز وكل سجل الشبكة دون تشفير. اطلب عنوان https:// للخادم.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>لا توجد مشاريع للتصدير (يتطلب OC4IDS مشروعًا واحدًا على الأقل).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>تعذرت طباعة الخريطة بصيغة PDF.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>؛ {count} صورة ليست على الخادم بعد (ستأتي مع مزامنة لاحقة، بعد أن يرسلها الحاسوب الذي التقطها)</numerusform>
            <numerusform>؛ {count} صورة ليست على الخادم بعد (ستأتي مع مزامنة لاحقة، بعد أن يرسلها الحاسوب الذي التقطها)</numerusform>
            <numerusform>؛ {count} صورة ليست على الخادم بعد (ستأتي مع مزامنة لاحقة، بعد أن يرسلها الحاسوب الذي التقطها)</numerusform>
            <numerusform>؛ {count} صورة ليست على الخادم بعد (ستأتي مع مزامنة لاحقة، بعد أن يرسلها الحاسوب الذي التقطها)</numerusform>
            <numerusform>؛ {count} صورة ليست على الخادم بعد (ستأتي مع مزامنة لاحقة، بعد أن يرسلها الحاسوب الذي التقطها)</numerusform>
            <numerusform>؛ {count} صورة ليست على الخادم بعد (ستأتي مع مزامنة لاحقة، بعد أن يرسلها الحاسوب الذي التقطها)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>مشكلة حرجة مفتوحة</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>مشكلة خطيرة مفتوحة</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>مشكلة مفتوحة</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>مشكلة بسيطة مفتوحة</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>كل المشكلات أُصلحت أو أُغلقت</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>لا توجد مشكلات مسجلة</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>المشاريع التي تراقبها أندية النزاهة</translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>أسوأ مشكلة مفتوحة</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>المشاريع التي يراقبها {club}</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} دون موقع</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>الأسوأ المفتوح: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>شهادات نادي النزاهة</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>شهادة الرقابة المجتمعية</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>نشهد بأن</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>شكرًا لمساعدتك في وصول المال العام إلى من خُصص لهم.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>راقب المشاريع العامة في المجتمع {period}: {visits}، و{reported}، و{fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>عضو في {club}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>المعلم · {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>الشهادة {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>رمز التحقق {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>للتحقق: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>اكتشفه النادي</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>أُبلغ عنه</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>وصل الرد</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>أُرسلت متابعة</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>أُصلح</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>أُصلح جزئيًا</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>لم يُصلح</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>تحقق النادي من الإصلاح</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>أُعيد فتحه</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>السيدات والسادة المحترمون،</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>ما رأيناه</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>وتفضلوا بقبول فائق الاحترام،</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} إلى {whom}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} عبر {channel}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>ما حدث حتى الآن:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>الموضوع: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>رقم المتابعة: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>نحن {club}، طلاب نراقب المشاريع العامة في مجتمعنا مع معلمينا. في {date} زرنا مشروع «{project}» ووجدنا مشكلة نرجو منكم النظر فيها.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>نكون شاكرين لردكم قبل {date} لإخبارنا بما سيتم فعله ومتى. يرجى ذكر رقم المتابعة {number} في ردكم حتى نتمكن من متابعة المشكلة حتى إصلاحها.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>عن {club}</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>رسالة الإحالة {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>صور المشكلة ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>صورة قبل</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>صورة بعد</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>الصور: قبل وبعد</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>زيارات الرقابة</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>الصور: قبل</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>الصور: بعد</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>لم يُسجل أي موقع.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>لا توجد مشكلات مسجلة.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>طُبع في {date}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>اكتُشف {found}، وأُصلح أو أُغلق {fixed}</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>تقرير المشروع: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>اسم المستخدم مطلوب.</translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>الاسم وكلمة المرور غير متطابقين.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>إنشاء حسابات لموظفي الشركاء أو للمسؤولين</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>إنشاء حسابات</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>هذا الحساب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>إعادة تعيين رمز سري أو كلمة مرور</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>اسم المستخدم «{username}» مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>يمكنك رؤية سجلات ناديك فقط.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>يمكن لحسابات موظفي الشركاء قراءة سجلات الأندية دون تعديلها.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>يمكنك تعديل سجلات ناديك فقط.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>المعلم وحده يمكنه {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>لا يمكن للمعلم {action} إلا في ناديه.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>المسؤول وحده يمكنه {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>رؤية النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>طباعة الشهادات</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>هذا ليس رمز تحقق صالحًا: تأكد من كتابته تمامًا كما هو مطبوع.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>هذا النادي غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>لم تصدر أي شهادة بهذا الرمز في هذه الشبكة (حسب علم هذا الحاسوب: قم بالمزامنة ثم حاول مجددًا).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>أصلية: الشهادة {number} باسم {student}، {club}، صدرت في {date}.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>بعض الأشخاص المختارين ليسوا طلابًا في هذا النادي.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>سُحبت الشهادة {number}.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>استيراد قائمة صف</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>هذا ليس ملفًا نصيًا: احفظ قائمة الصف بصيغة CSV من جدول البيانات.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>يجب أن يسمي السطر الأول الأعمدة؛ ويجب أن يكون أحدها «Given name» (أو «First name»). الأعمدة الأخرى: Family name وGender وBirth year وGrade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>الجنس «{value}» ليس female أو male أو other</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>الاسم نفسه كما في السطر {line}</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>تعذرت قراءة هذا الملف كقائمة صف (CSV). افتحه في جدول بيانات واحفظه مجددًا بصيغة CSV. ({reason})</translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>سنة الميلاد «{value}» ليست سنة</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>إضافة منظمات شريكة</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>إنشاء أندية</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>اختر البلد (رمز من حرفين مثل KE أو NP أو LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>هذا النادي غير موجود على هذا الحاسوب، أو لا يمكنك رؤيته.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>تغيير إعدادات النادي</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>حواسيب موظفي الشريك لا تستخدم حزم USB.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>هذه حزمة رد كتبها الخادم لحاسوب: خذها إلى ذلك الحاسوب.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>هذه الحزمة من حاسوب لا يعرفه هذا الخادم.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>حواسيب موظفي الشريك لا ترسل حزماً.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>ليس لهذا الحاسوب مفتاح حزم على هذا الخادم: زامنه مرة واحدة عبر الإنترنت، ثم صدّر الحزمة من جديد.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>تغييرات هذه الحزمة ليست بالشكل الذي يكتبه clubapp.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>سجّل هذا الحاسوب مفاتيح حزم أخرى من قبل: سجّله من جديد.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>هذه الحزمة من حاسوب أُلغي في {date}: لا يُقبل منه شيء. سجّل الحاسوب من جديد إن كان يجب أن يزامن.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>اسم النادي</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>اسم المعلم</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>اسم مستخدم</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>اختر بين 1 و365 يومًا.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>هذه المنظمة الشريكة غير موجودة.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>لهذا النادي معلم بالفعل؛ اطلب منه إضافتك.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>يقوم المعلمون وموظفو الشركاء بالتصدير.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>اكتب عنوانًا أو اسم مكان للبحث عنه.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>تعذر البحث عن العنوان (لا يوجد اتصال بالإنترنت، أو لم تستجب خدمة الخرائط). اكتب خط العرض وخط الطول بدلًا من ذلك، أو حاول مجددًا عند الاتصال.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>لم يُعثر على مكان باسم «{address}». تحقق من الكتابة أو اكتب الإحداثيات.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>عنوان قصير</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>فئة المشكلة</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>يوم اكتشافها</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>الجهة المرسل إليها</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>هذه المشكلة لم تعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>هذا المشروع لم يعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>هذا ليس رقم متابعة (تحقق من وجود خطأ في الكتابة).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>التاريخ سابق ليوم اكتشاف المشكلة.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>لا يمكن وضع علامة «{step}» بعد ذلك على مشكلة حالتها «{status}».</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>لا توجد مشكلة {number} على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>يبدأ عنوان الخادم بـ https:// (أو http://).</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>اختر بين 1 و240 دقيقة.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>اختر واحدًا من {choices} بكسل.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>إضافة أعضاء</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>تعديل الأعضاء</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>إلغاء تفعيل الأعضاء</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>محو البيانات الشخصية لعضو</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>هذا العضو لم يعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>سنة ميلاد بين {first} و{last} من فضلك.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>مُحيت البيانات الشخصية لهذا العضو: لا يمكن إدخالها مجددًا.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>اكتب من أعطى الموافقة (أحد الوالدين أو الوصي).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>موقع GPS للصورة مستحيل وتم تجاهله</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>أضيفت {added}، موجودة من قبل {there}، لم تُستورد {failed}</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>موقع GPS للصورة غير مقروء وتم تجاهله</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>الصورة أكبر من أن تُفتح بأمان</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>لم تصل صورة هذه اللقطة إلى هذا الحاسوب بعد (ستصل مع المزامنة التالية).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>الملف كبير جدًا ({size} م.ب؛ الحد الأقصى {limit} م.ب)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>لا يمكن قراءة صورة HEIC هذه على هذا الحاسوب؛ على iPhone اختر الإعدادات &gt; الكاميرا &gt; التنسيقات &gt; الأكثر توافقاً، أو أرسلها بصيغة JPEG</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>الدليل إما «before» (قبل) أو «after» (بعد).</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>اختر المشروع الذي تنتمي إليه الصور.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>هذه الصورة لم تعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>الصورة تالفة أو غير مكتملة ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>هذه الزيارة لم تعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>صور {kind} غير مدعومة؛ احفظها بصيغة JPEG</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>الصورة كبيرة جدًا ({width} × {height} بكسل)</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>الملف كبير جدًا (الحد الأقصى {limit} م.ب)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>تعذرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>التُقطت على بعد {distance} كم من موقع المشروع</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>استخدم رمز العملة المكون من ثلاثة أحرف، مثل KES أو NPR أو LRD أو USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>اذكر عملة الميزانية.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>استخدم رمز البلد المكون من حرفين، مثل KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>يجب أن يكون عدد المستفيدين صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>حالة المشروع</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>نوع المشروع</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>البداية المخطط لها</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>النهاية المخطط لها</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>النهاية الفعلية</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>هذه الإحداثيات على بعد {distance} كم من النادي؛ يبدو أن خط العرض وخط الطول متبادلان (جرّب {latitude}، {longitude}).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>لا يحذف المشروع المعتمد إلا المعلم.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>اعتماد المقدمات أو إعادتها</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>هذا بانتظار مراجعة المعلم بالفعل.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>اذكر ما يجب على الطالب تغييره.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>لا يمكن اعتماد أو إعادة إلا سجل مقدَّم.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>هذا السجل غير موجود على هذا الحاسوب، أو لا يمكنك رؤيته.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>هذا العنصر ({kind}) لم يعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>سجلات «{kind}» لا تخضع للمراجعة.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معًا، أو لا تدخل أيًا منهما.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>يجب أن يكون خط العرض وخط الطول أرقامًا.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label}: مطلوب.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>«{value}» ليست قيمة معروفة ({label}).</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label}: لا يمكن أن يكون في المستقبل.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second}: قبل {first}.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>هل تم تبديل خط العرض وخط الطول؟</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label}: يجب أن يكون رقمًا.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label}: لا يمكن أن يكون سالبًا.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label}: كبير جدًا.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>يجب أن يكون خط العرض بين -90 و90 (القيمة: {value}).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>يجب أن يكون خط الطول بين -180 و180 (القيمة: {value}).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>لا يمكن تسجيل حضور إلا أعضاء النادي.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. تحقق من وجود مساحة فارغة على القرص.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} غير موجود.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} تالف ({reason})؛ اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} ليس نسخة احتياطية من clubapp.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} ليس نسخة احتياطية من clubapp ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>هذه ليست حزمة مزامنة (مفقودة أو كبيرة جدًا).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>صُنعت هذه الحزمة لحاسوب آخر.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>هذا الملف ليس حزمة مزامنة من clubapp، أو أنه تالف.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>في وقت غير معروف</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>؛ كان الخادم قد استُعيد من نسخة احتياطية أقدم: أُعيد إرسال سجلات هذا الحاسوب</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (متوقف)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>هذا الحاسوب غير متصل بنادٍ على خادم بعد: سجّله أولًا.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>تغير ملفها أو تلف على هذا الحاسوب بعد إضافتها: أضف الصورة مجددًا من الكاميرا أو الهاتف.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>رفضت الشبكة طلبًا لأنه كبير جدًا.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>، ورُفض {count}</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>هذه ليست صورة يستطيع clubapp قراءتها (JPEG، PNG، WebP، TIFF، BMP، GIF، HEIC)</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>تعذّرت إعادة النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>القرص الذي يحوي {folder} ممتلئ: لم يُحفظ آخر تغيير، ولم يُفقد شيء آخر. أفرغ بعض المساحة (احذف ملفات لا تحتاجها، أفرغ سلة المحذوفات)، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>لا يستطيع clubapp الكتابة في {folder}: المجلد أو قرصه للقراءة فقط، أو لا يحق لهذا الحساب تغييره. لم يتغير شيء. اجعل المجلد قابلاً للكتابة (أو اختر غيره بـ --data-dir)، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>قاعدة بيانات clubapp في {folder} تالفة ({reason}). لم يتغير شيء. أعد أحدث نسخة احتياطية سليمة: `clubapp backup --list` يعرضها، و`clubapp restore FILE` يستعيد إحداها.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>تعذّر على clubapp استخدام {folder} ({reason}). لم يتغير شيء؛ تحقق من المجلد وقرصه، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>هذه الحزمة كتبها هذا الحاسوب للخادم، وليست رد الخادم: خذها إلى الخادم أولاً.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>تغيّر أحد مدخلات هذه الحزمة بعد توقيعها.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>كُتبت هذه الحزمة بإصدار آخر من clubapp: حدّث clubapp على الجانبين، ثم صدّر الحزمة من جديد.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>تحوي هذه الحزمة مدخلات لا يغطيها توقيعها (أو تنقصها مدخلات تذكرها).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>المفتاح الذي تحتاجه هذه الحزمة تالف: زامن مرة واحدة عبر الإنترنت لتجديده.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>لا يمكن فتح هذه الحزمة بمفتاح هذا الحاسوب: ليست لهذا الحاسوب، أو تم تغييرها.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>توقيع هذه الحزمة تالف.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>توقيع هذه الحزمة لا يطابق: تم تغييرها، أو لم يصنعها الحاسوب أو الخادم الذي تذكره.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>ليس لهذا الحاسوب مفتاح لحزم USB بعد: سجّله (عبر الإنترنت) أو زامن مرة واحدة عبر الإنترنت، ثم استخدم الحزم.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>مزامنة أخرى لمجلد البيانات هذا ما زالت جارية (التطبيق، أو أمر آخر): انتظر انتهاءها، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>لا يستطيع clubapp الكتابة في مجلد بياناته ({folder}): {reason}. تحقق من وجود المجلد، وأنه ليس للقراءة فقط، وأن على القرص مساحة فارغة.</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>وصلت صورة تالفة؛ قم بالمزامنة مجددًا لجلبها مرة أخرى.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>ليس لدى الخادم سجل لهذه الصورة لهذا النادي ({reason})؛ تبقى على هذا الحاسوب وتُعاد المحاولة في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>حدّث clubapp: يتطلب الخادم إصدارًا أحدث.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>رفض الخادم هذا الحاسوب: سجّله مجددًا.</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>ليس لدى الخادم ذلك.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>وصل رد الخادم تالفًا؛ حاول مجددًا.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>الصورة {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}، {field}: أُبقي {kept} (حُفظ {kept_at})؛ وكتب الحاسوب {device} القيمة {other} ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>إرسال التغييرات: {done} من {total}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>استلام الصور: {done} من {total}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>رد الخادم بخطأ ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>أحد التغييرات أكبر مما تسمح به الشبكة؛ يبقى في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>إرسال الصور: {done} من {total} ك.ب</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>تعذر الوصول إلى الخادم ({reason}). لم يضع شيء: ما لم يُرسل يبقى في قائمة الانتظار؛ حاول مجددًا عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>تعذر إرسال صورة ({reason}). أُرسلت السجلات الأخرى.</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>اطبع الشهادات والرسائل &amp;باللغة</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} طالب</numerusform>
            <numerusform>{count} طالب</numerusform>
            <numerusform>{count} طالبَين</numerusform>
            <numerusform>{count} طلاب</numerusform>
            <numerusform>{count} طالبًا</numerusform>
            <numerusform>{count} طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>أُرسل {pushed} و{photos_sent}، واستُلم {pulled} و{photos_received}</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} بانتظار موافقة {students}: سجّلها في صفحة الأعضاء ثم زامن مجددًا</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>{count} مشروع على الخريطة</numerusform>
            <numerusform>{count} مشروع على الخريطة</numerusform>
            <numerusform>{count} مشروعان على الخريطة</numerusform>
            <numerusform>{count} مشاريع على الخريطة</numerusform>
            <numerusform>{count} مشروعًا على الخريطة</numerusform>
            <numerusform>{count} مشروع على الخريطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} مفتوحة من أصل {total} مشكلة</numerusform>
            <numerusform>{open} مفتوحة من أصل {total} مشكلة</numerusform>
            <numerusform>{open} مفتوحة من أصل {total} مشكلتين</numerusform>
            <numerusform>{open} مفتوحة من أصل {total} مشكلات</numerusform>
            <numerusform>{open} مفتوحة من أصل {total} مشكلةً</numerusform>
            <numerusform>{open} مفتوحة من أصل {total} مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} تغيير</numerusform>
            <numerusform>{count} تغيير</numerusform>
            <numerusform>{count} تغييران</numerusform>
            <numerusform>{count} تغييرات</numerusform>
            <numerusform>{count} تغييرًا</numerusform>
            <numerusform>{count} تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} صورة</numerusform>
            <numerusform>{count} صورة</numerusform>
            <numerusform>{count} صورتان</numerusform>
            <numerusform>{count} صور</numerusform>
            <numerusform>{count} صورةً</numerusform>
            <numerusform>{count} صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} زيارة رقابة</numerusform>
            <numerusform>{count} زيارة رقابة</numerusform>
            <numerusform>{count} زيارتا رقابة</numerusform>
            <numerusform>{count} زيارات رقابة</numerusform>
            <numerusform>{count} زيارة رقابة</numerusform>
            <numerusform>{count} زيارة رقابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} مشكلة سُجلت وأُبلغ عنها</numerusform>
            <numerusform>{count} مشكلة سُجلت وأُبلغ عنها</numerusform>
            <numerusform>{count} مشكلتان سُجلتا وأُبلغ عنهما</numerusform>
            <numerusform>{count} مشكلات سُجلت وأُبلغ عنها</numerusform>
            <numerusform>{count} مشكلةً سُجلت وأُبلغ عنها</numerusform>
            <numerusform>{count} مشكلة سُجلت وأُبلغ عنها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} مشكلة تمت متابعتها حتى إصلاحها</numerusform>
            <numerusform>{count} مشكلة تمت متابعتها حتى إصلاحها</numerusform>
            <numerusform>{count} مشكلتان تمت متابعتهما حتى إصلاحهما</numerusform>
            <numerusform>{count} مشكلات تمت متابعتها حتى إصلاحها</numerusform>
            <numerusform>{count} مشكلةً تمت متابعتها حتى إصلاحها</numerusform>
            <numerusform>{count} مشكلة تمت متابعتها حتى إصلاحها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>تحتاج كلمة المرور إلى {count} حرف على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى {count} حرف على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى {count} حرفين على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى {count} أحرف على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى {count} حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى {count} حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>يحتاج الرمز السري إلى {count} حرف على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى {count} حرف على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى {count} حرفين على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى {count} أحرف على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى {count} حرفًا على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى {count} حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>تحتوي قائمة الصف على {count} سطر كحد أقصى؛ قسّم الملف.</numerusform>
            <numerusform>تحتوي قائمة الصف على {count} سطر كحد أقصى؛ قسّم الملف.</numerusform>
            <numerusform>تحتوي قائمة الصف على {count} سطرين كحد أقصى؛ قسّم الملف.</numerusform>
            <numerusform>تحتوي قائمة الصف على {count} أسطر كحد أقصى؛ قسّم الملف.</numerusform>
            <numerusform>تحتوي قائمة الصف على {count} سطرًا كحد أقصى؛ قسّم الملف.</numerusform>
            <numerusform>تحتوي قائمة الصف على {count} سطر كحد أقصى؛ قسّم الملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. انتظر {seconds} ثانية ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. انتظر {seconds} ثانية ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. انتظر {seconds} ثانيتين ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. انتظر {seconds} ثوانٍ ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. انتظر {seconds} ثانيةً ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. انتظر {seconds} ثانية ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label}: طويل جدًا ({length} حرف؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>{label}: طويل جدًا ({length} حرف؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>{label}: طويل جدًا ({length} حرفين؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>{label}: طويل جدًا ({length} أحرف؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>{label}: طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}).</numerusform>
            <numerusform>{label}: طويل جدًا ({length} حرف؛ الحد الأقصى {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>الاستلام: {count} سجل</numerusform>
            <numerusform>الاستلام: {count} سجل</numerusform>
            <numerusform>الاستلام: {count} سجلّان</numerusform>
            <numerusform>الاستلام: {count} سجلات</numerusform>
            <numerusform>الاستلام: {count} سجلًا</numerusform>
            <numerusform>الاستلام: {count} سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>حزمة مشاريع OC4IDS (‎.json، أو ‎.zip مع الصور)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>الصور (ملف ‎.zip بالملفات المذكورة في الجداول)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>تبدأ معرّفات مشاريع OC4IDS بالبادئة المسجّلة لمنظمتك: oc4ids- ثم 6 أحرف أو أرقام (مثل oc4ids-ab12cd)، تمنحها شراكة التعاقد المفتوح (Open Contracting Partnership). اضبطها مرة واحدة بالأمر `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>يبدأ العنوان الأساسي بـ https://‎ ويشير إلى المجلد الذي تُنشر فيه الحزمة.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>بادئة OC4IDS هي oc4ids- ثم 6 أحرف صغيرة أو أرقام، مثل oc4ids-ab12cd (المُدخل: {value}).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>تصدير الوسائط ملف ‎.zip: اختر اسمًا ينتهي بـ ‎.zip.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>نهاية الفترة الزمنية تسبق بدايتها.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>يضبط موظفو الشريك إعدادات ناشر OC4IDS.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>حالة مشكلة غير معروفة {value}؛ اختر من: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>قطاع غير معروف {value}.</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>إغلاق المشكلة</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>أضف صورة «بعد» في قسم الصور أسفل سجل المشكلة لتُظهر ما رأيته.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>تعليم أنه غادر</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>هل تريد تعليم {name} بأنه غادر النادي؟ لن يتمكن من الدخول بعد الآن، ويبقى عمله محفوظًا.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>تعليق المعلم</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>أعاد معلمك هذا إليك: «{comment}». غيّر ما طُلب ثم أرسله مجددًا.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>ال&amp;موافقة على هذه الـ{count}</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>إ&amp;عادة هذه الـ{count} مع تعليق…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>إ&amp;رسال هذه الـ{count} مجددًا</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>عدد العناصر المختارة: {count}</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>تعمل الأزرار أدناه على كل هذه العناصر:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>أرسله {name}</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>يغيّر المعلم عنوان الخادم وحجم الصور ومهلة الخروج لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>اكتب رمزك السري أولًا.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>اكتب كلمة المرور أولًا.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>حاول مرة أخرى، أو اطلب من معلم آخر إعادة تعيين كلمة مرورك.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>لا يغيّر إعدادات هذا الحاسوب إلا المعلم.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>مثلًا {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>اكتب تاريخًا، مثلًا {example} أو {iso}، أو اختره من التقويم (Alt+سهم لأسفل).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>هذا ليس تاريخًا: اكتبه مثل {example} أو {iso}.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>يلزم تاريخ هنا.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>انقر حيث يوجد المشروع، أو اكتب اسم مدينة أو قرية. اسحب للتحريك؛ كبّر بعجلة الفأرة أو بالمفتاحين + و −.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>مدينة أو قرية</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>المدينة أو القرية المطلوبة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>صور لها موقع</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>استخدم موقع هذه ال&amp;صورة</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>الموقع المختار</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>إعداد الخريطة</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>صورة عند {latitude}، {longitude}</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>لا توجد على الخريطة مدينة أو قرية باسم &apos;{name}&apos;. تحقق من الكتابة، أو انقر على الخريطة.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>على بعد {distance} كم من {town}، مدينة النادي.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>هذا بعيد: تحقق من أنه المكان الصحيح.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>خريطة المشاريع</translation>
    </message>
    <message>
        <source>{count} km</source>
        <translation>{count} كم</translation>
    </message>
    <message>
        <source>{count} m</source>
        <translation>{count} م</translation>
    </message>
    <message>
        <source>Click a dot to see the project.</source>
        <translation>انقر على نقطة لرؤية المشروع.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>المشروع المختار</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>صورة المشروع المختار</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>مشكلات المشروع المختار</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;فتح المشروع</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>لا توجد صورة بعد.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>جارٍ إعداد الخريطة…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>حالة الخريطة</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>اسحب أو استخدم مفاتيح الأسهم للتحريك، والعجلة أو + و − للتكبير؛ انقر على نقطة لرؤية مشروعها.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>تحميل المشروع</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>حفظ الخريطة بصيغة PDF</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>تم حفظ {path}: افتحه للطباعة.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>تم حفظ الخريطة في {path}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>طباعة الخريطة</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>التُقطت قرب {town} ({distance} كم)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>التُقطت في {town}</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>المشاريع على الخريطة: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>المشكلات: {open} مفتوحة من أصل {total}</translation>
    </message>
</context>
</TS>
