<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnnuaireReader</name>
    <message>
        <source>%1: the file is too large for the register (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not the Annuaire de l&apos;éducation (no column %2; the columns are separated by &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: comment and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerStatus</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersDocument</name>
    <message>
        <source>Cannot read the answers file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; is too large (%2 bytes; at most %3 are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status is expected (one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is too long (%1 characters; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2025-09-01T08:00:00.000Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of establishment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validated assessment needs its validation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referential &quot;%1&quot; has no criterion &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown funder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paliers written in the file are not those its answers give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large for an export (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a Paliers export (no &quot;format&quot; field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a Paliers export (format &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this export was written by a newer Paliers (format version %2; this one reads up to %3). Update Paliers to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown checksum algorithm &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file was changed after it was exported (its SHA-256 checksum does not match). Ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an export identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot; of the embedded grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded grid is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the grid embedded in the file does not match the checksum the assessment names (SHA-256 %2, the grid&apos;s is %3): the file was altered. Ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded grid is version %2 of &quot;%3&quot;, not the grid the assessment names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Paliers does not know the grid &quot;%1&quot; and the file does not carry it; add the grid (File → Add a grid…) or ask for an export that carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file follows version %1 of &quot;%2&quot;, which this Paliers lacks (it has %3) and the file does not carry; add that version (File → Add a grid…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the grid it carries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>éducation prioritaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside éducation prioritaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no circonscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bassin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no département)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no académie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écoles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTool</name>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;paliers-cli --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;referentials&quot; takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;referential&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;referential show&quot; expects one referential id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referential %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;referential check&quot; expects one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid referential &quot;%2&quot;, version %3, %n criteria.</source>
        <translation>
            <numerusform>%1: valid referential &quot;%2&quot;, version %3, %n criterion.</numerusform>
            <numerusform>%1: valid referential &quot;%2&quot;, version %3, %n criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score against the referential read from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;score&quot; expects one answers file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are for the referential &quot;%1&quot; but the file given is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db expects the path of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;establishment&quot; expects &quot;add&quot; or &quot;list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;establishment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI number, e.g. 0750655E (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the establishment (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription, district or bassin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent numérique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;assessment&quot; expects &quot;new&quot;, &quot;list&quot;, &quot;show&quot;, &quot;validate&quot; or &quot;reopen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;assessment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI of the establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year, e.g. 2025-2026 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referential id (default: the grid that fits the establishment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fills the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role, e.g. principal, directrice, référent numérique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the answers of this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;assessment new&quot; needs --uai and --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment has the UAI %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assessments of this establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;assessment show&quot; expects one assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers does not know the referential &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;assessment validate&quot; expects one assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the assessment is reopened (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;assessment reopen&quot; expects one assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the proof is: a document, a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;answer&quot; expects an assessment number, a criterion id and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;score&quot; expects one answers file or assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON export to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one CSV row per criterion to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a one-row CSV summary to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export&quot; expects one assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export&quot; expects at least one of --pdf, --json, --csv, --summary-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import&quot; expects JSON export files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .json file was found in the folders given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this circonscription or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this département.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status: brouillon or valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this referential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only names, UAI or communes containing TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the consolidated PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one CSV row per assessment to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;consolidate&quot; takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;consolidate&quot; expects --year, e.g. --year 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (brouillon or valide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s): %1</source>
        <translation>
            <numerusform>%n assessment: %1</numerusform>
            <numerusform>%n assessments: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many establishments (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many school years each, ending with this one (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one JSON export per assessment into FOLDER instead of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--establishments expects a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years expects a number from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) written to %1</source>
        <translation>
            <numerusform>%n export written to %1</numerusform>
            <numerusform>%n exports written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the commission pack to FILE (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting (YYYY-MM-DD), kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of the commission (repeat for each), kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;commission&quot; expects one assessment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;commission&quot; expects --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date expects a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jalon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The académie of the establishments: %1 (default Créteil).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown académie &quot;%1&quot; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3).</source>
        <extracomment>&quot;N establishments generated&quot;, &quot;N assessments each&quot;, the school years.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) generated</source>
        <translation>
            <numerusform>%n establishment generated</numerusform>
            <numerusform>%n establishments generated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) each</source>
        <translation>
            <numerusform>%n assessment each</numerusform>
            <numerusform>%n assessments each</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the options of this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the head (chef d&apos;établissement, directrice or directeur d&apos;école).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the head as they write it, e.g. « principale ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;referential&quot; expects &quot;show&quot;, &quot;check&quot; or &quot;install&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this version of the grid rather than the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referential has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referential &quot;%1&quot; has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces version %1: %2 criteria added, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;referential install&quot; expects one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was already there; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added version %1 of &quot;%2&quot; (%3), %n criteria, kept in %4.</source>
        <translation>
            <numerusform>Added version %1 of &quot;%2&quot; (%3), %n criteria, kept in %4.</numerusform>
            <numerusform>Added version %1 of &quot;%2&quot; (%3), %n criteria, kept in %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No referential has the id &quot;%1&quot;; give its file with --referential-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the grid in the JSON export, for a receiver that may lack it (always done for an added grid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of %1 carried over from version %2 to version %3 of the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criteria, to answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over (criterion removed): %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the grid mixed here: %1; domains matched by their identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against this version of the grid rather than the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind (repeatable): %1, or ecoles for every école.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this académie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this département, by name or code (093).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this circonscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this bassin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only public or prive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éducation prioritaire: ep (REP or REP+), rep, rep+ or hors-ep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sector expects public or prive, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ep expects ep, rep, rep+ or hors-ep, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;annuaire&quot; expects import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;campaign&quot; expects status --year 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the import would change, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s CSV, as the open-data portal exports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;annuaire import&quot; expects one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) read</source>
        <translation>
            <numerusform>%1 (%2): %n row read</numerusform>
            <numerusform>%1 (%2): %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, not chosen: %4, refused: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) closed in the register: marked, not deleted.</source>
        <translation>
            <numerusform>%n establishment closed in the register: marked, not deleted.</numerusform>
            <numerusform>%n establishments closed in the register: marked, not deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: « %2 » → « %3 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by circonscription, bassin, departement (the default) or academie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid asked for (default: the one that fits each kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table per territory to FILE (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the establishments not validated yet to FILE (CSV), with their e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;campaign status&quot; takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;campaign status&quot; expects --year, e.g. --year 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by expects circonscription, bassin, departement or academie, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown referential &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment is expected: import the register first (paliers-cli annuaire import FILE), or choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n establishment(s) to remind)</source>
        <translation>
            <numerusform>Written: %1 (%n establishment to remind)</numerusform>
            <numerusform>Written: %1 (%n establishments to remind)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the repères of these assessments to FILE, for the schools to stand beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the repères, e.g. &quot;DANE de Créteil&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (repères of %n grid(s) and year(s); counts only, no school named)</source>
        <translation>
            <numerusform>Written: %1 (repères of %n grid and year; counts only, no school named)</numerusform>
            <numerusform>Written: %1 (repères of %n grids and years; counts only, no school named)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the indicators from FILE (default: those kept in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the indicators of --file in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table to FILE (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicators&quot; takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save keeps the indicators of --file: give --file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept in the database: %n indicator(s).</source>
        <translation>
            <numerusform>Kept in the database: %n indicator.</numerusform>
            <numerusform>Kept in the database: %n indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database keeps no indicator: give a file with --file (an example comes with Paliers: share/paliers/examples/indicateurs-aix-marseille-2014.json), or add them in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In brackets: the establishments with a validated assessment of the grid that the share rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reperes&quot; expects import FILE (consolidate --reperes FILE writes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reperes import&quot; expects one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repères of %1 for %2: %n school(s), %3</source>
        <translation>
            <numerusform>Repères of %1 for %2: %n school, %3</numerusform>
            <numerusform>Repères of %1 for %2: %n schools, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an export of an assessment, not a database: import it with &quot;paliers-cli import %1&quot; (into the database of --db, or the app&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;completion&quot; expects &quot;bash&quot;, the one shell it writes for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referential file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Grids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the referentials, every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referential show ID [--format text|tsv] [--version V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a referential, or one of its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referential check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a referential file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referential install FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a grid (another académie&apos;s, a new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score ANSWERS.json [--format text|json] [--referential-file FILE] [--version V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute the paliers of an answers file, against the grid read from FILE or version V (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (the app&apos;s own, or the one given with --db):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>establishment add --uai U --name N --kind K [--commune C] [--circonscription C] [--departement D] [--academie A] [--head NAME] [--head-title TITLE] [--referent NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>establishment list [--format tsv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R] [--copy-from ASSESSMENT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment list [--uai U]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment show ASSESSMENT [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an assessment and its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment validate ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment reopen ASSESSMENT [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen a validated assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer ASSESSMENT CRITERION STATUS [--comment TEXT] [--evidence TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score ASSESSMENT [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paliers of a stored assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export ASSESSMENT [--pdf FILE] [--json FILE] [--with-referential] [--csv FILE] [--summary-csv FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report and the exports of an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE|FOLDER...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import JSON exports (a folder: its .json files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission ASSESSMENT --pdf FILE [--date YYYY-MM-DD] [--member NAME]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack that prepares the commission numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consolidate --year 2025-2026 [--kind K] [--circonscription C] [--departement D] [--status brouillon|valide] [--referential ID] [--search TEXT] [--pdf FILE] [--csv FILE] [--reperes FILE] [--issuer NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year&apos;s assessments together, as PDF or CSV, and the repères of the académie for its schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate --establishments N [--years Y] [--seed S] [--academie A] [--exports FOLDER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plausible test data, in the database or as exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign (the register of schools, who has answered):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annuaire import FILE [--academie A] [--departement D] [--kind K]... [--sector public|prive] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or update establishments from the Annuaire de l&apos;éducation&apos;s CSV (by UAI; assessments untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign status --year 2025-2026 [--by circonscription|bassin|departement|academie] [--kind K]... [--academie A] [--departement D] [--circonscription C] [--bassin B] [--sector public|prive] [--ep ep|rep|rep+|hors-ep] [--referential ID] [--csv FILE] [--remind FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected, validated, in progress, not started, rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap (the académie&apos;s indicators, the repères its schools stand beside):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators [--file FILE] [--save] [--csv FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each indicator for each year, and its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reperes import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the repères a DANE wrote (consolidate --reperes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion bash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the completion script of bash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on this database (default: the app&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language fr|en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help; after a command, its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paliers-cli [--db FILE] COMMAND [OPTIONS]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statuses are %1.
An answers file looks like:
  { &quot;referential&quot;: &quot;creteil-ecoles&quot;, &quot;answers&quot;: { &quot;PIL-1-01&quot;: &quot;atteint&quot; } }
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionRenderer</name>
    <message>
        <source>Commission numérique — %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers %1 · prepared on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — school year %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment validated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment in progress (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick those present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the assessment of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1 (now: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression: the palier fell in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action of the plans is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — towards palier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest palier is reached in every domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting: ____ / ____ / ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission numérique — preparation pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where things stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first assessment of this grid here: there is nothing to compare with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest jalon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These axes were placed last time and are not placed yet this time; the lowest jalon waits for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These criteria were met last time and have no answer yet this time: not a regression, but the paliers wait for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each axis, what the next jalon describes. Write down what the commission decides: an action, an owner, a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each domain, what is still missing for the next palier. Write down what the commission decides: an action, an owner, a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — towards jalon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action planned: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last jalon is reached on every axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Axes that moved up (%n)</source>
        <translation>
            <numerusform>Axis that moved up (%n)</numerusform>
            <numerusform>Axes that moved up (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria newly met (%n)</source>
        <translation>
            <numerusform>Criterion newly met (%n)</numerusform>
            <numerusform>Criteria newly met (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axes that moved down (%n)</source>
        <translation>
            <numerusform>Axis that moved down (%n)</numerusform>
            <numerusform>Axes that moved down (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria no longer met (%n)</source>
        <translation>
            <numerusform>Criterion no longer met (%n)</numerusform>
            <numerusform>Criteria no longer met (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet this time (%n)</source>
        <translation>
            <numerusform>Not answered yet this time (%n)</numerusform>
            <numerusform>Not answered yet this time (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions done (%n)</source>
        <translation>
            <numerusform>Action done (%n)</numerusform>
            <numerusform>Actions done (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidatedRenderer</name>
    <message>
        <source>Consolidation of the digital maturity paliers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation of the paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paliers %1 · consolidation of %n assessment(s) · %2</source>
        <translation>
            <numerusform>Paliers %1 · consolidation of %n assessment · %2</numerusform>
            <numerusform>Paliers %1 · consolidation of %n assessments · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Consolidation of the digital maturity paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment matches this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier 1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n assessment(s)</source>
        <translation>
            <numerusform>%1 — %n assessment</numerusform>
            <numerusform>%1 — %n assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to train or fund first: the criteria that block the next palier in the most establishments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3, %4. Made on %5.</source>
        <extracomment>&quot;N assessments&quot;, &quot;of N establishments&quot;, &quot;N validated&quot;, &quot;N drafts&quot;, the date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n establishment(s)</source>
        <translation>
            <numerusform>of %n establishment</numerusform>
            <numerusform>of %n establishments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validated</source>
        <translation>
            <numerusform>%n validated</numerusform>
            <numerusform>%n validated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These assessments follow %n versions of the grid (%1): the domains are matched by their identifier and titled as in version %2.</source>
        <translation>
            <numerusform>These assessments follow %n versions of the grid (%1): the domains are matched by their identifier and titled as in version %2.</numerusform>
            <numerusform>These assessments follow %n versions of the grid (%1): the domains are matched by their identifier and titled as in version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response rates of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated over the years: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 validated (%3), %4 in progress, %5 not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) expected</source>
        <translation>
            <numerusform>%n establishment expected</numerusform>
            <numerusform>%n establishments expected</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each share counts the establishments with a validated assessment of the grid that year, their number in brackets; « roadmap » marks the roadmap&apos;s own figure for a year Paliers has no data for. ✓: the latest value reaches the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite on Debian and Ubuntu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database &quot;%1&quot;: the folder or the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Paliers database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Paliers (database version %2; this version reads up to %3). Update Paliers to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged (%2). Open a backup copy instead; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by an older version of Paliers and must be updated, but it is read-only. Copy it to a folder where you can write, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating &quot;%1&quot;, Paliers could not save a backup copy (%2); the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database &quot;%1&quot; to version %2 failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error on &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is in use by another program (another Paliers window?). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers cannot write to &quot;%1&quot;: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing &quot;%1&quot; failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding &quot;%1&quot; is full: the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; of the table &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed outside Paliers (%2). Paliers does not open it, so as not to damage it further; it was left as it is. Open a backup copy or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pages do not fit together: it was cut off or overwritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Establishment</name>
    <message>
        <source>Nursery school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elementary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lycée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational lycée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school director</source>
        <comment>a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school director</source>
        <comment>a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal</source>
        <comment>a woman, of a collège</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal</source>
        <comment>a man, of a collège</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head teacher</source>
        <comment>a woman, of a lycée</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head teacher</source>
        <comment>a man, of a lycée</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>director</source>
        <comment>a woman, of an EREA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>director</source>
        <comment>a man, of an EREA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of establishment</source>
        <comment>a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of establishment</source>
        <comment>a man</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleData</name>
    <message>
        <source>Discussed at the commission numérique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the conseil pédagogique, on the ENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example can only be added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>École élémentaire des Tilleuls (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claire Martin (fictitious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karim Benali (fictitious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collège Louise-Michel (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sophie Durand (fictitious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thomas Petit (fictitious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referential &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the digital use charter into the school rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on the ENT for the whole team (animation pédagogique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERUN of the circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equip two classrooms with a projector and a visualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall of Vitry-sur-Seine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the digital part of the school project at the conseil d&apos;école</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most teachers alternate the class display and individual tablets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already imported (export %2), skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, imported as assessment %5%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new establishment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the grid &quot;%1&quot; version %2 it carried was added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the database of another application, not of Paliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Paliers database nor a Paliers export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Paliers database nor a Paliers export (its JSON is invalid at character %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Paliers database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an export of an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of the académie&apos;s repères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of the roadmap&apos;s indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid (referential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file Paliers does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>&quot;%1&quot; is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers cannot write &quot;%1&quot; (%2). Is the folder read-only? Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed (%2); no file was written, an existing one was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed (%2): is the disk full? No file was written, an existing one was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>An indicator needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1…&quot; has a text that is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; is about the grid &quot;%2&quot;, which Paliers does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: the grid &quot;%2&quot; has no criterion &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: the grid &quot;%2&quot; has no domain &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: the palier must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: a target is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: a value is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at palier %2 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall palier %1 or above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorFile</name>
    <message>
        <source>&quot;%1&quot; is not a condition (criterion, domain or overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large for indicators (at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a file of Paliers indicators (its &quot;format&quot; should be &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: format version %2 is not one this Paliers reads (it reads version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 indicators; at most %3 are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (roadmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓ reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must contain a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>The grids &quot;%1&quot; and &quot;%2&quot; are not versions of one grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; does not say how to carry answers over from version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; maps the criterion &quot;%3&quot;, which version %4 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; lists the criterion &quot;%3&quot; as added, but version %4 has a criterion of that id: map it in &quot;criteria&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%3&quot; of version %1 of &quot;%2&quot; comes from no criterion of version %4: map one onto it or list it in &quot;added&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PalierEngine</name>
    <message numerus="yes">
        <source>The referential &quot;%1&quot; has no criterion with the id %2.</source>
        <translation>
            <numerusform>The referential &quot;%1&quot; has no criterion with the id %2.</numerusform>
            <numerusform>The referential &quot;%1&quot; has no criteria with the ids %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paliers::ActionItemDialog</name>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done, e.g. &quot;Train the team to use the ENT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free action (not tied to a criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::ActionPlanModel</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1 and not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::ActionPlanView</name>
    <message>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria proposed as actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), %1 open</source>
        <translation>
            <numerusform>%n action, %1 open</numerusform>
            <numerusform>%n actions, %1 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n overdue</source>
        <translation>
            <numerusform> — %n overdue</numerusform>
            <numerusform> — %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Every criterion blocking the next palier already has an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the criteria that block the next palier and have no action yet (%1). Adopt one to add it to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt %1 as an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the plan? Marking it abandoned keeps a trace of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every next jalon already has an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the next jalon of each axis with no action yet (%1). Adopt one to add it to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change belongs to another assessment and was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the action as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or Space adopts the proposal of the current row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the selected proposal to the plan (Return or Space in the list does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>header of the column of « Adopt » cells</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the plan, to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the target (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>often missing in the académie (%1 % of schools meet it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::CampaignPage</name>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the campaign by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid that fits each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REP or REP+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every expected establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;partement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bassin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;ducation prioritaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bassin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the filters below, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment is expected with these filters. Import the register of schools (Annuaire de l&apos;éducation) to know them all, or change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 validated (%4), %5 in progress, %6 not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated over the years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the campaign (for %1: %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the campaign « %1 »? The establishments and their assessments are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) to remind</source>
        <translation>
            <numerusform>%n establishment to remind</numerusform>
            <numerusform>%n establishments to remind</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with an e-mail address.</source>
        <translation>
            <numerusform>%n with an e-mail address.</numerusform>
            <numerusform>%n with an e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message (you may change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses go in Bcc: no establishment sees the others&apos;. Your mail program opens the message; nothing is sent until you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the list (CSV) and send the message from your webmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open message %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remi&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::CommissionDialog</name>
    <message>
        <source>Meets on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the commission numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds the paliers and the chart, the progress since the previous assessment, the action plan and the criteria to discuss, with room to write the decisions. The date and the members are kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member per line, e.g. &quot;Mme Durand, directrice&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::EstablishmentDialog</name>
    <message>
        <source>New establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0750655E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription, district or bassin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UAI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;irconscription / district:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Académie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Référent numérique:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head (name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::EstablishmentModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::EstablishmentsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, UAI or commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by circonscription or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments of the establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All circonscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an establishment to see its assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent numérique: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — UAI %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;rconscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;partement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::EvolutionDialog</name>
    <message>
        <source>Evolution — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers year by year (▲ up, ▼ down from the year before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regressions: met before, not any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met before, not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::ExportActions</name>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the DANE (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a &amp;spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) imported</source>
        <translation>
            <numerusform>%n export imported</numerusform>
            <numerusform>%n exports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n already there (skipped)</numerusform>
            <numerusform>%n already there (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the exports… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the &amp;commission numérique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short meeting pack: paliers, progress, action plan, criteria to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, digital referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prin&amp;t the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::GridEditor</name>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1 to 4 set the answer (met, in progress, not met, not applicable), 0 clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the answer to &quot;%1&quot; (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the answer (key 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was observed, what is planned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the proof is: a document, a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: the answers can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment was validated on %1 by %2. It is read-only; reopen it (Assessment menu) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Palier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, palier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier reached: none yet (palier 1 not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest palier is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To reach palier %1: %n criterion(s) still to meet (%2).</source>
        <translation>
            <numerusform>To reach palier %1: %n criterion still to meet (%2).</numerusform>
            <numerusform>To reach palier %1: %n criteria still to meet (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>This change belongs to another assessment and was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is validated: reopen it to change the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try answers without saving them, to see which palier they would give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated palier: %1 (stored: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation: nothing is saved. Overall palier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain changes palier yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the simulation to get the stored answers back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try stages without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each axis, choose the jalon whose description fits what the team does today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 at jalon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation: nothing is saved. Lowest jalon %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No axis changes jalon yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evi&amp;dence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <comment>palier, counts, description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simula&amp;te (what if…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[New] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Changed] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The académie says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers were carried over from the assessment of %1, made with version %2 of the grid, through the correspondence that version %3 gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over, the criteria having been removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 « %2 »: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criteria [New], to answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed criteria [Changed], to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the new version of the grid changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from %1 (grid %2 → %3). To check: %4 [New], %5 [Changed]; not carried: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in version %1: to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was %1 in version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings together %1 of version %2: check the answer carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1 of version %2, now split: check the answer carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from grid %1 to %2. To check: %3 [New], %4 [Changed]; not carried: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was moved from version %1 of the grid to version %2, its answers carried over through the correspondence that version %2 gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these the tar&amp;gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every domain the simulation raises gets its simulated palier as target, by next school year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::IndicatorDialog</name>
    <message>
        <source>Every establishment of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;target of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentage d&apos;écoles qui…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain is at the palier or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall palier is at the palier or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target&apos;s school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circo&amp;nscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::IndicatorsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators of the roadmap: the share of the establishments with a validated assessment that meet a condition of the grid, year after year, in brackets the number they rest on, the target last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n establishment(s)</source>
        <translation>
            <numerusform>%1 of %n establishment</numerusform>
            <numerusform>%1 of %n establishments</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove « %1 »? Its figures are computed from the assessments, which stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added from %1.</source>
        <translation>
            <numerusform>%n indicator added from %1.</numerusform>
            <numerusform>%n indicators added from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a file of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers indicators (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the indicators as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers indicators (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the indicators&apos; table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the indicators of the Aix-Marseille roadmap that match criteria of the grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator yet. Add one, open a file of indicators, or take the example built from the Aix-Marseille roadmap (« Example »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(roadmap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::MainWindow</name>
    <message>
        <source>Referential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;establishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;establishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate the assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Use File → Open a database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate this assessment? It becomes read-only; it can be reopened later, and the reopening is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) have no answer yet.</source>
        <translation>
            <numerusform>%n criterion has no answer yet.</numerusform>
            <numerusform>%n criteria have no answer yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was validated. Reopening it makes it editable again and is recorded.
Why is it reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is open for changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language will change the next time Paliers starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview of the schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal data (GDPR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paliers %1&lt;/h3&gt;&lt;p&gt;Fill in the académie&apos;s grid of digital maturity levels (paliers de maturité numérique), see the palier reached in each domain and plan what comes next.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in the database shown in the status bar. What Paliers stores about people, where, and how to delete it: the personal data note (Help → Personal data).&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy note is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>undo or redo, then the step it undoes or redoes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help page is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mme Durand, directrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added grid(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n added grid could not be read and were left out: %1</numerusform>
            <numerusform>%n added grids could not be read and were left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers referentials (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the grid « %2 » was already there; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grid « %1 », version %2, added (%n criteria): new assessments are offered it.</source>
        <translation>
            <numerusform>Grid « %1 », version %2, added (%n criteria): new assessments are offered it.</numerusform>
            <numerusform>Grid « %1 », version %2, added (%n criteria): new assessments are offered it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to another version of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft follows version %1 of the grid. Move it to version %2?

Its answers, comments and evidence are carried over as version %2 says; what it cannot carry is listed afterwards (« What changed… »). The move is in the history and Edit → Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to version %1 of the &amp;grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the latest version of the &amp;grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;register of schools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the register of schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuaire de l&apos;éducation (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation reaches no palier above those stored: the targets are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets set from the simulation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators of the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the académie&apos;s repères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers repères (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n school(s)</source>
        <translation>
            <numerusform>%1, %2: %n school</numerusform>
            <numerusform>%1, %2: %n schools</numerusform>
        </translation>
    </message>
    <message>
        <source>Repères imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The académie&apos;s repères are kept in this database (%1). The Summary and the report of each assessment of these grids now show where it stands beside the académie&apos;s median.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import t&amp;he académie&apos;s repères…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Paliers opens one database at a time, and opened &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: open it from View → Indicators of the roadmap, « Open… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers opens its databases and imports its exports; it did not open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import, but the database open cannot be written: open a database of your own, then import them with File → Import exports.</source>
        <translation>
            <numerusform>%n file to import, but the database open cannot be written: open a database of your own, then import them with File → Import exports.</numerusform>
            <numerusform>%n files to import, but the database open cannot be written: open a database of your own, then import them with File → Import exports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n export(s) into the database &quot;%1&quot;?</source>
        <translation>
            <numerusform>Import %n export into the database &quot;%1&quot;?</numerusform>
            <numerusform>Import %n exports into the database &quot;%1&quot;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paliers::NewAssessmentDialog</name>
    <message>
        <source>New assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référent numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filled in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid fits this kind of establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This establishment already has an assessment of this grid for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an earlier year&apos;s answers (there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the answers of %1 (grid %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::OverviewModel</name>
    <message>
        <source>%1: palier 1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: palier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The palier reached in every domain: the lowest of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::OverviewPage</name>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a name, a UAI, a commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments and their paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments per palier, by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution of the school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier (what to train or fund first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All circonscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments per palier, by domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paliers of the selected school, year after year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a school in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment is shown: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consolidated report of the assessments shown, as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessments shown, as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessment(s) of %2 shown</source>
        <translation>
            <numerusform>%1 of %n assessment of %2 shown</numerusform>
            <numerusform>%1 of %n assessments of %2 shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;rconscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;partement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These assessments follow versions %1 of the grid: the domains are matched by their identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the validated assessments shown stand, as an anonymous file the schools import to stand beside the académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the repères of the académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers repères (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repères written to %1: counts only, no school named. Each school imports them with File → Import the académie&apos;s repères….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epères…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessments of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessments of %1: the first ones are shown…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::ReferentialView</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the referential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::RegisterImportDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the register of schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every département</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) read.</source>
        <translation>
            <numerusform>%1 (%2): %n row read.</numerusform>
            <numerusform>%1 (%2): %n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Académie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments are matched by their UAI. The head, the référent and every assessment are left as they are; an establishment closed in the register is marked closed, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create: %1 · to update: %2 · unchanged: %3 · not chosen: %4 · rows refused: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) closed in the register: marked closed, not deleted.</source>
        <translation>
            <numerusform>%n establishment closed in the register: marked closed, not deleted.</numerusform>
            <numerusform>%n establishments closed in the register: marked closed, not deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import creates and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::RubricEditor</name>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this axis as not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at jalon %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::SummaryView</name>
    <message>
        <source>Completion of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar chart of the paliers per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of the answers per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier: none yet (palier 1 is not reached in every domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier: %1 (reached in every domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met / applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest jalon: none yet (not every axis is placed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest jalon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon per axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of the jalon per axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria newly met</source>
        <translation>
            <numerusform>%n criterion newly met</numerusform>
            <numerusform>%n criteria newly met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer met (%1)</source>
        <translation>
            <numerusform>%n no longer met (%1)</numerusform>
            <numerusform>%n no longer met (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) done</source>
        <translation>
            <numerusform>%n action done</numerusform>
            <numerusform>%n actions done</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First assessment of this grid here: no progress to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n met last time and not answered yet</source>
        <translation>
            <numerusform>%n met last time and not answered yet</numerusform>
            <numerusform>%n met last time and not answered yet</numerusform>
        </translation>
    </message>
    <message>
        <source>— not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress since the previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest jalon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: jalon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: palier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 applicable criteria met</source>
        <translation>
            <numerusform>%1: %n of %2 applicable criteria met</numerusform>
            <numerusform>%1: %n of %2 applicable criteria met</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 axes placed</source>
        <translation>
            <numerusform>%n of %1 axes placed</numerusform>
            <numerusform>%n of %1 axes placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 criteria answered</source>
        <translation>
            <numerusform>%n of %1 criteria answered</numerusform>
            <numerusform>%n of %1 criteria answered</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the palier to reach in each domain, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target yet: « Targets… » sets where the school aims in each domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Beside the académie: the median of %n school(s) in %1 (%2).</source>
        <translation>
            <numerusform>Beside the académie: the median of %n school in %1 (%2).</numerusform>
            <numerusform>Beside the académie: the median of %n schools in %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::TargetsDialog</name>
    <message>
        <source>Targets of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each axis, the jalon to reach and the school year by which. The targets follow the school to next year&apos;s assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each domain, the palier to reach and the school year by which. The targets follow the school to next year&apos;s assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year by which, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now jalon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now palier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paliers::WelcomePage</name>
    <message>
        <source>&amp;Create the first establishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers helps a school fill in the académie&apos;s grid of digital maturity levels (paliers de maturité numérique), shows the palier reached in each domain and what to do next, and exports the report for the DANE.

Everything stays on this computer, in a local database. There is nothing to configure and every change is saved as you make it.

Start with your establishment, or look around the example first: it is stored apart from your own data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaliersCharts</name>
    <message>
        <source>Palier reached per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier 1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments per palier, by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalons per axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments per jalon, by axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a domain&apos;s code and title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the domains of a key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Académie&apos;s median (%1, %n school(s))</source>
        <translation>
            <numerusform>Académie&apos;s median (%1, %n school)</numerusform>
            <numerusform>Académie&apos;s median (%1, %n schools)</numerusform>
        </translation>
    </message>
    <message>
        <source>Palier reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <comment>a disk drive</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referential</name>
    <message>
        <source>Secondary schools (collèges, lycées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary schools (écoles)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentialCatalog</name>
    <message>
        <source>Version %1 of the referential &quot;%2&quot; is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentialInstaller</name>
    <message>
        <source>%1: Paliers already has version %2 of the grid &quot;%3&quot;, with other content. A grid that changes takes a new version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; where added grids are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file &quot;%2&quot; of another grid is in the way; Paliers leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentialLoader</name>
    <message>
        <source>this is not a Paliers referential (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not supported (this version of Paliers reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audience &quot;%1&quot; (expected &quot;etablissement&quot; or &quot;ecole&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of referential &quot;%1&quot; is not supported by this version of Paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold must be greater than 0 and at most 1 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (expected &quot;all&quot; or &quot;threshold&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referential defines no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 found where level %2 was expected (levels are numbered 1, 2, 3... in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referential defines no domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; does not exist in this referential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 does not exist in this referential (it has levels 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the referential file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referential file &quot;%1&quot; is too large (%2 bytes; at most %3 are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referential has no criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria: a referential has at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 domains: a referential has at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the axis &quot;%1&quot; has no cell at stage %2; a rubric has exactly one per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the axis &quot;%1&quot; has %2 cells at stage %3; a rubric has exactly one per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version cannot supersede itself (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is superseded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; of version %2 is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is listed as added but an older criterion maps onto it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion id (text) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version has no criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referential defines %1 levels; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Reading the register %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) created</source>
        <translation>
            <numerusform>%n establishment created</numerusform>
            <numerusform>%n establishments created</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file refused (listed in the review).</source>
        <translation>
            <numerusform>%n row of the file refused (listed in the review).</numerusform>
            <numerusform>%n rows of the file refused (listed in the review).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écoles (every kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPlanner</name>
    <message>
        <source>not from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UAI %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long (at most %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éducation prioritaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Paliers de maturité numérique %1: your school&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear colleague,

As part of the %1 campaign of the « paliers de maturité numérique », your school&apos;s grid has not reached us yet, or has not been validated. Could you complete it with Paliers, validate it and send us its export (the JSON file) or its PDF report?

Thank you for your help.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reperes</name>
    <message>
        <source>Only %1 validated assessment(s) of &quot;%2&quot; for %3: repères are written for at least %4 schools, so that no school can be recognised in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the académie&apos;s median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the académie&apos;s median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the académie&apos;s median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above (median %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below (median %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReperesFile</name>
    <message>
        <source>a text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schools: repères count from %2 to %3 schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one count per palier is expected, from palier 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count is a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counts add up to %1, more than the %2 schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median is not that of the counts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met out of %2 applicable, for %3 schools: the counts do not hold together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large for repères (at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a file of repères written by Paliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: these repères were written by a newer Paliers (format version %2). Update Paliers to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file was changed after it was written (its SHA-256 checksum does not match). Ask the DANE for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no repères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid &quot;%1&quot; and the year %2 are given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Digital maturity paliers — %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers %1 · export %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital maturity paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — working document, not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District or bassin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
met / applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall palier (the lowest of the domains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier 1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To reach palier %1: %n criterion/criteria still to meet (%2).</source>
        <translation>
            <numerusform>To reach palier %1: %n criterion still to meet (%2).</numerusform>
            <numerusform>To reach palier %1: %n criteria still to meet (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The highest palier is reached in this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each domain, the criteria of the next palier that are not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest palier is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — towards palier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has been written in the action plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (criterion %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at ______________________________, on ____ / ____ / ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by the IEN of the circonscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp of the establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalons of digital implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalons of digital implementation — %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position on each axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each axis, the jalons of the grid from the first to the last; the one the team placed the establishment at is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalons reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the jalon stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest jalon (over the axes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at jalon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each axis, what the next jalon describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last jalon is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards jalon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every axis is placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 criteria answered (non concerné counts as an answer). A domain reaches palier k when the conditions of every palier up to k are met.</source>
        <translation>
            <numerusform>%n of %1 criteria answered (non concerné counts as an answer). A domain reaches palier k when the conditions of every palier up to k are met.</numerusform>
            <numerusform>%n of %1 criteria answered (non concerné counts as an answer). A domain reaches palier k when the conditions of every palier up to k are met.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <extracomment>A palier&apos;s tally: the palier, &quot;N met&quot;, &quot;of N applicable&quot;, &quot;N required&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n met</numerusform>
            <numerusform>%n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n applicable</source>
        <translation>
            <numerusform>of %n applicable</numerusform>
            <numerusform>of %n applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n required</numerusform>
            <numerusform>%n required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n not met</numerusform>
            <numerusform>%n not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n unanswered</numerusform>
            <numerusform>%n unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not concerned</source>
        <translation>
            <numerusform>%n not concerned</numerusform>
            <numerusform>%n not concerned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 axes placed. Each axis is placed at the one jalon whose description fits the establishment&apos;s practice; 0 means not placed yet.</source>
        <translation>
            <numerusform>%n of %1 axes placed. Each axis is placed at the one jalon whose description fits the establishment&apos;s practice; 0 means not placed yet.</numerusform>
            <numerusform>%n of %1 axes placed. Each axis is placed at the one jalon whose description fits the establishment&apos;s practice; 0 means not placed yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the school aims, where the académie stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the school aims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie&apos;s median</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Académie&apos;s repères: %n school(s), %1, %2.</source>
        <translation>
            <numerusform>Académie&apos;s repères: %n school, %1, %2.</numerusform>
            <numerusform>Académie&apos;s repères: %n schools, %1, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportStyle</name>
    <message>
        <source>%1 could not be drawn (the output refused to start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolYear</name>
    <message>
        <source>&quot;%1&quot; is not a school year; write it as two consecutive years, e.g. 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreFormatter</name>
    <message>
        <source>a palier is reached when every applicable criterion of it and of the paliers below is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a palier is reached when at least %1 of the applicable criteria of it and of each palier below are met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referential %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier reached in every domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reach the next palier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, palier %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: each axis stands at the jalon whose cell is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest jalon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next jalon of each axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Placed: %n of %1 axes</source>
        <translation>
            <numerusform>Placed: %n of %1 axes</numerusform>
            <numerusform>Placed: %n of %1 axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered: %n of %1 criteria (%2 %)</source>
        <translation>
            <numerusform>Answered: %n of %1 criteria (%2 %)</numerusform>
            <numerusform>Answered: %n of %1 criteria (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, palier %2 (%n more to meet among):</source>
        <translation>
            <numerusform>%1, palier %2 (%n more to meet among):</numerusform>
            <numerusform>%1, palier %2 (%n more to meet among):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database &quot;%1&quot; is open read-only: nothing can be changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the establishment is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An establishment with the UAI %1 already exists (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers does not know the referential &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers can only be copied from an assessment of the same establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an assessment of this grid for %2 (number %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment %1 (%2) is validated: reopen it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment %1 is not validated: there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text entered for %1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) already has an assessment of this grid for %3 (number %4): the export was not imported, so that nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds %1 establishments, the most Paliers accepts in one database. Use another database (File → Create a new database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of members is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a cell of the jalons: it is chosen (%2) or left blank (%3), nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers can only be copied from an assessment of the same grid (%1 is of &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers can only be copied from an earlier school year (%1 is of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who validates is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the referential &quot;%2&quot; has no criterion &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers does not know version %1 of the grid &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 already follows version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers does not know version %1 of the grid &quot;%2&quot;, with which assessment %3 was made. Add it with File → Add a grid… (paliers-cli referential install FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the campaign is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid &quot;%1&quot; is not known to this Paliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign &quot;%1&quot; already exists for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import would bring the database to %1 establishments; Paliers accepts at most %2 in one database. Choose fewer establishments (an académie or a département).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of the register was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): the establishment was removed meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 indicators are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validated assessment among those shown: repères are written from validated assessments only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored repères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n académie(s)</source>
        <translation>
            <numerusform>%n académie</numerusform>
            <numerusform>%n académies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>The grid &quot;%1&quot; has no domain &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has two targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; must be a palier from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palier %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stage(s) to go</source>
        <translation>
            <numerusform>%1: %n stage to go</numerusform>
            <numerusform>%1: %n stages to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n criterion(s) to go</source>
        <translation>
            <numerusform>%1: %n criterion to go</numerusform>
            <numerusform>%1: %n criteria to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 axes have reached their target</source>
        <translation>
            <numerusform>%n of %1 axes has reached its target</numerusform>
            <numerusform>%n of %1 axes have reached their target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 domains have reached their target</source>
        <translation>
            <numerusform>%n of %1 domains has reached its target</numerusform>
            <numerusform>%n of %1 domains have reached their target</numerusform>
        </translation>
    </message>
    <message>
        <source>reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uai</name>
    <message>
        <source>The UAI is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAI has 8 characters, seven digits and a letter (e.g. 0750655E); &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAI starts with seven digits (e.g. 0750655E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check letter of the UAI %1 should be %2, not %3: please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <source>grid version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital maturity levels of schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the picture &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of the main views, filled with the example, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window is painted (for the start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claire Martin, school director
Karim Benali, digital referent
ERUN of the circonscription
Town hall of Vitry-sur-Seine, school affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these options and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Paliers and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paliers databases to open, exports (JSON) to import into the database open, the académie&apos;s repères to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
