<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muito grande</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Quénia</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
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
        <translation>RD Congo</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afeganistão</translation>
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
        <translation>Tanzânia</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Moçambique</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zâmbia</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>Bem-vindo ao clubapp</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>Este computador ainda não tem clube. O que quer fazer?</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;Criar um novo clube neste computador (sou o professor)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>&amp;Ligar a um clube existente com um código do nosso parceiro</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>Trabalho para uma organização &amp;parceira: ler os registos dos nossos clubes</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>A sua escola e o seu clube</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>A organização parceira que vos formou</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escola</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>Nome do c&amp;lube</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>&amp;Cidade ou aldeia</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>Organização &amp;parceira</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>O primeiro professor</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>Vai adicionar os alunos e os outros professores depois de o clube existir.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nome próprio</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apelido</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome de &amp;utilizador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Palavra-passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Palavra-passe (&amp;outra vez)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas palavras-passe não são iguais.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>Ligar ao seu clube</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>A sua organização parceira dá um código a cada clube. O computador tem de estar ligado à Internet uma vez.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>p. ex. KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Endereço do servidor</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>&amp;Código do clube</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>Ligar com a sua conta de parceiro</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>Este computador vai receber os clubes da sua organização (alunos com pseudónimo).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>Configurar o clubapp</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>a guardar um rascunho</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>a apagar um rascunho</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demonstração)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>a fazer uma cópia de segurança</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>A preparar a rede de demonstração…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>Demonstração: os professores entram com «{password}», os alunos com o PIN {pin}.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>a criar a demonstração</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>Escolher a localização do projeto</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>Mapa para escolher a localização</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>Ainda não escolheu nenhum ponto.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>Escolhido: latitude {latitude}, longitude {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimentos em atraso</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — Clubes de Integridade</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>Computador de parceiro: {count} clube(s)&lt;br&gt;&lt;small&gt;Escreva o seu nome de utilizador abaixo&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>a abrir o clube</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>A guardar o idioma</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>Configure primeiro este computador: feche e volte a abrir a aplicação.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>O clube não foi criado</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>a criar o clube</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>O clubapp não consegue abrir os seus dados</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Sessão iniciada: {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>A restaurar a cópia de segurança…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>A cópia de segurança foi reposta. Os dados anteriores ficam guardados em {file}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nada foi alterado: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>A restaurar a cópia de segurança</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>A sua sessão terminou depois de algum tempo sem atividade. Os seus rascunhos foram guardados.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>a sincronizar</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>a ler o estado da sincronização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Clube</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Categoria do problema</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>Mês em que foi encontrado</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>Género do monitor</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>Idade do monitor</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>menos de 13 anos</translation>
    </message>
    <message>
        <source>13-15</source>
        <translation>13-15 anos</translation>
    </message>
    <message>
        <source>16-18</source>
        <translation>16-18 anos</translation>
    </message>
    <message>
        <source>over 18</source>
        <translation>mais de 18 anos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>Resolvido em parte</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Não resolvido</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ainda aberto</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>Taxa de resolução</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taxa de resposta</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Dias medianos até à resposta</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>Dias medianos até à resolução</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>As taxas calculadas com menos de {n} problemas aparecem como «muito poucos».</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>muito poucos</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;Encontrados entre</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>Encontrados em ou depois de</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>Encontrados em ou antes de</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos os setores</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Dividir por</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Dividir por</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Dias (mediana)</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>Projetos acompanhados</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>Gráfico dos resultados dos problemas</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Números por grupo</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>a carregar os clubes</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>Todos os clubes</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>A contar…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>a calcular os números</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>{fixed} de {total} problemas resolvidos · {partly} em parte · {notfixed} não resolvidos · {open} ainda abertos</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>{answered} de {reported} problemas comunicados tiveram resposta</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>dias até uma primeira resposta; {fix} dias até à resolução</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>problemas comunicados que esperam há mais tempo do que o prazo do clube</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>orçamento {budgets} · {people} beneficiários</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>Em {day}.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>Problemas por {group}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>A exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>a exportar</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>Exportado: {summary} para {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>Encontrado, ainda não comunicado</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>Comunicado, à espera de resposta</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Resposta recebida</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>Resolvido e verificado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reaberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Ainda não comunicado</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>À espera de resposta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>Resolvido (verificado)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>Comunicado a…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>Seguimento enviado</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>Resolução verificada pelos monitores</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>Filtrar problemas: número de seguimento, título, projeto… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Filtrar problemas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Espera (dias)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>A carregar os problemas…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>a carregar os problemas</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>{shown} de {total} seguimentos em atraso</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>{total} seguimentos em atraso</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>{shown} de {total} problemas</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>{total} problemas</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>sem resposta há mais tempo do que o prazo de seguimento do clube: envie um seguimento ou registe a resposta.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>Problemas comunicados a uma autoridade que não respondeu a tempo. Insista: envie um seguimento, ou registe a resposta se ela chegou.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>Registar um problema</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>Um título curto, p. ex. Fendas nas paredes da sala de aula</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>Quem deve resolver</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>O que viu? Onde exatamente? Como se compara com o que foi prometido?</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problema</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravidade</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>O que &amp;viu</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Encontrado em</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>Foi reposto o que escreveu da última vez (ainda não tinha sido guardado).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>a guardar o problema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;Guardado.&lt;/b&gt; Número de seguimento: {number}&lt;br&gt;Escreva-o em todas as cartas que enviar sobre este problema.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>Número da carta ou do processo, se houver</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>A &amp;quem</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referência</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>a guardar o passo</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>a abrir o problema</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>Problema {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>Número de seguimento {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>gravidade {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>Responsável: {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>a {whom}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>por {channel}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>ref. {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Enviar para revisão</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>&amp;Carta de encaminhamento (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>a enviar para revisão</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Guardar a carta de encaminhamento</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>Carta guardada em {path}</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>Carta não criada</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>a criar a carta</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>student</source>
        <translation>aluno</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>professor</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrar membros</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>Mostrar os membros que &amp;saíram</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>EM FALTA</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Pode entrar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Adicionar um membro…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Alterar…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registar o &amp;consentimento…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>Definir o &amp;PIN ou a palavra-passe…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>Marcar como &amp;saiu</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>&amp;Importar uma lista de turma (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>Imprimir cer&amp;tificados…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>a carregar os membros</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} membros</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>falta o consentimento de {count} aluno(s)</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>Marcar como &amp;voltou</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} foi adicionado(a).</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>a adicionar um membro</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name}: alterações guardadas.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>a alterar um membro</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registar o consentimento</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>Quem deu o consentimento para {name} (pai, mãe ou encarregado de educação)?</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>Consentimento registado para {name}.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>a registar o consentimento</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>Novo PIN (pelo menos 4 algarismos) para {name}:</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>Nova palavra-passe (pelo menos 8 caracteres) para {name}:</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} pode entrar com o novo PIN.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} pode entrar com a nova palavra-passe.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>Definir o PIN ou a palavra-passe</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>a definir o PIN</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} está agora inativo(a).</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} está agora ativo(a).</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Imprimir certificados</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>Imprimir um certificado só para {name}?

Sim: só este aluno. Não: todos os alunos ativos do clube.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Guardar os certificados</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>A criar os certificados…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>{count} certificado(s) guardado(s) em {path}</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>Certificados não criados</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>a criar os certificados</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar uma lista de turma</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>Lista de turma (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>Alterar um membro</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Adicionar um membro</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Ano de &amp;nascimento</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>A&amp;no</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>A ler o ficheiro…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>Linhas da lista de turma</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>Adicionar as linhas corretas</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>Este ficheiro é grande demais para uma lista de turma (mais de 5 MB).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>a ler a lista de turma</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>{count} linha(s) pronta(s) a adicionar</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>{count} linha(s) com problemas ficam de fora (corrija-as no ficheiro e importe-o outra vez)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>a adicionar os membros</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>{count} membro(s) adicionado(s) a partir da lista de turma.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>Os documentos do projeto estavam disponíveis?</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>A comunidade foi envolvida?</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>A obra corresponde ao caderno de encargos?</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>Os beneficiários estão satisfeitos?</translation>
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
        <translation>&amp;Adicionar fotografias…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>As fotografias mostram</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>Antes (o problema)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>Depois (a resolução)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>Largue aqui as fotografias, ou use Adicionar fotografias. Faça duplo clique numa fotografia para a ver em grande.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>a carregar as fotografias</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>Ainda não há fotografias. Largue-as aqui, ou use Adicionar fotografias.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Adicionar fotografias</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>A importar as fotografias…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>A importar a fotografia {number} de {total}: {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>a importar as fotografias</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} fotografia(s) adicionada(s).</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>Não adicionada: {file}: {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>Nota: {file}: {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>Parou antes do fim; as fotografias acima foram adicionadas.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>sem posição</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>Tirada em {when}, {where}; {width}×{height} píxeis</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Legenda:</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>a abrir uma fotografia</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>Legenda não guardada</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>a guardar uma legenda</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>Registar uma visita de monitorização</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Data da visita</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Quem foi</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>a guardar a visita</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar os detalhes</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>Registar uma &amp;visita</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>Registar um &amp;problema</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>&amp;Relatório do projeto (PDF)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotografias</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>Vi&amp;sitas</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>Pro&amp;blemas</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>a abrir o projeto</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>Projeto: {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>Visita de {day}</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>Presentes: {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>Revisão: {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Ainda não há visitas registadas.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>Vi&amp;sitas ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>Enviado ao seu professor para revisão.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>Guardar o relatório do projeto</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Relatório guardado em {path}</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>Relatório não criado</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>a criar o relatório</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>À espera de revisão</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>Filtrar projetos: escreva uma palavra (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Filtrar projetos</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Novo projeto</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autoridade responsável</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Problemas abertos</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Todos os problemas</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>A carregar os projetos…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>a carregar os projetos</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>{shown} de {total} projetos</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>{total} projetos</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Alterar os detalhes do projeto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>p. ex. Bloco de duas salas na Escola Primária de Ruringu</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>O serviço responsável, p. ex. a direção distrital</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>O empreiteiro ou a agência que faz a obra</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>p. ex. 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>Quantas pessoas serve</translation>
    </message>
    <message>
        <source>e.g. -0.4197</source>
        <translation>p. ex. -0.4197</translation>
    </message>
    <message>
        <source>e.g. 36.9475</source>
        <translation>p. ex. 36.9475</translation>
    </message>
    <message>
        <source>&amp;Name of the project</source>
        <translation>&amp;Nome do projeto</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Setor</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>O que foi &amp;prometido</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>&amp;Autoridade responsável</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>&amp;Empreiteiro ou agência</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Fonte de financiamento</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Orçamento</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Início previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fim previsto</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Início real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fim real</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>B&amp;eneficiários</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>En&amp;dereço ou local</translation>
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
        <translation>Procurar a posição no &amp;mapa</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>Escolher no ma&amp;pa…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>A latitude e a longitude são números, p. ex. -0.4197 e 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>O número de beneficiários é um número inteiro.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>a guardar o projeto</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>Projeto guardado.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>A pesquisa de endereços não está disponível; escreva a latitude e a longitude.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>A procurar o endereço… (pode continuar a escrever)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>a procurar o endereço</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>Localização escolhida no mapa.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>Encontrado: {place} (guardado antes)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>Encontrado: {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>Empreiteiro ou agência</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiários</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>Devolvido para corrigir</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Ainda não enviado</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>O trabalho que os seus alunos enviaram para revisão. Abra um para ver o que mudou e depois aprove-o ou devolva-o com um comentário.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>O trabalho que o seu professor lhe devolveu (leia o comentário, corrija e envie outra vez) e o trabalho que ainda não enviou.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>Trabalho para rever</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>Detalhes do item escolhido</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;provar</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>&amp;Devolver com um comentário…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>&amp;Enviar outra vez</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>a carregar as revisões</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} à espera</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} por fazer</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Escolha um item na lista.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Comentário do professor:</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>Alterado desde que foi aprovado:</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>Novo: nunca foi aprovado.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>As visitas aparecem na janela do respetivo projeto.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>Aprovado: {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Não aprovado</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>a aprovar</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>Devolver com um comentário</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>O que deve o aluno alterar?</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>Devolvido: {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Não devolvido</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>a devolver</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>Enviado para revisão: {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent}%)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (deixe vazio para trabalhar sem ligação)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>{size} píxeis no lado maior</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;Texto maior</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;Fazer seguimento de um problema sem resposta após</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Endereço do &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>Tamanho das &amp;fotografias</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>Terminar a sessão após &amp;inatividade de</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>A mudança de idioma aplica-se da próxima vez que abrir a aplicação. O tamanho do texto muda logo.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar as definições</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>a ler as definições</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Definições não guardadas</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>a guardar as definições</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Definições guardadas.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>Cópias de segurança dos dados deste computador</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>O clubapp faz uma cópia de segurança em cada dia em que é aberto.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar agora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar uma cópia…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Cópia de segurança gravada: {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Nenhuma cópia feita</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>A ler as cópias de segurança</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diária</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>feita à mão</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de um restauro</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} MB</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>Ainda não há cópias de segurança. Use primeiro «Copiar agora».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>Que cópia de segurança deve ser reposta?</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>Repor os dados de {when}?

Tudo neste computador volta a esse momento e a sua sessão termina. O que foi sincronizado desde então volta na próxima sincronização. Os dados atuais ficam guardados numa cópia, por isso é possível desfazer.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>{changes} alteração(ões) e {photos} fotografia(s) à espera de envio</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>A trabalhar sem ligação (nenhum servidor indicado)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronização: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>O código do clube que o seu parceiro lhe deu, p. ex. KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>&amp;Ligar este computador ao clube</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>Registos recusados e conflitos</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>Esta versão só funciona sem ligação: a ligação ao servidor não está instalada.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Recusado pelo servidor</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Conflitos para ver</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>Nada recusado, nenhum conflito.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>Sincronização terminada: {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>A sincronização não terminou</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>Nada se perdeu: o que não foi enviado continua à espera e será enviado da próxima vez.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>Este computador está ligado ao clube.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não ligado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindo</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>1. Escolha o seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…ou escreva o seu nome de utilizador (pessoal do parceiro)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>Nome de utilizador (pessoal do parceiro)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>2. Escreva o seu &amp;PIN ou a sua palavra-passe:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN ou palavra-passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>a carregar os nomes</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(professor)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>2. Escreva o seu &amp;PIN:</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>2. Escreva a sua &amp;palavra-passe:</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Escolha primeiro o seu nome.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>a entrar</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>Tente outra vez, ou peça ao seu professor para repor o seu PIN.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>Algo correu mal durante: {task}. Os detalhes estão no registo; tente outra vez e avise o seu professor se voltar a acontecer.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>o trabalho</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonema</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formulário na Internet</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>Rádio ou jornal</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>Ficheiros CSV (uma pasta, ou um .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>Camada de mapa GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiro não dizer</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>A obra está atrasada ou parada</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>Má qualidade da obra ou dos materiais</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>Obra deixada incompleta</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>Projeto abandonado</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>Não corresponde ao caderno de encargos</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>Dinheiro sem justificação</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>Informação do projeto não pública</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>Perigo para a segurança</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>Não acessível a todos</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>Avariado e sem manutenção</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>Dano ao ambiente</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Outro problema</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>Crítica (perigo para as pessoas)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>Energia solar</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>Energia eólica</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Energia hidroelétrica</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>Energia de biomassa</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>Energia geotérmica</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicações</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Água e saneamento</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>Edifícios e serviços públicos</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>Economia e agricultura</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>Cultura, desporto e lazer</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transportes</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>Transporte aéreo</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>Transporte por água</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>Transporte ferroviário</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>Estradas e pontes</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>Transporte urbano</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>Transporte de baixo carbono</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Habitação social</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Recursos naturais</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>Proteção contra cheias</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Em preparação</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Em construção</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>Em desativação</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>Construção nova</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Reabilitação</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Substituição</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ampliação</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Desativação</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>A base de dados em {folder} está danificada: uma cópia de segurança também estaria, por isso nenhuma foi feita. Reponha a cópia boa mais recente com `clubapp restore FICHEIRO` (veja `clubapp backup --list`).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} foi reposta. A base de dados danificada foi movida para {kept}.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} foi reposta. A base de dados como estava fica guardada em {kept} (reponha-a para desfazer).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>Aviso: um código dado com --code pode ser visto por qualquer pessoa neste computador enquanto o comando corre. Omita --code e escreva o código quando for pedido, ou passe-o pela entrada padrão.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>Código de inscrição (não aparece enquanto escreve): </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>Não foi dado nenhum código de inscrição: nada mudou. Escreva o código que a organização parceira lhe deu.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>Aviso: {server} não é https://: o código e todos os registos atravessariam a rede sem cifra. Peça o endereço https:// do servidor.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>Não há projetos para exportar (o OC4IDS exige pelo menos um).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>Não foi possível imprimir o mapa em PDF.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dezembro</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>; {count} fotografia ainda não está no servidor (virá numa sincronização posterior, quando o computador que a tirou a enviar)</numerusform>
            <numerusform>; {count} fotografias ainda não estão no servidor (virão numa sincronização posterior, quando o computador que as tirou as enviar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>Problema crítico em aberto</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>Problema grave em aberto</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>Problema em aberto</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>Problema menor em aberto</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>Todos os problemas resolvidos ou encerrados</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>Nenhum problema registado</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>Projetos monitorizados pelos Clubes de Integridade</translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>Pior problema em aberto</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>Projetos monitorizados pelo {club}</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} sem localização</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>pior em aberto: {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>Certificados do Clube de Integridade</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>Certificado de Monitorização Comunitária</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Certifica-se que</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>Obrigado por ajudar o dinheiro público a chegar às pessoas a quem se destina.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>monitorizou projetos públicos na comunidade {period}: {visits}, {reported} e {fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>membro do {club}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>até {date}</translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>Professor(a) · {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Certificado {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Código de verificação {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>Verifique: {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>encontrado pelo clube</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>resposta recebida</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>seguimento enviado</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>resolvido em parte</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>não resolvido</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>resolução verificada pelo clube</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reaberto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Exmos. Senhores,</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>O problema</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>O que vimos</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Com os melhores cumprimentos,</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} a {whom}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} por {channel}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>A entidade responsável</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>O que aconteceu até agora:</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>Assunto: {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Número de acompanhamento: {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>Somos o {club}, alunos que monitorizam projetos públicos na nossa comunidade com os nossos professores. Em {date} visitámos o projeto «{project}» e encontrámos um problema que pedimos que analisem.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>Agradecemos a vossa resposta até {date}, indicando o que será feito e quando. Por favor, indiquem o número de acompanhamento {number} na resposta, para podermos acompanhar o problema até ser resolvido.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>pelo {club}</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>Carta de encaminhamento {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>Fotografias do problema ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>fotografia antes</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>fotografia depois</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>Fotografias: antes e depois</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Visitas de monitorização</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>Fotografias: antes</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>Fotografias: depois</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>Nenhuma localização registada.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>Nenhum problema registado.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>impresso em {date}</translation>
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
        <translation>{found} encontrado(s), {fixed} resolvido(s) ou encerrado(s)</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>Relatório do projeto: {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>É necessário um nome de utilizador.</translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>Esse nome e essa palavra-passe não correspondem.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>criar contas de pessoal parceiro ou de administrador</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>criar contas</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Essa conta já não existe.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>repor um PIN ou uma palavra-passe</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>O nome de utilizador «{username}» já está a ser usado.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>Só pode ver os registos do seu clube.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>As contas do pessoal parceiro podem ler os registos dos clubes, mas não alterá-los.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>Só pode alterar os registos do seu clube.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>Só um professor pode {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>Um professor só pode {action} no seu próprio clube.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>Só um administrador pode {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>ver as cópias de segurança</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>fazer uma cópia de segurança</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>imprimir certificados</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>Este não é um código de verificação válido: confirme que foi escrito exatamente como impresso.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>Esse clube não está neste computador.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>Nenhum certificado com este código foi emitido nesta rede (tanto quanto este computador sabe: sincronize e tente de novo).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>Autêntico: certificado {number} de {student}, {club}, emitido em {date}.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>Algumas das pessoas escolhidas não são alunos deste clube.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>O certificado {number} foi retirado.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>importar uma lista de turma</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>Este não é um ficheiro de texto: guarde a lista de turma como CSV a partir da folha de cálculo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O ficheiro está vazio.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>A primeira linha deve nomear as colunas; uma tem de ser «Given name» (ou «First name»). Outras: Family name, Gender, Birth year, Grade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>o género «{value}» não é female, male ou other</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>o mesmo nome da linha {line}</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>Não foi possível ler este ficheiro como lista de turma (CSV). Abra-o numa folha de cálculo e guarde-o de novo como CSV. ({reason})</translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>o ano de nascimento «{value}» não é um ano</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>adicionar organizações parceiras</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>criar clubes</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>Escolha o país (um código de duas letras como KE, NP ou LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>Esse clube não está neste computador, ou não o pode ver.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>alterar as definições do clube</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>Os computadores do pessoal parceiro não usam pacotes USB.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>Este é um pacote de resposta que o servidor escreveu para um computador: leve-o a esse computador.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>Este pacote vem de um computador que este servidor não conhece.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>Os computadores do pessoal parceiro não enviam pacotes.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>Este computador não tem chave de pacote neste servidor: sincronize-o uma vez online e depois exporte o pacote de novo.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>As alterações deste pacote não estão na forma que o clubapp escreve.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>Este computador já registou outras chaves de pacote: inscreva-o de novo.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>Este pacote vem de um computador revogado em {date}: nada dele é aceite. Inscreva o computador de novo se ele deve sincronizar.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>O nome da organização</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>O nome da escola</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>O nome do clube</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>O nome do professor</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Um nome de utilizador</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>Escolha entre 1 e 365 dias.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>Essa organização parceira não existe.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>Este clube já tem um professor; peça-lhe que o adicione.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>As exportações são feitas pelos professores e pelo pessoal parceiro.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Escolha um de: {choices}.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>Escreva um endereço ou o nome de um local para procurar.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>Não foi possível procurar o endereço (sem ligação à internet, ou o serviço de mapas não respondeu). Escreva a latitude e a longitude, ou tente de novo quando estiver online.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>Não foi encontrado nenhum local chamado «{address}». Verifique a ortografia ou escreva as coordenadas.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>Um título curto</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>O título</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>categoria de problema</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravidade</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>O dia em que foi encontrado</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>A data</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>A quem foi enviado</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>A referência</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>Esse problema já não está neste computador.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>Esse projeto já não está neste computador.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>meio de contacto</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>Isso não é um número de acompanhamento (verifique se há um erro de escrita).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>A data é anterior ao dia em que o problema foi encontrado.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>Um problema no estado «{status}» não pode ser marcado a seguir como «{step}».</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>Não há nenhum problema {number} neste computador.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>O endereço do servidor começa por https:// (ou http://).</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Escolha entre 1 e 240 minutos.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>Escolha um de {choices} píxeis.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>adicionar membros</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>O nome próprio</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>O apelido</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>O ano</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>editar membros</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>registar um consentimento</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>desativar membros</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>apagar os dados pessoais de um membro</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>Esse membro já não está neste computador.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>Um ano de nascimento entre {first} e {last}, por favor.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>Os dados pessoais deste membro foram apagados: não podem ser preenchidos de novo.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>Escreva quem deu o consentimento (um dos pais ou o encarregado de educação).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>a posição GPS da fotografia é impossível e foi ignorada</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} adicionada(s), {there} já existente(s), {failed} não importada(s)</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>a posição GPS da fotografia é ilegível e foi ignorada</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>a imagem é demasiado grande para ser aberta com segurança</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>A imagem desta fotografia ainda não chegou a este computador (chega na próxima sincronização).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>o ficheiro é demasiado grande ({size} MB; no máximo {limit} MB)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>esta fotografia HEIC não pode ser lida neste computador; no iPhone escolha Definições &gt; Câmara &gt; Formatos &gt; Mais compatível, ou envie-a em JPEG</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>A prova é «before» (antes) ou «after» (depois).</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>Escolha o projeto a que as fotografias pertencem.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>Essa fotografia já não está neste computador.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>a imagem está danificada ou incompleta ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o ficheiro não existe</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>Essa visita já não está neste computador.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>as imagens {kind} não são suportadas; guarde-a como JPEG</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>a imagem é demasiado grande ({width} x {height} píxeis)</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>o ficheiro é demasiado grande (no máximo {limit} MB)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>não foi possível ler o ficheiro ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>tirada a {distance} km do local do projeto</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>O orçamento</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>Use o código de moeda de três letras, p. ex. KES, NPR, LRD, USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>Indique a moeda do orçamento.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>Use o código de país de duas letras, p. ex. KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>O número de beneficiários tem de ser zero ou mais.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>O nome do projeto</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>setor</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>estado do projeto</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>tipo de projeto</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>o início previsto</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>O fim previsto</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>o início efetivo</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>O fim efetivo</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>O início efetivo</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>Estas coordenadas estão a {distance} km do clube; a latitude e a longitude parecem trocadas (experimente {latitude}, {longitude}).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>Só um professor pode remover um projeto aprovado.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>aprovar ou devolver submissões</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>Isto já aguarda a revisão de um professor.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>Diga o que o aluno deve alterar.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>Só um registo submetido pode ser aprovado ou devolvido.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>Esse registo não está neste computador, ou não o pode ver.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>Esse elemento ({kind}) já não está neste computador.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>Os registos «{kind}» não são revistos.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique a latitude e a longitude, ou nenhuma.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>A latitude e a longitude têm de ser números.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label}: é necessário.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>«{value}» não é um valor conhecido ({label}).</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label}: não pode ser no futuro.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second}: é anterior a {first}.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>A latitude e a longitude foram trocadas?</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label}: tem de ser um número.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label}: não pode ser negativo.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label}: demasiado grande.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>A latitude tem de estar entre -90 e 90 (recebido: {value}).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>A longitude tem de estar entre -180 e 180 (recebido: {value}).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>A data da visita</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>Só membros do clube podem ser indicados como presentes.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. Verifique se o disco tem espaço livre.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} não existe.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} está danificado ({reason}); escolha outra cópia.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} não é uma cópia de segurança do clubapp.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} não é uma cópia de segurança do clubapp ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>Isso não é um pacote de sincronização (em falta, ou demasiado grande).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>Este pacote foi feito para outro computador.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>Esse ficheiro não é um pacote de sincronização do clubapp, ou está danificado.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>a uma hora desconhecida</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>; o servidor tinha sido restaurado a partir de uma cópia mais antiga: os registos deste computador foram enviados de novo</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (interrompido)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>Este computador ainda não está ligado a um clube num servidor: inscreva-o primeiro.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>O ficheiro foi alterado ou danificado neste computador depois de ser adicionado: adicione a fotografia de novo a partir da câmara ou do telemóvel.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>A rede recusou um pedido por ser demasiado grande.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>, {count} recusada(s)</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>isto não é uma imagem que o clubapp consiga ler (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>A cópia de segurança não pôde ser escrita: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>A cópia de segurança não pôde ser reposta: {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>O disco que contém {folder} está cheio: a última alteração não foi guardada, nada mais se perdeu. Liberte espaço (apague ficheiros de que não precisa, esvazie a reciclagem) e tente de novo.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>O clubapp não consegue escrever em {folder}: a pasta ou o seu disco é só de leitura, ou esta conta não a pode alterar. Nada mudou. Torne a pasta gravável (ou escolha outra com --data-dir) e tente de novo.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>A base de dados do clubapp em {folder} está danificada ({reason}). Nada mudou. Reponha a cópia boa mais recente: `clubapp backup --list` mostra-as, `clubapp restore FICHEIRO` repõe uma.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>O clubapp não conseguiu usar {folder} ({reason}). Nada mudou; verifique a pasta e o seu disco e tente de novo.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>Este pacote é o que este computador escreveu para o servidor, não a resposta do servidor: leve-o primeiro ao servidor.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>Uma entrada deste pacote foi alterada depois de assinada.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>Este pacote foi escrito por outra versão do clubapp: atualize o clubapp dos dois lados e depois exporte o pacote de novo.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>Este pacote contém entradas que a sua assinatura não cobre (ou faltam-lhe entradas que lista).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>A chave de que este pacote precisa está danificada: sincronize uma vez online para a renovar.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>Este pacote não pode ser aberto com a chave deste computador: não é para este computador, ou foi alterado.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>A assinatura deste pacote está danificada.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>A assinatura deste pacote não corresponde: foi alterado, ou não foi feito pelo computador ou servidor que indica.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>Este computador ainda não tem chave para pacotes USB: inscreva-o (online) ou sincronize uma vez online e depois use os pacotes.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>Outra sincronização desta pasta de dados ainda está a decorrer (a aplicação ou outro comando): espere que termine e tente de novo.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>O clubapp não consegue escrever na sua pasta de dados ({folder}): {reason}. Verifique que a pasta existe, não é só de leitura e que o disco tem espaço livre.</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>Uma fotografia chegou danificada; sincronize de novo para a obter outra vez.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>O servidor não tem registo desta fotografia para este clube ({reason}); ela fica neste computador e é tentada de novo na próxima sincronização.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>Atualize o clubapp: o servidor precisa de uma versão mais recente.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>O servidor recusou este computador: inscreva-o de novo.</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>O servidor não o tem.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>A resposta do servidor chegou danificada; tente de novo.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>fotografia {id}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}, {field}: mantido {kept} (guardado {kept_at}); o computador {device} escreveu {other} ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>A enviar alterações: {done} de {total}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>A receber fotografias: {done} de {total}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>O servidor respondeu com um erro ({status}): {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>Uma alteração é maior do que a rede deixa passar; fica em espera.</translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>A enviar fotografias: {done} de {total} KB</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>Não foi possível contactar o servidor ({reason}). Nada se perdeu: o que não foi enviado fica em espera; tente de novo quando a ligação voltar.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>Não foi possível enviar uma fotografia ({reason}). Os outros registos foram enviados.</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>Imprimir certificados e cartas &amp;em</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} aluno</numerusform>
            <numerusform>{count} alunos</numerusform>
        </translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} e {photos_sent} enviadas, {pulled} e {photos_received} recebidas</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} à espera do consentimento de {students}: registe-o na página Membros e sincronize de novo</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>{count} projeto no mapa</numerusform>
            <numerusform>{count} projetos no mapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} em aberto de {total} problema</numerusform>
            <numerusform>{open} em aberto de {total} problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} alteração</numerusform>
            <numerusform>{count} alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} fotografia</numerusform>
            <numerusform>{count} fotografias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} visita de monitorização</numerusform>
            <numerusform>{count} visitas de monitorização</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} problema registado e comunicado</numerusform>
            <numerusform>{count} problemas registados e comunicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} problema acompanhado até ser resolvido</numerusform>
            <numerusform>{count} problemas acompanhados até serem resolvidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>Uma palavra-passe precisa de pelo menos {count} carácter.</numerusform>
            <numerusform>Uma palavra-passe precisa de pelo menos {count} caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>Um PIN precisa de pelo menos {count} carácter.</numerusform>
            <numerusform>Um PIN precisa de pelo menos {count} caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>Uma lista de turma tem no máximo {count} linha; divida o ficheiro.</numerusform>
            <numerusform>Uma lista de turma tem no máximo {count} linhas; divida o ficheiro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>Demasiadas tentativas erradas. Aguarde {seconds} segundo e tente de novo.</numerusform>
            <numerusform>Demasiadas tentativas erradas. Aguarde {seconds} segundos e tente de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label}: demasiado longo ({length} carácter; no máximo {limit}).</numerusform>
            <numerusform>{label}: demasiado longo ({length} caracteres; no máximo {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>A receber: {count} registo</numerusform>
            <numerusform>A receber: {count} registos</numerusform>
        </translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>Pacote de projetos OC4IDS (.json, ou .zip com as fotos)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>Fotos (um .zip dos ficheiros indicados nas tabelas)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>Os identificadores de projeto OC4IDS começam pelo prefixo registado da sua organização: oc4ids- e 6 letras ou algarismos (por ex. oc4ids-ab12cd), atribuído pela Open Contracting Partnership. Defina-o uma vez com `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>O endereço base começa por https:// e indica a pasta onde o pacote é publicado.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>Um prefixo OC4IDS é oc4ids- seguido de 6 letras minúsculas ou algarismos, por ex. oc4ids-ab12cd (recebido: {value}).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>A exportação de multimédia é um ficheiro .zip: indique um nome terminado em .zip.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>O fim do intervalo de datas é anterior ao início.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>As definições de editor OC4IDS são feitas pela equipa parceira.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>Estado de problema desconhecido {value}; escolha entre: {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>Setor desconhecido {value}.</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>Encerrar o problema</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>Adicione uma foto «depois» em Fotos, abaixo do histórico do problema, para mostrar o que viu.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Marcar como saiu</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>Marcar {name} como tendo saído do clube? Deixará de poder entrar; o seu trabalho fica.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Comentário do professor</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>O seu professor devolveu-lhe isto: «{comment}». Mude o que é pedido e envie de novo.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>&amp;Aprovar estes {count}</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>&amp;Devolver estes {count} com um comentário…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>&amp;Enviar de novo estes {count}</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>{count} itens escolhidos</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>Os botões abaixo atuam sobre todos estes:</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>enviado por {name}</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>O endereço do servidor, o tamanho das fotos e o tempo até sair deste computador são alterados por um professor.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Escreva primeiro o seu PIN.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Escreva primeiro a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>Tente de novo, ou peça a outro professor para redefinir a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>Só um professor pode alterar as definições deste computador.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>Escreva uma data, p. ex. {example} ou {iso}, ou escolha-a no calendário (Alt+Baixo).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir o calendário</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>Não é uma data: escreva-a como {example} ou {iso}.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>É precisa uma data aqui.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>Clique onde fica o projeto, ou escreva uma cidade ou aldeia. Arraste para mover; aproxime com a roda do rato ou as teclas + e −.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>Cidade ou aldeia</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>Cidade ou aldeia a procurar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Procurar</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>Fotos com localização</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>Usar a localização desta &amp;foto</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>Localização escolhida</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>A preparar o mapa</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>Foto em {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>Nenhuma cidade ou aldeia chamada &apos;{name}&apos; está no mapa. Verifique a ortografia, ou clique no mapa.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>A {distance} km de {town}, a cidade do clube.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>É longe: verifique se é o lugar certo.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>Mapa dos projetos</translation>
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
        <translation>Clique num ponto para ver o projeto.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>Projeto escolhido</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>Foto do projeto escolhido</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>Problemas do projeto escolhido</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Abrir o projeto</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>Ainda sem foto.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>A preparar o mapa…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>Estado do mapa</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>Arraste ou use as setas para mover, a roda ou + e − para aproximar; clique num ponto para ver o seu projeto.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>A carregar o projeto</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>Guardar o mapa como PDF</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>{path} guardado: abra-o para imprimir.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Mapa guardado em {path}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprimir o mapa</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>tirada perto de {town} ({distance} km)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>tirada em {town}</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>Projetos no mapa: {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>Problemas: {open} em aberto de {total}</translation>
    </message>
</context>
</TS>
