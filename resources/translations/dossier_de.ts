<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Step 2 of 5 — who is setting up this laptop.</source>
        <translation>Schritt 2 von 5 — wer diesen Laptop einrichtet.</translation>
    </message>
    <message>
        <source>Enter the one-time code from IT support, then your login and password for the sync service.</source>
        <translation>Geben Sie den Einmal-Code vom IT-Support ein, dann Ihr Login und Passwort für den Synchronisationsdienst.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal-&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name shown on this laptop:</source>
        <translation>&amp;Name auf diesem Laptop:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmal-Code</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name shown on this laptop</source>
        <translation>Name auf diesem Laptop</translation>
    </message>
    <message>
        <source>optional — your login if empty</source>
        <translation>optional — sonst Ihr Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>— no answer —</source>
        <translation>— keine Antwort —</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>This version of Dossier cannot show PDF documents yet. The file stays encrypted on this laptop and is synced with the case.</source>
        <translation>Diese Version von Dossier kann PDF-Dokumente noch nicht anzeigen. Die Datei bleibt verschlüsselt auf diesem Laptop und wird mit dem Fall synchronisiert.</translation>
    </message>
    <message>
        <source>This file is not a picture Dossier can show. It stays encrypted on this laptop and is synced with the case.</source>
        <translation>Diese Datei ist kein Bild, das Dossier anzeigen kann. Sie bleibt verschlüsselt auf diesem Laptop und wird mit dem Fall synchronisiert.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Edit case %1</source>
        <translation>Fall %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Person %1 bearbeiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Befragungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Aufgaben und Fristen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Kein Fall geöffnet</translation>
    </message>
    <message>
        <source>Choose a case in the list, or search by name, case number, date of birth or ZEMIS number (Ctrl+F).</source>
        <translation>Wählen Sie einen Fall in der Liste oder suchen Sie nach Name, Fallnummer, Geburtsdatum oder ZEMIS-Nummer (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Loading cases …</source>
        <translation>Fälle werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 von %Ln Fall</numerusform>
            <numerusform>%1 von %Ln Fällen</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases on this laptop yet</source>
        <translation>Noch keine Fälle auf diesem Laptop</translation>
    </message>
    <message>
        <source>Sync to fetch the cases assigned to you.</source>
        <translation>Synchronisieren Sie, um die Ihnen zugewiesenen Fälle zu laden.</translation>
    </message>
    <message>
        <source>No case matches your search</source>
        <translation>Kein Fall passt zu Ihrer Suche</translation>
    </message>
    <message>
        <source>Check the spelling, or search by case number, date of birth or ZEMIS number. Filters on the left also apply.</source>
        <translation>Prüfen Sie die Schreibweise oder suchen Sie nach Fallnummer, Geburtsdatum oder ZEMIS-Nummer. Die Filter links gelten ebenfalls.</translation>
    </message>
    <message>
        <source>No case matches these filters</source>
        <translation>Kein Fall passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Choose “Clear filters” on the left to see all cases.</source>
        <translation>Wählen Sie links «Filter zurücksetzen», um alle Fälle zu sehen.</translation>
    </message>
    <message>
        <source>Search name, case number, date of birth, ZEMIS or N number (Ctrl+F)</source>
        <translation>Name, Fallnummer, Geburtsdatum, ZEMIS- oder N-Nummer suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle suchen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Measured at the last sync against the sync service. Dossier uses this laptop&apos;s clock to decide which of two changes is newer, so a wrong clock can let an older change win.</source>
        <translation>Bei der letzten Synchronisation mit dem Synchronisationsdienst gemessen. Dossier entscheidet anhand der Uhr dieses Laptops, welche von zwei Änderungen neuer ist; eine falsche Uhr kann eine ältere Änderung gewinnen lassen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n minute(s) off — ask IT to set it</source>
        <translation>
            <numerusform>Die Uhr dieses Laptops geht %n Minute falsch — IT bitten, sie zu stellen</numerusform>
            <numerusform>Die Uhr dieses Laptops geht %n Minuten falsch — IT bitten, sie zu stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n hour(s) off — ask IT to set it</source>
        <translation>
            <numerusform>Die Uhr dieses Laptops geht %n Stunde falsch — IT bitten, sie zu stellen</numerusform>
            <numerusform>Die Uhr dieses Laptops geht %n Stunden falsch — IT bitten, sie zu stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n day(s) off — ask IT to set it</source>
        <translation>
            <numerusform>Die Uhr dieses Laptops geht %n Tag falsch — IT bitten, sie zu stellen</numerusform>
            <numerusform>Die Uhr dieses Laptops geht %n Tage falsch — IT bitten, sie zu stellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Asylum procedure support</source>
        <translation>Begleitung Asylverfahren</translation>
    </message>
    <message>
        <source>Permit: first issue</source>
        <translation>Bewilligung: Erteilung</translation>
    </message>
    <message>
        <source>Permit: renewal</source>
        <translation>Bewilligung: Verlängerung</translation>
    </message>
    <message>
        <source>Permit: change of canton</source>
        <translation>Bewilligung: Kantonswechsel</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Familiennachzug</translation>
    </message>
    <message>
        <source>Hardship case</source>
        <translation>Härtefall</translation>
    </message>
    <message>
        <source>Integration agreement</source>
        <translation>Integrationsvereinbarung</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Rückkehrhilfe</translation>
    </message>
    <message>
        <source>Enforcement of removal</source>
        <translation>Wegweisungsvollzug</translation>
    </message>
    <message>
        <source>Emergency aid</source>
        <translation>Nothilfe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Gesuchsteller/in</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ehepartner/in</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Gesetzliche Frist</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>B – residence permit</source>
        <translation>B – Aufenthaltsbewilligung</translation>
    </message>
    <message>
        <source>C – settlement permit</source>
        <translation>C – Niederlassungsbewilligung</translation>
    </message>
    <message>
        <source>L – short-term residence permit</source>
        <translation>L – Kurzaufenthaltsbewilligung</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – vorläufig Aufgenommene</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – Asylsuchende</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – Schutzbedürftige</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – Grenzgängerbewilligung</translation>
    </message>
    <message>
        <source>Ci – family of international officials</source>
        <translation>Ci – Familie von Angestellten internationaler Organisationen</translation>
    </message>
    <message>
        <source>Residence permit (DE)</source>
        <translation>Aufenthaltserlaubnis (DE)</translation>
    </message>
    <message>
        <source>Settlement permit (DE)</source>
        <translation>Niederlassungserlaubnis (DE)</translation>
    </message>
    <message>
        <source>Permission to stay (DE)</source>
        <translation>Aufenthaltsgestattung (DE)</translation>
    </message>
    <message>
        <source>Toleration – Duldung (DE)</source>
        <translation>Duldung (DE)</translation>
    </message>
    <message>
        <source>Fictional certificate (DE)</source>
        <translation>Fiktionsbescheinigung (DE)</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>Keine Bewilligung</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
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
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Congo (Democratic Republic)</source>
        <translation>Kongo (Demokratische Republik)</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Unknown / stateless</source>
        <translation>Unbekannt / staatenlos</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Persian (Farsi)</source>
        <translation>Persisch (Farsi)</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>RIF – Return Information Fund</source>
        <translation>RIF – Rückkehrinformationsfonds</translation>
    </message>
    <message>
        <source>SIM – travel organised by IOM</source>
        <translation>SIM – Reise durch die IOM organisiert</translation>
    </message>
    <message>
        <source>RAS – reintegration assistance</source>
        <translation>RAS – Reintegrationshilfe</translation>
    </message>
    <message>
        <source>RAZ – return assistance from a federal asylum centre</source>
        <translation>RAZ – Rückkehrhilfe ab Bundesasylzentrum</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Ausgereist</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>These changes were made here and elsewhere at the same time, or the service did not accept them. Choose which value is right; your choice is sent at the next sync.</source>
        <translation>Diese Änderungen wurden hier und anderswo gleichzeitig gemacht, oder der Dienst hat sie nicht angenommen. Wählen Sie den richtigen Wert; Ihre Wahl wird bei der nächsten Synchronisation gesendet.</translation>
    </message>
    <message>
        <source>No open conflicts — everything is in agreement.</source>
        <translation>Keine offenen Konflikte – alles stimmt überein.</translation>
    </message>
    <message>
        <source>&amp;Resolve …</source>
        <translation>&amp;Auflösen …</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Dismiss …</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>Dismiss the rejected change?</source>
        <translation>Abgelehnte Änderung verwerfen?</translation>
    </message>
    <message>
        <source>Re-&amp;apply as a new change</source>
        <translation>Als neue Änderung erneut &amp;anwenden</translation>
    </message>
    <message>
        <source>The change stays rejected and is not sent again; the rejection stays on record on this laptop. Dismiss it?</source>
        <translation>Die Änderung bleibt abgelehnt und wird nicht erneut gesendet; die Ablehnung bleibt auf diesem Laptop festgehalten. Verwerfen?</translation>
    </message>
    <message>
        <source>The same values would be rejected again; change the case instead.</source>
        <translation>Dieselben Werte würden wieder abgelehnt; ändern Sie stattdessen den Fall.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Write your values again as a new change</source>
        <translation>Ihre Werte als neue Änderung erneut schreiben</translation>
    </message>
    <message>
        <source>Your values are kept here until you dismiss the change.</source>
        <translation>Ihre Werte bleiben hier erhalten, bis Sie die Änderung verwerfen.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Rejected by the service</source>
        <translation>Vom Dienst abgelehnt</translation>
    </message>
    <message>
        <source>Changed here and elsewhere</source>
        <translation>Hier und anderswo geändert</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Rejected by the service: %1</source>
        <translation>Vom Dienst abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>New person in this case</source>
        <translation>Neue Person in diesem Fall</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>überfällig seit %n Tag</numerusform>
            <numerusform>überfällig seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (extended procedure)</source>
        <translation>Beschwerde gegen Asylentscheid (erweitertes Verfahren)</translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (accelerated procedure)</source>
        <translation>Beschwerde gegen Asylentscheid (beschleunigtes Verfahren)</translation>
    </message>
    <message>
        <source>Appeal against a decision not to enter into the application</source>
        <translation>Beschwerde gegen Nichteintretensentscheid</translation>
    </message>
    <message>
        <source>Departure after a rejection in the accelerated procedure</source>
        <translation>Ausreise nach Ablehnung im beschleunigten Verfahren</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation>Dublin-Überstellung</translation>
    </message>
    <message>
        <source>Dublin transfer (person imprisoned)</source>
        <translation>Dublin-Überstellung (Person inhaftiert)</translation>
    </message>
    <message>
        <source>Dublin transfer (person absconded)</source>
        <translation>Dublin-Überstellung (Person untergetaucht)</translation>
    </message>
    <message>
        <source>Reminder before the permit expires</source>
        <translation>Erinnerung vor Ablauf der Bewilligung</translation>
    </message>
    <message>
        <source>Action against an asylum decision (DE)</source>
        <translation>Klage gegen Asylbescheid (DE)</translation>
    </message>
    <message>
        <source>Action against a rejection as manifestly unfounded (DE)</source>
        <translation>Klage gegen Ablehnung als offensichtlich unbegründet (DE)</translation>
    </message>
    <message>
        <source>Action against a Dublin transfer order (DE)</source>
        <translation>Klage gegen Abschiebungsanordnung (Dublin) (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejected asylum application (DE)</source>
        <translation>Ausreise nach abgelehntem Asylantrag (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejection as manifestly unfounded (DE)</source>
        <translation>Ausreise nach Ablehnung als offensichtlich unbegründet (DE)</translation>
    </message>
    <message>
        <source>Action against a residence decision (DE)</source>
        <translation>Klage gegen aufenthaltsrechtlichen Bescheid (DE)</translation>
    </message>
    <message>
        <source>Art. 108 para. 1 AsylA</source>
        <translation>Art. 108 Abs. 1 AsylG</translation>
    </message>
    <message>
        <source>Art. 108 para. 2 AsylA</source>
        <translation>Art. 108 Abs. 2 AsylG</translation>
    </message>
    <message>
        <source>Art. 108 para. 3 AsylA</source>
        <translation>Art. 108 Abs. 3 AsylG</translation>
    </message>
    <message>
        <source>Art. 45 para. 2 AsylA</source>
        <translation>Art. 45 Abs. 2 AsylG</translation>
    </message>
    <message>
        <source>Art. 29 para. 1 Dublin III Regulation</source>
        <translation>Art. 29 Abs. 1 Dublin-III-Verordnung</translation>
    </message>
    <message>
        <source>Art. 29 para. 2 Dublin III Regulation</source>
        <translation>Art. 29 Abs. 2 Dublin-III-Verordnung</translation>
    </message>
    <message>
        <source>Section 74 (1) AsylG (DE)</source>
        <translation>§ 74 Abs. 1 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1), 2nd half-sentence AsylG (DE)</source>
        <translation>§ 74 Abs. 1 Halbsatz 2 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 34a (2) AsylG (DE)</source>
        <translation>§ 34a Abs. 2 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 38 (1) AsylG (DE)</source>
        <translation>§ 38 Abs. 1 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 36 (1) AsylG (DE)</source>
        <translation>§ 36 Abs. 1 AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1) VwGO (DE)</source>
        <translation>§ 74 Abs. 1 VwGO (DE)</translation>
    </message>
    <message>
        <source>from the notification</source>
        <translation>ab Eröffnung</translation>
    </message>
    <message>
        <source>from the acceptance of the transfer</source>
        <translation>ab Zustimmung zur Überstellung</translation>
    </message>
    <message>
        <source>from the expiry of the permit</source>
        <translation>ab Ablauf der Bewilligung</translation>
    </message>
    <message>
        <source>before the notification</source>
        <translation>vor der Eröffnung</translation>
    </message>
    <message>
        <source>before the acceptance of the transfer</source>
        <translation>vor der Zustimmung zur Überstellung</translation>
    </message>
    <message>
        <source>before the expiry of the permit</source>
        <translation>vor Ablauf der Bewilligung</translation>
    </message>
    <message>
        <source>Date of notification</source>
        <translation>Datum der Eröffnung</translation>
    </message>
    <message>
        <source>Date the transfer was accepted</source>
        <translation>Datum der Zustimmung zur Überstellung</translation>
    </message>
    <message>
        <source>Date the permit expires</source>
        <translation>Ablaufdatum der Bewilligung</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ausgangsdatum</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 on %2</source>
        <translation>
            <numerusform>%n Arbeitstag %1 am %2</numerusform>
            <numerusform>%n Arbeitstage %1 am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) %1 on %2</source>
        <translation>
            <numerusform>%n Woche %1 am %2</numerusform>
            <numerusform>%n Wochen %1 am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) %1 on %2</source>
        <translation>
            <numerusform>%n Monat %1 am %2</numerusform>
            <numerusform>%n Monate %1 am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 on %2</source>
        <translation>
            <numerusform>%n Tag %1 am %2</numerusform>
            <numerusform>%n Tage %1 am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a public holiday %3</source>
        <translation>verschoben auf den %1, weil der %2 %3 ein Feiertag ist</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a public holiday %3</source>
        <translation>vorverlegt auf den %1, weil der %2 %3 ein Feiertag ist</translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a %3</source>
        <translation>verschoben auf den %1, weil der %2 ein %3 ist</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a %3</source>
        <translation>vorverlegt auf den %1, weil der %2 ein %3 ist</translation>
    </message>
    <message>
        <source>ends on %1, a public holiday %2, and is not shifted by law</source>
        <translation>endet am %1, einem Feiertag %2, und wird von Gesetzes wegen nicht verschoben</translation>
    </message>
    <message>
        <source>ends on %1, a %2, and is not shifted by law</source>
        <translation>endet am %1, einem %2, und wird von Gesetzes wegen nicht verschoben</translation>
    </message>
    <message>
        <source>%1 not counted: a public holiday %2</source>
        <translation>%1 nicht gezählt: Feiertag %2</translation>
    </message>
    <message>
        <source>that month has no day %1, so %2 counts</source>
        <translation>dieser Monat hat keinen %1. Tag, daher gilt der %2</translation>
    </message>
    <message>
        <source>Return: check travel document and booking</source>
        <translation>Rückkehr: Reisedokument und Buchung prüfen</translation>
    </message>
    <message>
        <source>Return: confirm the departure took place</source>
        <translation>Rückkehr: erfolgte Ausreise bestätigen</translation>
    </message>
    <message>
        <source>Return: first reintegration follow-up</source>
        <translation>Rückkehr: erste Nachbetreuung der Reintegration</translation>
    </message>
    <message>
        <source>Return: closing reintegration follow-up</source>
        <translation>Rückkehr: abschliessende Nachbetreuung der Reintegration</translation>
    </message>
    <message>
        <source>from the planned travel date</source>
        <translation>ab dem geplanten Reisedatum</translation>
    </message>
    <message>
        <source>from the departure</source>
        <translation>ab der Ausreise</translation>
    </message>
    <message>
        <source>before the planned travel date</source>
        <translation>vor dem geplanten Reisedatum</translation>
    </message>
    <message>
        <source>before the departure</source>
        <translation>vor der Ausreise</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Geplantes Reisedatum</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Datum der Ausreise</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Loading the rules …</source>
        <translation>Regeln werden geladen …</translation>
    </message>
    <message>
        <source>This case has no canton or Land, so holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>Dieser Fall hat keinen Kanton und kein Land, daher sind die Feiertage unbekannt. Tragen Sie ihn in der Fallübersicht ein (zum Beispiel VD oder BY) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Counted with the public holidays %1.</source>
        <translation>Gezählt mit den Feiertagen %1.</translation>
    </message>
    <message>
        <source>New legal deadline</source>
        <translation>Neue gesetzliche Frist</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <source>This code is a Swiss canton and a German Land. Choose which one is meant.</source>
        <translation>Dieser Code ist ein Schweizer Kanton und ein deutsches Land. Wählen Sie, welches gemeint ist.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>⚠ Not a valid date — write it like 27.11.2026.</source>
        <translation>⚠ Kein gültiges Datum – schreiben Sie es wie 27.11.2026.</translation>
    </message>
    <message>
        <source>&amp;Create deadline</source>
        <translation>Frist &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Waiting for the file</source>
        <translation>Datei folgt</translation>
    </message>
    <message>
        <source>This file was added on another laptop and is not on this one yet, so it cannot be opened. It arrives with the next sync.</source>
        <translation>Diese Datei wurde auf einem anderen Laptop hinzugefügt und ist noch nicht auf diesem, deshalb kann sie nicht geöffnet werden. Sie kommt mit der nächsten Synchronisation.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Encrypting and importing the document …</source>
        <translation>Dokument wird verschlüsselt und importiert …</translation>
    </message>
    <message>
        <source>&amp;Import scan or photo …</source>
        <translation>Scan oder Foto &amp;importieren …</translation>
    </message>
    <message>
        <source>The file is copied into Dossier encrypted; the original is not changed</source>
        <translation>Die Datei wird verschlüsselt in Dossier kopiert; das Original bleibt unverändert</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Dokumente dieses Falls</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Noch keine Dokumente</translation>
    </message>
    <message>
        <source>Import a scan or photo of an identity document, a decision or a letter.</source>
        <translation>Importieren Sie einen Scan oder ein Foto eines Ausweises, eines Entscheids oder eines Briefs.</translation>
    </message>
    <message>
        <source>Waiting for the file — it arrives with the next sync. A file marked like this was added on another laptop and cannot be opened until then.</source>
        <translation>Datei folgt — sie kommt mit der nächsten Synchronisation. Eine so markierte Datei wurde auf einem anderen Laptop hinzugefügt und kann erst dann geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Creating your encrypted profile …</source>
        <translation>Ihr verschlüsseltes Profil wird erstellt …</translation>
    </message>
    <message>
        <source>Contacting the sync service …</source>
        <translation>Verbindung zum Synchronisationsdienst …</translation>
    </message>
    <message>
        <source>The one-time code is wrong, already used or expired. Check it, or ask IT support for a new code.</source>
        <translation>Der Einmal-Code ist falsch, schon verwendet oder abgelaufen. Prüfen Sie ihn oder verlangen Sie beim IT-Support einen neuen Code.</translation>
    </message>
    <message>
        <source>The login or password is not correct. Check them and Caps Lock, then try again.</source>
        <translation>Login oder Passwort stimmen nicht. Prüfen Sie beides und die Feststelltaste, dann versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Warten Sie %n Minute und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Warten Sie %n Minuten und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Contact IT support.</source>
        <translation>Dieses Konto ist gesperrt. Wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>The sync service has no organisation recovery key yet, so no profile was created (nobody could recover it). Ask IT support to set it up.</source>
        <translation>Der Synchronisationsdienst hat noch keinen Wiederherstellungsschlüssel der Organisation, darum wurde kein Profil angelegt (niemand könnte es wiederherstellen). Bitten Sie den IT-Support, ihn einzurichten.</translation>
    </message>
    <message>
        <source>Fetching your cases …</source>
        <translation>Ihre Fälle werden geholt …</translation>
    </message>
    <message numerus="yes">
        <source>Fetching your cases … %n received</source>
        <translation>
            <numerusform>Ihre Fälle werden geholt … %n erhalten</numerusform>
            <numerusform>Ihre Fälle werden geholt … %n erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Diesen Laptop einrichten</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Sittings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Fallart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Verfahrensschritt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Amt</translation>
    </message>
    <message>
        <source>Canton / Land</source>
        <translation>Kanton / Land</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Vulnerable person</source>
        <translation>Verletzliche Person</translation>
    </message>
    <message>
        <source>Vulnerability note</source>
        <translation>Hinweis zur Verletzlichkeit</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>ZEMIS number</source>
        <translation>ZEMIS-Nummer</translation>
    </message>
    <message>
        <source>N number</source>
        <translation>N-Nummer</translation>
    </message>
    <message>
        <source>AZR number</source>
        <translation>AZR-Nummer</translation>
    </message>
    <message>
        <source>Permit / title</source>
        <translation>Bewilligung / Titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>Hinweis zur Gesundheit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Remind on</source>
        <translation>Erinnern am</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Sprache der Befragung</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Anspruchsberechtigt</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Geplantes Reisedatum</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Reintegrationsbudget</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegrationsplan</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>TT.MM.JJJJ, MM.JJJJ oder JJJJ</translation>
    </message>
    <message>
        <source>Separate several entries with ;</source>
        <translation>Mehrere Einträge mit ; trennen</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht angegeben —</translation>
    </message>
