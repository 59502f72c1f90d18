<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Step 2 of 5 — who is setting up this laptop.</source>
        <translation>Étape 2 sur 5 — qui configure cet ordinateur portable.</translation>
    </message>
    <message>
        <source>Enter the one-time code from IT support, then your login and password for the sync service.</source>
        <translation>Saisissez le code à usage unique reçu du support informatique, puis votre identifiant et votre mot de passe du service de synchronisation.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name shown on this laptop:</source>
        <translation>&amp;Nom affiché sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name shown on this laptop</source>
        <translation>Nom affiché sur cet ordinateur</translation>
    </message>
    <message>
        <source>optional — your login if empty</source>
        <translation>facultatif — sinon votre identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>— no answer —</source>
        <translation>— pas de réponse —</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>This version of Dossier cannot show PDF documents yet. The file stays encrypted on this laptop and is synced with the case.</source>
        <translation>Cette version de Dossier ne peut pas encore afficher les documents PDF. Le fichier reste chiffré sur cet ordinateur portable et est synchronisé avec le dossier.</translation>
    </message>
    <message>
        <source>This file is not a picture Dossier can show. It stays encrypted on this laptop and is synced with the case.</source>
        <translation>Ce fichier n&apos;est pas une image que Dossier peut afficher. Il reste chiffré sur cet ordinateur portable et est synchronisé avec le dossier.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Edit case %1</source>
        <translation>Modifier le dossier %1</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Modifier la personne %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Tâches et délais</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Choose a case in the list, or search by name, case number, date of birth or ZEMIS number (Ctrl+F).</source>
        <translation>Choisissez un dossier dans la liste ou recherchez par nom, numéro de dossier, date de naissance ou numéro ZEMIS (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochain délai</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Loading cases …</source>
        <translation>Chargement des dossiers …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 sur %Ln dossier</numerusform>
            <numerusform>%1 sur %Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases on this laptop yet</source>
        <translation>Aucun dossier sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sync to fetch the cases assigned to you.</source>
        <translation>Synchronisez pour récupérer les dossiers qui vous sont attribués.</translation>
    </message>
    <message>
        <source>No case matches your search</source>
        <translation>Aucun dossier ne correspond à votre recherche</translation>
    </message>
    <message>
        <source>Check the spelling, or search by case number, date of birth or ZEMIS number. Filters on the left also apply.</source>
        <translation>Vérifiez l&apos;orthographe ou recherchez par numéro de dossier, date de naissance ou numéro ZEMIS. Les filtres à gauche s&apos;appliquent aussi.</translation>
    </message>
    <message>
        <source>No case matches these filters</source>
        <translation>Aucun dossier ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Choose “Clear filters” on the left to see all cases.</source>
        <translation>Choisissez « Réinitialiser les filtres » à gauche pour voir tous les dossiers.</translation>
    </message>
    <message>
        <source>Search name, case number, date of birth, ZEMIS or N number (Ctrl+F)</source>
        <translation>Rechercher nom, n° de dossier, date de naissance, n° ZEMIS ou N (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Measured at the last sync against the sync service. Dossier uses this laptop&apos;s clock to decide which of two changes is newer, so a wrong clock can let an older change win.</source>
        <translation>Mesuré lors de la dernière synchronisation avec le service de synchronisation. Dossier se sert de l&apos;horloge de cet ordinateur portable pour décider laquelle de deux modifications est la plus récente : une horloge fausse peut faire l&apos;emporter une modification plus ancienne.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n minute(s) off — ask IT to set it</source>
        <translation>
            <numerusform>L&apos;horloge de ce portable est décalée de %n minute — faites-la régler par le support informatique</numerusform>
            <numerusform>L&apos;horloge de ce portable est décalée de %n minutes — faites-la régler par le support informatique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n hour(s) off — ask IT to set it</source>
        <translation>
            <numerusform>L&apos;horloge de ce portable est décalée de %n heure — faites-la régler par le support informatique</numerusform>
            <numerusform>L&apos;horloge de ce portable est décalée de %n heures — faites-la régler par le support informatique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n day(s) off — ask IT to set it</source>
        <translation>
            <numerusform>L&apos;horloge de ce portable est décalée de %n jour — faites-la régler par le support informatique</numerusform>
            <numerusform>L&apos;horloge de ce portable est décalée de %n jours — faites-la régler par le support informatique</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Asylum procedure support</source>
        <translation>Accompagnement procédure d&apos;asile</translation>
    </message>
    <message>
        <source>Permit: first issue</source>
        <translation>Permis : première délivrance</translation>
    </message>
    <message>
        <source>Permit: renewal</source>
        <translation>Permis : renouvellement</translation>
    </message>
    <message>
        <source>Permit: change of canton</source>
        <translation>Permis : changement de canton</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Regroupement familial</translation>
    </message>
    <message>
        <source>Hardship case</source>
        <translation>Cas de rigueur</translation>
    </message>
    <message>
        <source>Integration agreement</source>
        <translation>Convention d&apos;intégration</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Aide au retour</translation>
    </message>
    <message>
        <source>Enforcement of removal</source>
        <translation>Exécution du renvoi</translation>
    </message>
    <message>
        <source>Emergency aid</source>
        <translation>Aide d&apos;urgence</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Requérant·e</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint·e</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Délai légal</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <source>B – residence permit</source>
        <translation>B – autorisation de séjour</translation>
    </message>
    <message>
        <source>C – settlement permit</source>
        <translation>C – autorisation d&apos;établissement</translation>
    </message>
    <message>
        <source>L – short-term residence permit</source>
        <translation>L – autorisation de courte durée</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – admission provisoire</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – requérant·e d&apos;asile</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – statut de protection</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – permis frontalier</translation>
    </message>
    <message>
        <source>Ci – family of international officials</source>
        <translation>Ci – famille de fonctionnaires internationaux</translation>
    </message>
    <message>
        <source>Residence permit (DE)</source>
        <translation>Titre de séjour (DE)</translation>
    </message>
    <message>
        <source>Settlement permit (DE)</source>
        <translation>Permis d&apos;établissement (DE)</translation>
    </message>
    <message>
        <source>Permission to stay (DE)</source>
        <translation>Autorisation de séjour pendant la procédure (DE)</translation>
    </message>
    <message>
        <source>Toleration – Duldung (DE)</source>
        <translation>Tolérance – Duldung (DE)</translation>
    </message>
    <message>
        <source>Fictional certificate (DE)</source>
        <translation>Attestation de fiction (DE)</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Aucune autorisation</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Congo (Democratic Republic)</source>
        <translation>Congo (République démocratique)</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie et Herzégovine</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Unknown / stateless</source>
        <translation>Inconnu / apatride</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Persian (Farsi)</source>
        <translation>Persan (farsi)</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurde</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharique</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>RIF – Return Information Fund</source>
        <translation>RIF – Fonds d’information sur le retour</translation>
    </message>
    <message>
        <source>SIM – travel organised by IOM</source>
        <translation>SIM – voyage organisé par l’OIM</translation>
    </message>
    <message>
        <source>RAS – reintegration assistance</source>
        <translation>RAS – aide à la réintégration</translation>
    </message>
    <message>
        <source>RAZ – return assistance from a federal asylum centre</source>
        <translation>RAZ – aide au retour depuis un centre fédéral d’asile</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>These changes were made here and elsewhere at the same time, or the service did not accept them. Choose which value is right; your choice is sent at the next sync.</source>
        <translation>Ces modifications ont été faites ici et ailleurs en même temps, ou le service ne les a pas acceptées. Choisissez la bonne valeur ; votre choix sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No open conflicts — everything is in agreement.</source>
        <translation>Aucun conflit ouvert — tout concorde.</translation>
    </message>
    <message>
        <source>&amp;Resolve …</source>
        <translation>&amp;Résoudre …</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>&amp;Dismiss …</source>
        <translation>&amp;Écarter …</translation>
    </message>
    <message>
        <source>Dismiss the rejected change?</source>
        <translation>Écarter la modification refusée ?</translation>
    </message>
    <message>
        <source>Re-&amp;apply as a new change</source>
        <translation>Ré&amp;appliquer comme nouvelle modification</translation>
    </message>
    <message>
        <source>The change stays rejected and is not sent again; the rejection stays on record on this laptop. Dismiss it?</source>
        <translation>La modification reste refusée et n’est pas renvoyée ; le refus reste consigné sur cet ordinateur. L’écarter ?</translation>
    </message>
    <message>
        <source>The same values would be rejected again; change the case instead.</source>
        <translation>Les mêmes valeurs seraient de nouveau refusées ; modifiez plutôt le dossier.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Write your values again as a new change</source>
        <translation>Réécrire vos valeurs comme nouvelle modification</translation>
    </message>
    <message>
        <source>Your values are kept here until you dismiss the change.</source>
        <translation>Vos valeurs sont conservées ici jusqu’à ce que vous écartiez la modification.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Rejected by the service</source>
        <translation>Refusée par le service</translation>
    </message>
    <message>
        <source>Changed here and elsewhere</source>
        <translation>Modifiée ici et ailleurs</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Rejected by the service: %1</source>
        <translation>Refusé par le service : %1</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New person in this case</source>
        <translation>Nouvelle personne dans ce dossier</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (extended procedure)</source>
        <translation>Recours contre une décision d&apos;asile (procédure étendue)</translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (accelerated procedure)</source>
        <translation>Recours contre une décision d&apos;asile (procédure accélérée)</translation>
    </message>
    <message>
        <source>Appeal against a decision not to enter into the application</source>
        <translation>Recours contre une décision de non-entrée en matière</translation>
    </message>
    <message>
        <source>Departure after a rejection in the accelerated procedure</source>
        <translation>Départ après un rejet en procédure accélérée</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation>Transfert Dublin</translation>
    </message>
    <message>
        <source>Dublin transfer (person imprisoned)</source>
        <translation>Transfert Dublin (personne incarcérée)</translation>
    </message>
    <message>
        <source>Dublin transfer (person absconded)</source>
        <translation>Transfert Dublin (personne en fuite)</translation>
    </message>
    <message>
        <source>Reminder before the permit expires</source>
        <translation>Rappel avant l&apos;échéance de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Action against an asylum decision (DE)</source>
        <translation>Recours contre une décision d&apos;asile (DE)</translation>
    </message>
    <message>
        <source>Action against a rejection as manifestly unfounded (DE)</source>
        <translation>Recours contre un rejet pour défaut manifeste de fondement (DE)</translation>
    </message>
    <message>
        <source>Action against a Dublin transfer order (DE)</source>
        <translation>Recours contre une décision de transfert Dublin (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejected asylum application (DE)</source>
        <translation>Départ après le rejet de la demande d&apos;asile (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejection as manifestly unfounded (DE)</source>
        <translation>Départ après un rejet pour défaut manifeste de fondement (DE)</translation>
    </message>
    <message>
        <source>Action against a residence decision (DE)</source>
        <translation>Recours contre une décision en matière de séjour (DE)</translation>
    </message>
    <message>
        <source>Art. 108 para. 1 AsylA</source>
        <translation>art. 108, al. 1, LAsi</translation>
    </message>
    <message>
        <source>Art. 108 para. 2 AsylA</source>
        <translation>art. 108, al. 2, LAsi</translation>
    </message>
    <message>
        <source>Art. 108 para. 3 AsylA</source>
        <translation>art. 108, al. 3, LAsi</translation>
    </message>
    <message>
        <source>Art. 45 para. 2 AsylA</source>
        <translation>art. 45, al. 2, LAsi</translation>
    </message>
    <message>
        <source>Art. 29 para. 1 Dublin III Regulation</source>
        <translation>art. 29, par. 1, règlement Dublin III</translation>
    </message>
    <message>
        <source>Art. 29 para. 2 Dublin III Regulation</source>
        <translation>art. 29, par. 2, règlement Dublin III</translation>
    </message>
    <message>
        <source>Section 74 (1) AsylG (DE)</source>
        <translation>§ 74, al. 1, AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1), 2nd half-sentence AsylG (DE)</source>
        <translation>§ 74, al. 1, 2e membre de phrase, AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 34a (2) AsylG (DE)</source>
        <translation>§ 34a, al. 2, AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 38 (1) AsylG (DE)</source>
        <translation>§ 38, al. 1, AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 36 (1) AsylG (DE)</source>
        <translation>§ 36, al. 1, AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1) VwGO (DE)</source>
        <translation>§ 74, al. 1, VwGO (DE)</translation>
    </message>
    <message>
        <source>from the notification</source>
        <translation>à compter de la notification</translation>
    </message>
    <message>
        <source>from the acceptance of the transfer</source>
        <translation>à compter de l&apos;acceptation du transfert</translation>
    </message>
    <message>
        <source>from the expiry of the permit</source>
        <translation>à compter de l&apos;échéance de l&apos;autorisation</translation>
    </message>
    <message>
        <source>before the notification</source>
        <translation>avant la notification</translation>
    </message>
    <message>
        <source>before the acceptance of the transfer</source>
        <translation>avant l&apos;acceptation du transfert</translation>
    </message>
    <message>
        <source>before the expiry of the permit</source>
        <translation>avant l&apos;échéance de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Date of notification</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <source>Date the transfer was accepted</source>
        <translation>Date d&apos;acceptation du transfert</translation>
    </message>
    <message>
        <source>Date the permit expires</source>
        <translation>Date d&apos;échéance de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de départ</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 on %2</source>
        <translation>
            <numerusform>%n jour ouvrable %1 du %2</numerusform>
            <numerusform>%n jours ouvrables %1 du %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) %1 on %2</source>
        <translation>
            <numerusform>%n semaine %1 du %2</numerusform>
            <numerusform>%n semaines %1 du %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) %1 on %2</source>
        <translation>
            <numerusform>%n mois %1 du %2</numerusform>
            <numerusform>%n mois %1 du %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 on %2</source>
        <translation>
            <numerusform>%n jour %1 du %2</numerusform>
            <numerusform>%n jours %1 du %2</numerusform>
        </translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a public holiday %3</source>
        <translation>reporté au %1, car le %2 est un jour férié %3</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a public holiday %3</source>
        <translation>avancé au %1, car le %2 est un jour férié %3</translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a %3</source>
        <translation>reporté au %1, car le %2 est un %3</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a %3</source>
        <translation>avancé au %1, car le %2 est un %3</translation>
    </message>
    <message>
        <source>ends on %1, a public holiday %2, and is not shifted by law</source>
        <translation>prend fin le %1, jour férié %2, et n&apos;est pas reporté selon la loi</translation>
    </message>
    <message>
        <source>ends on %1, a %2, and is not shifted by law</source>
        <translation>prend fin le %1, un %2, et n&apos;est pas reporté selon la loi</translation>
    </message>
    <message>
        <source>%1 not counted: a public holiday %2</source>
        <translation>%1 non compté : jour férié %2</translation>
    </message>
    <message>
        <source>that month has no day %1, so %2 counts</source>
        <translation>ce mois n&apos;a pas de %1e jour, le %2 fait donc foi</translation>
    </message>
    <message>
        <source>Return: check travel document and booking</source>
        <translation>Retour : vérifier le document de voyage et la réservation</translation>
    </message>
    <message>
        <source>Return: confirm the departure took place</source>
        <translation>Retour : confirmer que le départ a eu lieu</translation>
    </message>
    <message>
        <source>Return: first reintegration follow-up</source>
        <translation>Retour : premier suivi de la réintégration</translation>
    </message>
    <message>
        <source>Return: closing reintegration follow-up</source>
        <translation>Retour : suivi final de la réintégration</translation>
    </message>
    <message>
        <source>from the planned travel date</source>
        <translation>à compter de la date de voyage prévue</translation>
    </message>
    <message>
        <source>from the departure</source>
        <translation>à compter du départ</translation>
    </message>
    <message>
        <source>before the planned travel date</source>
        <translation>avant la date de voyage prévue</translation>
    </message>
    <message>
        <source>before the departure</source>
        <translation>avant le départ</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Date de voyage prévue</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date du départ</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Loading the rules …</source>
        <translation>Chargement des règles …</translation>
    </message>
    <message>
        <source>This case has no canton or Land, so holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>Ce dossier n&apos;a ni canton ni Land, les jours fériés sont donc inconnus. Saisissez-le dans l&apos;aperçu du dossier (par exemple VD ou BY), puis réessayez.</translation>
    </message>
    <message>
        <source>Counted with the public holidays %1.</source>
        <translation>Calculé avec les jours fériés %1.</translation>
    </message>
    <message>
        <source>New legal deadline</source>
        <translation>Nouveau délai légal</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>This code is a Swiss canton and a German Land. Choose which one is meant.</source>
        <translation>Ce code désigne un canton suisse et un Land allemand. Choisissez lequel est visé.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>⚠ Not a valid date — write it like 27.11.2026.</source>
        <translation>⚠ Date non valable – écrivez-la comme 27.11.2026.</translation>
    </message>
    <message>
        <source>&amp;Create deadline</source>
        <translation>&amp;Créer le délai</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Waiting for the file</source>
        <translation>Fichier en attente</translation>
    </message>
    <message>
        <source>This file was added on another laptop and is not on this one yet, so it cannot be opened. It arrives with the next sync.</source>
        <translation>Ce fichier a été ajouté sur un autre ordinateur portable et n'est pas encore sur celui-ci ; il ne peut donc pas être ouvert. Il arrive avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Encrypting and importing the document …</source>
        <translation>Chiffrement et importation du document …</translation>
    </message>
    <message>
        <source>&amp;Import scan or photo …</source>
        <translation>&amp;Importer un scan ou une photo …</translation>
    </message>
    <message>
        <source>The file is copied into Dossier encrypted; the original is not changed</source>
        <translation>Le fichier est copié chiffré dans Dossier ; l&apos;original n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documents de ce dossier</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Aucun document pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import a scan or photo of an identity document, a decision or a letter.</source>
        <translation>Importez un scan ou une photo d&apos;une pièce d&apos;identité, d&apos;une décision ou d&apos;une lettre.</translation>
    </message>
    <message>
        <source>Waiting for the file — it arrives with the next sync. A file marked like this was added on another laptop and cannot be opened until then.</source>
        <translation>Fichier en attente — il arrive avec la prochaine synchronisation. Un fichier ainsi marqué a été ajouté sur un autre ordinateur portable et ne peut être ouvert qu&apos;à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Creating your encrypted profile …</source>
        <translation>Création de votre profil chiffré …</translation>
    </message>
    <message>
        <source>Contacting the sync service …</source>
        <translation>Connexion au service de synchronisation …</translation>
    </message>
    <message>
        <source>The one-time code is wrong, already used or expired. Check it, or ask IT support for a new code.</source>
        <translation>Le code à usage unique est erroné, déjà utilisé ou expiré. Vérifiez-le ou demandez un nouveau code au support informatique.</translation>
    </message>
    <message>
        <source>The login or password is not correct. Check them and Caps Lock, then try again.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect. Vérifiez-les ainsi que la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %n minute, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %n minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Contact IT support.</source>
        <translation>Ce compte est désactivé. Contactez le support informatique.</translation>
    </message>
    <message>
        <source>The sync service has no organisation recovery key yet, so no profile was created (nobody could recover it). Ask IT support to set it up.</source>
        <translation>Le service de synchronisation n'a pas encore de clé de récupération de l'organisation ; aucun profil n'a donc été créé (personne ne pourrait le récupérer). Demandez au support informatique de la configurer.</translation>
    </message>
    <message>
        <source>Fetching your cases …</source>
        <translation>Récupération de vos dossiers …</translation>
    </message>
    <message numerus="yes">
        <source>Fetching your cases … %n received</source>
        <translation>
            <numerusform>Récupération de vos dossiers … %n reçu</numerusform>
            <numerusform>Récupération de vos dossiers … %n reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Configurer cet ordinateur portable</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Sittings</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Canton / Land</source>
        <translation>Canton / Land</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Vulnerable person</source>
        <translation>Personne vulnérable</translation>
    </message>
    <message>
        <source>Vulnerability note</source>
        <translation>Remarque sur la vulnérabilité</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Nom dans l&apos;écriture d&apos;origine</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>ZEMIS number</source>
        <translation>Numéro ZEMIS</translation>
    </message>
    <message>
        <source>N number</source>
        <translation>Numéro N</translation>
    </message>
    <message>
        <source>AZR number</source>
        <translation>Numéro AZR</translation>
    </message>
    <message>
        <source>Permit / title</source>
        <translation>Autorisation / titre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>Remarque sur la santé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <source>Remind on</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Date de voyage prévue</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Budget de réintégration</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Plan de réintégration</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>jj.mm.aaaa, mm.aaaa ou aaaa</translation>
    </message>
    <message>
        <source>Separate several entries with ;</source>
        <translation>Séparez plusieurs entrées par ;</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
