<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckCommand</name>
    <message>
        <source>List data-quality problems: invalid records, impossible histories, organization rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the roll as of this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ethnic group is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the occupation is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member has no admission event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible history on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the roll of %1, which was dissolved on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost contact since %1: a candidate for suspension (停止党籍)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost contact (date unknown): a candidate for suspension (停止党籍)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended since %1: a candidate for removal (除名) if still unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary of %1 since %2 with less than one year of party standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still holds a post in %1 (since %2) but is not on the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date as %1: the same person twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch needs at least 3 full members, it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch normally has at most 50 members, it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch with %1 full members should have a committee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <source>the citizen ID number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old 15-digit citizen ID number; its 18-character form is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen ID number has 18 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen ID number holds 17 digits and a digit or X at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 in the citizen ID number is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 in the citizen ID number is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character: the last character should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PostgreSQL databases are not supported by this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;partyroll-cli --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; expects %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create the database, or migrate an older one (backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--lang takes zh or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: partyroll-cli [global options] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyRoll (党员名册): the party member roster from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages and exports (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log more on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help; &quot;&lt;command&gt; --help&quot; explains a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 invalid input (nothing written), 4 database error, 5 permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (an .xlsx workbook?), not CSV text; give it the .xlsx extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook; save it as .xlsx or CSV first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is not UTF-8, and this build cannot read GB18030; save the file as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the text is not valid %3; does the file mix encodings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the row is longer than %3 characters; is a quote not closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the file contains a NUL byte; it is not a text table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the row has more than %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: a quoted cell is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1: the file cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The number of members must be between 1 and 100,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of organizations must not be negative and the years between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds organizations or members; generate fills an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Create one with &quot;partyroll-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver does not enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of PartyRoll (schema %2; this program knows up to %3). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a PartyRoll database. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message>
        <source>the citizen ID number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member has the citizen ID number %1 (import the member first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with this file, the recorded event %1 of %2 becomes impossible: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export orgs, org-events, members, events or posts to CSV or XLSX (imports back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgs, org-events, members, events or posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv or .xlsx file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organization&apos;s subtree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: use orgs, org-events, members, events or posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row(s) written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Fill an empty database with realistic synthetic data (same seed, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of organizations (default: members / 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of history (default: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the history (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --members N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--members, --orgs, --years and --seed take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 organizations, %2 members, %3 membership events and %4 posts in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Data generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>unknown column (use --ignore-unknown to skip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import orgs, org-events, members, events or posts from CSV or XLSX: all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgs, org-events, members, events or posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv (UTF-8 or GB18030, comma or tab) or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip columns this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: use orgs, org-events, members, events or posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problem(s) in %3 row(s); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row(s) checked, no problems; nothing was written (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row(s): %3 created, %4 updated, %5 already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartyRoll - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members on the roll in %2 organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>the citizen ID number %1 appears already in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admission date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full member needs the date of conversion to full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probationary member has no date of conversion to full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the recorded admission date %1; change history with import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the recorded date of conversion %1; change history with import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 differs from the one in the citizen ID number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gender differs from the one in the citizen ID number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ethnic group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization %1 was dissolved on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members are kept on the roll of a committee, general branch or branch, not of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admission date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member with the citizen ID number %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>the member is already a party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted before the age of 18 (born %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for a member who is not on the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for a member who is not a probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names another organization than the member&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probation can be extended only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted before the probation ends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred in before admission: record the admission first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred in while already on the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred in after leaving the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved into the organization the member is already in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a suspended member can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the member already left on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgEventImporter</name>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a re-affiliation needs the new parent&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a renaming needs the new name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgHistory</name>
    <message>
        <source>the organization was dissolved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated before the organization was established (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationImporter</name>
    <message>
        <source>the organization code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears already in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent codes form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent %1 (row %2) could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>the organization code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization code has at most 40 characters and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the establishment date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent organization does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be placed under a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent organization %1 was established only on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent organization %1 was dissolved on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent organization %1 belongs to this organization&apos;s own subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are on the roll of %1 on %2: move them to another organization first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has sub-organizations on %2: dissolve or re-affiliate them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolved before it was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization was already dissolved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostImporter</name>
    <message>
        <source>the organization is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organization with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen ID number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member has the citizen ID number %1 (import the member first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostService</name>
    <message>
        <source>the start date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a secretary can also head the unit (一肩挑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party group has no committee posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization %1 was dissolved on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post starts before the member was admitted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>this row has more cells than the header has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是/否 (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State-controlled enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-public enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle school or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmer, herder or fisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional and technical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managerial staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party or government staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: the workbook is damaged: %2 cannot be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or a password-protected one; save it as an unprotected .xlsx or CSV first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook, or it is damaged (an incomplete download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first worksheet is empty; a header row is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB, more than the %4 MB allowed; the file is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed %3 to 1, which only a zip bomb does; the file is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the workbook is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the workbook is damaged: shared text %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: a cell is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the row has more than %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>zip error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an .xlsx sheet holds at most %2 rows; export to CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: an .xlsx sheet holds at most %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3: the text is longer than the %4 characters an .xlsx cell holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table is too large for an .xlsx file; export to CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PartyRoll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