</context>
<context>
    <name>FiltersPane</name>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>In 7 Tagen fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Case &amp;type</source>
        <translation>Fall&amp;art</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by case type</source>
        <translation>Nach Fallart filtern</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created the case</source>
        <translation>hat den Fall erstellt</translation>
    </message>
    <message>
        <source>changed the case</source>
        <translation>hat den Fall geändert</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>hat den Fall geöffnet</translation>
    </message>
    <message>
        <source>archived the case</source>
        <translation>hat den Fall archiviert</translation>
    </message>
    <message>
        <source>restored the case</source>
        <translation>hat den Fall wiederhergestellt</translation>
    </message>
    <message>
        <source>added a person</source>
        <translation>hat eine Person erfasst</translation>
    </message>
    <message>
        <source>changed a person&apos;s details</source>
        <translation>hat Personenangaben geändert</translation>
    </message>
    <message>
        <source>opened a person&apos;s details</source>
        <translation>hat Personenangaben geöffnet</translation>
    </message>
    <message>
        <source>linked a person to the case</source>
        <translation>hat eine Person dem Fall zugeordnet</translation>
    </message>
    <message>
        <source>changed a person&apos;s role</source>
        <translation>hat die Rolle einer Person geändert</translation>
    </message>
    <message>
        <source>removed a person from the case</source>
        <translation>hat eine Person aus dem Fall entfernt</translation>
    </message>
    <message>
        <source>added a task or deadline</source>
        <translation>hat eine Aufgabe oder Frist erfasst</translation>
    </message>
    <message>
        <source>changed a task or deadline</source>
        <translation>hat eine Aufgabe oder Frist geändert</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>hat eine Notiz erfasst</translation>
    </message>
    <message>
        <source>started an interview</source>
        <translation>hat eine Befragung begonnen</translation>
    </message>
    <message>
        <source>saved interview answers</source>
        <translation>hat Antworten einer Befragung gespeichert</translation>
    </message>
    <message>
        <source>opened an interview</source>
        <translation>hat eine Befragung geöffnet</translation>
    </message>
    <message>
        <source>exported an interview protocol</source>
        <translation>hat ein Befragungsprotokoll exportiert</translation>
    </message>
    <message>
        <source>printed an interview protocol</source>
        <translation>hat ein Befragungsprotokoll gedruckt</translation>
    </message>
    <message>
        <source>imported a document</source>
        <translation>hat ein Dokument importiert</translation>
    </message>
    <message>
        <source>viewed a document</source>
        <translation>hat ein Dokument angesehen</translation>
    </message>
    <message>
        <source>added an identity document</source>
        <translation>hat ein Ausweisdokument erfasst</translation>
    </message>
    <message>
        <source>changed an identity document</source>
        <translation>hat ein Ausweisdokument geändert</translation>
    </message>
    <message>
        <source>recorded return assistance</source>
        <translation>hat Rückkehrhilfe erfasst</translation>
    </message>
    <message>
        <source>changed return assistance</source>
        <translation>hat Rückkehrhilfe geändert</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>hat einen Synchronisationskonflikt gelöst</translation>
    </message>
    <message>
        <source>viewed special-category details</source>
        <translation>hat schützenswerte Angaben angesehen</translation>
    </message>
    <message>
        <source>finalised an interview</source>
        <translation>hat eine Befragung abgeschlossen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>angesehen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>resolved a conflict</source>
        <translation>hat einen Konflikt gelöst</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>person in the case</source>
        <translation>Person im Fall</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>return assistance</source>
        <translation>Rückkehrhilfe</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>dieser Laptop</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>Laptop %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Loading the history …</source>
        <translation>Verlauf wird geladen …</translation>
    </message>
    <message>
        <source>No changes of this case wait for sync.</source>
        <translation>Keine Änderungen dieses Falls warten auf die Synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this case wait for the next sync: %1</source>
        <translation>
            <numerusform>%n Änderung dieses Falls wartet auf die nächste Synchronisation: %1</numerusform>
            <numerusform>%n Änderungen dieses Falls warten auf die nächste Synchronisation: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n offener Konflikt braucht Ihren Entscheid.</numerusform>
            <numerusform>%n offene Konflikte brauchen Ihren Entscheid.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>Verlauf dieses Falls</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Import a document</source>
        <translation>Dokument importieren</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs (%1)</source>
        <translation>Scans, Fotos und PDFs (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Interrupted — continue the interview to record more answers</source>
        <translation>Unterbrochen – zum Erfassen weiterer Antworten die Befragung fortsetzen</translation>
    </message>
    <message>
        <source>Finalised — this protocol can no longer be changed</source>
        <translation>Abgeschlossen – dieses Protokoll kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved — see the message above</source>
        <translation>Nicht gespeichert – siehe Meldung oben</translation>
    </message>
    <message>
        <source>Finalise the protocol?</source>
        <translation>Protokoll abschliessen?</translation>
    </message>
    <message>
        <source>After finalising, this protocol can no longer be changed; corrections are made in an addendum. Read the answers back to the person first.</source>
        <translation>Nach dem Abschliessen kann dieses Protokoll nicht mehr geändert werden; Korrekturen erfolgen in einem Nachtrag. Lesen Sie der Person die Antworten zuerst vor.</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Abschliessen</translation>
    </message>
    <message>
        <source>&amp;Read back</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <source>Show the answers as the protocol reads</source>
        <translation>Die Antworten so zeigen, wie das Protokoll lautet</translation>
    </message>
    <message>
        <source>&amp;Finalise …</source>
        <translation>&amp;Abschliessen …</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>&amp;Nachtrag erfassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schliessen</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Interview</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation>Nachtrag: %1</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New &amp;interview …</source>
        <translation>Neue &amp;Befragung …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Interviews of this case</source>
        <translation>Befragungen dieses Falls</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Noch keine Befragungen</translation>
    </message>
    <message>
        <source>Start an interview from a form; answers are saved as you type.</source>
        <translation>Beginnen Sie eine Befragung mit einem Formular; die Antworten werden beim Tippen gespeichert.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Die Passphrase stimmt nicht. Prüfen Sie Tastaturlayout und Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least four unrelated words.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten. Verwenden Sie mindestens vier Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>The key file of this profile has been changed outside Dossier. Do not use this laptop for case work and contact IT support.</source>
        <translation>Die Schlüsseldatei dieses Profils wurde ausserhalb von Dossier verändert. Arbeiten Sie auf diesem Laptop nicht mehr mit Fällen und wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>This profile was created by a newer Dossier version. Ask IT support to update Dossier on this laptop.</source>
        <translation>Dieses Profil wurde mit einer neueren Dossier-Version erstellt. Bitten Sie den IT-Support, Dossier auf diesem Laptop zu aktualisieren.</translation>
    </message>
    <message>
        <source>The key file of this profile uses settings that are no longer safe. Contact IT support to have the profile re-created.</source>
        <translation>Die Schlüsseldatei dieses Profils verwendet Einstellungen, die nicht mehr sicher sind. Lassen Sie das Profil vom IT-Support neu erstellen.</translation>
    </message>
    <message>
        <source>The recovery key does not belong to this profile. Check with IT support which key was used.</source>
        <translation>Der Wiederherstellungsschlüssel gehört nicht zu diesem Profil. Klären Sie mit dem IT-Support, welcher Schlüssel verwendet wurde.</translation>
    </message>
    <message>
        <source>The recovery key cannot be read. Check with IT support which key to use.</source>
        <translation>Der Wiederherstellungsschlüssel kann nicht gelesen werden. Klären Sie mit dem IT-Support, welcher Schlüssel zu verwenden ist.</translation>
    </message>
    <message>
        <source>The case store of this profile is damaged and cannot be opened. Do not delete anything; contact IT support, who can restore it.</source>
        <translation>Der Fallspeicher dieses Profils ist beschädigt und kann nicht geöffnet werden. Löschen Sie nichts; der IT-Support kann ihn wiederherstellen.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer Dossier version. Ask IT support to update Dossier on this laptop, then unlock again.</source>
        <translation>Dieses Profil wurde von einer neueren Dossier-Version gespeichert. Bitten Sie den IT-Support, Dossier auf diesem Laptop zu aktualisieren, und entsperren Sie danach erneut.</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it again to continue.</source>
        <translation>Das Profil ist gesperrt. Entsperren Sie es, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Dossier is installed without its encryption component and will not open case data. Contact IT support to reinstall it.</source>
        <translation>Dossier ist ohne seine Verschlüsselungskomponente installiert und öffnet keine Falldaten. Lassen Sie Dossier vom IT-Support neu installieren.</translation>
    </message>
    <message>
        <source>Dossier&apos;s encryption component is outdated. Contact IT support to update it.</source>
        <translation>Die Verschlüsselungskomponente von Dossier ist veraltet. Lassen Sie sie vom IT-Support aktualisieren.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space, then try again; your entry is still in the form.</source>
        <translation>Der Datenträger ist voll, es konnte nichts gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; Ihre Eingabe steht noch im Formular.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Try again; if it happens again, contact IT support.</source>
        <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>There already is a profile for this login on this laptop. Unlock that one.</source>
        <translation>Für dieses Login gibt es auf diesem Laptop bereits ein Profil. Entsperren Sie dieses.</translation>
    </message>
    <message>
        <source>This profile no longer exists on this laptop. Choose another profile.</source>
        <translation>Dieses Profil gibt es auf diesem Laptop nicht mehr. Wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>The login may only contain letters, digits and . _ @ -.</source>
        <translation>Das Login darf nur Buchstaben, Ziffern und . _ @ - enthalten.</translation>
    </message>
    <message>
        <source>This entry no longer exists on this laptop. Reload the case list.</source>
        <translation>Dieser Eintrag existiert auf diesem Laptop nicht mehr. Laden Sie die Fallliste neu.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the fields marked in red, then save again.</source>
        <translation>Einige Felder sind ungültig. Korrigieren Sie die rot markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>This entry was changed in the meantime. Close the form and open it again to see the current values; your changes were not saved.</source>
        <translation>Dieser Eintrag wurde inzwischen geändert. Schliessen Sie das Formular und öffnen Sie es erneut, um die aktuellen Werte zu sehen; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>This entry can no longer be changed. Add a correction instead.</source>
        <translation>Dieser Eintrag kann nicht mehr geändert werden. Erfassen Sie stattdessen eine Korrektur.</translation>
    </message>
    <message>
        <source>This attachment has been damaged or changed and will not be shown. Contact IT support.</source>
        <translation>Dieser Anhang wurde beschädigt oder verändert und wird nicht angezeigt. Wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>The file of this attachment is missing on this laptop. Sync to fetch it again.</source>
        <translation>Die Datei dieses Anhangs fehlt auf diesem Laptop. Synchronisieren Sie, um sie erneut zu laden.</translation>
    </message>
    <message>
        <source>The access log of this profile has been tampered with. Stop working with this laptop and contact IT support.</source>
        <translation>Das Zugriffsprotokoll dieses Profils wurde manipuliert. Arbeiten Sie nicht weiter mit diesem Laptop und wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>This case has no known canton or Land, so its holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>Dieser Fall hat keinen bekannten Kanton und kein bekanntes Land, daher sind seine Feiertage unbekannt. Tragen Sie ihn in der Fallübersicht ein (zum Beispiel VD oder BY) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The case&apos;s region code is a Swiss canton and a German Land. Choose the country, or write it as CH-BE or DE-BE in the case overview.</source>
        <translation>Der Regionscode des Falls ist ein Schweizer Kanton und ein deutsches Land. Wählen Sie das Land oder schreiben Sie ihn in der Fallübersicht als CH-BE oder DE-BE.</translation>
    </message>
    <message>
        <source>This rule does not apply in the case&apos;s canton or Land. Choose another rule.</source>
        <translation>Diese Regel gilt im Kanton oder Land des Falls nicht. Wählen Sie eine andere Regel.</translation>
    </message>
    <message>
        <source>Dossier does not know the holidays of that year, so it cannot compute this deadline. Check the date.</source>
        <translation>Dossier kennt die Feiertage dieses Jahres nicht und kann diese Frist daher nicht berechnen. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>This laptop has not reached the sync service for too long, so the profile stays locked for your protection. Connect to the office network and sign in online, or contact IT support. Nothing has been deleted.</source>
        <translation>Dieser Laptop hat den Synchronisationsdienst zu lange nicht erreicht, deshalb bleibt das Profil zu Ihrem Schutz gesperrt. Verbinden Sie sich mit dem Büronetz und melden Sie sich online an, oder wenden Sie sich an den IT-Support. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The sync service cannot be reached. Check the network connection, then sync again; your changes stay saved on this laptop.</source>
        <translation>Der Synchronisationsdienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und synchronisieren Sie erneut; Ihre Änderungen bleiben auf diesem Laptop gespeichert.</translation>
    </message>
    <message>
        <source>The connection to the sync service is not trusted, so nothing was sent. Contact IT support; your changes stay saved on this laptop.</source>
        <translation>Die Verbindung zum Synchronisationsdienst ist nicht vertrauenswürdig, deshalb wurde nichts gesendet. Wenden Sie sich an den IT-Support; Ihre Änderungen bleiben auf diesem Laptop gespeichert.</translation>
    </message>
    <message>
        <source>The sync service needs a newer Dossier version to send you changes. Your own changes were still sent and nothing is lost. Ask IT support to update Dossier on this laptop.</source>
        <translation>Der Synchronisationsdienst braucht eine neuere Dossier-Version, um Ihnen Änderungen zu senden. Ihre eigenen Änderungen wurden trotzdem gesendet, nichts geht verloren. Bitten Sie den IT-Support, Dossier auf diesem Laptop zu aktualisieren.</translation>
    </message>
    <message>
        <source>You are assigned more cases than one laptop can hold, so the sync service sends none. Your own changes were still sent and nothing is lost. Ask IT support or your team lead to reduce the cases assigned to you.</source>
        <translation>Ihnen sind mehr Fälle zugewiesen, als ein Laptop aufnehmen kann, deshalb sendet der Synchronisationsdienst keine. Ihre eigenen Änderungen wurden trotzdem gesendet, nichts geht verloren. Bitten Sie den IT-Support oder Ihre Teamleitung, die Ihnen zugewiesenen Fälle zu verringern.</translation>
    </message>
    <message>
        <source>Sync is not set up on this laptop yet. Ask IT support for an enrolment code.</source>
        <translation>Die Synchronisation ist auf diesem Laptop noch nicht eingerichtet. Fragen Sie den IT-Support nach einem Registrierungscode.</translation>
    </message>
    <message>
        <source>The sync did not finish. Try again later; your changes stay saved on this laptop. If it keeps failing, contact IT support and give them the details.</source>
        <translation>Die Synchronisation wurde nicht abgeschlossen. Versuchen Sie es später erneut; Ihre Änderungen bleiben auf diesem Laptop gespeichert. Wenn es weiterhin fehlschlägt, wenden Sie sich mit den Details an den IT-Support.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, contact IT support and give them the details below.</source>
        <translation>Etwas ist schiefgegangen. Versuchen Sie es erneut; wenn es wieder passiert, geben Sie dem IT-Support die Details unten an.</translation>
    </message>
    <message>
        <source>Required — please fill in.</source>
        <translation>Pflichtfeld – bitte ausfüllen.</translation>
    </message>
    <message>
        <source>Too long — shorten the text.</source>
        <translation>Zu lang – kürzen Sie den Text.</translation>
    </message>
    <message>
        <source>Too many entries — remove some.</source>
        <translation>Zu viele Einträge – entfernen Sie einige.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Wählen Sie einen der aufgeführten Werte.</translation>
    </message>
    <message>
        <source>Not in the expected format.</source>
        <translation>Nicht im erwarteten Format.</translation>
    </message>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Kein gültiges Datum – schreiben Sie es wie 27.11.2026.</translation>
    </message>
    <message>
        <source>Not a valid value for this field.</source>
        <translation>Kein gültiger Wert für dieses Feld.</translation>
    </message>
    <message>
        <source>This field is not known to this version.</source>
        <translation>Dieses Feld ist dieser Version nicht bekannt.</translation>
    </message>
    <message>
        <source>A case cannot move directly to this status. Choose one of the next steps.</source>
        <translation>Ein Fall kann nicht direkt in diesen Status wechseln. Wählen Sie einen der nächsten Schritte.</translation>
    </message>
    <message>
        <source>The linked entry no longer exists.</source>
        <translation>Der verknüpfte Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The case is archived; restore it first.</source>
        <translation>Der Fall ist archiviert; stellen Sie ihn zuerst wieder her.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Outside the allowed range.</source>
        <translation>Ausserhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Each choice may be ticked only once.</source>
        <translation>Jede Auswahl darf nur einmal angekreuzt werden.</translation>
    </message>
    <message>
        <source>This question is not part of the form (any more).</source>
        <translation>Diese Frage gehört nicht (mehr) zum Formular.</translation>
    </message>
    <message>
        <source>Only a finalised interview is corrected by an addendum; edit the draft.</source>
        <translation>Nur eine abgeschlossene Befragung wird mit einem Nachtrag korrigiert; bearbeiten Sie den Entwurf.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The case cannot be closed before the date it was opened.</source>
        <translation>Der Fall kann nicht vor dem Datum abgeschlossen werden, an dem er eröffnet wurde.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date; empty this field or close the case.</source>
        <translation>Nur ein abgeschlossener Fall hat ein Abschlussdatum; leeren Sie dieses Feld oder schliessen Sie den Fall ab.</translation>
    </message>
    <message>
        <source>The interview is interrupted, so nothing was saved. Continue the interview first (“Continue interview …”), then record answers; your entry is still in the form.</source>
        <translation>Die Befragung ist unterbrochen, deshalb wurde nichts gespeichert. Setzen Sie die Befragung zuerst fort («Befragung fortsetzen …») und erfassen Sie dann die Antworten; Ihre Eingabe steht noch im Formular.</translation>
    </message>
    <message>
        <source>Capital letters, digits and . / - such as ZH-2026-000123.</source>
        <translation>Grossbuchstaben, Ziffern und . / -, z. B. ZH-2026-000123.</translation>
    </message>
    <message>
        <source>8 digits, such as 1234.5678.</source>
        <translation>8 Ziffern, z. B. 1234.5678.</translation>
    </message>
    <message>
        <source>N and 6 digits, such as N 123 456.</source>
        <translation>N und 6 Ziffern, z. B. N 123 456.</translation>
    </message>
    <message>
        <source>12 digits.</source>
        <translation>12 Ziffern.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) / -, such as +41 79 123 45 67.</source>
        <translation>Ziffern, Leerzeichen und + ( ) / -, z. B. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>An address such as name@example.ch.</source>
        <translation>Eine Adresse wie name@example.ch.</translation>
    </message>
    <message>
        <source>Not a valid date — write 27.11.1990, 11.1990 or only the year 1990.</source>
        <translation>Kein gültiges Datum – schreiben Sie 27.11.1990, 11.1990 oder nur das Jahr 1990.</translation>
    </message>
    <message numerus="yes">
        <source>Too long — at most %n characters.</source>
        <translation>
            <numerusform>Zu lang – höchstens %n Zeichen.</numerusform>
            <numerusform>Zu lang – höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log is older than the one this laptop saw last, as if the service had been restored from a backup. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Wenden Sie sich an den IT-Support: Das Protokoll des Synchronisationsdienstes ist älter als das, welches dieser Laptop zuletzt gesehen hat, als wäre der Dienst aus einer Sicherung wiederhergestellt worden. Die Synchronisation ist angehalten, bis die IT den Dienst geprüft hat; arbeiten Sie weiter, Ihre Änderungen bleiben auf diesem Laptop gespeichert.</translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log does not match the one this laptop checked before, so it may have been altered. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Wenden Sie sich an den IT-Support: Das Protokoll des Synchronisationsdienstes passt nicht zu dem, welches dieser Laptop zuvor geprüft hat; es wurde möglicherweise verändert. Die Synchronisation ist angehalten, bis die IT den Dienst geprüft hat; arbeiten Sie weiter, Ihre Änderungen bleiben auf diesem Laptop gespeichert.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No notes yet. Notes cannot be changed once added.</source>
        <translation>Noch keine Notizen. Notizen können nach dem Erfassen nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Write a note … (Ctrl+Enter adds it)</source>
        <translation>Notiz schreiben … (Ctrl+Enter fügt sie hinzu)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Notes of this case</source>
        <translation>Notizen dieses Falls</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit case …</source>
        <translation>Fall &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the case overview (Ctrl+E)</source>
        <translation>Übersicht des Falls bearbeiten (Ctrl+E)</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Übersicht des Falls</translation>
    </message>
