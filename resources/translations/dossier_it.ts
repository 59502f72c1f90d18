<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Il suo account</translation>
    </message>
    <message>
        <source>Step 2 of 5 — who is setting up this laptop.</source>
        <translation>Passo 2 di 5 — chi configura questo portatile.</translation>
    </message>
    <message>
        <source>Enter the one-time code from IT support, then your login and password for the sync service.</source>
        <translation>Inserisca il codice monouso ricevuto dal supporto informatico, poi il suo login e la password del servizio di sincronizzazione.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Codice monouso:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name shown on this laptop:</source>
        <translation>&amp;Nome mostrato su questo portatile:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Codice monouso</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name shown on this laptop</source>
        <translation>Nome mostrato su questo portatile</translation>
    </message>
    <message>
        <source>optional — your login if empty</source>
        <translation>facoltativo — altrimenti il suo login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>— no answer —</source>
        <translation>— nessuna risposta —</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Adatta alla finestra</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>This version of Dossier cannot show PDF documents yet. The file stays encrypted on this laptop and is synced with the case.</source>
        <translation>Questa versione di Dossier non può ancora mostrare documenti PDF. Il file resta cifrato su questo portatile e viene sincronizzato con l&apos;incarto.</translation>
    </message>
    <message>
        <source>This file is not a picture Dossier can show. It stays encrypted on this laptop and is synced with the case.</source>
        <translation>Questo file non è un&apos;immagine che Dossier può mostrare. Resta cifrato su questo portatile e viene sincronizzato con l&apos;incarto.</translation>
    </message>
