<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tet" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>Normál</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Boot liu</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Boot liu hotu</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kénia</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepál</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Serra Leoa</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>Kongo (RD)</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afeganistaun</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzánia</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambike</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nijéria</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zámbia</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>Bemvindu mai clubapp</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>Komputadór ida-ne&apos;e seidauk iha klube. Ita hakarak halo saida?</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;Hahú klube foun iha komputadór ida-ne&apos;e (ha&apos;u mak profesór)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>&amp;Liga ba klube ne&apos;ebé iha ona ho kódigu klube husi ami-nia parseiru</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>Ha&apos;u servisu iha organizasaun &amp;parseiru: lee ami-nia klube sira-nia rejistu</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>Ita-nia eskola no klube</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>Organizasaun parseiru ne&apos;ebé treina ita</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Eskola</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>&amp;Naran klube</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Nasaun</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>&amp;Sidade ka suku</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>Organizasaun &amp;parseiru</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>Profesór dahuluk</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>Ita sei aumenta estudante no profesór seluk bainhira klube iha ona.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Naran</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Naran &amp;família</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Naran &amp;uzuáriu</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Senha &amp;fali</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Senha rua ne&apos;e la hanesan.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>Liga ba ita-nia klube</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>Ita-nia organizasaun parseiru fó kódigu ida ba klube ida-idak. Komputadór tenke online dala ida.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>ez. KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Enderesu servidór</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>&amp;Kódigu klube</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>Liga ho ita-nia konta parseiru</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>Komputadór ida-ne&apos;e sei simu ita-nia organizasaun nia klube sira (estudante ho naran-falsu).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>Prepara clubapp</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Rai hela rascunho</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>Hasai hela rascunho</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demonstrasaun)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Halo hela kópia seguransa</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>Prepara hela rede demonstrasaun…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>Demonstrasaun: profesór sira tama ho &apos;{password}&apos;, estudante sira ho PIN {pin}.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>Harii hela demonstrasaun</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>Hili fatin projetu nian</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>Mapa atu hili fatin</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>Seidauk hili pontu ida.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>Hili ona: latitude {latitude}, longitude {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetu sira</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problema sira</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fó-hanoin ne&apos;ebé to&apos;o ona tempu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revizaun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membru sira</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Númeru sira</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronizasaun</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Konfigurasaun</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pájina sira</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — Klube Integridade</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sai</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>Komputadór parseiru: klube {count}&lt;br&gt;&lt;small&gt;Hakerek ita-nia naran uzuáriu iha okos&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>Loke hela klube</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>Rai hela lian</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>Prepara uluk komputadór ida-ne&apos;e: taka no loke fali aplikasaun.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>Klube la prepara</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>Prepara hela klube</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>clubapp la bele loke ninia dadus</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Tama ona: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaura hela kópia seguransa…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>Kópia seguransa fila fali ona. Dadus uluk nian rai iha {file}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>La muda buat ida: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaura hela kópia seguransa</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>Ita sai tanba tempu naruk la iha atividade. Ita-nia rascunho sira rai hela.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sinkroniza hela</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Lee hela estadu sinkronizasaun nian</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nasaun</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Klube</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setór</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Kategoria problema</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>Fulan hetan</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>Monitór nia jéneru</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>Monitór nia idade</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>menus husi 13</translation>
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
        <translation>liu 18</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>la hatene</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupu</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Hadia ona</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>Hadia balun</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>La hadia</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Sei loke</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>Taxa hadia</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taxa resposta</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Loron médiu to&apos;o resposta</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>Loron médiu to&apos;o hadia</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tarde ona</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>Taxa ba problema menus husi {n} hatudu hanesan “uitoan liu”.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>uitoan liu</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;Hetan entre</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>Hetan iha data ne&apos;e ka depois</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>Hetan iha data ne&apos;e ka antes</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Setór hotu</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Fahe tuir</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Fahe tuir</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Loron médiu</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>Projetu ne&apos;ebé monitoriza</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>Gráfiku rezultadu problema sira nian</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Númeru tuir grupu</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>Karrega hela klube sira</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Nasaun hotu</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>Klube hotu</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Konta hela…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>Konta hela númeru sira</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>Problema {fixed} husi {total} hadia ona · {partly} balun · {notfixed} la hadia · {open} sei loke</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>Problema {answered} husi {reported} ne&apos;ebé relata ona simu resposta</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>loron to&apos;o resposta dahuluk; loron {fix} to&apos;o hadia</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>problema ne&apos;ebé relata ona no sei hein liu klube nia prazu</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>orsamentu {budgets} · benefisiáriu {people}</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>To&apos;o {day}.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>Problema sira tuir {group}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esporta hela…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kansela</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Esporta hela</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>{summary} esporta ona ba {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportasaun la susesu</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>Hetan ona, seidauk relata</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>Relata ona, hein resposta</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Simu ona resposta</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>Hadia ona no verifika ona</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Loke fali</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Taka ona</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Seidauk relata</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Hein resposta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Hatán ona</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>Hadia ona (verifika ona)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>Relata ona ba…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>Fó-hanoin haruka ona</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Loke fali</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hetan</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Relata ona</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>Monitór sira verifika ona hadia</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ki&apos;ik</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>médiu</translation>
    </message>
    <message>
        <source>high</source>
        <translation>aas</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>krítiku</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>Filtra problema: númeru kontrolu, títulu, projetu… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Filtra problema sira</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Kategoria hotu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Estadu hotu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estadu</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Númeru kontrolu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projetu</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Hein (loron)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>Karrega hela problema sira…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>Karrega hela problema sira</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>Fó-hanoin {shown} husi {total} to&apos;o ona tempu</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>Fó-hanoin {total} to&apos;o ona tempu</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>Problema {shown} husi {total}</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>Problema {total}</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>la iha resposta naruk liu klube nia prazu fó-hanoin: haruka fó-hanoin ka hakerek resposta.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>Problema ne&apos;ebé relata ona ba autoridade ida ne&apos;ebé la hatán iha tempu. Tuir sira: haruka fó-hanoin, ka hakerek resposta se to&apos;o ona.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>Rejista problema ida</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>Títulu badak, ez. Kanek iha sala-aula nia parede</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>Se mak tenke hadia</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>Ita haree saida? Iha ne&apos;ebé loos? Kompara oinsá ho buat ne&apos;ebé promete?</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problema</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravidade</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>Buat ne&apos;ebé ita &amp;haree</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsavel</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Hetan iha</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>Fila fali buat ne&apos;ebé ita hakerek ikus (seidauk rai).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Rai hela…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>Rai hela problema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;Rai ona.&lt;/b&gt; Númeru kontrolu: {number}&lt;br&gt;Hakerek númeru ne&apos;e iha karta hotu ne&apos;ebé ita haruka kona-ba problema ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Taka</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Bainhira</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>Númeru karta ka kazu, se iha</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Ba se</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Oinsá</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referénsia</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>Rai hela etapa</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Karrega hela…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Saida mak akontese</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>Loke hela problema</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>Problema {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>Númeru kontrolu {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>gravidade {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>Responsavel: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>ba {whom}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>liu husi {channel}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>ref. {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Haruka ba &amp;revizaun</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>&amp;Karta referénsia (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Seidauk haruka</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Haruka hela</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Rai karta referénsia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>Karta rai ona iha {path}</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>Karta la halo</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>Halo hela karta</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesór</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudante</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesór</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtra membru sira</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>Hatudu membru ne&apos;ebé &amp;sai ona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naran</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Knaar</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jéneru</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Moris</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klase</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Konsentimentu</translation>
    </message>
    <message>
        <source>given</source>
        <translation>fó ona</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>LA IHA</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Bele tama</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sin</translation>
    </message>
    <message>
        <source>no</source>
        <translation>lae</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativu</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Aumenta membru…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Muda…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Rejista &amp;konsentimentu…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>Define &amp;PIN ka senha…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>Marka hanesan &amp;sai ona</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>&amp;Importa lista klase (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>Imprime &amp;sertifikadu…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Karrega hela membru sira</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>Membru {count}</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>konsentimentu la iha ba estudante {count}</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>Marka hanesan &amp;fila ona</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} aumenta ona.</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>Aumenta hela membru</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} rai ona.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>Muda hela membru</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Rejista konsentimentu</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>Se mak fó konsentimentu ba {name} (inan-aman ka responsavel)?</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>Konsentimentu ba {name} rejista ona.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Rejista hela konsentimentu</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>PIN foun (pelumenus númeru 4) ba {name}:</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>Senha foun (pelumenus karakter 8) ba {name}:</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} bele tama ho PIN foun.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} bele tama ho senha foun.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>Define PIN ka senha</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>Define hela PIN</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} agora la ativu.</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} agora ativu.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Imprime sertifikadu</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>Imprime sertifikadu ba {name} de&apos;it?

Sin: estudante ida-ne&apos;e de&apos;it. Lae: estudante ativu hotu klube nian.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Rai sertifikadu sira</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>Halo hela sertifikadu sira…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>Sertifikadu {count} rai ona iha {path}</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>Sertifikadu la halo</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>Halo hela sertifikadu</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importa lista klase</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>Lista klase (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>Muda membru ida</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Aumenta membru ida</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>seidauk fó</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Knaar</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Jéneru</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Tinan moris</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>K&amp;lase</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importa {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lee hela arkivu…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Liña</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Naran</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Naran família</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Tinan moris</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>Liña sira lista klase nian</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>Aumenta liña ne&apos;ebé di&apos;ak</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>Arkivu ida-ne&apos;e boot liu ba lista klase (liu 5 MB).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>Lee hela lista klase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>Liña {count} prontu atu aumenta</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>Liña {count} ho problema sei husik hela (hadia iha arkivu no importa fali)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>Aumenta hela membru sira</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>Membru {count} aumenta ona husi lista klase.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>Dokumentu projetu nian disponivel ka lae?</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>Komunidade partisipa ka lae?</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>Servisu tuir espesifikasaun ka lae?</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>Benefisiáriu sira kontente ka lae?</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>depois</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Aumenta foto…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>Foto sira hatudu</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>Antes (problema)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>Depois (hadia)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>Tau foto iha ne&apos;e, ka uza Aumenta foto. Klik dala rua iha foto atu haree boot.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto sira</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>Karrega hela foto sira</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data la hatene</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>Seidauk iha foto. Tau foto iha ne&apos;e, ka uza Aumenta foto.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Aumenta foto</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Importa hela foto sira…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>Importa hela foto {number} husi {total}: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>Importa hela foto sira</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>Foto {count} aumenta ona.</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>La aumenta: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>Nota: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>Para antes remata; foto sira iha leten aumenta ona.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>la iha fatin</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>Foti {when}, {where}; piksel {width}×{height}</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Legenda:</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>Loke hela foto</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>Legenda la rai</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>Rai hela legenda</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>Rejista vizita monitorizasaun ida</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Data vizita nian</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nota sira</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Se mak bá</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>Rai hela vizita</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Edita detalle</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>Rejista &amp;vizita</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>Rejista &amp;problema</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>&amp;Relatóriu projetu (PDF)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalle</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Foto sira</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Vizita sira</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>&amp;Vizita sira</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>Prob&amp;lema sira</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Loke hela projetu</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>Projetu: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>Vizita loron {day}</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>Prezente: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>Revizaun: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Seidauk rejista vizita ida.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>&amp;Vizita sira ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>Haruka ona ba ita-nia profesór atu halo revizaun.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>Rai relatóriu projetu</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Relatóriu rai ona iha {path}</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>Relatóriu la halo</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Halo hela relatóriu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Hein revizaun</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Fila fali</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprova ona</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>Filtra projetu: hakerek liafuan ruma (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Filtra projetu sira</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>Projetu &amp;foun</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autoridade responsavel</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Problema ne&apos;ebé sei loke</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Problema hotu</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Karrega hela projetu sira…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>Karrega hela projetu sira</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>Projetu {shown} husi {total}</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>Projetu {total}</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Muda detalle projetu nian</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Projetu foun</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>ez. Edifísiu sala-aula rua iha Eskola Primária Ruringu</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>Eskritóriu responsavel, ez. Diresaun Munisipál</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>Kontratór ka ajénsia ne&apos;ebé halo servisu</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>ez. 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>Serve ema na&apos;in hira</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>ez. -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>ez. 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>&amp;Naran projetu</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Setór</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>Es&amp;tadu</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipu</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>Buat ne&apos;ebé &amp;promete</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>&amp;Autoridade responsavel</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>&amp;Kontratór ka ajénsia</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Fonte finansiamentu</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Orsamentu</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Hahú planeadu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Remata planeadu</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Hahú loloos</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Remata loloos</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>B&amp;enefisiáriu sira</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>&amp;Enderesu ka fatin</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>Look up the &amp;map position</source>
        <translation>Buka pozisaun iha &amp;mapa</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>Hili iha ma&amp;pa…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>Latitude no longitude mak númeru, ez. -0.4197 no 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>Benefisiáriu nia númeru mak númeru kompletu.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>Rai hela projetu</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>Projetu rai ona.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>Buka enderesu la disponivel; hakerek latitude no longitude.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>Buka hela enderesu… (ita bele kontinua hakerek)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>Buka hela enderesu</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>Fatin hili ona iha mapa.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>Hetan: {place} (rai ona uluk)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>Hetan: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>seidauk define</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to&apos;o {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>Kontratór ka ajénsia</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiamentu</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orsamentu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeadu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Loloos</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Benefisiáriu sira</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Fatin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizasaun</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizita</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>Fila fali atu hadia</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Seidauk haruka</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>Servisu ne&apos;ebé ita-nia estudante sira haruka ba revizaun. Loke ida atu haree saida mak muda, depois aprova ka fila fali ho komentáriu.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>Servisu ne&apos;ebé ita-nia profesór fila fali ba ita (lee komentáriu, hadia, no haruka fali), no servisu ne&apos;ebé ita seidauk haruka.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Saida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títulu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estadu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Husi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Haruka ona</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentáriu</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>Servisu atu halo revizaun</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>Detalle husi item ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Loke</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprova</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>&amp;Fila fali ho komentáriu…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>&amp;Haruka fali</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>Karrega hela revizaun sira</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} hein</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} atu halo</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Hili item ida husi lista.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Profesór nia komentáriu:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>Muda ona desde aprova:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>Foun: seidauk aprova uluk.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>Vizita sira hatudu iha sira-nia projetu nia janela.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>Aprova ona: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>La aprova</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Aprova hela</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>Fila fali ho komentáriu</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>Estudante tenke muda saida?</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>Fila fali ona: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>La fila fali</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Fila fali hela</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>Haruka ona ba revizaun: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Komputadór nia lian</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>loron</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (husik mamuk atu servisu offline)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>piksel {size} iha sorin naruk liu</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lian</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>Imprime sertifikadu no karta &amp;iha lian</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>Testu &amp;boot liu</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;Fó-hanoin ba problema ne&apos;ebé la iha resposta depois</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Enderesu servidór</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>&amp;Tamañu foto</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>Sai depois la iha &amp;atividade durante</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>Mudansa lian nian sei hala&apos;o bainhira aplikasaun loke fali. Testu nia tamañu muda kedas.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Rai konfigurasaun</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Lee hela konfigurasaun</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Konfigurasaun la rai</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Rai hela konfigurasaun</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Konfigurasaun rai ona.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>Kópia seguransa ba komputadór ida-ne&apos;e nia dadus</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>clubapp halo kópia seguransa loron-loron bainhira loke.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Halo kópia seguransa agora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaura kópia seguransa…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Kópia seguransa hakerek ona: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>La halo kópia seguransa</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kópia seguransa sira</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>Lee hela kópia seguransa sira</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>loron-loron</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>halo ho liman</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes restaura</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} MB</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>Seidauk iha kópia seguransa. Uza uluk “Halo kópia seguransa agora”.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaura kópia seguransa</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>Kópia seguransa ida-ne&apos;ebé mak tenke fila?</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>Fila fali dadus husi {when}?

Buat hotu iha komputadór ida-ne&apos;e fila ba momentu ne&apos;ebá no ita sai. Buat ne&apos;ebé sinkroniza tiha desde ne&apos;ebá sei fila iha sinkronizasaun tuir mai. Dadus agora nian rai hanesan kópia seguransa, nune&apos;e ita bele kansela fali.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>Mudansa {changes} no foto {photos} hein atu haruka</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>Servisu offline (la iha servidór)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Sinkronizasaun ikus: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunka</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estadu sinkronizasaun</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkroniza agora</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresu sinkronizasaun</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>Kódigu klube ne&apos;ebé ita-nia parseiru fó, ez. KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>&amp;Liga komputadór ida-ne&apos;e ba klube</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>Rejistu ne&apos;ebé rejeita no konflitu</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>Versaun ida-ne&apos;e servisu offline de&apos;it: ligasaun ba servidór la instala.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Servidór rejeita</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Konflitu atu haree</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>La rejeita buat ida, la iha konflitu.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>Sinkronizasaun remata: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>Sinkronizasaun la remata</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>La lakon buat ida: buat ne&apos;ebé la haruka sei hein no sei haruka dala tuir mai.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>Komputadór ida-ne&apos;e liga ona ba klube.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>La liga</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Liga hela</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bemvindu</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>1. Hili ita-nia &amp;naran:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ita-nia naran</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…ka hakerek ita-nia naran uzuáriu (funsionáriu parseiru)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>Naran uzuáriu (funsionáriu parseiru)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>2. Hakerek ita-nia &amp;PIN ka senha:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN ka senha</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Tama</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>Karrega hela naran sira</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(profesór)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>2. Hakerek ita-nia &amp;PIN:</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>2. Hakerek ita-nia &amp;senha:</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Hili uluk ita-nia naran.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifika hela…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Tama hela</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>Koko fali, ka husu ita-nia profesór atu define fali ita-nia PIN.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>Buat ruma la la&apos;o di&apos;ak bainhira {task}. Detalle iha log; koko fali, no fó-hatene ita-nia profesór se akontese fali.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>servisu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Enkontru</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensajen SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formuláriu online</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>Rádiu ka jornál</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>Arkivu CSV (pasta ida, ka .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Livru Excel (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>Kamada mapa GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feto</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mane</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Seluk</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefere la hatete</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>Servisu tarde ka para</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>Kualidade servisu ka materiál la di&apos;ak</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>Servisu la kompletu</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>Projetu abandona</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>La tuir espesifikasaun</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>Osan la iha kontabilidade</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>Informasaun projetu la públiku</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>Perigu ba seguransa</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>La asesivel ba ema hotu</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>Aat no la hadia</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>Estraga ambiente</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Problema seluk</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Ki&apos;ik</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médiu</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Aas</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>Krítiku (perigu ba ema)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukasaun</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Enerjia</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>Enerjia solár</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>Enerjia anin</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Enerjia hidroelétrika</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>Enerjia biomasa</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>Enerjia jeotérmika</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Komunikasaun</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Bee no saneamentu</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>Edifísiu no servisu públiku</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>Ekonomia no agrikultura</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>Kultura, desportu no rekreasaun</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>Transporte aéreu</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>Transporte marítimu</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>Transporte ferroviáriu</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>Estrada no ponte</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>Transporte urbanu</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>Transporte karbonu ki&apos;ik</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Uma sosiál</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Rekursu naturál</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>Protesaun hasoru inundasaun</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Iha preparasaun</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Iha konstrusaun</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Kompletu</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Iha uzu</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>Hasai hela husi uzu</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Hasai ona husi uzu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansela ona</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>Konstrusaun foun</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Reabilitasaun</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Substituisaun</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansaun</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Hasai husi uzu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Balun</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Lae</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>La hatene</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>Baze dadus iha {folder} aat ona: nia kópia mós sei aat, tan ne&apos;e la halo. Fó fila kópia di&apos;ak foun liu ho `clubapp restore FILE` (haree `clubapp backup --list`).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} fó fila ona. Baze dadus ne&apos;ebé aat muda ba {kept}.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} fó fila ona. Baze dadus uluk rai iha {kept} (fó fila nia atu kansela).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>Atensaun: kódigu ne&apos;ebé fó ho --code ema hotu iha komputadór ida-ne&apos;e bele haree bainhira komandu la&apos;o hela. La uza --code no hakerek kódigu bainhira husu, ka haruka liu husi pipe.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>Kódigu rejistu (la hatudu bainhira hakerek): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>La fó kódigu rejistu: la muda buat ida. Hakerek kódigu ne&apos;ebé organizasaun parseiru fó ba ita.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>Atensaun: {server} la&apos;ós https://: kódigu no rejistu hotu sei liu rede la ho enkriptasaun. Husu servidór nia enderesu https://.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>La iha projetu atu esporta (OC4IDS presiza pelumenus ida).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>La bele imprime mapa ba PDF.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Janeiru</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Fevereiru</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Marsu</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Abríl</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Maiu</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juñu</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Jullu</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agostu</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Setembru</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Outubru</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Novembru</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezembru</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>; foto {count} seidauk iha servidór (sei mai iha sinkronizasaun ikus, bainhira komputadór ne&apos;ebé foti haruka ona)</numerusform>
            <numerusform>; foto {count} seidauk iha servidór (sei mai iha sinkronizasaun ikus, bainhira komputadór ne&apos;ebé foti haruka ona)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>Problema krítiku sei loke</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>Problema grave sei loke</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>Problema sei loke</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>Problema ki&apos;ik sei loke</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>Problema hotu hadia ona ka taka ona</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>La iha problema rejistadu</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>Projetu ne&apos;ebé Klube Integridade monitoriza</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>estudante {count}</numerusform>
            <numerusform>estudante {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>Problema aat liu ne&apos;ebé sei loke</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>Projetu ne&apos;ebé {club} monitoriza</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} la iha fatin</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>aat liu ne&apos;ebé sei loke: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>Sertifikadu Klube Integridade</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>Sertifikadu Monitorizasaun Komunitária</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Ida-ne&apos;e sertifika katak</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>Obrigadu tanba ajuda osan públiku to&apos;o ba ema ne&apos;ebé nia destina ba.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>monitoriza projetu públiku iha komunidade {period}: {visits}, {reported}, no {fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>membru husi {club}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>husi {start} to&apos;o {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>to&apos;o {date}</translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>vizita monitorizasaun {count}</numerusform>
            <numerusform>vizita monitorizasaun {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>problema {count} rejista no relata ona</numerusform>
            <numerusform>problema {count} rejista no relata ona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>problema {count} tuir to&apos;o hadia</numerusform>
            <numerusform>problema {count} tuir to&apos;o hadia</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>Profesór · {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Sertifikadu {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Kódigu verifikasaun {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>Verifika: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>klube mak hetan</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>relata ona</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>simu ona resposta</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>fó-hanoin haruka ona</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>hadia ona</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>hadia balun</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>la hadia</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>klube verifika ona hadia</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>loke fali</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>taka ona</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Ba:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Senhór ka Senhora sira,</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Buat ne&apos;ebé ami haree</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Ho respeitu,</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} ba {whom}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} liu husi {channel}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>Autoridade responsavel</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>Saida mak akontese to&apos;o agora:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>Asuntu: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Númeru kontrolu: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>Ami mak {club}, estudante sira ne&apos;ebé monitoriza projetu públiku iha ami-nia komunidade hamutuk ho ami-nia profesór sira. Iha {date} ami vizita projetu “{project}” no hetan problema ida ne&apos;ebé ami husu Ita atu haree.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>Ami sei agradese tebes se Ita hatán to&apos;o {date}, hodi hatete ba ami saida mak sei halo no bainhira. Favór temi númeru kontrolu {number} iha Ita-nia resposta, nune&apos;e ami bele tuir problema ne&apos;e to&apos;o hadia.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>ba {club}</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>Karta referénsia {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>Foto problema nian ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>foto antes</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>foto depois</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>Foto: antes no depois</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Vizita monitorizasaun sira</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Problema ne&apos;ebé hetan</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>Foto: antes</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>Foto: depois</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>La rejista fatin.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>La iha problema rejistadu.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>imprime iha {date}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>{found} hetan, {fixed} hadia ona ka taka ona</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>Relatóriu projetu: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>Presiza naran uzuáriu.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>Senha presiza pelumenus karakter {count}.</numerusform>
            <numerusform>Senha presiza pelumenus karakter {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>Naran no senha ne&apos;e la kombina.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>kria konta ba funsionáriu parseiru ka administradór</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>kria konta</translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>PIN presiza pelumenus númeru {count}.</numerusform>
            <numerusform>PIN presiza pelumenus númeru {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Konta ne&apos;e la iha ona.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>define fali PIN ka senha</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>Naran uzuáriu &apos;{username}&apos; ema seluk foti tiha ona.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>Ita bele haree de&apos;it ita-nia klube rasik nia rejistu.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>Konta funsionáriu parseiru bele lee klube nia rejistu maibé la bele muda.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>Ita bele muda de&apos;it ita-nia klube rasik nia rejistu.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>Profesór de&apos;it mak bele {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>Profesór bele {action} de&apos;it iha sira-nia klube rasik.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>Administradór de&apos;it mak bele {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>haree kópia seguransa sira</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>halo kópia seguransa</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaura kópia seguransa</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>imprime sertifikadu</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>Ida-ne&apos;e la&apos;ós kódigu verifikasaun válidu: verifika katak hakerek hanesan loos ho imprime.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>Klube ne&apos;e la iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>La iha sertifikadu ho kódigu ida-ne&apos;e ne&apos;ebé emite iha rede ida-ne&apos;e (tuir komputadór ida-ne&apos;e nia hatene: sinkroniza, depois koko fali).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>Loloos: sertifikadu {number} ba {student}, {club}, emite iha {date}.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>Ema balun ne&apos;ebé hili la&apos;ós estudante husi klube ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>Sertifikadu {number} foti fali ona.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>importa lista klase</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>Ida-ne&apos;e la&apos;ós arkivu testu: rai lista klase hanesan CSV husi folla-kálkulu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Arkivu mamuk.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>Liña dahuluk tenke temi koluna sira; ida tenke &apos;Given name&apos; (ka &apos;First name&apos;). Seluk: Family name, Gender, Birth year, Grade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>jéneru &apos;{value}&apos; la&apos;ós female, male, other</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>naran hanesan ho liña {line}</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>La bele lee arkivu ida-ne&apos;e hanesan lista klase (CSV). Loke iha folla-kálkulu no rai fali hanesan CSV. ({reason})</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>ne&apos;e la&apos;ós imajen ne&apos;ebé clubapp bele lee (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>Servidór la iha ida-ne&apos;e.</translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>Lista klase iha liña {count} maximu; fahe arkivu.</numerusform>
            <numerusform>Lista klase iha liña {count} maximu; fahe arkivu.</numerusform>
        </translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>tinan moris &apos;{value}&apos; la&apos;ós tinan</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>aumenta organizasaun parseiru</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>kria klube</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>Hili nasaun (kódigu letra rua hanesan KE, NP ka LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>Klube ne&apos;e la iha komputadór ida-ne&apos;e, ka ita la bele haree.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>muda klube nia konfigurasaun</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Organizasaun nia naran</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Eskola nia naran</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>Klube nia naran</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>Profesór nia naran</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Naran uzuáriu ida</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>Hili entre loron 1 no 365.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>Organizasaun parseiru ne&apos;e la iha.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>Klube ida-ne&apos;e iha ona profesór; husu nia atu aumenta ita.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>Profesór no funsionáriu parseiru mak halo esportasaun.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Hili ida husi: {choices}.</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>Komputadór funsionáriu parseiru nian la uza pakote USB.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>Ida-ne&apos;e pakote fila ne&apos;ebé servidór hakerek ba komputadór ida: lori ba komputadór ne&apos;e.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>Pakote ida-ne&apos;e mai husi komputadór ne&apos;ebé servidór ida-ne&apos;e la koñese.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>Komputadór funsionáriu parseiru nian la haruka pakote.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>Komputadór ida-ne&apos;e la iha xave pakote iha servidór ida-ne&apos;e: sinkroniza dala ida online, depois esporta fali pakote.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>Pakote ida-ne&apos;e nia mudansa la iha forma ne&apos;ebé clubapp hakerek.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>Komputadór ida-ne&apos;e rejista uluk xave pakote seluk: rejista fali.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>Pakote ida-ne&apos;e mai husi komputadór ne&apos;ebé kansela iha {date}: la simu buat ida husi nia. Rejista fali komputadór se nia tenke sinkroniza.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>Hakerek enderesu ka naran fatin atu buka.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>La bele buka enderesu (la iha internet, ka servisu mapa la hatán). Hakerek latitude no longitude, ka koko fali bainhira ita online.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>La hetan fatin ho naran &apos;{address}&apos;. Verifika ortografia, ka hakerek koordenada.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>Títulu badak</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Títulu</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>kategoria problema</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravidade</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>Loron ne&apos;ebé hetan</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>Haruka ba se</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Referénsia</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>Problema ne&apos;e la iha ona iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>Projetu ne&apos;e la iha ona iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>dalan kontaktu</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>Ida-ne&apos;e la&apos;ós númeru kontrolu (verifika erru hakerek).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>Data ne&apos;e antes problema hetan.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>Problema ne&apos;ebé &apos;{status}&apos; la bele marka &apos;{step}&apos; tuir mai.</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>La iha problema {number} iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>Enderesu servidór hahú ho https:// (ka http://).</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Hili entre minutu 1 no 240.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>Hili ida husi piksel {choices}.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>aumenta membru</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Naran</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Naran família</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>Klase</translation>
    </message>
    <message>
        <source>role</source>
        <translation>knaar</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jéneru</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>edita membru</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>rejista konsentimentu</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>dezativa membru</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>hamoos membru nia dadus pesoál</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>Membru ne&apos;e la iha ona iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>Favór tinan moris entre {first} no {last}.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>Membru ida-ne&apos;e nia dadus pesoál hamoos tiha ona: la bele prenxe fali.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>Hakerek se mak fó konsentimentu (inan-aman ka responsavel).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>foto nia pozisaun GPS la posivel no la konsidera</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} aumenta, {there} iha ona, {failed} la importa</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>foto nia pozisaun GPS la bele lee no la konsidera</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>imajen boot liu atu loke ho seguru</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>Foto ida-ne&apos;e nia imajen seidauk to&apos;o komputadór ida-ne&apos;e (sei mai ho sinkronizasaun tuir mai).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>arkivu boot liu ({size} MB; maximu {limit} MB)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>fotografia HEIC ne&apos;e la bele lee iha komputador ne&apos;e; iha iPhone hili Settings &gt; Camera &gt; Formats &gt; Most Compatible, ka haruka nu&apos;udar JPEG</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>Evidénsia mak &apos;before&apos; (antes) ka &apos;after&apos; (depois).</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>Hili projetu ne&apos;ebé foto sira pertense ba.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>Foto ne&apos;e la iha ona iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>imajen aat ka la kompletu ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>arkivu la iha</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>Vizita ne&apos;e la iha ona iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>Imajen {kind} la suporta; rai hanesan JPEG</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>imajen boot liu (piksel {width} x {height})</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>arkivu boot liu (maximu {limit} MB)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>la bele lee arkivu ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>foti {distance} km husi projetu nia fatin</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>Orsamentu</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>Uza kódigu moeda letra tolu, ez. KES, NPR, LRD, USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>Hatete orsamentu iha moeda saida.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>Uza kódigu nasaun letra rua, ez. KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>Benefisiáriu nia númeru tenke zero ka liu.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>Projetu nia naran</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>setór</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>estadu projetu</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>tipu projetu</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>hahú planeadu</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>Remata planeadu</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>hahú loloos</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>Remata loloos</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>Hahú loloos</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>Koordenada sira-ne&apos;e dook {distance} km husi klube; latitude no longitude hanesan troka malu (koko {latitude}, {longitude}).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>Profesór de&apos;it mak bele hasai projetu ne&apos;ebé aprova ona.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>aprova ka fila fali servisu ne&apos;ebé haruka</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>Ida-ne&apos;e hein ona profesór nia revizaun.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>Hatete saida mak estudante tenke muda.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>Rejistu ne&apos;ebé haruka ona de&apos;it mak bele aprova ka fila fali.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>Rejistu ne&apos;e la iha komputadór ida-ne&apos;e, ka ita la bele haree.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>{kind} ne&apos;e la iha ona iha komputadór ida-ne&apos;e.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>Rejistu &apos;{kind}&apos; la halo revizaun.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. Haree se disku iha fatin mamuk.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Kópia la bele hakerek: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>Kópia la bele fó fila: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>Disku ne&apos;ebé iha {folder} nakonu ona: mudansa ikus la rai, buat seluk la lakon. Hamamuk fatin (hamoos ficheiru ne&apos;ebé la presiza, hamamuk lixu), depois koko fali.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>clubapp la bele hakerek iha {folder}: pasta ka nia disku ba lee de&apos;it, ka konta ne&apos;e la bele muda. Buat ida la muda. Halo pasta bele hakerek (ka hili seluk ho --data-dir), depois koko fali.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>Baze dadus clubapp iha {folder} aat ona ({reason}). Buat ida la muda. Fó fila kópia di&apos;ak foun liu: `clubapp backup --list` hatudu sira, `clubapp restore FILE` fó fila ida.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>clubapp la bele uza {folder} ({reason}). Buat ida la muda; haree pasta no nia disku, depois koko fali.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>Pakote ida-ne&apos;e komputadór ida-ne&apos;e hakerek ba servidór, la&apos;ós servidór nia resposta: lori uluk ba servidór.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>Pakote ida-ne&apos;e hakerek husi versaun seluk clubapp nian: atualiza clubapp iha sorin rua, depois esporta fali pakote.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>Parte ida husi pakote ida-ne&apos;e muda depois asina.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>Pakote ida-ne&apos;e iha parte ne&apos;ebé ninia asinatura la kobre (ka falta balun ne&apos;ebé nia lista).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>Xave ne&apos;ebé pakote ida-ne&apos;e presiza aat ona: sinkroniza dala ida online atu renova.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>La bele loke pakote ida-ne&apos;e ho komputadór ida-ne&apos;e nia xave: la&apos;ós ba komputadór ida-ne&apos;e, ka ema muda tiha.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>Pakote ida-ne&apos;e nia asinatura aat.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>Pakote ida-ne&apos;e nia asinatura la kombina: ema muda tiha, ka la&apos;ós komputadór ka servidór ne&apos;ebé nia temi mak halo.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>Komputadór ida-ne&apos;e seidauk iha xave ba pakote USB: rejista (online) ka sinkroniza dala ida online, depois uza pakote.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>Sinkronizasaun seluk husi pasta dadus ida-ne&apos;e sei la&apos;o hela (aplikasaun, ka komandu seluk): hein to&apos;o remata, depois koko fali.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>clubapp la bele hakerek iha ninia pasta dadus ({folder}): {reason}. Verifika katak pasta iha, la&apos;ós lee-de&apos;it no disku iha fatin mamuk.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>Servidór la iha rejistu husi foto ida-ne&apos;e ba klube ida-ne&apos;e ({reason}); nia hela iha komputadór ida-ne&apos;e no sei koko fali iha sinkronizasaun tuir mai.</translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} no {photos_sent} haruka ona, {pulled} no {photos_received} simu ona</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} hein konsentimentu husi {students}: rejista iha pájina Membru sira, depois sinkroniza fali</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>Projetu {count} iha mapa</numerusform>
            <numerusform>Projetu {count} iha mapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} sei loke husi problema {total}</numerusform>
            <numerusform>{open} sei loke husi problema {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>Koko sala barak liu. Hein segundu {seconds}, depois koko fali.</numerusform>
            <numerusform>Koko sala barak liu. Hein segundu {seconds}, depois koko fali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Fó latitude no longitude rua-rua, ka la fó ida.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>Latitude no longitude tenke númeru.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>Presiza {label}.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} naruk liu (karakter {length}; maximu {limit}).</numerusform>
            <numerusform>{label} naruk liu (karakter {length}; maximu {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>&apos;{value}&apos; la&apos;ós {label} ne&apos;ebé koñesidu.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} la bele iha futuru.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second} antes {first}.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>Latitude no longitude troka malu ka?</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} tenke númeru.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} la bele negativu.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} boot liu.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>Latitude tenke entre -90 no 90 (simu {value}).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>Longitude tenke entre -180 no 180 (simu {value}).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>Data vizita nian</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>Membru klube nian de&apos;it mak bele tama lista prezente.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} la iha.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} aat ({reason}); hili kópia seguransa seluk.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} la&apos;ós kópia seguransa clubapp nian.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} la&apos;ós kópia seguransa clubapp nian ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>Ida-ne&apos;e la&apos;ós pakote sinkronizasaun (la iha, ka boot liu).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>Pakote ida-ne&apos;e halo ba komputadór seluk.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>Arkivu ne&apos;e la&apos;ós pakote sinkronizasaun clubapp nian, ka aat ona.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>iha tempu la hatene</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>; servidór restaura tiha husi kópia seguransa tuan: komputadór ida-ne&apos;e nia rejistu haruka fali</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (para ona)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>Komputadór ida-ne&apos;e seidauk liga ba klube iha servidór: rejista uluk.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>Ninia arkivu muda ka aat iha komputadór ida-ne&apos;e depois aumenta: aumenta fali foto husi kámara ka telefone.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>Rede rejeita pedidu ida tanba boot liu.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>, {count} rejeita</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>Foto ida to&apos;o aat; sinkroniza fali atu foti fali.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>Atualiza clubapp: servidór presiza versaun foun liu.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>Servidór rejeita komputadór ida-ne&apos;e: rejista fali.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>Servidór nia resposta aat; koko fali.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>foto {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}, {field}: rai {kept} (rai iha {kept_at}); komputadór {device} hakerek {other} ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Haruka hela mudansa: {done} husi {total}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>Simu hela foto: {done} husi {total}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>Servidór hatán ho erru ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>Mudansa ida boot liu rede nia limite; nia hela iha fila.</translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>mudansa {count}</numerusform>
            <numerusform>mudansa {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>foto {count}</numerusform>
            <numerusform>foto {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>Simu hela: rejistu {count}</numerusform>
            <numerusform>Simu hela: rejistu {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>Haruka hela foto: {done} husi {total} KB</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>La bele to&apos;o servidór ({reason}). La lakon buat ida: buat ne&apos;ebé la haruka hela iha fila; koko fali bainhira ligasaun fila.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>La bele haruka foto ida ({reason}). Rejistu seluk haruka ona.</translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>Pakote projetu OC4IDS (.json, ka .zip ho foto sira)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>Foto sira (.zip husi arkivu ne&apos;ebé tabela sira temi)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>Identifikadór projetu OC4IDS hahú ho prefiksu rejistadu husi ita-nia organizasaun: oc4ids- no letra ka númeru 6 (ez. oc4ids-ab12cd), ne&apos;ebé Open Contracting Partnership fó. Define dala ida ho `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>Enderesu baze hahú ho https:// no temi pasta ne&apos;ebé pakote publika ba.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>Prefiksu OC4IDS mak oc4ids- no depois letra ki&apos;ik ka númeru 6, ez. oc4ids-ab12cd (simu {value}).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>Esportasaun média mak arkivu .zip: fó naran ne&apos;ebé remata ho .zip.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>Data nia períodu remata antes hahú.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>Funsionáriu parseiru mak define konfigurasaun publikadór OC4IDS.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>Estadu problema {value} la koñesidu; hili husi: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>Setór {value} la koñesidu.</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>Klik iha fatin ne&apos;ebé projetu iha, ka hakerek sidade ka suku. Dada atu muda; zoom ho rodas mouse nian ka tekla + no −.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>Sidade ka suku</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>Sidade ka suku atu buka</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>Foto ho fatin</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>Uza fatin husi &amp;foto ida-ne&apos;e</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>Fatin ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>Halo hela mapa</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>Foto iha {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>La iha sidade ka suku ho naran &apos;{name}&apos; iha mapa. Verifika ortografia, ka klik iha mapa.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>{distance} km husi {town}, klube nia sidade.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>Ne&apos;e dook: verifika katak ne&apos;e fatin loos.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>Mapa projetu sira nian</translation>
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
        <translation>Klik iha pontu ida atu haree projetu.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>Projetu ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>Foto husi projetu ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>Problema sira husi projetu ne&apos;ebé hili</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Loke projetu</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>Seidauk iha foto.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualiza</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprime…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Rai hanesan &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>Halo hela mapa…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>Estadu mapa nian</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>Dada ka uza tekla seta atu muda, rodas ka + no − atu zoom; klik iha pontu ida atu haree ninia projetu.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>Karrega hela projetu</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>Rai mapa hanesan PDF</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>Rai ona {path}: loke atu imprime.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Mapa rai ona iha {path}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprime mapa</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Haruka ona ba imprimidora.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>foti besik {town} ({distance} km)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>foti iha {town}</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>Taka problema</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>Aumenta foto &quot;depois&quot; iha Foto sira, iha problema nia istória okos, atu hatudu saida mak ita haree.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Marka katak sai ona</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>Marka {name} katak sai ona husi klube? Nia la bele tama tan; nia serbisu hela.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Profesór nia komentáriu</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>Ita-nia profesór haruka fila fali ida-ne&apos;e ba ita: “{comment}”. Muda saida mak husu, depois haruka fali.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>&amp;Aprova {count} ne&apos;e</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>&amp;Haruka fila {count} ne&apos;e ho komentáriu…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>&amp;Haruka fali {count} ne&apos;e</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>Hili ona {count}</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>Butaun sira iha okos halo ba sira hotu:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>haruka husi {name}</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>Profesór mak muda komputadór ida-ne&apos;e nia enderesu servidór, foto nia medida no tempu atu sai.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Hakerek uluk ita-nia PIN.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Hakerek uluk ita-nia liafuan-xave.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>Koko fali, ka husu profesór seluk atu hadia fali ita-nia liafuan-xave.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>Profesór de&apos;it mak bele muda komputadór ida-ne&apos;e nia konfigurasaun.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>data laiha</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>ez. {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>Hakerek data, ez. {example} ka {iso}, ka hili iha kalendáriu (Alt+Down).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Loke kalendáriu</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>La&apos;ós data: hakerek hanesan {example} ka {iso}.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Presiza data iha ne&apos;e.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendáriu</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Data laiha</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>Projetu iha mapa: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>Problema: {open} sei nakloke husi {total}</translation>
    </message>
</context>
</TS>