</context>
<context>
    <name>ParticipantsBar</name>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Dolmetscher/in</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Sprache der Befragung</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Name oder Dolmetschernummer</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht angegeben —</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Stärke der Passphrase: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Too short: use at least four unrelated words.</source>
        <translation>Zu kurz: Verwenden Sie mindestens vier Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Too common: it appears in lists of leaked passwords.</source>
        <translation>Zu verbreitet: Sie steht in Listen geleakter Passwörter.</translation>
    </message>
    <message>
        <source>Contains your login or name.</source>
        <translation>Enthält Ihr Login oder Ihren Namen.</translation>
    </message>
    <message>
        <source>Repeats the same characters or words.</source>
        <translation>Wiederholt dieselben Zeichen oder Wörter.</translation>
    </message>
    <message>
        <source>Contains a sequence such as 1234 or abcd.</source>
        <translation>Enthält eine Folge wie 1234 oder abcd.</translation>
    </message>
    <message>
        <source>Contains a keyboard pattern such as qwertz.</source>
        <translation>Enthält ein Tastaturmuster wie qwertz.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Step 3 of 5 — the key to the cases on this laptop.</source>
        <translation>Schritt 3 von 5 — der Schlüssel zu den Fällen auf diesem Laptop.</translation>
    </message>
    <message>
        <source>Choose a passphrase of several unrelated words. You type it every time you unlock Dossier; it never leaves this laptop.</source>
        <translation>Wählen Sie eine Passphrase aus mehreren Wörtern, die nichts miteinander zu tun haben. Sie geben sie bei jedem Entsperren von Dossier ein; sie verlässt diesen Laptop nie.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <source>Edit &amp;person …</source>
        <translation>&amp;Person bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Add person to case …</source>
        <translation>Person zum Fall &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>New person in this case (Ctrl+N)</source>
        <translation>Neue Person in diesem Fall (Ctrl+N)</translation>
    </message>
    <message>
        <source>Persons in this case</source>
        <translation>Personen in diesem Fall</translation>
    </message>
    <message>
        <source>Details of the selected person</source>
        <translation>Angaben zur ausgewählten Person</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Dolmetscher/in: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Addendum correcting an earlier protocol</source>
        <translation>Nachtrag zur Korrektur eines früheren Protokolls</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Antworten aus einer früheren Version des Formulars</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed this form but have not saved it. Discard your changes?</source>
        <translation>Sie haben dieses Formular geändert, aber nicht gespeichert. Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery by your organisation</source>
        <translation>Wiederherstellung durch Ihre Organisation</translation>
    </message>
    <message>
        <source>Step 4 of 5 — please read before you continue.</source>
        <translation>Schritt 4 von 5 — bitte lesen Sie dies, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Your organisation can recover the cases on this laptop. The key that encrypts them is also stored locked with a recovery key held by IT. If you forget your passphrase, IT can open your profile and give you a new passphrase; every recovery is recorded in the access log.