</context>
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
        <translation>Colloqui</translation>
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
    <name>ClockWarning</name>
    <message>
        <source>Measured at the last sync against the sync service. Dossier uses this laptop&apos;s clock to decide which of two changes is newer, so a wrong clock can let an older change win.</source>
        <translation>Misurato all&apos;ultima sincronizzazione con il servizio di sincronizzazione. Dossier usa l&apos;orologio di questo portatile per decidere quale di due modifiche è la più recente: un orologio sbagliato può far prevalere una modifica più vecchia.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n minute(s) off — ask IT to set it</source>
        <translation>
            <numerusform>L&apos;orologio di questo portatile è sfasato di %n minuto — fatelo regolare dal supporto IT</numerusform>
            <numerusform>L&apos;orologio di questo portatile è sfasato di %n minuti — fatelo regolare dal supporto IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n hour(s) off — ask IT to set it</source>
        <translation>
            <numerusform>L&apos;orologio di questo portatile è sfasato di %n ora — fatelo regolare dal supporto IT</numerusform>
            <numerusform>L&apos;orologio di questo portatile è sfasato di %n ore — fatelo regolare dal supporto IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n day(s) off — ask IT to set it</source>
        <translation>
            <numerusform>L&apos;orologio di questo portatile è sfasato di %n giorno — fatelo regolare dal supporto IT</numerusform>
            <numerusform>L&apos;orologio di questo portatile è sfasato di %n giorni — fatelo regolare dal supporto IT</numerusform>
        </translation>
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
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Termine legale</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizzato</translation>
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
    <message>
        <source>RIF – Return Information Fund</source>
        <translation>RIF – Fondo d’informazione sul ritorno</translation>
    </message>
    <message>
        <source>SIM – travel organised by IOM</source>
        <translation>SIM – viaggio organizzato dall’OIM</translation>
    </message>
    <message>
        <source>RAS – reintegration assistance</source>
        <translation>RAS – aiuto alla reintegrazione</translation>
    </message>
    <message>
        <source>RAZ – return assistance from a federal asylum centre</source>
        <translation>RAZ – aiuto al ritorno da un centro federale d’asilo</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Consulenza</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Partito</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>These changes were made here and elsewhere at the same time, or the service did not accept them. Choose which value is right; your choice is sent at the next sync.</source>
        <translation>Queste modifiche sono state fatte qui e altrove contemporaneamente, oppure il servizio non le ha accettate. Scelga il valore giusto; la scelta viene inviata alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>No open conflicts — everything is in agreement.</source>
        <translation>Nessun conflitto aperto — tutto concorda.</translation>
    </message>
    <message>
        <source>&amp;Resolve …</source>
        <translation>&amp;Risolvi …</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitti aperti</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>&amp;Dismiss …</source>
        <translation>&amp;Scarta …</translation>
    </message>
    <message>
        <source>Dismiss the rejected change?</source>
        <translation>Scartare la modifica respinta?</translation>
    </message>
    <message>
        <source>Re-&amp;apply as a new change</source>
        <translation>Ri&amp;applicare come nuova modifica</translation>
    </message>
    <message>
        <source>The change stays rejected and is not sent again; the rejection stays on record on this laptop. Dismiss it?</source>
        <translation>La modifica resta respinta e non viene inviata di nuovo; il rifiuto resta registrato su questo portatile. Scartarla?</translation>
    </message>
    <message>
        <source>The same values would be rejected again; change the case instead.</source>
        <translation>Gli stessi valori verrebbero respinti di nuovo; modifichi invece il caso.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Write your values again as a new change</source>
        <translation>Riscrivere i suoi valori come nuova modifica</translation>
    </message>
    <message>
        <source>Your values are kept here until you dismiss the change.</source>
        <translation>I suoi valori restano conservati qui finché non scarta la modifica.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Rejected by the service</source>
        <translation>Respinta dal servizio</translation>
    </message>
    <message>
        <source>Changed here and elsewhere</source>
        <translation>Modificata qui e altrove</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Rejected by the service: %1</source>
        <translation>Respinta dal servizio: %1</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>New case</source>
        <translation>Nuovo incarto</translation>
    </message>
    <message>
        <source>New person in this case</source>
        <translation>Nuova persona in questo incarto</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuovo compito</translation>
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
    <message>
        <source>Appeal against an asylum decision (extended procedure)</source>
        <translation>Ricorso contro una decisione d&apos;asilo (procedura ampliata)</translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (accelerated procedure)</source>
        <translation>Ricorso contro una decisione d&apos;asilo (procedura celere)</translation>
    </message>
    <message>
        <source>Appeal against a decision not to enter into the application</source>
        <translation>Ricorso contro una decisione di non entrata nel merito</translation>
    </message>
    <message>
        <source>Departure after a rejection in the accelerated procedure</source>
        <translation>Partenza dopo un rifiuto nella procedura celere</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation>Trasferimento Dublino</translation>
    </message>
    <message>
        <source>Dublin transfer (person imprisoned)</source>
        <translation>Trasferimento Dublino (persona detenuta)</translation>
    </message>
    <message>
        <source>Dublin transfer (person absconded)</source>
        <translation>Trasferimento Dublino (persona irreperibile)</translation>
    </message>
    <message>
        <source>Reminder before the permit expires</source>
        <translation>Promemoria prima della scadenza del permesso</translation>
    </message>
    <message>
        <source>Action against an asylum decision (DE)</source>
        <translation>Ricorso contro una decisione d&apos;asilo (DE)</translation>
    </message>
    <message>
        <source>Action against a rejection as manifestly unfounded (DE)</source>
        <translation>Ricorso contro un rifiuto come manifestamente infondato (DE)</translation>
    </message>
    <message>
        <source>Action against a Dublin transfer order (DE)</source>
        <translation>Ricorso contro un ordine di trasferimento Dublino (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejected asylum application (DE)</source>
        <translation>Partenza dopo il rifiuto della domanda d&apos;asilo (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejection as manifestly unfounded (DE)</source>
        <translation>Partenza dopo un rifiuto come manifestamente infondato (DE)</translation>
    </message>
    <message>
        <source>Action against a residence decision (DE)</source>
        <translation>Ricorso contro una decisione in materia di soggiorno (DE)</translation>
    </message>
    <message>
        <source>Art. 108 para. 1 AsylA</source>
        <translation>art. 108 cpv. 1 LAsi</translation>
    </message>
    <message>
        <source>Art. 108 para. 2 AsylA</source>
        <translation>art. 108 cpv. 2 LAsi</translation>
    </message>
    <message>
        <source>Art. 108 para. 3 AsylA</source>
        <translation>art. 108 cpv. 3 LAsi</translation>
    </message>
    <message>
        <source>Art. 45 para. 2 AsylA</source>
        <translation>art. 45 cpv. 2 LAsi</translation>
    </message>
    <message>
        <source>Art. 29 para. 1 Dublin III Regulation</source>
        <translation>art. 29 par. 1 regolamento Dublino III</translation>
    </message>
    <message>
        <source>Art. 29 para. 2 Dublin III Regulation</source>
        <translation>art. 29 par. 2 regolamento Dublino III</translation>
    </message>
    <message>
        <source>Section 74 (1) AsylG (DE)</source>
        <translation>§ 74 cpv. 1 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1), 2nd half-sentence AsylG (DE)</source>
        <translation>§ 74 cpv. 1 seconda frase AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 34a (2) AsylG (DE)</source>
        <translation>§ 34a cpv. 2 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 38 (1) AsylG (DE)</source>
        <translation>§ 38 cpv. 1 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 36 (1) AsylG (DE)</source>
        <translation>§ 36 cpv. 1 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1) VwGO (DE)</source>
        <translation>§ 74 cpv. 1 VwGO (DE)</translation>
    </message>
    <message>
        <source>from the notification</source>
        <translation>dalla notificazione</translation>
    </message>
    <message>
        <source>from the acceptance of the transfer</source>
        <translation>dall&apos;accettazione del trasferimento</translation>
    </message>
    <message>
        <source>from the expiry of the permit</source>
        <translation>dalla scadenza del permesso</translation>
    </message>
    <message>
        <source>before the notification</source>
        <translation>prima della notificazione</translation>
    </message>
    <message>
        <source>before the acceptance of the transfer</source>
        <translation>prima dell&apos;accettazione del trasferimento</translation>
    </message>
    <message>
        <source>before the expiry of the permit</source>
        <translation>prima della scadenza del permesso</translation>
    </message>
    <message>
        <source>Date of notification</source>
        <translation>Data della notificazione</translation>
    </message>
    <message>
        <source>Date the transfer was accepted</source>
        <translation>Data dell&apos;accettazione del trasferimento</translation>
    </message>
    <message>
        <source>Date the permit expires</source>
        <translation>Data di scadenza del permesso</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data d&apos;inizio</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 on %2</source>
        <translation>
            <numerusform>%n giorno lavorativo %1 del %2</numerusform>
            <numerusform>%n giorni lavorativi %1 del %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) %1 on %2</source>
        <translation>
            <numerusform>%n settimana %1 del %2</numerusform>
            <numerusform>%n settimane %1 del %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) %1 on %2</source>
        <translation>
            <numerusform>%n mese %1 del %2</numerusform>
            <numerusform>%n mesi %1 del %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 on %2</source>
        <translation>
            <numerusform>%n giorno %1 del %2</numerusform>
            <numerusform>%n giorni %1 del %2</numerusform>
        </translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a public holiday %3</source>
        <translation>spostato al %1 perché il %2 è un giorno festivo %3</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a public holiday %3</source>
        <translation>anticipato al %1 perché il %2 è un giorno festivo %3</translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a %3</source>
        <translation>spostato al %1 perché il %2 è %3</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a %3</source>
        <translation>anticipato al %1 perché il %2 è %3</translation>
    </message>
    <message>
        <source>ends on %1, a public holiday %2, and is not shifted by law</source>
        <translation>scade il %1, giorno festivo %2, e per legge non è spostato</translation>
    </message>
    <message>
        <source>ends on %1, a %2, and is not shifted by law</source>
        <translation>scade il %1, %2, e per legge non è spostato</translation>
    </message>
    <message>
        <source>%1 not counted: a public holiday %2</source>
        <translation>%1 non contato: giorno festivo %2</translation>
    </message>
    <message>
        <source>that month has no day %1, so %2 counts</source>
        <translation>quel mese non ha il giorno %1, quindi vale il %2</translation>
    </message>
    <message>
        <source>Return: check travel document and booking</source>
        <translation>Ritorno: verificare documento di viaggio e prenotazione</translation>
    </message>
    <message>
        <source>Return: confirm the departure took place</source>
        <translation>Ritorno: confermare l’avvenuta partenza</translation>
    </message>
    <message>
        <source>Return: first reintegration follow-up</source>
        <translation>Ritorno: primo monitoraggio della reintegrazione</translation>
    </message>
    <message>
        <source>Return: closing reintegration follow-up</source>
        <translation>Ritorno: monitoraggio finale della reintegrazione</translation>
    </message>
    <message>
        <source>from the planned travel date</source>
        <translation>dalla data di viaggio prevista</translation>
    </message>
    <message>
        <source>from the departure</source>
        <translation>dalla partenza</translation>
    </message>
    <message>
        <source>before the planned travel date</source>
        <translation>prima della data di viaggio prevista</translation>
    </message>
    <message>
        <source>before the departure</source>
        <translation>prima della partenza</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Data di viaggio prevista</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Data della partenza</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Due: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>Loading the rules …</source>
        <translation>Caricamento delle regole …</translation>
    </message>
    <message>
        <source>This case has no canton or Land, so holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>Questo incarto non ha né cantone né Land, quindi i giorni festivi non sono noti. Inseritelo nella panoramica dell&apos;incarto (per esempio VD o BY), poi riprovate.</translation>
    </message>
    <message>
        <source>Counted with the public holidays %1.</source>
        <translation>Calcolato con i giorni festivi %1.</translation>
    </message>
    <message>
        <source>New legal deadline</source>
        <translation>Nuovo termine legale</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regola</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>This code is a Swiss canton and a German Land. Choose which one is meant.</source>
        <translation>Questo codice è un cantone svizzero e un Land tedesco. Scegliete quale è inteso.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.mm.aaaa</translation>
    </message>
    <message>
        <source>⚠ Not a valid date — write it like 27.11.2026.</source>
        <translation>⚠ Data non valida – scrivetela come 27.11.2026.</translation>
    </message>
    <message>
        <source>&amp;Create deadline</source>
        <translation>&amp;Crea termine</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Waiting for the file</source>
        <translation>File in arrivo</translation>
    </message>
    <message>
        <source>This file was added on another laptop and is not on this one yet, so it cannot be opened. It arrives with the next sync.</source>
        <translation>Questo file è stato aggiunto su un altro portatile e non è ancora su questo, quindi non può essere aperto. Arriva con la prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Encrypting and importing the document …</source>
        <translation>Cifratura e importazione del documento …</translation>
    </message>
    <message>
        <source>&amp;Import scan or photo …</source>
        <translation>&amp;Importa scansione o foto …</translation>
    </message>
    <message>
        <source>The file is copied into Dossier encrypted; the original is not changed</source>
        <translation>Il file viene copiato cifrato in Dossier; l&apos;originale non viene modificato</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documenti di questo incarto</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Ancora nessun documento</translation>
    </message>
    <message>
        <source>Import a scan or photo of an identity document, a decision or a letter.</source>
        <translation>Importate una scansione o una foto di un documento d&apos;identità, di una decisione o di una lettera.</translation>
    </message>
    <message>
        <source>Waiting for the file — it arrives with the next sync. A file marked like this was added on another laptop and cannot be opened until then.</source>
        <translation>File in arrivo — arriva con la prossima sincronizzazione. Un file contrassegnato così è stato aggiunto su un altro portatile e potrà essere aperto solo allora.</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Creating your encrypted profile …</source>
        <translation>Creazione del suo profilo cifrato …</translation>
    </message>
    <message>
        <source>Contacting the sync service …</source>
        <translation>Connessione al servizio di sincronizzazione …</translation>
    </message>
    <message>
        <source>The one-time code is wrong, already used or expired. Check it, or ask IT support for a new code.</source>
        <translation>Il codice monouso è errato, già usato o scaduto. Lo verifichi o chieda un nuovo codice al supporto informatico.</translation>
    </message>
    <message>
        <source>The login or password is not correct. Check them and Caps Lock, then try again.</source>
        <translation>Il login o la password non sono corretti. Li verifichi, controlli il tasto Bloc Maiusc e riprovi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Troppi tentativi falliti. Attenda %n minuto, poi riprovi.</numerusform>
            <numerusform>Troppi tentativi falliti. Attenda %n minuti, poi riprovi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Contact IT support.</source>
        <translation>Questo account è disattivato. Contatti il supporto informatico.</translation>
    </message>
    <message>
        <source>The sync service has no organisation recovery key yet, so no profile was created (nobody could recover it). Ask IT support to set it up.</source>
        <translation>Il servizio di sincronizzazione non ha ancora una chiave di ripristino dell'organizzazione, quindi non è stato creato alcun profilo (nessuno potrebbe ripristinarlo). Chieda al supporto informatico di configurarla.</translation>
    </message>
    <message>
        <source>Fetching your cases …</source>
        <translation>Recupero dei suoi casi …</translation>
    </message>
    <message numerus="yes">
        <source>Fetching your cases … %n received</source>
        <translation>
            <numerusform>Recupero dei suoi casi … %n ricevuto</numerusform>
            <numerusform>Recupero dei suoi casi … %n ricevuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Configurare questo portatile</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Sittings</source>
        <translation>Sedute</translation>
    </message>
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
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza il</translation>
    </message>
    <message>
        <source>Remind on</source>
        <translation>Promemoria il</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Lingua del colloquio</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Paese di destinazione</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Avente diritto</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Data di viaggio prevista</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Budget di reintegrazione</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Piano di reintegrazione</translation>
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
    <name>History</name>
    <message>
        <source>created the case</source>
        <translation>ha creato l&apos;incarto</translation>
    </message>
    <message>
        <source>changed the case</source>
        <translation>ha modificato l&apos;incarto</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>ha aperto l&apos;incarto</translation>
    </message>
    <message>
        <source>archived the case</source>
        <translation>ha archiviato l&apos;incarto</translation>
    </message>
    <message>
        <source>restored the case</source>
        <translation>ha ripristinato l&apos;incarto</translation>
    </message>
    <message>
        <source>added a person</source>
        <translation>ha aggiunto una persona</translation>
    </message>
    <message>
        <source>changed a person&apos;s details</source>
        <translation>ha modificato i dati di una persona</translation>
    </message>
    <message>
        <source>opened a person&apos;s details</source>
        <translation>ha aperto i dati di una persona</translation>
    </message>
    <message>
        <source>linked a person to the case</source>
        <translation>ha collegato una persona all&apos;incarto</translation>
    </message>
    <message>
        <source>changed a person&apos;s role</source>
        <translation>ha modificato il ruolo di una persona</translation>
    </message>
    <message>
        <source>removed a person from the case</source>
        <translation>ha rimosso una persona dall&apos;incarto</translation>
    </message>
    <message>
        <source>added a task or deadline</source>
        <translation>ha aggiunto un compito o un termine</translation>
    </message>
    <message>
        <source>changed a task or deadline</source>
        <translation>ha modificato un compito o un termine</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>ha aggiunto una nota</translation>
    </message>
    <message>
        <source>started an interview</source>
        <translation>ha iniziato un colloquio</translation>
    </message>
    <message>
        <source>saved interview answers</source>
        <translation>ha salvato risposte di un colloquio</translation>
    </message>
    <message>
        <source>opened an interview</source>
        <translation>ha aperto un colloquio</translation>
    </message>
    <message>
        <source>exported an interview protocol</source>
        <translation>ha esportato un verbale di colloquio</translation>
    </message>
    <message>
        <source>printed an interview protocol</source>
        <translation>ha stampato un verbale di colloquio</translation>
    </message>
    <message>
        <source>imported a document</source>
        <translation>ha importato un documento</translation>
    </message>
    <message>
        <source>viewed a document</source>
        <translation>ha visualizzato un documento</translation>
    </message>
    <message>
        <source>added an identity document</source>
        <translation>ha aggiunto un documento d&apos;identità</translation>
    </message>
    <message>
        <source>changed an identity document</source>
        <translation>ha modificato un documento d&apos;identità</translation>
    </message>
    <message>
        <source>recorded return assistance</source>
        <translation>ha registrato un aiuto al ritorno</translation>
    </message>
    <message>
        <source>changed return assistance</source>
        <translation>ha modificato un aiuto al ritorno</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>ha risolto un conflitto di sincronizzazione</translation>
    </message>
    <message>
        <source>viewed special-category details</source>
        <translation>ha visualizzato dati degni di particolare protezione</translation>
    </message>
    <message>
        <source>finalised an interview</source>
        <translation>ha finalizzato un colloquio</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>visualizzato</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinato</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>esportato</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>stampato</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizzato</translation>
    </message>
    <message>
        <source>resolved a conflict</source>
        <translation>ha risolto un conflitto</translation>
    </message>
    <message>
        <source>case</source>
        <translation>incarto</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>person in the case</source>
        <translation>persona nell&apos;incarto</translation>
    </message>
    <message>
        <source>task</source>
        <translation>compito</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>colloquio</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>documento d&apos;identità</translation>
    </message>
    <message>
        <source>return assistance</source>
        <translation>aiuto al ritorno</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portatile</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>questo portatile</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>portatile %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Loading the history …</source>
        <translation>Caricamento della cronologia …</translation>
    </message>
    <message>
        <source>No changes of this case wait for sync.</source>
        <translation>Nessuna modifica di questo incarto attende la sincronizzazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this case wait for the next sync: %1</source>
        <translation>
            <numerusform>%n modifica di questo incarto attende la prossima sincronizzazione: %1</numerusform>
            <numerusform>%n modifiche di questo incarto attendono la prossima sincronizzazione: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n conflitto aperto attende la vostra decisione.</numerusform>
            <numerusform>%n conflitti aperti attendono la vostra decisione.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>Cronologia di questo incarto</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Import a document</source>
        <translation>Importa un documento</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs (%1)</source>
        <translation>Scansioni, foto e PDF (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Interrupted — continue the interview to record more answers</source>
        <translation>Interrotto – riprendere il colloquio per registrare altre risposte</translation>
    </message>
    <message>
        <source>Finalised — this protocol can no longer be changed</source>
        <translation>Finalizzato – questo verbale non può più essere modificato</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Salvataggio …</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifiche non ancora salvate</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche salvate</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Salvato alle %1</translation>
    </message>
    <message>
        <source>Not saved — see the message above</source>
        <translation>Non salvato – vedi il messaggio sopra</translation>
    </message>
    <message>
        <source>Finalise the protocol?</source>
        <translation>Finalizzare il verbale?</translation>
    </message>
    <message>
        <source>After finalising, this protocol can no longer be changed; corrections are made in an addendum. Read the answers back to the person first.</source>
        <translation>Dopo la finalizzazione questo verbale non può più essere modificato; le correzioni si fanno in un&apos;aggiunta. Rileggete prima le risposte alla persona.</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalizza</translation>
    </message>
    <message>
        <source>&amp;Read back</source>
        <translation>&amp;Rilettura</translation>
    </message>
    <message>
        <source>Show the answers as the protocol reads</source>
        <translation>Mostrare le risposte come nel verbale</translation>
    </message>
    <message>
        <source>&amp;Finalise …</source>
        <translation>&amp;Finalizza …</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>&amp;Aggiungi aggiunta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation>Aggiunta: %1</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New &amp;interview …</source>
        <translation>Nuovo &amp;colloquio …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Interviews of this case</source>
        <translation>Colloqui di questo incarto</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Ancora nessun colloquio</translation>
    </message>
    <message>
        <source>Start an interview from a form; answers are saved as you type.</source>
        <translation>Iniziate un colloquio da un modulo; le risposte vengono salvate mentre scrivete.</translation>
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
        <source>This case has no known canton or Land, so its holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>Questo incarto non ha un cantone o un Land noto, quindi i suoi giorni festivi non sono noti. Inseritelo nella panoramica dell&apos;incarto (per esempio VD o BY), poi riprovate.</translation>
    </message>
    <message>
        <source>The case&apos;s region code is a Swiss canton and a German Land. Choose the country, or write it as CH-BE or DE-BE in the case overview.</source>
        <translation>Il codice di regione dell&apos;incarto è un cantone svizzero e un Land tedesco. Scegliete il paese o scrivetelo come CH-BE o DE-BE nella panoramica dell&apos;incarto.</translation>
    </message>
    <message>
        <source>This rule does not apply in the case&apos;s canton or Land. Choose another rule.</source>
        <translation>Questa regola non si applica nel cantone o nel Land dell&apos;incarto. Scegliete un&apos;altra regola.</translation>
    </message>
    <message>
        <source>Dossier does not know the holidays of that year, so it cannot compute this deadline. Check the date.</source>
        <translation>Dossier non conosce i giorni festivi di quell&apos;anno e non può quindi calcolare questo termine. Verificate la data.</translation>
    </message>
    <message>
        <source>This laptop has not reached the sync service for too long, so the profile stays locked for your protection. Connect to the office network and sign in online, or contact IT support. Nothing has been deleted.</source>
        <translation>Questo portatile non raggiunge il servizio di sincronizzazione da troppo tempo, quindi il profilo resta bloccato per la sua protezione. Si colleghi alla rete dell&apos;ufficio e acceda online, oppure contatti il supporto informatico. Nulla è stato cancellato.</translation>
    </message>
    <message>
        <source>The sync service cannot be reached. Check the network connection, then sync again; your changes stay saved on this laptop.</source>
        <translation>Il servizio di sincronizzazione non è raggiungibile. Controlli la connessione di rete e sincronizzi di nuovo; le modifiche restano salvate su questo portatile.</translation>
    </message>
    <message>
        <source>The connection to the sync service is not trusted, so nothing was sent. Contact IT support; your changes stay saved on this laptop.</source>
        <translation>La connessione al servizio di sincronizzazione non è affidabile, quindi non è stato inviato nulla. Contatti il supporto informatico; le modifiche restano salvate su questo portatile.</translation>
    </message>
    <message>
        <source>The sync service needs a newer Dossier version to send you changes. Your own changes were still sent and nothing is lost. Ask IT support to update Dossier on this laptop.</source>
        <translation>Il servizio di sincronizzazione richiede una versione più recente di Dossier per inviarle modifiche. Le sue modifiche sono state comunque inviate e nulla è andato perso. Chieda al supporto informatico di aggiornare Dossier su questo portatile.</translation>
    </message>
    <message>
        <source>You are assigned more cases than one laptop can hold, so the sync service sends none. Your own changes were still sent and nothing is lost. Ask IT support or your team lead to reduce the cases assigned to you.</source>
        <translation>Le sono assegnati più casi di quanti un portatile ne possa contenere, perciò il servizio di sincronizzazione non ne invia nessuno. Le sue modifiche sono state comunque inviate e nulla è andato perso. Chieda al supporto informatico o al suo responsabile di team di ridurre i casi a lei assegnati.</translation>
    </message>
    <message>
        <source>Sync is not set up on this laptop yet. Ask IT support for an enrolment code.</source>
        <translation>La sincronizzazione non è ancora configurata su questo portatile. Chieda un codice di registrazione al supporto informatico.</translation>
    </message>
    <message>
        <source>The sync did not finish. Try again later; your changes stay saved on this laptop. If it keeps failing, contact IT support and give them the details.</source>
        <translation>La sincronizzazione non è stata completata. Riprovi più tardi; le modifiche restano salvate su questo portatile. Se continua a non riuscire, contatti il supporto informatico indicando i dettagli.</translation>
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
        <source>Outside the allowed range.</source>
        <translation>Fuori dall&apos;intervallo consentito.</translation>
    </message>
    <message>
        <source>Each choice may be ticked only once.</source>
        <translation>Ogni scelta può essere selezionata una sola volta.</translation>
    </message>
    <message>
        <source>This question is not part of the form (any more).</source>
        <translation>Questa domanda non fa (più) parte del modulo.</translation>
    </message>
    <message>
        <source>Only a finalised interview is corrected by an addendum; edit the draft.</source>
        <translation>Solo un colloquio finalizzato si corregge con un&apos;aggiunta; modificate la bozza.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Questa data è nel futuro.</translation>
    </message>
    <message>
        <source>The case cannot be closed before the date it was opened.</source>
        <translation>Il caso non può essere chiuso prima della data in cui è stato aperto.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date; empty this field or close the case.</source>
        <translation>Solo un caso chiuso ha una data di chiusura; svuotate questo campo o chiudete il caso.</translation>
    </message>
    <message>
        <source>The interview is interrupted, so nothing was saved. Continue the interview first (“Continue interview …”), then record answers; your entry is still in the form.</source>
        <translation>Il colloquio è interrotto, quindi non è stato salvato nulla. Riprendete prima il colloquio («Riprendere il colloquio …»), poi registrate le risposte; quanto inserito è ancora nel modulo.</translation>
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
    <message>
        <source>Contact IT support: the service&apos;s audit log is older than the one this laptop saw last, as if the service had been restored from a backup. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Contattate il supporto IT: il registro di audit del servizio di sincronizzazione è più vecchio di quello che questo portatile ha visto per ultimo, come se il servizio fosse stato ripristinato da un backup. La sincronizzazione è ferma finché l&apos;IT non ha controllato il servizio; continuate a lavorare, le vostre modifiche restano salvate su questo portatile.</translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log does not match the one this laptop checked before, so it may have been altered. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Contattate il supporto IT: il registro di audit del servizio di sincronizzazione non corrisponde a quello che questo portatile ha verificato prima; potrebbe essere stato alterato. La sincronizzazione è ferma finché l&apos;IT non ha controllato il servizio; continuate a lavorare, le vostre modifiche restano salvate su questo portatile.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No notes yet. Notes cannot be changed once added.</source>
        <translation>Ancora nessuna nota. Una volta aggiunte, le note non possono più essere modificate.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note … (Ctrl+Enter adds it)</source>
        <translation>Scrivere una nota … (Ctrl+Invio la aggiunge)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <source>Notes of this case</source>
        <translation>Note di questo incarto</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Aggiungi nota</translation>
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
    <message>
        <source>Case overview</source>
        <translation>Panoramica del caso</translation>
    </message>
</context>
<context>
    <name>ParticipantsBar</name>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprete</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Lingua del colloquio</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Nome o numero dell&apos;interprete</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indicato —</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Robustezza della passphrase: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilizzabile</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Too short: use at least four unrelated words.</source>
        <translation>Troppo corta: usi almeno quattro parole senza legame tra loro.</translation>
    </message>
    <message>
        <source>Too common: it appears in lists of leaked passwords.</source>
        <translation>Troppo comune: compare in elenchi di password trafugate.</translation>
    </message>
    <message>
        <source>Contains your login or name.</source>
        <translation>Contiene il suo login o il suo nome.</translation>
    </message>
    <message>
        <source>Repeats the same characters or words.</source>
        <translation>Ripete gli stessi caratteri o parole.</translation>
    </message>
    <message>
        <source>Contains a sequence such as 1234 or abcd.</source>
        <translation>Contiene una sequenza come 1234 o abcd.</translation>
    </message>
    <message>
        <source>Contains a keyboard pattern such as qwertz.</source>
        <translation>Contiene uno schema di tastiera come qwertz.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Step 3 of 5 — the key to the cases on this laptop.</source>
        <translation>Passo 3 di 5 — la chiave dei casi su questo portatile.</translation>
    </message>
    <message>
        <source>Choose a passphrase of several unrelated words. You type it every time you unlock Dossier; it never leaves this laptop.</source>
        <translation>Scelga una passphrase di più parole senza legame tra loro. La digita ogni volta che sblocca Dossier; non lascia mai questo portatile.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripetere:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustezza:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ripetere la passphrase</translation>
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
        <source>&amp;Add person to case …</source>
        <translation>&amp;Aggiungi persona all&apos;incarto …</translation>
    </message>
    <message>
        <source>New person in this case (Ctrl+N)</source>
        <translation>Nuova persona in questo incarto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Persons in this case</source>
        <translation>Persone di questo caso</translation>
    </message>
    <message>
        <source>Details of the selected person</source>
        <translation>Dettagli della persona selezionata</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Case %1</source>
        <translation>Incarto %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniziato il %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Interprete: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Addendum correcting an earlier protocol</source>
        <translation>Aggiunta che corregge un verbale precedente</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Risposte da una versione precedente del modulo</translation>
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
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery by your organisation</source>
        <translation>Recupero da parte della sua organizzazione</translation>
    </message>
    <message>
        <source>Step 4 of 5 — please read before you continue.</source>
        <translation>Passo 4 di 5 — legga prima di continuare.</translation>
    </message>
    <message>
        <source>Your organisation can recover the cases on this laptop. The key that encrypts them is also stored locked with a recovery key held by IT. If you forget your passphrase, IT can open your profile and give you a new passphrase; every recovery is recorded in the access log.

So IT never needs to know your passphrase: do not tell it to anyone.</source>
        <translation>La sua organizzazione può recuperare i casi su questo portatile. La chiave che li cifra è protetta anche da una chiave di recupero custodita dall&apos;informatica. Se dimentica la passphrase, l&apos;informatica può aprire il suo profilo e darle una nuova passphrase; ogni recupero è registrato nel registro degli accessi.

L&apos;informatica non ha quindi mai bisogno della sua passphrase: non la comunichi a nessuno.</translation>
    </message>
    <message>
        <source>I &amp;understand that my organisation can recover my cases</source>
        <translation>&amp;Capisco che la mia organizzazione può recuperare i miei casi</translation>
    </message>
    <message>
        <source>I understand that my organisation can recover my cases</source>
        <translation>Capisco che la mia organizzazione può recuperare i miei casi</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurare</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>in Switzerland</source>
        <translation>in Svizzera</translation>
    </message>
    <message>
        <source>in Germany</source>
        <translation>in Germania</translation>
    </message>
    <message>
        <source>in the canton of Aargau</source>
        <translation>nel Cantone di Argovia</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Innerrhoden</source>
        <translation>nel Cantone di Appenzello Interno</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Ausserrhoden</source>
        <translation>nel Cantone di Appenzello Esterno</translation>
    </message>
    <message>
        <source>in the canton of Bern</source>
        <translation>nel Cantone di Berna</translation>
    </message>
    <message>
        <source>in the canton of Basel-Landschaft</source>
        <translation>nel Cantone di Basilea Campagna</translation>
    </message>
    <message>
        <source>in the canton of Basel-Stadt</source>
        <translation>nel Cantone di Basilea Città</translation>
    </message>
    <message>
        <source>in the canton of Fribourg</source>
        <translation>nel Cantone di Friburgo</translation>
    </message>
    <message>
        <source>in the canton of Geneva</source>
        <translation>nel Cantone di Ginevra</translation>
    </message>
    <message>
        <source>in the canton of Glarus</source>
        <translation>nel Cantone di Glarona</translation>
    </message>
    <message>
        <source>in the canton of Graubünden</source>
        <translation>nel Cantone dei Grigioni</translation>
    </message>
    <message>
        <source>in the canton of Jura</source>
        <translation>nel Cantone del Giura</translation>
    </message>
    <message>
        <source>in the canton of Lucerne</source>
        <translation>nel Cantone di Lucerna</translation>
    </message>
    <message>
        <source>in the canton of Neuchâtel</source>
        <translation>nel Cantone di Neuchâtel</translation>
    </message>
    <message>
        <source>in the canton of Nidwalden</source>
        <translation>nel Cantone di Nidvaldo</translation>
    </message>
    <message>
        <source>in the canton of Obwalden</source>
        <translation>nel Cantone di Obvaldo</translation>
    </message>
    <message>
        <source>in the canton of St. Gallen</source>
        <translation>nel Cantone di San Gallo</translation>
    </message>
    <message>
        <source>in the canton of Schaffhausen</source>
        <translation>nel Cantone di Sciaffusa</translation>
    </message>
    <message>
        <source>in the canton of Solothurn</source>
        <translation>nel Cantone di Soletta</translation>
    </message>
    <message>
        <source>in the canton of Schwyz</source>
        <translation>nel Cantone di Svitto</translation>
    </message>
    <message>
        <source>in the canton of Thurgau</source>
        <translation>nel Cantone di Turgovia</translation>
    </message>
    <message>
        <source>in the canton of Ticino</source>
        <translation>nel Cantone Ticino</translation>
    </message>
    <message>
        <source>in the canton of Uri</source>
        <translation>nel Cantone di Uri</translation>
    </message>
    <message>
        <source>in the canton of Vaud</source>
        <translation>nel Cantone di Vaud</translation>
    </message>
    <message>
        <source>in the canton of Valais</source>
        <translation>nel Cantone del Vallese</translation>
    </message>
    <message>
        <source>in the canton of Zug</source>
        <translation>nel Cantone di Zugo</translation>
    </message>
    <message>
        <source>in the canton of Zurich</source>
        <translation>nel Cantone di Zurigo</translation>
    </message>
    <message>
        <source>in Brandenburg</source>
        <translation>nel Brandeburgo</translation>
    </message>
    <message>
        <source>in Berlin</source>
        <translation>a Berlino</translation>
    </message>
    <message>
        <source>in Baden-Württemberg</source>
        <translation>nel Baden-Württemberg</translation>
    </message>
    <message>
        <source>in Bavaria</source>
        <translation>in Baviera</translation>
    </message>
    <message>
        <source>in Bremen</source>
        <translation>a Brema</translation>
    </message>
    <message>
        <source>in Hesse</source>
        <translation>in Assia</translation>
    </message>
    <message>
        <source>in Hamburg</source>
        <translation>ad Amburgo</translation>
    </message>
    <message>
        <source>in Mecklenburg-Western Pomerania</source>
        <translation>nel Meclemburgo-Pomerania Anteriore</translation>
    </message>
    <message>
        <source>in Lower Saxony</source>
        <translation>in Bassa Sassonia</translation>
    </message>
    <message>
        <source>in North Rhine-Westphalia</source>
        <translation>nella Renania Settentrionale-Vestfalia</translation>
    </message>
    <message>
        <source>in Rhineland-Palatinate</source>
        <translation>nella Renania-Palatinato</translation>
    </message>
    <message>
        <source>in Schleswig-Holstein</source>
        <translation>nello Schleswig-Holstein</translation>
    </message>
    <message>
        <source>in Saarland</source>
        <translation>nel Saarland</translation>
    </message>
    <message>
        <source>in Saxony</source>
        <translation>in Sassonia</translation>
    </message>
    <message>
        <source>in Saxony-Anhalt</source>
        <translation>in Sassonia-Anhalt</translation>
    </message>
    <message>
        <source>in Thuringia</source>
        <translation>in Turingia</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Risolvi conflitto</translation>
    </message>
    <message>
        <source>Case %1 · %2: which value is right?</source>
        <translation>Caso %1 · %2: quale valore è giusto?</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Prima (base)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mia</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La loro</translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation>Il valore da cui entrambe le parti sono partite</translation>
    </message>
    <message>
        <source>Your change, which the service did not apply</source>
        <translation>La sua modifica, che il servizio non ha applicato</translation>
    </message>
    <message>
        <source>The value on the service; the conflict arose on %1</source>
        <translation>Il valore sul servizio; il conflitto è sorto il %1</translation>
    </message>
    <message>
        <source>▲ changed from the base</source>
        <translation>▲ modificato rispetto alla base</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantieni la mia</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendi la loro</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>Modi&amp;fica:</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Valore modificato</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Risolvi</translation>
    </message>
    <message>
        <source>&amp;Keep the later change</source>
        <translation>&amp;Tenere la modifica successiva</translation>
    </message>
    <message>
        <source>&amp;Take the service&apos;s value</source>
        <translation>&amp;Prendere il valore del servizio</translation>
    </message>
    <message>
        <source>A later change made elsewhere, which the service did not apply; the conflict arose on %1</source>
        <translation>Una modifica successiva fatta altrove, che il servizio non ha applicato; il conflitto è sorto il %1</translation>
    </message>
    <message>
        <source>Later change</source>
        <translation>Modifica successiva</translation>
    </message>
    <message>
        <source>Made elsewhere; the service did not apply it</source>
        <translation>Fatta altrove; il servizio non l’ha applicata</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>Sul servizio</translation>
    </message>
    <message>
        <source>Your change, which the service kept</source>
        <translation>La sua modifica, che il servizio ha mantenuto</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Setting up this profile was interrupted before the sync service confirmed it. Enter a new one-time code from IT support and your password to finish.</source>
        <translation>La configurazione di questo profilo è stata interrotta prima che il servizio di sincronizzazione la confermasse. Inserisca un nuovo codice monouso del supporto informatico e la sua password per completarla.</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>&amp;Terminare la configurazione</translation>
    </message>
    <message>
        <source>Setting up this laptop</source>
        <translation>Configurazione di questo portatile</translation>
    </message>
    <message>
        <source>Step 5 of 5 — this takes a moment; the window stays usable.</source>
        <translation>Passo 5 di 5 — ci vuole un momento; la finestra resta utilizzabile.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Indirizzo del servizio:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Codice monouso:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Indirizzo del servizio</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Codice monouso</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprovare</translation>
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
    <name>ServicePage</name>
    <message>
        <source>IT support has set the address and the certificate file for you.</source>
        <translation>Il supporto IT ha inserito per voi l&apos;indirizzo e il file dei certificati.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Certificati CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Servizio di sincronizzazione</translation>
    </message>
    <message>
        <source>Step 1 of 5 — where this laptop keeps its cases in sync.</source>
        <translation>Passo 1 di 5 — dove questo portatile sincronizza i suoi casi.</translation>
    </message>
    <message>
        <source>Enter the address of your organisation&apos;s sync service. IT support gives it to you.</source>
        <translation>Inserisca l&apos;indirizzo del servizio di sincronizzazione della sua organizzazione. Glielo fornisce il supporto informatico.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Indirizzo del servizio:</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation>&amp;Certificati CA (facoltativo):</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Indirizzo del servizio</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>File dei certificati CA</translation>
    </message>
    <message>
        <source>&amp;Browse …</source>
        <translation>&amp;Sfoglia …</translation>
    </message>
    <message>
        <source>Only needed if IT support gave you a certificate file for the service.</source>
        <translation>Necessario solo se il supporto informatico le ha dato un file di certificato per il servizio.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading …</source>
        <translation>Caricamento …</translation>
    </message>
    <message>
        <source>Unlock to see it</source>
        <translation>Sbloccare per vederlo</translation>
    </message>
    <message>
        <source>Not set up on this laptop yet</source>
        <translation>Non ancora configurato su questo portatile</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>I certificati del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Blocca dopo</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Indirizzo del servizio</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Certificati CA</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min senza immissione</translation>
    </message>
    <message>
        <source>Dossier locks itself when you do nothing for this long, and whenever the screen locks. At most %1 minutes are allowed.</source>
        <translation>Dossier si blocca quando non fate nulla per questo tempo e ogni volta che lo schermo si blocca. Sono consentiti al massimo %1 minuti.</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Servizio di sincronizzazione</translation>
    </message>
    <message>
        <source>Your IT department sets the service address and its certificates when this laptop is enrolled. They cannot be changed here.</source>
        <translation>Il vostro servizio informatico imposta l&apos;indirizzo del servizio e i suoi certificati quando questo portatile viene registrato. Non possono essere modificati qui.</translation>
    </message>
    <message>
        <source>&amp;Sync automatically whenever the service can be reached</source>
        <translation>&amp;Sincronizzare automaticamente quando il servizio è raggiungibile</translation>
    </message>
    <message>
        <source>When this is off, Dossier only syncs when you choose Sync now (F5).</source>
        <translation>Se è disattivata, Dossier sincronizza solo quando sceglie «Sincronizza ora» (F5).</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</source>
        <translation>Queste modifiche sono salvate su questo portatile e verranno inviate alla prossima sincronizzazione. Nulla va perso se bloccate o chiudete Dossier.</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues next time.</source>
        <translation>Sincronizzazione annullata; riprenderà la prossima volta.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sincronizzazione completata.</translation>
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
    <message>
        <source>&amp;New …</source>
        <translation>&amp;Nuovo …</translation>
    </message>
    <message>
        <source>New case; in the Persons tab, new person (Ctrl+N)</source>
        <translation>Nuovo incarto; nella scheda Persone, nuova persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Impostazioni …</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;incronizza ora</translation>
    </message>
    <message>
        <source>&amp;Conflicts …</source>
        <translation>&amp;Conflitti …</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nuovo colloquio</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Modulo</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Lingua del colloquio</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprete</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Nome o numero dell&apos;interprete</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Inizia colloquio</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</source>
        <translation>La sincronizzazione con il servizio centrale non è ancora configurata su questo portatile. Tutto ciò che fate viene salvato qui, cifrato.</translation>
    </message>
    <message>
        <source>This laptop has not synced yet. Your changes stay here until the first sync.</source>
        <translation>Questo portatile non è ancora mai stato sincronizzato. Le vostre modifiche restano qui fino alla prima sincronizzazione.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modifica inviata</numerusform>
            <numerusform>%n modifiche inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modifica ricevuta</numerusform>
            <numerusform>%n modifiche ricevute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) merged automatically</source>
        <translation>
            <numerusform>%n modifica unita automaticamente</numerusform>
            <numerusform>%n modifiche unite automaticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nuovo conflitto</numerusform>
            <numerusform>%n nuovi conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n modifica respinta dal servizio</numerusform>
            <numerusform>%n modifiche respinte dal servizio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this laptop</source>
        <translation>
            <numerusform>%n caso rimosso da questo portatile</numerusform>
            <numerusform>%n casi rimossi da questo portatile</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; it continues with the next sync.</source>
        <translation>La sincronizzazione non è stata completata; riprenderà alla prossima.</translation>
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
        <source>Sync not set up</source>
        <translation>Sincronizzazione non configurata</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Non ancora verificato</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizzato %1</translation>
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
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflitto da risolvere</numerusform>
            <numerusform>%Ln conflitti da risolvere</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the sync service — click to sync now (F5)</source>
        <translation>Connessione al servizio di sincronizzazione — clic per sincronizzare ora (F5)</translation>
    </message>
    <message>
        <source>Last successful sync — click for the report</source>
        <translation>Ultima sincronizzazione riuscita — clic per il resoconto</translation>
    </message>
    <message>
        <source>Changes that need your decision after a sync — click to open</source>
        <translation>Modifiche che richiedono una sua decisione dopo una sincronizzazione — clic per aprire</translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln change(s) sent</source>
        <translation>
            <numerusform>Sincronizzazione … %Ln modifica inviata</numerusform>
            <numerusform>Sincronizzazione … %Ln modifiche inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln page(s) received</source>
        <translation>
            <numerusform>Sincronizzazione … %Ln pagina ricevuta</numerusform>
            <numerusform>Sincronizzazione … %Ln pagine ricevute</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Sincronizzazione …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annulla la sincronizzazione</translation>
    </message>
    <message>
        <source>Changes saved on this laptop that the service has not received yet</source>
        <translation>Modifiche salvate su questo portatile che il servizio non ha ancora ricevuto</translation>
    </message>
    <message>
        <source>Auto-sync paused</source>
        <translation>Sincronizzazione automatica in pausa</translation>
    </message>
    <message>
        <source>Automatic sync is paused in the settings — click to sync now (F5)</source>
        <translation>La sincronizzazione automatica è in pausa nelle impostazioni — clic per sincronizzare ora (F5)</translation>
    </message>
    <message>
        <source>Checking connection …</source>
        <translation>Verifica della connessione …</translation>
    </message>
    <message>
        <source>The sync service cannot be reached; Dossier keeps trying and syncs as soon as it answers — click to try now (F5)</source>
        <translation>Il servizio di sincronizzazione non è raggiungibile; Dossier riprova e sincronizza appena risponde — clic per provare ora (F5)</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>Aggiornamento necessario</translation>
    </message>
    <message>
        <source>Sync stopped — contact IT</source>
        <translation>Sincronizzazione ferma — contattare l&apos;IT</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>SyncTime</name>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min. ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Why this date: %1</source>
        <translation>Perché questa data: %1</translation>
    </message>
    <message>
        <source>New &amp;task …</source>
        <translation>Nuovo &amp;compito …</translation>
    </message>
    <message>
        <source>New legal &amp;deadline …</source>
        <translation>Nuovo &amp;termine legale …</translation>
    </message>
    <message>
        <source>Compute a due date from a legal rule, with holidays of the case&apos;s region</source>
        <translation>Calcolare una scadenza secondo una regola legale, con i giorni festivi della regione dell&apos;incarto</translation>
    </message>
    <message>
        <source>Tasks and deadlines of this case</source>
        <translation>Compiti e termini di questo incarto</translation>
    </message>
    <message>
        <source>No tasks or deadlines yet</source>
        <translation>Ancora nessun compito o termine</translation>
    </message>
    <message>
        <source>Add a task, or a legal deadline computed from a notification date.</source>
        <translation>Aggiungete un compito o un termine legale calcolato da una data di notificazione.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Setup not finished</source>
        <translation>Configurazione non completata</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>&amp;Terminare la configurazione</translation>
    </message>
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
        <source>&amp;Set up this laptop / add a caseworker …</source>
        <translation>&amp;Configurare questo portatile / aggiungere un collaboratore …</translation>
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
<context>
    <name>AccessPdf</name>
    <message>
        <source>special-category data</source>
        <translation>dati particolarmente degni di protezione</translation>
    </message>
    <message>
        <source>archived (still held)</source>
        <translation>archiviato (ancora conservato)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <source>Who accessed or changed this data</source>
        <translation>Chi ha consultato o modificato questi dati</translation>
    </message>
    <message>
        <source>Information held on %1</source>
        <translation>Dati conservati su %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2. The enclosed JSON file holds the same data in a machine-readable form.</source>
        <translation>Esportato da %1 il %2. Il file JSON allegato contiene gli stessi dati in forma leggibile da una macchina.</translation>
    </message>
    <message>
        <source>The cases of this person include other persons. Check interviews, tasks and case notes for their data before handing this export over.</source>
        <translation>I casi di questa persona comprendono altre persone. Verificate colloqui, compiti e note del caso per i loro dati prima di consegnare questa esportazione.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documenti d&apos;identità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Compiti e termini</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Aiuto al ritorno</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Diritto d&apos;accesso</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo di documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numero del documento</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Paese di rilascio</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Rilasciato il</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Originale visto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Legal rule</source>
        <translation>Norma di legge</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo di file</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Dimensione in byte</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Somma di controllo (SHA-256)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Paese di destinazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Avente diritto</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Data del viaggio</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Budget per la reintegrazione</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Piano di reintegrazione</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export as PDF</source>
        <translation>Esporta come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Scegliere una cartella per l&apos;esportazione</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>E&amp;xport all data …</source>
        <translation>E&amp;sporta tutti i dati …</translation>
    </message>
    <message>
        <source>Export everything held on this person (right of access)</source>
        <translation>Esportare tutto ciò che è conservato su questa persona (diritto d&apos;accesso)</translation>
    </message>
    <message>
        <source>Export all data on %1</source>
        <translation>Esporta tutti i dati su %1</translation>
    </message>
    <message>
        <source>Everything this laptop holds on the person — personal data, cases, identity documents, interviews, notes, tasks, return assistance, documents and the log of who accessed them — is written as a JSON file and a PDF into a new folder. Special-category data is included and marked. The export is recorded in the audit log.</source>
        <translation>Tutto ciò che questo portatile conserva sulla persona — dati personali, casi, documenti d&apos;identità, colloqui, note, compiti, aiuto al ritorno, documenti e il registro di chi vi ha avuto accesso — viene scritto in una nuova cartella come file JSON e come PDF. I dati particolarmente degni di protezione sono inclusi e contrassegnati. L&apos;esportazione è registrata nel registro di audit.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>&amp;Choose …</source>
        <translation>&amp;Scegli …</translation>
    </message>
    <message>
        <source>&amp;Include the attached files</source>
        <translation>&amp;Includi i file allegati</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>diritto-d-accesso</translation>
    </message>
    <message>
        <source>Everything held on this person was exported to the folder %1.</source>
        <translation>Tutti i dati su questa persona sono stati esportati nella cartella %1.</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>protocol</source>
        <translation>verbale</translation>
    </message>
    <message>
        <source>The protocol was saved as %1.</source>
        <translation>Il verbale è stato salvato come %1.</translation>
    </message>
    <message>
        <source>The protocol was sent to the printer.</source>
        <translation>Il verbale è stato inviato alla stampante.</translation>
    </message>
    <message>
        <source>E&amp;xport protocol …</source>
        <translation>E&amp;sporta il verbale …</translation>
    </message>
    <message>
        <source>Save the protocol as a PDF file (A4)</source>
        <translation>Salvare il verbale come file PDF (A4)</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>Stam&amp;pa …</translation>
    </message>
