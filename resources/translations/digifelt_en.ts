<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About digifelt</source>
        <translation>About digifelt</translation>
    </message>
    <message>
        <source>digifelt logo</source>
        <translation>digifelt logo</translation>
    </message>
    <message>
        <source>&lt;b&gt;digifelt&lt;/b&gt; version %1</source>
        <translation>&lt;b&gt;digifelt&lt;/b&gt; version %1</translation>
    </message>
    <message>
        <source>Offline evidence capture and reporting for on-site assessments.</source>
        <translation>Offline evidence capture and reporting for on-site assessments.</translation>
    </message>
    <message>
        <source>digifelt is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>digifelt is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>License text</translation>
    </message>
    <message>
        <source>The license text is missing from this installation. Read it at %1.</source>
        <translation>The license text is missing from this installation. Read it at %1.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Third-party software</translation>
    </message>
    <message>
        <source>The third-party notices are missing from this installation.</source>
        <translation>The third-party notices are missing from this installation.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Save now</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <source>Import REFI-QDA project…</source>
        <translation>Import REFI-QDA project…</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Import survey…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Close project</source>
        <translation>Close project</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Find in the notes…</source>
        <translation>Find in the notes…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Search everything…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <source>Privacy and retention…</source>
        <translation>Privacy and retention…</translation>
    </message>
    <message>
        <source>Erase raw notes…</source>
        <translation>Erase raw notes…</translation>
    </message>
    <message>
        <source>New interview…</source>
        <translation>New interview…</translation>
    </message>
    <message>
        <source>New observation…</source>
        <translation>New observation…</translation>
    </message>
    <message>
        <source>New document review…</source>
        <translation>New document review…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <source>Switch activity…</source>
        <translation>Switch activity…</translation>
    </message>
    <message>
        <source>Tag selection…</source>
        <translation>Tag selection…</translation>
    </message>
    <message>
        <source>Edit tag…</source>
        <translation>Edit tag…</translation>
    </message>
    <message>
        <source>Star or unstar tag</source>
        <translation>Star or unstar tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Next question or note</source>
        <translation>Next question or note</translation>
    </message>
    <message>
        <source>Previous question or note</source>
        <translation>Previous question or note</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Add ad-hoc question…</source>
        <translation>Add ad-hoc question…</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Look-fors</translation>
    </message>
    <message>
        <source>New page excerpt</source>
        <translation>New page excerpt</translation>
    </message>
    <message>
        <source>Add photo or file…</source>
        <translation>Add photo or file…</translation>
    </message>
    <message>
        <source>Excerpts panel</source>
        <translation>Excerpts panel</translation>
    </message>
    <message>
        <source>Back to the notes</source>
        <translation>Back to the notes</translation>
    </message>
    <message>
        <source>Mark activity as done</source>
        <translation>Mark activity as done</translation>
    </message>
    <message>
        <source>Export transcript for quote check…</source>
        <translation>Export transcript for quote check…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About digifelt</source>
        <translation>About digifelt</translation>
    </message>
    <message>
        <source>Tag picker</source>
        <translation>Tag picker</translation>
    </message>
    <message>
        <source>Type to filter indicators by code or words</source>
        <translation>Type to filter indicators by code or words</translation>
    </message>
    <message>
        <source>Choose an indicator</source>
        <translation>Choose an indicator</translation>
    </message>
    <message>
        <source>Add or remove the indicator (to tag several)</source>
        <translation>Add or remove the indicator (to tag several)</translation>
    </message>
    <message>
        <source>Quote, paraphrase</source>
        <translation>Quote, paraphrase</translation>
    </message>
    <message>
        <source>Strength, gap, neutral</source>
        <translation>Strength, gap, neutral</translation>
    </message>
    <message>
        <source>Star: wanted in the report</source>
        <translation>Star: wanted in the report</translation>
    </message>
    <message>
        <source>Write a memo</source>
        <translation>Write a memo</translation>
    </message>
    <message>
        <source>Save the tag, cancel</source>
        <translation>Save the tag, cancel</translation>
    </message>
    <message>
        <source>Observation log</source>
        <translation>Observation log</translation>
    </message>
    <message>
        <source>Start a new time-stamped note</source>
        <translation>Start a new time-stamped note</translation>
    </message>
    <message>
        <source>New line in the same note</source>
        <translation>New line in the same note</translation>
    </message>
    <message>
        <source>Tick or untick (a ticked look-for gets its own note)</source>
        <translation>Tick or untick (a ticked look-for gets its own note)</translation>
    </message>
    <message>
        <source>Show the excerpt in the notes</source>
        <translation>Show the excerpt in the notes</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Remove the tag</translation>
    </message>
    <message>
        <source>Page excerpt</source>
        <translation>Page excerpt</translation>
    </message>
    <message>
        <source>Tag and save the excerpt</source>
        <translation>Tag and save the excerpt</translation>
    </message>
    <message>
        <source>Find in the notes</source>
        <translation>Find in the notes</translation>
    </message>
    <message>
        <source>Next match, previous match, close</source>
        <translation>Next match, previous match, close</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>To the results; jump to the place</source>
        <translation>To the results; jump to the place</translation>
    </message>
    <message>
        <source>Open the chosen excerpt in its activity</source>
        <translation>Open the chosen excerpt in its activity</translation>
    </message>
    <message>
        <source>Add the chosen excerpt to the report</source>
        <translation>Add the chosen excerpt to the report</translation>
    </message>
    <message>
        <source>Move the chosen quote up or down</source>
        <translation>Move the chosen quote up or down</translation>
    </message>
    <message>
        <source>Remove the quote from the report</source>
        <translation>Remove the quote from the report</translation>
    </message>
    <message>
        <source>Calibration: where the team's provisional levels disagree</source>
        <translation>Calibration: where the team's provisional levels disagree</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Show one group, one indicator</source>
        <translation>Show one group, one indicator</translation>
    </message>
    <message>
        <source>Set the valence of the question</source>
        <translation>Set the valence of the question</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Import survey</translation>
    </message>
    <message>
        <source>Use the column as, its indicator codes, choose indicators</source>
        <translation>Use the column as, its indicator codes, choose indicators</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>New assessment from this one…</source>
        <translation>New assessment from this one…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Compare assessments…</source>
        <translation>Compare assessments…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Follow-up actions…</source>
        <translation>Follow-up actions…</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Open in Capture</source>
        <translation>Open in Capture</translation>
    </message>
    <message>
        <source>Duplicate activity</source>
        <translation>Duplicate activity</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Its %1 notes, their excerpts and its attachments are deleted too (Ctrl+Z on this page brings them back while the project is open).</source>
        <translation>Its %1 notes, their excerpts and its attachments are deleted too (Ctrl+Z on this page brings them back while the project is open).</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Planned for:</source>
        <translation>Planned for:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Guide or form:</source>
        <translation>Guide or form:</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>Headcount:</translation>
    </message>
    <message>
        <source>Participants
(personal data):</source>
        <translation>Participants