So IT never needs to know your passphrase: do not tell it to anyone.</source>
        <translation>Ihre Organisation kann die Fälle auf diesem Laptop wiederherstellen. Der Schlüssel, der sie verschlüsselt, ist zusätzlich mit einem Wiederherstellungsschlüssel der IT gesichert. Wenn Sie Ihre Passphrase vergessen, kann die IT Ihr Profil öffnen und Ihnen eine neue Passphrase geben; jede Wiederherstellung wird im Zugriffsprotokoll festgehalten.

Die IT muss Ihre Passphrase also nie kennen: Geben Sie sie niemandem weiter.</translation>
    </message>
    <message>
        <source>I &amp;understand that my organisation can recover my cases</source>
        <translation>Ich &amp;verstehe, dass meine Organisation meine Fälle wiederherstellen kann</translation>
    </message>
    <message>
        <source>I understand that my organisation can recover my cases</source>
        <translation>Ich verstehe, dass meine Organisation meine Fälle wiederherstellen kann</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>in Switzerland</source>
        <translation>in der Schweiz</translation>
    </message>
    <message>
        <source>in Germany</source>
        <translation>in Deutschland</translation>
    </message>
    <message>
        <source>in the canton of Aargau</source>
        <translation>im Kanton Aargau</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Innerrhoden</source>
        <translation>im Kanton Appenzell Innerrhoden</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Ausserrhoden</source>
        <translation>im Kanton Appenzell Ausserrhoden</translation>
    </message>
    <message>
        <source>in the canton of Bern</source>
        <translation>im Kanton Bern</translation>
    </message>
    <message>
        <source>in the canton of Basel-Landschaft</source>
        <translation>im Kanton Basel-Landschaft</translation>
    </message>
    <message>
        <source>in the canton of Basel-Stadt</source>
        <translation>im Kanton Basel-Stadt</translation>
    </message>
    <message>
        <source>in the canton of Fribourg</source>
        <translation>im Kanton Freiburg</translation>
    </message>
    <message>
        <source>in the canton of Geneva</source>
        <translation>im Kanton Genf</translation>
    </message>
    <message>
        <source>in the canton of Glarus</source>
        <translation>im Kanton Glarus</translation>
    </message>
    <message>
        <source>in the canton of Graubünden</source>
        <translation>im Kanton Graubünden</translation>
    </message>
    <message>
        <source>in the canton of Jura</source>
        <translation>im Kanton Jura</translation>
    </message>
    <message>
        <source>in the canton of Lucerne</source>
        <translation>im Kanton Luzern</translation>
    </message>
    <message>
        <source>in the canton of Neuchâtel</source>
        <translation>im Kanton Neuenburg</translation>
    </message>
    <message>
        <source>in the canton of Nidwalden</source>
        <translation>im Kanton Nidwalden</translation>
    </message>
    <message>
        <source>in the canton of Obwalden</source>
        <translation>im Kanton Obwalden</translation>
    </message>
    <message>
        <source>in the canton of St. Gallen</source>
        <translation>im Kanton St. Gallen</translation>
    </message>
    <message>
        <source>in the canton of Schaffhausen</source>
        <translation>im Kanton Schaffhausen</translation>
    </message>
    <message>
        <source>in the canton of Solothurn</source>
        <translation>im Kanton Solothurn</translation>
    </message>
    <message>
        <source>in the canton of Schwyz</source>
        <translation>im Kanton Schwyz</translation>
    </message>
    <message>
        <source>in the canton of Thurgau</source>
        <translation>im Kanton Thurgau</translation>
    </message>
    <message>
        <source>in the canton of Ticino</source>
        <translation>im Kanton Tessin</translation>
    </message>
    <message>
        <source>in the canton of Uri</source>
        <translation>im Kanton Uri</translation>
    </message>
    <message>
        <source>in the canton of Vaud</source>
        <translation>im Kanton Waadt</translation>
    </message>
    <message>
        <source>in the canton of Valais</source>
        <translation>im Kanton Wallis</translation>
    </message>
    <message>
        <source>in the canton of Zug</source>
        <translation>im Kanton Zug</translation>
    </message>
    <message>
        <source>in the canton of Zurich</source>
        <translation>im Kanton Zürich</translation>
    </message>
    <message>
        <source>in Brandenburg</source>
        <translation>in Brandenburg</translation>
    </message>
    <message>
        <source>in Berlin</source>
        <translation>in Berlin</translation>
    </message>
    <message>
        <source>in Baden-Württemberg</source>
        <translation>in Baden-Württemberg</translation>
    </message>
    <message>
        <source>in Bavaria</source>
        <translation>in Bayern</translation>
    </message>
    <message>
        <source>in Bremen</source>
        <translation>in Bremen</translation>
    </message>
    <message>
        <source>in Hesse</source>
        <translation>in Hessen</translation>
    </message>
    <message>
        <source>in Hamburg</source>
        <translation>in Hamburg</translation>
    </message>
    <message>
        <source>in Mecklenburg-Western Pomerania</source>
        <translation>in Mecklenburg-Vorpommern</translation>
    </message>
    <message>
        <source>in Lower Saxony</source>
        <translation>in Niedersachsen</translation>
    </message>
    <message>
        <source>in North Rhine-Westphalia</source>
        <translation>in Nordrhein-Westfalen</translation>
    </message>
    <message>
        <source>in Rhineland-Palatinate</source>
        <translation>in Rheinland-Pfalz</translation>
    </message>
    <message>
        <source>in Schleswig-Holstein</source>
        <translation>in Schleswig-Holstein</translation>
    </message>
    <message>
        <source>in Saarland</source>
        <translation>im Saarland</translation>
    </message>
    <message>
        <source>in Saxony</source>
        <translation>in Sachsen</translation>
    </message>
    <message>
        <source>in Saxony-Anhalt</source>
        <translation>in Sachsen-Anhalt</translation>
    </message>
    <message>
        <source>in Thuringia</source>
        <translation>in Thüringen</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt auflösen</translation>
    </message>
    <message>
        <source>Case %1 · %2: which value is right?</source>
        <translation>Fall %1 · %2: Welcher Wert ist richtig?</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Vorher (Basis)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre (anderswo)</translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation>Der Wert, von dem beide Seiten ausgingen</translation>
    </message>
    <message>
        <source>Your change, which the service did not apply</source>
        <translation>Ihre Änderung, die der Dienst nicht übernommen hat</translation>
    </message>
    <message>
        <source>The value on the service; the conflict arose on %1</source>
        <translation>Der Wert auf dem Dienst; der Konflikt entstand am %1</translation>
    </message>
    <message>
        <source>▲ changed from the base</source>
        <translation>▲ gegenüber der Basis geändert</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ihre übernehmen</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>B&amp;earbeiten:</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Bearbeiteter Wert</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Auflösen</translation>
    </message>
    <message>
        <source>&amp;Keep the later change</source>
        <translation>Spätere Änderung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Take the service&apos;s value</source>
        <translation>Wert des Dienstes ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>A later change made elsewhere, which the service did not apply; the conflict arose on %1</source>
        <translation>Eine spätere Änderung von anderswo, die der Dienst nicht übernommen hat; der Konflikt entstand am %1</translation>
    </message>
    <message>
        <source>Later change</source>
        <translation>Spätere Änderung</translation>
    </message>
    <message>
        <source>Made elsewhere; the service did not apply it</source>
        <translation>Anderswo gemacht; der Dienst hat sie nicht übernommen</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>Auf dem Dienst</translation>
    </message>
    <message>
        <source>Your change, which the service kept</source>
        <translation>Ihre Änderung, die der Dienst übernommen hat</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Setting up this profile was interrupted before the sync service confirmed it. Enter a new one-time code from IT support and your password to finish.</source>
        <translation>Die Einrichtung dieses Profils wurde unterbrochen, bevor der Synchronisationsdienst sie bestätigt hat. Geben Sie einen neuen Einmal-Code vom IT-Support und Ihr Passwort ein, um sie abzuschliessen.</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>Einrichtung &amp;abschliessen</translation>
    </message>
    <message>
        <source>Setting up this laptop</source>
        <translation>Dieser Laptop wird eingerichtet</translation>
    </message>
    <message>
        <source>Step 5 of 5 — this takes a moment; the window stays usable.</source>
        <translation>Schritt 5 von 5 — das dauert einen Moment; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Adresse des Dienstes:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal-&amp;Code:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmal-Code</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SensitiveSection</name>
    <message>
        <source>Sensitive details (access is logged)</source>
        <translation>Schützenswerte Angaben (Zugriff wird protokolliert)</translation>
    </message>
    <message>
        <source>Show sensitive details (logged)</source>
        <translation>Schützenswerte Angaben anzeigen (protokolliert)</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>IT support has set the address and the certificate file for you.</source>
        <translation>Der IT-Support hat die Adresse und die Zertifikatsdatei für Sie eingetragen.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Synchronisationsdienst</translation>
    </message>
    <message>
        <source>Step 1 of 5 — where this laptop keeps its cases in sync.</source>
        <translation>Schritt 1 von 5 — wo dieser Laptop seine Fälle abgleicht.</translation>
    </message>
    <message>
        <source>Enter the address of your organisation&apos;s sync service. IT support gives it to you.</source>
        <translation>Geben Sie die Adresse des Synchronisationsdienstes Ihrer Organisation ein. Sie erhalten sie vom IT-Support.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Adresse des Dienstes:</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation>&amp;CA-Zertifikate (optional):</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Datei mit CA-Zertifikaten</translation>
    </message>
    <message>
        <source>&amp;Browse …</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Only needed if IT support gave you a certificate file for the service.</source>
        <translation>Nur nötig, wenn Ihnen der IT-Support eine Zertifikatsdatei für den Dienst gegeben hat.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Unlock to see it</source>
        <translation>Entsperren, um es zu sehen</translation>
    </message>
    <message>
        <source>Not set up on this laptop yet</source>
        <translation>Auf diesem Laptop noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>Sperren &amp;nach</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> Min. ohne Eingabe</translation>
    </message>
    <message>
        <source>Dossier locks itself when you do nothing for this long, and whenever the screen locks. At most %1 minutes are allowed.</source>
        <translation>Dossier sperrt sich, wenn Sie so lange nichts tun, und immer wenn der Bildschirm gesperrt wird. Höchstens %1 Minuten sind erlaubt.</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Synchronisationsdienst</translation>
    </message>
    <message>
        <source>Your IT department sets the service address and its certificates when this laptop is enrolled. They cannot be changed here.</source>
        <translation>Ihre IT-Abteilung legt die Adresse des Dienstes und seine Zertifikate bei der Einrichtung dieses Laptops fest. Sie können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Sync automatically whenever the service can be reached</source>
        <translation>Automatisch &amp;synchronisieren, sobald der Dienst erreichbar ist</translation>
    </message>
    <message>
        <source>When this is off, Dossier only syncs when you choose Sync now (F5).</source>
        <translation>Ist dies ausgeschaltet, synchronisiert Dossier nur, wenn Sie «Jetzt synchronisieren» (F5) wählen.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</source>
        <translation>Diese Änderungen sind auf diesem Laptop gespeichert und werden bei der nächsten Synchronisation übermittelt. Nichts geht verloren, wenn Sie Dossier sperren oder schliessen.</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues next time.</source>
        <translation>Synchronisation abgebrochen; sie wird beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisation abgeschlossen.</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>Fall &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Edit case …</source>
        <translation>Fall &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;New …</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>New case; in the Persons tab, new person (Ctrl+N)</source>
        <translation>Neuer Fall; im Register Personen neue Person (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Conflicts …</source>
        <translation>&amp;Konflikte …</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Neue Befragung</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Sprache der Befragung</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Dolmetscher/in</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht angegeben —</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Name oder Dolmetschernummer</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>Befragung &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</source>
        <translation>Die Synchronisation mit dem zentralen Dienst ist auf diesem Laptop noch nicht eingerichtet. Alles, was Sie tun, wird hier verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>This laptop has not synced yet. Your changes stay here until the first sync.</source>
        <translation>Dieser Laptop wurde noch nie synchronisiert. Ihre Änderungen bleiben bis zur ersten Synchronisation hier.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n Änderung empfangen</numerusform>
            <numerusform>%n Änderungen empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) merged automatically</source>
        <translation>
            <numerusform>%n Änderung automatisch zusammengeführt</numerusform>
            <numerusform>%n Änderungen automatisch zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n neuer Konflikt</numerusform>
            <numerusform>%n neue Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n Änderung vom Dienst abgelehnt</numerusform>
            <numerusform>%n Änderungen vom Dienst abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this laptop</source>
        <translation>
            <numerusform>%n Fall von diesem Laptop entfernt</numerusform>
            <numerusform>%n Fälle von diesem Laptop entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; it continues with the next sync.</source>
        <translation>Die Synchronisation wurde nicht abgeschlossen; sie wird bei der nächsten fortgesetzt.</translation>
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
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Keine offenen Konflikte</translation>
    </message>
    <message>
        <source>Counting changes …</source>
        <translation>Änderungen werden gezählt …</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation nicht eingerichtet</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>All changes saved, none waiting</source>
        <translation>Alles gespeichert, nichts ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf Synchronisation</numerusform>
            <numerusform>%Ln Änderungen warten auf Synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln Konflikt zu lösen</numerusform>
            <numerusform>%Ln Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the sync service — click to sync now (F5)</source>
        <translation>Verbindung zum Synchronisationsdienst – klicken, um jetzt zu synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Last successful sync — click for the report</source>
        <translation>Letzte erfolgreiche Synchronisation – klicken für den Bericht</translation>
    </message>
    <message>
        <source>Changes that need your decision after a sync — click to open</source>
        <translation>Änderungen, die nach einer Synchronisation Ihre Entscheidung brauchen – klicken zum Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln change(s) sent</source>
        <translation>
            <numerusform>Synchronisiere … %Ln Änderung gesendet</numerusform>
            <numerusform>Synchronisiere … %Ln Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln page(s) received</source>
        <translation>
            <numerusform>Synchronisiere … %Ln Seite empfangen</numerusform>
            <numerusform>Synchronisiere … %Ln Seiten empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Synchronisation abbrechen</translation>
    </message>
    <message>
        <source>Changes saved on this laptop that the service has not received yet</source>
        <translation>Auf diesem Laptop gespeicherte Änderungen, die der Dienst noch nicht erhalten hat</translation>
    </message>
    <message>
        <source>Auto-sync paused</source>
        <translation>Automatische Synchronisation pausiert</translation>
    </message>
    <message>
        <source>Automatic sync is paused in the settings — click to sync now (F5)</source>
        <translation>Die automatische Synchronisation ist in den Einstellungen pausiert – klicken, um jetzt zu synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Checking connection …</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <source>The sync service cannot be reached; Dossier keeps trying and syncs as soon as it answers — click to try now (F5)</source>
        <translation>Der Synchronisationsdienst ist nicht erreichbar; Dossier versucht es weiter und synchronisiert, sobald er antwortet – klicken, um es jetzt zu versuchen (F5)</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>Update nötig</translation>
    </message>
    <message>
        <source>Sync stopped — contact IT</source>
        <translation>Synchronisation angehalten — IT kontaktieren</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>SyncTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min. ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Why this date: %1</source>
        <translation>Warum dieses Datum: %1</translation>
    </message>
    <message>
        <source>New &amp;task …</source>
        <translation>Neue &amp;Aufgabe …</translation>
    </message>
    <message>
        <source>New legal &amp;deadline …</source>
        <translation>Neue gesetzliche &amp;Frist …</translation>
    </message>
    <message>
        <source>Compute a due date from a legal rule, with holidays of the case&apos;s region</source>
        <translation>Fälligkeit nach einer gesetzlichen Regel berechnen, mit den Feiertagen der Region des Falls</translation>
    </message>
    <message>
        <source>Tasks and deadlines of this case</source>
        <translation>Aufgaben und Fristen dieses Falls</translation>
    </message>
    <message>
        <source>No tasks or deadlines yet</source>
        <translation>Noch keine Aufgaben oder Fristen</translation>
    </message>
    <message>
        <source>Add a task, or a legal deadline computed from a notification date.</source>
        <translation>Erfassen Sie eine Aufgabe oder eine gesetzliche Frist, berechnet ab einem Eröffnungsdatum.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Setup not finished</source>
        <translation>Einrichtung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>Einrichtung &amp;abschliessen</translation>
    </message>
    <message>
        <source>Unlocking … checking the passphrase takes a moment.</source>
        <translation>Wird entsperrt … die Prüfung der Passphrase dauert einen Moment.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Nächster Versuch in %n Sekunde möglich.</numerusform>
            <numerusform>Zu viele Fehlversuche. Nächster Versuch in %n Sekunden möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case files, encrypted on this laptop. Unlock your profile to continue.</source>
        <translation>Falldossiers, verschlüsselt auf diesem Laptop. Entsperren Sie Ihr Profil, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
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
        <translation>Profil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Set up this laptop / add a caseworker …</source>
        <translation>Diesen Laptop &amp;einrichten / Fallbearbeiter:in hinzufügen …</translation>
    </message>
    <message>
        <source>There is no profile on this laptop yet. Enrol this laptop with the one-time code from IT support.</source>
        <translation>Auf diesem Laptop gibt es noch kein Profil. Registrieren Sie den Laptop mit dem Einmalcode vom IT-Support.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>AccessPdf</name>
    <message>
        <source>special-category data</source>
        <translation>besonders schützenswerte Daten</translation>
    </message>
    <message>
        <source>archived (still held)</source>
        <translation>archiviert (noch gespeichert)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Who accessed or changed this data</source>
        <translation>Wer diese Daten angesehen oder geändert hat</translation>
    </message>
    <message>
        <source>Information held on %1</source>
        <translation>Gespeicherte Daten über %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2. The enclosed JSON file holds the same data in a machine-readable form.</source>
        <translation>Exportiert von %1 am %2. Die beiliegende JSON-Datei enthält dieselben Daten in maschinenlesbarer Form.</translation>
    </message>
    <message>
        <source>The cases of this person include other persons. Check interviews, tasks and case notes for their data before handing this export over.</source>
        <translation>Zu den Fällen dieser Person gehören weitere Personen. Prüfen Sie Gespräche, Aufgaben und Fallnotizen auf deren Daten, bevor Sie diesen Export herausgeben.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Aufgaben und Fristen</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Rückkehrhilfe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Auskunftsrecht</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausstellungsland</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Original gesehen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Legal rule</source>
        <translation>Rechtsgrundlage der Frist</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Grösse in Bytes</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Anspruchsberechtigt</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Reisedatum</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Budget für die Reintegration</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegrationsplan</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Ordner für den Export wählen</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>E&amp;xport all data …</source>
        <translation>Alle Daten e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export everything held on this person (right of access)</source>
        <translation>Alles exportieren, was über diese Person gespeichert ist (Auskunftsrecht)</translation>
    </message>
    <message>
        <source>Export all data on %1</source>
        <translation>Alle Daten über %1 exportieren</translation>
    </message>
    <message>
        <source>Everything this laptop holds on the person — personal data, cases, identity documents, interviews, notes, tasks, return assistance, documents and the log of who accessed them — is written as a JSON file and a PDF into a new folder. Special-category data is included and marked. The export is recorded in the audit log.</source>
        <translation>Alles, was dieser Laptop über die Person gespeichert hat — Personalien, Fälle, Ausweisdokumente, Gespräche, Notizen, Aufgaben, Rückkehrhilfe, Dokumente und das Protokoll, wer darauf zugegriffen hat —, wird als JSON-Datei und als PDF in einen neuen Ordner geschrieben. Besonders schützenswerte Daten sind enthalten und gekennzeichnet. Der Export wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Choose …</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>&amp;Include the attached files</source>
        <translation>Angehängte Dateien &amp;mitexportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Everything held on this person was exported to the folder %1.</source>
        <translation>Alle Daten über diese Person wurden in den Ordner %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The protocol was saved as %1.</source>
        <translation>Das Protokoll wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The protocol was sent to the printer.</source>
        <translation>Das Protokoll wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>E&amp;xport protocol …</source>
        <translation>Protokoll e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the protocol as a PDF file (A4)</source>
        <translation>Das Protokoll als PDF-Datei (A4) speichern</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>&amp;Drucken …</translation>
    </message>
