<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Step 2 of 5 — who is setting up this laptop.</source>
        <translation>Step 2 of 5 — who is setting up this laptop.</translation>
    </message>
    <message>
        <source>Enter the one-time code from IT support, then your login and password for the sync service.</source>
        <translation>Enter the one-time code from IT support, then your login and password for the sync service.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name shown on this laptop:</source>
        <translation>&amp;Name shown on this laptop:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name shown on this laptop</source>
        <translation>Name shown on this laptop</translation>
    </message>
    <message>
        <source>optional — your login if empty</source>
        <translation>optional — your login if empty</translation>
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
        <translation>— no answer —</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>This version of Dossier cannot show PDF documents yet. The file stays encrypted on this laptop and is synced with the case.</source>
        <translation>This version of Dossier cannot show PDF documents yet. The file stays encrypted on this laptop and is synced with the case.</translation>
    </message>
    <message>
        <source>This file is not a picture Dossier can show. It stays encrypted on this laptop and is synced with the case.</source>
        <translation>This file is not a picture Dossier can show. It stays encrypted on this laptop and is synced with the case.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Edit case %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Edit person %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Tasks and deadlines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>No case open</translation>
    </message>
    <message>
        <source>Choose a case in the list, or search by name, case number, date of birth or ZEMIS number (Ctrl+F).</source>
        <translation>Choose a case in the list, or search by name, case number, date of birth or ZEMIS number (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Loading cases …</source>
        <translation>Loading cases …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 of %Ln case</numerusform>
            <numerusform>%1 of %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases on this laptop yet</source>
        <translation>No cases on this laptop yet</translation>
    </message>
    <message>
        <source>Sync to fetch the cases assigned to you.</source>
        <translation>Sync to fetch the cases assigned to you.</translation>
    </message>
    <message>
        <source>No case matches your search</source>
        <translation>No case matches your search</translation>
    </message>
    <message>
        <source>Check the spelling, or search by case number, date of birth or ZEMIS number. Filters on the left also apply.</source>
        <translation>Check the spelling, or search by case number, date of birth or ZEMIS number. Filters on the left also apply.</translation>
    </message>
    <message>
        <source>No case matches these filters</source>
        <translation>No case matches these filters</translation>
    </message>
    <message>
        <source>Choose “Clear filters” on the left to see all cases.</source>
        <translation>Choose “Clear filters” on the left to see all cases.</translation>
    </message>
    <message>
        <source>Search name, case number, date of birth, ZEMIS or N number (Ctrl+F)</source>
        <translation>Search name, case number, date of birth, ZEMIS or N number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Measured at the last sync against the sync service. Dossier uses this laptop&apos;s clock to decide which of two changes is newer, so a wrong clock can let an older change win.</source>
        <translation>Measured at the last sync against the sync service. Dossier uses this laptop&apos;s clock to decide which of two changes is newer, so a wrong clock can let an older change win.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n minute(s) off — ask IT to set it</source>
        <translation>
            <numerusform>This laptop&apos;s clock is %n minute off — ask IT to set it</numerusform>
            <numerusform>This laptop&apos;s clock is %n minutes off — ask IT to set it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n hour(s) off — ask IT to set it</source>
        <translation>
            <numerusform>This laptop&apos;s clock is %n hour off — ask IT to set it</numerusform>
            <numerusform>This laptop&apos;s clock is %n hours off — ask IT to set it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop&apos;s clock is %n day(s) off — ask IT to set it</source>
        <translation>
            <numerusform>This laptop&apos;s clock is %n day off — ask IT to set it</numerusform>
            <numerusform>This laptop&apos;s clock is %n days off — ask IT to set it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Asylum procedure support</source>
        <translation>Asylum procedure support</translation>
    </message>
    <message>
        <source>Permit: first issue</source>
        <translation>Permit: first issue</translation>
    </message>
    <message>
        <source>Permit: renewal</source>
        <translation>Permit: renewal</translation>
    </message>
    <message>
        <source>Permit: change of canton</source>
        <translation>Permit: change of canton</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Family reunification</translation>
    </message>
    <message>
        <source>Hardship case</source>
        <translation>Hardship case</translation>
    </message>
    <message>
        <source>Integration agreement</source>
        <translation>Integration agreement</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Return assistance</translation>
    </message>
    <message>
        <source>Enforcement of removal</source>
        <translation>Enforcement of removal</translation>
    </message>
    <message>
        <source>Emergency aid</source>
        <translation>Emergency aid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>B – residence permit</source>
        <translation>B – residence permit</translation>
    </message>
    <message>
        <source>C – settlement permit</source>
        <translation>C – settlement permit</translation>
    </message>
    <message>
        <source>L – short-term residence permit</source>
        <translation>L – short-term residence permit</translation>
    </message>
    <message>
        <source>F – provisionally admitted</source>
        <translation>F – provisionally admitted</translation>
    </message>
    <message>
        <source>N – asylum seeker</source>
        <translation>N – asylum seeker</translation>
    </message>
    <message>
        <source>S – protection status</source>
        <translation>S – protection status</translation>
    </message>
    <message>
        <source>G – cross-border commuter</source>
        <translation>G – cross-border commuter</translation>
    </message>
    <message>
        <source>Ci – family of international officials</source>
        <translation>Ci – family of international officials</translation>
    </message>
    <message>
        <source>Residence permit (DE)</source>
        <translation>Residence permit (DE)</translation>
    </message>
    <message>
        <source>Settlement permit (DE)</source>
        <translation>Settlement permit (DE)</translation>
    </message>
    <message>
        <source>Permission to stay (DE)</source>
        <translation>Permission to stay (DE)</translation>
    </message>
    <message>
        <source>Toleration – Duldung (DE)</source>
        <translation>Toleration – Duldung (DE)</translation>
    </message>
    <message>
        <source>Fictional certificate (DE)</source>
        <translation>Fictional certificate (DE)</translation>
    </message>
    <message>
        <source>No permit</source>
        <translation>No permit</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
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
        <translation>Ethiopia</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Morocco</translation>
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
        <translation>Congo (Democratic Republic)</translation>
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
        <translation>Cameroon</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>South Sudan</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egypt</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
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
        <translation>North Macedonia</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia and Herzegovina</translation>
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
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Unknown / stateless</source>
        <translation>Unknown / stateless</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Persian (Farsi)</source>
        <translation>Persian (Farsi)</translation>
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
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <source>RIF – Return Information Fund</source>
        <translation>RIF – Return Information Fund</translation>
    </message>
    <message>
        <source>SIM – travel organised by IOM</source>
        <translation>SIM – travel organised by IOM</translation>
    </message>
    <message>
        <source>RAS – reintegration assistance</source>
        <translation>RAS – reintegration assistance</translation>
    </message>
    <message>
        <source>RAZ – return assistance from a federal asylum centre</source>
        <translation>RAZ – return assistance from a federal asylum centre</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>These changes were made here and elsewhere at the same time, or the service did not accept them. Choose which value is right; your choice is sent at the next sync.</source>
        <translation>These changes were made here and elsewhere at the same time, or the service did not accept them. Choose which value is right; your choice is sent at the next sync.</translation>
    </message>
    <message>
        <source>No open conflicts — everything is in agreement.</source>
        <translation>No open conflicts — everything is in agreement.</translation>
    </message>
    <message>
        <source>&amp;Resolve …</source>
        <translation>&amp;Resolve …</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>&amp;Dismiss …</source>
        <translation>&amp;Dismiss …</translation>
    </message>
    <message>
        <source>Dismiss the rejected change?</source>
        <translation>Dismiss the rejected change?</translation>
    </message>
    <message>
        <source>Re-&amp;apply as a new change</source>
        <translation>Re-&amp;apply as a new change</translation>
    </message>
    <message>
        <source>The change stays rejected and is not sent again; the rejection stays on record on this laptop. Dismiss it?</source>
        <translation>The change stays rejected and is not sent again; the rejection stays on record on this laptop. Dismiss it?</translation>
    </message>
    <message>
        <source>The same values would be rejected again; change the case instead.</source>
        <translation>The same values would be rejected again; change the case instead.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Write your values again as a new change</source>
        <translation>Write your values again as a new change</translation>
    </message>
    <message>
        <source>Your values are kept here until you dismiss the change.</source>
        <translation>Your values are kept here until you dismiss the change.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Rejected by the service</source>
        <translation>Rejected by the service</translation>
    </message>
    <message>
        <source>Changed here and elsewhere</source>
        <translation>Changed here and elsewhere</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Rejected by the service: %1</source>
        <translation>Rejected by the service: %1</translation>
    </message>
</context>
<context>
    <name>Create</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>New person in this case</source>
        <translation>New person in this case</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (extended procedure)</source>
        <translation>Appeal against an asylum decision (extended procedure)</translation>
    </message>
    <message>
        <source>Appeal against an asylum decision (accelerated procedure)</source>
        <translation>Appeal against an asylum decision (accelerated procedure)</translation>
    </message>
    <message>
        <source>Appeal against a decision not to enter into the application</source>
        <translation>Appeal against a decision not to enter into the application</translation>
    </message>
    <message>
        <source>Departure after a rejection in the accelerated procedure</source>
        <translation>Departure after a rejection in the accelerated procedure</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation>Dublin transfer</translation>
    </message>
    <message>
        <source>Dublin transfer (person imprisoned)</source>
        <translation>Dublin transfer (person imprisoned)</translation>
    </message>
    <message>
        <source>Dublin transfer (person absconded)</source>
        <translation>Dublin transfer (person absconded)</translation>
    </message>
    <message>
        <source>Reminder before the permit expires</source>
        <translation>Reminder before the permit expires</translation>
    </message>
    <message>
        <source>Action against an asylum decision (DE)</source>
        <translation>Action against an asylum decision (DE)</translation>
    </message>
    <message>
        <source>Action against a rejection as manifestly unfounded (DE)</source>
        <translation>Action against a rejection as manifestly unfounded (DE)</translation>
    </message>
    <message>
        <source>Action against a Dublin transfer order (DE)</source>
        <translation>Action against a Dublin transfer order (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejected asylum application (DE)</source>
        <translation>Departure after a rejected asylum application (DE)</translation>
    </message>
    <message>
        <source>Departure after a rejection as manifestly unfounded (DE)</source>
        <translation>Departure after a rejection as manifestly unfounded (DE)</translation>
    </message>
    <message>
        <source>Action against a residence decision (DE)</source>
        <translation>Action against a residence decision (DE)</translation>
    </message>
    <message>
        <source>Art. 108 para. 1 AsylA</source>
        <translation>Art. 108 para. 1 AsylA</translation>
    </message>
    <message>
        <source>Art. 108 para. 2 AsylA</source>
        <translation>Art. 108 para. 2 AsylA</translation>
    </message>
    <message>
        <source>Art. 108 para. 3 AsylA</source>
        <translation>Art. 108 para. 3 AsylA</translation>
    </message>
    <message>
        <source>Art. 45 para. 2 AsylA</source>
        <translation>Art. 45 para. 2 AsylA</translation>
    </message>
    <message>
        <source>Art. 29 para. 1 Dublin III Regulation</source>
        <translation>Art. 29 para. 1 Dublin III Regulation</translation>
    </message>
    <message>
        <source>Art. 29 para. 2 Dublin III Regulation</source>
        <translation>Art. 29 para. 2 Dublin III Regulation</translation>
    </message>
    <message>
        <source>Section 74 (1) AsylG (DE)</source>
        <translation>Section 74 (1) AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1), 2nd half-sentence AsylG (DE)</source>
        <translation>Section 74 (1), 2nd half-sentence AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 34a (2) AsylG (DE)</source>
        <translation>Section 34a (2) AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 38 (1) AsylG (DE)</source>
        <translation>Section 38 (1) AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 36 (1) AsylG (DE)</source>
        <translation>Section 36 (1) AsylG (DE)</translation>
    </message>
    <message>
        <source>Section 74 (1) VwGO (DE)</source>
        <translation>Section 74 (1) VwGO (DE)</translation>
    </message>
    <message>
        <source>from the notification</source>
        <translation>from the notification</translation>
    </message>
    <message>
        <source>from the acceptance of the transfer</source>
        <translation>from the acceptance of the transfer</translation>
    </message>
    <message>
        <source>from the expiry of the permit</source>
        <translation>from the expiry of the permit</translation>
    </message>
    <message>
        <source>before the notification</source>
        <translation>before the notification</translation>
    </message>
    <message>
        <source>before the acceptance of the transfer</source>
        <translation>before the acceptance of the transfer</translation>
    </message>
    <message>
        <source>before the expiry of the permit</source>
        <translation>before the expiry of the permit</translation>
    </message>
    <message>
        <source>Date of notification</source>
        <translation>Date of notification</translation>
    </message>
    <message>
        <source>Date the transfer was accepted</source>
        <translation>Date the transfer was accepted</translation>
    </message>
    <message>
        <source>Date the permit expires</source>
        <translation>Date the permit expires</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 on %2</source>
        <translation>
            <numerusform>%n working day %1 on %2</numerusform>
            <numerusform>%n working days %1 on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) %1 on %2</source>
        <translation>
            <numerusform>%n week %1 on %2</numerusform>
            <numerusform>%n weeks %1 on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) %1 on %2</source>
        <translation>
            <numerusform>%n month %1 on %2</numerusform>
            <numerusform>%n months %1 on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 on %2</source>
        <translation>
            <numerusform>%n day %1 on %2</numerusform>
            <numerusform>%n days %1 on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a public holiday %3</source>
        <translation>shifted to %1 because %2 is a public holiday %3</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a public holiday %3</source>
        <translation>brought forward to %1 because %2 is a public holiday %3</translation>
    </message>
    <message>
        <source>shifted to %1 because %2 is a %3</source>
        <translation>shifted to %1 because %2 is a %3</translation>
    </message>
    <message>
        <source>brought forward to %1 because %2 is a %3</source>
        <translation>brought forward to %1 because %2 is a %3</translation>
    </message>
    <message>
        <source>ends on %1, a public holiday %2, and is not shifted by law</source>
        <translation>ends on %1, a public holiday %2, and is not shifted by law</translation>
    </message>
    <message>
        <source>ends on %1, a %2, and is not shifted by law</source>
        <translation>ends on %1, a %2, and is not shifted by law</translation>
    </message>
    <message>
        <source>%1 not counted: a public holiday %2</source>
        <translation>%1 not counted: a public holiday %2</translation>
    </message>
    <message>
        <source>that month has no day %1, so %2 counts</source>
        <translation>that month has no day %1, so %2 counts</translation>
    </message>
    <message>
        <source>Return: check travel document and booking</source>
        <translation>Return: check travel document and booking</translation>
    </message>
    <message>
        <source>Return: confirm the departure took place</source>
        <translation>Return: confirm the departure took place</translation>
    </message>
    <message>
        <source>Return: first reintegration follow-up</source>
        <translation>Return: first reintegration follow-up</translation>
    </message>
    <message>
        <source>Return: closing reintegration follow-up</source>
        <translation>Return: closing reintegration follow-up</translation>
    </message>
    <message>
        <source>from the planned travel date</source>
        <translation>from the planned travel date</translation>
    </message>
    <message>
        <source>from the departure</source>
        <translation>from the departure</translation>
    </message>
    <message>
        <source>before the planned travel date</source>
        <translation>before the planned travel date</translation>
    </message>
    <message>
        <source>before the departure</source>
        <translation>before the departure</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Planned travel date</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date of departure</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Loading the rules …</source>
        <translation>Loading the rules …</translation>
    </message>
    <message>
        <source>This case has no canton or Land, so holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>This case has no canton or Land, so holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</translation>
    </message>
    <message>
        <source>Counted with the public holidays %1.</source>
        <translation>Counted with the public holidays %1.</translation>
    </message>
    <message>
        <source>New legal deadline</source>
        <translation>New legal deadline</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Rule</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>This code is a Swiss canton and a German Land. Choose which one is meant.</source>
        <translation>This code is a Swiss canton and a German Land. Choose which one is meant.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>⚠ Not a valid date — write it like 27.11.2026.</source>
        <translation>⚠ Not a valid date — write it like 27.11.2026.</translation>
    </message>
    <message>
        <source>&amp;Create deadline</source>
        <translation>&amp;Create deadline</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Waiting for the file</source>
        <translation>Waiting for the file</translation>
    </message>
    <message>
        <source>This file was added on another laptop and is not on this one yet, so it cannot be opened. It arrives with the next sync.</source>
        <translation>This file was added on another laptop and is not on this one yet, so it cannot be opened. It arrives with the next sync.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Encrypting and importing the document …</source>
        <translation>Encrypting and importing the document …</translation>
    </message>
    <message>
        <source>&amp;Import scan or photo …</source>
        <translation>&amp;Import scan or photo …</translation>
    </message>
    <message>
        <source>The file is copied into Dossier encrypted; the original is not changed</source>
        <translation>The file is copied into Dossier encrypted; the original is not changed</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documents of this case</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>Import a scan or photo of an identity document, a decision or a letter.</source>
        <translation>Import a scan or photo of an identity document, a decision or a letter.</translation>
    </message>
    <message>
        <source>Waiting for the file — it arrives with the next sync. A file marked like this was added on another laptop and cannot be opened until then.</source>
        <translation>Waiting for the file — it arrives with the next sync. A file marked like this was added on another laptop and cannot be opened until then.</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Creating your encrypted profile …</source>
        <translation>Creating your encrypted profile …</translation>
    </message>
    <message>
        <source>Contacting the sync service …</source>
        <translation>Contacting the sync service …</translation>
    </message>
    <message>
        <source>The one-time code is wrong, already used or expired. Check it, or ask IT support for a new code.</source>
        <translation>The one-time code is wrong, already used or expired. Check it, or ask IT support for a new code.</translation>
    </message>
    <message>
        <source>The login or password is not correct. Check them and Caps Lock, then try again.</source>
        <translation>The login or password is not correct. Check them and Caps Lock, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Contact IT support.</source>
        <translation>This account is disabled. Contact IT support.</translation>
    </message>
    <message>
        <source>The sync service has no organisation recovery key yet, so no profile was created (nobody could recover it). Ask IT support to set it up.</source>
        <translation>The sync service has no organisation recovery key yet, so no profile was created (nobody could recover it). Ask IT support to set it up.</translation>
    </message>
    <message>
        <source>Fetching your cases …</source>
        <translation>Fetching your cases …</translation>
    </message>
    <message numerus="yes">
        <source>Fetching your cases … %n received</source>
        <translation>
            <numerusform>Fetching your cases … %n received</numerusform>
            <numerusform>Fetching your cases … %n received</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Set up this laptop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Sittings</source>
        <translation>Sittings</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
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
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Vulnerable person</source>
        <translation>Vulnerable person</translation>
    </message>
    <message>
        <source>Vulnerability note</source>
        <translation>Vulnerability note</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Name in original script</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalities</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>ZEMIS number</source>
        <translation>ZEMIS number</translation>
    </message>
    <message>
        <source>N number</source>
        <translation>N number</translation>
    </message>
    <message>
        <source>AZR number</source>
        <translation>AZR number</translation>
    </message>
    <message>
        <source>Permit / title</source>
        <translation>Permit / title</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>Health note</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Remind on</source>
        <translation>Remind on</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Interview language</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Planned travel date</source>
        <translation>Planned travel date</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Reintegration budget</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegration plan</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>dd.mm.yyyy, mm.yyyy or yyyy</translation>
    </message>
    <message>
        <source>Separate several entries with ;</source>
        <translation>Separate several entries with ;</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
