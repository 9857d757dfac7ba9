<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>Kawaida</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Kubwa zaidi</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Kubwa kabisa</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepali</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Siera Leoni</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>Kongo (DRC)</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistani</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor ya Mashariki</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Msumbiji</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>Karibu kwenye clubapp</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>Kompyuta hii bado haina klabu. Ungependa kufanya nini?</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;Anzisha klabu mpya kwenye kompyuta hii (mimi ni mwalimu)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>&amp;Unganisha na klabu iliyopo kwa msimbo wa klabu kutoka kwa mshirika wetu</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>Ninafanya kazi katika shirika &amp;mshirika: kusoma kumbukumbu za klabu zetu</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>Shule na klabu yako</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>Shirika mshirika lililokufunza</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Shule</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>&amp;Jina la klabu</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Nchi</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>&amp;Mji au kijiji</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>Shirika &amp;mshirika</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>Mwalimu wa kwanza</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>Utaongeza wanafunzi na walimu wengine klabu ikishaanzishwa.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Jina la kwanza</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Jina la &amp;ukoo</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Jina la &amp;mtumiaji</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Nenosiri</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Nenosiri &amp;tena</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>Unganisha na klabu yako</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>Shirika lako mshirika hutoa msimbo kwa kila klabu. Kompyuta lazima iwe mtandaoni mara moja.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>mf. KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Anwani ya seva</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>&amp;Msimbo wa klabu</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>Unganisha kwa akaunti yako ya mshirika</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>Kompyuta hii itapokea klabu za shirika lako (wanafunzi kwa jina bandia).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>Sanidi clubapp</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Inahifadhi rasimu</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>Inaondoa rasimu</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(onyesho)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Inahifadhi nakala</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>Inaandaa mtandao wa onyesho…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>Onyesho: walimu huingia kwa &apos;{password}&apos;, wanafunzi kwa PIN {pin}.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>Inajenga onyesho</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>Chagua mahali pa mradi</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>Ramani ya kuchagua mahali</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>Bado hakuna sehemu iliyochaguliwa.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>Imechaguliwa: latitudo {latitude}, longitudo {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Miradi</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Matatizo</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Vikumbusho</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Wanachama</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Takwimu</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Ramani</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Usawazishaji</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — Klabu za Uadilifu</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>Kompyuta ya mshirika: klabu {count}&lt;br&gt;&lt;small&gt;Andika jina lako la mtumiaji hapa chini&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>Inafungua klabu</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>Inahifadhi lugha</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>Sanidi kompyuta hii kwanza: funga na ufungue programu tena.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>Klabu haikusanidiwa</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>Inasanidi klabu</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>clubapp haiwezi kufungua data yake</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Umeingia: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Inarejesha nakala…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>Nakala imerudishwa. Data ilivyokuwa imehifadhiwa katika {file}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Hakuna kilichobadilishwa: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Inarejesha nakala</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>Umetolewa baada ya muda bila shughuli. Rasimu zako zimehifadhiwa.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Inasawazisha</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Inasoma hali ya usawazishaji</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Klabu</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Aina ya tatizo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>Mwezi lilipopatikana</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>Jinsia ya mfuatiliaji</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>Umri wa mfuatiliaji</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>chini ya 13</translation>
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
        <translation>zaidi ya 18</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Limerekebishwa</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>Limerekebishwa kwa sehemu</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Halijarekebishwa</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Bado liko wazi</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>Kiwango cha urekebishaji</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Kiwango cha majibu</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Siku za wastani hadi jibu</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>Siku za wastani hadi kurekebishwa</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Limechelewa</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>Viwango vya matatizo chini ya {n} vinaonyeshwa kama “machache mno”.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>machache mno</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;Yalipatikana kati ya</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>Yalipatikana tarehe hii au baadaye</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>Yalipatikana tarehe hii au kabla</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Sekta zote</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Gawanya kwa</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Gawanya kwa</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Hamisha…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Siku za wastani</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>Miradi iliyofuatiliwa</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>Chati ya matokeo ya matatizo</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Takwimu kwa kundi</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>Inapakia klabu</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Nchi zote</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>Klabu zote</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Inahesabu…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>Inahesabu takwimu</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>Matatizo {fixed} kati ya {total} yamerekebishwa · {partly} kwa sehemu · {notfixed} hayajarekebishwa · {open} bado wazi</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>Matatizo {answered} kati ya {reported} yaliyoripotiwa yalipata jibu</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>siku hadi jibu la kwanza; siku {fix} hadi kurekebishwa</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>matatizo yaliyoripotiwa ambayo bado yanasubiri kupita muda wa klabu</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>bajeti {budgets} · wanufaika {people}</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>Hadi tarehe {day}.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>Matatizo kwa {group}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Inahamisha…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Inahamisha</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>{summary} imehamishwa kwenda {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Kuhamisha kumeshindwa</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>Limepatikana, bado halijaripotiwa</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>Limeripotiwa, linasubiri jibu</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Jibu limepokelewa</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>Limerekebishwa na kuthibitishwa</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Limefunguliwa tena</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Limefungwa</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Bado halijaripotiwa</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Linasubiri jibu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Limejibiwa</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>Limerekebishwa (limethibitishwa)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>Limeripotiwa kwa…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>Kikumbusho kimetumwa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Fungua tena</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Limepatikana</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Limeripotiwa</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>Urekebishaji umethibitishwa na wafuatiliaji</translation>
    </message>
    <message>
        <source>low</source>
        <translation>chini</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>wastani</translation>
    </message>
    <message>
        <source>high</source>
        <translation>juu</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>hatari</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>Chuja matatizo: nambari ya ufuatiliaji, kichwa, mradi… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Chuja matatizo</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Aina zote</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nambari ya ufuatiliaji</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Mradi</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Kusubiri (siku)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>Inapakia matatizo…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>Inapakia matatizo</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>Vikumbusho {shown} kati ya {total} vinavyodaiwa</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>Vikumbusho {total} vinavyodaiwa</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>Matatizo {shown} kati ya {total}</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>Matatizo {total}</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>hakuna jibu kwa muda mrefu kuliko muda wa kikumbusho wa klabu: tuma kikumbusho au andika jibu.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>Matatizo yaliyoripotiwa kwa mamlaka ambayo haijajibu kwa wakati. Yafuatilie: tuma kikumbusho, au andika jibu kama limekuja.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>Andika tatizo</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>Kichwa kifupi, mf. Nyufa kwenye kuta za darasa</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>Nani anapaswa kulirekebisha</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>Uliona nini? Wapi hasa? Linalinganishwaje na kilichoahidiwa?</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Tatizo</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Aina</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Uzito</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>&amp;Ulichoona</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Mhusika</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Lilipatikana tarehe</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>Tumerudisha ulichoandika mara ya mwisho (bado hakijahifadhiwa).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>Inahifadhi tatizo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;Limehifadhiwa.&lt;/b&gt; Nambari ya ufuatiliaji: {number}&lt;br&gt;Iandike kwenye kila barua utakayotuma kuhusu tatizo hili.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Lini</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>Nambari ya barua au ya kesi, kama ipo</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Kwa nani</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Vipi</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kumbukumbu</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Dokezo</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>Inahifadhi hatua</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>Inafungua tatizo</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>Tatizo {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>Nambari ya ufuatiliaji {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>uzito {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>Mhusika: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>kwa {whom}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>kwa njia ya {channel}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>kumb. {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Wasilisha kwa ukaguzi</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>&amp;Barua ya rufaa (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Haijawasilishwa</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Inawasilisha</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Hifadhi barua ya rufaa</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>Barua imehifadhiwa katika {path}</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>Barua haikutengenezwa</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>Inatengeneza barua</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Mwalimu</translation>
    </message>
    <message>
        <source>student</source>
        <translation>mwanafunzi</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>mwalimu</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Chuja wanachama</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>Onyesha wanachama &amp;walioondoka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Alizaliwa</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Darasa</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <source>given</source>
        <translation>imetolewa</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>HAIPO</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Anaweza kuingia</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hapana</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hai</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Ongeza mwanachama…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Badilisha…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Andika &amp;idhini…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>Weka &amp;PIN au nenosiri…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>Weka kama &amp;ameondoka</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>&amp;Leta orodha ya darasa (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>Chapisha &amp;vyeti…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Inapakia wanachama</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>Wanachama {count}</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>idhini haipo kwa mwanafunzi/wanafunzi {count}</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>Weka kama &amp;amerudi</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ameongezwa.</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>Inaongeza mwanachama</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} amehifadhiwa.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>Inabadilisha mwanachama</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Andika idhini</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>Nani alitoa idhini kwa {name} (mzazi au mlezi)?</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>Idhini ya {name} imeandikwa.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Inaandika idhini</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>PIN mpya (angalau tarakimu 4) ya {name}:</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>Nenosiri jipya (angalau herufi 8) la {name}:</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} anaweza kuingia kwa PIN mpya.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} anaweza kuingia kwa nenosiri jipya.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>Weka PIN au nenosiri</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>Inaweka PIN</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} sasa si hai.</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} sasa ni hai.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Chapisha vyeti</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>Chapisha cheti cha {name} peke yake?

Ndiyo: mwanafunzi huyu tu. Hapana: kila mwanafunzi hai wa klabu.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Hifadhi vyeti</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>Inatengeneza vyeti…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>Cheti/vyeti {count} vimehifadhiwa katika {path}</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>Vyeti havikutengenezwa</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>Inatengeneza vyeti</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Leta orodha ya darasa</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>Orodha ya darasa (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>Badilisha mwanachama</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ongeza mwanachama</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>haijatolewa</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Jukumu</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Jinsia</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>&amp;Darasa</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Leta {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Inasoma faili…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>Mistari ya orodha ya darasa</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>Ongeza mistari mizuri</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>Faili hii ni kubwa mno kwa orodha ya darasa (zaidi ya MB 5).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>Inasoma orodha ya darasa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>Mstari/mistari {count} iko tayari kuongezwa</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>Mstari/mistari {count} yenye tatizo itaachwa (irekebishe kwenye faili na uilete tena)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>Inaongeza wanachama</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>Mwanachama/wanachama {count} wameongezwa kutoka orodha ya darasa.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>Je, nyaraka za mradi zilipatikana?</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>Je, jamii ilishirikishwa?</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>Je, kazi inalingana na maelezo ya mkataba?</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>Je, wanufaika wameridhika?</translation>
    </message>
    <message>
        <source>before</source>
        <translation>kabla</translation>
    </message>
    <message>
        <source>after</source>
        <translation>baada</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ongeza picha…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>Picha zinaonyesha</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>Kabla (tatizo)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>Baada (urekebishaji)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>Dondosha picha hapa, au tumia Ongeza picha. Bofya mara mbili picha kuiona kubwa.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>Inapakia picha</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>tarehe haijulikani</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>Bado hakuna picha. Dondosha picha hapa, au tumia Ongeza picha.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ongeza picha</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Inaleta picha…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>Inaleta picha {number} kati ya {total}: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>Inaleta picha</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>Picha {count} zimeongezwa.</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>Haikuongezwa: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>Kumbuka: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>Imesimamishwa kabla ya mwisho; picha zilizo juu zimeongezwa.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Maelezo ya picha</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>hakuna mahali</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>Ilipigwa {when}, {where}; pikseli {width}×{height}</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Maelezo ya picha:</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>Inafungua picha</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>Maelezo ya picha hayakuhifadhiwa</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>Inahifadhi maelezo ya picha</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>Andika ziara ya ufuatiliaji</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Tarehe ya ziara</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Madokezo</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Walioenda</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>Inahifadhi ziara</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Hariri maelezo</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>Andika &amp;ziara</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>Andika &amp;tatizo</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>&amp;Ripoti ya mradi (PDF)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Maelezo</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Picha</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ziara</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>&amp;Ziara</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>&amp;Matatizo</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Inafungua mradi</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>Mradi: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>Ziara ya {day}</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>Waliohudhuria: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>Ukaguzi: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Bado hakuna ziara zilizoandikwa.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>&amp;Ziara ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>Imetumwa kwa mwalimu wako kwa ukaguzi.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>Hifadhi ripoti ya mradi</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Ripoti imehifadhiwa katika {path}</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>Ripoti haikutengenezwa</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Inatengeneza ripoti</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Inasubiri ukaguzi</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Imerudishwa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Imeidhinishwa</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>Chuja miradi: andika neno lolote (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Chuja miradi</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Mradi mpya</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Mamlaka inayohusika</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Matatizo yaliyo wazi</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Matatizo yote</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Inapakia miradi…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>Inapakia miradi</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>Miradi {shown} kati ya {total}</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>Miradi {total}</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Badilisha maelezo ya mradi</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Mradi mpya</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>mf. Jengo la madarasa mawili katika Shule ya Msingi Ruringu</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>Ofisi inayohusika, mf. Idara ya Kaunti</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>Mkandarasi au wakala anayefanya kazi</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>mf. 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>Unahudumia watu wangapi</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>mf. -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>mf. 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>&amp;Jina la mradi</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sekta</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>&amp;Hali</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Aina</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>&amp;Kilichoahidiwa</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>&amp;Mamlaka inayohusika</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>&amp;Mkandarasi au wakala</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Chanzo cha fedha</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Bajeti</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Sarafu</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Mwanzo uliopangwa</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Mwisho uliopangwa</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Mwanzo halisi</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Mwisho halisi</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>&amp;Wanufaika</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>&amp;Anwani au mahali</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitudo</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitudo</translation>
    </message>
    <message>
        <source>Look up the &amp;map position</source>
        <translation>Tafuta mahali kwenye &amp;ramani</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>Chagua kwenye ra&amp;mani…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>Latitudo na longitudo ni namba, mf. -0.4197 na 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>Idadi ya wanufaika ni namba kamili.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>Inahifadhi mradi</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>Mradi umehifadhiwa.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>Kutafuta anwani hakupatikani; andika latitudo na longitudo.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>Inatafuta anwani… (unaweza kuendelea kuandika)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>Inatafuta anwani</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>Mahali pamechaguliwa kwenye ramani.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>Imepatikana: {place} (iliyohifadhiwa awali)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>Imepatikana: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} hadi {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>Mkandarasi au wakala</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Fedha</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bajeti</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Iliyopangwa</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Halisi</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Wanufaika</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Eneo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziara</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>Imerudishwa kurekebishwa</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Bado haijawasilishwa</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>Kazi ambayo wanafunzi wako wametuma kwa ukaguzi. Fungua moja kuona kilichobadilika, kisha uidhinishe au uirudishe na maoni.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>Kazi ambayo mwalimu wako amekurudishia (soma maoni, irekebishe, na uiwasilishe tena), na kazi ambayo bado hujawasilisha.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Maoni</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>Kazi ya kukagua</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>Maelezo ya kipengele kilichochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Idhinisha</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>&amp;Rudisha na maoni…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>&amp;Wasilisha tena</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>Inapakia ukaguzi</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} zinasubiri</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} za kufanya</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Chagua kipengele upande wa kushoto.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Maoni ya mwalimu:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>Kilichobadilika tangu kiidhinishwe:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>Mpya: hakijaidhinishwa awali.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>Ziara zinaonyeshwa kwenye dirisha la mradi wake.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>Imeidhinishwa: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Haikuidhinishwa</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Inaidhinisha</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>Rudisha na maoni</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>Mwanafunzi abadilishe nini?</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>Imerudishwa: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Haikurudishwa</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Inarudisha</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>Imetumwa kwa ukaguzi: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Lugha ya kompyuta</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>siku</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (acha wazi kufanya kazi nje ya mtandao)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>pikseli {size} kwa upande mrefu zaidi</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>Chapisha vyeti na barua &amp;kwa lugha ya</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;Maandishi makubwa zaidi</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;Tuma kikumbusho kwa tatizo lisilojibiwa baada ya</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Anwani ya seva</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>&amp;Ukubwa wa picha</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>Toka baada ya kutokuwa na &amp;shughuli kwa</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>Mabadiliko ya lugha yanatumika programu itakapofunguliwa tena. Ukubwa wa maandishi unabadilika mara moja.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Hifadhi mipangilio</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Inasoma mipangilio</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Mipangilio haikuhifadhiwa</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Inahifadhi mipangilio</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Mipangilio imehifadhiwa.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>Nakala za data ya kompyuta hii</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>clubapp hutengeneza nakala kila siku inapofunguliwa.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hifadhi nakala sasa</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Rejesha nakala…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Nakala imeandikwa: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Hakuna nakala iliyotengenezwa</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Nakala</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>Inasoma nakala</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ya kila siku</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>iliyotengenezwa kwa mkono</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>kabla ya kurejesha</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — MB {size}</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>Bado hakuna nakala. Tumia “Hifadhi nakala sasa” kwanza.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Rejesha nakala</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>Nakala ipi irudi?</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>Rudisha data ya {when}?

Kila kitu kwenye kompyuta hii kinarudi kwenye wakati huo na utatolewa. Kilichosawazishwa tangu wakati huo kitarudi kwenye usawazishaji ujao. Data ilivyo sasa inahifadhiwa kama nakala, kwa hiyo hili linaweza kutenduliwa.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>Mabadiliko {changes} na picha {photos} yanasubiri kutumwa</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>Inafanya kazi nje ya mtandao (hakuna seva iliyowekwa)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Usawazishaji wa mwisho: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Hali ya usawazishaji</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sawazisha sasa</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Simamisha</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Maendeleo ya usawazishaji</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>Msimbo wa klabu uliopewa na mshirika wako, mf. KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>&amp;Unganisha kompyuta hii na klabu</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>Kumbukumbu zilizokataliwa na migongano</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>Toleo hili linafanya kazi nje ya mtandao tu: muunganisho wa seva haujasakinishwa.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Zimekataliwa na seva</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Migongano ya kuangalia</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>Hakuna kilichokataliwa, hakuna migongano.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>Usawazishaji umekamilika: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>Usawazishaji haukukamilika</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>Hakuna kilichopotea: ambacho hakikutumwa bado kinasubiri na kitatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>Kompyuta hii imeunganishwa na klabu.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Haijaunganishwa</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Inaunganisha</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Karibu</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>1. Chagua &amp;jina lako:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…au andika jina lako la mtumiaji (wafanyakazi wa mshirika)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>Jina la mtumiaji (wafanyakazi wa mshirika)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>2. Andika &amp;PIN au nenosiri lako:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN au nenosiri</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>Inapakia majina</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(mwalimu)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>2. Andika &amp;PIN yako:</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>2. Andika &amp;nenosiri lako:</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Chagua jina lako kwanza.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inaingia</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>Jaribu tena, au mwombe mwalimu wako akuwekee PIN mpya.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>Hitilafu imetokea wakati wa {task}. Maelezo yako kwenye kumbukumbu; jaribu tena, na umwambie mwalimu wako ikitokea tena.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>kufanya kazi</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Barua</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mkutano</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Ujumbe mfupi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Fomu ya mtandaoni</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>Redio au gazeti</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>Faili za CSV (folda, au .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Kitabu cha Excel (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>Tabaka la ramani la GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mwanamke</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mwanamume</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Napendelea kutosema</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>Kazi imechelewa au imesimama</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>Ubora duni wa kazi au vifaa</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>Kazi imeachwa bila kukamilika</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>Mradi umetelekezwa</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>Hailingani na maelezo ya mkataba</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>Fedha hazijulikani zilipokwenda</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>Taarifa za mradi si za umma</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>Hatari ya usalama</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>Haifikiki kwa kila mtu</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>Imeharibika na haitunzwi</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>Madhara kwa mazingira</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Tatizo jingine</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Chini</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Wastani</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Juu</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>Hatari (hatari kwa watu)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Elimu</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Afya</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Nishati</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>Nishati ya jua</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>Nishati ya upepo</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Nishati ya maji</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>Nishati ya mimea</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>Nishati ya jotoardhi</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Mawasiliano</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Maji na usafi wa mazingira</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>Majengo na huduma za umma</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>Uchumi na kilimo</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>Utamaduni, michezo na burudani</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Usafiri</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>Usafiri wa anga</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>Usafiri wa majini</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>Usafiri wa reli</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>Barabara na madaraja</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>Usafiri wa mijini</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>Usafiri wa kaboni kidogo</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Nyumba za jamii</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Maliasili</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>Kinga dhidi ya mafuriko</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Katika maandalizi</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Inajengwa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>Inaondolewa kwenye matumizi</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Imeondolewa kwenye matumizi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Imefutwa</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>Ujenzi mpya</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Ukarabati</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ubadilishaji</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Upanuzi</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Kuondoa kwenye matumizi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Kwa sehemu</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Sijui</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>Hifadhidata katika {folder} imeharibika: nakala yake pia ingeharibika, kwa hiyo hakuna iliyotengenezwa. Rudisha nakala nzuri ya karibuni kwa `clubapp restore FILE` (ona `clubapp backup --list`).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} imerudishwa. Hifadhidata iliyoharibika imehamishiwa {kept}.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} imerudishwa. Hifadhidata ilivyokuwa imehifadhiwa katika {kept} (irudishe kutendua).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>Onyo: msimbo uliotolewa kwa --code unaweza kuonekana na mtu yeyote kwenye kompyuta hii amri inapoendelea. Acha --code na uandike msimbo ukiulizwa, au uupitishe kwa bomba.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>Msimbo wa usajili (hauonekani unapoandika): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>Hakuna msimbo wa usajili uliotolewa: hakuna kilichobadilika. Andika msimbo uliopewa na shirika mshirika.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>Onyo: {server} si https://: msimbo na kila kumbukumbu vingepita kwenye mtandao bila usimbaji. Omba anwani ya https:// ya seva.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>Hakuna miradi ya kuhamisha (OC4IDS inahitaji angalau mmoja).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>Ramani haikuweza kuchapishwa kwenye PDF.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Machi</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Aprili</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Julai</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agosti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Septemba</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktoba</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Novemba</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desemba</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>; picha {count} bado haijafika kwenye seva (itakuja na usawazishaji wa baadaye, kompyuta iliyoipiga ikishaituma)</numerusform>
            <numerusform>; picha {count} bado hazijafika kwenye seva (zitakuja na usawazishaji wa baadaye, kompyuta iliyozipiga ikishazituma)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>Tatizo la hatari liko wazi</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>Tatizo kubwa liko wazi</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>Tatizo liko wazi</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>Tatizo dogo liko wazi</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>Matatizo yote yamerekebishwa au kufungwa</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>Hakuna matatizo yaliyoandikwa</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>Miradi inayofuatiliwa na Klabu za Uadilifu</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>mwanafunzi {count}</numerusform>
            <numerusform>wanafunzi {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>Tatizo baya zaidi lililo wazi</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>Miradi inayofuatiliwa na {club}</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} bila mahali</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>baya zaidi lililo wazi: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>Vyeti vya Klabu ya Uadilifu</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>Cheti cha Ufuatiliaji wa Jamii</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Hii ni kuthibitisha kwamba</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>Asante kwa kusaidia fedha za umma kuwafikia watu waliokusudiwa.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>alifuatilia miradi ya umma katika jamii {period}: {visits}, {reported}, na {fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>mwanachama wa {club}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>kuanzia {start} hadi {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>hadi {date}</translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>ziara {count} ya ufuatiliaji</numerusform>
            <numerusform>ziara {count} za ufuatiliaji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>tatizo {count} limeandikwa na kuripotiwa</numerusform>
            <numerusform>matatizo {count} yameandikwa na kuripotiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>tatizo {count} limefuatiliwa hadi kurekebishwa</numerusform>
            <numerusform>matatizo {count} yamefuatiliwa hadi kurekebishwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>Mwalimu · {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Cheti {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Msimbo wa uthibitisho {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>Kithibitishe: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>limepatikana na klabu</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>limeripotiwa</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>jibu limepokelewa</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>kikumbusho kimetumwa</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>limerekebishwa</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>limerekebishwa kwa sehemu</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>halijarekebishwa</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>urekebishaji umethibitishwa na klabu</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>limefunguliwa tena</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>limefungwa</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kwa:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Ndugu Bwana au Bibi,</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Tulichoona</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Wako mwaminifu,</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} kwa {whom}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} kwa njia ya {channel}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>Mamlaka inayohusika</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>Kilichotokea hadi sasa:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>Kuhusu: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Nambari ya ufuatiliaji: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>Sisi ni {club}, wanafunzi wanaofuatilia miradi ya umma katika jamii yetu pamoja na walimu wetu. Tarehe {date} tulitembelea mradi “{project}” na tukakuta tatizo ambalo tunakuomba ulishughulikie.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>Tutashukuru kupata jibu lako kufikia {date}, ukituambia kitakachofanyika na lini. Tafadhali taja nambari ya ufuatiliaji {number} katika jibu lako, ili tuweze kufuatilia tatizo hadi litakaporekebishwa.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>kwa niaba ya {club}</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>Barua ya rufaa {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>Picha za tatizo ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>picha ya kabla</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>picha ya baada</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>Picha: kabla na baada</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Ziara za ufuatiliaji</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Matatizo yaliyopatikana</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>Picha: kabla</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>Picha: baada</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>Hakuna mahali palipoandikwa.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>Hakuna matatizo yaliyoandikwa.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>imechapishwa {date}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Kabla</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Baada</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>{found} yamepatikana, {fixed} yamerekebishwa au kufungwa</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>Ripoti ya mradi: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>Jina la mtumiaji linahitajika.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>Nenosiri linahitaji angalau herufi {count}.</numerusform>
            <numerusform>Nenosiri linahitaji angalau herufi {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>Jina hilo na nenosiri havilingani.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>kuunda akaunti za wafanyakazi wa mshirika au za wasimamizi</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>kuunda akaunti</translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>PIN inahitaji angalau tarakimu {count}.</numerusform>
            <numerusform>PIN inahitaji angalau tarakimu {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Akaunti hiyo haipo tena.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>kuweka upya PIN au nenosiri</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>Jina la mtumiaji &apos;{username}&apos; limeshachukuliwa.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>Unaweza kuona kumbukumbu za klabu yako tu.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>Akaunti za wafanyakazi wa mshirika zinaweza kusoma kumbukumbu za klabu lakini si kuzibadilisha.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>Unaweza kubadilisha kumbukumbu za klabu yako tu.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>Mwalimu pekee ndiye anaweza {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>Mwalimu anaweza {action} katika klabu yake tu.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>Msimamizi pekee ndiye anaweza {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>kuona nakala</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>kutengeneza nakala</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>kurejesha nakala</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>kuchapisha vyeti</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>Huu si msimbo halali wa uthibitisho: hakikisha umeandikwa sawasawa kama ulivyochapishwa.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>Klabu hiyo haipo kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>Hakuna cheti chenye msimbo huu kilichotolewa katika mtandao huu (kwa kadiri kompyuta hii inavyojua: sawazisha, kisha ujaribu tena).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>Halali: cheti {number} cha {student}, {club}, kilichotolewa tarehe {date}.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>Baadhi ya watu waliochaguliwa si wanafunzi wa klabu hii.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>Cheti {number} kiliondolewa.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>kuleta orodha ya darasa</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>Hii si faili ya maandishi: hifadhi orodha ya darasa kama CSV kutoka kwenye lahajedwali.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Faili ni tupu.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>Mstari wa kwanza lazima utaje safu; moja lazima iwe &apos;Given name&apos; (au &apos;First name&apos;). Nyingine: Family name, Gender, Birth year, Grade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>jinsia &apos;{value}&apos; si mojawapo ya female, male, other</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>jina sawa na mstari {line}</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>Faili hii haikuweza kusomwa kama orodha ya darasa (CSV). Ifungue kwenye lahajedwali na uihifadhi tena kama CSV. ({reason})</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>hii si picha ambayo clubapp inaweza kusoma (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>Seva haina hiyo.</translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>Orodha ya darasa ina mstari {count} zaidi; gawanya faili.</numerusform>
            <numerusform>Orodha ya darasa ina mistari {count} zaidi; gawanya faili.</numerusform>
        </translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>mwaka wa kuzaliwa &apos;{value}&apos; si mwaka</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>kuongeza mashirika washirika</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>kuunda klabu</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>Chagua nchi (msimbo wa herufi mbili kama KE, NP au LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>Klabu hiyo haipo kwenye kompyuta hii, au huwezi kuiona.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>kubadilisha mipangilio ya klabu</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Jina la shirika</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Jina la shule</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>Jina la klabu</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>Jina la mwalimu</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>Chagua kati ya siku 1 na 365.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>Shirika hilo mshirika halipo.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>Klabu hii tayari ina mwalimu; mwombe akuongeze.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>Uhamishaji unafanywa na walimu na wafanyakazi wa mshirika.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Chagua mojawapo ya: {choices}.</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>Kompyuta za wafanyakazi wa mshirika hazitumii vifurushi vya USB.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>Hiki ni kifurushi cha kurudi ambacho seva iliandikia kompyuta: kipeleke kwenye kompyuta hiyo.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>Kifurushi hiki kinatoka kwenye kompyuta ambayo seva hii haiijui.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>Kompyuta za wafanyakazi wa mshirika hazitumi vifurushi.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>Kompyuta hii haina ufunguo wa kifurushi kwenye seva hii: isawazishe mara moja mtandaoni, kisha uhamishe kifurushi tena.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>Mabadiliko ya kifurushi hiki hayako katika umbo ambalo clubapp huandika.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>Kompyuta hii ilisajili funguo nyingine za vifurushi awali: isajili tena.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>Kifurushi hiki kinatoka kwenye kompyuta iliyobatilishwa tarehe {date}: hakuna kinachokubaliwa kutoka kwake. Sajili kompyuta tena ikiwa inapaswa kusawazisha.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>Andika anwani au jina la mahali la kutafuta.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>Anwani haikuweza kutafutwa (hakuna mtandao, au huduma ya ramani haikujibu). Andika latitudo na longitudo badala yake, au jaribu tena ukiwa mtandaoni.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>Hakuna mahali paitwapo &apos;{address}&apos; palipopatikana. Kagua tahajia, au andika viwianishi.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>Kichwa kifupi</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>aina ya tatizo</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>uzito</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>Siku lilipopatikana</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>Lilitumwa kwa nani</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Kumbukumbu</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>Tatizo hilo halipo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>Mradi huo haupo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>njia ya mawasiliano</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>Hiyo si nambari ya ufuatiliaji (angalia kama kuna kosa la kuandika).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>Tarehe ni kabla ya tatizo kupatikana.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>Tatizo lenye hali &apos;{status}&apos; haliwezi kuwekwa &apos;{step}&apos; baadaye.</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>Hakuna tatizo {number} kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>Anwani ya seva inaanza na https:// (au http://).</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Chagua kati ya dakika 1 na 240.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>Chagua mojawapo ya pikseli {choices}.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>kuongeza wanachama</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>Darasa</translation>
    </message>
    <message>
        <source>role</source>
        <translation>jukumu</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jinsia</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>kuhariri wanachama</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>kuandika idhini</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>kuzima wanachama</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>kufuta data binafsi ya mwanachama</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>Mwanachama huyo hayupo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>Mwaka wa kuzaliwa kati ya {first} na {last}, tafadhali.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>Data binafsi ya mwanachama huyu ilifutwa: haiwezi kujazwa tena.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>Andika nani alitoa idhini (mzazi au mlezi).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>mahali pa GPS pa picha haiwezekani na pamepuuzwa</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} zimeongezwa, {there} zilikuwepo tayari, {failed} hazikuingizwa</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>mahali pa GPS pa picha hapasomeki na pamepuuzwa</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>picha ni kubwa mno kufunguliwa kwa usalama</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>Picha hii bado haijafika kwenye kompyuta hii (itakuja na usawazishaji ujao).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>faili ni kubwa mno (MB {size}; zaidi MB {limit})</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>picha hii ya HEIC haiwezi kusomwa kwenye kompyuta hii; kwenye iPhone chagua Settings &gt; Camera &gt; Formats &gt; Most Compatible, au itume kama JPEG</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>Ushahidi ni &apos;before&apos; au &apos;after&apos;.</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>Chagua mradi ambao picha ni zake.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>Picha hiyo haipo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>picha imeharibika au haijakamilika ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>faili haipo</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>Ziara hiyo haipo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>Picha za {kind} hazitumiki; ihifadhi kama JPEG</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>picha ni kubwa mno (pikseli {width} x {height})</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>faili ni kubwa mno (zaidi MB {limit})</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>faili haikuweza kusomwa ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>ilipigwa km {distance} kutoka mahali pa mradi</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>Bajeti</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>Tumia msimbo wa sarafu wa herufi tatu, mf. KES, NPR, LRD, USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>Sema bajeti iko katika sarafu gani.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>Tumia msimbo wa nchi wa herufi mbili, mf. KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>Idadi ya wanufaika lazima iwe sifuri au zaidi.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>Jina la mradi</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sekta</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>hali ya mradi</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>aina ya mradi</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>mwanzo uliopangwa</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>Mwisho uliopangwa</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>mwanzo halisi</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>Mwisho halisi</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>Mwanzo halisi</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>Viwianishi hivi viko km {distance} kutoka klabu; latitudo na longitudo zinaonekana kubadilishana (jaribu {latitude}, {longitude}).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>Mradi ulioidhinishwa unaweza kuondolewa na mwalimu tu.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>kuidhinisha au kurudisha kazi zilizowasilishwa</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>Hii tayari inasubiri ukaguzi wa mwalimu.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>Sema mwanafunzi abadilishe nini.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>Kumbukumbu iliyowasilishwa tu ndiyo inaweza kuidhinishwa au kurudishwa.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>Kumbukumbu hiyo haipo kwenye kompyuta hii, au huwezi kuiona.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>{kind} hiyo haipo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>Kumbukumbu za &apos;{kind}&apos; hazikaguliwi.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. Hakikisha diski ina nafasi.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Nakala haikuweza kuandikwa: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>Nakala haikuweza kurudishwa: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>Diski yenye {folder} imejaa: badiliko la mwisho halikuhifadhiwa, hakuna kingine kilichopotea. Toa nafasi (futa faili usizohitaji, safisha pipa la taka), kisha jaribu tena.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>clubapp haiwezi kuandika katika {folder}: folda au diski yake ni ya kusoma tu, au akaunti hii haiwezi kuibadilisha. Hakuna kilichobadilika. Fanya folda iweze kuandikwa (au chagua nyingine kwa --data-dir), kisha jaribu tena.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>Hifadhidata ya clubapp katika {folder} imeharibika ({reason}). Hakuna kilichobadilika. Rudisha nakala nzuri ya karibuni: `clubapp backup --list` inazionyesha, `clubapp restore FILE` inarudisha moja.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>clubapp haikuweza kutumia {folder} ({reason}). Hakuna kilichobadilika; kagua folda na diski yake, kisha jaribu tena.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>Hiki ni kifurushi ambacho kompyuta hii iliandikia seva, si jibu la seva: kipeleke kwenye seva kwanza.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>Kifurushi hiki kiliandikwa na toleo jingine la clubapp: sasisha clubapp pande zote mbili, kisha uhamishe kifurushi tena.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>Sehemu ya kifurushi hiki ilibadilishwa baada ya kutiwa sahihi.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>Kifurushi hiki kina sehemu ambazo sahihi yake haizifuniki (au kinakosa baadhi inazotaja).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>Ufunguo unaohitajika na kifurushi hiki umeharibika: sawazisha mara moja mtandaoni ili kuufanya upya.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>Kifurushi hiki hakiwezi kufunguliwa kwa ufunguo wa kompyuta hii: si cha kompyuta hii, au kilibadilishwa.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>Sahihi ya kifurushi hiki imeharibika.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>Sahihi ya kifurushi hiki hailingani: kilibadilishwa, au hakikutengenezwa na kompyuta au seva kinayoitaja.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>Kompyuta hii bado haina ufunguo wa vifurushi vya USB: isajili (mtandaoni) au isawazishe mara moja mtandaoni, kisha tumia vifurushi.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>Usawazishaji mwingine wa folda hii ya data bado unaendelea (programu, au amri nyingine): subiri umalizike, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>clubapp haiwezi kuandika kwenye folda yake ya data ({folder}): {reason}. Hakikisha folda ipo, haijafungwa kwa kusoma tu na diski ina nafasi.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>Seva haina kumbukumbu ya picha hii kwa klabu hii ({reason}); inabaki kwenye kompyuta hii na itajaribiwa tena kwenye usawazishaji ujao.</translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} na {photos_sent} zimetumwa, {pulled} na {photos_received} zimepokelewa</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} yanasubiri idhini ya {students}: iandike kwenye ukurasa wa Wanachama, kisha usawazishe tena</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>Mradi {count} kwenye ramani</numerusform>
            <numerusform>Miradi {count} kwenye ramani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} wazi kati ya tatizo {total}</numerusform>
            <numerusform>{open} wazi kati ya matatizo {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>Majaribio mengi mno yasiyo sahihi. Subiri sekunde {seconds}, kisha ujaribu tena.</numerusform>
            <numerusform>Majaribio mengi mno yasiyo sahihi. Subiri sekunde {seconds}, kisha ujaribu tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Toa latitudo na longitudo zote, au usitoe yoyote.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>Latitudo na longitudo lazima ziwe namba.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} inahitajika.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} ni ndefu mno (herufi {length}; zaidi {limit}).</numerusform>
            <numerusform>{label} ni ndefu mno (herufi {length}; zaidi {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>&apos;{value}&apos; si {label} inayojulikana.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} haiwezi kuwa katika siku zijazo.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second} ni kabla ya {first}.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>Je, latitudo na longitudo zilibadilishana?</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} lazima iwe namba.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} haiwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} ni kubwa mno.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>Latitudo lazima iwe kati ya -90 na 90 (imepewa {value}).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>Longitudo lazima iwe kati ya -180 na 180 (imepewa {value}).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>Tarehe ya ziara</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>jibu</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>Wanachama wa klabu tu ndio wanaweza kuorodheshwa kama waliohudhuria.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} haipo.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} imeharibika ({reason}); chagua nakala nyingine.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} si nakala ya clubapp.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} si nakala ya clubapp ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>Hicho si kifurushi cha usawazishaji (hakipo, au ni kikubwa mno).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>Kifurushi hiki kilitengenezwa kwa ajili ya kompyuta nyingine.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>Faili hiyo si kifurushi cha usawazishaji cha clubapp, au imeharibika.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>wakati usiojulikana</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>; seva ilikuwa imerejeshwa kutoka nakala ya zamani: kumbukumbu za kompyuta hii zilitumwa tena</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (imesimamishwa)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>Kompyuta hii bado haijaunganishwa na klabu kwenye seva: isajili kwanza.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>Faili yake ilibadilishwa au kuharibika kwenye kompyuta hii baada ya kuongezwa: ongeza picha tena kutoka kamera au simu.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>Mtandao ulikataa ombi kwa kuwa kubwa mno.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>, {count} zimekataliwa</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>Picha ilifika ikiwa imeharibika; sawazisha tena ili kuileta tena.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>Sasisha clubapp: seva inahitaji toleo jipya zaidi.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>Seva imeikataa kompyuta hii: isajili tena.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>Jibu la seva liliharibika; jaribu tena.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>picha {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}, {field}: imebaki {kept} (imehifadhiwa {kept_at}); kompyuta {device} iliandika {other} ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Inatuma mabadiliko: {done} kati ya {total}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>Inapokea picha: {done} kati ya {total}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>Seva imejibu kwa hitilafu ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>Badiliko moja ni kubwa kuliko mtandao unavyoruhusu; linabaki kwenye foleni.</translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>badiliko {count}</numerusform>
            <numerusform>mabadiliko {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>picha {count}</numerusform>
            <numerusform>picha {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>Inapokea: kumbukumbu {count}</numerusform>
            <numerusform>Inapokea: kumbukumbu {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>Inatuma picha: KB {done} kati ya {total}</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>Seva haikuweza kufikiwa ({reason}). Hakuna kilichopotea: ambacho hakijatumwa kinabaki kwenye foleni; jaribu tena muunganisho ukirudi.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>Picha haikuweza kutumwa ({reason}). Kumbukumbu nyingine zimetumwa.</translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>Kifurushi cha miradi cha OC4IDS (.json, au .zip pamoja na picha)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>Picha (.zip ya faili ambazo majedwali yanataja)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>Vitambulisho vya miradi vya OC4IDS huanza na kiambishi kilichosajiliwa cha shirika lako: oc4ids- na herufi au tarakimu 6 (mf. oc4ids-ab12cd), kinachotolewa na Open Contracting Partnership. Kiweke mara moja kwa `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>Anwani ya msingi inaanza na https:// na inataja folda ambamo kifurushi kinachapishwa.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>Kiambishi cha OC4IDS ni oc4ids- kisha herufi ndogo au tarakimu 6, mf. oc4ids-ab12cd (imepewa {value}).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>Uhamishaji wa picha ni faili ya .zip: toa jina linaloishia na .zip.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>Mwisho wa kipindi ni kabla ya mwanzo wake.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>Mipangilio ya mchapishaji wa OC4IDS huwekwa na wafanyakazi wa mshirika.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>Hali ya tatizo {value} haijulikani; chagua kati ya: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>Sekta {value} haijulikani.</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>Bofya mahali mradi ulipo, au andika mji au kijiji. Buruta kusogeza; kuza kwa gurudumu la kipanya au vitufe + na −.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>Mji au kijiji</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>Mji au kijiji cha kutafuta</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>Picha zenye mahali</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>Tumia mahali pa &amp;picha hii</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>Mahali palipochaguliwa</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>Inatengeneza ramani</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>Picha katika {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>Hakuna mji au kijiji kiitwacho &apos;{name}&apos; kwenye ramani. Kagua tahajia, au bofya kwenye ramani.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>km {distance} kutoka {town}, mji wa klabu.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>Ni mbali: hakikisha ni mahali sahihi.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>Ramani ya miradi</translation>
    </message>
    <message>
        <source>{count} km</source>
        <translation>km {count}</translation>
    </message>
    <message>
        <source>{count} m</source>
        <translation>m {count}</translation>
    </message>
    <message>
        <source>Click a dot to see the project.</source>
        <translation>Bofya nukta kuona mradi.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>Mradi uliochaguliwa</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>Picha ya mradi uliochaguliwa</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>Matatizo ya mradi uliochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Fungua mradi</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>Bado hakuna picha.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Onyesha upya</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Hifadhi kama &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>Inatengeneza ramani…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>Hali ya ramani</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>Buruta au tumia vitufe vya mishale kusogeza, gurudumu au + na − kukuza; bofya nukta kuona mradi wake.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>Inapakia mradi</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>Hifadhi ramani kama PDF</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>Imehifadhiwa {path}: ifungue ili kuchapisha.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Ramani imehifadhiwa katika {path}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Chapisha ramani</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Imetumwa kwa printa.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>ilipigwa karibu na {town} (km {distance})</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>ilipigwa {town}</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>Funga tatizo</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>Ongeza picha ya &quot;baada&quot; chini ya Picha, chini ya historia ya tatizo, kuonyesha ulichoona.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Weka kama ameondoka</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>Weka {name} kama ameondoka klabu? Hataweza tena kuingia; kazi yake inabaki.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Maoni ya mwalimu</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>Mwalimu wako amekurudishia hili: “{comment}”. Badilisha kilichoombwa, kisha ukiwasilishe tena.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>&amp;Idhinisha hivi {count}</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>&amp;Rudisha hivi {count} pamoja na maoni…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>&amp;Wasilisha hivi {count} tena</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>Vitu {count} vimechaguliwa</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>Vitufe vilivyo chini vinatenda kwa vyote hivi:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>kimetumwa na {name}</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>Anwani ya seva ya kompyuta hii, ukubwa wa picha na muda wa kutoka hubadilishwa na mwalimu.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Andika PIN yako kwanza.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Andika nenosiri lako kwanza.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>Jaribu tena, au muombe mwalimu mwingine aweke upya nenosiri lako.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>Ni mwalimu tu anayeweza kubadilisha mipangilio ya kompyuta hii.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>hakuna tarehe</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mf. {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>Andika tarehe, mf. {example} au {iso}, au uichague kwenye kalenda (Alt+Chini).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Fungua kalenda</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>Si tarehe: iandike kama {example} au {iso}.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Tarehe inahitajika hapa.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenda</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Hakuna tarehe</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>Miradi kwenye ramani: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>Matatizo: {open} yaliyo wazi kati ya {total}</translation>
    </message>
</context>
</TS>