</context>
<context>
    <name>FiltersPane</name>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance dans 7 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Non synchronisés</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Case &amp;type</source>
        <translation>&amp;Type de dossier</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by case type</source>
        <translation>Filtrer par type de dossier</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created the case</source>
        <translation>a créé le dossier</translation>
    </message>
    <message>
        <source>changed the case</source>
        <translation>a modifié le dossier</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>a ouvert le dossier</translation>
    </message>
    <message>
        <source>archived the case</source>
        <translation>a archivé le dossier</translation>
    </message>
    <message>
        <source>restored the case</source>
        <translation>a restauré le dossier</translation>
    </message>
    <message>
        <source>added a person</source>
        <translation>a ajouté une personne</translation>
    </message>
    <message>
        <source>changed a person&apos;s details</source>
        <translation>a modifié les données d&apos;une personne</translation>
    </message>
    <message>
        <source>opened a person&apos;s details</source>
        <translation>a ouvert les données d&apos;une personne</translation>
    </message>
    <message>
        <source>linked a person to the case</source>
        <translation>a lié une personne au dossier</translation>
    </message>
    <message>
        <source>changed a person&apos;s role</source>
        <translation>a modifié le rôle d&apos;une personne</translation>
    </message>
    <message>
        <source>removed a person from the case</source>
        <translation>a retiré une personne du dossier</translation>
    </message>
    <message>
        <source>added a task or deadline</source>
        <translation>a ajouté une tâche ou un délai</translation>
    </message>
    <message>
        <source>changed a task or deadline</source>
        <translation>a modifié une tâche ou un délai</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>a ajouté une note</translation>
    </message>
    <message>
        <source>started an interview</source>
        <translation>a commencé un entretien</translation>
    </message>
    <message>
        <source>saved interview answers</source>
        <translation>a enregistré des réponses d&apos;entretien</translation>
    </message>
    <message>
        <source>opened an interview</source>
        <translation>a ouvert un entretien</translation>
    </message>
    <message>
        <source>exported an interview protocol</source>
        <translation>a exporté un procès-verbal d&apos;entretien</translation>
    </message>
    <message>
        <source>printed an interview protocol</source>
        <translation>a imprimé un procès-verbal d&apos;entretien</translation>
    </message>
    <message>
        <source>imported a document</source>
        <translation>a importé un document</translation>
    </message>
    <message>
        <source>viewed a document</source>
        <translation>a consulté un document</translation>
    </message>
    <message>
        <source>added an identity document</source>
        <translation>a ajouté une pièce d&apos;identité</translation>
    </message>
    <message>
        <source>changed an identity document</source>
        <translation>a modifié une pièce d&apos;identité</translation>
    </message>
    <message>
        <source>recorded return assistance</source>
        <translation>a saisi une aide au retour</translation>
    </message>
    <message>
        <source>changed return assistance</source>
        <translation>a modifié une aide au retour</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>a résolu un conflit de synchronisation</translation>
    </message>
    <message>
        <source>viewed special-category details</source>
        <translation>a consulté des données sensibles</translation>
    </message>
    <message>
        <source>finalised an interview</source>
        <translation>a finalisé un entretien</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>consulté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>resolved a conflict</source>
        <translation>a résolu un conflit</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>person in the case</source>
        <translation>personne du dossier</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>pièce d&apos;identité</translation>
    </message>
    <message>
        <source>return assistance</source>
        <translation>aide au retour</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>ordinateur %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Loading the history …</source>
        <translation>Chargement de l&apos;historique …</translation>
    </message>
    <message>
        <source>No changes of this case wait for sync.</source>
        <translation>Aucune modification de ce dossier n&apos;attend la synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this case wait for the next sync: %1</source>
        <translation>
            <numerusform>%n modification de ce dossier attend la prochaine synchronisation : %1</numerusform>
            <numerusform>%n modifications de ce dossier attendent la prochaine synchronisation : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n conflit ouvert attend votre décision.</numerusform>
            <numerusform>%n conflits ouverts attendent votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>Historique de ce dossier</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Import a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs (%1)</source>
        <translation>Scans, photos et PDF (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Interrupted — continue the interview to record more answers</source>
        <translation>Interrompu – reprendre l&apos;entretien pour saisir d&apos;autres réponses</translation>
    </message>
    <message>
        <source>Finalised — this protocol can no longer be changed</source>
        <translation>Finalisé – ce procès-verbal ne peut plus être modifié</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Enregistrement …</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved — see the message above</source>
        <translation>Non enregistré – voir le message ci-dessus</translation>
    </message>
    <message>
        <source>Finalise the protocol?</source>
        <translation>Finaliser le procès-verbal ?</translation>
    </message>
    <message>
        <source>After finalising, this protocol can no longer be changed; corrections are made in an addendum. Read the answers back to the person first.</source>
        <translation>Une fois finalisé, ce procès-verbal ne peut plus être modifié ; les corrections se font dans un addenda. Relisez d&apos;abord les réponses à la personne.</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finaliser</translation>
    </message>
    <message>
        <source>&amp;Read back</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Show the answers as the protocol reads</source>
        <translation>Afficher les réponses telles que le procès-verbal les présente</translation>
    </message>
    <message>
        <source>&amp;Finalise …</source>
        <translation>&amp;Finaliser …</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>Ajouter un &amp;addenda</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation>Addenda : %1</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New &amp;interview …</source>
        <translation>Nouvel &amp;entretien …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Interviews of this case</source>
        <translation>Entretiens de ce dossier</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Aucun entretien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Start an interview from a form; answers are saved as you type.</source>
        <translation>Commencez un entretien à partir d&apos;un formulaire ; les réponses sont enregistrées pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez la disposition du clavier et la touche majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least four unrelated words.</source>
        <translation>Cette phrase secrète est trop facile à deviner. Utilisez au moins quatre mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>The key file of this profile has been changed outside Dossier. Do not use this laptop for case work and contact IT support.</source>
        <translation>Le fichier de clé de ce profil a été modifié en dehors de Dossier. N&apos;utilisez plus cet ordinateur pour les dossiers et contactez le support informatique.</translation>
    </message>
    <message>
        <source>This profile was created by a newer Dossier version. Ask IT support to update Dossier on this laptop.</source>
        <translation>Ce profil a été créé par une version plus récente de Dossier. Demandez au support informatique de mettre à jour Dossier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The key file of this profile uses settings that are no longer safe. Contact IT support to have the profile re-created.</source>
        <translation>Le fichier de clé de ce profil utilise des paramètres qui ne sont plus sûrs. Contactez le support informatique pour recréer le profil.</translation>
    </message>
    <message>
        <source>The recovery key does not belong to this profile. Check with IT support which key was used.</source>
        <translation>La clé de récupération n&apos;appartient pas à ce profil. Vérifiez avec le support informatique quelle clé a été utilisée.</translation>
    </message>
    <message>
        <source>The recovery key cannot be read. Check with IT support which key to use.</source>
        <translation>La clé de récupération est illisible. Vérifiez avec le support informatique quelle clé utiliser.</translation>
    </message>
    <message>
        <source>The case store of this profile is damaged and cannot be opened. Do not delete anything; contact IT support, who can restore it.</source>
        <translation>La base de dossiers de ce profil est endommagée et ne peut pas être ouverte. Ne supprimez rien ; le support informatique peut la restaurer.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer Dossier version. Ask IT support to update Dossier on this laptop, then unlock again.</source>
        <translation>Ce profil a été enregistré par une version plus récente de Dossier. Demandez au support informatique de mettre à jour Dossier sur cet ordinateur, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it again to continue.</source>
        <translation>Le profil est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>Dossier is installed without its encryption component and will not open case data. Contact IT support to reinstall it.</source>
        <translation>Dossier est installé sans son composant de chiffrement et n&apos;ouvrira aucune donnée. Contactez le support informatique pour le réinstaller.</translation>
    </message>
    <message>
        <source>Dossier&apos;s encryption component is outdated. Contact IT support to update it.</source>
        <translation>Le composant de chiffrement de Dossier est obsolète. Contactez le support informatique pour le mettre à jour.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space, then try again; your entry is still in the form.</source>
        <translation>Le disque est plein, rien n&apos;a pu être enregistré. Libérez de l&apos;espace, puis réessayez ; votre saisie est toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Try again; if it happens again, contact IT support.</source>
        <translation>Le disque n&apos;a pas pu être lu ou écrit. Réessayez ; si le problème se reproduit, contactez le support informatique.</translation>
    </message>
    <message>
        <source>There already is a profile for this login on this laptop. Unlock that one.</source>
        <translation>Un profil existe déjà pour cet identifiant sur cet ordinateur. Déverrouillez celui-ci.</translation>
    </message>
    <message>
        <source>This profile no longer exists on this laptop. Choose another profile.</source>
        <translation>Ce profil n&apos;existe plus sur cet ordinateur. Choisissez un autre profil.</translation>
    </message>
    <message>
        <source>The login may only contain letters, digits and . _ @ -.</source>
        <translation>L&apos;identifiant ne peut contenir que des lettres, des chiffres et . _ @ -.</translation>
    </message>
    <message>
        <source>This entry no longer exists on this laptop. Reload the case list.</source>
        <translation>Cette entrée n&apos;existe plus sur cet ordinateur. Rechargez la liste des dossiers.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the fields marked in red, then save again.</source>
        <translation>Certains champs ne sont pas valables. Corrigez les champs signalés en rouge, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>This entry was changed in the meantime. Close the form and open it again to see the current values; your changes were not saved.</source>
        <translation>Cette entrée a été modifiée entre-temps. Fermez le formulaire et rouvrez-le pour voir les valeurs actuelles ; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>This entry can no longer be changed. Add a correction instead.</source>
        <translation>Cette entrée ne peut plus être modifiée. Ajoutez plutôt une correction.</translation>
    </message>
    <message>
        <source>This attachment has been damaged or changed and will not be shown. Contact IT support.</source>
        <translation>Cette annexe a été endommagée ou modifiée et ne sera pas affichée. Contactez le support informatique.</translation>
    </message>
    <message>
        <source>The file of this attachment is missing on this laptop. Sync to fetch it again.</source>
        <translation>Le fichier de cette annexe manque sur cet ordinateur. Synchronisez pour le récupérer.</translation>
    </message>
    <message>
        <source>The access log of this profile has been tampered with. Stop working with this laptop and contact IT support.</source>
        <translation>Le journal des accès de ce profil a été manipulé. Cessez de travailler sur cet ordinateur et contactez le support informatique.</translation>
    </message>
    <message>
        <source>This case has no known canton or Land, so its holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>Ce dossier n&apos;a ni canton ni Land connu, ses jours fériés sont donc inconnus. Saisissez-le dans l&apos;aperçu du dossier (par exemple VD ou BY), puis réessayez.</translation>
    </message>
    <message>
        <source>The case&apos;s region code is a Swiss canton and a German Land. Choose the country, or write it as CH-BE or DE-BE in the case overview.</source>
        <translation>Le code de région du dossier désigne un canton suisse et un Land allemand. Choisissez le pays ou écrivez-le CH-BE ou DE-BE dans l&apos;aperçu du dossier.</translation>
    </message>
    <message>
        <source>This rule does not apply in the case&apos;s canton or Land. Choose another rule.</source>
        <translation>Cette règle ne s&apos;applique pas dans le canton ou le Land du dossier. Choisissez une autre règle.</translation>
    </message>
    <message>
        <source>Dossier does not know the holidays of that year, so it cannot compute this deadline. Check the date.</source>
        <translation>Dossier ne connaît pas les jours fériés de cette année et ne peut donc pas calculer ce délai. Vérifiez la date.</translation>
    </message>
    <message>
        <source>This laptop has not reached the sync service for too long, so the profile stays locked for your protection. Connect to the office network and sign in online, or contact IT support. Nothing has been deleted.</source>
        <translation>Cet ordinateur n&apos;a pas joint le service de synchronisation depuis trop longtemps ; le profil reste donc verrouillé pour votre protection. Connectez-vous au réseau du bureau et identifiez-vous en ligne, ou contactez le support informatique. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The sync service cannot be reached. Check the network connection, then sync again; your changes stay saved on this laptop.</source>
        <translation>Le service de synchronisation est injoignable. Vérifiez la connexion réseau, puis synchronisez à nouveau ; vos modifications restent enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection to the sync service is not trusted, so nothing was sent. Contact IT support; your changes stay saved on this laptop.</source>
        <translation>La connexion au service de synchronisation n&apos;est pas digne de confiance ; rien n&apos;a été envoyé. Contactez le support informatique ; vos modifications restent enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The sync service needs a newer Dossier version to send you changes. Your own changes were still sent and nothing is lost. Ask IT support to update Dossier on this laptop.</source>
        <translation>Le service de synchronisation a besoin d’une version plus récente de Dossier pour vous envoyer des modifications. Vos propres modifications ont bien été envoyées et rien n’est perdu. Demandez au support informatique de mettre Dossier à jour sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You are assigned more cases than one laptop can hold, so the sync service sends none. Your own changes were still sent and nothing is lost. Ask IT support or your team lead to reduce the cases assigned to you.</source>
        <translation>Vous avez plus de dossiers attribués qu’un ordinateur ne peut en contenir, le service de synchronisation n’en envoie donc aucun. Vos propres modifications ont bien été envoyées et rien n’est perdu. Demandez au support informatique ou à votre responsable d’équipe de réduire les dossiers qui vous sont attribués.</translation>
    </message>
    <message>
        <source>Sync is not set up on this laptop yet. Ask IT support for an enrolment code.</source>
        <translation>La synchronisation n&apos;est pas encore configurée sur cet ordinateur. Demandez un code d&apos;enregistrement au support informatique.</translation>
    </message>
    <message>
        <source>The sync did not finish. Try again later; your changes stay saved on this laptop. If it keeps failing, contact IT support and give them the details.</source>
        <translation>La synchronisation n&apos;a pas abouti. Réessayez plus tard ; vos modifications restent enregistrées sur cet ordinateur. Si l&apos;échec persiste, contactez le support informatique en indiquant les détails.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, contact IT support and give them the details below.</source>
        <translation>Une erreur s&apos;est produite. Réessayez ; si elle se reproduit, contactez le support informatique en indiquant les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Required — please fill in.</source>
        <translation>Obligatoire – veuillez remplir.</translation>
    </message>
    <message>
        <source>Too long — shorten the text.</source>
        <translation>Trop long – raccourcissez le texte.</translation>
    </message>
    <message>
        <source>Too many entries — remove some.</source>
        <translation>Trop d&apos;entrées – supprimez-en quelques-unes.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choisissez l&apos;une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Not in the expected format.</source>
        <translation>Pas au format attendu.</translation>
    </message>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Date non valable – écrivez-la comme 27.11.2026.</translation>
    </message>
    <message>
        <source>Not a valid value for this field.</source>
        <translation>Valeur non valable pour ce champ.</translation>
    </message>
    <message>
        <source>This field is not known to this version.</source>
        <translation>Ce champ n&apos;est pas connu de cette version.</translation>
    </message>
    <message>
        <source>A case cannot move directly to this status. Choose one of the next steps.</source>
        <translation>Un dossier ne peut pas passer directement à ce statut. Choisissez l&apos;une des étapes suivantes.</translation>
    </message>
    <message>
        <source>The linked entry no longer exists.</source>
        <translation>L&apos;entrée liée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The case is archived; restore it first.</source>
        <translation>Le dossier est archivé ; restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Outside the allowed range.</source>
        <translation>Hors de la plage autorisée.</translation>
    </message>
    <message>
        <source>Each choice may be ticked only once.</source>
        <translation>Chaque choix ne peut être coché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>This question is not part of the form (any more).</source>
        <translation>Cette question ne fait pas (plus) partie du formulaire.</translation>
    </message>
    <message>
        <source>Only a finalised interview is corrected by an addendum; edit the draft.</source>
        <translation>Seul un entretien finalisé se corrige par un addenda ; modifiez le brouillon.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>The case cannot be closed before the date it was opened.</source>
        <translation>Le dossier ne peut pas être clos avant la date de son ouverture.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date; empty this field or close the case.</source>
        <translation>Seul un dossier clos a une date de clôture ; videz ce champ ou clôturez le dossier.</translation>
    </message>
    <message>
        <source>The interview is interrupted, so nothing was saved. Continue the interview first (“Continue interview …”), then record answers; your entry is still in the form.</source>
        <translation>L&apos;entretien est interrompu, rien n&apos;a donc été enregistré. Reprenez d&apos;abord l&apos;entretien (« Reprendre l&apos;entretien … »), puis saisissez les réponses ; votre saisie est toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Capital letters, digits and . / - such as ZH-2026-000123.</source>
        <translation>Majuscules, chiffres et . / -, p. ex. ZH-2026-000123.</translation>
    </message>
    <message>
        <source>8 digits, such as 1234.5678.</source>
        <translation>8 chiffres, p. ex. 1234.5678.</translation>
    </message>
    <message>
        <source>N and 6 digits, such as N 123 456.</source>
        <translation>N et 6 chiffres, p. ex. N 123 456.</translation>
    </message>
    <message>
        <source>12 digits.</source>
        <translation>12 chiffres.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) / -, such as +41 79 123 45 67.</source>
        <translation>Chiffres, espaces et + ( ) / -, p. ex. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>An address such as name@example.ch.</source>
        <translation>Une adresse comme nom@exemple.ch.</translation>
    </message>
    <message>
        <source>Not a valid date — write 27.11.1990, 11.1990 or only the year 1990.</source>
        <translation>Date non valable – écrivez 27.11.1990, 11.1990 ou seulement l&apos;année 1990.</translation>
    </message>
    <message numerus="yes">
        <source>Too long — at most %n characters.</source>
        <translation>
            <numerusform>Trop long – %n caractère au plus.</numerusform>
            <numerusform>Trop long – %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log is older than the one this laptop saw last, as if the service had been restored from a backup. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Contactez le support informatique : le journal d&apos;audit du service de synchronisation est plus ancien que celui que cet ordinateur portable a vu en dernier, comme si le service avait été restauré depuis une sauvegarde. La synchronisation est arrêtée jusqu&apos;à ce que l&apos;informatique ait vérifié le service ; continuez à travailler, vos modifications restent enregistrées sur cet ordinateur portable.</translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log does not match the one this laptop checked before, so it may have been altered. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Contactez le support informatique : le journal d&apos;audit du service de synchronisation ne correspond pas à celui que cet ordinateur portable a vérifié auparavant ; il a peut-être été modifié. La synchronisation est arrêtée jusqu&apos;à ce que l&apos;informatique ait vérifié le service ; continuez à travailler, vos modifications restent enregistrées sur cet ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No notes yet. Notes cannot be changed once added.</source>
        <translation>Aucune note pour l&apos;instant. Une fois ajoutées, les notes ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write a note … (Ctrl+Enter adds it)</source>
        <translation>Écrire une note … (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Notes of this case</source>
        <translation>Notes de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit case …</source>
        <translation>&amp;Modifier le dossier …</translation>
    </message>
    <message>
        <source>Edit the case overview (Ctrl+E)</source>
        <translation>Modifier l&apos;aperçu du dossier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Aperçu du dossier</translation>
    </message>
</context>
<context>
    <name>ParticipantsBar</name>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Nom ou numéro d&apos;interprète</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indiqué —</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Robustesse de la phrase secrète : %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Too short: use at least four unrelated words.</source>
        <translation>Trop courte : utilisez au moins quatre mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Too common: it appears in lists of leaked passwords.</source>
        <translation>Trop courante : elle figure dans des listes de mots de passe divulgués.</translation>
    </message>
    <message>
        <source>Contains your login or name.</source>
        <translation>Contient votre identifiant ou votre nom.</translation>
    </message>
    <message>
        <source>Repeats the same characters or words.</source>
        <translation>Répète les mêmes caractères ou mots.</translation>
    </message>
    <message>
        <source>Contains a sequence such as 1234 or abcd.</source>
        <translation>Contient une suite comme 1234 ou abcd.</translation>
    </message>
    <message>
        <source>Contains a keyboard pattern such as qwertz.</source>
        <translation>Contient un motif de clavier comme azerty.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Step 3 of 5 — the key to the cases on this laptop.</source>
        <translation>Étape 3 sur 5 — la clé des dossiers sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a passphrase of several unrelated words. You type it every time you unlock Dossier; it never leaves this laptop.</source>
        <translation>Choisissez une phrase secrète de plusieurs mots sans rapport entre eux. Vous la saisissez à chaque déverrouillage de Dossier ; elle ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <source>Edit &amp;person …</source>
        <translation>Modifier la &amp;personne …</translation>
    </message>
    <message>
        <source>&amp;Add person to case …</source>
        <translation>&amp;Ajouter une personne au dossier …</translation>
    </message>
    <message>
        <source>New person in this case (Ctrl+N)</source>
        <translation>Nouvelle personne dans ce dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Persons in this case</source>
        <translation>Personnes de ce dossier</translation>
    </message>
    <message>
        <source>Details of the selected person</source>
        <translation>Détails de la personne sélectionnée</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Interprète : %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Addendum correcting an earlier protocol</source>
        <translation>Addenda corrigeant un procès-verbal antérieur</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Réponses d&apos;une version antérieure du formulaire</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Saving …</source>
        <translation>Enregistrement …</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>You changed this form but have not saved it. Discard your changes?</source>
        <translation>Vous avez modifié ce formulaire sans l&apos;enregistrer. Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery by your organisation</source>
        <translation>Récupération par votre organisation</translation>
    </message>
    <message>
        <source>Step 4 of 5 — please read before you continue.</source>
        <translation>Étape 4 sur 5 — veuillez lire avant de continuer.</translation>
    </message>
    <message>
        <source>Your organisation can recover the cases on this laptop. The key that encrypts them is also stored locked with a recovery key held by IT. If you forget your passphrase, IT can open your profile and give you a new passphrase; every recovery is recorded in the access log.

So IT never needs to know your passphrase: do not tell it to anyone.</source>
        <translation>Votre organisation peut récupérer les dossiers de cet ordinateur. La clé qui les chiffre est aussi protégée par une clé de récupération détenue par l&apos;informatique. Si vous oubliez votre phrase secrète, l&apos;informatique peut ouvrir votre profil et vous en donner une nouvelle ; chaque récupération est consignée dans le journal des accès.

L&apos;informatique n&apos;a donc jamais besoin de votre phrase secrète : ne la communiquez à personne.</translation>
    </message>
    <message>
        <source>I &amp;understand that my organisation can recover my cases</source>
        <translation>Je &amp;comprends que mon organisation peut récupérer mes dossiers</translation>
    </message>
    <message>
        <source>I understand that my organisation can recover my cases</source>
        <translation>Je comprends que mon organisation peut récupérer mes dossiers</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>in Switzerland</source>
        <translation>en Suisse</translation>
    </message>
    <message>
        <source>in Germany</source>
        <translation>en Allemagne</translation>
    </message>
    <message>
        <source>in the canton of Aargau</source>
        <translation>dans le canton d&apos;Argovie</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Innerrhoden</source>
        <translation>dans le canton d&apos;Appenzell Rhodes-Intérieures</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Ausserrhoden</source>
        <translation>dans le canton d&apos;Appenzell Rhodes-Extérieures</translation>
    </message>
    <message>
        <source>in the canton of Bern</source>
        <translation>dans le canton de Berne</translation>
    </message>
    <message>
        <source>in the canton of Basel-Landschaft</source>
        <translation>dans le canton de Bâle-Campagne</translation>
    </message>
    <message>
        <source>in the canton of Basel-Stadt</source>
        <translation>dans le canton de Bâle-Ville</translation>
    </message>
    <message>
        <source>in the canton of Fribourg</source>
        <translation>dans le canton de Fribourg</translation>
    </message>
    <message>
        <source>in the canton of Geneva</source>
        <translation>dans le canton de Genève</translation>
    </message>
    <message>
        <source>in the canton of Glarus</source>
        <translation>dans le canton de Glaris</translation>
    </message>
    <message>
        <source>in the canton of Graubünden</source>
        <translation>dans le canton des Grisons</translation>
    </message>
    <message>
        <source>in the canton of Jura</source>
        <translation>dans le canton du Jura</translation>
    </message>
    <message>
        <source>in the canton of Lucerne</source>
        <translation>dans le canton de Lucerne</translation>
    </message>
    <message>
        <source>in the canton of Neuchâtel</source>
        <translation>dans le canton de Neuchâtel</translation>
    </message>
    <message>
        <source>in the canton of Nidwalden</source>
        <translation>dans le canton de Nidwald</translation>
    </message>
    <message>
        <source>in the canton of Obwalden</source>
        <translation>dans le canton d&apos;Obwald</translation>
    </message>
    <message>
        <source>in the canton of St. Gallen</source>
        <translation>dans le canton de Saint-Gall</translation>
    </message>
    <message>
        <source>in the canton of Schaffhausen</source>
        <translation>dans le canton de Schaffhouse</translation>
    </message>
    <message>
        <source>in the canton of Solothurn</source>
        <translation>dans le canton de Soleure</translation>
    </message>
    <message>
        <source>in the canton of Schwyz</source>
        <translation>dans le canton de Schwytz</translation>
    </message>
    <message>
        <source>in the canton of Thurgau</source>
        <translation>dans le canton de Thurgovie</translation>
    </message>
    <message>
        <source>in the canton of Ticino</source>
        <translation>dans le canton du Tessin</translation>
    </message>
    <message>
        <source>in the canton of Uri</source>
        <translation>dans le canton d&apos;Uri</translation>
    </message>
    <message>
        <source>in the canton of Vaud</source>
        <translation>dans le canton de Vaud</translation>
    </message>
    <message>
        <source>in the canton of Valais</source>
        <translation>dans le canton du Valais</translation>
    </message>
    <message>
        <source>in the canton of Zug</source>
        <translation>dans le canton de Zoug</translation>
    </message>
    <message>
        <source>in the canton of Zurich</source>
        <translation>dans le canton de Zurich</translation>
    </message>
    <message>
        <source>in Brandenburg</source>
        <translation>dans le Brandebourg</translation>
    </message>
    <message>
        <source>in Berlin</source>
        <translation>à Berlin</translation>
    </message>
    <message>
        <source>in Baden-Württemberg</source>
        <translation>dans le Bade-Wurtemberg</translation>
    </message>
    <message>
        <source>in Bavaria</source>
        <translation>en Bavière</translation>
    </message>
    <message>
        <source>in Bremen</source>
        <translation>à Brême</translation>
    </message>
    <message>
        <source>in Hesse</source>
        <translation>en Hesse</translation>
    </message>
    <message>
        <source>in Hamburg</source>
        <translation>à Hambourg</translation>
    </message>
    <message>
        <source>in Mecklenburg-Western Pomerania</source>
        <translation>dans le Mecklembourg-Poméranie-Occidentale</translation>
    </message>
    <message>
        <source>in Lower Saxony</source>
        <translation>en Basse-Saxe</translation>
    </message>
    <message>
        <source>in North Rhine-Westphalia</source>
        <translation>en Rhénanie-du-Nord-Westphalie</translation>
    </message>
    <message>
        <source>in Rhineland-Palatinate</source>
        <translation>en Rhénanie-Palatinat</translation>
    </message>
    <message>
        <source>in Schleswig-Holstein</source>
        <translation>au Schleswig-Holstein</translation>
    </message>
    <message>
        <source>in Saarland</source>
        <translation>en Sarre</translation>
    </message>
    <message>
        <source>in Saxony</source>
        <translation>en Saxe</translation>
    </message>
    <message>
        <source>in Saxony-Anhalt</source>
        <translation>en Saxe-Anhalt</translation>
    </message>
    <message>
        <source>in Thuringia</source>
        <translation>en Thuringe</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>Case %1 · %2: which value is right?</source>
        <translation>Dossier %1 · %2 : quelle valeur est la bonne ?</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Avant (base)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation>La valeur de départ des deux côtés</translation>
    </message>
    <message>
        <source>Your change, which the service did not apply</source>
        <translation>Votre modification, que le service n&apos;a pas appliquée</translation>
    </message>
    <message>
        <source>The value on the service; the conflict arose on %1</source>
        <translation>La valeur sur le service ; le conflit est survenu le %1</translation>
    </message>
    <message>
        <source>▲ changed from the base</source>
        <translation>▲ modifiée par rapport à la base</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Modifier :</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Valeur modifiée</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>&amp;Keep the later change</source>
        <translation>&amp;Garder la modification ultérieure</translation>
    </message>
    <message>
        <source>&amp;Take the service&apos;s value</source>
        <translation>&amp;Prendre la valeur du service</translation>
    </message>
    <message>
        <source>A later change made elsewhere, which the service did not apply; the conflict arose on %1</source>
        <translation>Une modification ultérieure faite ailleurs, que le service n’a pas appliquée ; le conflit est apparu le %1</translation>
    </message>
    <message>
        <source>Later change</source>
        <translation>Modification ultérieure</translation>
    </message>
    <message>
        <source>Made elsewhere; the service did not apply it</source>
        <translation>Faite ailleurs ; le service ne l’a pas appliquée</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>Sur le service</translation>
    </message>
    <message>
        <source>Your change, which the service kept</source>
        <translation>Votre modification, que le service a conservée</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Setting up this profile was interrupted before the sync service confirmed it. Enter a new one-time code from IT support and your password to finish.</source>
        <translation>La configuration de ce profil a été interrompue avant que le service de synchronisation ne la confirme. Saisissez un nouveau code à usage unique fourni par le support informatique et votre mot de passe pour la terminer.</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>&amp;Terminer la configuration</translation>
    </message>
    <message>
        <source>Setting up this laptop</source>
        <translation>Configuration de cet ordinateur</translation>
    </message>
    <message>
        <source>Step 5 of 5 — this takes a moment; the window stays usable.</source>
        <translation>Étape 5 sur 5 — cela prend un moment ; la fenêtre reste utilisable.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Adresse du service :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>SensitiveSection</name>
    <message>
        <source>Sensitive details (access is logged)</source>
        <translation>Données sensibles (accès journalisé)</translation>
    </message>
    <message>
        <source>Show sensitive details (logged)</source>
        <translation>Afficher les données sensibles (journalisé)</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>IT support has set the address and the certificate file for you.</source>
        <translation>Le support informatique a saisi l&apos;adresse et le fichier de certificats pour vous.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Certificats d&apos;autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Service de synchronisation</translation>
    </message>
    <message>
        <source>Step 1 of 5 — where this laptop keeps its cases in sync.</source>
        <translation>Étape 1 sur 5 — où cet ordinateur synchronise ses dossiers.</translation>
    </message>
    <message>
        <source>Enter the address of your organisation&apos;s sync service. IT support gives it to you.</source>
        <translation>Saisissez l&apos;adresse du service de synchronisation de votre organisation. Le support informatique vous la communique.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Adresse du service :</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation>&amp;Certificats d&apos;autorité (facultatif) :</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Fichier de certificats d&apos;autorité</translation>
    </message>
    <message>
        <source>&amp;Browse …</source>
        <translation>&amp;Parcourir …</translation>
    </message>
    <message>
        <source>Only needed if IT support gave you a certificate file for the service.</source>
        <translation>Nécessaire seulement si le support informatique vous a remis un fichier de certificat pour le service.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading …</source>
        <translation>Chargement …</translation>
    </message>
    <message>
        <source>Unlock to see it</source>
        <translation>Déverrouillez pour le voir</translation>
    </message>
    <message>
        <source>Not set up on this laptop yet</source>
        <translation>Pas encore configuré sur cet ordinateur</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Les certificats du système</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Certificats CA</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min sans saisie</translation>
    </message>
    <message>
        <source>Dossier locks itself when you do nothing for this long, and whenever the screen locks. At most %1 minutes are allowed.</source>
        <translation>Dossier se verrouille lorsque vous ne faites rien pendant ce temps, et chaque fois que l&apos;écran se verrouille. Au plus %1 minutes sont autorisées.</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Service de synchronisation</translation>
    </message>
    <message>
        <source>Your IT department sets the service address and its certificates when this laptop is enrolled. They cannot be changed here.</source>
        <translation>Votre service informatique définit l&apos;adresse du service et ses certificats lors de l&apos;enrôlement de cet ordinateur. Ils ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>&amp;Sync automatically whenever the service can be reached</source>
        <translation>&amp;Synchroniser automatiquement dès que le service est joignable</translation>
    </message>
    <message>
        <source>When this is off, Dossier only syncs when you choose Sync now (F5).</source>
        <translation>Si cette option est désactivée, Dossier ne synchronise que lorsque vous choisissez « Synchroniser maintenant » (F5).</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</source>
        <translation>Ces modifications sont enregistrées sur cet ordinateur et seront envoyées à la prochaine synchronisation. Rien n&apos;est perdu si vous verrouillez ou fermez Dossier.</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues next time.</source>
        <translation>Synchronisation annulée ; elle reprendra la prochaine fois.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Do&amp;ssier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Rechercher un dossier</translation>
    </message>
    <message>
        <source>&amp;Edit case …</source>
        <translation>&amp;Modifier le dossier …</translation>
    </message>
    <message>
        <source>&amp;New …</source>
        <translation>&amp;Nouveau …</translation>
    </message>
    <message>
        <source>New case; in the Persons tab, new person (Ctrl+N)</source>
        <translation>Nouveau dossier ; dans l&apos;onglet Personnes, nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Paramètres …</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts …</source>
        <translation>&amp;Conflits …</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Nom ou numéro d&apos;interprète</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Commencer l&apos;entretien</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</source>
        <translation>La synchronisation avec le service central n&apos;est pas encore configurée sur cet ordinateur. Tout ce que vous faites est enregistré ici, chiffré.</translation>
    </message>
    <message>
        <source>This laptop has not synced yet. Your changes stay here until the first sync.</source>
        <translation>Cet ordinateur n&apos;a encore jamais été synchronisé. Vos modifications restent ici jusqu&apos;à la première synchronisation.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) merged automatically</source>
        <translation>
            <numerusform>%n modification fusionnée automatiquement</numerusform>
            <numerusform>%n modifications fusionnées automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nouveau conflit</numerusform>
            <numerusform>%n nouveaux conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n modification refusée par le service</numerusform>
            <numerusform>%n modifications refusées par le service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this laptop</source>
        <translation>
            <numerusform>%n dossier retiré de cet ordinateur</numerusform>
            <numerusform>%n dossiers retirés de cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; it continues with the next sync.</source>
        <translation>La synchronisation n&apos;a pas abouti ; elle reprendra à la prochaine.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Aucun conflit ouvert</translation>
    </message>
    <message>
        <source>Counting changes …</source>
        <translation>Décompte des modifications …</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>All changes saved, none waiting</source>
        <translation>Tout est enregistré, rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflit à résoudre</numerusform>
            <numerusform>%Ln conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the sync service — click to sync now (F5)</source>
        <translation>Connexion au service de synchronisation — cliquez pour synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <source>Last successful sync — click for the report</source>
        <translation>Dernière synchronisation réussie — cliquez pour le rapport</translation>
    </message>
    <message>
        <source>Changes that need your decision after a sync — click to open</source>
        <translation>Modifications qui demandent votre décision après une synchronisation — cliquez pour ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln change(s) sent</source>
        <translation>
            <numerusform>Synchronisation … %Ln modification envoyée</numerusform>
            <numerusform>Synchronisation … %Ln modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln page(s) received</source>
        <translation>
            <numerusform>Synchronisation … %Ln page reçue</numerusform>
            <numerusform>Synchronisation … %Ln pages reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Synchronisation …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Changes saved on this laptop that the service has not received yet</source>
        <translation>Modifications enregistrées sur cet ordinateur que le service n&apos;a pas encore reçues</translation>
    </message>
    <message>
        <source>Auto-sync paused</source>
        <translation>Synchronisation automatique en pause</translation>
    </message>
    <message>
        <source>Automatic sync is paused in the settings — click to sync now (F5)</source>
        <translation>La synchronisation automatique est en pause dans les paramètres — cliquez pour synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <source>Checking connection …</source>
        <translation>Vérification de la connexion …</translation>
    </message>
    <message>
        <source>The sync service cannot be reached; Dossier keeps trying and syncs as soon as it answers — click to try now (F5)</source>
        <translation>Le service de synchronisation est injoignable ; Dossier réessaie et synchronise dès qu’il répond — cliquez pour essayer maintenant (F5)</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>Mise à jour requise</translation>
    </message>
    <message>
        <source>Sync stopped — contact IT</source>
        <translation>Synchronisation arrêtée — contacter l&apos;informatique</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>SyncTime</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min. ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Why this date: %1</source>
        <translation>Pourquoi cette date : %1</translation>
    </message>
    <message>
        <source>New &amp;task …</source>
        <translation>Nouvelle &amp;tâche …</translation>
    </message>
    <message>
        <source>New legal &amp;deadline …</source>
        <translation>Nouveau &amp;délai légal …</translation>
    </message>
    <message>
        <source>Compute a due date from a legal rule, with holidays of the case&apos;s region</source>
        <translation>Calculer une échéance selon une règle légale, avec les jours fériés de la région du dossier</translation>
    </message>
    <message>
        <source>Tasks and deadlines of this case</source>
        <translation>Tâches et délais de ce dossier</translation>
    </message>
    <message>
        <source>No tasks or deadlines yet</source>
        <translation>Aucune tâche ni aucun délai pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add a task, or a legal deadline computed from a notification date.</source>
        <translation>Ajoutez une tâche ou un délai légal calculé à partir d&apos;une date de notification.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Setup not finished</source>
        <translation>Configuration non terminée</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>&amp;Terminer la configuration</translation>
    </message>
    <message>
        <source>Unlocking … checking the passphrase takes a moment.</source>
        <translation>Déverrouillage … la vérification de la phrase secrète prend un instant.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives erronées. Nouvel essai possible dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives erronées. Nouvel essai possible dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case files, encrypted on this laptop. Unlock your profile to continue.</source>
        <translation>Dossiers chiffrés sur cet ordinateur. Déverrouillez votre profil pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Set up this laptop / add a caseworker …</source>
        <translation>&amp;Configurer cet ordinateur / ajouter un·e collaborateur·rice …</translation>
    </message>
    <message>
        <source>There is no profile on this laptop yet. Enrol this laptop with the one-time code from IT support.</source>
        <translation>Il n&apos;y a encore aucun profil sur cet ordinateur. Enregistrez cet ordinateur avec le code à usage unique du support informatique.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AccessPdf</name>
    <message>
        <source>special-category data</source>
        <translation>données sensibles</translation>
    </message>
    <message>
        <source>archived (still held)</source>
        <translation>archivé (encore conservé)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Who accessed or changed this data</source>
        <translation>Qui a consulté ou modifié ces données</translation>
    </message>
    <message>
        <source>Information held on %1</source>
        <translation>Données conservées sur %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2. The enclosed JSON file holds the same data in a machine-readable form.</source>
        <translation>Exporté par %1 le %2. Le fichier JSON joint contient les mêmes données sous une forme lisible par machine.</translation>
    </message>
    <message>
        <source>The cases of this person include other persons. Check interviews, tasks and case notes for their data before handing this export over.</source>
        <translation>Les dossiers de cette personne concernent aussi d&apos;autres personnes. Vérifiez les entretiens, tâches et notes du dossier quant à leurs données avant de remettre cet export.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Tâches et délais</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Aide au retour</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Original vu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Legal rule</source>
        <translation>Règle légale</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Taille en octets</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Somme de contrôle (SHA-256)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Date du voyage</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Budget de réintégration</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Plan de réintégration</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Choisir un dossier pour l&apos;export</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>E&amp;xport all data …</source>
        <translation>E&amp;xporter toutes les données …</translation>
    </message>
    <message>
        <source>Export everything held on this person (right of access)</source>
        <translation>Exporter tout ce qui est conservé sur cette personne (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Export all data on %1</source>
        <translation>Exporter toutes les données sur %1</translation>
    </message>
    <message>
        <source>Everything this laptop holds on the person — personal data, cases, identity documents, interviews, notes, tasks, return assistance, documents and the log of who accessed them — is written as a JSON file and a PDF into a new folder. Special-category data is included and marked. The export is recorded in the audit log.</source>
        <translation>Tout ce que cet ordinateur conserve sur la personne — données personnelles, dossiers, pièces d&apos;identité, entretiens, notes, tâches, aide au retour, documents et le journal de qui y a accédé — est écrit dans un nouveau dossier sous forme de fichier JSON et de PDF. Les données sensibles sont incluses et signalées. L&apos;export est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Choose …</source>
        <translation>&amp;Choisir …</translation>
    </message>
    <message>
        <source>&amp;Include the attached files</source>
        <translation>&amp;Inclure les fichiers joints</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>droit-d-acces</translation>
    </message>
    <message>
        <source>Everything held on this person was exported to the folder %1.</source>
        <translation>Toutes les données sur cette personne ont été exportées dans le dossier %1.</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>protocol</source>
        <translation>proces-verbal</translation>
    </message>
    <message>
        <source>The protocol was saved as %1.</source>
        <translation>Le procès-verbal a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>The protocol was sent to the printer.</source>
        <translation>Le procès-verbal a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>E&amp;xport protocol …</source>
        <translation>E&amp;xporter le procès-verbal …</translation>
    </message>
    <message>
        <source>Save the protocol as a PDF file (A4)</source>
        <translation>Enregistrer le procès-verbal en fichier PDF (A4)</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>Im&amp;primer …</translation>
    </message>
</context>
<context>
    <name>ProtocolPdf</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>De–à</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Sitting %1 (%2)</source>
        <translation>Séance %1 (%2)</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né·e %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This is an addendum correcting the protocol of %1.</source>
        <translation>Ceci est un avenant corrigeant le procès-verbal du %1.</translation>
    </message>
    <message>
        <source>Corrected by an addendum of %1.</source>
        <translation>Corrigé par un avenant du %1.</translation>
    </message>
    <message>
        <source>special-category data</source>
        <translation>données sensibles</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Réponses d&apos;une version antérieure du formulaire</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Lieu et date :</translation>
    </message>
    <message>
        <source>Draft — not finalised; the answers may still change.</source>
        <translation>Brouillon — non finalisé ; les réponses peuvent encore changer.</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne entendue</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Collaborateur/trice</translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation>Exporté par %1 le %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Record to keep:</source>
        <translation>Fiche à conserver :</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Fusionner dans %1</translation>
    </message>
    <message>
        <source>Merged person</source>
        <translation>Personne fusionnée</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>These records were merged. Undo restores both, with their cases.</source>
        <translation>Ces fiches ont été fusionnées. Annuler rétablit les deux, avec leurs dossiers.</translation>
    </message>
    <message>
        <source>Are these the same person? Choose the record to keep and, where they differ, which value it gets.</source>
        <translation>S’agit-il de la même personne ? Choisissez la fiche à conserver et, là où elles diffèrent, la valeur qu’elle reçoit.</translation>
    </message>
    <message>
        <source>Why proposed: %1</source>
        <translation>Pourquoi proposé : %1</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Pas la même personne</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annuler la fusion</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Les deux fiches côte à côte</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, date de naissance %2</translation>
    </message>
    <message>
        <source>Keep the first record: %1</source>
        <translation>Conserver la première fiche : %1</translation>
    </message>
    <message>
        <source>Keep the second record: %1</source>
        <translation>Conserver la deuxième fiche : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 from the first record: %2</source>
        <translation>%1 de la première fiche : %2</translation>
    </message>
    <message>
        <source>%1 from the second record: %2</source>
        <translation>%1 de la deuxième fiche : %2</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same ZEMIS number</source>
        <translation>même numéro ZEMIS</translation>
    </message>
    <message>
        <source>same N number</source>
        <translation>même numéro N</translation>
    </message>
    <message>
        <source>same AZR number</source>
        <translation>même numéro AZR</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>names match as transliteration variants</source>
        <translation>les noms sont des variantes de translittération</translation>
    </message>
    <message>
        <source>names differ by a typo</source>
        <translation>les noms diffèrent d’une faute de frappe</translation>
    </message>
    <message>
        <source>an alias matches</source>
        <translation>un alias correspond</translation>
    </message>
    <message>
        <source>the name in original script matches</source>
        <translation>le nom en écriture originale correspond</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>same month of birth</source>
        <translation>même mois de naissance</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>même année de naissance</translation>
    </message>
    <message>
        <source>date of birth unknown for one of them</source>
        <translation>date de naissance inconnue pour l’une des deux</translation>
    </message>
    <message>
        <source>dates of birth do not match</source>
        <translation>les dates de naissance ne concordent pas</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>même nationalité</translation>
    </message>
    <message>
        <source>different nationalities</source>
        <translation>nationalités différentes</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>sexe différent</translation>
    </message>
    <message>
        <source>another register number differs</source>
        <translation>un autre numéro de registre diffère</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Merged: %1 into %2</source>
        <translation>Fusionné : %1 dans %2</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 and %2 (%3 %)</source>
        <translation>Doublon possible : %1 et %2 (%3 %)</translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation>Personnes possiblement en double</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>&amp;Comparer …</translation>
    </message>
    <message>
        <source>Possible duplicate persons of this case</source>
        <translation>Personnes possiblement en double de ce dossier</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>A value is not valid for the service. Correct it in the case.</source>
        <translation>Une valeur n’est pas valable pour le service. Corrigez-la dans le dossier.</translation>
    </message>
    <message>
        <source>Entries of this kind cannot be changed once saved. Add a new one instead.</source>
        <translation>Les entrées de ce type ne peuvent plus être modifiées une fois enregistrées. Ajoutez-en plutôt une nouvelle.</translation>
    </message>
    <message>
        <source>The case could not move to this status from the one it had on the service. Check the status, then re-apply the change or make a different one.</source>
        <translation>Le dossier ne pouvait pas passer à ce statut depuis celui qu’il avait sur le service. Vérifiez le statut, puis réappliquez la modification ou faites-en une autre.</translation>
    </message>
    <message>
        <source>The change was incomplete. Make it again in the case.</source>
        <translation>La modification était incomplète. Refaites-la dans le dossier.</translation>
    </message>
    <message>
        <source>The conflict resolution could not be applied. Resolve the conflict again.</source>
        <translation>La résolution du conflit n’a pas pu être appliquée. Résolvez le conflit à nouveau.</translation>
    </message>
    <message>
        <source>The entry already exists on the service with other values. Check the case.</source>
        <translation>L’entrée existe déjà sur le service avec d’autres valeurs. Vérifiez le dossier.</translation>
    </message>
    <message>
        <source>The entry no longer exists on the service. Check the case.</source>
        <translation>L’entrée n’existe plus sur le service. Vérifiez le dossier.</translation>
    </message>
    <message>
        <source>The entry was finalised elsewhere, so it cannot be changed. Add an addendum instead.</source>
        <translation>L’entrée a été finalisée ailleurs et ne peut plus être modifiée. Ajoutez plutôt un addenda.</translation>
    </message>
    <message>
        <source>The laptop&apos;s clock was wrong when the change was made. Check the clock, then re-apply it as a new change.</source>
        <translation>L’horloge de l’ordinateur était fausse lors de la modification. Vérifiez l’horloge, puis réappliquez-la comme nouvelle modification.</translation>
    </message>
    <message>
        <source>The service did not accept this change. Check the case; if it keeps happening, contact IT support and give them the code.</source>
        <translation>Le service n’a pas accepté cette modification. Vérifiez le dossier ; si cela se reproduit, contactez le support informatique en indiquant le code.</translation>
    </message>
    <message>
        <source>The service does not know a field of this change. Ask IT support to update Dossier.</source>
        <translation>Le service ne connaît pas un champ de cette modification. Demandez au support informatique de mettre Dossier à jour.</translation>
    </message>
    <message>
        <source>The service does not know this kind of entry. Ask IT support to update Dossier.</source>
        <translation>Le service ne connaît pas ce type d’entrée. Demandez au support informatique de mettre Dossier à jour.</translation>
    </message>
    <message>
        <source>The service no longer accepts this kind of change. Re-apply it as a new change.</source>
        <translation>Le service n’accepte plus ce type de modification. Réappliquez-la comme nouvelle modification.</translation>
    </message>
    <message>
        <source>This field can no longer be changed. Add a note or a correction instead.</source>
        <translation>Ce champ ne peut plus être modifié. Ajoutez plutôt une note ou une correction.</translation>
    </message>
    <message>
        <source>You may no longer change this case; your team lead reviews the change. Ask them if it is still needed.</source>
        <translation>Vous ne pouvez plus modifier ce dossier ; votre responsable d’équipe examine la modification. Demandez-lui si elle est encore nécessaire.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show the case as it is now</source>
        <translation>Afficher le dossier tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>This case was updated by sync while you were editing. Save or close your form, then reload to see the new data.</source>
        <translation>Ce dossier a été mis à jour par la synchronisation pendant que vous le modifiiez. Enregistrez ou fermez votre formulaire, puis rechargez pour voir les nouvelles données.</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n modification refusée par le service</numerusform>
            <numerusform>%n modifications refusées par le service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnAssistance</name>
    <message>
        <source>&amp;Register for the programme …</source>
        <translation>&amp;Inscrire au programme …</translation>
    </message>
    <message>
        <source>&amp;Cancel return assistance …</source>
        <translation>&amp;Annuler l’aide au retour …</translation>
    </message>
    <message>
        <source>Record the &amp;departure …</source>
        <translation>Enregistrer le &amp;départ …</translation>
    </message>
    <message>
        <source>&amp;Back to counselling …</source>
        <translation>&amp;Retour au conseil …</translation>
    </message>
    <message>
        <source>Start &amp;monitoring …</source>
        <translation>Démarrer le &amp;suivi …</translation>
    </message>
    <message>
        <source>&amp;Resume counselling …</source>
        <translation>&amp;Reprendre le conseil …</translation>
    </message>
    <message>
        <source>The person is registered for the chosen programme with IOM and the canton. Reminders are created from the planned travel date.</source>
        <translation>La personne est inscrite au programme choisi auprès de l’OIM et du canton. Des rappels sont créés à partir de la date de voyage prévue.</translation>
    </message>
    <message>
        <source>The person has left. The travel reminders are ticked off and the reintegration follow-ups are created from the date of departure.</source>
        <translation>La personne est partie. Les rappels du voyage sont cochés et les suivis de la réintégration sont créés à partir de la date du départ.</translation>
    </message>
    <message>
        <source>The reintegration in the country of return is being followed up.</source>
        <translation>La réintégration dans le pays de retour fait l’objet d’un suivi.</translation>
    </message>
    <message>
        <source>The person no longer wishes to return with assistance, or is not eligible. Open reminders are withdrawn; counselling can be resumed later.</source>
        <translation>La personne ne souhaite plus rentrer avec une aide au retour ou n’est pas éligible. Les rappels ouverts sont retirés ; le conseil peut reprendre plus tard.</translation>
    </message>
    <message>
        <source>Counselling starts again; open travel reminders are withdrawn.</source>
        <translation>Le conseil recommence ; les rappels de voyage ouverts sont retirés.</translation>
    </message>
    <message>
        <source>Eligibility is not confirmed. Edit the return assistance and tick “Eligible” before registering.</source>
        <translation>L’éligibilité n’est pas confirmée. Modifiez l’aide au retour et cochez « Éligible » avant l’inscription.</translation>
    </message>
    <message>
        <source>The departure date is in the future. Record the departure once it has happened.</source>
        <translation>La date du départ est dans le futur. Enregistrez le départ une fois qu’il a eu lieu.</translation>
    </message>
    <message>
        <source>This case already has return assistance. It is shown again now.</source>
        <translation>Ce dossier a déjà une aide au retour. Elle est affichée à nouveau.</translation>
    </message>
    <message>
        <source>This step is not possible from the current status (it may have changed on another laptop). Choose one of the steps offered.</source>
        <translation>Cette étape n’est pas possible depuis le statut actuel (il a peut-être changé sur un autre portable). Choisissez l’une des étapes proposées.</translation>
    </message>
    <message>
        <source>The status is saved, but no reminders were created. %1 Then add them in the Deadlines tab.</source>
        <translation>Le statut est enregistré, mais aucun rappel n’a été créé. %1 Ajoutez-les ensuite dans l’onglet Délais.</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceTab</name>
    <message>
        <source>Confirm eligibility (Edit …) before registering.</source>
        <translation>Confirmez l’éligibilité (Modifier …) avant l’inscription.</translation>
    </message>
    <message>
        <source>No canton or Land on the case: currency and reminders are unknown.</source>
        <translation>Aucun canton ni Land dans le dossier : devise et rappels inconnus.</translation>
    </message>
    <message>
        <source>Start return counselling</source>
        <translation>Commencer le conseil en vue du retour</translation>
    </message>
    <message>
        <source>Edit return assistance</source>
        <translation>Modifier l’aide au retour</translation>
    </message>
    <message>
        <source>The reintegration budget is in %1, whole amounts.</source>
        <translation>Le budget de réintégration est en %1, montants entiers.</translation>
    </message>
    <message>
        <source>The case has no canton or Land yet, so the budget&apos;s currency (CHF or EUR) is unknown. Enter the region in the case overview.</source>
        <translation>Le dossier n’a pas encore de canton ni de Land : la devise du budget (CHF ou EUR) est inconnue. Indiquez la région dans l’aperçu du dossier.</translation>
    </message>
    <message>
        <source>Saved. Status: %1.</source>
        <translation>Enregistré. Statut : %1.</translation>
    </message>
    <message>
        <source>Reminders created: %1 (see Deadlines).</source>
        <translation>Rappels créés : %1 (voir Délais).</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Return assistance (AVRR)</source>
        <translation>Aide au retour (AVRR)</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Modifier …</translation>
    </message>
    <message>
        <source>Programme, destination, eligibility, budget, plan</source>
        <translation>Programme, destination, éligibilité, budget, plan</translation>
    </message>
    <message>
        <source>&amp;Start return counselling …</source>
        <translation>&amp;Commencer le conseil en vue du retour …</translation>
    </message>
    <message>
        <source>No return assistance recorded yet</source>
        <translation>Aucune aide au retour enregistrée</translation>
    </message>
    <message>
        <source>Start counselling to record the programme (RIF, SIM, RAS, RAZ), the destination country and whether the person is eligible.</source>
        <translation>Commencez le conseil pour enregistrer le programme (RIF, SIM, RAS, RAZ), le pays de destination et l’éligibilité de la personne.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Return assistance details</source>
        <translation>Détails de l&apos;aide au retour</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceView</name>
    <message>
        <source>Reminders of the return</source>
        <translation>Rappels du retour</translation>
    </message>
    <message>
        <source>None yet: registering and recording the departure create them.</source>
        <translation>Aucun pour l’instant : l’inscription et l’enregistrement du départ les créent.</translation>
    </message>
    <message>
        <source>done (was due %1)</source>
        <translation>fait (échéance %1)</translation>
    </message>
    <message>
        <source>In the Deadlines tab each one says why it falls on its day.</source>
        <translation>Dans l’onglet Délais, chacun indique pourquoi il tombe ce jour-là.</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Status of the return: %1</source>
        <translation>État du retour : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>étape actuelle</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>pas encore atteint</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Date non valide — écrivez-la comme 27.11.2026.</translation>
    </message>
    <message>
        <source>The departure cannot be in the future.</source>
        <translation>Le départ ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Reminders this creates: %1</source>
        <translation>Rappels créés par cette étape : %1</translation>
    </message>
    <message>
        <source>Date of departure *</source>
        <translation>Date du départ *</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date du départ</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>Continue the interview</source>
        <translation>Reprendre l&apos;entretien</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Langue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Nom ou numéro d&apos;interprète</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indiqué —</translation>
    </message>
</context>
<context>
    <name>InterruptDialog</name>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Motif (facultatif)</translation>
    </message>
    <message>
        <source>Interrupt the interview</source>
        <translation>Interrompre l&apos;entretien</translation>
    </message>
    <message>
        <source>The current sitting ends now. The answers stay saved; continue the interview later, also with another interpreter.</source>
        <translation>La séance en cours se termine maintenant. Les réponses restent enregistrées ; l&apos;entretien pourra reprendre plus tard, aussi avec un·e autre interprète.</translation>
    </message>
    <message>
        <source>e.g. the interpreter had to leave</source>
        <translation>p. ex. l&apos;interprète a dû partir</translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrompue : %1</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>language not set</source>
        <translation>langue non indiquée</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>sans interprète</translation>
    </message>
    <message>
        <source>Not readable in this version of Dossier</source>
        <translation>Illisible dans cette version de Dossier</translation>
    </message>
</context>
<context>
    <name>SittingsPanel</name>
    <message>
        <source>C&amp;ontinue interview …</source>
        <translation>&amp;Reprendre l&apos;entretien …</translation>
    </message>
    <message>
        <source>End this sitting now and continue the interview another time</source>
        <translation>Terminer cette séance maintenant et reprendre l&apos;entretien une autre fois</translation>
    </message>
    <message>
        <source>I&amp;nterrupt interview …</source>
        <translation>I&amp;nterrompre l&apos;entretien …</translation>
    </message>
    <message>
        <source>Start the next sitting</source>
        <translation>Commencer la séance suivante</translation>
    </message>
</context>
<context>
    <name>Preconfig</name>
    <message>
        <source>IT&apos;s configuration file %1 was ignored. %2 Dossier works without it; tell IT support.</source>
        <translation>Le fichier de configuration de l&apos;informatique %1 a été ignoré. %2 Dossier fonctionne sans lui ; informez le support informatique.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid.</source>
        <translation>La valeur de %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file named in %1 does not exist.</source>
        <translation>Le fichier indiqué dans %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>It has an unknown setting: %1.</source>
        <translation>Il contient un paramètre inconnu : %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>Le fichier n&apos;est pas un TOML valide.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Le fichier est trop volumineux.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>UnfinishedSetup</name>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the unfinished profile of %1 from this laptop? It holds no case files yet. Its encrypted files are erased and cannot be recovered.</source>
        <translation>Supprimer de cet ordinateur le profil non terminé de %1 ? Il ne contient encore aucun dossier. Ses fichiers chiffrés sont effacés et ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Remove this profile …</source>
        <translation>Supp&amp;rimer ce profil …</translation>
    </message>
    <message>
        <source>Remove this unfinished profile</source>
        <translation>Supprimer ce profil non terminé</translation>
    </message>
    <message>
        <source>Setup not finished: this laptop was switched off or the app closed before the sync service confirmed this profile, so it cannot sync. Enter the passphrase and choose Finish setup to finish it with a new one-time code from IT support, or remove it.</source>
        <translation>Configuration non terminée : cet ordinateur a été éteint ou l&apos;application fermée avant que le service de synchronisation ne confirme ce profil ; il ne peut donc pas se synchroniser. Saisissez la phrase secrète et choisissez « Terminer la configuration » pour le terminer avec un nouveau code à usage unique fourni par le support informatique, ou supprimez-le.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Restore from the central service</source>
        <translation>Restaurer depuis le service central</translation>
    </message>
    <message>
        <source>Restore the case files of %1 from the central service? The damaged store is kept, encrypted, in the profile folder for IT support. Changes made on this laptop since the last sync may be lost, unless they were already prepared for sending: those are sent at the next sync.</source>
        <translation>Restaurer les dossiers de %1 depuis le service central ? La base endommagée est conservée, chiffrée, dans le dossier du profil pour le support informatique. Les modifications faites sur cet ordinateur depuis la dernière synchronisation peuvent être perdues, sauf si elles étaient déjà prêtes à l’envoi : celles-ci sont envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restoring … the case files come back at the next sync.</source>
        <translation>Restauration … les dossiers reviennent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A sync of this laptop is running. Try again when it has finished.</source>
        <translation>Une synchronisation de cet ordinateur est en cours. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Restore from the &amp;central service …</source>
        <translation>Restaurer depuis le service &amp;central …</translation>
    </message>
    <message>
        <source>The passphrase is right, but the case files on this laptop are damaged. They can be restored from the central service; the damaged copy is kept for IT support.</source>
        <translation>La phrase secrète est correcte, mais les dossiers sur cet ordinateur sont endommagés. Ils peuvent être restaurés depuis le service central ; la copie endommagée est conservée pour le support informatique.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Filters and saved views</source>
        <translation>Filtres et vues enregistrées</translation>
    </message>
</context>
<context>
    <name>ReadbackPane</name>
    <message>
        <source>Questions of the interview</source>
        <translation>Questions de l&apos;entretien</translation>
    </message>
    <message>
        <source>Protocol read back</source>
        <translation>Protocole relu</translation>
    </message>
</context>
</TS>
