<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ondernemersdesk</source>
        <translation>Over Ondernemersdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>The files of local entrepreneurs, contact moments and agreements, for the municipality.</source>
        <translation>De dossiers van lokale ondernemers, contactmomenten en afspraken, voor de gemeente.</translation>
    </message>
    <message>
        <source>European Union Public Licence 1.2</source>
        <translation>Europese openbare licentie (EUPL) 1.2</translation>
    </message>
    <message>
        <source>Set by your IT department (%1)</source>
        <translation>Ingesteld door uw IT-afdeling (%1)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>bezig met lezen…</translation>
    </message>
    <message>
        <source>local file, no network</source>
        <translation>lokaal bestand, geen netwerk</translation>
    </message>
    <message>
        <source>%1 (not present)</source>
        <translation>%1 (niet aanwezig)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Uw instellingen</translation>
    </message>
    <message>
        <source>Settings for this computer</source>
        <translation>Instellingen voor deze computer</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>A full check of the file for damage (integrity check)</source>
        <translation>Een volledige controle van het bestand op beschadiging (integriteitscontrole)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <source>Put a backup of this database back</source>
        <translation>Een back-up van deze database terugzetten</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>For a question to the helpdesk (Ctrl+C)</source>
        <translation>Voor een vraag aan de helpdesk (Ctrl+C)</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>De database wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The database is in good order: the check found no damage.</source>
        <translation>De database is in orde: de controle vond geen beschadiging.</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (bijgewerkt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Columns: %1</source>
        <translation>Kolommen: %1</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sorteren op %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>The user name on the database server, e.g. pvdam</source>
        <translation>De gebruikersnaam op de databaseserver, bijv. pvdam</translation>
    </message>
    <message>
        <source>The computer&apos;s user name of this official, e.g. pvdam</source>
        <translation>De gebruikersnaam van deze medewerker op de computer, bijv. pvdam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Minstens 8 tekens</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Weer activeren</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>What each role may see and do. This is the table the application enforces; a role is changed per account with Edit.</source>
        <translation>Wat elke rol mag zien en doen. Dit is de tabel die de applicatie afdwingt; de rol van een account verander je met Wijzigen.</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Rollen en rechten</translation>
    </message>
    <message>
        <source>Permissions per role</source>
        <translation>Rechten per rol</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>%1 active, %2 deactivated</source>
        <translation>%1 actief, %2 gedeactiveerd</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Account deactiveren</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? They can no longer sign in and no longer appear in lists to choose from. Everything they recorded stays, under their name.</source>
        <translation>Het account van %1 deactiveren? Deze medewerker kan dan niet meer inloggen en staat niet meer in keuzelijsten. Alles wat deze medewerker heeft vastgelegd blijft bewaard, op eigen naam.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Under: %1</source>
        <translation>Onder: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Should move indicator</source>
        <translation>Moet indicator bewegen</translation>
    </message>
    <message>
        <source>Linked companies and agreements</source>
        <translation>Gekoppelde ondernemingen en afspraken</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>The agreements made with the linked companies.</source>
        <translation>De afspraken die met de gekoppelde ondernemingen zijn gemaakt.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Ambition / action</source>
        <translation>Ambitie / actie</translation>
    </message>
    <message>
        <source>Lead / owner</source>
        <translation>Kartrekker / eigenaar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Moves indicator</source>
        <translation>Beweegt indicator</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>New ambition</source>
        <translation>Nieuwe ambitie</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Kartrekkers…</source>
        <translation>Kartrekkers…</translation>
    </message>
    <message>
        <source>The ambition&apos;s lead: an official and a portfolio holder</source>
        <translation>Wie de ambitie trekt: een ambtenaar en een portefeuillehouder</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>The plan is adopted: make a new version to add or change ambitions.</source>
        <translation>Het ambitiedocument is vastgesteld: maak een nieuwe versie om ambities toe te voegen of te wijzigen.</translation>
    </message>
    <message>
        <source>Only the kartrekker of an ambition changes its actions.</source>
        <translation>Alleen de kartrekker van een ambitie wijzigt de acties ervan.</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt version %1</source>
        <translation>Versie %1 vaststellen</translation>
    </message>
    <message>
        <source>Once adopted, the text of the plan and its ambitions is fixed. The version in force until now is superseded; its actions, indicators and linked ideas continue under this version.</source>
        <translation>Na vaststelling ligt de tekst van het ambitiedocument en zijn ambities vast. De versie die tot nu toe gold, wordt vervangen; haar acties, indicatoren en gekoppelde ideeën lopen door onder deze versie.</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Vaststellen</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Start</source>
        <translation>Oppakken</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Laten vervallen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>AgreementFollowUpDialog</name>
    <message>
        <source>Agreement with %1</source>
        <translation>Afspraak met %1</translation>
    </message>
    <message>
        <source>What is agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Vervolg gegeven</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>What is agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation>Deze afspraak verwijderen</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Wie is verantwoordelijk</translation>
    </message>
    <message>
        <source>Official who follows it up</source>
        <translation>Medewerker die het oppakt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterlijk</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <source>Complete agreement</source>
        <translation>Afspraak afronden</translation>
    </message>
    <message>
        <source>Drop agreement</source>
        <translation>Afspraak laten vervallen</translation>
    </message>
    <message>
        <source>Start on agreement</source>
        <translation>Afspraak in uitvoering nemen</translation>
    </message>
    <message>
        <source>Reopen agreement</source>
        <translation>Afspraak heropenen</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>Wat is er gedaan?</translation>
    </message>
    <message>
        <source>Why is it dropped?</source>
        <translation>Waarom vervalt de afspraak?</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Toelichting (optioneel)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AmbitionDialog</name>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>New ambition</source>
        <translation>Nieuwe ambitie</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Kartrekker (official)</source>
        <translation>Kartrekker ambtelijk</translation>
    </message>
    <message>
        <source>Kartrekker (portfolio holder)</source>
        <translation>Kartrekker bestuurlijk</translation>
    </message>
    <message>
        <source>The alderman who answers for it, for example: J. de Vries</source>
        <translation>De wethouder die ervoor verantwoordelijk is, bijvoorbeeld: J. de Vries</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>AmbitionsPage</name>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>Version of the ambition plan</source>
        <translation>Versie van het ambitiedocument</translation>
    </message>
    <message>
        <source>New ambition plan</source>
        <translation>Nieuw ambitiedocument</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Document wijzigen</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Vaststellen…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Kartrekkers…</source>
        <translation>Kartrekkers…</translation>
    </message>
    <message>
        <source>The plan&apos;s lead: an official and a portfolio holder</source>
        <translation>Wie het plan trekt: een ambtenaar en een portefeuillehouder</translation>
    </message>
    <message>
        <source>Ambition document</source>
        <translation>Ambitiedocument</translation>
    </message>
    <message>
        <source>Monitoring report…</source>
        <translation>Monitoringsrapportage…</translation>
    </message>
    <message>
        <source>Save the list of this tab, for Excel (.xlsx or .csv)</source>
        <translation>De lijst van dit tabblad opslaan voor Excel (.xlsx of .csv)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Ambitions and actions</source>
        <translation>Ambities en acties</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Inbreng</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>There is no ambition plan yet. Start one, add its ambitions, and adopt it when it is ready.</source>
        <translation>Er is nog geen ambitiedocument. Begin er een, voeg de ambities toe en stel het vast als het klaar is.</translation>
    </message>
    <message>
        <source>adopted on %1</source>
        <translation>vastgesteld op %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versie %2 · %3</translation>
    </message>
    <message>
        <source>Draft: ambitions can still be changed.</source>
        <translation>Concept: de ambities kunnen nog worden gewijzigd.</translation>
    </message>
    <message>
        <source>In force. To change its text, make a new version.</source>
        <translation>Geldt nu. Maak een nieuwe versie om de tekst te wijzigen.</translation>
    </message>
    <message>
        <source>Superseded by a later version; kept as it was adopted.</source>
        <translation>Vervangen door een latere versie; bewaard zoals vastgesteld.</translation>
    </message>
    <message>
        <source>Kartrekker %1</source>
        <translation>Kartrekker %1</translation>
    </message>
    <message>
        <source>No kartrekker yet.</source>
        <translation>Nog geen kartrekker.</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>Monitoringsrapportage</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Search the knowledge base</source>
        <translation>Zoeken in de kennisbank</translation>
    </message>
    <message>
        <source>Finds articles by words of the question or answer; Up and Down choose an article</source>
        <translation>Vindt artikelen op woorden uit de vraag of het antwoord; met pijl omhoog en omlaag kiest u een artikel</translation>
    </message>
    <message>
        <source>Search the knowledge base…  (Ctrl+J)</source>
        <translation>Zoek in de kennisbank…  (Ctrl+J)</translation>
    </message>
    <message>
        <source>Knowledge articles found</source>
        <translation>Gevonden kennisbankartikelen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Use this answer (Enter)</source>
        <translation>Dit antwoord gebruiken (Enter)</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <translation>Informatieblad (PDF)</translation>
    </message>
    <message>
        <source>The article as a handout to save or send (PDF)</source>
        <translation>Het artikel als informatieblad om te bewaren of te versturen (pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the article as a handout (Ctrl+P)</source>
        <translation>Het artikel afdrukken als informatieblad (Ctrl+P)</translation>
    </message>
    <message>
        <source>No valid article matches. Answer yourself, or hand the question over; a question without an article shows as a gap in &quot;Asked most&quot;.</source>
        <translation>Geen geldig artikel gevonden. Beantwoord de vraag zelf of draag hem over; een vraag zonder artikel telt als gat in &quot;Meest gevraagd&quot;.</translation>
    </message>
    <message>
        <source>Type a few letters of the question.</source>
        <translation>Typ een paar letters van de vraag.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig t/m %1</translation>
    </message>
    <message>
        <source>Past its review date (%1): check the answer is still right before giving it.</source>
        <translation>Herzieningsdatum verstreken (%1): controleer of het antwoord nog klopt voordat u het geeft.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Informatieblad afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be started. Choose another printer, or save the handout as a PDF.</source>
        <translation>De printer kon niet worden gestart. Kies een andere printer, of bewaar het informatieblad als pdf.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Informatieblad</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No backup was made today: %1</source>
        <translation>Er is vandaag geen back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Het databasebestand is beschadigd</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>New kern or area</source>
        <translation>Nieuwe kern of nieuw gebied</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>Ligt in</translation>
    </message>
    <message>
        <source>(nowhere: a kern)</source>
        <translation>(nergens in: een kern)</translation>
    </message>
</context>
<context>
    <name>AreasPage</name>
    <message>
        <source>Kernen and areas</source>
        <translation>Kernen en gebieden</translation>
    </message>
    <message>
        <source>The kernen of the municipality and the shopping areas, business parks and nature areas in them. Companies, signals, rounds and indicators are placed in them.</source>
        <translation>De kernen van de gemeente en de winkelgebieden, bedrijventerreinen en natuurgebieden daarin. Ondernemingen, meldingen, rondes en indicatoren worden erin geplaatst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>There are no kernen yet. Add the first kern with “New kern or area”.</source>
        <translation>Er zijn nog geen kernen. Voeg de eerste kern toe met “Nieuwe kern of nieuw gebied”.</translation>
    </message>
    <message>
        <source>New kern or area…</source>
        <translation>Nieuwe kern of nieuw gebied…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Kennisbankartikel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. terrace, catering, permit</source>
        <translation>Gescheiden door komma&apos;s, bijv. terras, horeca, vergunning</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Empty: until further notice</source>
        <translation>Leeg: tot nader bericht</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Herzien op</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <source>an e-mail (contact moment)</source>
        <translation>een e-mail (contactmoment)</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add documents to this file (or drop them here)</source>
        <translation>Documenten aan dit dossier toevoegen (of sleep ze hierheen)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Set the largest document the database takes (for everyone)</source>
        <translation>De grootste omvang van een document instellen (voor iedereen)</translation>
    </message>
    <message>
        <source>Largest document size</source>
        <translation>Grootste documentgrootte</translation>
    </message>
    <message>
        <source>At most %1 MB</source>
        <translation>Ten hoogste %1 MB</translation>
    </message>
    <message>
        <source>No documents in this file yet. Add permits, letters, photos or signed reports with Add…, or drop them here (at most %1 MB each).</source>
        <translation>Nog geen documenten in dit dossier. Voeg vergunningen, brieven, foto&apos;s of getekende verslagen toe met Toevoegen…, of sleep ze hierheen (ten hoogste %1 MB per bestand).</translation>
    </message>
    <message>
        <source>Largest document</source>
        <translation>Grootste document</translation>
    </message>
    <message>
        <source>The largest document anyone may add to a file, in MB:</source>
        <translation>Het grootste document dat iemand aan een dossier mag toevoegen, in MB:</translation>
    </message>
    <message>
        <source>Add documents to the file</source>
        <translation>Documenten aan het dossier toevoegen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1.</source>
        <translation>Kan geen kopie schrijven om te openen: %1.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Save it with Save as… and open it from there.</source>
        <translation>Geen programma op deze computer opent %1. Sla het op met Opslaan als… en open het van daaruit.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place and save again.</source>
        <translation>Kan %1 niet schrijven: %2. Kies een andere plek en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from this file? The change history keeps that it was there.</source>
        <translation>%1 uit dit dossier verwijderen? De wijzigingsgeschiedenis houdt bij dat het er was.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Changes to %1</source>
        <translation>Wijzigingen in %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Done offline</source>
        <translation>Offline gedaan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(systeem)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Wat gewijzigd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Every change by everyone: who, when, from which value to which.</source>
        <translation>Elke wijziging door iedereen: wie, wanneer, van welke waarde naar welke.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Geen wijzigingen die bij deze filters passen.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>wijzigingen: %1</translation>
    </message>
    <message>
        <source>logbook</source>
        <translation>logboek</translation>
    </message>
    <message>
        <source>%1 lines saved in %2.</source>
        <translation>%1 regels opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Deze melding verbergen</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Signal category</source>
        <translation>Meldingscategorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Onder</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source>Target handling time</source>
        <translation>Streeftermijn</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <source>New company (%1)</source>
        <translation>Nieuwe onderneming (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Enter opens the company&apos;s file</source>
        <translation>Enter opent het dossier van de onderneming</translation>
    </message>
    <message>
        <source>No companies match these filters. Change the filters, or create a new company.</source>
        <translation>Geen ondernemingen bij deze filters. Pas de filters aan of maak een nieuwe onderneming aan.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln onderneming</numerusform>
            <numerusform>%Ln ondernemingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Open file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>No company chosen</source>
        <translation>Geen onderneming gekozen</translation>
    </message>
    <message>
        <source>Find the company above (Ctrl+L), or help a visitor without a company: a starter or a citizen. Their question is logged at the desk, without a contact moment in a company file.</source>
        <translation>Zoek hierboven de onderneming (Ctrl+L), of help een bezoeker zonder onderneming: een starter of een inwoner. Die vraag wordt aan de balie vastgelegd, zonder contactmoment in een dossier.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>niet meer actief</translation>
    </message>
    <message>
        <source>None: a handover goes to a colleague you choose.</source>
        <translation>Geen: een overdracht gaat naar een collega die u kiest.</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Recent contact</source>
        <translation>Recent contact</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>Nog geen contact vastgelegd.</translation>
    </message>
    <message>
        <source>… and %1 more in the file.</source>
        <translation>… en nog %1 in het dossier.</translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation>Openstaande meldingen</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Onderneming bewerken</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>8 digits; empty when not registered.</source>
        <translation>8 cijfers; leeg als de onderneming niet is ingeschreven.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Main establishment</source>
        <translation>Hoofdvestiging</translation>
    </message>
    <message>
        <source>Company may already exist</source>
        <translation>Onderneming bestaat mogelijk al</translation>
    </message>
    <message>
        <source>A company like this is already on file:</source>
        <translation>Er staat al een vergelijkbare onderneming in het bestand:</translation>
    </message>
    <message>
        <source>Open existing file</source>
        <translation>Bestaand dossier openen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Companies that are probably this one: merge them</source>
        <translation>Ondernemingen die waarschijnlijk deze zijn: voeg ze samen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit the company (Ctrl+E)</source>
        <translation>Onderneming bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Briefing (PDF)</source>
        <translation>Voorbereiding (PDF)</translation>
    </message>
    <message>
        <source>Prepare a consultation: profile, open agreements, recent contact</source>
        <translation>Een gesprek voorbereiden: profiel, open afspraken, recent contact</translation>
    </message>
    <message>
        <source>File (PDF)</source>
        <translation>Dossier (PDF)</translation>
    </message>
    <message>
        <source>The whole file of this company</source>
        <translation>Het hele dossier van deze onderneming</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Who changed this file, when, and what</source>
        <translation>Wie dit dossier heeft gewijzigd, wanneer en wat</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <source>Vestigingsnummer</source>
        <translation>Vestigingsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Werkzame personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <source>Add establishment</source>
        <translation>Vestiging toevoegen</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>Vestiging bewerken</translation>
    </message>
    <message>
        <source>Make main establishment</source>
        <translation>Hoofdvestiging maken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Also at</source>
        <translation>Ook bij</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other company(ies)</source>
        <translation>
            <numerusform>%Ln andere onderneming</numerusform>
            <numerusform>%Ln andere ondernemingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Contactpersoon bewerken</translation>
    </message>
    <message>
        <source>Remove from this company</source>
        <translation>Loskoppelen van deze onderneming</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Tijdlijn (%1)</translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation>Meldingen (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenten (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Contact moments and agreements are not shown: your role does not give access to conversation reports. The establishments, contact persons and details are.</source>
        <translation>Contactmomenten en afspraken worden niet getoond: deze rol geeft geen toegang tot gespreksverslagen. Vestigingen, contactpersonen en gegevens wel.</translation>
    </message>
    <message>
        <source>no KvK number</source>
        <translation>geen KvK-nummer</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Samengevoegd in %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>This file was archived on %1. It is hidden from lists and search; restore it to work with it again.</source>
        <translation>Dit dossier is gearchiveerd op %1. Het staat niet in lijsten en zoekresultaten; herstel het om er weer mee te werken.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Establishments (%1)</source>
        <translation>Vestigingen (%1)</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Contactpersonen (%1)</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Ondernemersdossier</translation>
    </message>
    <message>
        <source>Archive company</source>
        <translation>Onderneming archiveren</translation>
    </message>
    <message>
        <source>Archive %1? The file is kept and can be restored; it disappears from lists and search.</source>
        <translation>%1 archiveren? Het dossier blijft bewaard en kan worden hersteld; het verdwijnt uit lijsten en zoekresultaten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln mogelijke dubbele</numerusform>
            <numerusform>%Ln mogelijke dubbelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge with %1…</source>
        <translation>Samenvoegen met %1…</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Gespreksvoorbereiding</translation>
    </message>
    <message>
        <source>Conversation report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <source>Archive establishment</source>
        <translation>Vestiging archiveren</translation>
    </message>
    <message>
        <source>Archive the establishment %1?</source>
        <translation>De vestiging %1 archiveren?</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Contactpersoon loskoppelen</translation>
    </message>
    <message>
        <source>Remove %1 from this company? The person stays on file at other companies.</source>
        <translation>%1 loskoppelen van deze onderneming? De persoon blijft bekend bij andere ondernemingen.</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Add a company: name, KvK, address…</source>
        <translation>Onderneming toevoegen: naam, KvK, adres…</translation>
    </message>
    <message>
        <source>Companies involved</source>
        <translation>Betrokken ondernemingen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>CompanySignalsModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>CompanySignalsView</name>
    <message>
        <source>Signals of this company</source>
        <translation>Meldingen van deze onderneming</translation>
    </message>
    <message>
        <source>Open in Signals</source>
        <translation>Openen bij Meldingen</translation>
    </message>
    <message>
        <source>Show the selected signal with its history on the Signals page</source>
        <translation>De gekozen melding met haar geschiedenis tonen op de pagina Meldingen</translation>
    </message>
    <message>
        <source>No signals about this company: none is linked to it, and none was reported at the address of one of its establishments.</source>
        <translation>Geen meldingen over deze onderneming: er is er geen aan gekoppeld en er is er geen gemeld op het adres van een van haar vestigingen.</translation>
    </message>
    <message>
        <source>Linked to this company, or reported at the address of one of its establishments.</source>
        <translation>Gekoppeld aan deze onderneming, of gemeld op het adres van een van haar vestigingen.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>{who} saved this record ({when}) while you had it open. Choose for each field which version to keep; fields marked yellow were changed by both of you.</source>
        <translation>{who} heeft dit gegeven opgeslagen ({when}) terwijl u het open had. Kies per veld welke versie blijft; geel gemarkeerde velden zijn door u allebei gewijzigd.</translation>
    </message>
    <message>
        <source>Fields changed by you and your colleague</source>
        <translation>Velden die u en uw collega wijzigden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>Bij openen</translation>
    </message>
    <message>
        <source>Colleague ({who})</source>
        <translation>Collega ({who})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Keep all theirs</source>
        <translation>Alles van collega behouden</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Alles van mij behouden</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>Use these choices</source>
        <translation>Deze keuzes gebruiken</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>Choose a version for: {fields}</source>
        <translation>Kies een versie voor: {fields}</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>not encrypted</source>
        <translation>niet versleuteld</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>versleuteld (%1)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read along.</source>
        <translation>De verbinding is niet versleuteld: anderen op het netwerk kunnen meelezen.</translation>
    </message>
    <message>
        <source>The connection is %1.</source>
        <translation>De verbinding is %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Off: not encrypted</source>
        <translation>Uit: niet versleuteld</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Als de server het aanbiedt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>Required, with a verified certificate</source>
        <translation>Vereist, met gecontroleerd certificaat</translation>
    </message>
    <message>
        <source>Set by IT</source>
        <translation>Ingesteld door ICT</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokaal bestand</translation>
    </message>
    <message>
        <source>This computer has no password store, so the password cannot be remembered: it is asked each time Ondernemersdesk starts.</source>
        <translation>Deze computer heeft geen wachtwoordkluis, dus het wachtwoord kan niet worden onthouden: het wordt bij elke start van Ondernemersdesk gevraagd.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Add a shared server</source>
        <translation>Een gedeelde server toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>For example db.gemeente.nl or 10.1.2.3</source>
        <translation>Bijvoorbeeld db.gemeente.nl of 10.1.2.3</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Required by your IT department for this computer.</source>
        <translation>Vereist door je IT-afdeling voor deze computer.</translation>
    </message>
    <message>
        <source>Encryption (SSL)</source>
        <translation>Versleuteling (SSL)</translation>
    </message>
    <message>
        <source>Remember in the password store</source>
        <translation>Onthouden in de wachtwoordkluis</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Set up this database…</source>
        <translation>Deze database inrichten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Your IT department fixed the connection for this computer (%1): %2</source>
        <translation>De afdeling ICT heeft de verbinding voor deze computer vastgelegd (%1): %2</translation>
    </message>
    <message>
        <source>Only your password can be entered here.</source>
        <translation>Hier kan alleen het wachtwoord worden ingevuld.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Gedeelde server</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;? Its remembered password is removed as well; the database on the server is not touched.</source>
        <translation>De verbinding &quot;%1&quot; verwijderen? Het onthouden wachtwoord wordt ook verwijderd; de database op de server blijft onaangeroerd.</translation>
    </message>
    <message>
        <source>Ondernemersdesk databases (*.db);;All files (*)</source>
        <translation>Ondernemersdesk-databases (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>PostgreSQL %1.</source>
        <translation>PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Set it up first with &quot;Set up this database…&quot;.</source>
        <translation>Richt hem eerst in met &quot;Deze database inrichten…&quot;.</translation>
    </message>
    <message>
        <source>The local file was not copied; the database was not set up.</source>
        <translation>Het lokale bestand is niet gekopieerd; de database is niet ingericht.</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>De database wordt ingericht…</translation>
    </message>
    <message>
        <source>The database is set up. %1 is its administrator and can add the team&apos;s accounts.</source>
        <translation>De database is ingericht. %1 is de beheerder en kan de accounts van het team toevoegen.</translation>
    </message>
    <message>
        <source>To work as the administrator, change the login of this connection to %1.</source>
        <translation>Wijzig de gebruikersnaam van deze verbinding in %1 om als beheerder te werken.</translation>
    </message>
    <message>
        <source>Switch to &quot;%1&quot; now? Open forms are kept as drafts. Otherwise that connection is used the next time Ondernemersdesk starts.</source>
        <translation>Nu overschakelen naar &quot;%1&quot;? Open formulieren worden bewaard als concept. Anders wordt die verbinding gebruikt bij de volgende start van Ondernemersdesk.</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Nu overschakelen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected to {where}. The database is empty: an administrator can set it up for first use.</source>
        <translation>Verbonden met {where}. De database is leeg: een beheerder kan hem inrichten voor eerste gebruik.</translation>
    </message>
    <message>
        <source>The file {where} does not exist yet; it will be created when you connect.</source>
        <translation>Het bestand {where} bestaat nog niet; het wordt aangemaakt bij het verbinden.</translation>
    </message>
    <message>
        <source>Connected to {where}. The database is ready for use.</source>
        <translation>Verbonden met {where}. De database is klaar voor gebruik.</translation>
    </message>
    <message>
        <source>Connected to {where}. The database was made by an older version and will be updated when you connect.</source>
        <translation>Verbonden met {where}. De database is gemaakt met een oudere versie en wordt bijgewerkt bij het verbinden.</translation>
    </message>
    <message>
        <source>Connected to {where}, but the database was made by a newer version of Ondernemersdesk. Install the newer version to use it.</source>
        <translation>Verbonden met {where}, maar de database is gemaakt met een nieuwere versie van Ondernemersdesk. Installeer de nieuwere versie om hem te gebruiken.</translation>
    </message>
    <message>
        <source>Connected to {where}, but the database holds the tables of another application. Choose an empty database or one of Ondernemersdesk.</source>
        <translation>Verbonden met {where}, maar de database bevat de tabellen van een andere toepassing. Kies een lege database of een database van Ondernemersdesk.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Contactpersoon bewerken</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>For example: van, de, van der.</source>
        <translation>Bijvoorbeeld: van, de, van der.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Role at this company</source>
        <translation>Rol bij deze onderneming</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message numerus="yes">
        <source>This person is also a contact of %Ln other company(ies); changes show there too.</source>
        <translation>
            <numerusform>Deze persoon is ook contactpersoon van %Ln andere onderneming; wijzigingen zijn daar ook zichtbaar.</numerusform>
            <numerusform>Deze persoon is ook contactpersoon van %Ln andere ondernemingen; wijzigingen zijn daar ook zichtbaar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Ondernemersdesk ran into an error it did not expect. What you saved before is safe. Please copy the details below and send them to your administrator.</source>
        <translation>Ondernemersdesk stuitte op een onverwachte fout. Wat u eerder hebt opgeslagen, is veilig. Kopieer de details hieronder en stuur ze naar uw beheerder.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type a date like 15-12-2026, 15-12, 151226, 15 dec, morgen, +7 or -3</source>
        <translation>Typ een datum zoals 15-12-2026, 15-12, 151226, 15 dec, morgen, +7 of -3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Kies in de kalender</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Who is at the desk? Company name, KvK, street, postcode, contact person…  (Ctrl+L)</source>
        <translation>Wie staat er aan de balie? Naam, KvK, straat, postcode, contactpersoon…  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Visitor without company</source>
        <translation>Bezoeker zonder onderneming</translation>
    </message>
    <message>
        <source>A starter or a citizen: log the question without a company (Ctrl+B)</source>
        <translation>Een starter of een inwoner: leg de vraag vast zonder onderneming (Ctrl+B)</translation>
    </message>
    <message>
        <source>Find the visitor&apos;s company</source>
        <translation>De onderneming van de bezoeker zoeken</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Zoeken in de kennisbank</translation>
    </message>
    <message>
        <source>A visitor without a company</source>
        <translation>Een bezoeker zonder onderneming</translation>
    </message>
    <message>
        <source>Print the article for the visitor</source>
        <translation>Het artikel afdrukken voor de bezoeker</translation>
    </message>
    <message>
        <source>Log the question</source>
        <translation>De vraag vastleggen</translation>
    </message>
    <message>
        <source>Hand the question over</source>
        <translation>De vraag overdragen</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved form</source>
        <translation>Niet-opgeslagen formulier</translation>
    </message>
    <message>
        <source>The record of this form no longer exists; the form cannot be opened again.</source>
        <translation>Het gegeven van dit formulier bestaat niet meer; het formulier kan niet opnieuw worden geopend.</translation>
    </message>
    <message>
        <source>The unsaved forms are kept and offered again at the next start.</source>
        <translation>De niet-opgeslagen formulieren blijven bewaard en worden bij de volgende start opnieuw aangeboden.</translation>
    </message>
    <message>
        <source>Restored from {date}: not saved yet.</source>
        <translation>Teruggezet van {date}: nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>1 unsaved form from {date}:</source>
        <translation>1 niet-opgeslagen formulier van {date}:</translation>
    </message>
    <message>
        <source>{count} unsaved forms from {date}:</source>
        <translation>{count} niet-opgeslagen formulieren van {date}:</translation>
    </message>
    <message>
        <source>Discard unsaved forms</source>
        <translation>Niet-opgeslagen formulieren weggooien</translation>
    </message>
    <message>
        <source>What was typed in these forms is lost. Discard them?</source>
        <translation>Wat in deze formulieren is ingevoerd, gaat verloren. Weggooien?</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Companies and contact persons that are probably the same, most certain first. Merge them, or mark a pair as not the same so it is not offered again.</source>
        <translation>Ondernemingen en contactpersonen die waarschijnlijk dezelfde zijn, de zekerste eerst. Voeg ze samen, of markeer een paar als geen dubbel, dan wordt het niet meer aangeboden.</translation>
    </message>
    <message>
        <source>Duplicates of</source>
        <translation>Dubbelen van</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Geen dubbel</translation>
    </message>
    <message>
        <source>These two are not the same: do not offer this pair again</source>
        <translation>Deze twee zijn niet dezelfde: bied dit paar niet meer aan</translation>
    </message>
    <message>
        <source>No possible duplicates: nothing to do here.</source>
        <translation>Geen mogelijke dubbelen: hier is niets te doen.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Dubbelen zoeken…</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>paren: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>Erasing anonymises this person in every record below: the records themselves, letters and feedback sent, the audit trail and the search index. It cannot be undone.</source>
        <translation>Wissen anonimiseert deze persoon in alle vermeldingen hieronder: de gegevens zelf, verstuurde brieven en terugkoppelingen, het logboek en de zoekindex. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>e.g. request by e-mail of 2 December 2026, reference 2026-041</source>
        <translation>bijv. verzoek per e-mail van 2 december 2026, kenmerk 2026-041</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Recorded in the privacy log with the counts.</source>
        <translation>Komt met de aantallen in het privacylogboek.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) will be anonymised everywhere. This cannot be undone. Erase now?</source>
        <translation>
            <numerusform>%Ln vermelding wordt overal geanonimiseerd. Dit kan niet ongedaan worden gemaakt. Nu wissen?</numerusform>
            <numerusform>%Ln vermeldingen worden overal geanonimiseerd. Dit kan niet ongedaan worden gemaakt. Nu wissen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>New establishment</source>
        <translation>Nieuwe vestiging</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>Vestiging bewerken</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Save this list, with its filters and order, for Excel (.xlsx or .csv)</source>
        <translation>Deze lijst, met de filters en volgorde, opslaan voor Excel (.xlsx of .csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV voor Excel, puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>De lijst exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>%1 rows saved in %2.</source>
        <translation>%1 rijen opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>FactsLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Ondernemersdesk</source>
        <translation>Welkom bij Ondernemersdesk</translation>
    </message>
    <message>
        <source>Your database will be created on this computer, in:</source>
        <translation>Uw database wordt op deze computer aangemaakt, in:</translation>
    </message>
    <message>
        <source>Start empty: I will enter or import our own companies</source>
        <translation>Leeg beginnen: ik voer onze eigen ondernemingen in of importeer ze</translation>
    </message>
    <message>
        <source>Start empty and import our companies now, from Excel, CSV or a KvK file</source>
        <translation>Leeg beginnen en onze ondernemingen nu importeren, uit Excel, CSV of een KvK-bestand</translation>
    </message>
    <message>
        <source>Start with demonstration data: %1 fictitious companies in Wijdemeren, to try things out</source>
        <translation>Beginnen met demonstratiegegevens: %1 fictieve ondernemingen in Wijdemeren, om uit te proberen</translation>
    </message>
    <message>
        <source>A shared database on a server can be chosen later by your administrator.</source>
        <translation>Een gedeelde database op een server kan uw beheerder later instellen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>What you typed is kept and saved as soon as there is room (next try in {seconds} s).</source>
        <translation>Wat u hebt ingevoerd, blijft staan en wordt opgeslagen zodra er ruimte is (volgende poging over {seconds} s).</translation>
    </message>
    <message>
        <source>What you typed is kept and saved as soon as the connection is back (next try in {seconds} s).</source>
        <translation>Wat u hebt ingevoerd, blijft staan en wordt opgeslagen zodra de verbinding terug is (volgende poging over {seconds} s).</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this form is not saved yet. Close it and lose what you typed?</source>
        <translation>De server is niet bereikbaar, dus dit formulier is nog niet opgeslagen. Sluiten en verliezen wat u hebt ingevoerd?</translation>
    </message>
    <message>
        <source>What you typed is kept; you can save again.</source>
        <translation>Wat u hebt ingevoerd, blijft staan; u kunt opnieuw opslaan.</translation>
    </message>
    <message>
        <source>A colleague deleted this record; it cannot be saved any more.</source>
        <translation>Een collega heeft dit gegeven verwijderd; het kan niet meer worden opgeslagen.</translation>
    </message>
    <message>
        <source>Merged with the colleague&apos;s changes. Check the form and save.</source>
        <translation>Samengevoegd met de wijzigingen van uw collega. Controleer het formulier en sla op.</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>FormValues</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>HotspotsPage</name>
    <message>
        <source>Hotspots</source>
        <translation>Brandpunten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Afgelopen 3 maanden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Per gebied</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>Per straat</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Why we enforce here (PDF)…</source>
        <translation>Waarom wij hier handhaven (PDF)…</translation>
    </message>
    <message>
        <source>Enter shows the signals behind a row</source>
        <translation>Enter toont de meldingen achter een regel</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Waar of wat</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Double-click a row to see the signals behind it</source>
        <translation>Dubbelklik op een regel om de meldingen erachter te zien</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction</source>
        <translation>Tevredenheid van melders</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Share satisfied</source>
        <translation>Aandeel tevreden</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Signals per week (chart)</source>
        <translation>Meldingen per week (grafiek)</translation>
    </message>
    <message>
        <source>The same figures are in the table above</source>
        <translation>Dezelfde cijfers staan in de tabel erboven</translation>
    </message>
    <message>
        <source>%1 signals and %2 observations in this period</source>
        <translation>%1 meldingen en %2 waarnemingen in deze periode</translation>
    </message>
    <message>
        <source>All reactions in this period</source>
        <translation>Alle reacties in deze periode</translation>
    </message>
    <message>
        <source>Why we enforce here</source>
        <translation>Waarom wij hier handhaven</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Steunt</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity on documents</source>
        <translation>Huisstijl op documenten</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Used sparingly: the name in the header and the table headings.</source>
        <translation>Spaarzaam gebruikt: de naam in de kop en de tabelkoppen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <source>Sender&apos;s role</source>
        <translation>Functie afzender</translation>
    </message>
    <message>
        <source>For example: ondernemersmanager. Signs conversation reports.</source>
        <translation>Bijvoorbeeld: ondernemersmanager. Ondertekent gespreksverslagen.</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>Printed in the footer of every page.</source>
        <translation>Staat in de voettekst van elke pagina.</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG of JPEG, hoogstens 2 MB.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>On the handout; daily reports go to it.</source>
        <translation>Op het informatieblad; dagrapporten gaan hierheen.</translation>
    </message>
    <message>
        <source>Not set up yet: documents show “%1” until you fill this in.</source>
        <translation>Nog niet ingesteld: documenten tonen „%1” tot u dit invult.</translation>
    </message>
    <message>
        <source>The greyed-out fields are set by your IT department for this computer.</source>
        <translation>De grijze velden zijn voor deze computer ingesteld door uw IT-afdeling.</translation>
    </message>
    <message>
        <source>Set by your IT department for this computer</source>
        <translation>Voor deze computer ingesteld door uw IT-afdeling</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>Save the error report…</source>
        <translation>Foutenrapport opslaan…</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Import terugdraaien…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Foutenrapport opslaan</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import terugdraaien</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? The companies it added are removed and the fields it changed set back. Records someone changed since are left as they are.</source>
        <translation>Import %1 (%2) terugdraaien? De ondernemingen die erbij kwamen worden verwijderd en de gewijzigde velden teruggezet. Gegevens die iemand sindsdien heeft gewijzigd, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Import %1 wordt teruggedraaid…</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records removed, %3 records set back.</source>
        <translation>Import %1 teruggedraaid: %2 gegevens verwijderd, %3 gegevens teruggezet.</translation>
    </message>
    <message>
        <source>Left as they are, because they were changed after the import:</source>
        <translation>Niet teruggedraaid, omdat ze na de import zijn gewijzigd:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>skip</source>
        <translation>overslaan</translation>
    </message>
    <message>
        <source>import as new</source>
        <translation>als nieuw importeren</translation>
    </message>
    <message>
        <source>update the existing company</source>
        <translation>bestaande onderneming bijwerken</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translation>er verandert niets</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>like %1 (%2 %: %3)</source>
        <translation>lijkt op %1 (%2 %: %3)</translation>
    </message>
    <message>
        <source>the same as row %1</source>
        <translation>hetzelfde als rij %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>of the company in row %1</source>
        <translation>van de onderneming in rij %1</translation>
    </message>
    <message>
        <source>Import companies</source>
        <translation>Ondernemingen importeren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Import companies from a file</source>
        <translation>Ondernemingen importeren uit een bestand</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx), a CSV or text file (.csv, .txt) or a KvK file (.json). Title lines above the column names, empty rows and a totals row are fine. Nothing is written until you have seen the trial run (Proefimport).</source>
        <translation>Kies een Excel-bestand (.xlsx), een CSV- of tekstbestand (.csv, .txt) of een KvK-bestand (.json). Titelregels boven de kolomnamen, lege rijen en een totaalregel mogen. Er wordt niets opgeslagen voordat u de proefimport hebt gezien.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Area, when the file has none</source>
        <translation>Gebied, als het bestand er geen noemt</translation>
    </message>
    <message>
        <source>Account manager, when the file has none</source>
        <translation>Accountmanager, als het bestand er geen noemt</translation>
    </message>
    <message>
        <source>Status, when the file has none</source>
        <translation>Status, als het bestand er geen noemt</translation>
    </message>
    <message>
        <source>Trial run (Proefimport): nothing has been written yet</source>
        <translation>Proefimport: er is nog niets opgeslagen</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Toon rijen</translation>
    </message>
    <message>
        <source>For the selected rows</source>
        <translation>Voor de gekozen rijen</translation>
    </message>
    <message>
        <source>Save the error report…</source>
        <translation>Foutenrapport opslaan…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>Mogelijk dubbel:</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>Proefimport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <source>Which column holds what? (%1)</source>
        <translation>Welke kolom bevat wat? (%1)</translation>
    </message>
    <message>
        <source>The mapping you made for a file with these columns before.</source>
        <translation>De koppeling die u eerder maakte voor een bestand met deze kolommen.</translation>
    </message>
    <message>
        <source>Suggested from the column names; change what is not right.</source>
        <translation>Voorgesteld op grond van de kolomnamen; pas aan wat niet klopt.</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— niet importeren —</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Elke rij wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Alle rijen (%1)</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Foutenrapport opslaan</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Import %1 is done</source>
        <translation>Import %1 is klaar</translation>
    </message>
    <message>
        <source>%1 companies and %2 establishments were added and %3 records updated. You can undo the whole import under Import history.</source>
        <translation>Er zijn %1 ondernemingen en %2 vestigingen toegevoegd en %3 gegevens bijgewerkt. U kunt de hele import terugdraaien onder Importgeschiedenis.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Choose an indicator</source>
        <translation>Kies een indicator</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>Pad naar het doel</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>For example %, companies, visitors.</source>
        <translation>Bijvoorbeeld %, bedrijven, bezoekers.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Datum nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Laagste aannemelijke waarde</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Hoogste aannemelijke waarde</translation>
    </message>
    <message>
        <source>Outside it, a measurement is confirmed first.</source>
        <translation>Daarbuiten wordt een meting eerst bevestigd.</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Indicator wijzigen</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <source>Choose an indicator on the left, or add one to an ambition.</source>
        <translation>Kies links een indicator, of voeg er een toe aan een ambitie.</translation>
    </message>
    <message>
        <source>trend: %1</source>
        <translation>trend: %1</translation>
    </message>
    <message>
        <source>latest: %1</source>
        <translation>laatste: %1</translation>
    </message>
    <message>
        <source>target: %1 by %2</source>
        <translation>doel: %1 op %2</translation>
    </message>
    <message>
        <source>expected then: %1</source>
        <translation>verwacht dan: %1</translation>
    </message>
    <message>
        <source>baseline: %1 on %2</source>
        <translation>nulmeting: %1 op %2</translation>
    </message>
    <message>
        <source>Actions working on it: %1</source>
        <translation>Acties die hieraan werken: %1</translation>
    </message>
    <message>
        <source>No action names this indicator yet.</source>
        <translation>Nog geen actie noemt deze indicator.</translation>
    </message>
    <message>
        <source>Counted from the application&apos;s data.</source>
        <translation>Geteld uit de gegevens van de applicatie.</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>Remove the measurement of %1?</source>
        <translation>De meting van %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>InputTab</name>
    <message>
        <source>Only ideas not linked to an ambition</source>
        <translation>Alleen ideeën zonder ambitie</translation>
    </message>
    <message>
        <source>Respondent / idea</source>
        <translation>Respondent / idee</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size / stage</source>
        <translation>Omvang / fase</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Steunt</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Inbreng</translation>
    </message>
    <message>
        <source>New respondent</source>
        <translation>Nieuwe respondent</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>Edit or link…</source>
        <translation>Wijzigen of koppelen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>%Ln idee</numerusform>
            <numerusform>%Ln ideeën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not linked to an ambition</source>
        <translation>
            <numerusform>%Ln niet gekoppeld aan een ambitie</numerusform>
            <numerusform>%Ln niet gekoppeld aan een ambitie</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>niet gekoppeld</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Officials present</source>
        <translation>Aanwezige medewerkers</translation>
    </message>
    <message>
        <source>Contact persons present</source>
        <translation>Aanwezige contactpersonen</translation>
    </message>
    <message>
        <source>Confidential: not in documents for the entrepreneur</source>
        <translation>Vertrouwelijk: niet in documenten voor de ondernemer</translation>
    </message>
    <message>
        <source>Conversation report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>The company file was updated; check it and save again. Nothing you typed is lost.</source>
        <translation>Het ondernemersdossier is bijgewerkt; controleer het en sla opnieuw op. Wat u hebt ingevoerd, gaat niet verloren.</translation>
    </message>
</context>
<context>
    <name>InzageTab</name>
    <message>
        <source>The ticked records have different e-mail addresses or phone numbers: they may be of different people. Untick what is not of this person.</source>
        <translation>De aangevinkte vermeldingen hebben verschillende e-mailadressen of telefoonnummers: misschien zijn het verschillende personen. Vink uit wat niet van deze persoon is.</translation>
    </message>
    <message>
        <source>e.g. Els Jansen</source>
        <translation>bijv. Els Jansen</translation>
    </message>
    <message>
        <source>e.g. 06 1234 5678</source>
        <translation>bijv. 06 1234 5678</translation>
    </message>
    <message>
        <source>e.g. els@example.nl</source>
        <translation>bijv. els@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Finds a person as reporter, contact person or desk visitor in every record. Untick what belongs to someone else: export and erasure take the ticked records only.</source>
        <translation>Vindt een persoon als melder, contactpersoon, baliebezoeker, gesprekspartner op een ronde of respondent, in alle gegevens. Vink uit wat van iemand anders is: exporteren en wissen gelden alleen voor de aangevinkte vermeldingen.</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Type a name, phone number or e-mail address and search.</source>
        <translation>Typ een naam, telefoonnummer of e-mailadres en zoek.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Write everything held about this person as a PDF and a JSON file</source>
        <translation>Alles wat over deze persoon is vastgelegd als PDF- en JSON-bestand opslaan</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Anonymise this person in the ticked records, with a reason</source>
        <translation>Deze persoon in de aangevinkte vermeldingen anonimiseren, met een reden</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an e-mail address.</source>
        <translation>Typ een naam, een telefoonnummer of een e-mailadres.</translation>
    </message>
    <message>
        <source>Nobody found for %1. Nothing is held about this person, or it was erased.</source>
        <translation>Niemand gevonden voor %1. Er is niets over deze persoon vastgelegd, of het is gewist.</translation>
    </message>
    <message>
        <source>%1 of %2 records ticked</source>
        <translation>%1 van %2 vermeldingen aangevinkt</translation>
    </message>
    <message>
        <source>Choose the folder for the inzage export</source>
        <translation>Kies de map voor de inzage-export</translation>
    </message>
    <message>
        <source>Saved in %1: %2 and %3.</source>
        <translation>Opgeslagen in %1: %2 en %3.</translation>
    </message>
    <message>
        <source>Erased: </source>
        <translation>Gewist: </translation>
    </message>
    <message>
        <source>Nothing needed erasing.</source>
        <translation>Er hoefde niets gewist te worden.</translation>
    </message>
    <message>
        <source>The privacy log records it with the reason.</source>
        <translation>Het privacylogboek legt dit vast met de reden.</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>Which articles</source>
        <translation>Welke artikelen</translation>
    </message>
    <message>
        <source>Valid today</source>
        <translation>Vandaag geldig</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Te herzien</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Search knowledge articles</source>
        <translation>Kennisbankartikelen zoeken</translation>
    </message>
    <message>
        <source>Finds articles by question, answer or tags</source>
        <translation>Vindt artikelen op vraag, antwoord of trefwoorden</translation>
    </message>
    <message>
        <source>Search question, answer, tags…</source>
        <translation>Zoek in vraag, antwoord, trefwoorden…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Herzien op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation>Kennisbankartikelen</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>Edit / review</source>
        <translation>Bewerken / herzien</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <translation>Informatieblad (PDF)</translation>
    </message>
    <message>
        <source>to review (past the review date or expired)</source>
        <translation>te herzien (herzieningsdatum verstreken of verlopen)</translation>
    </message>
    <message>
        <source>Nothing needs review.</source>
        <translation>Niets te herzien.</translation>
    </message>
    <message>
        <source>No articles here. Add one with &quot;New article&quot;.</source>
        <translation>Hier staan geen artikelen. Voeg er een toe met &quot;Nieuw artikel&quot;.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Informatieblad</translation>
    </message>
</context>
<context>
    <name>LeadsDialog</name>
    <message>
        <source>Kartrekkers</source>
        <translation>Kartrekkers</translation>
    </message>
    <message>
        <source>Of the plan: %1</source>
        <translation>Van het plan: %1</translation>
    </message>
    <message>
        <source>Of the ambition: %1</source>
        <translation>Van de ambitie: %1</translation>
    </message>
    <message>
        <source>Ambtelijk (official)</source>
        <translation>Ambtelijk (medewerker)</translation>
    </message>
    <message>
        <source>Bestuurlijk (portfolio holder)</source>
        <translation>Bestuurlijk (portefeuillehouder)</translation>
    </message>
    <message>
        <source>The alderman who answers for it, for example: J. de Vries</source>
        <translation>De wethouder die ervoor verantwoordelijk is, bijvoorbeeld: J. de Vries</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>ambtelijk: %1</source>
        <translation>ambtelijk: %1</translation>
    </message>
    <message>
        <source>bestuurlijk: %1</source>
        <translation>bestuurlijk: %1</translation>
    </message>
</context>
<context>
    <name>LongWorkDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln s left</source>
        <translation>
            <numerusform>nog ongeveer %Ln s</numerusform>
            <numerusform>nog ongeveer %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min left</source>
        <translation>
            <numerusform>nog ongeveer %Ln min</numerusform>
            <numerusform>nog ongeveer %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Bezig met annuleren; er wordt niets gewijzigd…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ondernemersdesk</source>
        <translation>Ondernemersdesk</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Verbinding…</translation>
    </message>
    <message>
        <source>Settings: language, contrast and text size… (Ctrl+,)</source>
        <translation>Instellingen: taal, contrast en tekstgrootte… (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About Ondernemersdesk</source>
        <translation>Over Ondernemersdesk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Help: keyboard shortcuts (F1), about Ondernemersdesk</source>
        <translation>Help: sneltoetsen (F1), over Ondernemersdesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Show my work</source>
        <translation>Naar Mijn werk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Search a company</source>
        <translation>Zoek een onderneming</translation>
    </message>
    <message>
        <source>Go to the navigation (then Up/Down and Enter)</source>
        <translation>Naar de navigatie (dan pijl omhoog/omlaag en Enter)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbinding: %1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mijn werk</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Brandpunten</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <source>Kernen and areas</source>
        <translation>Kernen en gebieden</translation>
    </message>
    <message>
        <source>Identity on documents</source>
        <translation>Huisstijl op documenten</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recent geopend</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Ondernemingsdossier</translation>
    </message>
    <message>
        <source>Report of a contact moment or article</source>
        <translation>Verslag van een contactmoment of artikel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your agreements is overdue.</source>
        <translation>
            <numerusform>%Ln van uw afspraken is te laat.</numerusform>
            <numerusform>%Ln van uw afspraken zijn te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated by %1 at %2</source>
        <translation>Bijgewerkt door %1 om %2</translation>
    </message>
    <message>
        <source>Updated by a colleague at %1</source>
        <translation>Bijgewerkt door een collega om %1</translation>
    </message>
    <message>
        <source>Nothing you typed is lost.</source>
        <translation>Wat u hebt ingevoerd, gaat niet verloren.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Unusual value</source>
        <translation>Ongebruikelijke waarde</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Omwisselen</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Houd in plaats daarvan de andere</translation>
    </message>
    <message>
        <source>Yes, merge the active record into the archived one</source>
        <translation>Ja, voeg de actieve samen in de gearchiveerde</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is kept; &lt;b&gt;%2&lt;/b&gt; is merged into it and kept as an archived reference that still finds %1. Choose per field which value stays.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; blijft; &lt;b&gt;%2&lt;/b&gt; wordt erin samengevoegd en blijft bewaard als gearchiveerde verwijzing waarmee %1 nog te vinden is. Kies per veld welke waarde blijft.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Blijft: %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Samengevoegd: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Verhuist naar %1: %2.</translation>
    </message>
    <message>
        <source>Nothing is linked to %1.</source>
        <translation>Aan %1 is niets gekoppeld.</translation>
    </message>
    <message>
        <source>%1 is archived: tick the box to merge an active record into it.</source>
        <translation>%1 is gearchiveerd: vink het vakje aan om er een actieve in samen te voegen.</translation>
    </message>
    <message>
        <source>Merging %1 into %2…</source>
        <translation>%1 samenvoegen in %2…</translation>
    </message>
</context>
<context>
    <name>MergesPanel</name>
    <message>
        <source>Merges</source>
        <translation>Samenvoegingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation>Samenvoegen ongedaan maken…</translation>
    </message>
    <message>
        <source>Give the merged record back its own values and exactly the records moved from it</source>
        <translation>Geef de samengevoegde zijn eigen waarden terug en precies de gegevens die ervan verhuisd zijn</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(systeem)</translation>
    </message>
    <message>
        <source>%1 merged into %2 (%3 records moved)</source>
        <translation>%1 samengevoegd in %2 (%3 gegevens verhuisd)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Samenvoegen ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? %1 comes back with its own values and the records moved from it; what was added to %2 since stays there.</source>
        <translation>Het samenvoegen van %1 in %2 ongedaan maken? %1 komt terug met zijn eigen waarden en de gegevens die ervan verhuisd zijn; wat sindsdien aan %2 is toegevoegd, blijft daar.</translation>
    </message>
</context>
<context>
    <name>MonitoringPeriodDialog</name>
    <message>
        <source>Monitoring report</source>
        <translation>Monitoringsrapportage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Rapportage maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a first and a last day; the last not before the first.</source>
        <translation>Kies een eerste en een laatste dag; de laatste niet vóór de eerste.</translation>
    </message>
</context>
<context>
    <name>MyActionsPanel</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mijn acties</translation>
    </message>
    <message>
        <source>Update action…</source>
        <translation>Actie bijwerken…</translation>
    </message>
    <message>
        <source>Actions of the ambition plan (%1)</source>
        <translation>Acties uit het ambitiedocument (%1)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>No open actions. Actions assigned to you appear here.</source>
        <translation>Geen open acties. Acties die aan u zijn toegewezen verschijnen hier.</translation>
    </message>
</context>
<context>
    <name>MySignalsSection</name>
    <message>
        <source>My signals</source>
        <translation>Mijn meldingen</translation>
    </message>
    <message>
        <source>No open signals of yours. Signals you are made the handler of appear here.</source>
        <translation>Geen openstaande meldingen van u. Meldingen waarvan u behandelaar bent, staan hier.</translation>
    </message>
    <message>
        <source>Open signal</source>
        <translation>Melding openen</translation>
    </message>
    <message>
        <source>My signals: %1 open</source>
        <translation>Mijn meldingen: %1 open</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Mijn werk</translation>
    </message>
    <message>
        <source>My agreements</source>
        <translation>Mijn afspraken</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <source>All open agreements</source>
        <translation>Alle open afspraken</translation>
    </message>
    <message>
        <source>Overdue and due this week</source>
        <translation>Te laat en deze week</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Company / agreement</source>
        <translation>Onderneming / afspraak</translation>
    </message>
    <message>
        <source>Whose agreements</source>
        <translation>Wiens afspraken</translation>
    </message>
    <message>
        <source>Which agreements</source>
        <translation>Welke afspraken</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Nothing to follow up. Agreements assigned to you appear here.</source>
        <translation>Niets op te volgen. Afspraken die aan u zijn toegewezen, verschijnen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>deze week</translation>
    </message>
    <message>
        <source>later or without date</source>
        <translation>later of zonder datum</translation>
    </message>
    <message>
        <source>the %1 most urgent are listed</source>
        <translation>de %1 dringendste staan in de lijst</translation>
    </message>
</context>
<context>
    <name>NoMailProgramDialog</name>
    <message>
        <source>E-mail draft</source>
        <translation>E-mailconcept</translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved as %1 with the document attached: open it from the folder, or copy the text below into a new e-mail to %2 and attach %3.</source>
        <translation>Geen e-mailprogramma heeft het concept geopend. Het is bewaard als %1, met het document als bijlage: open het vanuit de map, of kopieer de tekst hieronder in een nieuwe e-mail aan %2 en voeg %3 toe als bijlage.</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>de ontvanger</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Het bericht</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>NumberFields</name>
    <message>
        <source>Type a number, for example 12,5.</source>
        <translation>Typ een getal, bijvoorbeeld 12,5.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Observation</source>
        <translation>Waarneming</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Search a company (optional)</source>
        <translation>Zoek een onderneming (niet verplicht)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Or the place: two streets of one name exist</source>
        <translation>Of de plaats: er zijn twee straten met deze naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Advice or action taken</source>
        <translation>Advies of genomen actie</translation>
    </message>
    <message>
        <source>A contact person, or type a name</source>
        <translation>Een contactpersoon, of typ een naam</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Gesproken met</translation>
    </message>
    <message>
        <source>The company&apos;s contact persons are listed</source>
        <translation>De contactpersonen van de onderneming staan in de lijst</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Vervolg nodig</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Synchronise with the server</source>
        <translation>Synchroniseren met de server</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <source>Review the changes that clash with the server</source>
        <translation>De wijzigingen bekijken die botsen met de server</translation>
    </message>
</context>
<context>
    <name>OfflineControls</name>
    <message>
        <source>Take along…</source>
        <translation>Meenemen…</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline werken</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Hand in (remove the set)</source>
        <translation>Terugzetten (de set verwijderen)</translation>
    </message>
    <message>
        <source>Take along</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>Take along: work offline, synchronise, hand in</source>
        <translation>Meenemen: offline werken, synchroniseren, terugzetten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln wijziging wacht</numerusform>
            <numerusform>%Ln wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1 · %2</source>
        <translation>Offline sinds %1 · %2</translation>
    </message>
    <message>
        <source>synchronising…</source>
        <translation>bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation>laatst gesynchroniseerd %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) clash with the server</source>
        <translation>
            <numerusform>%Ln wijziging botst met de server</numerusform>
            <numerusform>%Ln wijzigingen botsen met de server</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection this set came from (%1) no longer exists; choose it again under Connection…</source>
        <translation>De verbinding waar deze set vandaan kwam (%1) bestaat niet meer; kies hem opnieuw onder Verbinding…</translation>
    </message>
    <message>
        <source>Synchronising with the server…</source>
        <translation>Bezig met synchroniseren met de server…</translation>
    </message>
    <message>
        <source>Not synchronised: %1</source>
        <translation>Niet gesynchroniseerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not synchronised automatically: %Ln change(s) clash with the server. Review them when you are ready.</source>
        <translation>
            <numerusform>Niet vanzelf gesynchroniseerd: %Ln wijziging botst met de server. Bekijk die wanneer het u uitkomt.</numerusform>
            <numerusform>Niet vanzelf gesynchroniseerd: %Ln wijzigingen botsen met de server. Bekijk ze wanneer het u uitkomt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised: a choice is still needed.</source>
        <translation>Niet gesynchroniseerd: er is nog een keuze nodig.</translation>
    </message>
    <message>
        <source>Synchronised: %1 sent, %2 received, %3 merged field by field.</source>
        <translation>Gesynchroniseerd: %1 verzonden, %2 ontvangen, %3 veld voor veld samengevoegd.</translation>
    </message>
    <message>
        <source>New signals got their numbers: %1.</source>
        <translation>Nieuwe meldingen kregen hun nummer: %1.</translation>
    </message>
    <message>
        <source>The previous attempt had reached the server; nothing was sent twice.</source>
        <translation>De vorige poging had de server al bereikt; er is niets dubbel verzonden.</translation>
    </message>
    <message>
        <source>Removed or archived on the server</source>
        <translation>Verwijderd of gearchiveerd op de server</translation>
    </message>
    <message>
        <source>These records were removed or archived on the server while you changed them here. They are not brought back; your changes to them lapse.

%1

Let these changes lapse and synchronise the rest?</source>
        <translation>Deze gegevens zijn op de server verwijderd of gearchiveerd terwijl u ze hier wijzigde. Ze worden niet teruggehaald; uw wijzigingen eraan vervallen.

%1

Deze wijzigingen laten vervallen en de rest synchroniseren?</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>de server</translation>
    </message>
    <message>
        <source>When taken along</source>
        <translation>Bij meenemen</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <source>Offline (yours)</source>
        <translation>Offline (van u)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Keep all from the server</source>
        <translation>Alles van de server behouden</translation>
    </message>
    <message>
        <source>Keep all done offline</source>
        <translation>Alles van offline behouden</translation>
    </message>
    <message>
        <source>%1 was changed here, offline, and meanwhile on the server too. The fields below differ; choose for each which version to keep (fields marked yellow were changed on both sides). The other changes are merged as they are.</source>
        <translation>%1 is hier offline gewijzigd en intussen ook op de server. De velden hieronder verschillen; kies per veld welke versie blijft (geel gemarkeerde velden zijn aan beide kanten gewijzigd). De overige wijzigingen worden gewoon samengevoegd.</translation>
    </message>
    <message>
        <source>Stop synchronising</source>
        <translation>Synchroniseren stoppen</translation>
    </message>
    <message>
        <source>Changed here and on the server: %1</source>
        <translation>Hier en op de server gewijzigd: %1</translation>
    </message>
    <message>
        <source>(a record no longer there)</source>
        <translation>(een gegeven dat er niet meer is)</translation>
    </message>
    <message>
        <source>%1 (removed on the server)</source>
        <translation>%1 (verwijderd op de server)</translation>
    </message>
    <message>
        <source>%1 (archived on the server)</source>
        <translation>%1 (gearchiveerd op de server)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made offline have not been synchronised yet. Synchronise first; then the set can be handed in.</source>
        <translation>
            <numerusform>%Ln offline gemaakte wijziging is nog niet gesynchroniseerd. Synchroniseer eerst; daarna kan de set worden teruggezet.</numerusform>
            <numerusform>%Ln offline gemaakte wijzigingen zijn nog niet gesynchroniseerd. Synchroniseer eerst; daarna kan de set worden teruggezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The set taken along is removed from this computer, with its key.</source>
        <translation>De meegenomen set is van deze computer verwijderd, met zijn sleutel.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kartrekker</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ambition(s)</source>
        <translation>
            <numerusform>%Ln ambitie</numerusform>
            <numerusform>%Ln ambities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln actie</numerusform>
            <numerusform>%Ln acties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% afgerond</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln te laat</numerusform>
            <numerusform>%Ln te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln idea(s) not linked</source>
        <translation>
            <numerusform>%Ln idee niet gekoppeld</numerusform>
            <numerusform>%Ln ideeën niet gekoppeld</numerusform>
        </translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>geen indicatoren</translation>
    </message>
    <message>
        <source>no input linked</source>
        <translation>geen inbreng gekoppeld</translation>
    </message>
    <message>
        <source>%1 of them public</source>
        <translation>waarvan %1 publiek</translation>
    </message>
    <message>
        <source>No idea of a respondent is linked to this ambition yet.</source>
        <translation>Er is nog geen idee van een respondent aan deze ambitie gekoppeld.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>%Ln idee</numerusform>
            <numerusform>%Ln ideeën</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Certainty</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Waarschijnlijk dezelfde als</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nieuw wachtwoord voor %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Minstens 8 tekens</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>Het wachtwoord van %1 op %2:</translation>
    </message>
    <message>
        <source>Remember in the password store</source>
        <translation>Onthouden in de wachtwoordkluis</translation>
    </message>
    <message>
        <source>Other connection…</source>
        <translation>Andere verbinding…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview of the PDF</source>
        <translation>Voorbeeld van de pdf</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Het document wordt gemaakt…</translation>
    </message>
    <message>
        <source>Open after saving</source>
        <translation>Openen na opslaan</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-mailconcept</translation>
    </message>
    <message>
        <source>A new e-mail in your mail program with this document attached</source>
        <translation>Een nieuwe e-mail in uw e-mailprogramma met dit document als bijlage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s). Check the document, then save it.</source>
        <translation>
            <numerusform>%Ln pagina. Controleer het document en sla het dan op.</numerusform>
            <numerusform>%Ln pagina&apos;s. Controleer het document en sla het dan op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: no permission there, or the file is open in another program. Close it or choose another place, and save again.</source>
        <translation>Kan %1 niet schrijven: geen toestemming op die plek, of het bestand is geopend in een ander programma. Sluit het of kies een andere plek, en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place and save again.</source>
        <translation>Kan %1 niet schrijven: %2. Kies een andere plek en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Ambition plan</source>
        <translation>Ambitiedocument</translation>
    </message>
    <message>
        <source>New ambition plan</source>
        <translation>Nieuw ambitiedocument</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>no actions yet</source>
        <translation>nog geen acties</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3%)</source>
        <translation>%1 van %2 afgerond (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln te laat</numerusform>
            <numerusform>%Ln te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <source>How long personal data is kept, and what a person may ask: to see everything held about them (inzage) and to be erased.</source>
        <translation>Hoe lang persoonsgegevens bewaard blijven, en wat iemand mag vragen: alles inzien wat over hem of haar is vastgelegd, en gewist worden.</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Inzage and erasure</source>
        <translation>Inzage en wissen</translation>
    </message>
</context>
<context>
    <name>PrivacyWording</name>
    <message>
        <source>anonymised</source>
        <translation>geanonimiseerd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>%1 to anonymise</source>
        <translation>%1 te anonimiseren</translation>
    </message>
    <message>
        <source>%1 to remove</source>
        <translation>%1 te verwijderen</translation>
    </message>
    <message>
        <source>%1 anonymised</source>
        <translation>%1 geanonimiseerd</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln maand</numerusform>
            <numerusform>%Ln maanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Log the question</source>
        <translation>Vraag vastleggen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Name or description, e.g. starter, bakery</source>
        <translation>Naam of omschrijving, bijv. starter, bakkerij</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>What does the entrepreneur ask?</source>
        <translation>Wat vraagt de ondernemer?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>The answer given (empty when handed over)</source>
        <translation>Het gegeven antwoord (leeg bij overdracht)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Hand over to (Alt+O)</source>
        <translation>Overdragen aan (Alt+O)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Log (Ctrl+Enter)</source>
        <translation>Vastleggen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>Formulier leegmaken</translation>
    </message>
    <message>
        <source>Account manager: %1</source>
        <translation>Accountmanager: %1</translation>
    </message>
    <message>
        <source>visitor without company</source>
        <translation>bezoeker zonder onderneming</translation>
    </message>
    <message>
        <source>A handover needs a company: find the company first.</source>
        <translation>Overdragen kan alleen met een onderneming: zoek eerst de onderneming op.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Logged and handed over to %1; it is in their &quot;My work&quot;.</source>
        <translation>Vastgelegd en overgedragen aan %1; de vraag staat in diens &quot;Mijn werk&quot;.</translation>
    </message>
    <message>
        <source>Logged as a contact moment in the company&apos;s file.</source>
        <translation>Vastgelegd als contactmoment in het dossier van de onderneming.</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Vastgelegd.</translation>
    </message>
    <message>
        <source>The question stays here and is logged as soon as the connection is back.</source>
        <translation>De vraag blijft staan en wordt vastgelegd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>What you typed is kept; you can log it again.</source>
        <translation>Wat u typte blijft staan; u kunt het opnieuw vastleggen.</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>%1: reaction of the reporter</source>
        <translation>%1: reactie van de melder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>niet tevreden</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>request to reopen</source>
        <translation>verzoek tot heropenen</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(geen reden)</translation>
    </message>
    <message>
        <source>In the reporter&apos;s words</source>
        <translation>In de woorden van de melder</translation>
    </message>
    <message>
        <source>The signal becomes a request to reopen: a handler accepts or declines it.</source>
        <translation>De melding wordt een verzoek tot heropenen: een behandelaar neemt het aan of wijst het af.</translation>
    </message>
    <message>
        <source>The signal stays handled.</source>
        <translation>De melding blijft afgehandeld.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason of a reaction</source>
        <translation>Reden van een reactie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Not satisfied for this reason: a request to reopen the signal</source>
        <translation>Niet tevreden om deze reden: een verzoek tot heropenen van de melding</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Opsomming (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>New respondent</source>
        <translation>Nieuwe respondent</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Naam of organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Starter or established</source>
        <translation>Starter of gevestigd</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Known company</source>
        <translation>Bekende onderneming</translation>
    </message>
    <message>
        <source>Optional: the respondent&apos;s file.</source>
        <translation>Niet verplicht: het dossier van de respondent.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily backup</source>
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een herstel</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: the check found faults in it. Do not go on working in it. Restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.</source>
        <translation>Het databasebestand %1 is beschadigd: de controle vond fouten. Werk er niet verder in. Zet de laatste goede back-up terug (Help, Over Ondernemersdesk: Herstellen…), of vraag uw IT-afdeling om hulp.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The database as it is now is kept aside first, so nothing is lost; the application then opens the restored file.</source>
        <translation>Kies de back-up die u wilt terugzetten. De database zoals die nu is, wordt eerst apart bewaard, zodat er niets verloren gaat; daarna opent de toepassing het herstelde bestand.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen back-ups van deze database.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %1? The current file is kept aside first.</source>
        <translation>De database vervangen door de back-up van %1? Het huidige bestand wordt eerst apart bewaard.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <source>The backup is restored. The database as it was is kept as %1.</source>
        <translation>De back-up is hersteld. De database zoals die was, is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Nu te doen</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Preview shows what the retention job would anonymise or remove today, without doing it.</source>
        <translation>Voorbeeld laat zien wat de bewaartermijnen vandaag zouden anonimiseren of verwijderen, zonder het te doen.</translation>
    </message>
    <message>
        <source>Change period…</source>
        <translation>Termijn wijzigen…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Count what is due now, without changing anything</source>
        <translation>Tellen wat nu aan de beurt is, zonder iets te wijzigen</translation>
    </message>
    <message>
        <source>Run now…</source>
        <translation>Nu uitvoeren…</translation>
    </message>
    <message>
        <source>Privacy log</source>
        <translation>Privacylogboek</translation>
    </message>
    <message>
        <source>What was anonymised or removed, when and by whom: counts only, never the data itself.</source>
        <translation>Wat is geanonimiseerd of verwijderd, wanneer en door wie: alleen aantallen, nooit de gegevens zelf.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>the daily run</source>
        <translation>de dagelijkse controle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>niets aan de beurt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Nothing has been anonymised, removed or exported yet.</source>
        <translation>Er is nog niets geanonimiseerd, verwijderd of uitgegeven.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>%1 — basis: %2</source>
        <translation>%1 — grondslag: %2</translation>
    </message>
    <message>
        <source>Select a kind to see the basis of its period; double-click to change the period.</source>
        <translation>Kies een soort om de grondslag van de termijn te zien; dubbelklik om de termijn te wijzigen.</translation>
    </message>
    <message>
        <source>Period of %1 changed. Preview again to see what is due now.</source>
        <translation>Termijn van %1 gewijzigd. Vraag opnieuw een voorbeeld om te zien wat nu aan de beurt is.</translation>
    </message>
    <message>
        <source>Preview of %1: </source>
        <translation>Voorbeeld van %1: </translation>
    </message>
    <message>
        <source>nothing is due.</source>
        <translation>niets is aan de beurt.</translation>
    </message>
    <message>
        <source>Nothing is due now: no personal data is past its retention period.</source>
        <translation>Er is nu niets aan de beurt: geen persoonsgegevens zijn over hun bewaartermijn.</translation>
    </message>
    <message>
        <source>Apply the retention periods</source>
        <translation>Bewaartermijnen toepassen</translation>
    </message>
    <message>
        <source>The retention job will now do this:

%1

This cannot be undone. The privacy log records what was done (counts only). Run it now?</source>
        <translation>Dit gebeurt nu:

%1

Dit kan niet ongedaan worden gemaakt. Het privacylogboek legt vast wat er is gedaan (alleen aantallen). Nu uitvoeren?</translation>
    </message>
    <message>
        <source>Done: </source>
        <translation>Uitgevoerd: </translation>
    </message>
    <message>
        <source>Done: nothing was due.</source>
        <translation>Uitgevoerd: er was niets aan de beurt.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>For example: shopping streets Loosdrecht, catering evening round</source>
        <translation>Bijvoorbeeld: winkelstraten Loosdrecht, horeca avondronde</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(meerdere)</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Toezichthouders</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Daily report (PDF)…</source>
        <translation>Dagrapport (PDF)…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>Search observations</source>
        <translation>Zoek in waarnemingen</translation>
    </message>
    <message>
        <source>Words of the finding, the advice, the address, the company or with whom was spoken</source>
        <translation>Woorden uit de bevinding, het advies, het adres, de onderneming of met wie is gesproken</translation>
    </message>
    <message>
        <source>Type at least 3 letters</source>
        <translation>Typ minstens 3 letters</translation>
    </message>
    <message>
        <source>The newest %1 observations found</source>
        <translation>De nieuwste %1 gevonden waarnemingen</translation>
    </message>
    <message>
        <source>Save the observations of the rounds of this period, for Excel (.xlsx or .csv)</source>
        <translation>De waarnemingen van de rondes in deze periode opslaan voor Excel (.xlsx of .csv)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Advice or action</source>
        <translation>Advies of actie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Ronde wijzigen…</translation>
    </message>
    <message>
        <source>Add observation…</source>
        <translation>Waarneming toevoegen…</translation>
    </message>
    <message>
        <source>Edit observation…</source>
        <translation>Waarneming wijzigen…</translation>
    </message>
    <message>
        <source>Make agreement…</source>
        <translation>Afspraak maken…</translation>
    </message>
    <message>
        <source>Make signal</source>
        <translation>Melding maken</translation>
    </message>
    <message>
        <source>Report for entrepreneur…</source>
        <translation>Rapport voor ondernemer…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to follow up</source>
        <translation>
            <numerusform>%Ln vervolg nodig</numerusform>
            <numerusform>%Ln vervolg nodig</numerusform>
        </translation>
    </message>
    <message>
        <source>No observation in this period holds these words. Choose a longer period?</source>
        <translation>Geen waarneming in deze periode bevat deze woorden. Een langere periode kiezen?</translation>
    </message>
    <message>
        <source>No rounds in this period. Plan one with New round.</source>
        <translation>Geen rondes in deze periode. Plan er een met Nieuwe ronde.</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>agreement made</source>
        <translation>afspraak gemaakt</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nodig</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Dagrapport</translation>
    </message>
    <message>
        <source>Report for entrepreneur</source>
        <translation>Rapport voor ondernemer</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search a company: name, KvK, address, postcode, contact person…  (Ctrl+K)</source>
        <translation>Zoek een onderneming: naam, KvK, adres, postcode, contactpersoon…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Ondernemingen zoeken</translation>
    </message>
    <message>
        <source>Finds companies by name, KvK number, address, postcode or contact person; Up and Down choose a result, Enter opens it</source>
        <translation>Vindt ondernemingen op naam, KvK-nummer, adres, postcode of contactpersoon; met pijl omhoog en omlaag kiest u een resultaat, Enter opent het</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Set up this database</source>
        <translation>Deze database inrichten</translation>
    </message>
    <message>
        <source>Ondernemersdesk creates its tables in %1 and the first administrator&apos;s account. The administrator then adds the accounts of the team.</source>
        <translation>Ondernemersdesk maakt zijn tabellen aan in %1 en het account van de eerste beheerder. De beheerder voegt daarna de accounts van het team toe.</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Volledige naam beheerder</translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Gebruikersnaam beheerder</translation>
    </message>
    <message>
        <source>Password of the new login</source>
        <translation>Wachtwoord nieuwe gebruikersnaam</translation>
    </message>
    <message>
        <source>The administrator&apos;s login is a login on the server; it is created, with this password, when it does not exist yet. When it is the login of this connection, no password is needed.</source>
        <translation>De gebruikersnaam van de beheerder is een gebruikersnaam op de server; die wordt met dit wachtwoord aangemaakt als hij nog niet bestaat. Is het de gebruikersnaam van deze verbinding, dan is geen wachtwoord nodig.</translation>
    </message>
    <message>
        <source>First copy the data of my local file into it</source>
        <translation>Eerst de gegevens van mijn lokale bestand erin kopiëren</translation>
    </message>
    <message>
        <source>There is no local file on this computer.</source>
        <translation>Er is geen lokaal bestand op deze computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Inrichten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As this computer</source>
        <translation>Zoals deze computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Set by your IT department (%1)</source>
        <translation>Ingesteld door uw IT-afdeling (%1)</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Taal van het venster</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Follow the system (now: high contrast)</source>
        <translation>Het systeem volgen (nu: hoog contrast)</translation>
    </message>
    <message>
        <source>Follow the system (now: standard)</source>
        <translation>Het systeem volgen (nu: standaard)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>High contrast: black on white, a thick blue focus frame</source>
        <translation>Hoog contrast: zwart op wit, een dikke blauwe focusrand</translation>
    </message>
    <message>
        <source>Text size and scaling follow the operating system: now %1 pt at %2 %. Change them in the system&apos;s display settings; the window follows at its next start.</source>
        <translation>Tekstgrootte en schaal volgen het besturingssysteem: nu %1 pt bij %2 %. Wijzig ze in de beeldscherminstellingen van het systeem; het venster volgt bij de volgende start.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>&amp;Contrast</source>
        <translation>&amp;Contrast</translation>
    </message>
    <message>
        <source>The language changes the next time you start Ondernemersdesk.</source>
        <translation>De taal verandert de volgende keer dat u Ondernemersdesk start.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Every form and list</source>
        <translation>Elk formulier en elke lijst</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Volgend veld of volgende knop</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Vorig veld of vorige knop</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+onderstreepte letter</translation>
    </message>
    <message>
        <source>That field or button</source>
        <translation>Naar dat veld of die knop</translation>
    </message>
    <message>
        <source>Save the form; open the selected row of a list</source>
        <translation>Het formulier opslaan; de gekozen regel van een lijst openen</translation>
    </message>
    <message>
        <source>Cancel the form, close the dialog or the list</source>
        <translation>Het formulier annuleren, het venster of de lijst sluiten</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Press the button, tick the box</source>
        <translation>De knop indrukken, het vakje aanvinken</translation>
    </message>
    <message>
        <source>Move in a list, a table or a choice</source>
        <translation>Bewegen in een lijst, tabel of keuze</translation>
    </message>
    <message>
        <source>Open a drop-down list or a calendar</source>
        <translation>Een keuzelijst of kalender openen</translation>
    </message>
    <message>
        <source>The menu of a list: sort it by a column</source>
        <translation>Het menu van een lijst: sorteren op een kolom</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Everything in Ondernemersdesk can be done with the keyboard. These keys work in the window now; the list is read from the application itself.</source>
        <translation>Alles in Ondernemersdesk kan met het toetsenbord. Deze toetsen werken nu in het venster; de lijst wordt uit de applicatie zelf gelezen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SignalDetail</name>
    <message>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <source>Take it on</source>
        <translation>Zelf oppakken</translation>
    </message>
    <message>
        <source>Become the handler: the signal is then in your My work</source>
        <translation>Zelf behandelaar worden: de melding staat dan in uw Mijn werk</translation>
    </message>
    <message>
        <source>Reporter&apos;s reaction…</source>
        <translation>Reactie van de melder…</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Ondernemersdossier</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverloop</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Letter (PDF)…</source>
        <translation>Brief (PDF)…</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-mailconcept</translation>
    </message>
    <message>
        <source>History and feedback</source>
        <translation>Verloop en terugkoppeling</translation>
    </message>
    <message>
        <source>Choose a signal in the list to see its history, or register a new one.</source>
        <translation>Kies een melding in de lijst om het verloop te zien, of registreer een nieuwe melding.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Accept: reopen…</source>
        <translation>Aannemen: heropenen…</translation>
    </message>
    <message>
        <source>Decline request…</source>
        <translation>Verzoek afwijzen…</translation>
    </message>
    <message>
        <source>Handle…</source>
        <translation>In behandeling…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Inplannen…</translation>
    </message>
    <message>
        <source>Mark as handled…</source>
        <translation>Afhandelen…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Made offline: the server gives this signal its number when you synchronise</source>
        <translation>Offline gemaakt: de server geeft deze melding haar nummer bij het synchroniseren</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>shielded: only those who handle signals see the reporter&apos;s details</source>
        <translation>afgeschermd (alleen voor wie meldingen behandelt)</translation>
    </message>
    <message>
        <source>wants to be contacted</source>
        <translation>wil teruggekoppeld worden</translation>
    </message>
    <message>
        <source>does not need to be contacted</source>
        <translation>hoeft niet teruggekoppeld te worden</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>niet tevreden</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln reaction(s) in all)</source>
        <translation>
            <numerusform>(%Ln reactie in totaal)</numerusform>
            <numerusform>(%Ln reacties in totaal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln werkdag</numerusform>
            <numerusform>%Ln werkdagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>The feedback to the reporter is shielded: only those who handle signals read it.</source>
        <translation>De terugkoppeling aan de melder is afgeschermd: alleen wie meldingen behandelt, leest die.</translation>
    </message>
    <message>
        <source>No feedback given at this step.</source>
        <translation>Bij deze stap is geen terugkoppeling gegeven.</translation>
    </message>
    <message>
        <source>This letter has a hole</source>
        <translation>Deze brief heeft een gat</translation>
    </message>
    <message>
        <source>Feedback letter</source>
        <translation>Terugkoppelingsbrief</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>New signal</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Signal %1</source>
        <translation>Melding %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Search a company (optional)</source>
        <translation>Zoek een onderneming (niet verplicht)</translation>
    </message>
    <message>
        <source>Not about a company</source>
        <translation>Gaat niet over een onderneming</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Anonymous: no name or contact details</source>
        <translation>Anoniem: geen naam of contactgegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>For a reporter without e-mail: street, number, postcode, place</source>
        <translation>Voor een melder zonder e-mail: straat, huisnummer, postcode, plaats</translation>
    </message>
    <message>
        <source>The reporter wants to be contacted about the outcome</source>
        <translation>De melder wil teruggekoppeld worden over de afhandeling</translation>
    </message>
    <message>
        <source>Earlier signals nearby</source>
        <translation>Eerdere meldingen in de buurt</translation>
    </message>
    <message numerus="yes">
        <source>Target handling time: %Ln working day(s)</source>
        <translation>
            <numerusform>Streeftermijn: %Ln werkdag</numerusform>
            <numerusform>Streeftermijn: %Ln werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reporter reported %Ln signal(s) before:</source>
        <translation>
            <numerusform>Deze melder deed eerder %Ln melding:</numerusform>
            <numerusform>Deze melder deed eerder %Ln meldingen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback of %1: %2</source>
        <translation>Terugkoppeling van %1: %2</translation>
    </message>
</context>
<context>
    <name>SignalListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>SignalSettingsDialog</name>
    <message>
        <source>Categories and feedback templates</source>
        <translation>Categorieën en sjablonen voor terugkoppeling</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Sjablonen voor terugkoppeling</translation>
    </message>
    <message>
        <source>Reasons for dissatisfaction</source>
        <translation>Redenen van ontevredenheid</translation>
    </message>
    <message>
        <source>Reasons of reactions</source>
        <translation>Redenen van reacties</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln werkdag</numerusform>
            <numerusform>%Ln werkdagen</numerusform>
        </translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>niet in gebruik</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>elke status</translation>
    </message>
    <message>
        <source>not satisfied: request to reopen</source>
        <translation>niet tevreden: verzoek tot heropenen</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Register a signal (Ctrl+M)</source>
        <translation>Melding registreren (Ctrl+M)</translation>
    </message>
    <message>
        <source>Categories and templates…</source>
        <translation>Categorieën en sjablonen…</translation>
    </message>
    <message>
        <source>Search signals</source>
        <translation>Meldingen zoeken</translation>
    </message>
    <message>
        <source>Finds signals by reporter, address, company, number or words</source>
        <translation>Vindt meldingen op melder, adres, onderneming, nummer of woorden</translation>
    </message>
    <message>
        <source>Reporter, address, company, number or words</source>
        <translation>Melder, adres, onderneming, nummer of woorden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Elke bron</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Show all open signals again</source>
        <translation>Weer alle open meldingen tonen</translation>
    </message>
    <message>
        <source>Enter opens the signal</source>
        <translation>Enter opent de melding</translation>
    </message>
    <message>
        <source>No signals match these filters. Change the filters, or register a new signal.</source>
        <translation>Geen meldingen bij deze filters. Pas de filters aan, of registreer een nieuwe melding.</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Every handler</source>
        <translation>Elke behandelaar</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signal(s) listed</source>
        <translation>
            <numerusform>%Ln melding in de lijst</numerusform>
            <numerusform>%Ln meldingen in de lijst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartShell</name>
    <message>
        <source>Ondernemersdesk</source>
        <translation>Ondernemersdesk</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
</context>
<context>
    <name>TakeDialog</name>
    <message>
        <source>Take along</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>Copy a set to this laptop to work on it without a connection. The copy is encrypted; its key stays in this computer&apos;s password store.</source>
        <translation>Kopieer een set naar deze laptop om er zonder verbinding aan te werken. De kopie is versleuteld; de sleutel blijft in de wachtwoordkluis van deze computer.</translation>
    </message>
    <message>
        <source>A planned round</source>
        <translation>Een geplande ronde</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Companies whose name, KvK number, postcode or place contains</source>
        <translation>Bedrijven waarvan naam, KvK-nummer, postcode of plaats bevat</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>for example Loosdrecht or 1231</source>
        <translation>bijvoorbeeld Loosdrecht of 1231</translation>
    </message>
    <message>
        <source>The companies selected in the list (%1)</source>
        <translation>De in de lijst gekozen bedrijven (%1)</translation>
    </message>
    <message>
        <source>My companies (where I am the account manager)</source>
        <translation>Mijn bedrijven (waar ik accountmanager ben)</translation>
    </message>
    <message>
        <source>Keep it in</source>
        <translation>Bewaren in</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Bezig met kopiëren</translation>
    </message>
    <message>
        <source>Work offline now</source>
        <translation>Nu offline werken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>A planned round (none in the coming weeks)</source>
        <translation>Een geplande ronde (geen in de komende weken)</translation>
    </message>
    <message>
        <source>Keep the set in</source>
        <translation>De set bewaren in</translation>
    </message>
    <message>
        <source>Sets taken along (*.odset)</source>
        <translation>Meegenomen sets (*.odset)</translation>
    </message>
    <message>
        <source>Choose a round.</source>
        <translation>Kies een ronde.</translation>
    </message>
    <message>
        <source>Type part of a name, KvK number, postcode or place.</source>
        <translation>Typ een deel van een naam, KvK-nummer, postcode of plaats.</translation>
    </message>
    <message>
        <source>Choose the file to keep the set in.</source>
        <translation>Kies het bestand om de set in te bewaren.</translation>
    </message>
    <message>
        <source>Copying the set from the server…</source>
        <translation>Bezig met het kopiëren van de set van de server…</translation>
    </message>
    <message>
        <source>Taken along in %1 s and kept encrypted in %2.</source>
        <translation>Meegenomen in %1 s en versleuteld bewaard in %2.</translation>
    </message>
    <message>
        <source>No records matched; the lookups and the knowledge base are there.</source>
        <translation>Er pasten geen gegevens; de keuzelijsten en de kennisbank zijn er wel.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Feedback template</source>
        <translation>Sjabloon voor terugkoppeling</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>For status</source>
        <translation>Voor status</translation>
    </message>
    <message>
        <source>(every status)</source>
        <translation>(elke status)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Invulvelden: %1</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Afgelopen 3 jaar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Log contact moment</source>
        <translation>Contactmoment vastleggen</translation>
    </message>
    <message>
        <source>Log contact moment (Ctrl+L)</source>
        <translation>Contactmoment vastleggen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Edit contact moment</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Conversation report (PDF)</source>
        <translation>Gespreksverslag (PDF)</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Contact moments and agreements, newest first</source>
        <translation>Contactmomenten en afspraken, nieuwste eerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject / agreement</source>
        <translation>Onderwerp / afspraak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact moment details</source>
        <translation>Details van het contactmoment</translation>
    </message>
    <message numerus="yes">
        <source>Outlook hands over one message at a time: drag the other %Ln message(s) here one by one.</source>
        <translation>
            <numerusform>Outlook geeft één bericht tegelijk mee: sleep het andere bericht er apart naartoe.</numerusform>
            <numerusform>Outlook geeft één bericht tegelijk mee: sleep de andere %Ln berichten er een voor een naartoe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open agreement(s)</source>
        <translation>
            <numerusform>%Ln open afspraak</numerusform>
            <numerusform>%Ln open afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln afspraak</numerusform>
            <numerusform>%Ln afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact moment(s)</source>
        <translation>
            <numerusform>%Ln contactmoment</numerusform>
            <numerusform>%Ln contactmomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact moments yet. Log the first one with “Log contact moment” (Ctrl+L), or drag an e-mail (saved as .eml, or .msg from Outlook) here.</source>
        <translation>Nog geen contactmomenten. Leg het eerste vast met ‘Contactmoment vastleggen’ (Ctrl+L), of sleep een e-mail (bewaard als .eml, of .msg uit Outlook) hierheen.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
</context>
<context>
    <name>TodayTabs</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Overgedragen aan</translation>
    </message>
    <message>
        <source>No questions yet today. Logged questions appear here.</source>
        <translation>Vandaag nog geen vragen. Vastgelegde vragen verschijnen hier.</translation>
    </message>
    <message>
        <source>Search all questions asked</source>
        <translation>Zoek in alle gestelde vragen</translation>
    </message>
    <message>
        <source>Words of the question, the answer, the company or the visitor</source>
        <translation>Woorden uit de vraag, het antwoord, de onderneming of de bezoeker</translation>
    </message>
    <message>
        <source>Type at least 3 letters</source>
        <translation>Typ minstens 3 letters</translation>
    </message>
    <message>
        <source>Today at the desk</source>
        <translation>Vandaag aan de balie</translation>
    </message>
    <message>
        <source>Desk questions</source>
        <translation>Balievragen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Afgelopen kwartaal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Questions today</source>
        <translation>Vragen van vandaag</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Asked most</source>
        <translation>Meest gevraagd</translation>
    </message>
    <message>
        <source>No question holds these words.</source>
        <translation>Geen vraag bevat deze woorden.</translation>
    </message>
    <message>
        <source>Questions found (%1)</source>
        <translation>Gevonden vragen (%1)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Today at the desk (%1)</source>
        <translation>Vandaag aan de balie (%1)</translation>
    </message>
    <message>
        <source>No questions logged in this period.</source>
        <translation>In deze periode zijn geen vragen vastgelegd.</translation>
    </message>
    <message>
        <source>%1 questions since %2; %3 answered without an article (a gap in the knowledge base), %4 handed over.</source>
        <translation>%1 vragen sinds %2; %3 beantwoord zonder artikel (een gat in de kennisbank), %4 overgedragen.</translation>
    </message>
    <message>
        <source>Topic (tag)</source>
        <translation>Onderwerp (trefwoord)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>verschilt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Naar: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wanneer: %1</translation>
    </message>
    <message>
        <source>%1 rows copied in %2. Every table on the server is equal to the file, and every link is kept.</source>
        <translation>%1 rijen gekopieerd in %2. Elke tabel op de server is gelijk aan het bestand en alle verbanden zijn behouden.</translation>
    </message>
    <message>
        <source>The copy differs from the file; it has not been kept on the server.</source>
        <translation>De kopie wijkt af van het bestand; ze is niet op de server bewaard.</translation>
    </message>
    <message>
        <source>Search index rebuilt for %1 companies and %2 knowledge base articles.</source>
        <translation>Zoekindex opnieuw opgebouwd voor %1 ondernemingen en %2 kennisbankartikelen.</translation>
    </message>
    <message>
        <source>Also compared through their links: the contact moments and agreements of %1 companies.</source>
        <translation>Ook via hun verbanden vergeleken: de contactmomenten en afspraken van %1 ondernemingen.</translation>
    </message>
    <message>
        <source>The %1 accounts of the file were copied, with everything they did (the audit trail). On the server every official signs in with a login of their own: the administrator gives each account a login under Accounts.</source>
        <translation>De %1 accounts uit het bestand zijn gekopieerd, met alles wat ze gedaan hebben (de logregels). Op de server meldt elke medewerker zich aan met een eigen login: de beheerder geeft elk account een login onder Accounts.</translation>
    </message>
    <message>
        <source>Copy the local file to the server</source>
        <translation>Lokaal bestand naar de server kopiëren</translation>
    </message>
    <message>
        <source>All data of the local file is copied into the empty database on the server: companies, contact persons, contact moments and agreements, signals, rounds, ambitions, the knowledge base, the accounts and the audit trail. Every link between them is kept. The local file itself is not changed. If the copy is cancelled or fails, nothing is kept on the server.</source>
        <translation>Alle gegevens uit het lokale bestand worden gekopieerd naar de lege database op de server: ondernemingen, contactpersonen, contactmomenten en afspraken, meldingen, rondes, ambities, de kennisbank, de accounts en de logregels. Alle verbanden daartussen blijven behouden. Het lokale bestand zelf wordt niet gewijzigd. Wordt het kopiëren afgebroken of mislukt het, dan blijft er niets op de server achter.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
    <message>
        <source>Tables copied</source>
        <translation>Gekopieerde tabellen</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Verslag opslaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Start copying</source>
        <translation>Kopiëren starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Cancel copying</source>
        <translation>Kopiëren afbreken</translation>
    </message>
    <message>
        <source>Cancelling: the server is being left empty…</source>
        <translation>Afbreken: de server wordt leeg achtergelaten…</translation>
    </message>
    <message>
        <source>The local file has been copied to the server.</source>
        <translation>Het lokale bestand is naar de server gekopieerd.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>copy-report.txt</source>
        <translation>kopieerverslag.txt</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>Text (*.txt);;Spreadsheet, CSV (*.csv)</source>
        <translation>Tekst (*.txt);;Spreadsheet, CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Het verslag kon niet worden opgeslagen als %1: %2</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Verslag opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Wat is aangetroffen</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat is gedaan</translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation>Wat is gepland</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Why declined</source>
        <translation>Waarom afgewezen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>(write it yourself)</source>
        <translation>(zelf schrijven)</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Opnieuw invullen</translation>
    </message>
    <message>
        <source>Fill the template again with what you wrote on the left</source>
        <translation>Vul het sjabloon opnieuw in met wat u links hebt geschreven</translation>
    </message>
    <message>
        <source>The reporter is told that the signal is reopened: this message is required.</source>
        <translation>De melder hoort dat de melding heropend is: dit bericht is verplicht.</translation>
    </message>
    <message>
        <source>The reporter wants to be contacted: this message is required and kept in the history.</source>
        <translation>De melder wil teruggekoppeld worden: dit bericht is verplicht en wordt bewaard in het verloop.</translation>
    </message>
    <message>
        <source>The reporter is anonymous: no feedback can be sent.</source>
        <translation>De melder is anoniem: er kan geen terugkoppeling worden gestuurd.</translation>
    </message>
    <message>
        <source>The reporter did not ask to be contacted; feedback is optional.</source>
        <translation>De melder heeft niet om terugkoppeling gevraagd; een bericht is niet verplicht.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
</context>
<context>
    <name>TrialModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>_EstablishmentFields</name>
    <message>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <source>Empty: the company&apos;s name.</source>
        <translation>Leeg: de naam van de onderneming.</translation>
    </message>
    <message>
        <source>Vestigingsnummer</source>
        <translation>Vestigingsnummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Sector (SBI)</source>
        <translation>Sector (SBI)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Werkzame personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>_ResultList</name>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ om te kiezen, Enter om te openen, Esc om te sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies) found.</source>
        <translation>
            <numerusform>%Ln onderneming gevonden.</numerusform>
            <numerusform>%Ln ondernemingen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try part of the name, a street, a postcode or a KvK number.</source>
        <translation>Niets gevonden. Probeer een deel van de naam, een straat, een postcode of een KvK-nummer.</translation>
    </message>
</context>
<context>
    <name>agreements</name>
    <message>
        <source>due this week</source>
        <translation>deze week</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: fout: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>overbodige waarde %r genegeerd</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één waarde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één waarde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>verwacht %s waarde</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>verwacht %s waarden</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde %(value)r (verwacht: %(type)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (kies uit: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
    <message>
        <source>%(value)r is not a whole number</source>
        <translation>%(value)r is geen geheel getal</translation>
    </message>
    <message>
        <source>%(value)r is not a number</source>
        <translation>%(value)r is geen getal</translation>
    </message>
    <message>
        <source>%(value)s is not between %(least)s and %(most)s</source>
        <translation>%(value)s ligt niet tussen %(least)s en %(most)s</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <source>Measuring on %1…</source>
        <translation>Meten op %1…</translation>
    </message>
    <message>
        <source>Profile written: %1</source>
        <translation>Profiel geschreven: %1</translation>
    </message>
    <message>
        <source>The reference %1 could not be read (%2): nothing compared.</source>
        <translation>De referentie %1 is niet te lezen (%2): niets vergeleken.</translation>
    </message>
    <message>
        <source>No ratio to the engine grew more than 1.5 times against the reference %1.</source>
        <translation>Geen verhouding tot de engine is meer dan 1,5 keer gegroeid ten opzichte van de referentie %1.</translation>
    </message>
    <message>
        <source>Building the %1 demo database (%2 companies)…</source>
        <translation>De demodatabase &apos;%1&apos; wordt gebouwd (%2 ondernemingen)…</translation>
    </message>
    <message>
        <source>%1 searches</source>
        <translation>%1 zoekopdrachten</translation>
    </message>
    <message>
        <source>Search as you type, p50</source>
        <translation>Zoeken tijdens het typen, p50</translation>
    </message>
    <message>
        <source>Search as you type, p95</source>
        <translation>Zoeken tijdens het typen, p95</translation>
    </message>
    <message>
        <source>Search with a typo, p50</source>
        <translation>Zoeken met een typfout, p50</translation>
    </message>
    <message>
        <source>Search with a typo, p95</source>
        <translation>Zoeken met een typfout, p95</translation>
    </message>
    <message>
        <source>Company file with its timeline (services)</source>
        <translation>Ondernemingsdossier met tijdlijn (services)</translation>
    </message>
    <message>
        <source>Whole timeline of the busiest file (services)</source>
        <translation>Hele tijdlijn van het drukste dossier (services)</translation>
    </message>
    <message>
        <source>%1 contact moments (PDF, export)</source>
        <translation>%1 contactmomenten (pdf, export)</translation>
    </message>
    <message>
        <source>%1 contact moments</source>
        <translation>%1 contactmomenten</translation>
    </message>
    <message>
        <source>Company list, first screen</source>
        <translation>Lijst van ondernemingen, eerste scherm</translation>
    </message>
    <message>
        <source>Mijn werk of the whole team on screen</source>
        <translation>Mijn werk van het hele team op het scherm</translation>
    </message>
    <message>
        <source>the first screenful; all %1 agreements listed after %2 ms; first time: %3 ms</source>
        <translation>het eerste scherm; alle %1 afspraken in de lijst na %2 ms; eerste keer: %3 ms</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>aflopend</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>oplopend</translation>
    </message>
    <message>
        <source>Company list sorted by %1 (%2), first screen</source>
        <translation>Lijst van ondernemingen gesorteerd op %1 (%2), eerste scherm</translation>
    </message>
    <message>
        <source>%1 companies; the whole order after %2 ms</source>
        <translation>%1 ondernemingen; de hele volgorde na %2 ms</translation>
    </message>
    <message>
        <source>Memory after opening %1 company files and scrolling the whole list</source>
        <translation>Geheugen na %1 dossiers openen en de hele lijst scrollen</translation>
    </message>
    <message>
        <source>%1 MB resident (target &lt; %2 MB: %3); peak %4 MB; took %5 s</source>
        <translation>%1 MB in gebruik (doel &lt; %2 MB: %3); piek %4 MB; duurde %5 s</translation>
    </message>
    <message>
        <source>the first %1 of %2 contact moments, as the window reads them with the file; the engine the same 7 queries</source>
        <translation>de eerste %1 van %2 contactmomenten, zoals het venster ze met het dossier leest; de engine dezelfde 7 query&apos;s</translation>
    </message>
    <message>
        <source>Company list, scrolled to the end</source>
        <translation>Lijst van ondernemingen, tot het eind gescrold</translation>
    </message>
    <message>
        <source>a row of every page of %1 rows in turn, read as the list reads them (pages ahead read with the one shown); the engine: the same columns of every company in one query in the list&apos;s order</source>
        <translation>een regel van elke pagina van %1 regels om de beurt, gelezen zoals de lijst ze leest (pagina&apos;s verderop gelezen met de getoonde); de engine: dezelfde kolommen van elk bedrijf in één query in de volgorde van de lijst</translation>
    </message>
    <message>
        <source>Mijn werk of the busiest official</source>
        <translation>Mijn werk van de drukste medewerker</translation>
    </message>
    <message>
        <source>%1 open agreements</source>
        <translation>%1 open afspraken</translation>
    </message>
    <message>
        <source>Mijn werk of the whole team</source>
        <translation>Mijn werk van het hele team</translation>
    </message>
    <message>
        <source>%1 open agreements, %2 listed</source>
        <translation>%1 open afspraken, %2 in de lijst</translation>
    </message>
    <message>
        <source>%1 rows, %2 MB</source>
        <translation>%1 rijen, %2 MB</translation>
    </message>
    <message>
        <source>; at most %1 MB more memory</source>
        <translation>; hoogstens %1 MB meer geheugen</translation>
    </message>
    <message>
        <source>Export of every company to Excel (.xlsx)</source>
        <translation>Export van alle ondernemingen naar Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Possible duplicates of every company</source>
        <translation>Mogelijke dubbelen van alle ondernemingen</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 paren</translation>
    </message>
    <message>
        <source>Possible duplicates of one company (its badge)</source>
        <translation>Mogelijke dubbelen van één onderneming (badge)</translation>
    </message>
    <message>
        <source>Merging the busiest file into another (rolled back)</source>
        <translation>Het drukste dossier samenvoegen in een ander (teruggedraaid)</translation>
    </message>
    <message>
        <source>Briefing PDF (Gespreksvoorbereiding)</source>
        <translation>Gespreksvoorbereiding (PDF)</translation>
    </message>
    <message>
        <source>Company file PDF (Ondernemersdossier)</source>
        <translation>Ondernemersdossier (PDF)</translation>
    </message>
    <message>
        <source>Conversation report PDF (Gespreksverslag)</source>
        <translation>Gespreksverslag (PDF)</translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>pagina&apos;s: %1</translation>
    </message>
    <message>
        <source>Open the busiest company file in the window</source>
        <translation>Het drukste dossier openen in het venster</translation>
    </message>
    <message>
        <source>first time: %1 ms</source>
        <translation>eerste keer: %1 ms</translation>
    </message>
    <message>
        <source>Empty Qt window, start to shown</source>
        <translation>Leeg Qt-venster, van start tot zichtbaar</translation>
    </message>
    <message>
        <source>%1 MB peak memory</source>
        <translation>piekgeheugen %1 MB</translation>
    </message>
    <message>
        <source>Cold start: window visible</source>
        <translation>Koude start: venster zichtbaar</translation>
    </message>
    <message>
        <source>the first screen of the list, read before the database stack is loaded; beside the same empty Qt windows</source>
        <translation>het eerste scherm van de lijst, gelezen voordat de databasesoftware geladen is; naast dezelfde lege Qt-vensters</translation>
    </message>
    <message>
        <source>Cold start: first rows of the company list</source>
        <translation>Koude start: eerste rijen van de lijst van ondernemingen</translation>
    </message>
    <message>
        <source>frame, navigation (its icons right after), search box focused (typing kept); beside an empty Qt window started just before each</source>
        <translation>kader, navigatie (de pictogrammen direct daarna), zoekvak met de focus (wat getypt wordt blijft bewaard); naast een leeg Qt-venster dat telkens vlak ervoor gestart is</translation>
    </message>
    <message>
        <source>Cold start: main window complete</source>
        <translation>Koude start: hoofdvenster compleet</translation>
    </message>
    <message>
        <source>signed in, every page working, the list through the services; %1 MB peak memory</source>
        <translation>aangemeld, elke pagina werkt, de lijst via de services; piekgeheugen %1 MB</translation>
    </message>
    <message>
        <source>Ondernemersdesk benchmark (%1)</source>
        <translation>Ondernemersdesk-benchmark (%1)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Machine: %1</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versies: %1</translation>
    </message>
    <message>
        <source>Data (%6): %1 companies, %2 establishments, %3 contact persons, %4 contact moments, %5 agreements</source>
        <translation>Gegevens (%6): %1 ondernemingen, %2 vestigingen, %3 contactpersonen, %4 contactmomenten, %5 afspraken</translation>
    </message>
    <message>
        <source>Peak memory of the benchmark process (services, window, PDFs): %1 MB</source>
        <translation>Piekgeheugen van het benchmarkproces (services, venster, PDF&apos;s): %1 MB</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <source>Engine alone</source>
        <translation>Alleen de engine</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhouding</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Labelled query set</source>
        <translation>Gelabelde zoekopdrachten</translation>
    </message>
    <message>
        <source>Search relevance</source>
        <translation>Zoekkwaliteit</translation>
    </message>
    <message>
        <source>Before (top-1 / top-3 / MRR)</source>
        <translation>Vóór (top-1 / top-3 / MRR)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>**missed**</source>
        <translation>**niet gehaald**</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>%1 queries; %2 of %3 nonsense queries found nothing; %4 crashes</source>
        <translation>%1 zoekopdrachten; %2 van %3 onzinnige zoekopdrachten vonden niets; %4 keer vastgelopen</translation>
    </message>
    <message>
        <source>%1 (1 run)</source>
        <translation>%1 (1 meting)</translation>
    </message>
    <message>
        <source>Missed targets: %1.</source>
        <translation>Doelen niet gehaald: %1.</translation>
    </message>
    <message>
        <source>Every target is met.</source>
        <translation>Alle doelen zijn gehaald.</translation>
    </message>
    <message>
        <source>Engine alone: the same work written directly in SQL against the same indexes (DB-API cursor, no application code), or an empty Qt window for the start. Times are medians of %1 runs after a warm-up, with the spread in brackets: the fastest and the slowest run (min–max; a wide spread means a busy machine). Search is p50/p95 over the fragments and every keystroke of the typed words, its spread the lowest and highest p50/p95 of the rounds. What is measured once (an import) says so.</source>
        <translation>Alleen de engine: hetzelfde werk rechtstreeks in SQL op dezelfde indexen (DB-API-cursor, geen applicatiecode), of een leeg Qt-venster voor de start. Tijden zijn medianen van %1 metingen na een opwarmronde, met tussen haakjes de spreiding: de snelste en de traagste meting (min–max; een brede spreiding betekent een drukke machine). Zoeken is p50/p95 over de fragmenten en elke toetsaanslag van de getypte woorden, met als spreiding de laagste en hoogste p50/p95 van de rondes. Wat één keer gemeten wordt (een import) zegt dat.</translation>
    </message>
    <message>
        <source>WARNING: %1 (%2) is %3× the engine, was %4× in the reference</source>
        <translation>WAARSCHUWING: %1 (%2) is %3× de engine, was %4× in de referentie</translation>
    </message>
    <message>
        <source>empty database</source>
        <translation>lege database</translation>
    </message>
    <message>
        <source>into the demo</source>
        <translation>in de demodatabase</translation>
    </message>
    <message>
        <source>%1 rows, %2; %3 companies written; peak RSS %4 MB</source>
        <translation>%1 rijen, %2; %3 ondernemingen geschreven; piekgeheugen %4 MB</translation>
    </message>
    <message>
        <source>Import of a CSV file (trial, writing, trail, search index)</source>
        <translation>Import van een CSV-bestand (proef, schrijven, logboek, zoekindex)</translation>
    </message>
    <message>
        <source>Trial run (Proefimport) of the same file</source>
        <translation>Proefimport van hetzelfde bestand</translation>
    </message>
    <message>
        <source>Word search: observations</source>
        <translation>Woorden zoeken: waarnemingen</translation>
    </message>
    <message>
        <source>Word search: desk questions</source>
        <translation>Woorden zoeken: balievragen</translation>
    </message>
    <message>
        <source>Word search: signals (handler)</source>
        <translation>Woorden zoeken: meldingen (behandelaar)</translation>
    </message>
    <message>
        <source>Word search: signals (without reporters)</source>
        <translation>Woorden zoeken: meldingen (zonder melders)</translation>
    </message>
    <message>
        <source>Taking %1 companies along (offline set)</source>
        <translation>%1 ondernemingen meenemen (offline set)</translation>
    </message>
    <message>
        <source>%1 companies, %2 rows</source>
        <translation>%1 ondernemingen, %2 rijen</translation>
    </message>
    <message>
        <source>Synchronising 1,000 offline changes</source>
        <translation>1.000 offline wijzigingen synchroniseren</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 verzonden</translation>
    </message>
    <message>
        <source>Synchronising with nothing to do</source>
        <translation>Synchroniseren zonder wijzigingen</translation>
    </message>
</context>
<context>
    <name>bootstrap</name>
    <message>
        <source>Creating demonstration data…</source>
        <translation>Demonstratiegegevens aanmaken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unexpected error: %1 (details in the log file)</source>
        <translation>Onverwachte fout: %1 (details in het logbestand)</translation>
    </message>
    <message>
        <source>Password for %1 on the server: </source>
        <translation>Wachtwoord voor %1 op de server: </translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name with --full-name.</source>
        <translation>Geef de naam van de beheerder op met --full-name.</translation>
    </message>
    <message>
        <source>The database %1 is set up; %2 (account %3) is its administrator.</source>
        <translation>De database %1 is ingericht; %2 (account %3) is de beheerder.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>Give the official&apos;s login.</source>
        <translation>Geef de inlognaam van de medewerker op.</translation>
    </message>
    <message>
        <source>Give the official&apos;s name with --full-name.</source>
        <translation>Geef de naam van de medewerker op met --full-name.</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Account %1 aangemaakt.</translation>
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation>Er is geen account met de inlognaam %1.</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Account %1 gedeactiveerd.</translation>
    </message>
    <message>
        <source>Account %1 reactivated.</source>
        <translation>Account %1 weer geactiveerd.</translation>
    </message>
    <message>
        <source>The database %1 is up to date (schema %2).</source>
        <translation>De database %1 is bijgewerkt (schema %2).</translation>
    </message>
    <message>
        <source>The database %1 is now at schema %2 (was: %3).</source>
        <translation>De database %1 staat nu op schema %2 (was: %3).</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation>Reservekopie van de vorige versie: %1</translation>
    </message>
    <message>
        <source>The server&apos;s roles, privileges and account functions are up to date.</source>
        <translation>De rollen, rechten en accountfuncties op de server zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>%1 companies, %2 establishments, %3 contact persons, %4 contact moments and %5 agreements created in %6 s.</source>
        <translation>%1 ondernemingen, %2 vestigingen, %3 contactpersonen, %4 contactmomenten en %5 afspraken aangemaakt in %6 s.</translation>
    </message>
    <message>
        <source>There is no page %1; choose one of: %2.</source>
        <translation>Er is geen pagina %1; kies uit: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>The window as %1 (%2) sees it; its pages: %3.</source>
        <translation>Het venster zoals %1 (%2) het ziet; de pagina&apos;s: %3.</translation>
    </message>
    <message>
        <source>%1 clients, %2 edits each, on %3 companies and %4 agreements: %5 s.</source>
        <translation>%1 werkplekken, elk %2 wijzigingen, op %3 ondernemingen en %4 afspraken: %5 s.</translation>
    </message>
    <message>
        <source>Saved: %1 (%2 per second). Conflicts shown: %3. Attempts: %4 (%5 per second).</source>
        <translation>Opgeslagen: %1 (%2 per seconde). Conflicten gemeld: %3. Pogingen: %4 (%5 per seconde).</translation>
    </message>
    <message>
        <source>Time per edit: p50 %1 ms, p95 %2 ms, slowest %3 ms.</source>
        <translation>Tijd per wijziging: p50 %1 ms, p95 %2 ms, traagste %3 ms.</translation>
    </message>
    <message>
        <source>No update was lost: every edit was saved or shown as a conflict.</source>
        <translation>Geen wijziging verloren: elke wijziging is opgeslagen of als conflict gemeld.</translation>
    </message>
    <message>
        <source>Updates were lost or failed: see above.</source>
        <translation>Er zijn wijzigingen verloren gegaan of mislukt: zie hierboven.</translation>
    </message>
    <message>
        <source>Give the KvK number of the company: --kvk NUMBER.</source>
        <translation>Geef het KvK-nummer van de onderneming op: --kvk NUMMER.</translation>
    </message>
    <message>
        <source>Give the PDF file to write: --out FILE.pdf.</source>
        <translation>Geef het PDF-bestand op dat gemaakt moet worden: --out BESTAND.pdf.</translation>
    </message>
    <message>
        <source>A conversation report is about one contact moment: give its number with --interaction ID.</source>
        <translation>Een gespreksverslag gaat over één contactmoment: geef het nummer daarvan op met --interaction ID.</translation>
    </message>
    <message>
        <source>%1 is not the number of a contact moment.</source>
        <translation>%1 is geen nummer van een contactmoment.</translation>
    </message>
    <message>
        <source>--interaction only goes with a conversation report (report).</source>
        <translation>--interaction hoort alleen bij een gespreksverslag (report).</translation>
    </message>
    <message>
        <source>There is no contact moment %1.</source>
        <translation>Contactmoment %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Contact moment %1 is not one of %2 (KvK %3).</source>
        <translation>Contactmoment %1 hoort niet bij %2 (KvK %3).</translation>
    </message>
    <message>
        <source>%1 of %2 saved as %3.</source>
        <translation>%1 van %2 opgeslagen als %3.</translation>
    </message>
    <message>
        <source>Give the period of the report: --from %1 and --to %1.</source>
        <translation>Geef de periode van de rapportage: --from %1 en --to %1.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 is geen datum; schrijf die als %2.</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 opgeslagen als %2.</translation>
    </message>
    <message>
        <source>Give the day of the report: --date %1.</source>
        <translation>Geef de dag van het rapport: --date %1.</translation>
    </message>
    <message>
        <source>Give the number of the signal: --signal %1.</source>
        <translation>Geef het nummer van de melding op: --signal %1.</translation>
    </message>
    <message>
        <source>%1 is not the number of a signal.</source>
        <translation>%1 is geen nummer van een melding.</translation>
    </message>
    <message>
        <source>There is no signal %1.</source>
        <translation>Melding %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Signal %1 has no feedback to the reporter yet.</source>
        <translation>Melding %1 heeft nog geen terugkoppeling aan de melder.</translation>
    </message>
    <message>
        <source>Give the number of the knowledge article: --article ID.</source>
        <translation>Geef het nummer van het kennisbankartikel op: --article ID.</translation>
    </message>
    <message>
        <source>%1 is not the number of a knowledge article.</source>
        <translation>%1 is geen nummer van een kennisbankartikel.</translation>
    </message>
    <message>
        <source>There is no knowledge article %1.</source>
        <translation>Kennisbankartikel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Due for anonymising or removing today:</source>
        <translation>Vandaag te anonimiseren of te verwijderen:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefdraaien: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Done: %1 records anonymised or removed; recorded in the privacy log.</source>
        <translation>Klaar: %1 gegevens geanonimiseerd of verwijderd; vastgelegd in het privacylogboek.</translation>
    </message>
    <message>
        <source>Give the person&apos;s --name, --phone or --email.</source>
        <translation>Geef --name, --phone of --email van de persoon.</translation>
    </message>
    <message>
        <source>%1 records found.</source>
        <translation>%1 gegevens gevonden.</translation>
    </message>
    <message>
        <source>Say why with --reason: it is kept in the privacy log.</source>
        <translation>Geef met --reason aan waarom: dat wordt bewaard in het privacylogboek.</translation>
    </message>
    <message>
        <source>Nobody was found: nothing to erase.</source>
        <translation>Niemand gevonden: er is niets te wissen.</translation>
    </message>
    <message>
        <source>These records will be anonymised everywhere (letters, search and audit trail included):</source>
        <translation>Deze gegevens worden overal geanonimiseerd (ook in brieven, zoekindex en logboek):</translation>
    </message>
    <message>
        <source>Confirm with --yes (there is no terminal to ask).</source>
        <translation>Bevestig met --yes (er is geen terminal om het te vragen).</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the word typed to confirm an erasure</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to erase: </source>
        <translation>Typ &apos;%1&apos; om te wissen: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Er is niets gewist.</translation>
    </message>
    <message>
        <source>Erased; recorded in the privacy log with the reason:</source>
        <translation>Gewist; vastgelegd in het privacylogboek met de reden:</translation>
    </message>
    <message>
        <source>These backups made before an upgrade still hold the earlier data; delete them when no longer needed:</source>
        <translation>Deze reservekopieën van voor een upgrade bevatten de eerdere gegevens nog; verwijder ze als ze niet meer nodig zijn:</translation>
    </message>
    <message>
        <source>  row %1, column %2: %3</source>
        <translation>  rij %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>  … and %1 more rows with errors</source>
        <translation>  … en nog %1 rijen met fouten</translation>
    </message>
    <message>
        <source>Give the file to import, or --undo NUMBER.</source>
        <translation>Geef het bestand om te importeren, of --undo NUMMER.</translation>
    </message>
    <message>
        <source>Trial run of %1: nothing was written.</source>
        <translation>Proefimport van %1: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Import %1 of %2:</source>
        <translation>Import %1 van %2:</translation>
    </message>
    <message>
        <source>Written: %1 companies, %2 establishments, %3 records updated.</source>
        <translation>Geschreven: %1 ondernemingen, %2 vestigingen, %3 gegevens bijgewerkt.</translation>
    </message>
    <message>
        <source>Import number: %1</source>
        <translation>Importnummer: %1</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records removed, %3 records set back.</source>
        <translation>Import %1 teruggedraaid: %2 gegevens verwijderd, %3 gegevens teruggezet.</translation>
    </message>
    <message>
        <source>  left as it is (changed since by %1): %2</source>
        <translation>  niet teruggedraaid (sindsdien gewijzigd door %1): %2</translation>
    </message>
    <message>
        <source>Unknown status %1; choose from: %2.</source>
        <translation>Onbekende status %1; kies uit: %2.</translation>
    </message>
    <message>
        <source>There is no area called %1.</source>
        <translation>Er is geen gebied dat %1 heet.</translation>
    </message>
    <message>
        <source>Companies: give one --status.</source>
        <translation>Ondernemingen: geef één --status.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rijen geschreven naar %2.</translation>
    </message>
    <message>
        <source>%1 search documents made again.</source>
        <translation>%1 zoekdocumenten opnieuw gemaakt.</translation>
    </message>
    <message>
        <source>--min-score is a number from 0 to 100.</source>
        <translation>--min-score is een getal van 0 tot en met 100.</translation>
    </message>
    <message>
        <source>%1 possible duplicates.</source>
        <translation>%1 mogelijke dubbelen.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Back-up geschreven: %1</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>Er zijn geen back-ups van %1.</translation>
    </message>
    <message>
        <source>This replaces %1 by the backup %2 (the current file is kept aside first). Add --yes to do it.</source>
        <translation>Dit vervangt %1 door de back-up %2 (het huidige bestand wordt eerst apart bewaard). Voeg --yes toe om dat te doen.</translation>
    </message>
    <message>
        <source>Restored from %1; the file as it was is kept as %2.</source>
        <translation>Hersteld uit %1; het bestand zoals het was, is bewaard als %2.</translation>
    </message>
    <message>
        <source>%1 companies checked: %2 without a search document, %3 with an outdated one, %4 documents of companies that no longer exist.</source>
        <translation>%1 ondernemingen gecontroleerd: %2 zonder zoekdocument, %3 met een verouderd zoekdocument, %4 zoekdocumenten van ondernemingen die niet meer bestaan.</translation>
    </message>
    <message>
        <source>The search index matches the data.</source>
        <translation>De zoekindex klopt met de gegevens.</translation>
    </message>
    <message>
        <source>Nothing was repaired (--dry-run); run it without to repair.</source>
        <translation>Niets hersteld (--dry-run); voer de opdracht zonder --dry-run uit om te herstellen.</translation>
    </message>
    <message>
        <source>Repaired: the search index matches the data again.</source>
        <translation>Hersteld: de zoekindex klopt weer met de gegevens.</translation>
    </message>
    <message>
        <source>The set taken along is removed from this computer, with its key.</source>
        <translation>De meegenomen set is van deze computer verwijderd, met zijn sleutel.</translation>
    </message>
    <message>
        <source>Taken along to %1 (encrypted; the key is in this computer&apos;s password store):</source>
        <translation>Meegenomen naar %1 (versleuteld; de sleutel staat in de wachtwoordkluis van deze computer):</translation>
    </message>
    <message>
        <source>With the lookups and the knowledge base: %1 rows. %2 s.</source>
        <translation>Met de keuzelijsten en de kennisbank: %1 rijen. %2 s.</translation>
    </message>
    <message>
        <source>Not synchronised: %1 records were changed both here and on the server.</source>
        <translation>Niet gesynchroniseerd: %1 gegevens zijn zowel hier als op de server gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose with --keep mine (offline) or --keep theirs (server).</source>
        <translation>Er is niets weggeschreven. Kies met --keep mine (offline) of --keep theirs (server).</translation>
    </message>
    <message>
        <source>The previous attempt had reached the server; nothing was sent twice.</source>
        <translation>De vorige poging had de server bereikt; er is niets dubbel verzonden.</translation>
    </message>
    <message>
        <source>Sent to the server:</source>
        <translation>Naar de server verzonden:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>%1 made offline (here %2) is now number %3.</source>
        <translation>%1 offline gemaakt (hier %2) heeft nu nummer %3.</translation>
    </message>
    <message>
        <source>Received from the server:</source>
        <translation>Van de server ontvangen:</translation>
    </message>
    <message>
        <source>No longer in the set:</source>
        <translation>Niet meer in de set:</translation>
    </message>
    <message>
        <source>Merged field by field: %1. The set now holds %2 rows, the same as on the server.</source>
        <translation>Samengevoegd per veld: %1. De set bevat nu %2 rijen, evenveel als op de server.</translation>
    </message>
    <message>
        <source>%1: removed on the server, changed here</source>
        <translation>%1: verwijderd op de server, hier gewijzigd</translation>
    </message>
    <message>
        <source>%1: archived on the server, changed here</source>
        <translation>%1: gearchiveerd op de server, hier gewijzigd</translation>
    </message>
    <message>
        <source>%1: here %2, on the server %3</source>
        <translation>%1: hier %2, op de server %3</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Briefing</source>
        <translation>Gespreksvoorbereiding</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>This company is archived.</source>
        <translation>Deze onderneming is gearchiveerd.</translation>
    </message>
    <message>
        <source>No account manager is assigned.</source>
        <translation>Er is geen accountmanager toegewezen.</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <source>There are no open agreements.</source>
        <translation>Er staan geen afspraken open.</translation>
    </message>
    <message>
        <source>For the municipality</source>
        <translation>Voor de gemeente</translation>
    </message>
    <message>
        <source>For the entrepreneur</source>
        <translation>Voor de ondernemer</translation>
    </message>
    <message>
        <source>For a third party</source>
        <translation>Voor een derde</translation>
    </message>
    <message>
        <source>{count} of the {party}</source>
        <translation>{count} van de {party}</translation>
    </message>
    <message>
        <source>{agreements} past the due date: {split}; the oldest since {date}.</source>
        <translation>{agreements} over de uiterste datum: {split}; de oudste sinds {date}.</translation>
    </message>
    <message>
        <source>agreement is</source>
        <translation>afspraak is</translation>
    </message>
    <message>
        <source>agreements are</source>
        <translation>afspraken zijn</translation>
    </message>
    <message>
        <source>{agreements} be carried out within {days} days.</source>
        <translation>{agreements} binnen {days} dagen zijn uitgevoerd.</translation>
    </message>
    <message>
        <source>agreement must</source>
        <translation>afspraak moet</translation>
    </message>
    <message>
        <source>agreements must</source>
        <translation>afspraken moeten</translation>
    </message>
    <message>
        <source>{count} for the {party}</source>
        <translation>{count} voor de {party}</translation>
    </message>
    <message>
        <source>{agreements} open: {split}.</source>
        <translation>{agreements} open: {split}.</translation>
    </message>
    <message>
        <source>agreement is</source>
        <comment>open</comment>
        <translation>afspraak staat</translation>
    </message>
    <message>
        <source>agreements are</source>
        <comment>open</comment>
        <translation>afspraken staan</translation>
    </message>
    <message>
        <source>Contact moments in the past twelve months</source>
        <translation>Contactmomenten in de afgelopen twaalf maanden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject and report</source>
        <translation>Onderwerp en verslag</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>No contact recorded since {date}.</source>
        <translation>Geen contact vastgelegd sinds {date}.</translation>
    </message>
    <message>
        <source>No contact with this company has been recorded yet.</source>
        <translation>Er is nog geen contact met deze onderneming vastgelegd.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} geleden</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Last contact: {date} ({when}), {channel} about “{subject}”.</source>
        <translation>Laatste contact: {date} ({when}), {channel} over “{subject}”.</translation>
    </message>
    <message>
        <source>{moments} in the past twelve months.</source>
        <translation>{moments} in de afgelopen twaalf maanden.</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>Signals and observations in the past twelve months</source>
        <translation>Meldingen en waarnemingen in de afgelopen twaalf maanden</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>No signals about this company.</source>
        <translation>Geen meldingen over deze onderneming.</translation>
    </message>
    <message>
        <source>The {shown} newest of {count} signals in this period.</source>
        <translation>De {shown} nieuwste van {count} meldingen in deze periode.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Advice or action</source>
        <translation>Advies of actie</translation>
    </message>
    <message>
        <source>Spoke with {name}</source>
        <translation>Gesproken met {name}</translation>
    </message>
    <message>
        <source>No observations by supervisors at this company.</source>
        <translation>Geen waarnemingen van toezichthouders bij deze onderneming.</translation>
    </message>
    <message>
        <source>The {shown} newest of {count} observations in this period.</source>
        <translation>De {shown} nieuwste van {count} waarnemingen in deze periode.</translation>
    </message>
    <message>
        <source>signal about this company is</source>
        <translation>melding over deze onderneming is</translation>
    </message>
    <message>
        <source>signals about this company are</source>
        <translation>meldingen over deze onderneming zijn</translation>
    </message>
    <message>
        <source>{signals} still being handled, {late} of them past the target date.</source>
        <translation>{signals} nog in behandeling, waarvan {late} over de termijn.</translation>
    </message>
    <message>
        <source>{signals} still being handled.</source>
        <translation>{signals} nog in behandeling.</translation>
    </message>
    <message>
        <source>Related ambitions</source>
        <translation>Gerelateerde ambities</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>The company is not involved in actions of the ambition plan.</source>
        <translation>De onderneming is niet betrokken bij acties van het ambitiedocument.</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Identity on documents not yet set up by the administrator</source>
        <translation>Huisstijl nog niet ingesteld door de beheerder</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Pagina {page} van {total}</translation>
    </message>
    <message>
        <source>Conversation report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <source>We trust this informs you well. If anything in this report is not right, please let us know within two weeks.</source>
        <translation>Wij vertrouwen erop u hiermee goed te hebben geïnformeerd. Klopt er iets niet in dit verslag, laat het ons dan binnen twee weken weten.</translation>
    </message>
    <message>
        <source>we visited you</source>
        <translation>bezochten wij u</translation>
    </message>
    <message>
        <source>we spoke with you on the phone</source>
        <translation>spraken wij u telefonisch</translation>
    </message>
    <message>
        <source>we were in touch with you by e-mail</source>
        <translation>hadden wij per e-mail contact met u</translation>
    </message>
    <message>
        <source>you spoke with us at the desk</source>
        <translation>sprak u ons aan de balie</translation>
    </message>
    <message>
        <source>we spoke with you during our round</source>
        <translation>spraken wij u tijdens onze ronde</translation>
    </message>
    <message>
        <source>we met with you</source>
        <translation>hadden wij overleg met u</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Ons kenmerk</translation>
    </message>
    <message>
        <source>On {date} {how}. In this report you can read what we discussed and which agreements we made.</source>
        <translation>Op {date} {how}. In dit verslag leest u wat wij hebben besproken en welke afspraken wij hebben gemaakt.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>On behalf of the municipality</source>
        <translation>Namens de gemeente</translation>
    </message>
    <message>
        <source>On behalf of the company</source>
        <translation>Namens de onderneming</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>No report of this conversation was recorded.</source>
        <translation>Van dit gesprek is geen verslag vastgelegd.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No agreements were made in this conversation.</source>
        <translation>In dit gesprek zijn geen afspraken gemaakt.</translation>
    </message>
    <message>
        <source>for the attention of {name}</source>
        <translation>t.a.v. {name}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Beste {name},</translation>
    </message>
    <message>
        <source>Dear {names} and {last},</source>
        <translation>Beste {names} en {last},</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Geachte heer, mevrouw,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>{days} te laat</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>op {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>afgesproken op {date}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>toelichting: {note}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Main establishment</source>
        <translation>Hoofdvestiging</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Werkzame personen</translation>
    </message>
    <message>
        <source>This company was archived on {date}.</source>
        <translation>Deze onderneming is gearchiveerd op {date}.</translation>
    </message>
    <message>
        <source>establishment no. {number}</source>
        <translation>vestigingsnr. {number}</translation>
    </message>
    <message>
        <source>main establishment</source>
        <translation>hoofdvestiging</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No establishments registered.</source>
        <translation>Geen vestigingen geregistreerd.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>No contact persons registered.</source>
        <translation>Geen contactpersonen geregistreerd.</translation>
    </message>
    <message>
        <source>Signals ({count})</source>
        <translation>Meldingen ({count})</translation>
    </message>
    <message>
        <source>There are no signals about this company.</source>
        <translation>Er zijn geen meldingen over deze onderneming.</translation>
    </message>
    <message>
        <source>Municipality: {names}</source>
        <translation>Gemeente: {names}</translation>
    </message>
    <message>
        <source>Company: {names}</source>
        <translation>Onderneming: {names}</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>No report recorded.</source>
        <translation>Geen verslag vastgelegd.</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Ondernemersdossier</translation>
    </message>
    <message>
        <source>As it stands on {date}.</source>
        <translation>Stand van zaken op {date}.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Agreements ({count})</source>
        <translation>Afspraken ({count})</translation>
    </message>
    <message>
        <source>{agreements} open; open agreements are at the top.</source>
        <translation>{agreements} open; open afspraken staan bovenaan.</translation>
    </message>
    <message>
        <source>No agreements have been recorded.</source>
        <translation>Er zijn geen afspraken vastgelegd.</translation>
    </message>
    <message>
        <source>Contact moments ({count})</source>
        <translation>Contactmomenten ({count})</translation>
    </message>
    <message>
        <source>Why we enforce here</source>
        <translation>Waarom wij hier handhaven</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Per gebied</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>Per straat</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} tot en met {end}</translation>
    </message>
    <message>
        <source>In this period {signals} signals came in and our supervisors made {observations} observations. Below is where they pile up: that is where we put supervision and enforcement first.</source>
        <translation>In deze periode kwamen {signals} meldingen binnen en deden onze toezichthouders {observations} waarnemingen. Hieronder staat waar die zich ophopen: daar zetten wij toezicht en handhaving als eerste in.</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Waar of wat</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>No signals or observations in this period.</source>
        <translation>Geen meldingen of waarnemingen in deze periode.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Verloop per week</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction by area</source>
        <translation>Tevredenheid van melders per gebied</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction by category</source>
        <translation>Tevredenheid van melders per categorie</translation>
    </message>
    <message>
        <source>No reactions to signals in an area.</source>
        <translation>Geen reacties op meldingen in een gebied.</translation>
    </message>
    <message>
        <source>No reactions.</source>
        <translation>Geen reacties.</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction</source>
        <translation>Tevredenheid van melders</translation>
    </message>
    <message>
        <source>1 reporter reacted</source>
        <translation>reageerde 1 melder</translation>
    </message>
    <message>
        <source>{count} reporters reacted</source>
        <translation>reageerden {count} melders</translation>
    </message>
    <message>
        <source>In this period {reacted} to the handling of their signal. Satisfied: {satisfied} of {reactions} ({share}).</source>
        <translation>In deze periode {reacted} op de afhandeling van hun melding. Tevreden: {satisfied} van de {reactions} ({share}).</translation>
    </message>
    <message>
        <source>No reactions of reporters to the handling were recorded in this period.</source>
        <translation>In deze periode zijn geen reacties van melders op de afhandeling vastgelegd.</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Share satisfied</source>
        <translation>Aandeel tevreden</translation>
    </message>
    <message>
        <source>Feedback on your report</source>
        <translation>Terugkoppeling op uw melding</translation>
    </message>
    <message>
        <source>Signal {number}</source>
        <translation>Melding {number}</translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation>De melder</translation>
    </message>
    <message>
        <source>by e-mail: {address}</source>
        <translation>per e-mail: {address}</translation>
    </message>
    <message>
        <source>Your report about {category}</source>
        <translation>Uw melding over {category}</translation>
    </message>
    <message>
        <source>Your report of</source>
        <translation>Uw melding van</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Uw melding</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>letter</comment>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>If you have any questions about your report, please contact us and quote the reference {number}.</source>
        <translation>Hebt u nog vragen over uw melding, neem dan contact met ons op en noem het kenmerk {number}.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Informatieblad</translation>
    </message>
    <message>
        <source>Expired: valid up to and including {date}; this answer no longer holds</source>
        <translation>Verlopen: gold tot en met {date}; dit antwoord geldt niet meer</translation>
    </message>
    <message>
        <source>Valid only from {date}</source>
        <translation>Geldt pas vanaf {date}</translation>
    </message>
    <message>
        <source>Valid up to and including {date}</source>
        <translation>Geldt tot en met {date}</translation>
    </message>
    <message>
        <source>Valid until further notice</source>
        <translation>Geldt tot nader bericht</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Meer informatie</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>This information was printed on {date}. Rules sometimes change quickly; when in doubt, ask the business desk how things stand now.</source>
        <translation>Deze informatie is afgedrukt op {date}. Regels veranderen soms snel; vraag bij twijfel het ondernemersloket naar de actuele stand.</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>Inzage persoonsgegevens</translation>
    </message>
    <message>
        <source>Overview of the personal data {municipality} keeps in Ondernemersdesk, made on {moment} by {official}.</source>
        <translation>Overzicht van de persoonsgegevens die {municipality} in Ondernemersdesk bewaart, gemaakt op {moment} door {official}.</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>Gezocht op</translation>
    </message>
    <message>
        <source>No data about this person was found.</source>
        <translation>Er zijn geen gegevens over deze persoon gevonden.</translation>
    </message>
    <message>
        <source>Every change of these data: when, by whom, from which value to which.</source>
        <translation>Elke wijziging van deze gegevens: wanneer, door wie, van welke waarde naar welke.</translation>
    </message>
    <message>
        <source>This overview was made on {date} under article 15 of the General Data Protection Regulation (GDPR). If any data is not right, or you want it erased, please contact the municipality.</source>
        <translation>Dit overzicht is gemaakt op {date} op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG). Kloppen gegevens niet, of wilt u dat ze worden gewist, neem dan contact op met de gemeente.</translation>
    </message>
    <message>
        <source>Report of our conversation of {day}</source>
        <translation>Verslag van ons gesprek van {day}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,

Please find attached the report of our conversation of {day} with {company}. Is anything not right, or is an agreement missing? Let us know by replying to this e-mail.

Kind regards,

{signed}</source>
        <translation>Geachte heer, mevrouw,

Hierbij ontvangt u het verslag van ons gesprek van {day} met {company}. Klopt er iets niet, of mist u een afspraak? Laat het ons weten door op deze e-mail te antwoorden.

Met vriendelijke groet,

{signed}</translation>
    </message>
    <message>
        <source>Supervision daily report {day}</source>
        <translation>Dagrapport toezicht {day}</translation>
    </message>
    <message>
        <source>Please find attached the supervision daily report of {day}: the rounds, observations, conversations and agreements of that day, as a PDF.

Kind regards,

Supervision {municipality}
</source>
        <translation>Hierbij het dagrapport toezicht van {day}: de rondes, waarnemingen, gesprekken en afspraken van die dag, als PDF in de bijlage.

Met vriendelijke groet,

Toezicht {municipality}
</translation>
    </message>
    <message>
        <source>Supervision daily report</source>
        <translation>Dagrapport toezicht</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>Rapportage toezicht</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>agreement made</source>
        <translation>afspraak gemaakt</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nodig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>spoke with {name}</source>
        <translation>gesproken met {name}</translation>
    </message>
    <message>
        <source>No observations.</source>
        <translation>Geen waarnemingen.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Follow-up still needed</source>
        <translation>Vervolg nog nodig</translation>
    </message>
    <message>
        <source>No rounds were walked on this day.</source>
        <translation>Op deze dag zijn geen rondes gelopen.</translation>
    </message>
    <message>
        <source>Without an area</source>
        <translation>Zonder gebied</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Company or place</source>
        <translation>Onderneming of plek</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>No conversations were held.</source>
        <translation>Er zijn geen gesprekken gevoerd.</translation>
    </message>
    <message>
        <source>No agreements were made.</source>
        <translation>Er zijn geen afspraken gemaakt.</translation>
    </message>
    <message>
        <source>Total by category</source>
        <translation>Totaal per categorie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>On their rounds our supervisors are also a point of contact for entrepreneurs. In this overview you can read what they saw at your company in the period {period}, what advice they gave and which agreements we made with you. So you can take action yourself where needed.</source>
        <translation>Onze toezichthouders zijn tijdens hun rondes ook een aanspreekpunt voor ondernemers. In dit overzicht leest u wat zij in de periode van {period} bij uw onderneming hebben gezien, welk advies zij gaven en welke afspraken wij met u hebben gemaakt. Zo kunt u zelf waar nodig actie ondernemen.</translation>
    </message>
    <message>
        <source>{observations} in this period.</source>
        <translation>{observations} in deze periode.</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>waarneming</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>waarnemingen</translation>
    </message>
    <message>
        <source>No observations were made at your company in this period.</source>
        <translation>In deze periode zijn bij uw onderneming geen waarnemingen gedaan.</translation>
    </message>
    <message>
        <source>No agreements were made with you in this period.</source>
        <translation>In deze periode zijn geen afspraken met u gemaakt.</translation>
    </message>
    <message>
        <source>If you have questions about this overview, please contact the business desk.</source>
        <translation>Hebt u vragen over dit overzicht, neem dan contact op met het ondernemersloket.</translation>
    </message>
    <message>
        <source>Ambition document</source>
        <translation>Ambitiedocument</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>Monitoringsrapportage</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>{state} on {date}</source>
        <translation>{state} op {date}</translation>
    </message>
    <message>
        <source>version {number}, {state}</source>
        <translation>versie {number}, {state}</translation>
    </message>
    <message>
        <source>{name} (civil service)</source>
        <translation>{name} (ambtelijk)</translation>
    </message>
    <message>
        <source>{name} (political)</source>
        <translation>{name} (bestuurlijk)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kartrekker</translation>
    </message>
    <message>
        <source>not appointed yet</source>
        <translation>nog niet benoemd</translation>
    </message>
    <message>
        <source>Path to the target</source>
        <translation>Pad naar het doel</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>respondenten</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideeën</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>This ambition document has no ambitions yet.</source>
        <translation>Dit ambitiedocument heeft nog geen ambities.</translation>
    </message>
    <message>
        <source>Ideas that do not belong to an ambition yet</source>
        <translation>Ideeën die nog niet bij een ambitie horen</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Every idea is linked to an ambition.</source>
        <translation>Elk idee is aan een ambitie gekoppeld.</translation>
    </message>
    <message>
        <source>The co-creation in figures</source>
        <translation>De co-creatie in cijfers</translation>
    </message>
    <message>
        <source>{respondents} gave {ideas} between them; {linked} of them is worked into the ambitions.</source>
        <translation>{respondents} gaven samen {ideas}; {linked} daarvan is verwerkt in de ambities.</translation>
    </message>
    <message>
        <source>{respondents} gave {ideas} between them; {linked} of them are worked into the ambitions.</source>
        <translation>{respondents} gaven samen {ideas}; {linked} daarvan zijn verwerkt in de ambities.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>No input has been recorded yet.</source>
        <translation>Er is nog geen inbreng vastgelegd.</translation>
    </message>
    <message>
        <source>no input linked yet</source>
        <translation>nog geen inbreng gekoppeld</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>nog geen acties</translation>
    </message>
    <message>
        <source>{done} of {counted} done, {late} overdue</source>
        <translation>{done} van {counted} afgerond, {late} te laat</translation>
    </message>
    <message>
        <source>{done} of {counted} done</source>
        <translation>{done} van {counted} afgerond</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Inbreng</translation>
    </message>
    <message>
        <source>No actions have been planned for this ambition yet.</source>
        <translation>Voor deze ambitie zijn nog geen acties gepland.</translation>
    </message>
    <message>
        <source>With: {companies}</source>
        <translation>Met: {companies}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <source>{plan} · period {period}</source>
        <translation>{plan} · periode {period}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand op</translation>
    </message>
    <message>
        <source>{date} (the last day of the period)</source>
        <translation>{date} (de laatste dag van de periode)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>geen indicatoren</translation>
    </message>
    <message>
        <source>{count}, {percent}% of them done</source>
        <translation>{count}, waarvan {percent}% afgerond</translation>
    </message>
    <message>
        <source>Actions done from {period}</source>
        <translation>Acties afgerond van {period}</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Acties te laat</translation>
    </message>
    <message>
        <source>Actions planned or in progress</source>
        <translation>Acties gepland of in uitvoering</translation>
    </message>
    <message>
        <source>{done}/{counted} done</source>
        <translation>{done}/{counted} afgerond</translation>
    </message>
    <message>
        <source>No indicators have been recorded yet.</source>
        <translation>Er zijn nog geen indicatoren vastgelegd.</translation>
    </message>
    <message>
        <source>{ambition} · counted from the data in the application</source>
        <translation>{ambition} · geteld uit de gegevens van de applicatie</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} op {date}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>trend {trend}</source>
        <translation>trend {trend}</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Laatste waarde</translation>
    </message>
    <message>
        <source>no measurement yet</source>
        <translation>nog geen meting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Expected on the target date</source>
        <translation>Verwacht op de streefdatum</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Actions working on this</source>
        <translation>Acties die hieraan werken</translation>
    </message>
    <message>
        <source>no action names this indicator</source>
        <translation>geen actie noemt deze indicator</translation>
    </message>
    <message>
        <source>Done in the period</source>
        <translation>Afgerond in de periode</translation>
    </message>
    <message>
        <source>No action was done in this period.</source>
        <translation>In deze periode is geen actie afgerond.</translation>
    </message>
    <message>
        <source>No actions overdue.</source>
        <translation>Geen acties te laat.</translation>
    </message>
    <message>
        <source>Planned or in progress</source>
        <translation>Gepland of in uitvoering</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>Geen acties gepland.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <source>The server {path} does not offer encrypted connections, and your IT department requires encryption on this computer: nothing was sent. Ask your administrator to switch SSL on at the server.</source>
        <translation>De server {path} biedt geen versleutelde verbindingen, en je IT-afdeling vereist versleuteling op deze computer: er is niets verzonden. Vraag je beheerder SSL op de server aan te zetten.</translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation>Een andere verbinding heeft al deze naam.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file.</source>
        <translation>Dit is een map; kies een bestand.</translation>
    </message>
    <message>
        <source>A server name has no spaces or slashes.</source>
        <translation>Een servernaam bevat geen spaties of schuine strepen.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Een poort is een getal van 1 tot en met 65535.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database address.</source>
        <translation>&apos;{url}&apos; is geen databaseadres.</translation>
    </message>
    <message>
        <source>Only SQLite files and PostgreSQL servers are supported, not &apos;{kind}&apos;.</source>
        <translation>Alleen SQLite-bestanden en PostgreSQL-servers worden ondersteund, niet &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist and cannot be created.</source>
        <translation>De map {path} bestaat niet en kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The file {path} is not an Ondernemersdesk database.</source>
        <translation>Het bestand {path} is geen Ondernemersdesk-database.</translation>
    </message>
    <message>
        <source>The database {path} is read-only: changes cannot be saved.</source>
        <translation>De database {path} is alleen-lezen: wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened.</source>
        <translation>Het databasebestand {path} kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The server {path} runs PostgreSQL {version}, which is too old: Ondernemersdesk needs PostgreSQL {minimum} or newer. Ask your administrator to upgrade the server.</source>
        <translation>De server {path} draait PostgreSQL {version}; dat is te oud: Ondernemersdesk heeft PostgreSQL {minimum} of nieuwer nodig. Vraag de beheerder de server bij te werken.</translation>
    </message>
    <message>
        <source>Your login may not do this in the database {path}. Ask your administrator.</source>
        <translation>Uw inlognaam mag dit niet in de database {path}. Vraag het de beheerder.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Try again in a moment.</source>
        <translation>De database {path} is in gebruik door een ander programma. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Make room, then try again.</source>
        <translation>De schijf met {path} is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>In the address {url} the part after &apos;?&apos; would be read as options, and another file opened.</source>
        <translation>In het adres {url} wordt het deel na &apos;?&apos; als opties gelezen, en dan gaat een ander bestand open.</translation>
    </message>
    <message>
        <source>In the address {url} the part after &apos;?&apos; would be read as options, and another file opened. If &apos;?&apos; is part of the file&apos;s name, give the address as {address}</source>
        <translation>In het adres {url} wordt het deel na &apos;?&apos; als opties gelezen, en dan gaat een ander bestand open. Hoort het &apos;?&apos; bij de naam van het bestand, geef dan als adres {address}</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not an Ondernemersdesk database. Choose another file, or restore a backup.</source>
        <translation>Het bestand {path} is leeg: het is geen Ondernemersdesk-database. Kies een ander bestand, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>The database {path} may be written, but its companion file {companion} may not, so the database would open read-only. Make {companion} writable (or ask whoever owns it), then open the database again.</source>
        <translation>De database {path} mag worden beschreven, maar het bijbehorende bestand {companion} niet, zodat de database alleen-lezen zou openen. Maak {companion} beschrijfbaar (of vraag dat aan de eigenaar ervan) en open de database opnieuw.</translation>
    </message>
    <message>
        <source>The file {path} may not be written here.</source>
        <translation>Het bestand {path} mag hier niet worden geschreven.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written.</source>
        <translation>Het bestand {path} kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The server {path} does not offer encrypted (SSL) connections, but this connection requires them. Choose another SSL mode or ask your administrator to switch SSL on.</source>
        <translation>De server {path} biedt geen versleutelde (SSL-)verbindingen aan, maar deze verbinding vereist dat. Kies een andere instelling voor versleuteling of vraag de beheerder SSL aan te zetten.</translation>
    </message>
    <message>
        <source>The server {path} only accepts encrypted connections: choose &apos;Required&apos; for Encryption (SSL).</source>
        <translation>De server {path} accepteert alleen versleutelde verbindingen: kies &apos;Vereist&apos; bij Versleuteling (SSL).</translation>
    </message>
    <message>
        <source>The identity of server {path} could not be verified: its SSL certificate is not trusted on this computer. Ask your administrator.</source>
        <translation>De identiteit van server {path} kon niet worden gecontroleerd: het SSL-certificaat wordt op deze computer niet vertrouwd. Vraag het aan de beheerder.</translation>
    </message>
    <message>
        <source>The server {path} does not let this login connect from this computer. Ask your administrator.</source>
        <translation>De server {path} staat deze gebruikersnaam niet toe vanaf deze computer. Vraag het aan de beheerder.</translation>
    </message>
    <message>
        <source>The server {path} refused the user name or password.</source>
        <translation>De server {path} weigert de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged. Do not go on working in it: restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.</source>
        <translation>Het databasebestand {path} is beschadigd. Werk er niet verder in: zet de laatste goede back-up terug (Help, Over Ondernemersdesk: Herstellen…), of vraag uw IT-afdeling om hulp.</translation>
    </message>
    <message>
        <source>The server {path} asks for a password. Enter the password and try again.</source>
        <translation>De server {path} vraagt om een wachtwoord. Vul het wachtwoord in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server {path} does not let the login {user} sign in: the account may have been deactivated.</source>
        <translation>De server {path} laat gebruikersnaam {user} niet aanmelden: het account is misschien gedeactiveerd.</translation>
    </message>
    <message>
        <source>The server {path} does not know the login {user}.</source>
        <translation>De server {path} kent de gebruikersnaam {user} niet.</translation>
    </message>
    <message>
        <source>The server {path} is busy: it has too many connections open. Try again in a moment.</source>
        <translation>De server {path} is bezet: er staan te veel verbindingen open. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server name in {path} is not known. Check the spelling of the server&apos;s name.</source>
        <translation>De servernaam in {path} is onbekend. Controleer de spelling van de servernaam.</translation>
    </message>
    <message>
        <source>The database server {path} did not answer in time. Check the network (VPN) and the server&apos;s name.</source>
        <translation>De databaseserver {path} antwoordde niet op tijd. Controleer het netwerk (VPN) en de servernaam.</translation>
    </message>
    <message>
        <source>The database on server {path} does not exist.</source>
        <translation>De database op server {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>De databaseserver {path} is niet bereikbaar. Controleer het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>This record was changed by {who} at {when} after you opened it. Reload it to see their changes; what you typed is kept until you do.</source>
        <translation>Dit gegeven is gewijzigd door {who} op {when}, nadat u het opende. Laad het opnieuw om de wijzigingen te zien; wat u hebt ingevoerd, blijft staan tot u dat doet.</translation>
    </message>
    <message>
        <source>This company may already exist: {names}.</source>
        <translation>Deze onderneming bestaat mogelijk al: {names}.</translation>
    </message>
    <message>
        <source>A colleague saved related data at the same moment, so nothing was saved. What you typed is kept: save again.</source>
        <translation>Een collega sloeg op hetzelfde moment samenhangende gegevens op, daarom is er niets opgeslagen. Wat u hebt ingevuld blijft staan: sla opnieuw op.</translation>
    </message>
    <message>
        <source>The database refused this change: it clashes with data saved meanwhile, such as a number that must be unique. Nothing was saved; check what you typed.</source>
        <translation>De database weigert deze wijziging: die botst met gegevens die intussen zijn opgeslagen, zoals een nummer dat uniek moet zijn. Er is niets opgeslagen; controleer wat u hebt ingevuld.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Wait a moment, or close that program, then try again.</source>
        <translation>De database is in gebruik door een ander programma. Wacht even, of sluit dat programma, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file may only be read, not written. Check that the file and its folder may be written (not read-only, not on a locked drive), then try again.</source>
        <translation>Het databasebestand kan alleen gelezen worden, niet beschreven. Controleer of het bestand en de map beschreven mogen worden (niet alleen-lezen, niet op een vergrendelde schijf) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Reading or writing the disk failed. Check the disk or the network drive (is it still connected, is there room?), then try again.</source>
        <translation>Lezen of schrijven van de schijf is mislukt. Controleer de schijf of de netwerkschijf (nog verbonden? nog ruimte vrij?) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working in it, and restore the latest backup or ask IT to.</source>
        <translation>Het databasebestand is beschadigd. Werk er niet verder in en zet de laatste reservekopie terug, of vraag IT dat te doen.</translation>
    </message>
    <message>
        <source>The disk is full. Make room, then try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that it is there and may be read, then try again.</source>
        <translation>Het databasebestand kan niet worden geopend. Controleer of het er is en gelezen mag worden, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file is not a database. Choose another file, or restore a backup.</source>
        <translation>Het bestand is geen database. Kies een ander bestand, of zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>The server only reads at the moment (a standby or read-only server). Ask your administrator.</source>
        <translation>De server kan op dit moment alleen lezen (een reserve- of alleen-lezen-server). Vraag uw beheerder.</translation>
    </message>
    <message>
        <source>The server reports damaged data. Stop working and ask your administrator to restore a backup.</source>
        <translation>De server meldt beschadigde gegevens. Stop met werken en vraag uw beheerder een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>The server reports a damaged index. Ask your administrator to rebuild it (REINDEX).</source>
        <translation>De server meldt een beschadigde index. Vraag uw beheerder die opnieuw op te bouwen (REINDEX).</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Ondernemersdesk (schema {revision}). Install the newer version to open it; nothing has been changed.</source>
        <translation>Deze database is gemaakt door een nieuwere versie van Ondernemersdesk (schema {revision}). Installeer de nieuwere versie om hem te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database {path} holds the tables of another application: it is not an Ondernemersdesk database. Nothing has been changed.</source>
        <translation>De database {path} bevat de tabellen van een andere toepassing: het is geen Ondernemersdesk-database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The audit trail on the server {path} is not up to date for this version of Ondernemersdesk, so changes cannot be recorded yet. Ask your administrator to run &apos;python main.py admin migrate&apos; as the database owner.</source>
        <translation>Het logboek op de server {path} is niet bijgewerkt voor deze versie van Ondernemersdesk, dus wijzigingen kunnen nog niet worden vastgelegd. Vraag uw beheerder &apos;python main.py admin migrate&apos; uit te voeren als eigenaar van de database.</translation>
    </message>
    <message>
        <source>The database on the server {path} has schema {revision}, and this version of Ondernemersdesk needs {head}. Your login may not upgrade it: ask your administrator to upgrade the database first, as its owner, with: python main.py admin migrate --database {address} Nothing has been changed.</source>
        <translation>De database op de server {path} heeft schema {revision}, en deze versie van Ondernemersdesk heeft {head} nodig. Uw login mag de database niet bijwerken: vraag de beheerder de database eerst bij te werken, als eigenaar, met: python main.py admin migrate --database {address} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Dit gegeven bestaat niet meer.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Het aantal werkzame personen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Another company already has this KvK number.</source>
        <translation>Een andere onderneming heeft dit KvK-nummer al.</translation>
    </message>
    <message>
        <source>Another establishment already has this vestigingsnummer.</source>
        <translation>Een andere vestiging heeft dit vestigingsnummer al.</translation>
    </message>
    <message>
        <source>same KvK number</source>
        <translation>zelfde KvK-nummer</translation>
    </message>
    <message>
        <source>similar name at the same postcode</source>
        <translation>vergelijkbare naam op dezelfde postcode</translation>
    </message>
    <message>
        <source>{name} was merged into {survivor}: undo the merge to get it back as a file of its own.</source>
        <translation>{name} is samengevoegd in {survivor}: maak de samenvoeging ongedaan om het weer als eigen dossier te krijgen.</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Deze onderneming bestaat niet meer.</translation>
    </message>
    <message>
        <source>A company keeps at least one establishment; archive the company instead.</source>
        <translation>Een onderneming houdt minstens één vestiging; archiveer in plaats daarvan de onderneming.</translation>
    </message>
    <message>
        <source>No company with KvK number {kvk}.</source>
        <translation>Geen onderneming met KvK-nummer {kvk}.</translation>
    </message>
    <message>
        <source>This number was saved by Excel in scientific notation ({value}): its last digits are lost. Format the column as text in Excel and export it again.</source>
        <translation>Excel heeft dit nummer in wetenschappelijke notatie opgeslagen ({value}): de laatste cijfers zijn verloren. Maak de kolom in Excel op als tekst en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits, for example 69599084.</source>
        <translation>Een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 69599084.</translation>
    </message>
    <message>
        <source>A vestigingsnummer has exactly 12 digits, for example 000012345678.</source>
        <translation>Een vestigingsnummer heeft precies 12 cijfers, bijvoorbeeld 000012345678.</translation>
    </message>
    <message>
        <source>A Dutch postcode is four digits and two letters, for example 1234 AB.</source>
        <translation>Een postcode bestaat uit vier cijfers en twee letters, bijvoorbeeld 1234 AB.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address, for example naam@bedrijf.nl.</source>
        <translation>Dit is geen geldig e-mailadres, bijvoorbeeld naam@bedrijf.nl.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, for example 020 123 4567 or 06 12345678.</source>
        <translation>Dit is geen geldig telefoonnummer, bijvoorbeeld 020 123 4567 of 06 12345678.</translation>
    </message>
    <message>
        <source>This is not a web address, for example www.bedrijf.nl.</source>
        <translation>Dit is geen webadres, bijvoorbeeld www.bedrijf.nl.</translation>
    </message>
    <message>
        <source>A house number starts with digits, for example 12 or 12-A.</source>
        <translation>Een huisnummer begint met cijfers, bijvoorbeeld 12 of 12-A.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Maximaal {limit} tekens.</translation>
    </message>
    <message>
        <source>{value} is not a number: give the number as digits, such as 12.</source>
        <translation>{value} is geen nummer: geef het nummer in cijfers, zoals 12.</translation>
    </message>
    <message>
        <source>There is no number {value}: numbers run from 1 to {highest}. Check what was typed.</source>
        <translation>Nummer {value} bestaat niet: nummers lopen van 1 tot en met {highest}. Controleer wat er is getypt.</translation>
    </message>
    <message>
        <source>A search takes at most {limit} characters; this one has {length}. Shorten it to a few words.</source>
        <translation>Een zoekopdracht is ten hoogste {limit} tekens lang; deze heeft er {length}. Maak hem korter, een paar woorden is genoeg.</translation>
    </message>
    <message>
        <source>When did the contact take place?</source>
        <translation>Wanneer vond het contact plaats?</translation>
    </message>
    <message>
        <source>A contact moment cannot lie in the future.</source>
        <translation>Een contactmoment kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Describe what was agreed.</source>
        <translation>Beschrijf wat is afgesproken.</translation>
    </message>
    <message>
        <source>The due date lies before the contact moment.</source>
        <translation>De uiterste datum ligt vóór het contactmoment.</translation>
    </message>
    <message>
        <source>Choose the official who carries out this agreement for the municipality.</source>
        <translation>Kies de medewerker die deze afspraak voor de gemeente uitvoert.</translation>
    </message>
    <message>
        <source>This colleague is no longer active; choose another.</source>
        <translation>Deze collega is niet meer actief; kies een ander.</translation>
    </message>
    <message>
        <source>{name} was archived meanwhile. Restore the company to log contact with it; what you typed is kept.</source>
        <translation>{name} is intussen gearchiveerd. Herstel de onderneming om contact vast te leggen; wat u hebt ingevoerd, blijft staan.</translation>
    </message>
    <message>
        <source>This status cannot follow the current one.</source>
        <translation>Deze status kan niet volgen op de huidige.</translation>
    </message>
    <message>
        <source>Write down briefly what was done or why it was dropped.</source>
        <translation>Schrijf kort op wat er is gedaan of waarom de afspraak vervalt.</translation>
    </message>
    <message>
        <source>A colour is written as # and six hexadecimal digits, for example #1f5fa8.</source>
        <translation>Een kleur schrijft u als # en zes hexadecimale tekens, bijvoorbeeld #1f5fa8.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>Het logo is groter dan 2 MB; gebruik een kleinere afbeelding.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} is een map; geef de naam van het PDF-bestand op.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {folder} is not a folder.</source>
        <translation>Kan {path} niet opslaan: {folder} is geen map.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>Kan {path} niet opslaan: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot save {path}: no permission to write there, or the file is open in another program. Close it or choose another name or folder.</source>
        <translation>Kan {path} niet opslaan: geen schrijfrechten daar, of het bestand is geopend in een ander programma. Sluit het of kies een andere naam of map.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the disk is full.</source>
        <translation>Kan {path} niet opslaan: de schijf is vol.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}.</source>
        <translation>Kan {path} niet opslaan: {reason}.</translation>
    </message>
    <message>
        <source>There already is an ambition plan. Make a new version of it to change it.</source>
        <translation>Er is al een ambitiedocument. Maak er een nieuwe versie van om het te wijzigen.</translation>
    </message>
    <message>
        <source>Version {number} of the plan was adopted and can no longer be changed. Make a new version to change it; what you typed is kept.</source>
        <translation>Versie {number} van het ambitiedocument is vastgesteld en kan niet meer worden gewijzigd. Maak een nieuwe versie om het te wijzigen; wat u hebt getypt blijft bewaard.</translation>
    </message>
    <message>
        <source>On which date was the plan adopted?</source>
        <translation>Op welke datum is het ambitiedocument vastgesteld?</translation>
    </message>
    <message>
        <source>The previous version was adopted on {date}; this one cannot be earlier.</source>
        <translation>De vorige versie is vastgesteld op {date}; deze kan niet eerder zijn.</translation>
    </message>
    <message>
        <source>A plan without ambitions cannot be adopted.</source>
        <translation>Een ambitiedocument zonder ambities kan niet worden vastgesteld.</translation>
    </message>
    <message>
        <source>Version {number} is still a draft: change that one, or adopt it first.</source>
        <translation>Versie {number} is nog een concept: wijzig die, of stel haar eerst vast.</translation>
    </message>
    <message>
        <source>Version {number} is already a draft, made by {who}: change that one, or adopt it first.</source>
        <translation>Versie {number} is al een concept, gemaakt door {who}: wijzig dat concept, of stel het eerst vast.</translation>
    </message>
    <message>
        <source>Name the portfolio holder whose portfolio this is.</source>
        <translation>Noem de portefeuillehouder van wie deze portefeuille is.</translation>
    </message>
    <message>
        <source>The due date lies before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Choose an indicator of this action&apos;s ambition.</source>
        <translation>Kies een indicator van de ambitie van deze actie.</translation>
    </message>
    <message>
        <source>What value should the indicator reach?</source>
        <translation>Welke waarde moet de indicator bereiken?</translation>
    </message>
    <message>
        <source>By which date should the target be reached?</source>
        <translation>Vóór welke datum moet de streefwaarde bereikt zijn?</translation>
    </message>
    <message>
        <source>The target date must lie after the baseline date.</source>
        <translation>De streefdatum moet na de datum van de nulmeting liggen.</translation>
    </message>
    <message>
        <source>On which date was the baseline measured?</source>
        <translation>Op welke datum is de nulmeting gedaan?</translation>
    </message>
    <message>
        <source>Choose the kern whose contact moments are counted.</source>
        <translation>Kies de kern waarvan de contactmomenten worden geteld.</translation>
    </message>
    <message>
        <source>Choose the kern whose signals are counted.</source>
        <translation>Kies de kern waarvan de meldingen worden geteld.</translation>
    </message>
    <message>
        <source>The highest plausible value is below the lowest.</source>
        <translation>De hoogste aannemelijke waarde ligt onder de laagste.</translation>
    </message>
    <message>
        <source>This indicator is counted from the application&apos;s data; it takes no input.</source>
        <translation>Deze indicator wordt geteld uit de gegevens van de applicatie; u voert er niets voor in.</translation>
    </message>
    <message>
        <source>On which date was this measured?</source>
        <translation>Op welke datum is dit gemeten?</translation>
    </message>
    <message>
        <source>A measurement cannot lie in the future.</source>
        <translation>Een meting kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>Vul de gemeten waarde in.</translation>
    </message>
    <message>
        <source>{value} lies outside the plausible range of this indicator ({low} to {high}). Is it right?</source>
        <translation>{value} ligt buiten wat voor deze indicator aannemelijk is ({low} tot {high}). Klopt dit?</translation>
    </message>
    <message>
        <source>Write the question this article answers.</source>
        <translation>Schrijf de vraag die dit artikel beantwoordt.</translation>
    </message>
    <message>
        <source>Write the answer the desk can give.</source>
        <translation>Schrijf het antwoord dat de balie kan geven.</translation>
    </message>
    <message>
        <source>The article cannot expire before it becomes valid.</source>
        <translation>Het artikel kan niet verlopen voordat het geldig wordt.</translation>
    </message>
    <message>
        <source>Write down what was asked.</source>
        <translation>Schrijf op wat er werd gevraagd.</translation>
    </message>
    <message>
        <source>Choose desk, phone or e-mail.</source>
        <translation>Kies balie, telefoon of e-mail.</translation>
    </message>
    <message>
        <source>A handover needs a company: find the company first, or answer without handing over.</source>
        <translation>Overdragen kan alleen met een onderneming: zoek eerst de onderneming op, of leg de vraag vast zonder over te dragen.</translation>
    </message>
    <message>
        <source>This company has no account manager; choose a colleague.</source>
        <translation>Deze onderneming heeft geen accountmanager; kies een collega.</translation>
    </message>
    <message>
        <source>The due date lies in the past.</source>
        <translation>De uiterste datum ligt in het verleden.</translation>
    </message>
    <message>
        <source>A target handling time lies between 1 and 250 working days.</source>
        <translation>Een streeftermijn ligt tussen 1 en 250 werkdagen.</translation>
    </message>
    <message>
        <source>A category cannot lie under itself.</source>
        <translation>Een categorie kan niet onder zichzelf vallen.</translation>
    </message>
    <message>
        <source>Unknown placeholder {names}. Use one of: {known}.</source>
        <translation>Onbekend invulveld {names}. Gebruik een van: {known}.</translation>
    </message>
    <message>
        <source>Choose the category of the signal.</source>
        <translation>Kies de categorie van de melding.</translation>
    </message>
    <message>
        <source>On which day is the round?</source>
        <translation>Op welke dag is de ronde?</translation>
    </message>
    <message>
        <source>Choose who walks the round.</source>
        <translation>Kies wie de ronde loopt.</translation>
    </message>
    <message>
        <source>When was it observed?</source>
        <translation>Wanneer is het waargenomen?</translation>
    </message>
    <message>
        <source>Choose the category of the observation.</source>
        <translation>Kies de categorie van de waarneming.</translation>
    </message>
    <message>
        <source>Choose a contact person of this company, or type a name.</source>
        <translation>Kies een contactpersoon van deze onderneming, of typ een naam.</translation>
    </message>
    <message>
        <source>Say where it is: an address, an area or a company.</source>
        <translation>Geef aan waar het is: een adres, een gebied of een onderneming.</translation>
    </message>
    <message>
        <source>This observation has been followed up already.</source>
        <translation>Deze waarneming heeft al een vervolg.</translation>
    </message>
    <message>
        <source>An agreement is made with a company: link the observation to one first.</source>
        <translation>Een afspraak maak je met een onderneming: koppel de waarneming eerst aan een onderneming.</translation>
    </message>
    <message>
        <source>Choose an active official as the handler.</source>
        <translation>Kies een actieve medewerker als behandelaar.</translation>
    </message>
    <message>
        <source>A signal cannot come in later than now.</source>
        <translation>Een melding kan niet later binnenkomen dan nu.</translation>
    </message>
    <message>
        <source>To be contacted the reporter needs a phone number, an e-mail address or a postal address.</source>
        <translation>Om contact op te nemen is een telefoonnummer, e-mailadres of postadres van de melder nodig.</translation>
    </message>
    <message>
        <source>The reporter wants to be contacted: write the feedback they will get.</source>
        <translation>De melder wil teruggekoppeld worden: schrijf de terugkoppeling die de melder krijgt.</translation>
    </message>
    <message>
        <source>Write the message that tells the reporter the signal is reopened.</source>
        <translation>Schrijf het bericht dat de melder laat weten dat de melding heropend is.</translation>
    </message>
    <message>
        <source>Write down why the request to reopen is declined.</source>
        <translation>Schrijf op waarom het verzoek tot heropenen is afgewezen.</translation>
    </message>
    <message>
        <source>Write down what was done; &quot;handled&quot; alone is no answer.</source>
        <translation>Schrijf op wat er is gedaan; alleen “afgehandeld” is geen antwoord.</translation>
    </message>
    <message>
        <source>Write down what is planned.</source>
        <translation>Schrijf op wat er gepland is.</translation>
    </message>
    <message>
        <source>When will it be done?</source>
        <translation>Wanneer gebeurt het?</translation>
    </message>
    <message>
        <source>The planned date lies in the past.</source>
        <translation>De geplande datum ligt in het verleden.</translation>
    </message>
    <message>
        <source>Write down why.</source>
        <translation>Schrijf op waarom.</translation>
    </message>
    <message>
        <source>Choose at least one company to generate.</source>
        <translation>Kies minstens één onderneming om aan te maken.</translation>
    </message>
    <message>
        <source>The database already holds {count} companies. Demo data can only be generated into an empty database.</source>
        <translation>De database bevat al {count} ondernemingen. Demonstratiegegevens kunnen alleen in een lege database worden aangemaakt.</translation>
    </message>
    <message>
        <source>Generating the demo data was cancelled; nothing has been saved.</source>
        <translation>Het aanmaken van de demonstratiegegevens is geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>There is no ambition plan yet.</source>
        <translation>Er is nog geen ambitiedocument.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat zij begint.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another place and export again.</source>
        <translation>Kan {path} niet schrijven: {reason}. Kies een andere plek en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The load test needs a PostgreSQL server.</source>
        <translation>De belastingtest heeft een PostgreSQL-server nodig.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing companies.</source>
        <translation>Je rol staat het bekijken van ondernemingen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow editing companies.</source>
        <translation>Je rol staat het wijzigen van ondernemingen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing a company&apos;s change history.</source>
        <translation>Je rol staat het bekijken van de wijzigingsgeschiedenis van een onderneming niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow reading contact moments and agreements.</source>
        <translation>Je rol staat het lezen van contactmomenten en afspraken niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow recording contact moments and agreements.</source>
        <translation>Je rol staat het vastleggen van contactmomenten en afspraken niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing a company&apos;s recent contact and open agreements.</source>
        <translation>Uw rol staat niet toe het recente contact en de open afspraken van een onderneming te zien.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing signals.</source>
        <translation>Je rol staat het bekijken van meldingen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow reporting signals.</source>
        <translation>Je rol staat het registreren van meldingen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow handling signals.</source>
        <translation>Je rol staat het afhandelen van meldingen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow managing signal categories and letters.</source>
        <translation>Je rol staat het beheren van meldingscategorieën en briefsjablonen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing ambitions.</source>
        <translation>Je rol staat het bekijken van ambities niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow editing ambitions.</source>
        <translation>Je rol staat het wijzigen van ambities niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing supervision rounds.</source>
        <translation>Je rol staat het bekijken van toezichtsrondes niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow recording rounds and observations.</source>
        <translation>Je rol staat het vastleggen van rondes en waarnemingen niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow working at the desk.</source>
        <translation>Je rol staat het werken aan de balie niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow reading the knowledge base.</source>
        <translation>Je rol staat het lezen van de kennisbank niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow writing in the knowledge base.</source>
        <translation>Je rol staat het schrijven in de kennisbank niet toe.</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts.</source>
        <translation>Alleen een beheerder mag accounts beheren.</translation>
    </message>
    <message>
        <source>Only an administrator may set the municipality&apos;s identity.</source>
        <translation>Alleen een beheerder mag de huisstijl van de gemeente instellen.</translation>
    </message>
    <message>
        <source>Only an administrator may view the audit log of the whole database.</source>
        <translation>Alleen een beheerder mag het logboek van de hele database bekijken.</translation>
    </message>
    <message>
        <source>Only an administrator may inspect or erase personal data and set retention periods.</source>
        <translation>Alleen een beheerder mag persoonsgegevens inzien of wissen en bewaartermijnen instellen.</translation>
    </message>
    <message>
        <source>Your role does not allow importing company lists.</source>
        <translation>Uw rol staat het importeren van bedrijvenlijsten niet toe.</translation>
    </message>
    <message>
        <source>Your role does not allow merging duplicates or undoing a merge.</source>
        <translation>Uw rol staat samenvoegen van dubbelen en het ongedaan maken daarvan niet toe.</translation>
    </message>
    <message>
        <source>Only the kartrekker of this ambition, or an official who edits ambitions, may change its actions.</source>
        <translation>Alleen de kartrekker van deze ambitie, of een medewerker die ambities bewerkt, mag de acties ervan wijzigen.</translation>
    </message>
    <message>
        <source>Only an administrator may create and edit kernen and areas.</source>
        <translation>Alleen een beheerder mag kernen en gebieden aanmaken en bewerken.</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (at most 63), starting with a letter.</source>
        <translation>&apos;{login}&apos; kan geen inlognaam zijn: gebruik kleine letters, cijfers, &apos;.&apos;, &apos;-&apos; of &apos;_&apos; (hoogstens 63), te beginnen met een letter.</translation>
    </message>
    <message>
        <source>A new login on the server needs a password.</source>
        <translation>Een nieuwe gebruikersnaam op de server heeft een wachtwoord nodig.</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; has no account in Ondernemersdesk. Ask the administrator to create one.</source>
        <translation>De inlognaam &apos;{login}&apos; heeft geen account in Ondernemersdesk. Vraag de beheerder er een aan te maken.</translation>
    </message>
    <message>
        <source>The account &apos;{login}&apos; has been deactivated. Ask the administrator if this is a mistake.</source>
        <translation>Het account &apos;{login}&apos; is gedeactiveerd. Neem contact op met de beheerder als dit niet klopt.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Vul een inlognaam in.</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; is taken.</source>
        <translation>De inlognaam &apos;{login}&apos; is al in gebruik.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make someone else administrator first.</source>
        <translation>{name} is de laatste actieve beheerder: maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>You cannot give up your own administrator role: ask another administrator to do it.</source>
        <translation>U kunt uw eigen beheerdersrol niet opgeven: vraag een andere beheerder dat te doen.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Je eigen account kun je niet deactiveren.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator and cannot be deactivated.</source>
        <translation>{name} is de laatste actieve beheerder en kan niet worden gedeactiveerd.</translation>
    </message>
    <message>
        <source>A local database file has no passwords: the computer&apos;s own sign-in protects it.</source>
        <translation>Een lokaal databasebestand heeft geen wachtwoorden: de aanmelding op de computer beschermt het.</translation>
    </message>
    <message>
        <source>Use at least {min} characters.</source>
        <translation>Gebruik minstens {min} tekens.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Vul de volledige naam van de beheerder in.</translation>
    </message>
    <message>
        <source>This database already has an administrator ({name}); ask them to add accounts.</source>
        <translation>Deze database heeft al een beheerder ({name}); vraag die om accounts toe te voegen.</translation>
    </message>
    <message>
        <source>The database {target} already holds data ({what}). A local file can only be copied into an empty database, so that nothing on the server is mixed up or overwritten. Nothing has been changed.</source>
        <translation>De database {target} bevat al gegevens ({what}). Een lokaal bestand kan alleen naar een lege database worden gekopieerd, zodat er op de server niets door elkaar raakt of wordt overschreven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server refused a row of {what}: {detail}. Nothing has been kept on the server.</source>
        <translation>De server weigerde een rij van {what}: {detail}. Er is niets op de server bewaard.</translation>
    </message>
    <message>
        <source>A database cannot be copied into itself.</source>
        <translation>Een database kan niet naar zichzelf worden gekopieerd.</translation>
    </message>
    <message>
        <source>The local file {path} does not exist, so there is nothing to copy.</source>
        <translation>Het lokale bestand {path} bestaat niet; er is dus niets om te kopiëren.</translation>
    </message>
    <message>
        <source>The copy was cancelled. Nothing has been kept on the server.</source>
        <translation>Het kopiëren is afgebroken. Er is niets op de server bewaard.</translation>
    </message>
    <message>
        <source>The copy on the server differs from the file, so it has not been kept. The report shows which data differs.</source>
        <translation>De kopie op de server wijkt af van het bestand en is daarom niet bewaard. Het verslag laat zien welke gegevens afwijken.</translation>
    </message>
    <message>
        <source>The server could not store the copy: {detail}. Nothing has been kept on the server.</source>
        <translation>De server kon de kopie niet opslaan: {detail}. Er is niets op de server bewaard.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; already exists on this server and belongs to something else: choose another login, or ask IT.</source>
        <translation>De inlognaam &apos;{login}&apos; bestaat al op deze server en hoort bij iets anders: kies een andere inlognaam, of vraag het IT.</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; is not one of Ondernemersdesk&apos;s own logins on this server (it belongs to something else, or owns the database): IT sets its password.</source>
        <translation>De inlognaam &apos;{login}&apos; is geen eigen inlognaam van Ondernemersdesk op deze server (hij hoort bij iets anders, of is eigenaar van de database): IT stelt het wachtwoord daarvan in.</translation>
    </message>
    <message>
        <source>Accounts cannot be managed on this server yet: ask IT to run &apos;python main.py admin migrate&apos; as the database owner.</source>
        <translation>Accounts kunnen op deze server nog niet worden beheerd: vraag IT om &apos;python main.py admin migrate&apos; uit te voeren als eigenaar van de database.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Alleen een beheerder mag dit doen.</translation>
    </message>
    <message>
        <source>A retention period is between {minimum} and {maximum} months.</source>
        <translation>Een bewaartermijn ligt tussen {minimum} en {maximum} maanden.</translation>
    </message>
    <message>
        <source>Say why the data are erased (for the privacy log).</source>
        <translation>Geef aan waarom de gegevens worden gewist (voor het privacylogboek).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>Het koppelingsbestand {name} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{place} is not one of the municipality&apos;s places (kernen).</source>
        <translation>{place} is geen van de kernen van de gemeente.</translation>
    </message>
    <message>
        <source>There is no area called {area}; the row is imported without one.</source>
        <translation>Er is geen gebied {area}; de rij wordt zonder gebied geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} is not a known official; the company is imported without an account manager.</source>
        <translation>{name} is geen bekende medewerker; de onderneming wordt zonder accountmanager geïmporteerd.</translation>
    </message>
    <message>
        <source>The company has no name.</source>
        <translation>De onderneming heeft geen naam.</translation>
    </message>
    <message>
        <source>SBI code {code} is not known; the establishment is imported without one.</source>
        <translation>SBI-code {code} is onbekend; de vestiging wordt zonder SBI-code geïmporteerd.</translation>
    </message>
    <message>
        <source>The number of employees should be a whole number.</source>
        <translation>Het aantal werkzame personen moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>The status should be actief, verhuisd or gesloten.</source>
        <translation>De status moet actief, verhuisd of gesloten zijn.</translation>
    </message>
    <message>
        <source>Write ja or nee.</source>
        <translation>Schrijf ja of nee.</translation>
    </message>
    <message>
        <source>The file holds no rows below its header.</source>
        <translation>Het bestand heeft geen rijen onder de kolomnamen.</translation>
    </message>
    <message>
        <source>There is no import number {number}.</source>
        <translation>Er is geen import met nummer {number}.</translation>
    </message>
    <message>
        <source>Import {number} has been undone already.</source>
        <translation>Import {number} is al teruggedraaid.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: {reason}</source>
        <translation>Het koppelingsbestand is geen geldige JSON: {reason}</translation>
    </message>
    <message>
        <source>The mapping file should hold an object with &quot;columns&quot;.</source>
        <translation>Het koppelingsbestand moet een object met &quot;columns&quot; bevatten.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field: {field}.</source>
        <translation>De koppeling noemt een onbekend veld: {field}.</translation>
    </message>
    <message>
        <source>The columns &quot;{first}&quot; and &quot;{second}&quot; are both mapped to {field}. Map each field once.</source>
        <translation>De kolommen &quot;{first}&quot; en &quot;{second}&quot; zijn allebei gekoppeld aan {field}. Koppel elk veld één keer.</translation>
    </message>
    <message>
        <source>Map a column to the company name (or the trade name): every company needs one.</source>
        <translation>Koppel een kolom aan de bedrijfsnaam (of de handelsnaam): elke onderneming heeft er een nodig.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Het bestand {name} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: it may still be open in Excel. Close it there and try again.</source>
        <translation>Het bestand {name} kan niet worden geopend: misschien is het nog geopend in Excel. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Het bestand {name} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Het bestand {name} is leeg.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password or is an old Excel file (.xls). Open it in Excel, remove the password and save it as .xlsx or .csv.</source>
        <translation>Het bestand {name} is beveiligd met een wachtwoord of is een oud Excel-bestand (.xls). Open het in Excel, haal het wachtwoord weg en sla het op als .xlsx of .csv.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet, a CSV file or a KvK JSON file. Choose an .xlsx, .csv, .txt or .json file.</source>
        <translation>Het bestand {name} is geen spreadsheet, CSV-bestand of KvK-JSON-bestand. Kies een .xlsx-, .csv-, .txt- of .json-bestand.</translation>
    </message>
    <message>
        <source>No header row was found in {name}: the first rows should hold the names of the columns (such as Bedrijfsnaam, KvK-nummer, Postcode).</source>
        <translation>In {name} is geen rij met kolomnamen gevonden: de eerste rijen horen de namen van de kolommen te bevatten (zoals Bedrijfsnaam, KvK-nummer, Postcode).</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read: a cell holds more than {limit} characters. Is this a company list?</source>
        <translation>Regel {line} van {name} kan niet worden gelezen: een cel bevat meer dan {limit} tekens. Is dit wel een lijst met bedrijven?</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read: {reason}</source>
        <translation>Regel {line} van {name} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The file {name} holds no KvK establishments (vestigingen).</source>
        <translation>Het bestand {name} bevat geen KvK-vestigingen.</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not {name}.</source>
        <translation>Exporteer naar een bestand dat eindigt op .xlsx of .csv, niet {name}.</translation>
    </message>
    <message>
        <source>Cannot write {name}: it is open in another program, or the folder may not be written to. Close it, or choose another place and export again.</source>
        <translation>Kan {name} niet schrijven: het is geopend in een ander programma, of in de map mag niet worden geschreven. Sluit het, of kies een andere plek en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {reason}. Choose another place and export again.</source>
        <translation>Kan {name} niet schrijven: {reason}. Kies een andere plek en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>More than {limit} rows do not fit in Excel: export to .csv, or filter.</source>
        <translation>Meer dan {limit} rijen passen niet in Excel: exporteer naar .csv, of filter.</translation>
    </message>
    <message>
        <source>{name} was itself merged into another record; merge into that one.</source>
        <translation>{name} is zelf al samengevoegd in een ander gegeven; voeg samen in dat gegeven.</translation>
    </message>
    <message>
        <source>{who} already merged {name} into {survivor} at {when}.</source>
        <translation>{who} heeft {name} al samengevoegd in {survivor} op {when}.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Een gegeven kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <source>{survivor} is archived and {name} is not: merging would archive what is active. Merge the other way round, or confirm that this is what you want.</source>
        <translation>{survivor} is gearchiveerd en {name} niet: samenvoegen zou archiveren wat actief is. Voeg andersom samen, of bevestig dat u dit wilt.</translation>
    </message>
    <message>
        <source>{who} already undid this merge at {when}.</source>
        <translation>{who} heeft dit samenvoegen al ongedaan gemaakt op {when}.</translation>
    </message>
    <message>
        <source>This merge cannot be undone: the records were changed since.</source>
        <translation>Dit samenvoegen kan niet ongedaan worden gemaakt: de gegevens zijn sindsdien gewijzigd.</translation>
    </message>
    <message>
        <source>{survivor} was merged into {later} after this merge: undo that merge first.</source>
        <translation>{survivor} is hierna samengevoegd in {later}: maak dat samenvoegen eerst ongedaan.</translation>
    </message>
    <message>
        <source>This merge cannot be undone: {survivor} has the KvK number {kvk} of {name} since, and a KvK number belongs to one company. Change it there first.</source>
        <translation>Dit samenvoegen kan niet ongedaan worden gemaakt: {survivor} heeft sindsdien het KvK-nummer {kvk} van {name}, en een KvK-nummer hoort bij één onderneming. Wijzig het daar eerst.</translation>
    </message>
    <message>
        <source>A record cannot be compared with itself.</source>
        <translation>Een gegeven kan niet met zichzelf worden vergeleken.</translation>
    </message>
    <message>
        <source>Only a local database file is backed up here; a server is backed up by its administrator (pg_dump).</source>
        <translation>Hier wordt alleen een lokaal databasebestand geback-upt; van een server maakt de beheerder de back-up (pg_dump).</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>Het databasebestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The database {path} could not be copied: it may be damaged.</source>
        <translation>De database {path} kon niet worden gekopieerd: mogelijk is hij beschadigd.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read.</source>
        <translation>De back-up {path} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file {path} is not a backup of an Ondernemersdesk database.</source>
        <translation>Het bestand {path} is geen back-up van een Ondernemersdesk-database.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>Ook de back-up {path} is beschadigd; kies een oudere.</translation>
    </message>
    <message>
        <source>The letter still contains {names}: fill it in or take it out.</source>
        <translation>De brief bevat nog {names}: vul het in of haal het weg.</translation>
    </message>
    <message>
        <source>The sentence “{sentence}” is missing something: write what was found, done or planned, or change the letter.</source>
        <translation>De zin “{sentence}” mist iets: schrijf op wat er is aangetroffen, gedaan of gepland, of pas de brief aan.</translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar.</source>
        <translation>“{text}” is geen dag van de kalender.</translation>
    </message>
    <message>
        <source>“{text}” cannot be read as a date. Type for example 15-12-2026, 15 dec, morgen or +7.</source>
        <translation>Ik kan “{text}” niet lezen als datum. Typ bijvoorbeeld 15-12-2026, 15 dec, morgen of +7.</translation>
    </message>
    <message>
        <source>This file is not an e-mail message.</source>
        <translation>Dit bestand is geen e-mailbericht.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a file may hold at most {limit} MB. Make it smaller (scan at a lower resolution, compress the photo) or keep it elsewhere and note where.</source>
        <translation>{name} is {size} MB; een bestand mag ten hoogste {limit} MB zijn. Maak het kleiner (scan met een lagere resolutie, comprimeer de foto) of bewaar het elders en noteer waar.</translation>
    </message>
    <message>
        <source>The size limit is between 1 and {maximum} MB.</source>
        <translation>De maximale omvang ligt tussen 1 en {maximum} MB.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Het bestand heeft geen naam.</translation>
    </message>
    <message>
        <source>A kern lies in no other area: leave this empty.</source>
        <translation>Een kern ligt niet in een ander gebied: laat dit leeg.</translation>
    </message>
    <message>
        <source>An area cannot lie in itself or in an area inside it.</source>
        <translation>Een gebied kan niet in zichzelf liggen, of in een gebied dat erin ligt.</translation>
    </message>
    <message>
        <source>There already is an area of this name here.</source>
        <translation>Hier is al een gebied met deze naam.</translation>
    </message>
    <message>
        <source>A reporter&apos;s reaction is recorded once the signal is handled.</source>
        <translation>De reactie van een melder wordt vastgelegd als de melding is afgehandeld.</translation>
    </message>
    <message>
        <source>Choose whether the reporter is satisfied.</source>
        <translation>Kies of de melder tevreden is.</translation>
    </message>
    <message>
        <source>Choose one of the reasons in the list.</source>
        <translation>Kies een van de redenen uit de lijst.</translation>
    </message>
    <message>
        <source>Choose why the reporter is not satisfied.</source>
        <translation>Kies waarom de melder niet tevreden is.</translation>
    </message>
    <message>
        <source>There is no set taken along at {file}.</source>
        <translation>Er is geen meegenomen set in {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened with the key on this computer.</source>
        <translation>{file} kan niet worden geopend met de sleutel op deze computer.</translation>
    </message>
    <message>
        <source>This set was taken along by a newer version of Ondernemersdesk. Install that version to open it; nothing has been changed.</source>
        <translation>Deze set is meegenomen met een nieuwere versie van Ondernemersdesk. Installeer die versie om de set te openen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The server has a newer version of Ondernemersdesk ({server}) than this computer ({here}). Update the application first; the changes made offline are kept.</source>
        <translation>De server heeft een nieuwere versie van Ondernemersdesk ({server}) dan deze computer ({here}). Werk eerst de applicatie bij; de offline gemaakte wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>The server has an older database version ({server}); IT must update it first.</source>
        <translation>De server heeft een oudere databaseversie ({server}); ICT moet die eerst bijwerken.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another file or hand that set in first.</source>
        <translation>{file} bestaat al; kies een ander bestand of zet die set eerst terug.</translation>
    </message>
    <message>
        <source>The server refused what was made offline ({records}): a colleague may have added the same meanwhile (a KvK number or vestigingsnummer). Nothing was sent; change it here and synchronise again.</source>
        <translation>De server weigerde wat offline is gemaakt ({records}): misschien heeft een collega intussen hetzelfde toegevoegd (een KvK-nummer of vestigingsnummer). Er is niets verzonden; pas het hier aan en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>A colleague changed the same records just now; synchronise again.</source>
        <translation>Een collega wijzigde zojuist dezelfde gegevens; synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>The check after synchronising found {local} rows of {table} here and {server} on the server; nothing was changed here. Synchronise again.</source>
        <translation>De controle na het synchroniseren vond hier {local} rijen van {table} en op de server {server}; hier is niets gewijzigd. Synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>{count} changes made offline have not been synchronised yet; synchronise first, then hand the set in.</source>
        <translation>{count} offline gemaakte wijzigingen zijn nog niet gesynchroniseerd; synchroniseer eerst en zet de set daarna terug.</translation>
    </message>
    <message>
        <source>This set taken along names no official.</source>
        <translation>Deze meegenomen set noemt geen medewerker.</translation>
    </message>
    <message>
        <source>This set was taken along by another official; synchronise it with their login.</source>
        <translation>Deze set is door een andere medewerker meegenomen; synchroniseer hem met diens login.</translation>
    </message>
    <message>
        <source>There is no round {number}.</source>
        <translation>Er is geen ronde {number}.</translation>
    </message>
    <message>
        <source>Give a filter or choose the companies to take along.</source>
        <translation>Geef een filter of kies de ondernemingen die u meeneemt.</translation>
    </message>
    <message>
        <source>This computer has no password store, so a set taken along could not be kept encrypted. Ask IT for a computer with one.</source>
        <translation>Deze computer heeft geen wachtwoordkluis, dus een meegenomen set kan niet versleuteld worden bewaard. Vraag ICT om een computer met een wachtwoordkluis.</translation>
    </message>
    <message>
        <source>The password store refused the key: {reason}</source>
        <translation>De wachtwoordkluis weigerde de sleutel: {reason}</translation>
    </message>
    <message>
        <source>The key of {file} is not on this computer: a set taken along opens only on the computer (and at the place) where it was taken along.</source>
        <translation>De sleutel van {file} staat niet op deze computer: een meegenomen set opent alleen op de computer (en op de plek) waar hij is meegenomen.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>business manager</source>
        <translation>ondernemersmanager</translation>
    </message>
    <message>
        <source>policy officer</source>
        <translation>beleidsmedewerker</translation>
    </message>
    <message>
        <source>desk officer</source>
        <translation>baliemedewerker</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>toezichthouder</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>village or town</source>
        <translation>kern</translation>
    </message>
    <message>
        <source>shopping area</source>
        <translation>winkelgebied</translation>
    </message>
    <message>
        <source>business park</source>
        <translation>bedrijventerrein</translation>
    </message>
    <message>
        <source>nature area</source>
        <translation>natuurgebied</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verhuisd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>director</source>
        <translation>directeur</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>bedrijfsleider</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretaris</translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation>boekhouder</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>bezoek</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>balie</translation>
    </message>
    <message>
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>overleg</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>ondernemer</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in uitvoering</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>vastgesteld</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>business climate</source>
        <translation>vestigingsklimaat</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>bereikbaarheid</translation>
    </message>
    <message>
        <source>labour market</source>
        <translation>arbeidsmarkt</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>duurzaamheid</translation>
    </message>
    <message>
        <source>town centres</source>
        <translation>centrumgebieden</translation>
    </message>
    <message>
        <source>public sector</source>
        <translation>publieke sector</translation>
    </message>
    <message>
        <source>private sector</source>
        <translation>private sector</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>zzp</translation>
    </message>
    <message>
        <source>small or medium-sized</source>
        <translation>mkb</translation>
    </message>
    <message>
        <source>large company</source>
        <translation>groot bedrijf</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>starter</translation>
    </message>
    <message>
        <source>starting business</source>
        <translation>starter</translation>
    </message>
    <message>
        <source>established business</source>
        <translation>gevestigd</translation>
    </message>
    <message>
        <source>in writing (letter or form)</source>
        <translation>schriftelijk (brief of formulier)</translation>
    </message>
    <message>
        <source>face to face</source>
        <translation>persoonlijk gesprek</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <source>measurements entered by hand</source>
        <translation>metingen met de hand ingevoerd</translation>
    </message>
    <message>
        <source>contact moments per quarter in a kern</source>
        <translation>contactmomenten per kwartaal in een kern</translation>
    </message>
    <message>
        <source>open agreements at the end of each quarter</source>
        <translation>openstaande afspraken aan het eind van elk kwartaal</translation>
    </message>
    <message>
        <source>signals per quarter in a kern</source>
        <translation>meldingen per kwartaal in een kern</translation>
    </message>
    <message>
        <source>report by a citizen</source>
        <translation>melding van een inwoner</translation>
    </message>
    <message>
        <source>report by an entrepreneur</source>
        <translation>melding van een ondernemer</translation>
    </message>
    <message>
        <source>resident survey</source>
        <translation>bewonersenquête</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>sociale media</translation>
    </message>
    <message>
        <source>supervisor&apos;s own observation</source>
        <translation>eigen waarneming toezichthouder</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>inwoner</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>enquête</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeld</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>ingepland</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>request to reopen</source>
        <translation>verzoek tot heropenen</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>op koers</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>risico</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>uit koers</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>stijgend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>dalend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>vlak</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>nog geen trend</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>past review date</source>
        <translation>herziening verstreken</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>the reporter&apos;s name</source>
        <translation>naam van de melder</translation>
    </message>
    <message>
        <source>the signal&apos;s number</source>
        <translation>nummer van de melding</translation>
    </message>
    <message>
        <source>the date of the report</source>
        <translation>datum van de melding</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>datum van vandaag</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>de categorie</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>het adres</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>wat is aangetroffen</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>wat is gedaan</translation>
    </message>
    <message>
        <source>what is planned</source>
        <translation>wat is gepland</translation>
    </message>
    <message>
        <source>when it is planned</source>
        <translation>wanneer het gepland is</translation>
    </message>
    <message>
        <source>company</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>vestiging</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>gevonden in</translation>
    </message>
    <message>
        <source>similar to</source>
        <translation>lijkt op</translation>
    </message>
    <message>
        <source>contact person&apos;s role</source>
        <translation>rol van contactpersoon</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>official</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>area</source>
        <translation>gebied</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>signal category</source>
        <translation>meldingscategorie</translation>
    </message>
    <message>
        <source>feedback template</source>
        <translation>sjabloon voor terugkoppeling</translation>
    </message>
    <message>
        <source>reporter&apos;s reaction</source>
        <translation>reactie van een melder</translation>
    </message>
    <message>
        <source>reason of a reaction</source>
        <translation>reden van een reactie</translation>
    </message>
    <message>
        <source>supervision round</source>
        <translation>toezichtronde</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>waarneming</translation>
    </message>
    <message>
        <source>knowledge article</source>
        <translation>kennisbankartikel</translation>
    </message>
    <message>
        <source>desk question</source>
        <translation>baliegesprek</translation>
    </message>
    <message>
        <source>ambition plan</source>
        <translation>ambitiedocument</translation>
    </message>
    <message>
        <source>ambition</source>
        <translation>ambitie</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>samengevoegd met</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>onderdeel van</translation>
    </message>
    <message>
        <source>size</source>
        <translation>omvang</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>afgerond op</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>inlognaam</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>trefwoorden</translation>
    </message>
    <message>
        <source>department</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>geldig vanaf</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>geldig tot en met</translation>
    </message>
    <message>
        <source>review on</source>
        <translation>controleren op</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>kartrekker</translation>
    </message>
    <message>
        <source>position</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>vorige versie</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>starting value</source>
        <translation>startwaarde</translation>
    </message>
    <message>
        <source>starting date</source>
        <translation>startdatum meting</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>streefdatum</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>richting</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>lowest plausible value</source>
        <translation>laagste aannemelijke waarde</translation>
    </message>
    <message>
        <source>highest plausible value</source>
        <translation>hoogste aannemelijke waarde</translation>
    </message>
    <message>
        <source>working days to handle</source>
        <translation>werkdagen voor afhandeling</translation>
    </message>
    <message>
        <source>reported at</source>
        <translation>gemeld op</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>reporter&apos;s name</source>
        <translation>naam melder</translation>
    </message>
    <message>
        <source>reporter&apos;s phone</source>
        <translation>telefoon melder</translation>
    </message>
    <message>
        <source>reporter&apos;s e-mail</source>
        <translation>e-mail melder</translation>
    </message>
    <message>
        <source>reporter&apos;s postal address</source>
        <translation>postadres van de melder</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>behandelaar</translation>
    </message>
    <message>
        <source>wants to be contacted</source>
        <translation>wil teruggebeld of gemaild worden</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>gesloten op</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>zoektekst</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>ontvangen op</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>gehouden op</translation>
    </message>
    <message>
        <source>observed at</source>
        <translation>waargenomen op</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>bevinding</translation>
    </message>
    <message>
        <source>advice or action</source>
        <translation>advies of actie</translation>
    </message>
    <message>
        <source>spoke with</source>
        <translation>gesproken met</translation>
    </message>
    <message>
        <source>follow-up needed</source>
        <translation>opvolging nodig</translation>
    </message>
    <message>
        <source>adopted on</source>
        <translation>vastgesteld op</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>inleiding</translation>
    </message>
    <message>
        <source>asked at</source>
        <translation>gevraagd op</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>bezoeker</translation>
    </message>
    <message>
        <source>measured on</source>
        <translation>gemeten op</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>note</source>
        <translation>toelichting</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>bestandstype</translation>
    </message>
    <message>
        <source>asks to reopen</source>
        <translation>vraagt om heropenen</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wanneer</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>vastgelegd door</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>reporter&apos;s words</source>
        <translation>woorden van de melder</translation>
    </message>
    <message>
        <source>starter or established</source>
        <translation>starter of gevestigd</translation>
    </message>
    <message>
        <source>portfolio holder</source>
        <translation>portefeuillehouder</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>added by</source>
        <translation>toegevoegd door</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>statutaire naam</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>rechtsvorm</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>accountmanager</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>vestigingsnummer</source>
        <translation>vestigingsnummer</translation>
    </message>
    <message>
        <source>trade name</source>
        <translation>handelsnaam</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>werkzame personen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>main establishment</source>
        <translation>hoofdvestiging</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>datum en tijd</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>verantwoordelijk</translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation>uitvoerder</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <source>status note</source>
        <translation>toelichting bij status</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>afgesloten op</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>Ondernemingen bekijken</translation>
    </message>
    <message>
        <source>Edit companies, establishments and contacts</source>
        <translation>Ondernemingen, vestigingen en contactpersonen wijzigen</translation>
    </message>
    <message>
        <source>View a company&apos;s change history</source>
        <translation>Wijzigingsgeschiedenis van een onderneming bekijken</translation>
    </message>
    <message>
        <source>Read contact moments and agreements</source>
        <translation>Contactmomenten en afspraken lezen</translation>
    </message>
    <message>
        <source>Record contact moments and agreements</source>
        <translation>Contactmomenten en afspraken vastleggen</translation>
    </message>
    <message>
        <source>See when and about what a company was contacted, and its open agreements (no reports)</source>
        <translation>Zien wanneer en waarover een onderneming contact had, en haar open afspraken (geen verslagen)</translation>
    </message>
    <message>
        <source>View signals</source>
        <translation>Meldingen bekijken</translation>
    </message>
    <message>
        <source>Report signals</source>
        <translation>Meldingen registreren</translation>
    </message>
    <message>
        <source>Handle signals</source>
        <translation>Meldingen afhandelen</translation>
    </message>
    <message>
        <source>Manage signal categories and letters</source>
        <translation>Meldingscategorieën en briefsjablonen beheren</translation>
    </message>
    <message>
        <source>View ambitions</source>
        <translation>Ambities bekijken</translation>
    </message>
    <message>
        <source>Edit ambitions, indicators and actions</source>
        <translation>Ambities, indicatoren en acties wijzigen</translation>
    </message>
    <message>
        <source>View supervision rounds</source>
        <translation>Toezichtsrondes bekijken</translation>
    </message>
    <message>
        <source>Record rounds and observations</source>
        <translation>Rondes en waarnemingen vastleggen</translation>
    </message>
    <message>
        <source>Desk: company summaries and questions</source>
        <translation>Balie: bedrijfsoverzichten en vragen</translation>
    </message>
    <message>
        <source>Read the knowledge base</source>
        <translation>Kennisbank lezen</translation>
    </message>
    <message>
        <source>Write in the knowledge base</source>
        <translation>In de kennisbank schrijven</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Accounts beheren</translation>
    </message>
    <message>
        <source>Set the municipality&apos;s identity</source>
        <translation>Huisstijl van de gemeente instellen</translation>
    </message>
    <message>
        <source>View the audit log of the whole database</source>
        <translation>Logboek van de hele database bekijken</translation>
    </message>
    <message>
        <source>Privacy: inspection, erasure and retention periods</source>
        <translation>Privacy: inzage, wissen en bewaartermijnen</translation>
    </message>
    <message>
        <source>Import company lists and undo imports</source>
        <translation>Bedrijvenlijsten importeren en imports terugdraaien</translation>
    </message>
    <message>
        <source>Merge duplicate companies and contact persons, and undo a merge</source>
        <translation>Dubbele ondernemingen en contactpersonen samenvoegen, en dat ongedaan maken</translation>
    </message>
    <message>
        <source>Update the actions of an ambition one leads</source>
        <translation>Acties bijwerken van een ambitie die je trekt</translation>
    </message>
    <message>
        <source>Create and edit kernen and areas</source>
        <translation>Kernen en gebieden aanmaken en bewerken</translation>
    </message>
    <message>
        <source>reporter of a signal</source>
        <translation>melder van een melding</translation>
    </message>
    <message>
        <source>visitor at the desk</source>
        <translation>bezoeker aan de balie</translation>
    </message>
    <message>
        <source>spoken with on a round</source>
        <translation>gesproken tijdens een ronde</translation>
    </message>
    <message>
        <source>respondent in the co-creation</source>
        <translation>respondent in de cocreatie</translation>
    </message>
    <message>
        <source>Signals reported</source>
        <translation>Gedane meldingen</translation>
    </message>
    <message>
        <source>Contact person of companies</source>
        <translation>Contactpersoon van ondernemingen</translation>
    </message>
    <message>
        <source>Questions at the desk</source>
        <translation>Vragen aan de balie</translation>
    </message>
    <message>
        <source>Conversations on supervision rounds</source>
        <translation>Gesprekken tijdens toezichtrondes</translation>
    </message>
    <message>
        <source>Input in the co-creation</source>
        <translation>Inbreng in de cocreatie</translation>
    </message>
    <message>
        <source>Audit trail of these records</source>
        <translation>Logboek van deze gegevens</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Reactions to the handling</source>
        <translation>Reacties op de afhandeling</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>niet tevreden</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Attachments (in the file&apos;s documents)</source>
        <translation>Bijlagen (bij de documenten van het dossier)</translation>
    </message>
    <message>
        <source>Not kept, larger than {limit} MB</source>
        <translation>Niet bewaard, groter dan {limit} MB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Establishment number</source>
        <translation>Vestigingsnummer</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>SBI code</source>
        <translation>SBI-code</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Werkzame personen</translation>
    </message>
    <message>
        <source>Main establishment</source>
        <translation>Hoofdvestiging</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Changed record</source>
        <translation>Wat gewijzigd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Gesproken met</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Wants to be contacted</source>
        <translation>Wil teruggebeld of gemaild worden</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Verstuurde terugkoppeling</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Advice or action</source>
        <translation>Advies of actie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Reporters&apos; contact details of closed signals</source>
        <translation>Contactgegevens van melders bij afgesloten meldingen</translation>
    </message>
    <message>
        <source>Common practice (Signalen, Amsterdam and other municipalities): reporters anonymised a year after closing; AVG article 5(1)(e)</source>
        <translation>Gangbare praktijk (Signalen, Amsterdam en andere gemeenten): melders een jaar na afsluiten geanonimiseerd; AVG artikel 5 lid 1 onder e</translation>
    </message>
    <message>
        <source>Handled signals</source>
        <translation>Afgehandelde meldingen</translation>
    </message>
    <message>
        <source>VNG Selectielijst gemeenten 2020 and common practice: destroyed 5 years after closing</source>
        <translation>VNG Selectielijst gemeenten 2020 en gangbare praktijk: vernietigen 5 jaar na afsluiten</translation>
    </message>
    <message>
        <source>Cancelled signals</source>
        <translation>Geannuleerde meldingen</translation>
    </message>
    <message>
        <source>VNG Selectielijst gemeenten 2020 and common practice: destroyed 1 year after cancelling</source>
        <translation>VNG Selectielijst gemeenten 2020 en gangbare praktijk: vernietigen 1 jaar na annuleren</translation>
    </message>
    <message>
        <source>Desk questions of visitors without a company</source>
        <translation>Baliegesprekken met bezoekers zonder onderneming</translation>
    </message>
    <message>
        <source>VNG Selectielijst gemeenten 2020 and common practice: questions answered at once, destroyed 1 year after they were asked</source>
        <translation>VNG Selectielijst gemeenten 2020 en gangbare praktijk: direct beantwoorde vragen, vernietigen 1 jaar na de vraag</translation>
    </message>
    <message>
        <source>Archived contact persons</source>
        <translation>Gearchiveerde contactpersonen</translation>
    </message>
    <message>
        <source>Common practice for relationship management: 2 years after the relationship ended; AVG article 5(1)(e)</source>
        <translation>Gangbare praktijk bij relatiebeheer: 2 jaar na het einde van de relatie; AVG artikel 5 lid 1 onder e</translation>
    </message>
    <message>
        <source>Names of people spoken with on rounds</source>
        <translation>Namen van mensen gesproken tijdens rondes</translation>
    </message>
    <message>
        <source>Common practice: the name is needed while the follow-up runs; the observation itself is kept; AVG article 5(1)(e)</source>
        <translation>Gangbare praktijk: de naam is nodig zolang het vervolg loopt; de waarneming zelf blijft bewaard; AVG artikel 5 lid 1 onder e</translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation>anonimiseren</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>bewaartermijn</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>wissen</translation>
    </message>
    <message>
        <source>inzage: exported</source>
        <translation>inzage: uitgegeven</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <source>new establishment</source>
        <translation>nieuwe vestiging</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>mogelijk dubbel</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>vestigingen</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>contact moments attended</source>
        <translation>contactmomenten als deelnemer</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>meldingen</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>waarnemingen</translation>
    </message>
    <message>
        <source>desk questions</source>
        <translation>baliegesprekken</translation>
    </message>
    <message>
        <source>links to ambition actions</source>
        <translation>koppelingen aan ambitie-acties</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>respondenten</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Sir or Madam</source>
        <translation>heer, mevrouw</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <source>same KvK number</source>
        <translation>zelfde KvK-nummer</translation>
    </message>
    <message>
        <source>same vestigingsnummer</source>
        <translation>zelfde vestigingsnummer</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same postcode and house number</source>
        <translation>zelfde postcode en huisnummer</translation>
    </message>
    <message>
        <source>name {similarity} % alike · same postcode and house number</source>
        <translation>naam lijkt {similarity} % · zelfde postcode en huisnummer</translation>
    </message>
    <message>
        <source>name {similarity} % alike · same postcode</source>
        <translation>naam lijkt {similarity} % · zelfde postcode</translation>
    </message>
    <message>
        <source>name {similarity} % alike · same company</source>
        <translation>naam lijkt {similarity} % · zelfde onderneming</translation>
    </message>
    <message>
        <source>name {similarity} % alike</source>
        <translation>naam lijkt {similarity} %</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Contact persons linked to companies</source>
        <translation>Contactpersonen bij ondernemingen</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Officials at contact moments</source>
        <translation>Medewerkers bij contactmomenten</translation>
    </message>
    <message>
        <source>Contact persons at contact moments</source>
        <translation>Contactpersonen bij contactmomenten</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Documents&apos; contents</source>
        <translation>Inhoud van documenten</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Signal history and feedback</source>
        <translation>Verloop en terugkoppeling van meldingen</translation>
    </message>
    <message>
        <source>Signal categories</source>
        <translation>Categorieën van meldingen</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Sjablonen voor terugkoppeling</translation>
    </message>
    <message>
        <source>Reporters&apos; reactions</source>
        <translation>Reacties van melders</translation>
    </message>
    <message>
        <source>Reasons of reactions</source>
        <translation>Redenen van reacties</translation>
    </message>
    <message>
        <source>Supervision rounds</source>
        <translation>Toezichtrondes</translation>
    </message>
    <message>
        <source>Officials on rounds</source>
        <translation>Medewerkers bij rondes</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Ambition plans</source>
        <translation>Ambitiedocumenten</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Agreements linked to actions</source>
        <translation>Afspraken bij acties</translation>
    </message>
    <message>
        <source>Companies linked to actions</source>
        <translation>Ondernemingen bij acties</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <source>Input (ideas)</source>
        <translation>Inbreng (ideeën)</translation>
    </message>
    <message>
        <source>Input linked to ambitions</source>
        <translation>Inbreng bij ambities</translation>
    </message>
    <message>
        <source>Knowledge base articles</source>
        <translation>Kennisbankartikelen</translation>
    </message>
    <message>
        <source>Desk questions</source>
        <translation>Balievragen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>Sectors (SBI)</source>
        <translation>Sectoren (SBI)</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Accounts van medewerkers</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Logregels</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Checking both databases…</source>
        <translation>Beide databases controleren…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Zoekindex opnieuw opbouwen…</translation>
    </message>
    <message>
        <source>Comparing the copy with the file…</source>
        <translation>Kopie vergelijken met het bestand…</translation>
    </message>
    <message>
        <source>Saving on the server…</source>
        <translation>Opslaan op de server…</translation>
    </message>
</context>
</TS>
