<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>بزرگ‌تر</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>بزرگ‌ترین</translation>
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
        <translation>لایبیریا</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سیرالیون</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>کانگو (جمهوری دموکراتیک)</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>تیمور شرقی</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>یوگاندا</translation>
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
        <translation>گانا</translation>
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
        <translation>به clubapp خوش آمدید</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>این کمپیوتر هنوز کلب ندارد. چه می‌خواهید بکنید؟</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;ایجاد یک کلب نو روی این کمپیوتر (من معلم هستم)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>&amp;وصل شدن به یک کلب موجود با کد کلب از همکار ما</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>من در یک &amp;موسسهٔ همکار کار می‌کنم: خواندن سوابق کلب‌های ما</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>مکتب و کلب شما</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>موسسهٔ همکاری که شما را آموزش داد</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;مکتب</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>&amp;نام کلب</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;کشور</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>&amp;شهر یا قریه</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>موسسهٔ &amp;همکار</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>اولین معلم</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>پس از ایجاد کلب، شاگردان و معلمان دیگر را اضافه می‌کنید.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;تخلص</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>نام &amp;کاربری</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;رمز عبور</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>رمز عبور &amp;دوباره</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>به کلب خود وصل شوید</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>موسسهٔ همکار شما به هر کلب یک کد می‌دهد. کمپیوتر باید یک بار آنلاین باشد.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>مثلاً KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;آدرس سرور</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>&amp;کد کلب</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>با حساب همکار خود وصل شوید</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>این کمپیوتر کلب‌های موسسهٔ شما را دریافت می‌کند (شاگردان با نام مستعار).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>تنظیم clubapp</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(نمایشی)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>تهیهٔ نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>آماده‌سازی شبکهٔ نمایشی…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>نمایشی: معلمان با &apos;{password}&apos; و شاگردان با PIN {pin} وارد می‌شوند.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>ساختن نسخهٔ نمایشی</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>موقعیت پروژه را انتخاب کنید</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>نقشه برای انتخاب موقعیت</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>هنوز هیچ نقطه‌ای انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>انتخاب‌شده: عرض جغرافیایی {latitude}، طول جغرافیایی {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>یادآوری‌های سررسیده</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — کلب‌های شفافیت</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>کمپیوتر همکار: {count} کلب&lt;br&gt;&lt;small&gt;نام کاربری خود را در پایین بنویسید&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>باز کردن کلب</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>ذخیرهٔ زبان</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>نخست این کمپیوتر را تنظیم کنید: برنامه را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>کلب تنظیم نشد</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>تنظیم کلب</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>clubapp نمی‌تواند معلومات خود را باز کند</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>واردشده: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد. معلومات پیشین در {file} نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>هیچ چیزی تغییر نکرد: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>پس از مدتی بی‌فعالیتی از سیستم خارج شدید. پیش‌نویس‌های شما نگه داشته شده‌اند.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>خواندن وضعیت همگام‌سازی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
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
        <translation>نوع مشکل</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>ماه یافتن</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>جنسیت ناظر</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>سن ناظر</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>کمتر از ۱۳</translation>
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
        <translation>بیشتر از ۱۸</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>رفع شد</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>تا اندازه‌ای رفع شد</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>رفع نشد</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>هنوز باز</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>نرخ رفع</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>نرخ پاسخ</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>میانهٔ روزها تا پاسخ</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>میانهٔ روزها تا رفع</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>نرخ‌های کمتر از {n} مشکل به‌صورت «خیلی کم» نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>خیلی کم</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;یافته‌شده میان</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>یافته‌شده در این تاریخ یا پس از آن</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>یافته‌شده در این تاریخ یا پیش از آن</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>همهٔ سکتورها</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>تفکیک بر اساس</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;تفکیک بر اساس</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;صادر کردن…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>میانهٔ روزها</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>پروژه‌های نظارت‌شده</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>چارت نتایج مشکلات</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>ارقام بر اساس گروه</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>بارگذاری کلب‌ها</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>همهٔ کشورها</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>همهٔ کلب‌ها</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>شمارش ارقام</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>{fixed} از {total} مشکل رفع شد، {partly} تا اندازه‌ای، {notfixed} رفع نشد، {open} هنوز باز</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>{answered} از {reported} مشکل گزارش‌شده پاسخ گرفت</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>روز تا نخستین پاسخ؛ {fix} روز تا رفع</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>مشکلات گزارش‌شده که پس از مهلت کلب هنوز منتظرند</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>بودجه {budgets}، {people} مستفید</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>تا تاریخ {day}.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>مشکلات بر اساس {group}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صادر کردن</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال صادر کردن…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>صادر کردن</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>{summary} به {path} صادر شد</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>صادر کردن ناکام شد</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>یافته شد، هنوز گزارش نشده</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>گزارش شد، منتظر پاسخ</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>پاسخ دریافت شد</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>رفع شد و بررسی شد</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>دوباره باز شد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>هنوز گزارش نشده</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>منتظر پاسخ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>رفع شد (بررسی‌شده)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>گزارش شد به…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>یادآوری فرستاده شد</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>باز کردن دوباره</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>یافته شد</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>گزارش شد</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>رفع مشکل توسط ناظران بررسی شد</translation>
    </message>
    <message>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>high</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>فلتر مشکلات: شمارهٔ پیگیری، عنوان، پروژه… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>فلتر مشکلات</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>انتظار (روز)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>بارگذاری مشکلات…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>بارگذاری مشکلات</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>{shown} از {total} یادآوری سررسیده</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>{total} یادآوری سررسیده</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>{shown} از {total} مشکل</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>{total} مشکل</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>بیشتر از مهلت یادآوری کلب پاسخی نیامده: یادآوری بفرستید یا پاسخ را ثبت کنید.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>مشکلاتی که به مرجعی گزارش شده‌اند که به‌موقع پاسخ نداده است. پیگیری کنید: یادآوری بفرستید، یا اگر پاسخ آمده آن را ثبت کنید.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>ثبت یک مشکل</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>یک عنوان کوتاه، مثلاً درزها در دیوارهای صنف</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>چه کسی باید آن را رفع کند</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>چه دیدید؟ دقیقاً کجا؟ با آنچه وعده داده شده بود چه فرقی دارد؟</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;مشکل</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;شدت</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>آنچه &amp;دیدید</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;مسئول</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>تاریخ &amp;یافتن</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>آنچه بار گذشته نوشته بودید بازگردانده شد (هنوز ذخیره نشده بود).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>ذخیرهٔ مشکل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;ذخیره شد.&lt;/b&gt; شمارهٔ پیگیری: {number}&lt;br&gt;آن را روی هر مکتوبی که دربارهٔ این مشکل می‌فرستید بنویسید.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;چه وقت</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>شمارهٔ مکتوب یا قضیه، اگر باشد</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;به چه کسی</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;چگونه</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;مرجع</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;یادداشت</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>ذخیرهٔ مرحله</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>بارگذاری…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>آنچه رخ داد</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>باز کردن مشکل</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>مشکل {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>شمارهٔ پیگیری {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>شدت {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>مسئول: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>به {whom}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>از راه {channel}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>مرجع {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>فرستادن برای &amp;بررسی</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>&amp;مکتوب ارجاع (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>فرستاده نشد</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>در حال فرستادن</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>ذخیرهٔ مکتوب ارجاع</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>مکتوب در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>مکتوب ساخته نشد</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>ساختن مکتوب</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>شاگرد</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>معلم</translation>
    </message>
    <message>
        <source>student</source>
        <translation>شاگرد</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>معلم</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>فلتر اعضا</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>نشان دادن اعضایی که &amp;رفته‌اند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>صنف</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>given</source>
        <translation>داده شده</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>موجود نیست</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>می‌تواند وارد شود</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;افزودن عضو…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>ثبت &amp;رضایت…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>تعیین &amp;PIN یا رمز عبور…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>علامت‌گذاری به‌عنوان &amp;رفته</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>&amp;وارد کردن فهرست صنف (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>چاپ &amp;تصدیق‌نامه‌ها…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>بارگذاری اعضا</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} عضو</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>رضایت برای {count} شاگرد موجود نیست</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>علامت‌گذاری به‌عنوان &amp;برگشته</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} اضافه شد.</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} ذخیره شد.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>تغییر عضو</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>ثبت رضایت</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>چه کسی برای {name} رضایت داد (والدین یا سرپرست)؟</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>رضایت {name} ثبت شد.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>ثبت رضایت</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>PIN نو (دست‌کم ۴ رقم) برای {name}:</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>رمز عبور نو (دست‌کم ۸ حرف) برای {name}:</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} می‌تواند با PIN نو وارد شود.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} می‌تواند با رمز عبور نو وارد شود.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>تعیین PIN یا رمز عبور</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>تعیین PIN</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} اکنون غیرفعال است.</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} اکنون فعال است.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>چاپ تصدیق‌نامه‌ها</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>تنها برای {name} تصدیق‌نامه چاپ شود؟

