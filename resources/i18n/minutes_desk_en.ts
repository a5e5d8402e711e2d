<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Använd &amp;som</source>
        <translation>Use &amp;as</translation>
    </message>
    <message>
        <source>&amp;Korrektur</source>
        <translation>&amp;Proofreading</translation>
    </message>
    <message>
        <source>&amp;Protokoll</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>E&amp;xportera</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>F&amp;ormulär</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source>&amp;Bibliotek</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Importera filer…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>&amp;Spara nu</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Organ</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>R&amp;ubrik</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Ord&amp;förande</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>&amp;Sekreterare</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <source>&amp;Justerare</source>
        <translation>&amp;Adjuster</translation>
    </message>
    <message>
        <source>&amp;Deltagare</source>
        <translation>Atte&amp;ndee</translation>
    </message>
    <message>
        <source>Frå&amp;nvarande</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>Övri&amp;g närvarande</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <source>Rubri&amp;k på vald punkt</source>
        <translation>Title of selected agenda &amp;item</translation>
    </message>
    <message>
        <source>&amp;Beslut i vald punkt</source>
        <translation>&amp;Decision in selected agenda item</translation>
    </message>
    <message>
        <source>Plats för nästa &amp;möte</source>
        <translation>Place of next &amp;meeting</translation>
    </message>
    <message>
        <source>&amp;Nästa flagga</source>
        <translation>&amp;Next flag</translation>
    </message>
    <message>
        <source>&amp;Föregående flagga</source>
        <translation>&amp;Previous flag</translation>
    </message>
    <message>
        <source>&amp;Godta förslaget</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <source>&amp;Ignorera</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>Rätta &amp;alla förekomster</source>
        <translation>Fix &amp;all occurrences</translation>
    </message>
    <message>
        <source>&amp;Lägg till i ordlistan</source>
        <translation>A&amp;dd to dictionary</translation>
    </message>
    <message>
        <source>&amp;Kom ihåg rättelsen</source>
        <translation>&amp;Remember correction</translation>
    </message>
    <message>
        <source>&amp;Ordlistan…</source>
        <translation>&amp;Dictionary…</translation>
    </message>
    <message>
        <source>S&amp;ynka ordlistan</source>
        <translation>S&amp;ync dictionary</translation>
    </message>
    <message>
        <source>&amp;Justera…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Återöppna…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>&amp;XML…</source>
        <translation>&amp;XML…</translation>
    </message>
    <message>
        <source>&amp;Akoma Ntoso…</source>
        <translation>&amp;Akoma Ntoso…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Ny &amp;punkt</source>
        <translation>New &amp;item</translation>
    </message>
    <message>
        <source>&amp;Ta bort punkt</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Nytt &amp;beslut</source>
        <translation>New &amp;decision</translation>
    </message>
    <message>
        <source>Ta bort be&amp;slut</source>
        <translation>Remove de&amp;cision</translation>
    </message>
    <message>
        <source>Lägg till &amp;deltagare</source>
        <translation>Add &amp;participant</translation>
    </message>
    <message>
        <source>Ta b&amp;ort deltagare</source>
        <translation>Remo&amp;ve participant</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta &amp;ned</source>
        <translation>Move dow&amp;n</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Justera protokollet</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <source>Efter justeringen kan protokollet inte ändras förrän det återöppnas.</source>
        <translation>After approval the minutes cannot be changed until they are reopened.</translation>
    </message>
    <message>
        <source>Justerare (kommaseparerade)</source>
        <translation>Adjusters (comma-separated)</translation>
    </message>
    <message>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Ordlistan</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <source>Filtrera på ord, rättelse, person eller anteckning</source>
        <translation>Filter by word, correction, person or note</translation>
    </message>
    <message>
        <source>&amp;Synkronisera</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <source>bara för rättelser</source>
        <translation>corrections only</translation>
    </message>
    <message>
        <source>&amp;Ord / fel form</source>
        <translation>&amp;Word / wrong form</translation>
    </message>
    <message>
        <source>&amp;Rätt form</source>
        <translation>&amp;Right form</translation>
    </message>
    <message>
        <source>&amp;Anteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Lägg till &amp;ord</source>
        <translation>Add &amp;word</translation>
    </message>
    <message>
        <source>Lägg till &amp;rättelse</source>
        <translation>Add &amp;correction</translation>
    </message>
    <message>
        <source>&amp;Markera som fel (bara för mig)</source>
        <translation>&amp;Mark as wrong (just for me)</translation>
    </message>
    <message>
        <source>S&amp;para ändring</source>
        <translation>S&amp;ave change</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Synkroniserar …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>”%1” är tillagt i ordlistan</source>
        <translation>“%1” added to the dictionary</translation>
    </message>
    <message>
        <source>Rättelsen %1 → %2 är sparad</source>
        <translation>Correction %1 → %2 saved</translation>
    </message>
    <message>
        <source>”%1” markeras som fel för dig</source>
        <translation>“%1” is marked as wrong for you</translation>
    </message>
    <message>
        <source>Ändringen är sparad</source>
        <translation>Change saved</translation>
    </message>
    <message>
        <source>”%1” är borttaget</source>
        <translation>“%1” deleted</translation>
    </message>
    <message>
        <source>Sparar …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Ingen delad mapp är vald; ordlistan finns bara på den här datorn (%1 poster).</source>
        <translation>No shared folder is set; the dictionary exists only on this computer (%1 entries).</translation>
    </message>
    <message>
        <source>%1 ändringar väntar på att skickas: %2</source>
        <translation>%1 changes waiting to be sent: %2</translation>
    </message>
    <message>
        <source>Delas via %1 (%2 poster).</source>
        <translation>Shared via %1 (%2 entries).</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ord / fel</source>
        <translation>Word / wrong</translation>
    </message>
    <message>
        <source>Rätt</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Tillagt av</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Godkänt ord</source>
        <translation>Accepted word</translation>
    </message>
    <message>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Fel (bara för mig)</source>
        <translation>Wrong (just for me)</translation>
    </message>
    <message>
        <source>Bara mig</source>
        <translation>Just me</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Alla typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Rätta alla</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <source>Ord</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rätta till</source>
        <translation>Correct to</translation>
    </message>
    <message>
        <source>Flaggade ord</source>
        <translation>Flagged words</translation>
    </message>
    <message>
        <source>Posten är justerad – återöppna för att rätta</source>
        <translation>The record is approved – reopen it to make corrections</translation>
    </message>
    <message>
        <source>Visa orden som ignoreras i det här protokollet, för att flagga dem igen</source>
        <translation>Show the words ignored in this record, to flag them again</translation>
    </message>
    <message>
        <source>Sluta ignorera</source>
        <translation>Stop ignoring</translation>
    </message>
    <message>
        <source>Flagga det valda ordet igen (Retur eller Delete)</source>
        <translation>Flag the selected word again (Enter or Delete)</translation>
    </message>
    <message>
        <source>Sluta ignorera ”%1”</source>
        <translation>Stop ignoring “%1”</translation>
    </message>
    <message>
        <source>Visa &amp;ignorerade (%1)</source>
        <translation>Show &amp;ignored (%1)</translation>
    </message>
    <message>
        <source>skrivskyddat</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>%1 förekomster, %2 ord</source>
        <translation>%1 occurrences, %2 words</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Protokollnr</source>
        <translation>Minutes no.</translation>
    </message>
    <message>
        <source>Början</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>&amp;Dagordning (%1)</source>
        <translation>&amp;Agenda (%1)</translation>
    </message>
    <message>
        <source>D&amp;eltagare (%1)</source>
        <translation>Par&amp;ticipants (%1)</translation>
    </message>
    <message>
        <source>&amp;Frånvarande (%1)</source>
        <translation>A&amp;bsent (%1)</translation>
    </message>
    <message>
        <source>Övri&amp;ga (%1)</source>
        <translation>&amp;Guests (%1)</translation>
    </message>
    <message>
        <source>&amp;Nästa möte, justering</source>
        <translation>&amp;Next meeting, approval</translation>
    </message>
    <message>
        <source>Mötet</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Inte justerat (utkast). Justera med Ctrl+J.</source>
        <translation>Not approved (draft). Approve with Ctrl+J.</translation>
    </message>
    <message>
        <source>Justerare</source>
        <translation>Adjusters</translation>
    </message>
    <message>
        <source>Övriga närvarande</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>Nästa möte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Justering</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Ändra justerare</source>
        <translation>Change adjusters</translation>
    </message>
    <message>
        <source>Ändra fält</source>
        <translation>Change field</translation>
    </message>
    <message>
        <source>Justerat %1 av %2. Justerare: %3. Sekreterare: %4.</source>
        <translation>Approved %1 by %2. Adjusters: %3. Secretary: %4.</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Nytt beslut</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Ta bort beslut</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>N&amp;y punkt</source>
        <translation>Ne&amp;w item</translation>
    </message>
    <message>
        <source>&amp;Ta bort punkt</source>
        <translation>Remo&amp;ve item</translation>
    </message>
    <message>
        <source>Nytt &amp;beslut</source>
        <translation>New &amp;decision</translation>
    </message>
    <message>
        <source>Ta bort be&amp;slut</source>
        <translation>Remove de&amp;cision</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Ändra punkt</source>
        <translation>Change item</translation>
    </message>
    <message>
        <source>Ändra beslut</source>
        <translation>Change decision</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Justerat</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Sök på organ, rubrik, fil …</source>
        <translation>Search body, title, file …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Öppna (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>Importera filer…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>%1 protokoll. Enter öppnar det valda; Ctrl+O importerar OCR-text eller XML.</source>
        <translation>%1 records. Enter opens the selected one; Ctrl+O imports OCR text or XML.</translation>
    </message>
    <message>
        <source>%1 filer importerade.</source>
        <translation>%1 files imported.</translation>
    </message>
    <message>
        <source>%1 fanns redan.</source>
        <translation>%1 were already there.</translation>
    </message>
    <message>
        <source>Kunde inte läsas: </source>
        <translation>Could not be read: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Korrekturläsningen misslyckades: </source>
        <translation>Proofreading failed: </translation>
    </message>
    <message>
        <source>Protokollskrivbordet — bibliotek</source>
        <translation>Minutes Desk — library</translation>
    </message>
    <message>
        <source>justerat, skrivskyddat</source>
        <translation>approved, read-only</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Protokollskrivbordet</source>
        <translation>Minutes Desk</translation>
    </message>
    <message>
        <source>Importera OCR-text</source>
        <translation>Import OCR text</translation>
    </message>
    <message>
        <source>Ordlistan kunde inte synkas: </source>
        <translation>The dictionary could not be synced: </translation>
    </message>
    <message>
        <source>Kunde inte spara (försöker igen): </source>
        <translation>Could not save (will retry): </translation>
    </message>
    <message>
        <source>Justerat %1 – skrivskyddat (Återöppna: Ctrl+Shift+J)</source>
        <translation>Approved %1 – read-only (Reopen: Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Utkast – sparat kl. %1</source>
        <translation>Draft – saved at %1</translation>
    </message>
    <message>
        <source>Utkast – sparas automatiskt</source>
        <translation>Draft – saved automatically</translation>
    </message>
    <message>
        <source>OCR-text och XML-poster (*.txt *.xml);;Alla filer (*)</source>
        <translation>OCR text and XML records (*.txt *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Inga flaggade ord</source>
        <translation>No flagged words</translation>
    </message>
    <message>
        <source>Rätta ”%1”</source>
        <translation>Fix “%1”</translation>
    </message>
    <message>
        <source>Rätta alla ”%1”</source>
        <translation>Fix all “%1”</translation>
    </message>
    <message>
        <source>%1 förekomster rättade</source>
        <translation>%1 occurrences fixed</translation>
    </message>
    <message>
        <source>Ignorera ”%1”</source>
        <translation>Ignore “%1”</translation>
    </message>
    <message>
        <source>Sluta ignorera ”%1”</source>
        <translation>Stop ignoring “%1”</translation>
    </message>
    <message>
        <source>”%1” har lagts till i ordlistan</source>
        <translation>“%1” added to the dictionary</translation>
    </message>
    <message>
        <source>Rättelsen %1 → %2 sparas i ordlistan</source>
        <translation>Correction %1 → %2 saved in the dictionary</translation>
    </message>
    <message>
        <source>Synkar ordlistan …</source>
        <translation>Syncing the dictionary …</translation>
    </message>
    <message>
        <source>Ordlistan: </source>
        <translation>Dictionary: </translation>
    </message>
    <message>
        <source>Ordlistan är synkad</source>
        <translation>The dictionary is synced</translation>
    </message>
    <message>
        <source>Ingen delad mapp är vald: ordlistan finns bara på den här datorn</source>
        <translation>No shared folder is set: the dictionary is on this computer only</translation>
    </message>
    <message>
        <source>Använd som</source>
        <translation>Use as</translation>
    </message>
    <message>
        <source>Återöppnat</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Exportera som %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <source>Exporterat till %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Deltagare</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Övriga närvarande</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Distans</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Fl&amp;ytta till</source>
        <translation>Mo&amp;ve to</translation>
    </message>
    <message>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Ändra deltagare</source>
        <translation>Change participant</translation>
    </message>
    <message>
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Flytta deltagare</source>
        <translation>Move participant</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Återöppna protokollet</source>
        <translation>Reopen the minutes</translation>
    </message>
    <message>
        <source>Den justerade versionen sparas oförändrad; ändringar görs i en ny version.</source>
        <translation>The approved version is kept unchanged; changes go into a new version.</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Protokollet är justerat. Återöppna det för att ändra.</source>
        <translation>These minutes are approved. Reopen them to make changes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Systemets språk</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Delad ordlista (mapp)</source>
        <translation>Shared dictionary (folder)</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ändringarna gäller från nästa start.</source>
        <translation>Changes take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>okänt ord</source>
        <translation>unknown word</translation>
    </message>
    <message>
        <source>OCR-mönster</source>
        <translation>OCR pattern</translation>
    </message>
    <message>
        <source>fel ord i sammanhanget</source>
        <translation>wrong word in context</translation>
    </message>
    <message>
        <source>Skriva</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Protokollet är justerat. Återöppna det för att ändra.</source>
        <translation>These minutes are approved. Reopen them to make changes.</translation>
    </message>
    <message>
        <source>Förslag: </source>
        <translation>Suggestions: </translation>
    </message>
    <message>
        <source>Inga förslag</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>(inga förslag)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Rätta alla förekomster till ”%1”</source>
        <translation>Fix all occurrences to “%1”</translation>
    </message>
    <message>
        <source>Ignorera</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Lägg till i ordlistan</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <source>Kom ihåg rättelsen %1 → %2</source>
        <translation>Remember correction %1 → %2</translation>
    </message>
    <message>
        <source>Posten är justerad – återöppna för att rätta</source>
        <translation>The record is approved – reopen it to make corrections</translation>
    </message>
</context>
</TS>