</context>
<context>
    <name>ProtocolPdf</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Von–bis</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Sitting %1 (%2)</source>
        <translation>Sitzung %1 (%2)</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Fallart</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Sprache des Gesprächs</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Aufgenommen von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This is an addendum correcting the protocol of %1.</source>
        <translation>Dies ist ein Nachtrag zum Protokoll vom %1.</translation>
    </message>
    <message>
        <source>Corrected by an addendum of %1.</source>
        <translation>Berichtigt durch einen Nachtrag vom %1.</translation>
    </message>
    <message>
        <source>special-category data</source>
        <translation>besonders schützenswerte Daten</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Antworten aus einer früheren Version des Formulars</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Ort und Datum:</translation>
    </message>
    <message>
        <source>Draft — not finalised; the answers may still change.</source>
        <translation>Entwurf — nicht abgeschlossen; die Antworten können sich noch ändern.</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation>Exportiert von %1 am %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Record to keep:</source>
        <translation>Behalten wird:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Zusammenführen in %1</translation>
    </message>
    <message>
        <source>Merged person</source>
        <translation>Zusammengeführte Person</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>These records were merged. Undo restores both, with their cases.</source>
        <translation>Diese Einträge wurden zusammengeführt. Rückgängig stellt beide wieder her, mit ihren Fällen.</translation>
    </message>
    <message>
        <source>Are these the same person? Choose the record to keep and, where they differ, which value it gets.</source>
        <translation>Ist das dieselbe Person? Wählen Sie den Eintrag, der bleibt, und wo sie sich unterscheiden, welchen Wert er erhält.</translation>
    </message>
    <message>
        <source>Why proposed: %1</source>
        <translation>Warum vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>Zusammenführung &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Die beiden Einträge nebeneinander</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geboren %2</translation>
    </message>
    <message>
        <source>Keep the first record: %1</source>
        <translation>Ersten Eintrag behalten: %1</translation>
    </message>
    <message>
        <source>Keep the second record: %1</source>
        <translation>Zweiten Eintrag behalten: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 from the first record: %2</source>
        <translation>%1 aus dem ersten Eintrag: %2</translation>
    </message>
    <message>
        <source>%1 from the second record: %2</source>
        <translation>%1 aus dem zweiten Eintrag: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same ZEMIS number</source>
        <translation>gleiche ZEMIS-Nummer</translation>
    </message>
    <message>
        <source>same N number</source>
        <translation>gleiche N-Nummer</translation>
    </message>
    <message>
        <source>same AZR number</source>
        <translation>gleiche AZR-Nummer</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>names match as transliteration variants</source>
        <translation>Namen sind Transliterationsvarianten</translation>
    </message>
    <message>
        <source>names differ by a typo</source>
        <translation>Namen unterscheiden sich um einen Tippfehler</translation>
    </message>
    <message>
        <source>an alias matches</source>
        <translation>ein Aliasname stimmt überein</translation>
    </message>
    <message>
        <source>the name in original script matches</source>
        <translation>der Name in Originalschrift stimmt überein</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same month of birth</source>
        <translation>gleicher Geburtsmonat</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>gleiches Geburtsjahr</translation>
    </message>
    <message>
        <source>date of birth unknown for one of them</source>
        <translation>Geburtsdatum bei einer Person unbekannt</translation>
    </message>
    <message>
        <source>dates of birth do not match</source>
        <translation>Geburtsdaten stimmen nicht überein</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>gleiche Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>different nationalities</source>
        <translation>verschiedene Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>verschiedenes Geschlecht</translation>
    </message>
    <message>
        <source>another register number differs</source>
        <translation>eine andere Registernummer ist verschieden</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Merged: %1 into %2</source>
        <translation>Zusammengeführt: %1 in %2</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 and %2 (%3 %)</source>
        <translation>Mögliches Duplikat: %1 und %2 (%3 %)</translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation>Mögliche doppelte Personen</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <source>Possible duplicate persons of this case</source>
        <translation>Mögliche doppelte Personen dieses Falls</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>A value is not valid for the service. Correct it in the case.</source>
        <translation>Ein Wert ist für den Dienst ungültig. Korrigieren Sie ihn im Fall.</translation>
    </message>
    <message>
        <source>Entries of this kind cannot be changed once saved. Add a new one instead.</source>
        <translation>Einträge dieser Art können nach dem Speichern nicht geändert werden. Fügen Sie stattdessen einen neuen hinzu.</translation>
    </message>
    <message>
        <source>The case could not move to this status from the one it had on the service. Check the status, then re-apply the change or make a different one.</source>
        <translation>Der Fall konnte vom Status auf dem Dienst nicht in diesen Status wechseln. Prüfen Sie den Status und wenden Sie die Änderung dann erneut an oder nehmen Sie eine andere vor.</translation>
    </message>
    <message>
        <source>The change was incomplete. Make it again in the case.</source>
        <translation>Die Änderung war unvollständig. Nehmen Sie sie im Fall erneut vor.</translation>
    </message>
    <message>
        <source>The conflict resolution could not be applied. Resolve the conflict again.</source>
        <translation>Die Konfliktlösung konnte nicht angewendet werden. Lösen Sie den Konflikt erneut.</translation>
    </message>
    <message>
        <source>The entry already exists on the service with other values. Check the case.</source>
        <translation>Der Eintrag besteht auf dem Dienst bereits mit anderen Werten. Prüfen Sie den Fall.</translation>
    </message>
    <message>
        <source>The entry no longer exists on the service. Check the case.</source>
        <translation>Der Eintrag besteht auf dem Dienst nicht mehr. Prüfen Sie den Fall.</translation>
    </message>
    <message>
        <source>The entry was finalised elsewhere, so it cannot be changed. Add an addendum instead.</source>
        <translation>Der Eintrag wurde anderswo abgeschlossen und kann nicht mehr geändert werden. Fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>The laptop&apos;s clock was wrong when the change was made. Check the clock, then re-apply it as a new change.</source>
        <translation>Die Uhr des Laptops ging falsch, als die Änderung gemacht wurde. Prüfen Sie die Uhr und wenden Sie die Änderung dann als neue Änderung erneut an.</translation>
    </message>
    <message>
        <source>The service did not accept this change. Check the case; if it keeps happening, contact IT support and give them the code.</source>
        <translation>Der Dienst hat diese Änderung nicht angenommen. Prüfen Sie den Fall; wenn es wieder vorkommt, wenden Sie sich mit dem Code an den IT-Support.</translation>
    </message>
    <message>
        <source>The service does not know a field of this change. Ask IT support to update Dossier.</source>
        <translation>Der Dienst kennt ein Feld dieser Änderung nicht. Bitten Sie den IT-Support, Dossier zu aktualisieren.</translation>
    </message>
    <message>
        <source>The service does not know this kind of entry. Ask IT support to update Dossier.</source>
        <translation>Der Dienst kennt diese Art von Eintrag nicht. Bitten Sie den IT-Support, Dossier zu aktualisieren.</translation>
    </message>
    <message>
        <source>The service no longer accepts this kind of change. Re-apply it as a new change.</source>
        <translation>Der Dienst nimmt diese Art von Änderung nicht mehr an. Wenden Sie sie als neue Änderung erneut an.</translation>
    </message>
    <message>
        <source>This field can no longer be changed. Add a note or a correction instead.</source>
        <translation>Dieses Feld kann nicht mehr geändert werden. Fügen Sie stattdessen eine Notiz oder eine Berichtigung hinzu.</translation>
    </message>
    <message>
        <source>You may no longer change this case; your team lead reviews the change. Ask them if it is still needed.</source>
        <translation>Sie dürfen diesen Fall nicht mehr ändern; Ihre Teamleitung prüft die Änderung. Fragen Sie sie, ob sie noch nötig ist.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Show the case as it is now</source>
        <translation>Den Fall im aktuellen Stand zeigen</translation>
    </message>
    <message>
        <source>This case was updated by sync while you were editing. Save or close your form, then reload to see the new data.</source>
        <translation>Dieser Fall wurde während Ihrer Bearbeitung durch die Synchronisation aktualisiert. Speichern oder schliessen Sie Ihr Formular und laden Sie dann neu, um die neuen Daten zu sehen.</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n Änderung vom Dienst abgelehnt</numerusform>
            <numerusform>%n Änderungen vom Dienst abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n Änderung wartet auf Synchronisation</numerusform>
            <numerusform>%n Änderungen warten auf Synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n Konflikt zu lösen</numerusform>
            <numerusform>%n Konflikte zu lösen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnAssistance</name>
    <message>
        <source>&amp;Register for the programme …</source>
        <translation>Für das Programm &amp;anmelden …</translation>
    </message>
    <message>
        <source>&amp;Cancel return assistance …</source>
        <translation>Rückkehrhilfe abbre&amp;chen …</translation>
    </message>
    <message>
        <source>Record the &amp;departure …</source>
        <translation>&amp;Ausreise erfassen …</translation>
    </message>
    <message>
        <source>&amp;Back to counselling …</source>
        <translation>&amp;Zurück zur Beratung …</translation>
    </message>
    <message>
        <source>Start &amp;monitoring …</source>
        <translation>&amp;Monitoring beginnen …</translation>
    </message>
    <message>
        <source>&amp;Resume counselling …</source>
        <translation>Beratung &amp;wieder aufnehmen …</translation>
    </message>
    <message>
        <source>The person is registered for the chosen programme with IOM and the canton. Reminders are created from the planned travel date.</source>
        <translation>Die Person wird bei der IOM und beim Kanton für das gewählte Programm angemeldet. Erinnerungen werden ab dem geplanten Reisedatum erstellt.</translation>
    </message>
    <message>
        <source>The person has left. The travel reminders are ticked off and the reintegration follow-ups are created from the date of departure.</source>
        <translation>Die Person ist ausgereist. Die Reise-Erinnerungen werden abgehakt und die Nachbetreuung der Reintegration ab dem Ausreisedatum geplant.</translation>
    </message>
    <message>
        <source>The reintegration in the country of return is being followed up.</source>
        <translation>Die Reintegration im Rückkehrland wird nachbetreut.</translation>
    </message>
    <message>
        <source>The person no longer wishes to return with assistance, or is not eligible. Open reminders are withdrawn; counselling can be resumed later.</source>
        <translation>Die Person möchte nicht mehr mit Rückkehrhilfe zurückkehren oder ist nicht anspruchsberechtigt. Offene Erinnerungen werden zurückgezogen; die Beratung kann später wieder aufgenommen werden.</translation>
    </message>
    <message>
        <source>Counselling starts again; open travel reminders are withdrawn.</source>
        <translation>Die Beratung beginnt von Neuem; offene Reise-Erinnerungen werden zurückgezogen.</translation>
    </message>
    <message>
        <source>Eligibility is not confirmed. Edit the return assistance and tick “Eligible” before registering.</source>
        <translation>Die Anspruchsberechtigung ist nicht bestätigt. Bearbeiten Sie die Rückkehrhilfe und kreuzen Sie „Anspruchsberechtigt“ an, bevor Sie anmelden.</translation>
    </message>
    <message>
        <source>The departure date is in the future. Record the departure once it has happened.</source>
        <translation>Das Ausreisedatum liegt in der Zukunft. Erfassen Sie die Ausreise, wenn sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>This case already has return assistance. It is shown again now.</source>
        <translation>Dieser Fall hat bereits eine Rückkehrhilfe. Sie wird jetzt wieder angezeigt.</translation>
    </message>
    <message>
        <source>This step is not possible from the current status (it may have changed on another laptop). Choose one of the steps offered.</source>
        <translation>Dieser Schritt ist vom aktuellen Status aus nicht möglich (er hat sich vielleicht auf einem anderen Laptop geändert). Wählen Sie einen der angebotenen Schritte.</translation>
    </message>
    <message>
        <source>The status is saved, but no reminders were created. %1 Then add them in the Deadlines tab.</source>
        <translation>Der Status ist gespeichert, aber es wurden keine Erinnerungen erstellt. %1 Fügen Sie sie dann im Register Fristen hinzu.</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceTab</name>
    <message>
        <source>Confirm eligibility (Edit …) before registering.</source>
        <translation>Bestätigen Sie die Anspruchsberechtigung (Bearbeiten …), bevor Sie anmelden.</translation>
    </message>
    <message>
        <source>No canton or Land on the case: currency and reminders are unknown.</source>
        <translation>Kein Kanton oder Land im Fall: Währung und Erinnerungen sind unbekannt.</translation>
    </message>
    <message>
        <source>Start return counselling</source>
        <translation>Rückkehrberatung beginnen</translation>
    </message>
    <message>
        <source>Edit return assistance</source>
        <translation>Rückkehrhilfe bearbeiten</translation>
    </message>
    <message>
        <source>The reintegration budget is in %1, whole amounts.</source>
        <translation>Das Reintegrationsbudget ist in %1, ganze Beträge.</translation>
    </message>
    <message>
        <source>The case has no canton or Land yet, so the budget&apos;s currency (CHF or EUR) is unknown. Enter the region in the case overview.</source>
        <translation>Der Fall hat noch keinen Kanton und kein Land, daher ist die Währung des Budgets (CHF oder EUR) unbekannt. Tragen Sie die Region in der Fallübersicht ein.</translation>
    </message>
    <message>
        <source>Saved. Status: %1.</source>
        <translation>Gespeichert. Status: %1.</translation>
    </message>
    <message>
        <source>Reminders created: %1 (see Deadlines).</source>
        <translation>Erinnerungen erstellt: %1 (siehe Fristen).</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückkehr</translation>
    </message>
    <message>
        <source>Return assistance (AVRR)</source>
        <translation>Rückkehrhilfe (AVRR)</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Programme, destination, eligibility, budget, plan</source>
        <translation>Programm, Zielland, Anspruch, Budget, Plan</translation>
    </message>
    <message>
        <source>&amp;Start return counselling …</source>
        <translation>Rückkehrberatung &amp;beginnen …</translation>
    </message>
    <message>
        <source>No return assistance recorded yet</source>
        <translation>Noch keine Rückkehrhilfe erfasst</translation>
    </message>
    <message>
        <source>Start counselling to record the programme (RIF, SIM, RAS, RAZ), the destination country and whether the person is eligible.</source>
        <translation>Beginnen Sie die Beratung, um Programm (RIF, SIM, RAS, RAZ), Zielland und Anspruchsberechtigung zu erfassen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Return assistance details</source>
        <translation>Angaben zur Rückkehrhilfe</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceView</name>
    <message>
        <source>Reminders of the return</source>
        <translation>Erinnerungen zur Rückkehr</translation>
    </message>
    <message>
        <source>None yet: registering and recording the departure create them.</source>
        <translation>Noch keine: Die Anmeldung und das Erfassen der Ausreise erstellen sie.</translation>
    </message>
    <message>
        <source>done (was due %1)</source>
        <translation>erledigt (fällig war %1)</translation>
    </message>
    <message>
        <source>In the Deadlines tab each one says why it falls on its day.</source>
        <translation>Im Register Fristen steht bei jeder, warum sie auf diesen Tag fällt.</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Status of the return: %1</source>
        <translation>Stand der Rückkehr: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>noch nicht erreicht</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Kein gültiges Datum – schreiben Sie es wie 27.11.2026.</translation>
    </message>
    <message>
        <source>The departure cannot be in the future.</source>
        <translation>Die Ausreise kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Reminders this creates: %1</source>
        <translation>Dieser Schritt erstellt die Erinnerungen: %1</translation>
    </message>
    <message>
        <source>Date of departure *</source>
        <translation>Datum der Ausreise *</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Datum der Ausreise</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Dolmetscher/in</translation>
    </message>
    <message>
        <source>Continue the interview</source>
        <translation>Befragung fortsetzen</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Sprache der Befragung</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Name oder Dolmetschernummer</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht angegeben —</translation>
    </message>
