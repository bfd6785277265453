<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnswerStatus</name>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswersDocument</name>
    <message>
        <source>Cannot read the answers file "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers file "%1" is too large (%2 bytes; at most %3 are accepted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a status is expected (one of: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1" (expected one of: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliTool</name>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A command is expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: paliers-cli COMMAND [OPTIONS]

Commands:
  referentials                        list the bundled referentials
  referential show ID [--format F]    print a referential (F: text or tsv)
  referential check FILE              check a referential file
  score ANSWERS.json [--format F]     compute the paliers of an answers file (F: text or json)
        [--referential-file FILE]     score against a referential read from FILE
  --version                           print the version

An answers file looks like:
  { "referential": "creteil-ecoles", "answers": { "PIL-1-01": "atteint" } }
with the statuses %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "paliers-cli --help" for the list of commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"referentials" takes no argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"referential" expects "show" or "check".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown action "%1" for "referential".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"referential show" expects one referential id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bundled referential has the id "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referential %1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"referential check" expects one file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: valid referential "%2", version %3, %n criteria.</source>
        <translation><numerusform>%1: valid referential "%2", version %3, %n criterion.</numerusform><numerusform>%1: valid referential "%2", version %3, %n criteria.</numerusform></translation>
    </message>
    <message>
        <source>Score against the referential read from this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"score" expects one answers file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers are for the referential "%1" but the file given is "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bundled referential has the id "%1"; give its file with --referential-file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file must contain a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object is expected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PalierEngine</name>
    <message numerus="yes">
        <source>The referential "%1" has no criterion with the id %2.</source>
        <translation><numerusform>The referential "%1" has no criterion with the id %2.</numerusform><numerusform>The referential "%1" has no criteria with the ids %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>Paliers::MainWindow</name>
    <message>
        <source>Paliers — digital maturity of schools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Referential:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Paliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Paliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Paliers %1&lt;/h3&gt;&lt;p&gt;Fill in the académie's grid of digital maturity levels (paliers de maturité numérique), see the palier reached in each domain and plan what comes next.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Paliers::ReferentialView</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criteria of the referential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Referential</name>
    <message>
        <source>Secondary schools (collèges, lycées)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary schools (écoles)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferentialCatalog</name>
    <message>
        <source>A referential with the id "%1" is already loaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferentialLoader</name>
    <message>
        <source>this is not a Paliers referential (format "%1", expected "%2")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format version %1 is not supported (this version of Paliers reads version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown audience "%1" (expected "etablissement" or "ecole")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the kind of referential "%1" is not supported by this version of Paliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the threshold must be greater than 0 and at most 1 (found %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown rule "%1" (expected "all" or "threshold")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the referential defines no level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>level %1 found where level %2 was expected (levels are numbered 1, 2, 3... in order)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the referential defines no domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the domain id "%1" is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the criterion id "%1" is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the domain "%1" does not exist in this referential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>level %1 does not exist in this referential (it has levels 1 to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the domain "%1" has no criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid identifier (letters, digits, '.', '_' and '-', at most 64 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the referential file "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The referential file "%1" is too large (%2 bytes; at most %3 are accepted).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreFormatter</name>
    <message>
        <source>a palier is reached when every applicable criterion of it and of the paliers below is met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a palier is reached when at least %1 of the applicable criteria of it and of each palier below are met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referential %1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Palier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Palier reached in every domain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered: %1 of %2 criteria (%3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To reach the next palier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, palier %2 (%3 more to meet among):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, palier %2:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paliers</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
