<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>App</name>
        <message>
            <source>The journal cannot be opened</source>
            <translation>Journalen kan inte öppnas</translation>
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
            <translation>K&amp;ön:</translation>
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
        <name>FirstStartDialog</name>
        <message>
            <source>e.g. Fröslunda</source>
            <translation>t.ex. Fröslunda</translation>
        </message>
        <message>
            <source>e.g. AB</source>
            <translation>t.ex. AB</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Börja</translation>
        </message>
        <message>
            <source>Choose or type a meeting place.</source>
            <translation>Välj eller skriv en mötesplats.</translation>
        </message>
        <message>
            <source>Write your name or initials.</source>
            <translation>Skriv ditt namn eller dina initialer.</translation>
        </message>
        <message>
            <source>Welcome to Vägledare</source>
            <translation>Välkommen till Vägledare</translation>
        </message>
        <message>
            <source>Choose the meeting place where this desk logs its visits, and write your name or initials. You will not be asked again on this computer.</source>
            <translation>Välj den mötesplats där besöken vid den här disken registreras, och skriv ditt namn eller dina initialer. Du får inte frågan igen på den här datorn.</translation>
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
            <source>Pick a meeting place or type the name of a new one</source>
            <translation>Välj en mötesplats eller skriv namnet på en ny</translation>
        </message>
        <message>
            <source>Your &amp;name or initials:</source>
            <translation>Ditt &amp;namn eller initialer:</translation>
        </message>
        <message>
            <source>Your name or initials</source>
            <translation>Ditt namn eller initialer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Vägledare – %1</source>
            <translation>Vägledare – %1</translation>
        </message>
        <message>
            <source>&amp;Log (Ctrl+1)</source>
            <translation>&amp;Registrera (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Today (Ctrl+2)</source>
            <translation>&amp;Idag (Ctrl+2)</translation>
        </message>
        <message>
            <source>&amp;Reports (Ctrl+3)</source>
            <translation>R&amp;apporter (Ctrl+3)</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>Journal: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
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
            <source>Today</source>
            <translation>Idag</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Uppdatera</translation>
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
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
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
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>The new language is used the next time Vägledare starts.</source>
            <translation>Det nya språket används nästa gång Vägledare startar.</translation>
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
Ctrl+1 / Ctrl+2 / Ctrl+3: Log, Today, Reports
Delete (in Today): remove the selected entry with a reason
F5: refresh the counts</source>
            <translation>Piltangenter: flytta mellan rutorna
Mellanslag eller Enter: registrera ett snabbärende i rutan
Ctrl+Z: ångra senaste registreringen    Ctrl+Skift+Z: gör om
Ctrl+E: registrera flera eller vid annan tid (eller högerklicka på en ruta)
Ctrl+1 / Ctrl+2 / Ctrl+3: Registrera, Idag, Rapporter
Delete (i Idag): ta bort markerad registrering med en anledning
F5: uppdatera siffrorna</translation>
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
        <name>ReportPage</name>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Interim period 1 (Jan–Apr)</source>
            <translation>Delår 1 (jan–apr)</translation>
        </message>
        <message>
            <source>Interim period 2 (Jan–Aug)</source>
            <translation>Delår 2 (jan–aug)</translation>
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
            <source>Quarter %1</source>
            <translation>Kvartal %1</translation>
        </message>
        <message>
            <source>Choose at least one meeting place.</source>
            <translation>Välj minst en mötesplats.</translation>
        </message>
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
            <source>Save report</source>
            <translation>Spara rapport</translation>
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
            <source>Click a cell to log one quick case.</source>
            <translation>Klicka på en ruta för att registrera ett snabbärende.</translation>
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
        <message>
            <source>%1 today — click to log one more</source>
            <translation>%1 idag – klicka för att registrera ett till</translation>
        </message>
        <message>
            <source>Today: %1   ·   %2: %3</source>
            <translation>Idag: %1   ·   %2: %3</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today's entries</source>
            <translation>Dagens registreringar</translation>
        </message>
        <message>
            <source>&amp;Remove selected…</source>
            <translation>&amp;Ta bort markerad…</translation>
        </message>
        <message>
            <source>Remove the selected entry</source>
            <translation>Ta bort markerad registrering</translation>
        </message>
        <message>
            <source>Remove a mistaken entry (Delete)</source>
            <translation>Ta bort en felaktig registrering (Delete)</translation>
        </message>
        <message>
            <source>Today at %1: %2 counted, %3 removed</source>
            <translation>Idag på %1: %2 räknas, %3 borttagna</translation>
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
        <message>
            <source>Remove entry</source>
            <translation>Ta bort registrering</translation>
        </message>
        <message>
            <source>Why is %1 · %2 at %3 removed?</source>
            <translation>Varför tas %1 · %2 kl. %3 bort?</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Inte borttagen</translation>
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
