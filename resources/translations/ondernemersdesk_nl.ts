<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
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
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n onderneming</numerusform>
            <numerusform>%n ondernemingen</numerusform>
        </translation>
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
    <name>CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
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
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
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
        <translation>Gespreksvoorbereiding (PDF)</translation>
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
        <source>Add establishment</source>
        <translation>Vestiging toevoegen</translation>
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
        <source>%n other company(ies)</source>
        <translation>
            <numerusform>%n andere onderneming</numerusform>
            <numerusform>%n andere ondernemingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Contactpersoon toevoegen</translation>
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
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
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
        <source>This person is also a contact of %n other company(ies); changes show there too.</source>
        <translation>
            <numerusform>Deze persoon is ook contactpersoon van %n andere onderneming; wijzigingen zijn daar ook zichtbaar.</numerusform>
            <numerusform>Deze persoon is ook contactpersoon van %n andere ondernemingen; wijzigingen zijn daar ook zichtbaar.</numerusform>
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
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
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
        <source>What you typed is kept; you can save again.</source>
        <translation>Wat u hebt ingevoerd, blijft staan; u kunt opnieuw opslaan.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Ondernemersdesk</source>
        <translation>Ondernemersdesk</translation>
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
        <source>New company</source>
        <translation>Nieuwe onderneming</translation>
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
        <source>Identity on documents</source>
        <translation>Huisstijl op documenten</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recent geopend</translation>
    </message>
    <message numerus="yes">
        <source>%n of your agreements is overdue.</source>
        <translation>
            <numerusform>%n van uw afspraken is te laat.</numerusform>
            <numerusform>%n van uw afspraken zijn te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing you typed is lost.</source>
        <translation>Wat u hebt ingevoerd, gaat niet verloren.</translation>
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
        <source>Company / agreement</source>
        <translation>Onderneming / afspraak</translation>
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
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
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
    <message numerus="yes">
        <source>%n page(s). Check the document, then save it.</source>
        <translation>
            <numerusform>%n pagina. Controleer het document en sla het dan op.</numerusform>
            <numerusform>%n pagina&apos;s. Controleer het document en sla het dan op.</numerusform>
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
    <name>ReportEditor</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search a company: name, KvK, address, postcode, contact person…  (Ctrl+K)</source>
        <translation>Zoek een onderneming: naam, KvK, adres, postcode, contactpersoon…  (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
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
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Conversation report (PDF)</source>
        <translation>Gespreksverslag (PDF)</translation>
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
        <source>No contact moments yet. Log the first one with “Log contact moment” (Ctrl+L).</source>
        <translation>Nog geen contactmomenten. Leg het eerste vast met ‘Contactmoment vastleggen’ (Ctrl+L).</translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open afspraak</numerusform>
            <numerusform>%n open afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
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
    <message>
        <source>Nothing found. Try part of the name, a street, a postcode or a KvK number.</source>
        <translation>Niets gevonden. Probeer een deel van de naam, een straat, een postcode of een KvK-nummer.</translation>
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
        <source>%1 companies, %2 establishments, %3 contact persons, %4 contact moments and %5 agreements created in %6 s.</source>
        <translation>%1 ondernemingen, %2 vestigingen, %3 contactpersonen, %4 contactmomenten en %5 afspraken aangemaakt in %6 s.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
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
</context>
<context>
    <name>errors</name>
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
        <source>The database {path} is in use by another program. Try again in a moment.</source>
        <translation>De database {path} is in gebruik door een ander programma. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server {path} refused the user name or password.</source>
        <translation>De server {path} weigert de gebruikersnaam of het wachtwoord.</translation>
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
        <source>The database {path} cannot be used: {detail}</source>
        <translation>De database {path} kan niet worden gebruikt: {detail}</translation>
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
        <source>This database was created by a newer version of Ondernemersdesk (schema {revision}). Install the newer version to open it; nothing has been changed.</source>
        <translation>Deze database is gemaakt door een nieuwere versie van Ondernemersdesk (schema {revision}). Installeer de nieuwere versie om hem te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database {path} holds the tables of another application: it is not an Ondernemersdesk database. Nothing has been changed.</source>
        <translation>De database {path} bevat de tabellen van een andere toepassing: het is geen Ondernemersdesk-database. Er is niets gewijzigd.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} of the plan was adopted and can no longer be changed. Make a new version to change it; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which date was the plan adopted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous version was adopted on {date}; this one cannot be earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan without ambitions cannot be adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} is still a draft: change that one, or adopt it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What value should the indicator reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By which date should the target be reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date must lie after the baseline date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which date was the baseline measured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kern whose contact moments are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest plausible value is below the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator is counted from the application&apos;s data; it takes no input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which date was this measured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} lies outside the plausible range of this indicator ({low} to {high}). Is it right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question this article answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer the desk can give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article cannot expire before it becomes valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose desk, phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover needs a company: find the company first, or answer without handing over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company has no account manager; choose a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date lies in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target handling time lies between 1 and 250 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot lie under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {names}. Use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where it is: an address, an area or a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be contacted the reporter needs a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signal that is {current} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter wants to be contacted: write the feedback they will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done; &quot;handled&quot; alone is no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When will it be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date lies in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small or medium-sized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact moments per quarter in a kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open agreements at the end of each quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report by a citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report by an entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor&apos;s own observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it is planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