</context>
<context>
    <name>InterruptDialog</name>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Grund (freiwillig)</translation>
    </message>
    <message>
        <source>Interrupt the interview</source>
        <translation>Befragung unterbrechen</translation>
    </message>
    <message>
        <source>The current sitting ends now. The answers stay saved; continue the interview later, also with another interpreter.</source>
        <translation>Die laufende Sitzung endet jetzt. Die Antworten bleiben gespeichert; die Befragung kann später fortgesetzt werden, auch mit einer anderen dolmetschenden Person.</translation>
    </message>
    <message>
        <source>e.g. the interpreter had to leave</source>
        <translation>z. B. Dolmetscher/in musste gehen</translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>language not set</source>
        <translation>Sprache nicht angegeben</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>ohne Dolmetscher/in</translation>
    </message>
    <message>
        <source>Not readable in this version of Dossier</source>
        <translation>In dieser Version von Dossier nicht lesbar</translation>
    </message>
</context>
<context>
    <name>SittingsPanel</name>
    <message>
        <source>C&amp;ontinue interview …</source>
        <translation>Befragung &amp;fortsetzen …</translation>
    </message>
    <message>
        <source>End this sitting now and continue the interview another time</source>
        <translation>Diese Sitzung jetzt beenden und die Befragung ein andermal fortsetzen</translation>
    </message>
    <message>
        <source>I&amp;nterrupt interview …</source>
        <translation>Befragung &amp;unterbrechen …</translation>
    </message>
    <message>
        <source>Start the next sitting</source>
        <translation>Die nächste Sitzung beginnen</translation>
    </message>
