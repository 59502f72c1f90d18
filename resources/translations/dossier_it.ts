<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Edit case %1</source>
        <translation>Modifica il caso %1</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Modifica la persona %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Audizioni</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Compiti e scadenze</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Non ancora disponibile in questa versione.</translation>
    </message>
    <message>
        <source>Interview protocols will appear here.</source>
        <translation>Qui appariranno i verbali delle audizioni.</translation>
    </message>
    <message>
        <source>Identity documents and attachments will appear here.</source>
        <translation>Qui appariranno i documenti d&apos;identità e gli allegati.</translation>
    </message>
    <message>
        <source>Tasks and legal deadlines will appear here.</source>
        <translation>Qui appariranno i compiti e le scadenze legali.</translation>
    </message>
    <message>
        <source>Meanwhile the case list shows the next deadline of each case.</source>
        <translation>Nel frattempo l&apos;elenco dei casi mostra la prossima scadenza di ogni caso.</translation>
    </message>
    <message>
        <source>Who changed what, when and on which laptop will appear here.</source>
        <translation>Qui apparirà chi ha modificato cosa, quando e su quale portatile.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Nessun caso aperto</translation>
    </message>
    <message>
        <source>Choose a case in the list, or search by name, case number, date of birth or ZEMIS number (Ctrl+F).</source>
        <translation>Scegliete un caso nell&apos;elenco o cercate per nome, numero del caso, data di nascita o numero ZEMIS (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Case number</source>
        <translation>N. del caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prossima scadenza</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Loading cases …</source>
        <translation>Caricamento dei casi …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 di %Ln caso</numerusform>
            <numerusform>%1 di %Ln casi</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases on this laptop yet</source>
        <translation>Ancora nessun caso su questo portatile</translation>
    </message>
    <message>
        <source>Sync to fetch the cases assigned to you.</source>
        <translation>Sincronizzate per scaricare i casi assegnati a voi.</translation>
    </message>
    <message>
        <source>No case matches your search</source>
        <translation>Nessun caso corrisponde alla ricerca</translation>
    </message>
    <message>
        <source>Check the spelling, or search by case number, date of birth or ZEMIS number. Filters on the left also apply.</source>
        <translation>Controllate l&apos;ortografia o cercate per numero del caso, data di nascita o numero ZEMIS. Valgono anche i filtri a sinistra.</translation>
    </message>
    <message>
        <source>No case matches these filters</source>
        <translation>Nessun caso corrisponde a questi filtri</translation>
    </message>
    <message>
        <source>Choose “Clear filters” on the left to see all cases.</source>
        <translation>Scegliete «Azzera filtri» a sinistra per vedere tutti i casi.</translation>
    </message>
    <message>
        <source>Search name, case number, date of birth, ZEMIS or N number (Ctrl+F)</source>
        <translation>Cerca nome, n. del caso, data di nascita, n. ZEMIS o N (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Cerca casi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Asylum procedure support</source>
        <translation>Accompagnamento procedura d&apos;asilo</translation>
    </message>
    <message>
        <source>Permit: first issue</source>
        <translation>Permesso: primo rilascio</translation>
    </message>
    <message>
        <source>Permit: renewal</source>
        <translation>Permesso: rinnovo</translation>
    </message>
    <message>
        <source>Permit: change of canton</source>
        <translation>Permesso: cambio di cantone</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Ricongiungimento familiare</translation>
    </message>
    <message>
        <source>Hardship case</source>
        <translation>Caso di rigore</translation>
    </message>
    <message>
        <source>Integration agreement</source>
        <translation>Accordo d&apos;integrazione</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Aiuto al ritorno</translation>
    </message>
    <message>
        <source>Enforcement of removal</source>
        <translation>Esecuzione dell&apos;allontanamento</translation>
    </message>
    <message>
        <source>Emergency aid</source>
        <translation>Soccorso d&apos;emergenza</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Deciso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femminile</translation>
    </message>
    <message>
        <source>male</source>
        <translation>maschile</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>diverso</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Richiedente</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Coniuge</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Figlio/a</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Fratello o sorella</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>B – residence permit</source>
        <translation>B – permesso di dimora</translation>
    </message>
    <message>
        <source>C – settlement permit</source>
        <translation>C – permesso di domicilio</translation>
    </message>
    <message>
        <source>L – short-term residence permit</source>
        <translation>L – permesso di soggiorno di breve durata</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – ammissione provvisoria</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – richiedente l&apos;asilo</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – statuto di protezione</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – permesso per frontalieri</translation>
    </message>
    <message>
        <source>Ci – family of international officials</source>
        <translation>Ci – famiglia di funzionari internazionali</translation>
    </message>
    <message>
        <source>Residence permit (DE)</source>
        <translation>Permesso di soggiorno (DE)</translation>
    </message>
    <message>
        <source>Settlement permit (DE)</source>
        <translation>Permesso di domicilio (DE)</translation>
    </message>
    <message>
        <source>Permission to stay (DE)</source>
        <translation>Permesso durante la procedura (DE)</translation>
    </message>
    <message>
        <source>Toleration – Duldung (DE)</source>
        <translation>Tolleranza – Duldung (DE)</translation>
    </message>
    <message>
        <source>Fictional certificate (DE)</source>
        <translation>Certificato di finzione (DE)</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Nessun permesso</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
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
        <translation>Congo (Repubblica democratica)</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa d&apos;Avorio</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudan del Sud</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Nord</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia ed Erzegovina</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perù</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Unknown / stateless</source>
        <translation>Sconosciuto / apolide</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabo</translation>
    </message>
    <message>
        <source>Persian (Farsi)</source>
        <translation>Persiano (farsi)</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Curdo</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalo</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amarico</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalese</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanese</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbo</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>scaduto da %n giorno</numerusform>
            <numerusform>scaduto da %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Case number</source>
        <translation>N. del caso</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo di caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legale</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnato a</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Canton / Land</source>
        <translation>Cantone / Land</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Vulnerable person</source>
        <translation>Persona vulnerabile</translation>
    </message>
    <message>
        <source>Vulnerability note</source>
        <translation>Nota sulla vulnerabilità</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Nome nella scrittura originale</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Cittadinanze</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>ZEMIS number</source>
        <translation>Numero ZEMIS</translation>
    </message>
    <message>
        <source>N number</source>
        <translation>Numero N</translation>
    </message>
    <message>
        <source>AZR number</source>
        <translation>Numero AZR</translation>
    </message>
    <message>
        <source>Permit / title</source>
        <translation>Permesso / titolo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>Nota sulla salute</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.mm.aaaa</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>gg.mm.aaaa, mm.aaaa o aaaa</translation>
    </message>
    <message>
        <source>Separate several entries with ;</source>
        <translation>Separate più voci con ;</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indicato —</translation>
    </message>
</context>
<context>
    <name>FiltersPane</name>
    <message>
        <source>All cases</source>
        <translation>Tutti i casi</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>In scadenza entro 7 giorni</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Non sincronizzati</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Viste</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Case &amp;type</source>
        <translation>&amp;Tipo di caso</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtra per stato</translation>
    </message>
    <message>
        <source>Filter by case type</source>
        <translation>Filtra per tipo di caso</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Viste salvate</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>La passphrase non è corretta. Controllate il layout della tastiera e il tasto maiuscole, poi riprovate.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least four unrelated words.</source>
        <translation>Questa passphrase è troppo facile da indovinare. Usate almeno quattro parole senza relazione tra loro.</translation>
    </message>
    <message>
        <source>The key file of this profile has been changed outside Dossier. Do not use this laptop for case work and contact IT support.</source>
        <translation>Il file della chiave di questo profilo è stato modificato al di fuori di Dossier. Non usate più questo portatile per i casi e contattate il supporto informatico.</translation>
    </message>
    <message>
        <source>This profile was created by a newer Dossier version. Ask IT support to update Dossier on this laptop.</source>
        <translation>Questo profilo è stato creato con una versione più recente di Dossier. Chiedete al supporto informatico di aggiornare Dossier su questo portatile.</translation>
    </message>
    <message>
        <source>The key file of this profile uses settings that are no longer safe. Contact IT support to have the profile re-created.</source>
        <translation>Il file della chiave di questo profilo usa impostazioni non più sicure. Contattate il supporto informatico per ricreare il profilo.</translation>
    </message>
    <message>
        <source>The recovery key does not belong to this profile. Check with IT support which key was used.</source>
        <translation>La chiave di ripristino non appartiene a questo profilo. Verificate con il supporto informatico quale chiave è stata usata.</translation>
    </message>
    <message>
        <source>The recovery key cannot be read. Check with IT support which key to use.</source>
        <translation>La chiave di ripristino non è leggibile. Verificate con il supporto informatico quale chiave usare.</translation>
    </message>
    <message>
        <source>The case store of this profile is damaged and cannot be opened. Do not delete anything; contact IT support, who can restore it.</source>
        <translation>L&apos;archivio dei casi di questo profilo è danneggiato e non può essere aperto. Non cancellate nulla; il supporto informatico può ripristinarlo.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer Dossier version. Ask IT support to update Dossier on this laptop, then unlock again.</source>
        <translation>Questo profilo è stato salvato da una versione più recente di Dossier. Chiedete al supporto informatico di aggiornare Dossier su questo portatile, poi sbloccate di nuovo.</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it again to continue.</source>
        <translation>Il profilo è bloccato. Sbloccatelo per continuare.</translation>
    </message>
    <message>
        <source>Dossier is installed without its encryption component and will not open case data. Contact IT support to reinstall it.</source>
        <translation>Dossier è installato senza il suo componente di cifratura e non apre dati dei casi. Contattate il supporto informatico per reinstallarlo.</translation>
    </message>
    <message>
        <source>Dossier&apos;s encryption component is outdated. Contact IT support to update it.</source>
        <translation>Il componente di cifratura di Dossier è obsoleto. Contattate il supporto informatico per aggiornarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space, then try again; your entry is still in the form.</source>
        <translation>Il disco è pieno, non è stato possibile salvare nulla. Liberate spazio e riprovate; i dati inseriti sono ancora nel modulo.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Try again; if it happens again, contact IT support.</source>
        <translation>Il disco non ha potuto essere letto o scritto. Riprovate; se succede di nuovo, contattate il supporto informatico.</translation>
    </message>
    <message>
        <source>There already is a profile for this login on this laptop. Unlock that one.</source>
        <translation>Su questo portatile esiste già un profilo per questo login. Sbloccate quello.</translation>
    </message>
    <message>
        <source>This profile no longer exists on this laptop. Choose another profile.</source>
        <translation>Questo profilo non esiste più su questo portatile. Scegliete un altro profilo.</translation>
    </message>
    <message>
        <source>The login may only contain letters, digits and . _ @ -.</source>
        <translation>Il login può contenere solo lettere, cifre e . _ @ -.</translation>
    </message>
    <message>
        <source>This entry no longer exists on this laptop. Reload the case list.</source>
        <translation>Questa voce non esiste più su questo portatile. Ricaricate l&apos;elenco dei casi.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the fields marked in red, then save again.</source>
        <translation>Alcuni campi non sono validi. Correggete i campi segnati in rosso, poi salvate di nuovo.</translation>
    </message>
    <message>
        <source>This entry was changed in the meantime. Close the form and open it again to see the current values; your changes were not saved.</source>
        <translation>Questa voce è stata modificata nel frattempo. Chiudete il modulo e riapritelo per vedere i valori attuali; le vostre modifiche non sono state salvate.</translation>
    </message>
    <message>
        <source>This entry can no longer be changed. Add a correction instead.</source>
        <translation>Questa voce non può più essere modificata. Aggiungete invece una correzione.</translation>
    </message>
    <message>
        <source>This attachment has been damaged or changed and will not be shown. Contact IT support.</source>
        <translation>Questo allegato è stato danneggiato o modificato e non verrà mostrato. Contattate il supporto informatico.</translation>
    </message>
    <message>
        <source>The file of this attachment is missing on this laptop. Sync to fetch it again.</source>
        <translation>Il file di questo allegato manca su questo portatile. Sincronizzate per scaricarlo di nuovo.</translation>
    </message>
    <message>
        <source>The access log of this profile has been tampered with. Stop working with this laptop and contact IT support.</source>
        <translation>Il registro degli accessi di questo profilo è stato manomesso. Smettete di lavorare con questo portatile e contattate il supporto informatico.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, contact IT support and give them the details below.</source>
        <translation>Qualcosa è andato storto. Riprovate; se succede di nuovo, contattate il supporto informatico indicando i dettagli qui sotto.</translation>
    </message>
    <message>
        <source>Required — please fill in.</source>
        <translation>Obbligatorio – compilate per favore.</translation>
    </message>
    <message>
        <source>Too long — shorten the text.</source>
        <translation>Troppo lungo – accorciate il testo.</translation>
    </message>
    <message>
        <source>Too many entries — remove some.</source>
        <translation>Troppe voci – rimuovetene alcune.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Scegliete uno dei valori elencati.</translation>
    </message>
    <message>
        <source>Not in the expected format.</source>
        <translation>Non nel formato previsto.</translation>
    </message>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Data non valida – scrivetela come 27.11.2026.</translation>
    </message>
    <message>
        <source>Not a valid value for this field.</source>
        <translation>Valore non valido per questo campo.</translation>
    </message>
    <message>
        <source>This field is not known to this version.</source>
        <translation>Questo campo non è noto a questa versione.</translation>
    </message>
    <message>
        <source>A case cannot move directly to this status. Choose one of the next steps.</source>
        <translation>Un caso non può passare direttamente a questo stato. Scegliete uno dei passi successivi.</translation>
    </message>
    <message>
        <source>The linked entry no longer exists.</source>
        <translation>La voce collegata non esiste più.</translation>
    </message>
    <message>
        <source>The case is archived; restore it first.</source>
        <translation>Il caso è archiviato; ripristinatelo prima.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Inserite un numero intero.</translation>
    </message>
    <message>
        <source>Capital letters, digits and . / - such as ZH-2026-000123.</source>
        <translation>Lettere maiuscole, cifre e . / -, p. es. ZH-2026-000123.</translation>
    </message>
    <message>
        <source>8 digits, such as 1234.5678.</source>
        <translation>8 cifre, p. es. 1234.5678.</translation>
    </message>
    <message>
        <source>N and 6 digits, such as N 123 456.</source>
        <translation>N e 6 cifre, p. es. N 123 456.</translation>
    </message>
    <message>
        <source>12 digits.</source>
        <translation>12 cifre.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) / -, such as +41 79 123 45 67.</source>
        <translation>Cifre, spazi e + ( ) / -, p. es. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>An address such as name@example.ch.</source>
        <translation>Un indirizzo come nome@esempio.ch.</translation>
    </message>
    <message>
        <source>Not a valid date — write 27.11.1990, 11.1990 or only the year 1990.</source>
        <translation>Data non valida – scrivete 27.11.1990, 11.1990 o solo l&apos;anno 1990.</translation>
    </message>
    <message numerus="yes">
        <source>Too long — at most %n characters.</source>
        <translation>
            <numerusform>Troppo lungo – al massimo %n carattere.</numerusform>
            <numerusform>Troppo lungo – al massimo %n caratteri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit case …</source>
        <translation>&amp;Modifica il caso …</translation>
    </message>
    <message>
        <source>Edit the case overview (Ctrl+E)</source>
        <translation>Modifica la panoramica del caso (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nato/a il</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Cittadinanza</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <source>Edit &amp;person …</source>
        <translation>Modifica la &amp;persona …</translation>
    </message>
    <message>
        <source>Persons in this case</source>
        <translation>Persone di questo caso</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Saving …</source>
        <translation>Salvataggio …</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>You changed this form but have not saved it. Discard your changes?</source>
        <translation>Avete modificato questo modulo senza salvarlo. Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SensitiveSection</name>
    <message>
        <source>Sensitive details (access is logged)</source>
        <translation>Dati sensibili (accesso registrato)</translation>
    </message>
    <message>
        <source>Show sensitive details (logged)</source>
        <translation>Mostra i dati sensibili (registrato)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</source>
        <translation>La sincronizzazione con il servizio centrale non è ancora configurata su questo portatile. Tutto ciò che fate viene salvato qui, cifrato.</translation>
    </message>
    <message>
        <source>This laptop has not synced yet. Your changes stay here until the first sync.</source>
        <translation>Questo portatile non è ancora mai stato sincronizzato. Le vostre modifiche restano qui fino alla prima sincronizzazione.</translation>
    </message>
    <message>
        <source>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</source>
        <translation>Queste modifiche sono salvate su questo portatile e verranno inviate alla prossima sincronizzazione. Nulla va perso se bloccate o chiudete Dossier.</translation>
    </message>
    <message>
        <source>Conflicts appear when a change made here and one made elsewhere touch the same field. There are none.</source>
        <translation>I conflitti nascono quando una modifica fatta qui e una fatta altrove riguardano lo stesso campo. Non ce ne sono.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Cerca caso</translation>
    </message>
    <message>
        <source>&amp;Edit case …</source>
        <translation>&amp;Modifica il caso …</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Nessun conflitto aperto</translation>
    </message>
    <message>
        <source>Counting changes …</source>
        <translation>Conteggio delle modifiche …</translation>
    </message>
    <message>
        <source>All changes saved, none waiting</source>
        <translation>Tutto salvato, nulla in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln modifica in attesa di sincronizzazione</numerusform>
            <numerusform>%Ln modifiche in attesa di sincronizzazione</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the sync service</source>
        <translation>Connessione al servizio di sincronizzazione</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Ultima sincronizzazione riuscita</translation>
    </message>
    <message>
        <source>Changes saved on this laptop that the service has not received yet</source>
        <translation>Modifiche salvate su questo portatile che il servizio non ha ancora ricevuto</translation>
    </message>
    <message>
        <source>Changes that need your decision after a sync</source>
        <translation>Modifiche che richiedono la vostra decisione dopo una sincronizzazione</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlocking … checking the passphrase takes a moment.</source>
        <translation>Sblocco … la verifica della passphrase richiede un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi tentativi errati. Potete riprovare tra %n secondo.</numerusform>
            <numerusform>Troppi tentativi errati. Potete riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case files, encrypted on this laptop. Unlock your profile to continue.</source>
        <translation>Fascicoli dei casi, cifrati su questo portatile. Sbloccate il vostro profilo per continuare.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profilo:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>There is no profile on this laptop yet. Enrol this laptop with the one-time code from IT support.</source>
        <translation>Su questo portatile non c&apos;è ancora nessun profilo. Registrate il portatile con il codice monouso del supporto informatico.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