</context>
<context>
    <name>ProtocolPdf</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Dalle–alle</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Sitting %1 (%2)</source>
        <translation>Seduta %1 (%2)</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nato/a %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero del caso</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo di caso</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Lingua del colloquio</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Verbalizzato da</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>This is an addendum correcting the protocol of %1.</source>
        <translation>Questa è un&apos;aggiunta che corregge il verbale del %1.</translation>
    </message>
    <message>
        <source>Corrected by an addendum of %1.</source>
        <translation>Corretto da un&apos;aggiunta del %1.</translation>
    </message>
    <message>
        <source>special-category data</source>
        <translation>dati particolarmente degni di protezione</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Risposte di una versione precedente del modulo</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Luogo e data:</translation>
    </message>
    <message>
        <source>Draft — not finalised; the answers may still change.</source>
        <translation>Bozza — non finalizzata; le risposte possono ancora cambiare.</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Persona interrogata</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Collaboratore/trice</translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation>Esportato da %1 il %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Record to keep:</source>
        <translation>Scheda da mantenere:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diverso</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documenti d’identità</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Unisci in %1</translation>
    </message>
    <message>
        <source>Merged person</source>
        <translation>Persona unita</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <source>These records were merged. Undo restores both, with their cases.</source>
        <translation>Queste schede sono state unite. Annulla le ripristina entrambe, con i loro casi.</translation>
    </message>
    <message>
        <source>Are these the same person? Choose the record to keep and, where they differ, which value it gets.</source>
        <translation>È la stessa persona? Scegliete la scheda da mantenere e, dove differiscono, quale valore riceve.</translation>
    </message>
    <message>
        <source>Why proposed: %1</source>
        <translation>Perché proposto: %1</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Non è la stessa persona</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annulla l’unione</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Le due schede affiancate</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, data di nascita %2</translation>
    </message>
    <message>
        <source>Keep the first record: %1</source>
        <translation>Mantenere la prima scheda: %1</translation>
    </message>
    <message>
        <source>Keep the second record: %1</source>
        <translation>Mantenere la seconda scheda: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>%1 from the first record: %2</source>
        <translation>%1 dalla prima scheda: %2</translation>
    </message>
    <message>
        <source>%1 from the second record: %2</source>
        <translation>%1 dalla seconda scheda: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same ZEMIS number</source>
        <translation>stesso numero ZEMIS</translation>
    </message>
    <message>
        <source>same N number</source>
        <translation>stesso numero N</translation>
    </message>
    <message>
        <source>same AZR number</source>
        <translation>stesso numero AZR</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>names match as transliteration variants</source>
        <translation>i nomi sono varianti di traslitterazione</translation>
    </message>
    <message>
        <source>names differ by a typo</source>
        <translation>i nomi differiscono per un errore di battitura</translation>
    </message>
    <message>
        <source>an alias matches</source>
        <translation>un alias corrisponde</translation>
    </message>
    <message>
        <source>the name in original script matches</source>
        <translation>il nome in scrittura originale corrisponde</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>stessa data di nascita</translation>
    </message>
    <message>
        <source>same month of birth</source>
        <translation>stesso mese di nascita</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>stesso anno di nascita</translation>
    </message>
    <message>
        <source>date of birth unknown for one of them</source>
        <translation>data di nascita sconosciuta per una delle due</translation>
    </message>
    <message>
        <source>dates of birth do not match</source>
        <translation>le date di nascita non corrispondono</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>stessa cittadinanza</translation>
    </message>
    <message>
        <source>different nationalities</source>
        <translation>cittadinanze diverse</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>sesso diverso</translation>
    </message>
    <message>
        <source>another register number differs</source>
        <translation>un altro numero di registro è diverso</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Merged: %1 into %2</source>
        <translation>Unito: %1 in %2</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 and %2 (%3 %)</source>
        <translation>Possibile duplicato: %1 e %2 (%3 %)</translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation>Possibili persone doppie</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>&amp;Confronta …</translation>
    </message>
    <message>
        <source>Possible duplicate persons of this case</source>
        <translation>Possibili persone doppie di questo caso</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>A value is not valid for the service. Correct it in the case.</source>
        <translation>Un valore non è valido per il servizio. Lo corregga nel caso.</translation>
    </message>
    <message>
        <source>Entries of this kind cannot be changed once saved. Add a new one instead.</source>
        <translation>Le voci di questo tipo non si possono modificare dopo il salvataggio. Ne aggiunga invece una nuova.</translation>
    </message>
    <message>
        <source>The case could not move to this status from the one it had on the service. Check the status, then re-apply the change or make a different one.</source>
        <translation>Il caso non poteva passare a questo stato da quello che aveva sul servizio. Controlli lo stato, poi riapplichi la modifica o ne faccia un’altra.</translation>
    </message>
    <message>
        <source>The change was incomplete. Make it again in the case.</source>
        <translation>La modifica era incompleta. La ripeta nel caso.</translation>
    </message>
    <message>
        <source>The conflict resolution could not be applied. Resolve the conflict again.</source>
        <translation>La risoluzione del conflitto non è stata applicata. Risolva di nuovo il conflitto.</translation>
    </message>
    <message>
        <source>The entry already exists on the service with other values. Check the case.</source>
        <translation>La voce esiste già sul servizio con altri valori. Controlli il caso.</translation>
    </message>
    <message>
        <source>The entry no longer exists on the service. Check the case.</source>
        <translation>La voce non esiste più sul servizio. Controlli il caso.</translation>
    </message>
    <message>
        <source>The entry was finalised elsewhere, so it cannot be changed. Add an addendum instead.</source>
        <translation>La voce è stata finalizzata altrove e non si può più modificare. Aggiunga invece un’aggiunta.</translation>
    </message>
    <message>
        <source>The laptop&apos;s clock was wrong when the change was made. Check the clock, then re-apply it as a new change.</source>
        <translation>L’orologio del portatile era sbagliato quando è stata fatta la modifica. Controlli l’orologio, poi la riapplichi come nuova modifica.</translation>
    </message>
    <message>
        <source>The service did not accept this change. Check the case; if it keeps happening, contact IT support and give them the code.</source>
        <translation>Il servizio non ha accettato questa modifica. Controlli il caso; se si ripete, contatti il supporto informatico indicando il codice.</translation>
    </message>
    <message>
        <source>The service does not know a field of this change. Ask IT support to update Dossier.</source>
        <translation>Il servizio non conosce un campo di questa modifica. Chieda al supporto informatico di aggiornare Dossier.</translation>
    </message>
    <message>
        <source>The service does not know this kind of entry. Ask IT support to update Dossier.</source>
        <translation>Il servizio non conosce questo tipo di voce. Chieda al supporto informatico di aggiornare Dossier.</translation>
    </message>
    <message>
        <source>The service no longer accepts this kind of change. Re-apply it as a new change.</source>
        <translation>Il servizio non accetta più questo tipo di modifica. La riapplichi come nuova modifica.</translation>
    </message>
    <message>
        <source>This field can no longer be changed. Add a note or a correction instead.</source>
        <translation>Questo campo non si può più modificare. Aggiunga invece una nota o una rettifica.</translation>
    </message>
    <message>
        <source>You may no longer change this case; your team lead reviews the change. Ask them if it is still needed.</source>
        <translation>Non può più modificare questo caso; la sua responsabile di team esamina la modifica. Le chieda se serve ancora.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>Show the case as it is now</source>
        <translation>Mostrare il caso com’è ora</translation>
    </message>
    <message>
        <source>This case was updated by sync while you were editing. Save or close your form, then reload to see the new data.</source>
        <translation>Questo caso è stato aggiornato dalla sincronizzazione mentre lo modificava. Salvi o chiuda il modulo, poi ricarichi per vedere i nuovi dati.</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n modifica respinta dal servizio</numerusform>
            <numerusform>%n modifiche respinte dal servizio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n modifica in attesa di sincronizzazione</numerusform>
            <numerusform>%n modifiche in attesa di sincronizzazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflitto da risolvere</numerusform>
            <numerusform>%n conflitti da risolvere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnAssistance</name>
    <message>
        <source>&amp;Register for the programme …</source>
        <translation>&amp;Iscrivere al programma …</translation>
    </message>
    <message>
        <source>&amp;Cancel return assistance …</source>
        <translation>&amp;Annullare l’aiuto al ritorno …</translation>
    </message>
    <message>
        <source>Record the &amp;departure …</source>
        <translation>Registrare la &amp;partenza …</translation>
    </message>
    <message>
        <source>&amp;Back to counselling …</source>
        <translation>&amp;Tornare alla consulenza …</translation>
    </message>
    <message>
        <source>Start &amp;monitoring …</source>
        <translation>Avviare il &amp;monitoraggio …</translation>
    </message>
    <message>
        <source>&amp;Resume counselling …</source>
        <translation>&amp;Riprendere la consulenza …</translation>
    </message>
    <message>
        <source>The person is registered for the chosen programme with IOM and the canton. Reminders are created from the planned travel date.</source>
        <translation>La persona è iscritta al programma scelto presso l’OIM e il Cantone. I promemoria sono creati a partire dalla data di viaggio prevista.</translation>
    </message>
    <message>
        <source>The person has left. The travel reminders are ticked off and the reintegration follow-ups are created from the date of departure.</source>
        <translation>La persona è partita. I promemoria del viaggio sono spuntati e i monitoraggi della reintegrazione sono creati dalla data della partenza.</translation>
    </message>
    <message>
        <source>The reintegration in the country of return is being followed up.</source>
        <translation>La reintegrazione nel Paese di ritorno è monitorata.</translation>
    </message>
    <message>
        <source>The person no longer wishes to return with assistance, or is not eligible. Open reminders are withdrawn; counselling can be resumed later.</source>
        <translation>La persona non desidera più ritornare con un aiuto o non ne ha diritto. I promemoria aperti sono ritirati; la consulenza può riprendere più tardi.</translation>
    </message>
    <message>
        <source>Counselling starts again; open travel reminders are withdrawn.</source>
        <translation>La consulenza ricomincia; i promemoria di viaggio aperti sono ritirati.</translation>
    </message>
    <message>
        <source>Eligibility is not confirmed. Edit the return assistance and tick “Eligible” before registering.</source>
        <translation>Il diritto non è confermato. Modificare l’aiuto al ritorno e spuntare «Avente diritto» prima dell’iscrizione.</translation>
    </message>
    <message>
        <source>The departure date is in the future. Record the departure once it has happened.</source>
        <translation>La data della partenza è nel futuro. Registrare la partenza quando è avvenuta.</translation>
    </message>
    <message>
        <source>This case already has return assistance. It is shown again now.</source>
        <translation>Questo caso ha già un aiuto al ritorno. Viene mostrato di nuovo.</translation>
    </message>
    <message>
        <source>This step is not possible from the current status (it may have changed on another laptop). Choose one of the steps offered.</source>
        <translation>Questo passo non è possibile dallo stato attuale (potrebbe essere cambiato su un altro portatile). Scegliere uno dei passi proposti.</translation>
    </message>
    <message>
        <source>The status is saved, but no reminders were created. %1 Then add them in the Deadlines tab.</source>
        <translation>Lo stato è salvato, ma non è stato creato alcun promemoria. %1 Aggiungerli poi nella scheda Scadenze.</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceTab</name>
    <message>
        <source>Confirm eligibility (Edit …) before registering.</source>
        <translation>Confermare il diritto (Modifica …) prima dell’iscrizione.</translation>
    </message>
    <message>
        <source>No canton or Land on the case: currency and reminders are unknown.</source>
        <translation>Nessun Cantone o Land nel caso: valuta e promemoria sconosciuti.</translation>
    </message>
    <message>
        <source>Start return counselling</source>
        <translation>Avviare la consulenza per il ritorno</translation>
    </message>
    <message>
        <source>Edit return assistance</source>
        <translation>Modificare l’aiuto al ritorno</translation>
    </message>
    <message>
        <source>The reintegration budget is in %1, whole amounts.</source>
        <translation>Il budget di reintegrazione è in %1, importi interi.</translation>
    </message>
    <message>
        <source>The case has no canton or Land yet, so the budget&apos;s currency (CHF or EUR) is unknown. Enter the region in the case overview.</source>
        <translation>Il caso non ha ancora un Cantone o Land: la valuta del budget (CHF o EUR) è sconosciuta. Inserire la regione nella panoramica del caso.</translation>
    </message>
    <message>
        <source>Saved. Status: %1.</source>
        <translation>Salvato. Stato: %1.</translation>
    </message>
    <message>
        <source>Reminders created: %1 (see Deadlines).</source>
        <translation>Promemoria creati: %1 (vedi Scadenze).</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Ritorno</translation>
    </message>
    <message>
        <source>Return assistance (AVRR)</source>
        <translation>Aiuto al ritorno (AVRR)</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Modifica …</translation>
    </message>
    <message>
        <source>Programme, destination, eligibility, budget, plan</source>
        <translation>Programma, destinazione, diritto, budget, piano</translation>
    </message>
    <message>
        <source>&amp;Start return counselling …</source>
        <translation>&amp;Avviare la consulenza per il ritorno …</translation>
    </message>
    <message>
        <source>No return assistance recorded yet</source>
        <translation>Nessun aiuto al ritorno registrato</translation>
    </message>
    <message>
        <source>Start counselling to record the programme (RIF, SIM, RAS, RAZ), the destination country and whether the person is eligible.</source>
        <translation>Avviare la consulenza per registrare il programma (RIF, SIM, RAS, RAZ), il Paese di destinazione e se la persona ne ha diritto.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Return assistance details</source>
        <translation>Dettagli dell&apos;aiuto al ritorno</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceView</name>
    <message>
        <source>Reminders of the return</source>
        <translation>Promemoria del ritorno</translation>
    </message>
    <message>
        <source>None yet: registering and recording the departure create them.</source>
        <translation>Nessuno per ora: l’iscrizione e la registrazione della partenza li creano.</translation>
    </message>
    <message>
        <source>done (was due %1)</source>
        <translation>fatto (scadenza %1)</translation>
    </message>
    <message>
        <source>In the Deadlines tab each one says why it falls on its day.</source>
        <translation>Nella scheda Scadenze ognuno indica perché cade in quel giorno.</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Status of the return: %1</source>
        <translation>Stato del ritorno: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>passo attuale</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non ancora raggiunto</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Data non valida — scriverla come 27.11.2026.</translation>
    </message>
    <message>
        <source>The departure cannot be in the future.</source>
        <translation>La partenza non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Reminders this creates: %1</source>
        <translation>Promemoria creati da questo passo: %1</translation>
    </message>
    <message>
        <source>Date of departure *</source>
        <translation>Data della partenza *</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Data della partenza</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confermare</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Riprendere</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprete</translation>
    </message>
    <message>
        <source>Continue the interview</source>
        <translation>Riprendere il colloquio</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Lingua del colloquio</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Nome o numero dell&apos;interprete</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indicato —</translation>
    </message>
