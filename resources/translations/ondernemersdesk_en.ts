<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ondernemersdesk</source>
        <translation>About Ondernemersdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The files of local entrepreneurs, contact moments and agreements, for the municipality.</source>
        <translation>The files of local entrepreneurs, contact moments and agreements, for the municipality.</translation>
    </message>
    <message>
        <source>European Union Public Licence 1.2</source>
        <translation>European Union Public Licence 1.2</translation>
    </message>
    <message>
        <source>Set by your IT department (%1)</source>
        <translation>Set by your IT department (%1)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>local file, no network</source>
        <translation>local file, no network</translation>
    </message>
    <message>
        <source>%1 (not present)</source>
        <translation>%1 (not present)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <source>Settings for this computer</source>
        <translation>Settings for this computer</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>A full check of the file for damage (integrity check)</source>
        <translation>A full check of the file for damage (integrity check)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Put a backup of this database back</source>
        <translation>Put a backup of this database back</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>For a question to the helpdesk (Ctrl+C)</source>
        <translation>For a question to the helpdesk (Ctrl+C)</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>The database is in good order: the check found no damage.</source>
        <translation>The database is in good order: the check found no damage.</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (up to date)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Columns: %1</source>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sort by %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>The user name on the database server, e.g. pvdam</source>
        <translation>The user name on the database server, e.g. pvdam</translation>
    </message>
    <message>
        <source>The computer&apos;s user name of this official, e.g. pvdam</source>
        <translation>The computer&apos;s user name of this official, e.g. pvdam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
        <translation>New account</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>What each role may see and do. This is the table the application enforces; a role is changed per account with Edit.</source>
        <translation>What each role may see and do. This is the table the application enforces; a role is changed per account with Edit.</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Roles and permissions</translation>
    </message>
    <message>
        <source>Permissions per role</source>
        <translation>Permissions per role</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>%1 active, %2 deactivated</source>
        <translation>%1 active, %2 deactivated</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? They can no longer sign in and no longer appear in lists to choose from. Everything they recorded stays, under their name.</source>
        <translation>Deactivate the account of %1? They can no longer sign in and no longer appear in lists to choose from. Everything they recorded stays, under their name.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Under: %1</source>
        <translation>Under: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
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
        <source>Should move indicator</source>
        <translation>Should move indicator</translation>
    </message>
    <message>
        <source>Linked companies and agreements</source>
        <translation>Linked companies and agreements</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>The agreements made with the linked companies.</source>
        <translation>The agreements made with the linked companies.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Ambition / action</source>
        <translation>Ambition / action</translation>
    </message>
    <message>
        <source>Lead / owner</source>
        <translation>Lead / owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
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
        <source>Moves indicator</source>
        <translation>Moves indicator</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New ambition</source>
        <translation>New ambition</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Kartrekkers…</source>
        <translation>Leads…</translation>
    </message>
    <message>
        <source>The ambition&apos;s lead: an official and a portfolio holder</source>
        <translation>The ambition&apos;s lead: an official and a portfolio holder</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>The plan is adopted: make a new version to add or change ambitions.</source>
        <translation>The plan is adopted: make a new version to add or change ambitions.</translation>
    </message>
    <message>
        <source>Only the kartrekker of an ambition changes its actions.</source>
        <translation>Only the lead of an ambition changes its actions.</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt version %1</source>
        <translation>Adopt version %1</translation>
    </message>
    <message>
        <source>Once adopted, the text of the plan and its ambitions is fixed. The version in force until now is superseded; its actions, indicators and linked ideas continue under this version.</source>
        <translation>Once adopted, the text of the plan and its ambitions is fixed. The version in force until now is superseded; its actions, indicators and linked ideas continue under this version.</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Drop…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>AgreementFollowUpDialog</name>
    <message>
        <source>Agreement with %1</source>
        <translation>Agreement with %1</translation>
    </message>
    <message>
        <source>What is agreed</source>
        <translation>What is agreed</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>What is agreed</source>
        <translation>What is agreed</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation>Remove this agreement</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>Official who follows it up</source>
        <translation>Official who follows it up</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <source>Complete agreement</source>
        <translation>Complete agreement</translation>
    </message>
    <message>
        <source>Drop agreement</source>
        <translation>Drop agreement</translation>
    </message>
    <message>
        <source>Start on agreement</source>
        <translation>Start on agreement</translation>
    </message>
    <message>
        <source>Reopen agreement</source>
        <translation>Reopen agreement</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <source>Why is it dropped?</source>
        <translation>Why is it dropped?</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
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
        <translation>Ambition</translation>
    </message>
    <message>
        <source>New ambition</source>
        <translation>New ambition</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kartrekker (official)</source>
        <translation>Lead (official)</translation>
    </message>
    <message>
        <source>Kartrekker (portfolio holder)</source>
        <translation>Lead (portfolio holder)</translation>
    </message>
    <message>
        <source>The alderman who answers for it, for example: J. de Vries</source>
        <translation>The alderman who answers for it, for example: J. de Vries</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>AmbitionsPage</name>
    <message>
        <source>Ambitions</source>
        <translation>Ambitions</translation>
    </message>
    <message>
        <source>Version of the ambition plan</source>
        <translation>Version of the ambition plan</translation>
    </message>
    <message>
        <source>New ambition plan</source>
        <translation>New ambition plan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Kartrekkers…</source>
        <translation>Leads…</translation>
    </message>
    <message>
        <source>The plan&apos;s lead: an official and a portfolio holder</source>
        <translation>The plan&apos;s lead: an official and a portfolio holder</translation>
    </message>
    <message>
        <source>Ambition document</source>
        <translation>Ambition document</translation>
    </message>
    <message>
        <source>Monitoring report…</source>
        <translation>Monitoring report…</translation>
    </message>
    <message>
        <source>Save the list of this tab, for Excel (.xlsx or .csv)</source>
        <translation>Save the list of this tab, for Excel (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ambitions and actions</source>
        <translation>Ambitions and actions</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>There is no ambition plan yet. Start one, add its ambitions, and adopt it when it is ready.</source>
        <translation>There is no ambition plan yet. Start one, add its ambitions, and adopt it when it is ready.</translation>
    </message>
    <message>
        <source>adopted on %1</source>
        <translation>adopted on %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · version %2 · %3</translation>
    </message>
    <message>
        <source>Draft: ambitions can still be changed.</source>
        <translation>Draft: ambitions can still be changed.</translation>
    </message>
    <message>
        <source>In force. To change its text, make a new version.</source>
        <translation>In force. To change its text, make a new version.</translation>
    </message>
    <message>
        <source>Superseded by a later version; kept as it was adopted.</source>
        <translation>Superseded by a later version; kept as it was adopted.</translation>
    </message>
    <message>
        <source>Kartrekker %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>No kartrekker yet.</source>
        <translation>No lead yet.</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>Monitoring report</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Search the knowledge base</source>
        <translation>Search the knowledge base</translation>
    </message>
    <message>
        <source>Finds articles by words of the question or answer; Up and Down choose an article</source>
        <translation>Finds articles by words of the question or answer; Up and Down choose an article</translation>
    </message>
    <message>
        <source>Search the knowledge base…  (Ctrl+J)</source>
        <translation>Search the knowledge base…  (Ctrl+J)</translation>
    </message>
    <message>
        <source>Knowledge articles found</source>
        <translation>Knowledge articles found</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Use this answer (Enter)</source>
        <translation>Use this answer (Enter)</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <translation>Handout (PDF)</translation>
    </message>
    <message>
        <source>The article as a handout to save or send (PDF)</source>
        <translation>The article as a handout to save or send (PDF)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the article as a handout (Ctrl+P)</source>
        <translation>Print the article as a handout (Ctrl+P)</translation>
    </message>
    <message>
        <source>No valid article matches. Answer yourself, or hand the question over; a question without an article shows as a gap in &quot;Asked most&quot;.</source>
        <translation>No valid article matches. Answer yourself, or hand the question over; a question without an article shows as a gap in &quot;Asked most&quot;.</translation>
    </message>
    <message>
        <source>Type a few letters of the question.</source>
        <translation>Type a few letters of the question.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>Past its review date (%1): check the answer is still right before giving it.</source>
        <translation>Past its review date (%1): check the answer is still right before giving it.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>The printer could not be started. Choose another printer, or save the handout as a PDF.</source>
        <translation>The printer could not be started. Choose another printer, or save the handout as a PDF.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No backup was made today: %1</source>
        <translation>No backup was made today: %1</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>The database file is damaged</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>New kern or area</source>
        <translation>New village or area</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>Lies in</translation>
    </message>
    <message>
        <source>(nowhere: a kern)</source>
        <translation>(nowhere: a village)</translation>
    </message>
</context>
<context>
    <name>AreasPage</name>
    <message>
        <source>Kernen and areas</source>
        <translation>Villages and areas</translation>
    </message>
    <message>
        <source>The kernen of the municipality and the shopping areas, business parks and nature areas in them. Companies, signals, rounds and indicators are placed in them.</source>
        <translation>The villages of the municipality and the shopping areas, business parks and nature areas in them. Companies, signals, rounds and indicators are placed in them.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>There are no kernen yet. Add the first kern with “New kern or area”.</source>
        <translation>There are no villages yet. Add the first village with “New village or area”.</translation>
    </message>
    <message>
        <source>New kern or area…</source>
        <translation>New village or area…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Knowledge article</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. terrace, catering, permit</source>
        <translation>Separated by commas, e.g. terrace, catering, permit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Empty: until further notice</source>
        <translation>Empty: until further notice</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>an e-mail (contact moment)</source>
        <translation>an e-mail (contact moment)</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add documents to this file (or drop them here)</source>
        <translation>Add documents to this file (or drop them here)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Set the largest document the database takes (for everyone)</source>
        <translation>Set the largest document the database takes (for everyone)</translation>
    </message>
    <message>
        <source>Largest document size</source>
        <translation>Largest document size</translation>
    </message>
    <message>
        <source>At most %1 MB</source>
        <translation>At most %1 MB</translation>
    </message>
    <message>
        <source>No documents in this file yet. Add permits, letters, photos or signed reports with Add…, or drop them here (at most %1 MB each).</source>
        <translation>No documents in this file yet. Add permits, letters, photos or signed reports with Add…, or drop them here (at most %1 MB each).</translation>
    </message>
    <message>
        <source>Largest document</source>
        <translation>Largest document</translation>
    </message>
    <message>
        <source>The largest document anyone may add to a file, in MB:</source>
        <translation>The largest document anyone may add to a file, in MB:</translation>
    </message>
    <message>
        <source>Add documents to the file</source>
        <translation>Add documents to the file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1.</source>
        <translation>Cannot write a copy to open: %1.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Save it with Save as… and open it from there.</source>
        <translation>No program on this computer opens %1. Save it with Save as… and open it from there.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place and save again.</source>
        <translation>Cannot write %1: %2. Choose another place and save again.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove %1 from this file? The change history keeps that it was there.</source>
        <translation>Remove %1 from this file? The change history keeps that it was there.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Changes to %1</source>
        <translation>Changes to %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Done offline</source>
        <translation>Done offline</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Every change by everyone: who, when, from which value to which.</source>
        <translation>Every change by everyone: who, when, from which value to which.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>logbook</source>
        <translation>logbook</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>No changes match these filters.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>changes: %1</translation>
    </message>
    <message>
        <source>%1 lines saved in %2.</source>
        <translation>%1 lines saved in %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Signal category</source>
        <translation>Signal category</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Target handling time</source>
        <translation>Target handling time</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>New company (%1)</source>
        <translation>New company (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
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
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Enter opens the company&apos;s file</source>
        <translation>Enter opens the company&apos;s file</translation>
    </message>
    <message>
        <source>No companies match these filters. Change the filters, or create a new company.</source>
        <translation>No companies match these filters. Change the filters, or create a new company.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <source>Find the company above (Ctrl+L), or help a visitor without a company: a starter or a citizen. Their question is logged at the desk, without a contact moment in a company file.</source>
        <translation>Find the company above (Ctrl+L), or help a visitor without a company: a starter or a citizen. Their question is logged at the desk, without a contact moment in a company file.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>no longer active</translation>
    </message>
    <message>
        <source>None: a handover goes to a colleague you choose.</source>
        <translation>None: a handover goes to a colleague you choose.</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Recent contact</source>
        <translation>Recent contact</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>No contact logged yet.</translation>
    </message>
    <message>
        <source>… and %1 more in the file.</source>
        <translation>… and %1 more in the file.</translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation>Open signals</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>8 digits; empty when not registered.</source>
        <translation>8 digits; empty when not registered.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Main establishment</source>
        <translation>Main establishment</translation>
    </message>
    <message>
        <source>Company may already exist</source>
        <translation>Company may already exist</translation>
    </message>
    <message>
        <source>A company like this is already on file:</source>
        <translation>A company like this is already on file:</translation>
    </message>
    <message>
        <source>Open existing file</source>
        <translation>Open existing file</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Companies that are probably this one: merge them</source>
        <translation>Companies that are probably this one: merge them</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the company (Ctrl+E)</source>
        <translation>Edit the company (Ctrl+E)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Briefing (PDF)</source>
        <translation>Briefing (PDF)</translation>
    </message>
    <message>
        <source>Prepare a consultation: profile, open agreements, recent contact</source>
        <translation>Prepare a consultation: profile, open agreements, recent contact</translation>
    </message>
    <message>
        <source>File (PDF)</source>
        <translation>File (PDF)</translation>
    </message>
    <message>
        <source>The whole file of this company</source>
        <translation>The whole file of this company</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Who changed this file, when, and what</source>
        <translation>Who changed this file, when, and what</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Vestigingsnummer</source>
        <translation>Establishment number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Add establishment</source>
        <translation>Add establishment</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>Edit establishment</translation>
    </message>
    <message>
        <source>Make main establishment</source>
        <translation>Make main establishment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Also at</source>
        <translation>Also at</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other company(ies)</source>
        <translation>
            <numerusform>%Ln other company</numerusform>
            <numerusform>%Ln other companies</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>Remove from this company</source>
        <translation>Remove from this company</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation>Signals (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Contact moments and agreements are not shown: your role does not give access to conversation reports. The establishments, contact persons and details are.</source>
        <translation>Contact moments and agreements are not shown: your role does not give access to conversation reports. The establishments, contact persons and details are.</translation>
    </message>
    <message>
        <source>no KvK number</source>
        <translation>no KvK number</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>This file was archived on %1. It is hidden from lists and search; restore it to work with it again.</source>
        <translation>This file was archived on %1. It is hidden from lists and search; restore it to work with it again.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Establishments (%1)</source>
        <translation>Establishments (%1)</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Contact persons (%1)</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Company file</translation>
    </message>
    <message>
        <source>Archive company</source>
        <translation>Archive company</translation>
    </message>
    <message>
        <source>Archive %1? The file is kept and can be restored; it disappears from lists and search.</source>
        <translation>Archive %1? The file is kept and can be restored; it disappears from lists and search.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge with %1…</source>
        <translation>Merge with %1…</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Conversation report</source>
        <translation>Conversation report</translation>
    </message>
    <message>
        <source>Archive establishment</source>
        <translation>Archive establishment</translation>
    </message>
    <message>
        <source>Archive the establishment %1?</source>
        <translation>Archive the establishment %1?</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <source>Remove %1 from this company? The person stays on file at other companies.</source>
        <translation>Remove %1 from this company? The person stays on file at other companies.</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Add a company: name, KvK, address…</source>
        <translation>Add a company: name, KvK, address…</translation>
    </message>
    <message>
        <source>Companies involved</source>
        <translation>Companies involved</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CompanySignalsModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>CompanySignalsView</name>
    <message>
        <source>Signals of this company</source>
        <translation>Signals of this company</translation>
    </message>
    <message>
        <source>Open in Signals</source>
        <translation>Open in Signals</translation>
    </message>
    <message>
        <source>Show the selected signal with its history on the Signals page</source>
        <translation>Show the selected signal with its history on the Signals page</translation>
    </message>
    <message>
        <source>No signals about this company: none is linked to it, and none was reported at the address of one of its establishments.</source>
        <translation>No signals about this company: none is linked to it, and none was reported at the address of one of its establishments.</translation>
    </message>
    <message>
        <source>Linked to this company, or reported at the address of one of its establishments.</source>
        <translation>Linked to this company, or reported at the address of one of its establishments.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Changed by a colleague</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>{who} saved this record ({when}) while you had it open. Choose for each field which version to keep; fields marked yellow were changed by both of you.</source>
        <translation>{who} saved this record ({when}) while you had it open. Choose for each field which version to keep; fields marked yellow were changed by both of you.</translation>
    </message>
    <message>
        <source>Fields changed by you and your colleague</source>
        <translation>Fields changed by you and your colleague</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>When opened</translation>
    </message>
    <message>
        <source>Colleague ({who})</source>
        <translation>Colleague ({who})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Keep all theirs</source>
        <translation>Keep all theirs</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Use these choices</source>
        <translation>Use these choices</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Choose a version for: {fields}</source>
        <translation>Choose a version for: {fields}</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>encrypted (%1)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read along.</source>
        <translation>The connection is not encrypted: others on the network can read along.</translation>
    </message>
    <message>
        <source>The connection is %1.</source>
        <translation>The connection is %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>This computer has no password store, so the password cannot be remembered: it is asked each time Ondernemersdesk starts.</source>
        <translation>This computer has no password store, so the password cannot be remembered: it is asked each time Ondernemersdesk starts.</translation>
    </message>
    <message>
        <source>Off: not encrypted</source>
        <translation>Off: not encrypted</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>When the server offers it</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required, with a verified certificate</source>
        <translation>Required, with a verified certificate</translation>
    </message>
    <message>
        <source>Set by IT</source>
        <translation>Set by IT</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Add a shared server</source>
        <translation>Add a shared server</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>For example db.gemeente.nl or 10.1.2.3</source>
        <translation>For example db.gemeente.nl or 10.1.2.3</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Required by your IT department for this computer.</source>
        <translation>Required by your IT department for this computer.</translation>
    </message>
    <message>
        <source>Encryption (SSL)</source>
        <translation>Encryption (SSL)</translation>
    </message>
    <message>
        <source>Remember in the password store</source>
        <translation>Remember in the password store</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Set up this database…</source>
        <translation>Set up this database…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Your IT department fixed the connection for this computer (%1): %2</source>
        <translation>Your IT department fixed the connection for this computer (%1): %2</translation>
    </message>
    <message>
        <source>Only your password can be entered here.</source>
        <translation>Only your password can be entered here.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Delete connection</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;? Its remembered password is removed as well; the database on the server is not touched.</source>
        <translation>Delete the connection &quot;%1&quot;? Its remembered password is removed as well; the database on the server is not touched.</translation>
    </message>
    <message>
        <source>Ondernemersdesk databases (*.db);;All files (*)</source>
        <translation>Ondernemersdesk databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>PostgreSQL %1.</source>
        <translation>PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Set it up first with &quot;Set up this database…&quot;.</source>
        <translation>Set it up first with &quot;Set up this database…&quot;.</translation>
    </message>
    <message>
        <source>The local file was not copied; the database was not set up.</source>
        <translation>The local file was not copied; the database was not set up.</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>Setting up the database…</translation>
    </message>
    <message>
        <source>The database is set up. %1 is its administrator and can add the team&apos;s accounts.</source>
        <translation>The database is set up. %1 is its administrator and can add the team&apos;s accounts.</translation>
    </message>
    <message>
        <source>To work as the administrator, change the login of this connection to %1.</source>
        <translation>To work as the administrator, change the login of this connection to %1.</translation>
    </message>
    <message>
        <source>Switch to &quot;%1&quot; now? Open forms are kept as drafts. Otherwise that connection is used the next time Ondernemersdesk starts.</source>
        <translation>Switch to &quot;%1&quot; now? Open forms are kept as drafts. Otherwise that connection is used the next time Ondernemersdesk starts.</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Switch now</translation>
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
        <translation>Connected to {where}. The database is empty: an administrator can set it up for first use.</translation>
    </message>
    <message>
        <source>The file {where} does not exist yet; it will be created when you connect.</source>
        <translation>The file {where} does not exist yet; it will be created when you connect.</translation>
    </message>
    <message>
        <source>Connected to {where}. The database is ready for use.</source>
        <translation>Connected to {where}. The database is ready for use.</translation>
    </message>
    <message>
        <source>Connected to {where}. The database was made by an older version and will be updated when you connect.</source>
        <translation>Connected to {where}. The database was made by an older version and will be updated when you connect.</translation>
    </message>
    <message>
        <source>Connected to {where}, but the database was made by a newer version of Ondernemersdesk. Install the newer version to use it.</source>
        <translation>Connected to {where}, but the database was made by a newer version of Ondernemersdesk. Install the newer version to use it.</translation>
    </message>
    <message>
        <source>Connected to {where}, but the database holds the tables of another application. Choose an empty database or one of Ondernemersdesk.</source>
        <translation>Connected to {where}, but the database holds the tables of another application. Choose an empty database or one of Ondernemersdesk.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>For example: van, de, van der.</source>
        <translation>For example: van, de, van der.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Role at this company</source>
        <translation>Role at this company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>This person is also a contact of %Ln other company(ies); changes show there too.</source>
        <translation>
            <numerusform>This person is also a contact of %Ln other company; changes show there too.</numerusform>
            <numerusform>This person is also a contact of %Ln other companies; changes show there too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Ondernemersdesk ran into an error it did not expect. What you saved before is safe. Please copy the details below and send them to your administrator.</source>
        <translation>Ondernemersdesk ran into an error it did not expect. What you saved before is safe. Please copy the details below and send them to your administrator.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Type a date like 15-12-2026, 15-12, 151226, 15 dec, morgen, +7 or -3</source>
        <translation>Type a date like 15-12-2026, 15-12, 151226, 15 dec, morgen, +7 or -3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Choose from the calendar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Who is at the desk? Company name, KvK, street, postcode, contact person…  (Ctrl+L)</source>
        <translation>Who is at the desk? Company name, KvK, street, postcode, contact person…  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Visitor without company</source>
        <translation>Visitor without company</translation>
    </message>
    <message>
        <source>A starter or a citizen: log the question without a company (Ctrl+B)</source>
        <translation>A starter or a citizen: log the question without a company (Ctrl+B)</translation>
    </message>
    <message>
        <source>Find the visitor&apos;s company</source>
        <translation>Find the visitor&apos;s company</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Search the knowledge base</translation>
    </message>
    <message>
        <source>A visitor without a company</source>
        <translation>A visitor without a company</translation>
    </message>
    <message>
        <source>Print the article for the visitor</source>
        <translation>Print the article for the visitor</translation>
    </message>
    <message>
        <source>Log the question</source>
        <translation>Log the question</translation>
    </message>
    <message>
        <source>Hand the question over</source>
        <translation>Hand the question over</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved form</source>
        <translation>Unsaved form</translation>
    </message>
    <message>
        <source>The record of this form no longer exists; the form cannot be opened again.</source>
        <translation>The record of this form no longer exists; the form cannot be opened again.</translation>
    </message>
    <message>
        <source>The unsaved forms are kept and offered again at the next start.</source>
        <translation>The unsaved forms are kept and offered again at the next start.</translation>
    </message>
    <message>
        <source>Restored from {date}: not saved yet.</source>
        <translation>Restored from {date}: not saved yet.</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>1 unsaved form from {date}:</source>
        <translation>1 unsaved form from {date}:</translation>
    </message>
    <message>
        <source>{count} unsaved forms from {date}:</source>
        <translation>{count} unsaved forms from {date}:</translation>
    </message>
    <message>
        <source>Discard unsaved forms</source>
        <translation>Discard unsaved forms</translation>
    </message>
    <message>
        <source>What was typed in these forms is lost. Discard them?</source>
        <translation>What was typed in these forms is lost. Discard them?</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Companies and contact persons that are probably the same, most certain first. Merge them, or mark a pair as not the same so it is not offered again.</source>
        <translation>Companies and contact persons that are probably the same, most certain first. Merge them, or mark a pair as not the same so it is not offered again.</translation>
    </message>
    <message>
        <source>Duplicates of</source>
        <translation>Duplicates of</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>These two are not the same: do not offer this pair again</source>
        <translation>These two are not the same: do not offer this pair again</translation>
    </message>
    <message>
        <source>No possible duplicates: nothing to do here.</source>
        <translation>No possible duplicates: nothing to do here.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>pairs: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <source>Erasing anonymises this person in every record below: the records themselves, letters and feedback sent, the audit trail and the search index. It cannot be undone.</source>
        <translation>Erasing anonymises this person in every record below: the records themselves, letters and feedback sent, the audit trail and the search index. It cannot be undone.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>e.g. request by e-mail of 2 December 2026, reference 2026-041</source>
        <translation>e.g. request by e-mail of 2 December 2026, reference 2026-041</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recorded in the privacy log with the counts.</source>
        <translation>Recorded in the privacy log with the counts.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) will be anonymised everywhere. This cannot be undone. Erase now?</source>
        <translation>
            <numerusform>%Ln record will be anonymised everywhere. This cannot be undone. Erase now?</numerusform>
            <numerusform>%Ln records will be anonymised everywhere. This cannot be undone. Erase now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>New establishment</source>
        <translation>New establishment</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>Edit establishment</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this list, with its filters and order, for Excel (.xlsx or .csv)</source>
        <translation>Save this list, with its filters and order, for Excel (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV for Excel, semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>%1 rows saved in %2.</source>
        <translation>%1 rows saved in %2.</translation>
    </message>
</context>
<context>
    <name>FactsLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Ondernemersdesk</source>
        <translation>Welcome to Ondernemersdesk</translation>
    </message>
    <message>
        <source>Your database will be created on this computer, in:</source>
        <translation>Your database will be created on this computer, in:</translation>
    </message>
    <message>
        <source>Start empty: I will enter or import our own companies</source>
        <translation>Start empty: I will enter or import our own companies</translation>
    </message>
    <message>
        <source>Start empty and import our companies now, from Excel, CSV or a KvK file</source>
        <translation>Start empty and import our companies now, from Excel, CSV or a KvK file</translation>
    </message>
    <message>
        <source>Start with demonstration data: %1 fictitious companies in Wijdemeren, to try things out</source>
        <translation>Start with demonstration data: %1 fictitious companies in Wijdemeren, to try things out</translation>
    </message>
    <message>
        <source>A shared database on a server can be chosen later by your administrator.</source>
        <translation>A shared database on a server can be chosen later by your administrator.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>What you typed is kept and saved as soon as there is room (next try in {seconds} s).</source>
        <translation>What you typed is kept and saved as soon as there is room (next try in {seconds} s).</translation>
    </message>
    <message>
        <source>What you typed is kept and saved as soon as the connection is back (next try in {seconds} s).</source>
        <translation>What you typed is kept and saved as soon as the connection is back (next try in {seconds} s).</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this form is not saved yet. Close it and lose what you typed?</source>
        <translation>The server cannot be reached, so this form is not saved yet. Close it and lose what you typed?</translation>
    </message>
    <message>
        <source>What you typed is kept; you can save again.</source>
        <translation>What you typed is kept; you can save again.</translation>
    </message>
    <message>
        <source>Merged with the colleague&apos;s changes. Check the form and save.</source>
        <translation>Merged with the colleague&apos;s changes. Check the form and save.</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Changed by a colleague</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>A colleague deleted this record; it cannot be saved any more.</source>
        <translation>A colleague deleted this record; it cannot be saved any more.</translation>
    </message>
</context>
<context>
    <name>FormValues</name>
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
    <name>HotspotsPage</name>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Why we enforce here (PDF)…</source>
        <translation>Why we enforce here (PDF)…</translation>
    </message>
    <message>
        <source>Enter shows the signals behind a row</source>
        <translation>Enter shows the signals behind a row</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Where or what</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Double-click a row to see the signals behind it</source>
        <translation>Double-click a row to see the signals behind it</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction</source>
        <translation>Reporters&apos; satisfaction</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Share satisfied</source>
        <translation>Share satisfied</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Signals per week (chart)</source>
        <translation>Signals per week (chart)</translation>
    </message>
    <message>
        <source>The same figures are in the table above</source>
        <translation>The same figures are in the table above</translation>
    </message>
    <message>
        <source>%1 signals and %2 observations in this period</source>
        <translation>%1 signals and %2 observations in this period</translation>
    </message>
    <message>
        <source>All reactions in this period</source>
        <translation>All reactions in this period</translation>
    </message>
    <message>
        <source>Why we enforce here</source>
        <translation>Why we enforce here</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>New idea</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity on documents</source>
        <translation>Identity on documents</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Used sparingly: the name in the header and the table headings.</source>
        <translation>Used sparingly: the name in the header and the table headings.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Sender&apos;s name</translation>
    </message>
    <message>
        <source>Sender&apos;s role</source>
        <translation>Sender&apos;s role</translation>
    </message>
    <message>
        <source>For example: ondernemersmanager. Signs conversation reports.</source>
        <translation>For example: ondernemersmanager. Signs conversation reports.</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Printed in the footer of every page.</source>
        <translation>Printed in the footer of every page.</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG or JPEG, at most 2 MB.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>On the handout; daily reports go to it.</translation>
    </message>
    <message>
        <source>Not set up yet: documents show “%1” until you fill this in.</source>
        <translation>Not set up yet: documents show “%1” until you fill this in.</translation>
    </message>
    <message>
        <source>The greyed-out fields are set by your IT department for this computer.</source>
        <translation>The greyed-out fields are set by your IT department for this computer.</translation>
    </message>
    <message>
        <source>Set by your IT department for this computer</source>
        <translation>Set by your IT department for this computer</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(no logo)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Save the error report…</source>
        <translation>Save the error report…</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Undo import…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Save the error report</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? The companies it added are removed and the fields it changed set back. Records someone changed since are left as they are.</source>
        <translation>Undo import %1 (%2)? The companies it added are removed and the fields it changed set back. Records someone changed since are left as they are.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Undoing import %1…</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records removed, %3 records set back.</source>
        <translation>Import %1 undone: %2 records removed, %3 records set back.</translation>
    </message>
    <message>
        <source>Left as they are, because they were changed after the import:</source>
        <translation>Left as they are, because they were changed after the import:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>skip</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>import as new</source>
        <translation>import as new</translation>
    </message>
    <message>
        <source>update the existing company</source>
        <translation>update the existing company</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translation>nothing changes</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>like %1 (%2 %: %3)</source>
        <translation>like %1 (%2 %: %3)</translation>
    </message>
    <message>
        <source>the same as row %1</source>
        <translation>the same as row %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>of the company in row %1</source>
        <translation>of the company in row %1</translation>
    </message>
    <message>
        <source>Import companies</source>
        <translation>Import companies</translation>
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import companies from a file</source>
        <translation>Import companies from a file</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx), a CSV or text file (.csv, .txt) or a KvK file (.json). Title lines above the column names, empty rows and a totals row are fine. Nothing is written until you have seen the trial run (Proefimport).</source>
        <translation>Choose an Excel file (.xlsx), a CSV or text file (.csv, .txt) or a KvK file (.json). Title lines above the column names, empty rows and a totals row are fine. Nothing is written until you have seen the trial run (Proefimport).</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Area, when the file has none</source>
        <translation>Area, when the file has none</translation>
    </message>
    <message>
        <source>Account manager, when the file has none</source>
        <translation>Account manager, when the file has none</translation>
    </message>
    <message>
        <source>Status, when the file has none</source>
        <translation>Status, when the file has none</translation>
    </message>
    <message>
        <source>Trial run (Proefimport): nothing has been written yet</source>
        <translation>Trial run (Proefimport): nothing has been written yet</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Show rows</translation>
    </message>
    <message>
        <source>For the selected rows</source>
        <translation>For the selected rows</translation>
    </message>
    <message>
        <source>Save the error report…</source>
        <translation>Save the error report…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Which column holds what? (%1)</source>
        <translation>Which column holds what? (%1)</translation>
    </message>
    <message>
        <source>The mapping you made for a file with these columns before.</source>
        <translation>The mapping you made for a file with these columns before.</translation>
    </message>
    <message>
        <source>Suggested from the column names; change what is not right.</source>
        <translation>Suggested from the column names; change what is not right.</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Reading and checking every row…</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Save the error report</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import %1 is done</source>
        <translation>Import %1 is done</translation>
    </message>
    <message>
        <source>%1 companies and %2 establishments were added and %3 records updated. You can undo the whole import under Import history.</source>
        <translation>%1 companies and %2 establishments were added and %3 records updated. You can undo the whole import under Import history.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Choose an indicator</source>
        <translation>Choose an indicator</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>Path to target</translation>
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
        <translation>New indicator</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>For example %, companies, visitors.</source>
        <translation>For example %, companies, visitors.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Lowest plausible value</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Highest plausible value</translation>
    </message>
    <message>
        <source>Outside it, a measurement is confirmed first.</source>
        <translation>Outside it, a measurement is confirmed first.</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Remove measurement</translation>
    </message>
    <message>
        <source>Choose an indicator on the left, or add one to an ambition.</source>
        <translation>Choose an indicator on the left, or add one to an ambition.</translation>
    </message>
    <message>
        <source>trend: %1</source>
        <translation>trend: %1</translation>
    </message>
    <message>
        <source>latest: %1</source>
        <translation>latest: %1</translation>
    </message>
    <message>
        <source>target: %1 by %2</source>
        <translation>target: %1 by %2</translation>
    </message>
    <message>
        <source>expected then: %1</source>
        <translation>expected then: %1</translation>
    </message>
    <message>
        <source>baseline: %1 on %2</source>
        <translation>baseline: %1 on %2</translation>
    </message>
    <message>
        <source>Actions working on it: %1</source>
        <translation>Actions working on it: %1</translation>
    </message>
    <message>
        <source>No action names this indicator yet.</source>
        <translation>No action names this indicator yet.</translation>
    </message>
    <message>
        <source>Counted from the application&apos;s data.</source>
        <translation>Counted from the application&apos;s data.</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambitions</translation>
    </message>
    <message>
        <source>Remove the measurement of %1?</source>
        <translation>Remove the measurement of %1?</translation>
    </message>
</context>
<context>
    <name>InputTab</name>
    <message>
        <source>Only ideas not linked to an ambition</source>
        <translation>Only ideas not linked to an ambition</translation>
    </message>
    <message>
        <source>Respondent / idea</source>
        <translation>Respondent / idea</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size / stage</source>
        <translation>Size / stage</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>New respondent</source>
        <translation>New respondent</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>New idea</translation>
    </message>
    <message>
        <source>Edit or link…</source>
        <translation>Edit or link…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>%Ln idea</numerusform>
            <numerusform>%Ln ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not linked to an ambition</source>
        <translation>
            <numerusform>%Ln not linked to an ambition</numerusform>
            <numerusform>%Ln not linked to an ambition</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>New contact moment</source>
        <translation>New contact moment</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contact moment</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Officials present</source>
        <translation>Officials present</translation>
    </message>
    <message>
        <source>Contact persons present</source>
        <translation>Contact persons present</translation>
    </message>
    <message>
        <source>Confidential: not in documents for the entrepreneur</source>
        <translation>Confidential: not in documents for the entrepreneur</translation>
    </message>
    <message>
        <source>Conversation report</source>
        <translation>Conversation report</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>The company file was updated; check it and save again. Nothing you typed is lost.</source>
        <translation>The company file was updated; check it and save again. Nothing you typed is lost.</translation>
    </message>
</context>
<context>
    <name>InzageTab</name>
    <message>
        <source>The ticked records have different e-mail addresses or phone numbers: they may be of different people. Untick what is not of this person.</source>
        <translation>The ticked records have different e-mail addresses or phone numbers: they may be of different people. Untick what is not of this person.</translation>
    </message>
    <message>
        <source>e.g. Els Jansen</source>
        <translation>e.g. Els Jansen</translation>
    </message>
    <message>
        <source>e.g. 06 1234 5678</source>
        <translation>e.g. 06 1234 5678</translation>
    </message>
    <message>
        <source>e.g. els@example.nl</source>
        <translation>e.g. els@example.nl</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Finds a person as reporter, contact person or desk visitor in every record. Untick what belongs to someone else: export and erasure take the ticked records only.</source>
        <translation>Finds a person as reporter, contact person or desk visitor in every record. Untick what belongs to someone else: export and erasure take the ticked records only.</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Type a name, phone number or e-mail address and search.</source>
        <translation>Type a name, phone number or e-mail address and search.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write everything held about this person as a PDF and a JSON file</source>
        <translation>Write everything held about this person as a PDF and a JSON file</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Anonymise this person in the ticked records, with a reason</source>
        <translation>Anonymise this person in the ticked records, with a reason</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an e-mail address.</source>
        <translation>Type a name, a phone number or an e-mail address.</translation>
    </message>
    <message>
        <source>Nobody found for %1. Nothing is held about this person, or it was erased.</source>
        <translation>Nobody found for %1. Nothing is held about this person, or it was erased.</translation>
    </message>
    <message>
        <source>%1 of %2 records ticked</source>
        <translation>%1 of %2 records ticked</translation>
    </message>
    <message>
        <source>Choose the folder for the inzage export</source>
        <translation>Choose the folder for the access request export</translation>
    </message>
    <message>
        <source>Saved in %1: %2 and %3.</source>
        <translation>Saved in %1: %2 and %3.</translation>
    </message>
    <message>
        <source>Erased: </source>
        <translation>Erased: </translation>
    </message>
    <message>
        <source>Nothing needed erasing.</source>
        <translation>Nothing needed erasing.</translation>
    </message>
    <message>
        <source>The privacy log records it with the reason.</source>
        <translation>The privacy log records it with the reason.</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Which articles</source>
        <translation>Which articles</translation>
    </message>
    <message>
        <source>Valid today</source>
        <translation>Valid today</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Search knowledge articles</source>
        <translation>Search knowledge articles</translation>
    </message>
    <message>
        <source>Finds articles by question, answer or tags</source>
        <translation>Finds articles by question, answer or tags</translation>
    </message>
    <message>
        <source>Search question, answer, tags…</source>
        <translation>Search question, answer, tags…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation>Knowledge articles</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Edit / review</source>
        <translation>Edit / review</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <translation>Handout (PDF)</translation>
    </message>
    <message>
        <source>to review (past the review date or expired)</source>
        <translation>to review (past the review date or expired)</translation>
    </message>
    <message>
        <source>Nothing needs review.</source>
        <translation>Nothing needs review.</translation>
    </message>
    <message>
        <source>No articles here. Add one with &quot;New article&quot;.</source>
        <translation>No articles here. Add one with &quot;New article&quot;.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
</context>
<context>
    <name>LeadsDialog</name>
    <message>
        <source>Kartrekkers</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Of the plan: %1</source>
        <translation>Of the plan: %1</translation>
    </message>
    <message>
        <source>Of the ambition: %1</source>
        <translation>Of the ambition: %1</translation>
    </message>
    <message>
        <source>Ambtelijk (official)</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Bestuurlijk (portfolio holder)</source>
        <translation>Portfolio holder</translation>
    </message>
    <message>
        <source>The alderman who answers for it, for example: J. de Vries</source>
        <translation>The alderman who answers for it, for example: J. de Vries</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>ambtelijk: %1</source>
        <translation>official: %1</translation>
    </message>
    <message>
        <source>bestuurlijk: %1</source>
        <translation>portfolio holder: %1</translation>
    </message>
</context>
<context>
    <name>LongWorkDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln s left</source>
        <translation>
            <numerusform>about %Ln s left</numerusform>
            <numerusform>about %Ln s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min left</source>
        <translation>
            <numerusform>about %Ln min left</numerusform>
            <numerusform>about %Ln min left</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Cancelling; nothing will be changed…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambitions</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (GDPR)</translation>
    </message>
    <message>
        <source>Kernen and areas</source>
        <translation>Villages and areas</translation>
    </message>
    <message>
        <source>Identity on documents</source>
        <translation>Identity on documents</translation>
    </message>
    <message>
        <source>Ondernemersdesk</source>
        <translation>Ondernemersdesk</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Connection…</translation>
    </message>
    <message>
        <source>Settings: language, contrast and text size… (Ctrl+,)</source>
        <translation>Settings: language, contrast and text size… (Ctrl+,)</translation>
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
        <source>About Ondernemersdesk</source>
        <translation>About Ondernemersdesk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Help: keyboard shortcuts (F1), about Ondernemersdesk</source>
        <translation>Help: keyboard shortcuts (F1), about Ondernemersdesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Show my work</source>
        <translation>Show my work</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Search a company</source>
        <translation>Search a company</translation>
    </message>
    <message>
        <source>Go to the navigation (then Up/Down and Enter)</source>
        <translation>Go to the navigation (then Up/Down and Enter)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Company file</translation>
    </message>
    <message>
        <source>Report of a contact moment or article</source>
        <translation>Report of a contact moment or article</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your agreements is overdue.</source>
        <translation>
            <numerusform>%Ln of your agreements is overdue.</numerusform>
            <numerusform>%Ln of your agreements are overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated by %1 at %2</source>
        <translation>Updated by %1 at %2</translation>
    </message>
    <message>
        <source>Updated by a colleague at %1</source>
        <translation>Updated by a colleague at %1</translation>
    </message>
    <message>
        <source>Nothing you typed is lost.</source>
        <translation>Nothing you typed is lost.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>New measurement</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unusual value</source>
        <translation>Unusual value</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Keep the other record instead</translation>
    </message>
    <message>
        <source>Yes, merge the active record into the archived one</source>
        <translation>Yes, merge the active record into the archived one</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is kept; &lt;b&gt;%2&lt;/b&gt; is merged into it and kept as an archived reference that still finds %1. Choose per field which value stays.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is kept; &lt;b&gt;%2&lt;/b&gt; is merged into it and kept as an archived reference that still finds %1. Choose per field which value stays.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Merged: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Moves to %1: %2.</translation>
    </message>
    <message>
        <source>Nothing is linked to %1.</source>
        <translation>Nothing is linked to %1.</translation>
    </message>
    <message>
        <source>%1 is archived: tick the box to merge an active record into it.</source>
        <translation>%1 is archived: tick the box to merge an active record into it.</translation>
    </message>
    <message>
        <source>Merging %1 into %2…</source>
        <translation>Merging %1 into %2…</translation>
    </message>
</context>
<context>
    <name>MergesPanel</name>
    <message>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation>Undo merge…</translation>
    </message>
    <message>
        <source>Give the merged record back its own values and exactly the records moved from it</source>
        <translation>Give the merged record back its own values and exactly the records moved from it</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>%1 merged into %2 (%3 records moved)</source>
        <translation>%1 merged into %2 (%3 records moved)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? %1 comes back with its own values and the records moved from it; what was added to %2 since stays there.</source>
        <translation>Undo the merge of %1 into %2? %1 comes back with its own values and the records moved from it; what was added to %2 since stays there.</translation>
    </message>
</context>
<context>
    <name>MonitoringPeriodDialog</name>
    <message>
        <source>Monitoring report</source>
        <translation>Monitoring report</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a first and a last day; the last not before the first.</source>
        <translation>Choose a first and a last day; the last not before the first.</translation>
    </message>
</context>
<context>
    <name>MyActionsPanel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
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
        <source>My actions</source>
        <translation>My actions</translation>
    </message>
    <message>
        <source>Update action…</source>
        <translation>Update action…</translation>
    </message>
    <message>
        <source>Actions of the ambition plan (%1)</source>
        <translation>Actions of the ambition plan (%1)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>No open actions. Actions assigned to you appear here.</source>
        <translation>No open actions. Actions assigned to you appear here.</translation>
    </message>
</context>
<context>
    <name>MySignalsSection</name>
    <message>
        <source>My signals</source>
        <translation>My signals</translation>
    </message>
    <message>
        <source>No open signals of yours. Signals you are made the handler of appear here.</source>
        <translation>No open signals of yours. Signals you are made the handler of appear here.</translation>
    </message>
    <message>
        <source>Open signal</source>
        <translation>Open signal</translation>
    </message>
    <message>
        <source>My signals: %1 open</source>
        <translation>My signals: %1 open</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>My agreements</source>
        <translation>My agreements</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>The whole team</translation>
    </message>
    <message>
        <source>All open agreements</source>
        <translation>All open agreements</translation>
    </message>
    <message>
        <source>Overdue and due this week</source>
        <translation>Overdue and due this week</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company / agreement</source>
        <translation>Company / agreement</translation>
    </message>
    <message>
        <source>Whose agreements</source>
        <translation>Whose agreements</translation>
    </message>
    <message>
        <source>Which agreements</source>
        <translation>Which agreements</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
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
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Nothing to follow up. Agreements assigned to you appear here.</source>
        <translation>Nothing to follow up. Agreements assigned to you appear here.</translation>
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
        <translation>overdue</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>due this week</translation>
    </message>
    <message>
        <source>later or without date</source>
        <translation>later or without date</translation>
    </message>
    <message>
        <source>the %1 most urgent are listed</source>
        <translation>the %1 most urgent are listed</translation>
    </message>
</context>
<context>
    <name>NoMailProgramDialog</name>
    <message>
        <source>E-mail draft</source>
        <translation>E-mail draft</translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved as %1 with the document attached: open it from the folder, or copy the text below into a new e-mail to %2 and attach %3.</source>
        <translation>No mail program opened the draft. It is saved as %1 with the document attached: open it from the folder, or copy the text below into a new e-mail to %2 and attach %3.</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>The message</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NumberFields</name>
    <message>
        <source>Type a number, for example 12,5.</source>
        <translation>Type a number, for example 12,5.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Search a company (optional)</source>
        <translation>Search a company (optional)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Or the place: two streets of one name exist</source>
        <translation>Or the place: two streets of one name exist</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Advice or action taken</source>
        <translation>Advice or action taken</translation>
    </message>
    <message>
        <source>A contact person, or type a name</source>
        <translation>A contact person, or type a name</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Spoke with</translation>
    </message>
    <message>
        <source>The company&apos;s contact persons are listed</source>
        <translation>The company&apos;s contact persons are listed</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Needs follow-up</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Synchronise with the server</source>
        <translation>Synchronise with the server</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Review the changes that clash with the server</source>
        <translation>Review the changes that clash with the server</translation>
    </message>
</context>
<context>
    <name>OfflineControls</name>
    <message>
        <source>Take along…</source>
        <translation>Take along…</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Work offline</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Hand in (remove the set)</source>
        <translation>Hand in (remove the set)</translation>
    </message>
    <message>
        <source>Take along</source>
        <translation>Take along</translation>
    </message>
    <message>
        <source>Take along: work offline, synchronise, hand in</source>
        <translation>Take along: work offline, synchronise, hand in</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1 · %2</source>
        <translation>Offline since %1 · %2</translation>
    </message>
    <message>
        <source>synchronising…</source>
        <translation>synchronising…</translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation>last synchronised %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) clash with the server</source>
        <translation>
            <numerusform>%Ln change clashes with the server</numerusform>
            <numerusform>%Ln changes clash with the server</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection this set came from (%1) no longer exists; choose it again under Connection…</source>
        <translation>The connection this set came from (%1) no longer exists; choose it again under Connection…</translation>
    </message>
    <message>
        <source>Synchronising with the server…</source>
        <translation>Synchronising with the server…</translation>
    </message>
    <message>
        <source>Not synchronised: %1</source>
        <translation>Not synchronised: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not synchronised automatically: %Ln change(s) clash with the server. Review them when you are ready.</source>
        <translation>
            <numerusform>Not synchronised automatically: %Ln change clashes with the server. Review it when you are ready.</numerusform>
            <numerusform>Not synchronised automatically: %Ln changes clash with the server. Review them when you are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised: a choice is still needed.</source>
        <translation>Not synchronised: a choice is still needed.</translation>
    </message>
    <message>
        <source>Synchronised: %1 sent, %2 received, %3 merged field by field.</source>
        <translation>Synchronised: %1 sent, %2 received, %3 merged field by field.</translation>
    </message>
    <message>
        <source>New signals got their numbers: %1.</source>
        <translation>New signals got their numbers: %1.</translation>
    </message>
    <message>
        <source>The previous attempt had reached the server; nothing was sent twice.</source>
        <translation>The previous attempt had reached the server; nothing was sent twice.</translation>
    </message>
    <message>
        <source>Removed or archived on the server</source>
        <translation>Removed or archived on the server</translation>
    </message>
    <message>
        <source>These records were removed or archived on the server while you changed them here. They are not brought back; your changes to them lapse.

%1

Let these changes lapse and synchronise the rest?</source>
        <translation>These records were removed or archived on the server while you changed them here. They are not brought back; your changes to them lapse.

%1

Let these changes lapse and synchronise the rest?</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>When taken along</source>
        <translation>When taken along</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Offline (yours)</source>
        <translation>Offline (yours)</translation>
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
        <translation>Keep all from the server</translation>
    </message>
    <message>
        <source>Keep all done offline</source>
        <translation>Keep all done offline</translation>
    </message>
    <message>
        <source>%1 was changed here, offline, and meanwhile on the server too. The fields below differ; choose for each which version to keep (fields marked yellow were changed on both sides). The other changes are merged as they are.</source>
        <translation>%1 was changed here, offline, and meanwhile on the server too. The fields below differ; choose for each which version to keep (fields marked yellow were changed on both sides). The other changes are merged as they are.</translation>
    </message>
    <message>
        <source>Stop synchronising</source>
        <translation>Stop synchronising</translation>
    </message>
    <message>
        <source>Changed here and on the server: %1</source>
        <translation>Changed here and on the server: %1</translation>
    </message>
    <message>
        <source>(a record no longer there)</source>
        <translation>(a record no longer there)</translation>
    </message>
    <message>
        <source>%1 (removed on the server)</source>
        <translation>%1 (removed on the server)</translation>
    </message>
    <message>
        <source>%1 (archived on the server)</source>
        <translation>%1 (archived on the server)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made offline have not been synchronised yet. Synchronise first; then the set can be handed in.</source>
        <translation>
            <numerusform>%Ln change made offline has not been synchronised yet. Synchronise first; then the set can be handed in.</numerusform>
            <numerusform>%Ln changes made offline have not been synchronised yet. Synchronise first; then the set can be handed in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The set taken along is removed from this computer, with its key.</source>
        <translation>The set taken along is removed from this computer, with its key.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambitions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ambition(s)</source>
        <translation>
            <numerusform>%Ln ambition</numerusform>
            <numerusform>%Ln ambitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% done</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln idea(s) not linked</source>
        <translation>
            <numerusform>%Ln idea not linked</numerusform>
            <numerusform>%Ln ideas not linked</numerusform>
        </translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>no indicators</translation>
    </message>
    <message>
        <source>no input linked</source>
        <translation>no input linked</translation>
    </message>
    <message>
        <source>%1 of them public</source>
        <translation>%1 of them public</translation>
    </message>
    <message>
        <source>No idea of a respondent is linked to this ambition yet.</source>
        <translation>No idea of a respondent is linked to this ambition yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln idea(s)</source>
        <translation>
            <numerusform>%Ln idea</numerusform>
            <numerusform>%Ln ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Probably the same as</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>The password of %1 on %2:</translation>
    </message>
    <message>
        <source>Remember in the password store</source>
        <translation>Remember in the password store</translation>
    </message>
    <message>
        <source>Other connection…</source>
        <translation>Other connection…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview of the PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Open after saving</source>
        <translation>Open after saving</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-mail draft</translation>
    </message>
    <message>
        <source>A new e-mail in your mail program with this document attached</source>
        <translation>A new e-mail in your mail program with this document attached</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s). Check the document, then save it.</source>
        <translation>
            <numerusform>%Ln page. Check the document, then save it.</numerusform>
            <numerusform>%Ln pages. Check the document, then save it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: no permission there, or the file is open in another program. Close it or choose another place, and save again.</source>
        <translation>Cannot write %1: no permission there, or the file is open in another program. Close it or choose another place, and save again.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another place and save again.</source>
        <translation>Cannot write %1: %2. Choose another place and save again.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Ambition plan</source>
        <translation>Ambition plan</translation>
    </message>
    <message>
        <source>New ambition plan</source>
        <translation>New ambition plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>no actions yet</source>
        <translation>no actions yet</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3%)</source>
        <translation>%1 of %2 done (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (GDPR)</translation>
    </message>
    <message>
        <source>How long personal data is kept, and what a person may ask: to see everything held about them (inzage) and to be erased.</source>
        <translation>How long personal data is kept, and what a person may ask: to see everything held about them (access request) and to be erased.</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Inzage and erasure</source>
        <translation>Access and erasure</translation>
    </message>
</context>
<context>
    <name>PrivacyWording</name>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>%1 to anonymise</source>
        <translation>%1 to anonymise</translation>
    </message>
    <message>
        <source>%1 to remove</source>
        <translation>%1 to remove</translation>
    </message>
    <message>
        <source>%1 anonymised</source>
        <translation>%1 anonymised</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Log the question</source>
        <translation>Log the question</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Name or description, e.g. starter, bakery</source>
        <translation>Name or description, e.g. starter, bakery</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>What does the entrepreneur ask?</source>
        <translation>What does the entrepreneur ask?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The answer given (empty when handed over)</source>
        <translation>The answer given (empty when handed over)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Hand over to (Alt+O)</source>
        <translation>Hand over to (Alt+O)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Log (Ctrl+Enter)</source>
        <translation>Log (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>Empty form</translation>
    </message>
    <message>
        <source>Account manager: %1</source>
        <translation>Account manager: %1</translation>
    </message>
    <message>
        <source>visitor without company</source>
        <translation>visitor without company</translation>
    </message>
    <message>
        <source>A handover needs a company: find the company first.</source>
        <translation>A handover needs a company: find the company first.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>Logged and handed over to %1; it is in their &quot;My work&quot;.</source>
        <translation>Logged and handed over to %1; it is in their &quot;My work&quot;.</translation>
    </message>
    <message>
        <source>Logged as a contact moment in the company&apos;s file.</source>
        <translation>Logged as a contact moment in the company&apos;s file.</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Logged.</translation>
    </message>
    <message>
        <source>The question stays here and is logged as soon as the connection is back.</source>
        <translation>The question stays here and is logged as soon as the connection is back.</translation>
    </message>
    <message>
        <source>What you typed is kept; you can log it again.</source>
        <translation>What you typed is kept; you can log it again.</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>%1: reaction of the reporter</source>
        <translation>%1: reaction of the reporter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>request to reopen</source>
        <translation>request to reopen</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>In the reporter&apos;s words</source>
        <translation>In the reporter&apos;s words</translation>
    </message>
    <message>
        <source>The signal becomes a request to reopen: a handler accepts or declines it.</source>
        <translation>The signal becomes a request to reopen: a handler accepts or declines it.</translation>
    </message>
    <message>
        <source>The signal stays handled.</source>
        <translation>The signal stays handled.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason of a reaction</source>
        <translation>Reason of a reaction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Not satisfied for this reason: a request to reopen the signal</source>
        <translation>Not satisfied for this reason: a request to reopen the signal</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Bulleted list (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
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
        <translation>New respondent</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Starter or established</source>
        <translation>Starter or established</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Known company</source>
        <translation>Known company</translation>
    </message>
    <message>
        <source>Optional: the respondent&apos;s file.</source>
        <translation>Optional: the respondent&apos;s file.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily backup</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: the check found faults in it. Do not go on working in it. Restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.</source>
        <translation>The database file %1 is damaged: the check found faults in it. Do not go on working in it. Restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The database as it is now is kept aside first, so nothing is lost; the application then opens the restored file.</source>
        <translation>Choose the backup to put back. The database as it is now is kept aside first, so nothing is lost; the application then opens the restored file.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
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
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %1? The current file is kept aside first.</source>
        <translation>Replace the database by the backup of %1? The current file is kept aside first.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>The backup is restored. The database as it was is kept as %1.</source>
        <translation>The backup is restored. The database as it was is kept as %1.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Preview shows what the retention job would anonymise or remove today, without doing it.</source>
        <translation>Preview shows what the retention job would anonymise or remove today, without doing it.</translation>
    </message>
    <message>
        <source>Change period…</source>
        <translation>Change period…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Count what is due now, without changing anything</source>
        <translation>Count what is due now, without changing anything</translation>
    </message>
    <message>
        <source>Run now…</source>
        <translation>Run now…</translation>
    </message>
    <message>
        <source>Privacy log</source>
        <translation>Privacy log</translation>
    </message>
    <message>
        <source>What was anonymised or removed, when and by whom: counts only, never the data itself.</source>
        <translation>What was anonymised or removed, when and by whom: counts only, never the data itself.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>the daily run</source>
        <translation>the daily run</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nothing was due</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nothing has been anonymised, removed or exported yet.</source>
        <translation>Nothing has been anonymised, removed or exported yet.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 — basis: %2</source>
        <translation>%1 — basis: %2</translation>
    </message>
    <message>
        <source>Select a kind to see the basis of its period; double-click to change the period.</source>
        <translation>Select a kind to see the basis of its period; double-click to change the period.</translation>
    </message>
    <message>
        <source>Period of %1 changed. Preview again to see what is due now.</source>
        <translation>Period of %1 changed. Preview again to see what is due now.</translation>
    </message>
    <message>
        <source>Preview of %1: </source>
        <translation>Preview of %1: </translation>
    </message>
    <message>
        <source>nothing is due.</source>
        <translation>nothing is due.</translation>
    </message>
    <message>
        <source>Nothing is due now: no personal data is past its retention period.</source>
        <translation>Nothing is due now: no personal data is past its retention period.</translation>
    </message>
    <message>
        <source>Apply the retention periods</source>
        <translation>Apply the retention periods</translation>
    </message>
    <message>
        <source>The retention job will now do this:

%1

This cannot be undone. The privacy log records what was done (counts only). Run it now?</source>
        <translation>The retention job will now do this:

%1

This cannot be undone. The privacy log records what was done (counts only). Run it now?</translation>
    </message>
    <message>
        <source>Done: </source>
        <translation>Done: </translation>
    </message>
    <message>
        <source>Done: nothing was due.</source>
        <translation>Done: nothing was due.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>For example: shopping streets Loosdrecht, catering evening round</source>
        <translation>For example: shopping streets Loosdrecht, catering evening round</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(several)</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Daily report (PDF)…</source>
        <translation>Daily report (PDF)…</translation>
    </message>
    <message>
        <source>Search observations</source>
        <translation>Search observations</translation>
    </message>
    <message>
        <source>Words of the finding, the advice, the address, the company or with whom was spoken</source>
        <translation>Words of the finding, the advice, the address, the company or with whom was spoken</translation>
    </message>
    <message>
        <source>Type at least 3 letters</source>
        <translation>Type at least 3 letters</translation>
    </message>
    <message>
        <source>The newest %1 observations found</source>
        <translation>The newest %1 observations found</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Save the observations of the rounds of this period, for Excel (.xlsx or .csv)</source>
        <translation>Save the observations of the rounds of this period, for Excel (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Advice or action</source>
        <translation>Advice or action</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Edit round…</translation>
    </message>
    <message>
        <source>Add observation…</source>
        <translation>Add observation…</translation>
    </message>
    <message>
        <source>Edit observation…</source>
        <translation>Edit observation…</translation>
    </message>
    <message>
        <source>Make agreement…</source>
        <translation>Make agreement…</translation>
    </message>
    <message>
        <source>Make signal</source>
        <translation>Make signal</translation>
    </message>
    <message>
        <source>Report for entrepreneur…</source>
        <translation>Report for entrepreneur…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to follow up</source>
        <translation>
            <numerusform>%Ln to follow up</numerusform>
            <numerusform>%Ln to follow up</numerusform>
        </translation>
    </message>
    <message>
        <source>No observation in this period holds these words. Choose a longer period?</source>
        <translation>No observation in this period holds these words. Choose a longer period?</translation>
    </message>
    <message>
        <source>No rounds in this period. Plan one with New round.</source>
        <translation>No rounds in this period. Plan one with New round.</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>agreement made</source>
        <translation>agreement made</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>needed</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Report for entrepreneur</source>
        <translation>Report for entrepreneur</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search a company: name, KvK, address, postcode, contact person…  (Ctrl+K)</source>
        <translation>Search a company: name, KvK, address, postcode, contact person…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Search companies</translation>
    </message>
    <message>
        <source>Finds companies by name, KvK number, address, postcode or contact person; Up and Down choose a result, Enter opens it</source>
        <translation>Finds companies by name, KvK number, address, postcode or contact person; Up and Down choose a result, Enter opens it</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Set up this database</source>
        <translation>Set up this database</translation>
    </message>
    <message>
        <source>Ondernemersdesk creates its tables in %1 and the first administrator&apos;s account. The administrator then adds the accounts of the team.</source>
        <translation>Ondernemersdesk creates its tables in %1 and the first administrator&apos;s account. The administrator then adds the accounts of the team.</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Administrator&apos;s login</translation>
    </message>
    <message>
        <source>Password of the new login</source>
        <translation>Password of the new login</translation>
    </message>
    <message>
        <source>The administrator&apos;s login is a login on the server; it is created, with this password, when it does not exist yet. When it is the login of this connection, no password is needed.</source>
        <translation>The administrator&apos;s login is a login on the server; it is created, with this password, when it does not exist yet. When it is the login of this connection, no password is needed.</translation>
    </message>
    <message>
        <source>First copy the data of my local file into it</source>
        <translation>First copy the data of my local file into it</translation>
    </message>
    <message>
        <source>There is no local file on this computer.</source>
        <translation>There is no local file on this computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As this computer</source>
        <translation>As this computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Set by your IT department (%1)</source>
        <translation>Set by your IT department (%1)</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Language of the window</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Follow the system (now: high contrast)</source>
        <translation>Follow the system (now: high contrast)</translation>
    </message>
    <message>
        <source>Follow the system (now: standard)</source>
        <translation>Follow the system (now: standard)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast: black on white, a thick blue focus frame</source>
        <translation>High contrast: black on white, a thick blue focus frame</translation>
    </message>
    <message>
        <source>Text size and scaling follow the operating system: now %1 pt at %2 %. Change them in the system&apos;s display settings; the window follows at its next start.</source>
        <translation>Text size and scaling follow the operating system: now %1 pt at %2 %. Change them in the system&apos;s display settings; the window follows at its next start.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>&amp;Contrast</source>
        <translation>&amp;Contrast</translation>
    </message>
    <message>
        <source>The language changes the next time you start Ondernemersdesk.</source>
        <translation>The language changes the next time you start Ondernemersdesk.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Every form and list</source>
        <translation>Every form and list</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Next field or button</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Previous field or button</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <source>That field or button</source>
        <translation>That field or button</translation>
    </message>
    <message>
        <source>Save the form; open the selected row of a list</source>
        <translation>Save the form; open the selected row of a list</translation>
    </message>
    <message>
        <source>Cancel the form, close the dialog or the list</source>
        <translation>Cancel the form, close the dialog or the list</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Press the button, tick the box</source>
        <translation>Press the button, tick the box</translation>
    </message>
    <message>
        <source>Move in a list, a table or a choice</source>
        <translation>Move in a list, a table or a choice</translation>
    </message>
    <message>
        <source>Open a drop-down list or a calendar</source>
        <translation>Open a drop-down list or a calendar</translation>
    </message>
    <message>
        <source>The menu of a list: sort it by a column</source>
        <translation>The menu of a list: sort it by a column</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Everything in Ondernemersdesk can be done with the keyboard. These keys work in the window now; the list is read from the application itself.</source>
        <translation>Everything in Ondernemersdesk can be done with the keyboard. These keys work in the window now; the list is read from the application itself.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignalDetail</name>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Take it on</source>
        <translation>Take it on</translation>
    </message>
    <message>
        <source>Become the handler: the signal is then in your My work</source>
        <translation>Become the handler: the signal is then in your My work</translation>
    </message>
    <message>
        <source>Reporter&apos;s reaction…</source>
        <translation>Reporter&apos;s reaction…</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Company file</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Letter (PDF)…</source>
        <translation>Letter (PDF)…</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-mail draft</translation>
    </message>
    <message>
        <source>History and feedback</source>
        <translation>History and feedback</translation>
    </message>
    <message>
        <source>Choose a signal in the list to see its history, or register a new one.</source>
        <translation>Choose a signal in the list to see its history, or register a new one.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Accept: reopen…</source>
        <translation>Accept: reopen…</translation>
    </message>
    <message>
        <source>Decline request…</source>
        <translation>Decline request…</translation>
    </message>
    <message>
        <source>Handle…</source>
        <translation>Handle…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Mark as handled…</source>
        <translation>Mark as handled…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Made offline: the server gives this signal its number when you synchronise</source>
        <translation>Made offline: the server gives this signal its number when you synchronise</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>shielded: only those who handle signals see the reporter&apos;s details</source>
        <translation>shielded: only those who handle signals see the reporter&apos;s details</translation>
    </message>
    <message>
        <source>wants to be contacted</source>
        <translation>wants to be contacted</translation>
    </message>
    <message>
        <source>does not need to be contacted</source>
        <translation>does not need to be contacted</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln reaction(s) in all)</source>
        <translation>
            <numerusform>(%Ln reaction in all)</numerusform>
            <numerusform>(%Ln reactions in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>The feedback to the reporter is shielded: only those who handle signals read it.</source>
        <translation>The feedback to the reporter is shielded: only those who handle signals read it.</translation>
    </message>
    <message>
        <source>No feedback given at this step.</source>
        <translation>No feedback given at this step.</translation>
    </message>
    <message>
        <source>This letter has a hole</source>
        <translation>This letter has a hole</translation>
    </message>
    <message>
        <source>Feedback letter</source>
        <translation>Feedback letter</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>New signal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Search a company (optional)</source>
        <translation>Search a company (optional)</translation>
    </message>
    <message>
        <source>Not about a company</source>
        <translation>Not about a company</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Anonymous: no name or contact details</source>
        <translation>Anonymous: no name or contact details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>For a reporter without e-mail: street, number, postcode, place</source>
        <translation>For a reporter without e-mail: street, number, postcode, place</translation>
    </message>
    <message>
        <source>The reporter wants to be contacted about the outcome</source>
        <translation>The reporter wants to be contacted about the outcome</translation>
    </message>
    <message>
        <source>Earlier signals nearby</source>
        <translation>Earlier signals nearby</translation>
    </message>
    <message numerus="yes">
        <source>Target handling time: %Ln working day(s)</source>
        <translation>
            <numerusform>Target handling time: %Ln working day</numerusform>
            <numerusform>Target handling time: %Ln working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reporter reported %Ln signal(s) before:</source>
        <translation>
            <numerusform>This reporter reported %Ln signal before:</numerusform>
            <numerusform>This reporter reported %Ln signals before:</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback of %1: %2</source>
        <translation>Feedback of %1: %2</translation>
    </message>
</context>
<context>
    <name>SignalListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>shielded</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>SignalSettingsDialog</name>
    <message>
        <source>Categories and feedback templates</source>
        <translation>Categories and feedback templates</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Feedback templates</translation>
    </message>
    <message>
        <source>Reasons for dissatisfaction</source>
        <translation>Reasons for dissatisfaction</translation>
    </message>
    <message>
        <source>Reasons of reactions</source>
        <translation>Reasons of reactions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>not in use</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>every status</translation>
    </message>
    <message>
        <source>not satisfied: request to reopen</source>
        <translation>not satisfied: request to reopen</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Register a signal (Ctrl+M)</source>
        <translation>Register a signal (Ctrl+M)</translation>
    </message>
    <message>
        <source>Categories and templates…</source>
        <translation>Categories and templates…</translation>
    </message>
    <message>
        <source>Search signals</source>
        <translation>Search signals</translation>
    </message>
    <message>
        <source>Finds signals by reporter, address, company, number or words</source>
        <translation>Finds signals by reporter, address, company, number or words</translation>
    </message>
    <message>
        <source>Reporter, address, company, number or words</source>
        <translation>Reporter, address, company, number or words</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Every source</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Show all open signals again</source>
        <translation>Show all open signals again</translation>
    </message>
    <message>
        <source>Enter opens the signal</source>
        <translation>Enter opens the signal</translation>
    </message>
    <message>
        <source>No signals match these filters. Change the filters, or register a new signal.</source>
        <translation>No signals match these filters. Change the filters, or register a new signal.</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Every handler</source>
        <translation>Every handler</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signal(s) listed</source>
        <translation>
            <numerusform>%Ln signal listed</numerusform>
            <numerusform>%Ln signals listed</numerusform>
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
        <translation>Companies</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>TakeDialog</name>
    <message>
        <source>Take along</source>
        <translation>Take along</translation>
    </message>
    <message>
        <source>Copy a set to this laptop to work on it without a connection. The copy is encrypted; its key stays in this computer&apos;s password store.</source>
        <translation>Copy a set to this laptop to work on it without a connection. The copy is encrypted; its key stays in this computer&apos;s password store.</translation>
    </message>
    <message>
        <source>A planned round</source>
        <translation>A planned round</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Companies whose name, KvK number, postcode or place contains</source>
        <translation>Companies whose name, KvK number, postcode or place contains</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>for example Loosdrecht or 1231</source>
        <translation>for example Loosdrecht or 1231</translation>
    </message>
    <message>
        <source>The companies selected in the list (%1)</source>
        <translation>The companies selected in the list (%1)</translation>
    </message>
    <message>
        <source>My companies (where I am the account manager)</source>
        <translation>My companies (where I am the account manager)</translation>
    </message>
    <message>
        <source>Keep it in</source>
        <translation>Keep it in</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copying</translation>
    </message>
    <message>
        <source>Work offline now</source>
        <translation>Work offline now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A planned round (none in the coming weeks)</source>
        <translation>A planned round (none in the coming weeks)</translation>
    </message>
    <message>
        <source>Keep the set in</source>
        <translation>Keep the set in</translation>
    </message>
    <message>
        <source>Sets taken along (*.odset)</source>
        <translation>Sets taken along (*.odset)</translation>
    </message>
    <message>
        <source>Choose a round.</source>
        <translation>Choose a round.</translation>
    </message>
    <message>
        <source>Type part of a name, KvK number, postcode or place.</source>
        <translation>Type part of a name, KvK number, postcode or place.</translation>
    </message>
    <message>
        <source>Choose the file to keep the set in.</source>
        <translation>Choose the file to keep the set in.</translation>
    </message>
    <message>
        <source>Copying the set from the server…</source>
        <translation>Copying the set from the server…</translation>
    </message>
    <message>
        <source>Taken along in %1 s and kept encrypted in %2.</source>
        <translation>Taken along in %1 s and kept encrypted in %2.</translation>
    </message>
    <message>
        <source>No records matched; the lookups and the knowledge base are there.</source>
        <translation>No records matched; the lookups and the knowledge base are there.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Feedback template</source>
        <translation>Feedback template</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For status</source>
        <translation>For status</translation>
    </message>
    <message>
        <source>(every status)</source>
        <translation>(every status)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Last 3 years</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Log contact moment</source>
        <translation>Log contact moment</translation>
    </message>
    <message>
        <source>Log contact moment (Ctrl+L)</source>
        <translation>Log contact moment (Ctrl+L)</translation>
    </message>
    <message>
        <source>Edit contact moment</source>
        <translation>Edit contact moment</translation>
    </message>
    <message>
        <source>Conversation report (PDF)</source>
        <translation>Conversation report (PDF)</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Contact moments and agreements, newest first</source>
        <translation>Contact moments and agreements, newest first</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Subject / agreement</source>
        <translation>Subject / agreement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact moment details</source>
        <translation>Contact moment details</translation>
    </message>
    <message numerus="yes">
        <source>Outlook hands over one message at a time: drag the other %Ln message(s) here one by one.</source>
        <translation>
            <numerusform>Outlook hands over one message at a time: drag the other %Ln message here on its own.</numerusform>
            <numerusform>Outlook hands over one message at a time: drag the other %Ln messages here one by one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open agreement(s)</source>
        <translation>
            <numerusform>%Ln open agreement</numerusform>
            <numerusform>%Ln open agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact moment(s)</source>
        <translation>
            <numerusform>%Ln contact moment</numerusform>
            <numerusform>%Ln contact moments</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact moments yet. Log the first one with “Log contact moment” (Ctrl+L), or drag an e-mail (saved as .eml, or .msg from Outlook) here.</source>
        <translation>No contact moments yet. Log the first one with “Log contact moment” (Ctrl+L), or drag an e-mail (saved as .eml, or .msg from Outlook) here.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Officials</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
</context>
<context>
    <name>TodayTabs</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>No questions yet today. Logged questions appear here.</source>
        <translation>No questions yet today. Logged questions appear here.</translation>
    </message>
    <message>
        <source>Search all questions asked</source>
        <translation>Search all questions asked</translation>
    </message>
    <message>
        <source>Words of the question, the answer, the company or the visitor</source>
        <translation>Words of the question, the answer, the company or the visitor</translation>
    </message>
    <message>
        <source>Type at least 3 letters</source>
        <translation>Type at least 3 letters</translation>
    </message>
    <message>
        <source>Today at the desk</source>
        <translation>Today at the desk</translation>
    </message>
    <message>
        <source>Desk questions</source>
        <translation>Desk questions</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Questions today</source>
        <translation>Questions today</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Asked most</source>
        <translation>Asked most</translation>
    </message>
    <message>
        <source>No question holds these words.</source>
        <translation>No question holds these words.</translation>
    </message>
    <message>
        <source>Questions found (%1)</source>
        <translation>Questions found (%1)</translation>
    </message>
    <message>
        <source>Today at the desk (%1)</source>
        <translation>Today at the desk (%1)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>No questions logged in this period.</source>
        <translation>No questions logged in this period.</translation>
    </message>
    <message>
        <source>%1 questions since %2; %3 answered without an article (a gap in the knowledge base), %4 handed over.</source>
        <translation>%1 questions since %2; %3 answered without an article (a gap in the knowledge base), %4 handed over.</translation>
    </message>
    <message>
        <source>Topic (tag)</source>
        <translation>Topic (tag)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Copy the local file to the server</source>
        <translation>Copy the local file to the server</translation>
    </message>
    <message>
        <source>All data of the local file is copied into the empty database on the server: companies, contact persons, contact moments and agreements, signals, rounds, ambitions, the knowledge base, the accounts and the audit trail. Every link between them is kept. The local file itself is not changed. If the copy is cancelled or fails, nothing is kept on the server.</source>
        <translation>All data of the local file is copied into the empty database on the server: companies, contact persons, contact moments and agreements, signals, rounds, ambitions, the knowledge base, the accounts and the audit trail. Every link between them is kept. The local file itself is not changed. If the copy is cancelled or fails, nothing is kept on the server.</translation>
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
        <source>Tables copied</source>
        <translation>Tables copied</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Start copying</source>
        <translation>Start copying</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancel copying</source>
        <translation>Cancel copying</translation>
    </message>
    <message>
        <source>Cancelling: the server is being left empty…</source>
        <translation>Cancelling: the server is being left empty…</translation>
    </message>
    <message>
        <source>The local file has been copied to the server.</source>
        <translation>The local file has been copied to the server.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>copy-report.txt</source>
        <translation>copy-report.txt</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Text (*.txt);;Spreadsheet, CSV (*.csv)</source>
        <translation>Text (*.txt);;Spreadsheet, CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>The report could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Report saved as %1.</translation>
    </message>
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
        <translation>equal</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>%1 rows copied in %2. Every table on the server is equal to the file, and every link is kept.</source>
        <translation>%1 rows copied in %2. Every table on the server is equal to the file, and every link is kept.</translation>
    </message>
    <message>
        <source>The copy differs from the file; it has not been kept on the server.</source>
        <translation>The copy differs from the file; it has not been kept on the server.</translation>
    </message>
    <message>
        <source>Search index rebuilt for %1 companies and %2 knowledge base articles.</source>
        <translation>Search index rebuilt for %1 companies and %2 knowledge base articles.</translation>
    </message>
    <message>
        <source>Also compared through their links: the contact moments and agreements of %1 companies.</source>
        <translation>Also compared through their links: the contact moments and agreements of %1 companies.</translation>
    </message>
    <message>
        <source>The %1 accounts of the file were copied, with everything they did (the audit trail). On the server every official signs in with a login of their own: the administrator gives each account a login under Accounts.</source>
        <translation>The %1 accounts of the file were copied, with everything they did (the audit trail). On the server every official signs in with a login of their own: the administrator gives each account a login under Accounts.</translation>
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
        <translation>What was found</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation>What is planned</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why declined</source>
        <translation>Why declined</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>(write it yourself)</source>
        <translation>(write it yourself)</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Fill in again</translation>
    </message>
    <message>
        <source>Fill the template again with what you wrote on the left</source>
        <translation>Fill the template again with what you wrote on the left</translation>
    </message>
    <message>
        <source>The reporter is told that the signal is reopened: this message is required.</source>
        <translation>The reporter is told that the signal is reopened: this message is required.</translation>
    </message>
    <message>
        <source>The reporter wants to be contacted: this message is required and kept in the history.</source>
        <translation>The reporter wants to be contacted: this message is required and kept in the history.</translation>
    </message>
    <message>
        <source>The reporter is anonymous: no feedback can be sent.</source>
        <translation>The reporter is anonymous: no feedback can be sent.</translation>
    </message>
    <message>
        <source>The reporter did not ask to be contacted; feedback is optional.</source>
        <translation>The reporter did not ask to be contacted; feedback is optional.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>TrialModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>_EstablishmentFields</name>
    <message>
        <source>Trade name</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Empty: the company&apos;s name.</source>
        <translation>Empty: the company&apos;s name.</translation>
    </message>
    <message>
        <source>Vestigingsnummer</source>
        <translation>Establishment number</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Sector (SBI)</source>
        <translation>Sector (SBI)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>archived</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ to choose, Enter to open, Esc to close</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies) found.</source>
        <translation>
            <numerusform>%Ln company found.</numerusform>
            <numerusform>%Ln companies found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try part of the name, a street, a postcode or a KvK number.</source>
        <translation>Nothing found. Try part of the name, a street, a postcode or a KvK number.</translation>
    </message>
</context>
<context>
    <name>agreements</name>
    <message>
        <source>due this week</source>
        <translation>due this week</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%(value)r is not a whole number</source>
        <translation>%(value)r is not a whole number</translation>
    </message>
    <message>
        <source>%(value)r is not a number</source>
        <translation>%(value)r is not a number</translation>
    </message>
    <message>
        <source>%(value)s is not between %(least)s and %(most)s</source>
        <translation>%(value)s is not between %(least)s and %(most)s</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <source>Empty Qt window, start to shown</source>
        <translation>Empty Qt window, start to shown</translation>
    </message>
    <message>
        <source>%1 MB peak memory</source>
        <translation>%1 MB peak memory</translation>
    </message>
    <message>
        <source>Cold start: window visible</source>
        <translation>Cold start: window visible</translation>
    </message>
    <message>
        <source>the first screen of the list, read before the database stack is loaded; beside the same empty Qt windows</source>
        <translation>the first screen of the list, read before the database stack is loaded; beside the same empty Qt windows</translation>
    </message>
    <message>
        <source>Cold start: first rows of the company list</source>
        <translation>Cold start: first rows of the company list</translation>
    </message>
    <message>
        <source>frame, navigation (its icons right after), search box focused (typing kept); beside an empty Qt window started just before each</source>
        <translation>frame, navigation (its icons right after), search box focused (typing kept); beside an empty Qt window started just before each</translation>
    </message>
    <message>
        <source>Cold start: main window complete</source>
        <translation>Cold start: main window complete</translation>
    </message>
    <message>
        <source>signed in, every page working, the list through the services; %1 MB peak memory</source>
        <translation>signed in, every page working, the list through the services; %1 MB peak memory</translation>
    </message>
    <message>
        <source>Measuring on %1…</source>
        <translation>Measuring on %1…</translation>
    </message>
    <message>
        <source>Profile written: %1</source>
        <translation>Profile written: %1</translation>
    </message>
    <message>
        <source>The reference %1 could not be read (%2): nothing compared.</source>
        <translation>The reference %1 could not be read (%2): nothing compared.</translation>
    </message>
    <message>
        <source>No ratio to the engine grew more than 1.5 times against the reference %1.</source>
        <translation>No ratio to the engine grew more than 1.5 times against the reference %1.</translation>
    </message>
    <message>
        <source>Building the %1 demo database (%2 companies)…</source>
        <translation>Building the %1 demo database (%2 companies)…</translation>
    </message>
    <message>
        <source>%1 searches</source>
        <translation>%1 searches</translation>
    </message>
    <message>
        <source>Search as you type, p50</source>
        <translation>Search as you type, p50</translation>
    </message>
    <message>
        <source>Search as you type, p95</source>
        <translation>Search as you type, p95</translation>
    </message>
    <message>
        <source>Search with a typo, p50</source>
        <translation>Search with a typo, p50</translation>
    </message>
    <message>
        <source>Search with a typo, p95</source>
        <translation>Search with a typo, p95</translation>
    </message>
    <message>
        <source>Company file with its timeline (services)</source>
        <translation>Company file with its timeline (services)</translation>
    </message>
    <message>
        <source>Whole timeline of the busiest file (services)</source>
        <translation>Whole timeline of the busiest file (services)</translation>
    </message>
    <message>
        <source>%1 contact moments (PDF, export)</source>
        <translation>%1 contact moments (PDF, export)</translation>
    </message>
    <message>
        <source>%1 contact moments</source>
        <translation>%1 contact moments</translation>
    </message>
    <message>
        <source>Company list, first screen</source>
        <translation>Company list, first screen</translation>
    </message>
    <message>
        <source>Mijn werk of the whole team on screen</source>
        <translation>Mijn werk of the whole team on screen</translation>
    </message>
    <message>
        <source>the first screenful; all %1 agreements listed after %2 ms; first time: %3 ms</source>
        <translation>the first screenful; all %1 agreements listed after %2 ms; first time: %3 ms</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>descending</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>ascending</translation>
    </message>
    <message>
        <source>Company list sorted by %1 (%2), first screen</source>
        <translation>Company list sorted by %1 (%2), first screen</translation>
    </message>
    <message>
        <source>%1 companies; the whole order after %2 ms</source>
        <translation>%1 companies; the whole order after %2 ms</translation>
    </message>
    <message>
        <source>Memory after opening %1 company files and scrolling the whole list</source>
        <translation>Memory after opening %1 company files and scrolling the whole list</translation>
    </message>
    <message>
        <source>%1 MB resident (target &lt; %2 MB: %3); peak %4 MB; took %5 s</source>
        <translation>%1 MB resident (target &lt; %2 MB: %3); peak %4 MB; took %5 s</translation>
    </message>
    <message>
        <source>the first %1 of %2 contact moments, as the window reads them with the file; the engine the same 7 queries</source>
        <translation>the first %1 of %2 contact moments, as the window reads them with the file; the engine the same 7 queries</translation>
    </message>
    <message>
        <source>Company list, scrolled to the end</source>
        <translation>Company list, scrolled to the end</translation>
    </message>
    <message>
        <source>a row of every page of %1 rows in turn, read as the list reads them (pages ahead read with the one shown); the engine: the same columns of every company in one query in the list&apos;s order</source>
        <translation>a row of every page of %1 rows in turn, read as the list reads them (pages ahead read with the one shown); the engine: the same columns of every company in one query in the list&apos;s order</translation>
    </message>
    <message>
        <source>Mijn werk of the busiest official</source>
        <translation>My work of the busiest official</translation>
    </message>
    <message>
        <source>%1 open agreements</source>
        <translation>%1 open agreements</translation>
    </message>
    <message>
        <source>Mijn werk of the whole team</source>
        <translation>My work of the whole team</translation>
    </message>
    <message>
        <source>%1 open agreements, %2 listed</source>
        <translation>%1 open agreements, %2 listed</translation>
    </message>
    <message>
        <source>%1 rows, %2 MB</source>
        <translation>%1 rows, %2 MB</translation>
    </message>
    <message>
        <source>; at most %1 MB more memory</source>
        <translation>; at most %1 MB more memory</translation>
    </message>
    <message>
        <source>Export of every company to Excel (.xlsx)</source>
        <translation>Export of every company to Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Possible duplicates of every company</source>
        <translation>Possible duplicates of every company</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 pairs</translation>
    </message>
    <message>
        <source>Possible duplicates of one company (its badge)</source>
        <translation>Possible duplicates of one company (its badge)</translation>
    </message>
    <message>
        <source>Merging the busiest file into another (rolled back)</source>
        <translation>Merging the busiest file into another (rolled back)</translation>
    </message>
    <message>
        <source>Briefing PDF (Gespreksvoorbereiding)</source>
        <translation>Briefing PDF</translation>
    </message>
    <message>
        <source>Company file PDF (Ondernemersdossier)</source>
        <translation>Company file PDF</translation>
    </message>
    <message>
        <source>Conversation report PDF (Gespreksverslag)</source>
        <translation>Conversation report PDF</translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>pages: %1</translation>
    </message>
    <message>
        <source>Open the busiest company file in the window</source>
        <translation>Open the busiest company file in the window</translation>
    </message>
    <message>
        <source>first time: %1 ms</source>
        <translation>first time: %1 ms</translation>
    </message>
    <message>
        <source>empty database</source>
        <translation>empty database</translation>
    </message>
    <message>
        <source>into the demo</source>
        <translation>into the demo</translation>
    </message>
    <message>
        <source>%1 rows, %2; %3 companies written; peak RSS %4 MB</source>
        <translation>%1 rows, %2; %3 companies written; peak RSS %4 MB</translation>
    </message>
    <message>
        <source>Import of a CSV file (trial, writing, trail, search index)</source>
        <translation>Import of a CSV file (trial, writing, trail, search index)</translation>
    </message>
    <message>
        <source>Trial run (Proefimport) of the same file</source>
        <translation>Trial run (Proefimport) of the same file</translation>
    </message>
    <message>
        <source>Word search: observations</source>
        <translation>Word search: observations</translation>
    </message>
    <message>
        <source>Word search: desk questions</source>
        <translation>Word search: desk questions</translation>
    </message>
    <message>
        <source>Word search: signals (handler)</source>
        <translation>Word search: signals (handler)</translation>
    </message>
    <message>
        <source>Word search: signals (without reporters)</source>
        <translation>Word search: signals (without reporters)</translation>
    </message>
    <message>
        <source>Labelled query set</source>
        <translation>Labelled query set</translation>
    </message>
    <message>
        <source>Search relevance</source>
        <translation>Search relevance</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Before (top-1 / top-3 / MRR)</source>
        <translation>Before (top-1 / top-3 / MRR)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>**missed**</source>
        <translation>**missed**</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>%1 queries; %2 of %3 nonsense queries found nothing; %4 crashes</source>
        <translation>%1 queries; %2 of %3 nonsense queries found nothing; %4 crashes</translation>
    </message>
    <message>
        <source>%1 (1 run)</source>
        <translation>%1 (1 run)</translation>
    </message>
    <message>
        <source>Ondernemersdesk benchmark (%1)</source>
        <translation>Ondernemersdesk benchmark (%1)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Machine: %1</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versions: %1</translation>
    </message>
    <message>
        <source>Data (%6): %1 companies, %2 establishments, %3 contact persons, %4 contact moments, %5 agreements</source>
        <translation>Data (%6): %1 companies, %2 establishments, %3 contact persons, %4 contact moments, %5 agreements</translation>
    </message>
    <message>
        <source>Peak memory of the benchmark process (services, window, PDFs): %1 MB</source>
        <translation>Peak memory of the benchmark process (services, window, PDFs): %1 MB</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Engine alone</source>
        <translation>Engine alone</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Missed targets: %1.</source>
        <translation>Missed targets: %1.</translation>
    </message>
    <message>
        <source>Every target is met.</source>
        <translation>Every target is met.</translation>
    </message>
    <message>
        <source>Engine alone: the same work written directly in SQL against the same indexes (DB-API cursor, no application code), or an empty Qt window for the start. Times are medians of %1 runs after a warm-up, with the spread in brackets: the fastest and the slowest run (min–max; a wide spread means a busy machine). Search is p50/p95 over the fragments and every keystroke of the typed words, its spread the lowest and highest p50/p95 of the rounds. What is measured once (an import) says so.</source>
        <translation>Engine alone: the same work written directly in SQL against the same indexes (DB-API cursor, no application code), or an empty Qt window for the start. Times are medians of %1 runs after a warm-up, with the spread in brackets: the fastest and the slowest run (min–max; a wide spread means a busy machine). Search is p50/p95 over the fragments and every keystroke of the typed words, its spread the lowest and highest p50/p95 of the rounds. What is measured once (an import) says so.</translation>
    </message>
    <message>
        <source>WARNING: %1 (%2) is %3× the engine, was %4× in the reference</source>
        <translation>WARNING: %1 (%2) is %3× the engine, was %4× in the reference</translation>
    </message>
    <message>
        <source>Taking %1 companies along (offline set)</source>
        <translation>Taking %1 companies along (offline set)</translation>
    </message>
    <message>
        <source>%1 companies, %2 rows</source>
        <translation>%1 companies, %2 rows</translation>
    </message>
    <message>
        <source>Synchronising 1,000 offline changes</source>
        <translation>Synchronising 1,000 offline changes</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <source>Synchronising with nothing to do</source>
        <translation>Synchronising with nothing to do</translation>
    </message>
</context>
<context>
    <name>bootstrap</name>
    <message>
        <source>Creating demonstration data…</source>
        <translation>Creating demonstration data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unexpected error: %1 (details in the log file)</source>
        <translation>Unexpected error: %1 (details in the log file)</translation>
    </message>
    <message>
        <source>Password for %1 on the server: </source>
        <translation>Password for %1 on the server: </translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name with --full-name.</source>
        <translation>Give the administrator&apos;s name with --full-name.</translation>
    </message>
    <message>
        <source>The database %1 is set up; %2 (account %3) is its administrator.</source>
        <translation>The database %1 is set up; %2 (account %3) is its administrator.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Give the official&apos;s login.</source>
        <translation>Give the official&apos;s login.</translation>
    </message>
    <message>
        <source>Give the official&apos;s name with --full-name.</source>
        <translation>Give the official&apos;s name with --full-name.</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation>There is no account with the login %1.</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Account %1 deactivated.</translation>
    </message>
    <message>
        <source>Account %1 reactivated.</source>
        <translation>Account %1 reactivated.</translation>
    </message>
    <message>
        <source>The database %1 is up to date (schema %2).</source>
        <translation>The database %1 is up to date (schema %2).</translation>
    </message>
    <message>
        <source>The database %1 is now at schema %2 (was: %3).</source>
        <translation>The database %1 is now at schema %2 (was: %3).</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation>Backup of the previous version: %1</translation>
    </message>
    <message>
        <source>The server&apos;s roles, privileges and account functions are up to date.</source>
        <translation>The server&apos;s roles, privileges and account functions are up to date.</translation>
    </message>
    <message>
        <source>%1 companies, %2 establishments, %3 contact persons, %4 contact moments and %5 agreements created in %6 s.</source>
        <translation>%1 companies, %2 establishments, %3 contact persons, %4 contact moments and %5 agreements created in %6 s.</translation>
    </message>
    <message>
        <source>%1 clients, %2 edits each, on %3 companies and %4 agreements: %5 s.</source>
        <translation>%1 clients, %2 edits each, on %3 companies and %4 agreements: %5 s.</translation>
    </message>
    <message>
        <source>Saved: %1 (%2 per second). Conflicts shown: %3. Attempts: %4 (%5 per second).</source>
        <translation>Saved: %1 (%2 per second). Conflicts shown: %3. Attempts: %4 (%5 per second).</translation>
    </message>
    <message>
        <source>Time per edit: p50 %1 ms, p95 %2 ms, slowest %3 ms.</source>
        <translation>Time per edit: p50 %1 ms, p95 %2 ms, slowest %3 ms.</translation>
    </message>
    <message>
        <source>No update was lost: every edit was saved or shown as a conflict.</source>
        <translation>No update was lost: every edit was saved or shown as a conflict.</translation>
    </message>
    <message>
        <source>Updates were lost or failed: see above.</source>
        <translation>Updates were lost or failed: see above.</translation>
    </message>
    <message>
        <source>Unknown status %1; choose from: %2.</source>
        <translation>Unknown status %1; choose from: %2.</translation>
    </message>
    <message>
        <source>There is no area called %1.</source>
        <translation>There is no area called %1.</translation>
    </message>
    <message>
        <source>Companies: give one --status.</source>
        <translation>Companies: give one --status.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rows written to %2.</translation>
    </message>
    <message>
        <source>Due for anonymising or removing today:</source>
        <translation>Due for anonymising or removing today:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Done: %1 records anonymised or removed; recorded in the privacy log.</source>
        <translation>Done: %1 records anonymised or removed; recorded in the privacy log.</translation>
    </message>
    <message>
        <source>Give the person&apos;s --name, --phone or --email.</source>
        <translation>Give the person&apos;s --name, --phone or --email.</translation>
    </message>
    <message>
        <source>%1 records found.</source>
        <translation>%1 records found.</translation>
    </message>
    <message>
        <source>Say why with --reason: it is kept in the privacy log.</source>
        <translation>Say why with --reason: it is kept in the privacy log.</translation>
    </message>
    <message>
        <source>Nobody was found: nothing to erase.</source>
        <translation>Nobody was found: nothing to erase.</translation>
    </message>
    <message>
        <source>These records will be anonymised everywhere (letters, search and audit trail included):</source>
        <translation>These records will be anonymised everywhere (letters, search and audit trail included):</translation>
    </message>
    <message>
        <source>Confirm with --yes (there is no terminal to ask).</source>
        <translation>Confirm with --yes (there is no terminal to ask).</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the word typed to confirm an erasure</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to erase: </source>
        <translation>Type &apos;%1&apos; to erase: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
    <message>
        <source>Erased; recorded in the privacy log with the reason:</source>
        <translation>Erased; recorded in the privacy log with the reason:</translation>
    </message>
    <message>
        <source>These backups made before an upgrade still hold the earlier data; delete them when no longer needed:</source>
        <translation>These backups made before an upgrade still hold the earlier data; delete them when no longer needed:</translation>
    </message>
    <message>
        <source>%1 companies checked: %2 without a search document, %3 with an outdated one, %4 documents of companies that no longer exist.</source>
        <translation>%1 companies checked: %2 without a search document, %3 with an outdated one, %4 documents of companies that no longer exist.</translation>
    </message>
    <message>
        <source>The search index matches the data.</source>
        <translation>The search index matches the data.</translation>
    </message>
    <message>
        <source>Nothing was repaired (--dry-run); run it without to repair.</source>
        <translation>Nothing was repaired (--dry-run); run it without to repair.</translation>
    </message>
    <message>
        <source>Repaired: the search index matches the data again.</source>
        <translation>Repaired: the search index matches the data again.</translation>
    </message>
    <message>
        <source>There is no page %1; choose one of: %2.</source>
        <translation>There is no page %1; choose one of: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The window as %1 (%2) sees it; its pages: %3.</source>
        <translation>The window as %1 (%2) sees it; its pages: %3.</translation>
    </message>
    <message>
        <source>%1 search documents made again.</source>
        <translation>%1 search documents made again.</translation>
    </message>
    <message>
        <source>--min-score is a number from 0 to 100.</source>
        <translation>--min-score is a number from 0 to 100.</translation>
    </message>
    <message>
        <source>%1 possible duplicates.</source>
        <translation>%1 possible duplicates.</translation>
    </message>
    <message>
        <source>  row %1, column %2: %3</source>
        <translation>  row %1, column %2: %3</translation>
    </message>
    <message>
        <source>  … and %1 more rows with errors</source>
        <translation>  … and %1 more rows with errors</translation>
    </message>
    <message>
        <source>Give the file to import, or --undo NUMBER.</source>
        <translation>Give the file to import, or --undo NUMBER.</translation>
    </message>
    <message>
        <source>Trial run of %1: nothing was written.</source>
        <translation>Trial run of %1: nothing was written.</translation>
    </message>
    <message>
        <source>Import %1 of %2:</source>
        <translation>Import %1 of %2:</translation>
    </message>
    <message>
        <source>Written: %1 companies, %2 establishments, %3 records updated.</source>
        <translation>Written: %1 companies, %2 establishments, %3 records updated.</translation>
    </message>
    <message>
        <source>Import number: %1</source>
        <translation>Import number: %1</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records removed, %3 records set back.</source>
        <translation>Import %1 undone: %2 records removed, %3 records set back.</translation>
    </message>
    <message>
        <source>  left as it is (changed since by %1): %2</source>
        <translation>  left as it is (changed since by %1): %2</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>There are no backups of %1.</translation>
    </message>
    <message>
        <source>This replaces %1 by the backup %2 (the current file is kept aside first). Add --yes to do it.</source>
        <translation>This replaces %1 by the backup %2 (the current file is kept aside first). Add --yes to do it.</translation>
    </message>
    <message>
        <source>Restored from %1; the file as it was is kept as %2.</source>
        <translation>Restored from %1; the file as it was is kept as %2.</translation>
    </message>
    <message>
        <source>Give the KvK number of the company: --kvk NUMBER.</source>
        <translation>Give the KvK number of the company: --kvk NUMBER.</translation>
    </message>
    <message>
        <source>Give the PDF file to write: --out FILE.pdf.</source>
        <translation>Give the PDF file to write: --out FILE.pdf.</translation>
    </message>
    <message>
        <source>A conversation report is about one contact moment: give its number with --interaction ID.</source>
        <translation>A conversation report is about one contact moment: give its number with --interaction ID.</translation>
    </message>
    <message>
        <source>%1 is not the number of a contact moment.</source>
        <translation>%1 is not the number of a contact moment.</translation>
    </message>
    <message>
        <source>--interaction only goes with a conversation report (report).</source>
        <translation>--interaction only goes with a conversation report (report).</translation>
    </message>
    <message>
        <source>There is no contact moment %1.</source>
        <translation>There is no contact moment %1.</translation>
    </message>
    <message>
        <source>Contact moment %1 is not one of %2 (KvK %3).</source>
        <translation>Contact moment %1 is not one of %2 (KvK %3).</translation>
    </message>
    <message>
        <source>%1 of %2 saved as %3.</source>
        <translation>%1 of %2 saved as %3.</translation>
    </message>
    <message>
        <source>Give the period of the report: --from %1 and --to %1.</source>
        <translation>Give the period of the report: --from %1 and --to %1.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as %2.</source>
        <translation>%1 is not a date; write it as %2.</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 saved as %2.</translation>
    </message>
    <message>
        <source>Give the day of the report: --date %1.</source>
        <translation>Give the day of the report: --date %1.</translation>
    </message>
    <message>
        <source>Give the number of the signal: --signal %1.</source>
        <translation>Give the number of the signal: --signal %1.</translation>
    </message>
    <message>
        <source>%1 is not the number of a signal.</source>
        <translation>%1 is not the number of a signal.</translation>
    </message>
    <message>
        <source>There is no signal %1.</source>
        <translation>There is no signal %1.</translation>
    </message>
    <message>
        <source>Signal %1 has no feedback to the reporter yet.</source>
        <translation>Signal %1 has no feedback to the reporter yet.</translation>
    </message>
    <message>
        <source>Give the number of the knowledge article: --article ID.</source>
        <translation>Give the number of the knowledge article: --article ID.</translation>
    </message>
    <message>
        <source>%1 is not the number of a knowledge article.</source>
        <translation>%1 is not the number of a knowledge article.</translation>
    </message>
    <message>
        <source>There is no knowledge article %1.</source>
        <translation>There is no knowledge article %1.</translation>
    </message>
    <message>
        <source>The set taken along is removed from this computer, with its key.</source>
        <translation>The set taken along is removed from this computer, with its key.</translation>
    </message>
    <message>
        <source>Taken along to %1 (encrypted; the key is in this computer&apos;s password store):</source>
        <translation>Taken along to %1 (encrypted; the key is in this computer&apos;s password store):</translation>
    </message>
    <message>
        <source>With the lookups and the knowledge base: %1 rows. %2 s.</source>
        <translation>With the lookups and the knowledge base: %1 rows. %2 s.</translation>
    </message>
    <message>
        <source>Not synchronised: %1 records were changed both here and on the server.</source>
        <translation>Not synchronised: %1 records were changed both here and on the server.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose with --keep mine (offline) or --keep theirs (server).</source>
        <translation>Nothing was written. Choose with --keep mine (offline) or --keep theirs (server).</translation>
    </message>
    <message>
        <source>The previous attempt had reached the server; nothing was sent twice.</source>
        <translation>The previous attempt had reached the server; nothing was sent twice.</translation>
    </message>
    <message>
        <source>Sent to the server:</source>
        <translation>Sent to the server:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 made offline (here %2) is now number %3.</source>
        <translation>%1 made offline (here %2) is now number %3.</translation>
    </message>
    <message>
        <source>Received from the server:</source>
        <translation>Received from the server:</translation>
    </message>
    <message>
        <source>No longer in the set:</source>
        <translation>No longer in the set:</translation>
    </message>
    <message>
        <source>Merged field by field: %1. The set now holds %2 rows, the same as on the server.</source>
        <translation>Merged field by field: %1. The set now holds %2 rows, the same as on the server.</translation>
    </message>
    <message>
        <source>%1: removed on the server, changed here</source>
        <translation>%1: removed on the server, changed here</translation>
    </message>
    <message>
        <source>%1: archived on the server, changed here</source>
        <translation>%1: archived on the server, changed here</translation>
    </message>
    <message>
        <source>%1: here %2, on the server %3</source>
        <translation>%1: here %2, on the server %3</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>This company is archived.</source>
        <translation>This company is archived.</translation>
    </message>
    <message>
        <source>No account manager is assigned.</source>
        <translation>No account manager is assigned.</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <source>There are no open agreements.</source>
        <translation>There are no open agreements.</translation>
    </message>
    <message>
        <source>For the municipality</source>
        <translation>For the municipality</translation>
    </message>
    <message>
        <source>For the entrepreneur</source>
        <translation>For the entrepreneur</translation>
    </message>
    <message>
        <source>For a third party</source>
        <translation>For a third party</translation>
    </message>
    <message>
        <source>{count} of the {party}</source>
        <translation>{count} of the {party}</translation>
    </message>
    <message>
        <source>{agreements} past the due date: {split}; the oldest since {date}.</source>
        <translation>{agreements} past the due date: {split}; the oldest since {date}.</translation>
    </message>
    <message>
        <source>agreement is</source>
        <translation>agreement is</translation>
    </message>
    <message>
        <source>agreements are</source>
        <translation>agreements are</translation>
    </message>
    <message>
        <source>{agreements} be carried out within {days} days.</source>
        <translation>{agreements} be carried out within {days} days.</translation>
    </message>
    <message>
        <source>agreement must</source>
        <translation>agreement must</translation>
    </message>
    <message>
        <source>agreements must</source>
        <translation>agreements must</translation>
    </message>
    <message>
        <source>{count} for the {party}</source>
        <translation>{count} for the {party}</translation>
    </message>
    <message>
        <source>{agreements} open: {split}.</source>
        <translation>{agreements} open: {split}.</translation>
    </message>
    <message>
        <source>agreement is</source>
        <comment>open</comment>
        <translation>agreement is</translation>
    </message>
    <message>
        <source>agreements are</source>
        <comment>open</comment>
        <translation>agreements are</translation>
    </message>
    <message>
        <source>Contact moments in the past twelve months</source>
        <translation>Contact moments in the past twelve months</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Subject and report</source>
        <translation>Subject and report</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No contact recorded since {date}.</source>
        <translation>No contact recorded since {date}.</translation>
    </message>
    <message>
        <source>No contact with this company has been recorded yet.</source>
        <translation>No contact with this company has been recorded yet.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} ago</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Last contact: {date} ({when}), {channel} about “{subject}”.</source>
        <translation>Last contact: {date} ({when}), {channel} about “{subject}”.</translation>
    </message>
    <message>
        <source>{moments} in the past twelve months.</source>
        <translation>{moments} in the past twelve months.</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contact moment</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contact moments</translation>
    </message>
    <message>
        <source>Signals and observations in the past twelve months</source>
        <translation>Signals and observations in the past twelve months</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>No signals about this company.</source>
        <translation>No signals about this company.</translation>
    </message>
    <message>
        <source>The {shown} newest of {count} signals in this period.</source>
        <translation>The {shown} newest of {count} signals in this period.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Advice or action</source>
        <translation>Advice or action</translation>
    </message>
    <message>
        <source>Spoke with {name}</source>
        <translation>Spoke with {name}</translation>
    </message>
    <message>
        <source>No observations by supervisors at this company.</source>
        <translation>No observations by supervisors at this company.</translation>
    </message>
    <message>
        <source>The {shown} newest of {count} observations in this period.</source>
        <translation>The {shown} newest of {count} observations in this period.</translation>
    </message>
    <message>
        <source>signal about this company is</source>
        <translation>signal about this company is</translation>
    </message>
    <message>
        <source>signals about this company are</source>
        <translation>signals about this company are</translation>
    </message>
    <message>
        <source>{signals} still being handled, {late} of them past the target date.</source>
        <translation>{signals} still being handled, {late} of them past the target date.</translation>
    </message>
    <message>
        <source>{signals} still being handled.</source>
        <translation>{signals} still being handled.</translation>
    </message>
    <message>
        <source>Related ambitions</source>
        <translation>Related ambitions</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>The company is not involved in actions of the ambition plan.</source>
        <translation>The company is not involved in actions of the ambition plan.</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <source>Identity on documents not yet set up by the administrator</source>
        <translation>Identity on documents not yet set up by the administrator</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>Conversation report</source>
        <translation>Conversation report</translation>
    </message>
    <message>
        <source>We trust this informs you well. If anything in this report is not right, please let us know within two weeks.</source>
        <translation>We trust this informs you well. If anything in this report is not right, please let us know within two weeks.</translation>
    </message>
    <message>
        <source>we visited you</source>
        <translation>we visited you</translation>
    </message>
    <message>
        <source>we spoke with you on the phone</source>
        <translation>we spoke with you on the phone</translation>
    </message>
    <message>
        <source>we were in touch with you by e-mail</source>
        <translation>we were in touch with you by e-mail</translation>
    </message>
    <message>
        <source>you spoke with us at the desk</source>
        <translation>you spoke with us at the desk</translation>
    </message>
    <message>
        <source>we spoke with you during our round</source>
        <translation>we spoke with you during our round</translation>
    </message>
    <message>
        <source>we met with you</source>
        <translation>we met with you</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>On {date} {how}. In this report you can read what we discussed and which agreements we made.</source>
        <translation>On {date} {how}. In this report you can read what we discussed and which agreements we made.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>On behalf of the municipality</source>
        <translation>On behalf of the municipality</translation>
    </message>
    <message>
        <source>On behalf of the company</source>
        <translation>On behalf of the company</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>No report of this conversation was recorded.</source>
        <translation>No report of this conversation was recorded.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>No agreements were made in this conversation.</source>
        <translation>No agreements were made in this conversation.</translation>
    </message>
    <message>
        <source>for the attention of {name}</source>
        <translation>for the attention of {name}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Dear {name},</translation>
    </message>
    <message>
        <source>Dear {names} and {last},</source>
        <translation>Dear {names} and {last},</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Kind regards,</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>{days} overdue</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>soon</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>agreed on {date}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note: {note}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registered name</translation>
    </message>
    <message>
        <source>Main establishment</source>
        <translation>Main establishment</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>This company was archived on {date}.</source>
        <translation>This company was archived on {date}.</translation>
    </message>
    <message>
        <source>establishment no. {number}</source>
        <translation>establishment no. {number}</translation>
    </message>
    <message>
        <source>main establishment</source>
        <translation>main establishment</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>No establishments registered.</source>
        <translation>No establishments registered.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No contact persons registered.</source>
        <translation>No contact persons registered.</translation>
    </message>
    <message>
        <source>Signals ({count})</source>
        <translation>Signals ({count})</translation>
    </message>
    <message>
        <source>There are no signals about this company.</source>
        <translation>There are no signals about this company.</translation>
    </message>
    <message>
        <source>Municipality: {names}</source>
        <translation>Municipality: {names}</translation>
    </message>
    <message>
        <source>Company: {names}</source>
        <translation>Company: {names}</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>No report recorded.</source>
        <translation>No report recorded.</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Company file</translation>
    </message>
    <message>
        <source>As it stands on {date}.</source>
        <translation>As it stands on {date}.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Agreements ({count})</source>
        <translation>Agreements ({count})</translation>
    </message>
    <message>
        <source>{agreements} open; open agreements are at the top.</source>
        <translation>{agreements} open; open agreements are at the top.</translation>
    </message>
    <message>
        <source>No agreements have been recorded.</source>
        <translation>No agreements have been recorded.</translation>
    </message>
    <message>
        <source>Contact moments ({count})</source>
        <translation>Contact moments ({count})</translation>
    </message>
    <message>
        <source>Why we enforce here</source>
        <translation>Why we enforce here</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} up to and including {end}</translation>
    </message>
    <message>
        <source>In this period {signals} signals came in and our supervisors made {observations} observations. Below is where they pile up: that is where we put supervision and enforcement first.</source>
        <translation>In this period {signals} signals came in and our supervisors made {observations} observations. Below is where they pile up: that is where we put supervision and enforcement first.</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Where or what</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No signals or observations in this period.</source>
        <translation>No signals or observations in this period.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Week by week</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction by area</source>
        <translation>Reporters&apos; satisfaction by area</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction by category</source>
        <translation>Reporters&apos; satisfaction by category</translation>
    </message>
    <message>
        <source>No reactions to signals in an area.</source>
        <translation>No reactions to signals in an area.</translation>
    </message>
    <message>
        <source>No reactions.</source>
        <translation>No reactions.</translation>
    </message>
    <message>
        <source>Reporters&apos; satisfaction</source>
        <translation>Reporters&apos; satisfaction</translation>
    </message>
    <message>
        <source>1 reporter reacted</source>
        <translation>1 reporter reacted</translation>
    </message>
    <message>
        <source>{count} reporters reacted</source>
        <translation>{count} reporters reacted</translation>
    </message>
    <message>
        <source>In this period {reacted} to the handling of their signal. Satisfied: {satisfied} of {reactions} ({share}).</source>
        <translation>In this period {reacted} to the handling of their signal. Satisfied: {satisfied} of {reactions} ({share}).</translation>
    </message>
    <message>
        <source>No reactions of reporters to the handling were recorded in this period.</source>
        <translation>No reactions of reporters to the handling were recorded in this period.</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Share satisfied</source>
        <translation>Share satisfied</translation>
    </message>
    <message>
        <source>Feedback on your report</source>
        <translation>Feedback on your report</translation>
    </message>
    <message>
        <source>Signal {number}</source>
        <translation>Signal {number}</translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation>The reporter</translation>
    </message>
    <message>
        <source>by e-mail: {address}</source>
        <translation>by e-mail: {address}</translation>
    </message>
    <message>
        <source>Your report about {category}</source>
        <translation>Your report about {category}</translation>
    </message>
    <message>
        <source>Your report of</source>
        <translation>Your report of</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Your report</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>letter</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>If you have any questions about your report, please contact us and quote the reference {number}.</source>
        <translation>If you have any questions about your report, please contact us and quote the reference {number}.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Expired: valid up to and including {date}; this answer no longer holds</source>
        <translation>Expired: valid up to and including {date}; this answer no longer holds</translation>
    </message>
    <message>
        <source>Valid only from {date}</source>
        <translation>Valid only from {date}</translation>
    </message>
    <message>
        <source>Valid up to and including {date}</source>
        <translation>Valid up to and including {date}</translation>
    </message>
    <message>
        <source>Valid until further notice</source>
        <translation>Valid until further notice</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>More information</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>This information was printed on {date}. Rules sometimes change quickly; when in doubt, ask the business desk how things stand now.</source>
        <translation>This information was printed on {date}. Rules sometimes change quickly; when in doubt, ask the business desk how things stand now.</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>Access to personal data</translation>
    </message>
    <message>
        <source>Overview of the personal data {municipality} keeps in Ondernemersdesk, made on {moment} by {official}.</source>
        <translation>Overview of the personal data {municipality} keeps in Ondernemersdesk, made on {moment} by {official}.</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>Searched for</translation>
    </message>
    <message>
        <source>No data about this person was found.</source>
        <translation>No data about this person was found.</translation>
    </message>
    <message>
        <source>Every change of these data: when, by whom, from which value to which.</source>
        <translation>Every change of these data: when, by whom, from which value to which.</translation>
    </message>
    <message>
        <source>This overview was made on {date} under article 15 of the General Data Protection Regulation (GDPR). If any data is not right, or you want it erased, please contact the municipality.</source>
        <translation>This overview was made on {date} under article 15 of the General Data Protection Regulation (GDPR). If any data is not right, or you want it erased, please contact the municipality.</translation>
    </message>
    <message>
        <source>Report of our conversation of {day}</source>
        <translation>Report of our conversation of {day}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,

Please find attached the report of our conversation of {day} with {company}. Is anything not right, or is an agreement missing? Let us know by replying to this e-mail.

Kind regards,

{signed}</source>
        <translation>Dear Sir or Madam,

Please find attached the report of our conversation of {day} with {company}. Is anything not right, or is an agreement missing? Let us know by replying to this e-mail.

Kind regards,

{signed}</translation>
    </message>
    <message>
        <source>Supervision daily report {day}</source>
        <translation>Supervision daily report {day}</translation>
    </message>
    <message>
        <source>Please find attached the supervision daily report of {day}: the rounds, observations, conversations and agreements of that day, as a PDF.

Kind regards,

Supervision {municipality}
</source>
        <translation>Please find attached the supervision daily report of {day}: the rounds, observations, conversations and agreements of that day, as a PDF.

Kind regards,

Supervision {municipality}
</translation>
    </message>
    <message>
        <source>Supervision daily report</source>
        <translation>Supervision daily report</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>Supervision report</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>agreement made</source>
        <translation>agreement made</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>needed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>spoke with {name}</source>
        <translation>spoke with {name}</translation>
    </message>
    <message>
        <source>No observations.</source>
        <translation>No observations.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Follow-up still needed</source>
        <translation>Follow-up still needed</translation>
    </message>
    <message>
        <source>No rounds were walked on this day.</source>
        <translation>No rounds were walked on this day.</translation>
    </message>
    <message>
        <source>Without an area</source>
        <translation>Without an area</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Company or place</source>
        <translation>Company or place</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>No conversations were held.</source>
        <translation>No conversations were held.</translation>
    </message>
    <message>
        <source>No agreements were made.</source>
        <translation>No agreements were made.</translation>
    </message>
    <message>
        <source>Total by category</source>
        <translation>Total by category</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>On their rounds our supervisors are also a point of contact for entrepreneurs. In this overview you can read what they saw at your company in the period {period}, what advice they gave and which agreements we made with you. So you can take action yourself where needed.</source>
        <translation>On their rounds our supervisors are also a point of contact for entrepreneurs. In this overview you can read what they saw at your company in the period {period}, what advice they gave and which agreements we made with you. So you can take action yourself where needed.</translation>
    </message>
    <message>
        <source>{observations} in this period.</source>
        <translation>{observations} in this period.</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>observations</translation>
    </message>
    <message>
        <source>No observations were made at your company in this period.</source>
        <translation>No observations were made at your company in this period.</translation>
    </message>
    <message>
        <source>No agreements were made with you in this period.</source>
        <translation>No agreements were made with you in this period.</translation>
    </message>
    <message>
        <source>If you have questions about this overview, please contact the business desk.</source>
        <translation>If you have questions about this overview, please contact the business desk.</translation>
    </message>
    <message>
        <source>Ambition document</source>
        <translation>Ambition document</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>Monitoring report</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>{state} on {date}</source>
        <translation>{state} on {date}</translation>
    </message>
    <message>
        <source>version {number}, {state}</source>
        <translation>version {number}, {state}</translation>
    </message>
    <message>
        <source>{name} (civil service)</source>
        <translation>{name} (civil service)</translation>
    </message>
    <message>
        <source>{name} (political)</source>
        <translation>{name} (political)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>not appointed yet</source>
        <translation>not appointed yet</translation>
    </message>
    <message>
        <source>Path to the target</source>
        <translation>Path to the target</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
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
        <translation>respondents</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambitions</translation>
    </message>
    <message>
        <source>This ambition document has no ambitions yet.</source>
        <translation>This ambition document has no ambitions yet.</translation>
    </message>
    <message>
        <source>Ideas that do not belong to an ambition yet</source>
        <translation>Ideas that do not belong to an ambition yet</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Every idea is linked to an ambition.</source>
        <translation>Every idea is linked to an ambition.</translation>
    </message>
    <message>
        <source>The co-creation in figures</source>
        <translation>The co-creation in figures</translation>
    </message>
    <message>
        <source>{respondents} gave {ideas} between them; {linked} of them is worked into the ambitions.</source>
        <translation>{respondents} gave {ideas} between them; {linked} of them is worked into the ambitions.</translation>
    </message>
    <message>
        <source>{respondents} gave {ideas} between them; {linked} of them are worked into the ambitions.</source>
        <translation>{respondents} gave {ideas} between them; {linked} of them are worked into the ambitions.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>No input has been recorded yet.</source>
        <translation>No input has been recorded yet.</translation>
    </message>
    <message>
        <source>no input linked yet</source>
        <translation>no input linked yet</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>no actions yet</translation>
    </message>
    <message>
        <source>{done} of {counted} done, {late} overdue</source>
        <translation>{done} of {counted} done, {late} overdue</translation>
    </message>
    <message>
        <source>{done} of {counted} done</source>
        <translation>{done} of {counted} done</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>No actions have been planned for this ambition yet.</source>
        <translation>No actions have been planned for this ambition yet.</translation>
    </message>
    <message>
        <source>With: {companies}</source>
        <translation>With: {companies}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{plan} · period {period}</source>
        <translation>{plan} · period {period}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>{date} (the last day of the period)</source>
        <translation>{date} (the last day of the period)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>no indicators</translation>
    </message>
    <message>
        <source>{count}, {percent}% of them done</source>
        <translation>{count}, {percent}% of them done</translation>
    </message>
    <message>
        <source>Actions done from {period}</source>
        <translation>Actions done from {period}</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Actions overdue</translation>
    </message>
    <message>
        <source>Actions planned or in progress</source>
        <translation>Actions planned or in progress</translation>
    </message>
    <message>
        <source>{done}/{counted} done</source>
        <translation>{done}/{counted} done</translation>
    </message>
    <message>
        <source>No indicators have been recorded yet.</source>
        <translation>No indicators have been recorded yet.</translation>
    </message>
    <message>
        <source>{ambition} · counted from the data in the application</source>
        <translation>{ambition} · counted from the data in the application</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} on {date}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>trend {trend}</source>
        <translation>trend {trend}</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>no measurement yet</source>
        <translation>no measurement yet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Expected on the target date</source>
        <translation>Expected on the target date</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Actions working on this</source>
        <translation>Actions working on this</translation>
    </message>
    <message>
        <source>no action names this indicator</source>
        <translation>no action names this indicator</translation>
    </message>
    <message>
        <source>Done in the period</source>
        <translation>Done in the period</translation>
    </message>
    <message>
        <source>No action was done in this period.</source>
        <translation>No action was done in this period.</translation>
    </message>
    <message>
        <source>No actions overdue.</source>
        <translation>No actions overdue.</translation>
    </message>
    <message>
        <source>Planned or in progress</source>
        <translation>Planned or in progress</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>No actions planned.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>The mapping file {name} cannot be read.</translation>
    </message>
    <message>
        <source>Only a local database file is backed up here; a server is backed up by its administrator (pg_dump).</source>
        <translation>Only a local database file is backed up here; a server is backed up by its administrator (pg_dump).</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>The database file {path} does not exist.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Use at least {min} characters.</source>
        <translation>Use at least {min} characters.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>A new login on the server needs a password.</source>
        <translation>A new login on the server needs a password.</translation>
    </message>
    <message>
        <source>The server {path} does not offer encrypted connections, and your IT department requires encryption on this computer: nothing was sent. Ask your administrator to switch SSL on at the server.</source>
        <translation>The server {path} does not offer encrypted connections, and your IT department requires encryption on this computer: nothing was sent. Ask your administrator to switch SSL on at the server.</translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation>Another connection already has this name.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file.</source>
        <translation>This is a folder; choose a file.</translation>
    </message>
    <message>
        <source>A server name has no spaces or slashes.</source>
        <translation>A server name has no spaces or slashes.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database address.</source>
        <translation>&apos;{url}&apos; is not a database address.</translation>
    </message>
    <message>
        <source>A retention period is between {minimum} and {maximum} months.</source>
        <translation>A retention period is between {minimum} and {maximum} months.</translation>
    </message>
    <message>
        <source>Say why the data are erased (for the privacy log).</source>
        <translation>Say why the data are erased (for the privacy log).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another place and export again.</source>
        <translation>Cannot write {path}: {reason}. Choose another place and export again.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} is a folder; give the name of the PDF file to write.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {folder} is not a folder.</source>
        <translation>Cannot save {path}: {folder} is not a folder.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>Cannot save {path}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot save {path}: no permission to write there, or the file is open in another program. Close it or choose another name or folder.</source>
        <translation>Cannot save {path}: no permission to write there, or the file is open in another program. Close it or choose another name or folder.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the disk is full.</source>
        <translation>Cannot save {path}: the disk is full.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}.</source>
        <translation>Cannot save {path}: {reason}.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>There already is an ambition plan. Make a new version of it to change it.</source>
        <translation>There already is an ambition plan. Make a new version of it to change it.</translation>
    </message>
    <message>
        <source>Version {number} of the plan was adopted and can no longer be changed. Make a new version to change it; what you typed is kept.</source>
        <translation>Version {number} of the plan was adopted and can no longer be changed. Make a new version to change it; what you typed is kept.</translation>
    </message>
    <message>
        <source>On which date was the plan adopted?</source>
        <translation>On which date was the plan adopted?</translation>
    </message>
    <message>
        <source>The previous version was adopted on {date}; this one cannot be earlier.</source>
        <translation>The previous version was adopted on {date}; this one cannot be earlier.</translation>
    </message>
    <message>
        <source>A plan without ambitions cannot be adopted.</source>
        <translation>A plan without ambitions cannot be adopted.</translation>
    </message>
    <message>
        <source>Version {number} is still a draft: change that one, or adopt it first.</source>
        <translation>Version {number} is still a draft: change that one, or adopt it first.</translation>
    </message>
    <message>
        <source>Version {number} is already a draft, made by {who}: change that one, or adopt it first.</source>
        <translation>Version {number} is already a draft, made by {who}: change that one, or adopt it first.</translation>
    </message>
    <message>
        <source>Name the portfolio holder whose portfolio this is.</source>
        <translation>Name the portfolio holder whose portfolio this is.</translation>
    </message>
    <message>
        <source>The due date lies before the start date.</source>
        <translation>The due date lies before the start date.</translation>
    </message>
    <message>
        <source>Choose an indicator of this action&apos;s ambition.</source>
        <translation>Choose an indicator of this action&apos;s ambition.</translation>
    </message>
    <message>
        <source>What value should the indicator reach?</source>
        <translation>What value should the indicator reach?</translation>
    </message>
    <message>
        <source>By which date should the target be reached?</source>
        <translation>By which date should the target be reached?</translation>
    </message>
    <message>
        <source>The target date must lie after the baseline date.</source>
        <translation>The target date must lie after the baseline date.</translation>
    </message>
    <message>
        <source>On which date was the baseline measured?</source>
        <translation>On which date was the baseline measured?</translation>
    </message>
    <message>
        <source>Choose the kern whose contact moments are counted.</source>
        <translation>Choose the village whose contact moments are counted.</translation>
    </message>
    <message>
        <source>Choose the kern whose signals are counted.</source>
        <translation>Choose the village whose signals are counted.</translation>
    </message>
    <message>
        <source>The highest plausible value is below the lowest.</source>
        <translation>The highest plausible value is below the lowest.</translation>
    </message>
    <message>
        <source>This indicator is counted from the application&apos;s data; it takes no input.</source>
        <translation>This indicator is counted from the application&apos;s data; it takes no input.</translation>
    </message>
    <message>
        <source>On which date was this measured?</source>
        <translation>On which date was this measured?</translation>
    </message>
    <message>
        <source>A measurement cannot lie in the future.</source>
        <translation>A measurement cannot lie in the future.</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>Enter the measured value.</translation>
    </message>
    <message>
        <source>{value} lies outside the plausible range of this indicator ({low} to {high}). Is it right?</source>
        <translation>{value} lies outside the plausible range of this indicator ({low} to {high}). Is it right?</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; already exists on this server and belongs to something else: choose another login, or ask IT.</source>
        <translation>The login &apos;{login}&apos; already exists on this server and belongs to something else: choose another login, or ask IT.</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; is not one of Ondernemersdesk&apos;s own logins on this server (it belongs to something else, or owns the database): IT sets its password.</source>
        <translation>The login &apos;{login}&apos; is not one of Ondernemersdesk&apos;s own logins on this server (it belongs to something else, or owns the database): IT sets its password.</translation>
    </message>
    <message>
        <source>Accounts cannot be managed on this server yet: ask IT to run &apos;python main.py admin migrate&apos; as the database owner.</source>
        <translation>Accounts cannot be managed on this server yet: ask IT to run &apos;python main.py admin migrate&apos; as the database owner.</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (at most 63), starting with a letter.</source>
        <translation>&apos;{login}&apos; cannot be a login: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (at most 63), starting with a letter.</translation>
    </message>
    <message>
        <source>This number was saved by Excel in scientific notation ({value}): its last digits are lost. Format the column as text in Excel and export it again.</source>
        <translation>This number was saved by Excel in scientific notation ({value}): its last digits are lost. Format the column as text in Excel and export it again.</translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits, for example 69599084.</source>
        <translation>A KvK number has exactly 8 digits, for example 69599084.</translation>
    </message>
    <message>
        <source>A vestigingsnummer has exactly 12 digits, for example 000012345678.</source>
        <translation>An establishment number has exactly 12 digits, for example 000012345678.</translation>
    </message>
    <message>
        <source>A kern lies in no other area: leave this empty.</source>
        <translation>A village lies in no other area: leave this empty.</translation>
    </message>
    <message>
        <source>An area cannot lie in itself or in an area inside it.</source>
        <translation>An area cannot lie in itself or in an area inside it.</translation>
    </message>
    <message>
        <source>There already is an area of this name here.</source>
        <translation>There already is an area of this name here.</translation>
    </message>
    <message>
        <source>No company with KvK number {kvk}.</source>
        <translation>No company with KvK number {kvk}.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
        <source>Another company already has this KvK number.</source>
        <translation>Another company already has this KvK number.</translation>
    </message>
    <message>
        <source>Another establishment already has this vestigingsnummer.</source>
        <translation>Another establishment already has this establishment number.</translation>
    </message>
    <message>
        <source>same KvK number</source>
        <translation>same KvK number</translation>
    </message>
    <message>
        <source>similar name at the same postcode</source>
        <translation>similar name at the same postcode</translation>
    </message>
    <message>
        <source>{name} was merged into {survivor}: undo the merge to get it back as a file of its own.</source>
        <translation>{name} was merged into {survivor}: undo the merge to get it back as a file of its own.</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>This company no longer exists.</translation>
    </message>
    <message>
        <source>A company keeps at least one establishment; archive the company instead.</source>
        <translation>A company keeps at least one establishment; archive the company instead.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <source>This record was changed by {who} at {when} after you opened it. Reload it to see their changes; what you typed is kept until you do.</source>
        <translation>This record was changed by {who} at {when} after you opened it. Reload it to see their changes; what you typed is kept until you do.</translation>
    </message>
    <message>
        <source>This company may already exist: {names}.</source>
        <translation>This company may already exist: {names}.</translation>
    </message>
    <message>
        <source>A colleague saved related data at the same moment, so nothing was saved. What you typed is kept: save again.</source>
        <translation>A colleague saved related data at the same moment, so nothing was saved. What you typed is kept: save again.</translation>
    </message>
    <message>
        <source>The database refused this change: it clashes with data saved meanwhile, such as a number that must be unique. Nothing was saved; check what you typed.</source>
        <translation>The database refused this change: it clashes with data saved meanwhile, such as a number that must be unique. Nothing was saved; check what you typed.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Wait a moment, or close that program, then try again.</source>
        <translation>The database is in use by another program. Wait a moment, or close that program, then try again.</translation>
    </message>
    <message>
        <source>The database file may only be read, not written. Check that the file and its folder may be written (not read-only, not on a locked drive), then try again.</source>
        <translation>The database file may only be read, not written. Check that the file and its folder may be written (not read-only, not on a locked drive), then try again.</translation>
    </message>
    <message>
        <source>Reading or writing the disk failed. Check the disk or the network drive (is it still connected, is there room?), then try again.</source>
        <translation>Reading or writing the disk failed. Check the disk or the network drive (is it still connected, is there room?), then try again.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working in it, and restore the latest backup or ask IT to.</source>
        <translation>The database file is damaged. Stop working in it, and restore the latest backup or ask IT to.</translation>
    </message>
    <message>
        <source>The disk is full. Make room, then try again.</source>
        <translation>The disk is full. Make room, then try again.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that it is there and may be read, then try again.</source>
        <translation>The database file cannot be opened. Check that it is there and may be read, then try again.</translation>
    </message>
    <message>
        <source>The file is not a database. Choose another file, or restore a backup.</source>
        <translation>The file is not a database. Choose another file, or restore a backup.</translation>
    </message>
    <message>
        <source>The server only reads at the moment (a standby or read-only server). Ask your administrator.</source>
        <translation>The server only reads at the moment (a standby or read-only server). Ask your administrator.</translation>
    </message>
    <message>
        <source>The server reports damaged data. Stop working and ask your administrator to restore a backup.</source>
        <translation>The server reports damaged data. Stop working and ask your administrator to restore a backup.</translation>
    </message>
    <message>
        <source>The server reports a damaged index. Ask your administrator to rebuild it (REINDEX).</source>
        <translation>The server reports a damaged index. Ask your administrator to rebuild it (REINDEX).</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; has no account in Ondernemersdesk. Ask the administrator to create one.</source>
        <translation>The login &apos;{login}&apos; has no account in Ondernemersdesk. Ask the administrator to create one.</translation>
    </message>
    <message>
        <source>The account &apos;{login}&apos; has been deactivated. Ask the administrator if this is a mistake.</source>
        <translation>The account &apos;{login}&apos; has been deactivated. Ask the administrator if this is a mistake.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <source>The login &apos;{login}&apos; is taken.</source>
        <translation>The login &apos;{login}&apos; is taken.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>This is not an e-mail address.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make someone else administrator first.</source>
        <translation>{name} is the last active administrator: make someone else administrator first.</translation>
    </message>
    <message>
        <source>You cannot give up your own administrator role: ask another administrator to do it.</source>
        <translation>You cannot give up your own administrator role: ask another administrator to do it.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator and cannot be deactivated.</source>
        <translation>{name} is the last active administrator and cannot be deactivated.</translation>
    </message>
    <message>
        <source>A local database file has no passwords: the computer&apos;s own sign-in protects it.</source>
        <translation>A local database file has no passwords: the computer&apos;s own sign-in protects it.</translation>
    </message>
    <message>
        <source>A colour is written as # and six hexadecimal digits, for example #1f5fa8.</source>
        <translation>A colour is written as # and six hexadecimal digits, for example #1f5fa8.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>The logo is larger than 2 MB; use a smaller image.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>When did the contact take place?</source>
        <translation>When did the contact take place?</translation>
    </message>
    <message>
        <source>A contact moment cannot lie in the future.</source>
        <translation>A contact moment cannot lie in the future.</translation>
    </message>
    <message>
        <source>Describe what was agreed.</source>
        <translation>Describe what was agreed.</translation>
    </message>
    <message>
        <source>The due date lies before the contact moment.</source>
        <translation>The due date lies before the contact moment.</translation>
    </message>
    <message>
        <source>Choose the official who carries out this agreement for the municipality.</source>
        <translation>Choose the official who carries out this agreement for the municipality.</translation>
    </message>
    <message>
        <source>This colleague is no longer active; choose another.</source>
        <translation>This colleague is no longer active; choose another.</translation>
    </message>
    <message>
        <source>{name} was archived meanwhile. Restore the company to log contact with it; what you typed is kept.</source>
        <translation>{name} was archived meanwhile. Restore the company to log contact with it; what you typed is kept.</translation>
    </message>
    <message>
        <source>This status cannot follow the current one.</source>
        <translation>This status cannot follow the current one.</translation>
    </message>
    <message>
        <source>Write down briefly what was done or why it was dropped.</source>
        <translation>Write down briefly what was done or why it was dropped.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The database {path} could not be copied: it may be damaged.</source>
        <translation>The database {path} could not be copied: it may be damaged.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read.</source>
        <translation>The backup {path} cannot be read.</translation>
    </message>
    <message>
        <source>The file {path} is not a backup of an Ondernemersdesk database.</source>
        <translation>The file {path} is not a backup of an Ondernemersdesk database.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose an older one.</source>
        <translation>The backup {path} is damaged too; choose an older one.</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not {name}.</source>
        <translation>Export to a file ending in .xlsx or .csv, not {name}.</translation>
    </message>
    <message>
        <source>Cannot write {name}: it is open in another program, or the folder may not be written to. Close it, or choose another place and export again.</source>
        <translation>Cannot write {name}: it is open in another program, or the folder may not be written to. Close it, or choose another place and export again.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {reason}. Choose another place and export again.</source>
        <translation>Cannot write {name}: {reason}. Choose another place and export again.</translation>
    </message>
    <message>
        <source>More than {limit} rows do not fit in Excel: export to .csv, or filter.</source>
        <translation>More than {limit} rows do not fit in Excel: export to .csv, or filter.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Ondernemersdesk (schema {revision}). Install the newer version to open it; nothing has been changed.</source>
        <translation>This database was created by a newer version of Ondernemersdesk (schema {revision}). Install the newer version to open it; nothing has been changed.</translation>
    </message>
    <message>
        <source>The database {path} holds the tables of another application: it is not an Ondernemersdesk database. Nothing has been changed.</source>
        <translation>The database {path} holds the tables of another application: it is not an Ondernemersdesk database. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The audit trail on the server {path} is not up to date for this version of Ondernemersdesk, so changes cannot be recorded yet. Ask your administrator to run &apos;python main.py admin migrate&apos; as the database owner.</source>
        <translation>The audit trail on the server {path} is not up to date for this version of Ondernemersdesk, so changes cannot be recorded yet. Ask your administrator to run &apos;python main.py admin migrate&apos; as the database owner.</translation>
    </message>
    <message>
        <source>The database on the server {path} has schema {revision}, and this version of Ondernemersdesk needs {head}. Your login may not upgrade it: ask your administrator to upgrade the database first, as its owner, with: python main.py admin migrate --database {address} Nothing has been changed.</source>
        <translation>The database on the server {path} has schema {revision}, and this version of Ondernemersdesk needs {head}. Your login may not upgrade it: ask your administrator to upgrade the database first, as its owner, with: python main.py admin migrate --database {address} Nothing has been changed.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>This database already has an administrator ({name}); ask them to add accounts.</source>
        <translation>This database already has an administrator ({name}); ask them to add accounts.</translation>
    </message>
    <message>
        <source>A target handling time lies between 1 and 250 working days.</source>
        <translation>A target handling time lies between 1 and 250 working days.</translation>
    </message>
    <message>
        <source>A category cannot lie under itself.</source>
        <translation>A category cannot lie under itself.</translation>
    </message>
    <message>
        <source>Choose the category of the signal.</source>
        <translation>Choose the category of the signal.</translation>
    </message>
    <message>
        <source>Say where it is: an address, an area or a company.</source>
        <translation>Say where it is: an address, an area or a company.</translation>
    </message>
    <message>
        <source>Choose an active official as the handler.</source>
        <translation>Choose an active official as the handler.</translation>
    </message>
    <message>
        <source>A signal cannot come in later than now.</source>
        <translation>A signal cannot come in later than now.</translation>
    </message>
    <message>
        <source>To be contacted the reporter needs a phone number, an e-mail address or a postal address.</source>
        <translation>To be contacted the reporter needs a phone number, an e-mail address or a postal address.</translation>
    </message>
    <message>
        <source>The reporter wants to be contacted: write the feedback they will get.</source>
        <translation>The reporter wants to be contacted: write the feedback they will get.</translation>
    </message>
    <message>
        <source>Write the message that tells the reporter the signal is reopened.</source>
        <translation>Write the message that tells the reporter the signal is reopened.</translation>
    </message>
    <message>
        <source>Write down why the request to reopen is declined.</source>
        <translation>Write down why the request to reopen is declined.</translation>
    </message>
    <message>
        <source>Write down what was done; &quot;handled&quot; alone is no answer.</source>
        <translation>Write down what was done; &quot;handled&quot; alone is no answer.</translation>
    </message>
    <message>
        <source>Write down what is planned.</source>
        <translation>Write down what is planned.</translation>
    </message>
    <message>
        <source>When will it be done?</source>
        <translation>When will it be done?</translation>
    </message>
    <message>
        <source>The planned date lies in the past.</source>
        <translation>The planned date lies in the past.</translation>
    </message>
    <message>
        <source>Write down why.</source>
        <translation>Write down why.</translation>
    </message>
    <message>
        <source>The letter still contains {names}: fill it in or take it out.</source>
        <translation>The letter still contains {names}: fill it in or take it out.</translation>
    </message>
    <message>
        <source>The sentence “{sentence}” is missing something: write what was found, done or planned, or change the letter.</source>
        <translation>The sentence “{sentence}” is missing something: write what was found, done or planned, or change the letter.</translation>
    </message>
    <message>
        <source>A reporter&apos;s reaction is recorded once the signal is handled.</source>
        <translation>A reporter&apos;s reaction is recorded once the signal is handled.</translation>
    </message>
    <message>
        <source>Choose whether the reporter is satisfied.</source>
        <translation>Choose whether the reporter is satisfied.</translation>
    </message>
    <message>
        <source>Choose one of the reasons in the list.</source>
        <translation>Choose one of the reasons in the list.</translation>
    </message>
    <message>
        <source>Choose why the reporter is not satisfied.</source>
        <translation>Choose why the reporter is not satisfied.</translation>
    </message>
    <message>
        <source>Unknown placeholder {names}. Use one of: {known}.</source>
        <translation>Unknown placeholder {names}. Use one of: {known}.</translation>
    </message>
    <message>
        <source>Write down what was asked.</source>
        <translation>Write down what was asked.</translation>
    </message>
    <message>
        <source>Choose desk, phone or e-mail.</source>
        <translation>Choose desk, phone or e-mail.</translation>
    </message>
    <message>
        <source>A handover needs a company: find the company first, or answer without handing over.</source>
        <translation>A handover needs a company: find the company first, or answer without handing over.</translation>
    </message>
    <message>
        <source>This company has no account manager; choose a colleague.</source>
        <translation>This company has no account manager; choose a colleague.</translation>
    </message>
    <message>
        <source>The due date lies in the past.</source>
        <translation>The due date lies in the past.</translation>
    </message>
    <message>
        <source>Write the question this article answers.</source>
        <translation>Write the question this article answers.</translation>
    </message>
    <message>
        <source>Write the answer the desk can give.</source>
        <translation>Write the answer the desk can give.</translation>
    </message>
    <message>
        <source>The article cannot expire before it becomes valid.</source>
        <translation>The article cannot expire before it becomes valid.</translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar.</source>
        <translation>“{text}” is not a day of the calendar.</translation>
    </message>
    <message>
        <source>“{text}” cannot be read as a date. Type for example 15-12-2026, 15 dec, morgen or +7.</source>
        <translation>“{text}” cannot be read as a date. Type for example 15-12-2026, 15 dec, morgen or +7.</translation>
    </message>
    <message>
        <source>On which day is the round?</source>
        <translation>On which day is the round?</translation>
    </message>
    <message>
        <source>Choose who walks the round.</source>
        <translation>Choose who walks the round.</translation>
    </message>
    <message>
        <source>When was it observed?</source>
        <translation>When was it observed?</translation>
    </message>
    <message>
        <source>Choose the category of the observation.</source>
        <translation>Choose the category of the observation.</translation>
    </message>
    <message>
        <source>Choose a contact person of this company, or type a name.</source>
        <translation>Choose a contact person of this company, or type a name.</translation>
    </message>
    <message>
        <source>This observation has been followed up already.</source>
        <translation>This observation has been followed up already.</translation>
    </message>
    <message>
        <source>An agreement is made with a company: link the observation to one first.</source>
        <translation>An agreement is made with a company: link the observation to one first.</translation>
    </message>
    <message>
        <source>{place} is not one of the municipality&apos;s places (kernen).</source>
        <translation>{place} is not one of the municipality&apos;s places (villages).</translation>
    </message>
    <message>
        <source>There is no area called {area}; the row is imported without one.</source>
        <translation>There is no area called {area}; the row is imported without one.</translation>
    </message>
    <message>
        <source>{name} is not a known official; the company is imported without an account manager.</source>
        <translation>{name} is not a known official; the company is imported without an account manager.</translation>
    </message>
    <message>
        <source>The company has no name.</source>
        <translation>The company has no name.</translation>
    </message>
    <message>
        <source>SBI code {code} is not known; the establishment is imported without one.</source>
        <translation>SBI code {code} is not known; the establishment is imported without one.</translation>
    </message>
    <message>
        <source>The number of employees should be a whole number.</source>
        <translation>The number of employees should be a whole number.</translation>
    </message>
    <message>
        <source>The status should be actief, verhuisd or gesloten.</source>
        <translation>The status should be actief, verhuisd or gesloten.</translation>
    </message>
    <message>
        <source>Write ja or nee.</source>
        <translation>Write yes or no.</translation>
    </message>
    <message>
        <source>The file holds no rows below its header.</source>
        <translation>The file holds no rows below its header.</translation>
    </message>
    <message>
        <source>There is no import number {number}.</source>
        <translation>There is no import number {number}.</translation>
    </message>
    <message>
        <source>Import {number} has been undone already.</source>
        <translation>Import {number} has been undone already.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: {reason}</source>
        <translation>The mapping file is not valid JSON: {reason}</translation>
    </message>
    <message>
        <source>The mapping file should hold an object with &quot;columns&quot;.</source>
        <translation>The mapping file should hold an object with &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field: {field}.</source>
        <translation>The mapping names an unknown field: {field}.</translation>
    </message>
    <message>
        <source>The columns &quot;{first}&quot; and &quot;{second}&quot; are both mapped to {field}. Map each field once.</source>
        <translation>The columns &quot;{first}&quot; and &quot;{second}&quot; are both mapped to {field}. Map each field once.</translation>
    </message>
    <message>
        <source>Map a column to the company name (or the trade name): every company needs one.</source>
        <translation>Map a column to the company name (or the trade name): every company needs one.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: it may still be open in Excel. Close it there and try again.</source>
        <translation>The file {name} cannot be opened: it may still be open in Excel. Close it there and try again.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>The file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password or is an old Excel file (.xls). Open it in Excel, remove the password and save it as .xlsx or .csv.</source>
        <translation>The file {name} is protected with a password or is an old Excel file (.xls). Open it in Excel, remove the password and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet, a CSV file or a KvK JSON file. Choose an .xlsx, .csv, .txt or .json file.</source>
        <translation>The file {name} is not a spreadsheet, a CSV file or a KvK JSON file. Choose an .xlsx, .csv, .txt or .json file.</translation>
    </message>
    <message>
        <source>No header row was found in {name}: the first rows should hold the names of the columns (such as Bedrijfsnaam, KvK-nummer, Postcode).</source>
        <translation>No header row was found in {name}: the first rows should hold the names of the columns (such as Bedrijfsnaam, KvK-nummer, Postcode).</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read: a cell holds more than {limit} characters. Is this a company list?</source>
        <translation>Line {line} of {name} cannot be read: a cell holds more than {limit} characters. Is this a company list?</translation>
    </message>
    <message>
        <source>Line {line} of {name} cannot be read: {reason}</source>
        <translation>Line {line} of {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The file {name} holds no KvK establishments (vestigingen).</source>
        <translation>The file {name} holds no KvK establishments.</translation>
    </message>
    <message>
        <source>This file is not an e-mail message.</source>
        <translation>This file is not an e-mail message.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a file may hold at most {limit} MB. Make it smaller (scan at a lower resolution, compress the photo) or keep it elsewhere and note where.</source>
        <translation>{name} is {size} MB; a file may hold at most {limit} MB. Make it smaller (scan at a lower resolution, compress the photo) or keep it elsewhere and note where.</translation>
    </message>
    <message>
        <source>The size limit is between 1 and {maximum} MB.</source>
        <translation>The size limit is between 1 and {maximum} MB.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>The file has no name.</translation>
    </message>
    <message>
        <source>Choose at least one company to generate.</source>
        <translation>Choose at least one company to generate.</translation>
    </message>
    <message>
        <source>The database already holds {count} companies. Demo data can only be generated into an empty database.</source>
        <translation>The database already holds {count} companies. Demo data can only be generated into an empty database.</translation>
    </message>
    <message>
        <source>Generating the demo data was cancelled; nothing has been saved.</source>
        <translation>Generating the demo data was cancelled; nothing has been saved.</translation>
    </message>
    <message>
        <source>The load test needs a PostgreSQL server.</source>
        <translation>The load test needs a PostgreSQL server.</translation>
    </message>
    <message>
        <source>The database {target} already holds data ({what}). A local file can only be copied into an empty database, so that nothing on the server is mixed up or overwritten. Nothing has been changed.</source>
        <translation>The database {target} already holds data ({what}). A local file can only be copied into an empty database, so that nothing on the server is mixed up or overwritten. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The server refused a row of {what}: {detail}. Nothing has been kept on the server.</source>
        <translation>The server refused a row of {what}: {detail}. Nothing has been kept on the server.</translation>
    </message>
    <message>
        <source>A database cannot be copied into itself.</source>
        <translation>A database cannot be copied into itself.</translation>
    </message>
    <message>
        <source>The local file {path} does not exist, so there is nothing to copy.</source>
        <translation>The local file {path} does not exist, so there is nothing to copy.</translation>
    </message>
    <message>
        <source>The copy was cancelled. Nothing has been kept on the server.</source>
        <translation>The copy was cancelled. Nothing has been kept on the server.</translation>
    </message>
    <message>
        <source>The copy on the server differs from the file, so it has not been kept. The report shows which data differs.</source>
        <translation>The copy on the server differs from the file, so it has not been kept. The report shows which data differs.</translation>
    </message>
    <message>
        <source>The server could not store the copy: {detail}. Nothing has been kept on the server.</source>
        <translation>The server could not store the copy: {detail}. Nothing has been kept on the server.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing companies.</source>
        <translation>Your role does not allow viewing companies.</translation>
    </message>
    <message>
        <source>Your role does not allow editing companies.</source>
        <translation>Your role does not allow editing companies.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing a company&apos;s change history.</source>
        <translation>Your role does not allow viewing a company&apos;s change history.</translation>
    </message>
    <message>
        <source>Your role does not allow reading contact moments and agreements.</source>
        <translation>Your role does not allow reading contact moments and agreements.</translation>
    </message>
    <message>
        <source>Your role does not allow recording contact moments and agreements.</source>
        <translation>Your role does not allow recording contact moments and agreements.</translation>
    </message>
    <message>
        <source>Your role does not allow seeing a company&apos;s recent contact and open agreements.</source>
        <translation>Your role does not allow seeing a company&apos;s recent contact and open agreements.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing signals.</source>
        <translation>Your role does not allow viewing signals.</translation>
    </message>
    <message>
        <source>Your role does not allow reporting signals.</source>
        <translation>Your role does not allow reporting signals.</translation>
    </message>
    <message>
        <source>Your role does not allow handling signals.</source>
        <translation>Your role does not allow handling signals.</translation>
    </message>
    <message>
        <source>Your role does not allow managing signal categories and letters.</source>
        <translation>Your role does not allow managing signal categories and letters.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing ambitions.</source>
        <translation>Your role does not allow viewing ambitions.</translation>
    </message>
    <message>
        <source>Your role does not allow editing ambitions.</source>
        <translation>Your role does not allow editing ambitions.</translation>
    </message>
    <message>
        <source>Your role does not allow viewing supervision rounds.</source>
        <translation>Your role does not allow viewing supervision rounds.</translation>
    </message>
    <message>
        <source>Your role does not allow recording rounds and observations.</source>
        <translation>Your role does not allow recording rounds and observations.</translation>
    </message>
    <message>
        <source>Your role does not allow working at the desk.</source>
        <translation>Your role does not allow working at the desk.</translation>
    </message>
    <message>
        <source>Your role does not allow reading the knowledge base.</source>
        <translation>Your role does not allow reading the knowledge base.</translation>
    </message>
    <message>
        <source>Your role does not allow writing in the knowledge base.</source>
        <translation>Your role does not allow writing in the knowledge base.</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts.</source>
        <translation>Only an administrator may manage accounts.</translation>
    </message>
    <message>
        <source>Only an administrator may set the municipality&apos;s identity.</source>
        <translation>Only an administrator may set the municipality&apos;s identity.</translation>
    </message>
    <message>
        <source>Only an administrator may view the audit log of the whole database.</source>
        <translation>Only an administrator may view the audit log of the whole database.</translation>
    </message>
    <message>
        <source>Only an administrator may inspect or erase personal data and set retention periods.</source>
        <translation>Only an administrator may inspect or erase personal data and set retention periods.</translation>
    </message>
    <message>
        <source>Your role does not allow importing company lists.</source>
        <translation>Your role does not allow importing company lists.</translation>
    </message>
    <message>
        <source>Your role does not allow merging duplicates or undoing a merge.</source>
        <translation>Your role does not allow merging duplicates or undoing a merge.</translation>
    </message>
    <message>
        <source>Only the kartrekker of this ambition, or an official who edits ambitions, may change its actions.</source>
        <translation>Only the lead of this ambition, or an official who edits ambitions, may change its actions.</translation>
    </message>
    <message>
        <source>Only an administrator may create and edit kernen and areas.</source>
        <translation>Only an administrator may create and edit villages and areas.</translation>
    </message>
    <message>
        <source>A Dutch postcode is four digits and two letters, for example 1234 AB.</source>
        <translation>A Dutch postcode is four digits and two letters, for example 1234 AB.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address, for example naam@bedrijf.nl.</source>
        <translation>This is not a valid e-mail address, for example name@company.nl.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, for example 020 123 4567 or 06 12345678.</source>
        <translation>This is not a valid phone number, for example 020 123 4567 or 06 12345678.</translation>
    </message>
    <message>
        <source>This is not a web address, for example www.bedrijf.nl.</source>
        <translation>This is not a web address, for example www.bedrijf.nl.</translation>
    </message>
    <message>
        <source>A house number starts with digits, for example 12 or 12-A.</source>
        <translation>A house number starts with digits, for example 12 or 12-A.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>At most {limit} characters.</translation>
    </message>
    <message>
        <source>{value} is not a number: give the number as digits, such as 12.</source>
        <translation>{value} is not a number: give the number as digits, such as 12.</translation>
    </message>
    <message>
        <source>There is no number {value}: numbers run from 1 to {highest}. Check what was typed.</source>
        <translation>There is no number {value}: numbers run from 1 to {highest}. Check what was typed.</translation>
    </message>
    <message>
        <source>A search takes at most {limit} characters; this one has {length}. Shorten it to a few words.</source>
        <translation>A search takes at most {limit} characters; this one has {length}. Shorten it to a few words.</translation>
    </message>
    <message>
        <source>Only SQLite files and PostgreSQL servers are supported, not &apos;{kind}&apos;.</source>
        <translation>Only SQLite files and PostgreSQL servers are supported, not &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>In the address {url} the part after &apos;?&apos; would be read as options, and another file opened.</source>
        <translation>In the address {url} the part after &apos;?&apos; would be read as options, and another file opened.</translation>
    </message>
    <message>
        <source>In the address {url} the part after &apos;?&apos; would be read as options, and another file opened. If &apos;?&apos; is part of the file&apos;s name, give the address as {address}</source>
        <translation>In the address {url} the part after &apos;?&apos; would be read as options, and another file opened. If &apos;?&apos; is part of the file&apos;s name, give the address as {address}</translation>
    </message>
    <message>
        <source>The folder {path} does not exist and cannot be created.</source>
        <translation>The folder {path} does not exist and cannot be created.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened.</source>
        <translation>The database file {path} cannot be opened.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not an Ondernemersdesk database. Choose another file, or restore a backup.</source>
        <translation>The file {path} is empty: it is not an Ondernemersdesk database. Choose another file, or restore a backup.</translation>
    </message>
    <message>
        <source>The file {path} is not an Ondernemersdesk database.</source>
        <translation>The file {path} is not an Ondernemersdesk database.</translation>
    </message>
    <message>
        <source>The database {path} may be written, but its companion file {companion} may not, so the database would open read-only. Make {companion} writable (or ask whoever owns it), then open the database again.</source>
        <translation>The database {path} may be written, but its companion file {companion} may not, so the database would open read-only. Make {companion} writable (or ask whoever owns it), then open the database again.</translation>
    </message>
    <message>
        <source>The server {path} runs PostgreSQL {version}, which is too old: Ondernemersdesk needs PostgreSQL {minimum} or newer. Ask your administrator to upgrade the server.</source>
        <translation>The server {path} runs PostgreSQL {version}, which is too old: Ondernemersdesk needs PostgreSQL {minimum} or newer. Ask your administrator to upgrade the server.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>The database server {path} cannot be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>The server {path} refused the user name or password.</source>
        <translation>The server {path} refused the user name or password.</translation>
    </message>
    <message>
        <source>The database {path} is read-only: changes cannot be saved.</source>
        <translation>The database {path} is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>The server {path} is busy: it has too many connections open. Try again in a moment.</source>
        <translation>The server {path} is busy: it has too many connections open. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database on server {path} does not exist.</source>
        <translation>The database on server {path} does not exist.</translation>
    </message>
    <message>
        <source>Your login may not do this in the database {path}. Ask your administrator.</source>
        <translation>Your login may not do this in the database {path}. Ask your administrator.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Make room, then try again.</source>
        <translation>The disk holding {path} is full. Make room, then try again.</translation>
    </message>
    <message>
        <source>The file {path} may not be written here.</source>
        <translation>The file {path} may not be written here.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written.</source>
        <translation>The file {path} cannot be written.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Try again in a moment.</source>
        <translation>The database {path} is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged. Do not go on working in it: restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.</source>
        <translation>The database file {path} is damaged. Do not go on working in it: restore the last good backup (Help, About Ondernemersdesk: Restore…), or ask your IT department for help.</translation>
    </message>
    <message>
        <source>The database server {path} did not answer in time. Check the network (VPN) and the server&apos;s name.</source>
        <translation>The database server {path} did not answer in time. Check the network (VPN) and the server&apos;s name.</translation>
    </message>
    <message>
        <source>The server {path} asks for a password. Enter the password and try again.</source>
        <translation>The server {path} asks for a password. Enter the password and try again.</translation>
    </message>
    <message>
        <source>The server {path} does not offer encrypted (SSL) connections, but this connection requires them. Choose another SSL mode or ask your administrator to switch SSL on.</source>
        <translation>The server {path} does not offer encrypted (SSL) connections, but this connection requires them. Choose another SSL mode or ask your administrator to switch SSL on.</translation>
    </message>
    <message>
        <source>The server {path} only accepts encrypted connections: choose &apos;Required&apos; for Encryption (SSL).</source>
        <translation>The server {path} only accepts encrypted connections: choose &apos;Required&apos; for Encryption (SSL).</translation>
    </message>
    <message>
        <source>The identity of server {path} could not be verified: its SSL certificate is not trusted on this computer. Ask your administrator.</source>
        <translation>The identity of server {path} could not be verified: its SSL certificate is not trusted on this computer. Ask your administrator.</translation>
    </message>
    <message>
        <source>The server {path} does not let this login connect from this computer. Ask your administrator.</source>
        <translation>The server {path} does not let this login connect from this computer. Ask your administrator.</translation>
    </message>
    <message>
        <source>The server {path} does not let the login {user} sign in: the account may have been deactivated.</source>
        <translation>The server {path} does not let the login {user} sign in: the account may have been deactivated.</translation>
    </message>
    <message>
        <source>The server {path} does not know the login {user}.</source>
        <translation>The server {path} does not know the login {user}.</translation>
    </message>
    <message>
        <source>The server name in {path} is not known. Check the spelling of the server&apos;s name.</source>
        <translation>The server name in {path} is not known. Check the spelling of the server&apos;s name.</translation>
    </message>
    <message>
        <source>{name} was itself merged into another record; merge into that one.</source>
        <translation>{name} was itself merged into another record; merge into that one.</translation>
    </message>
    <message>
        <source>{who} already merged {name} into {survivor} at {when}.</source>
        <translation>{who} already merged {name} into {survivor} at {when}.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>{survivor} is archived and {name} is not: merging would archive what is active. Merge the other way round, or confirm that this is what you want.</source>
        <translation>{survivor} is archived and {name} is not: merging would archive what is active. Merge the other way round, or confirm that this is what you want.</translation>
    </message>
    <message>
        <source>{who} already undid this merge at {when}.</source>
        <translation>{who} already undid this merge at {when}.</translation>
    </message>
    <message>
        <source>This merge cannot be undone: the records were changed since.</source>
        <translation>This merge cannot be undone: the records were changed since.</translation>
    </message>
    <message>
        <source>{survivor} was merged into {later} after this merge: undo that merge first.</source>
        <translation>{survivor} was merged into {later} after this merge: undo that merge first.</translation>
    </message>
    <message>
        <source>This merge cannot be undone: {survivor} has the KvK number {kvk} of {name} since, and a KvK number belongs to one company. Change it there first.</source>
        <translation>This merge cannot be undone: {survivor} has the KvK number {kvk} of {name} since, and a KvK number belongs to one company. Change it there first.</translation>
    </message>
    <message>
        <source>A record cannot be compared with itself.</source>
        <translation>A record cannot be compared with itself.</translation>
    </message>
    <message>
        <source>There is no ambition plan yet.</source>
        <translation>There is no ambition plan yet.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>There is no set taken along at {file}.</source>
        <translation>There is no set taken along at {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened with the key on this computer.</source>
        <translation>{file} cannot be opened with the key on this computer.</translation>
    </message>
    <message>
        <source>This set was taken along by a newer version of Ondernemersdesk. Install that version to open it; nothing has been changed.</source>
        <translation>This set was taken along by a newer version of Ondernemersdesk. Install that version to open it; nothing has been changed.</translation>
    </message>
    <message>
        <source>The server has a newer version of Ondernemersdesk ({server}) than this computer ({here}). Update the application first; the changes made offline are kept.</source>
        <translation>The server has a newer version of Ondernemersdesk ({server}) than this computer ({here}). Update the application first; the changes made offline are kept.</translation>
    </message>
    <message>
        <source>The server has an older database version ({server}); IT must update it first.</source>
        <translation>The server has an older database version ({server}); IT must update it first.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another file or hand that set in first.</source>
        <translation>{file} exists already; choose another file or hand that set in first.</translation>
    </message>
    <message>
        <source>The server refused what was made offline ({records}): a colleague may have added the same meanwhile (a KvK number or vestigingsnummer). Nothing was sent; change it here and synchronise again.</source>
        <translation>The server refused what was made offline ({records}): a colleague may have added the same meanwhile (a KvK number or vestigingsnummer). Nothing was sent; change it here and synchronise again.</translation>
    </message>
    <message>
        <source>A colleague changed the same records just now; synchronise again.</source>
        <translation>A colleague changed the same records just now; synchronise again.</translation>
    </message>
    <message>
        <source>The check after synchronising found {local} rows of {table} here and {server} on the server; nothing was changed here. Synchronise again.</source>
        <translation>The check after synchronising found {local} rows of {table} here and {server} on the server; nothing was changed here. Synchronise again.</translation>
    </message>
    <message>
        <source>{count} changes made offline have not been synchronised yet; synchronise first, then hand the set in.</source>
        <translation>{count} changes made offline have not been synchronised yet; synchronise first, then hand the set in.</translation>
    </message>
    <message>
        <source>This set taken along names no official.</source>
        <translation>This set taken along names no official.</translation>
    </message>
    <message>
        <source>This set was taken along by another official; synchronise it with their login.</source>
        <translation>This set was taken along by another official; synchronise it with their login.</translation>
    </message>
    <message>
        <source>There is no round {number}.</source>
        <translation>There is no round {number}.</translation>
    </message>
    <message>
        <source>Give a filter or choose the companies to take along.</source>
        <translation>Give a filter or choose the companies to take along.</translation>
    </message>
    <message>
        <source>This computer has no password store, so a set taken along could not be kept encrypted. Ask IT for a computer with one.</source>
        <translation>This computer has no password store, so a set taken along could not be kept encrypted. Ask IT for a computer with one.</translation>
    </message>
    <message>
        <source>The password store refused the key: {reason}</source>
        <translation>The password store refused the key: {reason}</translation>
    </message>
    <message>
        <source>The key of {file} is not on this computer: a set taken along opens only on the computer (and at the place) where it was taken along.</source>
        <translation>The key of {file} is not on this computer: a set taken along opens only on the computer (and at the place) where it was taken along.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>no trend yet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>business climate</source>
        <translation>business climate</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>accessibility</translation>
    </message>
    <message>
        <source>labour market</source>
        <translation>labour market</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>sustainability</translation>
    </message>
    <message>
        <source>town centres</source>
        <translation>town centres</translation>
    </message>
    <message>
        <source>public sector</source>
        <translation>public sector</translation>
    </message>
    <message>
        <source>private sector</source>
        <translation>private sector</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <source>small or medium-sized</source>
        <translation>small or medium-sized</translation>
    </message>
    <message>
        <source>large company</source>
        <translation>large company</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>starter</translation>
    </message>
    <message>
        <source>starting business</source>
        <translation>starting business</translation>
    </message>
    <message>
        <source>established business</source>
        <translation>established business</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in writing (letter or form)</source>
        <translation>in writing (letter or form)</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>phone call</translation>
    </message>
    <message>
        <source>face to face</source>
        <translation>face to face</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>measurements entered by hand</source>
        <translation>measurements entered by hand</translation>
    </message>
    <message>
        <source>contact moments per quarter in a kern</source>
        <translation>contact moments per quarter in a village</translation>
    </message>
    <message>
        <source>open agreements at the end of each quarter</source>
        <translation>open agreements at the end of each quarter</translation>
    </message>
    <message>
        <source>signals per quarter in a kern</source>
        <translation>signals per quarter in a village</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>legal name</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>establishment</translation>
    </message>
    <message>
        <source>vestigingsnummer</source>
        <translation>establishment number</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>found in</translation>
    </message>
    <message>
        <source>similar to</source>
        <translation>similar to</translation>
    </message>
    <message>
        <source>village or town</source>
        <translation>village or town</translation>
    </message>
    <message>
        <source>shopping area</source>
        <translation>shopping area</translation>
    </message>
    <message>
        <source>business park</source>
        <translation>business park</translation>
    </message>
    <message>
        <source>nature area</source>
        <translation>nature area</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation>bookkeeper</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>business manager</source>
        <translation>business manager</translation>
    </message>
    <message>
        <source>policy officer</source>
        <translation>policy officer</translation>
    </message>
    <message>
        <source>desk officer</source>
        <translation>desk officer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>entrepreneur</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>third party</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>contact person&apos;s role</source>
        <translation>contact person&apos;s role</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>retention period</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contact moment</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>signal category</source>
        <translation>signal category</translation>
    </message>
    <message>
        <source>feedback template</source>
        <translation>feedback template</translation>
    </message>
    <message>
        <source>reporter&apos;s reaction</source>
        <translation>reporter&apos;s reaction</translation>
    </message>
    <message>
        <source>reason of a reaction</source>
        <translation>reason of a reaction</translation>
    </message>
    <message>
        <source>supervision round</source>
        <translation>supervision round</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>knowledge article</source>
        <translation>knowledge article</translation>
    </message>
    <message>
        <source>desk question</source>
        <translation>desk question</translation>
    </message>
    <message>
        <source>ambition plan</source>
        <translation>ambition plan</translation>
    </message>
    <message>
        <source>ambition</source>
        <translation>ambition</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>measurement</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
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
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>legal form</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>account manager</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>trade name</source>
        <translation>trade name</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>house number</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>main establishment</source>
        <translation>main establishment</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefix</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation>assigned to</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>status note</source>
        <translation>status note</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>closed on</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>merged into</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>part of</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>done on</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>login name</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>review on</source>
        <translation>review on</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>previous version</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>starting value</source>
        <translation>starting value</translation>
    </message>
    <message>
        <source>starting date</source>
        <translation>starting date</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>target value</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>target date</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>lowest plausible value</source>
        <translation>lowest plausible value</translation>
    </message>
    <message>
        <source>highest plausible value</source>
        <translation>highest plausible value</translation>
    </message>
    <message>
        <source>working days to handle</source>
        <translation>working days to handle</translation>
    </message>
    <message>
        <source>reported at</source>
        <translation>reported at</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>reporter&apos;s name</source>
        <translation>reporter&apos;s name</translation>
    </message>
    <message>
        <source>reporter&apos;s phone</source>
        <translation>reporter&apos;s phone</translation>
    </message>
    <message>
        <source>reporter&apos;s e-mail</source>
        <translation>reporter&apos;s e-mail</translation>
    </message>
    <message>
        <source>reporter&apos;s postal address</source>
        <translation>reporter&apos;s postal address</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <source>wants to be contacted</source>
        <translation>wants to be contacted</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>closed at</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>search text</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>received on</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>held on</translation>
    </message>
    <message>
        <source>observed at</source>
        <translation>observed at</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>advice or action</source>
        <translation>advice or action</translation>
    </message>
    <message>
        <source>spoke with</source>
        <translation>spoke with</translation>
    </message>
    <message>
        <source>follow-up needed</source>
        <translation>follow-up needed</translation>
    </message>
    <message>
        <source>adopted on</source>
        <translation>adopted on</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introduction</translation>
    </message>
    <message>
        <source>asked at</source>
        <translation>asked at</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitor</translation>
    </message>
    <message>
        <source>measured on</source>
        <translation>measured on</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>file type</translation>
    </message>
    <message>
        <source>asks to reopen</source>
        <translation>asks to reopen</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>reporter&apos;s words</source>
        <translation>reporter&apos;s words</translation>
    </message>
    <message>
        <source>starter or established</source>
        <translation>starter or established</translation>
    </message>
    <message>
        <source>portfolio holder</source>
        <translation>portfolio holder</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>added by</source>
        <translation>added by</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>shielded</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Changed record</source>
        <translation>Changed record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Advice or action</source>
        <translation>Advice or action</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Spoke with</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>report by a citizen</source>
        <translation>report by a citizen</translation>
    </message>
    <message>
        <source>report by an entrepreneur</source>
        <translation>report by an entrepreneur</translation>
    </message>
    <message>
        <source>resident survey</source>
        <translation>resident survey</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>supervisor&apos;s own observation</source>
        <translation>supervisor&apos;s own observation</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>citizen</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>being handled</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>handled</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>request to reopen</source>
        <translation>request to reopen</translation>
    </message>
    <message>
        <source>the reporter&apos;s name</source>
        <translation>the reporter&apos;s name</translation>
    </message>
    <message>
        <source>the signal&apos;s number</source>
        <translation>the signal&apos;s number</translation>
    </message>
    <message>
        <source>the date of the report</source>
        <translation>the date of the report</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>today&apos;s date</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>the category</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>what was found</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>what is planned</source>
        <translation>what is planned</translation>
    </message>
    <message>
        <source>when it is planned</source>
        <translation>when it is planned</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>past review date</source>
        <translation>past review date</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>new establishment</source>
        <translation>new establishment</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Establishment number</source>
        <translation>Establishment number</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Addition</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>SBI code</source>
        <translation>SBI code</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Main establishment</source>
        <translation>Main establishment</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Attachments (in the file&apos;s documents)</source>
        <translation>Attachments (in the file&apos;s documents)</translation>
    </message>
    <message>
        <source>Not kept, larger than {limit} MB</source>
        <translation>Not kept, larger than {limit} MB</translation>
    </message>
    <message>
        <source>View companies</source>
        <translation>View companies</translation>
    </message>
    <message>
        <source>Edit companies, establishments and contacts</source>
        <translation>Edit companies, establishments and contacts</translation>
    </message>
    <message>
        <source>View a company&apos;s change history</source>
        <translation>View a company&apos;s change history</translation>
    </message>
    <message>
        <source>Read contact moments and agreements</source>
        <translation>Read contact moments and agreements</translation>
    </message>
    <message>
        <source>Record contact moments and agreements</source>
        <translation>Record contact moments and agreements</translation>
    </message>
    <message>
        <source>See when and about what a company was contacted, and its open agreements (no reports)</source>
        <translation>See when and about what a company was contacted, and its open agreements (no reports)</translation>
    </message>
    <message>
        <source>View signals</source>
        <translation>View signals</translation>
    </message>
    <message>
        <source>Report signals</source>
        <translation>Report signals</translation>
    </message>
    <message>
        <source>Handle signals</source>
        <translation>Handle signals</translation>
    </message>
    <message>
        <source>Manage signal categories and letters</source>
        <translation>Manage signal categories and letters</translation>
    </message>
    <message>
        <source>View ambitions</source>
        <translation>View ambitions</translation>
    </message>
    <message>
        <source>Edit ambitions, indicators and actions</source>
        <translation>Edit ambitions, indicators and actions</translation>
    </message>
    <message>
        <source>View supervision rounds</source>
        <translation>View supervision rounds</translation>
    </message>
    <message>
        <source>Record rounds and observations</source>
        <translation>Record rounds and observations</translation>
    </message>
    <message>
        <source>Desk: company summaries and questions</source>
        <translation>Desk: company summaries and questions</translation>
    </message>
    <message>
        <source>Read the knowledge base</source>
        <translation>Read the knowledge base</translation>
    </message>
    <message>
        <source>Write in the knowledge base</source>
        <translation>Write in the knowledge base</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Manage accounts</translation>
    </message>
    <message>
        <source>Set the municipality&apos;s identity</source>
        <translation>Set the municipality&apos;s identity</translation>
    </message>
    <message>
        <source>View the audit log of the whole database</source>
        <translation>View the audit log of the whole database</translation>
    </message>
    <message>
        <source>Privacy: inspection, erasure and retention periods</source>
        <translation>Privacy: inspection, erasure and retention periods</translation>
    </message>
    <message>
        <source>Import company lists and undo imports</source>
        <translation>Import company lists and undo imports</translation>
    </message>
    <message>
        <source>Merge duplicate companies and contact persons, and undo a merge</source>
        <translation>Merge duplicate companies and contact persons, and undo a merge</translation>
    </message>
    <message>
        <source>Update the actions of an ambition one leads</source>
        <translation>Update the actions of an ambition one leads</translation>
    </message>
    <message>
        <source>Create and edit kernen and areas</source>
        <translation>Create and edit villages and areas</translation>
    </message>
    <message>
        <source>reporter of a signal</source>
        <translation>reporter of a signal</translation>
    </message>
    <message>
        <source>visitor at the desk</source>
        <translation>visitor at the desk</translation>
    </message>
    <message>
        <source>spoken with on a round</source>
        <translation>spoken with on a round</translation>
    </message>
    <message>
        <source>respondent in the co-creation</source>
        <translation>respondent in the co-creation</translation>
    </message>
    <message>
        <source>Signals reported</source>
        <translation>Signals reported</translation>
    </message>
    <message>
        <source>Contact person of companies</source>
        <translation>Contact person of companies</translation>
    </message>
    <message>
        <source>Questions at the desk</source>
        <translation>Questions at the desk</translation>
    </message>
    <message>
        <source>Conversations on supervision rounds</source>
        <translation>Conversations on supervision rounds</translation>
    </message>
    <message>
        <source>Input in the co-creation</source>
        <translation>Input in the co-creation</translation>
    </message>
    <message>
        <source>Audit trail of these records</source>
        <translation>Audit trail of these records</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Wants to be contacted</source>
        <translation>Wants to be contacted</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Feedback sent</translation>
    </message>
    <message>
        <source>Reactions to the handling</source>
        <translation>Reactions to the handling</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reporters&apos; contact details of closed signals</source>
        <translation>Reporters&apos; contact details of closed signals</translation>
    </message>
    <message>
        <source>Common practice (Signalen, Amsterdam and other municipalities): reporters anonymised a year after closing; AVG article 5(1)(e)</source>
        <translation>Common practice (Signalen, Amsterdam and other municipalities): reporters anonymised a year after closing; GDPR article 5(1)(e)</translation>
    </message>
    <message>
        <source>Handled signals</source>
        <translation>Handled signals</translation>
    </message>
    <message>
        <source>VNG Selectielijst gemeenten 2020 and common practice: destroyed 5 years after closing</source>
        <translation>VNG Selectielijst gemeenten 2020 and common practice: destroyed 5 years after closing</translation>
    </message>
    <message>
        <source>Cancelled signals</source>
        <translation>Cancelled signals</translation>
    </message>
    <message>
        <source>VNG Selectielijst gemeenten 2020 and common practice: destroyed 1 year after cancelling</source>
        <translation>VNG Selectielijst gemeenten 2020 and common practice: destroyed 1 year after cancelling</translation>
    </message>
    <message>
        <source>Desk questions of visitors without a company</source>
        <translation>Desk questions of visitors without a company</translation>
    </message>
    <message>
        <source>VNG Selectielijst gemeenten 2020 and common practice: questions answered at once, destroyed 1 year after they were asked</source>
        <translation>VNG Selectielijst gemeenten 2020 and common practice: questions answered at once, destroyed 1 year after they were asked</translation>
    </message>
    <message>
        <source>Archived contact persons</source>
        <translation>Archived contact persons</translation>
    </message>
    <message>
        <source>Common practice for relationship management: 2 years after the relationship ended; AVG article 5(1)(e)</source>
        <translation>Common practice for relationship management: 2 years after the relationship ended; GDPR article 5(1)(e)</translation>
    </message>
    <message>
        <source>Names of people spoken with on rounds</source>
        <translation>Names of people spoken with on rounds</translation>
    </message>
    <message>
        <source>Common practice: the name is needed while the follow-up runs; the observation itself is kept; AVG article 5(1)(e)</source>
        <translation>Common practice: the name is needed while the follow-up runs; the observation itself is kept; GDPR article 5(1)(e)</translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation>anonymise</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>erasure</translation>
    </message>
    <message>
        <source>inzage: exported</source>
        <translation>access request: exported</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contact moments</translation>
    </message>
    <message>
        <source>contact moments attended</source>
        <translation>contact moments attended</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>signals</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>observations</translation>
    </message>
    <message>
        <source>desk questions</source>
        <translation>desk questions</translation>
    </message>
    <message>
        <source>links to ambition actions</source>
        <translation>links to ambition actions</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>respondents</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Sir or Madam</source>
        <translation>Sir or Madam</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <source>same KvK number</source>
        <translation>same KvK number</translation>
    </message>
    <message>
        <source>same vestigingsnummer</source>
        <translation>same establishment number</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>same postcode and house number</source>
        <translation>same postcode and house number</translation>
    </message>
    <message>
        <source>name {similarity} % alike · same postcode and house number</source>
        <translation>name {similarity} % alike · same postcode and house number</translation>
    </message>
    <message>
        <source>name {similarity} % alike · same postcode</source>
        <translation>name {similarity} % alike · same postcode</translation>
    </message>
    <message>
        <source>name {similarity} % alike · same company</source>
        <translation>name {similarity} % alike · same company</translation>
    </message>
    <message>
        <source>name {similarity} % alike</source>
        <translation>name {similarity} % alike</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Contact persons linked to companies</source>
        <translation>Contact persons linked to companies</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Officials at contact moments</source>
        <translation>Officials at contact moments</translation>
    </message>
    <message>
        <source>Contact persons at contact moments</source>
        <translation>Contact persons at contact moments</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents&apos; contents</source>
        <translation>Documents&apos; contents</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signal history and feedback</source>
        <translation>Signal history and feedback</translation>
    </message>
    <message>
        <source>Signal categories</source>
        <translation>Signal categories</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Feedback templates</translation>
    </message>
    <message>
        <source>Reporters&apos; reactions</source>
        <translation>Reporters&apos; reactions</translation>
    </message>
    <message>
        <source>Reasons of reactions</source>
        <translation>Reasons of reactions</translation>
    </message>
    <message>
        <source>Supervision rounds</source>
        <translation>Supervision rounds</translation>
    </message>
    <message>
        <source>Officials on rounds</source>
        <translation>Officials on rounds</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Ambition plans</source>
        <translation>Ambition plans</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambitions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Agreements linked to actions</source>
        <translation>Agreements linked to actions</translation>
    </message>
    <message>
        <source>Companies linked to actions</source>
        <translation>Companies linked to actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Input (ideas)</source>
        <translation>Input (ideas)</translation>
    </message>
    <message>
        <source>Input linked to ambitions</source>
        <translation>Input linked to ambitions</translation>
    </message>
    <message>
        <source>Knowledge base articles</source>
        <translation>Knowledge base articles</translation>
    </message>
    <message>
        <source>Desk questions</source>
        <translation>Desk questions</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Sectors (SBI)</source>
        <translation>Sectors (SBI)</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Checking both databases…</source>
        <translation>Checking both databases…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Rebuilding the search index…</translation>
    </message>
    <message>
        <source>Comparing the copy with the file…</source>
        <translation>Comparing the copy with the file…</translation>
    </message>
    <message>
        <source>Saving on the server…</source>
        <translation>Saving on the server…</translation>
    </message>
</context>
</TS>
