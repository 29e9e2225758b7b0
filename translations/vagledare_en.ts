<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>New activity or event</source>
            <translation>New activity or event</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <source> (employer)</source>
            <translation> (employer)</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>New type</translation>
        </message>
        <message>
            <source>Name of the new type of activity:</source>
            <translation>Name of the new type of activity:</translation>
        </message>
        <message>
            <source>Choose a type of activity.</source>
            <translation>Choose a type of activity.</translation>
        </message>
        <message>
            <source>Activity or event</source>
            <translation>Activity or event</translation>
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
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date of the activity</source>
            <translation>Date of the activity</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>Time given</source>
            <translation>Time given</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>Type of activity</source>
            <translation>Type of activity</translation>
        </message>
        <message>
            <source>Add a type to the list</source>
            <translation>Add a type to the list</translation>
        </message>
        <message>
            <source>Add to &amp;list…</source>
            <translation>Add to &amp;list…</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>&amp;Visitors:</source>
            <translation>&amp;Visitors:</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Visitors, women</source>
            <translation>Visitors, women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Visitors, men</source>
            <translation>Visitors, men</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Visitors, gender not stated</source>
            <translation>Visitors, gender not stated</translation>
        </message>
        <message>
            <source>&amp;Employers present:</source>
            <translation>&amp;Employers present:</translation>
        </message>
        <message>
            <source>Number of employers present</source>
            <translation>Number of employers present</translation>
        </message>
        <message>
            <source>&amp;Partners and employers:</source>
            <translation>&amp;Partners and employers:</translation>
        </message>
        <message>
            <source>Partners and employers from the register</source>
            <translation>Partners and employers from the register</translation>
        </message>
        <message>
            <source>New pa&amp;rtners:</source>
            <translation>New pa&amp;rtners:</translation>
        </message>
        <message>
            <source>New partners, separated by |</source>
            <translation>New partners, separated by |</translation>
        </message>
        <message>
            <source>Names separated by |</source>
            <translation>Names separated by |</translation>
        </message>
        <message>
            <source>&amp;Staff:</source>
            <translation>&amp;Staff:</translation>
        </message>
        <message>
            <source>Staff who ran the activity</source>
            <translation>Staff who ran the activity</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No personal identity numbers or names of visitors</source>
            <translation>No personal identity numbers or names of visitors</translation>
        </message>
        <message>
            <source>Why the activity could not be saved</source>
            <translation>Why the activity could not be saved</translation>
        </message>
    </context>
    <context>
        <name>ActivityListDialog</name>
        <message>
            <source>All meeting places</source>
            <translation>All meeting places</translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visitors</source>
            <translation>
                <numerusform>%n visitor</numerusform>
                <numerusform>%n visitors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n employers present</source>
            <translation>
                <numerusform>%n employer present</numerusform>
                <numerusform>%n employers present</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on %2 is saved.</source>
            <translation>%1 on %2 is saved.</translation>
        </message>
        <message>
            <source>The change is saved.</source>
            <translation>The change is saved.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Delete activity</translation>
        </message>
        <message>
            <source>Delete %1 on %2 (%3 visitors)? It is taken out of the reports. Do this only for an activity logged by mistake.</source>
            <translation>Delete %1 on %2 (%3 visitors)? It is taken out of the reports. Do this only for an activity logged by mistake.</translation>
        </message>
        <message>
            <source>%1 on %2 is deleted.</source>
            <translation>%1 on %2 is deleted.</translation>
        </message>
        <message>
            <source>Activities and events</source>
            <translation>Activities and events</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Meeting place:</translation>
        </message>
        <message>
            <source>Meeting place whose activities are shown</source>
            <translation>Meeting place whose activities are shown</translation>
        </message>
        <message>
            <source>←</source>
            <translation>←</translation>
        </message>
        <message>
            <source>Previous month (Alt+Left)</source>
            <translation>Previous month (Alt+Left)</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>→</source>
            <translation>→</translation>
        </message>
        <message>
            <source>Next month (Alt+Right)</source>
            <translation>Next month (Alt+Right)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Activities and events of the month</source>
            <translation>Activities and events of the month</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>Log a new activity or event</source>
            <translation>Log a new activity or event</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Edit the chosen activity</source>
            <translation>Edit the chosen activity</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>Delete the chosen activity</source>
            <translation>Delete the chosen activity</translation>
        </message>
    </context>
    <context>
        <name>ActivityListModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Visitors whose gender was not stated</source>
            <translation>Visitors whose gender was not stated</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Employers</translation>
        </message>
        <message>
            <source>Number of employers present</source>
            <translation>Number of employers present</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The journal cannot be opened</source>
            <translation>The journal cannot be opened</translation>
        </message>
        <message>
            <source>Open a &amp;backup…</source>
            <translation>Open a &amp;backup…</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of this journal found.</source>
            <translation>
                <numerusform>%n backup of this journal found.</numerusform>
                <numerusform>%n backups of this journal found.</numerusform>
            </translation>
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
        <message>
            <source>Open a backup</source>
            <translation>Open a backup</translation>
        </message>
        <message>
            <source>None of the backups in %1 can be read.</source>
            <translation>None of the backups in %1 can be read.</translation>
        </message>
        <message>
            <source>Restore the journal from this backup (the damaged journal is kept aside):</source>
            <translation>Restore the journal from this backup (the damaged journal is kept aside):</translation>
        </message>
        <message>
            <source>Journal on a network drive</source>
            <translation>Journal on a network drive</translation>
        </message>
        <message>
            <source>Read-only journal</source>
            <translation>Read-only journal</translation>
        </message>
        <message>
            <source>The journal has no meeting place or no account with a PIN yet.</source>
            <translation>The journal has no meeting place or no account with a PIN yet.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Sample data</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Coach's view – %1</source>
            <translation>Coach's view – %1</translation>
        </message>
        <message>
            <source>Progress reading – %1</source>
            <translation>Progress reading – %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Swedish only</source>
            <translation>Swedish only</translation>
        </message>
        <message>
            <source>Comment (optional, no names or ID numbers)</source>
            <translation>Comment (optional, no names or ID numbers)</translation>
        </message>
        <message>
            <source>Keys: 1–9, 0 = 10, ← → move, − = don't want to answer, Enter = next, Backspace = back, Ctrl+R = read aloud</source>
            <translation>Keys: 1–9, 0 = 10, ← → move, − = don't want to answer, Enter = next, Backspace = back, Ctrl+R = read aloud</translation>
        </message>
        <message>
            <source>The participant's language</source>
            <translation>The participant's language</translation>
        </message>
        <message>
            <source>Show the participant's language</source>
            <translation>Show the participant's language</translation>
        </message>
        <message>
            <source>beside Swedish</source>
            <translation>beside Swedish</translation>
        </message>
        <message>
            <source>alone</source>
            <translation>alone</translation>
        </message>
        <message>
            <source>draft – review with an interpreter (%1)</source>
            <translation>draft – review with an interpreter (%1)</translation>
        </message>
        <message>
            <source>The coach's view</source>
            <translation>The coach's view</translation>
        </message>
        <message>
            <source>The participant's &amp;language:</source>
            <translation>The participant's &amp;language:</translation>
        </message>
        <message>
            <source>Check the values and save. The participant does not see them here.</source>
            <translation>Check the values and save. The participant does not see them here.</translation>
        </message>
        <message>
            <source>Co&amp;mment (coach, optional):</source>
            <translation>Co&amp;mment (coach, optional):</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Stop the reading?</source>
            <translation>Stop the reading?</translation>
        </message>
        <message>
            <source>The answers given so far are not saved.</source>
            <translation>The answers given so far are not saved.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>Participant &amp;code:</source>
            <translation>Participant &amp;code:</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Participant code</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open the participant code</source>
            <translation>Open the participant code</translation>
        </message>
        <message>
            <source>Participants due for a reading</source>
            <translation>Participants due for a reading</translation>
        </message>
        <message>
            <source>Open a participant code or pick one who is due.</source>
            <translation>Open a participant code or pick one who is due.</translation>
        </message>
        <message>
            <source>&amp;New reading with the participant…</source>
            <translation>&amp;New reading with the participant…</translation>
        </message>
        <message>
            <source>Coach's o&amp;wn view…</source>
            <translation>Coach's o&amp;wn view…</translation>
        </message>
        <message>
            <source>Correct tod&amp;ay's reading…</source>
            <translation>Correct tod&amp;ay's reading…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>The participant's own &amp;screen…</source>
            <translation>The participant's own &amp;screen…</translation>
        </message>
        <message>
            <source>The form full screen for the participant to answer alone; only your PIN leaves it.</source>
            <translation>The form full screen for the participant to answer alone; only your PIN leaves it.</translation>
        </message>
        <message>
            <source>Ta&amp;ke-home PDF…</source>
            <translation>Ta&amp;ke-home PDF…</translation>
        </message>
        <message>
            <source>E&amp;xperience survey…</source>
            <translation>E&amp;xperience survey…</translation>
        </message>
        <message>
            <source>Readings of the participant</source>
            <translation>Readings of the participant</translation>
        </message>
        <message>
            <source>The participant's answers beside the coach's</source>
            <translation>The participant's answers beside the coach's</translation>
        </message>
        <message numerus="yes">
            <source>Due or overdue at %1 (a reading every %n month(s)):</source>
            <translation>
                <numerusform>Due or overdue at %1 (a reading every %n month):</numerusform>
                <numerusform>Due or overdue at %1 (a reading every %n months):</numerusform>
            </translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>%1 is not in the participant register.</source>
            <translation>%1 is not in the participant register.</translation>
        </message>
        <message>
            <source>%1 · next reading %2</source>
            <translation>%1 · next reading %2</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>any time</translation>
        </message>
        <message>
            <source>Latest reading: the participant's answers beside the coach's own view.</source>
            <translation>Latest reading: the participant's answers beside the coach's own view.</translation>
        </message>
        <message>
            <source>The coach's own view is shown here beside the participant's answers once both have been entered for the same round.</source>
            <translation>The coach's own view is shown here beside the participant's answers once both have been entered for the same round.</translation>
        </message>
        <message>
            <source>Only a reading recorded today can be corrected; choose it in the list.</source>
            <translation>Only a reading recorded today can be corrected; choose it in the list.</translation>
        </message>
        <message>
            <source>Choose a reading in the list.</source>
            <translation>Choose a reading in the list.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Experience survey</source>
            <translation>Experience survey</translation>
        </message>
        <message>
            <source>Should the answers be anonymous, or tied to the code %1?</source>
            <translation>Should the answers be anonymous, or tied to the code %1?</translation>
        </message>
        <message>
            <source>&amp;Anonymous</source>
            <translation>&amp;Anonymous</translation>
        </message>
        <message>
            <source>&amp;Tied to %1</source>
            <translation>&amp;Tied to %1</translation>
        </message>
        <message>
            <source>The answers are saved without a code.</source>
            <translation>The answers are saved without a code.</translation>
        </message>
        <message>
            <source>On the participant's own &amp;screen (left with your PIN)</source>
            <translation>On the participant's own &amp;screen (left with your PIN)</translation>
        </message>
        <message>
            <source>On the participant's own screen</source>
            <translation>On the participant's own screen</translation>
        </message>
        <message>
            <source>The participant's own screen</source>
            <translation>The participant's own screen</translation>
        </message>
        <message>
            <source>This desk has no PIN. Choose a temporary code (at least 4 characters) that you type to leave the participant's screen:</source>
            <translation>This desk has no PIN. Choose a temporary code (at least 4 characters) that you type to leave the participant's screen:</translation>
        </message>
        <message>
            <source>Vägledare – the participant's screen</source>
            <translation>Vägledare – the participant's screen</translation>
        </message>
        <message>
            <source>Cannot be corrected</source>
            <translation>Cannot be corrected</translation>
        </message>
        <message>
            <source>A reading can only be corrected on the day it was recorded. Delete it with a reason and record a new one.</source>
            <translation>A reading can only be corrected on the day it was recorded. Delete it with a reason and record a new one.</translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>Delete reading</translation>
        </message>
        <message>
            <source>Why is the reading of %1 deleted? (kept in the journal, counted nowhere)</source>
            <translation>Why is the reading of %1 deleted? (kept in the journal, counted nowhere)</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Not deleted</translation>
        </message>
        <message>
            <source>Save take-home PDF</source>
            <translation>Save take-home PDF</translation>
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
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Checking the log…</source>
            <translation>Checking the log…</translation>
        </message>
        <message>
            <source>Whether the log is whole</source>
            <translation>Whether the log is whole</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>Show only this action</source>
            <translation>Show only this action</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Audit log entries</source>
            <translation>Audit log entries</translation>
        </message>
        <message>
            <source>Checking the log… %1 %</source>
            <translation>Checking the log… %1 %</translation>
        </message>
        <message>
            <source>The log could not be checked: %1</source>
            <translation>The log could not be checked: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
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
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <source>Taken by hand</source>
            <translation>Taken by hand</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <source>Before a journal exchange</source>
            <translation>Before a journal exchange</translation>
        </message>
        <message>
            <source>Before a synchronisation</source>
            <translation>Before a synchronisation</translation>
        </message>
        <message>
            <source>Before retention</source>
            <translation>Before retention</translation>
        </message>
        <message>
            <source>Before an erasure</source>
            <translation>Before an erasure</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
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
            <translation>Folder for backups</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Where copies of the journal are kept.</source>
            <translation>Where copies of the journal are kept.</translation>
        </message>
        <message>
            <source>The journal is on a database server; its backups are made there.</source>
            <translation>The journal is on a database server; its backups are made there.</translation>
        </message>
        <message>
            <source>The day's first entry makes a copy of the journal; 14 daily and 12 monthly copies are kept. A folder on another drive (for example a network drive) keeps them safe even if this computer breaks.</source>
            <translation>The day's first entry makes a copy of the journal; 14 daily and 12 monthly copies are kept. A folder on another drive (for example a network drive) keeps them safe even if this computer breaks.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the folder for backups</source>
            <translation>Choose the folder for backups</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups of %1 are kept in %2. One is taken at the first entry of every day (and kept as the month's), and before every import, journal exchange, retention, erasure and upgrade.</source>
            <translation>Backups of %1 are kept in %2. One is taken at the first entry of every day (and kept as the month's), and before every import, journal exchange, retention, erasure and upgrade.</translation>
        </message>
        <message>
            <source>This journal has no backups yet.</source>
            <translation>This journal has no backups yet.</translation>
        </message>
        <message>
            <source>Reading what the backup holds…</source>
            <translation>Reading what the backup holds…</translation>
        </message>
        <message>
            <source>Taking a backup…</source>
            <translation>Taking a backup…</translation>
        </message>
        <message>
            <source>The backup is saved: %1</source>
            <translation>The backup is saved: %1</translation>
        </message>
        <message>
            <source>No backup was taken: %1</source>
            <translation>No backup was taken: %1</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choose a backup in the list first.</translation>
        </message>
        <message>
            <source>Restore the journal</source>
            <translation>Restore the journal</translation>
        </message>
        <message>
            <source>Restore the journal from this backup?

%1

The journal as it is now is kept aside under a new name, never overwritten: whatever was recorded after the backup is only in that copy. Close Vägledare first on other computers that use this journal file.

Vägledare closes after the restore: start it again to work in the restored journal.</source>
            <translation>Restore the journal from this backup?

%1

The journal as it is now is kept aside under a new name, never overwritten: whatever was recorded after the backup is only in that copy. Close Vägledare first on other computers that use this journal file.

Vägledare closes after the restore: start it again to work in the restored journal.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>The journal is restored from %1.</source>
            <translation>The journal is restored from %1.</translation>
        </message>
        <message>
            <source>The journal as it was is kept as %1.</source>
            <translation>The journal as it was is kept as %1.</translation>
        </message>
        <message>
            <source>Vägledare closes now: start it again to work in the restored journal.</source>
            <translation>Vägledare closes now: start it again to work in the restored journal.</translation>
        </message>
        <message>
            <source>Backups of this journal</source>
            <translation>Backups of this journal</translation>
        </message>
        <message>
            <source>What the chosen backup holds</source>
            <translation>What the chosen backup holds</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>&amp;Take a backup now</source>
            <translation>&amp;Take a backup now</translation>
        </message>
        <message>
            <source>Take a backup now</source>
            <translation>Take a backup now</translation>
        </message>
        <message>
            <source>&amp;Restore from the chosen backup…</source>
            <translation>&amp;Restore from the chosen backup…</translation>
        </message>
        <message>
            <source>Restore the journal from the chosen backup</source>
            <translation>Restore the journal from the chosen backup</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Closed %1 · %2</source>
            <translation>Closed %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Open · %n week(s) untouched</source>
            <translation>
                <numerusform>Open · %n week untouched</numerusform>
                <numerusform>Open · %n weeks untouched</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Nothing recorded since %1</source>
            <translation>Nothing recorded since %1</translation>
        </message>
    </context>
    <context>
        <name>CaseTimeline</name>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>Coach: %1</source>
            <translation>Coach: %1</translation>
        </message>
        <message>
            <source>Found us through: %1</source>
            <translation>Found us through: %1</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>Started %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed %1: %2</source>
            <translation>Closed %1: %2</translation>
        </message>
        <message>
            <source>No decision on aktivitetsplikt</source>
            <translation>No decision on aktivitetsplikt</translation>
        </message>
        <message>
            <source>Aktivitetsplikt from %1</source>
            <translation>Aktivitetsplikt from %1</translation>
        </message>
        <message>
            <source>Aktivitetsplikt %1–%2</source>
            <translation>Aktivitetsplikt %1–%2</translation>
        </message>
        <message>
            <source>Closed: %1</source>
            <translation>Closed: %1</translation>
        </message>
        <message>
            <source>to self-sufficiency</source>
            <translation>to self-sufficiency</translation>
        </message>
        <message>
            <source>holiday or summer job</source>
            <translation>holiday or summer job</translation>
        </message>
        <message>
            <source>studies run by the municipality</source>
            <translation>studies run by the municipality</translation>
        </message>
        <message>
            <source>(reopened %1)</source>
            <translation>(reopened %1)</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>attended last week: %1 h</source>
            <translation>attended last week: %1 h</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Part of a participant code</source>
            <translation>Part of a participant code</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>&amp;New case… (Ctrl+N)</source>
            <translation>&amp;New case… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Find co&amp;de:</source>
            <translation>Find co&amp;de:</translation>
        </message>
        <message>
            <source>Search by participant code</source>
            <translation>Search by participant code</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Meeting place:</translation>
        </message>
        <message>
            <source>Meeting place filter</source>
            <translation>Meeting place filter</translation>
        </message>
        <message>
            <source>Co&amp;ach:</source>
            <translation>Co&amp;ach:</translation>
        </message>
        <message>
            <source>Coach filter</source>
            <translation>Coach filter</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Open or closed cases</source>
            <translation>Open or closed cases</translation>
        </message>
        <message>
            <source>Wa&amp;y in:</source>
            <translation>Wa&amp;y in:</translation>
        </message>
        <message>
            <source>Route filter</source>
            <translation>Route filter</translation>
        </message>
        <message>
            <source>Untouched after (&amp;weeks):</source>
            <translation>Untouched after (&amp;weeks):</translation>
        </message>
        <message>
            <source>Highlight open cases untouched for this many weeks</source>
            <translation>Highlight open cases untouched for this many weeks</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Number of cases</source>
            <translation>Number of cases</translation>
        </message>
        <message>
            <source>Under &amp;30 hours…</source>
            <translation>Under &amp;30 hours…</translation>
        </message>
        <message>
            <source>Participants with aktivitetsplikt under 30 hours a week</source>
            <translation>Participants with aktivitetsplikt under 30 hours a week</translation>
        </message>
        <message>
            <source>For the meeting place and coach chosen in the filters</source>
            <translation>For the meeting place and coach chosen in the filters</translation>
        </message>
        <message>
            <source>Aktivitetsplikt hours</source>
            <translation>Aktivitetsplikt hours</translation>
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation>Timeline of the case</translation>
        </message>
        <message>
            <source>Enter changes the chosen contact, Delete removes it.</source>
            <translation>Enter changes the chosen contact, Delete removes it.</translation>
        </message>
        <message>
            <source>Ed&amp;it contact… (Enter)</source>
            <translation>Ed&amp;it contact… (Enter)</translation>
        </message>
        <message>
            <source>Remove contact… (Delete)</source>
            <translation>Remove contact… (Delete)</translation>
        </message>
        <message>
            <source>Change the chosen contact</source>
            <translation>Change the chosen contact</translation>
        </message>
        <message>
            <source>Remove the chosen contact with a reason</source>
            <translation>Remove the chosen contact with a reason</translation>
        </message>
        <message>
            <source>Choose a contact in the timeline first.</source>
            <translation>Choose a contact in the timeline first.</translation>
        </message>
        <message>
            <source>New &amp;contact… (Ctrl+K)</source>
            <translation>New &amp;contact… (Ctrl+K)</translation>
        </message>
        <message>
            <source>Cl&amp;ose case…</source>
            <translation>Cl&amp;ose case…</translation>
        </message>
        <message>
            <source>Reo&amp;pen…</source>
            <translation>Reo&amp;pen…</translation>
        </message>
        <message>
            <source>&amp;Follow-up…</source>
            <translation>&amp;Follow-up…</translation>
        </message>
        <message>
            <source>Ac&amp;tivity requirement…</source>
            <translation>Ac&amp;tivity requirement…</translation>
        </message>
        <message>
            <source>Planned &amp;hours…</source>
            <translation>Planned &amp;hours…</translation>
        </message>
        <message>
            <source>Add a contact to the case</source>
            <translation>Add a contact to the case</translation>
        </message>
        <message>
            <source>Close the case with a reason</source>
            <translation>Close the case with a reason</translation>
        </message>
        <message>
            <source>Reopen the closed case</source>
            <translation>Reopen the closed case</translation>
        </message>
        <message>
            <source>Record the follow-up after closing</source>
            <translation>Record the follow-up after closing</translation>
        </message>
        <message>
            <source>Set or clear the decision on aktivitetsplikt</source>
            <translation>Set or clear the decision on aktivitetsplikt</translation>
        </message>
        <message>
            <source>Plan the hours per week of the aktivitetsplikt</source>
            <translation>Plan the hours per week of the aktivitetsplikt</translation>
        </message>
        <message>
            <source>Open a new case</source>
            <translation>Open a new case</translation>
        </message>
        <message>
            <source>Timeline:</source>
            <translation>Timeline:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Both routes</source>
            <translation>Both routes</translation>
        </message>
        <message>
            <source>All meeting places</source>
            <translation>All meeting places</translation>
        </message>
        <message>
            <source>All coaches</source>
            <translation>All coaches</translation>
        </message>
        <message>
            <source>Reading the cases…</source>
            <translation>Reading the cases…</translation>
        </message>
        <message>
            <source>The cases could not be read: %1</source>
            <translation>The cases could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n untouched for %1 or more (highlighted)</source>
            <translation>
                <numerusform>%n untouched for %1 or more (highlighted)</numerusform>
                <numerusform>%n untouched for %1 or more (highlighted)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>No case chosen</source>
            <translation>No case chosen</translation>
        </message>
        <message>
            <source>Choose a case in the list, or open a new one.</source>
            <translation>Choose a case in the list, or open a new one.</translation>
        </message>
        <message>
            <source>Aktivitetsplikt from %1</source>
            <translation>Aktivitetsplikt from %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>to %1</translation>
        </message>
        <message numerus="yes">
            <source>Planned: %n hour(s) a week</source>
            <translation>
                <numerusform>Planned: %n hour a week</numerusform>
                <numerusform>Planned: %n hours a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Latest attended: %n hour(s) (%1)</source>
            <translation>
                <numerusform>Latest attended: %n hour (%1)</numerusform>
                <numerusform>Latest attended: %n hours (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 hours a week</translation>
        </message>
        <message>
            <source>The contact is changed.</source>
            <translation>The contact is changed.</translation>
        </message>
        <message>
            <source>Nothing was changed in the contact.</source>
            <translation>Nothing was changed in the contact.</translation>
        </message>
        <message>
            <source>The contact is removed.</source>
            <translation>The contact is removed.</translation>
        </message>
        <message>
            <source>Follow-up after closing</source>
            <translation>Follow-up after closing</translation>
        </message>
        <message>
            <source>The planned hours are saved.</source>
            <translation>The planned hours are saved.</translation>
        </message>
        <message>
            <source>Open cases with a running decision on aktivitetsplikt whose planned hours a week, or latest attended hours, are under 30 (%1 · %2, %3).</source>
            <translation>Open cases with a running decision on aktivitetsplikt whose planned hours a week, or latest attended hours, are under 30 (%1 · %2, %3).</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save as P&amp;NG…</source>
            <translation>Save as P&amp;NG…</translation>
        </message>
        <message>
            <source>Save %1 as PNG</source>
            <translation>Save %1 as PNG</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Choose a reason…</source>
            <translation>Choose a reason…</translation>
        </message>
        <message>
            <source>Every reason has a definition.</source>
            <translation>Every reason has a definition.</translation>
        </message>
        <message>
            <source>Counts as a closure to self-sufficiency.</source>
            <translation>Counts as a closure to self-sufficiency.</translation>
        </message>
        <message>
            <source>Does not count as a closure to self-sufficiency.</source>
            <translation>Does not count as a closure to self-sufficiency.</translation>
        </message>
        <message>
            <source>Choose a reason for closing.</source>
            <translation>Choose a reason for closing.</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Close case</translation>
        </message>
        <message>
            <source>&amp;Closing date:</source>
            <translation>&amp;Closing date:</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>Closing date</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Reason for closing</translation>
        </message>
        <message>
            <source>Holiday or &amp;summer job</source>
            <translation>Holiday or &amp;summer job</translation>
        </message>
        <message>
            <source>Holiday or summer job</source>
            <translation>Holiday or summer job</translation>
        </message>
        <message>
            <source>Studies run by the &amp;municipality (adult education)</source>
            <translation>Studies run by the &amp;municipality (adult education)</translation>
        </message>
        <message>
            <source>Studies run by the municipality</source>
            <translation>Studies run by the municipality</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Date of the contact</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>Type of contact</source>
            <translation>Type of contact</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Short note</source>
            <translation>Short note</translation>
        </message>
        <message>
            <source>Optional, one line; no names or identity numbers</source>
            <translation>Optional, one line; no names or identity numbers</translation>
        </message>
        <message>
            <source>&amp;Hours attended last week:</source>
            <translation>&amp;Hours attended last week:</translation>
        </message>
        <message>
            <source>Hours of activity attended in the past week (aktivitetsplikt)</source>
            <translation>Hours of activity attended in the past week (aktivitetsplikt)</translation>
        </message>
        <message>
            <source>Change contact</source>
            <translation>Change contact</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>not asked</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 hours a week</translation>
        </message>
    </context>
    <context>
        <name>CorrectEntryDialog</name>
        <message>
            <source>Entry of %1 at %2: %3 · %4 · %5</source>
            <translation>Entry of %1 at %2: %3 · %4 · %5</translation>
        </message>
        <message>
            <source>%1 (no longer in use)</source>
            <translation>%1 (no longer in use)</translation>
        </message>
        <message>
            <source>Change entry</source>
            <translation>Change entry</translation>
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
            <source>The time and who logged it stay as they are; the audit log keeps the earlier values.</source>
            <translation>The time and who logged it stay as they are; the audit log keeps the earlier values.</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>Quick cases per week and category</source>
            <translation>Quick cases per week and category</translation>
        </message>
        <message>
            <source>Busiest: %1 with %2.</source>
            <translation>Busiest: %1 with %2.</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Women and men</translation>
        </message>
        <message>
            <source>Quick cases</source>
            <translation>Quick cases</translation>
        </message>
        <message>
            <source>New cases</source>
            <translation>New cases</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>%1: %2 and %3 (%4 % women)</source>
            <translation>%1: %2 and %3 (%4 % women)</translation>
        </message>
        <message>
            <source>Open cases and closures to self-sufficiency per month</source>
            <translation>Open cases and closures to self-sufficiency per month</translation>
        </message>
        <message>
            <source>Open at the month's end</source>
            <translation>Open at the month's end</translation>
        </message>
        <message>
            <source>Closed to self-sufficiency</source>
            <translation>Closed to self-sufficiency</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Self-sufficiency</source>
            <translation>Self-sufficiency</translation>
        </message>
        <message>
            <source>%1: %2 open, %3 to self-sufficiency</source>
            <translation>%1: %2 open, %3 to self-sufficiency</translation>
        </message>
        <message>
            <source>Language groups: present per session, monthly mean</source>
            <translation>Language groups: present per session, monthly mean</translation>
        </message>
        <message>
            <source>Present per session (with guests)</source>
            <translation>Present per session (with guests)</translation>
        </message>
        <message>
            <source>%1: %2 present per session over %3 sessions</source>
            <translation>%1: %2 present per session over %3 sessions</translation>
        </message>
        <message>
            <source>Progress: mean change per factor, first to latest reading</source>
            <translation>Progress: mean change per factor, first to latest reading</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation>Mean change</translation>
        </message>
        <message>
            <source>%1: %2 (%3 participants)</source>
            <translation>%1: %2 (%3 participants)</translation>
        </message>
    </context>
    <context>
        <name>DashboardCounts</name>
        <message numerus="yes">
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln woman</numerusform>
                <numerusform>%Ln women</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln man</numerusform>
                <numerusform>%Ln men</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln quick cases in %1.</source>
            <translation>
                <numerusform>%Ln quick case in %1.</numerusform>
                <numerusform>%Ln quick cases in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks</source>
            <translation>
                <numerusform>%Ln week</numerusform>
                <numerusform>%Ln weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Quick cases per week and category</source>
            <translation>Quick cases per week and category</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Women and men</translation>
        </message>
        <message>
            <source>Open cases and closures per month</source>
            <translation>Open cases and closures per month</translation>
        </message>
        <message>
            <source>Language group attendance per month</source>
            <translation>Language group attendance per month</translation>
        </message>
        <message>
            <source>Progress: change per factor</source>
            <translation>Progress: change per factor</translation>
        </message>
        <message>
            <source>When visitors come (weekday × hour)</source>
            <translation>When visitors come (weekday × hour)</translation>
        </message>
        <message>
            <source>Open cases and closures to self-sufficiency</source>
            <translation>Open cases and closures to self-sufficiency</translation>
        </message>
        <message>
            <source>Language groups: attendance trend</source>
            <translation>Language groups: attendance trend</translation>
        </message>
        <message>
            <source>Progress (BIP): mean change per factor</source>
            <translation>Progress (BIP): mean change per factor</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Last 12 whole months</source>
            <translation>Last 12 whole months</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Free range</source>
            <translation>Free range</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Reading the figures…</translation>
        </message>
        <message>
            <source>Reading the figures</source>
            <translation>Reading the figures</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Meeting place:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>All meeting places</source>
            <translation>All meeting places</translation>
        </message>
        <message>
            <source>Last 12 whole months (%1–%2; the current month is not included)</source>
            <translation>Last 12 whole months (%1–%2; the current month is not included)</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>The figures could not be read: %1</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Sample data</translation>
        </message>
        <message>
            <source>Monthly pack %1 (P&amp;DF)…</source>
            <translation>Monthly pack %1 (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Save the monthly pack for %1 as PDF</source>
            <translation>Save the monthly pack for %1 as PDF</translation>
        </message>
        <message>
            <source>One PDF: these charts, then every report for %1 (the month in which the chosen period ends).</source>
            <translation>One PDF: these charts, then every report for %1 (the month in which the chosen period ends).</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Monthly pack %1 – %2</source>
            <translation>Monthly pack %1 – %2</translation>
        </message>
        <message>
            <source>Charts: %1. Tables: %2.</source>
            <translation>Charts: %1. Tables: %2.</translation>
        </message>
        <message>
            <source>Save monthly pack</source>
            <translation>Save monthly pack</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
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
    </context>
    <context>
        <name>DemoBuilder</name>
        <message>
            <source>Sample data</source>
            <translation>Sample data</translation>
        </message>
        <message>
            <source>Making the sample data</source>
            <translation>Making the sample data</translation>
        </message>
        <message>
            <source>Making the sample data: a year of visits…</source>
            <translation>Making the sample data: a year of visits…</translation>
        </message>
        <message>
            <source>Making the sample data: cases and contacts…</source>
            <translation>Making the sample data: cases and contacts…</translation>
        </message>
        <message>
            <source>Making the sample data: progression readings…</source>
            <translation>Making the sample data: progression readings…</translation>
        </message>
        <message>
            <source>Making the sample data: language groups and roll calls…</source>
            <translation>Making the sample data: language groups and roll calls…</translation>
        </message>
        <message>
            <source>Making the sample data…</source>
            <translation>Making the sample data…</translation>
        </message>
        <message>
            <source>Opening the sample data…</source>
            <translation>Opening the sample data…</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last reading</source>
            <translation>Last reading</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Last reading %1, by %2</source>
            <translation>Last reading %1, by %2</translation>
        </message>
    </context>
    <context>
        <name>DutyDialog</name>
        <message>
            <source>The case started %1 and is open.</source>
            <translation>The case started %1 and is open.</translation>
        </message>
        <message>
            <source>The case ran from %1 to %2.</source>
            <translation>The case ran from %1 to %2.</translation>
        </message>
        <message>
            <source>Decision on aktivitetsplikt</source>
            <translation>Decision on aktivitetsplikt</translation>
        </message>
        <message>
            <source>The person has a &amp;decision on aktivitetsplikt</source>
            <translation>The person has a &amp;decision on aktivitetsplikt</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>First day of the decision</source>
            <translation>First day of the decision</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>The decision has an end date</source>
            <translation>The decision has an end date</translation>
        </message>
        <message>
            <source>Last day of the decision</source>
            <translation>Last day of the decision</translation>
        </message>
        <message>
            <source>The decision lies within the case: from its start, to its closing at the latest. Without an end date it lasts while the case is open.</source>
            <translation>The decision lies within the case: from its start, to its closing at the latest. Without an end date it lasts while the case is open.</translation>
        </message>
    </context>
    <context>
        <name>DutyHoursDialog</name>
        <message>
            <source>Decision on aktivitetsplikt from %1</source>
            <translation>Decision on aktivitetsplikt from %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>to %1</translation>
        </message>
        <message>
            <source>The goal is 30–40 hours a week.</source>
            <translation>The goal is 30–40 hours a week.</translation>
        </message>
        <message>
            <source>Other activity (write which)</source>
            <translation>Other activity (write which)</translation>
        </message>
        <message numerus="yes">
            <source>Total: %n hour(s) a week</source>
            <translation>
                <numerusform>Total: %n hour a week</numerusform>
                <numerusform>Total: %n hours a week</numerusform>
            </translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 hours a week</translation>
        </message>
        <message>
            <source>Write which activity.</source>
            <translation>Write which activity.</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planned hours</translation>
        </message>
        <message>
            <source>Planned activities and hours per week</source>
            <translation>Planned activities and hours per week</translation>
        </message>
        <message>
            <source>&amp;Remove line</source>
            <translation>&amp;Remove line</translation>
        </message>
        <message>
            <source>Remove the chosen line</source>
            <translation>Remove the chosen line</translation>
        </message>
        <message>
            <source>Add an activity</source>
            <translation>Add an activity</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Activity:</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>Activity type</translation>
        </message>
        <message>
            <source>&amp;Other activity:</source>
            <translation>&amp;Other activity:</translation>
        </message>
        <message>
            <source>Other activity, in words</source>
            <translation>Other activity, in words</translation>
        </message>
        <message>
            <source>E.g. work practice at the library; no names or identity numbers</source>
            <translation>E.g. work practice at the library; no names or identity numbers</translation>
        </message>
        <message>
            <source>&amp;Hours per week:</source>
            <translation>&amp;Hours per week:</translation>
        </message>
        <message>
            <source>Planned hours per week in the activity</source>
            <translation>Planned hours per week in the activity</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Add the activity to the plan</source>
            <translation>Add the activity to the plan</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrol in %1</source>
            <translation>Enrol in %1</translation>
        </message>
        <message>
            <source>Known code: %1, %2. The same person keeps the same code.</source>
            <translation>Known code: %1, %2. The same person keeps the same code.</translation>
        </message>
        <message>
            <source>Enrol a participant</source>
            <translation>Enrol a participant</translation>
        </message>
        <message>
            <source>&amp;Participant code:</source>
            <translation>&amp;Participant code:</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Participant code</translation>
        </message>
        <message>
            <source>e.g. ÅRB-2023-0012</source>
            <translation>e.g. ÅRB-2023-0012</translation>
        </message>
        <message>
            <source>&amp;New code</source>
            <translation>&amp;New code</translation>
        </message>
        <message>
            <source>Generate a new participant code</source>
            <translation>Generate a new participant code</translation>
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
            <source>&amp;Age band:</source>
            <translation>&amp;Age band:</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>&amp;Route:</source>
            <translation>&amp;Route:</translation>
        </message>
        <message>
            <source>Route into the group</source>
            <translation>Route into the group</translation>
        </message>
        <message>
            <source>&amp;Enrolled on:</source>
            <translation>&amp;Enrolled on:</translation>
        </message>
        <message>
            <source>Enrolment date</source>
            <translation>Enrolment date</translation>
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
            <translation>Code</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
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
        <name>ErasureDialog</name>
        <message>
            <source>Erase a participant code</source>
            <translation>Erase a participant code</translation>
        </message>
        <message>
            <source>On a person's request, everything the journal holds about their code is deleted: the code, cases, contacts, closings, enrolments, attendance and readings. Reports stop counting the person. The audit log keeps that an erasure was made, why and by whom, without the code.</source>
            <translation>On a person's request, everything the journal holds about their code is deleted: the code, cases, contacts, closings, enrolments, attendance and readings. Reports stop counting the person. The audit log keeps that an erasure was made, why and by whom, without the code.</translation>
        </message>
        <message>
            <source>Participant code to erase</source>
            <translation>Participant code to erase</translation>
        </message>
        <message>
            <source>&amp;Show what is held</source>
            <translation>&amp;Show what is held</translation>
        </message>
        <message>
            <source>Show what would be erased</source>
            <translation>Show what would be erased</translation>
        </message>
        <message>
            <source>Participant &amp;code:</source>
            <translation>Participant &amp;code:</translation>
        </message>
        <message>
            <source>e.g. request received 2 June 2025</source>
            <translation>e.g. request received 2 June 2025</translation>
        </message>
        <message>
            <source>Reason for the erasure</source>
            <translation>Reason for the erasure</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>What would be erased</source>
            <translation>What would be erased</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>Erase the participant code</source>
            <translation>Erase the participant code</translation>
        </message>
        <message>
            <source>%1 is not in the journal; this is %2, the code as it is written there.</source>
            <translation>%1 is not in the journal; this is %2, the code as it is written there.</translation>
        </message>
        <message>
            <source>%1 is not in the journal. Did you mean %2?</source>
            <translation>%1 is not in the journal. Did you mean %2?</translation>
        </message>
        <message numerus="yes">
            <source>Erase %1 and everything about it for good? (%n record(s))</source>
            <translation>
                <numerusform>Erase %1 and everything about it for good? (%n record)</numerusform>
                <numerusform>Erase %1 and everything about it for good? (%n records)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is erased. Backups taken before today still hold it until they are rotated out.</source>
            <translation>%1 is erased. Backups taken before today still hold it until they are rotated out.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>Export journal exchange</source>
            <translation>Export journal exchange</translation>
        </message>
        <message>
            <source>Journal exchange (%1)</source>
            <translation>Journal exchange (%1)</translation>
        </message>
        <message>
            <source>Import journal exchange</source>
            <translation>Import journal exchange</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <source>No server is set for this journal. A team lead or administrator sets one with: vagledare sync --server URL</source>
            <translation>No server is set for this journal. A team lead or administrator sets one with: vagledare sync --server URL</translation>
        </message>
        <message>
            <source>Synchronising with the server…</source>
            <translation>Synchronising with the server…</translation>
        </message>
        <message>
            <source>Exporting the journal exchange…</source>
            <translation>Exporting the journal exchange…</translation>
        </message>
        <message>
            <source>Importing the journal exchange…</source>
            <translation>Importing the journal exchange…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Journal exchange</source>
            <translation>Journal exchange</translation>
        </message>
        <message>
            <source>This desk: %1</source>
            <translation>This desk: %1</translation>
        </message>
        <message>
            <source>Its key's fingerprint:</source>
            <translation>Its key's fingerprint:</translation>
        </message>
        <message>
            <source>Desks this journal trusts: %1</source>
            <translation>Desks this journal trusts: %1</translation>
        </message>
        <message>
            <source>Journal exchange status</source>
            <translation>Journal exchange status</translation>
        </message>
        <message>
            <source>New desk in the journal exchange</source>
            <translation>New desk in the journal exchange</translation>
        </message>
        <message>
            <source>%1 comes from the desk %2, which this journal does not trust yet.

Its key's fingerprint is
%3

Compare it with the fingerprint the other desk shows (File → Journal exchange status on that desk). Trust the desk and import only if they are the same.</source>
            <translation>%1 comes from the desk %2, which this journal does not trust yet.

Its key's fingerprint is
%3

Compare it with the fingerprint the other desk shows (File → Journal exchange status on that desk). Trust the desk and import only if they are the same.</translation>
        </message>
        <message>
            <source>&amp;Trust and import</source>
            <translation>&amp;Trust and import</translation>
        </message>
        <message>
            <source>Progress of the journal exchange</source>
            <translation>Progress of the journal exchange</translation>
        </message>
        <message>
            <source>%1: %2 of %3 records</source>
            <translation>%1: %2 of %3 records</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Journal exchange exported</source>
            <translation>Journal exchange exported</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) for %2 are saved in %3.</source>
            <translation>
                <numerusform>%n record for %2 are saved in %3.</numerusform>
                <numerusform>%n records for %2 are saved in %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) merged into the journal:</source>
            <translation>
                <numerusform>%n file merged into the journal:</numerusform>
                <numerusform>%n files merged into the journal:</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup before the exchange: %1</source>
            <translation>Backup before the exchange: %1</translation>
        </message>
        <message>
            <source>Journal exchange imported</source>
            <translation>Journal exchange imported</translation>
        </message>
        <message>
            <source>Synchronised with %1: sent to the server, then received from it.</source>
            <translation>Synchronised with %1: sent to the server, then received from it.</translation>
        </message>
        <message>
            <source>Synchronised</source>
            <translation>Synchronised</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelled. Nothing was changed.</translation>
        </message>
        <message>
            <source>The journal exchange failed; nothing was changed.
%1</source>
            <translation>The journal exchange failed; nothing was changed.
%1</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaryDialog</name>
        <message>
            <source>Records per table</source>
            <translation>Records per table</translation>
        </message>
        <message>
            <source>Conflicts: the same record was changed on two desks. The later change applies; the other version is kept in the audit log.</source>
            <translation>Conflicts: the same record was changed on two desks. The later change applies; the other version is kept in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Vägledare</source>
            <translation>Welcome to Vägledare</translation>
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
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;Save and go on &gt;</source>
            <translation>&amp;Save and go on &gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Help (F1)</source>
            <translation>&amp;Help (F1)</translation>
        </message>
        <message>
            <source>The folder cannot be used: %1</source>
            <translation>The folder cannot be used: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Closed %1 (%2); the follow-up is due %3.</source>
            <translation>Closed %1 (%2); the follow-up is due %3.</translation>
        </message>
        <message>
            <source>Choose a status…</source>
            <translation>Choose a status…</translation>
        </message>
        <message>
            <source>Choose where the person stood.</source>
            <translation>Choose where the person stood.</translation>
        </message>
        <message>
            <source>Follow-up after closing</source>
            <translation>Follow-up after closing</translation>
        </message>
        <message>
            <source>Followed up &amp;on:</source>
            <translation>Followed up &amp;on:</translation>
        </message>
        <message>
            <source>Date of the follow-up</source>
            <translation>Date of the follow-up</translation>
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
            <translation>Status at the follow-up</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Edit group</source>
            <translation>Edit group</translation>
        </message>
        <message>
            <source>New language tutor?</source>
            <translation>New language tutor?</translation>
        </message>
        <message>
            <source>%1 is not among the staff. Add as a new language tutor? The account cannot be used until a team lead gives it a start code.</source>
            <translation>%1 is not among the staff. Add as a new language tutor? The account cannot be used until a team lead gives it a start code.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Group name</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Kind of group</source>
            <translation>Kind of group</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>The group &amp;ended on:</source>
            <translation>The group &amp;ended on:</translation>
        </message>
        <message>
            <source>The group has ended</source>
            <translation>The group has ended</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>&amp;Tutors:</source>
            <translation>&amp;Tutors:</translation>
        </message>
        <message>
            <source>Responsible tutors</source>
            <translation>Responsible tutors</translation>
        </message>
        <message>
            <source>Names or initials, separated by commas</source>
            <translation>Names or initials, separated by commas</translation>
        </message>
        <message>
            <source>Weekly s&amp;chedule:</source>
            <translation>Weekly s&amp;chedule:</translation>
        </message>
        <message>
            <source>Weekly schedule, one time per line</source>
            <translation>Weekly schedule, one time per line</translation>
        </message>
        <message>
            <source>One per line, e.g. tis 09:30-11:00</source>
            <translation>One per line, e.g. tis 09:30-11:00</translation>
        </message>
        <message>
            <source>Sessions &amp;from:</source>
            <translation>Sessions &amp;from:</translation>
        </message>
        <message>
            <source>Generate sessions from this date</source>
            <translation>Generate sessions from this date</translation>
        </message>
    </context>
    <context>
        <name>GroupsPage</name>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Meeting place:</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Sessions without a roll call</source>
            <translation>Sessions without a roll call</translation>
        </message>
        <message>
            <source>Take the &amp;next missing roll call</source>
            <translation>Take the &amp;next missing roll call</translation>
        </message>
        <message>
            <source>Take the next missing roll call</source>
            <translation>Take the next missing roll call</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Ne&amp;w group…</source>
            <translation>Ne&amp;w group…</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Edit gro&amp;up…</source>
            <translation>Edit gro&amp;up…</translation>
        </message>
        <message>
            <source>Edit the selected group</source>
            <translation>Edit the selected group</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sessions</translation>
        </message>
        <message>
            <source>Part&amp;icipants</source>
            <translation>Part&amp;icipants</translation>
        </message>
        <message>
            <source>Reading the groups…</source>
            <translation>Reading the groups…</translation>
        </message>
        <message>
            <source>The groups could not be read: %1</source>
            <translation>The groups could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n roll call(s) missing</source>
            <translation>
                <numerusform>%n roll call missing</numerusform>
                <numerusform>%n roll calls missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) without a roll call</source>
            <translation>
                <numerusform>⚠ %n session without a roll call</numerusform>
                <numerusform>⚠ %n sessions without a roll call</numerusform>
            </translation>
        </message>
        <message>
            <source>Every past session has its roll call.</source>
            <translation>Every past session has its roll call.</translation>
        </message>
        <message>
            <source>No groups yet at %1 — add one with New group.</source>
            <translation>No groups yet at %1 — add one with New group.</translation>
        </message>
        <message>
            <source>Started %1</source>
            <translation>Started %1</translation>
        </message>
        <message>
            <source>ended %1</source>
            <translation>ended %1</translation>
        </message>
        <message>
            <source>no weekly schedule</source>
            <translation>no weekly schedule</translation>
        </message>
        <message>
            <source>tutors: %1</source>
            <translation>tutors: %1</translation>
        </message>
    </context>
    <context>
        <name>HeatMapWidget</name>
        <message>
            <source>When visitors come, by weekday and hour</source>
            <translation>When visitors come, by weekday and hour</translation>
        </message>
        <message>
            <source>%1 %2–%3: on average %4 visits (%5)</source>
            <translation>%1 %2–%3: on average %4 visits (%5)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln in all</source>
            <translation>
                <numerusform>%Ln in all</numerusform>
                <numerusform>%Ln in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %Ln day(s)</source>
            <translation>
                <numerusform>over %Ln day</numerusform>
                <numerusform>over %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln visit(s) in all.</source>
            <translation>
                <numerusform>%Ln visit in all.</numerusform>
                <numerusform>%Ln visits in all.</numerusform>
            </translation>
        </message>
        <message>
            <source>Busiest hours: %1.</source>
            <translation>Busiest hours: %1.</translation>
        </message>
        <message>
            <source>No visits in the period.</source>
            <translation>No visits in the period.</translation>
        </message>
        <message>
            <source>No visits</source>
            <translation>No visits</translation>
        </message>
        <message>
            <source>Mean visits per hour on such a day (hour the visit began)</source>
            <translation>Mean visits per hour on such a day (hour the visit began)</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Help text</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Quick cases (drop-in)</source>
            <translation>Quick cases (drop-in)</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Group participants (enrolments)</source>
            <translation>Group participants (enrolments)</translation>
        </message>
        <message>
            <source>Attendance at group sessions</source>
            <translation>Attendance at group sessions</translation>
        </message>
        <message>
            <source>Progress readings</source>
            <translation>Progress readings</translation>
        </message>
        <message>
            <source>The file is CSV in UTF-8 with the header row %1</source>
            <translation>The file is CSV in UTF-8 with the header row %1</translation>
        </message>
        <message>
            <source>Optional columns: %1</source>
            <translation>Optional columns: %1</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Choose the CSV file</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>The file cannot be imported as it is; nothing was written.</source>
            <translation>The file cannot be imported as it is; nothing was written.</translation>
        </message>
        <message>
            <source>The same content has been imported before. Tick “Import even if …” to import it again.</source>
            <translation>The same content has been imported before. Tick “Import even if …” to import it again.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) can be imported.</source>
            <translation>
                <numerusform>%n row can be imported.</numerusform>
                <numerusform>%n rows can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n row(s) are shown.</source>
            <translation>
                <numerusform>The first %n row is shown.</numerusform>
                <numerusform>The first %n rows are shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Taking a backup first…</source>
            <translation>Taking a backup first…</translation>
        </message>
        <message>
            <source>Checking and importing every row…</source>
            <translation>Checking and importing every row…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) imported from %1.</source>
            <translation>
                <numerusform>%n row imported from %1.</numerusform>
                <numerusform>%n rows imported from %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was imported.</source>
            <translation>The import was cancelled: nothing was imported.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Import a CSV file</translation>
        </message>
        <message>
            <source>&amp;Kind of file:</source>
            <translation>&amp;Kind of file:</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>What the file holds</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>The CSV file to import</source>
            <translation>The CSV file to import</translation>
        </message>
        <message>
            <source>Choose a file, or type its path and press Enter</source>
            <translation>Choose a file, or type its path and press Enter</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>Import &amp;even if the same content was imported before</source>
            <translation>Import &amp;even if the same content was imported before</translation>
        </message>
        <message>
            <source>Import even if the same content was imported before</source>
            <translation>Import even if the same content was imported before</translation>
        </message>
        <message>
            <source>The file's first rows</source>
            <translation>The file's first rows</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Import the file</source>
            <translation>Import the file</translation>
        </message>
        <message>
            <source>Ca&amp;ncel the import</source>
            <translation>Ca&amp;ncel the import</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Cancel the import</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>No years to show</source>
            <translation>No years to show</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>no target</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>not judged</translation>
        </message>
        <message>
            <source>target met</source>
            <translation>target met</translation>
        </message>
        <message>
            <source>target not met</source>
            <translation>target not met</translation>
        </message>
        <message>
            <source>target at most %1</source>
            <translation>target at most %1</translation>
        </message>
        <message>
            <source>target at least %1</source>
            <translation>target at least %1</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
    </context>
    <context>
        <name>IndicatorManager</name>
        <message>
            <source>Choose indicators and targets</source>
            <translation>Choose indicators and targets</translation>
        </message>
        <message>
            <source>Indicators followed, in order</source>
            <translation>Indicators followed, in order</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>&amp;Up</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>Do&amp;wn</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <source>Stop following the indicator</source>
            <translation>Stop following the indicator</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>Save &amp;target</source>
            <translation>Save &amp;target</translation>
        </message>
        <message>
            <source>Save the target</source>
            <translation>Save the target</translation>
        </message>
        <message>
            <source>Remo&amp;ve target</source>
            <translation>Remo&amp;ve target</translation>
        </message>
        <message>
            <source>Remove the target</source>
            <translation>Remove the target</translation>
        </message>
        <message>
            <source>Measure to follow</source>
            <translation>Measure to follow</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Add indicator</source>
            <translation>Add indicator</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Better when:</source>
            <translation>&amp;Better when:</translation>
        </message>
        <message>
            <source>Target ye&amp;ar:</source>
            <translation>Target ye&amp;ar:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>Tar&amp;get:</translation>
        </message>
        <message>
            <source>&amp;Followed, in order:</source>
            <translation>&amp;Followed, in order:</translation>
        </message>
        <message>
            <source>Add from the catal&amp;ogue:</source>
            <translation>Add from the catal&amp;ogue:</translation>
        </message>
        <message>
            <source>Resource indicators</source>
            <translation>Resource indicators</translation>
        </message>
        <message>
            <source>Activity indicators</source>
            <translation>Activity indicators</translation>
        </message>
        <message>
            <source>Result indicators</source>
            <translation>Result indicators</translation>
        </message>
        <message>
            <source>resource indicator</source>
            <translation>resource indicator</translation>
        </message>
        <message>
            <source>activity indicator</source>
            <translation>activity indicator</translation>
        </message>
        <message>
            <source>result indicator</source>
            <translation>result indicator</translation>
        </message>
        <message>
            <source>No indicator chosen yet.</source>
            <translation>No indicator chosen yet.</translation>
        </message>
        <message>
            <source>Targets: %1</source>
            <translation>Targets: %1</translation>
        </message>
        <message>
            <source>No targets yet.</source>
            <translation>No targets yet.</translation>
        </message>
        <message>
            <source>Target for %1 in %2</source>
            <translation>Target for %1 in %2</translation>
        </message>
        <message>
            <source>Now following: %1</source>
            <translation>Now following: %1</translation>
        </message>
        <message>
            <source>Stop following</source>
            <translation>Stop following</translation>
        </message>
        <message>
            <source>Stop following %1? Its targets are removed as well.</source>
            <translation>Stop following %1? Its targets are removed as well.</translation>
        </message>
        <message>
            <source>No longer following: %1</source>
            <translation>No longer following: %1</translation>
        </message>
        <message>
            <source>%1 is now number %2.</source>
            <translation>%1 is now number %2.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>The target for %1 in %2 must be a number, e.g. 1200 or 55.5: “%3” is not one.</source>
            <translation>The target for %1 in %2 must be a number, e.g. 1200 or 55.5: “%3” is not one.</translation>
        </message>
        <message>
            <source>Target for %1 in %2: %3.</source>
            <translation>Target for %1 in %2: %3.</translation>
        </message>
        <message>
            <source>No target for %1 in %2.</source>
            <translation>No target for %1 in %2.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Compare with earlier years</source>
            <translation>Compare with earlier years</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the table as PDF</source>
            <translation>Save the table as PDF</translation>
        </message>
        <message>
            <source>Save as &amp;Excel…</source>
            <translation>Save as &amp;Excel…</translation>
        </message>
        <message>
            <source>Save the table as Excel</source>
            <translation>Save the table as Excel</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Save as &amp;CSV…</translation>
        </message>
        <message>
            <source>Save the table as CSV</source>
            <translation>Save the table as CSV</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Co&amp;mpare with:</source>
            <translation>Co&amp;mpare with:</translation>
        </message>
        <message>
            <source>earlier years</source>
            <translation>earlier years</translation>
        </message>
        <message>
            <source>Meeting p&amp;lace:</source>
            <translation>Meeting p&amp;lace:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Indicators per year</source>
            <translation>Indicators per year</translation>
        </message>
        <message>
            <source>Only team leads and administrators choose the indicators and their targets.</source>
            <translation>Only team leads and administrators choose the indicators and their targets.</translation>
        </message>
        <message>
            <source>All meeting places</source>
            <translation>All meeting places</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Reading the figures…</translation>
        </message>
        <message>
            <source>No indicators yet: add the first ones from the catalogue on the right.</source>
            <translation>No indicators yet: add the first ones from the catalogue on the right.</translation>
        </message>
        <message>
            <source>No indicators yet: a team lead chooses them.</source>
            <translation>No indicators yet: a team lead chooses them.</translation>
        </message>
        <message>
            <source>The indicators could not be read: %1</source>
            <translation>The indicators could not be read: %1</translation>
        </message>
        <message>
            <source>Save indicators</source>
            <translation>Save indicators</translation>
        </message>
    </context>
    <context>
        <name>ItemModel</name>
        <message>
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Retired: no longer offered, kept in earlier records and tables</source>
            <translation>Retired: no longer offered, kept in earlier records and tables</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>For the coach: leave the participant's screen</source>
            <translation>For the coach: leave the participant's screen</translation>
        </message>
        <message>
            <source>Wrong PIN. The participant's screen stays open.</source>
            <translation>Wrong PIN. The participant's screen stays open.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Vägledare</source>
            <translation>Welcome to Vägledare</translation>
        </message>
        <message>
            <source>Five short steps and the desk is ready.</source>
            <translation>Five short steps and the desk is ready.</translation>
        </message>
        <message>
            <source>Choose the language of the program. You can change it later in the View menu.</source>
            <translation>Choose the language of the program. You can change it later in the View menu.</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Swedish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Want to look around first? Sample data opens a separate demo journal with a made-up year of visits, cases, language groups and readings. Your own journal is not touched.</source>
            <translation>Want to look around first? Sample data opens a separate demo journal with a made-up year of visits, cases, language groups and readings. Your own journal is not touched.</translation>
        </message>
        <message>
            <source>&amp;Try with sample data</source>
            <translation>&amp;Try with sample data</translation>
        </message>
        <message>
            <source>Try with sample data</source>
            <translation>Try with sample data</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>%1, enrolled %2</source>
            <translation>%1, enrolled %2</translation>
        </message>
        <message>
            <source>Participant leaves the group</source>
            <translation>Participant leaves the group</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Last day:</translation>
        </message>
        <message>
            <source>Last day in the group</source>
            <translation>Last day in the group</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>Where the participant went</source>
            <translation>Where the participant went</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Vägledare is locked</source>
            <translation>Vägledare is locked</translation>
        </message>
        <message>
            <source>Give your PIN to continue. Anyone on the staff can unlock as themselves.</source>
            <translation>Give your PIN to continue. Anyone on the staff can unlock as themselves.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Vägledare</source>
            <translation>Log in to Vägledare</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
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
            <translation>DEMO – %1 – sample data, not the real journal</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (read-only)</translation>
        </message>
        <message>
            <source>&amp;Log (Ctrl+1)</source>
            <translation>&amp;Log (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Day (Ctrl+2)</source>
            <translation>&amp;Day (Ctrl+2)</translation>
        </message>
        <message>
            <source>&amp;Reports (Ctrl+3)</source>
            <translation>&amp;Reports (Ctrl+3)</translation>
        </message>
        <message>
            <source>Ca&amp;ses (Ctrl+4)</source>
            <translation>Ca&amp;ses (Ctrl+4)</translation>
        </message>
        <message>
            <source>&amp;Groups (Ctrl+5)</source>
            <translation>&amp;Groups (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;Progress (Ctrl+6)</source>
            <translation>&amp;Progress (Ctrl+6)</translation>
        </message>
        <message>
            <source>O&amp;verview (Ctrl+7)</source>
            <translation>O&amp;verview (Ctrl+7)</translation>
        </message>
        <message>
            <source>&amp;Indicators (Ctrl+8)</source>
            <translation>&amp;Indicators (Ctrl+8)</translation>
        </message>
        <message>
            <source>DEMO – sample data: everything here is made up, and nothing you do here touches the real journal.</source>
            <translation>DEMO – sample data: everything here is made up, and nothing you do here touches the real journal.</translation>
        </message>
        <message>
            <source>Demo journal</source>
            <translation>Demo journal</translation>
        </message>
        <message>
            <source>Demo journal: every staff member's PIN is %1.</source>
            <translation>Demo journal: every staff member's PIN is %1.</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>Journal: %1</translation>
        </message>
        <message>
            <source>Demo journal (sample data): %1</source>
            <translation>Demo journal (sample data): %1</translation>
        </message>
        <message>
            <source>Text size %1 %</source>
            <translation>Text size %1 %</translation>
        </message>
        <message>
            <source>A journal exchange is running: the new language is used the next time Vägledare starts.</source>
            <translation>A journal exchange is running: the new language is used the next time Vägledare starts.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>E&amp;xport journal exchange…</source>
            <translation>E&amp;xport journal exchange…</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>&amp;Import journal exchange…</source>
            <translation>&amp;Import journal exchange…</translation>
        </message>
        <message>
            <source>&amp;Synchronise with server</source>
            <translation>&amp;Synchronise with server</translation>
        </message>
        <message>
            <source>Journal exchange s&amp;tatus…</source>
            <translation>Journal exchange s&amp;tatus…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Staff and roles…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Audit log…</translation>
        </message>
        <message>
            <source>&amp;Processing of personal data…</source>
            <translation>&amp;Processing of personal data…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>The activities and events of a month: log, change or delete</source>
            <translation>The activities and events of a month: log, change or delete</translation>
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
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>&amp;Meeting place settings…</source>
            <translation>&amp;Meeting place settings…</translation>
        </message>
        <message>
            <source>Meeting places, categories, age bands, the log grid, activities</source>
            <translation>Meeting places, categories, age bands, the log grid, activities</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>List the journal's backups, take one now, restore one</source>
            <translation>List the journal's backups, take one now, restore one</translation>
        </message>
        <message>
            <source>Import a &amp;CSV file…</source>
            <translation>Import a &amp;CSV file…</translation>
        </message>
        <message>
            <source>Quick cases, cases, participants, attendance or readings</source>
            <translation>Quick cases, cases, participants, attendance or readings</translation>
        </message>
        <message>
            <source>&amp;Activities and events…</source>
            <translation>&amp;Activities and events…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Larger text</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>S&amp;maller text</translation>
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
            <source>&amp;Text size</source>
            <translation>&amp;Text size</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Help for this screen</translation>
        </message>
        <message>
            <source>&amp;Quick guide (PDF)…</source>
            <translation>&amp;Quick guide (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Try with sample data</source>
            <translation>&amp;Try with sample data</translation>
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
            <source>This window already shows the sample data.</source>
            <translation>This window already shows the sample data.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Save quick guide</source>
            <translation>Save quick guide</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
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
Ctrl+1 … Ctrl+8: Log, Day, Reports, Cases, Groups, Progress, Overview,
Indicators
Ctrl+N / Ctrl+K (in Cases): new case, new contact
Groups: Enter on a session opens its roll call; there Space cycles a mark,
1 / 2 / 3 set Present / Absent / Excused, Ctrl+S saves
Day: Alt+Left / Alt+Right the day before / after, Alt+Home today;
F2 changes the selected entry, Delete removes the selected entries
F5: refresh the counts
Ctrl+L: lock the window    F1: help for this screen</source>
            <translation>Arrow keys: move between cells
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
Ctrl+L: lock the window    F1: help for this screen</translation>
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
        <name>MergeSummaryModel</name>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>No one yet</source>
            <translation>No one yet</translation>
        </message>
        <message>
            <source>None — a new case</source>
            <translation>None — a new case</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>A case follows one participant code over weeks or months. Leave the code empty to generate one; never write a personal identity number or a name.</source>
            <translation>A case follows one participant code over weeks or months. Leave the code empty to generate one; never write a personal identity number or a name.</translation>
        </message>
        <message>
            <source>From &amp;quick case:</source>
            <translation>From &amp;quick case:</translation>
        </message>
        <message>
            <source>Start from a quick case</source>
            <translation>Start from a quick case</translation>
        </message>
        <message>
            <source>A quick case that turned into a case keeps its day, meeting place, gender and age band</source>
            <translation>A quick case that turned into a case keeps its day, meeting place, gender and age band</translation>
        </message>
        <message>
            <source>Participant &amp;code:</source>
            <translation>Participant &amp;code:</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Participant code</translation>
        </message>
        <message>
            <source>Empty: generate a new code</source>
            <translation>Empty: generate a new code</translation>
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
            <source>&amp;Route:</source>
            <translation>&amp;Route:</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Found us &amp;through:</source>
            <translation>Found us &amp;through:</translation>
        </message>
        <message>
            <source>How the person found the desk</source>
            <translation>How the person found the desk</translation>
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
            <source>&amp;Age band:</source>
            <translation>&amp;Age band:</translation>
        </message>
        <message>
            <source>Age band at intake</source>
            <translation>Age band at intake</translation>
        </message>
        <message>
            <source>Responsible c&amp;oach:</source>
            <translation>Responsible c&amp;oach:</translation>
        </message>
        <message>
            <source>Responsible coach</source>
            <translation>Responsible coach</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
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
            <translation>Processing of personal data</translation>
        </message>
        <message>
            <source>Every register extract tells the person this. The retention time and the person's rights (correction, erasure, restriction, complaint to IMY) are added by the journal itself.</source>
            <translation>Every register extract tells the person this. The retention time and the person's rights (correction, erasure, restriction, complaint to IMY) are added by the journal itself.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPane</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Enrol a &amp;participant…</source>
            <translation>Enrol a &amp;participant…</translation>
        </message>
        <message>
            <source>Enrol a participant code</source>
            <translation>Enrol a participant code</translation>
        </message>
        <message>
            <source>Mar&amp;k as left…</source>
            <translation>Mar&amp;k as left…</translation>
        </message>
        <message>
            <source>Register that the selected participant leaves</source>
            <translation>Register that the selected participant leaves</translation>
        </message>
        <message>
            <source>&amp;Back in the group</source>
            <translation>&amp;Back in the group</translation>
        </message>
        <message>
            <source>Undo the leaving of the selected participant</source>
            <translation>Undo the leaving of the selected participant</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
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
            <translation>Employer</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
            <translation>Unit</translation>
        </message>
        <message>
            <source>e.g. Eskilstuna kommun</source>
            <translation>e.g. Eskilstuna kommun</translation>
        </message>
        <message>
            <source>e.g. Arbetsmarknadsförvaltningen</source>
            <translation>e.g. Arbetsmarknadsförvaltningen</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>U&amp;nit:</source>
            <translation>U&amp;nit:</translation>
        </message>
        <message>
            <source>Sa&amp;ve organisation</source>
            <translation>Sa&amp;ve organisation</translation>
        </message>
        <message>
            <source>Save the organisation and unit</source>
            <translation>Save the organisation and unit</translation>
        </message>
        <message>
            <source>Printed in the footer and the file properties of every report.</source>
            <translation>Printed in the footer and the file properties of every report.</translation>
        </message>
        <message>
            <source>The last day of interim period 1</source>
            <translation>The last day of interim period 1</translation>
        </message>
        <message>
            <source>The last day of interim period 2</source>
            <translation>The last day of interim period 2</translation>
        </message>
        <message>
            <source>The month quarter 1 begins in</source>
            <translation>The month quarter 1 begins in</translation>
        </message>
        <message>
            <source>Interim period &amp;1 ends on:</source>
            <translation>Interim period &amp;1 ends on:</translation>
        </message>
        <message>
            <source>Interim period &amp;2 ends on:</source>
            <translation>Interim period &amp;2 ends on:</translation>
        </message>
        <message>
            <source>Quarter 1 &amp;begins in:</source>
            <translation>Quarter 1 &amp;begins in:</translation>
        </message>
        <message>
            <source>&amp;Save periods</source>
            <translation>&amp;Save periods</translation>
        </message>
        <message>
            <source>Save the report periods</source>
            <translation>Save the report periods</translation>
        </message>
        <message>
            <source>&amp;Restore the defaults</source>
            <translation>&amp;Restore the defaults</translation>
        </message>
        <message>
            <source>Put the default periods in the fields (saved with Save periods)</source>
            <translation>Put the default periods in the fields (saved with Save periods)</translation>
        </message>
        <message>
            <source>Interim periods always begin on 1 January; the full year is the calendar year. The report page and the command line (--delar, --quarter) use these periods. Defaults: interim period 1 ends on 30 April, interim period 2 on 31 August, and quarter 1 begins in January (calendar quarters).</source>
            <translation>Interim periods always begin on 1 January; the full year is the calendar year. The report page and the command line (--delar, --quarter) use these periods. Defaults: interim period 1 ends on 30 April, interim period 2 on 31 August, and quarter 1 begins in January (calendar quarters).</translation>
        </message>
        <message>
            <source>Organisation saved: %1.</source>
            <translation>Organisation saved: %1.</translation>
        </message>
        <message>
            <source>Report periods saved: interim period 1 ends on %1, interim period 2 on %2, quarter 1 begins in %3.</source>
            <translation>Report periods saved: interim period 1 ends on %1, interim period 2 on %2, quarter 1 begins in %3.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>Welcome back: %1 is already in this journal as %2. Your role stays as it is.</source>
            <translation>Welcome back: %1 is already in this journal as %2. Your role stays as it is.</translation>
        </message>
        <message>
            <source>This journal has no administrator yet, so you become its administrator: you add staff, give the roles of team lead and administrator, and read the audit log (File → Staff and roles).</source>
            <translation>This journal has no administrator yet, so you become its administrator: you add staff, give the roles of team lead and administrator, and read the audit log (File → Staff and roles).</translation>
        </message>
        <message>
            <source>Choose job coach or language tutor. The roles of team lead and administrator are given by an administrator in File → Staff and roles; ask yours if you need one.</source>
            <translation>Choose job coach or language tutor. The roles of team lead and administrator are given by an administrator in File → Staff and roles; ask yours if you need one.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Your name or initials, as colleagues know you at the desk.</source>
            <translation>Your name or initials, as colleagues know you at the desk.</translation>
        </message>
        <message>
            <source>Your &amp;name or initials:</source>
            <translation>Your &amp;name or initials:</translation>
        </message>
        <message>
            <source>Your name or initials</source>
            <translation>Your name or initials</translation>
        </message>
        <message>
            <source>e.g. AB</source>
            <translation>e.g. AB</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
    </context>
    <context>
        <name>PinForm</name>
        <message>
            <source>Who are you</source>
            <translation>Who are you</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN or password</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Repeat the new PIN</translation>
        </message>
        <message>
            <source>&amp;Who are you:</source>
            <translation>&amp;Who are you:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;New PIN:</translation>
        </message>
        <message>
            <source>&amp;Repeat new PIN:</source>
            <translation>&amp;Repeat new PIN:</translation>
        </message>
        <message>
            <source>&amp;Forgotten PIN…</source>
            <translation>&amp;Forgotten PIN…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>&amp;Start code:</source>
            <translation>&amp;Start code:</translation>
        </message>
        <message>
            <source>Choose a PIN of at least 4 digits (or a password of at least 8 characters).</source>
            <translation>Choose a PIN of at least 4 digits (or a password of at least 8 characters).</translation>
        </message>
        <message>
            <source>Enter the start code from your team lead, then choose your own PIN (at least 4 digits, or a password of at least 8 characters).</source>
            <translation>Enter the start code from your team lead, then choose your own PIN (at least 4 digits, or a password of at least 8 characters).</translation>
        </message>
        <message>
            <source>This account has no PIN yet. Ask a team lead for a start code (Staff and roles).</source>
            <translation>This account has no PIN yet. Ask a team lead for a start code (Staff and roles).</translation>
        </message>
        <message>
            <source>Forgotten PIN</source>
            <translation>Forgotten PIN</translation>
        </message>
        <message>
            <source>The recovery code (kept in the office safe):</source>
            <translation>The recovery code (kept in the office safe):</translation>
        </message>
        <message>
            <source>Wrong recovery code.</source>
            <translation>Wrong recovery code.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again.</source>
            <translation>Wrong PIN. Try again.</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>Wrong PIN. Try again.</source>
            <translation>Wrong PIN. Try again.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Your PIN</translation>
        </message>
        <message>
            <source>The PIN unlocks the window when it has locked itself.</source>
            <translation>The PIN unlocks the window when it has locked itself.</translation>
        </message>
        <message>
            <source>You already have a PIN in this journal: give it here.</source>
            <translation>You already have a PIN in this journal: give it here.</translation>
        </message>
        <message>
            <source>Choose a PIN of at least 4 digits (or a password of at least 8 characters). The window locks after a few minutes without use, and with Ctrl+L; your PIN opens it again.</source>
            <translation>Choose a PIN of at least 4 digits (or a password of at least 8 characters). The window locks after a few minutes without use, and with Ctrl+L; your PIN opens it again.</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN:</source>
            <translation>&amp;Repeat the PIN:</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Leave the participant's screen</source>
            <translation>Leave the participant's screen</translation>
        </message>
        <message>
            <source>The coach's &amp;PIN:</source>
            <translation>The coach's &amp;PIN:</translation>
        </message>
        <message>
            <source>The coach's PIN</source>
            <translation>The coach's PIN</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Hours per week</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
    </context>
    <context>
        <name>PrivacyActions</name>
        <message>
            <source>Register e&amp;xtract (PDF)…</source>
            <translation>Register e&amp;xtract (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Erase a participant code…</source>
            <translation>&amp;Erase a participant code…</translation>
        </message>
        <message>
            <source>Re&amp;tention (gallring)…</source>
            <translation>Re&amp;tention (gallring)…</translation>
        </message>
        <message>
            <source>Register extract</source>
            <translation>Register extract</translation>
        </message>
        <message>
            <source>Participant code:</source>
            <translation>Participant code:</translation>
        </message>
        <message>
            <source>Save register extract</source>
            <translation>Save register extract</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>The journal does not yet say %1. The extract will say it is not filled in. A team lead fills this in once under File → Processing of personal data. Make the extract anyway?</source>
            <translation>The journal does not yet say %1. The extract will say it is not filled in. A team lead fills this in once under File → Processing of personal data. Make the extract anyway?</translation>
        </message>
        <message>
            <source>Erase a participant code</source>
            <translation>Erase a participant code</translation>
        </message>
        <message>
            <source>Retention (gallring)</source>
            <translation>Retention (gallring)</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>Progress charts</source>
            <translation>Progress charts</translation>
        </message>
        <message>
            <source>Star chart of the factors</source>
            <translation>Star chart of the factors</translation>
        </message>
        <message>
            <source>Each factor over time</source>
            <translation>Each factor over time</translation>
        </message>
        <message>
            <source>&amp;Star and comparison</source>
            <translation>&amp;Star and comparison</translation>
        </message>
        <message>
            <source>Over ti&amp;me</source>
            <translation>Over ti&amp;me</translation>
        </message>
        <message>
            <source>No readings yet</source>
            <translation>No readings yet</translation>
        </message>
        <message>
            <source>The factors, first and latest reading</source>
            <translation>The factors, first and latest reading</translation>
        </message>
        <message>
            <source>First %1</source>
            <translation>First %1</translation>
        </message>
        <message>
            <source>Latest %1</source>
            <translation>Latest %1</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Reading %1</translation>
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
        <name>ReadingModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Answered by</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Deleted: %1</translation>
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
            <translation>Recovery code %1</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Shown only this once.</source>
            <translation>Shown only this once.</translation>
        </message>
        <message>
            <source>As the journal's first lead you receive its recovery code: write it down and keep it in the office safe. With it, anyone at the login screen can give any account a new start code (Forgotten PIN), even yours if you are locked out. A team lead can make a new one later under Staff and roles.</source>
            <translation>As the journal's first lead you receive its recovery code: write it down and keep it in the office safe. With it, anyone at the login screen can give any account a new start code (Forgotten PIN), even yours if you are locked out. A team lead can make a new one later under Staff and roles.</translation>
        </message>
        <message>
            <source>I have &amp;written the code down and put it somewhere safe</source>
            <translation>I have &amp;written the code down and put it somewhere safe</translation>
        </message>
        <message>
            <source>I have written the code down</source>
            <translation>I have written the code down</translation>
        </message>
    </context>
    <context>
        <name>RemoveContactDialog</name>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Say why the contact is removed.</source>
            <translation>Say why the contact is removed.</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Remove contact</translation>
        </message>
        <message>
            <source>The contact is deleted from the case and from the reports. The audit log keeps its date and type, who removed it and why; the note is not kept.</source>
            <translation>The contact is deleted from the case and from the reports. The audit log keeps its date and type, who removed it and why; the note is not kept.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Why the contact is removed</source>
            <translation>Why the contact is removed</translation>
        </message>
        <message>
            <source>Required, e.g. logged on the wrong case</source>
            <translation>Required, e.g. logged on the wrong case</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen case</source>
            <translation>Reopen case</translation>
        </message>
        <message>
            <source>The closing stays in the case's history; reports count the case as open again until it is closed anew.</source>
            <translation>The closing stays in the case's history; reports count the case as open again until it is closed anew.</translation>
        </message>
        <message>
            <source>Date the case is reopened</source>
            <translation>Date the case is reopened</translation>
        </message>
        <message>
            <source>Reopened &amp;on:</source>
            <translation>Reopened &amp;on:</translation>
        </message>
    </context>
    <context>
        <name>ReportOptionsPanel</name>
        <message>
            <source>Both routes</source>
            <translation>Both routes</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>not entered</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Hide small counts (1–4) for publishing</source>
            <translation>Hide small counts (1–4) for publishing</translation>
        </message>
        <message>
            <source>Hide small counts for publishing</source>
            <translation>Hide small counts for publishing</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Reso&amp;urces per year…</source>
            <translation>Reso&amp;urces per year…</translation>
        </message>
        <message>
            <source>Enter FTEs and cost per year</source>
            <translation>Enter FTEs and cost per year</translation>
        </message>
        <message>
            <source>Compare with the same period last year</source>
            <translation>Compare with the same period last year</translation>
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
            <source>Interim period %1 (1 January – %2)</source>
            <translation>Interim period %1 (1 January – %2)</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>Quarter %1</translation>
        </message>
        <message>
            <source>Quarter %1 (%2)</source>
            <translation>Quarter %1 (%2)</translation>
        </message>
        <message>
            <source>%1 (group: %2)</source>
            <translation>%1 (group: %2)</translation>
        </message>
        <message>
            <source>Choose at least one meeting place.</source>
            <translation>Choose at least one meeting place.</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Reading the figures…</translation>
        </message>
        <message>
            <source>The report could not be built: %1</source>
            <translation>The report could not be built: %1</translation>
        </message>
        <message>
            <source>Only your own entries and cases are included.</source>
            <translation>Only your own entries and cases are included.</translation>
        </message>
        <message>
            <source>the whole journal</source>
            <translation>the whole journal</translation>
        </message>
        <message>
            <source>The resource table needs the FTEs for %1 in %2 (%3). Enter them above for this report, or store them for each year with Resources per year….</source>
            <translation>The resource table needs the FTEs for %1 in %2 (%3). Enter them above for this report, or store them for each year with Resources per year….</translation>
        </message>
        <message>
            <source>The resource table needs the personnel cost per FTE for %1 in %2 (%3). Enter it above for this report, or store it for each year with Resources per year….</source>
            <translation>The resource table needs the personnel cost per FTE for %1 in %2 (%3). Enter it above for this report, or store it for each year with Resources per year….</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Print report</translation>
        </message>
        <message>
            <source>Sent to the printer: %1</source>
            <translation>Sent to the printer: %1</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
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
            <source>P&amp;rint… (Ctrl+P)</source>
            <translation>P&amp;rint… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Print the report</translation>
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
        <name>ReportSaver</name>
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
    </context>
    <context>
        <name>ResourceYearsModel</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>FTEs</source>
            <translation>FTEs</translation>
        </message>
        <message>
            <source>Cost per FTE and year</source>
            <translation>Cost per FTE and year</translation>
        </message>
        <message>
            <source>Whole journal</source>
            <translation>Whole journal</translation>
        </message>
        <message>
            <source>0 (not counted)</source>
            <translation>0 (not counted)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesDialog</name>
        <message>
            <source>not entered</source>
            <translation>not entered</translation>
        </message>
        <message>
            <source>Whole journal</source>
            <translation>Whole journal</translation>
        </message>
        <message>
            <source>Saved: %1, %2.</source>
            <translation>Saved: %1, %2.</translation>
        </message>
        <message>
            <source>Resources per year</source>
            <translation>Resources per year</translation>
        </message>
        <message>
            <source>Full-time equivalents (FTEs) per route and the personnel cost per FTE and year, for each calendar year. The resource table counts every year with its own figures. 0 FTEs: the route is not counted that year.</source>
            <translation>Full-time equivalents (FTEs) per route and the personnel cost per FTE and year, for each calendar year. The resource table counts every year with its own figures. 0 FTEs: the route is not counted that year.</translation>
        </message>
        <message>
            <source>Stored resources per year</source>
            <translation>Stored resources per year</translation>
        </message>
        <message>
            <source>Enter a year</source>
            <translation>Enter a year</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Calendar year</source>
            <translation>Calendar year</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>Meeting place, group or the whole journal</source>
            <translation>Meeting place, group or the whole journal</translation>
        </message>
        <message>
            <source>FTEs, c&amp;itizen service:</source>
            <translation>FTEs, c&amp;itizen service:</translation>
        </message>
        <message>
            <source>FTEs for citizen service</source>
            <translation>FTEs for citizen service</translation>
        </message>
        <message>
            <source>FTEs, &amp;referred:</source>
            <translation>FTEs, &amp;referred:</translation>
        </message>
        <message>
            <source>FTEs for referred cases</source>
            <translation>FTEs for referred cases</translation>
        </message>
        <message>
            <source>&amp;Personnel cost per FTE and year:</source>
            <translation>&amp;Personnel cost per FTE and year:</translation>
        </message>
        <message>
            <source>Personnel cost per FTE and year in kronor</source>
            <translation>Personnel cost per FTE and year in kronor</translation>
        </message>
        <message>
            <source>&amp;Save the year</source>
            <translation>&amp;Save the year</translation>
        </message>
        <message>
            <source>Save the figures of this year</source>
            <translation>Save the figures of this year</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention (gallring)</source>
            <translation>Retention (gallring)</translation>
        </message>
        <message>
            <source>People with no open case, no current group enrolment and nothing recorded for the chosen number of years get an anonymous code. Their contacts, comments and notes are deleted; cases, closings, enrolments, attendance and readings stay, so every report counts the same.</source>
            <translation>People with no open case, no current group enrolment and nothing recorded for the chosen number of years get an anonymous code. Their contacts, comments and notes are deleted; cases, closings, enrolments, attendance and readings stay, so every report counts the same.</translation>
        </message>
        <message>
            <source>Retention period in years</source>
            <translation>Retention period in years</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Retention &amp;period:</source>
            <translation>Retention &amp;period:</translation>
        </message>
        <message>
            <source>Inactive since before:</source>
            <translation>Inactive since before:</translation>
        </message>
        <message>
            <source>What a retention run would do</source>
            <translation>What a retention run would do</translation>
        </message>
        <message>
            <source>&amp;Keep this period as the journal's retention period</source>
            <translation>&amp;Keep this period as the journal's retention period</translation>
        </message>
        <message>
            <source>&amp;Run retention…</source>
            <translation>&amp;Run retention…</translation>
        </message>
        <message>
            <source>Run retention</source>
            <translation>Run retention</translation>
        </message>
        <message>
            <source>A backup is taken first.</source>
            <translation>A backup is taken first.</translation>
        </message>
        <message>
            <source>The journal is on a database server: make sure the server's own backup is recent.</source>
            <translation>The journal is on a database server: make sure the server's own backup is recent.</translation>
        </message>
        <message numerus="yes">
            <source>Give %n participant(s) anonymous codes and delete their contacts, comments and notes? This cannot be undone in the journal.</source>
            <translation>
                <numerusform>Give %n participant an anonymous code and delete their contacts, comments and notes? This cannot be undone in the journal.</numerusform>
                <numerusform>Give %n participants anonymous codes and delete their contacts, comments and notes? This cannot be undone in the journal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <source>Backup taken before the run: %1</source>
            <translation>Backup taken before the run: %1</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Job coach</source>
            <translation>Job coach</translation>
        </message>
        <message>
            <source>Language tutor</source>
            <translation>Language tutor</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>No role here yet (from another desk)</source>
            <translation>No role here yet (from another desk)</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>RollCallDialog</name>
        <message>
            <source>Roll call – %1</source>
            <translation>Roll call – %1</translation>
        </message>
        <message>
            <source>Click a name or press Space: Present → Absent → Excused. Keys 1, 2, 3 set a mark; arrow keys move.</source>
            <translation>Click a name or press Space: Present → Absent → Excused. Keys 1, 2, 3 set a mark; arrow keys move.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this group on this day: count the walk-in guests and save.</source>
            <translation>Nobody is enrolled in this group on this day: count the walk-in guests and save.</translation>
        </message>
        <message>
            <source>Walk-in guests (not enrolled)</source>
            <translation>Walk-in guests (not enrolled)</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>&amp;Women:</translation>
        </message>
        <message>
            <source>Guests, women</source>
            <translation>Guests, women</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>&amp;Men:</translation>
        </message>
        <message>
            <source>Guests, men</source>
            <translation>Guests, men</translation>
        </message>
        <message>
            <source>&amp;Not stated:</source>
            <translation>&amp;Not stated:</translation>
        </message>
        <message>
            <source>Guests, gender not stated</source>
            <translation>Guests, gender not stated</translation>
        </message>
        <message>
            <source>Activities and note</source>
            <translation>Activities and note</translation>
        </message>
        <message>
            <source>Activity: %1</source>
            <translation>Activity: %1</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note (optional) – no names or personal identity numbers.</source>
            <translation>Note (optional) – no names or personal identity numbers.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>&amp;All present and save</source>
            <translation>&amp;All present and save</translation>
        </message>
        <message>
            <source>Mark everyone not yet marked present and save</source>
            <translation>Mark everyone not yet marked present and save</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>&amp;Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the roll call</source>
            <translation>Save the roll call</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the roll call</source>
            <translation>Close the roll call</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Not marked</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Excused absence</translation>
        </message>
        <message>
            <source>Guests %1</source>
            <translation>Guests %1</translation>
        </message>
        <message>
            <source>Present %1 · Absent %2 · Excused %3 · Not marked %4 · Guests %5</source>
            <translation>Present %1 · Absent %2 · Excused %3 · Not marked %4 · Guests %5</translation>
        </message>
        <message>
            <source>This session is cancelled.</source>
            <translation>This session is cancelled.</translation>
        </message>
        <message>
            <source>This session has not taken place yet.</source>
            <translation>This session has not taken place yet.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Unsaved roll call</source>
            <translation>Unsaved roll call</translation>
        </message>
        <message>
            <source>The roll call has changes that are not saved. Save them?</source>
            <translation>The roll call has changes that are not saved. Save them?</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Add a session</source>
            <translation>Add a session</translation>
        </message>
        <message>
            <source>Move session</source>
            <translation>Move session</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Starts:</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Ends:</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Roll call</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Activities and note</source>
            <translation>Activities and note</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Coming</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>⚠ Not taken</source>
            <translation>⚠ Not taken</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source> (moved)</source>
            <translation> (moved)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPane</name>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Roll &amp;call… (Enter)</source>
            <translation>Roll &amp;call… (Enter)</translation>
        </message>
        <message>
            <source>Take the roll call of the selected session</source>
            <translation>Take the roll call of the selected session</translation>
        </message>
        <message>
            <source>&amp;Add session…</source>
            <translation>&amp;Add session…</translation>
        </message>
        <message>
            <source>Add a session outside the schedule</source>
            <translation>Add a session outside the schedule</translation>
        </message>
        <message>
            <source>Move to another &amp;day…</source>
            <translation>Move to another &amp;day…</translation>
        </message>
        <message>
            <source>Move the selected session</source>
            <translation>Move the selected session</translation>
        </message>
        <message>
            <source>Cancel sessi&amp;on…</source>
            <translation>Cancel sessi&amp;on…</translation>
        </message>
        <message>
            <source>Cancel or restore the selected session</source>
            <translation>Cancel or restore the selected session</translation>
        </message>
        <message>
            <source>Rest&amp;ore cancelled</source>
            <translation>Rest&amp;ore cancelled</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Cancel session</translation>
        </message>
        <message>
            <source>Why is the session on %1 cancelled? (optional)</source>
            <translation>Why is the session on %1 cancelled? (optional)</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>Activity type</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>G&amp;roups of meeting places</source>
            <translation>G&amp;roups of meeting places</translation>
        </message>
        <message>
            <source>Repor&amp;t periods</source>
            <translation>Repor&amp;t periods</translation>
        </message>
        <message>
            <source>Experience survey</source>
            <translation>Experience survey</translation>
        </message>
        <message>
            <source>Group types: %1. They are fixed in the journal (the reports count by them), so they cannot be changed here.</source>
            <translation>Group types: %1. They are fixed in the journal (the reports count by them), so they cannot be changed here.</translation>
        </message>
        <message>
            <source>The meeting place %1 is added.</source>
            <translation>The meeting place %1 is added.</translation>
        </message>
        <message>
            <source>The category %1 is added.</source>
            <translation>The category %1 is added.</translation>
        </message>
        <message>
            <source>Choose a category in the list first.</source>
            <translation>Choose a category in the list first.</translation>
        </message>
        <message>
            <source>The category %1 is now called %2.</source>
            <translation>The category %1 is now called %2.</translation>
        </message>
        <message>
            <source>%1 is moved up.</source>
            <translation>%1 is moved up.</translation>
        </message>
        <message>
            <source>%1 is moved down.</source>
            <translation>%1 is moved down.</translation>
        </message>
        <message>
            <source>The category %1 is retired: the log grid no longer offers it, earlier tables keep it. Add the same name again to bring it back.</source>
            <translation>The category %1 is retired: the log grid no longer offers it, earlier tables keep it. Add the same name again to bring it back.</translation>
        </message>
        <message>
            <source>The age band %1 is added.</source>
            <translation>The age band %1 is added.</translation>
        </message>
        <message>
            <source>Choose an age band in the list first.</source>
            <translation>Choose an age band in the list first.</translation>
        </message>
        <message>
            <source>The age band %1 is corrected to %2.</source>
            <translation>The age band %1 is corrected to %2.</translation>
        </message>
        <message>
            <source>The age band %1 is retired: the log grid no longer offers it, earlier tables keep it.</source>
            <translation>The age band %1 is retired: the log grid no longer offers it, earlier tables keep it.</translation>
        </message>
        <message>
            <source>The log grid now has a column for gender not stated.</source>
            <translation>The log grid now has a column for gender not stated.</translation>
        </message>
        <message>
            <source>The log grid no longer has a column for gender not stated.</source>
            <translation>The log grid no longer has a column for gender not stated.</translation>
        </message>
        <message>
            <source>The activity type %1 is added.</source>
            <translation>The activity type %1 is added.</translation>
        </message>
        <message>
            <source>Choose an activity type in the list first.</source>
            <translation>Choose an activity type in the list first.</translation>
        </message>
        <message>
            <source>The activity type %1 is now called %2.</source>
            <translation>The activity type %1 is now called %2.</translation>
        </message>
        <message>
            <source>The activity type %1 is retired: roll calls no longer offer it, sessions that had it keep it.</source>
            <translation>The activity type %1 is retired: roll calls no longer offer it, sessions that had it keep it.</translation>
        </message>
        <message>
            <source>The type %1 is added.</source>
            <translation>The type %1 is added.</translation>
        </message>
        <message>
            <source>Choose a type in the list first.</source>
            <translation>Choose a type in the list first.</translation>
        </message>
        <message>
            <source>The type %1 is now called %2.</source>
            <translation>The type %1 is now called %2.</translation>
        </message>
        <message>
            <source>The type %1 is retired: new activities are not offered it, earlier ones keep it.</source>
            <translation>The type %1 is retired: new activities are not offered it, earlier ones keep it.</translation>
        </message>
        <message>
            <source>Choose a partner in the list first.</source>
            <translation>Choose a partner in the list first.</translation>
        </message>
        <message>
            <source>%1 is saved as an employer.</source>
            <translation>%1 is saved as an employer.</translation>
        </message>
        <message>
            <source>%1 is saved (not an employer).</source>
            <translation>%1 is saved (not an employer).</translation>
        </message>
        <message numerus="yes">
            <source>Follow-up %n month(s) after closing;</source>
            <translation>
                <numerusform>Follow-up %n month after closing;</numerusform>
                <numerusform>Follow-up %n months after closing;</numerusform>
            </translation>
        </message>
        <message>
            <source>goal %1 %.</source>
            <translation>goal %1 %.</translation>
        </message>
        <message>
            <source>Settings for meeting places</source>
            <translation>Settings for meeting places</translation>
        </message>
        <message>
            <source>Every change is saved at once and recorded in the audit log.</source>
            <translation>Every change is saved at once and recorded in the audit log.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Meeting &amp;places</source>
            <translation>Meeting &amp;places</translation>
        </message>
        <message>
            <source>Meeting places</source>
            <translation>Meeting places</translation>
        </message>
        <message>
            <source>&amp;New meeting place:</source>
            <translation>&amp;New meeting place:</translation>
        </message>
        <message>
            <source>Name of the new meeting place</source>
            <translation>Name of the new meeting place</translation>
        </message>
        <message>
            <source>&amp;Add meeting place</source>
            <translation>&amp;Add meeting place</translation>
        </message>
        <message>
            <source>Add meeting place</source>
            <translation>Add meeting place</translation>
        </message>
        <message>
            <source>A new meeting place gets the default categories and age bands; change them on the next tabs.</source>
            <translation>A new meeting place gets the default categories and age bands; change them on the next tabs.</translation>
        </message>
        <message>
            <source>&amp;Categories</source>
            <translation>&amp;Categories</translation>
        </message>
        <message>
            <source>M&amp;eeting place:</source>
            <translation>M&amp;eeting place:</translation>
        </message>
        <message>
            <source>Meeting place whose list is shown</source>
            <translation>Meeting place whose list is shown</translation>
        </message>
        <message>
            <source>Categories of the meeting place</source>
            <translation>Categories of the meeting place</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>Name of a category</source>
            <translation>Name of a category</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Add a category with this name</source>
            <translation>Add a category with this name</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>Rename the chosen category</source>
            <translation>Rename the chosen category</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move the chosen category up</source>
            <translation>Move the chosen category up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Move the chosen category down</source>
            <translation>Move the chosen category down</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tire</translation>
        </message>
        <message>
            <source>Retire the chosen category</source>
            <translation>Retire the chosen category</translation>
        </message>
        <message>
            <source>The order here is the order of the log grid's rows and of the drop-in table. A category that has been used cannot be renamed: retire it and add a new one, so that earlier tables keep its name. Adding a retired category's name again brings it back.</source>
            <translation>The order here is the order of the log grid's rows and of the drop-in table. A category that has been used cannot be renamed: retire it and add a new one, so that earlier tables keep its name. Adding a retired category's name again brings it back.</translation>
        </message>
        <message>
            <source>A&amp;ge bands</source>
            <translation>A&amp;ge bands</translation>
        </message>
        <message>
            <source>Age bands of the meeting place</source>
            <translation>Age bands of the meeting place</translation>
        </message>
        <message>
            <source>Age &amp;band:</source>
            <translation>Age &amp;band:</translation>
        </message>
        <message>
            <source>Age band, for example 16-17 or 65+</source>
            <translation>Age band, for example 16-17 or 65+</translation>
        </message>
        <message>
            <source>e.g. 16-17 or 65+</source>
            <translation>e.g. 16-17 or 65+</translation>
        </message>
        <message>
            <source>Add an age band</source>
            <translation>Add an age band</translation>
        </message>
        <message>
            <source>C&amp;orrect</source>
            <translation>C&amp;orrect</translation>
        </message>
        <message>
            <source>Correct the chosen age band</source>
            <translation>Correct the chosen age band</translation>
        </message>
        <message>
            <source>Retire the chosen age band</source>
            <translation>Retire the chosen age band</translation>
        </message>
        <message>
            <source>Age bands are ordered by age. The default bands stay as they are, so earlier tables do not change; add a band such as 16-17 or 65+ where it is needed. Only a band that has never been used can be corrected; a used one is retired and a new one added.</source>
            <translation>Age bands are ordered by age. The default bands stay as they are, so earlier tables do not change; add a band such as 16-17 or 65+ where it is needed. Only a band that has never been used can be corrected; a used one is retired and a new one added.</translation>
        </message>
        <message>
            <source>&amp;Log grid</source>
            <translation>&amp;Log grid</translation>
        </message>
        <message>
            <source>Show a column for gender &amp;not stated (Ej angivet) in the log grid</source>
            <translation>Show a column for gender &amp;not stated (Ej angivet) in the log grid</translation>
        </message>
        <message>
            <source>Column for gender not stated in the log grid</source>
            <translation>Column for gender not stated in the log grid</translation>
        </message>
        <message>
            <source>Off by default: a quick case whose gender is not stated is then logged with Ctrl+E. The setting belongs to the journal: every desk on it shows the column.</source>
            <translation>Off by default: a quick case whose gender is not stated is then logged with Ctrl+E. The setting belongs to the journal: every desk on it shows the column.</translation>
        </message>
        <message>
            <source>Group acti&amp;vities</source>
            <translation>Group acti&amp;vities</translation>
        </message>
        <message>
            <source>Activity types offered when a session's roll call is taken:</source>
            <translation>Activity types offered when a session's roll call is taken:</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Activity types</translation>
        </message>
        <message>
            <source>Name of an activity type</source>
            <translation>Name of an activity type</translation>
        </message>
        <message>
            <source>Add an activity type</source>
            <translation>Add an activity type</translation>
        </message>
        <message>
            <source>Rename the chosen activity type</source>
            <translation>Rename the chosen activity type</translation>
        </message>
        <message>
            <source>Retire the chosen activity type</source>
            <translation>Retire the chosen activity type</translation>
        </message>
        <message>
            <source>&amp;Activities and events</source>
            <translation>&amp;Activities and events</translation>
        </message>
        <message>
            <source>Types of activities and events, in the order of the aktiviteter report:</source>
            <translation>Types of activities and events, in the order of the aktiviteter report:</translation>
        </message>
        <message>
            <source>Types of activities and events</source>
            <translation>Types of activities and events</translation>
        </message>
        <message>
            <source>Name of a type of activity or event</source>
            <translation>Name of a type of activity or event</translation>
        </message>
        <message>
            <source>Add a type of activity or event</source>
            <translation>Add a type of activity or event</translation>
        </message>
        <message>
            <source>Rename the chosen type</source>
            <translation>Rename the chosen type</translation>
        </message>
        <message>
            <source>Move the chosen type up</source>
            <translation>Move the chosen type up</translation>
        </message>
        <message>
            <source>Move the chosen type down</source>
            <translation>Move the chosen type down</translation>
        </message>
        <message>
            <source>Retire the chosen type</source>
            <translation>Retire the chosen type</translation>
        </message>
        <message>
            <source>A retired type is no longer offered; activities of that type keep it, and the report shows it where it was used.</source>
            <translation>A retired type is no longer offered; activities of that type keep it, and the report shows it where it was used.</translation>
        </message>
        <message>
            <source>Partn&amp;ers</source>
            <translation>Partn&amp;ers</translation>
        </message>
        <message>
            <source>Partners and employers</source>
            <translation>Partners and employers</translation>
        </message>
        <message>
            <source>Name of the chosen partner</source>
            <translation>Name of the chosen partner</translation>
        </message>
        <message>
            <source>Is an emplo&amp;yer</source>
            <translation>Is an emplo&amp;yer</translation>
        </message>
        <message>
            <source>The partner is an employer</source>
            <translation>The partner is an employer</translation>
        </message>
        <message>
            <source>&amp;Save partner</source>
            <translation>&amp;Save partner</translation>
        </message>
        <message>
            <source>Save the chosen partner's name and whether it is an employer</source>
            <translation>Save the chosen partner's name and whether it is an employer</translation>
        </message>
        <message>
            <source>New partners join the register when an activity names them. Here a name is corrected, or a partner marked as an employer.</source>
            <translation>New partners join the register when an activity names them. Here a name is corrected, or a partner marked as an employer.</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Follow-up</translation>
        </message>
        <message>
            <source>Follow-up due after (&amp;months):</source>
            <translation>Follow-up due after (&amp;months):</translation>
        </message>
        <message>
            <source>Months after closing that the follow-up falls due</source>
            <translation>Months after closing that the follow-up falls due</translation>
        </message>
        <message>
            <source>G&amp;oal:</source>
            <translation>G&amp;oal:</translation>
        </message>
        <message>
            <source>The goal, per cent self-sufficient of those followed up</source>
            <translation>The goal, per cent self-sufficient of those followed up</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Closing &amp;reasons that count as a completed insats (and get a follow-up):</source>
            <translation>Closing &amp;reasons that count as a completed insats (and get a follow-up):</translation>
        </message>
        <message>
            <source>Closing reasons that get a follow-up</source>
            <translation>Closing reasons that get a follow-up</translation>
        </message>
        <message>
            <source>&amp;Save follow-up settings</source>
            <translation>&amp;Save follow-up settings</translation>
        </message>
        <message>
            <source>Save the follow-up settings</source>
            <translation>Save the follow-up settings</translation>
        </message>
        <message>
            <source>The nämnd's goal: at least 70 % of those who complete an insats aimed at self-sufficiency have reached it six months later. The settings belong to the journal.</source>
            <translation>The nämnd's goal: at least 70 % of those who complete an insats aimed at self-sufficiency have reached it six months later. The settings belong to the journal.</translation>
        </message>
    </context>
    <context>
        <name>SideBySideModel</name>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
    </context>
    <context>
        <name>SiteGroupModel</name>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Meeting places</source>
            <translation>Meeting places</translation>
        </message>
    </context>
    <context>
        <name>SiteGroupsPanel</name>
        <message>
            <source>A group is reported as one place: reports that show a block of columns per meeting place show one for the group, and every report can be made for it. Its name cannot be a meeting place's name.</source>
            <translation>A group is reported as one place: reports that show a block of columns per meeting place show one for the group, and every report can be made for it. Its name cannot be a meeting place's name.</translation>
        </message>
        <message>
            <source>Groups of meeting places</source>
            <translation>Groups of meeting places</translation>
        </message>
        <message>
            <source>Name of the group</source>
            <translation>Name of the group</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Meeting places in the group</source>
            <translation>Meeting places in the group</translation>
        </message>
        <message>
            <source>Meeting places in the &amp;group (tick with the space bar):</source>
            <translation>Meeting places in the &amp;group (tick with the space bar):</translation>
        </message>
        <message>
            <source>&amp;Add group</source>
            <translation>&amp;Add group</translation>
        </message>
        <message>
            <source>Add a group with this name and these places</source>
            <translation>Add a group with this name and these places</translation>
        </message>
        <message>
            <source>&amp;Save meeting places</source>
            <translation>&amp;Save meeting places</translation>
        </message>
        <message>
            <source>Save the chosen group's meeting places</source>
            <translation>Save the chosen group's meeting places</translation>
        </message>
        <message>
            <source>&amp;Remove group</source>
            <translation>&amp;Remove group</translation>
        </message>
        <message>
            <source>Remove the chosen group</source>
            <translation>Remove the chosen group</translation>
        </message>
        <message>
            <source>The group %1 is added.</source>
            <translation>The group %1 is added.</translation>
        </message>
        <message>
            <source>The group %1 has its meeting places saved.</source>
            <translation>The group %1 has its meeting places saved.</translation>
        </message>
        <message>
            <source>The group %1 is removed; its meeting places and their records stay.</source>
            <translation>The group %1 is removed; its meeting places and their records stay.</translation>
        </message>
    </context>
    <context>
        <name>SiteModel</name>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Age bands</source>
            <translation>Age bands</translation>
        </message>
    </context>
    <context>
        <name>SitePage</name>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Where does this desk log its visits?</source>
            <translation>Where does this desk log its visits?</translation>
        </message>
        <message>
            <source>Pick the meeting place from the list, or type the name of a new one: it is created with the usual categories and age bands, which a team lead can change.</source>
            <translation>Pick the meeting place from the list, or type the name of a new one: it is created with the usual categories and age bands, which a team lead can change.</translation>
        </message>
        <message>
            <source>&amp;Meeting place:</source>
            <translation>&amp;Meeting place:</translation>
        </message>
        <message>
            <source>e.g. Fröslunda</source>
            <translation>e.g. Fröslunda</translation>
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
            <translation>e.g. Eskilstuna kommun (optional)</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>e.g. Arbetsmarknadsförvaltningen (optional)</source>
            <translation>e.g. Arbetsmarknadsförvaltningen (optional)</translation>
        </message>
        <message>
            <source>Printed in the footer and the file properties of every report.</source>
            <translation>Printed in the footer and the file properties of every report.</translation>
        </message>
    </context>
    <context>
        <name>Speaker</name>
        <message>
            <source>Read aloud</source>
            <translation>Read aloud</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Staff and roles</source>
            <translation>Staff and roles</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Staff members</translation>
        </message>
        <message>
            <source>Name or initials</source>
            <translation>Name or initials</translation>
        </message>
        <message>
            <source>Name or initials of the new staff member</source>
            <translation>Name or initials of the new staff member</translation>
        </message>
        <message>
            <source>Role of the new staff member</source>
            <translation>Role of the new staff member</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Add staff member</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <source>Give &amp;start code…</source>
            <translation>Give &amp;start code…</translation>
        </message>
        <message>
            <source>New re&amp;covery code…</source>
            <translation>New re&amp;covery code…</translation>
        </message>
        <message>
            <source>Start code for %1</source>
            <translation>Start code for %1</translation>
        </message>
        <message>
            <source>The start code for %1 is %2

It is shown only this once. %1 enters it at the next login and then chooses their own PIN; until then the old PIN no longer works.</source>
            <translation>The start code for %1 is %2

It is shown only this once. %1 enters it at the next login and then chooses their own PIN; until then the old PIN no longer works.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>The journal's recovery code is %1

It is shown only this once. Keep it in the office safe: with it, anyone at the login screen can give any account a new start code (Forgotten PIN). Any earlier code no longer works.</source>
            <translation>The journal's recovery code is %1

It is shown only this once. Keep it in the office safe: with it, anyone at the login screen can give any account a new start code (Forgotten PIN). Any earlier code no longer works.</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>&amp;Deactivate / activate</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Role for %1:</source>
            <translation>Role for %1:</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>SurveyForm</name>
        <message>
            <source>Experience survey – %1</source>
            <translation>Experience survey – %1</translation>
        </message>
        <message>
            <source>Experience survey (anonymous)</source>
            <translation>Experience survey (anonymous)</translation>
        </message>
        <message>
            <source>Keys: 1–5, − = don't want to answer, ← → move, Enter = next, Backspace = back</source>
            <translation>Keys: 1–5, − = don't want to answer, ← → move, Enter = next, Backspace = back</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>Second language</translation>
        </message>
        <message>
            <source>Swedish only</source>
            <translation>Swedish only</translation>
        </message>
        <message>
            <source>Second &amp;language:</source>
            <translation>Second &amp;language:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Stop the survey?</source>
            <translation>Stop the survey?</translation>
        </message>
        <message>
            <source>The answers given so far are not saved.</source>
            <translation>The answers given so far are not saved.</translation>
        </message>
    </context>
    <context>
        <name>SurveyStatementsTab</name>
        <message>
            <source>The statements of the experience survey, in the order they are asked (1–%1). A statement taken out of use keeps its answers; rewording keeps them too, so change the words only, not the meaning.</source>
            <translation>The statements of the experience survey, in the order they are asked (1–%1). A statement taken out of use keeps its answers; rewording keeps them too, so change the words only, not the meaning.</translation>
        </message>
        <message>
            <source>Survey statements</source>
            <translation>Survey statements</translation>
        </message>
        <message>
            <source>&amp;Statement:</source>
            <translation>&amp;Statement:</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Statement</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Change the words</source>
            <translation>Change the words</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Take out of use</source>
            <translation>Take out of use</translation>
        </message>
        <message>
            <source>Statement added.</source>
            <translation>Statement added.</translation>
        </message>
        <message>
            <source>Statement changed.</source>
            <translation>Statement changed.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Order saved.</translation>
        </message>
        <message>
            <source>Statement taken out of use; its answers are kept.</source>
            <translation>Statement taken out of use; its answers are kept.</translation>
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
            <source>Same &amp;visitor</source>
            <translation>Same &amp;visitor</translation>
        </message>
        <message>
            <source>Same visitor: the next entries are one visit</source>
            <translation>Same visitor: the next entries are one visit</translation>
        </message>
        <message>
            <source>&amp;Returning</source>
            <translation>&amp;Returning</translation>
        </message>
        <message>
            <source>The visitor has been here before</source>
            <translation>The visitor has been here before</translation>
        </message>
        <message>
            <source>The day's backup of the journal could not be made (%1). It is tried again with the next entry.</source>
            <translation>The day's backup of the journal could not be made (%1). It is tried again with the next entry.</translation>
        </message>
        <message>
            <source>Click a cell to log one quick case.</source>
            <translation>Click a cell to log one quick case.</translation>
        </message>
        <message numerus="yes">
            <source>%n quick case(s) today — click to log one more</source>
            <translation>
                <numerusform>%n quick case today — click to log one more</numerusform>
                <numerusform>%n quick cases today — click to log one more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %n quick case(s)</source>
            <translation>
                <numerusform>Today: %n quick case</numerusform>
                <numerusform>Today: %n quick cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n quick case(s)</source>
            <translation>
                <numerusform>%1: %n quick case</numerusform>
                <numerusform>%1: %n quick cases</numerusform>
            </translation>
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
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Previous day</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <source>The day before (Alt+Left)</source>
            <translation>The day before (Alt+Left)</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;ate:</translation>
        </message>
        <message>
            <source>Day shown</source>
            <translation>Day shown</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Next day</translation>
        </message>
        <message>
            <source>The day after (Alt+Right)</source>
            <translation>The day after (Alt+Right)</translation>
        </message>
        <message>
            <source>Today (Alt+Home)</source>
            <translation>Today (Alt+Home)</translation>
        </message>
        <message>
            <source>Show today</source>
            <translation>Show today</translation>
        </message>
        <message>
            <source>The day's entries</source>
            <translation>The day's entries</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>Change the selected entry</source>
            <translation>Change the selected entry</translation>
        </message>
        <message>
            <source>Change the category, age band or gender of the selected entry (F2)</source>
            <translation>Change the category, age band or gender of the selected entry (F2)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Re&amp;move…</translation>
        </message>
        <message>
            <source>Remove the selected entries</source>
            <translation>Remove the selected entries</translation>
        </message>
        <message>
            <source>Remove mistaken entries with a reason; several rows may be selected (Delete)</source>
            <translation>Remove mistaken entries with a reason; several rows may be selected (Delete)</translation>
        </message>
        <message>
            <source>Remove &amp;whole registration…</source>
            <translation>Remove &amp;whole registration…</translation>
        </message>
        <message>
            <source>Remove the whole registration</source>
            <translation>Remove the whole registration</translation>
        </message>
        <message>
            <source>Remove every entry logged together with the selected one, e.g. a 4 ×</source>
            <translation>Remove every entry logged together with the selected one, e.g. a 4 ×</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>nothing logged</translation>
        </message>
        <message numerus="yes">
            <source>%n quick case(s) counted</source>
            <translation>
                <numerusform>%n quick case counted</numerusform>
                <numerusform>%n quick cases counted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <translation>%1 at %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Remove &amp;whole registration (%n)…</source>
            <translation>
                <numerusform>Remove &amp;whole registration (%n)…</numerusform>
                <numerusform>Remove &amp;whole registration (%n)…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3 at %4</source>
            <translation>%1 · %2 · %3 at %4</translation>
        </message>
        <message>
            <source>Changed: %1 → %2</source>
            <translation>Changed: %1 → %2</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Why is %1 removed?</source>
            <translation>Why is %1 removed?</translation>
        </message>
        <message numerus="yes">
            <source>Why are the %n selected entries removed?</source>
            <translation>
                <numerusform>Why is the %n selected entry removed?</numerusform>
                <numerusform>Why are the %n selected entries removed?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The whole registration is removed: %n entries of %1. Why?</source>
            <translation>
                <numerusform>The whole registration is removed: %n entry of %1. Why?</numerusform>
                <numerusform>The whole registration is removed: %n entries of %1. Why?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove whole registration</source>
            <translation>Remove whole registration</translation>
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
        <message numerus="yes">
            <source>%n entries removed.</source>
            <translation>
                <numerusform>%n entry removed.</numerusform>
                <numerusform>%n entries removed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Remove entry</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Not removed</translation>
        </message>
    </context>
    <context>
        <name>Under30Dialog</name>
        <message numerus="yes">
            <source>%n participant(s) under 30 hours</source>
            <translation>
                <numerusform>%n participant under 30 hours</numerusform>
                <numerusform>%n participants under 30 hours</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Show the case</source>
            <translation>&amp;Show the case</translation>
        </message>
        <message>
            <source>Under 30 hours a week</source>
            <translation>Under 30 hours a week</translation>
        </message>
        <message>
            <source>Participants under 30 hours a week</source>
            <translation>Participants under 30 hours a week</translation>
        </message>
    </context>
    <context>
        <name>Under30Model</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Meeting place</source>
            <translation>Meeting place</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Latest attended</source>
            <translation>Latest attended</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Planned and attended under 30</source>
            <translation>Planned and attended under 30</translation>
        </message>
        <message>
            <source>Planned under 30</source>
            <translation>Planned under 30</translation>
        </message>
        <message>
            <source>Attended under 30</source>
            <translation>Attended under 30</translation>
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