</context>
<context>
    <name>InterruptDialog</name>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrompere</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Motivo (facoltativo)</translation>
    </message>
    <message>
        <source>Interrupt the interview</source>
        <translation>Interrompere il colloquio</translation>
    </message>
    <message>
        <source>The current sitting ends now. The answers stay saved; continue the interview later, also with another interpreter.</source>
        <translation>La seduta in corso termina ora. Le risposte restano salvate; il colloquio potrà riprendere più tardi, anche con un altro interprete.</translation>
    </message>
    <message>
        <source>e.g. the interpreter had to leave</source>
        <translation>p. es. l&apos;interprete ha dovuto andarsene</translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrotta: %1</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Seduta %1</translation>
    </message>
    <message>
        <source>language not set</source>
        <translation>lingua non indicata</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>senza interprete</translation>
    </message>
    <message>
        <source>Not readable in this version of Dossier</source>
        <translation>Non leggibile in questa versione di Dossier</translation>
    </message>
</context>
<context>
    <name>SittingsPanel</name>
    <message>
        <source>C&amp;ontinue interview …</source>
        <translation>&amp;Riprendere il colloquio …</translation>
    </message>
    <message>
        <source>End this sitting now and continue the interview another time</source>
        <translation>Terminare ora questa seduta e riprendere il colloquio un&apos;altra volta</translation>
    </message>
    <message>
        <source>I&amp;nterrupt interview …</source>
        <translation>I&amp;nterrompere il colloquio …</translation>
    </message>
    <message>
        <source>Start the next sitting</source>
        <translation>Iniziare la seduta successiva</translation>
    </message>
