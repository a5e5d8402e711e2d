<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="31"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="32"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="33"/>
        <source>Använd &amp;som</source>
        <translation>Use &amp;as</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="34"/>
        <source>&amp;Korrektur</source>
        <translation>&amp;Proofreading</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="35"/>
        <source>&amp;Protokoll</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="36"/>
        <source>E&amp;xportera</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="40"/>
        <source>&amp;Bibliotek</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="41"/>
        <source>&amp;Importera filer…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="42"/>
        <source>&amp;Spara nu</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="43"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="44"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="45"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="46"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="47"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="48"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="49"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="50"/>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="51"/>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="52"/>
        <source>Justerare</source>
        <translation>Adjusters</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="53"/>
        <source>Deltagare</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="54"/>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="55"/>
        <source>Övrig närvarande</source>
        <translation>Other attendee</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="56"/>
        <source>Rubrik på vald punkt</source>
        <translation>Title of the selected item</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="57"/>
        <source>Beslut i vald punkt</source>
        <translation>Decision in the selected item</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="58"/>
        <source>Plats för nästa möte</source>
        <translation>Place of the next meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="59"/>
        <source>&amp;Nästa flagga</source>
        <translation>&amp;Next flag</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="60"/>
        <source>&amp;Föregående flagga</source>
        <translation>&amp;Previous flag</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="61"/>
        <source>&amp;Godta förslaget</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="62"/>
        <source>&amp;Ignorera</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="63"/>
        <source>Rätta &amp;alla förekomster</source>
        <translation>Fix &amp;all occurrences</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="64"/>
        <source>&amp;Lägg till i ordlistan</source>
        <translation>A&amp;dd to dictionary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="65"/>
        <source>&amp;Kom ihåg rättelsen</source>
        <translation>&amp;Remember correction</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="66"/>
        <source>&amp;Ordlistan…</source>
        <translation>&amp;Dictionary…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="67"/>
        <source>&amp;Justera…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="68"/>
        <source>&amp;Återöppna…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="69"/>
        <source>&amp;XML…</source>
        <translation>&amp;XML…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="70"/>
        <source>&amp;Akoma Ntoso…</source>
        <translation>&amp;Akoma Ntoso…</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/actions.py" line="71"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="43"/>
        <source>Justera protokollet</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="45"/>
        <source>Efter justeringen kan protokollet inte ändras förrän det återöppnas.</source>
        <translation>After approval the minutes cannot be changed until they are reopened.</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="56"/>
        <source>Justerare (kommaseparerade)</source>
        <translation>Adjusters (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="57"/>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="58"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="146"/>
        <source>Ordlistan</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="151"/>
        <source>Filtrera på ord, rättelse, person eller anteckning</source>
        <translation>Filter by word, correction, person or note</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="153"/>
        <source>&amp;Synkronisera</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="176"/>
        <source>bara för rättelser</source>
        <translation>corrections only</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="180"/>
        <source>&amp;Ord / fel form</source>
        <translation>&amp;Word / wrong form</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="181"/>
        <source>&amp;Rätt form</source>
        <translation>&amp;Right form</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="182"/>
        <source>&amp;Anteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="184"/>
        <source>Lägg till &amp;ord</source>
        <translation>Add &amp;word</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="185"/>
        <source>Lägg till &amp;rättelse</source>
        <translation>Add &amp;correction</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="186"/>
        <source>&amp;Markera som fel (bara för mig)</source>
        <translation>&amp;Mark as wrong (just for me)</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="187"/>
        <source>S&amp;para ändring</source>
        <translation>S&amp;ave change</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="188"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="227"/>
        <source>”%1” är tillagt i ordlistan</source>
        <translation>“%1” added to the dictionary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="233"/>
        <source>Rättelsen %1 → %2 är sparad</source>
        <translation>Correction %1 → %2 saved</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="238"/>
        <source>”%1” markeras som fel för dig</source>
        <translation>“%1” is marked as wrong for you</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="258"/>
        <source>Ändringen är sparad</source>
        <translation>Change saved</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="263"/>
        <source>”%1” är borttaget</source>
        <translation>“%1” deleted</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="299"/>
        <source>Ingen delad mapp är vald; ordlistan finns bara på den här datorn (%1 poster).</source>
        <translation>No shared folder is set; the dictionary exists only on this computer (%1 entries).</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="302"/>
        <source>%1 ändringar väntar på att skickas: %2</source>
        <translation>%1 changes waiting to be sent: %2</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="305"/>
        <source>Delas via %1 (%2 poster).</source>
        <translation>Shared via %1 (%2 entries).</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="61"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="61"/>
        <source>Ord / fel</source>
        <translation>Word / wrong</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="61"/>
        <source>Rätt</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="61"/>
        <source>Gäller</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="62"/>
        <source>Tillagt av</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="62"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="62"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="64"/>
        <source>Godkänt ord</source>
        <translation>Accepted word</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="64"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="64"/>
        <source>Fel (bara för mig)</source>
        <translation>Wrong (just for me)</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="65"/>
        <source>Bara mig</source>
        <translation>Just me</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dictionary_dialog.py" line="65"/>
        <source>Alla</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="67"/>
        <source>Alla typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="72"/>
        <source>Rätta alla</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="77"/>
        <source>Ord</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="77"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="77"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="78"/>
        <source>Rätta till</source>
        <translation>Correct to</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="93"/>
        <source>Flaggade ord</source>
        <translation>Flagged words</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/flagspanel.py" line="129"/>
        <source>%1 förekomster, %2 ord</source>
        <translation>%1 occurrences, %2 words</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="25"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="26"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="27"/>
        <source>Protokollnummer</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="28"/>
        <location filename="../../minutes_desk/gui/formpanel.py" line="36"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="29"/>
        <location filename="../../minutes_desk/gui/formpanel.py" line="37"/>
        <source>Början</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="30"/>
        <location filename="../../minutes_desk/gui/formpanel.py" line="38"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="31"/>
        <location filename="../../minutes_desk/gui/formpanel.py" line="39"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="32"/>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="33"/>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="66"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="71"/>
        <source>Justerare</source>
        <translation>Adjusters</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="75"/>
        <source>Deltagare</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="75"/>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="76"/>
        <source>Övriga närvarande</source>
        <translation>Others present</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="84"/>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="90"/>
        <location filename="../../minutes_desk/gui/formpanel.py" line="133"/>
        <source>Nästa möte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="96"/>
        <source>Justering</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="130"/>
        <source>Ändra justerare</source>
        <translation>Change adjusters</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="136"/>
        <source>Ändra fält</source>
        <translation>Change field</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="153"/>
        <source>Inte justerat (utkast).</source>
        <translation>Not approved (draft).</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/formpanel.py" line="156"/>
        <source>Justerat %1 av %2. Justerare: %3. Sekreterare: %4.</source>
        <translation>Approved %1 by %2. Adjusters: %3. Secretary: %4.</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="72"/>
        <location filename="../../minutes_desk/gui/items.py" line="177"/>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="73"/>
        <location filename="../../minutes_desk/gui/items.py" line="183"/>
        <source>Ta bort punkt</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="74"/>
        <location filename="../../minutes_desk/gui/items.py" line="191"/>
        <location filename="../../minutes_desk/gui/items.py" line="192"/>
        <source>Nytt beslut</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="75"/>
        <location filename="../../minutes_desk/gui/items.py" line="198"/>
        <source>Ta bort beslut</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="85"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="86"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="87"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="88"/>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="159"/>
        <source>Ändra punkt</source>
        <translation>Change item</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/items.py" line="167"/>
        <source>Ändra beslut</source>
        <translation>Change decision</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="25"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="26"/>
        <source>Justerat</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="39"/>
        <source>Sök på organ, rubrik, fil …</source>
        <translation>Search body, title, file …</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="44"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="44"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="44"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="44"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="51"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="101"/>
        <source>%1 filer importerade.</source>
        <translation>%1 files imported.</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/library.py" line="103"/>
        <source>Kunde inte läsas: </source>
        <translation>Could not be read: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="113"/>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="116"/>
        <source>Korrekturläsningen misslyckades: </source>
        <translation>Proofreading failed: </translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="156"/>
        <source>Protokollskrivbordet — bibliotek</source>
        <translation>Minutes Desk — library</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="170"/>
        <source>justerat, skrivskyddat</source>
        <translation>approved, read-only</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="170"/>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="171"/>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="298"/>
        <source>Protokollskrivbordet</source>
        <translation>Minutes Desk</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="176"/>
        <source>Importera OCR-text</source>
        <translation>Import OCR text</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="177"/>
        <source>Textfiler (*.txt);;Alla filer (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="200"/>
        <source>Inga flaggade ord</source>
        <translation>No flagged words</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="219"/>
        <source>Rätta ”%1”</source>
        <translation>Fix “%1”</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="224"/>
        <source>Rätta alla ”%1”</source>
        <translation>Fix all “%1”</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="228"/>
        <source>%1 förekomster rättade</source>
        <translation>%1 occurrences fixed</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="262"/>
        <source>”%1” har lagts till i ordlistan</source>
        <translation>“%1” added to the dictionary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="268"/>
        <source>Rättelsen %1 → %2 sparas i ordlistan</source>
        <translation>Correction %1 → %2 saved in the dictionary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="292"/>
        <source>Använd som</source>
        <translation>Use as</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="316"/>
        <source>Återöppnat</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="323"/>
        <source>Exportera som %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/mainwindow.py" line="332"/>
        <source>Exporterat till %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="36"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="36"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="36"/>
        <source>Distans</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="49"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="50"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="51"/>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="52"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="115"/>
        <source>Ändra deltagare</source>
        <translation>Change participant</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="125"/>
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="127"/>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="133"/>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/participants.py" line="139"/>
        <source>Flytta deltagare</source>
        <translation>Move participant</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="67"/>
        <source>Återöppna protokollet</source>
        <translation>Reopen the minutes</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="69"/>
        <source>Den justerade versionen sparas oförändrad; ändringar görs i en ny version.</source>
        <translation>The approved version is kept unchanged; changes go into a new version.</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="74"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../minutes_desk/gui/session.py" line="105"/>
        <source>Protokollet är justerat. Återöppna det för att ändra.</source>
        <translation>These minutes are approved. Reopen them to make changes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="82"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="89"/>
        <source>Systemets språk</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="92"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="93"/>
        <source>Delad ordlista (mapp)</source>
        <translation>Shared dictionary (folder)</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="94"/>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="95"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/dialogs.py" line="96"/>
        <source>Databas och språk gäller från nästa start.</source>
        <translation>Database and language take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="41"/>
        <source>okänt ord</source>
        <translation>unknown word</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="42"/>
        <source>OCR-mönster</source>
        <translation>OCR pattern</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="43"/>
        <source>fel ord i sammanhanget</source>
        <translation>wrong word in context</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="171"/>
        <source>Skriva</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="280"/>
        <source>Förslag: </source>
        <translation>Suggestions: </translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="282"/>
        <source>Inga förslag</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="303"/>
        <source>(inga förslag)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="305"/>
        <source>Rätta alla förekomster till ”%1”</source>
        <translation>Fix all occurrences to “%1”</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="309"/>
        <source>Ignorera</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="312"/>
        <source>Lägg till i ordlistan</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../minutes_desk/gui/textpane.py" line="316"/>
        <source>Kom ihåg rättelsen %1 → %2</source>
        <translation>Remember correction %1 → %2</translation>
    </message>
</context>
</TS>