</context>
<context>
    <name>FiltersPane</name>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Views</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Case &amp;type</source>
        <translation>Case &amp;type</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by case type</source>
        <translation>Filter by case type</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created the case</source>
        <translation>created the case</translation>
    </message>
    <message>
        <source>changed the case</source>
        <translation>changed the case</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>opened the case</translation>
    </message>
    <message>
        <source>archived the case</source>
        <translation>archived the case</translation>
    </message>
    <message>
        <source>restored the case</source>
        <translation>restored the case</translation>
    </message>
    <message>
        <source>added a person</source>
        <translation>added a person</translation>
    </message>
    <message>
        <source>changed a person&apos;s details</source>
        <translation>changed a person&apos;s details</translation>
    </message>
    <message>
        <source>opened a person&apos;s details</source>
        <translation>opened a person&apos;s details</translation>
    </message>
    <message>
        <source>linked a person to the case</source>
        <translation>linked a person to the case</translation>
    </message>
    <message>
        <source>changed a person&apos;s role</source>
        <translation>changed a person&apos;s role</translation>
    </message>
    <message>
        <source>removed a person from the case</source>
        <translation>removed a person from the case</translation>
    </message>
    <message>
        <source>added a task or deadline</source>
        <translation>added a task or deadline</translation>
    </message>
    <message>
        <source>changed a task or deadline</source>
        <translation>changed a task or deadline</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>added a note</translation>
    </message>
    <message>
        <source>started an interview</source>
        <translation>started an interview</translation>
    </message>
    <message>
        <source>saved interview answers</source>
        <translation>saved interview answers</translation>
    </message>
    <message>
        <source>opened an interview</source>
        <translation>opened an interview</translation>
    </message>
    <message>
        <source>exported an interview protocol</source>
        <translation>exported an interview protocol</translation>
    </message>
    <message>
        <source>printed an interview protocol</source>
        <translation>printed an interview protocol</translation>
    </message>
    <message>
        <source>imported a document</source>
        <translation>imported a document</translation>
    </message>
    <message>
        <source>viewed a document</source>
        <translation>viewed a document</translation>
    </message>
    <message>
        <source>added an identity document</source>
        <translation>added an identity document</translation>
    </message>
    <message>
        <source>changed an identity document</source>
        <translation>changed an identity document</translation>
    </message>
    <message>
        <source>recorded return assistance</source>
        <translation>recorded return assistance</translation>
    </message>
    <message>
        <source>changed return assistance</source>
        <translation>changed return assistance</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>resolved a sync conflict</translation>
    </message>
    <message>
        <source>viewed special-category details</source>
        <translation>viewed special-category details</translation>
    </message>
    <message>
        <source>finalised an interview</source>
        <translation>finalised an interview</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>resolved a conflict</source>
        <translation>resolved a conflict</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>person in the case</source>
        <translation>person in the case</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>identity document</translation>
    </message>
    <message>
        <source>return assistance</source>
        <translation>return assistance</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Loading the history …</source>
        <translation>Loading the history …</translation>
    </message>
    <message>
        <source>No changes of this case wait for sync.</source>
        <translation>No changes of this case wait for sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this case wait for the next sync: %1</source>
        <translation>
            <numerusform>%n change of this case waits for the next sync: %1</numerusform>
            <numerusform>%n changes of this case wait for the next sync: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n open conflict needs your decision.</numerusform>
            <numerusform>%n open conflicts need your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>History of this case</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Import a document</source>
        <translation>Import a document</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs (%1)</source>
        <translation>Scans, photos and PDFs (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Interrupted — continue the interview to record more answers</source>
        <translation>Interrupted — continue the interview to record more answers</translation>
    </message>
    <message>
        <source>Finalised — this protocol can no longer be changed</source>
        <translation>Finalised — this protocol can no longer be changed</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Not saved — see the message above</source>
        <translation>Not saved — see the message above</translation>
    </message>
    <message>
        <source>Finalise the protocol?</source>
        <translation>Finalise the protocol?</translation>
    </message>
    <message>
        <source>After finalising, this protocol can no longer be changed; corrections are made in an addendum. Read the answers back to the person first.</source>
        <translation>After finalising, this protocol can no longer be changed; corrections are made in an addendum. Read the answers back to the person first.</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <source>&amp;Read back</source>
        <translation>&amp;Read back</translation>
    </message>
    <message>
        <source>Show the answers as the protocol reads</source>
        <translation>Show the answers as the protocol reads</translation>
    </message>
    <message>
        <source>&amp;Finalise …</source>
        <translation>&amp;Finalise …</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>Add &amp;addendum</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Addendum: %1</source>
        <translation>Addendum: %1</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>New &amp;interview …</source>
        <translation>New &amp;interview …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Interviews of this case</source>
        <translation>Interviews of this case</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>No interviews yet</translation>
    </message>
    <message>
        <source>Start an interview from a form; answers are saved as you type.</source>
        <translation>Start an interview from a form; answers are saved as you type.</translation>
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
        <translation>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least four unrelated words.</source>
        <translation>This passphrase is too easy to guess. Use at least four unrelated words.</translation>
    </message>
    <message>
        <source>The key file of this profile has been changed outside Dossier. Do not use this laptop for case work and contact IT support.</source>
        <translation>The key file of this profile has been changed outside Dossier. Do not use this laptop for case work and contact IT support.</translation>
    </message>
    <message>
        <source>This profile was created by a newer Dossier version. Ask IT support to update Dossier on this laptop.</source>
        <translation>This profile was created by a newer Dossier version. Ask IT support to update Dossier on this laptop.</translation>
    </message>
    <message>
        <source>The key file of this profile uses settings that are no longer safe. Contact IT support to have the profile re-created.</source>
        <translation>The key file of this profile uses settings that are no longer safe. Contact IT support to have the profile re-created.</translation>
    </message>
    <message>
        <source>The recovery key does not belong to this profile. Check with IT support which key was used.</source>
        <translation>The recovery key does not belong to this profile. Check with IT support which key was used.</translation>
    </message>
    <message>
        <source>The recovery key cannot be read. Check with IT support which key to use.</source>
        <translation>The recovery key cannot be read. Check with IT support which key to use.</translation>
    </message>
    <message>
        <source>The case store of this profile is damaged and cannot be opened. Do not delete anything; contact IT support, who can restore it.</source>
        <translation>The case store of this profile is damaged and cannot be opened. Do not delete anything; contact IT support, who can restore it.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer Dossier version. Ask IT support to update Dossier on this laptop, then unlock again.</source>
        <translation>This profile was saved by a newer Dossier version. Ask IT support to update Dossier on this laptop, then unlock again.</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it again to continue.</source>
        <translation>The profile is locked. Unlock it again to continue.</translation>
    </message>
    <message>
        <source>Dossier is installed without its encryption component and will not open case data. Contact IT support to reinstall it.</source>
        <translation>Dossier is installed without its encryption component and will not open case data. Contact IT support to reinstall it.</translation>
    </message>
    <message>
        <source>Dossier&apos;s encryption component is outdated. Contact IT support to update it.</source>
        <translation>Dossier&apos;s encryption component is outdated. Contact IT support to update it.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space, then try again; your entry is still in the form.</source>
        <translation>The disk is full, so nothing could be saved. Free some space, then try again; your entry is still in the form.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Try again; if it happens again, contact IT support.</source>
        <translation>The disk could not be read or written. Try again; if it happens again, contact IT support.</translation>
    </message>
    <message>
        <source>There already is a profile for this login on this laptop. Unlock that one.</source>
        <translation>There already is a profile for this login on this laptop. Unlock that one.</translation>
    </message>
    <message>
        <source>This profile no longer exists on this laptop. Choose another profile.</source>
        <translation>This profile no longer exists on this laptop. Choose another profile.</translation>
    </message>
    <message>
        <source>The login may only contain letters, digits and . _ @ -.</source>
        <translation>The login may only contain letters, digits and . _ @ -.</translation>
    </message>
    <message>
        <source>This entry no longer exists on this laptop. Reload the case list.</source>
        <translation>This entry no longer exists on this laptop. Reload the case list.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Correct the fields marked in red, then save again.</source>
        <translation>Some fields are not valid. Correct the fields marked in red, then save again.</translation>
    </message>
    <message>
        <source>This entry was changed in the meantime. Close the form and open it again to see the current values; your changes were not saved.</source>
        <translation>This entry was changed in the meantime. Close the form and open it again to see the current values; your changes were not saved.</translation>
    </message>
    <message>
        <source>This entry can no longer be changed. Add a correction instead.</source>
        <translation>This entry can no longer be changed. Add a correction instead.</translation>
    </message>
    <message>
        <source>This attachment has been damaged or changed and will not be shown. Contact IT support.</source>
        <translation>This attachment has been damaged or changed and will not be shown. Contact IT support.</translation>
    </message>
    <message>
        <source>The file of this attachment is missing on this laptop. Sync to fetch it again.</source>
        <translation>The file of this attachment is missing on this laptop. Sync to fetch it again.</translation>
    </message>
    <message>
        <source>The access log of this profile has been tampered with. Stop working with this laptop and contact IT support.</source>
        <translation>The access log of this profile has been tampered with. Stop working with this laptop and contact IT support.</translation>
    </message>
    <message>
        <source>This case has no known canton or Land, so its holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</source>
        <translation>This case has no known canton or Land, so its holidays are unknown. Enter it in the case overview (for example VD or BY), then try again.</translation>
    </message>
    <message>
        <source>The case&apos;s region code is a Swiss canton and a German Land. Choose the country, or write it as CH-BE or DE-BE in the case overview.</source>
        <translation>The case&apos;s region code is a Swiss canton and a German Land. Choose the country, or write it as CH-BE or DE-BE in the case overview.</translation>
    </message>
    <message>
        <source>This rule does not apply in the case&apos;s canton or Land. Choose another rule.</source>
        <translation>This rule does not apply in the case&apos;s canton or Land. Choose another rule.</translation>
    </message>
    <message>
        <source>Dossier does not know the holidays of that year, so it cannot compute this deadline. Check the date.</source>
        <translation>Dossier does not know the holidays of that year, so it cannot compute this deadline. Check the date.</translation>
    </message>
    <message>
        <source>This laptop has not reached the sync service for too long, so the profile stays locked for your protection. Connect to the office network and sign in online, or contact IT support. Nothing has been deleted.</source>
        <translation>This laptop has not reached the sync service for too long, so the profile stays locked for your protection. Connect to the office network and sign in online, or contact IT support. Nothing has been deleted.</translation>
    </message>
    <message>
        <source>The sync service cannot be reached. Check the network connection, then sync again; your changes stay saved on this laptop.</source>
        <translation>The sync service cannot be reached. Check the network connection, then sync again; your changes stay saved on this laptop.</translation>
    </message>
    <message>
        <source>The connection to the sync service is not trusted, so nothing was sent. Contact IT support; your changes stay saved on this laptop.</source>
        <translation>The connection to the sync service is not trusted, so nothing was sent. Contact IT support; your changes stay saved on this laptop.</translation>
    </message>
    <message>
        <source>The sync service needs a newer Dossier version to send you changes. Your own changes were still sent and nothing is lost. Ask IT support to update Dossier on this laptop.</source>
        <translation>The sync service needs a newer Dossier version to send you changes. Your own changes were still sent and nothing is lost. Ask IT support to update Dossier on this laptop.</translation>
    </message>
    <message>
        <source>You are assigned more cases than one laptop can hold, so the sync service sends none. Your own changes were still sent and nothing is lost. Ask IT support or your team lead to reduce the cases assigned to you.</source>
        <translation>You are assigned more cases than one laptop can hold, so the sync service sends none. Your own changes were still sent and nothing is lost. Ask IT support or your team lead to reduce the cases assigned to you.</translation>
    </message>
    <message>
        <source>Sync is not set up on this laptop yet. Ask IT support for an enrolment code.</source>
        <translation>Sync is not set up on this laptop yet. Ask IT support for an enrolment code.</translation>
    </message>
    <message>
        <source>The sync did not finish. Try again later; your changes stay saved on this laptop. If it keeps failing, contact IT support and give them the details.</source>
        <translation>The sync did not finish. Try again later; your changes stay saved on this laptop. If it keeps failing, contact IT support and give them the details.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, contact IT support and give them the details below.</source>
        <translation>Something went wrong. Try again; if it happens again, contact IT support and give them the details below.</translation>
    </message>
    <message>
        <source>Required — please fill in.</source>
        <translation>Required — please fill in.</translation>
    </message>
    <message>
        <source>Too long — shorten the text.</source>
        <translation>Too long — shorten the text.</translation>
    </message>
    <message>
        <source>Too many entries — remove some.</source>
        <translation>Too many entries — remove some.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <source>Not in the expected format.</source>
        <translation>Not in the expected format.</translation>
    </message>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Not a valid date — write it like 27.11.2026.</translation>
    </message>
    <message>
        <source>Not a valid value for this field.</source>
        <translation>Not a valid value for this field.</translation>
    </message>
    <message>
        <source>This field is not known to this version.</source>
        <translation>This field is not known to this version.</translation>
    </message>
    <message>
        <source>A case cannot move directly to this status. Choose one of the next steps.</source>
        <translation>A case cannot move directly to this status. Choose one of the next steps.</translation>
    </message>
    <message>
        <source>The linked entry no longer exists.</source>
        <translation>The linked entry no longer exists.</translation>
    </message>
    <message>
        <source>The case is archived; restore it first.</source>
        <translation>The case is archived; restore it first.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Outside the allowed range.</source>
        <translation>Outside the allowed range.</translation>
    </message>
    <message>
        <source>Each choice may be ticked only once.</source>
        <translation>Each choice may be ticked only once.</translation>
    </message>
    <message>
        <source>This question is not part of the form (any more).</source>
        <translation>This question is not part of the form (any more).</translation>
    </message>
    <message>
        <source>Only a finalised interview is corrected by an addendum; edit the draft.</source>
        <translation>Only a finalised interview is corrected by an addendum; edit the draft.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>The case cannot be closed before the date it was opened.</source>
        <translation>The case cannot be closed before the date it was opened.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date; empty this field or close the case.</source>
        <translation>Only a closed case has a closing date; empty this field or close the case.</translation>
    </message>
    <message>
        <source>The interview is interrupted, so nothing was saved. Continue the interview first (“Continue interview …”), then record answers; your entry is still in the form.</source>
        <translation>The interview is interrupted, so nothing was saved. Continue the interview first (“Continue interview …”), then record answers; your entry is still in the form.</translation>
    </message>
    <message>
        <source>Capital letters, digits and . / - such as ZH-2026-000123.</source>
        <translation>Capital letters, digits and . / - such as ZH-2026-000123.</translation>
    </message>
    <message>
        <source>8 digits, such as 1234.5678.</source>
        <translation>8 digits, such as 1234.5678.</translation>
    </message>
    <message>
        <source>N and 6 digits, such as N 123 456.</source>
        <translation>N and 6 digits, such as N 123 456.</translation>
    </message>
    <message>
        <source>12 digits.</source>
        <translation>12 digits.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) / -, such as +41 79 123 45 67.</source>
        <translation>Digits, spaces and + ( ) / -, such as +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>An address such as name@example.ch.</source>
        <translation>An address such as name@example.ch.</translation>
    </message>
    <message>
        <source>Not a valid date — write 27.11.1990, 11.1990 or only the year 1990.</source>
        <translation>Not a valid date — write 27.11.1990, 11.1990 or only the year 1990.</translation>
    </message>
    <message numerus="yes">
        <source>Too long — at most %n characters.</source>
        <translation>
            <numerusform>Too long — at most %n character.</numerusform>
            <numerusform>Too long — at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log is older than the one this laptop saw last, as if the service had been restored from a backup. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Contact IT support: the service&apos;s audit log is older than the one this laptop saw last, as if the service had been restored from a backup. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</translation>
    </message>
    <message>
        <source>Contact IT support: the service&apos;s audit log does not match the one this laptop checked before, so it may have been altered. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</source>
        <translation>Contact IT support: the service&apos;s audit log does not match the one this laptop checked before, so it may have been altered. Sync is stopped until IT has checked the service; keep working, your changes stay saved on this laptop.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No notes yet. Notes cannot be changed once added.</source>
        <translation>No notes yet. Notes cannot be changed once added.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write a note … (Ctrl+Enter adds it)</source>
        <translation>Write a note … (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Notes of this case</source>
        <translation>Notes of this case</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit case …</source>
        <translation>&amp;Edit case …</translation>
    </message>
    <message>
        <source>Edit the case overview (Ctrl+E)</source>
        <translation>Edit the case overview (Ctrl+E)</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Case overview</translation>
    </message>
</context>
<context>
    <name>ParticipantsBar</name>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interpreter</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>Interview &amp;language</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Name or interpreter number</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Passphrase strength: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Unusable</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Too short: use at least four unrelated words.</source>
        <translation>Too short: use at least four unrelated words.</translation>
    </message>
    <message>
        <source>Too common: it appears in lists of leaked passwords.</source>
        <translation>Too common: it appears in lists of leaked passwords.</translation>
    </message>
    <message>
        <source>Contains your login or name.</source>
        <translation>Contains your login or name.</translation>
    </message>
    <message>
        <source>Repeats the same characters or words.</source>
        <translation>Repeats the same characters or words.</translation>
    </message>
    <message>
        <source>Contains a sequence such as 1234 or abcd.</source>
        <translation>Contains a sequence such as 1234 or abcd.</translation>
    </message>
    <message>
        <source>Contains a keyboard pattern such as qwertz.</source>
        <translation>Contains a keyboard pattern such as qwertz.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Step 3 of 5 — the key to the cases on this laptop.</source>
        <translation>Step 3 of 5 — the key to the cases on this laptop.</translation>
    </message>
    <message>
        <source>Choose a passphrase of several unrelated words. You type it every time you unlock Dossier; it never leaves this laptop.</source>
        <translation>Choose a passphrase of several unrelated words. You type it every time you unlock Dossier; it never leaves this laptop.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <source>Edit &amp;person …</source>
        <translation>Edit &amp;person …</translation>
    </message>
    <message>
        <source>&amp;Add person to case …</source>
        <translation>&amp;Add person to case …</translation>
    </message>
    <message>
        <source>New person in this case (Ctrl+N)</source>
        <translation>New person in this case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Persons in this case</source>
        <translation>Persons in this case</translation>
    </message>
    <message>
        <source>Details of the selected person</source>
        <translation>Details of the selected person</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Interpreter: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Addendum correcting an earlier protocol</source>
        <translation>Addendum correcting an earlier protocol</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Answers from an earlier version of the form</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>You changed this form but have not saved it. Discard your changes?</source>
        <translation>You changed this form but have not saved it. Discard your changes?</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery by your organisation</source>
        <translation>Recovery by your organisation</translation>
    </message>
    <message>
        <source>Step 4 of 5 — please read before you continue.</source>
        <translation>Step 4 of 5 — please read before you continue.</translation>
    </message>
    <message>
        <source>Your organisation can recover the cases on this laptop. The key that encrypts them is also stored locked with a recovery key held by IT. If you forget your passphrase, IT can open your profile and give you a new passphrase; every recovery is recorded in the access log.

So IT never needs to know your passphrase: do not tell it to anyone.</source>
        <translation>Your organisation can recover the cases on this laptop. The key that encrypts them is also stored locked with a recovery key held by IT. If you forget your passphrase, IT can open your profile and give you a new passphrase; every recovery is recorded in the access log.

So IT never needs to know your passphrase: do not tell it to anyone.</translation>
    </message>
    <message>
        <source>I &amp;understand that my organisation can recover my cases</source>
        <translation>I &amp;understand that my organisation can recover my cases</translation>
    </message>
    <message>
        <source>I understand that my organisation can recover my cases</source>
        <translation>I understand that my organisation can recover my cases</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>in Switzerland</source>
        <translation>in Switzerland</translation>
    </message>
    <message>
        <source>in Germany</source>
        <translation>in Germany</translation>
    </message>
    <message>
        <source>in the canton of Aargau</source>
        <translation>in the canton of Aargau</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Innerrhoden</source>
        <translation>in the canton of Appenzell Innerrhoden</translation>
    </message>
    <message>
        <source>in the canton of Appenzell Ausserrhoden</source>
        <translation>in the canton of Appenzell Ausserrhoden</translation>
    </message>
    <message>
        <source>in the canton of Bern</source>
        <translation>in the canton of Bern</translation>
    </message>
    <message>
        <source>in the canton of Basel-Landschaft</source>
        <translation>in the canton of Basel-Landschaft</translation>
    </message>
    <message>
        <source>in the canton of Basel-Stadt</source>
        <translation>in the canton of Basel-Stadt</translation>
    </message>
    <message>
        <source>in the canton of Fribourg</source>
        <translation>in the canton of Fribourg</translation>
    </message>
    <message>
        <source>in the canton of Geneva</source>
        <translation>in the canton of Geneva</translation>
    </message>
    <message>
        <source>in the canton of Glarus</source>
        <translation>in the canton of Glarus</translation>
    </message>
    <message>
        <source>in the canton of Graubünden</source>
        <translation>in the canton of Graubünden</translation>
    </message>
    <message>
        <source>in the canton of Jura</source>
        <translation>in the canton of Jura</translation>
    </message>
    <message>
        <source>in the canton of Lucerne</source>
        <translation>in the canton of Lucerne</translation>
    </message>
    <message>
        <source>in the canton of Neuchâtel</source>
        <translation>in the canton of Neuchâtel</translation>
    </message>
    <message>
        <source>in the canton of Nidwalden</source>
        <translation>in the canton of Nidwalden</translation>
    </message>
    <message>
        <source>in the canton of Obwalden</source>
        <translation>in the canton of Obwalden</translation>
    </message>
    <message>
        <source>in the canton of St. Gallen</source>
        <translation>in the canton of St. Gallen</translation>
    </message>
    <message>
        <source>in the canton of Schaffhausen</source>
        <translation>in the canton of Schaffhausen</translation>
    </message>
    <message>
        <source>in the canton of Solothurn</source>
        <translation>in the canton of Solothurn</translation>
    </message>
    <message>
        <source>in the canton of Schwyz</source>
        <translation>in the canton of Schwyz</translation>
    </message>
    <message>
        <source>in the canton of Thurgau</source>
        <translation>in the canton of Thurgau</translation>
    </message>
    <message>
        <source>in the canton of Ticino</source>
        <translation>in the canton of Ticino</translation>
    </message>
    <message>
        <source>in the canton of Uri</source>
        <translation>in the canton of Uri</translation>
    </message>
    <message>
        <source>in the canton of Vaud</source>
        <translation>in the canton of Vaud</translation>
    </message>
    <message>
        <source>in the canton of Valais</source>
        <translation>in the canton of Valais</translation>
    </message>
    <message>
        <source>in the canton of Zug</source>
        <translation>in the canton of Zug</translation>
    </message>
    <message>
        <source>in the canton of Zurich</source>
        <translation>in the canton of Zurich</translation>
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
        <translation>in Bavaria</translation>
    </message>
    <message>
        <source>in Bremen</source>
        <translation>in Bremen</translation>
    </message>
    <message>
        <source>in Hesse</source>
        <translation>in Hesse</translation>
    </message>
    <message>
        <source>in Hamburg</source>
        <translation>in Hamburg</translation>
    </message>
    <message>
        <source>in Mecklenburg-Western Pomerania</source>
        <translation>in Mecklenburg-Western Pomerania</translation>
    </message>
    <message>
        <source>in Lower Saxony</source>
        <translation>in Lower Saxony</translation>
    </message>
    <message>
        <source>in North Rhine-Westphalia</source>
        <translation>in North Rhine-Westphalia</translation>
    </message>
    <message>
        <source>in Rhineland-Palatinate</source>
        <translation>in Rhineland-Palatinate</translation>
    </message>
    <message>
        <source>in Schleswig-Holstein</source>
        <translation>in Schleswig-Holstein</translation>
    </message>
    <message>
        <source>in Saarland</source>
        <translation>in Saarland</translation>
    </message>
    <message>
        <source>in Saxony</source>
        <translation>in Saxony</translation>
    </message>
    <message>
        <source>in Saxony-Anhalt</source>
        <translation>in Saxony-Anhalt</translation>
    </message>
    <message>
        <source>in Thuringia</source>
        <translation>in Thuringia</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Case %1 · %2: which value is right?</source>
        <translation>Case %1 · %2: which value is right?</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Before (base)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation>The value both sides started from</translation>
    </message>
    <message>
        <source>Your change, which the service did not apply</source>
        <translation>Your change, which the service did not apply</translation>
    </message>
    <message>
        <source>The value on the service; the conflict arose on %1</source>
        <translation>The value on the service; the conflict arose on %1</translation>
    </message>
    <message>
        <source>▲ changed from the base</source>
        <translation>▲ changed from the base</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Edit:</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Edited value</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>&amp;Keep the later change</source>
        <translation>&amp;Keep the later change</translation>
    </message>
    <message>
        <source>&amp;Take the service&apos;s value</source>
        <translation>&amp;Take the service&apos;s value</translation>
    </message>
    <message>
        <source>A later change made elsewhere, which the service did not apply; the conflict arose on %1</source>
        <translation>A later change made elsewhere, which the service did not apply; the conflict arose on %1</translation>
    </message>
    <message>
        <source>Later change</source>
        <translation>Later change</translation>
    </message>
    <message>
        <source>Made elsewhere; the service did not apply it</source>
        <translation>Made elsewhere; the service did not apply it</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>On the service</translation>
    </message>
    <message>
        <source>Your change, which the service kept</source>
        <translation>Your change, which the service kept</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Setting up this profile was interrupted before the sync service confirmed it. Enter a new one-time code from IT support and your password to finish.</source>
        <translation>Setting up this profile was interrupted before the sync service confirmed it. Enter a new one-time code from IT support and your password to finish.</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>&amp;Finish setup</translation>
    </message>
    <message>
        <source>Setting up this laptop</source>
        <translation>Setting up this laptop</translation>
    </message>
    <message>
        <source>Step 5 of 5 — this takes a moment; the window stays usable.</source>
        <translation>Step 5 of 5 — this takes a moment; the window stays usable.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>Service &amp;address:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
</context>
<context>
    <name>SensitiveSection</name>
    <message>
        <source>Sensitive details (access is logged)</source>
        <translation>Sensitive details (access is logged)</translation>
    </message>
    <message>
        <source>Show sensitive details (logged)</source>
        <translation>Show sensitive details (logged)</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>IT support has set the address and the certificate file for you.</source>
        <translation>IT support has set the address and the certificate file for you.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA bundle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Sync service</translation>
    </message>
    <message>
        <source>Step 1 of 5 — where this laptop keeps its cases in sync.</source>
        <translation>Step 1 of 5 — where this laptop keeps its cases in sync.</translation>
    </message>
    <message>
        <source>Enter the address of your organisation&apos;s sync service. IT support gives it to you.</source>
        <translation>Enter the address of your organisation&apos;s sync service. IT support gives it to you.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>Service &amp;address:</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation>&amp;CA bundle (optional):</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA bundle file</translation>
    </message>
    <message>
        <source>&amp;Browse …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Only needed if IT support gave you a certificate file for the service.</source>
        <translation>Only needed if IT support gave you a certificate file for the service.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Unlock to see it</source>
        <translation>Unlock to see it</translation>
    </message>
    <message>
        <source>Not set up on this laptop yet</source>
        <translation>Not set up on this laptop yet</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>The system&apos;s certificates</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA bundle</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min without input</translation>
    </message>
    <message>
        <source>Dossier locks itself when you do nothing for this long, and whenever the screen locks. At most %1 minutes are allowed.</source>
        <translation>Dossier locks itself when you do nothing for this long, and whenever the screen locks. At most %1 minutes are allowed.</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Sync service</translation>
    </message>
    <message>
        <source>Your IT department sets the service address and its certificates when this laptop is enrolled. They cannot be changed here.</source>
        <translation>Your IT department sets the service address and its certificates when this laptop is enrolled. They cannot be changed here.</translation>
    </message>
    <message>
        <source>&amp;Sync automatically whenever the service can be reached</source>
        <translation>&amp;Sync automatically whenever the service can be reached</translation>
    </message>
    <message>
        <source>When this is off, Dossier only syncs when you choose Sync now (F5).</source>
        <translation>When this is off, Dossier only syncs when you choose Sync now (F5).</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</source>
        <translation>These changes are saved on this laptop and will be sent at the next sync. Nothing is lost if you lock or close Dossier.</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues next time.</source>
        <translation>Sync cancelled; it continues next time.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
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
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;Edit case …</source>
        <translation>&amp;Edit case …</translation>
    </message>
    <message>
        <source>&amp;New …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>New case; in the Persons tab, new person (Ctrl+N)</source>
        <translation>New case; in the Persons tab, new person (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>&amp;Conflicts …</source>
        <translation>&amp;Conflicts …</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>Interview &amp;language</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interpreter</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Name or interpreter number</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Start interview</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</source>
        <translation>Sync with the central service is not set up on this laptop yet. Everything you do is saved here, encrypted.</translation>
    </message>
    <message>
        <source>This laptop has not synced yet. Your changes stay here until the first sync.</source>
        <translation>This laptop has not synced yet. Your changes stay here until the first sync.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n change received</numerusform>
            <numerusform>%n changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) merged automatically</source>
        <translation>
            <numerusform>%n change merged automatically</numerusform>
            <numerusform>%n changes merged automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n new conflict</numerusform>
            <numerusform>%n new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n change rejected by the service</numerusform>
            <numerusform>%n changes rejected by the service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed from this laptop</source>
        <translation>
            <numerusform>%n case removed from this laptop</numerusform>
            <numerusform>%n cases removed from this laptop</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; it continues with the next sync.</source>
        <translation>The sync did not finish; it continues with the next sync.</translation>
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
        <translation>Never synced</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>No open conflicts</translation>
    </message>
    <message>
        <source>Counting changes …</source>
        <translation>Counting changes …</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>All changes saved, none waiting</source>
        <translation>All changes saved, none waiting</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln change waiting for sync</numerusform>
            <numerusform>%Ln changes waiting for sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the sync service — click to sync now (F5)</source>
        <translation>Connection to the sync service — click to sync now (F5)</translation>
    </message>
    <message>
        <source>Last successful sync — click for the report</source>
        <translation>Last successful sync — click for the report</translation>
    </message>
    <message>
        <source>Changes that need your decision after a sync — click to open</source>
        <translation>Changes that need your decision after a sync — click to open</translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln change(s) sent</source>
        <translation>
            <numerusform>Syncing … %Ln change sent</numerusform>
            <numerusform>Syncing … %Ln changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing … %Ln page(s) received</source>
        <translation>
            <numerusform>Syncing … %Ln page received</numerusform>
            <numerusform>Syncing … %Ln pages received</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancel the sync</translation>
    </message>
    <message>
        <source>Changes saved on this laptop that the service has not received yet</source>
        <translation>Changes saved on this laptop that the service has not received yet</translation>
    </message>
    <message>
        <source>Auto-sync paused</source>
        <translation>Auto-sync paused</translation>
    </message>
    <message>
        <source>Automatic sync is paused in the settings — click to sync now (F5)</source>
        <translation>Automatic sync is paused in the settings — click to sync now (F5)</translation>
    </message>
    <message>
        <source>Checking connection …</source>
        <translation>Checking connection …</translation>
    </message>
    <message>
        <source>The sync service cannot be reached; Dossier keeps trying and syncs as soon as it answers — click to try now (F5)</source>
        <translation>The sync service cannot be reached; Dossier keeps trying and syncs as soon as it answers — click to try now (F5)</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>Update needed</translation>
    </message>
    <message>
        <source>Sync stopped — contact IT</source>
        <translation>Sync stopped — contact IT</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>SyncTime</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min. ago</source>
        <translation>
            <numerusform>%n min. ago</numerusform>
            <numerusform>%n min. ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Why this date: %1</source>
        <translation>Why this date: %1</translation>
    </message>
    <message>
        <source>New &amp;task …</source>
        <translation>New &amp;task …</translation>
    </message>
    <message>
        <source>New legal &amp;deadline …</source>
        <translation>New legal &amp;deadline …</translation>
    </message>
    <message>
        <source>Compute a due date from a legal rule, with holidays of the case&apos;s region</source>
        <translation>Compute a due date from a legal rule, with holidays of the case&apos;s region</translation>
    </message>
    <message>
        <source>Tasks and deadlines of this case</source>
        <translation>Tasks and deadlines of this case</translation>
    </message>
    <message>
        <source>No tasks or deadlines yet</source>
        <translation>No tasks or deadlines yet</translation>
    </message>
    <message>
        <source>Add a task, or a legal deadline computed from a notification date.</source>
        <translation>Add a task, or a legal deadline computed from a notification date.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Setup not finished</source>
        <translation>Setup not finished</translation>
    </message>
    <message>
        <source>&amp;Finish setup</source>
        <translation>&amp;Finish setup</translation>
    </message>
    <message>
        <source>Unlocking … checking the passphrase takes a moment.</source>
        <translation>Unlocking … checking the passphrase takes a moment.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case files, encrypted on this laptop. Unlock your profile to continue.</source>
        <translation>Case files, encrypted on this laptop. Unlock your profile to continue.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
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
        <translation>Profile</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Set up this laptop / add a caseworker …</source>
        <translation>&amp;Set up this laptop / add a caseworker …</translation>
    </message>
    <message>
        <source>There is no profile on this laptop yet. Enrol this laptop with the one-time code from IT support.</source>
        <translation>There is no profile on this laptop yet. Enrol this laptop with the one-time code from IT support.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
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
        <translation>special-category data</translation>
    </message>
    <message>
        <source>archived (still held)</source>
        <translation>archived (still held)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Who accessed or changed this data</source>
        <translation>Who accessed or changed this data</translation>
    </message>
    <message>
        <source>Information held on %1</source>
        <translation>Information held on %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2. The enclosed JSON file holds the same data in a machine-readable form.</source>
        <translation>Exported by %1 on %2. The enclosed JSON file holds the same data in a machine-readable form.</translation>
    </message>
    <message>
        <source>The cases of this person include other persons. Check interviews, tasks and case notes for their data before handing this export over.</source>
        <translation>The cases of this person include other persons. Check interviews, tasks and case notes for their data before handing this export over.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Tasks and deadlines</translation>
    </message>
    <message>
        <source>Return assistance</source>
        <translation>Return assistance</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Original seen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Legal rule</source>
        <translation>Legal rule</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Size in bytes</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Travel date</translation>
    </message>
    <message>
        <source>Reintegration budget</source>
        <translation>Reintegration budget</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegration plan</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Choose a folder for the export</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>E&amp;xport all data …</source>
        <translation>E&amp;xport all data …</translation>
    </message>
    <message>
        <source>Export everything held on this person (right of access)</source>
        <translation>Export everything held on this person (right of access)</translation>
    </message>
    <message>
        <source>Export all data on %1</source>
        <translation>Export all data on %1</translation>
    </message>
    <message>
        <source>Everything this laptop holds on the person — personal data, cases, identity documents, interviews, notes, tasks, return assistance, documents and the log of who accessed them — is written as a JSON file and a PDF into a new folder. Special-category data is included and marked. The export is recorded in the audit log.</source>
        <translation>Everything this laptop holds on the person — personal data, cases, identity documents, interviews, notes, tasks, return assistance, documents and the log of who accessed them — is written as a JSON file and a PDF into a new folder. Special-category data is included and marked. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Choose …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&amp;Include the attached files</source>
        <translation>&amp;Include the attached files</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>right-of-access</translation>
    </message>
    <message>
        <source>Everything held on this person was exported to the folder %1.</source>
        <translation>Everything held on this person was exported to the folder %1.</translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>The protocol was saved as %1.</source>
        <translation>The protocol was saved as %1.</translation>
    </message>
    <message>
        <source>The protocol was sent to the printer.</source>
        <translation>The protocol was sent to the printer.</translation>
    </message>
    <message>
        <source>E&amp;xport protocol …</source>
        <translation>E&amp;xport protocol …</translation>
    </message>
    <message>
        <source>Save the protocol as a PDF file (A4)</source>
        <translation>Save the protocol as a PDF file (A4)</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
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
        <translation>From–to</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitting</translation>
    </message>
    <message>
        <source>Sitting %1 (%2)</source>
        <translation>Sitting %1 (%2)</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sittings</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Language of the interview</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This is an addendum correcting the protocol of %1.</source>
        <translation>This is an addendum correcting the protocol of %1.</translation>
    </message>
    <message>
        <source>Corrected by an addendum of %1.</source>
        <translation>Corrected by an addendum of %1.</translation>
    </message>
    <message>
        <source>special-category data</source>
        <translation>special-category data</translation>
    </message>
    <message>
        <source>Answers from an earlier version of the form</source>
        <translation>Answers from an earlier version of the form</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Place and date:</translation>
    </message>
    <message>
        <source>Draft — not finalised; the answers may still change.</source>
        <translation>Draft — not finalised; the answers may still change.</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation>Exported by %1 on %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Record to keep:</source>
        <translation>Record to keep:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Merge into %1</translation>
    </message>
    <message>
        <source>Merged person</source>
        <translation>Merged person</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>These records were merged. Undo restores both, with their cases.</source>
        <translation>These records were merged. Undo restores both, with their cases.</translation>
    </message>
    <message>
        <source>Are these the same person? Choose the record to keep and, where they differ, which value it gets.</source>
        <translation>Are these the same person? Choose the record to keep and, where they differ, which value it gets.</translation>
    </message>
    <message>
        <source>Why proposed: %1</source>
        <translation>Why proposed: %1</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Not the same person</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Undo merge</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>The two records side by side</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>Keep the first record: %1</source>
        <translation>Keep the first record: %1</translation>
    </message>
    <message>
        <source>Keep the second record: %1</source>
        <translation>Keep the second record: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 from the first record: %2</source>
        <translation>%1 from the first record: %2</translation>
    </message>
    <message>
        <source>%1 from the second record: %2</source>
        <translation>%1 from the second record: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same ZEMIS number</source>
        <translation>same ZEMIS number</translation>
    </message>
    <message>
        <source>same N number</source>
        <translation>same N number</translation>
    </message>
    <message>
        <source>same AZR number</source>
        <translation>same AZR number</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>names match as transliteration variants</source>
        <translation>names match as transliteration variants</translation>
    </message>
    <message>
        <source>names differ by a typo</source>
        <translation>names differ by a typo</translation>
    </message>
    <message>
        <source>an alias matches</source>
        <translation>an alias matches</translation>
    </message>
    <message>
        <source>the name in original script matches</source>
        <translation>the name in original script matches</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <source>same month of birth</source>
        <translation>same month of birth</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>same year of birth</translation>
    </message>
    <message>
        <source>date of birth unknown for one of them</source>
        <translation>date of birth unknown for one of them</translation>
    </message>
    <message>
        <source>dates of birth do not match</source>
        <translation>dates of birth do not match</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>same nationality</translation>
    </message>
    <message>
        <source>different nationalities</source>
        <translation>different nationalities</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>different sex</translation>
    </message>
    <message>
        <source>another register number differs</source>
        <translation>another register number differs</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Merged: %1 into %2</source>
        <translation>Merged: %1 into %2</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 and %2 (%3 %)</source>
        <translation>Possible duplicate: %1 and %2 (%3 %)</translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation>Possible duplicate persons</translation>
    </message>
    <message>
        <source>&amp;Compare …</source>
        <translation>&amp;Compare …</translation>
    </message>
    <message>
        <source>Possible duplicate persons of this case</source>
        <translation>Possible duplicate persons of this case</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>A value is not valid for the service. Correct it in the case.</source>
        <translation>A value is not valid for the service. Correct it in the case.</translation>
    </message>
    <message>
        <source>Entries of this kind cannot be changed once saved. Add a new one instead.</source>
        <translation>Entries of this kind cannot be changed once saved. Add a new one instead.</translation>
    </message>
    <message>
        <source>The case could not move to this status from the one it had on the service. Check the status, then re-apply the change or make a different one.</source>
        <translation>The case could not move to this status from the one it had on the service. Check the status, then re-apply the change or make a different one.</translation>
    </message>
    <message>
        <source>The change was incomplete. Make it again in the case.</source>
        <translation>The change was incomplete. Make it again in the case.</translation>
    </message>
    <message>
        <source>The conflict resolution could not be applied. Resolve the conflict again.</source>
        <translation>The conflict resolution could not be applied. Resolve the conflict again.</translation>
    </message>
    <message>
        <source>The entry already exists on the service with other values. Check the case.</source>
        <translation>The entry already exists on the service with other values. Check the case.</translation>
    </message>
    <message>
        <source>The entry no longer exists on the service. Check the case.</source>
        <translation>The entry no longer exists on the service. Check the case.</translation>
    </message>
    <message>
        <source>The entry was finalised elsewhere, so it cannot be changed. Add an addendum instead.</source>
        <translation>The entry was finalised elsewhere, so it cannot be changed. Add an addendum instead.</translation>
    </message>
    <message>
        <source>The laptop&apos;s clock was wrong when the change was made. Check the clock, then re-apply it as a new change.</source>
        <translation>The laptop&apos;s clock was wrong when the change was made. Check the clock, then re-apply it as a new change.</translation>
    </message>
    <message>
        <source>The service did not accept this change. Check the case; if it keeps happening, contact IT support and give them the code.</source>
        <translation>The service did not accept this change. Check the case; if it keeps happening, contact IT support and give them the code.</translation>
    </message>
    <message>
        <source>The service does not know a field of this change. Ask IT support to update Dossier.</source>
        <translation>The service does not know a field of this change. Ask IT support to update Dossier.</translation>
    </message>
    <message>
        <source>The service does not know this kind of entry. Ask IT support to update Dossier.</source>
        <translation>The service does not know this kind of entry. Ask IT support to update Dossier.</translation>
    </message>
    <message>
        <source>The service no longer accepts this kind of change. Re-apply it as a new change.</source>
        <translation>The service no longer accepts this kind of change. Re-apply it as a new change.</translation>
    </message>
    <message>
        <source>This field can no longer be changed. Add a note or a correction instead.</source>
        <translation>This field can no longer be changed. Add a note or a correction instead.</translation>
    </message>
    <message>
        <source>You may no longer change this case; your team lead reviews the change. Ask them if it is still needed.</source>
        <translation>You may no longer change this case; your team lead reviews the change. Ask them if it is still needed.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show the case as it is now</source>
        <translation>Show the case as it is now</translation>
    </message>
    <message>
        <source>This case was updated by sync while you were editing. Save or close your form, then reload to see the new data.</source>
        <translation>This case was updated by sync while you were editing. Save or close your form, then reload to see the new data.</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message numerus="yes">
        <source>%n change(s) rejected by the service</source>
        <translation>
            <numerusform>%n change rejected by the service</numerusform>
            <numerusform>%n changes rejected by the service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n change waiting for sync</numerusform>
            <numerusform>%n changes waiting for sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnAssistance</name>
    <message>
        <source>&amp;Register for the programme …</source>
        <translation>&amp;Register for the programme …</translation>
    </message>
    <message>
        <source>&amp;Cancel return assistance …</source>
        <translation>&amp;Cancel return assistance …</translation>
    </message>
    <message>
        <source>Record the &amp;departure …</source>
        <translation>Record the &amp;departure …</translation>
    </message>
    <message>
        <source>&amp;Back to counselling …</source>
        <translation>&amp;Back to counselling …</translation>
    </message>
    <message>
        <source>Start &amp;monitoring …</source>
        <translation>Start &amp;monitoring …</translation>
    </message>
    <message>
        <source>&amp;Resume counselling …</source>
        <translation>&amp;Resume counselling …</translation>
    </message>
    <message>
        <source>The person is registered for the chosen programme with IOM and the canton. Reminders are created from the planned travel date.</source>
        <translation>The person is registered for the chosen programme with IOM and the canton. Reminders are created from the planned travel date.</translation>
    </message>
    <message>
        <source>The person has left. The travel reminders are ticked off and the reintegration follow-ups are created from the date of departure.</source>
        <translation>The person has left. The travel reminders are ticked off and the reintegration follow-ups are created from the date of departure.</translation>
    </message>
    <message>
        <source>The reintegration in the country of return is being followed up.</source>
        <translation>The reintegration in the country of return is being followed up.</translation>
    </message>
    <message>
        <source>The person no longer wishes to return with assistance, or is not eligible. Open reminders are withdrawn; counselling can be resumed later.</source>
        <translation>The person no longer wishes to return with assistance, or is not eligible. Open reminders are withdrawn; counselling can be resumed later.</translation>
    </message>
    <message>
        <source>Counselling starts again; open travel reminders are withdrawn.</source>
        <translation>Counselling starts again; open travel reminders are withdrawn.</translation>
    </message>
    <message>
        <source>Eligibility is not confirmed. Edit the return assistance and tick “Eligible” before registering.</source>
        <translation>Eligibility is not confirmed. Edit the return assistance and tick “Eligible” before registering.</translation>
    </message>
    <message>
        <source>The departure date is in the future. Record the departure once it has happened.</source>
        <translation>The departure date is in the future. Record the departure once it has happened.</translation>
    </message>
    <message>
        <source>This case already has return assistance. It is shown again now.</source>
        <translation>This case already has return assistance. It is shown again now.</translation>
    </message>
    <message>
        <source>This step is not possible from the current status (it may have changed on another laptop). Choose one of the steps offered.</source>
        <translation>This step is not possible from the current status (it may have changed on another laptop). Choose one of the steps offered.</translation>
    </message>
    <message>
        <source>The status is saved, but no reminders were created. %1 Then add them in the Deadlines tab.</source>
        <translation>The status is saved, but no reminders were created. %1 Then add them in the Deadlines tab.</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceTab</name>
    <message>
        <source>Confirm eligibility (Edit …) before registering.</source>
        <translation>Confirm eligibility (Edit …) before registering.</translation>
    </message>
    <message>
        <source>No canton or Land on the case: currency and reminders are unknown.</source>
        <translation>No canton or Land on the case: currency and reminders are unknown.</translation>
    </message>
    <message>
        <source>Start return counselling</source>
        <translation>Start return counselling</translation>
    </message>
    <message>
        <source>Edit return assistance</source>
        <translation>Edit return assistance</translation>
    </message>
    <message>
        <source>The reintegration budget is in %1, whole amounts.</source>
        <translation>The reintegration budget is in %1, whole amounts.</translation>
    </message>
    <message>
        <source>The case has no canton or Land yet, so the budget&apos;s currency (CHF or EUR) is unknown. Enter the region in the case overview.</source>
        <translation>The case has no canton or Land yet, so the budget&apos;s currency (CHF or EUR) is unknown. Enter the region in the case overview.</translation>
    </message>
    <message>
        <source>Saved. Status: %1.</source>
        <translation>Saved. Status: %1.</translation>
    </message>
    <message>
        <source>Reminders created: %1 (see Deadlines).</source>
        <translation>Reminders created: %1 (see Deadlines).</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Return assistance (AVRR)</source>
        <translation>Return assistance (AVRR)</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Programme, destination, eligibility, budget, plan</source>
        <translation>Programme, destination, eligibility, budget, plan</translation>
    </message>
    <message>
        <source>&amp;Start return counselling …</source>
        <translation>&amp;Start return counselling …</translation>
    </message>
    <message>
        <source>No return assistance recorded yet</source>
        <translation>No return assistance recorded yet</translation>
    </message>
    <message>
        <source>Start counselling to record the programme (RIF, SIM, RAS, RAZ), the destination country and whether the person is eligible.</source>
        <translation>Start counselling to record the programme (RIF, SIM, RAS, RAZ), the destination country and whether the person is eligible.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Return assistance details</source>
        <translation>Return assistance details</translation>
    </message>
</context>
<context>
    <name>ReturnAssistanceView</name>
    <message>
        <source>Reminders of the return</source>
        <translation>Reminders of the return</translation>
    </message>
    <message>
        <source>None yet: registering and recording the departure create them.</source>
        <translation>None yet: registering and recording the departure create them.</translation>
    </message>
    <message>
        <source>done (was due %1)</source>
        <translation>done (was due %1)</translation>
    </message>
    <message>
        <source>In the Deadlines tab each one says why it falls on its day.</source>
        <translation>In the Deadlines tab each one says why it falls on its day.</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Status of the return: %1</source>
        <translation>Status of the return: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>current step</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Not a valid date — write it like 27.11.2026.</source>
        <translation>Not a valid date — write it like 27.11.2026.</translation>
    </message>
    <message>
        <source>The departure cannot be in the future.</source>
        <translation>The departure cannot be in the future.</translation>
    </message>
    <message>
        <source>Reminders this creates: %1</source>
        <translation>Reminders this creates: %1</translation>
    </message>
    <message>
        <source>Date of departure *</source>
        <translation>Date of departure *</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date of departure</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interpreter</translation>
    </message>
    <message>
        <source>Continue the interview</source>
        <translation>Continue the interview</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>Interview &amp;language</translation>
    </message>
    <message>
        <source>Name or interpreter number</source>
        <translation>Name or interpreter number</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
</context>
<context>
    <name>InterruptDialog</name>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrupt</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Reason (optional)</translation>
    </message>
    <message>
        <source>Interrupt the interview</source>
        <translation>Interrupt the interview</translation>
    </message>
    <message>
        <source>The current sitting ends now. The answers stay saved; continue the interview later, also with another interpreter.</source>
        <translation>The current sitting ends now. The answers stay saved; continue the interview later, also with another interpreter.</translation>
    </message>
    <message>
        <source>e.g. the interpreter had to leave</source>
        <translation>e.g. the interpreter had to leave</translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrupted: %1</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Sitting %1</translation>
    </message>
    <message>
        <source>language not set</source>
        <translation>language not set</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>no interpreter</translation>
    </message>
    <message>
        <source>Not readable in this version of Dossier</source>
        <translation>Not readable in this version of Dossier</translation>
    </message>
</context>
<context>
    <name>SittingsPanel</name>
    <message>
        <source>C&amp;ontinue interview …</source>
        <translation>C&amp;ontinue interview …</translation>
    </message>
    <message>
        <source>End this sitting now and continue the interview another time</source>
        <translation>End this sitting now and continue the interview another time</translation>
    </message>
    <message>
        <source>I&amp;nterrupt interview …</source>
        <translation>I&amp;nterrupt interview …</translation>
    </message>
    <message>
        <source>Start the next sitting</source>
        <translation>Start the next sitting</translation>
    </message>
</context>
<context>
    <name>Preconfig</name>
    <message>
        <source>IT&apos;s configuration file %1 was ignored. %2 Dossier works without it; tell IT support.</source>
        <translation>IT&apos;s configuration file %1 was ignored. %2 Dossier works without it; tell IT support.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid.</source>
        <translation>The value of %1 is not valid.</translation>
    </message>
    <message>
        <source>The file named in %1 does not exist.</source>
        <translation>The file named in %1 does not exist.</translation>
    </message>
    <message>
        <source>It has an unknown setting: %1.</source>
        <translation>It has an unknown setting: %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>The file is not valid TOML.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>UnfinishedSetup</name>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>Remove the unfinished profile of %1 from this laptop? It holds no case files yet. Its encrypted files are erased and cannot be recovered.</source>
        <translation>Remove the unfinished profile of %1 from this laptop? It holds no case files yet. Its encrypted files are erased and cannot be recovered.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Remove this profile …</source>
        <translation>&amp;Remove this profile …</translation>
    </message>
    <message>
        <source>Remove this unfinished profile</source>
        <translation>Remove this unfinished profile</translation>
    </message>
    <message>
        <source>Setup not finished: this laptop was switched off or the app closed before the sync service confirmed this profile, so it cannot sync. Enter the passphrase and choose Finish setup to finish it with a new one-time code from IT support, or remove it.</source>
        <translation>Setup not finished: this laptop was switched off or the app closed before the sync service confirmed this profile, so it cannot sync. Enter the passphrase and choose Finish setup to finish it with a new one-time code from IT support, or remove it.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Restore from the central service</source>
        <translation>Restore from the central service</translation>
    </message>
    <message>
        <source>Restore the case files of %1 from the central service? The damaged store is kept, encrypted, in the profile folder for IT support. Changes made on this laptop since the last sync may be lost, unless they were already prepared for sending: those are sent at the next sync.</source>
        <translation>Restore the case files of %1 from the central service? The damaged store is kept, encrypted, in the profile folder for IT support. Changes made on this laptop since the last sync may be lost, unless they were already prepared for sending: those are sent at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restoring … the case files come back at the next sync.</source>
        <translation>Restoring … the case files come back at the next sync.</translation>
    </message>
    <message>
        <source>A sync of this laptop is running. Try again when it has finished.</source>
        <translation>A sync of this laptop is running. Try again when it has finished.</translation>
    </message>
    <message>
        <source>Restore from the &amp;central service …</source>
        <translation>Restore from the &amp;central service …</translation>
    </message>
    <message>
        <source>The passphrase is right, but the case files on this laptop are damaged. They can be restored from the central service; the damaged copy is kept for IT support.</source>
        <translation>The passphrase is right, but the case files on this laptop are damaged. They can be restored from the central service; the damaged copy is kept for IT support.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Filters and saved views</source>
        <translation>Filters and saved views</translation>
    </message>
</context>
<context>
    <name>ReadbackPane</name>
    <message>
        <source>Questions of the interview</source>
        <translation>Questions of the interview</translation>
    </message>
    <message>
        <source>Protocol read back</source>
        <translation>Protocol read back</translation>
    </message>
</context>
</TS>
