<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Auditions</translation>
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
        <source>Not available in this version yet.</source>
        <translation>Pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Interview protocols will appear here.</source>
        <translation>Les procès-verbaux d&apos;audition apparaîtront ici.</translation>
    </message>
    <message>
        <source>Identity documents and attachments will appear here.</source>
        <translation>Les pièces d&apos;identité et les annexes apparaîtront ici.</translation>
    </message>
    <message>
        <source>Tasks and legal deadlines will appear here.</source>
        <translation>Les tâches et les délais légaux apparaîtront ici.</translation>
    </message>
    <message>
        <source>Meanwhile the case list shows the next deadline of each case.</source>
        <translation>En attendant, la liste des dossiers indique le prochain délai de chaque dossier.</translation>
    </message>
    <message>
        <source>Who changed what, when and on which laptop will appear here.</source>
        <translation>Qui a modifié quoi, quand et sur quel ordinateur apparaîtra ici.</translation>
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
</context>
<context>
    <name>Field</name>
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
        <source>Persons in this case</source>
        <translation>Personnes de ce dossier</translation>
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
    <name>Shell</name>
    <message>
        <source>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</source>
        <translation>La synchronisation avec le service central n&apos;est pas encore configurée sur cet ordinateur. Tout ce que vous faites est enregistré ici, chiffré.</translation>
    </message>
    <message>
        <source>This laptop has not synced yet. Your changes stay here until the first sync.</source>
        <translation>Cet ordinateur n&apos;a encore jamais été synchronisé. Vos modifications restent ici jusqu&apos;à la première synchronisation.</translation>
    </message>
    <message>
        <source>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</source>
        <translation>Ces modifications sont enregistrées sur cet ordinateur et seront envoyées à la prochaine synchronisation. Rien n&apos;est perdu si vous verrouillez ou fermez Dossier.</translation>
    </message>
    <message>
        <source>Conflicts appear when a change made here and one made elsewhere touch the same field. There are none.</source>
        <translation>Des conflits apparaissent lorsqu&apos;une modification faite ici et une autre faite ailleurs touchent le même champ. Il n&apos;y en a aucun.</translation>
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
    <message>
        <source>Connection to the sync service</source>
        <translation>Connexion au service de synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>Changes saved on this laptop that the service has not received yet</source>
        <translation>Modifications enregistrées sur cet ordinateur que le service n&apos;a pas encore reçues</translation>
    </message>
    <message>
        <source>Changes that need your decision after a sync</source>
        <translation>Modifications qui demandent votre décision après une synchronisation</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
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
</TS>