</context>
<context>
    <name>Preconfig</name>
    <message>
        <source>IT&apos;s configuration file %1 was ignored. %2 Dossier works without it; tell IT support.</source>
        <translation>Die Konfigurationsdatei der IT %1 wurde nicht verwendet. %2 Dossier funktioniert auch ohne sie; informieren Sie den IT-Support.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid.</source>
        <translation>Der Wert von %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The file named in %1 does not exist.</source>
        <translation>Die in %1 genannte Datei existiert nicht.</translation>
    </message>
    <message>
        <source>It has an unknown setting: %1.</source>
        <translation>Sie enthält eine unbekannte Einstellung: %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>Die Datei ist kein gültiges TOML.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Die Datei ist zu gross.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>UnfinishedSetup</name>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the unfinished profile of %1 from this laptop? It holds no case files yet. Its encrypted files are erased and cannot be recovered.</source>
        <translation>Das nicht fertig eingerichtete Profil von %1 von diesem Laptop entfernen? Es enthält noch keine Falldossiers. Seine verschlüsselten Dateien werden gelöscht und können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove this profile …</source>
        <translation>Profil ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Remove this unfinished profile</source>
        <translation>Dieses nicht fertig eingerichtete Profil entfernen</translation>
    </message>
    <message>
        <source>Setup not finished: this laptop was switched off or the app closed before the sync service confirmed this profile, so it cannot sync. Enter the passphrase and choose Finish setup to finish it with a new one-time code from IT support, or remove it.</source>
        <translation>Einrichtung nicht abgeschlossen: Dieser Laptop wurde ausgeschaltet oder die App geschlossen, bevor der Synchronisationsdienst dieses Profil bestätigt hat. Es kann deshalb nicht synchronisieren. Geben Sie die Passphrase ein und wählen Sie «Einrichtung abschliessen», um es mit einem neuen Einmal-Code vom IT-Support fertig einzurichten, oder entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Restore from the central service</source>
        <translation>Aus dem zentralen Dienst wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the case files of %1 from the central service? The damaged store is kept, encrypted, in the profile folder for IT support. Changes made on this laptop since the last sync may be lost, unless they were already prepared for sending: those are sent at the next sync.</source>
        <translation>Die Falldossiers von %1 aus dem zentralen Dienst wiederherstellen? Der beschädigte Speicher bleibt verschlüsselt im Profilordner für den IT-Support erhalten. Änderungen auf diesem Laptop seit der letzten Synchronisation können verloren gehen, ausser sie waren schon zum Senden vorbereitet: Diese werden bei der nächsten Synchronisation gesendet.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restoring … the case files come back at the next sync.</source>
        <translation>Wiederherstellung … die Falldossiers kommen mit der nächsten Synchronisation zurück.</translation>
    </message>
    <message>
        <source>A sync of this laptop is running. Try again when it has finished.</source>
        <translation>Auf diesem Laptop läuft gerade eine Synchronisation. Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Restore from the &amp;central service …</source>
        <translation>Aus dem &amp;zentralen Dienst wiederherstellen …</translation>
    </message>
    <message>
        <source>The passphrase is right, but the case files on this laptop are damaged. They can be restored from the central service; the damaged copy is kept for IT support.</source>
        <translation>Die Passphrase ist richtig, aber die Falldossiers auf diesem Laptop sind beschädigt. Sie können aus dem zentralen Dienst wiederhergestellt werden; die beschädigte Kopie bleibt für den IT-Support erhalten.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Filters and saved views</source>
        <translation>Filter und gespeicherte Ansichten</translation>
    </message>
</context>
<context>
    <name>ReadbackPane</name>
    <message>
        <source>Questions of the interview</source>
        <translation>Fragen der Befragung</translation>
    </message>
    <message>
        <source>Protocol read back</source>
        <translation>Vorgelesenes Protokoll</translation>
    </message>
</context>
</TS>