(personal data):</translation>
    </message>
    <message>
        <source>Optional. Names are never shown in reports.</source>
        <translation>Optional. Names are never shown in reports.</translation>
    </message>
    <message>
        <source>Assessors:</source>
        <translation>Assessors:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Interview guide:</source>
        <translation>Interview guide:</translation>
    </message>
    <message>
        <source>Observation form:</source>
        <translation>Observation form:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Excerpts</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>The clock starts when you type</source>
        <translation>The clock starts when you type</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Marked as done.</translation>
    </message>
    <message>
        <source>Select words in the notes first, then press Ctrl+T.</source>
        <translation>Select words in the notes first, then press Ctrl+T.</translation>
    </message>
    <message>
        <source>Tagged to %1.</source>
        <translation>Tagged to %1.</translation>
    </message>
    <message>
        <source>Put the cursor in tagged words, or choose an excerpt in the panel, first.</source>
        <translation>Put the cursor in tagged words, or choose an excerpt in the panel, first.</translation>
    </message>
    <message>
        <source>Tag removed (Ctrl+Z brings it back).</source>
        <translation>Tag removed (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>Not available for this kind of activity.</source>
        <translation>Not available for this kind of activity.</translation>
    </message>
    <message>
        <source>Export transcript for quote check</source>
        <translation>Export transcript for quote check</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Plain text (*.txt)</source>
        <translation>Word document (*.docx);;Plain text (*.txt)</translation>
    </message>
    <message>
        <source>Transcript written to %1.</source>
        <translation>Transcript written to %1.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Open assessment</source>
        <translation>Open assessment</translation>
    </message>
    <message>
        <source>digifelt projects (*.digifelt);;All files (*)</source>
        <translation>digifelt projects (*.digifelt);;All files (*)</translation>
    </message>
    <message>
        <source>Making the demo assessment…</source>
        <translation>Making the demo assessment…</translation>
    </message>
    <message>
        <source>Some backups could not be moved to the new data folder and are still in %1: %2</source>
        <translation>Some backups could not be moved to the new data folder and are still in %1: %2</translation>
    </message>
</context>
<context>
    <name>AreaSummaryEditor</name>
    <message>
        <source>Summary of the area</source>
        <translation>Summary of the area</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>no level yet</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Edit area summary</source>
        <translation>Edit area summary</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>“%1” may be a program, script or installer. Opening it could run it on this computer. Open it only if you trust where it came from.</source>
        <translation>“%1” may be a program, script or installer. Opening it could run it on this computer. Open it only if you trust where it came from.</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Open a program?</translation>
    </message>
    <message>
        <source>Drop photos or files here. Double-click the caption to edit it.</source>
        <translation>Drop photos or files here. Double-click the caption to edit it.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>Add photos or files</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Remove %1 from the project?</source>
        <translation>Remove %1 from the project?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>digifelt backs up %1 when it is opened, every 10 minutes while you work, and before imports and upgrades. Restoring closes the project, keeps the current file as a backup too, and opens the chosen one.</source>
        <translation>digifelt backs up %1 when it is opened, every 10 minutes while you work, and before imports and upgrades. Restoring closes the project, keeps the current file as a backup too, and opens the chosen one.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>There are no backups of this project yet.</source>
        <translation>There are no backups of this project yet.</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>Replace %1 by the backup from %2? The project is closed first; the current file is kept as a backup, so this can be undone.</source>
        <translation>Replace %1 by the backup from %2? The project is closed first; the current file is kept as a backup, so this can be undone.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>When the project was opened</source>
        <translation>When the project was opened</translation>
    </message>
    <message>
        <source>While editing (every 10 minutes)</source>
        <translation>While editing (every 10 minutes)</translation>
    </message>
    <message>
        <source>Before importing a bundle</source>
        <translation>Before importing a bundle</translation>
    </message>
    <message>
        <source>Before upgrading the file</source>
        <translation>Before upgrading the file</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Before a repair</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Before restoring a backup</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BundleOptions</name>
    <message>
        <source>Pseudonymise: participants become "Informant 1", assessors their initials</source>
        <translation>Pseudonymise: participants become "Informant 1", assessors their initials</translation>
    </message>
    <message>
        <source>Use a pseudonymised bundle for anyone outside the assessment team. Teammates merging their work need the full bundle.</source>
        <translation>Use a pseudonymised bundle for anyone outside the assessment team. Teammates merging their work need the full bundle.</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Switch activity (Ctrl+J)</source>
        <translation>Switch activity (Ctrl+J)</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>Survey…</source>
        <translation>Survey…</translation>
    </message>
    <message>
        <source>Import survey results (Ctrl+Shift+U)</source>
        <translation>Import survey results (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Choose an activity above (Ctrl+J), or start a new interview with Ctrl+N.

While you type, every note is saved within a second.</source>
        <translation>Choose an activity above (Ctrl+J), or start a new interview with Ctrl+N.

While you type, every note is saved within a second.</translation>
    </message>
    <message>
        <source>Open an activity first (Ctrl+N starts an interview).</source>
        <translation>Open an activity first (Ctrl+N starts an interview).</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>what works well</source>
        <translation>what works well</translation>
    </message>
    <message>
        <source>areas for improvement</source>
        <translation>areas for improvement</translation>
    </message>
    <message>
        <source>proposed actions</source>
        <translation>proposed actions</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflection</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>quotes</translation>
    </message>
    <message>
        <source>the same quotes in another order</source>
        <translation>the same quotes in another order</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
</context>
<context>
    <name>ChosenQuotesModel</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>Suggested actions</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Reflection questions</translation>
    </message>
    <message>
        <source>Commissioned by</source>
        <translation>Commissioned by</translation>
    </message>
    <message>
        <source>Assessing organisation</source>
        <translation>Assessing organisation</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Report version</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Deleted by %1.</source>
        <translation>Deleted by %1.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>(deleted — or not applied, because what it belongs to was deleted)</source>
        <translation>(deleted — or not applied, because what it belongs to was deleted)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>When you and a teammate changed the same thing without having seen each other's change (or one of you deleted what the other edited), one version stayed current and the other waits here. Choose which one stays; your choice reaches your teammates with your next bundle.</source>
        <translation>When you and a teammate changed the same thing without having seen each other's change (or one of you deleted what the other edited), one version stayed current and the other waits here. Choose which one stays; your choice reaches your teammates with your next bundle.</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Use the other version</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>There are no conflicts.</translation>
    </message>
    <message>
        <source>Current version (changed %1)</source>
        <translation>Current version (changed %1)</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>this file</translation>
    </message>
    <message>
        <source>Other version (changed %1, from %2)</source>
        <translation>Other version (changed %1, from %2)</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Delete it</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <source>Other version from</source>
        <translation>Other version from</translation>
    </message>
    <message>
        <source>Came with</source>
        <translation>Came with</translation>
    </message>
    <message>
        <source>deleted in the other</source>
        <translation>deleted in the other</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>this file</translation>
    </message>
</context>
<context>
    <name>ConsentBar</name>
    <message>
        <source>Information letter given</source>
        <translation>Information letter given</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Consent obtained</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Consent recorded by</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) to fill in</source>
        <translation>
            <numerusform>%n placeholder to fill in</numerusform>
            <numerusform>%n placeholders to fill in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%n coded passage</numerusform>
            <numerusform>%n coded passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n strength</numerusform>
            <numerusform>%n strengths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Not a date: %1</translation>
    </message>
    <message>
        <source>Type a date such as %1, or leave it empty for no date</source>
        <translation>Type a date such as %1, or leave it empty for no date</translation>
    </message>
    <message>
        <source>Type a date such as %1</source>
        <translation>Type a date such as %1</translation>
    </message>
</context>
<context>
    <name>DocumentReviewView</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Case document</source>
        <translation>Case document</translation>
    </message>
    <message>
        <source>Regulations or routine</source>
        <translation>Regulations or routine</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Document title:</source>
        <translation>Document title:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Attach document…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New page excerpt (Ctrl+Shift+P)</source>
        <translation>New page excerpt (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>no page</translation>
    </message>
    <message>
        <source>Paste or type the passage, then press Ctrl+Enter to tag and save it.</source>
        <translation>Paste or type the passage, then press Ctrl+Enter to tag and save it.</translation>
    </message>
    <message>
        <source>Tag and save…</source>
        <translation>Tag and save…</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page:</translation>
    </message>
    <message>
        <source>Review notes… Select words and press Ctrl+T to tag them.</source>
        <translation>Review notes… Select words and press Ctrl+T to tag them.</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>No file attached. Drop the document here, or choose Attach document…</source>
        <translation>No file attached. Drop the document here, or choose Attach document…</translation>
    </message>
    <message>
        <source>Attach the reviewed document</source>
        <translation>Attach the reviewed document</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>Attached %1.</translation>
    </message>
    <message>
        <source>Type or paste the passage first.</source>
        <translation>Type or paste the passage first.</translation>
    </message>
    <message>
        <source>Excerpt saved.</source>
        <translation>Excerpt saved.</translation>
    </message>
</context>
<context>
    <name>EraseNotes</name>
    <message>
        <source>Some notes could not be saved; try again when the status bar says Saved.</source>
        <translation>Some notes could not be saved; try again when the status bar says Saved.</translation>
    </message>
    <message>
        <source>Erase raw notes</source>
        <translation>Erase raw notes</translation>
    </message>
    <message>
        <source>Erasing the raw notes…</source>
        <translation>Erasing the raw notes…</translation>
    </message>
    <message>
        <source>Raw notes erased</source>
        <translation>Raw notes erased</translation>
    </message>
    <message>
        <source>Erased %1 notes, %2 participants, %3 excerpts, %4 backups and %5 other copies of the file. Kept %6 quotes chosen for findings.</source>
        <translation>Erased %1 notes, %2 participants, %3 excerpts, %4 backups and %5 other copies of the file. Kept %6 quotes chosen for findings.</translation>
    </message>
</context>
<context>
    <name>EraseNotesDialog</name>
    <message>
        <source>Erase raw notes</source>
        <translation>Erase raw notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; digifelt deletes every note, every participant record and every excerpt that is not chosen for a finding, overwrites them in the file, and deletes every copy it has made of this project, since they hold the notes too: all backups (also those taken under an earlier name or folder), damaged copies kept by a restore, and unfinished copies.&lt;br&gt;&lt;br&gt;Kept: the rubric, the activities (without notes), the findings and the quotes chosen for them, attributed to their groups.&lt;br&gt;&lt;br&gt;Export an evidence bundle first if the notes must be archived elsewhere.</source>
        <translation>&lt;b&gt;This cannot be undone.&lt;/b&gt; digifelt deletes every note, every participant record and every excerpt that is not chosen for a finding, overwrites them in the file, and deletes every copy it has made of this project, since they hold the notes too: all backups (also those taken under an earlier name or folder), damaged copies kept by a restore, and unfinished copies.&lt;br&gt;&lt;br&gt;Kept: the rubric, the activities (without notes), the findings and the quotes chosen for them, attributed to their groups.&lt;br&gt;&lt;br&gt;Export an evidence bundle first if the notes must be archived elsewhere.</translation>
    </message>
    <message>
        <source>To confirm, type the organisation's name (%1) or ERASE:</source>
        <translation>To confirm, type the organisation's name (%1) or ERASE:</translation>
    </message>
    <message>
        <source>Erase the raw notes</source>
        <translation>Erase the raw notes</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>digifelt</source>
        <translation>digifelt</translation>
    </message>
    <message>
        <source>not enough memory to finish (the input may be too large)</source>
        <translation>not enough memory to finish (the input may be too large)</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: permission denied</translation>
    </message>
    <message>
        <source>%1: the folder or disk is read-only</source>
        <translation>%1: the folder or disk is read-only</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: part of this path is a file, not a folder</source>
        <translation>%1: part of this path is a file, not a folder</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1: already exists</translation>
    </message>
    <message>
        <source>%1: the disk is full</source>
        <translation>%1: the disk is full</translation>
    </message>
    <message>
        <source>%1: the name is too long</source>
        <translation>%1: the name is too long</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the system reported an error: %2</source>
        <translation>the system reported an error: %2</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1. Saved notes are safe; you can keep working.</source>
        <translation>Something unexpected went wrong: %1. Saved notes are safe; you can keep working.</translation>
    </message>
</context>
<context>
    <name>EvidenceItemsModel</name>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valence</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>By kind of activity</source>
        <translation>By kind of activity</translation>
    </message>
    <message>
        <source>By respondent group</source>
        <translation>By respondent group</translation>
    </message>
    <message>
        <source>Only indicators that need more evidence (%1)</source>
        <translation>Only indicators that need more evidence (%1)</translation>
    </message>
    <message>
        <source>Filter indicators…</source>
        <translation>Filter indicators…</translation>
    </message>
    <message>
        <source>Counting the evidence…</source>
        <translation>Counting the evidence…</translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation>Export matrix…</translation>
    </message>
    <message>
        <source>Save the matrix shown as a spreadsheet (.xlsx) or .csv</source>
        <translation>Save the matrix shown as a spreadsheet (.xlsx) or .csv</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Each cell: excerpts, +strengths −gaps. Colour from red (mostly gaps) to green (mostly strengths). %1 bold: not triangulated — evidence from fewer than two kinds of source or fewer than two groups. %2 a group with a session of fewer than five people, or of unknown size. By group, each excerpt is counted once: interviews under their group, observations and documents in columns of their own.</source>
        <translation>Each cell: excerpts, +strengths −gaps. Colour from red (mostly gaps) to green (mostly strengths). %1 bold: not triangulated — evidence from fewer than two kinds of source or fewer than two groups. %2 a group with a session of fewer than five people, or of unknown size. By group, each excerpt is counted once: interviews under their group, observations and documents in columns of their own.</translation>
    </message>
    <message>
        <source>Evidence matrix</source>
        <translation>Evidence matrix</translation>
    </message>
    <message>
        <source>Click a cell to list its excerpts · Enter or double-click an excerpt to open it in its activity</source>
        <translation>Click a cell to list its excerpts · Enter or double-click an excerpt to open it in its activity</translation>
    </message>
    <message>
        <source>The matrix could not be computed: %1</source>
        <translation>The matrix could not be computed: %1</translation>
    </message>
    <message>
        <source>Export the evidence matrix</source>
        <translation>Export the evidence matrix</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</translation>
    </message>
    <message>
        <source>The matrix could not be saved: %1</source>
        <translation>The matrix could not be saved: %1</translation>
    </message>
    <message>
        <source>Matrix saved to %1.</source>
        <translation>Matrix saved to %1.</translation>
    </message>
</context>
<context>
    <name>ExcerptPanel</name>
    <message>
        <source>Excerpts in this activity</source>
        <translation>Excerpts in this activity</translation>
    </message>
    <message>
        <source>★ starred (underlined in the notes)</source>
        <translation>★ starred (underlined in the notes)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s), %1 starred</source>
        <translation>
            <numerusform>%n excerpt, %1 starred</numerusform>
            <numerusform>%n excerpts, %1 starred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valence</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>detached: text was edited</source>
        <translation>detached: text was edited</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>ExportFileNames</name>
    <message>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>by-kind</source>
        <translation>by-kind</translation>
    </message>
    <message>
        <source>by-group</source>
        <translation>by-group</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import a teammate's bundle…</source>
        <translation>Import a teammate's bundle…</translation>
    </message>
    <message>
        <source>Merges a bundle exported by a teammate into this project; you see what it changes before anything is written.</source>
        <translation>Merges a bundle exported by a teammate into this project; you see what it changes before anything is written.</translation>
    </message>
    <message>
        <source>Import from a teammate</source>
        <translation>Import from a teammate</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Choose where to save the file first.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? (It is replaced only when the new file is complete.)</source>
        <translation>%1 already exists. Replace it? (It is replaced only when the new file is complete.)</translation>
    </message>
    <message>
        <source>Some notes could not be saved, so the export would miss them. Try again when the status bar says Saved.</source>
        <translation>Some notes could not be saved, so the export would miss them. Try again when the status bar says Saved.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>The export failed; nothing was written.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>Wrote %1: %2.</translation>
    </message>
    <message>
        <source>Pseudonymised.</source>
        <translation>Pseudonymised.</translation>
    </message>
    <message>
        <source>Word report</source>
        <translation>Word report</translation>
    </message>
    <message>
        <source>The report skeleton for the writers: chapters per area, levels, strengths, improvement areas and the starred quotes, on your house template.</source>
        <translation>The report skeleton for the writers: chapters per area, levels, strengths, improvement areas and the starred quotes, on your house template.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Evidence bundle</source>
        <translation>Evidence bundle</translation>
    </message>
    <message>
        <source>Everything in the project as one checked .zip (a BagIt bag): for teammates to merge, for the archive, or for other tools.</source>
        <translation>Everything in the project as one checked .zip (a BagIt bag): for teammates to merge, for the archive, or for other tools.</translation>
    </message>
    <message>
        <source>Evidence bundle (*.zip)</source>
        <translation>Evidence bundle (*.zip)</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA project</translation>
    </message>
    <message>
        <source>A .qdpx file for qualitative analysis tools such as NVivo, ATLAS.ti, MAXQDA or QualCoder.</source>
        <translation>A .qdpx file for qualitative analysis tools such as NVivo, ATLAS.ti, MAXQDA or QualCoder.</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA project (*.qdpx)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 × %3; %4 not triangulated.</source>
        <translation>Wrote %1: %2 × %3; %4 not triangulated.</translation>
    </message>
    <message>
        <source>Evidence matrix</source>
        <translation>Evidence matrix</translation>
    </message>
    <message>
        <source>Excerpts per indicator and source, with strengths, gaps and whether the evidence is triangulated: a table for a spreadsheet.</source>
        <translation>Excerpts per indicator and source, with strengths, gaps and whether the evidence is triangulated: a table for a spreadsheet.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, comma-separated (*.csv)</translation>
    </message>
</context>
<context>
    <name>FactCheckDialog</name>
    <message>
        <source>Fact check</source>
        <translation>Fact check</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Send draft for fact check…</source>
        <translation>Send draft for fact check…</translation>
    </message>
    <message>
        <source>Make final report…</source>
        <translation>Make final report…</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>What changed…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <source>Import comments…</source>
        <translation>Import comments…</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>Add comment…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Respond…</source>
        <translation>Respond…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>%1 comment(s), %2 without a response.</source>
        <translation>%1 comment(s), %2 without a response.</translation>
    </message>
    <message>
        <source>No comments on this version yet.</source>
        <translation>No comments on this version yet.</translation>
    </message>
    <message>
        <source>Send a draft for fact check to begin.</source>
        <translation>Send a draft for fact check to begin.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Send draft for fact check</source>
        <translation>Send draft for fact check</translation>
    </message>
    <message>
        <source>Version %1 saved as %2.</source>
        <translation>Version %1 saved as %2.</translation>
    </message>
    <message>
        <source>Make final report</source>
        <translation>Make final report</translation>
    </message>
    <message>
        <source>Final report (version %1) saved as %2.</source>
        <translation>Final report (version %1) saved as %2.</translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation>Import comments</translation>
    </message>
    <message>
        <source>Comments (*.docx *.xlsx *.csv)</source>
        <translation>Comments (*.docx *.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 comment(s) imported from %2.</source>
        <translation>%1 comment(s) imported from %2.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Respond to comment</source>
        <translation>Respond to comment</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <source>Delete the selected comment?</source>
        <translation>Delete the selected comment?</translation>
    </message>
    <message>
        <source>Send the report as a numbered draft, record the organisation&apos;s comments and your responses, and make the final report.</source>
        <translation>Send the report as a numbered draft, record the organisation&apos;s comments and your responses, and make the final report.</translation>
    </message>
    <message>
        <source>Fact check…</source>
        <translation>Fact check…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the notes…</source>
        <translation>Find in the notes…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Agreed by the team</source>
        <translation>Agreed by the team</translation>
    </message>
    <message>
        <source>Unticked: a draft. Ticked: the team agrees on the level and the texts.</source>
        <translation>Unticked: a draft. Ticked: the team agrees on the level and the texts.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Ticked: the team decided not to assess this indicator; it gets no level and the report says it was not assessed. Unticked: a draft again.</source>
        <translation>Ticked: the team decided not to assess this indicator; it gets no level and the report says it was not assessed. Unticked: a draft again.</translation>
    </message>
    <message>
        <source>Strengths (dette fungerer godt)</source>
        <translation>Strengths (dette fungerer godt)</translation>
    </message>
    <message>
        <source>What works well, with the evidence for it…</source>
        <translation>What works well, with the evidence for it…</translation>
    </message>
    <message>
        <source>Improvement areas (forbedringsområder)</source>
        <translation>Improvement areas (forbedringsområder)</translation>
    </message>
    <message>
        <source>What should improve…</source>
        <translation>What should improve…</translation>
    </message>
    <message>
        <source>Suggested actions (forslag til tiltak)</source>
        <translation>Suggested actions (forslag til tiltak)</translation>
    </message>
    <message>
        <source>What the organisation could do…</source>
        <translation>What the organisation could do…</translation>
    </message>
    <message>
        <source>Reflection questions (refleksjonsspørsmål)</source>
        <translation>Reflection questions (refleksjonsspørsmål)</translation>
    </message>
    <message>
        <source>Questions for the organisation to discuss…</source>
        <translation>Questions for the organisation to discuss…</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>— no level yet —</source>
        <translation>— no level yet —</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the level on the scale that the evidence supports.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choose the level on the scale that the evidence supports.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>Set level</source>
        <translation>Set level</translation>
    </message>
    <message>
        <source>Mark as agreed</source>
        <translation>Mark as agreed</translation>
    </message>
    <message>
        <source>Mark as draft</source>
        <translation>Mark as draft</translation>
    </message>
    <message>
        <source>Mark as not assessed</source>
        <translation>Mark as not assessed</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not assessed: the report states that this indicator was not assessed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not assessed: the report states that this indicator was not assessed.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose quotes</source>
        <translation>Choose quotes</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>Last edited by %1 at %2</source>
        <translation>Last edited by %1 at %2</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings per area and indicator</source>
        <translation>Findings per area and indicator</translation>
    </message>
    <message>
        <source>Choose an indicator to write its finding, or an area to write its summary.</source>
        <translation>Choose an indicator to write its finding, or an area to write its summary.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Where the team's provisional levels disagree (%1)</source>
        <translation>Where the team's provisional levels disagree (%1)</translation>
    </message>
</context>
<context>
    <name>FindingsTreeModel</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2 findings agreed; choose the area to write its summary.</source>
        <translation>%1 of %2 findings agreed; choose the area to write its summary.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Words in notes, excerpts, findings, activities…</source>
        <translation>Words in notes, excerpts, findings, activities…</translation>
    </message>
    <message>
        <source>↓ to the results · Enter jumps to the place · Esc closes</source>
        <translation>↓ to the results · Enter jumps to the place · Esc closes</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source> (the best %1 are shown)</source>
        <translation> (the best %1 are shown)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>New guide</translation>
    </message>
    <message>
        <source>(any group)</source>
        <translation>(any group)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Double-click a question or its indicator codes to edit them.</source>
        <translation>Double-click a question or its indicator codes to edit them.</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Add question…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Unknown indicator codes: %1</source>
        <translation>Unknown indicator codes: %1</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Add guide</source>
        <translation>Add guide</translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation>Edit guide</translation>
    </message>
    <message>
        <source>Delete guide</source>
        <translation>Delete guide</translation>
    </message>
    <message>
        <source>Delete “%1” and its questions? Notes already taken are kept as free notes.</source>
        <translation>Delete “%1” and its questions? Notes already taken are kept as free notes.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Move question</translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Evidence bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Some notes could not be saved; import when the status bar says Saved.</source>
        <translation>Some notes could not be saved; import when the status bar says Saved.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>The bundle was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 conflict copies.</source>
        <translation>Imported %1: %2 new, %3 updated, %4 conflict copies.</translation>
    </message>
</context>
<context>
    <name>ImportCountsModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
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
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Ours stays</source>
        <translation>Ours stays</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Not merged</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2), exported %3 UTC by %4.</source>
        <translation>From &lt;b&gt;%1&lt;/b&gt; (%2), exported %3 UTC by %4.</translation>
    </message>
    <message>
        <source>an unknown assessor</source>
        <translation>an unknown assessor</translation>
    </message>
    <message>
        <source>The bundle declares itself pseudonymised.</source>
        <translation>The bundle declares itself pseudonymised.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>Rubric: %1</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Not merged: %1</translation>
    </message>
    <message>
        <source>Conflicts, differences in the rubric and what is not merged:</source>
        <translation>Conflicts, differences in the rubric and what is not merged:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Already imported on %1: nothing new.</source>
        <translation>Already imported on %1: nothing new.</translation>
    </message>
    <message>
        <source>Importing this bundle changes nothing in this project.</source>
        <translation>Importing this bundle changes nothing in this project.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 unchanged. A backup of the project is taken first.</source>
        <translation>%1 new, %2 updated, %3 deleted, %4 unchanged. A backup of the project is taken first.</translation>
    </message>
    <message>
        <source>%1 conflicts: where you changed the same thing without having seen each other's change (or one of you deleted what the other edited), one version stays current and the other waits in Project → Conflicts. Nothing is lost.</source>
        <translation>%1 conflicts: where you changed the same thing without having seen each other's change (or one of you deleted what the other edited), one version stays current and the other waits in Project → Conflicts. Nothing is lost.</translation>
    </message>
    <message>
        <source>This bundle was imported before (%1).</source>
        <translation>This bundle was imported before (%1).</translation>
    </message>
</context>
<context>
    <name>ImportQdpx</name>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation>Import a REFI-QDA project</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA projects (*.qdpx);;All files (*)</translation>
    </message>
    <message>
        <source>Some notes could not be saved; import when the status bar says Saved.</source>
        <translation>Some notes could not be saved; import when the status bar says Saved.</translation>
    </message>
    <message>
        <source>The REFI-QDA project was refused; nothing was changed.</source>
        <translation>The REFI-QDA project was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Import REFI-QDA project</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new objects.</source>
        <translation>Imported %1: %2 new objects.</translation>
    </message>
</context>
<context>
    <name>IndicatorChooser</name>
    <message>
        <source>Indicators for a survey question</source>
        <translation>Indicators for a survey question</translation>
    </message>
    <message>
        <source>Type an indicator code or words…</source>
        <translation>Type an indicator code or words…</translation>
    </message>
    <message>
        <source>↑/↓ choose, Ctrl+Space ticks or unticks (to choose several), Enter keeps the ticked indicators or else the chosen one, Esc cancels.</source>
        <translation>↑/↓ choose, Ctrl+Space ticks or unticks (to choose several), Enter keeps the ticked indicators or else the chosen one, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>IndicatorEvidenceView</name>
    <message>
        <source>All kinds of source</source>
        <translation>All kinds of source</translation>
    </message>
    <message>
        <source>Strengths, gaps and neutral</source>
        <translation>Strengths, gaps and neutral</translation>
    </message>
    <message>
        <source>★ starred only</source>
        <translation>★ starred only</translation>
    </message>
    <message>
        <source>Words in the excerpt or source…</source>
        <translation>Words in the excerpt or source…</translation>
    </message>
    <message>
        <source>Evidence for this indicator</source>
        <translation>Evidence for this indicator</translation>
    </message>
    <message>
        <source>The notes around the excerpt</source>
        <translation>The notes around the excerpt</translation>
    </message>
    <message>
        <source>Choose an excerpt to read the notes around it.</source>
        <translation>Choose an excerpt to read the notes around it.</translation>
    </message>
    <message>
        <source>Ideal picture</source>
        <translation>Ideal picture</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not read the evidence: %1</source>
        <translation>Could not read the evidence: %1</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%1 excerpts, %2 survey questions</source>
        <translation>%1 excerpts, %2 survey questions</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n excerpt(s)</source>
        <translation>
            <numerusform>%1 of %n excerpt</numerusform>
            <numerusform>%1 of %n excerpts</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its evidence.</source>
        <translation>Click a cell of the matrix to see its evidence.</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(not written yet)</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Look-fors</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Questions of the guide</source>
        <translation>Questions of the guide</translation>
    </message>
    <message>
        <source>Alt+↓/↑ next/previous question · Ctrl+T tag the sentence or the selected words · Ctrl+Shift+N ad-hoc question</source>
        <translation>Alt+↓/↑ next/previous question · Ctrl+T tag the sentence or the selected words · Ctrl+Shift+N ad-hoc question</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Type the answer… Select words and press Ctrl+T to tag them.</source>
        <translation>Type the answer… Select words and press Ctrl+T to tag them.</translation>
    </message>
    <message>
        <source>Ad-hoc question</source>
        <translation>Ad-hoc question</translation>
    </message>
    <message>
        <source>Ad-hoc question added to this interview and the guide.</source>
        <translation>Ad-hoc question added to this interview and the guide.</translation>
    </message>
    <message>
        <source>Ad-hoc question added to this interview only.</source>
        <translation>Ad-hoc question added to this interview only.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Project details</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>Scale levels</source>
        <translation>Scale levels</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Respondent groups</source>
        <translation>Respondent groups</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Guide questions</source>
        <translation>Guide questions</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Excerpts</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Area summaries</source>
        <translation>Area summaries</translation>
    </message>
    <message>
        <source>Provisional levels</source>
        <translation>Provisional levels</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Document review</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Document reviews</source>
        <translation>Document reviews</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>New observation</translation>
    </message>
    <message>
        <source>New document review</source>
        <translation>New document review</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <source>Observation form</source>
        <translation>Observation form</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Review checklist</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Automatic (the system's language)</source>
        <translation>Automatic (the system's language)</translation>
    </message>
    <message>
        <source>Nothing to find in here; Ctrl+K searches everything.</source>
        <translation>Nothing to find in here; Ctrl+K searches everything.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Everything is saved.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <source>digifelt could not save your latest notes: %1

Your text is still on screen; digifelt tries again with every change. Keep this window open.</source>
        <translation>digifelt could not save your latest notes: %1

Your text is still on screen; digifelt tries again with every change. Keep this window open.</translation>
    </message>
    <message>
        <source>Some notes could not be saved (%1). Close anyway and lose them?</source>
        <translation>Some notes could not be saved (%1). Close anyway and lose them?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py"/>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py"/>
        <source>Made %1. Open it with File → Open.</source>
        <translation>Made %1. Open it with File → Open.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>only interviews</source>
        <translation>only interviews</translation>
    </message>
    <message>
        <source>only observations</source>
        <translation>only observations</translation>
    </message>
    <message>
        <source>only document reviews</source>
        <translation>only document reviews</translation>
    </message>
    <message>
        <source>only surveys</source>
        <translation>only surveys</translation>
    </message>
    <message>
        <source>only workshops</source>
        <translation>only workshops</translation>
    </message>
    <message>
        <source>Several groups</source>
        <translation>Several groups</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>No evidence yet</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 neutral</source>
        <translation>%1: %2, %3, %4 neutral</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>No evidence yet.</translation>
    </message>
    <message>
        <source>no respondent group</source>
        <translation>no respondent group</translation>
    </message>
    <message>
        <source>only one group (%1)</source>
        <translation>only one group (%1)</translation>
    </message>
    <message>
        <source>Not triangulated: %1. Look for another kind of source or another group.</source>
        <translation>Not triangulated: %1. Look for another kind of source or another group.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>A session with this group had fewer than five people, or an unknown number: a quote may identify someone. Quote with care.</source>
        <translation>A session with this group had fewer than five people, or an unknown number: a quote may identify someone. Quote with care.</translation>
    </message>
</context>
<context>
    <name>MatrixOptions</name>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Respondent group</translation>
    </message>
    <message>
        <source>Pseudonymise: names in titles and group names become pseudonyms</source>
        <translation>Pseudonymise: names in titles and group names become pseudonyms</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message>
        <source>Indicators where the team's provisional levels differ. Open one (Enter) to set the agreed level. The report never shows provisional levels.</source>
        <translation>Indicators where the team's provisional levels differ. Open one (Enter) to set the agreed level. The report never shows provisional levels.</translation>
    </message>
    <message>
        <source>Show agreed and not assessed too</source>
        <translation>Show agreed and not assessed too</translation>
    </message>
    <message>
        <source>Disagreements to moderate</source>
        <translation>Disagreements to moderate</translation>
    </message>
    <message>
        <source>No disagreements: every indicator with provisional levels has one level, or the team has settled it.</source>
        <translation>No disagreements: every indicator with provisional levels has one level, or the team has settled it.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>From a rubric file…</source>
        <translation>From a rubric file…</translation>
    </message>
    <message>
        <source>e.g. spring 2026</source>
        <translation>e.g. spring 2026</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Rubric template:</source>
        <translation>Rubric template:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Organisation assessed:</source>
        <translation>Organisation assessed:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Your initials:</source>
        <translation>Your initials:</translation>
    </message>
    <message>
        <source>Rubric template</source>
        <translation>Rubric template</translation>
    </message>
    <message>
        <source>Rubric templates (*.yaml *.yml)</source>
        <translation>Rubric templates (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save the assessment as</source>
        <translation>Save the assessment as</translation>
    </message>
    <message>
        <source>digifelt projects (*.digifelt)</source>
        <translation>digifelt projects (*.digifelt)</translation>
    </message>
    <message>
        <source>Give the assessment a title and name the organisation.</source>
        <translation>Give the assessment a title and name the organisation.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made: %2</source>
        <translation>The folder %1 could not be made: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; choose one you can write to.</source>
        <translation>The folder %1 is read-only; choose one you can write to.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tag selection…</source>
        <translation>Tag selection…</translation>
    </message>
</context>
<context>
    <name>ObservationView</name>
    <message>
        <source>Enter: new time-stamped note · Shift+Enter: new line · Ctrl+L: look-fors · Ctrl+T: tag the sentence or the selected words</source>
        <translation>Enter: new time-stamped note · Shift+Enter: new line · Ctrl+L: look-fors · Ctrl+T: tag the sentence or the selected words</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Look-fors</translation>
    </message>
    <message>
        <source>No observation form chosen for this activity (see Plan).</source>
        <translation>No observation form chosen for this activity (see Plan).</translation>
    </message>
    <message>
        <source>Look-fors: %1</source>
        <translation>Look-fors: %1</translation>
    </message>
    <message>
        <source>What do you see? Enter starts the next note.</source>
        <translation>What do you see? Enter starts the next note.</translation>
    </message>
</context>
<context>
    <name>OpenFolderButton</name>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>OverviewDashboard</name>
    <message>
        <source>Activities done</source>
        <translation>Activities done</translation>
    </message>
    <message>
        <source>Evidence and findings</source>
        <translation>Evidence and findings</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 planned, %2 in progress</source>
        <translation>%1 planned, %2 in progress</translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation>%1 respondents</translation>
    </message>
    <message>
        <source>%1 taking part</source>
        <translation>%1 taking part</translation>
    </message>
    <message>
        <source>&lt;b&gt;By respondent group&lt;/b&gt;</source>
        <translation>&lt;b&gt;By respondent group&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 people heard so far; a session had %2 (fewer than five, or not counted), so a quote may identify someone.</source>
        <translation>%1 people heard so far; a session had %2 (fewer than five, or not counted), so a quote may identify someone.</translation>
    </message>
    <message>
        <source>%1 people heard so far.</source>
        <translation>%1 people heard so far.</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <source>Indicators with evidence</source>
        <translation>Indicators with evidence</translation>
    </message>
    <message>
        <source>none yet: %1</source>
        <translation>none yet: %1</translation>
    </message>
    <message>
        <source>Triangulated</source>
        <translation>Triangulated</translation>
    </message>
    <message>
        <source>need more: %1</source>
        <translation>need more: %1</translation>
    </message>
    <message>
        <source>Findings with a level</source>
        <translation>Findings with a level</translation>
    </message>
    <message>
        <source>Findings agreed</source>
        <translation>Findings agreed</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s), %1 starred for the report</source>
        <translation>
            <numerusform>%n excerpt, %1 starred for the report</numerusform>
            <numerusform>%n excerpts, %1 starred for the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Your team's organisation</source>
        <translation>Your team's organisation</translation>
    </message>
    <message>
        <source>e.g. 0.3</source>
        <translation>e.g. 0.3</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Language of the project:</source>
        <translation>Language of the project:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Commissioned by:</source>
        <translation>Commissioned by:</translation>
    </message>
    <message>
        <source>Assessing organisation:</source>
        <translation>Assessing organisation:</translation>
    </message>
    <message>
        <source>Report version:</source>
        <translation>Report version:</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>So far</translation>
    </message>
    <message>
        <source>New interview (Ctrl+N)</source>
        <translation>New interview (Ctrl+N)</translation>
    </message>
    <message>
        <source>New observation (Ctrl+Shift+O)</source>
        <translation>New observation (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>New document review (Ctrl+Shift+D)</source>
        <translation>New document review (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Your notes are not signed: give your name and initials in Settings (Ctrl+,).</source>
        <translation>Your notes are not signed: give your name and initials in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your notes are signed %1. Change it in Settings (Ctrl+,).</source>
        <translation>Your notes are signed %1. Change it in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>Excerpts: &lt;b&gt;%1&lt;/b&gt;, of which starred: %2</source>
        <translation>Excerpts: &lt;b&gt;%1&lt;/b&gt;, of which starred: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name (personal data)</source>
        <translation>Name (personal data)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Names are optional personal data: they never appear in reports and are replaced by pseudonyms in pseudonymised exports.</source>
        <translation>Names are optional personal data: they never appear in reports and are replaced by pseudonyms in pseudonymised exports.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Participants are optional. Names are personal data: leave them empty when a role and group are enough. Reports quote groups, never names.</source>
        <translation>Participants are optional. Names are personal data: leave them empty when a role and group are enough. Reports quote groups, never names.</translation>
    </message>
    <message>
        <source>Respondent groups (double-click to edit)</source>
        <translation>Respondent groups (double-click to edit)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>New group %1</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Remove the group “%1”? Activities and participants keep their notes but lose the group.</source>
        <translation>Remove the group “%1”? Activities and participants keep their notes but lose the group.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Groups and participants</source>
        <translation>Groups and participants</translation>
    </message>
    <message>
        <source>Guides and forms</source>
        <translation>Guides and forms</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and retention</source>
        <translation>Privacy and retention</translation>
    </message>
    <message>
        <source>Raw notes and participant records are personal data. Set the date by which they must be erased (for instance when the report is delivered); from that day digifelt reminds the team.</source>
        <translation>Raw notes and participant records are personal data. Set the date by which they must be erased (for instance when the report is delivered); from that day digifelt reminds the team.</translation>
    </message>
    <message>
        <source>Erase the raw notes by</source>
        <translation>Erase the raw notes by</translation>
    </message>
    <message>
        <source>Fewer than %1 people were heard in these groups, so quotes attributed to them may identify someone: %2.</source>
        <translation>Fewer than %1 people were heard in these groups, so quotes attributed to them may identify someone: %2.</translation>
    </message>
    <message>
        <source>Every respondent group heard so far has at least %1 people.</source>
        <translation>Every respondent group heard so far has at least %1 people.</translation>
    </message>
    <message>
        <source>Set the retention date</source>
        <translation>Set the retention date</translation>
    </message>
</context>
<context>
    <name>ProjectContext</name>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>%1 is already open in digifelt (process %2 on %3); close it there first.</source>
        <translation>%1 is already open in digifelt (process %2 on %3); close it there first.</translation>
    </message>
</context>
<context>
    <name>ProjectNotices</name>
    <message>
        <source>Erase raw notes…</source>
        <translation>Erase raw notes…</translation>
    </message>
    <message>
        <source>Change the date…</source>
        <translation>Change the date…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>The retention date (%1) has passed: the raw notes should now be erased.</source>
        <translation>The retention date (%1) has passed: the raw notes should now be erased.</translation>
    </message>
    <message>
        <source>Team merges left conflicts for you to settle: %1.</source>
        <translation>Team merges left conflicts for you to settle: %1.</translation>
    </message>
</context>
<context>
    <name>ProvisionalEditor</name>
    <message>
        <source>My provisional level</source>
        <translation>My provisional level</translation>
    </message>
    <message>
        <source>Your own level before the team moderates. Your teammates see it after a bundle; the report never shows it.</source>
        <translation>Your own level before the team moderates. Your teammates see it after a bundle; the report never shows it.</translation>
    </message>
    <message>
        <source>Rationale for my provisional level</source>
        <translation>Rationale for my provisional level</translation>
    </message>
    <message>
        <source>Why this level, in a few words…</source>
        <translation>Why this level, in a few words…</translation>
    </message>
    <message>
        <source>My provisional level:</source>
        <translation>My provisional level:</translation>
    </message>
    <message>
        <source>Give your name in Settings (Ctrl+,) to set your own level.</source>
        <translation>Give your name in Settings (Ctrl+,) to set your own level.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Set provisional level</source>
        <translation>Set provisional level</translation>
    </message>
    <message>
        <source>Edit provisional rationale</source>
        <translation>Edit provisional rationale</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Enter a value:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QdpxOptions</name>
    <message>
        <source>The file holds the codebook (the rubric), every activity's notes as a text source with its tagged passages, the memos and the respondent groups as cases.</source>
        <translation>The file holds the codebook (the rubric), every activity's notes as a text source with its tagged passages, the memos and the respondent groups as cases.</translation>
    </message>
    <message>
        <source>Pseudonymise: names in the texts become pseudonyms, users their initials</source>
        <translation>Pseudonymise: names in the texts become pseudonyms, users their initials</translation>
    </message>
</context>
<context>
    <name>CodeChoices</name>
    <message numerus="yes">
        <source>“%1” (%n coding(s))</source>
        <translation>
            <numerusform>“%1” (%n coding)</numerusform>
            <numerusform>“%1” (%n codings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep untagged</source>
        <translation>Keep untagged</translation>
    </message>
    <message>
        <source>Map to indicator</source>
        <translation>Map to indicator</translation>
    </message>
    <message>
        <source>Add as new indicator</source>
        <translation>Add as new indicator</translation>
    </message>
    <message>
        <source>What becomes of “%1”</source>
        <translation>What becomes of “%1”</translation>
    </message>
    <message>
        <source>Type to find an indicator</source>
        <translation>Type to find an indicator</translation>
    </message>
    <message>
        <source>Indicator for “%1”</source>
        <translation>Indicator for “%1”</translation>
    </message>
</context>
<context>
    <name>QdpxPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>“%1”, written by %2.</source>
        <translation>“%1”, written by %2.</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>an unknown program</translation>
    </message>
    <message>
        <source>Codes that match no indicator: keep their codings untagged, map them to an indicator, or add the code as a new indicator under “From the QDA project”:</source>
        <translation>Codes that match no indicator: keep their codings untagged, map them to an indicator, or add the code as a new indicator under “From the QDA project”:</translation>
    </message>
    <message>
        <source>%1 new objects; %2 codes match an indicator, %3 mapped, %4 added as new indicators, %5 stay untagged. A backup of the project is taken first.</source>
        <translation>%1 new objects; %2 codes match an indicator, %3 mapped, %4 added as new indicators, %5 stay untagged. A backup of the project is taken first.</translation>
    </message>
    <message>
        <source>Code “%1” → indicator %2</source>
        <translation>Code “%1” → indicator %2</translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Not matched: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>Rubric: %1</translation>
    </message>
    <message>
        <source>Codes and indicators, and what is not imported (codings of a code that matches no indicator arrive as untagged excerpts):</source>
        <translation>Codes and indicators, and what is not imported (codings of a code that matches no indicator arrive as untagged excerpts):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>&amp;Valence:</source>
        <translation>&amp;Valence:</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicators: %1</translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>No indicator</translation>
    </message>
    <message>
        <source>Valence of «%1»</source>
        <translation>Valence of «%1»</translation>
    </message>
    <message>
        <source>Too few answers to propose a valence.</source>
        <translation>Too few answers to propose a valence.</translation>
    </message>
    <message>
        <source>%1 % in the upper half of the scale; proposed: %2</source>
        <translation>%1 % in the upper half of the scale; proposed: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Set valence of %1</source>
        <translation>Set valence of %1</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>e.g. 1.1, 2.3</source>
        <translation>e.g. 1.1, 2.3</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>Indicators:</translation>
    </message>
    <message>
        <source>&amp;Also add to the guide (for its other interviews)</source>
        <translation>&amp;Also add to the guide (for its other interviews)</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Write the question.</translation>
    </message>
    <message>
        <source>Unknown indicator codes: %1</source>
        <translation>Unknown indicator codes: %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Notes outside the guide</source>
        <translation>Notes outside the guide</translation>
    </message>
    <message>
        <source>Question %1 of %2 · asked in this interview only</source>
        <translation>Question %1 of %2 · asked in this interview only</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Add to the report →</source>
        <translation>Add to the report →</translation>
    </message>
    <message>
        <source>Add the chosen excerpt (Enter or double-click in the list does the same)</source>
        <translation>Add the chosen excerpt (Enter or double-click in the list does the same)</translation>
    </message>
    <message>
        <source>Open in its activity</source>
        <translation>Open in its activity</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence for this indicator&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evidence for this indicator&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chosen for the report&lt;/b&gt; (%1, in order)</source>
        <translation>&lt;b&gt;Chosen for the report&lt;/b&gt; (%1, in order)</translation>
    </message>
</context>
<context>
    <name>ReplacedNames</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <source>Area summary</source>
        <translation>Area summary</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Respondent group</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>Matrix label</source>
        <translation>Matrix label</translation>
    </message>
    <message>
        <source>Where names were replaced</source>
        <translation>Where names were replaced</translation>
    </message>
    <message>
        <source>Names were replaced in %1 places. Open a row to rephrase the text in the project if the export should read naturally.</source>
        <translation>Names were replaced in %1 places. Open a row to rephrase the text in the project if the export should read naturally.</translation>
    </message>
    <message>
        <source>This text is changed where it was written: in the rubric, the groups or the project details.</source>
        <translation>This text is changed where it was written: in the rubric, the groups or the project details.</translation>
    </message>
    <message>
        <source>An assessor's initials contained a name; exported as %1.</source>
        <translation>An assessor's initials contained a name; exported as %1.</translation>
    </message>
    <message>
        <source>A participant's pseudonym contained a name; exported as %1.</source>
        <translation>A participant's pseudonym contained a name; exported as %1.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Report template</source>
        <translation>Report template</translation>
    </message>
    <message>
        <source>Your default template: %1</source>
        <translation>Your default template: %1</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Use the default</translation>
    </message>
    <message>
        <source>The template chosen in Settings, or the built-in one</source>
        <translation>The template chosen in Settings, or the built-in one</translation>
    </message>
    <message>
        <source>The project's language</source>
        <translation>The project's language</translation>
    </message>
    <message>
        <source>Open the report when it is done</source>
        <translation>Open the report when it is done</translation>
    </message>
    <message>
        <source>Template (.docx or .dotx with your house styles):</source>
        <translation>Template (.docx or .dotx with your house styles):</translation>
    </message>
    <message>
        <source>Language of the headings:</source>
        <translation>Language of the headings:</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Respond to comment</source>
        <translation>Respond to comment</translation>
    </message>
    <message>
        <source>Accepted (Alt+A)</source>
        <translation>Accepted (Alt+A)</translation>
    </message>
    <message>
        <source>Not accepted (Alt+N)</source>
        <translation>Not accepted (Alt+N)</translation>
    </message>
    <message>
        <source>What changed in the report:</source>
        <translation>What changed in the report:</translation>
    </message>
    <message>
        <source>Why the comment was not accepted:</source>
        <translation>Why the comment was not accepted:</translation>
    </message>
    <message>
        <source>Say what changed, or why the comment was not accepted.</source>
        <translation>Say what changed, or why the comment was not accepted.</translation>
    </message>
</context>
<context>
    <name>ReviewChecklist</name>
    <message>
        <source>Questions of the checklist</source>
        <translation>Questions of the checklist</translation>
    </message>
    <message>
        <source>Alt+↓/↑ next/previous question: its indicators come first when you tag</source>
        <translation>Alt+↓/↑ next/previous question: its indicators come first when you tag</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <source>Areas and indicators</source>
        <translation>Areas and indicators</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Add area</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Move up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Move down (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>One look-for per line</source>
        <translation>One look-for per line</translation>
    </message>
    <message>
        <source>Selected area or indicator</source>
        <translation>Selected area or indicator</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Ideal picture:</source>
        <translation>Ideal picture:</translation>
    </message>
    <message>
        <source>Look-fors:</source>
        <translation>Look-fors:</translation>
    </message>
    <message>
        <source>Edit area</source>
        <translation>Edit area</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message numerus="yes">
        <source>Remove the area %1 with its %n indicator(s)?</source>
        <translation>
            <numerusform>Remove the area %1 with its %n indicator?</numerusform>
            <numerusform>Remove the area %1 with its %n indicators?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the indicator %1?</source>
        <translation>Remove the indicator %1?</translation>
    </message>
    <message>
        <source>Warning: %1 excerpts are tagged to it. Their tags to it and its finding will be deleted; the excerpts themselves stay.</source>
        <translation>Warning: %1 excerpts are tagged to it. Their tags to it and its finding will be deleted; the excerpts themselves stay.</translation>
    </message>
    <message>
        <source>Remove from the rubric</source>
        <translation>Remove from the rubric</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Remove area</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>Move area</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Some notes could not be saved; try again when the status bar says Saved.</source>
        <translation>Some notes could not be saved; try again when the status bar says Saved.</translation>
    </message>
    <message>
        <source>An erasure of the raw notes in %1 was interrupted. digifelt has now finished it: %2 copies it had left behind were deleted.</source>
        <translation>An erasure of the raw notes in %1 was interrupted. digifelt has now finished it: %2 copies it had left behind were deleted.</translation>
    </message>
    <message>
        <source>An erasure of the raw notes in %1 was interrupted before it took effect: nothing was erased. Erase them again if they are due.</source>
        <translation>An erasure of the raw notes in %1 was interrupted before it took effect: nothing was erased. Erase them again if they are due.</translation>
    </message>
    <message>
        <source>digifelt</source>
        <translation>digifelt</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). digifelt has not changed it.</source>
        <translation>%1 is damaged and cannot be opened (%2). digifelt has not changed it.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no assessment. digifelt has not changed it.</source>
        <translation>%1 is empty: it holds no assessment. digifelt has not changed it.</translation>
    </message>
    <message>
        <source>%1 is not a digifelt project file (another kind of file, or one that was overwritten). digifelt has not changed it.</source>
        <translation>%1 is not a digifelt project file (another kind of file, or one that was overwritten). digifelt has not changed it.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of digifelt. Update digifelt to open it; the file was not changed.</source>
        <translation>%1 was saved by a newer version of digifelt. Update digifelt to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). digifelt has not changed it.</source>
        <translation>%1 could not be opened (%2). digifelt has not changed it.</translation>
    </message>
    <message>
        <source>A good backup from %1 exists. Restoring puts it in place of this file; the current file is kept beside it, never overwritten.</source>
        <translation>A good backup from %1 exists. Restoring puts it in place of this file; the current file is kept beside it, never overwritten.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)</source>
        <translation>Restore the newest good backup (%1)</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Add level</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Remove level</translation>
    </message>
    <message>
        <source>Edit level</source>
        <translation>Edit level</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation>Activity details</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Survey question</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Make final report</source>
        <translation>Make final report</translation>
    </message>
    <message>
        <source>Send draft for fact check</source>
        <translation>Send draft for fact check</translation>
    </message>
    <message>
        <source>e.g. Kommunedirektør</source>
        <translation>e.g. Kommunedirektør</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Sent to:</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <source>The final report has an appendix saying how each comment was handled.</source>
        <translation>The final report has an appendix saying how each comment was handled.</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Say to whom the draft is sent.</source>
        <translation>Say to whom the draft is sent.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>You and the app</source>
        <translation>You and the app</translation>
    </message>
    <message>
        <source>Automatic (the system's language)</source>
        <translation>Automatic (the system's language)</translation>
    </message>
    <message>
        <source>Your name and initials are stored with the notes you write, in every project you open on this computer. A new language applies as soon as you press OK.</source>
        <translation>Your name and initials are stored with the notes you write, in every project you open on this computer. A new language applies as soon as you press OK.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Your initials:</source>
        <translation>Your initials:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Saving and backups</source>
        <translation>Saving and backups</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Typing is saved after this pause, and never later than a second after the first unsaved change. A backup is also taken when a project is opened, and before upgrades, imports and repairs.</source>
        <translation>Typing is saved after this pause, and never later than a second after the first unsaved change. A backup is also taken when a project is opened, and before upgrades, imports and repairs.</translation>
    </message>
    <message>
        <source>Save typing after a pause of:</source>
        <translation>Save typing after a pause of:</translation>
    </message>
    <message>
        <source>Back up while editing every:</source>
        <translation>Back up while editing every:</translation>
    </message>
    <message>
        <source>Backups kept per project:</source>
        <translation>Backups kept per project:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <source>Backups and the demo assessment are kept in the data folder. Backups hold personal data: choose a folder your organisation approves for it. Existing backups are moved there.</source>
        <translation>Backups and the demo assessment are kept in the data folder. Backups hold personal data: choose a folder your organisation approves for it. Existing backups are moved there.</translation>
    </message>
    <message>
        <source>Default report template</source>
        <translation>Default report template</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Default report template:</source>
        <translation>Default report template:</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Use the built-in template</source>
        <translation>Use the built-in template</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Use the default folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>The report template must be an existing .docx or .dotx file.</source>
        <translation>The report template must be an existing .docx or .dotx file.</translation>
    </message>
    <message>
        <source>The data folder must be a full path.</source>
        <translation>The data folder must be a full path.</translation>
    </message>
    <message>
        <source>digifelt cannot write to the data folder: %1</source>
        <translation>digifelt cannot write to the data folder: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>SurveyMappingDialog</name>
    <message>
        <source>Respondent group</source>
        <translation>Respondent group</translation>
    </message>
    <message>
        <source>Question on the scale</source>
        <translation>Question on the scale</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Survey results (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation>Survey results (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>Survey mapping (*.yaml *.yml)</source>
        <translation>Survey mapping (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Import survey</translation>
    </message>
    <message>
        <source>%1: %2 respondents, %3 columns</source>
        <translation>%1: %2 respondents, %3 columns</translation>
    </message>
    <message>
        <source>The answer labels from low to high, separated by ;</source>
        <translation>The answer labels from low to high, separated by ;</translation>
    </message>
    <message>
        <source>Answers counted as blank, such as «Vet ikke»; separated by ;</source>
        <translation>Answers counted as blank, such as «Vet ikke»; separated by ;</translation>
    </message>
    <message>
        <source>Which respondent group each value of the group column is, such as «Leder = Ledere»; a value not named here becomes a group of its own name</source>
        <translation>Which respondent group each value of the group column is, such as «Leder = Ledere»; a value not named here becomes a group of its own name</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Scale (low → high, separated by ;):</source>
        <translation>&amp;Scale (low → high, separated by ;):</translation>
    </message>
    <message>
        <source>&amp;Blank answers:</source>
        <translation>&amp;Blank answers:</translation>
    </message>
    <message>
        <source>&amp;Group names (value = group; …):</source>
        <translation>&amp;Group names (value = group; …):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Use as</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>&amp;Columns (↑/↓ to choose one, then Alt+U and Alt+I):</source>
        <translation>&amp;Columns (↑/↓ to choose one, then Alt+U and Alt+I):</translation>
    </message>
    <message>
        <source>(not shown: personal data)</source>
        <translation>(not shown: personal data)</translation>
    </message>
    <message>
        <source>Codes such as 1.1, 2.3</source>
        <translation>Codes such as 1.1, 2.3</translation>
    </message>
    <message>
        <source>C&amp;hoose indicators…</source>
        <translation>C&amp;hoose indicators…</translation>
    </message>
    <message>
        <source>&amp;Use as:</source>
        <translation>&amp;Use as:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indicators:</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>Sa&amp;ve mapping…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The mapping last used for a file with these columns is filled in.</source>
        <translation>The mapping last used for a file with these columns is filled in.</translation>
    </message>
    <message>
        <source>Guessed from the values in the file: check each column, and choose the indicators of each question.</source>
        <translation>Guessed from the values in the file: check each column, and choose the indicators of each question.</translation>
    </message>
    <message>
        <source>Not found in this file or rubric, left out: %1</source>
        <translation>Not found in this file or rubric, left out: %1</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <source>names or contact details</source>
        <translation>names or contact details</translation>
    </message>
    <message>
        <source>«%1» looks like %2 and is not imported. It is personal data: delete the column from the copy of the file you keep.</source>
        <translation>«%1» looks like %2 and is not imported. It is personal data: delete the column from the copy of the file you keep.</translation>
    </message>
    <message>
        <source>«%1» looks like %2, yet it is imported.</source>
        <translation>«%1» looks like %2, yet it is imported.</translation>
    </message>
    <message>
        <source>Use «%1» as</source>
        <translation>Use «%1» as</translation>
    </message>
    <message>
        <source>No indicator has the code %1.</source>
        <translation>No indicator has the code %1.</translation>
    </message>
    <message>
        <source>Load survey mapping</source>
        <translation>Load survey mapping</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Mapping loaded from %1.</translation>
    </message>
    <message>
        <source>Save survey mapping</source>
        <translation>Save survey mapping</translation>
    </message>
    <message>
        <source>Mapping saved to %1; `digifelt survey import` takes it too.</source>
        <translation>Mapping saved to %1; `digifelt survey import` takes it too.</translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation>Counting the answers…</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Import survey results</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The survey was not imported.</source>
        <translation>The survey was not imported.</translation>
    </message>
    <message>
        <source>Survey «%1» imported: %2 respondents, %3 questions, %4 free-text answers. Ctrl+Z on the Plan page takes it back.</source>
        <translation>Survey «%1» imported: %2 respondents, %3 questions, %4 free-text answers. Ctrl+Z on the Plan page takes it back.</translation>
    </message>
</context>
<context>
    <name>SurveySummary</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 agree (n = %2)</source>
        <translation>%1 agree (n = %2)</translation>
    </message>
    <message>
        <source>– %1 (n = %2)</source>
        <translation>– %1 (n = %2)</translation>
    </message>
    <message>
        <source>– %1, %2 (n = %3)</source>
        <translation>– %1, %2 (n = %3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1: fewer than five answers, not shown.</source>
        <translation>%1: fewer than five answers, not shown.</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gro&amp;up:</translation>
    </message>
    <message>
        <source>In&amp;dicator:</source>
        <translation>In&amp;dicator:</translation>
    </message>
    <message>
        <source>This survey has no questions on a scale.</source>
        <translation>This survey has no questions on a scale.</translation>
    </message>
    <message>
        <source>Free-text answers, one note each. Alt+↓/↑: next/previous answer · Ctrl+T: tag the sentence or selected words</source>
        <translation>Free-text answers, one note each. Alt+↓/↑: next/previous answer · Ctrl+T: tag the sentence or selected words</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>This survey has no free-text answers.</source>
        <translation>This survey has no free-text answers.</translation>
    </message>
    <message>
        <source>%1 · respondents: %2</source>
        <translation>%1 · respondents: %2</translation>
    </message>
    <message>
        <source>A survey is imported whole: there is nothing to mark as done.</source>
        <translation>A survey is imported whole: there is nothing to mark as done.</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Tag to indicator</source>
        <translation>Tag to indicator</translation>
    </message>
    <message>
        <source>Type an indicator code or words…</source>
        <translation>Type an indicator code or words…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Valence:</source>
        <translation>Valence:</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>★ Star (*)</source>
        <translation>★ Star (*)</translation>
    </message>
    <message>
        <source>Wanted in the report. Keys: * or Alt+8</source>
        <translation>Wanted in the report. Keys: * or Alt+8</translation>
    </message>
    <message>
        <source>Memo (optional, Tab)</source>
        <translation>Memo (optional, Tab)</translation>
    </message>
    <message>
        <source>Bold: indicators of the current question. Enter saves, Esc cancels, Ctrl+Space tags several indicators.</source>
        <translation>Bold: indicators of the current question. Enter saves, Esc cancels, Ctrl+Space tags several indicators.</translation>
    </message>
    <message>
        <source>Ctrl+T adds the next sentence to the quote.</source>
        <translation>Ctrl+T adds the next sentence to the quote.</translation>
    </message>
    <message>
        <source>Save tag</source>
        <translation>Save tag</translation>
    </message>
    <message>
        <source>No indicator matches; change the words or press Esc.</source>
        <translation>No indicator matches; change the words or press Esc.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Start activity</source>
        <translation>Start activity</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation>Edit tag</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remove tag %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Add file</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Edit caption</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Edit document details</translation>
    </message>
    <message>
        <source>Import survey %1</source>
        <translation>Import survey %1</translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>Could not undo or redo: %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Evidence capture for on-site assessments. Everything stays on this computer, in one file per assessment.</source>
        <translation>Evidence capture for on-site assessments. Everything stays on this computer, in one file per assessment.</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Recent assessments (Enter opens, Delete forgets)</source>
        <translation>Recent assessments (Enter opens, Delete forgets)</translation>
    </message>
    <message>
        <source>None yet. Try the demo, or start a new assessment.</source>
        <translation>None yet. Try the demo, or start a new assessment.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Version %1 · F1 in a project lists the keyboard shortcuts</source>
        <translation>Version %1 · F1 in a project lists the keyboard shortcuts</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann</source>
        <translation>e.g. Kari Nordmann</translation>
    </message>
    <message>
        <source>e.g. KN</source>
        <translation>e.g. KN</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Your name and initials sign the notes and findings you write, so the team can see who wrote what. Type them, then press Enter.</source>
        <translation>Your name and initials sign the notes and findings you write, so the team can see who wrote what. Type them, then press Enter.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Your initials:</source>
        <translation>Your initials:</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Type your name first.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>digifelt</source>
        <translation>digifelt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>From the &amp;findings</source>
        <translation>From the &amp;findings</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Export .&amp;xlsx…</source>
        <translation>Export .&amp;xlsx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Follow-up re&amp;port .docx…</source>
        <translation>Follow-up re&amp;port .docx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Type or F2 to edit a cell; Alt+S sets the status, Alt+D the due date; Alt+↑/↓ moves the action; Insert adds, Delete removes.</source>
        <translation>Type or F2 to edit a cell; Alt+S sets the status, Alt+D the due date; Alt+↑/↓ moves the action; Insert adds, Delete removes.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Actions from the findings</source>
        <translation>Actions from the findings</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>%n action(s) added from the findings</source>
        <translation>
            <numerusform>%n action added from the findings</numerusform>
            <numerusform>%n actions added from the findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Move action</source>
        <translation>Move action</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Export the actions</source>
        <translation>Export the actions</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Compare assessments</source>
        <translation>Compare assessments</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Assessments to compare, in order</source>
        <translation>Assessments to compare, in order</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>&amp;Assessments, in order (the same organisation&apos;s are compared over time):</source>
        <translation>&amp;Assessments, in order (the same organisation&apos;s are compared over time):</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>A&amp;dd files…</source>
        <translation>A&amp;dd files…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Export .&amp;xlsx…</source>
        <translation>Export .&amp;xlsx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Export .do&amp;cx…</source>
        <translation>Export .do&amp;cx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source> (open now)</source>
        <translation> (open now)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Choose assessments</source>
        <translation>Choose assessments</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>digifelt projects (*.digifelt)</source>
        <translation>digifelt projects (*.digifelt)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
</context>
<context>
    <name>PreviousLevel</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_previous.py"/>
        <source>Previous assessment (%1): level %2</source>
        <translation>Previous assessment (%1): level %2</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_previous.py"/>
        <source>Previous assessment (%1): not assessed</source>
        <translation>Previous assessment (%1): not assessed</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>New assessment from this one</source>
        <translation>New assessment from this one</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>e.g. 2027</source>
        <translation>e.g. 2027</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>The new file gets this assessment&apos;s rubric (scale, areas, indicators, look-fors) and its agreed levels, shown beside each finding as the previous assessment. Nothing else is copied: no notes, people, groups, findings&apos; texts or attachments.</source>
        <translation>The new file gets this assessment&apos;s rubric (scale, areas, indicators, look-fors) and its agreed levels, shown beside each finding as the previous assessment. Nothing else is copied: no notes, people, groups, findings&apos; texts or attachments.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>digifelt projects (*.digifelt)</source>
        <translation>digifelt projects (*.digifelt)</translation>
    </message>
</context>
</TS>