بلی: تنها این شاگرد. نخیر: همهٔ شاگردان فعال کلب.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>ذخیرهٔ تصدیق‌نامه‌ها</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>ساختن تصدیق‌نامه‌ها…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>{count} تصدیق‌نامه در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>تصدیق‌نامه‌ها ساخته نشدند</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>ساختن تصدیق‌نامه‌ها</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>وارد کردن فهرست صنف</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>فهرست صنف (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>تغییر یک عضو</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>افزودن یک عضو</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>داده نشده</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;نقش</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;جنسیت</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>سال &amp;تولد</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>&amp;صنف</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>وارد کردن {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>خواندن فایل…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>تخلص</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سال تولد</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>سطرهای فهرست صنف</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>افزودن سطرهای درست</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>این فایل برای فهرست صنف خیلی بزرگ است (بیشتر از ۵ MB).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>خواندن فهرست صنف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>خوب</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>{count} سطر آمادهٔ افزودن</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>{count} سطر دارای مشکل کنار گذاشته می‌شود (آن‌ها را در فایل درست کنید و دوباره وارد کنید)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>افزودن اعضا</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>{count} عضو از فهرست صنف اضافه شد.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>آیا اسناد پروژه در دسترس بودند؟</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>آیا جامعه سهم داده شد؟</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>آیا کار با مشخصات مطابقت دارد؟</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>آیا مستفیدان راضی هستند؟</translation>
    </message>
    <message>
        <source>before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>after</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;افزودن عکس‌ها…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>عکس‌ها نشان می‌دهند</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>پیش از (مشکل)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>پس از (رفع)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>عکس‌ها را اینجا رها کنید، یا از «افزودن عکس‌ها» استفاده کنید. برای دیدن بزرگ یک عکس، روی آن دو بار کلیک کنید.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>بارگذاری عکس‌ها</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاریخ نامعلوم</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>هنوز عکسی نیست. عکس‌ها را اینجا رها کنید، یا از «افزودن عکس‌ها» استفاده کنید.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>افزودن عکس‌ها</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>وارد کردن عکس‌ها…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>وارد کردن عکس {number} از {total}: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>وارد کردن عکس‌ها</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} عکس اضافه شد.</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>اضافه نشد: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>توجه: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>پیش از پایان متوقف شد؛ عکس‌های بالا اضافه شدند.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>بدون موقعیت</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>گرفته‌شده {when}، {where}؛ {width}×{height} پیکسل</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;شرح:</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>باز کردن عکس</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>شرح ذخیره نشد</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>ذخیرهٔ شرح</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>ثبت یک بازدید نظارتی</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;تاریخ بازدید</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>چه کسانی رفتند</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>ذخیرهٔ بازدید</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;ویرایش جزئیات</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>ثبت یک &amp;بازدید</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>ثبت یک &amp;مشکل</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>&amp;گزارش پروژه (PDF)…</translation>
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
        <translation>&amp;عکس‌ها</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>&amp;بازدیدها</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>&amp;مشکلات</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>پروژه: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>بازدید {day}</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>حاضران: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>بررسی: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>هنوز هیچ بازدیدی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>&amp;بازدیدها ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>برای بررسی به معلم شما فرستاده شد.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>ذخیرهٔ گزارش پروژه</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>گزارش در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>گزارش ساخته نشد</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>ساختن گزارش</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>منتظر بررسی</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگردانده شد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>فلتر پروژه‌ها: هر کلمه‌ای بنویسید (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>فلتر پروژه‌ها</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>پروژهٔ &amp;نو</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>مرجع مسئول</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>مشکلات باز</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>همهٔ مشکلات</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>بارگذاری پروژه‌ها…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>بارگذاری پروژه‌ها</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>{shown} از {total} پروژه</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>{total} پروژه</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>تغییر جزئیات پروژه</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>پروژهٔ نو</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>مثلاً ساختمان دو صنفه در مکتب ابتدائیهٔ رورینگو</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>ادارهٔ مسئول، مثلاً ریاست معارف ولایت</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>قراردادی یا نهادی که کار را انجام می‌دهد</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>مثلاً 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>به چند نفر خدمت می‌کند</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>مثلاً -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>مثلاً 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>&amp;نام پروژه</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;سکتور</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>&amp;وضعیت</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>آنچه &amp;وعده داده شد</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>&amp;مرجع مسئول</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>&amp;قراردادی یا نهاد</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;منبع تمویل</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;بودجه</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;واحد پول</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>آغاز برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>آغاز واقعی</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>پایان واقعی</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>&amp;مستفیدان</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>&amp;آدرس یا محل</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;عرض جغرافیایی</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>&amp;طول جغرافیایی</translation>
    </message>
    <message>
        <source>Look up the &amp;map position</source>
        <translation>یافتن موقعیت روی &amp;نقشه</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>انتخاب روی &amp;نقشه…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>عرض و طول جغرافیایی عدد هستند، مثلاً -0.4197 و 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>شمار مستفیدان یک عدد کامل است.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>ذخیرهٔ پروژه</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>پروژه ذخیره شد.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>جست‌وجوی آدرس در دسترس نیست؛ عرض و طول جغرافیایی را بنویسید.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>در حال جست‌وجوی آدرس… (می‌توانید به نوشتن ادامه دهید)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>جست‌وجوی آدرس</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>موقعیت روی نقشه انتخاب شد.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>یافته شد: {place} (پیشتر ذخیره‌شده)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>یافته شد: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>قراردادی یا نهاد</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>تمویل</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>مستفیدان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>برای رفع برگردانده شد</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>هنوز فرستاده نشده</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>کارهایی که شاگردان شما برای بررسی فرستاده‌اند. یکی را باز کنید تا ببینید چه تغییر کرده، سپس آن را تأیید کنید یا با یک نظر برگردانید.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>کارهایی که معلم شما برگردانده است (نظر را بخوانید، درستش کنید و دوباره بفرستید)، و کارهایی که هنوز نفرستاده‌اید.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>فرستاده‌شده</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>کار برای بررسی</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>جزئیات مورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;تأیید</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>&amp;برگرداندن با یک نظر…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>&amp;فرستادن دوباره</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>بارگذاری بررسی‌ها</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} منتظر</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} برای انجام</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>یک مورد را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>نظر معلم:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>تغییرات پس از تأیید:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>نو: پیشتر تأیید نشده.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>بازدیدها در پنجرهٔ پروژهٔ خود نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>تأیید شد: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>تأیید نشد</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>در حال تأیید</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>برگرداندن با یک نظر</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>شاگرد چه چیزی را باید تغییر دهد؟</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>برگردانده شد: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>برگردانده نشد</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>در حال برگرداندن</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>برای بررسی فرستاده شد: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>زبان کمپیوتر</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (برای کار آفلاین خالی بگذارید)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>{size} پیکسل در درازترین ضلع</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>چاپ تصدیق‌نامه‌ها و مکتوب‌ها &amp;به زبان</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>متن &amp;بزرگ‌تر</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;یادآوری برای مشکلی که پاسخ نگرفته، پس از</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;آدرس سرور</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>&amp;اندازهٔ عکس</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>خروج پس از بی‌&amp;فعالیتی به مدت</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>تغییر زبان بار دیگری که برنامه باز شود اعمال می‌شود. اندازهٔ متن فوراً تغییر می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;ذخیرهٔ تنظیمات</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>خواندن تنظیمات</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>تنظیمات ذخیره نشد</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>ذخیرهٔ تنظیمات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>نسخه‌های پشتیبان معلومات این کمپیوتر</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>clubapp هر روزی که باز شود یک نسخهٔ پشتیبان می‌سازد.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;اکنون نسخهٔ پشتیبان بگیر</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>نسخهٔ پشتیبان نوشته شد: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>نسخهٔ پشتیبان ساخته نشد</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>خواندن نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>پیش از بازگرداندن</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} MB</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>هنوز نسخهٔ پشتیبانی نیست. نخست از «اکنون نسخهٔ پشتیبان بگیر» استفاده کنید.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>کدام نسخهٔ پشتیبان برگردد؟</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>معلومات {when} برگردانده شود؟

