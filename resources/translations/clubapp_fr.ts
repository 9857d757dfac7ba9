<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>RD Congo</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
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
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Welcome to clubapp</source>
        <translation>Bienvenue dans clubapp</translation>
    </message>
    <message>
        <source>This computer has no club yet. What would you like to do?</source>
        <translation>Cet ordinateur n’a pas encore de club. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>&amp;Start a new club on this computer (I am the teacher)</source>
        <translation>&amp;Créer un nouveau club sur cet ordinateur (je suis l’enseignant)</translation>
    </message>
    <message>
        <source>&amp;Connect to an existing club with a club code from our partner</source>
        <translation>&amp;Rejoindre un club existant avec un code club de notre partenaire</translation>
    </message>
    <message>
        <source>I work for a &amp;partner organisation: read our clubs&apos; records</source>
        <translation>Je travaille pour une organisation &amp;partenaire : lire les données de nos clubs</translation>
    </message>
    <message>
        <source>Your school and club</source>
        <translation>Votre école et votre club</translation>
    </message>
    <message>
        <source>The partner organisation that trained you</source>
        <translation>L’organisation partenaire qui vous a formés</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>É&amp;cole</translation>
    </message>
    <message>
        <source>C&amp;lub name</source>
        <translation>Nom du c&amp;lub</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Town or village</source>
        <translation>&amp;Ville ou village</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>Organisation &amp;partenaire</translation>
    </message>
    <message>
        <source>The first teacher</source>
        <translation>Le premier enseignant</translation>
    </message>
    <message>
        <source>You will add students and other teachers once the club exists.</source>
        <translation>Vous ajouterez les élèves et les autres enseignants une fois le club créé.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Mot de passe (&amp;encore)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Connect to your club</source>
        <translation>Rejoindre votre club</translation>
    </message>
    <message>
        <source>Your partner organisation gives each club a code. The computer must be online once.</source>
        <translation>Votre organisation partenaire donne un code à chaque club. L’ordinateur doit être connecté à Internet une fois.</translation>
    </message>
    <message>
        <source>e.g. KE7Q3M</source>
        <translation>p. ex. KE7Q3M</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>Club &amp;code</source>
        <translation>&amp;Code du club</translation>
    </message>
    <message>
        <source>Connect with your partner account</source>
        <translation>Se connecter avec votre compte partenaire</translation>
    </message>
    <message>
        <source>This computer will receive your organisation&apos;s clubs (students under a pseudonym).</source>
        <translation>Cet ordinateur recevra les clubs de votre organisation (élèves sous pseudonyme).</translation>
    </message>
    <message>
        <source>Set up clubapp</source>
        <translation>Installer clubapp</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>enregistrement d’un brouillon</translation>
    </message>
    <message>
        <source>Removing a draft</source>
        <translation>suppression d’un brouillon</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>Preparing the demo network…</source>
        <translation>Préparation du réseau de démonstration…</translation>
    </message>
    <message>
        <source>Demo: teachers sign in with &apos;{password}&apos;, students with PIN {pin}.</source>
        <translation>Démo : les enseignants se connectent avec « {password} », les élèves avec le code PIN {pin}.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>création de la démo</translation>
    </message>
    <message>
        <source>Pick the project&apos;s location</source>
        <translation>Choisir l’emplacement du projet</translation>
    </message>
    <message>
        <source>Map to pick the location</source>
        <translation>Carte pour choisir l’emplacement</translation>
    </message>
    <message>
        <source>No point chosen yet.</source>
        <translation>Aucun point choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Chosen: latitude {latitude}, longitude {longitude}</source>
        <translation>Choisi : latitude {latitude}, longitude {longitude}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>clubapp — Integrity Clubs</source>
        <translation>clubapp — Clubs d’intégrité</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Partner computer: {count} club(s)&lt;br&gt;&lt;small&gt;Type your user name below&lt;/small&gt;</source>
        <translation>Ordinateur partenaire : {count} club(s)&lt;br&gt;&lt;small&gt;Tapez votre nom d’utilisateur ci-dessous&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Opening the club</source>
        <translation>ouverture du club</translation>
    </message>
    <message>
        <source>Saving the language</source>
        <translation>Enregistrement de la langue</translation>
    </message>
    <message>
        <source>Set up this computer first: close and open the app again.</source>
        <translation>Configurez d’abord cet ordinateur : fermez puis rouvrez l’application.</translation>
    </message>
    <message>
        <source>The club was not set up</source>
        <translation>Le club n’a pas été créé</translation>
    </message>
    <message>
        <source>Setting up the club</source>
        <translation>création du club</translation>
    </message>
    <message>
        <source>clubapp cannot open its data</source>
        <translation>clubapp ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup is back in place. The data as it was is kept in {file}.</source>
        <translation>La sauvegarde a été remise en place. Les données d&apos;avant sont conservées dans {file}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été modifié : {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>You were signed out after a while with no activity. Your drafts are kept.</source>
        <translation>Vous avez été déconnecté après un moment sans activité. Vos brouillons sont conservés.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>lecture de l’état de la synchronisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>Catégorie du problème</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Month found</source>
        <translation>Mois de découverte</translation>
    </message>
    <message>
        <source>Monitor&apos;s gender</source>
        <translation>Genre de l’observateur</translation>
    </message>
    <message>
        <source>Monitor&apos;s age</source>
        <translation>Âge de l’observateur</translation>
    </message>
    <message>
        <source>under 13</source>
        <translation>moins de 13 ans</translation>
    </message>
    <message>
        <source>13-15</source>
        <translation>13-15 ans</translation>
    </message>
    <message>
        <source>16-18</source>
        <translation>16-18 ans</translation>
    </message>
    <message>
        <source>over 18</source>
        <translation>plus de 18 ans</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Réparé</translation>
    </message>
    <message>
        <source>Partly fixed</source>
        <translation>Réparé en partie</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Non réparé</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Toujours ouvert</translation>
    </message>
    <message>
        <source>Fix rate</source>
        <translation>Taux de réparation</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Jours médians avant réponse</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>Jours médians avant réparation</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Rates over fewer than {n} issues are shown as “too few”.</source>
        <translation>Les taux calculés sur moins de {n} problèmes sont affichés « trop peu ».</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <source>&amp;Found between</source>
        <translation>&amp;Trouvés entre</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>Trouvés le ou après le</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>Trouvés le ou avant le</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Répartir par</translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Répartir par</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <source>Projects monitored</source>
        <translation>Projets suivis</translation>
    </message>
    <message>
        <source>Chart of issue outcomes</source>
        <translation>Graphique des résultats des problèmes</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Chiffres par groupe</translation>
    </message>
    <message>
        <source>Loading clubs</source>
        <translation>chargement des clubs</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All clubs</source>
        <translation>Tous les clubs</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>calcul des chiffres</translation>
    </message>
    <message>
        <source>{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open</source>
        <translation>{fixed} problèmes réparés sur {total} · {partly} en partie · {notfixed} non réparés · {open} toujours ouverts</translation>
    </message>
    <message>
        <source>{answered} of {reported} reported issues got an answer</source>
        <translation>{answered} problèmes signalés sur {reported} ont reçu une réponse</translation>
    </message>
    <message>
        <source>days to a first answer; {fix} days to a fix</source>
        <translation>jours avant une première réponse ; {fix} jours avant une réparation</translation>
    </message>
    <message>
        <source>reported issues still waiting past the club&apos;s delay</source>
        <translation>problèmes signalés qui attendent au-delà du délai du club</translation>
    </message>
    <message>
        <source>budget {budgets} · {people} beneficiaries</source>
        <translation>budget {budgets} · {people} bénéficiaires</translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation>Au {day}.</translation>
    </message>
    <message>
        <source>Issues by {group}</source>
        <translation>Problèmes par {group}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>export</translation>
    </message>
    <message>
        <source>Exported {summary} to {path}</source>
        <translation>Exporté : {summary} vers {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Found, not reported yet</source>
        <translation>Trouvé, pas encore signalé</translation>
    </message>
    <message>
        <source>Reported, waiting for an answer</source>
        <translation>Signalé, en attente de réponse</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Fixed and checked</source>
        <translation>Réparé et vérifié</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Pas encore signalé</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>Réparé (vérifié)</translation>
    </message>
    <message>
        <source>Reported to…</source>
        <translation>Signalé à…</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>Relance envoyée</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Fix checked by monitors</source>
        <translation>Réparation vérifiée par les observateurs</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Filter issues: tracking number, title, project… (Ctrl+F)</source>
        <translation>Filtrer les problèmes : numéro de suivi, titre, projet… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Attente (jours)</translation>
    </message>
    <message>
        <source>Loading issues…</source>
        <translation>Chargement des problèmes…</translation>
    </message>
    <message>
        <source>Loading issues</source>
        <translation>chargement des problèmes</translation>
    </message>
    <message>
        <source>{shown} of {total} follow-ups due</source>
        <translation>{shown} relances à faire sur {total}</translation>
    </message>
    <message>
        <source>{total} follow-ups due</source>
        <translation>{total} relances à faire</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>{shown} problèmes sur {total}</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>{total} problèmes</translation>
    </message>
    <message>
        <source>no answer for longer than the club&apos;s follow-up delay: send a follow-up or record the answer.</source>
        <translation>pas de réponse depuis plus longtemps que le délai de relance du club : envoyez une relance ou enregistrez la réponse.</translation>
    </message>
    <message>
        <source>Issues reported to an authority that has not answered in time. Chase them: send a follow-up, or record the answer if it came.</source>
        <translation>Problèmes signalés à une autorité qui n’a pas répondu à temps. Relancez-les : envoyez une relance, ou enregistrez la réponse si elle est arrivée.</translation>
    </message>
    <message>
        <source>Record an issue</source>
        <translation>Enregistrer un problème</translation>
    </message>
    <message>
        <source>A short title, e.g. Cracks in the classroom walls</source>
        <translation>Un titre court, p. ex. Fissures dans les murs de la classe</translation>
    </message>
    <message>
        <source>Who should fix it</source>
        <translation>Qui doit le réparer</translation>
    </message>
    <message>
        <source>What did you see? Where exactly? How does it compare with what was promised?</source>
        <translation>Qu’avez-vous vu ? Où exactement ? Qu’est-ce qui diffère de ce qui était promis ?</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problème</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>&amp;What you saw</source>
        <translation>Ce que vous avez &amp;vu</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Trouvé le</translation>
    </message>
    <message>
        <source>Restored what you typed last time (it was not saved yet).</source>
        <translation>Ce que vous aviez tapé la dernière fois a été restauré (ce n’était pas encore enregistré).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>enregistrement du problème</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; Tracking number: {number}&lt;br&gt;Write it on any letter you send about this problem.</source>
        <translation>&lt;b&gt;Enregistré.&lt;/b&gt; Numéro de suivi : {number}&lt;br&gt;Écrivez-le sur chaque lettre que vous envoyez à propos de ce problème.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Letter or case number, if any</source>
        <translation>Numéro de lettre ou de dossier, s’il y en a un</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>À &amp;qui</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Saving the step</source>
        <translation>enregistrement de l’étape</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Opening the issue</source>
        <translation>ouverture du problème</translation>
    </message>
    <message>
        <source>Issue {number}</source>
        <translation>Problème {number}</translation>
    </message>
    <message>
        <source>Tracking number {number}</source>
        <translation>Numéro de suivi {number}</translation>
    </message>
    <message>
        <source>severity {severity}</source>
        <translation>gravité {severity}</translation>
    </message>
    <message>
        <source>Responsible: {party}</source>
        <translation>Responsable : {party}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>à {whom}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>par {channel}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>réf. {reference}</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Envoyer pour relecture</translation>
    </message>
    <message>
        <source>Referral &amp;letter (PDF)…</source>
        <translation>&amp;Lettre de signalement (PDF)…</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Pas envoyé</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>envoi pour relecture</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Enregistrer la lettre de signalement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}</source>
        <translation>Lettre enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>Lettre non créée</translation>
    </message>
    <message>
        <source>Making the letter</source>
        <translation>création de la lettre</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>student</source>
        <translation>élève</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>Show members who &amp;left</source>
        <translation>Afficher les membres &amp;partis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) en</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer le &amp;consentement…</translation>
    </message>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>Définir le code &amp;PIN ou le mot de passe…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>Marquer comme &amp;parti</translation>
    </message>
    <message>
        <source>&amp;Import a class list (CSV)…</source>
        <translation>&amp;Importer une liste de classe (CSV)…</translation>
    </message>
    <message>
        <source>Print cer&amp;tificates…</source>
        <translation>Imprimer les cer&amp;tificats…</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>chargement des membres</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} membres</translation>
    </message>
    <message>
        <source>consent missing for {count} student(s)</source>
        <translation>consentement manquant pour {count} élève(s)</translation>
    </message>
    <message>
        <source>Mark as &amp;back</source>
        <translation>Marquer comme &amp;revenu</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} a été ajouté(e).</translation>
    </message>
    <message>
        <source>Adding a member</source>
        <translation>ajout d’un membre</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} : modifications enregistrées.</translation>
    </message>
    <message>
        <source>Changing a member</source>
        <translation>modification d’un membre</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Who gave consent for {name} (a parent or guardian)?</source>
        <translation>Qui a donné son consentement pour {name} (un parent ou un tuteur) ?</translation>
    </message>
    <message>
        <source>Consent recorded for {name}.</source>
        <translation>Consentement enregistré pour {name}.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>enregistrement du consentement</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits) for {name}:</source>
        <translation>Nouveau code PIN (au moins 4 chiffres) pour {name} :</translation>
    </message>
    <message>
        <source>New password (at least 8 characters) for {name}:</source>
        <translation>Nouveau mot de passe (au moins 8 caractères) pour {name} :</translation>
    </message>
    <message>
        <source>{name} can sign in with the new PIN.</source>
        <translation>{name} peut se connecter avec le nouveau code PIN.</translation>
    </message>
    <message>
        <source>{name} can sign in with the new password.</source>
        <translation>{name} peut se connecter avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Set PIN or password</source>
        <translation>Définir le code PIN ou le mot de passe</translation>
    </message>
    <message>
        <source>Setting a PIN</source>
        <translation>définition du code PIN</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} est maintenant inactif/inactive.</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} est de nouveau actif/active.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Imprimer les certificats</translation>
    </message>
    <message>
        <source>Print a certificate for {name} only?