</context>
<context>
    <name>Preconfig</name>
    <message>
        <source>IT&apos;s configuration file %1 was ignored. %2 Dossier works without it; tell IT support.</source>
        <translation>Il file di configurazione dell&apos;IT %1 è stato ignorato. %2 Dossier funziona anche senza; informate il supporto IT.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid.</source>
        <translation>Il valore di %1 non è valido.</translation>
    </message>
    <message>
        <source>The file named in %1 does not exist.</source>
        <translation>Il file indicato in %1 non esiste.</translation>
    </message>
    <message>
        <source>It has an unknown setting: %1.</source>
        <translation>Contiene un&apos;impostazione sconosciuta: %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>Il file non è un TOML valido.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Il file è troppo grande.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Il file non può essere letto.</translation>
    </message>
</context>
<context>
    <name>UnfinishedSetup</name>
    <message>
        <source>Remove profile</source>
        <translation>Rimuovere il profilo</translation>
    </message>
    <message>
        <source>Remove the unfinished profile of %1 from this laptop? It holds no case files yet. Its encrypted files are erased and cannot be recovered.</source>
        <translation>Rimuovere da questo portatile il profilo non completato di %1? Non contiene ancora nessun incarto. I suoi file cifrati vengono cancellati e non possono essere recuperati.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovere</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Remove this profile …</source>
        <translation>&amp;Rimuovere questo profilo …</translation>
    </message>
    <message>
        <source>Remove this unfinished profile</source>
        <translation>Rimuovere questo profilo non completato</translation>
    </message>
    <message>
        <source>Setup not finished: this laptop was switched off or the app closed before the sync service confirmed this profile, so it cannot sync. Enter the passphrase and choose Finish setup to finish it with a new one-time code from IT support, or remove it.</source>
        <translation>Configurazione non completata: questo portatile è stato spento o l&apos;app chiusa prima che il servizio di sincronizzazione confermasse questo profilo, quindi non può sincronizzarsi. Inserisca la passphrase e scelga «Terminare la configurazione» per completarlo con un nuovo codice monouso del supporto informatico, oppure lo rimuova.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Restore from the central service</source>
        <translation>Ripristina dal servizio centrale</translation>
    </message>
    <message>
        <source>Restore the case files of %1 from the central service? The damaged store is kept, encrypted, in the profile folder for IT support. Changes made on this laptop since the last sync may be lost, unless they were already prepared for sending: those are sent at the next sync.</source>
        <translation>Ripristinare i fascicoli di %1 dal servizio centrale? L’archivio danneggiato resta conservato, cifrato, nella cartella del profilo per il supporto informatico. Le modifiche fatte su questo portatile dall’ultima sincronizzazione possono andare perse, a meno che fossero già pronte per l’invio: queste vengono inviate alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Restoring … the case files come back at the next sync.</source>
        <translation>Ripristino … i fascicoli tornano con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>A sync of this laptop is running. Try again when it has finished.</source>
        <translation>Su questo portatile è in corso una sincronizzazione. Riprovate quando è terminata.</translation>
    </message>
    <message>
        <source>Restore from the &amp;central service …</source>
        <translation>Ripristina dal servizio &amp;centrale …</translation>
    </message>
    <message>
        <source>The passphrase is right, but the case files on this laptop are damaged. They can be restored from the central service; the damaged copy is kept for IT support.</source>
        <translation>La passphrase è corretta, ma i fascicoli su questo portatile sono danneggiati. Possono essere ripristinati dal servizio centrale; la copia danneggiata resta conservata per il supporto informatico.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Filters and saved views</source>
        <translation>Filtri e viste salvate</translation>
    </message>
</context>
<context>
    <name>ReadbackPane</name>
    <message>
        <source>Questions of the interview</source>
        <translation>Domande del colloquio</translation>
    </message>
    <message>
        <source>Protocol read back</source>
        <translation>Protocollo riletto</translation>
    </message>
</context>
</TS>