همه چیز در این کمپیوتر به همان لحظه برمی‌گردد و شما از سیستم خارج می‌شوید. آنچه از آن زمان همگام شده، در همگام‌سازی بعدی برمی‌گردد. معلومات کنونی به‌عنوان نسخهٔ پشتیبان نگه داشته می‌شود، پس این کار برگشت‌پذیر است.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>{changes} تغییر و {photos} عکس منتظر فرستادن</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>کار آفلاین (سروری تعیین نشده)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>آخرین همگام‌سازی: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>وضعیت همگام‌سازی</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;اکنون همگام کن</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;توقف</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>پیشرفت همگام‌سازی</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>کد کلبی که همکار شما داده است، مثلاً KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>&amp;وصل کردن این کمپیوتر به کلب</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>سوابق ردشده و تضادها</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>این نسخه تنها آفلاین کار می‌کند: اتصال سرور نصب نشده است.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>ردشده توسط سرور</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>تضادها برای دیدن</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>هیچ چیزی رد نشده، هیچ تضادی نیست.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>همگام‌سازی پایان یافت: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>همگام‌سازی پایان نیافت</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>هیچ چیزی گم نشد: آنچه فرستاده نشد هنوز منتظر است و بار بعد فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>این کمپیوتر به کلب وصل است.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>وصل نیست</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>در حال وصل شدن</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>۱. &amp;نام خود را انتخاب کنید:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…یا نام کاربری خود را بنویسید (کارمندان همکار)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>نام کاربری (کارمندان همکار)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>۲. &amp;PIN یا رمز عبور خود را بنویسید:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN یا رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>بارگذاری نام‌ها</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(معلم)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>۲. &amp;PIN خود را بنویسید:</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>۲. &amp;رمز عبور خود را بنویسید:</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>نخست نام خود را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>در حال ورود</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>دوباره کوشش کنید، یا از معلم خود بخواهید PIN شما را از نو تعیین کند.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>هنگام {task} مشکلی پیش آمد. جزئیات در لاگ است؛ دوباره کوشش کنید، و اگر باز هم رخ داد به معلم خود بگویید.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>مکتوب</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>پیام کوتاه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>فورم آنلاین</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>رادیو یا روزنامه</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>فایل‌های CSV (یک پوشه، یا یک .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارنامهٔ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>لایهٔ نقشهٔ GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>ترجیح می‌دهم نگویم</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>کار دیر شده یا متوقف است</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>کیفیت پایین کار یا مواد</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>کار ناتمام مانده</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>پروژه رها شده</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>با مشخصات مطابقت ندارد</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>حساب پول روشن نیست</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>معلومات پروژه عمومی نیست</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>خطر ایمنی</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>برای همه قابل دسترس نیست</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>خراب و بی‌مراقبت</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>آسیب به محیط زیست</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>مشکل دیگر</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>بحرانی (خطر برای مردم)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>معارف</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>انرژی</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>انرژی آفتابی</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>انرژی باد</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>برق آبی</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>انرژی زیست‌توده</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>انرژی زمین‌گرمایی</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>مخابرات</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>آب و حفظ الصحه</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>ساختمان‌ها و خدمات عامه</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>اقتصاد و زراعت</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>فرهنگ، ورزش و تفریح</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ترانسپورت</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>ترانسپورت هوایی</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>ترانسپورت آبی</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>ترانسپورت ریلی</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>سرک‌ها و پل‌ها</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>ترانسپورت شهری</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>ترانسپورت کم‌کاربن</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>مسکن اجتماعی</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>منابع طبیعی</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>حفاظت در برابر سیلاب</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>در حال آماده‌سازی</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>در حال ساخت</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تکمیل‌شده</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>در حال استفاده</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>در حال خارج شدن از استفاده</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>خارج از استفاده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>ساخت نو</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>بازسازی</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>جایگزینی</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>توسعه</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>خارج کردن از استفاده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>تا اندازه‌ای</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>نمی‌دانم</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>پایگاه داده در {folder} خراب است: پشتیبان آن هم خراب می‌بود، بنابراین هیچ پشتیبانی ساخته نشد. تازه‌ترین پشتیبان سالم را با `clubapp restore FILE` برگردانید (ببینید `clubapp backup --list`).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} برگردانده شد. پایگاه داده خراب به {kept} منتقل شد.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} برگردانده شد. پایگاه داده به شکل قبلی در {kept} نگه داشته شده است (برای لغو آن را برگردانید).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>هشدار: کدی که با --code داده شود، تا وقتی فرمان اجرا می‌شود، برای هر کسی روی این کمپیوتر دیدنی است. --code را نگذارید و وقتی پرسیده شد کد را بنویسید، یا آن را از راه pipe بدهید.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>کد ثبت (هنگام نوشتن دیده نمی‌شود): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>هیچ کد ثبتی داده نشد: هیچ چیزی تغییر نکرد. کدی را که موسسهٔ همکار به شما داده بنویسید.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>هشدار: {server} با https:// نیست: کد و هر سابقه بدون رمزگذاری از شبکه می‌گذرند. آدرس https:// سرور را بخواهید.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>پروژه‌ای برای صادر کردن نیست (OC4IDS دست‌کم یکی می‌خواهد).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>نقشه به PDF چاپ نشد.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبروری</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>اپریل</translation>
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
        <translation>اگست</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سپتمبر</translation>
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
            <numerusform>؛ {count} عکس هنوز روی سرور نیست (با همگام‌سازی بعدی می‌آید، وقتی کمپیوتری که آن را گرفته فرستاده باشد)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>مشکل بحرانی باز</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>مشکل جدی باز</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>مشکل باز</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>مشکل کوچک باز</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>همهٔ مشکلات رفع یا بسته شدند</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>هیچ مشکلی ثبت نشده</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>پروژه‌هایی که کلب‌های شفافیت نظارت می‌کنند</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} شاگرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>بدترین مشکل باز</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>پروژه‌هایی که {club} نظارت می‌کند</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} بدون موقعیت</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>بدترین باز: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>تصدیق‌نامه‌های کلب شفافیت</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>تصدیق‌نامهٔ نظارت اجتماعی</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>بدین‌وسیله تصدیق می‌شود که</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>سپاس که کمک کردید پول عامه به مردمی برسد که برایشان در نظر گرفته شده بود.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>پروژه‌های عامه را در جامعه نظارت کرد {period}: {visits}، {reported}، و {fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>عضو {club}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>از {start} تا {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>تا {date}</translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} بازدید نظارتی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} مشکل ثبت و گزارش شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} مشکل تا رفع پیگیری شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>معلم، {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>تصدیق‌نامهٔ {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>کد تأیید {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>آن را بررسی کنید: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>یافته‌شده توسط کلب</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>گزارش شد</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>پاسخ دریافت شد</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>یادآوری فرستاده شد</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>رفع شد</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>تا اندازه‌ای رفع شد</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>رفع نشد</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>رفع مشکل توسط کلب بررسی شد</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>دوباره باز شد</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>به:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>محترم آقا یا خانم،</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>آنچه دیدیم</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>با احترام،</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} به {whom}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} از راه {channel}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>مرجع مسئول</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>آنچه تاکنون رخ داده:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>موضوع: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>شمارهٔ پیگیری: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>ما {club} هستیم، شاگردانی که با معلمان خود پروژه‌های عامه را در جامعهٔ خود نظارت می‌کنیم. در {date} از پروژهٔ «{project}» بازدید کردیم و مشکلی یافتیم که از شما می‌خواهیم به آن رسیدگی کنید.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>سپاسگزار خواهیم بود اگر تا {date} پاسخ دهید و بگویید چه کاری و چه وقت انجام می‌شود. لطفاً در پاسخ خود شمارهٔ پیگیری {number} را ذکر کنید تا بتوانیم مشکل را تا رفع آن پیگیری کنیم.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>از طرف {club}</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>مکتوب ارجاع {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>عکس‌های مشکل ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>عکس پیش از</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>عکس پس از</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>عکس‌ها: پیش و پس</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>بازدیدهای نظارتی</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>مشکلات یافته‌شده</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>عکس‌ها: پیش از</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>عکس‌ها: پس از</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>هیچ موقعیتی ثبت نشده.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>هیچ مشکلی ثبت نشده.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>چاپ‌شده {date}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>{found} یافته شد، {fixed} رفع یا بسته شد</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>گزارش پروژه: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>نام کاربری لازم است.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>رمز عبور دست‌کم {count} حرف می‌خواهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>این نام و رمز عبور با هم نمی‌خوانند.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>ایجاد حساب‌های کارمندان همکار یا مدیران</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>ایجاد حساب</translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>PIN دست‌کم {count} رقم می‌خواهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>این حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>تعیین دوبارهٔ PIN یا رمز عبور</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>نام کاربری &apos;{username}&apos; گرفته شده است.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>تنها می‌توانید سوابق کلب خود را ببینید.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>حساب‌های کارمندان همکار می‌توانند سوابق کلب را بخوانند، اما نمی‌توانند تغییر دهند.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>تنها می‌توانید سوابق کلب خود را تغییر دهید.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>تنها یک معلم می‌تواند {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>یک معلم تنها در کلب خود می‌تواند {action}.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>تنها یک مدیر می‌تواند {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>نسخه‌های پشتیبان را ببیند</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>نسخهٔ پشتیبان بسازد</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>نسخهٔ پشتیبان را بازگرداند</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>تصدیق‌نامه چاپ کند</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>این کد تأیید معتبر نیست: بررسی کنید که درست همان‌گونه که چاپ شده نوشته شده باشد.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>این کلب روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>هیچ تصدیق‌نامه‌ای با این کد در این شبکه صادر نشده است (تا جایی که این کمپیوتر می‌داند: همگام‌سازی کنید، سپس دوباره کوشش کنید).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>اصل: تصدیق‌نامهٔ {number} برای {student}، {club}، صادرشده در {date}.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>برخی از افراد انتخاب‌شده شاگردان این کلب نیستند.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>تصدیق‌نامهٔ {number} پس گرفته شد.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>فهرست صنف را وارد کند</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>این یک فایل متنی نیست: فهرست صنف را از صفحه‌گسترده به‌صورت CSV ذخیره کنید.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>سطر نخست باید نام ستون‌ها را داشته باشد؛ یکی باید «Given name» (یا «First name») باشد. دیگران: Family name، Gender، Birth year، Grade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>جنسیت &apos;{value}&apos; یکی از female، male، other نیست</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>همان نام سطر {line}</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>این فایل به‌عنوان فهرست صنف (CSV) خوانده نشد. آن را در صفحه‌گسترده باز کنید و دوباره به‌صورت CSV ذخیره کنید. ({reason})</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>این تصویری نیست که clubapp بتواند بخواند (JPEG، PNG، WebP، TIFF، BMP، GIF، HEIC)</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>سرور آن را ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>فهرست صنف حداکثر {count} سطر دارد؛ فایل را تقسیم کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>سال تولد &apos;{value}&apos; یک سال نیست</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>موسسه‌های همکار اضافه کند</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>کلب ایجاد کند</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>کشور را انتخاب کنید (یک کد دوحرفی مانند KE، NP یا LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>این کلب روی این کمپیوتر نیست، یا شما نمی‌توانید آن را ببینید.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>تنظیمات کلب را تغییر دهد</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>نام موسسه</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>نام مکتب</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>نام کلب</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>نام معلم</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>یک نام کاربری</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>میان ۱ و ۳۶۵ روز انتخاب کنید.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>این موسسهٔ همکار وجود ندارد.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>این کلب از پیش معلم دارد؛ از او بخواهید شما را اضافه کند.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>صادرات را معلمان و کارمندان همکار می‌سازند.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>یکی از این‌ها را انتخاب کنید: {choices}.</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>کمپیوترهای کارمندان همکار از بسته‌های USB استفاده نمی‌کنند.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>این یک بستهٔ برگشتی است که سرور برای یک کمپیوتر نوشته است: آن را به همان کمپیوتر ببرید.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>این بسته از کمپیوتری آمده که این سرور آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>کمپیوترهای کارمندان همکار بسته نمی‌فرستند.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>این کمپیوتر روی این سرور کلید بسته ندارد: یک بار آنلاین همگام‌سازی کنید، سپس بسته را دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>تغییرات این بسته به شکلی که clubapp می‌نویسد نیستند.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>این کمپیوتر پیشتر کلیدهای دیگری برای بسته ثبت کرده است: دوباره ثبتش کنید.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>این بسته از کمپیوتری آمده که در {date} لغو شده است: هیچ چیزی از آن پذیرفته نمی‌شود. اگر باید همگام شود، کمپیوتر را دوباره ثبت کنید.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>یک آدرس یا نام محل برای جست‌وجو بنویسید.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>آدرس جست‌وجو نشد (اتصال انترنت نیست، یا خدمت نقشه پاسخ نداد). به‌جای آن عرض و طول جغرافیایی را بنویسید، یا وقتی آنلاین شدید دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>هیچ محلی به نام &apos;{address}&apos; یافته نشد. املا را بررسی کنید، یا مختصات را بنویسید.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>یک عنوان کوتاه</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>نوع مشکل</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>روز یافتن</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>به چه کسی فرستاده شد</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>این مشکل دیگر روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>این پروژه دیگر روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>راه تماس</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>این شمارهٔ پیگیری نیست (اشتباه تایپی را بررسی کنید).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>تاریخ پیش از یافتن مشکل است.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>مشکلی که «{status}» است نمی‌تواند در گام بعد «{step}» علامت‌گذاری شود.</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>مشکل {number} روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>آدرس سرور با https:// (یا http://) آغاز می‌شود.</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>میان ۱ و ۲۴۰ دقیقه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>یکی از {choices} پیکسل را انتخاب کنید.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>عضو اضافه کند</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>تخلص</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>صنف</translation>
    </message>
    <message>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>اعضا را ویرایش کند</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>رضایت ثبت کند</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>اعضا را غیرفعال کند</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>معلومات شخصی یک عضو را پاک کند</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>این عضو دیگر روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>لطفاً یک سال تولد میان {first} و {last}.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>معلومات شخصی این عضو پاک شده است: نمی‌توان دوباره پر کرد.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>بنویسید چه کسی رضایت داد (والدین یا سرپرست).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>موقعیت GPS عکس ناممکن است و نادیده گرفته شد</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} افزوده شد، {there} از قبل بود، {failed} وارد نشد</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>موقعیت GPS عکس خوانا نیست و نادیده گرفته شد</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>تصویر برای باز کردن امن خیلی بزرگ است</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>تصویر این عکس هنوز به این کمپیوتر نرسیده است (با همگام‌سازی بعدی می‌آید).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>فایل خیلی بزرگ است ({size} MB؛ حداکثر {limit} MB)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>این عکس HEIC روی این کمپیوتر خوانده نمی‌شود؛ در iPhone گزینهٔ Settings &gt; Camera &gt; Formats &gt; Most Compatible را انتخاب کنید، یا آن را به صورت JPEG بفرستید</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>شاهد یا &apos;before&apos; (پیش از) است یا &apos;after&apos; (پس از).</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>پروژه‌ای را که عکس‌ها به آن تعلق دارند انتخاب کنید.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>این عکس دیگر روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>تصویر خراب یا ناقص است ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>فایل وجود ندارد</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>این بازدید دیگر روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>تصویرهای {kind} پشتیبانی نمی‌شوند؛ آن را به‌صورت JPEG ذخیره کنید</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>تصویر خیلی بزرگ است ({width} x {height} پیکسل)</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>فایل خیلی بزرگ است (حداکثر {limit} MB)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>فایل خوانده نشد ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>گرفته‌شده در {distance} km از موقعیت پروژه</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>کد سه‌حرفی واحد پول را به کار ببرید، مثلاً KES، NPR، LRD، USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>بگویید بودجه به کدام واحد پول است.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>کد دوحرفی کشور را به کار ببرید، مثلاً KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>شمار مستفیدان باید صفر یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>نام پروژه</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>سکتور</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>وضعیت پروژه</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>نوع پروژه</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>آغاز برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>آغاز واقعی</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>پایان واقعی</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>آغاز واقعی</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>این مختصات {distance} km از کلب فاصله دارد؛ به نظر می‌رسد عرض و طول جغرافیایی جابه‌جا شده‌اند ({latitude}، {longitude} را امتحان کنید).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>پروژهٔ تأییدشده را تنها یک معلم می‌تواند حذف کند.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>کارهای فرستاده‌شده را تأیید کند یا برگرداند</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>این از پیش منتظر بررسی معلم است.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>بگویید شاگرد چه چیزی را باید تغییر دهد.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>تنها سابقهٔ فرستاده‌شده را می‌توان تأیید کرد یا برگرداند.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>این سابقه روی این کمپیوتر نیست، یا شما نمی‌توانید آن را ببینید.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>این {kind} دیگر روی این کمپیوتر نیست.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>سوابق «{kind}» بررسی نمی‌شوند.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. بررسی کنید که دیسک جای خالی دارد.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>پشتیبان نوشته نشد: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>پشتیبان برگردانده نشد: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>دیسکی که {folder} را دارد پر است: آخرین تغییر ذخیره نشد، چیز دیگری از دست نرفت. کمی جا خالی کنید (فایل‌های غیرضروری را پاک کنید، سطل بازیافت را خالی کنید)، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>clubapp نمی‌تواند در {folder} بنویسد: پوشه یا دیسک آن فقط‌خواندنی است، یا این حساب اجازهٔ تغییر آن را ندارد. چیزی تغییر نکرد. پوشه را قابل نوشتن کنید (یا با --data-dir پوشهٔ دیگری انتخاب کنید)، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>پایگاه دادهٔ clubapp در {folder} خراب است ({reason}). چیزی تغییر نکرد. تازه‌ترین پشتیبان سالم را برگردانید: `clubapp backup --list` آن‌ها را نشان می‌دهد، `clubapp restore FILE` یکی را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>clubapp نتوانست از {folder} استفاده کند ({reason}). چیزی تغییر نکرد؛ پوشه و دیسک آن را بررسی کنید، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>این بسته را این کمپیوتر برای سرور نوشته است، نه پاسخ سرور است: نخست آن را به سرور ببرید.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>این بسته را نسخهٔ دیگری از clubapp نوشته است: clubapp را در هر دو سو به‌روز کنید، سپس بسته را دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>بخشی از این بسته پس از امضا تغییر کرده است.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>این بسته بخش‌هایی دارد که امضایش آن‌ها را در بر نمی‌گیرد (یا برخی از آنچه فهرست می‌کند را ندارد).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>کلیدی که این بسته لازم دارد خراب است: برای نو کردن آن یک بار آنلاین همگام‌سازی کنید.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>این بسته با کلید این کمپیوتر باز نمی‌شود: برای این کمپیوتر نیست، یا تغییر کرده است.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>امضای این بسته خراب است.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>امضای این بسته نمی‌خواند: تغییر کرده، یا کمپیوتر یا سروری که نام می‌برد آن را نساخته است.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>این کمپیوتر هنوز کلید بسته‌های USB ندارد: ثبتش کنید (آنلاین) یا یک بار آنلاین همگام‌سازی کنید، سپس بسته‌ها را به کار ببرید.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>همگام‌سازی دیگری از این پوشهٔ معلومات هنوز در جریان است (برنامه، یا فرمانی دیگر): صبر کنید تا پایان یابد، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>clubapp نمی‌تواند در پوشهٔ معلومات خود ({folder}) بنویسد: {reason}. بررسی کنید که پوشه وجود داشته باشد، فقط‌خواندنی نباشد و دیسک جای خالی داشته باشد.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>سرور سابقهٔ این عکس را برای این کلب ندارد ({reason})؛ روی این کمپیوتر می‌ماند و در همگام‌سازی بعدی دوباره کوشش می‌شود.</translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} و {photos_sent} فرستاده شد، {pulled} و {photos_received} دریافت شد</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} منتظر رضایت {students}: آن را در صفحهٔ اعضا ثبت کنید، سپس دوباره همگام‌سازی کنید</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>{count} پروژه روی نقشه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} باز از {total} مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>کوشش‌های نادرست زیاد. {seconds} ثانیه صبر کنید، سپس دوباره کوشش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>هم عرض و هم طول جغرافیایی را بدهید، یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>عرض و طول جغرافیایی باید عدد باشند.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} لازم است.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} خیلی دراز است ({length} حرف؛ حداکثر {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>&apos;{value}&apos; یک {label} شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second} پیش از {first} است.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>آیا عرض و طول جغرافیایی جابه‌جا شده‌اند؟</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} باید عدد باشد.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} خیلی بزرگ است.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>عرض جغرافیایی باید میان -90 و 90 باشد ({value} داده شد).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>طول جغرافیایی باید میان -180 و 180 باشد ({value} داده شد).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>تاریخ بازدید</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>تنها اعضای کلب می‌توانند به‌عنوان حاضر فهرست شوند.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} وجود ندارد.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} خراب است ({reason})؛ نسخهٔ پشتیبان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} نسخهٔ پشتیبان clubapp نیست.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} نسخهٔ پشتیبان clubapp نیست ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>این بستهٔ همگام‌سازی نیست (موجود نیست، یا خیلی بزرگ است).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>این بسته برای کمپیوتر دیگری ساخته شده است.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>این فایل بستهٔ همگام‌سازی clubapp نیست، یا خراب است.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>در زمانی نامعلوم</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>؛ سرور از یک نسخهٔ پشتیبان کهنه بازگردانده شده بود: سوابق این کمپیوتر دوباره فرستاده شدند</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (متوقف شد)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>این کمپیوتر هنوز به کلبی روی سرور وصل نیست: نخست ثبتش کنید.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>فایل آن پس از افزودن روی این کمپیوتر تغییر کرده یا خراب شده است: عکس را دوباره از کمره یا تلفن اضافه کنید.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>شبکه یک درخواست را به دلیل بزرگی رد کرد.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>، {count} رد شد</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>یک عکس خراب رسید؛ دوباره همگام‌سازی کنید تا دوباره آورده شود.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>clubapp را به‌روز کنید: سرور نسخهٔ نوتری می‌خواهد.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>سرور این کمپیوتر را رد کرد: دوباره ثبتش کنید.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>پاسخ سرور خراب بود؛ دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>عکس {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}، {field}: {kept} نگه داشته شد (ذخیره‌شده {kept_at})؛ کمپیوتر {device} {other} نوشت ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>فرستادن تغییرات: {done} از {total}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>دریافت عکس‌ها: {done} از {total}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>سرور با خطا پاسخ داد ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>یک تغییر بزرگ‌تر از آن است که شبکه اجازه می‌دهد؛ در صف می‌ماند.</translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} تغییر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} عکس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>دریافت: {count} سابقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>فرستادن عکس‌ها: {done} از {total} KB</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>به سرور دسترسی نشد ({reason}). هیچ چیزی گم نشد: آنچه فرستاده نشده در صف می‌ماند؛ وقتی اتصال برگشت دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>یک عکس فرستاده نشد ({reason}). سوابق دیگر فرستاده شدند.</translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>بستهٔ پروژهٔ OC4IDS (.json، یا یک .zip با عکس‌ها)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>عکس‌ها (یک .zip از فایل‌هایی که جدول‌ها نام می‌برند)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>شناسه‌های پروژهٔ OC4IDS با پیشوند ثبت‌شدهٔ موسسهٔ شما آغاز می‌شوند: oc4ids- و ۶ حرف یا رقم (مثلاً oc4ids-ab12cd)، که Open Contracting Partnership می‌دهد. آن را یک بار با `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd` تعیین کنید.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>آدرس پایه با https:// آغاز می‌شود و پوشه‌ای را که بسته در آن نشر می‌شود نام می‌برد.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>پیشوند OC4IDS عبارت است از oc4ids- و سپس ۶ حرف کوچک یا رقم، مثلاً oc4ids-ab12cd ({value} داده شد).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>صادرات رسانه یک فایل .zip است: نامی بدهید که به .zip پایان یابد.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>پایان بازهٔ تاریخ پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>تنظیمات ناشر OC4IDS را کارمندان همکار تعیین می‌کنند.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>وضعیت مشکل {value} نامعلوم است؛ از این‌ها انتخاب کنید: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>سکتور {value} نامعلوم است.</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>جایی که پروژه است کلیک کنید، یا نام شهر یا قریه را بنویسید. برای جابه‌جایی بکشید؛ با چرخ ماوس یا کلیدهای + و − بزرگ‌نمایی کنید.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>شهر یا قریه</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>شهر یا قریه برای یافتن</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;یافتن</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>عکس‌های دارای موقعیت</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>موقعیت این &amp;عکس را به کار ببر</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>موقعیت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>ساختن نقشه</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>عکس در {latitude}، {longitude}</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>هیچ شهر یا قریه‌ای به نام &apos;{name}&apos; روی نقشه نیست. املا را بررسی کنید، یا روی نقشه کلیک کنید.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>{distance} km از {town}، شهر کلب.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>این دور است: بررسی کنید که جای درست باشد.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>نقشهٔ پروژه‌ها</translation>
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
        <translation>برای دیدن پروژه روی یک نقطه کلیک کنید.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>پروژهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>عکس پروژهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>مشکلات پروژهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;باز کردن پروژه</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>هنوز عکسی نیست.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه کردن</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به‌صورت &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>ساختن نقشه…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>وضعیت نقشه</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>برای جابه‌جایی بکشید یا کلیدهای جهت را به کار ببرید، برای بزرگ‌نمایی چرخ یا + و −؛ برای دیدن پروژه روی یک نقطه کلیک کنید.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>بارگذاری پروژه</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>ذخیرهٔ نقشه به‌صورت PDF</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>{path} ذخیره شد: برای چاپ بازش کنید.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>نقشه در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>چاپ نقشه</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>گرفته‌شده نزدیک {town} ({distance} km)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>گرفته‌شده در {town}</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>بستن مشکل</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>برای نشان دادن آنچه دیدید، یک عکس «بعد» زیر عکس‌ها، پایین جدول زمانی مشکل، اضافه کنید.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>ثبت به عنوان رفته</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>{name} به عنوان کسی که کلب را ترک کرده ثبت شود؟ او دیگر نمی‌تواند وارد شود؛ کارش باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>نظر معلم</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>معلم شما این را به شما برگرداند: «{comment}». آنچه خواسته شده را تغییر دهید، سپس دوباره بفرستید.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>&amp;تأیید این {count}</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>&amp;برگرداندن این {count} با نظر…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>&amp;فرستادن دوبارهٔ این {count}</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>{count} مورد انتخاب شد</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>دکمه‌های پایین روی همهٔ این‌ها کار می‌کنند:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>فرستاده شده توسط {name}</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>آدرس سرور، اندازهٔ عکس و زمان خروج این کمپیوتر را معلم تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>اول PIN خود را بنویسید.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>اول رمز عبور خود را بنویسید.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>دوباره کوشش کنید، یا از معلم دیگری بخواهید رمز عبور شما را از نو تنظیم کند.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>تنها معلم می‌تواند تنظیمات این کمپیوتر را تغییر دهد.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>مثلاً {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>تاریخ را بنویسید، مثلاً {example} یا {iso}، یا آن را در تقویم انتخاب کنید (Alt+Down).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>باز کردن تقویم</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>تاریخ نیست: آن را مانند {example} یا {iso} بنویسید.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>اینجا تاریخ لازم است.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>پروژه‌ها روی نقشه: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>مشکلات: {open} باز از {total}</translation>
    </message>
</context>
</TS>