Yes: only this student. No: every active student of the club.</source>
        <translation>Imprimer un certificat pour {name} seulement ?

Oui : seulement cet élève. Non : tous les élèves actifs du club.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Enregistrer les certificats</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>Création des certificats…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>{count} certificate(s) saved to {path}</source>
        <translation>{count} certificat(s) enregistré(s) dans {path}</translation>
    </message>
    <message>
        <source>Certificates not made</source>
        <translation>Certificats non créés</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>création des certificats</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>Class list (*.csv *.txt)</source>
        <translation>Liste de classe (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Change a member</source>
        <translation>Modifier un membre</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Rows of the class list</source>
        <translation>Lignes de la liste de classe</translation>
    </message>
    <message>
        <source>Add the good rows</source>
        <translation>Ajouter les lignes correctes</translation>
    </message>
    <message>
        <source>This file is too large for a class list (more than 5 MB).</source>
        <translation>Ce fichier est trop gros pour une liste de classe (plus de 5 Mo).</translation>
    </message>
    <message>
        <source>Reading the class list</source>
        <translation>lecture de la liste de classe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{count} row(s) ready to add</source>
        <translation>{count} ligne(s) prête(s) à ajouter</translation>
    </message>
    <message>
        <source>{count} row(s) with a problem will be left out (fix them in the file and import it again)</source>
        <translation>{count} ligne(s) avec un problème seront laissées de côté (corrigez-les dans le fichier et importez-le de nouveau)</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>ajout des membres</translation>
    </message>
    <message>
        <source>{count} member(s) added from the class list.</source>
        <translation>{count} membre(s) ajouté(s) depuis la liste de classe.</translation>
    </message>
    <message>
        <source>Were the project documents available?</source>
        <translation>Les documents du projet étaient-ils disponibles ?</translation>
    </message>
    <message>
        <source>Was the community engaged?</source>
        <translation>La communauté a-t-elle été impliquée ?</translation>
    </message>
    <message>
        <source>Does the work match the specification?</source>
        <translation>Les travaux correspondent-ils au cahier des charges ?</translation>
    </message>
    <message>
        <source>Are the beneficiaries satisfied?</source>
        <translation>Les bénéficiaires sont-ils satisfaits ?</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ajouter des photos…</translation>
    </message>
    <message>
        <source>The photos show</source>
        <translation>Les photos montrent</translation>
    </message>
    <message>
        <source>Before (the problem)</source>
        <translation>Avant (le problème)</translation>
    </message>
    <message>
        <source>After (the fix)</source>
        <translation>Après (la réparation)</translation>
    </message>
    <message>
        <source>Drop photos here, or use Add photos. Double-click a photo to see it large.</source>
        <translation>Déposez des photos ici, ou utilisez Ajouter des photos. Double-cliquez sur une photo pour l’agrandir.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Loading photos</source>
        <translation>chargement des photos</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos.</source>
        <translation>Pas encore de photos. Déposez des photos ici, ou utilisez Ajouter des photos.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Importation des photos…</translation>
    </message>
    <message>
        <source>Importing photo {number} of {total}: {name}</source>
        <translation>Importation de la photo {number} sur {total} : {name}</translation>
    </message>
    <message>
        <source>Importing photos</source>
        <translation>importation des photos</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} photo(s) ajoutée(s).</translation>
    </message>
    <message>
        <source>Not added: {file}: {why}</source>
        <translation>Non ajoutée : {file} : {why}</translation>
    </message>
    <message>
        <source>Note: {file}: {why}</source>
        <translation>Remarque : {file} : {why}</translation>
    </message>
    <message>
        <source>Stopped before the end; the photos above were added.</source>
        <translation>Arrêté avant la fin ; les photos ci-dessus ont été ajoutées.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>pas de position</translation>
    </message>
    <message>
        <source>Taken {when}, {where}; {width}×{height} pixels</source>
        <translation>Prise le {when}, {where} ; {width}×{height} pixels</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <source>Opening a photo</source>
        <translation>ouverture d’une photo</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>Légende non enregistrée</translation>
    </message>
    <message>
        <source>Saving a caption</source>
        <translation>enregistrement d’une légende</translation>
    </message>
    <message>
        <source>Record a monitoring visit</source>
        <translation>Enregistrer une visite de suivi</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Date de la visite</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Qui y est allé</translation>
    </message>
    <message>
        <source>Saving the visit</source>
        <translation>enregistrement de la visite</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Modifier les détails</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>Enregistrer une &amp;visite</translation>
    </message>
    <message>
        <source>Record an &amp;issue</source>
        <translation>Enregistrer un &amp;problème</translation>
    </message>
    <message>
        <source>Project &amp;report (PDF)…</source>
        <translation>&amp;Rapport du projet (PDF)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>Vi&amp;sites</translation>
    </message>
    <message>
        <source>Iss&amp;ues</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>ouverture du projet</translation>
    </message>
    <message>
        <source>Project: {title}</source>
        <translation>Projet : {title}</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>Visite du {day}</translation>
    </message>
    <message>
        <source>Present: {names}</source>
        <translation>Présents : {names}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>Relecture : {state}</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Aucune visite enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Vi&amp;sits ({count})</source>
        <translation>Vi&amp;sites ({count})</translation>
    </message>
    <message>
        <source>Sent to your teacher for review.</source>
        <translation>Envoyé à votre enseignant pour relecture.</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>Enregistrer le rapport du projet</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>Rapport non créé</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>création du rapport</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Filter projects: type any word (Ctrl+F)</source>
        <translation>Filtrer les projets : tapez un mot (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Filtrer les projets</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autorité responsable</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Problèmes ouverts</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>chargement des projets</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>{shown} projets sur {total}</translation>
    </message>
    <message>
        <source>{total} projects</source>
        <translation>{total} projets</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Modifier les détails du projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>e.g. Two-classroom block at Ruringu Primary School</source>
        <translation>p. ex. Bâtiment de deux classes à l’école primaire de Ruringu</translation>
    </message>
    <message>
        <source>The office responsible, e.g. the County Department</source>
        <translation>Le service responsable, p. ex. la direction départementale</translation>
    </message>
    <message>
        <source>The contractor or agency doing the work</source>
        <translation>L’entreprise ou l’agence qui fait les travaux</translation>
    </message>
    <message>
        <source>e.g. 5400000</source>
        <translation>p. ex. 5400000</translation>
    </message>
    <message>
        <source>How many people it serves</source>
        <translation>Combien de personnes il sert</translation>
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
        <translation>&amp;Nom du projet</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>Sta&amp;tus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>What was &amp;promised</source>
        <translation>Ce qui a été &amp;promis</translation>
    </message>
    <message>
        <source>Responsible &amp;authority</source>
        <translation>&amp;Autorité responsable</translation>
    </message>
    <message>
        <source>&amp;Contractor or agency</source>
        <translation>&amp;Entreprise ou agence</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>Source de &amp;financement</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Monnaie</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>B&amp;eneficiaries</source>
        <translation>B&amp;énéficiaires</translation>
    </message>
    <message>
        <source>Add&amp;ress or place</source>
        <translation>A&amp;dresse ou lieu</translation>
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
        <translation>Chercher la position sur la &amp;carte</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>Choisir sur la ca&amp;rte…</translation>
    </message>
    <message>
        <source>The latitude and longitude are numbers, e.g. -0.4197 and 36.9475.</source>
        <translation>La latitude et la longitude sont des nombres, p. ex. -0.4197 et 36.9475.</translation>
    </message>
    <message>
        <source>The number of beneficiaries is a whole number.</source>
        <translation>Le nombre de bénéficiaires est un nombre entier.</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>enregistrement du projet</translation>
    </message>
    <message>
        <source>Project saved.</source>
        <translation>Projet enregistré.</translation>
    </message>
    <message>
        <source>Address look-up is not available; type the latitude and longitude.</source>
        <translation>La recherche d’adresse n’est pas disponible ; tapez la latitude et la longitude.</translation>
    </message>
    <message>
        <source>Looking up the address… (you can keep typing)</source>
        <translation>Recherche de l’adresse… (vous pouvez continuer à taper)</translation>
    </message>
    <message>
        <source>Looking up the address</source>
        <translation>recherche de l’adresse</translation>
    </message>
    <message>
        <source>Location picked on the map.</source>
        <translation>Emplacement choisi sur la carte.</translation>
    </message>
    <message>
        <source>Found: {place} (saved earlier)</source>
        <translation>Trouvé : {place} (enregistré auparavant)</translation>
    </message>
    <message>
        <source>Found: {place}</source>
        <translation>Trouvé : {place}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Contractor or agency</source>
        <translation>Entreprise ou agence</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Returned to fix</source>
        <translation>Renvoyé pour correction</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Work your students sent for review. Open one to see what changed, then approve it or return it with a comment.</source>
        <translation>Le travail que vos élèves ont envoyé pour relecture. Ouvrez-en un pour voir ce qui a changé, puis approuvez-le ou renvoyez-le avec un commentaire.</translation>
    </message>
    <message>
        <source>Work your teacher returned to you (read the comment, fix it, and submit again), and work you have not submitted yet.</source>
        <translation>Le travail que votre enseignant vous a renvoyé (lisez le commentaire, corrigez et renvoyez), et le travail que vous n’avez pas encore envoyé.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Work to review</source>
        <translation>Travail à relire</translation>
    </message>
    <message>
        <source>Details of the chosen item</source>
        <translation>Détails de l’élément choisi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>&amp;Renvoyer avec un commentaire…</translation>
    </message>
    <message>
        <source>&amp;Submit again</source>
        <translation>R&amp;envoyer</translation>
    </message>
    <message>
        <source>Loading reviews</source>
        <translation>chargement des relectures</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} à faire</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Choisissez un élément dans la liste.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Commentaire de l’enseignant :</translation>
    </message>
    <message>
        <source>Changed since it was approved:</source>
        <translation>Modifié depuis l’approbation :</translation>
    </message>
    <message>
        <source>New: not approved before.</source>
        <translation>Nouveau : jamais approuvé.</translation>
    </message>
    <message>
        <source>Visits are shown in their project&apos;s window.</source>
        <translation>Les visites s’affichent dans la fenêtre de leur projet.</translation>
    </message>
    <message>
        <source>Approved: {title}</source>
        <translation>Approuvé : {title}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>Return with a comment</source>
        <translation>Renvoyer avec un commentaire</translation>
    </message>
    <message>
        <source>What should the student change?</source>
        <translation>Que doit changer l’élève ?</translation>
    </message>
    <message>
        <source>Returned: {title}</source>
        <translation>Renvoyé : {title}</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Non renvoyé</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>renvoi</translation>
    </message>
    <message>
        <source>Sent for review: {title}</source>
        <translation>Envoyé pour relecture : {title}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <source>{size} ({percent}%)</source>
        <translation>{size} ({percent} %)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>https://clubs.example.org (leave empty to work offline)</source>
        <translation>https://clubs.example.org (laissez vide pour travailler hors ligne)</translation>
    </message>
    <message>
        <source>{size} pixels on the longest side</source>
        <translation>{size} pixels sur le plus grand côté</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;Texte plus grand</translation>
    </message>
    <message>
        <source>&amp;Follow up an issue with no answer after</source>
        <translation>&amp;Relancer un problème sans réponse après</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Photo size</source>
        <translation>Taille des &amp;photos</translation>
    </message>
    <message>
        <source>Sign out after no &amp;activity for</source>
        <translation>Déconnecter après une &amp;inactivité de</translation>
    </message>
    <message>
        <source>Language changes apply the next time the app opens. The text size changes at once.</source>
        <translation>Le changement de langue s’applique à la prochaine ouverture de l’application. La taille du texte change tout de suite.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>lecture des paramètres</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>enregistrement des paramètres</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s data</source>
        <translation>Sauvegardes des données de cet ordinateur</translation>
    </message>
    <message>
        <source>clubapp makes a backup each day it opens.</source>
        <translation>clubapp fait une sauvegarde chaque jour où il est ouvert.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Sauvegarde écrite : {file}</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Aucune sauvegarde faite</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>Lecture des sauvegardes</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} MB</source>
        <translation>{when} — {kind} — {size} Mo</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” first.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde. Utilisez d&apos;abord « Sauvegarder maintenant ».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Which backup should come back?</source>
        <translation>Quelle sauvegarde remettre en place ?</translation>
    </message>
    <message>
        <source>Put back the data of {when}?

