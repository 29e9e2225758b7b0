<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>New activity or event</source>
            <translation>Ny aktivitet eller nytt evenemang</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Ändra aktivitet</translation>
        </message>
        <message>
            <source> (employer)</source>
            <translation> (arbetsgivare)</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>Ny typ</translation>
        </message>
        <message>
            <source>Name of the new type of activity:</source>
            <translation>Namn på den nya aktivitetstypen:</translation>
        </message>
        <message>
            <source>Choose a type of activity.</source>
            <translation>Välj en aktivitetstyp.</translation>
        </message>
        <message>
            <source>Activity or event</source>
            <translation>Aktivitet eller evenemang</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Date of the activity</source>
            <translation>Aktivitetens datum</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Tid:</translation>
        </message>
        <message>
            <source>Time given</source>
            <translation>Tid angiven</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>to</source>
            <translation>till</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Sluttid</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>Type of activity</source>
            <translation>Aktivitetstyp</translation>
        </message>
        <message>
            <source>Add a type to the list</source>
            <translation>Lägg till en typ i listan</translation>
        </message>
        <message>
            <source>Add to &amp;list…</source>
            <translation>Lägg till i &amp;listan…</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>&amp;Visitors:</source>
            <translation>&amp;Besökare:</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kvinnor</translation>
        </message>
        <message>
            <source>Visitors, women</source>
            <translation>Besökare, kvinnor</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Män</translation>
        </message>
        <message>
            <source>Visitors, men</source>
            <translation>Besökare, män</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <source>Visitors, gender not stated</source>
            <translation>Besökare, kön ej angivet</translation>
        </message>
        <message>
            <source>&amp;Employers present:</source>
            <translation>&amp;Arbetsgivare på plats:</translation>
        </message>
        <message>
            <source>Number of employers present</source>
            <translation>Antal arbetsgivare på plats</translation>
        </message>
        <message>
            <source>&amp;Partners and employers:</source>
            <translation>&amp;Partner och arbetsgivare:</translation>
        </message>
        <message>
            <source>Partners and employers from the register</source>
            <translation>Partner och arbetsgivare ur registret</translation>
        </message>
        <message>
            <source>New pa&amp;rtners:</source>
            <translation>Nya pa&amp;rtner:</translation>
        </message>
        <message>
            <source>New partners, separated by |</source>
            <translation>Nya partner, åtskilda med |</translation>
        </message>
        <message>
            <source>Names separated by |</source>
            <translation>Namn åtskilda med |</translation>
        </message>
        <message>
            <source>&amp;Staff:</source>
            <translation>Pe&amp;rsonal:</translation>
        </message>
        <message>
            <source>Staff who ran the activity</source>
            <translation>Personal som höll i aktiviteten</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Anteckning:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>No personal identity numbers or names of visitors</source>
            <translation>Inga personnummer eller namn på besökare</translation>
        </message>
        <message>
            <source>Why the activity could not be saved</source>
            <translation>Varför aktiviteten inte kunde sparas</translation>
        </message>
    </context>
    <context>
        <name>ActivityListDialog</name>
        <message>
            <source>All meeting places</source>
            <translation>Alla mötesplatser</translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n aktivitet</numerusform>
                <numerusform>%n aktiviteter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visitors</source>
            <translation>
                <numerusform>%n besökare</numerusform>
                <numerusform>%n besökare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n employers present</source>
            <translation>
                <numerusform>%n arbetsgivare på plats</numerusform>
                <numerusform>%n arbetsgivare på plats</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on %2 is saved.</source>
            <translation>%1 den %2 är sparad.</translation>
        </message>
        <message>
            <source>The change is saved.</source>
            <translation>Ändringen är sparad.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Ta bort aktivitet</translation>
        </message>
        <message>
            <source>Delete %1 on %2 (%3 visitors)? It is taken out of the reports. Do this only for an activity logged by mistake.</source>
            <translation>Ta bort %1 den %2 (%3 besökare)? Den försvinner ur rapporterna. Gör det bara för en aktivitet som registrerats av misstag.</translation>
        </message>
        <message>
            <source>%1 on %2 is deleted.</source>
            <translation>%1 den %2 är borttagen.</translation>
        </message>
        <message>
            <source>Activities and events</source>
            <translation>Aktiviteter och evenemang</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>Meeting place whose activities are shown</source>
            <translation>Mötesplats vars aktiviteter visas</translation>
        </message>
        <message>
            <source>←</source>
            <translation>←</translation>
        </message>
        <message>
            <source>Previous month (Alt+Left)</source>
            <translation>Föregående månad (Alt+Vänster)</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Föregående månad</translation>
        </message>
        <message>
            <source>→</source>
            <translation>→</translation>
        </message>
        <message>
            <source>Next month (Alt+Right)</source>
            <translation>Nästa månad (Alt+Höger)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nästa månad</translation>
        </message>
        <message>
            <source>Activities and events of the month</source>
            <translation>Månadens aktiviteter och evenemang</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>Log a new activity or event</source>
            <translation>Registrera en ny aktivitet eller ett nytt evenemang</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>Ä&amp;ndra…</translation>
        </message>
        <message>
            <source>Edit the chosen activity</source>
            <translation>Ändra den valda aktiviteten</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <source>Delete the chosen activity</source>
            <translation>Ta bort den valda aktiviteten</translation>
        </message>
    </context>
    <context>
        <name>ActivityListModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kvinnor</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Män</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <source>Visitors whose gender was not stated</source>
            <translation>Besökare vars kön inte angavs</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Number of employers present</source>
            <translation>Antal arbetsgivare på plats</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The journal cannot be opened</source>
            <translation>Journalen kan inte öppnas</translation>
        </message>
        <message>
            <source>Open a &amp;backup…</source>
            <translation>Öppna en säkerhets&amp;kopia…</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of this journal found.</source>
            <translation>
                <numerusform>%n säkerhetskopia av journalen hittades.</numerusform>
                <numerusform>%n säkerhetskopior av journalen hittades.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Välj en annan fil…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Open journal</source>
            <translation>Öppna journal</translation>
        </message>
        <message>
            <source>Vägledare journal (*.sqlite *.db);;All files (*)</source>
            <translation>Vägledare-journal (*.sqlite *.db);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Open a backup</source>
            <translation>Öppna en säkerhetskopia</translation>
        </message>
        <message>
            <source>None of the backups in %1 can be read.</source>
            <translation>Ingen av säkerhetskopiorna i %1 går att läsa.</translation>
        </message>
        <message>
            <source>Restore the journal from this backup (the damaged journal is kept aside):</source>
            <translation>Återställ journalen från den här säkerhetskopian (den skadade journalen sparas separat):</translation>
        </message>
        <message>
            <source>Journal on a network drive</source>
            <translation>Journalen ligger på en nätverksenhet</translation>
        </message>
        <message>
            <source>Read-only journal</source>
            <translation>Skrivskyddad journal</translation>
        </message>
        <message>
            <source>The journal has no meeting place or no account with a PIN yet.</source>
            <translation>Journalen har ingen mötesplats eller inget konto med PIN-kod än.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Exempeldata</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Coach's view – %1</source>
            <translation>Vägledarens bild – %1</translation>
        </message>
        <message>
            <source>Progress reading – %1</source>
            <translation>Progressionsmätning – %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nästa</translation>
        </message>
        <message>
            <source>Swedish only</source>
            <translation>Bara svenska</translation>
        </message>
        <message>
            <source>Comment (optional, no names or ID numbers)</source>
            <translation>Kommentar (frivillig, inga namn eller personnummer)</translation>
        </message>
        <message>
            <source>Keys: 1–9, 0 = 10, ← → move, − = don't want to answer, Enter = next, Backspace = back, Ctrl+R = read aloud</source>
            <translation>Tangenter: 1–9, 0 = 10, ← → flytta, − = vill inte svara, Enter = nästa, Backsteg = tillbaka, Ctrl+R = läs upp</translation>
        </message>
        <message>
            <source>The participant's language</source>
            <translation>Deltagarens språk</translation>
        </message>
        <message>
            <source>Show the participant's language</source>
            <translation>Visa deltagarens språk</translation>
        </message>
        <message>
            <source>beside Swedish</source>
            <translation>bredvid svenska</translation>
        </message>
        <message>
            <source>alone</source>
            <translation>ensamt</translation>
        </message>
        <message>
            <source>draft – review with an interpreter (%1)</source>
            <translation>utkast – granskas med tolk (%1)</translation>
        </message>
        <message>
            <source>The coach's view</source>
            <translation>Vägledarens bild</translation>
        </message>
        <message>
            <source>The participant's &amp;language:</source>
            <translation>Deltagarens &amp;språk:</translation>
        </message>
        <message>
            <source>Check the values and save. The participant does not see them here.</source>
            <translation>Kontrollera värdena och spara. Deltagaren ser dem inte här.</translation>
        </message>
        <message>
            <source>Co&amp;mment (coach, optional):</source>
            <translation>&amp;Kommentar (vägledare, frivillig):</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Börja</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Stop the reading?</source>
            <translation>Avbryta mätningen?</translation>
        </message>
        <message>
            <source>The answers given so far are not saved.</source>
            <translation>Svaren hittills sparas inte.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>Participant &amp;code:</source>
            <translation>Deltagar&amp;kod:</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Deltagarkod</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Öpp&amp;na</translation>
        </message>
        <message>
            <source>Open the participant code</source>
            <translation>Öppna deltagarkoden</translation>
        </message>
        <message>
            <source>Participants due for a reading</source>
            <translation>Deltagare som ska mätas</translation>
        </message>
        <message>
            <source>Open a participant code or pick one who is due.</source>
            <translation>Öppna en deltagarkod eller välj någon som ska mätas.</translation>
        </message>
        <message>
            <source>&amp;New reading with the participant…</source>
            <translation>Ny &amp;mätning med deltagaren…</translation>
        </message>
        <message>
            <source>Coach's o&amp;wn view…</source>
            <translation>Vägledarens egen &amp;bild…</translation>
        </message>
        <message>
            <source>Correct tod&amp;ay's reading…</source>
            <translation>Rätta &amp;dagens mätning…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Ta b&amp;ort…</translation>
        </message>
        <message>
            <source>The participant's own &amp;screen…</source>
            <translation>Deltagarens egen &amp;skärm…</translation>
        </message>
        <message>
            <source>The form full screen for the participant to answer alone; only your PIN leaves it.</source>
            <translation>Formuläret på hela skärmen så att deltagaren kan svara själv; bara din PIN-kod lämnar det.</translation>
        </message>
        <message>
            <source>Ta&amp;ke-home PDF…</source>
            <translation>PD&amp;F att ta hem…</translation>
        </message>
        <message>
            <source>E&amp;xperience survey…</source>
            <translation>&amp;Upplevelseenkät…</translation>
        </message>
        <message>
            <source>Readings of the participant</source>
            <translation>Deltagarens mätningar</translation>
        </message>
        <message>
            <source>The participant's answers beside the coach's</source>
            <translation>Deltagarens svar bredvid vägledarens</translation>
        </message>
        <message numerus="yes">
            <source>Due or overdue at %1 (a reading every %n month(s)):</source>
            <translation>
                <numerusform>Deltagare på %1 som ska mätas nu eller är försenade (en mätning med %n månads mellanrum):</numerusform>
                <numerusform>Deltagare på %1 som ska mätas nu eller är försenade (en mätning med %n månaders mellanrum):</numerusform>
            </translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Hittades inte</translation>
        </message>
        <message>
            <source>%1 is not in the participant register.</source>
            <translation>%1 finns inte i deltagarregistret.</translation>
        </message>
        <message>
            <source>%1 · next reading %2</source>
            <translation>%1 · nästa mätning %2</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>när som helst</translation>
        </message>
        <message>
            <source>Latest reading: the participant's answers beside the coach's own view.</source>
            <translation>Senaste mätningen: deltagarens svar bredvid vägledarens egen bild.</translation>
        </message>
        <message>
            <source>The coach's own view is shown here beside the participant's answers once both have been entered for the same round.</source>
            <translation>Vägledarens egen bild visas här bredvid deltagarens svar när båda har förts in för samma mätomgång.</translation>
        </message>
        <message>
            <source>Only a reading recorded today can be corrected; choose it in the list.</source>
            <translation>Bara en mätning som registrerats i dag kan rättas; välj den i listan.</translation>
        </message>
        <message>
            <source>Choose a reading in the list.</source>
            <translation>Välj en mätning i listan.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparad</translation>
        </message>
        <message>
            <source>Experience survey</source>
            <translation>Upplevelseenkät</translation>
        </message>
        <message>
            <source>Should the answers be anonymous, or tied to the code %1?</source>
            <translation>Ska svaren vara anonyma, eller kopplade till koden %1?</translation>
        </message>
        <message>
            <source>&amp;Anonymous</source>
            <translation>&amp;Anonyma</translation>
        </message>
        <message>
            <source>&amp;Tied to %1</source>
            <translation>&amp;Kopplade till %1</translation>
        </message>
        <message>
            <source>The answers are saved without a code.</source>
            <translation>Svaren sparas utan kod.</translation>
        </message>
        <message>
            <source>On the participant's own &amp;screen (left with your PIN)</source>
            <translation>På deltagarens egen &amp;skärm (lämnas med din PIN)</translation>
        </message>
        <message>
            <source>On the participant's own screen</source>
            <translation>På deltagarens egen skärm</translation>
        </message>
        <message>
            <source>The participant's own screen</source>
            <translation>Deltagarens egen skärm</translation>
        </message>
        <message>
            <source>This desk has no PIN. Choose a temporary code (at least 4 characters) that you type to leave the participant's screen:</source>
            <translation>Ingen här har en PIN-kod. Välj en tillfällig kod (minst 4 tecken) som du skriver för att lämna deltagarens skärm:</translation>
        </message>
        <message>
            <source>Vägledare – the participant's screen</source>
            <translation>Vägledare – deltagarens skärm</translation>
        </message>
        <message>
            <source>Cannot be corrected</source>
            <translation>Kan inte rättas</translation>
        </message>
        <message>
            <source>A reading can only be corrected on the day it was recorded. Delete it with a reason and record a new one.</source>
            <translation>En mätning kan bara rättas samma dag som den registrerades. Ta bort den med en anledning och registrera en ny.</translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>Ta bort mätning</translation>
        </message>
        <message>
            <source>Why is the reading of %1 deleted? (kept in the journal, counted nowhere)</source>
            <translation>Varför tas mätningen från %1 bort? (Den finns kvar i journalen men räknas inte någonstans.)</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Inte borttagen</translation>
        </message>
        <message>
            <source>Save take-home PDF</source>
            <translation>Spara PDF att ta hem</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Händelselogg</translation>
        </message>
        <message>
            <source>Checking the log…</source>
            <translation>Kontrollerar loggen…</translation>
        </message>
        <message>
            <source>Whether the log is whole</source>
            <translation>Om loggen är hel</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>Å&amp;tgärd:</translation>
        </message>
        <message>
            <source>Show only this action</source>
            <translation>Visa bara den här åtgärden</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Audit log entries</source>
            <translation>Poster i händelseloggen</translation>
        </message>
        <message>
            <source>Checking the log… %1 %</source>
            <translation>Kontrollerar loggen… %1 %</translation>
        </message>
        <message>
            <source>The log could not be checked: %1</source>
            <translation>Loggen kunde inte kontrolleras: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Taken</source>
            <translation>Tagen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Slag</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Dagskopia</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Månadskopia</translation>
        </message>
        <message>
            <source>Taken by hand</source>
            <translation>Tagen manuellt</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Före import</translation>
        </message>
        <message>
            <source>Before a journal exchange</source>
            <translation>Före journalutbyte</translation>
        </message>
        <message>
            <source>Before a synchronisation</source>
            <translation>Före synkronisering</translation>
        </message>
        <message>
            <source>Before retention</source>
            <translation>Före gallring</translation>
        </message>
        <message>
            <source>Before an erasure</source>
            <translation>Före radering</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Före uppgradering</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Folder for backups</source>
            <translation>Mapp för säkerhetskopior</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Where copies of the journal are kept.</source>
            <translation>Var kopiorna av journalen sparas.</translation>
        </message>
        <message>
            <source>The journal is on a database server; its backups are made there.</source>
            <translation>Journalen ligger på en databasserver; dess säkerhetskopior tas där.</translation>
        </message>
        <message>
            <source>The day's first entry makes a copy of the journal; 14 daily and 12 monthly copies are kept. A folder on another drive (for example a network drive) keeps them safe even if this computer breaks.</source>
            <translation>Dagens första registrering gör en kopia av journalen; 14 dagliga och 12 månatliga kopior sparas. En mapp på en annan enhet (till exempel en nätverksenhet) håller dem säkra även om den här datorn går sönder.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Mapp:</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Choose the folder for backups</source>
            <translation>Välj mapp för säkerhetskopior</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups of %1 are kept in %2. One is taken at the first entry of every day (and kept as the month's), and before every import, journal exchange, retention, erasure and upgrade.</source>
            <translation>Säkerhetskopior av %1 sparas i %2. En tas vid dagens första registrering (och sparas som månadens), och före varje import, journalutbyte, gallring, radering och uppgradering.</translation>
        </message>
        <message>
            <source>This journal has no backups yet.</source>
            <translation>Journalen har inga säkerhetskopior än.</translation>
        </message>
        <message>
            <source>Reading what the backup holds…</source>
            <translation>Läser vad säkerhetskopian innehåller…</translation>
        </message>
        <message>
            <source>Taking a backup…</source>
            <translation>Tar en säkerhetskopia…</translation>
        </message>
        <message>
            <source>The backup is saved: %1</source>
            <translation>Säkerhetskopian är sparad: %1</translation>
        </message>
        <message>
            <source>No backup was taken: %1</source>
            <translation>Ingen säkerhetskopia togs: %1</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Välj först en säkerhetskopia i listan.</translation>
        </message>
        <message>
            <source>Restore the journal</source>
            <translation>Återställ journalen</translation>
        </message>
        <message>
            <source>Restore the journal from this backup?

%1

The journal as it is now is kept aside under a new name, never overwritten: whatever was recorded after the backup is only in that copy. Close Vägledare first on other computers that use this journal file.

Vägledare closes after the restore: start it again to work in the restored journal.</source>
            <translation>Återställa journalen från den här säkerhetskopian?

%1

Journalen som den är nu sparas vid sidan av under ett nytt namn och skrivs aldrig över: det som registrerats efter kopian finns bara kvar där. Stäng först Vägledare på andra datorer som använder samma journalfil.

Vägledare stängs efter återställningen: starta programmet igen för att arbeta i den återställda journalen.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>The journal is restored from %1.</source>
            <translation>Journalen är återställd från %1.</translation>
        </message>
        <message>
            <source>The journal as it was is kept as %1.</source>
            <translation>Journalen som den var är sparad som %1.</translation>
        </message>
        <message>
            <source>Vägledare closes now: start it again to work in the restored journal.</source>
            <translation>Vägledare stängs nu: starta programmet igen för att arbeta i den återställda journalen.</translation>
        </message>
        <message>
            <source>Backups of this journal</source>
            <translation>Journalens säkerhetskopior</translation>
        </message>
        <message>
            <source>What the chosen backup holds</source>
            <translation>Vad den valda säkerhetskopian innehåller</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <source>&amp;Take a backup now</source>
            <translation>&amp;Ta en säkerhetskopia nu</translation>
        </message>
        <message>
            <source>Take a backup now</source>
            <translation>Ta en säkerhetskopia nu</translation>
        </message>
        <message>
            <source>&amp;Restore from the chosen backup…</source>
            <translation>&amp;Återställ från den valda kopian…</translation>
        </message>
        <message>
            <source>Restore the journal from the chosen backup</source>
            <translation>Återställ journalen från den valda säkerhetskopian</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Väg in</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Vägledare</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Senaste aktivitet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Closed %1 · %2</source>
            <translation>Avslutat %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Open · %n week(s) untouched</source>
            <translation>
                <numerusform>Pågående · utan aktivitet i %n vecka</numerusform>
                <numerusform>Pågående · utan aktivitet i %n veckor</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Nothing recorded since %1</source>
            <translation>Inget registrerat sedan %1</translation>
        </message>
    </context>
    <context>
        <name>CaseTimeline</name>
        <message>
            <source>not stated</source>
            <translation>ej angivet</translation>
        </message>
        <message>
            <source>Coach: %1</source>
            <translation>Vägledare: %1</translation>
        </message>
        <message>
            <source>Found us through: %1</source>
            <translation>Hittade hit genom: %1</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>Startade %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Closed %1: %2</source>
            <translation>Avslutat %1: %2</translation>
        </message>
        <message>
            <source>No decision on aktivitetsplikt</source>
            <translation>Inget beslut om aktivitetsplikt</translation>
        </message>
        <message>
            <source>Aktivitetsplikt from %1</source>
            <translation>Aktivitetsplikt från %1</translation>
        </message>
        <message>
            <source>Aktivitetsplikt %1–%2</source>
            <translation>Aktivitetsplikt %1–%2</translation>
        </message>
        <message>
            <source>Closed: %1</source>
            <translation>Avslutat: %1</translation>
        </message>
        <message>
            <source>to self-sufficiency</source>
            <translation>till egen försörjning</translation>
        </message>
        <message>
            <source>holiday or summer job</source>
            <translation>ferie- eller sommarjobb</translation>
        </message>
        <message>
            <source>studies run by the municipality</source>
            <translation>studier i kommunens regi</translation>
        </message>
        <message>
            <source>(reopened %1)</source>
            <translation>(återöppnat %1)</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Ärendet öppnades</translation>
        </message>
        <message>
            <source>attended last week: %1 h</source>
            <translation>närvaro senaste veckan: %1 tim</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Återöppnat</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Part of a participant code</source>
            <translation>Del av en deltagarkod</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>&amp;New case… (Ctrl+N)</source>
            <translation>N&amp;ytt ärende… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Find co&amp;de:</source>
            <translation>Sök k&amp;od:</translation>
        </message>
        <message>
            <source>Search by participant code</source>
            <translation>Sök på deltagarkod</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>Meeting place filter</source>
            <translation>Filter för mötesplats</translation>
        </message>
        <message>
            <source>Co&amp;ach:</source>
            <translation>Vägle&amp;dare:</translation>
        </message>
        <message>
            <source>Coach filter</source>
            <translation>Filter för vägledare</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Open or closed cases</source>
            <translation>Pågående eller avslutade ärenden</translation>
        </message>
        <message>
            <source>Wa&amp;y in:</source>
            <translation>Väg i&amp;n:</translation>
        </message>
        <message>
            <source>Route filter</source>
            <translation>Filter för väg in</translation>
        </message>
        <message>
            <source>Untouched after (&amp;weeks):</source>
            <translation>Utan aktivitet efter (ve&amp;ckor):</translation>
        </message>
        <message>
            <source>Highlight open cases untouched for this many weeks</source>
            <translation>Markera pågående ärenden som har varit utan aktivitet i så här många veckor</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Number of cases</source>
            <translation>Antal ärenden</translation>
        </message>
        <message>
            <source>Under &amp;30 hours…</source>
            <translation>Under &amp;30 timmar…</translation>
        </message>
        <message>
            <source>Participants with aktivitetsplikt under 30 hours a week</source>
            <translation>Deltagare med aktivitetsplikt under 30 timmar i veckan</translation>
        </message>
        <message>
            <source>For the meeting place and coach chosen in the filters</source>
            <translation>För mötesplatsen och vägledaren som är valda i filtren</translation>
        </message>
        <message>
            <source>Aktivitetsplikt hours</source>
            <translation>Timmar för aktivitetsplikt</translation>
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation>Ärendets tidslinje</translation>
        </message>
        <message>
            <source>Enter changes the chosen contact, Delete removes it.</source>
            <translation>Enter ändrar den valda kontakten, Delete tar bort den.</translation>
        </message>
        <message>
            <source>Ed&amp;it contact… (Enter)</source>
            <translation>&amp;Ändra kontakt… (Enter)</translation>
        </message>
        <message>
            <source>Remove contact… (Delete)</source>
            <translation>Ta &amp;bort kontakt… (Delete)</translation>
        </message>
        <message>
            <source>Change the chosen contact</source>
            <translation>Ändra den valda kontakten</translation>
        </message>
        <message>
            <source>Remove the chosen contact with a reason</source>
            <translation>Ta bort den valda kontakten med en anledning</translation>
        </message>
        <message>
            <source>Choose a contact in the timeline first.</source>
            <translation>Välj först en kontakt i tidslinjen.</translation>
        </message>
        <message>
            <source>New &amp;contact… (Ctrl+K)</source>
            <translation>Ny &amp;kontakt… (Ctrl+K)</translation>
        </message>
        <message>
            <source>Cl&amp;ose case…</source>
            <translation>Avs&amp;luta ärende…</translation>
        </message>
        <message>
            <source>Reo&amp;pen…</source>
            <translation>Å&amp;teröppna…</translation>
        </message>
        <message>
            <source>&amp;Follow-up…</source>
            <translation>&amp;Uppföljning…</translation>
        </message>
        <message>
            <source>Ac&amp;tivity requirement…</source>
            <translation>Aktivitets&amp;plikt…</translation>
        </message>
        <message>
            <source>Planned &amp;hours…</source>
            <translation>Planerade t&amp;immar…</translation>
        </message>
        <message>
            <source>Add a contact to the case</source>
            <translation>Lägg till en kontakt i ärendet</translation>
        </message>
        <message>
            <source>Close the case with a reason</source>
            <translation>Avsluta ärendet med en orsak</translation>
        </message>
        <message>
            <source>Reopen the closed case</source>
            <translation>Återöppna det avslutade ärendet</translation>
        </message>
        <message>
            <source>Record the follow-up after closing</source>
            <translation>Registrera uppföljningen efter avslutet</translation>
        </message>
        <message>
            <source>Set or clear the decision on aktivitetsplikt</source>
            <translation>Ange eller ta bort beslutet om aktivitetsplikt</translation>
        </message>
        <message>
            <source>Plan the hours per week of the aktivitetsplikt</source>
            <translation>Planera aktivitetspliktens timmar i veckan</translation>
        </message>
        <message>
            <source>Open a new case</source>
            <translation>Öppna ett nytt ärende</translation>
        </message>
        <message>
            <source>Timeline:</source>
            <translation>Tidslinje:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Both routes</source>
            <translation>Båda vägarna in</translation>
        </message>
        <message>
            <source>All meeting places</source>
            <translation>Alla mötesplatser</translation>
        </message>
        <message>
            <source>All coaches</source>
            <translation>Alla vägledare</translation>
        </message>
        <message>
            <source>Reading the cases…</source>
            <translation>Läser in ärendena…</translation>
        </message>
        <message>
            <source>The cases could not be read: %1</source>
            <translation>Ärendena kunde inte läsas in: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n ärende</numerusform>
                <numerusform>%n ärenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n untouched for %1 or more (highlighted)</source>
            <translation>
                <numerusform>%n utan aktivitet i %1 eller mer (markerat)</numerusform>
                <numerusform>%n utan aktivitet i %1 eller mer (markerade)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n vecka</numerusform>
                <numerusform>%n veckor</numerusform>
            </translation>
        </message>
        <message>
            <source>No case chosen</source>
            <translation>Inget ärende valt</translation>
        </message>
        <message>
            <source>Choose a case in the list, or open a new one.</source>
            <translation>Välj ett ärende i listan eller öppna ett nytt.</translation>
        </message>
        <message>
            <source>Aktivitetsplikt from %1</source>
            <translation>Aktivitetsplikt från %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>till %1</translation>
        </message>
        <message numerus="yes">
            <source>Planned: %n hour(s) a week</source>
            <translation>
                <numerusform>Planerat: %n timme i veckan</numerusform>
                <numerusform>Planerat: %n timmar i veckan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Latest attended: %n hour(s) (%1)</source>
            <translation>
                <numerusform>Senast närvaro: %n timme (%1)</numerusform>
                <numerusform>Senast närvaro: %n timmar (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 timmar i veckan</translation>
        </message>
        <message>
            <source>The contact is changed.</source>
            <translation>Kontakten är ändrad.</translation>
        </message>
        <message>
            <source>Nothing was changed in the contact.</source>
            <translation>Inget ändrades i kontakten.</translation>
        </message>
        <message>
            <source>The contact is removed.</source>
            <translation>Kontakten är borttagen.</translation>
        </message>
        <message>
            <source>Follow-up after closing</source>
            <translation>Uppföljning efter avslut</translation>
        </message>
        <message>
            <source>The planned hours are saved.</source>
            <translation>De planerade timmarna är sparade.</translation>
        </message>
        <message>
            <source>Open cases with a running decision on aktivitetsplikt whose planned hours a week, or latest attended hours, are under 30 (%1 · %2, %3).</source>
            <translation>Öppna ärenden med ett gällande beslut om aktivitetsplikt där de planerade timmarna i veckan, eller den senaste närvaron, är under 30 (%1 · %2, %3).</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save as P&amp;NG…</source>
            <translation>Spara som P&amp;NG…</translation>
        </message>
        <message>
            <source>Save %1 as PNG</source>
            <translation>Spara %1 som PNG</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Choose a reason…</source>
            <translation>Välj en orsak…</translation>
        </message>
        <message>
            <source>Every reason has a definition.</source>
            <translation>Varje orsak har en definition.</translation>
        </message>
        <message>
            <source>Counts as a closure to self-sufficiency.</source>
            <translation>Räknas som avslut till egen försörjning.</translation>
        </message>
        <message>
            <source>Does not count as a closure to self-sufficiency.</source>
            <translation>Räknas inte som avslut till egen försörjning.</translation>
        </message>
        <message>
            <source>Choose a reason for closing.</source>
            <translation>Välj en orsak till avslutet.</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Avsluta ärende</translation>
        </message>
        <message>
            <source>&amp;Closing date:</source>
            <translation>&amp;Avslutsdatum:</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>Avslutsdatum</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Orsak:</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Orsak till avslut</translation>
        </message>
        <message>
            <source>Holiday or &amp;summer job</source>
            <translation>&amp;Ferie- eller sommarjobb</translation>
        </message>
        <message>
            <source>Holiday or summer job</source>
            <translation>Ferie- eller sommarjobb</translation>
        </message>
        <message>
            <source>Studies run by the &amp;municipality (adult education)</source>
            <translation>Studier i &amp;kommunens regi (vuxenutbildning)</translation>
        </message>
        <message>
            <source>Studies run by the municipality</source>
            <translation>Studier i kommunens regi</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>New contact</source>
            <translation>Ny kontakt</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Datum för kontakten</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>Type of contact</source>
            <translation>Typ av kontakt</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Anteckning:</translation>
        </message>
        <message>
            <source>Short note</source>
            <translation>Kort anteckning</translation>
        </message>
        <message>
            <source>Optional, one line; no names or identity numbers</source>
            <translation>Frivillig, en rad; inga namn eller personnummer</translation>
        </message>
        <message>
            <source>&amp;Hours attended last week:</source>
            <translation>&amp;Närvarotimmar senaste veckan:</translation>
        </message>
        <message>
            <source>Hours of activity attended in the past week (aktivitetsplikt)</source>
            <translation>Timmar i aktivitet som deltagaren närvarat senaste veckan (aktivitetsplikt)</translation>
        </message>
        <message>
            <source>Change contact</source>
            <translation>Ändra kontakt</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>ej frågat</translation>
        </message>
        <message>
            <source> h</source>
            <translation> tim</translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 timmar i veckan</translation>
        </message>
    </context>
    <context>
        <name>CorrectEntryDialog</name>
        <message>
            <source>Entry of %1 at %2: %3 · %4 · %5</source>
            <translation>Registrering %1 kl. %2: %3 · %4 · %5</translation>
        </message>
        <message>
            <source>%1 (no longer in use)</source>
            <translation>%1 (används inte längre)</translation>
        </message>
        <message>
            <source>Change entry</source>
            <translation>Ändra registrering</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>&amp;Age band:</source>
            <translation>Å&amp;ldersgrupp:</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>Kö&amp;n:</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>The time and who logged it stay as they are; the audit log keeps the earlier values.</source>
            <translation>Tiden och vem som registrerade står kvar; händelseloggen sparar de tidigare uppgifterna.</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>Quick cases per week and category</source>
            <translation>Snabbärenden per vecka och kategori</translation>
        </message>
        <message>
            <source>Busiest: %1 with %2.</source>
            <translation>Mest besökt: %1 med %2.</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Kvinnor och män</translation>
        </message>
        <message>
            <source>Quick cases</source>
            <translation>Snabbärenden</translation>
        </message>
        <message>
            <source>New cases</source>
            <translation>Nya ärenden</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kvinnor</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Män</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <source>%1: %2 and %3 (%4 % women)</source>
            <translation>%1: %2 och %3 (%4 % kvinnor)</translation>
        </message>
        <message>
            <source>Open cases and closures to self-sufficiency per month</source>
            <translation>Pågående ärenden och avslut till egen försörjning per månad</translation>
        </message>
        <message>
            <source>Open at the month's end</source>
            <translation>Pågående vid månadens slut</translation>
        </message>
        <message>
            <source>Closed to self-sufficiency</source>
            <translation>Avslutade till egen försörjning</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Self-sufficiency</source>
            <translation>Egen försörjning</translation>
        </message>
        <message>
            <source>%1: %2 open, %3 to self-sufficiency</source>
            <translation>%1: %2 pågående, %3 till egen försörjning</translation>
        </message>
        <message>
            <source>Language groups: present per session, monthly mean</source>
            <translation>Språkgrupper: närvarande per tillfälle, medel per månad</translation>
        </message>
        <message>
            <source>Present per session (with guests)</source>
            <translation>Närvarande per tillfälle (med besökare)</translation>
        </message>
        <message>
            <source>%1: %2 present per session over %3 sessions</source>
            <translation>%1: %2 närvarande per tillfälle under %3 tillfällen</translation>
        </message>
        <message>
            <source>Progress: mean change per factor, first to latest reading</source>
            <translation>Progression: genomsnittlig förändring per faktor, från första till senaste mätningen</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation>Genomsnittlig förändring</translation>
        </message>
        <message>
            <source>%1: %2 (%3 participants)</source>
            <translation>%1: %2 (%3 deltagare)</translation>
        </message>
    </context>
    <context>
        <name>DashboardCounts</name>
        <message numerus="yes">
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln kvinna</numerusform>
                <numerusform>%Ln kvinnor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln man</numerusform>
                <numerusform>%Ln män</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln quick cases in %1.</source>
            <translation>
                <numerusform>%Ln snabbärende på %1.</numerusform>
                <numerusform>%Ln snabbärenden på %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks</source>
            <translation>
                <numerusform>%Ln vecka</numerusform>
                <numerusform>%Ln veckor</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Quick cases per week and category</source>
            <translation>Snabbärenden per vecka och kategori</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Kvinnor och män</translation>
        </message>
        <message>
            <source>Open cases and closures per month</source>
            <translation>Pågående ärenden och avslut per månad</translation>
        </message>
        <message>
            <source>Language group attendance per month</source>
            <translation>Närvaro i språkgrupper per månad</translation>
        </message>
        <message>
            <source>Progress: change per factor</source>
            <translation>Progression: förändring per faktor</translation>
        </message>
        <message>
            <source>When visitors come (weekday × hour)</source>
            <translation>När besökarna kommer (veckodag × timme)</translation>
        </message>
        <message>
            <source>Open cases and closures to self-sufficiency</source>
            <translation>Pågående ärenden och avslut till egen försörjning</translation>
        </message>
        <message>
            <source>Language groups: attendance trend</source>
            <translation>Språkgrupper: utveckling av närvaron</translation>
        </message>
        <message>
            <source>Progress (BIP): mean change per factor</source>
            <translation>Progression (BIP): genomsnittlig förändring per faktor</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Last 12 whole months</source>
            <translation>Senaste 12 hela månaderna</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Förra månaden</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Den här månaden</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>I år</translation>
        </message>
        <message>
            <source>Free range</source>
            <translation>Fritt intervall</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Första dagen</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Sista dagen</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Läser in siffrorna…</translation>
        </message>
        <message>
            <source>Reading the figures</source>
            <translation>Läser in siffrorna</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>All meeting places</source>
            <translation>Alla mötesplatser</translation>
        </message>
        <message>
            <source>Last 12 whole months (%1–%2; the current month is not included)</source>
            <translation>Senaste 12 hela månaderna (%1–%2; innevarande månad ingår inte)</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Siffrorna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Exempeldata</translation>
        </message>
        <message>
            <source>Monthly pack %1 (P&amp;DF)…</source>
            <translation>Månadspaket %1 (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Save the monthly pack for %1 as PDF</source>
            <translation>Spara månadspaketet för %1 som PDF</translation>
        </message>
        <message>
            <source>One PDF: these charts, then every report for %1 (the month in which the chosen period ends).</source>
            <translation>En PDF: de här diagrammen och sedan alla rapporter för %1 (månaden då den valda perioden slutar).</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Spara diagram</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-bild (*.png)</translation>
        </message>
        <message>
            <source>Monthly pack %1 – %2</source>
            <translation>Månadspaket %1 – %2</translation>
        </message>
        <message>
            <source>Charts: %1. Tables: %2.</source>
            <translation>Diagram: %1. Tabeller: %2.</translation>
        </message>
        <message>
            <source>Save monthly pack</source>
            <translation>Spara månadspaket</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparad</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Kunde inte skriva %1: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Sparad: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <source>Sample data</source>
            <translation>Exempeldata</translation>
        </message>
        <message>
            <source>Making the sample data</source>
            <translation>Exempeldata skapas</translation>
        </message>
        <message>
            <source>Making the sample data: a year of visits…</source>
            <translation>Exempeldata skapas: ett års besök…</translation>
        </message>
        <message>
            <source>Making the sample data: cases and contacts…</source>
            <translation>Exempeldata skapas: ärenden och kontakter…</translation>
        </message>
        <message>
            <source>Making the sample data: progression readings…</source>
            <translation>Exempeldata skapas: progressionsmätningar…</translation>
        </message>
        <message>
            <source>Making the sample data: language groups and roll calls…</source>
            <translation>Exempeldata skapas: språkgrupper och närvaro…</translation>
        </message>
        <message>
            <source>Making the sample data…</source>
            <translation>Exempeldata skapas…</translation>
        </message>
        <message>
            <source>Opening the sample data…</source>
            <translation>Exempeldata öppnas…</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Ska mätas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last reading</source>
            <translation>Senaste mätning</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Vägledare</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Snart dags</translation>
        </message>
        <message>
            <source>Last reading %1, by %2</source>
            <translation>Senaste mätning %1, av %2</translation>
        </message>
    </context>
    <context>
        <name>DutyDialog</name>
        <message>
            <source>The case started %1 and is open.</source>
            <translation>Ärendet startade %1 och är öppet.</translation>
        </message>
        <message>
            <source>The case ran from %1 to %2.</source>
            <translation>Ärendet pågick från %1 till %2.</translation>
        </message>
        <message>
            <source>Decision on aktivitetsplikt</source>
            <translation>Beslut om aktivitetsplikt</translation>
        </message>
        <message>
            <source>The person has a &amp;decision on aktivitetsplikt</source>
            <translation>Personen har ett &amp;beslut om aktivitetsplikt</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>First day of the decision</source>
            <translation>Beslutets första dag</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>The decision has an end date</source>
            <translation>Beslutet har ett slutdatum</translation>
        </message>
        <message>
            <source>Last day of the decision</source>
            <translation>Beslutets sista dag</translation>
        </message>
        <message>
            <source>The decision lies within the case: from its start, to its closing at the latest. Without an end date it lasts while the case is open.</source>
            <translation>Beslutet ligger inom ärendet: från dess start, som senast till avslutet. Utan slutdatum gäller det så länge ärendet är öppet.</translation>
        </message>
    </context>
    <context>
        <name>DutyHoursDialog</name>
        <message>
            <source>Decision on aktivitetsplikt from %1</source>
            <translation>Beslut om aktivitetsplikt från %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>till %1</translation>
        </message>
        <message>
            <source>The goal is 30–40 hours a week.</source>
            <translation>Målet är 30–40 timmar i veckan.</translation>
        </message>
        <message>
            <source>Other activity (write which)</source>
            <translation>Annan aktivitet (skriv vilken)</translation>
        </message>
        <message numerus="yes">
            <source>Total: %n hour(s) a week</source>
            <translation>
                <numerusform>Totalt: %n timme i veckan</numerusform>
                <numerusform>Totalt: %n timmar i veckan</numerusform>
            </translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 timmar i veckan</translation>
        </message>
        <message>
            <source>Write which activity.</source>
            <translation>Skriv vilken aktivitet.</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planerade timmar</translation>
        </message>
        <message>
            <source>Planned activities and hours per week</source>
            <translation>Planerade aktiviteter och timmar i veckan</translation>
        </message>
        <message>
            <source>&amp;Remove line</source>
            <translation>&amp;Ta bort rad</translation>
        </message>
        <message>
            <source>Remove the chosen line</source>
            <translation>Ta bort den valda raden</translation>
        </message>
        <message>
            <source>Add an activity</source>
            <translation>Lägg till en aktivitet</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Aktivitet:</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>Aktivitetstyp</translation>
        </message>
        <message>
            <source>&amp;Other activity:</source>
            <translation>A&amp;nnan aktivitet:</translation>
        </message>
        <message>
            <source>Other activity, in words</source>
            <translation>Annan aktivitet, i ord</translation>
        </message>
        <message>
            <source>E.g. work practice at the library; no names or identity numbers</source>
            <translation>T.ex. praktik på biblioteket; inga namn eller personnummer</translation>
        </message>
        <message>
            <source>&amp;Hours per week:</source>
            <translation>T&amp;immar i veckan:</translation>
        </message>
        <message>
            <source>Planned hours per week in the activity</source>
            <translation>Planerade timmar i veckan i aktiviteten</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>Add the activity to the plan</source>
            <translation>Lägg till aktiviteten i planen</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrol in %1</source>
            <translation>Skriv in i %1</translation>
        </message>
        <message>
            <source>Known code: %1, %2. The same person keeps the same code.</source>
            <translation>Känd kod: %1, %2. Samma person behåller samma kod.</translation>
        </message>
        <message>
            <source>Enrol a participant</source>
            <translation>Skriv in en deltagare</translation>
        </message>
        <message>
            <source>&amp;Participant code:</source>
            <translation>&amp;Deltagarkod:</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Deltagarkod</translation>
        </message>
        <message>
            <source>e.g. ÅRB-2023-0012</source>
            <translation>t.ex. ÅRB-2023-0012</translation>
        </message>
        <message>
            <source>&amp;New code</source>
            <translation>&amp;Ny kod</translation>
        </message>
        <message>
            <source>Generate a new participant code</source>
            <translation>Skapa en ny deltagarkod</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>Kö&amp;n:</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>&amp;Age band:</source>
            <translation>Å&amp;ldersgrupp:</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>&amp;Route:</source>
            <translation>&amp;Väg in:</translation>
        </message>
        <message>
            <source>Route into the group</source>
            <translation>Väg in i gruppen</translation>
        </message>
        <message>
            <source>&amp;Enrolled on:</source>
            <translation>&amp;Inskriven den:</translation>
        </message>
        <message>
            <source>Enrolment date</source>
            <translation>Inskrivningsdatum</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentListModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Väg in</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inskriven</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Utskriven</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>%1 × %2 · %3 · %4 at %5</source>
            <translation>%1 × %2 · %3 · %4 kl. %5</translation>
        </message>
        <message>
            <source>Log several or at another time</source>
            <translation>Registrera flera eller vid en annan tid</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>&amp;Age band:</source>
            <translation>Å&amp;ldersgrupp:</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>Kö&amp;n:</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Antal:</translation>
        </message>
        <message>
            <source>Number of quick cases</source>
            <translation>Antal snabbärenden</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Tid:</translation>
        </message>
        <message>
            <source>Date and time of the visit</source>
            <translation>Datum och tid för besöket</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <source>Erase a participant code</source>
            <translation>Radera en deltagarkod</translation>
        </message>
        <message>
            <source>On a person's request, everything the journal holds about their code is deleted: the code, cases, contacts, closings, enrolments, attendance and readings. Reports stop counting the person. The audit log keeps that an erasure was made, why and by whom, without the code.</source>
            <translation>När en person begär det raderas allt som journalen har om personens kod: koden, ärenden, kontakter, avslut, inskrivningar, närvaro och mätningar. Rapporterna räknar inte längre med personen. Händelseloggen sparar att en radering gjordes, varför och av vem, men inte koden.</translation>
        </message>
        <message>
            <source>Participant code to erase</source>
            <translation>Deltagarkod som ska raderas</translation>
        </message>
        <message>
            <source>&amp;Show what is held</source>
            <translation>&amp;Visa vad som finns</translation>
        </message>
        <message>
            <source>Show what would be erased</source>
            <translation>Visa vad som skulle raderas</translation>
        </message>
        <message>
            <source>Participant &amp;code:</source>
            <translation>Deltagar&amp;kod:</translation>
        </message>
        <message>
            <source>e.g. request received 2 June 2025</source>
            <translation>t.ex. begäran mottagen 2 juni 2025</translation>
        </message>
        <message>
            <source>Reason for the erasure</source>
            <translation>Anledning till raderingen</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Orsak:</translation>
        </message>
        <message>
            <source>What would be erased</source>
            <translation>Det här skulle raderas</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Radera…</translation>
        </message>
        <message>
            <source>Erase the participant code</source>
            <translation>Radera deltagarkoden</translation>
        </message>
        <message>
            <source>%1 is not in the journal; this is %2, the code as it is written there.</source>
            <translation>%1 finns inte i journalen; det här är %2, koden som den är skriven där.</translation>
        </message>
        <message>
            <source>%1 is not in the journal. Did you mean %2?</source>
            <translation>%1 finns inte i journalen. Menade du %2?</translation>
        </message>
        <message numerus="yes">
            <source>Erase %1 and everything about it for good? (%n record(s))</source>
            <translation>
                <numerusform>Radera %1 och allt om koden för alltid? (%n post)</numerusform>
                <numerusform>Radera %1 och allt om koden för alltid? (%n poster)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is erased. Backups taken before today still hold it until they are rotated out.</source>
            <translation>%1 är raderad. Säkerhetskopior som togs före i dag innehåller den fortfarande tills de byts ut.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>Export journal exchange</source>
            <translation>Exportera journalutbyte</translation>
        </message>
        <message>
            <source>Journal exchange (%1)</source>
            <translation>Journalutbyte (%1)</translation>
        </message>
        <message>
            <source>Import journal exchange</source>
            <translation>Importera journalutbyte</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synkronisera</translation>
        </message>
        <message>
            <source>No server is set for this journal. A team lead or administrator sets one with: vagledare sync --server URL</source>
            <translation>Ingen server är angiven för den här journalen. En teamledare eller administratör anger en med: vagledare sync --server URL</translation>
        </message>
        <message>
            <source>Synchronising with the server…</source>
            <translation>Synkroniserar med servern…</translation>
        </message>
        <message>
            <source>Exporting the journal exchange…</source>
            <translation>Exporterar journalutbytet…</translation>
        </message>
        <message>
            <source>Importing the journal exchange…</source>
            <translation>Importerar journalutbytet…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Journal exchange</source>
            <translation>Journalutbyte</translation>
        </message>
        <message>
            <source>This desk: %1</source>
            <translation>Den här datorn: %1</translation>
        </message>
        <message>
            <source>Its key's fingerprint:</source>
            <translation>Nyckelns fingeravtryck:</translation>
        </message>
        <message>
            <source>Desks this journal trusts: %1</source>
            <translation>Datorer som journalen litar på: %1</translation>
        </message>
        <message>
            <source>Journal exchange status</source>
            <translation>Status för journalutbyte</translation>
        </message>
        <message>
            <source>New desk in the journal exchange</source>
            <translation>Ny dator i journalutbytet</translation>
        </message>
        <message>
            <source>%1 comes from the desk %2, which this journal does not trust yet.

Its key's fingerprint is
%3

Compare it with the fingerprint the other desk shows (File → Journal exchange status on that desk). Trust the desk and import only if they are the same.</source>
            <translation>%1 kommer från datorn %2, som den här journalen inte litar på än.

Nyckelns fingeravtryck är
%3

Jämför det med fingeravtrycket som den andra datorn visar (Arkiv → Status för journalutbyte på den datorn). Lita på datorn och läs in bara om de är lika.</translation>
        </message>
        <message>
            <source>&amp;Trust and import</source>
            <translation>&amp;Lita på och läs in</translation>
        </message>
        <message>
            <source>Progress of the journal exchange</source>
            <translation>Förlopp för journalutbytet</translation>
        </message>
        <message>
            <source>%1: %2 of %3 records</source>
            <translation>%1: %2 av %3 poster</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Journal exchange exported</source>
            <translation>Journalutbytet är exporterat</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) for %2 are saved in %3.</source>
            <translation>
                <numerusform>%n post för %2 är sparad i %3.</numerusform>
                <numerusform>%n poster för %2 är sparade i %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n ny</numerusform>
                <numerusform>%n nya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n uppdaterad</numerusform>
                <numerusform>%n uppdaterade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n konflikt</numerusform>
                <numerusform>%n konflikter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged into the journal:</source>
            <translation>
                <numerusform>%n fil sammanfogad med journalen:</numerusform>
                <numerusform>%n filer sammanfogade med journalen:</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup before the exchange: %1</source>
            <translation>Säkerhetskopia före utbytet: %1</translation>
        </message>
        <message>
            <source>Journal exchange imported</source>
            <translation>Journalutbytet är importerat</translation>
        </message>
        <message>
            <source>Synchronised with %1: sent to the server, then received from it.</source>
            <translation>Synkroniserad med %1: skickat till servern och sedan hämtat därifrån.</translation>
        </message>
        <message>
            <source>Synchronised</source>
            <translation>Synkroniserad</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Avbrutet. Inget ändrades.</translation>
        </message>
        <message>
            <source>The journal exchange failed; nothing was changed.
%1</source>
            <translation>Journalutbytet misslyckades; inget ändrades.
%1</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaryDialog</name>
        <message>
            <source>Records per table</source>
            <translation>Poster per tabell</translation>
        </message>
        <message>
            <source>Conflicts: the same record was changed on two desks. The later change applies; the other version is kept in the audit log.</source>
            <translation>Konflikter: samma post ändrades vid två diskar. Den senare ändringen gäller; den andra versionen sparas i händelseloggen.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Vägledare</source>
            <translation>Välkommen till Vägledare</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Nästa &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tillbaka</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Börja</translation>
        </message>
        <message>
            <source>&amp;Save and go on &gt;</source>
            <translation>&amp;Spara och fortsätt &gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>&amp;Help (F1)</source>
            <translation>&amp;Hjälp (F1)</translation>
        </message>
        <message>
            <source>The folder cannot be used: %1</source>
            <translation>Mappen kan inte användas: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Closed %1 (%2); the follow-up is due %3.</source>
            <translation>Avslutat %1 (%2); uppföljningen ska göras %3.</translation>
        </message>
        <message>
            <source>Choose a status…</source>
            <translation>Välj status…</translation>
        </message>
        <message>
            <source>Choose where the person stood.</source>
            <translation>Välj var personen befann sig.</translation>
        </message>
        <message>
            <source>Follow-up after closing</source>
            <translation>Uppföljning efter avslut</translation>
        </message>
        <message>
            <source>Followed up &amp;on:</source>
            <translation>Uppföljd &amp;den:</translation>
        </message>
        <message>
            <source>Date of the follow-up</source>
            <translation>Datum för uppföljningen</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Status at the follow-up</source>
            <translation>Status vid uppföljningen</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>New group</source>
            <translation>Ny grupp</translation>
        </message>
        <message>
            <source>Edit group</source>
            <translation>Redigera grupp</translation>
        </message>
        <message>
            <source>New language tutor?</source>
            <translation>Ny språkhandledare?</translation>
        </message>
        <message>
            <source>%1 is not among the staff. Add as a new language tutor? The account cannot be used until a team lead gives it a start code.</source>
            <translation>%1 finns inte bland personalen. Lägga till som ny språkhandledare? Kontot kan inte användas förrän en teamledare ger en startkod.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Gruppens namn</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>Kind of group</source>
            <translation>Typ av grupp</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Startdatum:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>The group &amp;ended on:</source>
            <translation>Gruppen &amp;avslutades den:</translation>
        </message>
        <message>
            <source>The group has ended</source>
            <translation>Gruppen har avslutats</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <source>&amp;Tutors:</source>
            <translation>Språk&amp;handledare:</translation>
        </message>
        <message>
            <source>Responsible tutors</source>
            <translation>Ansvariga språkhandledare</translation>
        </message>
        <message>
            <source>Names or initials, separated by commas</source>
            <translation>Namn eller initialer, åtskilda med kommatecken</translation>
        </message>
        <message>
            <source>Weekly s&amp;chedule:</source>
            <translation>&amp;Veckoschema:</translation>
        </message>
        <message>
            <source>Weekly schedule, one time per line</source>
            <translation>Veckoschema, en tid per rad</translation>
        </message>
        <message>
            <source>One per line, e.g. tis 09:30-11:00</source>
            <translation>En per rad, t.ex. tis 09:30-11:00</translation>
        </message>
        <message>
            <source>Sessions &amp;from:</source>
            <translation>Skapa tillfällen &amp;från:</translation>
        </message>
        <message>
            <source>Generate sessions from this date</source>
            <translation>Skapa tillfällen från och med det här datumet</translation>
        </message>
    </context>
    <context>
        <name>GroupsPage</name>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Sessions without a roll call</source>
            <translation>Tillfällen utan registrerad närvaro</translation>
        </message>
        <message>
            <source>Take the &amp;next missing roll call</source>
            <translation>Registrera &amp;nästa saknade närvaro</translation>
        </message>
        <message>
            <source>Take the next missing roll call</source>
            <translation>Registrera nästa saknade närvaro</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>Ne&amp;w group…</source>
            <translation>N&amp;y grupp…</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Ny grupp</translation>
        </message>
        <message>
            <source>Edit gro&amp;up…</source>
            <translation>Redigera gr&amp;upp…</translation>
        </message>
        <message>
            <source>Edit the selected group</source>
            <translation>Redigera markerad grupp</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Tillfällen</translation>
        </message>
        <message>
            <source>Part&amp;icipants</source>
            <translation>De&amp;ltagare</translation>
        </message>
        <message>
            <source>Reading the groups…</source>
            <translation>Läser grupperna…</translation>
        </message>
        <message>
            <source>The groups could not be read: %1</source>
            <translation>Grupperna kunde inte läsas: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n roll call(s) missing</source>
            <translation>
                <numerusform>%n närvaroregistrering saknas</numerusform>
                <numerusform>%n närvaroregistreringar saknas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) without a roll call</source>
            <translation>
                <numerusform>⚠ %n tillfälle utan registrerad närvaro</numerusform>
                <numerusform>⚠ %n tillfällen utan registrerad närvaro</numerusform>
            </translation>
        </message>
        <message>
            <source>Every past session has its roll call.</source>
            <translation>Alla tidigare tillfällen har registrerad närvaro.</translation>
        </message>
        <message>
            <source>No groups yet at %1 — add one with New group.</source>
            <translation>Inga grupper ännu på %1 – lägg till en med Ny grupp.</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>Startade %1</translation>
        </message>
        <message>
            <source>ended %1</source>
            <translation>avslutades %1</translation>
        </message>
        <message>
            <source>no weekly schedule</source>
            <translation>inget veckoschema</translation>
        </message>
        <message>
            <source>tutors: %1</source>
            <translation>språkhandledare: %1</translation>
        </message>
    </context>
    <context>
        <name>HeatMapWidget</name>
        <message>
            <source>When visitors come, by weekday and hour</source>
            <translation>När besökarna kommer, per veckodag och timme</translation>
        </message>
        <message>
            <source>%1 %2–%3: on average %4 visits (%5)</source>
            <translation>%1 %2–%3: i genomsnitt %4 besök (%5)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln in all</source>
            <translation>
                <numerusform>%Ln totalt</numerusform>
                <numerusform>%Ln totalt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %Ln day(s)</source>
            <translation>
                <numerusform>under %Ln dag</numerusform>
                <numerusform>under %Ln dagar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln visit(s) in all.</source>
            <translation>
                <numerusform>%Ln besök totalt.</numerusform>
                <numerusform>%Ln besök totalt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Busiest hours: %1.</source>
            <translation>Flest besök: %1.</translation>
        </message>
        <message>
            <source>No visits in the period.</source>
            <translation>Inga besök under perioden.</translation>
        </message>
        <message>
            <source>No visits</source>
            <translation>Inga besök</translation>
        </message>
        <message>
            <source>Mean visits per hour on such a day (hour the visit began)</source>
            <translation>Genomsnittligt antal besök per timme en sådan dag (timmen då besöket började)</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Hjälptext</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Quick cases (drop-in)</source>
            <translation>Snabbärenden (drop in)</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Group participants (enrolments)</source>
            <translation>Deltagare i grupper (inskrivningar)</translation>
        </message>
        <message>
            <source>Attendance at group sessions</source>
            <translation>Närvaro vid grupptillfällen</translation>
        </message>
        <message>
            <source>Progress readings</source>
            <translation>Progressionsmätningar</translation>
        </message>
        <message>
            <source>The file is CSV in UTF-8 with the header row %1</source>
            <translation>Filen ska vara CSV i UTF-8 med rubrikraden %1</translation>
        </message>
        <message>
            <source>Optional columns: %1</source>
            <translation>Valfria kolumner: %1</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Välj CSV-filen</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Kontrollerar filen…</translation>
        </message>
        <message>
            <source>The file cannot be imported as it is; nothing was written.</source>
            <translation>Filen kan inte importeras som den är; inget har skrivits.</translation>
        </message>
        <message>
            <source>The same content has been imported before. Tick “Import even if …” to import it again.</source>
            <translation>Samma innehåll har importerats förut. Kryssa i ”Importera ändå …” för att importera det igen.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can be imported.</source>
            <translation>
                <numerusform>%n rad kan importeras.</numerusform>
                <numerusform>%n rader kan importeras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n row(s) are shown.</source>
            <translation>
                <numerusform>%n rad visas.</numerusform>
                <numerusform>De första %n raderna visas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
        <message>
            <source>Taking a backup first…</source>
            <translation>Tar först en säkerhetskopia…</translation>
        </message>
        <message>
            <source>Checking and importing every row…</source>
            <translation>Kontrollerar och importerar alla rader…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) imported from %1.</source>
            <translation>
                <numerusform>%n rad importerad från %1.</numerusform>
                <numerusform>%n rader importerade från %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was imported.</source>
            <translation>Importen avbröts: inget importerades.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Inget importerades.</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importera en CSV-fil</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;Slag av fil:</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Vad filen innehåller</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>The CSV file to import</source>
            <translation>CSV-filen som ska importeras</translation>
        </message>
        <message>
            <source>Choose a file, or type its path and press Enter</source>
            <translation>Välj en fil, eller skriv dess sökväg och tryck Enter</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Välj filen</translation>
        </message>
        <message>
            <source>Import &amp;even if the same content was imported before</source>
            <translation>Importera &amp;ändå om samma innehåll har importerats förut</translation>
        </message>
        <message>
            <source>Import even if the same content was imported before</source>
            <translation>Importera ändå om samma innehåll har importerats förut</translation>
        </message>
        <message>
            <source>The file's first rows</source>
            <translation>Filens första rader</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Import the file</source>
            <translation>Importera filen</translation>
        </message>
        <message>
            <source>Ca&amp;ncel the import</source>
            <translation>&amp;Avbryt importen</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Avbryt importen</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>No years to show</source>
            <translation>Inga år att visa</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>inga uppgifter</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>inget mål</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>kan inte bedömas</translation>
        </message>
        <message>
            <source>target met</source>
            <translation>målet uppfyllt</translation>
        </message>
        <message>
            <source>target not met</source>
            <translation>målet inte uppfyllt</translation>
        </message>
        <message>
            <source>target at most %1</source>
            <translation>mål högst %1</translation>
        </message>
        <message>
            <source>target at least %1</source>
            <translation>mål minst %1</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Mål %1</translation>
        </message>
    </context>
    <context>
        <name>IndicatorManager</name>
        <message>
            <source>Choose indicators and targets</source>
            <translation>Välj indikatorer och mål</translation>
        </message>
        <message>
            <source>Indicators followed, in order</source>
            <translation>Indikatorer som följs, i ordning</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>&amp;Upp</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>&amp;Ned</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <source>Stop following the indicator</source>
            <translation>Sluta följa indikatorn</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Högre är bättre</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lägre är bättre</translation>
        </message>
        <message>
            <source>Save &amp;target</source>
            <translation>&amp;Spara målet</translation>
        </message>
        <message>
            <source>Save the target</source>
            <translation>Spara målet</translation>
        </message>
        <message>
            <source>Remo&amp;ve target</source>
            <translation>Ta b&amp;ort målet</translation>
        </message>
        <message>
            <source>Remove the target</source>
            <translation>Ta bort målet</translation>
        </message>
        <message>
            <source>Measure to follow</source>
            <translation>Mått att följa</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>Lägg t&amp;ill</translation>
        </message>
        <message>
            <source>Add indicator</source>
            <translation>Lägg till indikatorn</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <source>&amp;Better when:</source>
            <translation>&amp;Bättre när:</translation>
        </message>
        <message>
            <source>Target ye&amp;ar:</source>
            <translation>Målå&amp;r:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>Må&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Followed, in order:</source>
            <translation>&amp;Följs, i ordning:</translation>
        </message>
        <message>
            <source>Add from the catal&amp;ogue:</source>
            <translation>Lägg till ur &amp;katalogen:</translation>
        </message>
        <message>
            <source>Resource indicators</source>
            <translation>Resursindikatorer</translation>
        </message>
        <message>
            <source>Activity indicators</source>
            <translation>Aktivitetsindikatorer</translation>
        </message>
        <message>
            <source>Result indicators</source>
            <translation>Resultatindikatorer</translation>
        </message>
        <message>
            <source>resource indicator</source>
            <translation>resursindikator</translation>
        </message>
        <message>
            <source>activity indicator</source>
            <translation>aktivitetsindikator</translation>
        </message>
        <message>
            <source>result indicator</source>
            <translation>resultatindikator</translation>
        </message>
        <message>
            <source>No indicator chosen yet.</source>
            <translation>Ingen indikator vald än.</translation>
        </message>
        <message>
            <source>Targets: %1</source>
            <translation>Mål: %1</translation>
        </message>
        <message>
            <source>No targets yet.</source>
            <translation>Inga mål än.</translation>
        </message>
        <message>
            <source>Target for %1 in %2</source>
            <translation>Mål för %1 år %2</translation>
        </message>
        <message>
            <source>Now following: %1</source>
            <translation>Följs nu: %1</translation>
        </message>
        <message>
            <source>Stop following</source>
            <translation>Sluta följa</translation>
        </message>
        <message>
            <source>Stop following %1? Its targets are removed as well.</source>
            <translation>Sluta följa %1? Dess mål tas också bort.</translation>
        </message>
        <message>
            <source>No longer following: %1</source>
            <translation>Följs inte längre: %1</translation>
        </message>
        <message>
            <source>%1 is now number %2.</source>
            <translation>%1 är nu nummer %2.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>The target for %1 in %2 must be a number, e.g. 1200 or 55.5: “%3” is not one.</source>
            <translation>Målet för %1 år %2 ska vara ett tal, t.ex. 1200 eller 55,5: ”%3” är inget tal.</translation>
        </message>
        <message>
            <source>Target for %1 in %2: %3.</source>
            <translation>Mål för %1 år %2: %3.</translation>
        </message>
        <message>
            <source>No target for %1 in %2.</source>
            <translation>Inget mål för %1 år %2.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Compare with earlier years</source>
            <translation>Jämför med tidigare år</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Spara som &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the table as PDF</source>
            <translation>Spara tabellen som PDF</translation>
        </message>
        <message>
            <source>Save as &amp;Excel…</source>
            <translation>Spara som &amp;Excel…</translation>
        </message>
        <message>
            <source>Save the table as Excel</source>
            <translation>Spara tabellen som Excel</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Spara som &amp;CSV…</translation>
        </message>
        <message>
            <source>Save the table as CSV</source>
            <translation>Spara tabellen som CSV</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Co&amp;mpare with:</source>
            <translation>&amp;Jämför med:</translation>
        </message>
        <message>
            <source>earlier years</source>
            <translation>tidigare år</translation>
        </message>
        <message>
            <source>Meeting p&amp;lace:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Indicators per year</source>
            <translation>Indikatorer per år</translation>
        </message>
        <message>
            <source>Only team leads and administrators choose the indicators and their targets.</source>
            <translation>Bara teamledare och administratörer väljer indikatorerna och deras mål.</translation>
        </message>
        <message>
            <source>All meeting places</source>
            <translation>Alla mötesplatser</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Läser siffrorna…</translation>
        </message>
        <message>
            <source>No indicators yet: add the first ones from the catalogue on the right.</source>
            <translation>Inga indikatorer än: lägg till de första ur katalogen till höger.</translation>
        </message>
        <message>
            <source>No indicators yet: a team lead chooses them.</source>
            <translation>Inga indikatorer än: en teamledare väljer dem.</translation>
        </message>
        <message>
            <source>The indicators could not be read: %1</source>
            <translation>Indikatorerna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Save indicators</source>
            <translation>Spara indikatorerna</translation>
        </message>
    </context>
    <context>
        <name>ItemModel</name>
        <message>
            <source>Used</source>
            <translation>Använd</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Pensionerad</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>I bruk</translation>
        </message>
        <message>
            <source>Retired: no longer offered, kept in earlier records and tables</source>
            <translation>Pensionerad: erbjuds inte längre, finns kvar i tidigare registreringar och tabeller</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>For the coach: leave the participant's screen</source>
            <translation>För vägledaren: lämna deltagarens skärm</translation>
        </message>
        <message>
            <source>Wrong PIN. The participant's screen stays open.</source>
            <translation>Fel PIN-kod. Deltagarens skärm är kvar.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Vägledare</source>
            <translation>Välkommen till Vägledare</translation>
        </message>
        <message>
            <source>Five short steps and the desk is ready.</source>
            <translation>Fem korta steg, sedan är disken klar.</translation>
        </message>
        <message>
            <source>Choose the language of the program. You can change it later in the View menu.</source>
            <translation>Välj programmets språk. Du kan ändra det senare i menyn Visa.</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Want to look around first? Sample data opens a separate demo journal with a made-up year of visits, cases, language groups and readings. Your own journal is not touched.</source>
            <translation>Vill du titta runt först? Exempeldata öppnar en separat demojournal med ett påhittat år av besök, ärenden, språkgrupper och skattningar. Din egen journal påverkas inte.</translation>
        </message>
        <message>
            <source>&amp;Try with sample data</source>
            <translation>&amp;Prova med exempeldata</translation>
        </message>
        <message>
            <source>Try with sample data</source>
            <translation>Prova med exempeldata</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>%1, enrolled %2</source>
            <translation>%1, inskriven %2</translation>
        </message>
        <message>
            <source>Participant leaves the group</source>
            <translation>Deltagaren lämnar gruppen</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Sista dag:</translation>
        </message>
        <message>
            <source>Last day in the group</source>
            <translation>Sista dag i gruppen</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <source>Where the participant went</source>
            <translation>Vart deltagaren gick vidare</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Vägledare is locked</source>
            <translation>Vägledare är låst</translation>
        </message>
        <message>
            <source>Give your PIN to continue. Anyone on the staff can unlock as themselves.</source>
            <translation>Ange din PIN-kod för att fortsätta. Alla i personalen kan låsa upp som sig själva.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Vägledare</source>
            <translation>Logga in i Vägledare</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Logga in</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Vägledare – %1</source>
            <translation>Vägledare – %1</translation>
        </message>
        <message>
            <source>DEMO – %1 – sample data, not the real journal</source>
            <translation>DEMO – %1 – exempeldata, inte den riktiga journalen</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (skrivskyddad)</translation>
        </message>
        <message>
            <source>&amp;Log (Ctrl+1)</source>
            <translation>Regi&amp;strera (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Day (Ctrl+2)</source>
            <translation>&amp;Dag (Ctrl+2)</translation>
        </message>
        <message>
            <source>&amp;Reports (Ctrl+3)</source>
            <translation>Rappor&amp;ter (Ctrl+3)</translation>
        </message>
        <message>
            <source>Ca&amp;ses (Ctrl+4)</source>
            <translation>Är&amp;enden (Ctrl+4)</translation>
        </message>
        <message>
            <source>&amp;Groups (Ctrl+5)</source>
            <translation>&amp;Grupper (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;Progress (Ctrl+6)</source>
            <translation>&amp;Progression (Ctrl+6)</translation>
        </message>
        <message>
            <source>O&amp;verview (Ctrl+7)</source>
            <translation>Ö&amp;versikt (Ctrl+7)</translation>
        </message>
        <message>
            <source>&amp;Indicators (Ctrl+8)</source>
            <translation>&amp;Indikatorer (Ctrl+8)</translation>
        </message>
        <message>
            <source>DEMO – sample data: everything here is made up, and nothing you do here touches the real journal.</source>
            <translation>DEMO – exempeldata: allt här är påhittat, och inget du gör här påverkar den riktiga journalen.</translation>
        </message>
        <message>
            <source>Demo journal</source>
            <translation>Demojournal</translation>
        </message>
        <message>
            <source>Demo journal: every staff member's PIN is %1.</source>
            <translation>Demojournal: alla i personalen har PIN-koden %1.</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>Journal: %1</translation>
        </message>
        <message>
            <source>Demo journal (sample data): %1</source>
            <translation>Demojournal (exempeldata): %1</translation>
        </message>
        <message>
            <source>Text size %1 %</source>
            <translation>Textstorlek %1 %</translation>
        </message>
        <message>
            <source>A journal exchange is running: the new language is used the next time Vägledare starts.</source>
            <translation>Ett journalutbyte pågår: det nya språket används nästa gång Vägledare startar.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>E&amp;xport journal exchange…</source>
            <translation>E&amp;xportera journalutbyte…</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>&amp;Import journal exchange…</source>
            <translation>I&amp;mportera journalutbyte…</translation>
        </message>
        <message>
            <source>&amp;Synchronise with server</source>
            <translation>S&amp;ynkronisera med server</translation>
        </message>
        <message>
            <source>Journal exchange s&amp;tatus…</source>
            <translation>S&amp;tatus för journalutbyte…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Personal och roller…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Händelselogg…</translation>
        </message>
        <message>
            <source>&amp;Processing of personal data…</source>
            <translation>&amp;Personuppgiftsbehandling…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>The activities and events of a month: log, change or delete</source>
            <translation>En månads aktiviteter och evenemang: registrera, ändra eller ta bort</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Undo last entry</source>
            <translation>&amp;Ångra senaste registreringen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>Log &amp;several or at another time…</source>
            <translation>Registrera &amp;flera eller vid annan tid…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registrera</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indikatorer</translation>
        </message>
        <message>
            <source>&amp;Meeting place settings…</source>
            <translation>&amp;Inställningar för mötesplatser…</translation>
        </message>
        <message>
            <source>Meeting places, categories, age bands, the log grid, activities</source>
            <translation>Mötesplatser, kategorier, åldersgrupper, registreringsrutnätet, aktiviteter</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Säkerhetskopior…</translation>
        </message>
        <message>
            <source>List the journal's backups, take one now, restore one</source>
            <translation>Journalens säkerhetskopior: se dem, ta en nu, återställ från en</translation>
        </message>
        <message>
            <source>Import a &amp;CSV file…</source>
            <translation>Importera &amp;CSV-fil…</translation>
        </message>
        <message>
            <source>Quick cases, cases, participants, attendance or readings</source>
            <translation>Snabbärenden, ärenden, deltagare, närvaro eller mätningar</translation>
        </message>
        <message>
            <source>&amp;Activities and events…</source>
            <translation>A&amp;ktiviteter och evenemang…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Hög kontrast</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Större text</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;Mindre text</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Som systemet</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Textstorlek</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Hjälp för den här vyn</translation>
        </message>
        <message>
            <source>&amp;Quick guide (PDF)…</source>
            <translation>&amp;Snabbguide (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Try with sample data</source>
            <translation>&amp;Prova med exempeldata</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <source>&amp;About Vägledare</source>
            <translation>&amp;Om Vägledare</translation>
        </message>
        <message>
            <source>This window already shows the sample data.</source>
            <translation>Det här fönstret visar redan exempeldata.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Save quick guide</source>
            <translation>Spara snabbguide</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Sparad: %1</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Arrow keys: move between cells
Space or Enter: log one quick case in the cell
Ctrl+Z: undo the last entry    Ctrl+Shift+Z: redo
Ctrl+E: log several or at another time (or right-click a cell)
Ctrl+1 … Ctrl+8: Log, Day, Reports, Cases, Groups, Progress, Overview,
Indicators
Ctrl+N / Ctrl+K (in Cases): new case, new contact
Groups: Enter on a session opens its roll call; there Space cycles a mark,
1 / 2 / 3 set Present / Absent / Excused, Ctrl+S saves
Day: Alt+Left / Alt+Right the day before / after, Alt+Home today;
F2 changes the selected entry, Delete removes the selected entries
F5: refresh the counts
Ctrl+L: lock the window    F1: help for this screen</source>
            <translation>Piltangenter: flytta mellan rutorna
Mellanslag eller Enter: registrera ett snabbärende i rutan
Ctrl+Z: ångra senaste registreringen    Ctrl+Skift+Z: gör om
Ctrl+E: registrera flera eller vid annan tid (eller högerklicka på en ruta)
Ctrl+1 … Ctrl+8: Registrera, Dag, Rapporter, Ärenden, Grupper, Progression, Översikt,
Indikatorer
Ctrl+N / Ctrl+K (i Ärenden): nytt ärende, ny kontakt
Grupper: Enter på ett tillfälle öppnar närvaron; där byter Mellanslag markering,
1 / 2 / 3 sätter Närvarande / Frånvarande / Anmäld frånvaro, Ctrl+S sparar
Dag: Alt+Vänsterpil / Alt+Högerpil dagen före / efter, Alt+Home idag;
F2 ändrar markerad registrering, Delete tar bort markerade registreringar
F5: uppdatera siffrorna
Ctrl+L: lås fönstret    F1: hjälp för den här vyn</translation>
        </message>
        <message>
            <source>About Vägledare</source>
            <translation>Om Vägledare</translation>
        </message>
        <message>
            <source>Vägledare %1
The desk journal of a Mötesplats med Jobbcentrum.
Journal: %2</source>
            <translation>Vägledare %1
Journalen för en Mötesplats med Jobbcentrum.
Journal: %2</translation>
        </message>
    </context>
    <context>
        <name>MergeSummaryModel</name>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nya</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Uppdaterade</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Oförändrade</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikter</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagna</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>Not stated</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <source>No one yet</source>
            <translation>Ingen ännu</translation>
        </message>
        <message>
            <source>None — a new case</source>
            <translation>Inget – ett nytt ärende</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nytt ärende</translation>
        </message>
        <message>
            <source>A case follows one participant code over weeks or months. Leave the code empty to generate one; never write a personal identity number or a name.</source>
            <translation>Ett ärende följer en deltagarkod under veckor eller månader. Lämna koden tom så skapas en ny. Skriv aldrig personnummer eller namn.</translation>
        </message>
        <message>
            <source>From &amp;quick case:</source>
            <translation>Från s&amp;nabbärende:</translation>
        </message>
        <message>
            <source>Start from a quick case</source>
            <translation>Utgå från ett snabbärende</translation>
        </message>
        <message>
            <source>A quick case that turned into a case keeps its day, meeting place, gender and age band</source>
            <translation>Ett snabbärende som blir ett ärende behåller dag, mötesplats, kön och åldersgrupp</translation>
        </message>
        <message>
            <source>Participant &amp;code:</source>
            <translation>Deltagar&amp;kod:</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Deltagarkod</translation>
        </message>
        <message>
            <source>Empty: generate a new code</source>
            <translation>Tom: en ny kod skapas</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>&amp;Route:</source>
            <translation>&amp;Väg in:</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Väg in</translation>
        </message>
        <message>
            <source>Found us &amp;through:</source>
            <translation>Hittade hit &amp;genom:</translation>
        </message>
        <message>
            <source>How the person found the desk</source>
            <translation>Hur personen hittade hit</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>Kö&amp;n:</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>&amp;Age band:</source>
            <translation>Å&amp;ldersgrupp:</translation>
        </message>
        <message>
            <source>Age band at intake</source>
            <translation>Åldersgrupp när ärendet startade</translation>
        </message>
        <message>
            <source>Responsible c&amp;oach:</source>
            <translation>&amp;Ansvarig vägledare:</translation>
        </message>
        <message>
            <source>Responsible coach</source>
            <translation>Ansvarig vägledare</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Startdatum:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Processing of personal data</source>
            <translation>Personuppgiftsbehandling</translation>
        </message>
        <message>
            <source>Every register extract tells the person this. The retention time and the person's rights (correction, erasure, restriction, complaint to IMY) are added by the journal itself.</source>
            <translation>Varje registerutdrag berättar detta för personen. Lagringstiden och personens rättigheter (rättelse, radering, begränsning, klagomål till IMY) lägger journalen till själv.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPane</name>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Enrol a &amp;participant…</source>
            <translation>Skriv in en &amp;deltagare…</translation>
        </message>
        <message>
            <source>Enrol a participant code</source>
            <translation>Skriv in en deltagarkod</translation>
        </message>
        <message>
            <source>Mar&amp;k as left…</source>
            <translation>Mar&amp;kera som utskriven…</translation>
        </message>
        <message>
            <source>Register that the selected participant leaves</source>
            <translation>Registrera att markerad deltagare skrivs ut</translation>
        </message>
        <message>
            <source>&amp;Back in the group</source>
            <translation>Till&amp;baka i gruppen</translation>
        </message>
        <message>
            <source>Undo the leaving of the selected participant</source>
            <translation>Ångra utskrivningen av markerad deltagare</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Inte ändrad</translation>
        </message>
    </context>
    <context>
        <name>PartnerModel</name>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>PeriodSettingsTab</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>e.g. Eskilstuna kommun</source>
            <translation>t.ex. Eskilstuna kommun</translation>
        </message>
        <message>
            <source>e.g. Arbetsmarknadsförvaltningen</source>
            <translation>t.ex. Arbetsmarknadsförvaltningen</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>U&amp;nit:</source>
            <translation>E&amp;nhet:</translation>
        </message>
        <message>
            <source>Sa&amp;ve organisation</source>
            <translation>Spara organ&amp;isationen</translation>
        </message>
        <message>
            <source>Save the organisation and unit</source>
            <translation>Spara organisationen och enheten</translation>
        </message>
        <message>
            <source>Printed in the footer and the file properties of every report.</source>
            <translation>Skrivs i sidfoten och i filegenskaperna för varje rapport.</translation>
        </message>
        <message>
            <source>The last day of interim period 1</source>
            <translation>Delår 1:s sista dag</translation>
        </message>
        <message>
            <source>The last day of interim period 2</source>
            <translation>Delår 2:s sista dag</translation>
        </message>
        <message>
            <source>The month quarter 1 begins in</source>
            <translation>Månaden då kvartal 1 börjar</translation>
        </message>
        <message>
            <source>Interim period &amp;1 ends on:</source>
            <translation>Delår &amp;1 slutar:</translation>
        </message>
        <message>
            <source>Interim period &amp;2 ends on:</source>
            <translation>Delår &amp;2 slutar:</translation>
        </message>
        <message>
            <source>Quarter 1 &amp;begins in:</source>
            <translation>Kvartal 1 &amp;börjar i:</translation>
        </message>
        <message>
            <source>&amp;Save periods</source>
            <translation>Spara perio&amp;derna</translation>
        </message>
        <message>
            <source>Save the report periods</source>
            <translation>Spara rapportperioderna</translation>
        </message>
        <message>
            <source>&amp;Restore the defaults</source>
            <translation>Återställ sta&amp;ndardvärdena</translation>
        </message>
        <message>
            <source>Put the default periods in the fields (saved with Save periods)</source>
            <translation>Fyll i standardperioderna i fälten (sparas med Spara perioderna)</translation>
        </message>
        <message>
            <source>Interim periods always begin on 1 January; the full year is the calendar year. The report page and the command line (--delar, --quarter) use these periods. Defaults: interim period 1 ends on 30 April, interim period 2 on 31 August, and quarter 1 begins in January (calendar quarters).</source>
            <translation>Delår börjar alltid 1 januari; helår är kalenderåret. Rapportsidan och kommandoraden (--delar, --quarter) använder de här perioderna. Standard: delår 1 slutar 30 april, delår 2 31 augusti, och kvartal 1 börjar i januari (kalenderkvartal).</translation>
        </message>
        <message>
            <source>Organisation saved: %1.</source>
            <translation>Organisationen är sparad: %1.</translation>
        </message>
        <message>
            <source>Report periods saved: interim period 1 ends on %1, interim period 2 on %2, quarter 1 begins in %3.</source>
            <translation>Rapportperioderna är sparade: delår 1 slutar %1, delår 2 %2, kvartal 1 börjar i %3.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>Welcome back: %1 is already in this journal as %2. Your role stays as it is.</source>
            <translation>Välkommen tillbaka: %1 finns redan i journalen som %2. Din roll är oförändrad.</translation>
        </message>
        <message>
            <source>This journal has no administrator yet, so you become its administrator: you add staff, give the roles of team lead and administrator, and read the audit log (File → Staff and roles).</source>
            <translation>Journalen har ingen administratör än, så du blir dess administratör: du lägger till personal, ger rollerna teamledare och administratör och läser händelseloggen (Arkiv → Personal och roller).</translation>
        </message>
        <message>
            <source>Choose job coach or language tutor. The roles of team lead and administrator are given by an administrator in File → Staff and roles; ask yours if you need one.</source>
            <translation>Välj vägledare eller språkhandledare. Rollerna teamledare och administratör ges av en administratör under Arkiv → Personal och roller; fråga din om du behöver en sådan roll.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Vem är du?</translation>
        </message>
        <message>
            <source>Your name or initials, as colleagues know you at the desk.</source>
            <translation>Ditt namn eller dina initialer, som kollegorna vid disken känner dig.</translation>
        </message>
        <message>
            <source>Your &amp;name or initials:</source>
            <translation>Ditt &amp;namn eller initialer:</translation>
        </message>
        <message>
            <source>Your name or initials</source>
            <translation>Ditt namn eller initialer</translation>
        </message>
        <message>
            <source>e.g. AB</source>
            <translation>t.ex. AB</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
    </context>
    <context>
        <name>PinForm</name>
        <message>
            <source>Who are you</source>
            <translation>Vem är du</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN-kod eller lösenord</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Ny PIN-kod</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Upprepa den nya PIN-koden</translation>
        </message>
        <message>
            <source>&amp;Who are you:</source>
            <translation>&amp;Vem är du:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN-kod:</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Ny PIN-kod:</translation>
        </message>
        <message>
            <source>&amp;Repeat new PIN:</source>
            <translation>&amp;Upprepa ny PIN-kod:</translation>
        </message>
        <message>
            <source>&amp;Forgotten PIN…</source>
            <translation>&amp;Glömt PIN-kod…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Lås upp</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås upp</translation>
        </message>
        <message>
            <source>&amp;Start code:</source>
            <translation>&amp;Startkod:</translation>
        </message>
        <message>
            <source>Choose a PIN of at least 4 digits (or a password of at least 8 characters).</source>
            <translation>Välj en PIN-kod med minst 4 siffror (eller ett lösenord med minst 8 tecken).</translation>
        </message>
        <message>
            <source>Enter the start code from your team lead, then choose your own PIN (at least 4 digits, or a password of at least 8 characters).</source>
            <translation>Skriv startkoden du fått av teamledaren och välj sedan en egen PIN-kod (minst 4 siffror, eller ett lösenord med minst 8 tecken).</translation>
        </message>
        <message>
            <source>This account has no PIN yet. Ask a team lead for a start code (Staff and roles).</source>
            <translation>Kontot har ingen PIN-kod än. Be en teamledare om en startkod (Personal och roller).</translation>
        </message>
        <message>
            <source>Forgotten PIN</source>
            <translation>Glömt PIN-kod</translation>
        </message>
        <message>
            <source>The recovery code (kept in the office safe):</source>
            <translation>Återställningskoden (förvaras i kontorets kassaskåp):</translation>
        </message>
        <message>
            <source>Wrong recovery code.</source>
            <translation>Fel återställningskod.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>PIN-koderna är inte likadana.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again.</source>
            <translation>Fel PIN-kod. Försök igen.</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>Wrong PIN. Try again.</source>
            <translation>Fel PIN-kod. Försök igen.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>PIN-koderna är inte likadana.</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Din PIN-kod</translation>
        </message>
        <message>
            <source>The PIN unlocks the window when it has locked itself.</source>
            <translation>PIN-koden låser upp fönstret när det har låst sig.</translation>
        </message>
        <message>
            <source>You already have a PIN in this journal: give it here.</source>
            <translation>Du har redan en PIN-kod i den här journalen: ange den här.</translation>
        </message>
        <message>
            <source>Choose a PIN of at least 4 digits (or a password of at least 8 characters). The window locks after a few minutes without use, and with Ctrl+L; your PIN opens it again.</source>
            <translation>Välj en PIN-kod med minst 4 siffror (eller ett lösenord med minst 8 tecken). Fönstret låser sig efter några minuter utan användning, och med Ctrl+L; din PIN-kod öppnar det igen.</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN-kod:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kod</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN:</source>
            <translation>&amp;Upprepa PIN-koden:</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>Upprepa PIN-koden</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Leave the participant's screen</source>
            <translation>Lämna deltagarens skärm</translation>
        </message>
        <message>
            <source>The coach's &amp;PIN:</source>
            <translation>Vägledarens &amp;PIN-kod:</translation>
        </message>
        <message>
            <source>The coach's PIN</source>
            <translation>Vägledarens PIN-kod</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Timmar i veckan</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Line</source>
            <translation>Rad</translation>
        </message>
    </context>
    <context>
        <name>PrivacyActions</name>
        <message>
            <source>Register e&amp;xtract (PDF)…</source>
            <translation>Register&amp;utdrag (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Erase a participant code…</source>
            <translation>&amp;Radera en deltagarkod…</translation>
        </message>
        <message>
            <source>Re&amp;tention (gallring)…</source>
            <translation>&amp;Gallring…</translation>
        </message>
        <message>
            <source>Register extract</source>
            <translation>Registerutdrag</translation>
        </message>
        <message>
            <source>Participant code:</source>
            <translation>Deltagarkod:</translation>
        </message>
        <message>
            <source>Save register extract</source>
            <translation>Spara registerutdrag</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Sparad: %1</translation>
        </message>
        <message>
            <source>The journal does not yet say %1. The extract will say it is not filled in. A team lead fills this in once under File → Processing of personal data. Make the extract anyway?</source>
            <translation>Journalen säger ännu inte %1. Utdraget kommer att säga att det inte är ifyllt. En teamledare fyller i det en gång under Arkiv → Personuppgiftsbehandling. Ta ut utdraget ändå?</translation>
        </message>
        <message>
            <source>Erase a participant code</source>
            <translation>Radera en deltagarkod</translation>
        </message>
        <message>
            <source>Retention (gallring)</source>
            <translation>Gallring</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>Progress charts</source>
            <translation>Progressionsdiagram</translation>
        </message>
        <message>
            <source>Star chart of the factors</source>
            <translation>Stjärndiagram över faktorerna</translation>
        </message>
        <message>
            <source>Each factor over time</source>
            <translation>Varje faktor över tid</translation>
        </message>
        <message>
            <source>&amp;Star and comparison</source>
            <translation>&amp;Stjärna och jämförelse</translation>
        </message>
        <message>
            <source>Over ti&amp;me</source>
            <translation>Över &amp;tid</translation>
        </message>
        <message>
            <source>No readings yet</source>
            <translation>Inga mätningar ännu</translation>
        </message>
        <message>
            <source>The factors, first and latest reading</source>
            <translation>Faktorerna, första och senaste mätningen</translation>
        </message>
        <message>
            <source>First %1</source>
            <translation>Första %1</translation>
        </message>
        <message>
            <source>Latest %1</source>
            <translation>Senaste %1</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Mätning %1</translation>
        </message>
    </context>
    <context>
        <name>QuickCaseListModel</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>Registrerad av</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Removed: %1</source>
            <translation>Borttagen: %1</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Räknas</translation>
        </message>
    </context>
    <context>
        <name>ReadingModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Besvarad av</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Vägledare</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Borttagen: %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Recovery code %1</source>
            <translation>Återställningskod %1</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Återställningskod</translation>
        </message>
        <message>
            <source>Shown only this once.</source>
            <translation>Visas bara den här gången.</translation>
        </message>
        <message>
            <source>As the journal's first lead you receive its recovery code: write it down and keep it in the office safe. With it, anyone at the login screen can give any account a new start code (Forgotten PIN), even yours if you are locked out. A team lead can make a new one later under Staff and roles.</source>
            <translation>Som journalens första teamledare eller administratör får du dess återställningskod: skriv ner den och förvara den i kontorets kassaskåp. Med den kan vem som helst vid inloggningen ge vilket konto som helst en ny startkod (Glömt PIN-kod), även ditt om du blivit utelåst. En teamledare kan göra en ny senare under Personal och roller.</translation>
        </message>
        <message>
            <source>I have &amp;written the code down and put it somewhere safe</source>
            <translation>Jag har &amp;skrivit ner koden och lagt den på ett säkert ställe</translation>
        </message>
        <message>
            <source>I have written the code down</source>
            <translation>Jag har skrivit ner koden</translation>
        </message>
    </context>
    <context>
        <name>RemoveContactDialog</name>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Say why the contact is removed.</source>
            <translation>Skriv varför kontakten tas bort.</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Ta bort kontakt</translation>
        </message>
        <message>
            <source>The contact is deleted from the case and from the reports. The audit log keeps its date and type, who removed it and why; the note is not kept.</source>
            <translation>Kontakten tas bort ur ärendet och ur rapporterna. Händelseloggen sparar datum och typ, vem som tog bort den och varför; anteckningen sparas inte.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Anledning:</translation>
        </message>
        <message>
            <source>Why the contact is removed</source>
            <translation>Varför kontakten tas bort</translation>
        </message>
        <message>
            <source>Required, e.g. logged on the wrong case</source>
            <translation>Måste fyllas i, t.ex. registrerad på fel ärende</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen case</source>
            <translation>Återöppna ärende</translation>
        </message>
        <message>
            <source>The closing stays in the case's history; reports count the case as open again until it is closed anew.</source>
            <translation>Avslutet finns kvar i ärendets historik. I rapporterna räknas ärendet som öppet igen tills det avslutas på nytt.</translation>
        </message>
        <message>
            <source>Date the case is reopened</source>
            <translation>Datum då ärendet återöppnas</translation>
        </message>
        <message>
            <source>Reopened &amp;on:</source>
            <translation>Återöppnat &amp;den:</translation>
        </message>
    </context>
    <context>
        <name>ReportOptionsPanel</name>
        <message>
            <source>Both routes</source>
            <translation>Båda vägarna in</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>inte angivet</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Hide small counts (1–4) for publishing</source>
            <translation>Dölj små tal (1–4) vid publicering</translation>
        </message>
        <message>
            <source>Hide small counts for publishing</source>
            <translation>Dölj små tal vid publicering</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Reso&amp;urces per year…</source>
            <translation>Re&amp;surser per år…</translation>
        </message>
        <message>
            <source>Enter FTEs and cost per year</source>
            <translation>Ange årsarbetare och kostnad per år</translation>
        </message>
        <message>
            <source>Compare with the same period last year</source>
            <translation>Jämför med samma period föregående år</translation>
        </message>
        <message>
            <source>Full year</source>
            <translation>Helår</translation>
        </message>
        <message>
            <source>Free range</source>
            <translation>Fritt intervall</translation>
        </message>
        <message>
            <source>Interim period %1 (1 January – %2)</source>
            <translation>Delår %1 (1 januari – %2)</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>Kvartal %1</translation>
        </message>
        <message>
            <source>Quarter %1 (%2)</source>
            <translation>Kvartal %1 (%2)</translation>
        </message>
        <message>
            <source>%1 (group: %2)</source>
            <translation>%1 (grupp: %2)</translation>
        </message>
        <message>
            <source>Choose at least one meeting place.</source>
            <translation>Välj minst en mötesplats.</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Läser siffrorna…</translation>
        </message>
        <message>
            <source>The report could not be built: %1</source>
            <translation>Rapporten kunde inte tas fram: %1</translation>
        </message>
        <message>
            <source>Only your own entries and cases are included.</source>
            <translation>Bara dina egna registreringar och ärenden ingår.</translation>
        </message>
        <message>
            <source>the whole journal</source>
            <translation>hela journalen</translation>
        </message>
        <message>
            <source>The resource table needs the FTEs for %1 in %2 (%3). Enter them above for this report, or store them for each year with Resources per year….</source>
            <translation>Resurstabellen behöver antal årsarbetare för %1 %2 (%3). Ange dem ovan för den här rapporten, eller spara dem för varje år med Resurser per år….</translation>
        </message>
        <message>
            <source>The resource table needs the personnel cost per FTE for %1 in %2 (%3). Enter it above for this report, or store it for each year with Resources per year….</source>
            <translation>Resurstabellen behöver personalkostnad per årsarbetare för %1 %2 (%3). Ange den ovan för den här rapporten, eller spara den för varje år med Resurser per år….</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Skriv ut rapport</translation>
        </message>
        <message>
            <source>Sent to the printer: %1</source>
            <translation>Skickat till skrivaren: %1</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Spara rapport</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Urval</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Typ av period</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Månad:</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Kvartal:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Första dagen</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Sista dagen</translation>
        </message>
        <message>
            <source>&amp;Meeting places:</source>
            <translation>&amp;Mötesplatser:</translation>
        </message>
        <message>
            <source>Meeting places in the report</source>
            <translation>Mötesplatser i rapporten</translation>
        </message>
        <message>
            <source>&amp;Show report</source>
            <translation>&amp;Visa rapport</translation>
        </message>
        <message>
            <source>Show report</source>
            <translation>Visa rapport</translation>
        </message>
        <message>
            <source>Report table</source>
            <translation>Rapporttabell</translation>
        </message>
        <message>
            <source>P&amp;rint… (Ctrl+P)</source>
            <translation>Skriv &amp;ut… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Skriv ut rapporten</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Spara som &amp;PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Spara som PDF</translation>
        </message>
        <message>
            <source>Save as &amp;Excel…</source>
            <translation>Spara som &amp;Excel…</translation>
        </message>
        <message>
            <source>Save as Excel</source>
            <translation>Spara som Excel</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Spara som &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Spara som CSV</translation>
        </message>
    </context>
    <context>
        <name>ReportSaver</name>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparad</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Kunde inte skriva %1: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Sparad: %1</translation>
        </message>
    </context>
    <context>
        <name>ResourceYearsModel</name>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Avser</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Väg</translation>
        </message>
        <message>
            <source>FTEs</source>
            <translation>Årsarbetare</translation>
        </message>
        <message>
            <source>Cost per FTE and year</source>
            <translation>Kostnad per årsarbetare och år</translation>
        </message>
        <message>
            <source>Whole journal</source>
            <translation>Hela journalen</translation>
        </message>
        <message>
            <source>0 (not counted)</source>
            <translation>0 (räknas inte)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesDialog</name>
        <message>
            <source>not entered</source>
            <translation>inte angiven</translation>
        </message>
        <message>
            <source>Whole journal</source>
            <translation>Hela journalen</translation>
        </message>
        <message>
            <source>Saved: %1, %2.</source>
            <translation>Sparat: %1, %2.</translation>
        </message>
        <message>
            <source>Resources per year</source>
            <translation>Resurser per år</translation>
        </message>
        <message>
            <source>Full-time equivalents (FTEs) per route and the personnel cost per FTE and year, for each calendar year. The resource table counts every year with its own figures. 0 FTEs: the route is not counted that year.</source>
            <translation>Årsarbetare per väg och personalkostnad per årsarbetare och år, för varje kalenderår. Resurstabellen räknar varje år med sina egna tal. 0 årsarbetare: vägen räknas inte det året.</translation>
        </message>
        <message>
            <source>Stored resources per year</source>
            <translation>Sparade resurser per år</translation>
        </message>
        <message>
            <source>Enter a year</source>
            <translation>Ange ett år</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Calendar year</source>
            <translation>Kalenderår</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Avser:</translation>
        </message>
        <message>
            <source>Meeting place, group or the whole journal</source>
            <translation>Mötesplats, grupp eller hela journalen</translation>
        </message>
        <message>
            <source>FTEs, c&amp;itizen service:</source>
            <translation>Årsarbetare, &amp;medborgarservice:</translation>
        </message>
        <message>
            <source>FTEs for citizen service</source>
            <translation>Årsarbetare för medborgarservice</translation>
        </message>
        <message>
            <source>FTEs, &amp;referred:</source>
            <translation>Årsarbetare, a&amp;nvisade:</translation>
        </message>
        <message>
            <source>FTEs for referred cases</source>
            <translation>Årsarbetare för anvisade ärenden</translation>
        </message>
        <message>
            <source>&amp;Personnel cost per FTE and year:</source>
            <translation>&amp;Personalkostnad per årsarbetare och år:</translation>
        </message>
        <message>
            <source>Personnel cost per FTE and year in kronor</source>
            <translation>Personalkostnad per årsarbetare och år i kronor</translation>
        </message>
        <message>
            <source>&amp;Save the year</source>
            <translation>Spa&amp;ra året</translation>
        </message>
        <message>
            <source>Save the figures of this year</source>
            <translation>Spara årets tal</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention (gallring)</source>
            <translation>Gallring</translation>
        </message>
        <message>
            <source>People with no open case, no current group enrolment and nothing recorded for the chosen number of years get an anonymous code. Their contacts, comments and notes are deleted; cases, closings, enrolments, attendance and readings stay, so every report counts the same.</source>
            <translation>Personer som inte har något pågående ärende, ingen aktuell inskrivning i en grupp och inget registrerat under det valda antalet år får en anonym kod. Deras kontakter, kommentarer och anteckningar raderas. Ärenden, avslut, inskrivningar, närvaro och mätningar finns kvar, så alla rapporter räknar likadant.</translation>
        </message>
        <message>
            <source>Retention period in years</source>
            <translation>Gallringsfrist i år</translation>
        </message>
        <message>
            <source> years</source>
            <translation> år</translation>
        </message>
        <message>
            <source>Retention &amp;period:</source>
            <translation>Gallrings&amp;frist:</translation>
        </message>
        <message>
            <source>Inactive since before:</source>
            <translation>Inaktiv sedan före:</translation>
        </message>
        <message>
            <source>What a retention run would do</source>
            <translation>Det här skulle en gallring göra</translation>
        </message>
        <message>
            <source>&amp;Keep this period as the journal's retention period</source>
            <translation>&amp;Spara den här fristen som journalens gallringsfrist</translation>
        </message>
        <message>
            <source>&amp;Run retention…</source>
            <translation>&amp;Gallra…</translation>
        </message>
        <message>
            <source>Run retention</source>
            <translation>Gallra</translation>
        </message>
        <message>
            <source>A backup is taken first.</source>
            <translation>En säkerhetskopia tas först.</translation>
        </message>
        <message>
            <source>The journal is on a database server: make sure the server's own backup is recent.</source>
            <translation>Journalen ligger på en databasserver: se till att serverns egen säkerhetskopia är färsk.</translation>
        </message>
        <message numerus="yes">
            <source>Give %n participant(s) anonymous codes and delete their contacts, comments and notes? This cannot be undone in the journal.</source>
            <translation>
                <numerusform>Ge %n deltagare en anonym kod och radera deltagarens kontakter, kommentarer och anteckningar? Det går inte att ångra i journalen.</numerusform>
                <numerusform>Ge %n deltagare anonyma koder och radera deras kontakter, kommentarer och anteckningar? Det går inte att ångra i journalen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Klart.</translation>
        </message>
        <message>
            <source>Backup taken before the run: %1</source>
            <translation>Säkerhetskopia tagen före gallringen: %1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Job coach</source>
            <translation>Vägledare</translation>
        </message>
        <message>
            <source>Language tutor</source>
            <translation>Språkhandledare</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Teamledare</translation>
        </message>
        <message>
            <source>No role here yet (from another desk)</source>
            <translation>Ingen roll här än (från en annan dator)</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administratör</translation>
        </message>
    </context>
    <context>
        <name>RollCallDialog</name>
        <message>
            <source>Roll call – %1</source>
            <translation>Närvaro – %1</translation>
        </message>
        <message>
            <source>Click a name or press Space: Present → Absent → Excused. Keys 1, 2, 3 set a mark; arrow keys move.</source>
            <translation>Klicka på ett namn eller tryck på mellanslag: Närvarande → Frånvarande → Anmäld frånvaro. Tangenterna 1, 2, 3 sätter en markering; piltangenterna flyttar.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this group on this day: count the walk-in guests and save.</source>
            <translation>Ingen är inskriven i gruppen den här dagen. Räkna besökarna utan inskrivning och spara.</translation>
        </message>
        <message>
            <source>Walk-in guests (not enrolled)</source>
            <translation>Besökare utan inskrivning</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>&amp;Kvinnor:</translation>
        </message>
        <message>
            <source>Guests, women</source>
            <translation>Besökare utan inskrivning, kvinnor</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>&amp;Män:</translation>
        </message>
        <message>
            <source>Guests, men</source>
            <translation>Besökare utan inskrivning, män</translation>
        </message>
        <message>
            <source>&amp;Not stated:</source>
            <translation>&amp;Ej angivet:</translation>
        </message>
        <message>
            <source>Guests, gender not stated</source>
            <translation>Besökare utan inskrivning, ej angivet kön</translation>
        </message>
        <message>
            <source>Activities and note</source>
            <translation>Aktiviteter och anteckning</translation>
        </message>
        <message>
            <source>Activity: %1</source>
            <translation>Aktivitet: %1</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Note (optional) – no names or personal identity numbers.</source>
            <translation>Anteckning (frivillig) – inga namn eller personnummer.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>&amp;All present and save</source>
            <translation>&amp;Alla närvarande och spara</translation>
        </message>
        <message>
            <source>Mark everyone not yet marked present and save</source>
            <translation>Markera alla som inte är markerade som närvarande och spara</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>&amp;Spara (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the roll call</source>
            <translation>Spara närvaron</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Close the roll call</source>
            <translation>Stäng närvaron</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Ej markerad</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Frånvarande</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Anmäld frånvaro</translation>
        </message>
        <message>
            <source>Guests %1</source>
            <translation>Besökare %1</translation>
        </message>
        <message>
            <source>Present %1 · Absent %2 · Excused %3 · Not marked %4 · Guests %5</source>
            <translation>Närvarande %1 · Frånvarande %2 · Anmäld frånvaro %3 · Ej markerade %4 · Besökare %5</translation>
        </message>
        <message>
            <source>This session is cancelled.</source>
            <translation>Det här tillfället är inställt.</translation>
        </message>
        <message>
            <source>This session has not taken place yet.</source>
            <translation>Det här tillfället har inte ägt rum ännu.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Sparad: %1</translation>
        </message>
        <message>
            <source>Unsaved roll call</source>
            <translation>Närvaron är inte sparad</translation>
        </message>
        <message>
            <source>The roll call has changes that are not saved. Save them?</source>
            <translation>Närvaron har ändringar som inte är sparade. Vill du spara dem?</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Add a session</source>
            <translation>Lägg till ett tillfälle</translation>
        </message>
        <message>
            <source>Move session</source>
            <translation>Flytta tillfälle</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Tillfälle</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Datum för tillfället</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Börjar:</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Slutar:</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Sluttid</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Besökare</translation>
        </message>
        <message>
            <source>Activities and note</source>
            <translation>Aktiviteter och anteckning</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Inställt</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Kommande</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Idag</translation>
        </message>
        <message>
            <source>⚠ Not taken</source>
            <translation>⚠ Inte registrerad</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source> (moved)</source>
            <translation> (flyttat)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPane</name>
        <message>
            <source>Sessions</source>
            <translation>Tillfällen</translation>
        </message>
        <message>
            <source>Roll &amp;call… (Enter)</source>
            <translation>Registrera närvar&amp;o… (Enter)</translation>
        </message>
        <message>
            <source>Take the roll call of the selected session</source>
            <translation>Registrera närvaro för markerat tillfälle</translation>
        </message>
        <message>
            <source>&amp;Add session…</source>
            <translation>Lägg till till&amp;fälle…</translation>
        </message>
        <message>
            <source>Add a session outside the schedule</source>
            <translation>Lägg till ett tillfälle utanför schemat</translation>
        </message>
        <message>
            <source>Move to another &amp;day…</source>
            <translation>Flytta till en annan &amp;dag…</translation>
        </message>
        <message>
            <source>Move the selected session</source>
            <translation>Flytta markerat tillfälle</translation>
        </message>
        <message>
            <source>Cancel sessi&amp;on…</source>
            <translation>&amp;Ställ in tillfälle…</translation>
        </message>
        <message>
            <source>Cancel or restore the selected session</source>
            <translation>Ställ in eller återställ markerat tillfälle</translation>
        </message>
        <message>
            <source>Rest&amp;ore cancelled</source>
            <translation>Åter&amp;ställ inställt tillfälle</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Ställ in tillfälle</translation>
        </message>
        <message>
            <source>Why is the session on %1 cancelled? (optional)</source>
            <translation>Varför ställs tillfället %1 in? (frivilligt)</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Inte ändrad</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>Aktivitetstyp</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>G&amp;roups of meeting places</source>
            <translation>G&amp;rupper av mötesplatser</translation>
        </message>
        <message>
            <source>Repor&amp;t periods</source>
            <translation>Rappor&amp;tperioder</translation>
        </message>
        <message>
            <source>Experience survey</source>
            <translation>Upplevelseenkät</translation>
        </message>
        <message>
            <source>Group types: %1. They are fixed in the journal (the reports count by them), so they cannot be changed here.</source>
            <translation>Grupptyper: %1. De är fasta i journalen (rapporterna räknar efter dem) och kan inte ändras här.</translation>
        </message>
        <message>
            <source>The meeting place %1 is added.</source>
            <translation>Mötesplatsen %1 är tillagd.</translation>
        </message>
        <message>
            <source>The category %1 is added.</source>
            <translation>Kategorin %1 är tillagd.</translation>
        </message>
        <message>
            <source>Choose a category in the list first.</source>
            <translation>Välj först en kategori i listan.</translation>
        </message>
        <message>
            <source>The category %1 is now called %2.</source>
            <translation>Kategorin %1 heter nu %2.</translation>
        </message>
        <message>
            <source>%1 is moved up.</source>
            <translation>%1 är flyttad uppåt.</translation>
        </message>
        <message>
            <source>%1 is moved down.</source>
            <translation>%1 är flyttad nedåt.</translation>
        </message>
        <message>
            <source>The category %1 is retired: the log grid no longer offers it, earlier tables keep it. Add the same name again to bring it back.</source>
            <translation>Kategorin %1 är pensionerad: registreringsrutnätet visar den inte längre, tidigare tabeller behåller den. Lägg till samma namn igen för att ta tillbaka den.</translation>
        </message>
        <message>
            <source>The age band %1 is added.</source>
            <translation>Åldersgruppen %1 är tillagd.</translation>
        </message>
        <message>
            <source>Choose an age band in the list first.</source>
            <translation>Välj först en åldersgrupp i listan.</translation>
        </message>
        <message>
            <source>The age band %1 is corrected to %2.</source>
            <translation>Åldersgruppen %1 är rättad till %2.</translation>
        </message>
        <message>
            <source>The age band %1 is retired: the log grid no longer offers it, earlier tables keep it.</source>
            <translation>Åldersgruppen %1 är pensionerad: registreringsrutnätet visar den inte längre, tidigare tabeller behåller den.</translation>
        </message>
        <message>
            <source>The log grid now has a column for gender not stated.</source>
            <translation>Registreringsrutnätet har nu en kolumn för kön ej angivet.</translation>
        </message>
        <message>
            <source>The log grid no longer has a column for gender not stated.</source>
            <translation>Registreringsrutnätet har inte längre någon kolumn för kön ej angivet.</translation>
        </message>
        <message>
            <source>The activity type %1 is added.</source>
            <translation>Aktivitetstypen %1 är tillagd.</translation>
        </message>
        <message>
            <source>Choose an activity type in the list first.</source>
            <translation>Välj först en aktivitetstyp i listan.</translation>
        </message>
        <message>
            <source>The activity type %1 is now called %2.</source>
            <translation>Aktivitetstypen %1 heter nu %2.</translation>
        </message>
        <message>
            <source>The activity type %1 is retired: roll calls no longer offer it, sessions that had it keep it.</source>
            <translation>Aktivitetstypen %1 är pensionerad: närvarolistan erbjuder den inte längre, tillfällen som hade den behåller den.</translation>
        </message>
        <message>
            <source>The type %1 is added.</source>
            <translation>Typen %1 är tillagd.</translation>
        </message>
        <message>
            <source>Choose a type in the list first.</source>
            <translation>Välj först en typ i listan.</translation>
        </message>
        <message>
            <source>The type %1 is now called %2.</source>
            <translation>Typen %1 heter nu %2.</translation>
        </message>
        <message>
            <source>The type %1 is retired: new activities are not offered it, earlier ones keep it.</source>
            <translation>Typen %1 är pensionerad: nya aktiviteter erbjuds den inte, tidigare behåller den.</translation>
        </message>
        <message>
            <source>Choose a partner in the list first.</source>
            <translation>Välj först en partner i listan.</translation>
        </message>
        <message>
            <source>%1 is saved as an employer.</source>
            <translation>%1 är sparad som arbetsgivare.</translation>
        </message>
        <message>
            <source>%1 is saved (not an employer).</source>
            <translation>%1 är sparad (inte arbetsgivare).</translation>
        </message>
        <message numerus="yes">
            <source>Follow-up %n month(s) after closing;</source>
            <translation>
                <numerusform>Uppföljning %n månad efter avslut;</numerusform>
                <numerusform>Uppföljning %n månader efter avslut;</numerusform>
            </translation>
        </message>
        <message>
            <source>goal %1 %.</source>
            <translation>mål %1 %.</translation>
        </message>
        <message>
            <source>Settings for meeting places</source>
            <translation>Inställningar för mötesplatser</translation>
        </message>
        <message>
            <source>Every change is saved at once and recorded in the audit log.</source>
            <translation>Varje ändring sparas direkt och skrivs i händelseloggen.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Meeting &amp;places</source>
            <translation>Mötes&amp;platser</translation>
        </message>
        <message>
            <source>Meeting places</source>
            <translation>Mötesplatser</translation>
        </message>
        <message>
            <source>&amp;New meeting place:</source>
            <translation>&amp;Ny mötesplats:</translation>
        </message>
        <message>
            <source>Name of the new meeting place</source>
            <translation>Namnet på den nya mötesplatsen</translation>
        </message>
        <message>
            <source>&amp;Add meeting place</source>
            <translation>Lägg &amp;till mötesplats</translation>
        </message>
        <message>
            <source>Add meeting place</source>
            <translation>Lägg till mötesplats</translation>
        </message>
        <message>
            <source>A new meeting place gets the default categories and age bands; change them on the next tabs.</source>
            <translation>En ny mötesplats får de vanliga kategorierna och åldersgrupperna; ändra dem på nästa flikar.</translation>
        </message>
        <message>
            <source>&amp;Categories</source>
            <translation>&amp;Kategorier</translation>
        </message>
        <message>
            <source>M&amp;eeting place:</source>
            <translation>M&amp;ötesplats:</translation>
        </message>
        <message>
            <source>Meeting place whose list is shown</source>
            <translation>Mötesplatsen vars lista visas</translation>
        </message>
        <message>
            <source>Categories of the meeting place</source>
            <translation>Mötesplatsens kategorier</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;mn:</translation>
        </message>
        <message>
            <source>Name of a category</source>
            <translation>Kategorins namn</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>Lägg &amp;till</translation>
        </message>
        <message>
            <source>Add a category with this name</source>
            <translation>Lägg till en kategori med det här namnet</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Byt namn</translation>
        </message>
        <message>
            <source>Rename the chosen category</source>
            <translation>Byt namn på den valda kategorin</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <source>Move the chosen category up</source>
            <translation>Flytta upp den valda kategorin</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <source>Move the chosen category down</source>
            <translation>Flytta ned den valda kategorin</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Pensi&amp;onera</translation>
        </message>
        <message>
            <source>Retire the chosen category</source>
            <translation>Pensionera den valda kategorin</translation>
        </message>
        <message>
            <source>The order here is the order of the log grid's rows and of the drop-in table. A category that has been used cannot be renamed: retire it and add a new one, so that earlier tables keep its name. Adding a retired category's name again brings it back.</source>
            <translation>Ordningen här är ordningen på registreringsrutnätets rader och i drop in-tabellen. En kategori som har använts kan inte byta namn: pensionera den och lägg till en ny, så att tidigare tabeller behåller dess namn. Lägger du till en pensionerad kategoris namn igen kommer den tillbaka.</translation>
        </message>
        <message>
            <source>A&amp;ge bands</source>
            <translation>Å&amp;ldersgrupper</translation>
        </message>
        <message>
            <source>Age bands of the meeting place</source>
            <translation>Mötesplatsens åldersgrupper</translation>
        </message>
        <message>
            <source>Age &amp;band:</source>
            <translation>&amp;Åldersgrupp:</translation>
        </message>
        <message>
            <source>Age band, for example 16-17 or 65+</source>
            <translation>Åldersgrupp, till exempel 16-17 eller 65+</translation>
        </message>
        <message>
            <source>e.g. 16-17 or 65+</source>
            <translation>t.ex. 16-17 eller 65+</translation>
        </message>
        <message>
            <source>Add an age band</source>
            <translation>Lägg till en åldersgrupp</translation>
        </message>
        <message>
            <source>C&amp;orrect</source>
            <translation>R&amp;ätta</translation>
        </message>
        <message>
            <source>Correct the chosen age band</source>
            <translation>Rätta den valda åldersgruppen</translation>
        </message>
        <message>
            <source>Retire the chosen age band</source>
            <translation>Pensionera den valda åldersgruppen</translation>
        </message>
        <message>
            <source>Age bands are ordered by age. The default bands stay as they are, so earlier tables do not change; add a band such as 16-17 or 65+ where it is needed. Only a band that has never been used can be corrected; a used one is retired and a new one added.</source>
            <translation>Åldersgrupperna ordnas efter ålder. De vanliga grupperna står kvar som de är, så tidigare tabeller ändras inte; lägg till en grupp som 16-17 eller 65+ där den behövs. Bara en grupp som aldrig har använts kan rättas; en använd grupp pensioneras och en ny läggs till.</translation>
        </message>
        <message>
            <source>&amp;Log grid</source>
            <translation>Registrerings&amp;rutnät</translation>
        </message>
        <message>
            <source>Show a column for gender &amp;not stated (Ej angivet) in the log grid</source>
            <translation>Visa en kolumn för kön &amp;ej angivet i registreringsrutnätet</translation>
        </message>
        <message>
            <source>Column for gender not stated in the log grid</source>
            <translation>Kolumn för kön ej angivet i registreringsrutnätet</translation>
        </message>
        <message>
            <source>Off by default: a quick case whose gender is not stated is then logged with Ctrl+E. The setting belongs to the journal: every desk on it shows the column.</source>
            <translation>Av från början: ett snabbärende där kön inte är angivet registreras då med Ctrl+E. Inställningen hör till journalen: alla datorer som arbetar i den visar kolumnen.</translation>
        </message>
        <message>
            <source>Group acti&amp;vities</source>
            <translation>Grupp&amp;aktiviteter</translation>
        </message>
        <message>
            <source>Activity types offered when a session's roll call is taken:</source>
            <translation>Aktivitetstyper som erbjuds när närvaron tas vid ett tillfälle:</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Aktivitetstyper</translation>
        </message>
        <message>
            <source>Name of an activity type</source>
            <translation>Aktivitetstypens namn</translation>
        </message>
        <message>
            <source>Add an activity type</source>
            <translation>Lägg till en aktivitetstyp</translation>
        </message>
        <message>
            <source>Rename the chosen activity type</source>
            <translation>Byt namn på den valda aktivitetstypen</translation>
        </message>
        <message>
            <source>Retire the chosen activity type</source>
            <translation>Pensionera den valda aktivitetstypen</translation>
        </message>
        <message>
            <source>&amp;Activities and events</source>
            <translation>Aktiviteter och e&amp;venemang</translation>
        </message>
        <message>
            <source>Types of activities and events, in the order of the aktiviteter report:</source>
            <translation>Typer av aktiviteter och evenemang, i aktivitetsrapportens ordning:</translation>
        </message>
        <message>
            <source>Types of activities and events</source>
            <translation>Typer av aktiviteter och evenemang</translation>
        </message>
        <message>
            <source>Name of a type of activity or event</source>
            <translation>Namn på en typ av aktivitet eller evenemang</translation>
        </message>
        <message>
            <source>Add a type of activity or event</source>
            <translation>Lägg till en typ av aktivitet eller evenemang</translation>
        </message>
        <message>
            <source>Rename the chosen type</source>
            <translation>Byt namn på den valda typen</translation>
        </message>
        <message>
            <source>Move the chosen type up</source>
            <translation>Flytta upp den valda typen</translation>
        </message>
        <message>
            <source>Move the chosen type down</source>
            <translation>Flytta ned den valda typen</translation>
        </message>
        <message>
            <source>Retire the chosen type</source>
            <translation>Pensionera den valda typen</translation>
        </message>
        <message>
            <source>A retired type is no longer offered; activities of that type keep it, and the report shows it where it was used.</source>
            <translation>En pensionerad typ erbjuds inte längre; aktiviteter av den typen behåller den, och rapporten visar den där den använts.</translation>
        </message>
        <message>
            <source>Partn&amp;ers</source>
            <translation>&amp;Samverkanspartner</translation>
        </message>
        <message>
            <source>Partners and employers</source>
            <translation>Partner och arbetsgivare</translation>
        </message>
        <message>
            <source>Name of the chosen partner</source>
            <translation>Den valda partnerns namn</translation>
        </message>
        <message>
            <source>Is an emplo&amp;yer</source>
            <translation>&amp;Är arbetsgivare</translation>
        </message>
        <message>
            <source>The partner is an employer</source>
            <translation>Partnern är en arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Save partner</source>
            <translation>Spara än&amp;dringen</translation>
        </message>
        <message>
            <source>Save the chosen partner's name and whether it is an employer</source>
            <translation>Spara den valda partnerns namn och om den är arbetsgivare</translation>
        </message>
        <message>
            <source>New partners join the register when an activity names them. Here a name is corrected, or a partner marked as an employer.</source>
            <translation>Nya partner kommer in i registret när en aktivitet nämner dem. Här rättas ett namn, eller en partner markeras som arbetsgivare.</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>Uppföljnin&amp;g</translation>
        </message>
        <message>
            <source>Follow-up due after (&amp;months):</source>
            <translation>Uppföljning efter (&amp;månader):</translation>
        </message>
        <message>
            <source>Months after closing that the follow-up falls due</source>
            <translation>Antal månader efter avslutet då uppföljningen ska göras</translation>
        </message>
        <message>
            <source>G&amp;oal:</source>
            <translation>M&amp;ål:</translation>
        </message>
        <message>
            <source>The goal, per cent self-sufficient of those followed up</source>
            <translation>Målet, andel i procent med egen försörjning av de uppföljda</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Closing &amp;reasons that count as a completed insats (and get a follow-up):</source>
            <translation>Avsl&amp;utsorsaker som räknas som fullföljd insats (och följs upp):</translation>
        </message>
        <message>
            <source>Closing reasons that get a follow-up</source>
            <translation>Avslutsorsaker som följs upp</translation>
        </message>
        <message>
            <source>&amp;Save follow-up settings</source>
            <translation>Spara &amp;inställningarna för uppföljning</translation>
        </message>
        <message>
            <source>Save the follow-up settings</source>
            <translation>Spara inställningarna för uppföljning</translation>
        </message>
        <message>
            <source>The nämnd's goal: at least 70 % of those who complete an insats aimed at self-sufficiency have reached it six months later. The settings belong to the journal.</source>
            <translation>Nämndens mål: minst 70 % av dem som fullföljer en insats mot egen försörjning har nått den sex månader senare. Inställningarna gäller hela journalen.</translation>
        </message>
    </context>
    <context>
        <name>SideBySideModel</name>
        <message>
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Vägledare</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Skillnad</translation>
        </message>
    </context>
    <context>
        <name>SiteGroupModel</name>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Meeting places</source>
            <translation>Mötesplatser</translation>
        </message>
    </context>
    <context>
        <name>SiteGroupsPanel</name>
        <message>
            <source>A group is reported as one place: reports that show a block of columns per meeting place show one for the group, and every report can be made for it. Its name cannot be a meeting place's name.</source>
            <translation>En grupp redovisas som en plats: rapporter som visar ett block av kolumner per mötesplats visar ett för gruppen, och varje rapport kan tas fram för den. Den kan inte heta som en mötesplats.</translation>
        </message>
        <message>
            <source>Groups of meeting places</source>
            <translation>Grupper av mötesplatser</translation>
        </message>
        <message>
            <source>Name of the group</source>
            <translation>Gruppens namn</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Meeting places in the group</source>
            <translation>Mötesplatser i gruppen</translation>
        </message>
        <message>
            <source>Meeting places in the &amp;group (tick with the space bar):</source>
            <translation>Mötesplatser i &amp;gruppen (markera med mellanslag):</translation>
        </message>
        <message>
            <source>&amp;Add group</source>
            <translation>&amp;Lägg till grupp</translation>
        </message>
        <message>
            <source>Add a group with this name and these places</source>
            <translation>Lägg till en grupp med detta namn och dessa mötesplatser</translation>
        </message>
        <message>
            <source>&amp;Save meeting places</source>
            <translation>&amp;Spara mötesplatserna</translation>
        </message>
        <message>
            <source>Save the chosen group's meeting places</source>
            <translation>Spara den valda gruppens mötesplatser</translation>
        </message>
        <message>
            <source>&amp;Remove group</source>
            <translation>&amp;Ta bort grupp</translation>
        </message>
        <message>
            <source>Remove the chosen group</source>
            <translation>Ta bort den valda gruppen</translation>
        </message>
        <message>
            <source>The group %1 is added.</source>
            <translation>Gruppen %1 är tillagd.</translation>
        </message>
        <message>
            <source>The group %1 has its meeting places saved.</source>
            <translation>Gruppens %1 mötesplatser är sparade.</translation>
        </message>
        <message>
            <source>The group %1 is removed; its meeting places and their records stay.</source>
            <translation>Gruppen %1 är borttagen; mötesplatserna och deras uppgifter finns kvar.</translation>
        </message>
    </context>
    <context>
        <name>SiteModel</name>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorier</translation>
        </message>
        <message>
            <source>Age bands</source>
            <translation>Åldersgrupper</translation>
        </message>
    </context>
    <context>
        <name>SitePage</name>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Where does this desk log its visits?</source>
            <translation>Var registrerar den här disken sina besök?</translation>
        </message>
        <message>
            <source>Pick the meeting place from the list, or type the name of a new one: it is created with the usual categories and age bands, which a team lead can change.</source>
            <translation>Välj mötesplats i listan eller skriv namnet på en ny: den skapas med de vanliga kategorierna och åldersgrupperna, som en teamledare kan ändra.</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Mötesplats:</translation>
        </message>
        <message>
            <source>e.g. Fröslunda</source>
            <translation>t.ex. Fröslunda</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>e.g. Eskilstuna kommun (optional)</source>
            <translation>t.ex. Eskilstuna kommun (frivilligt)</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Enhet:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>e.g. Arbetsmarknadsförvaltningen (optional)</source>
            <translation>t.ex. Arbetsmarknadsförvaltningen (frivilligt)</translation>
        </message>
        <message>
            <source>Printed in the footer and the file properties of every report.</source>
            <translation>Skrivs i sidfoten och i filegenskaperna för varje rapport.</translation>
        </message>
    </context>
    <context>
        <name>Speaker</name>
        <message>
            <source>Read aloud</source>
            <translation>Läs upp</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Staff and roles</source>
            <translation>Personal och roller</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Name or initials</source>
            <translation>Namn eller initialer</translation>
        </message>
        <message>
            <source>Name or initials of the new staff member</source>
            <translation>Namn eller initialer för den nya medarbetaren</translation>
        </message>
        <message>
            <source>Role of the new staff member</source>
            <translation>Roll för den nya medarbetaren</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Lägg till medarbetare</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Byt &amp;roll…</translation>
        </message>
        <message>
            <source>Give &amp;start code…</source>
            <translation>Ge &amp;startkod…</translation>
        </message>
        <message>
            <source>New re&amp;covery code…</source>
            <translation>Ny åte&amp;rställningskod…</translation>
        </message>
        <message>
            <source>Start code for %1</source>
            <translation>Startkod för %1</translation>
        </message>
        <message>
            <source>The start code for %1 is %2

It is shown only this once. %1 enters it at the next login and then chooses their own PIN; until then the old PIN no longer works.</source>
            <translation>Startkoden för %1 är %2

Den visas bara den här gången. %1 skriver den vid nästa inloggning och väljer sedan en egen PIN-kod; den gamla PIN-koden gäller inte längre.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Återställningskod</translation>
        </message>
        <message>
            <source>The journal's recovery code is %1

It is shown only this once. Keep it in the office safe: with it, anyone at the login screen can give any account a new start code (Forgotten PIN). Any earlier code no longer works.</source>
            <translation>Journalens återställningskod är %1

Den visas bara den här gången. Förvara den i kontorets kassaskåp: med den kan vem som helst vid inloggningen ge ett konto en ny startkod (Glömt PIN-kod). En tidigare kod gäller inte längre.</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>&amp;Inaktivera/aktivera</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Byt roll</translation>
        </message>
        <message>
            <source>Role for %1:</source>
            <translation>Roll för %1:</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
    </context>
    <context>
        <name>SurveyForm</name>
        <message>
            <source>Experience survey – %1</source>
            <translation>Upplevelseenkät – %1</translation>
        </message>
        <message>
            <source>Experience survey (anonymous)</source>
            <translation>Upplevelseenkät (anonym)</translation>
        </message>
        <message>
            <source>Keys: 1–5, − = don't want to answer, ← → move, Enter = next, Backspace = back</source>
            <translation>Tangenter: 1–5, − = vill inte svara, ← → flytta, Enter = nästa, Backsteg = tillbaka</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>Andra språk</translation>
        </message>
        <message>
            <source>Swedish only</source>
            <translation>Bara svenska</translation>
        </message>
        <message>
            <source>Second &amp;language:</source>
            <translation>Andra &amp;språk:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Stop the survey?</source>
            <translation>Avbryta enkäten?</translation>
        </message>
        <message>
            <source>The answers given so far are not saved.</source>
            <translation>Svaren som getts hittills sparas inte.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStatementsTab</name>
        <message>
            <source>The statements of the experience survey, in the order they are asked (1–%1). A statement taken out of use keeps its answers; rewording keeps them too, so change the words only, not the meaning.</source>
            <translation>Upplevelseenkätens påståenden, i den ordning de ställs (1–%1). Ett påstående som tas ur bruk behåller sina svar; det gör även ett omformulerat, så ändra bara orden, inte innebörden.</translation>
        </message>
        <message>
            <source>Survey statements</source>
            <translation>Enkätens påståenden</translation>
        </message>
        <message>
            <source>&amp;Statement:</source>
            <translation>&amp;Påstående:</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Change the words</source>
            <translation>Ändra orden</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>Take out of use</source>
            <translation>Ta ur bruk</translation>
        </message>
        <message>
            <source>Statement added.</source>
            <translation>Påståendet är tillagt.</translation>
        </message>
        <message>
            <source>Statement changed.</source>
            <translation>Påståendet är ändrat.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Ordningen är sparad.</translation>
        </message>
        <message>
            <source>Statement taken out of use; its answers are kept.</source>
            <translation>Påståendet används inte längre; dess svar finns kvar.</translation>
        </message>
    </context>
    <context>
        <name>TallyPage</name>
        <message>
            <source>Totals</source>
            <translation>Summor</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Senaste åtgärd</translation>
        </message>
        <message>
            <source>&amp;Undo (Ctrl+Z)</source>
            <translation>Å&amp;ngra (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the last entry</source>
            <translation>Ångra senaste registreringen</translation>
        </message>
        <message>
            <source>Several or other &amp;time… (Ctrl+E)</source>
            <translation>Flera eller annan &amp;tid… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Log several or at another time</source>
            <translation>Registrera flera eller vid en annan tid</translation>
        </message>
        <message>
            <source>Same &amp;visitor</source>
            <translation>Samma &amp;besökare</translation>
        </message>
        <message>
            <source>Same visitor: the next entries are one visit</source>
            <translation>Samma besökare: nästa registreringar är ett besök</translation>
        </message>
        <message>
            <source>&amp;Returning</source>
            <translation>Åter&amp;kommande</translation>
        </message>
        <message>
            <source>The visitor has been here before</source>
            <translation>Besökaren har varit här förut</translation>
        </message>
        <message>
            <source>The day's backup of the journal could not be made (%1). It is tried again with the next entry.</source>
            <translation>Dagens säkerhetskopia av journalen kunde inte göras (%1). Den görs på nytt vid nästa registrering.</translation>
        </message>
        <message>
            <source>Click a cell to log one quick case.</source>
            <translation>Klicka på en ruta för att registrera ett snabbärende.</translation>
        </message>
        <message numerus="yes">
            <source>%n quick case(s) today — click to log one more</source>
            <translation>
                <numerusform>%n snabbärende idag – klicka för att registrera ett till</numerusform>
                <numerusform>%n snabbärenden idag – klicka för att registrera ett till</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %n quick case(s)</source>
            <translation>
                <numerusform>Idag: %n snabbärende</numerusform>
                <numerusform>Idag: %n snabbärenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n quick case(s)</source>
            <translation>
                <numerusform>%1: %n snabbärende</numerusform>
                <numerusform>%1: %n snabbärenden</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Registrerat</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Inget att ångra.</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Ångrat</translation>
        </message>
        <message>
            <source>Logged again</source>
            <translation>Registrerat igen</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Previous day</source>
            <translation>Föregående dag</translation>
        </message>
        <message>
            <source>The day before (Alt+Left)</source>
            <translation>Dagen före (Alt+Vänsterpil)</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>Datu&amp;m:</translation>
        </message>
        <message>
            <source>Day shown</source>
            <translation>Visad dag</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Nästa dag</translation>
        </message>
        <message>
            <source>The day after (Alt+Right)</source>
            <translation>Dagen efter (Alt+Högerpil)</translation>
        </message>
        <message>
            <source>Today (Alt+Home)</source>
            <translation>Idag (Alt+Home)</translation>
        </message>
        <message>
            <source>Show today</source>
            <translation>Visa idag</translation>
        </message>
        <message>
            <source>The day's entries</source>
            <translation>Dagens registreringar</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Senaste ändring</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>Ä&amp;ndra…</translation>
        </message>
        <message>
            <source>Change the selected entry</source>
            <translation>Ändra markerad registrering</translation>
        </message>
        <message>
            <source>Change the category, age band or gender of the selected entry (F2)</source>
            <translation>Ändra kategori, åldersgrupp eller kön för markerad registrering (F2)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Ta &amp;bort…</translation>
        </message>
        <message>
            <source>Remove the selected entries</source>
            <translation>Ta bort markerade registreringar</translation>
        </message>
        <message>
            <source>Remove mistaken entries with a reason; several rows may be selected (Delete)</source>
            <translation>Ta bort felaktiga registreringar med en anledning; flera rader kan markeras (Delete)</translation>
        </message>
        <message>
            <source>Remove &amp;whole registration…</source>
            <translation>Ta bort he&amp;la registreringen…</translation>
        </message>
        <message>
            <source>Remove the whole registration</source>
            <translation>Ta bort hela registreringen</translation>
        </message>
        <message>
            <source>Remove every entry logged together with the selected one, e.g. a 4 ×</source>
            <translation>Ta bort alla som registrerades tillsammans med den markerade, t.ex. en 4 ×</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Idag, %1</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>inget registrerat</translation>
        </message>
        <message numerus="yes">
            <source>%n quick case(s) counted</source>
            <translation>
                <numerusform>%n snabbärende räknas</numerusform>
                <numerusform>%n snabbärenden räknas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n borttagen</numerusform>
                <numerusform>%n borttagna</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <translation>%1 på %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Remove &amp;whole registration (%n)…</source>
            <translation>
                <numerusform>Ta bort he&amp;la registreringen (%n st)…</numerusform>
                <numerusform>Ta bort he&amp;la registreringen (%n st)…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3 at %4</source>
            <translation>%1 · %2 · %3 kl. %4</translation>
        </message>
        <message>
            <source>Changed: %1 → %2</source>
            <translation>Ändrad: %1 → %2</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Inget ändrades.</translation>
        </message>
        <message>
            <source>Why is %1 removed?</source>
            <translation>Varför tas %1 bort?</translation>
        </message>
        <message numerus="yes">
            <source>Why are the %n selected entries removed?</source>
            <translation>
                <numerusform>Varför tas %n markerad registrering bort?</numerusform>
                <numerusform>Varför tas de %n markerade registreringarna bort?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The whole registration is removed: %n entries of %1. Why?</source>
            <translation>
                <numerusform>Hela registreringen tas bort: %n registrering av %1. Varför?</numerusform>
                <numerusform>Hela registreringen tas bort: %n registreringar av %1. Varför?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove whole registration</source>
            <translation>Ta bort hela registreringen</translation>
        </message>
        <message>
            <source>Wrong click</source>
            <translation>Felklick</translation>
        </message>
        <message>
            <source>Logged twice</source>
            <translation>Dubbelregistrering</translation>
        </message>
        <message>
            <source>Wrong category</source>
            <translation>Fel kategori</translation>
        </message>
        <message>
            <source>Wrong age band</source>
            <translation>Fel åldersgrupp</translation>
        </message>
        <message>
            <source>Wrong gender</source>
            <translation>Fel kön</translation>
        </message>
        <message numerus="yes">
            <source>%n entries removed.</source>
            <translation>
                <numerusform>%n registrering borttagen.</numerusform>
                <numerusform>%n registreringar borttagna.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Ta bort registrering</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Inte borttagen</translation>
        </message>
    </context>
    <context>
        <name>Under30Dialog</name>
        <message numerus="yes">
            <source>%n participant(s) under 30 hours</source>
            <translation>
                <numerusform>%n deltagare under 30 timmar</numerusform>
                <numerusform>%n deltagare under 30 timmar</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Show the case</source>
            <translation>&amp;Visa ärendet</translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 timmar i veckan</translation>
        </message>
        <message>
            <source>Participants under 30 hours a week</source>
            <translation>Deltagare under 30 timmar i veckan</translation>
        </message>
    </context>
    <context>
        <name>Under30Model</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Mötesplats</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Vägledare</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <source>Latest attended</source>
            <translation>Senast närvaro</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Planned and attended under 30</source>
            <translation>Planerat och närvaro under 30</translation>
        </message>
        <message>
            <source>Planned under 30</source>
            <translation>Planerat under 30</translation>
        </message>
        <message>
            <source>Attended under 30</source>
            <translation>Närvaro under 30</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Woman</source>
            <translation>Kvinna</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kvinnor</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Män</translation>
        </message>
    </context>
</TS>
