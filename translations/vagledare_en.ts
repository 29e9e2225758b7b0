<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>App</name>
        <message>
            <source>The journal cannot be opened</source>
            <translation>The journal cannot be opened</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Choose another file…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Open journal</source>
            <translation>Open journal</translation>
        </message>
        <message>
            <source>Vägledare journal (*.sqlite *.db);;All files (*)</source>
            <translation>Vägledare journal (*.sqlite *.db);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>%1 × %2 · %3 · %4 at %5</source>
            <translation>%1 × %2 · %3 · %4 at %5</translation>
        </message>
        <message>
            <source>Log several or at another time</source>
            <translation>Log several or at another time</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>&amp;Age band:</source>
            <translation>&amp;Age band:</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>Number of quick cases</source>
            <translation>Number of quick cases</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>Date and time of the visit</source>
            <translation>Date and time of the visit</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>e.g. Fröslunda</source>
            <translation>e.g. Fröslunda</translation>
        </message>
        <message>
            <source>e.g. AB</source>
            <translation>e.g. AB</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Choose or type a meeting place.</source>
            <translation>Choose or type a meeting place.</translation>
        </message>
        <message>
            <source>Write your name or initials.</source>
            <translation>Write your name or initials.</translation>
        </message>
        <message>
            <source>Welcome to Vägledare</source>
            <translation>Welcome to Vägledare</translation>
        </message>
        <message>
            <source>Choose the meeting place where this desk logs its visits, and write your name or initials. You will not be asked again on this computer.</source>
            <translation>Choose the meeting place where this desk logs its visits, and write your name or initials. You will not be asked again on this computer.</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Meeting place:</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Pick a meeting place or type the name of a new one</source>
            <translation>Pick a meeting place or type the name of a new one</translation>
        </message>
        <message>
            <source>Your &amp;name or initials:</source>
            <translation>Your &amp;name or initials:</translation>
        </message>
        <message>
            <source>Your name or initials</source>
            <translation>Your name or initials</translation>
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
            <translation>&amp;Log (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Today (Ctrl+2)</source>
            <translation>&amp;Today (Ctrl+2)</translation>
        </message>
        <message>
            <source>&amp;Reports (Ctrl+3)</source>
            <translation>&amp;Reports (Ctrl+3)</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>Journal: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo last entry</source>
            <translation>&amp;Undo last entry</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Log &amp;several or at another time…</source>
            <translation>Log &amp;several or at another time…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Vägledare</source>
            <translation>&amp;About Vägledare</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used the next time Vägledare starts.</source>
            <translation>The new language is used the next time Vägledare starts.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Arrow keys: move between cells
Space or Enter: log one quick case in the cell
Ctrl+Z: undo the last entry    Ctrl+Shift+Z: redo
Ctrl+E: log several or at another time (or right-click a cell)
Ctrl+1 / Ctrl+2 / Ctrl+3: Log, Today, Reports
Delete (in Today): remove the selected entry with a reason
F5: refresh the counts</source>
            <translation>Arrow keys: move between cells
Space or Enter: log one quick case in the cell
Ctrl+Z: undo the last entry    Ctrl+Shift+Z: redo
Ctrl+E: log several or at another time (or right-click a cell)
Ctrl+1 / Ctrl+2 / Ctrl+3: Log, Today, Reports
Delete (in Today): remove the selected entry with a reason
F5: refresh the counts</translation>
        </message>
        <message>
            <source>About Vägledare</source>
            <translation>About Vägledare</translation>
        </message>
        <message>
            <source>Vägledare %1
The desk journal of a Mötesplats med Jobbcentrum.
Journal: %2</source>
            <translation>Vägledare %1
The desk journal of a Mötesplats med Jobbcentrum.
Journal: %2</translation>
        </message>
    </context>
    <context>
        <name>QuickCaseListModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Removed: %1</source>
            <translation>Removed: %1</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Interim period 1 (Jan–Apr)</source>
            <translation>Interim period 1 (Jan–Apr)</translation>
        </message>
        <message>
            <source>Interim period 2 (Jan–Aug)</source>
            <translation>Interim period 2 (Jan–Aug)</translation>
        </message>
        <message>
            <source>Full year</source>
            <translation>Full year</translation>
        </message>
        <message>
            <source>Free range</source>
            <translation>Free range</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>Quarter %1</translation>
        </message>
        <message>
            <source>Choose at least one meeting place.</source>
            <translation>Choose at least one meeting place.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Month:</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Quarter:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>&amp;Meeting places:</source>
            <translation>&amp;Meeting places:</translation>
        </message>
        <message>
            <source>Meeting places in the report</source>
            <translation>Meeting places in the report</translation>
        </message>
        <message>
            <source>&amp;Show report</source>
            <translation>&amp;Show report</translation>
        </message>
        <message>
            <source>Show report</source>
            <translation>Show report</translation>
        </message>
        <message>
            <source>Report table</source>
            <translation>Report table</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Save as &amp;Excel…</source>
            <translation>Save as &amp;Excel…</translation>
        </message>
        <message>
            <source>Save as Excel</source>
            <translation>Save as Excel</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Save as &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Save as CSV</translation>
        </message>
    </context>
    <context>
        <name>TallyPage</name>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Last action</translation>
        </message>
        <message>
            <source>&amp;Undo (Ctrl+Z)</source>
            <translation>&amp;Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the last entry</source>
            <translation>Undo the last entry</translation>
        </message>
        <message>
            <source>Several or other &amp;time… (Ctrl+E)</source>
            <translation>Several or other &amp;time… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Log several or at another time</source>
            <translation>Log several or at another time</translation>
        </message>
        <message>
            <source>Click a cell to log one quick case.</source>
            <translation>Click a cell to log one quick case.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Logged</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nothing to undo.</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Logged again</source>
            <translation>Logged again</translation>
        </message>
        <message>
            <source>%1 today — click to log one more</source>
            <translation>%1 today — click to log one more</translation>
        </message>
        <message>
            <source>Today: %1   ·   %2: %3</source>
            <translation>Today: %1   ·   %2: %3</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today's entries</source>
            <translation>Today's entries</translation>
        </message>
        <message>
            <source>&amp;Remove selected…</source>
            <translation>&amp;Remove selected…</translation>
        </message>
        <message>
            <source>Remove the selected entry</source>
            <translation>Remove the selected entry</translation>
        </message>
        <message>
            <source>Remove a mistaken entry (Delete)</source>
            <translation>Remove a mistaken entry (Delete)</translation>
        </message>
        <message>
            <source>Today at %1: %2 counted, %3 removed</source>
            <translation>Today at %1: %2 counted, %3 removed</translation>
        </message>
        <message>
            <source>Wrong click</source>
            <translation>Wrong click</translation>
        </message>
        <message>
            <source>Logged twice</source>
            <translation>Logged twice</translation>
        </message>
        <message>
            <source>Wrong category</source>
            <translation>Wrong category</translation>
        </message>
        <message>
            <source>Wrong age band</source>
            <translation>Wrong age band</translation>
        </message>
        <message>
            <source>Wrong gender</source>
            <translation>Wrong gender</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Remove entry</translation>
        </message>
        <message>
            <source>Why is %1 · %2 at %3 removed?</source>
            <translation>Why is %1 · %2 at %3 removed?</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Not removed</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Woman</source>
            <translation>Woman</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
    </context>
</TS>