Everything on this computer returns to that moment and you are signed out. What was synced since then comes back at the next sync. The data as it is now is kept as a backup, so this can be undone.</source>
        <translation>Remettre les données du {when} ?

Tout ce qui est sur cet ordinateur revient à ce moment-là et vous êtes déconnecté. Ce qui a été synchronisé depuis revient à la prochaine synchronisation. Les données actuelles sont gardées en sauvegarde : on peut donc annuler.</translation>
    </message>
    <message>
        <source>{changes} change(s) and {photos} photo(s) waiting to be sent</source>
        <translation>{changes} modification(s) et {photos} photo(s) en attente d’envoi</translation>
    </message>
    <message>
        <source>Working offline (no server set)</source>
        <translation>Travail hors ligne (aucun serveur indiqué)</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>The club code your partner gave you, e.g. KE7Q3M</source>
        <translation>Le code club donné par votre partenaire, p. ex. KE7Q3M</translation>
    </message>
    <message>
        <source>&amp;Connect this computer to the club</source>
        <translation>&amp;Connecter cet ordinateur au club</translation>
    </message>
    <message>
        <source>Refused records and conflicts</source>
        <translation>Données refusées et conflits</translation>
    </message>
    <message>
        <source>This version works offline only: the server connection is not installed.</source>
        <translation>Cette version fonctionne seulement hors ligne : la connexion au serveur n’est pas installée.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Nothing refused, no conflicts.</source>
        <translation>Rien de refusé, aucun conflit.</translation>
    </message>
    <message>
        <source>Sync finished: {report}</source>
        <translation>Synchronisation terminée : {report}</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>La synchronisation ne s’est pas terminée</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent is still waiting and will be sent next time.</source>
        <translation>Rien n’est perdu : ce qui n’a pas été envoyé attend et sera envoyé la prochaine fois.</translation>
    </message>
    <message>
        <source>This computer is connected to the club.</source>
        <translation>Cet ordinateur est connecté au club.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>1. Choose your &amp;name:</source>
        <translation>1. Choisissez votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>…or type your user name (partner staff)</source>
        <translation>…ou tapez votre nom d’utilisateur (personnel partenaire)</translation>
    </message>
    <message>
        <source>User name (partner staff)</source>
        <translation>Nom d’utilisateur (personnel partenaire)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN or password:</source>
        <translation>2. Tapez votre code &amp;PIN ou votre mot de passe :</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Loading names</source>
        <translation>chargement des noms</translation>
    </message>
    <message>
        <source>(teacher)</source>
        <translation>(enseignant)</translation>
    </message>
    <message>
        <source>2. Type your &amp;PIN:</source>
        <translation>2. Tapez votre code &amp;PIN :</translation>
    </message>
    <message>
        <source>2. Type your &amp;password:</source>
        <translation>2. Tapez votre &amp;mot de passe :</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Choisissez d’abord votre nom.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Try again, or ask your teacher to reset your PIN.</source>
        <translation>Réessayez, ou demandez à votre enseignant de changer votre code PIN.</translation>
    </message>
    <message>
        <source>Something went wrong while {task}. The details are in the log; try again, and tell your teacher if it happens again.</source>
        <translation>Un problème est survenu pendant : {task}. Les détails sont dans le journal ; réessayez, et prévenez votre enseignant si cela se reproduit.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>le travail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
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
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Radio or newspaper</source>
        <translation>Radio ou journal</translation>
    </message>
    <message>
        <source>CSV files (a folder, or a .zip)</source>
        <translation>Fichiers CSV (un dossier, ou un .zip)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>GeoJSON map layer (.geojson)</source>
        <translation>Couche cartographique GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas le dire</translation>
    </message>
    <message>
        <source>Work is late or stopped</source>
        <translation>Les travaux sont en retard ou arrêtés</translation>
    </message>
    <message>
        <source>Poor quality of work or materials</source>
        <translation>Mauvaise qualité des travaux ou des matériaux</translation>
    </message>
    <message>
        <source>Work left incomplete</source>
        <translation>Travaux laissés inachevés</translation>
    </message>
    <message>
        <source>Project abandoned</source>
        <translation>Projet abandonné</translation>
    </message>
    <message>
        <source>Does not match the specification</source>
        <translation>Ne correspond pas au cahier des charges</translation>
    </message>
    <message>
        <source>Money not accounted for</source>
        <translation>Argent dont on ne sait pas où il est passé</translation>
    </message>
    <message>
        <source>Project information not public</source>
        <translation>Informations du projet non publiques</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>Danger pour la sécurité</translation>
    </message>
    <message>
        <source>Not accessible to everyone</source>
        <translation>Pas accessible à tous</translation>
    </message>
    <message>
        <source>Broken and not maintained</source>
        <translation>Cassé et pas entretenu</translation>
    </message>
    <message>
        <source>Harm to the environment</source>
        <translation>Dommage à l’environnement</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Autre problème</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical (danger to people)</source>
        <translation>Critique (danger pour les personnes)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Solar energy</source>
        <translation>Énergie solaire</translation>
    </message>
    <message>
        <source>Wind energy</source>
        <translation>Énergie éolienne</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Hydroélectricité</translation>
    </message>
    <message>
        <source>Biomass energy</source>
        <translation>Énergie de la biomasse</translation>
    </message>
    <message>
        <source>Geothermal energy</source>
        <translation>Géothermie</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Eau et assainissement</translation>
    </message>
    <message>
        <source>Public buildings and services</source>
        <translation>Bâtiments et services publics</translation>
    </message>
    <message>
        <source>Economy and agriculture</source>
        <translation>Économie et agriculture</translation>
    </message>
    <message>
        <source>Culture, sports and recreation</source>
        <translation>Culture, sports et loisirs</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Air transport</source>
        <translation>Transport aérien</translation>
    </message>
    <message>
        <source>Water transport</source>
        <translation>Transport fluvial et maritime</translation>
    </message>
    <message>
        <source>Rail transport</source>
        <translation>Transport ferroviaire</translation>
    </message>
    <message>
        <source>Roads and bridges</source>
        <translation>Routes et ponts</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>Transport urbain</translation>
    </message>
    <message>
        <source>Low-carbon transport</source>
        <translation>Transport bas carbone</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Logement social</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Ressources naturelles</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>Protection contre les inondations</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Being decommissioned</source>
        <translation>En cours de fermeture</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>New construction</source>
        <translation>Nouvelle construction</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Réhabilitation</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Agrandissement</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Mise hors service</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).</source>
        <translation>La base de données de {folder} est endommagée : une sauvegarde le serait aussi, aucune n&apos;a donc été faite. Remettez la sauvegarde saine la plus récente avec `clubapp restore FICHIER` (voir `clubapp backup --list`).</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged database was moved to {kept}.</source>
        <translation>{backup} a été restaurée. La base de données endommagée a été déplacée vers {kept}.</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept in {kept} (restore it to undo).</source>
        <translation>{backup} a été restaurée. La base de données telle qu&apos;elle était est gardée dans {kept} (restaurez-la pour annuler).</translation>
    </message>
    <message>
        <source>Warning: a code given with --code can be seen by anyone on this computer while the command runs. Leave --code out and type the code when asked, or pipe it in.</source>
        <translation>Attention : un code donné avec --code est visible par toute personne sur cet ordinateur pendant la commande. Omettez --code et tapez le code quand il est demandé, ou passez-le par l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Enrolment code (not shown as you type): </source>
        <translation>Code d&apos;inscription (non affiché pendant la saisie) : </translation>
    </message>
    <message>
        <source>No enrolment code was given: nothing changed. Type the code the partner organisation gave you.</source>
        <translation>Aucun code d&apos;inscription n&apos;a été donné : rien n&apos;a changé. Tapez le code que l&apos;organisation partenaire vous a remis.</translation>
    </message>
    <message>
        <source>Warning: {server} is not https://: the code and every record would cross the network unencrypted. Ask for the server&apos;s https:// address.</source>
        <translation>Attention : {server} n&apos;est pas en https:// : le code et chaque enregistrement traverseraient le réseau sans chiffrement. Demandez l&apos;adresse https:// du serveur.</translation>
    </message>
    <message>
        <source>There are no projects to export (OC4IDS needs at least one).</source>
        <translation>Il n&apos;y a aucun projet à exporter (OC4IDS en demande au moins un).</translation>
    </message>
    <message>
        <source>The map could not be printed to PDF.</source>
        <translation>La carte n&apos;a pas pu être imprimée en PDF.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>; {count} photo pas encore sur le serveur (elle viendra avec une synchronisation ultérieure, une fois envoyée par l&apos;ordinateur qui l&apos;a prise)</numerusform>
            <numerusform>; {count} photos pas encore sur le serveur (elles viendront avec une synchronisation ultérieure, une fois envoyées par l&apos;ordinateur qui les a prises)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical problem open</source>
        <translation>Problème critique ouvert</translation>
    </message>
    <message>
        <source>Serious problem open</source>
        <translation>Problème grave ouvert</translation>
    </message>
    <message>
        <source>Problem open</source>
        <translation>Problème ouvert</translation>
    </message>
    <message>
        <source>Minor problem open</source>
        <translation>Problème mineur ouvert</translation>
    </message>
    <message>
        <source>All problems fixed or closed</source>
        <translation>Tous les problèmes réparés ou clos</translation>
    </message>
    <message>
        <source>No problems recorded</source>
        <translation>Aucun problème relevé</translation>
    </message>
    <message>
        <source>Projects monitored by Integrity Clubs</source>
        <translation>Projets suivis par les clubs d&apos;intégrité</translation>
    </message>
    <message>
        <source>Worst open problem</source>
        <translation>Pire problème ouvert</translation>
    </message>
    <message>
        <source>Projects monitored by {club}</source>
        <translation>Projets suivis par le {club}</translation>
    </message>
    <message>
        <source>{count} without a location</source>
        <translation>{count} sans emplacement</translation>
    </message>
    <message>
        <source>worst open: {severity}</source>
        <translation>pire problème ouvert : {severity}</translation>
    </message>
    <message>
        <source>Integrity Club certificates</source>
        <translation>Certificats du club d&apos;intégrité</translation>
    </message>
    <message>
        <source>Certificate of Community Monitoring</source>
        <translation>Certificat de suivi citoyen</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Nous certifions que</translation>
    </message>
    <message>
        <source>Thank you for helping public money reach the people it was meant for.</source>
        <translation>Merci d&apos;aider l&apos;argent public à atteindre les personnes à qui il est destiné.</translation>
    </message>
    <message>
        <source>monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.</source>
        <translation>a suivi des projets publics de sa communauté {period} : {visits}, {reported} et {fixed}.</translation>
    </message>
    <message>
        <source>member of {club}</source>
        <translation>membre du {club}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>up to {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Teacher · {date}</source>
        <translation>Enseignant·e · {date}</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Certificat {number}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Code de vérification {code}</translation>
    </message>
    <message>
        <source>Check it: {command}</source>
        <translation>Vérifiez-le : {command}</translation>
    </message>
    <message>
        <source>found by the club</source>
        <translation>relevé par le club</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <source>follow-up sent</source>
        <translation>relance envoyée</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>réparé</translation>
    </message>
    <message>
        <source>partly fixed</source>
        <translation>réparé en partie</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>non réparé</translation>
    </message>
    <message>
        <source>fix checked by the club</source>
        <translation>réparation vérifiée par le club</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Le problème</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Ce que nous avons vu</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Veuillez agréer, Madame, Monsieur, nos salutations distinguées.</translation>
    </message>
    <message>
        <source>{event} to {whom}</source>
        <translation>{event} à {whom}</translation>
    </message>
    <message>
        <source>{event} by {channel}</source>
        <translation>{event} par {channel}</translation>
    </message>
    <message>
        <source>The responsible authority</source>
        <translation>L&apos;autorité responsable</translation>
    </message>
    <message>
        <source>What has happened so far:</source>
        <translation>Ce qui s&apos;est passé jusqu&apos;ici :</translation>
    </message>
    <message>
        <source>Subject: {issue} — {project}</source>
        <translation>Objet : {issue} — {project}</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Numéro de suivi : {number}</translation>
    </message>
    <message>
        <source>We are the {club}, students who monitor public projects in our community with our teachers. On {date} we visited the project “{project}” and found a problem that we ask you to look into.</source>
        <translation>Nous sommes le {club}, des élèves qui suivent les projets publics de notre communauté avec nos enseignants. Le {date}, nous avons visité le projet « {project} » et constaté un problème que nous vous demandons d&apos;examiner.</translation>
    </message>
    <message>
        <source>We would be grateful for your answer by {date}, telling us what will be done and when. Please quote the tracking number {number} in your reply, so that we can follow the problem until it is fixed.</source>
        <translation>Nous vous serions reconnaissants de nous répondre d&apos;ici le {date} en nous disant ce qui sera fait et quand. Merci de rappeler le numéro de suivi {number} dans votre réponse, afin que nous puissions suivre le problème jusqu&apos;à sa réparation.</translation>
    </message>
    <message>
        <source>for the {club}</source>
        <translation>pour le {club}</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>Lettre de signalement {number}</translation>
    </message>
    <message>
        <source>Photos of the problem ({number})</source>
        <translation>Photos du problème ({number})</translation>
    </message>
    <message>
        <source>before photo</source>
        <translation>photo avant</translation>
    </message>
    <message>
        <source>after photo</source>
        <translation>photo après</translation>
    </message>
    <message>
        <source>Photos: before and after</source>
        <translation>Photos : avant et après</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Visites de suivi</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Problèmes relevés</translation>
    </message>
    <message>
        <source>Photos: before</source>
        <translation>Photos : avant</translation>
    </message>
    <message>
        <source>Photos: after</source>
        <translation>Photos : après</translation>
    </message>
    <message>
        <source>No location recorded.</source>
        <translation>Aucun emplacement enregistré.</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>Aucun problème relevé.</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>imprimé le {date}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>{found} found, {fixed} fixed or closed</source>
        <translation>{found} relevé(s), {fixed} réparé(s) ou clos</translation>
    </message>
    <message>
        <source>Project report: {title}</source>
        <translation>Rapport de projet : {title}</translation>
    </message>
    <message>
        <source>A user name is needed.</source>
        <translation>Un nom d&apos;utilisateur est nécessaire.</translation>
    </message>
    <message>
        <source>That name and password do not match.</source>
        <translation>Ce nom et ce mot de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>create partner staff or administrator accounts</source>
        <translation>créer des comptes du personnel partenaire ou d&apos;administrateur</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>créer des comptes</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>reset a PIN or password</source>
        <translation>réinitialiser un code PIN ou un mot de passe</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>Le nom d&apos;utilisateur « {username} » est déjà pris.</translation>
    </message>
    <message>
        <source>You can only see the records of your own club.</source>
        <translation>Vous ne pouvez voir que les données de votre club.</translation>
    </message>
    <message>
        <source>Partner staff accounts can read club records but not change them.</source>
        <translation>Les comptes du personnel partenaire peuvent lire les données des clubs, pas les modifier.</translation>
    </message>
    <message>
        <source>You can only change the records of your own club.</source>
        <translation>Vous ne pouvez modifier que les données de votre club.</translation>
    </message>
    <message>
        <source>Only a teacher can {action}.</source>
        <translation>Seul un enseignant peut {action}.</translation>
    </message>
    <message>
        <source>A teacher can only {action} in their own club.</source>
        <translation>Un enseignant ne peut {action} que dans son propre club.</translation>
    </message>
    <message>
        <source>Only an administrator can {action}.</source>
        <translation>Seul un administrateur peut {action}.</translation>
    </message>
    <message>
        <source>see the backups</source>
        <translation>voir les sauvegardes</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>faire une sauvegarde</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>imprimer des certificats</translation>
    </message>
    <message>
        <source>This is not a valid verification code: check it was typed exactly as printed.</source>
        <translation>Ce n&apos;est pas un code de vérification valide : vérifiez qu&apos;il a été saisi exactement comme imprimé.</translation>
    </message>
    <message>
        <source>That club is not on this computer.</source>
        <translation>Ce club n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No certificate with this code was issued in this network (as far as this computer knows: sync, then try again).</source>
        <translation>Aucun certificat avec ce code n&apos;a été délivré dans ce réseau (d&apos;après cet ordinateur : synchronisez, puis réessayez).</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} for {student}, {club}, issued on {date}.</source>
        <translation>Authentique : certificat {number} pour {student}, {club}, délivré le {date}.</translation>
    </message>
    <message>
        <source>Some of the chosen people are not students of this club.</source>
        <translation>Certaines des personnes choisies ne sont pas des élèves de ce club.</translation>
    </message>
    <message>
        <source>Certificate {number} was withdrawn.</source>
        <translation>Le certificat {number} a été retiré.</translation>
    </message>
    <message>
        <source>import a class list</source>
        <translation>importer une liste de classe</translation>
    </message>
    <message>
        <source>This is not a text file: save the class list as CSV from the spreadsheet.</source>
        <translation>Ce n&apos;est pas un fichier texte : enregistrez la liste de classe au format CSV depuis le tableur.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line must name the columns; one must be &apos;Given name&apos; (or &apos;First name&apos;). Others: Family name, Gender, Birth year, Grade.</source>
        <translation>La première ligne doit nommer les colonnes ; l&apos;une doit être « Given name » (ou « First name »). Autres : Family name, Gender, Birth year, Grade.</translation>
    </message>
    <message>
        <source>gender &apos;{value}&apos; is not one of female, male, other</source>
        <translation>le genre « {value} » n&apos;est pas female, male ou other</translation>
    </message>
    <message>
        <source>the same name as line {line}</source>
        <translation>le même nom qu&apos;à la ligne {line}</translation>
    </message>
    <message>
        <source>This file could not be read as a class list (CSV). Open it in a spreadsheet and save it again as CSV. ({reason})</source>
        <translation>Ce fichier n&apos;a pas pu être lu comme une liste de classe (CSV). Ouvrez-le dans un tableur et enregistrez-le à nouveau en CSV. ({reason})</translation>
    </message>
    <message>
        <source>birth year &apos;{value}&apos; is not a year</source>
        <translation>l&apos;année de naissance « {value} » n&apos;est pas une année</translation>
    </message>
    <message>
        <source>add partner organisations</source>
        <translation>ajouter des organisations partenaires</translation>
    </message>
    <message>
        <source>create clubs</source>
        <translation>créer des clubs</translation>
    </message>
    <message>
        <source>Choose the country (a two-letter code such as KE, NP or LR).</source>
        <translation>Choisissez le pays (un code de deux lettres comme KE, NP ou LR).</translation>
    </message>
    <message>
        <source>That club is not on this computer, or you cannot see it.</source>
        <translation>Ce club n&apos;est pas sur cet ordinateur, ou vous ne pouvez pas le voir.</translation>
    </message>
    <message>
        <source>change the club&apos;s settings</source>
        <translation>modifier les paramètres du club</translation>
    </message>
    <message>
        <source>Partner staff computers do not use USB bundles.</source>
        <translation>Les ordinateurs du personnel partenaire n&apos;utilisent pas les paquets USB.</translation>
    </message>
    <message>
        <source>This is a return bundle the server wrote for a computer: take it to that computer.</source>
        <translation>Ceci est un paquet de retour que le serveur a écrit pour un ordinateur : apportez-le à cet ordinateur.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer this server does not know.</source>
        <translation>Ce paquet vient d&apos;un ordinateur que ce serveur ne connaît pas.</translation>
    </message>
    <message>
        <source>Partner staff computers do not send bundles.</source>
        <translation>Les ordinateurs du personnel partenaire n&apos;envoient pas de paquets.</translation>
    </message>
    <message>
        <source>This computer has no bundle key on this server: sync it once online, then export the bundle again.</source>
        <translation>Cet ordinateur n&apos;a pas de clé de paquet sur ce serveur : synchronisez-le une fois en ligne, puis exportez de nouveau le paquet.</translation>
    </message>
    <message>
        <source>This bundle&apos;s changes are not in the form clubapp writes.</source>
        <translation>Les modifications de ce paquet ne sont pas sous la forme qu&apos;écrit clubapp.</translation>
    </message>
    <message>
        <source>This computer registered other bundle keys before: enrol it again.</source>
        <translation>Cet ordinateur a déjà enregistré d&apos;autres clés de paquet : inscrivez-le de nouveau.</translation>
    </message>
    <message>
        <source>This bundle comes from a computer that was revoked on {date}: nothing from it is accepted. Enrol the computer again if it should sync.</source>
        <translation>Ce paquet vient d&apos;un ordinateur révoqué le {date} : rien de lui n&apos;est accepté. Inscrivez de nouveau l&apos;ordinateur s&apos;il doit se synchroniser.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Le nom de l&apos;école</translation>
    </message>
    <message>
        <source>The club&apos;s name</source>
        <translation>Le nom du club</translation>
    </message>
    <message>
        <source>The teacher&apos;s name</source>
        <translation>Le nom de l&apos;enseignant</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>Choisissez entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>That partner organisation does not exist.</source>
        <translation>Cette organisation partenaire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This club already has a teacher; ask them to add you.</source>
        <translation>Ce club a déjà un enseignant ; demandez-lui de vous ajouter.</translation>
    </message>
    <message>
        <source>Exports are made by teachers and partner staff.</source>
        <translation>Les exportations sont faites par les enseignants et le personnel partenaire.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Type an address or a place name to look up.</source>
        <translation>Saisissez une adresse ou un nom de lieu à rechercher.</translation>
    </message>
    <message>
        <source>The address could not be looked up (no internet connection, or the map service did not answer). Type the latitude and longitude instead, or try again when you are online.</source>
        <translation>L&apos;adresse n&apos;a pas pu être recherchée (pas de connexion internet, ou le service de cartes n&apos;a pas répondu). Saisissez plutôt la latitude et la longitude, ou réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>No place called &apos;{address}&apos; was found. Check the spelling, or type the coordinates.</source>
        <translation>Aucun lieu nommé « {address} » n&apos;a été trouvé. Vérifiez l&apos;orthographe ou saisissez les coordonnées.</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>Un titre court</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>issue category</source>
        <translation>catégorie de problème</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>The day it was found</source>
        <translation>Le jour où il a été relevé</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>Who it was sent to</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La référence</translation>
    </message>
    <message>
        <source>That issue is no longer on this computer.</source>
        <translation>Ce problème n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That project is no longer on this computer.</source>
        <translation>Ce projet n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>way of contacting</source>
        <translation>moyen de contact</translation>
    </message>
    <message>
        <source>That is not a tracking number (check for a typing mistake).</source>
        <translation>Ce n&apos;est pas un numéro de suivi (vérifiez une éventuelle faute de frappe).</translation>
    </message>
    <message>
        <source>The date is before the issue was found.</source>
        <translation>La date est antérieure au jour où le problème a été relevé.</translation>
    </message>
    <message>
        <source>An issue that is &apos;{status}&apos; cannot be marked &apos;{step}&apos; next.</source>
        <translation>Un problème à l&apos;état « {status} » ne peut pas passer ensuite à « {step} ».</translation>
    </message>
    <message>
        <source>No issue {number} on this computer.</source>
        <translation>Aucun problème {number} sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http://).</source>
        <translation>L&apos;adresse du serveur commence par https:// (ou http://).</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Choisissez entre 1 et 240 minutes.</translation>
    </message>
    <message>
        <source>Choose one of {choices} pixels.</source>
        <translation>Choisissez parmi {choices} pixels.</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>ajouter des membres</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Le nom de famille</translation>
    </message>
    <message>
        <source>The grade</source>
        <translation>La classe</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>edit members</source>
        <translation>modifier des membres</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>enregistrer un consentement</translation>
    </message>
    <message>
        <source>deactivate members</source>
        <translation>désactiver des membres</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data</source>
        <translation>effacer les données personnelles d&apos;un membre</translation>
    </message>
    <message>
        <source>That member is no longer on this computer.</source>
        <translation>Ce membre n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A birth year between {first} and {last}, please.</source>
        <translation>Une année de naissance entre {first} et {last}, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased: it cannot be filled in again.</source>
        <translation>Les données personnelles de ce membre ont été effacées : elles ne peuvent pas être saisies à nouveau.</translation>
    </message>
    <message>
        <source>Write who gave consent (a parent or guardian).</source>
        <translation>Indiquez qui a donné son consentement (un parent ou tuteur).</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is impossible and was ignored</source>
        <translation>la position GPS de la photo est impossible et a été ignorée</translation>
    </message>
    <message>
        <source>{added} added, {there} already there, {failed} not imported</source>
        <translation>{added} ajoutée(s), {there} déjà là, {failed} non importée(s)</translation>
    </message>
    <message>
        <source>the photo&apos;s GPS position is unreadable and was ignored</source>
        <translation>la position GPS de la photo est illisible et a été ignorée</translation>
    </message>
    <message>
        <source>the picture is too big to open safely</source>
        <translation>l&apos;image est trop grande pour être ouverte sans risque</translation>
    </message>
    <message>
        <source>This photo&apos;s picture has not arrived on this computer yet (it comes with the next sync).</source>
        <translation>L&apos;image de cette photo n&apos;est pas encore arrivée sur cet ordinateur (elle viendra à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <translation>le fichier est trop gros ({size} Mo ; au plus {limit} Mo)</translation>
    </message>
    <message>
        <source>this HEIC photo cannot be read on this computer; on the iPhone choose Settings &gt; Camera &gt; Formats &gt; Most Compatible, or send it as JPEG</source>
        <translation>cette photo HEIC ne peut pas être lue sur cet ordinateur ; sur l&apos;iPhone choisissez Réglages &gt; Appareil photo &gt; Formats &gt; Le plus compatible, ou envoyez-la en JPEG</translation>
    </message>
    <message>
        <source>Evidence is &apos;before&apos; or &apos;after&apos;.</source>
        <translation>La preuve est « before » (avant) ou « after » (après).</translation>
    </message>
    <message>
        <source>Choose the project the photos belong to.</source>
        <translation>Choisissez le projet auquel appartiennent les photos.</translation>
    </message>
    <message>
        <source>That photo is no longer on this computer.</source>
        <translation>Cette photo n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete ({reason})</source>
        <translation>l&apos;image est abîmée ou incomplète ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>That visit is no longer on this computer.</source>
        <translation>Cette visite n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as JPEG</source>
        <translation>les images {kind} ne sont pas prises en charge ; enregistrez-la en JPEG</translation>
    </message>
    <message>
        <source>the picture is too big ({width} x {height} pixels)</source>
        <translation>l&apos;image est trop grande ({width} x {height} pixels)</translation>
    </message>
    <message>
        <source>the file is too large (at most {limit} MB)</source>
        <translation>le fichier est trop gros (au plus {limit} Mo)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>le fichier n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>taken {distance} km from the project&apos;s location</source>
        <translation>prise à {distance} km de l&apos;emplacement du projet</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>Le budget</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. KES, NPR, LRD, USD.</source>
        <translation>Utilisez le code de devise à trois lettres, par ex. KES, NPR, LRD, USD.</translation>
    </message>
    <message>
        <source>Say which currency the budget is in.</source>
        <translation>Indiquez la devise du budget.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KE.</source>
        <translation>Utilisez le code de pays à deux lettres, par ex. KE.</translation>
    </message>
    <message>
        <source>The number of beneficiaries must be zero or more.</source>
        <translation>Le nombre de bénéficiaires doit être zéro ou plus.</translation>
    </message>
    <message>
        <source>The project&apos;s name</source>
        <translation>Le nom du projet</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>état du projet</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>type de projet</translation>
    </message>
    <message>
        <source>the planned start</source>
        <translation>le début prévu</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>La fin prévue</translation>
    </message>
    <message>
        <source>the actual start</source>
        <translation>le début réel</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>La fin réelle</translation>
    </message>
    <message>
        <source>The actual start</source>
        <translation>Le début réel</translation>
    </message>
    <message>
        <source>These coordinates are {distance} km from the club; the latitude and longitude look swapped (try {latitude}, {longitude}).</source>
        <translation>Ces coordonnées sont à {distance} km du club ; la latitude et la longitude semblent inversées (essayez {latitude}, {longitude}).</translation>
    </message>
    <message>
        <source>An approved project can only be removed by a teacher.</source>
        <translation>Seul un enseignant peut supprimer un projet approuvé.</translation>
    </message>
    <message>
        <source>approve or return submissions</source>
        <translation>approuver ou renvoyer des soumissions</translation>
    </message>
    <message>
        <source>This is already waiting for a teacher&apos;s review.</source>
        <translation>Ceci attend déjà la relecture d&apos;un enseignant.</translation>
    </message>
    <message>
        <source>Say what the student should change.</source>
        <translation>Dites ce que l&apos;élève doit changer.</translation>
    </message>
    <message>
        <source>Only a submitted record can be approved or returned.</source>
        <translation>Seule une fiche soumise peut être approuvée ou renvoyée.</translation>
    </message>
    <message>
        <source>That record is not on this computer, or you cannot see it.</source>
        <translation>Cette fiche n&apos;est pas sur cet ordinateur, ou vous ne pouvez pas la voir.</translation>
    </message>
    <message>
        <source>That {kind} is no longer on this computer.</source>
        <translation>Cet élément ({kind}) n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; records are not reviewed.</source>
        <translation>Les fiches « {kind} » ne sont pas relues.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Donnez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Latitude and longitude must be numbers.</source>
        <translation>La latitude et la longitude doivent être des nombres.</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} : à remplir.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {label}.</source>
        <translation>« {value} » n&apos;est pas une valeur connue ({label}).</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} : ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second} : avant {first}.</translation>
    </message>
    <message>
        <source>Were latitude and longitude swapped?</source>
        <translation>La latitude et la longitude ont-elles été inversées ?</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} : doit être un nombre.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} : ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} : trop grand.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 (got {value}).</source>
        <translation>La latitude doit être comprise entre -90 et 90 (reçu : {value}).</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 (got {value}).</source>
        <translation>La longitude doit être comprise entre -180 et 180 (reçu : {value}).</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>La date de la visite</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>Only members of the club can be listed as present.</source>
        <translation>Seuls les membres du club peuvent être notés présents.</translation>
    </message>
    <message>
        <source>{reason}. Check the disk has free space.</source>
        <translation>{reason}. Vérifiez qu&apos;il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); choose another backup.</source>
        <translation>{file} est abîmé ({reason}) ; choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup.</source>
        <translation>{file} n&apos;est pas une sauvegarde de clubapp.</translation>
    </message>
    <message>
        <source>{file} is not a clubapp backup ({reason}).</source>
        <translation>{file} n&apos;est pas une sauvegarde de clubapp ({reason}).</translation>
    </message>
    <message>
        <source>That is not a sync bundle (missing, or too large).</source>
        <translation>Ce n&apos;est pas un paquet de synchronisation (absent, ou trop gros).</translation>
    </message>
    <message>
        <source>This bundle was made for another computer.</source>
        <translation>Ce paquet a été fait pour un autre ordinateur.</translation>
    </message>
    <message>
        <source>That file is not a clubapp sync bundle, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas un paquet de synchronisation clubapp, ou il est abîmé.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>; the server had been restored from an older backup: this computer&apos;s records were sent again</source>
        <translation>; le serveur avait été restauré depuis une sauvegarde plus ancienne : les données de cet ordinateur ont été renvoyées</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (arrêté)</translation>
    </message>
    <message>
        <source>This computer is not connected to a club on a server yet: enrol it first.</source>
        <translation>Cet ordinateur n&apos;est pas encore relié à un club sur un serveur : inscrivez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Its file was changed or damaged on this computer after it was added: add the photo again from the camera or phone.</source>
        <translation>Son fichier a été modifié ou abîmé sur cet ordinateur après son ajout : ajoutez à nouveau la photo depuis l&apos;appareil ou le téléphone.</translation>
    </message>
    <message>
        <source>The network refused a request as too large.</source>
        <translation>Le réseau a refusé une requête trop grosse.</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>, {count} refusée(s)</translation>
    </message>
    <message>
        <source>this is not a picture clubapp can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>ce n&apos;est pas une image que clubapp sait lire (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : {reason}</translation>
    </message>
    <message>
        <source>The backup could not be put back: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être remise en place : {reason}</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full: the last change was not saved, nothing else was lost. Free some space (delete files you do not need, empty the recycle bin), then try again.</source>
        <translation>Le disque qui contient {folder} est plein : la dernière modification n&apos;a pas été enregistrée, rien d&apos;autre n&apos;a été perdu. Libérez de la place (supprimez des fichiers inutiles, videz la corbeille), puis réessayez.</translation>
    </message>
    <message>
        <source>clubapp cannot write in {folder}: the folder or its disk is read-only, or this account may not change it. Nothing was changed. Make the folder writable (or choose another with --data-dir), then try again.</source>
        <translation>clubapp ne peut pas écrire dans {folder} : le dossier ou son disque est en lecture seule, ou ce compte ne peut pas le modifier. Rien n&apos;a changé. Rendez le dossier modifiable (ou choisissez-en un autre avec --data-dir), puis réessayez.</translation>
    </message>
    <message>
        <source>The clubapp database in {folder} is damaged ({reason}). Nothing was changed. Put back the newest backup that is good: `clubapp backup --list` shows them, `clubapp restore FILE` restores one.</source>
        <translation>La base de données clubapp de {folder} est endommagée ({reason}). Rien n&apos;a changé. Remettez la sauvegarde saine la plus récente : `clubapp backup --list` les montre, `clubapp restore FICHIER` en restaure une.</translation>
    </message>
    <message>
        <source>clubapp could not use {folder} ({reason}). Nothing was changed; check the folder and its disk, then try again.</source>
        <translation>clubapp n&apos;a pas pu utiliser {folder} ({reason}). Rien n&apos;a changé ; vérifiez le dossier et son disque, puis réessayez.</translation>
    </message>
    <message>
        <source>This bundle is one this computer wrote for the server, not the server&apos;s answer: take it to the server first.</source>
        <translation>Ce paquet est celui que cet ordinateur a écrit pour le serveur, pas la réponse du serveur : apportez-le d&apos;abord au serveur.</translation>
    </message>
    <message>
        <source>An entry of this bundle was changed after it was signed.</source>
        <translation>Une entrée de ce paquet a été modifiée après sa signature.</translation>
    </message>
    <message>
        <source>This bundle was written by another version of clubapp: update clubapp on both sides, then export the bundle again.</source>
        <translation>Ce paquet a été écrit par une autre version de clubapp : mettez clubapp à jour des deux côtés, puis exportez de nouveau le paquet.</translation>
    </message>
    <message>
        <source>This bundle holds entries its signature does not cover (or lacks some it lists).</source>
        <translation>Ce paquet contient des entrées que sa signature ne couvre pas (ou il lui manque des entrées qu&apos;il annonce).</translation>
    </message>
    <message>
        <source>The key this bundle needs is damaged: sync once online to renew it.</source>
        <translation>La clé dont ce paquet a besoin est endommagée : synchronisez une fois en ligne pour la renouveler.</translation>
    </message>
    <message>
        <source>This bundle cannot be opened with this computer&apos;s key: it is not for this computer, or it was changed.</source>
        <translation>Ce paquet ne peut pas être ouvert avec la clé de cet ordinateur : il n&apos;est pas pour cet ordinateur, ou il a été modifié.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature is damaged.</source>
        <translation>La signature de ce paquet est endommagée.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed, or it was not made by the computer or server it names.</source>
        <translation>La signature de ce paquet ne correspond pas : il a été modifié, ou il n&apos;a pas été fait par l&apos;ordinateur ou le serveur qu&apos;il nomme.</translation>
    </message>
    <message>
        <source>This computer has no key for USB bundles yet: enrol it (online) or sync once online, then use bundles.</source>
        <translation>Cet ordinateur n&apos;a pas encore de clé pour les paquets USB : inscrivez-le (en ligne) ou synchronisez une fois en ligne, puis utilisez les paquets.</translation>
    </message>
    <message>
        <source>Another sync of this data folder is still running (the app, or another command): wait for it to end, then try again.</source>
        <translation>Une autre synchronisation de ce dossier de données est en cours (l&apos;application ou une autre commande) : attendez qu&apos;elle finisse, puis réessayez.</translation>
    </message>
    <message>
        <source>clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder exists, is not read-only and the disk has free space.</source>
        <translation>clubapp ne peut pas écrire dans son dossier de données ({folder}) : {reason}. Vérifiez que le dossier existe, n&apos;est pas en lecture seule et que le disque a de la place.</translation>
    </message>
    <message>
        <source>A photo arrived damaged; sync again to fetch it again.</source>
        <translation>Une photo est arrivée abîmée ; synchronisez à nouveau pour la récupérer.</translation>
    </message>
    <message>
        <source>The server has no record of this photo for this club ({reason}); it stays on this computer and is tried again at the next sync.</source>
        <translation>Le serveur n&apos;a pas d&apos;enregistrement de cette photo pour ce club ({reason}) ; elle reste sur cet ordinateur et sera réessayée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Update clubapp: the server needs a newer version.</source>
        <translation>Mettez clubapp à jour : le serveur demande une version plus récente.</translation>
    </message>
    <message>
        <source>The server refused this computer: enrol it again.</source>
        <translation>Le serveur a refusé cet ordinateur : inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <source>The server does not have it.</source>
        <translation>Le serveur ne l&apos;a pas.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was damaged; try again.</source>
        <translation>La réponse du serveur était abîmée ; réessayez.</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>photo {id} : {reason}</translation>
    </message>
    <message>
        <source>{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} ({other_at})</source>
        <translation>{kind} {id}, {field} : conservé {kept} (enregistré {kept_at}) ; l&apos;ordinateur {device} a écrit {other} ({other_at})</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Envoi des modifications : {done} sur {total}</translation>
    </message>
    <message>
        <source>Receiving photos: {done} of {total}</source>
        <translation>Réception des photos : {done} sur {total}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}</source>
        <translation>Le serveur a répondu par une erreur ({status}) : {detail}</translation>
    </message>
    <message>
        <source>One change is larger than the network lets through; it stays queued.</source>
        <translation>Une modification est plus grosse que ce que le réseau laisse passer ; elle reste en attente.</translation>
    </message>
    <message>
        <source>Sending photos: {done} of {total} KB</source>
        <translation>Envoi des photos : {done} sur {total} Ko</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}). Nothing was lost: what is not sent stays queued; try again when the connection is back.</source>
        <translation>Le serveur est injoignable ({reason}). Rien n&apos;est perdu : ce qui n&apos;est pas envoyé reste en attente ; réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <source>A photo could not be sent ({reason}). The other records were sent.</source>
        <translation>Une photo n&apos;a pas pu être envoyée ({reason}). Les autres données ont été envoyées.</translation>
    </message>
    <message>
        <source>Print certificates and letters &amp;in</source>
        <translation>Imprimer certificats et lettres &amp;en</translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} élève</numerusform>
            <numerusform>{count} élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>{pushed} and {photos_sent} sent, {pulled} and {photos_received} received</source>
        <translation>{pushed} et {photos_sent} envoyées, {pulled} et {photos_received} reçues</translation>
    </message>
    <message>
        <source>{changes} waiting for the consent of {students}: record it on the Members page, then sync again</source>
        <translation>{changes} en attente du consentement de {students} : enregistrez-le sur la page Membres, puis synchronisez à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>{count} projet sur la carte</numerusform>
            <numerusform>{count} projets sur la carte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} ouvert sur {total} problème</numerusform>
            <numerusform>{open} ouverts sur {total} problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} modification</numerusform>
            <numerusform>{count} modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} photo</numerusform>
            <numerusform>{count} photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} visite de suivi</numerusform>
            <numerusform>{count} visites de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} problème relevé et signalé</numerusform>
            <numerusform>{count} problèmes relevés et signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} problème suivi jusqu&apos;à sa réparation</numerusform>
            <numerusform>{count} problèmes suivis jusqu&apos;à leur réparation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>Un mot de passe doit compter au moins {count} caractère.</numerusform>
            <numerusform>Un mot de passe doit compter au moins {count} caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>Un code PIN doit compter au moins {count} caractère.</numerusform>
            <numerusform>Un code PIN doit compter au moins {count} caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>Une liste de classe compte au plus {count} ligne ; divisez le fichier.</numerusform>
            <numerusform>Une liste de classe compte au plus {count} lignes ; divisez le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>Trop d&apos;essais erronés. Attendez {seconds} seconde, puis réessayez.</numerusform>
            <numerusform>Trop d&apos;essais erronés. Attendez {seconds} secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} : trop long ({length} caractère ; au plus {limit}).</numerusform>
            <numerusform>{label} : trop long ({length} caractères ; au plus {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>Réception : {count} fiche</numerusform>
            <numerusform>Réception : {count} fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>OC4IDS project package (.json, or a .zip with the photos)</source>
        <translation>Paquet de projets OC4IDS (.json, ou .zip avec les photos)</translation>
    </message>
    <message>
        <source>Photos (a .zip of the files the tables name)</source>
        <translation>Photos (un .zip des fichiers nommés dans les tableaux)</translation>
    </message>
    <message>
        <source>OC4IDS project ids start with your organisation&apos;s registered prefix: oc4ids- and 6 letters or digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</source>
        <translation>Les identifiants de projet OC4IDS commencent par le préfixe enregistré de votre organisation : oc4ids- et 6 lettres ou chiffres (par ex. oc4ids-ab12cd), attribué par l&apos;Open Contracting Partnership. Indiquez-le une fois avec `clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.</translation>
    </message>
    <message>
        <source>The base address starts with https:// and names the folder the package is published in.</source>
        <translation>L&apos;adresse de base commence par https:// et désigne le dossier où le paquet est publié.</translation>
    </message>
    <message>
        <source>An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value}).</source>
        <translation>Un préfixe OC4IDS s&apos;écrit oc4ids- suivi de 6 lettres minuscules ou chiffres, par ex. oc4ids-ab12cd (reçu : {value}).</translation>
    </message>
    <message>
        <source>The media export is a .zip file: give a name ending in .zip.</source>
        <translation>L&apos;export des médias est un fichier .zip : donnez un nom qui se termine par .zip.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>La fin de la période est avant son début.</translation>
    </message>
    <message>
        <source>The OC4IDS publisher settings are set by partner staff.</source>
        <translation>Les réglages d&apos;éditeur OC4IDS sont définis par le personnel partenaire.</translation>
    </message>
    <message>
        <source>Unknown issue status {value}; choose among: {choices}.</source>
        <translation>Statut de problème inconnu {value} ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Unknown sector {value}.</source>
        <translation>Secteur inconnu {value}.</translation>
    </message>
    <message>
        <source>Close the issue</source>
        <translation>Clôturer le problème</translation>
    </message>
    <message>
        <source>Add an &quot;after&quot; photo under Photos, below the issue&apos;s timeline, to show what you saw.</source>
        <translation>Ajoutez une photo « après » sous Photos, en dessous de l’historique du problème, pour montrer ce que vous avez vu.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Marquer comme parti</translation>
    </message>
    <message>
        <source>Mark {name} as having left the club? They can no longer sign in; their work stays.</source>
        <translation>Marquer {name} comme ayant quitté le club ? Cette personne ne pourra plus se connecter ; son travail reste.</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Commentaire de l’enseignant</translation>
    </message>
    <message>
        <source>Your teacher returned this to you: “{comment}”. Change what is asked, then submit it again.</source>
        <translation>Votre enseignant vous l’a renvoyé : « {comment} ». Changez ce qui est demandé, puis soumettez-le à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Approve these {count}</source>
        <translation>&amp;Approuver ces {count}</translation>
    </message>
    <message>
        <source>&amp;Return these {count} with a comment…</source>
        <translation>&amp;Renvoyer ces {count} avec un commentaire…</translation>
    </message>
    <message>
        <source>&amp;Submit these {count} again</source>
        <translation>&amp;Soumettre à nouveau ces {count}</translation>
    </message>
    <message>
        <source>{count} items chosen</source>
        <translation>{count} éléments choisis</translation>
    </message>
    <message>
        <source>The buttons below act on all of these:</source>
        <translation>Les boutons ci-dessous agissent sur tous ceux-ci :</translation>
    </message>
    <message>
        <source>sent by {name}</source>
        <translation>envoyé par {name}</translation>
    </message>
    <message>
        <source>This computer&apos;s server address, photo size and sign-out delay are changed by a teacher.</source>
        <translation>L’adresse du serveur, la taille des photos et le délai de déconnexion de cet ordinateur sont modifiés par un enseignant.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Tapez d’abord votre code PIN.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Tapez d’abord votre mot de passe.</translation>
    </message>
    <message>
        <source>Try again, or ask another teacher to reset your password.</source>
        <translation>Réessayez, ou demandez à un autre enseignant de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>Only a teacher can change this computer&apos;s settings.</source>
        <translation>Seul un enseignant peut modifier les paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <source>Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).</source>
        <translation>Tapez une date, p. ex. {example} ou {iso}, ou choisissez-la dans le calendrier (Alt+Bas).</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>Not a date: type it like {example} or {iso}.</source>
        <translation>Ce n’est pas une date : tapez-la comme {example} ou {iso}.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Une date est nécessaire ici.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Click where the project is, or type a town or village. Drag to move; zoom with the mouse wheel or the + and − keys.</source>
        <translation>Cliquez là où se trouve le projet, ou tapez une ville ou un village. Faites glisser pour déplacer ; zoomez avec la molette ou les touches + et −.</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>Ville ou village</translation>
    </message>
    <message>
        <source>Town or village to find</source>
        <translation>Ville ou village à trouver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trouver</translation>
    </message>
    <message>
        <source>Photos with a location</source>
        <translation>Photos avec un lieu</translation>
    </message>
    <message>
        <source>Use this &amp;photo&apos;s location</source>
        <translation>Utiliser le lieu de cette &amp;photo</translation>
    </message>
    <message>
        <source>Chosen location</source>
        <translation>Lieu choisi</translation>
    </message>
    <message>
        <source>Making the map</source>
        <translation>Préparation de la carte</translation>
    </message>
    <message>
        <source>Photo at {latitude}, {longitude}</source>
        <translation>Photo à {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>No town or village called &apos;{name}&apos; is on the map. Check the spelling, or click on the map.</source>
        <translation>Aucune ville ni aucun village nommé « {name} » sur la carte. Vérifiez l&apos;orthographe, ou cliquez sur la carte.</translation>
    </message>
    <message>
        <source>{distance} km from {town}, the club&apos;s town.</source>
        <translation>À {distance} km de {town}, la ville du club.</translation>
    </message>
    <message>
        <source>That is far: check that this is the right place.</source>
        <translation>C&apos;est loin : vérifiez que c&apos;est le bon endroit.</translation>
    </message>
    <message>
        <source>Map of the projects</source>
        <translation>Carte des projets</translation>
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
        <translation>Cliquez sur un point pour voir le projet.</translation>
    </message>
    <message>
        <source>Chosen project</source>
        <translation>Projet choisi</translation>
    </message>
    <message>
        <source>Photo of the chosen project</source>
        <translation>Photo du projet choisi</translation>
    </message>
    <message>
        <source>Problems of the chosen project</source>
        <translation>Problèmes du projet choisi</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>Pas encore de photo.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>Préparation de la carte…</translation>
    </message>
    <message>
        <source>Map status</source>
        <translation>État de la carte</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom; click a dot to see its project.</source>
        <translation>Faites glisser ou utilisez les flèches pour déplacer, la molette ou + et − pour zoomer ; cliquez sur un point pour voir son projet.</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>Chargement du projet</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>Enregistrer la carte en PDF</translation>
    </message>
    <message>
        <source>Saved {path}: open it to print.</source>
        <translation>{path} enregistré : ouvrez-le pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Carte enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>taken near {town} ({distance} km)</source>
        <translation>prise près de {town} ({distance} km)</translation>
    </message>
    <message>
        <source>taken in {town}</source>
        <translation>prise à {town}</translation>
    </message>
    <message>
        <source>Projects on the map: {count}</source>
        <translation>Projets sur la carte : {count}</translation>
    </message>
    <message>
        <source>Problems: {open} open of {total}</source>
        <translation>Problèmes : {open} ouverts sur {total}</translation>
    </message>
</context>
</TS>
