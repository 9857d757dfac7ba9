<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>ठूलो</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>सबैभन्दा ठूलो</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>केन्या</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>नेपाल</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>लाइबेरिया</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>सियरा लियोन</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>कङ्गो (डीआर)</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>अफगानिस्तान</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>टिमोर-लेस्टे</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>युगान्डा</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>तान्जानिया</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>प्यालेस्टाइन</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>मोजाम्बिक</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>घाना</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>नाइजेरिया</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>जाम्बिया</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>clubapp मा स्वागत छ</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>यो कम्प्युटरमा अहिलेसम्म कुनै क्लब छैन। तपाईं के गर्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>यो कम्प्युटरमा नयाँ क्लब सुरु गर्नुहोस् (म शिक्षक हुँ) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>हाम्रो साझेदारबाट पाएको क्लब कोडले भइरहेको क्लबमा जोड्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>म साझेदार संस्थामा काम गर्छु: हाम्रा क्लबहरूका अभिलेख पढ्ने (&amp;P)</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>तपाईंको विद्यालय र क्लब</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>तपाईंलाई तालिम दिने साझेदार संस्था</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>विद्यालय (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>क्लबको नाम (&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>देश (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>सहर वा गाउँ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>साझेदार संस्था (&amp;P)</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>पहिलो शिक्षक</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>क्लब बनेपछि तपाईं विद्यार्थी र अरू शिक्षकहरू थप्नुहुनेछ।</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>पहिलो नाम (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>थर (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>प्रयोगकर्ता नाम (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>पासवर्ड फेरि (&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दुई पासवर्ड मिलेनन्।</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>आफ्नो क्लबमा जोड्नुहोस्</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>तपाईंको साझेदार संस्थाले हरेक क्लबलाई एउटा कोड दिन्छ। कम्प्युटर एक पटक अनलाइन हुनुपर्छ।</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>जस्तै KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>सर्भरको ठेगाना (&amp;S)</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>क्लब कोड (&amp;C)</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>आफ्नो साझेदार खाताले जोड्नुहोस्</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>यो कम्प्युटरले तपाईंको संस्थाका क्लबहरू पाउनेछ (विद्यार्थीहरू छद्मनाममा)।</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>clubapp सेटअप गर्नुहोस्</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>मस्यौदा सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>मस्यौदा हटाउँदै</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(नमुना)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>ब्याकअप गर्दै</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>नमुना सञ्जाल तयार गर्दै…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>नमुना: शिक्षकहरू &apos;{password}&apos; ले, विद्यार्थीहरू PIN {pin} ले भित्र पस्छन्।</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>नमुना बनाउँदै</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>आयोजनाको स्थान छान्नुहोस्</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>स्थान छान्ने नक्सा</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>अहिलेसम्म कुनै बिन्दु छानिएको छैन।</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>छानियो: अक्षांश {latitude}, देशान्तर {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>आयोजनाहरू</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>समस्याहरू</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>बाँकी ताकेता</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्यहरू</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>तथ्याङ्क</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>नक्सा</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिङ्क</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिङ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पानाहरू</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — सदाचार क्लबहरू</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>बाहिर निस्कनुहोस् (&amp;O)</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>साझेदारको कम्प्युटर: {count} क्लब&lt;br&gt;&lt;small&gt;तल आफ्नो प्रयोगकर्ता नाम लेख्नुहोस्&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>क्लब खोल्दै</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>भाषा सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>पहिले यो कम्प्युटर सेटअप गर्नुहोस्: एप बन्द गरेर फेरि खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>क्लब सेटअप भएन</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>क्लब सेटअप गर्दै</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>clubapp ले आफ्नो डाटा खोल्न सकेन</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>भित्र पसेको: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>ब्याकअप फर्काउँदै…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>ब्याकअप फर्कियो। पहिलेको डाटा {file} मा राखिएको छ।</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>केही परिवर्तन भएन: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>ब्याकअप फर्काउँदै</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>केही समय कुनै गतिविधि नभएकाले तपाईं बाहिरिनुभयो। तपाईंका मस्यौदा सुरक्षित छन्।</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>सिङ्क गर्दै</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>सिङ्कको अवस्था पढ्दै</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>क्लब</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>समस्याको प्रकार</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गम्भीरता</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>भेटिएको महिना</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>अनुगमनकर्ताको लिङ्ग</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>अनुगमनकर्ताको उमेर</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>१३ भन्दा कम</translation>
    </message>
    <message>
        <source>13-15</source>
        <translation>१३-१५</translation>
    </message>
    <message>
        <source>16-18</source>
        <translation>१६-१८</translation>
    </message>
    <message>
        <source>over 18</source>
        <translation>१८ भन्दा माथि</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>थाहा छैन</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>समाधान भयो</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>आंशिक समाधान भयो</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>समाधान भएन</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>अझै खुला</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>समाधान दर</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>जवाफ दर</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>जवाफसम्मका मध्यिका दिन</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>समाधानसम्मका मध्यिका दिन</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>म्याद नाघेको</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>{n} भन्दा कम समस्यामाथिको दर “धेरै थोरै” भनेर देखाइन्छ।</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>धेरै थोरै</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>भेटिएको अवधि (&amp;F)</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>यस मितिमा वा पछि भेटिएको</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>यस मितिमा वा अघि भेटिएको</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>सबै क्षेत्र</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>यसअनुसार छुट्याउनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>यसअनुसार छुट्याउनुहोस् (&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>निर्यात (&amp;X)…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>र</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>मध्यिका दिन</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>अनुगमन गरिएका आयोजनाहरू</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>समस्याका नतिजाको चार्ट</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>समूहअनुसार तथ्याङ्क</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>क्लबहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>सबै देश</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>सबै क्लब</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गन्दै…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>तथ्याङ्क गन्दै</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>{total} मध्ये {fixed} समस्या समाधान भए · {partly} आंशिक · {notfixed} समाधान भएनन् · {open} अझै खुला</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>उजुरी गरिएका {reported} मध्ये {answered} समस्याको जवाफ आयो</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>पहिलो जवाफसम्म दिन; समाधानसम्म {fix} दिन</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>उजुरी गरिएका समस्या जो क्लबको म्याद नाघेर पनि पर्खिरहेका छन्</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>बजेट {budgets} · {people} लाभग्राही</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>{day} सम्मको।</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>{group} अनुसार समस्याहरू</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात गर्दै…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>निर्यात गर्दै</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>{summary} {path} मा निर्यात भयो</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात असफल भयो</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>भेटियो, अझै उजुरी गरिएको छैन</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>उजुरी गरियो, जवाफ पर्खंदै</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>जवाफ आयो</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>समाधान भयो र जाँचियो</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>फेरि खोलियो</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बन्द गरियो</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>अझै उजुरी गरिएको छैन</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>जवाफ पर्खंदै</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>जवाफ आयो</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>समाधान भयो (जाँचिएको)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>उजुरी गरियो…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>ताकेता पठाइयो</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>फेरि खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>भेटियो</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>उजुरी गरियो</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>अनुगमनकर्ताले समाधान जाँचे</translation>
    </message>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>high</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>अति गम्भीर</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>समस्या छान्नुहोस्: ट्र्याकिङ नम्बर, शीर्षक, आयोजना… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>समस्या छान्नुहोस्</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सबै प्रकार</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सबै अवस्था</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>अवस्था</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ट्र्याकिङ नम्बर</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>आयोजना</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>पर्खाइ (दिन)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>समस्याहरू लोड गर्दै…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>समस्याहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>{total} मध्ये {shown} ताकेता बाँकी</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>{total} ताकेता बाँकी</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>{total} मध्ये {shown} समस्या</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>{total} समस्या</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>क्लबको ताकेता अवधिभन्दा लामो समयसम्म जवाफ छैन: ताकेता पठाउनुहोस् वा जवाफ लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>निकायलाई उजुरी गरिएका तर समयमै जवाफ नआएका समस्याहरू। पछ्याउनुहोस्: ताकेता पठाउनुहोस्, वा जवाफ आएको भए लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>समस्या दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>छोटो शीर्षक, जस्तै कक्षाकोठाका भित्तामा चिरा</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>यसको समाधान कसले गर्नुपर्छ</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>तपाईंले के देख्नुभयो? ठ्याक्कै कहाँ? वाचा गरिएको कुरासँग कस्तो तुलना हुन्छ?</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>समस्या (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>प्रकार (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>गम्भीरता (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>तपाईंले देखेको कुरा (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>जिम्मेवार (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>भेटिएको मिति (&amp;F)</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>तपाईंले पछिल्लो पटक लेखेको कुरा फर्काइयो (अझै सुरक्षित गरिएको थिएन)।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सुरक्षित गर्दै…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>समस्या सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;सुरक्षित भयो।&lt;/b&gt; ट्र्याकिङ नम्बर: {number}&lt;br&gt;यो समस्याबारे पठाउने हरेक पत्रमा यो लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बन्द गर्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>कहिले (&amp;W)</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>पत्र वा मुद्दा नम्बर, भए</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>कसलाई (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>कसरी (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>सन्दर्भ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>चरण सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड गर्दै…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>के भयो</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>समस्या खोल्दै</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>समस्या {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>ट्र्याकिङ नम्बर {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>गम्भीरता {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>जिम्मेवार: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>{whom} लाई</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>{channel} मार्फत</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>सन्दर्भ {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>समीक्षाका लागि पेस गर्नुहोस् (&amp;B)</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>सिफारिस पत्र (PDF) (&amp;L)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>पेस भएन</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>पेस गर्दै</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>सिफारिस पत्र सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>पत्र {path} मा सुरक्षित भयो</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>पत्र बनेन</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>पत्र बनाउँदै</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <source>student</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>सदस्य छान्नुहोस्</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>छोडेका सदस्य देखाउनुहोस् (&amp;L)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>given</source>
        <translation>दिइएको</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>छैन</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>भित्र पस्न सक्छ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation>होइन</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>सदस्य थप्नुहोस् (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>परिवर्तन (&amp;C)…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>सहमति लेख्नुहोस् (&amp;C)…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>PIN वा पासवर्ड राख्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>छोडेको भनी चिनो लगाउनुहोस् (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>कक्षाको सूची आयात गर्नुहोस् (CSV) (&amp;I)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>प्रमाणपत्र छाप्नुहोस् (&amp;T)…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>सदस्यहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} सदस्य</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>{count} विद्यार्थीको सहमति छैन</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>फर्केको भनी चिनो लगाउनुहोस् (&amp;B)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} थपियो।</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>सदस्य थप्दै</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} सुरक्षित भयो।</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>सदस्य परिवर्तन गर्दै</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>सहमति लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>{name} का लागि कसले सहमति दिनुभयो (अभिभावक वा संरक्षक)?</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>{name} को सहमति लेखियो।</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>सहमति लेख्दै</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>{name} का लागि नयाँ PIN (कम्तीमा ४ अङ्क):</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>{name} का लागि नयाँ पासवर्ड (कम्तीमा ८ अक्षर):</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} नयाँ PIN ले भित्र पस्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} नयाँ पासवर्डले भित्र पस्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>PIN वा पासवर्ड राख्नुहोस्</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>PIN राख्दै</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} अब निष्क्रिय हुनुहुन्छ।</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} अब सक्रिय हुनुहुन्छ।</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>प्रमाणपत्र छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>{name} को मात्र प्रमाणपत्र छाप्ने?

हो: यो विद्यार्थीको मात्र। होइन: क्लबका सबै सक्रिय विद्यार्थीको।</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>प्रमाणपत्रहरू सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>प्रमाणपत्रहरू बनाउँदै…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>{count} प्रमाणपत्र {path} मा सुरक्षित भए</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>प्रमाणपत्र बनेनन्</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>प्रमाणपत्र बनाउँदै</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>कक्षाको सूची आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>कक्षाको सूची (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>सदस्य परिवर्तन गर्नुहोस्</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>सदस्य थप्नुहोस्</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>दिइएको छैन</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>भूमिका (&amp;R)</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>लिङ्ग (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>जन्म वर्ष (&amp;B)</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>कक्षा (&amp;R)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फाइल पढ्दै…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पङ्क्ति</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>पहिलो नाम</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>थर</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>जन्म वर्ष</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>कक्षाको सूचीका पङ्क्तिहरू</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>ठीक पङ्क्तिहरू थप्नुहोस्</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>यो फाइल कक्षाको सूचीका लागि धेरै ठूलो छ (५ MB भन्दा बढी)।</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>कक्षाको सूची पढ्दै</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>{count} पङ्क्ति थप्न तयार</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>समस्या भएका {count} पङ्क्ति छोडिनेछन् (फाइलमा सच्याएर फेरि आयात गर्नुहोस्)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>सदस्यहरू थप्दै</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>कक्षाको सूचीबाट {count} सदस्य थपिए।</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>आयोजनाका कागजात उपलब्ध थिए?</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>समुदायलाई सहभागी गराइएको थियो?</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>काम विवरणअनुसार छ?</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>लाभग्राहीहरू सन्तुष्ट छन्?</translation>
    </message>
    <message>
        <source>before</source>
        <translation>पहिले</translation>
    </message>
    <message>
        <source>after</source>
        <translation>पछि</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>फोटो थप्नुहोस् (&amp;A)…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>फोटोले देखाउँछ</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>पहिले (समस्या)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>पछि (समाधान)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>फोटो यहाँ खसाल्नुहोस्, वा फोटो थप्नुहोस् प्रयोग गर्नुहोस्। ठूलो हेर्न फोटोमा दुई पटक क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फोटोहरू</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>फोटोहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>मिति थाहा छैन</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>अहिलेसम्म फोटो छैन। फोटो यहाँ खसाल्नुहोस्, वा फोटो थप्नुहोस् प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>फोटो थप्नुहोस्</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>फोटो आयात गर्दै…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>{total} मध्ये {number} औं फोटो आयात गर्दै: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>फोटो आयात गर्दै</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} फोटो थपिए।</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>थपिएन: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>टिप्पणी: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>अन्त्यअघि नै रोकियो; माथिका फोटो थपिए।</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फोटो</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>क्याप्सन</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>स्थान छैन</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>{when}, {where} मा खिचिएको; {width}×{height} पिक्सेल</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>क्याप्सन (&amp;C):</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>फोटो खोल्दै</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>क्याप्सन सुरक्षित भएन</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>क्याप्सन सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>अनुगमन भ्रमण दर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>भ्रमणको मिति (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणीहरू (&amp;N)</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>को को गए</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>भ्रमण सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>विवरण सम्पादन गर्नुहोस् (&amp;E)</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>भ्रमण दर्ता गर्नुहोस् (&amp;V)</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>समस्या दर्ता गर्नुहोस् (&amp;I)</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>आयोजना प्रतिवेदन (PDF) (&amp;R)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>फोटोहरू (&amp;P)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>भ्रमणहरू</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>भ्रमणहरू (&amp;S)</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>समस्याहरू (&amp;U)</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>आयोजना खोल्दै</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>आयोजना: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>{day} को भ्रमण</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>उपस्थित: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>समीक्षा: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>अहिलेसम्म कुनै भ्रमण दर्ता भएको छैन।</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>भ्रमणहरू ({count}) (&amp;S)</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>तपाईंका शिक्षकलाई समीक्षाका लागि पठाइयो।</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>आयोजना प्रतिवेदन सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>प्रतिवेदन {path} मा सुरक्षित भयो</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>प्रतिवेदन बनेन</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>प्रतिवेदन बनाउँदै</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>मस्यौदा</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>समीक्षा पर्खंदै</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>फिर्ता गरियो</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>आयोजना छान्नुहोस्: कुनै पनि शब्द लेख्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>आयोजना छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>नयाँ आयोजना (&amp;N)</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>जिम्मेवार निकाय</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>खुला समस्याहरू</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>सबै समस्याहरू</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>आयोजनाहरू लोड गर्दै…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>आयोजनाहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>{total} मध्ये {shown} आयोजना</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>{total} आयोजना</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>आयोजनाको विवरण परिवर्तन गर्नुहोस्</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>नयाँ आयोजना</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>जस्तै रुरिङ्गु प्राथमिक विद्यालयको दुई कोठे भवन</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>जिम्मेवार कार्यालय, जस्तै जिल्ला शिक्षा कार्यालय</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>काम गर्ने ठेकेदार वा निकाय</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>जस्तै 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>यसले कति जनालाई सेवा दिन्छ</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>जस्तै -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>जस्तै 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>आयोजनाको नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>क्षेत्र (&amp;S)</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>अवस्था (&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>किसिम (&amp;Y)</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>वाचा गरिएको कुरा (&amp;P)</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>जिम्मेवार निकाय (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>ठेकेदार वा निकाय (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>आर्थिक स्रोत (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>बजेट (&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>मुद्रा (&amp;U)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>योजनाअनुसार सुरु</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>योजनाअनुसार अन्त्य</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>वास्तविक सुरु</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>वास्तविक अन्त्य</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>लाभग्राही (&amp;E)</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>ठेगाना वा स्थान (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>अक्षांश (&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>देशान्तर (&amp;O)</translation>
    </message>
    <message>
        <source>Look up the &amp;map position</source>
        <translation>नक्सामा स्थान खोज्नुहोस् (&amp;M)</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>नक्सामा छान्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>अक्षांश र देशान्तर सङ्ख्या हुन्, जस्तै -0.4197 र 36.9475।</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>लाभग्राहीको सङ्ख्या पूर्णाङ्क हो।</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>आयोजना सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>आयोजना सुरक्षित भयो।</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>ठेगाना खोज्ने सुविधा उपलब्ध छैन; अक्षांश र देशान्तर लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>ठेगाना खोज्दै… (तपाईं लेख्न जारी राख्न सक्नुहुन्छ)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>ठेगाना खोज्दै</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>नक्सामा स्थान छानियो।</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>भेटियो: {place} (पहिले सुरक्षित गरिएको)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>भेटियो: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>राखिएको छैन</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} देखि {end} सम्म</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>ठेकेदार वा निकाय</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>आर्थिक स्रोत</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजेट</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>योजना</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>लाभग्राही</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>अवस्थिति</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>भ्रमण</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>सच्याउन फिर्ता गरियो</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>अझै पेस गरिएको छैन</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>तपाईंका विद्यार्थीले समीक्षाका लागि पठाएका काम। के बदलियो हेर्न एउटा खोल्नुहोस्, अनि स्वीकृत गर्नुहोस् वा टिप्पणीसहित फिर्ता गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>तपाईंका शिक्षकले फिर्ता गरेका काम (टिप्पणी पढ्नुहोस्, सच्याउनुहोस्, र फेरि पेस गर्नुहोस्), र तपाईंले अझै पेस नगरेका काम।</translation>
    </message>
    <message>
        <source>What</source>
        <translation>के</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>State</source>
        <translation>अवस्था</translation>
    </message>
    <message>
        <source>By</source>
        <translation>कसले</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>पठाइएको</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>समीक्षा गर्नुपर्ने काम</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>छानिएको वस्तुको विवरण</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोल्नुहोस् (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>स्वीकृत गर्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>टिप्पणीसहित फिर्ता गर्नुहोस् (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>फेरि पेस गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>समीक्षाहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} पर्खंदै</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} गर्न बाँकी</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>बायाँपट्टि एउटा वस्तु छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>शिक्षकको टिप्पणी:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>स्वीकृत भएपछि बदलिएको:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>नयाँ: पहिले स्वीकृत भएको छैन।</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>भ्रमणहरू तिनको आयोजनाको विन्डोमा देखिन्छन्।</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>स्वीकृत: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>स्वीकृत भएन</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>स्वीकृत गर्दै</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>टिप्पणीसहित फिर्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>विद्यार्थीले के बदल्नुपर्छ?</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>फिर्ता गरियो: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>फिर्ता भएन</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>फिर्ता गर्दै</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>समीक्षाका लागि पठाइयो: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>कम्प्युटरको भाषा</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (अफलाइन काम गर्न खाली छोड्नुहोस्)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>सबैभन्दा लामो भागमा {size} पिक्सेल</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>मिनेट</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>प्रमाणपत्र र पत्र यो भाषामा छाप्ने (&amp;I)</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>ठूलो अक्षर (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>जवाफ नआएको समस्यामा यति समयपछि ताकेता गर्नुहोस् (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>सर्भरको ठेगाना (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>फोटोको आकार (&amp;P)</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>कुनै गतिविधि नभए यति समयपछि बाहिर निकाल्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>भाषा परिवर्तन एप अर्को पटक खुल्दा लागू हुन्छ। अक्षरको आकार तुरुन्तै बदलिन्छ।</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिङ सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>सेटिङ पढ्दै</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>सेटिङ सुरक्षित भएन</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>सेटिङ सुरक्षित गर्दै</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिङ सुरक्षित भयो।</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>यो कम्प्युटरको डाटाका ब्याकअप</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>clubapp खुलेको हरेक दिन ब्याकअप बनाउँछ।</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अहिले ब्याकअप गर्नुहोस् (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ब्याकअप फर्काउनुहोस् (&amp;R)…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>ब्याकअप लेखियो: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>ब्याकअप बनेन</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ब्याकअपहरू</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>ब्याकअपहरू पढ्दै</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>दैनिक</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>हातले बनाइएको</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>फर्काउनुअघि</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} MB</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>अहिलेसम्म ब्याकअप छैन। पहिले “अहिले ब्याकअप गर्नुहोस्” प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ब्याकअप फर्काउनुहोस्</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>कुन ब्याकअप फर्काउने?</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>{when} को डाटा फर्काउने?

यो कम्प्युटरमा भएका सबै कुरा त्यही बेलामा फर्कन्छन् र तपाईं बाहिरिनुहुन्छ। त्यसपछि सिङ्क भएका कुरा अर्को सिङ्कमा फर्कन्छन्। अहिलेको डाटा ब्याकअपका रूपमा राखिन्छ, त्यसैले यो फिर्ता लिन सकिन्छ।</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>{changes} परिवर्तन र {photos} फोटो पठाउन बाँकी</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>अफलाइन काम गर्दै (सर्भर राखिएको छैन)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>पछिल्लो सिङ्क: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कहिल्यै होइन</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>सिङ्कको अवस्था</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>अहिले सिङ्क गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>रोक्नुहोस् (&amp;T)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>सिङ्कको प्रगति</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>तपाईंको साझेदारले दिएको क्लब कोड, जस्तै KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>यो कम्प्युटर क्लबमा जोड्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>अस्वीकृत अभिलेख र द्वन्द्व</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>यो संस्करण अफलाइन मात्र चल्छ: सर्भर जडान स्थापना गरिएको छैन।</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>सर्भरले अस्वीकार गरेका</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>हेर्नुपर्ने द्वन्द्व</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>केही अस्वीकृत छैन, कुनै द्वन्द्व छैन।</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>सिङ्क सकियो: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>सिङ्क पूरा भएन</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>केही हराएन: नपठाइएका कुरा अझै पर्खिरहेका छन् र अर्को पटक पठाइनेछन्।</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>यो कम्प्युटर क्लबमा जोडिएको छ।</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>जोडिएको छैन</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>जोड्दै</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>स्वागत छ</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>१. आफ्नो नाम छान्नुहोस् (&amp;N):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>तपाईंको नाम</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…वा आफ्नो प्रयोगकर्ता नाम लेख्नुहोस् (साझेदारका कर्मचारी)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>प्रयोगकर्ता नाम (साझेदारका कर्मचारी)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>२. आफ्नो PIN वा पासवर्ड लेख्नुहोस् (&amp;P):</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN वा पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>भित्र पस्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>नामहरू लोड गर्दै</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(शिक्षक)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>२. आफ्नो PIN लेख्नुहोस् (&amp;P):</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>२. आफ्नो पासवर्ड लेख्नुहोस् (&amp;P):</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>पहिले आफ्नो नाम छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच्दै…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>भित्र पस्दै</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>फेरि प्रयास गर्नुहोस्, वा आफ्नो PIN नयाँ बनाइदिन शिक्षकलाई भन्नुहोस्।</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>{task} गर्दा केही गडबड भयो। विवरण लगमा छ; फेरि प्रयास गर्नुहोस्, र फेरि भए आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
    </message>
    <message>
        <source>working</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>फोन कल</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>एसएमएस</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>इमेल</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>अनलाइन फारम</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>रेडियो वा पत्रिका</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>CSV फाइलहरू (एउटा फोल्डर, वा .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel वर्कबुक (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>GeoJSON नक्सा तह (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>भन्न चाहन्न</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>काम ढिलो वा रोकिएको</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>काम वा सामग्रीको गुणस्तर कमजोर</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>काम अधुरो छोडिएको</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>आयोजना परित्याग गरिएको</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>विवरणअनुसार छैन</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>पैसाको हिसाब छैन</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>आयोजनाको जानकारी सार्वजनिक छैन</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>सुरक्षा जोखिम</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>सबैका लागि पहुँचयोग्य छैन</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>बिग्रेको र मर्मत नगरिएको</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>वातावरणमा हानि</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>अन्य समस्या</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>अति गम्भीर (मानिसलाई खतरा)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>ऊर्जा</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>सौर्य ऊर्जा</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>वायु ऊर्जा</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>जलविद्युत्</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>जैविक ऊर्जा</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>भू-तापीय ऊर्जा</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>सञ्चार</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>खानेपानी तथा सरसफाइ</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>सार्वजनिक भवन र सेवा</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>अर्थतन्त्र र कृषि</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>संस्कृति, खेलकुद र मनोरञ्जन</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>यातायात</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>हवाई यातायात</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>जल यातायात</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>रेल यातायात</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>सडक र पुल</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>सहरी यातायात</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>न्यून कार्बन यातायात</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>सामाजिक आवास</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>प्राकृतिक स्रोत</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>बाढी नियन्त्रण</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>तयारीमा</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>निर्माणाधीन</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>सम्पन्न</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>प्रयोगमा</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>सञ्चालनबाट हटाइँदै</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>सञ्चालनबाट हटाइएको</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>नयाँ निर्माण</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>पुनर्निर्माण</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>प्रतिस्थापन</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>विस्तार</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>सञ्चालनबाट हटाउने</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हो</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>आंशिक</translation>
    </message>
    <message>
        <source>No</source>
        <translation>होइन</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>थाहा छैन</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>{folder} मा रहेको डाटाबेस बिग्रिएको छ: यसको ब्याकअप पनि बिग्रिएको हुन्थ्यो, त्यसैले बनाइएन। `clubapp restore FILE` ले सबैभन्दा नयाँ राम्रो ब्याकअप फर्काउनुहोस् (`clubapp backup --list` हेर्नुहोस्)।</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} फर्काइयो। बिग्रिएको डाटाबेस {kept} मा सारियो।</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} फर्काइयो। पहिलेको डाटाबेस {kept} मा राखिएको छ (पूर्ववत गर्न यसलाई फर्काउनुहोस्)।</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>चेतावनी: --code सँग दिइएको कोड आदेश चलिरहँदा यो कम्प्युटरमा जो कसैले देख्न सक्छ। --code नराख्नुहोस् र सोधिँदा कोड लेख्नुहोस्, वा पाइपबाट दिनुहोस्।</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>दर्ता कोड (लेख्दा देखिँदैन): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>कुनै दर्ता कोड दिइएन: केही परिवर्तन भएन। साझेदार संस्थाले दिएको कोड लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>चेतावनी: {server} https:// होइन: कोड र हरेक अभिलेख सञ्जालमा इन्क्रिप्सनबिना जानेछन्। सर्भरको https:// ठेगाना माग्नुहोस्।</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>निर्यात गर्न कुनै आयोजना छैन (OC4IDS लाई कम्तीमा एउटा चाहिन्छ)।</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>नक्सा PDF मा छाप्न सकिएन।</translation>
    </message>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फेब्रुअरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रिल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मे</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जुन</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्ट</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सेप्टेम्बर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टोबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नोभेम्बर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>डिसेम्बर</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>; {count} फोटो अझै सर्भरमा छैन (खिच्ने कम्प्युटरले पठाएपछि पछिको सिङ्कमा आउँछ)</numerusform>
            <numerusform>; {count} फोटो अझै सर्भरमा छैनन् (खिच्ने कम्प्युटरले पठाएपछि पछिको सिङ्कमा आउँछन्)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>अति गम्भीर समस्या खुला</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>गम्भीर समस्या खुला</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>समस्या खुला</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>सानो समस्या खुला</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>सबै समस्या समाधान वा बन्द भए</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>कुनै समस्या दर्ता भएको छैन</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>सदाचार क्लबहरूले अनुगमन गरेका आयोजनाहरू</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} विद्यार्थी</numerusform>
            <numerusform>{count} विद्यार्थी</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>सबैभन्दा गम्भीर खुला समस्या</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>{club} ले अनुगमन गरेका आयोजनाहरू</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} स्थानबिना</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>सबैभन्दा गम्भीर खुला: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>सदाचार क्लबका प्रमाणपत्रहरू</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>सामुदायिक अनुगमनको प्रमाणपत्र</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>यो प्रमाणित गरिन्छ कि</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>सार्वजनिक पैसा जसका लागि थियो उनीहरूसम्म पुर्‍याउन सहयोग गर्नुभएकोमा धन्यवाद।</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>समुदायमा सार्वजनिक आयोजनाहरूको अनुगमन गर्नुभयो {period}: {visits}, {reported}, र {fixed}।</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>{club} को सदस्य</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} देखि {end} सम्म</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>{date} सम्म</translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} अनुगमन भ्रमण</numerusform>
            <numerusform>{count} अनुगमन भ्रमण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} समस्या दर्ता र उजुरी गरियो</numerusform>
            <numerusform>{count} समस्या दर्ता र उजुरी गरिए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} समस्या समाधान नभएसम्म पछ्याइयो</numerusform>
            <numerusform>{count} समस्या समाधान नभएसम्म पछ्याइए</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>शिक्षक · {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>प्रमाणपत्र {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>प्रमाणीकरण कोड {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>जाँच्नुहोस्: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>क्लबले भेट्टायो</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>उजुरी गरियो</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>जवाफ आयो</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>ताकेता पठाइयो</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>समाधान भयो</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>आंशिक समाधान भयो</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>समाधान भएन</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>क्लबले समाधान जाँच्यो</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>फेरि खोलियो</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बन्द गरियो</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>प्राप्तकर्ता:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>आदरणीय महोदय वा महोदया,</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>हामीले देखेको कुरा</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>भवदीय,</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{whom} लाई {event}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{channel} मार्फत {event}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>जिम्मेवार निकाय</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>अहिलेसम्म के भयो:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>विषय: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>ट्र्याकिङ नम्बर: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>हामी {club} हौं, आफ्ना शिक्षकहरूसँग मिलेर हाम्रो समुदायका सार्वजनिक आयोजनाहरूको अनुगमन गर्ने विद्यार्थी। {date} मा हामीले “{project}” आयोजनाको भ्रमण गर्‍यौं र एउटा समस्या भेट्यौं, जसबारे हेरिदिन हामी अनुरोध गर्दछौं।</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>के गरिनेछ र कहिले भन्ने कुरा {date} सम्म जवाफ दिनुभए हामी आभारी हुनेछौं। कृपया आफ्नो जवाफमा ट्र्याकिङ नम्बर {number} उल्लेख गर्नुहोस्, ताकि समस्या समाधान नभएसम्म हामी पछ्याउन सकौं।</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>{club} को तर्फबाट</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>सिफारिस पत्र {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>समस्याका फोटोहरू ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>पहिलेको फोटो</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>पछिको फोटो</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>फोटोहरू: पहिले र पछि</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>अनुगमन भ्रमणहरू</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>भेटिएका समस्याहरू</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>फोटोहरू: पहिले</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>फोटोहरू: पछि</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>कुनै स्थान दर्ता भएको छैन।</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>कुनै समस्या दर्ता भएको छैन।</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>{date} मा छापिएको</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहिले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>पछि</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>{found} भेटिए, {fixed} समाधान वा बन्द भए</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>आयोजना प्रतिवेदन: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>प्रयोगकर्ता नाम चाहिन्छ।</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>पासवर्डमा कम्तीमा {count} अक्षर चाहिन्छ।</numerusform>
            <numerusform>पासवर्डमा कम्तीमा {count} अक्षर चाहिन्छ।</numerusform>
        </translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>त्यो नाम र पासवर्ड मिलेनन्।</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>साझेदारका कर्मचारी वा प्रशासकको खाता बनाउन</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>खाता बनाउन</translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>PIN मा कम्तीमा {count} अङ्क चाहिन्छ।</numerusform>
            <numerusform>PIN मा कम्तीमा {count} अङ्क चाहिन्छ।</numerusform>
        </translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>त्यो खाता अब छैन।</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>PIN वा पासवर्ड नयाँ बनाउन</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>प्रयोगकर्ता नाम &apos;{username}&apos; पहिल्यै लिइएको छ।</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>तपाईं आफ्नै क्लबका अभिलेख मात्र हेर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>साझेदारका कर्मचारीका खाताले क्लबका अभिलेख पढ्न सक्छन् तर बदल्न सक्दैनन्।</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>तपाईं आफ्नै क्लबका अभिलेख मात्र बदल्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>शिक्षकले मात्र {action} सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>शिक्षकले आफ्नै क्लबमा मात्र {action} सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>प्रशासकले मात्र {action} सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>ब्याकअप हेर्न</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>ब्याकअप बनाउन</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>ब्याकअप फर्काउन</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>प्रमाणपत्र छाप्न</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>यो मान्य प्रमाणीकरण कोड होइन: छापिएजस्तै ठ्याक्कै लेखिएको छ कि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>त्यो क्लब यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>यो कोड भएको कुनै प्रमाणपत्र यो सञ्जालमा जारी भएको छैन (यो कम्प्युटरलाई थाहा भएसम्म: सिङ्क गरेर फेरि प्रयास गर्नुहोस्)।</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>सक्कली: {student} लाई {club} ले {date} मा जारी गरेको प्रमाणपत्र {number}।</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>छानिएका केही व्यक्ति यो क्लबका विद्यार्थी होइनन्।</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>प्रमाणपत्र {number} फिर्ता लिइयो।</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>कक्षाको सूची आयात गर्न</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>यो पाठ फाइल होइन: स्प्रेडसिटबाट कक्षाको सूची CSV का रूपमा सुरक्षित गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>फाइल खाली छ।</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>पहिलो पङ्क्तिमा स्तम्भका नाम हुनुपर्छ; एउटा &apos;Given name&apos; (वा &apos;First name&apos;) हुनैपर्छ। अरू: Family name, Gender, Birth year, Grade।</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>लिङ्ग &apos;{value}&apos; female, male, other मध्ये कुनै होइन</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>पङ्क्ति {line} जस्तै नाम</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>यो फाइल कक्षाको सूची (CSV) का रूपमा पढ्न सकिएन। स्प्रेडसिटमा खोलेर फेरि CSV का रूपमा सुरक्षित गर्नुहोस्। ({reason})</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>यो clubapp ले पढ्न सक्ने तस्बिर होइन (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>सर्भरसँग त्यो छैन।</translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>कक्षाको सूचीमा बढीमा {count} पङ्क्ति हुन्छ; फाइल टुक्र्याउनुहोस्।</numerusform>
            <numerusform>कक्षाको सूचीमा बढीमा {count} पङ्क्ति हुन्छन्; फाइल टुक्र्याउनुहोस्।</numerusform>
        </translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>जन्म वर्ष &apos;{value}&apos; वर्ष होइन</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>साझेदार संस्था थप्न</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>क्लब बनाउन</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>देश छान्नुहोस् (KE, NP वा LR जस्तो दुई अक्षरको कोड)।</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>त्यो क्लब यो कम्प्युटरमा छैन, वा तपाईं त्यो हेर्न सक्नुहुन्न।</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>क्लबको सेटिङ बदल्न</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>संस्थाको नाम</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>विद्यालयको नाम</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>क्लबको नाम</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>शिक्षकको नाम</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>प्रयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>१ देखि ३६५ दिनबीच छान्नुहोस्।</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>त्यो साझेदार संस्था छैन।</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>यो क्लबमा पहिल्यै शिक्षक हुनुहुन्छ; तपाईंलाई थप्न उहाँलाई भन्नुहोस्।</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>निर्यात शिक्षक र साझेदारका कर्मचारीले गर्छन्।</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>यीमध्ये एउटा छान्नुहोस्: {choices}।</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>साझेदारका कर्मचारीका कम्प्युटरले USB बन्डल प्रयोग गर्दैनन्।</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>यो सर्भरले कुनै कम्प्युटरका लागि लेखेको फिर्ती बन्डल हो: त्यो कम्प्युटरमा लैजानुहोस्।</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>यो बन्डल यो सर्भरले नचिनेको कम्प्युटरबाट आएको हो।</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>साझेदारका कर्मचारीका कम्प्युटरले बन्डल पठाउँदैनन्।</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>यो सर्भरमा यो कम्प्युटरको बन्डल साँचो छैन: एक पटक अनलाइन सिङ्क गर्नुहोस्, अनि फेरि बन्डल निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>यो बन्डलका परिवर्तनहरू clubapp ले लेख्ने रूपमा छैनन्।</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>यो कम्प्युटरले पहिले अरू बन्डल साँचो दर्ता गरेको थियो: फेरि दर्ता गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>यो बन्डल {date} मा रद्द गरिएको कम्प्युटरबाट आएको हो: त्यसबाट केही स्वीकार हुँदैन। सिङ्क गर्नुपर्ने हो भने कम्प्युटर फेरि दर्ता गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>खोज्नका लागि ठेगाना वा स्थानको नाम लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>ठेगाना खोज्न सकिएन (इन्टरनेट जडान छैन, वा नक्सा सेवाले जवाफ दिएन)। बरु अक्षांश र देशान्तर लेख्नुहोस्, वा अनलाइन हुँदा फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>&apos;{address}&apos; नामको कुनै स्थान भेटिएन। हिज्जे जाँच्नुहोस्, वा निर्देशाङ्क लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>छोटो शीर्षक</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>समस्याको प्रकार</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>गम्भीरता</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>भेटिएको दिन</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>मिति</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>कसलाई पठाइयो</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>सन्दर्भ</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>त्यो समस्या अब यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>त्यो आयोजना अब यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>सम्पर्कको माध्यम</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>त्यो ट्र्याकिङ नम्बर होइन (टाइप गल्ती छ कि जाँच्नुहोस्)।</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>मिति समस्या भेटिनुभन्दा अघिको छ।</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>&apos;{status}&apos; अवस्थाको समस्यालाई अब &apos;{step}&apos; भनी चिनो लगाउन सकिँदैन।</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>यो कम्प्युटरमा समस्या {number} छैन।</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>सर्भरको ठेगाना https:// (वा http://) बाट सुरु हुन्छ।</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>१ देखि २४० मिनेटबीच छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>{choices} पिक्सेलमध्ये एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>सदस्य थप्न</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>पहिलो नाम</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>थर</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>सदस्यको विवरण सम्पादन गर्न</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>सहमति लेख्न</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>सदस्य निष्क्रिय पार्न</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>सदस्यको व्यक्तिगत डाटा मेटाउन</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>त्यो सदस्य अब यो कम्प्युटरमा हुनुहुन्न।</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>कृपया {first} र {last} बीचको जन्म वर्ष।</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>यो सदस्यको व्यक्तिगत डाटा मेटाइएको छ: फेरि भर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>सहमति कसले दिनुभयो लेख्नुहोस् (अभिभावक वा संरक्षक)।</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>फोटोको GPS स्थान असम्भव भएकाले बेवास्ता गरियो</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} थपियो, {there} पहिले नै छन्, {failed} आयात भएन</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>फोटोको GPS स्थान पढ्न नसकिने भएकाले बेवास्ता गरियो</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>तस्बिर सुरक्षित रूपमा खोल्न धेरै ठूलो छ</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>यो फोटोको तस्बिर अझै यो कम्प्युटरमा आइपुगेको छैन (अर्को सिङ्कसँग आउँछ)।</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>फाइल धेरै ठूलो छ ({size} MB; बढीमा {limit} MB)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>यो HEIC फोटो यस कम्प्युटरमा पढ्न सकिँदैन; iPhone मा Settings &gt; Camera &gt; Formats &gt; Most Compatible छान्नुहोस्, वा JPEG मा पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>प्रमाण &apos;before&apos; वा &apos;after&apos; हो।</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>फोटोहरू कुन आयोजनाका हुन् छान्नुहोस्।</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>त्यो फोटो अब यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>तस्बिर बिग्रेको वा अधुरो छ ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>फाइल छैन</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>त्यो भ्रमण अब यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>{kind} तस्बिर चल्दैनन्; JPEG का रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>तस्बिर धेरै ठूलो छ ({width} x {height} पिक्सेल)</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>फाइल धेरै ठूलो छ (बढीमा {limit} MB)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>फाइल पढ्न सकिएन ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>आयोजनाको स्थानबाट {distance} km टाढा खिचिएको</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>बजेट</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>तीन अक्षरको मुद्रा कोड प्रयोग गर्नुहोस्, जस्तै KES, NPR, LRD, USD।</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>बजेट कुन मुद्रामा हो भन्नुहोस्।</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>दुई अक्षरको देश कोड प्रयोग गर्नुहोस्, जस्तै KE।</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>लाभग्राहीको सङ्ख्या शून्य वा बढी हुनुपर्छ।</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>आयोजनाको नाम</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>आयोजनाको अवस्था</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>आयोजनाको किसिम</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>योजनाअनुसार सुरु</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>योजनाअनुसार अन्त्य</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>वास्तविक सुरु</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>वास्तविक अन्त्य</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>वास्तविक सुरु</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>यी निर्देशाङ्क क्लबबाट {distance} km टाढा छन्; अक्षांश र देशान्तर साटिएजस्तो देखिन्छ ({latitude}, {longitude} प्रयास गर्नुहोस्)।</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>स्वीकृत आयोजना शिक्षकले मात्र हटाउन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>पेस गरिएका काम स्वीकृत वा फिर्ता गर्न</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>यो पहिल्यै शिक्षकको समीक्षा पर्खिरहेको छ।</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>विद्यार्थीले के बदल्नुपर्छ भन्नुहोस्।</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>पेस गरिएको अभिलेख मात्र स्वीकृत वा फिर्ता गर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>त्यो अभिलेख यो कम्प्युटरमा छैन, वा तपाईं त्यो हेर्न सक्नुहुन्न।</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>त्यो {kind} अब यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>&apos;{kind}&apos; अभिलेखको समीक्षा हुँदैन।</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}। डिस्कमा खाली ठाउँ छ कि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>ब्याकअप लेख्न सकिएन: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>ब्याकअप फर्काउन सकिएन: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>{folder} भएको डिस्क भरिएको छ: अन्तिम परिवर्तन सुरक्षित भएन, अरू केही हराएन। केही ठाउँ खाली गर्नुहोस् (नचाहिने फाइल मेटाउनुहोस्, रिसाइकल बिन खाली गर्नुहोस्), अनि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>clubapp ले {folder} मा लेख्न सक्दैन: फोल्डर वा यसको डिस्क पढ्न मात्र मिल्ने छ, वा यो खाताले बदल्न पाउँदैन। केही परिवर्तन भएन। फोल्डर लेख्न मिल्ने बनाउनुहोस् (वा --data-dir ले अर्को छान्नुहोस्), अनि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>{folder} मा रहेको clubapp डाटाबेस बिग्रिएको छ ({reason})। केही परिवर्तन भएन। सबैभन्दा नयाँ राम्रो ब्याकअप फर्काउनुहोस्: `clubapp backup --list` ले देखाउँछ, `clubapp restore FILE` ले एउटा फर्काउँछ।</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>clubapp ले {folder} प्रयोग गर्न सकेन ({reason})। केही परिवर्तन भएन; फोल्डर र यसको डिस्क जाँच्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>यो बन्डल यो कम्प्युटरले सर्भरका लागि लेखेको हो, सर्भरको जवाफ होइन: पहिले सर्भरमा लैजानुहोस्।</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>यो बन्डल clubapp को अर्को संस्करणले लेखेको हो: दुवैतिर clubapp अद्यावधिक गर्नुहोस्, अनि फेरि बन्डल निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>यो बन्डलको एउटा भाग हस्ताक्षरपछि बदलियो।</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>यो बन्डलमा हस्ताक्षरले नसमेटेका भाग छन् (वा यसले सूचीमा राखेका केही छैनन्)।</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>यो बन्डललाई चाहिने साँचो बिग्रेको छ: नयाँ बनाउन एक पटक अनलाइन सिङ्क गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>यो बन्डल यो कम्प्युटरको साँचोले खोल्न सकिँदैन: यो यो कम्प्युटरका लागि होइन, वा बदलिएको छ।</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>यो बन्डलको हस्ताक्षर बिग्रेको छ।</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>यो बन्डलको हस्ताक्षर मिलेन: यो बदलिएको छ, वा यसले नाम लिएको कम्प्युटर वा सर्भरले बनाएको होइन।</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>यो कम्प्युटरसँग अझै USB बन्डलको साँचो छैन: दर्ता गर्नुहोस् (अनलाइन) वा एक पटक अनलाइन सिङ्क गर्नुहोस्, अनि बन्डल प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>यो डाटा फोल्डरको अर्को सिङ्क अझै चलिरहेको छ (एप, वा अर्को आदेश): सकिन पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>clubapp ले आफ्नो डाटा फोल्डर ({folder}) मा लेख्न सकेन: {reason}। फोल्डर छ, पढ्न-मात्र होइन र डिस्कमा खाली ठाउँ छ कि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>सर्भरमा यो क्लबको यो फोटोको अभिलेख छैन ({reason}); यो यही कम्प्युटरमा रहन्छ र अर्को सिङ्कमा फेरि प्रयास गरिन्छ।</translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} र {photos_sent} पठाइए, {pulled} र {photos_received} आए</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} {students} को सहमति पर्खिरहेका छन्: सदस्य पानामा सहमति लेख्नुहोस्, अनि फेरि सिङ्क गर्नुहोस्</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>नक्सामा {count} आयोजना</numerusform>
            <numerusform>नक्सामा {count} आयोजना</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{total} समस्यामध्ये {open} खुला</numerusform>
            <numerusform>{total} समस्यामध्ये {open} खुला</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>धेरै पटक गलत प्रयास भयो। {seconds} सेकेन्ड पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।</numerusform>
            <numerusform>धेरै पटक गलत प्रयास भयो। {seconds} सेकेन्ड पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>अक्षांश र देशान्तर दुवै दिनुहोस्, वा कुनै पनि नदिनुहोस्।</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>अक्षांश र देशान्तर सङ्ख्या हुनुपर्छ।</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} चाहिन्छ।</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} धेरै लामो छ ({length} अक्षर; बढीमा {limit})।</numerusform>
            <numerusform>{label} धेरै लामो छ ({length} अक्षर; बढीमा {limit})।</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>&apos;{value}&apos; चिनिएको {label} होइन।</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} भविष्यमा हुन सक्दैन।</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second} {first} भन्दा अघि छ।</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>अक्षांश र देशान्तर साटिएका थिए?</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} सङ्ख्या हुनुपर्छ।</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} ऋणात्मक हुन सक्दैन।</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} धेरै ठूलो छ।</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>अक्षांश -90 र 90 बीच हुनुपर्छ ({value} आयो)।</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>देशान्तर -180 र 180 बीच हुनुपर्छ ({value} आयो)।</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>भ्रमणको मिति</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>जवाफ</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>क्लबका सदस्य मात्र उपस्थितका रूपमा सूचीमा राख्न सकिन्छ।</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} छैन।</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} बिग्रेको छ ({reason}); अर्को ब्याकअप छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} clubapp को ब्याकअप होइन।</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} clubapp को ब्याकअप होइन ({reason})।</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>त्यो सिङ्क बन्डल होइन (छैन, वा धेरै ठूलो छ)।</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>यो बन्डल अर्को कम्प्युटरका लागि बनाइएको हो।</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>त्यो फाइल clubapp सिङ्क बन्डल होइन, वा बिग्रेको छ।</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>थाहा नभएको समयमा</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>; सर्भर पुरानो ब्याकअपबाट फर्काइएको थियो: यो कम्प्युटरका अभिलेख फेरि पठाइए</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (रोकियो)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>यो कम्प्युटर अझै सर्भरको कुनै क्लबमा जोडिएको छैन: पहिले दर्ता गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>थपिएपछि यसको फाइल यो कम्प्युटरमा बदलियो वा बिग्रियो: क्यामेरा वा फोनबाट फोटो फेरि थप्नुहोस्।</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>सञ्जालले अनुरोध धेरै ठूलो भनी अस्वीकार गर्‍यो।</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>, {count} अस्वीकृत</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>एउटा फोटो बिग्रेर आयो; फेरि ल्याउन फेरि सिङ्क गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>clubapp अद्यावधिक गर्नुहोस्: सर्भरलाई नयाँ संस्करण चाहिन्छ।</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>सर्भरले यो कम्प्युटर अस्वीकार गर्‍यो: फेरि दर्ता गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>सर्भरको जवाफ बिग्रेको थियो; फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>फोटो {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}, {field}: {kept} राखियो ({kept_at} मा सुरक्षित); कम्प्युटर {device} ले {other} लेख्यो ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>परिवर्तन पठाउँदै: {total} मध्ये {done}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>फोटो ल्याउँदै: {total} मध्ये {done}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>सर्भरले त्रुटिसहित जवाफ दियो ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>एउटा परिवर्तन सञ्जालले दिनेभन्दा ठूलो छ; यो लाइनमै रहन्छ।</translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} परिवर्तन</numerusform>
            <numerusform>{count} परिवर्तन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} फोटो</numerusform>
            <numerusform>{count} फोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>ल्याउँदै: {count} अभिलेख</numerusform>
            <numerusform>ल्याउँदै: {count} अभिलेख</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>फोटो पठाउँदै: {total} KB मध्ये {done}</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>सर्भरमा पुग्न सकिएन ({reason})। केही हराएन: नपठाइएका कुरा लाइनमै रहन्छन्; जडान फर्केपछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>एउटा फोटो पठाउन सकिएन ({reason})। अरू अभिलेख पठाइए।</translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>OC4IDS आयोजना प्याकेज (.json, वा फोटोसहितको .zip)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>फोटोहरू (तालिकाले नाम लिएका फाइलहरूको .zip)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>OC4IDS आयोजना परिचय तपाईंको संस्थाको दर्ता गरिएको उपसर्गबाट सुरु हुन्छ: oc4ids- र ६ अक्षर वा अङ्क (जस्तै oc4ids-ab12cd), जुन Open Contracting Partnership ले दिन्छ। एक पटक `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd` ले राख्नुहोस्।</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>आधार ठेगाना https:// बाट सुरु हुन्छ र प्याकेज प्रकाशित हुने फोल्डरको नाम लिन्छ।</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>OC4IDS उपसर्ग oc4ids- र त्यसपछि ६ साना अक्षर वा अङ्क हो, जस्तै oc4ids-ab12cd ({value} आयो)।</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>मिडिया निर्यात .zip फाइल हो: .zip मा सकिने नाम दिनुहोस्।</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>मितिको अवधिको अन्त्य सुरुभन्दा अघि छ।</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>OC4IDS प्रकाशकको सेटिङ साझेदारका कर्मचारीले राख्छन्।</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>समस्याको अवस्था {value} थाहा छैन; यीमध्ये छान्नुहोस्: {choices}।</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>क्षेत्र {value} थाहा छैन।</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>आयोजना भएको ठाउँमा क्लिक गर्नुहोस्, वा सहर वा गाउँको नाम लेख्नुहोस्। सार्न तान्नुहोस्; माउसको पाङ्ग्रा वा + र − कुञ्जीले जुम गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>सहर वा गाउँ</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>खोज्ने सहर वा गाउँ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोज्नुहोस् (&amp;F)</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>स्थान भएका फोटोहरू</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>यो फोटोको स्थान प्रयोग गर्नुहोस् (&amp;P)</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>छानिएको स्थान</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>नक्सा बनाउँदै</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>{latitude}, {longitude} मा फोटो</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>नक्सामा &apos;{name}&apos; नामको सहर वा गाउँ छैन। हिज्जे जाँच्नुहोस्, वा नक्सामा क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>क्लबको सहर {town} बाट {distance} km।</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>त्यो टाढा छ: ठीक ठाउँ हो कि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>आयोजनाहरूको नक्सा</translation>
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
        <translation>आयोजना हेर्न थोप्लोमा क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>छानिएको आयोजना</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>छानिएको आयोजनाको फोटो</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>छानिएको आयोजनाका समस्याहरू</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>आयोजना खोल्नुहोस् (&amp;O)</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>अहिलेसम्म फोटो छैन।</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताजा पार्नुहोस् (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छाप्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF का रूपमा सुरक्षित गर्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>नक्सा बनाउँदै…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>नक्साको अवस्था</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>सार्न तान्नुहोस् वा तीर कुञ्जी प्रयोग गर्नुहोस्, जुम गर्न पाङ्ग्रा वा + र −; आयोजना हेर्न थोप्लोमा क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>आयोजना लोड गर्दै</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>नक्सा PDF का रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>{path} सुरक्षित भयो: छाप्न खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>नक्सा {path} मा सुरक्षित भयो</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>नक्सा छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिन्टरमा पठाइयो।</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>{town} नजिक खिचिएको ({distance} km)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>{town} मा खिचिएको</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>समस्या बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>तपाईंले देखेको देखाउन समस्याको समयरेखा मुनि, फोटोहरूमा &quot;पछि&quot; को फोटो थप्नुहोस्।</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>छोडेको भनी चिन्ह लगाउनुहोस्</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>{name} ले क्लब छोडेको भनी चिन्ह लगाउने? उहाँ अब साइन इन गर्न सक्नुहुन्न; उहाँको काम रहन्छ।</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>शिक्षकको टिप्पणी</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>तपाईंका शिक्षकले यो तपाईंलाई फिर्ता गर्नुभयो: “{comment}”। भनिएको कुरा बदल्नुहोस्, अनि फेरि पेश गर्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>यी {count} स्वीकृत गर्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>यी {count} टिप्पणीसहित फिर्ता गर्नुहोस्… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>यी {count} फेरि पेश गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>{count} वस्तु छानिए</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>तलका बटनहरूले यी सबैमा काम गर्छन्:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>{name} ले पठाएको</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>यो कम्प्युटरको सर्भर ठेगाना, फोटोको आकार र साइन आउट हुने समय शिक्षकले बदल्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>पहिले आफ्नो PIN टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>पहिले आफ्नो पासवर्ड टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>फेरि प्रयास गर्नुहोस्, वा अर्को शिक्षकलाई तपाईंको पासवर्ड रिसेट गर्न भन्नुहोस्।</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>यो कम्प्युटरको सेटिङ शिक्षकले मात्र बदल्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>मिति छैन</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>जस्तै {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>मिति टाइप गर्नुहोस्, जस्तै {example} वा {iso}, वा क्यालेन्डरमा छान्नुहोस् (Alt+Down)।</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>क्यालेन्डर खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>मिति होइन: {example} वा {iso} जस्तै टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>यहाँ मिति चाहिन्छ।</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>क्यालेन्डर</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>मिति छैन</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>नक्सामा आयोजनाहरू: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>समस्याहरू: {total} मध्ये {open} खुला</translation>
    </message>
</context>
</TS>
