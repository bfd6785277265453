<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnuaireReader</name>
    <message>
        <source>%1: the file is too large for the register (%2 MB; at most %3 MB).</source>
        <translation>%1 : le fichier est trop gros pour l&apos;annuaire (%2 Mo ; au plus %3 Mo).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: this is not the Annuaire de l&apos;éducation (no column %2; the columns are separated by &apos;;&apos;).</source>
        <translation>%1 : ce n&apos;est pas l&apos;Annuaire de l&apos;éducation (pas de colonne %2 ; les colonnes sont séparées par « ; »).</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: comment and evidence</source>
        <translation>%1 : commentaire et preuve</translation>
    </message>
    <message>
        <source>%1: evidence</source>
        <translation>%1 : preuve</translation>
    </message>
    <message>
        <source>%1: comment</source>
        <translation>%1 : commentaire</translation>
    </message>
</context>
<context>
    <name>AnswerStatus</name>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non concerné</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>AnswersDocument</name>
    <message>
        <source>Cannot read the answers file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de réponses « %1 » : %2</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; is too large (%2 bytes; at most %3 are accepted).</source>
        <translation>Le fichier de réponses « %1 » est trop volumineux (%2 octets ; %3 au plus sont acceptés).</translation>
    </message>
    <message>
        <source>a status is expected (one of: %1)</source>
        <translation>un statut est attendu (valeurs possibles : %1)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected one of: %2)</source>
        <translation>statut « %1 » inconnu (valeurs possibles : %2)</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>a text is expected</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>the text is too long (%1 characters; at most %2)</source>
        <translation>le texte est trop long (%1 caractères ; au plus %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2025-09-01T08:00:00.000Z</source>
        <translation>« %1 » n&apos;est pas une date et heure comme 2025-09-01T08:00:00.000Z</translation>
    </message>
    <message>
        <source>unknown kind of establishment &quot;%1&quot;</source>
        <translation>type d&apos;établissement inconnu « %1 »</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu « %1 »</translation>
    </message>
    <message>
        <source>a validated assessment needs its validation date</source>
        <translation>une évaluation validée doit porter sa date de validation</translation>
    </message>
    <message>
        <source>the referential &quot;%1&quot; has no criterion &quot;%2&quot;</source>
        <translation>le référentiel « %1 » n&apos;a pas de critère « %2 »</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is answered twice</source>
        <translation>le critère « %1 » a deux réponses</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected %2)</source>
        <translation>statut inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>the title is too long</source>
        <translation>le titre est trop long</translation>
    </message>
    <message>
        <source>unknown funder &quot;%1&quot;</source>
        <translation>financeur inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-03-31</source>
        <translation>« %1 » n&apos;est pas une date comme 2026-03-31</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu « %1 »</translation>
    </message>
    <message>
        <source>the paliers written in the file are not those its answers give</source>
        <translation>les paliers écrits dans le fichier ne sont pas ceux que donnent ses réponses</translation>
    </message>
    <message>
        <source>%1: the file is too large for an export (%2 MB; at most %3 MB).</source>
        <translation>%1 : le fichier est trop gros pour un export (%2 Mo ; au plus %3 Mo).</translation>
    </message>
    <message>
        <source>%1: this is not a Paliers export (no &quot;format&quot; field).</source>
        <translation>%1 : ce n&apos;est pas un export Paliers (pas de champ « format »).</translation>
    </message>
    <message>
        <source>%1: this is not a Paliers export (format &quot;%2&quot;).</source>
        <translation>%1 : ce n&apos;est pas un export Paliers (format « %2 »).</translation>
    </message>
    <message>
        <source>%1: this export was written by a newer Paliers (format version %2; this one reads up to %3). Update Paliers to import it.</source>
        <translation>%1 : cet export a été écrit par un Paliers plus récent (format version %2 ; celui-ci lit jusqu&apos;à la version %3). Mettez Paliers à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>%1: unknown format version %2.</source>
        <translation>%1 : version de format inconnue (%2).</translation>
    </message>
    <message>
        <source>%1: unknown checksum algorithm &quot;%2&quot;.</source>
        <translation>%1 : algorithme d&apos;empreinte inconnu « %2 ».</translation>
    </message>
    <message>
        <source>%1: the file was changed after it was exported (its SHA-256 checksum does not match). Ask for a new export.</source>
        <translation>%1 : le fichier a été modifié après l&apos;export (son empreinte SHA-256 ne correspond plus). Demandez un nouvel export.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an export identifier.</source>
        <translation>%1 : « %2 » n&apos;est pas un identifiant d&apos;export.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1: unknown encoding &quot;%2&quot; of the embedded grid.</source>
        <translation>%1 : codage « %2 » inconnu pour la grille jointe.</translation>
    </message>
    <message>
        <source>%1: the embedded grid is not valid base64.</source>
        <translation>%1 : la grille jointe n&apos;est pas en base64 valide.</translation>
    </message>
    <message>
        <source>%1: the grid embedded in the file does not match the checksum the assessment names (SHA-256 %2, the grid&apos;s is %3): the file was altered. Ask for a new export.</source>
        <translation>%1 : la grille jointe au fichier ne correspond pas à l&apos;empreinte que nomme l&apos;évaluation (SHA-256 %2, celle de la grille est %3) : le fichier a été modifié. Demandez un nouvel export.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>%1: the embedded grid is version %2 of &quot;%3&quot;, not the grid the assessment names.</source>
        <translation>%1 : la grille jointe est la version %2 de « %3 », pas la grille que nomme l&apos;évaluation.</translation>
    </message>
    <message>
        <source>this Paliers does not know the grid &quot;%1&quot; and the file does not carry it; add the grid (File → Add a grid…) or ask for an export that carries it</source>
        <translation>ce Paliers ne connaît pas la grille « %1 » et le fichier ne la joint pas ; ajoutez la grille (Fichier → Ajouter une grille…) ou demandez un export qui la joint</translation>
    </message>
    <message>
        <source>the file follows version %1 of &quot;%2&quot;, which this Paliers lacks (it has %3) and the file does not carry; add that version (File → Add a grid…)</source>
        <translation>le fichier suit la version %1 de « %2 », que ce Paliers n&apos;a pas (il a %3) et que le fichier ne joint pas ; ajoutez cette version (Fichier → Ajouter une grille…)</translation>
    </message>
    <message>
        <source>%1 (the grid it carries)</source>
        <translation>%1 (la grille qu&apos;il joint)</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>une liste est attendue</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>éducation prioritaire</source>
        <translation>éducation prioritaire</translation>
    </message>
    <message>
        <source>outside éducation prioritaire</source>
        <translation>hors éducation prioritaire</translation>
    </message>
    <message>
        <source>every establishment</source>
        <translation>tous les établissements</translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation>Circonscription</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Bassin</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(no circonscription)</source>
        <translation>(sans circonscription)</translation>
    </message>
    <message>
        <source>(no bassin)</source>
        <translation>(sans bassin)</translation>
    </message>
    <message>
        <source>(no département)</source>
        <translation>(sans département)</translation>
    </message>
    <message>
        <source>(no académie)</source>
        <translation>(sans académie)</translation>
    </message>
    <message>
        <source>écoles</source>
        <translation>écoles</translation>
    </message>
</context>
<context>
    <name>CliTool</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie : %1.</translation>
    </message>
    <message>
        <source>A command is expected.</source>
        <translation>Une commande est attendue.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Run &quot;paliers-cli --help&quot; for the list of commands.</source>
        <translation>Lancez « paliers-cli --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <source>&quot;referentials&quot; takes no argument.</source>
        <translation>« referentials » ne prend pas d&apos;argument.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;referential&quot;.</source>
        <translation>Action « %1 » inconnue pour « referential ».</translation>
    </message>
    <message>
        <source>&quot;referential show&quot; expects one referential id.</source>
        <translation>« referential show » attend un identifiant de référentiel.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Format « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Referential %1, version %2</source>
        <translation>Référentiel %1, version %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>&quot;referential check&quot; expects one file.</source>
        <translation>« referential check » attend un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid referential &quot;%2&quot;, version %3, %n criteria.</source>
        <translation>
            <numerusform>%1 : référentiel « %2 » valide, version %3, %n critère.</numerusform>
            <numerusform>%1 : référentiel « %2 » valide, version %3, %n critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score against the referential read from this file.</source>
        <translation>Calculer les paliers avec le référentiel lu dans ce fichier.</translation>
    </message>
    <message>
        <source>&quot;score&quot; expects one answers file.</source>
        <translation>« score » attend un fichier de réponses.</translation>
    </message>
    <message>
        <source>The answers are for the referential &quot;%1&quot; but the file given is &quot;%2&quot;.</source>
        <translation>Les réponses portent sur le référentiel « %1 », mais le fichier donné contient « %2 ».</translation>
    </message>
    <message>
        <source>--db expects the path of a database.</source>
        <translation>--db attend le chemin d&apos;une base de données.</translation>
    </message>
    <message>
        <source>&quot;establishment&quot; expects &quot;add&quot; or &quot;list&quot;.</source>
        <translation>« establishment » attend « add » ou « list ».</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;establishment&quot;.</source>
        <translation>Action « %1 » inconnue pour « establishment ».</translation>
    </message>
    <message>
        <source>UAI number, e.g. 0750655E (required).</source>
        <translation>Numéro UAI, par exemple 0750655E (obligatoire).</translation>
    </message>
    <message>
        <source>Name of the establishment (required).</source>
        <translation>Nom de l&apos;établissement (obligatoire).</translation>
    </message>
    <message>
        <source>Kind: %1 (required).</source>
        <translation>Type : %1 (obligatoire).</translation>
    </message>
    <message>
        <source>Commune.</source>
        <translation>Commune.</translation>
    </message>
    <message>
        <source>Circonscription, district or bassin.</source>
        <translation>Circonscription, district ou bassin.</translation>
    </message>
    <message>
        <source>Département.</source>
        <translation>Département.</translation>
    </message>
    <message>
        <source>Académie.</source>
        <translation>Académie.</translation>
    </message>
    <message>
        <source>Référent numérique.</source>
        <translation>Référent numérique.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument « %1 » inattendu.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (expected one of: %2).</source>
        <translation>Type « %1 » inconnu (valeurs possibles : %2).</translation>
    </message>
    <message>
        <source>&quot;assessment&quot; expects &quot;new&quot;, &quot;list&quot;, &quot;show&quot;, &quot;validate&quot; or &quot;reopen&quot;.</source>
        <translation>« assessment » attend « new », « list », « show », « validate » ou « reopen ».</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for &quot;assessment&quot;.</source>
        <translation>Action « %1 » inconnue pour « assessment ».</translation>
    </message>
    <message>
        <source>UAI of the establishment.</source>
        <translation>UAI de l&apos;établissement.</translation>
    </message>
    <message>
        <source>School year, e.g. 2025-2026 (required).</source>
        <translation>Année scolaire, par exemple 2025-2026 (obligatoire).</translation>
    </message>
    <message>
        <source>Referential id (default: the grid that fits the establishment).</source>
        <translation>Identifiant du référentiel (par défaut : la grille qui correspond à l&apos;établissement).</translation>
    </message>
    <message>
        <source>Who fills the grid.</source>
        <translation>Qui renseigne la grille.</translation>
    </message>
    <message>
        <source>Their role, e.g. principal, directrice, référent numérique.</source>
        <translation>Sa fonction, par exemple principal, directrice, référent numérique.</translation>
    </message>
    <message>
        <source>Start from the answers of this assessment.</source>
        <translation>Partir des réponses de cette évaluation.</translation>
    </message>
    <message>
        <source>&quot;assessment new&quot; needs --uai and --year.</source>
        <translation>« assessment new » demande --uai et --year.</translation>
    </message>
    <message>
        <source>No establishment has the UAI %1.</source>
        <translation>Aucun établissement n&apos;a l&apos;UAI %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessment number.</source>
        <translation>« %1 » n&apos;est pas un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Only the assessments of this establishment.</source>
        <translation>Seulement les évaluations de cet établissement.</translation>
    </message>
    <message>
        <source>&quot;assessment show&quot; expects one assessment number.</source>
        <translation>« assessment show » attend un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Paliers does not know the referential &quot;%1&quot;.</source>
        <translation>Paliers ne connaît pas le référentiel « %1 ».</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Filled by: %1</source>
        <translation>Renseignée par : %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve : %1</translation>
    </message>
    <message>
        <source>&quot;assessment validate&quot; expects one assessment number.</source>
        <translation>« assessment validate » attend un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Why the assessment is reopened (recorded).</source>
        <translation>Pourquoi l&apos;évaluation est rouverte (conservé).</translation>
    </message>
    <message>
        <source>&quot;assessment reopen&quot; expects one assessment number.</source>
        <translation>« assessment reopen » attend un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>A comment on the answer.</source>
        <translation>Un commentaire sur la réponse.</translation>
    </message>
    <message>
        <source>Where the proof is: a document, a link.</source>
        <translation>Où se trouve la preuve : un document, un lien.</translation>
    </message>
    <message>
        <source>&quot;answer&quot; expects an assessment number, a criterion id and a status.</source>
        <translation>« answer » attend un numéro d&apos;évaluation, un identifiant de critère et un statut.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (expected one of: %2).</source>
        <translation>Statut « %1 » inconnu (valeurs possibles : %2).</translation>
    </message>
    <message>
        <source>&quot;score&quot; expects one answers file or assessment number.</source>
        <translation>« score » attend un fichier de réponses ou un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Write the PDF report to FILE.</source>
        <translation>Écrit le rapport PDF dans FICHIER.</translation>
    </message>
    <message>
        <source>Write the JSON export to FILE.</source>
        <translation>Écrit l&apos;export JSON dans FICHIER.</translation>
    </message>
    <message>
        <source>Write one CSV row per criterion to FILE.</source>
        <translation>Écrit une ligne CSV par critère dans FICHIER.</translation>
    </message>
    <message>
        <source>Write a one-row CSV summary to FILE.</source>
        <translation>Écrit une synthèse CSV d&apos;une ligne dans FICHIER.</translation>
    </message>
    <message>
        <source>&quot;export&quot; expects one assessment number.</source>
        <translation>« export » attend un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>&quot;export&quot; expects at least one of --pdf, --json, --csv, --summary-csv.</source>
        <translation>« export » attend au moins une des options --pdf, --json, --csv, --summary-csv.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>&quot;import&quot; expects JSON export files or folders.</source>
        <translation>« import » attend des fichiers d&apos;export JSON ou des dossiers.</translation>
    </message>
    <message>
        <source>No .json file was found in the folders given.</source>
        <translation>Aucun fichier .json dans les dossiers donnés.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this kind: %1.</source>
        <translation>Seulement ce type : %1.</translation>
    </message>
    <message>
        <source>Only this circonscription or district.</source>
        <translation>Seulement cette circonscription ou ce district.</translation>
    </message>
    <message>
        <source>Only this département.</source>
        <translation>Seulement ce département.</translation>
    </message>
    <message>
        <source>Only this status: brouillon or valide.</source>
        <translation>Seulement ce statut : brouillon ou valide.</translation>
    </message>
    <message>
        <source>Only this referential.</source>
        <translation>Seulement ce référentiel.</translation>
    </message>
    <message>
        <source>Only names, UAI or communes containing TEXT.</source>
        <translation>Seulement les noms, UAI ou communes contenant TEXTE.</translation>
    </message>
    <message>
        <source>Write the consolidated PDF to FILE.</source>
        <translation>Écrit la consolidation PDF dans FICHIER.</translation>
    </message>
    <message>
        <source>Write one CSV row per assessment to FILE.</source>
        <translation>Écrit une ligne CSV par évaluation dans FICHIER.</translation>
    </message>
    <message>
        <source>&quot;consolidate&quot; takes only options.</source>
        <translation>« consolidate » ne prend que des options.</translation>
    </message>
    <message>
        <source>&quot;consolidate&quot; expects --year, e.g. --year 2025-2026.</source>
        <translation>« consolidate » attend --year, par exemple --year 2025-2026.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>Type inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (brouillon or valide).</source>
        <translation>Statut inconnu « %1 » (brouillon ou valide).</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s): %1</source>
        <translation>
            <numerusform>%n évaluation : %1</numerusform>
            <numerusform>%n évaluations : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier:</source>
        <translation>Critères le plus souvent manquants pour le palier suivant :</translation>
    </message>
    <message>
        <source>How many establishments (required).</source>
        <translation>Nombre d&apos;établissements (obligatoire).</translation>
    </message>
    <message>
        <source>How many school years each, ending with this one (default 1).</source>
        <translation>Nombre d&apos;années scolaires pour chacun, jusqu&apos;à l&apos;année en cours (1 par défaut).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>Graine aléatoire : la même graine donne les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>Write one JSON export per assessment into FOLDER instead of the database.</source>
        <translation>Écrit un export JSON par évaluation dans DOSSIER au lieu de la base.</translation>
    </message>
    <message>
        <source>--establishments expects a number from 1 to 100000.</source>
        <translation>--establishments attend un nombre de 1 à 100000.</translation>
    </message>
    <message>
        <source>--years expects a number from 1 to 20.</source>
        <translation>--years attend un nombre de 1 à 20.</translation>
    </message>
    <message>
        <source>--seed expects a whole number.</source>
        <translation>--seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) written to %1</source>
        <translation>
            <numerusform>%n export écrit dans %1</numerusform>
            <numerusform>%n exports écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the commission pack to FILE (PDF).</source>
        <translation>Écrit le dossier de la commission dans FICHIER (PDF).</translation>
    </message>
    <message>
        <source>Date of the meeting (YYYY-MM-DD), kept for next time.</source>
        <translation>Date de la réunion (AAAA-MM-JJ), conservée pour la prochaine fois.</translation>
    </message>
    <message>
        <source>A member of the commission (repeat for each), kept for next time.</source>
        <translation>Un membre de la commission (répéter pour chacun), conservé pour la prochaine fois.</translation>
    </message>
    <message>
        <source>&quot;commission&quot; expects one assessment number.</source>
        <translation>« commission » attend un numéro d&apos;évaluation.</translation>
    </message>
    <message>
        <source>&quot;commission&quot; expects --pdf FILE.</source>
        <translation>« commission » attend --pdf FICHIER.</translation>
    </message>
    <message>
        <source>--date expects a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date attend une date écrite AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>The meeting was not kept: %1</source>
        <translation>La réunion n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>jalon %1</source>
        <translation>jalon %1</translation>
    </message>
    <message>
        <source>palier %1</source>
        <translation>palier %1</translation>
    </message>
    <message>
        <source>The académie of the establishments: %1 (default Créteil).</source>
        <translation>L&apos;académie des établissements : %1 (Créteil par défaut).</translation>
    </message>
    <message>
        <source>Unknown académie &quot;%1&quot; (expected one of: %2).</source>
        <translation>Académie « %1 » inconnue (valeurs possibles : %2).</translation>
    </message>
    <message>
        <source>%1, %2 (%3).</source>
        <extracomment>&quot;N establishments generated&quot;, &quot;N assessments each&quot;, the school years.</extracomment>
        <translation>%1, %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) generated</source>
        <translation>
            <numerusform>%n établissement généré</numerusform>
            <numerusform>%n établissements générés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) each</source>
        <translation>
            <numerusform>%n évaluation chacun</numerusform>
            <numerusform>%n évaluations chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the options of this command.</source>
        <translation>Affiche les options de cette commande.</translation>
    </message>
    <message>
        <source>Name of the head (chef d&apos;établissement, directrice or directeur d&apos;école).</source>
        <translation>Nom de la personne qui dirige (chef d&apos;établissement, directrice ou directeur d&apos;école).</translation>
    </message>
    <message>
        <source>Title of the head as they write it, e.g. « principale ».</source>
        <translation>Fonction de la personne qui dirige, telle qu&apos;elle l&apos;écrit, par exemple « principale ».</translation>
    </message>
    <message>
        <source> (added)</source>
        <translation> (ajoutée)</translation>
    </message>
    <message>
        <source>&quot;referential&quot; expects &quot;show&quot;, &quot;check&quot; or &quot;install&quot;.</source>
        <translation>« referential » attend « show », « check » ou « install ».</translation>
    </message>
    <message>
        <source>Show this version of the grid rather than the latest.</source>
        <translation>Afficher cette version de la grille plutôt que la dernière.</translation>
    </message>
    <message>
        <source>No referential has the id &quot;%1&quot;.</source>
        <translation>Aucun référentiel n&apos;a l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The referential &quot;%1&quot; has no version %2.</source>
        <translation>Le référentiel « %1 » n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>Replaces version %1.</source>
        <translation>Remplace la version %1.</translation>
    </message>
    <message>
        <source>Replaces version %1: %2 criteria added, %3 removed.</source>
        <translation>Remplace la version %1 : %2 critère(s) ajouté(s), %3 retiré(s).</translation>
    </message>
    <message>
        <source>&quot;referential install&quot; expects one file.</source>
        <translation>« referential install » attend un fichier.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was already there; nothing changed.</source>
        <translation>La version %1 de « %2 » était déjà là ; rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Added version %1 of &quot;%2&quot; (%3), %n criteria, kept in %4.</source>
        <translation>
            <numerusform>Version %1 de « %2 » ajoutée (%3), %n critère, conservée dans %4.</numerusform>
            <numerusform>Version %1 de « %2 » ajoutée (%3), %n critères, conservée dans %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No referential has the id &quot;%1&quot;; give its file with --referential-file.</source>
        <translation>Aucun référentiel n&apos;a l&apos;identifiant « %1 » ; indiquez son fichier avec --referential-file.</translation>
    </message>
    <message>
        <source>Put the grid in the JSON export, for a receiver that may lack it (always done for an added grid).</source>
        <translation>Joindre la grille à l&apos;export JSON, pour un destinataire qui ne l&apos;aurait pas (toujours fait pour une grille ajoutée).</translation>
    </message>
    <message>
        <source>Answers of %1 carried over from version %2 to version %3 of the grid.</source>
        <translation>Réponses de %1 reprises de la version %2 à la version %3 de la grille.</translation>
    </message>
    <message>
        <source>New criteria, to answer: %1.</source>
        <translation>Critères nouveaux, à renseigner : %1.</translation>
    </message>
    <message>
        <source>Not carried over (criterion removed): %1, %2%3</source>
        <translation>Non reprise (critère retiré) : %1, %2%3</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Versions of the grid mixed here: %1; domains matched by their identifier.</source>
        <translation>Versions de la grille mêlées ici : %1 ; domaines rapprochés par leur identifiant.</translation>
    </message>
    <message>
        <source>Score against this version of the grid rather than the latest.</source>
        <translation>Calculer avec cette version de la grille plutôt qu&apos;avec la dernière.</translation>
    </message>
    <message>
        <source>Only this kind (repeatable): %1, or ecoles for every école.</source>
        <translation>Seulement ce type (répétable) : %1, ou ecoles pour toutes les écoles.</translation>
    </message>
    <message>
        <source>Only this académie.</source>
        <translation>Seulement cette académie.</translation>
    </message>
    <message>
        <source>Only this département, by name or code (093).</source>
        <translation>Seulement ce département, par son nom ou son code (093).</translation>
    </message>
    <message>
        <source>Only this circonscription.</source>
        <translation>Seulement cette circonscription.</translation>
    </message>
    <message>
        <source>Only this bassin.</source>
        <translation>Seulement ce bassin.</translation>
    </message>
    <message>
        <source>Only public or prive.</source>
        <translation>Seulement public ou prive.</translation>
    </message>
    <message>
        <source>Éducation prioritaire: ep (REP or REP+), rep, rep+ or hors-ep.</source>
        <translation>Éducation prioritaire : ep (REP ou REP+), rep, rep+ ou hors-ep.</translation>
    </message>
    <message>
        <source>--sector expects public or prive, not &quot;%1&quot;.</source>
        <translation>--sector attend public ou prive, et non « %1 ».</translation>
    </message>
    <message>
        <source>--ep expects ep, rep, rep+ or hors-ep, not &quot;%1&quot;.</source>
        <translation>--ep attend ep, rep, rep+ ou hors-ep, et non « %1 ».</translation>
    </message>
    <message>
        <source>&quot;annuaire&quot; expects import FILE.</source>
        <translation>« annuaire » attend import FICHIER.</translation>
    </message>
    <message>
        <source>&quot;campaign&quot; expects status --year 2025-2026.</source>
        <translation>« campaign » attend status --year 2025-2026.</translation>
    </message>
    <message>
        <source>Show what the import would change, and change nothing.</source>
        <translation>Montre ce que l&apos;importation changerait, sans rien changer.</translation>
    </message>
    <message>
        <source>The register&apos;s CSV, as the open-data portal exports it.</source>
        <translation>Le CSV de l&apos;annuaire, tel que le portail open data l&apos;exporte.</translation>
    </message>
    <message>
        <source>&quot;annuaire import&quot; expects one file.</source>
        <translation>« annuaire import » attend un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) read</source>
        <translation>
            <numerusform>%1 (%2) : %n ligne lue</numerusform>
            <numerusform>%1 (%2) : %n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Retenus : %1</translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, not chosen: %4, refused: %5</source>
        <translation>À créer : %1, à mettre à jour : %2, inchangés : %3, non retenus : %4, refusées : %5</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) closed in the register: marked, not deleted.</source>
        <translation>
            <numerusform>%n établissement fermé dans l&apos;annuaire : marqué, non supprimé.</numerusform>
            <numerusform>%n établissements fermés dans l&apos;annuaire : marqués, non supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message>
        <source>    %1: « %2 » → « %3 »</source>
        <translation>    %1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n&apos;a été modifié (--dry-run).</translation>
    </message>
    <message>
        <source>Count by circonscription, bassin, departement (the default) or academie.</source>
        <translation>Compter par circonscription, bassin, departement (par défaut) ou academie.</translation>
    </message>
    <message>
        <source>The grid asked for (default: the one that fits each kind).</source>
        <translation>La grille demandée (par défaut : celle qui convient à chaque type).</translation>
    </message>
    <message>
        <source>Write the table per territory to FILE (CSV).</source>
        <translation>Écrire le tableau par territoire dans FICHIER (CSV).</translation>
    </message>
    <message>
        <source>Write the establishments not validated yet to FILE (CSV), with their e-mail.</source>
        <translation>Écrire les établissements pas encore validés dans FICHIER (CSV), avec leur courriel.</translation>
    </message>
    <message>
        <source>&quot;campaign status&quot; takes only options.</source>
        <translation>« campaign status » ne prend que des options.</translation>
    </message>
    <message>
        <source>&quot;campaign status&quot; expects --year, e.g. --year 2025-2026.</source>
        <translation>« campaign status » attend --year, par exemple --year 2025-2026.</translation>
    </message>
    <message>
        <source>--by expects circonscription, bassin, departement or academie, not &quot;%1&quot;.</source>
        <translation>--by attend circonscription, bassin, departement ou academie, et non « %1 ».</translation>
    </message>
    <message>
        <source>Unknown referential &quot;%1&quot;.</source>
        <translation>Référentiel inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Campagne %1 : %2</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No establishment is expected: import the register first (paliers-cli annuaire import FILE), or choose others.</source>
        <translation>Aucun établissement n&apos;est attendu : importez d&apos;abord l&apos;annuaire (paliers-cli annuaire import FICHIER), ou choisissez-en d&apos;autres.</translation>
    </message>
    <message>
        <source>Over the years:</source>
        <translation>Au fil des années :</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n establishment(s) to remind)</source>
        <translation>
            <numerusform>Écrit : %1 (%n établissement à relancer)</numerusform>
            <numerusform>Écrit : %1 (%n établissements à relancer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1, %2.</source>
        <translation>Terminé : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the repères of these assessments to FILE, for the schools to stand beside.</source>
        <translation>Écrit dans FICHIER les repères de ces évaluations, pour que les écoles s&apos;y situent.</translation>
    </message>
    <message>
        <source>Who writes the repères, e.g. &quot;DANE de Créteil&quot;.</source>
        <translation>Qui écrit les repères, par exemple « DANE de Créteil ».</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (repères of %n grid(s) and year(s); counts only, no school named)</source>
        <translation>
            <numerusform>Écrit : %1 (repères de %n grille et année ; des effectifs seulement, aucune école nommée)</numerusform>
            <numerusform>Écrit : %1 (repères de %n grilles et années ; des effectifs seulement, aucune école nommée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Read the indicators from FILE (default: those kept in the database).</source>
        <translation>Lit les indicateurs dans FICHIER (par défaut : ceux conservés dans la base).</translation>
    </message>
    <message>
        <source>Keep the indicators of --file in the database.</source>
        <translation>Conserve dans la base les indicateurs de --file.</translation>
    </message>
    <message>
        <source>Write the table to FILE (CSV).</source>
        <translation>Écrit le tableau dans FICHIER (CSV).</translation>
    </message>
    <message>
        <source>&quot;indicators&quot; takes only options.</source>
        <translation>« indicators » ne prend que des options.</translation>
    </message>
    <message>
        <source>--save keeps the indicators of --file: give --file too.</source>
        <translation>--save conserve les indicateurs de --file : donnez aussi --file.</translation>
    </message>
    <message numerus="yes">
        <source>Kept in the database: %n indicator(s).</source>
        <translation>
            <numerusform>%n indicateur conservé dans la base.</numerusform>
            <numerusform>%n indicateurs conservés dans la base.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database keeps no indicator: give a file with --file (an example comes with Paliers: share/paliers/examples/indicateurs-aix-marseille-2014.json), or add them in the window.</source>
        <translation>La base ne conserve aucun indicateur : donnez un fichier avec --file (un exemple est livré avec Paliers : share/paliers/examples/indicateurs-aix-marseille-2014.json), ou ajoutez-les dans la fenêtre.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>In brackets: the establishments with a validated assessment of the grid that the share rests on.</source>
        <translation>Entre parenthèses : les établissements ayant une évaluation validée de la grille, sur lesquels repose la part.</translation>
    </message>
    <message>
        <source>&quot;reperes&quot; expects import FILE (consolidate --reperes FILE writes them).</source>
        <translation>« reperes » attend import FICHIER (consolidate --reperes FICHIER les écrit).</translation>
    </message>
    <message>
        <source>&quot;reperes import&quot; expects one file.</source>
        <translation>« reperes import » attend un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Repères of %1 for %2: %n school(s), %3</source>
        <translation>
            <numerusform>Repères de %1 pour %2 : %n établissement, %3</numerusform>
            <numerusform>Repères de %1 pour %2 : %n établissements, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an export of an assessment, not a database: import it with &quot;paliers-cli import %1&quot; (into the database of --db, or the app&apos;s own).</source>
        <translation>« %1 » est un export d&apos;évaluation, pas une base : importez-le avec « paliers-cli import %1 » (dans la base de --db, ou celle de l&apos;application).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a database.</source>
        <translation>« %1 » est %2, pas une base.</translation>
    </message>
    <message>
        <source>&quot;completion&quot; expects &quot;bash&quot;, the one shell it writes for.</source>
        <translation>« completion » attend « bash », le seul shell pour lequel il écrit.</translation>
    </message>
    <message>
        <source>The referential file.</source>
        <translation>Le fichier de référentiel.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The number of the assessment.</source>
        <translation>Le numéro de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>EVALUATION</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Grids:</source>
        <translation>Grilles :</translation>
    </message>
    <message>
        <source>referentials</source>
        <translation>referentials</translation>
    </message>
    <message>
        <source>list the referentials, every version</source>
        <translation>liste les référentiels, toutes versions</translation>
    </message>
    <message>
        <source>referential show ID [--format text|tsv] [--version V]</source>
        <translation>referential show ID [--format text|tsv] [--version V]</translation>
    </message>
    <message>
        <source>print a referential, or one of its versions</source>
        <translation>affiche un référentiel, ou l&apos;une de ses versions</translation>
    </message>
    <message>
        <source>referential check FILE</source>
        <translation>referential check FICHIER</translation>
    </message>
    <message>
        <source>check a referential file</source>
        <translation>vérifie un fichier de référentiel</translation>
    </message>
    <message>
        <source>referential install FILE</source>
        <translation>referential install FICHIER</translation>
    </message>
    <message>
        <source>add a grid (another académie&apos;s, a new version)</source>
        <translation>ajoute une grille (d&apos;une autre académie, une nouvelle version)</translation>
    </message>
    <message>
        <source>score ANSWERS.json [--format text|json] [--referential-file FILE] [--version V]</source>
        <translation>score REPONSES.json [--format text|json] [--referential-file FICHIER] [--version V]</translation>
    </message>
    <message>
        <source>compute the paliers of an answers file, against the grid read from FILE or version V (default: the latest)</source>
        <translation>calcule les paliers d&apos;un fichier de réponses, avec la grille lue dans FICHIER ou la version V (par défaut : la dernière)</translation>
    </message>
    <message>
        <source>Database (the app&apos;s own, or the one given with --db):</source>
        <translation>Base de données (celle de l&apos;application, ou celle donnée par --db) :</translation>
    </message>
    <message>
        <source>establishment add --uai U --name N --kind K [--commune C] [--circonscription C] [--departement D] [--academie A] [--head NAME] [--head-title TITLE] [--referent NAME]</source>
        <translation>establishment add --uai U --name N --kind K [--commune C] [--circonscription C] [--departement D] [--academie A] [--head NOM] [--head-title FONCTION] [--referent NOM]</translation>
    </message>
    <message>
        <source>add an establishment</source>
        <translation>ajoute un établissement</translation>
    </message>
    <message>
        <source>establishment list [--format tsv|json]</source>
        <translation>establishment list [--format tsv|json]</translation>
    </message>
    <message>
        <source>list the establishments</source>
        <translation>liste les établissements</translation>
    </message>
    <message>
        <source>assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R] [--copy-from ASSESSMENT]</source>
        <translation>assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R] [--copy-from EVALUATION]</translation>
    </message>
    <message>
        <source>start an assessment</source>
        <translation>commence une évaluation</translation>
    </message>
    <message>
        <source>assessment list [--uai U]</source>
        <translation>assessment list [--uai U]</translation>
    </message>
    <message>
        <source>list the assessments</source>
        <translation>liste les évaluations</translation>
    </message>
    <message>
        <source>assessment show ASSESSMENT [--format text|json]</source>
        <translation>assessment show EVALUATION [--format text|json]</translation>
    </message>
    <message>
        <source>print an assessment and its answers</source>
        <translation>affiche une évaluation et ses réponses</translation>
    </message>
    <message>
        <source>assessment validate ASSESSMENT</source>
        <translation>assessment validate EVALUATION</translation>
    </message>
    <message>
        <source>validate an assessment</source>
        <translation>valide une évaluation</translation>
    </message>
    <message>
        <source>assessment reopen ASSESSMENT [--reason TEXT]</source>
        <translation>assessment reopen EVALUATION [--reason TEXTE]</translation>
    </message>
    <message>
        <source>reopen a validated assessment</source>
        <translation>rouvre une évaluation validée</translation>
    </message>
    <message>
        <source>answer ASSESSMENT CRITERION STATUS [--comment TEXT] [--evidence TEXT]</source>
        <translation>answer EVALUATION CRITERE STATUT [--comment TEXTE] [--evidence TEXTE]</translation>
    </message>
    <message>
        <source>answer a criterion</source>
        <translation>répond à un critère</translation>
    </message>
    <message>
        <source>score ASSESSMENT [--format text|json]</source>
        <translation>score EVALUATION [--format text|json]</translation>
    </message>
    <message>
        <source>the paliers of a stored assessment</source>
        <translation>les paliers d&apos;une évaluation de la base</translation>
    </message>
    <message>
        <source>Exchange:</source>
        <translation>Échanges :</translation>
    </message>
    <message>
        <source>export ASSESSMENT [--pdf FILE] [--json FILE] [--with-referential] [--csv FILE] [--summary-csv FILE]</source>
        <translation>export EVALUATION [--pdf FICHIER] [--json FICHIER] [--with-referential] [--csv FICHIER] [--summary-csv FICHIER]</translation>
    </message>
    <message>
        <source>write the report and the exports of an assessment</source>
        <translation>écrit le rapport et les exports d&apos;une évaluation</translation>
    </message>
    <message>
        <source>import FILE|FOLDER...</source>
        <translation>import FICHIER|DOSSIER...</translation>
    </message>
    <message>
        <source>import JSON exports (a folder: its .json files)</source>
        <translation>importe des exports JSON (un dossier : ses fichiers .json)</translation>
    </message>
    <message>
        <source>commission ASSESSMENT --pdf FILE [--date YYYY-MM-DD] [--member NAME]...</source>
        <translation>commission EVALUATION --pdf FICHIER [--date AAAA-MM-JJ] [--member NOM]...</translation>
    </message>
    <message>
        <source>the pack that prepares the commission numérique</source>
        <translation>le dossier de préparation de la commission numérique</translation>
    </message>
    <message>
        <source>Many schools:</source>
        <translation>Plusieurs écoles :</translation>
    </message>
    <message>
        <source>consolidate --year 2025-2026 [--kind K] [--circonscription C] [--departement D] [--status brouillon|valide] [--referential ID] [--search TEXT] [--pdf FILE] [--csv FILE] [--reperes FILE] [--issuer NAME]</source>
        <translation>consolidate --year 2025-2026 [--kind K] [--circonscription C] [--departement D] [--status brouillon|valide] [--referential ID] [--search TEXTE] [--pdf FICHIER] [--csv FICHIER] [--reperes FICHIER] [--issuer NOM]</translation>
    </message>
    <message>
        <source>a year&apos;s assessments together, as PDF or CSV, and the repères of the académie for its schools</source>
        <translation>les évaluations d&apos;une année ensemble, en PDF ou CSV, et les repères de l&apos;académie pour ses écoles</translation>
    </message>
    <message>
        <source>generate --establishments N [--years Y] [--seed S] [--academie A] [--exports FOLDER]</source>
        <translation>generate --establishments N [--years A] [--seed S] [--academie A] [--exports DOSSIER]</translation>
    </message>
    <message>
        <source>plausible test data, in the database or as exports</source>
        <translation>données d&apos;essai plausibles, dans la base ou en exports</translation>
    </message>
    <message>
        <source>Campaign (the register of schools, who has answered):</source>
        <translation>Campagne (l&apos;annuaire des écoles, qui a répondu) :</translation>
    </message>
    <message>
        <source>annuaire import FILE [--academie A] [--departement D] [--kind K]... [--sector public|prive] [--dry-run]</source>
        <translation>annuaire import FICHIER [--academie A] [--departement D] [--kind K]... [--sector public|prive] [--dry-run]</translation>
    </message>
    <message>
        <source>create or update establishments from the Annuaire de l&apos;éducation&apos;s CSV (by UAI; assessments untouched)</source>
        <translation>crée ou met à jour les établissements d&apos;après le CSV de l&apos;Annuaire de l&apos;éducation (par UAI ; évaluations intactes)</translation>
    </message>
    <message>
        <source>campaign status --year 2025-2026 [--by circonscription|bassin|departement|academie] [--kind K]... [--academie A] [--departement D] [--circonscription C] [--bassin B] [--sector public|prive] [--ep ep|rep|rep+|hors-ep] [--referential ID] [--csv FILE] [--remind FILE]</source>
        <translation>campaign status --year 2025-2026 [--by circonscription|bassin|departement|academie] [--kind K]... [--academie A] [--departement D] [--circonscription C] [--bassin B] [--sector public|prive] [--ep ep|rep|rep+|hors-ep] [--referential ID] [--csv FICHIER] [--remind FICHIER]</translation>
    </message>
    <message>
        <source>expected, validated, in progress, not started, rate</source>
        <translation>attendus, validés, en cours, non commencés, taux</translation>
    </message>
    <message>
        <source>Roadmap (the académie&apos;s indicators, the repères its schools stand beside):</source>
        <translation>Feuille de route (les indicateurs de l&apos;académie, les repères de ses écoles) :</translation>
    </message>
    <message>
        <source>indicators [--file FILE] [--save] [--csv FILE]</source>
        <translation>indicators [--file FICHIER] [--save] [--csv FICHIER]</translation>
    </message>
    <message>
        <source>each indicator for each year, and its target</source>
        <translation>chaque indicateur pour chaque année, et sa cible</translation>
    </message>
    <message>
        <source>reperes import FILE</source>
        <translation>reperes import FICHIER</translation>
    </message>
    <message>
        <source>keep the repères a DANE wrote (consolidate --reperes)</source>
        <translation>garde les repères écrits par une DANE (consolidate --reperes)</translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation>Shell :</translation>
    </message>
    <message>
        <source>completion bash</source>
        <translation>completion bash</translation>
    </message>
    <message>
        <source>print the completion script of bash</source>
        <translation>affiche le script de complétion de bash</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>--db FILE</source>
        <translation>--db FICHIER</translation>
    </message>
    <message>
        <source>work on this database (default: the app&apos;s own)</source>
        <translation>travaille sur cette base (par défaut : celle de l&apos;application)</translation>
    </message>
    <message>
        <source>--language fr|en</source>
        <translation>--language fr|en</translation>
    </message>
    <message>
        <source>the language of the messages</source>
        <translation>la langue des messages</translation>
    </message>
    <message>
        <source>--help</source>
        <translation>--help</translation>
    </message>
    <message>
        <source>print this help; after a command, its options</source>
        <translation>affiche cette aide ; après une commande, ses options</translation>
    </message>
    <message>
        <source>--version</source>
        <translation>--version</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>affiche la version</translation>
    </message>
    <message>
        <source>Usage: paliers-cli [--db FILE] COMMAND [OPTIONS]
</source>
        <translation>Usage : paliers-cli [--db FICHIER] COMMANDE [OPTIONS]
</translation>
    </message>
    <message>
        <source>The statuses are %1.
An answers file looks like:
  { &quot;referential&quot;: &quot;creteil-ecoles&quot;, &quot;answers&quot;: { &quot;PIL-1-01&quot;: &quot;atteint&quot; } }
</source>
        <translation>Les statuts sont %1.
Un fichier de réponses ressemble à :
  { &quot;referential&quot;: &quot;creteil-ecoles&quot;, &quot;answers&quot;: { &quot;PIL-1-01&quot;: &quot;atteint&quot; } }
</translation>
    </message>
</context>
<context>
    <name>CommissionRenderer</name>
    <message>
        <source>Commission numérique — %1 (%2) — %3</source>
        <translation>Commission numérique — %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Commission numérique</source>
        <translation>Commission numérique</translation>
    </message>
    <message>
        <source>Paliers %1 · prepared on %2</source>
        <translation>Paliers %1 · préparé le %2</translation>
    </message>
    <message>
        <source>The commission pack</source>
        <translation>le dossier de la commission</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — school year %3</source>
        <translation>%1 (%2) — année scolaire %3</translation>
    </message>
    <message>
        <source>assessment validated on %1</source>
        <translation>évaluation validée le %1</translation>
    </message>
    <message>
        <source>assessment in progress (draft)</source>
        <translation>évaluation en cours (brouillon)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation>Date : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Members present:</source>
        <translation>Membres présents :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation>☐ %1</translation>
    </message>
    <message>
        <source>Tick those present.</source>
        <translation>Cocher les présents.</translation>
    </message>
    <message>
        <source>Progress since last time</source>
        <translation>Progrès depuis la dernière fois</translation>
    </message>
    <message>
        <source>Compared with the assessment of %1.</source>
        <translation>Comparaison avec l&apos;évaluation %1.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation>Palier global</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>None: no regression.</source>
        <translation>Aucun : pas de régression.</translation>
    </message>
    <message>
        <source>▼ %1 (now: %2)</source>
        <translation>▼ %1 (désormais : %2)</translation>
    </message>
    <message>
        <source>Regression: the palier fell in %1.</source>
        <translation>Régression : le palier a baissé en %1.</translation>
    </message>
    <message>
        <source>No action of the plans is marked done.</source>
        <translation>Aucune action des plans n&apos;est marquée faite.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Criteria to discuss</source>
        <translation>Critères à discuter</translation>
    </message>
    <message>
        <source>%1 — towards palier %2</source>
        <translation>%1 — vers le palier %2</translation>
    </message>
    <message>
        <source>%1 — %2 (now: %3)</source>
        <translation>%1 — %2 (actuellement : %3)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>The highest palier is reached in every domain.</source>
        <translation>Le palier le plus haut est atteint dans tous les domaines.</translation>
    </message>
    <message>
        <source>Decisions of the commission</source>
        <translation>Décisions de la commission</translation>
    </message>
    <message>
        <source>Next meeting: ____ / ____ / ________</source>
        <translation>Prochaine réunion : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Commission numérique — preparation pack</source>
        <translation>Commission numérique — dossier de préparation</translation>
    </message>
    <message>
        <source>Where things stand</source>
        <translation>État des lieux</translation>
    </message>
    <message>
        <source>This is the first assessment of this grid here: there is nothing to compare with yet.</source>
        <translation>C&apos;est la première évaluation de cette grille ici : il n&apos;y a pas encore de comparaison possible.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Lowest jalon</source>
        <translation>Jalon le plus bas</translation>
    </message>
    <message>
        <source>These axes were placed last time and are not placed yet this time; the lowest jalon waits for them.</source>
        <translation>Ces axes étaient positionnés la dernière fois et ne le sont pas encore cette fois ; le jalon le plus bas les attend.</translation>
    </message>
    <message>
        <source>These criteria were met last time and have no answer yet this time: not a regression, but the paliers wait for them.</source>
        <translation>Ces critères étaient atteints la dernière fois et n&apos;ont pas encore de réponse cette fois : ce n&apos;est pas une régression, mais les paliers les attendent.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>For each axis, what the next jalon describes. Write down what the commission decides: an action, an owner, a date.</source>
        <translation>Pour chaque axe, ce que décrit le jalon suivant. Notez ce que la commission décide : une action, un responsable, une échéance.</translation>
    </message>
    <message>
        <source>For each domain, what is still missing for the next palier. Write down what the commission decides: an action, an owner, a date.</source>
        <translation>Pour chaque domaine, ce qui manque encore pour le palier suivant. Notez ce que la commission décide : une action, un responsable, une échéance.</translation>
    </message>
    <message>
        <source>%1 — towards jalon %2</source>
        <translation>%1 — vers le jalon %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Action planned: %1 (%2)</source>
        <translation>Action prévue : %1 (%2)</translation>
    </message>
    <message>
        <source>The last jalon is reached on every axis.</source>
        <translation>Le dernier jalon est atteint sur tous les axes.</translation>
    </message>
    <message numerus="yes">
        <source>Axes that moved up (%n)</source>
        <translation>
            <numerusform>Axe en progrès (%n)</numerusform>
            <numerusform>Axes en progrès (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria newly met (%n)</source>
        <translation>
            <numerusform>Critère nouvellement atteint (%n)</numerusform>
            <numerusform>Critères nouvellement atteints (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axes that moved down (%n)</source>
        <translation>
            <numerusform>Axe en recul (%n)</numerusform>
            <numerusform>Axes en recul (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria no longer met (%n)</source>
        <translation>
            <numerusform>Critère qui n&apos;est plus atteint (%n)</numerusform>
            <numerusform>Critères qui ne sont plus atteints (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet this time (%n)</source>
        <translation>
            <numerusform>Pas encore renseigné cette fois (%n)</numerusform>
            <numerusform>Pas encore renseignés cette fois (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions done (%n)</source>
        <translation>
            <numerusform>Action réalisée (%n)</numerusform>
            <numerusform>Actions réalisées (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidatedRenderer</name>
    <message>
        <source>Consolidation of the digital maturity paliers — %1</source>
        <translation>Consolidation des paliers de maturité numérique — %1</translation>
    </message>
    <message>
        <source>Consolidation of the paliers</source>
        <translation>Consolidation des paliers</translation>
    </message>
    <message numerus="yes">
        <source>Paliers %1 · consolidation of %n assessment(s) · %2</source>
        <translation>
            <numerusform>Paliers %1 · consolidation de %n évaluation · %2</numerusform>
            <numerusform>Paliers %1 · consolidation de %n évaluations · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Consolidation of the digital maturity paliers</source>
        <translation>Consolidation des paliers de maturité numérique</translation>
    </message>
    <message>
        <source>No assessment matches this selection.</source>
        <translation>Aucune évaluation ne correspond à cette sélection.</translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation>Palier global</translation>
    </message>
    <message>
        <source>Palier 1 not reached</source>
        <translation>Palier 1 non atteint</translation>
    </message>
    <message>
        <source>Palier 1</source>
        <translation>Palier 1</translation>
    </message>
    <message>
        <source>Palier 2</source>
        <translation>Palier 2</translation>
    </message>
    <message>
        <source>Palier 3</source>
        <translation>Palier 3</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n assessment(s)</source>
        <translation>
            <numerusform>%1 — %n évaluation</numerusform>
            <numerusform>%1 — %n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier</source>
        <translation>Critères le plus souvent manquants pour le palier suivant</translation>
    </message>
    <message>
        <source>What to train or fund first: the criteria that block the next palier in the most establishments.</source>
        <translation>Ce qu&apos;il faut former ou financer d&apos;abord : les critères qui bloquent le palier suivant dans le plus d&apos;établissements.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Circonscription or district</source>
        <translation>Circonscription ou district</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Domain columns: %1.</source>
        <translation>Colonnes des domaines : %1.</translation>
    </message>
    <message>
        <source>The consolidation</source>
        <translation>la consolidation</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore positionné</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4. Made on %5.</source>
        <extracomment>&quot;N assessments&quot;, &quot;of N establishments&quot;, &quot;N validated&quot;, &quot;N drafts&quot;, the date.</extracomment>
        <translation>%1 %2 : %3, %4. Établi le %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n establishment(s)</source>
        <translation>
            <numerusform>de %n établissement</numerusform>
            <numerusform>de %n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validated</source>
        <translation>
            <numerusform>%n validée</numerusform>
            <numerusform>%n validées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These assessments follow %n versions of the grid (%1): the domains are matched by their identifier and titled as in version %2.</source>
        <translation>
            <numerusform>Ces évaluations suivent %n version de la grille (%1) : les domaines sont rapprochés par leur identifiant et nommés comme dans la version %2.</numerusform>
            <numerusform>Ces évaluations suivent %n versions de la grille (%1) : les domaines sont rapprochés par leur identifiant et nommés comme dans la version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response rates of the campaign</source>
        <translation>Taux de réponse de la campagne</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1 : %2 (%3 sur %4)</translation>
    </message>
    <message>
        <source>Validated over the years: %1.</source>
        <translation>Validés au fil des années : %1.</translation>
    </message>
    <message>
        <source>%1: %2 validated (%3), %4 in progress, %5 not started.</source>
        <translation>%1 : %2 validés (%3), %4 en cours, %5 non commencés.</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) expected</source>
        <translation>
            <numerusform>%n établissement attendu</numerusform>
            <numerusform>%n établissements attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Indicators of the roadmap</source>
        <translation>Indicateurs de la feuille de route</translation>
    </message>
    <message>
        <source>Each share counts the establishments with a validated assessment of the grid that year, their number in brackets; « roadmap » marks the roadmap&apos;s own figure for a year Paliers has no data for. ✓: the latest value reaches the target.</source>
        <translation>Chaque part compte les établissements ayant une évaluation validée de la grille cette année-là, leur nombre entre parenthèses ; « feuille de route » signale le chiffre de la feuille de route elle-même pour une année dont Paliers n&apos;a pas les données. ✓ : la dernière valeur atteint la cible.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database.</source>
        <translation>Impossible de créer le dossier « %1 » pour la base de données.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite on Debian and Ubuntu).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite sous Debian et Ubuntu).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the database &quot;%1&quot;: the folder or the file is read-only.</source>
        <translation>Impossible de créer la base de données « %1 » : le dossier ou le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Paliers database.</source>
        <translation>« %1 » n&apos;est pas une base de données Paliers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Paliers (database version %2; this version reads up to %3). Update Paliers to open it; the file was not changed.</source>
        <translation>« %1 » a été écrite par une version plus récente de Paliers (base en version %2 ; cette version lit jusqu&apos;à la version %3). Mettez Paliers à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged (%2). Open a backup copy instead; the file was not changed.</source>
        <translation>La base de données « %1 » est endommagée (%2). Ouvrez plutôt une copie de sauvegarde ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by an older version of Paliers and must be updated, but it is read-only. Copy it to a folder where you can write, then open the copy.</source>
        <translation>« %1 » a été écrite par une version antérieure de Paliers et doit être mise à jour, mais elle est en lecture seule. Copiez-la dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>Before updating &quot;%1&quot;, Paliers could not save a backup copy (%2); the database was not changed.</source>
        <translation>Avant de mettre à jour « %1 », Paliers n&apos;a pas pu en enregistrer une copie de sauvegarde (%2) ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Updating the database &quot;%1&quot; to version %2 failed: %3. Nothing was changed.</source>
        <translation>La mise à jour de la base de données « %1 » vers la version %2 a échoué : %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Database error on &quot;%1&quot;: %2</source>
        <translation>Erreur de la base de données « %1 » : %2</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is in use by another program (another Paliers window?). Close it and try again.</source>
        <translation>La base de données « %1 » est utilisée par un autre programme (une autre fenêtre de Paliers ?). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Paliers cannot write to &quot;%1&quot;: the file or its folder is read-only.</source>
        <translation>Paliers ne peut pas écrire dans « %1 » : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>Reading or writing &quot;%1&quot; failed (%2).</source>
        <translation>La lecture ou l&apos;écriture de « %1 » a échoué (%2).</translation>
    </message>
    <message>
        <source>The disk holding &quot;%1&quot; is full: the change was not saved. Free some space and try again.</source>
        <translation>Le disque qui contient « %1 » est plein : la modification n&apos;a pas été enregistrée. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; (%2).</source>
        <translation>Impossible d&apos;ouvrir « %1 » (%2).</translation>
    </message>
    <message>
        <source>Cannot create the database &quot;%1&quot;: %2</source>
        <translation>Impossible de créer la base « %1 » : %2</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is missing</source>
        <translation>la table « %1 » manque</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; of the table &quot;%2&quot; is missing</source>
        <translation>la colonne « %1 » de la table « %2 » manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed outside Paliers (%2). Paliers does not open it, so as not to damage it further; it was left as it is. Open a backup copy or ask for help.</source>
        <translation>« %1 » a été modifiée en dehors de Paliers (%2). Paliers ne l&apos;ouvre pas, pour ne pas l&apos;abîmer davantage ; elle a été laissée telle quelle. Ouvrez une copie de sauvegarde ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>its pages do not fit together: it was cut off or overwritten</source>
        <translation>ses pages ne concordent pas : le fichier a été tronqué ou écrasé</translation>
    </message>
</context>
<context>
    <name>Establishment</name>
    <message>
        <source>Nursery school</source>
        <translation>École maternelle</translation>
    </message>
    <message>
        <source>Elementary school</source>
        <translation>École élémentaire</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>École primaire</translation>
    </message>
    <message>
        <source>Collège</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Lycée</source>
        <translation>Lycée</translation>
    </message>
    <message>
        <source>Vocational lycée</source>
        <translation>Lycée professionnel</translation>
    </message>
    <message>
        <source>EREA</source>
        <translation>EREA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>school director</source>
        <comment>a woman</comment>
        <translation>directrice d&apos;école</translation>
    </message>
    <message>
        <source>school director</source>
        <comment>a man</comment>
        <translation>directeur d&apos;école</translation>
    </message>
    <message>
        <source>principal</source>
        <comment>a woman, of a collège</comment>
        <translation>principale</translation>
    </message>
    <message>
        <source>principal</source>
        <comment>a man, of a collège</comment>
        <translation>principal</translation>
    </message>
    <message>
        <source>head teacher</source>
        <comment>a woman, of a lycée</comment>
        <translation>proviseure</translation>
    </message>
    <message>
        <source>head teacher</source>
        <comment>a man, of a lycée</comment>
        <translation>proviseur</translation>
    </message>
    <message>
        <source>director</source>
        <comment>a woman, of an EREA</comment>
        <translation>directrice</translation>
    </message>
    <message>
        <source>director</source>
        <comment>a man, of an EREA</comment>
        <translation>directeur</translation>
    </message>
    <message>
        <source>head of establishment</source>
        <comment>a woman</comment>
        <translation>cheffe d&apos;établissement</translation>
    </message>
    <message>
        <source>head of establishment</source>
        <comment>a man</comment>
        <translation>chef d&apos;établissement</translation>
    </message>
</context>
<context>
    <name>ExampleData</name>
    <message>
        <source>Discussed at the commission numérique.</source>
        <translation>Discuté en commission numérique.</translation>
    </message>
    <message>
        <source>Minutes of the conseil pédagogique, on the ENT</source>
        <translation>Compte rendu du conseil pédagogique, sur l&apos;ENT</translation>
    </message>
    <message>
        <source>The example can only be added to an empty database.</source>
        <translation>L&apos;exemple ne peut être ajouté qu&apos;à une base de données vide.</translation>
    </message>
    <message>
        <source>École élémentaire des Tilleuls (example)</source>
        <translation>École élémentaire des Tilleuls (exemple)</translation>
    </message>
    <message>
        <source>Claire Martin (fictitious)</source>
        <translation>Claire Martin (fictive)</translation>
    </message>
    <message>
        <source>Karim Benali (fictitious)</source>
        <translation>Karim Benali (fictif)</translation>
    </message>
    <message>
        <source>Collège Louise-Michel (example)</source>
        <translation>Collège Louise-Michel (exemple)</translation>
    </message>
    <message>
        <source>Sophie Durand (fictitious)</source>
        <translation>Sophie Durand (fictive)</translation>
    </message>
    <message>
        <source>Thomas Petit (fictitious)</source>
        <translation>Thomas Petit (fictif)</translation>
    </message>
    <message>
        <source>The referential &quot;%1&quot; is missing.</source>
        <translation>Le référentiel « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>Write the digital use charter into the school rules</source>
        <translation>Inscrire la charte d&apos;usage du numérique au règlement intérieur</translation>
    </message>
    <message>
        <source>Training on the ENT for the whole team (animation pédagogique)</source>
        <translation>Formation de toute l&apos;équipe à l&apos;ENT (animation pédagogique)</translation>
    </message>
    <message>
        <source>ERUN of the circonscription</source>
        <translation>ERUN de la circonscription</translation>
    </message>
    <message>
        <source>Equip two classrooms with a projector and a visualiser</source>
        <translation>Équiper deux classes d&apos;un vidéoprojecteur et d&apos;un visualiseur</translation>
    </message>
    <message>
        <source>Town hall of Vitry-sur-Seine</source>
        <translation>Mairie de Vitry-sur-Seine</translation>
    </message>
    <message>
        <source>Present the digital part of the school project at the conseil d&apos;école</source>
        <translation>Présenter le volet numérique du projet d&apos;école au conseil d&apos;école</translation>
    </message>
    <message>
        <source>digital referent</source>
        <translation>référent numérique</translation>
    </message>
    <message>
        <source>Most teachers alternate the class display and individual tablets.</source>
        <translation>La plupart des enseignants alternent l&apos;affichage collectif et les tablettes individuelles.</translation>
    </message>
</context>
<context>
    <name>ExportImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: already imported (export %2), skipped.</source>
        <translation>%1 : déjà importé (export %2), ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, imported as assessment %5%6.</source>
        <translation>%1 : %2 (%3), %4, importé comme évaluation n° %5%6.</translation>
    </message>
    <message>
        <source> (new establishment)</source>
        <translation> (nouvel établissement)</translation>
    </message>
    <message>
        <source> (the grid &quot;%1&quot; version %2 it carried was added)</source>
        <translation> (la grille « %1 » version %2 qu&apos;il joignait a été ajoutée)</translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder.</source>
        <translation>« %1 » est un dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the database of another application, not of Paliers.</source>
        <translation>« %1 » est la base de données d&apos;une autre application, pas de Paliers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Paliers database nor a Paliers export.</source>
        <translation>« %1 » n&apos;est ni une base Paliers ni un export Paliers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Paliers database nor a Paliers export (its JSON is invalid at character %2: %3).</source>
        <translation>« %1 » n&apos;est ni une base Paliers ni un export Paliers (son JSON est invalide au caractère %2 : %3).</translation>
    </message>
    <message>
        <source>a Paliers database</source>
        <translation>une base Paliers</translation>
    </message>
    <message>
        <source>an export of an assessment</source>
        <translation>un export d&apos;évaluation</translation>
    </message>
    <message>
        <source>a file of the académie&apos;s repères</source>
        <translation>un fichier de repères de l&apos;académie</translation>
    </message>
    <message>
        <source>a file of the roadmap&apos;s indicators</source>
        <translation>un fichier d&apos;indicateurs de la feuille de route</translation>
    </message>
    <message>
        <source>a grid (referential)</source>
        <translation>une grille (référentiel)</translation>
    </message>
    <message>
        <source>a file Paliers does not know</source>
        <translation>un fichier que Paliers ne connaît pas</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>&quot;%1&quot; is a folder; choose a file name.</source>
        <translation>« %1 » est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Paliers cannot write &quot;%1&quot; (%2). Is the folder read-only? Choose another place.</source>
        <translation>Paliers ne peut pas écrire « %1 » (%2). Le dossier est-il en lecture seule ? Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed (%2); no file was written, an existing one was left as it was.</source>
        <translation>L&apos;écriture de « %1 » a échoué (%2) ; aucun fichier n&apos;a été écrit, un fichier existant a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed (%2): is the disk full? No file was written, an existing one was left as it was.</source>
        <translation>L&apos;écriture de « %1 » a échoué (%2) : le disque est-il plein ? Aucun fichier n&apos;a été écrit, un fichier existant a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>An indicator needs a label.</source>
        <translation>Un indicateur doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1…&quot; has a text that is too long.</source>
        <translation>L&apos;indicateur « %1… » a un texte trop long.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; is about the grid &quot;%2&quot;, which Paliers does not know.</source>
        <translation>L&apos;indicateur « %1 » porte sur la grille « %2 », que Paliers ne connaît pas.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: the grid &quot;%2&quot; has no criterion &quot;%3&quot;.</source>
        <translation>L&apos;indicateur « %1 » : la grille « %2 » n&apos;a pas de critère « %3 ».</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: the grid &quot;%2&quot; has no domain &quot;%3&quot;.</source>
        <translation>L&apos;indicateur « %1 » : la grille « %2 » n&apos;a pas de domaine « %3 ».</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: the palier must be from 1 to %2.</source>
        <translation>L&apos;indicateur « %1 » : le palier doit aller de 1 à %2.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: a target is a percentage from 0 to 100.</source>
        <translation>L&apos;indicateur « %1 » : une cible est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: %2</source>
        <translation>L&apos;indicateur « %1 » : %2</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: a value is a percentage from 0 to 100.</source>
        <translation>L&apos;indicateur « %1 » : une valeur est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 atteint</translation>
    </message>
    <message>
        <source>%1 at palier %2 or above</source>
        <translation>%1 au palier %2 ou plus</translation>
    </message>
    <message>
        <source>overall palier %1 or above</source>
        <translation>palier global %1 ou plus</translation>
    </message>
</context>
<context>
    <name>IndicatorFile</name>
    <message>
        <source>&quot;%1&quot; is not a condition (criterion, domain or overall)</source>
        <translation>« %1 » n&apos;est pas une condition (criterion, domain ou overall)</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>%1: the file is too large for indicators (at most %2 MB).</source>
        <translation>%1 : le fichier est trop gros pour des indicateurs (au plus %2 Mo).</translation>
    </message>
    <message>
        <source>%1: this is not a file of Paliers indicators (its &quot;format&quot; should be &quot;%2&quot;).</source>
        <translation>%1 : ce n&apos;est pas un fichier d&apos;indicateurs Paliers (son « format » devrait être « %2 »).</translation>
    </message>
    <message>
        <source>%1: format version %2 is not one this Paliers reads (it reads version %3).</source>
        <translation>%1 : ce Paliers ne lit pas la version de format %2 (il lit la version %3).</translation>
    </message>
    <message>
        <source>%1: %2 indicators; at most %3 are read.</source>
        <translation>%1 : %2 indicateurs ; %3 au plus sont lus.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (roadmap)</source>
        <translation>%1 (feuille de route)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 ✓ reached</source>
        <translation>%1 ✓ atteinte</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, à l&apos;emplacement %2 : %3</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (%3)</source>
        <translation>JSON invalide à la ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>the file must contain a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ « %1 » est absent</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>un objet est attendu</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>The grids &quot;%1&quot; and &quot;%2&quot; are not versions of one grid.</source>
        <translation>Les grilles « %1 » et « %2 » ne sont pas deux versions d&apos;une même grille.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; does not say how to carry answers over from version %3.</source>
        <translation>La version %1 de « %2 » ne dit pas comment reprendre les réponses de la version %3.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; maps the criterion &quot;%3&quot;, which version %4 does not have.</source>
        <translation>La version %1 de « %2 » fait correspondre le critère « %3 », que la version %4 n&apos;a pas.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; lists the criterion &quot;%3&quot; as added, but version %4 has a criterion of that id: map it in &quot;criteria&quot;.</source>
        <translation>La version %1 de « %2 » donne le critère « %3 » comme ajouté, mais la version %4 a un critère de cet identifiant : faites-le correspondre dans « criteria ».</translation>
    </message>
    <message>
        <source>The criterion &quot;%3&quot; of version %1 of &quot;%2&quot; comes from no criterion of version %4: map one onto it or list it in &quot;added&quot;.</source>
        <translation>Le critère « %3 » de la version %1 de « %2 » ne vient d&apos;aucun critère de la version %4 : faites-en correspondre un ou inscrivez-le dans « added ».</translation>
    </message>
</context>
<context>
    <name>PalierEngine</name>
    <message numerus="yes">
        <source>The referential &quot;%1&quot; has no criterion with the id %2.</source>
        <translation>
            <numerusform>Le référentiel « %1 » n&apos;a pas de critère d&apos;identifiant %2.</numerusform>
            <numerusform>Le référentiel « %1 » n&apos;a pas de critères d&apos;identifiants %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paliers::ActionItemDialog</name>
    <message>
        <source>Due by</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What is to be done, e.g. &quot;Train the team to use the ENT&quot;</source>
        <translation>Ce qu&apos;il faut faire, par exemple « Former l&apos;équipe à l&apos;ENT »</translation>
    </message>
    <message>
        <source>Free action (not tied to a criterion)</source>
        <translation>Action libre (sans critère)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who sees it through</source>
        <translation>Qui la mène à bien</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Financeur :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Une action doit avoir un intitulé.</translation>
    </message>
</context>
<context>
    <name>Paliers::ActionPlanModel</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Free action</source>
        <translation>Action libre</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Due on %1 and not done yet.</source>
        <translation>Échéance le %1, pas encore faite.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Paliers::ActionPlanView</name>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Actions du plan</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Ce qu&apos;il demande</translation>
    </message>
    <message>
        <source>Criteria proposed as actions</source>
        <translation>Critères proposés comme actions</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), %1 open</source>
        <translation>
            <numerusform>%n action, %1 en cours ou à faire</numerusform>
            <numerusform>%n actions, %1 en cours ou à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n overdue</source>
        <translation>
            <numerusform> — %n en retard</numerusform>
            <numerusform> — %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Every criterion blocking the next palier already has an action.</source>
        <translation>Chaque critère qui bloque le palier suivant a déjà son action.</translation>
    </message>
    <message>
        <source>Proposed: the criteria that block the next palier and have no action yet (%1). Adopt one to add it to the plan.</source>
        <translation>Propositions : les critères qui bloquent le palier suivant et n&apos;ont pas encore d&apos;action (%1). Adoptez-en un pour l&apos;ajouter au plan.</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Adopt %1 as an action</source>
        <translation>Adopter %1 comme action</translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the plan? Marking it abandoned keeps a trace of it instead.</source>
        <translation>Supprimer « %1 » du plan ? La marquer abandonnée en garde plutôt la trace.</translation>
    </message>
    <message>
        <source>Every next jalon already has an action.</source>
        <translation>Chaque jalon suivant a déjà son action.</translation>
    </message>
    <message>
        <source>Proposed: the next jalon of each axis with no action yet (%1). Adopt one to add it to the plan.</source>
        <translation>Propositions : le jalon suivant de chaque axe sans action (%1). Adoptez-en un pour l&apos;ajouter au plan.</translation>
    </message>
    <message>
        <source>Adopt %1</source>
        <translation>Adopter %1</translation>
    </message>
    <message>
        <source>No action has the number %1.</source>
        <translation>Aucune action ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This change belongs to another assessment and was not applied.</source>
        <translation>Cette modification concerne une autre évaluation et n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Mark the action as done</source>
        <translation>Marquer l&apos;action comme faite</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Adopt the proposal</source>
        <translation>&amp;Adopter la proposition</translation>
    </message>
    <message>
        <source>Return or Space adopts the proposal of the current row.</source>
        <translation>Entrée ou Espace adopte la proposition de la ligne courante.</translation>
    </message>
    <message>
        <source>Adds the selected proposal to the plan (Return or Space in the list does the same)</source>
        <translation>Ajoute la proposition choisie au plan (Entrée ou Espace dans la liste font de même)</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>header of the column of « Adopt » cells</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>%1 is in the plan, to do.</source>
        <translation>%1 est dans le plan, à faire.</translation>
    </message>
    <message>
        <source>For the target (%1: %2)</source>
        <translation>Pour la cible (%1 : %2)</translation>
    </message>
    <message>
        <source>often missing in the académie (%1 % of schools meet it)</source>
        <translation>souvent manquant dans l&apos;académie (%1 % des écoles l&apos;atteignent)</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Paliers::CampaignPage</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencés</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Progress of the campaign by territory</source>
        <translation>Avancement de la campagne par territoire</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Establishments of the territory</source>
        <translation>Établissements du territoire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import the &amp;register…</source>
        <translation>Importer l&apos;a&amp;nnuaire…</translation>
    </message>
    <message>
        <source>The grid that fits each kind</source>
        <translation>La grille adaptée à chaque type</translation>
    </message>
    <message>
        <source>With or without</source>
        <translation>Avec ou sans</translation>
    </message>
    <message>
        <source>REP or REP+</source>
        <translation>REP ou REP+</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Hors éducation prioritaire</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Non validés</translation>
    </message>
    <message>
        <source>Every expected establishment</source>
        <translation>Tous les établissements attendus</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Année &amp;scolaire :</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grille :</translation>
    </message>
    <message>
        <source>&amp;Count by:</source>
        <translation>C&amp;ompter par :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Dé&amp;partement:</source>
        <translation>Dé&amp;partement :</translation>
    </message>
    <message>
        <source>&amp;Bassin:</source>
        <translation>&amp;Bassin :</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;teur :</translation>
    </message>
    <message>
        <source>É&amp;ducation prioritaire:</source>
        <translation>Éd&amp;ucation prioritaire :</translation>
    </message>
    <message>
        <source>Every département</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>Every circonscription</source>
        <translation>Toutes les circonscriptions</translation>
    </message>
    <message>
        <source>Every bassin</source>
        <translation>Tous les bassins</translation>
    </message>
    <message>
        <source>(the filters below, not saved)</source>
        <translation>(les filtres ci-dessous, non enregistrés)</translation>
    </message>
    <message>
        <source>No establishment is expected with these filters. Import the register of schools (Annuaire de l&apos;éducation) to know them all, or change the filters.</source>
        <translation>Aucun établissement n&apos;est attendu avec ces filtres. Importez l&apos;annuaire des écoles (Annuaire de l&apos;éducation) pour les connaître tous, ou changez les filtres.</translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 validated (%4), %5 in progress, %6 not started.</source>
        <translation>%1 : %2 attendus, %3 validés (%4), %5 en cours, %6 non commencés.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Validated over the years: %1</source>
        <translation>Validés au fil des années : %1</translation>
    </message>
    <message>
        <source>Save the campaign</source>
        <translation>Enregistrer la campagne</translation>
    </message>
    <message>
        <source>Name of the campaign (for %1: %2):</source>
        <translation>Nom de la campagne (pour %1 : %2) :</translation>
    </message>
    <message>
        <source>Remove the campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Remove the campaign « %1 »? The establishments and their assessments are kept.</source>
        <translation>Supprimer la campagne « %1 » ? Les établissements et leurs évaluations sont conservés.</translation>
    </message>
    <message>
        <source>Remind the establishments</source>
        <translation>Relancer les établissements</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) to remind</source>
        <translation>
            <numerusform>%n établissement à relancer</numerusform>
            <numerusform>%n établissements à relancer</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n with an e-mail address.</source>
        <translation>
            <numerusform>%n avec une adresse électronique.</numerusform>
            <numerusform>%n avec une adresse électronique.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Message (you may change it):</source>
        <translation>&amp;Message (vous pouvez le modifier) :</translation>
    </message>
    <message>
        <source>The addresses go in Bcc: no establishment sees the others&apos;. Your mail program opens the message; nothing is sent until you send it.</source>
        <translation>Les adresses sont en copie cachée (Cci) : aucun établissement ne voit celles des autres. Votre messagerie ouvre le message ; rien n&apos;est envoyé tant que vous ne l&apos;envoyez pas.</translation>
    </message>
    <message>
        <source>Save the &amp;list (CSV)…</source>
        <translation>Enregistrer la &amp;liste (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Open the mail program</source>
        <translation>&amp;Ouvrir la messagerie</translation>
    </message>
    <message>
        <source>Save the reminder list</source>
        <translation>Enregistrer la liste de relance</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>List saved ✓</source>
        <translation>Liste enregistrée ✓</translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the list (CSV) and send the message from your webmail.</source>
        <translation>Aucune messagerie n&apos;a pu être ouverte. Enregistrez la liste (CSV) et envoyez le message depuis votre webmail.</translation>
    </message>
    <message>
        <source>&amp;Open message %1 of %2</source>
        <translation>&amp;Ouvrir le message %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Save the campaign…</source>
        <translation>Enregistrer la ca&amp;mpagne…</translation>
    </message>
    <message>
        <source>Remi&amp;nd…</source>
        <translation>Re&amp;lancer…</translation>
    </message>
    <message>
        <source>Circonscr&amp;iption:</source>
        <translation>Ci&amp;rconscription :</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
</context>
<context>
    <name>Paliers::CommissionDialog</name>
    <message>
        <source>Meets on</source>
        <translation>Se réunit le</translation>
    </message>
    <message>
        <source>Prepare the commission numérique</source>
        <translation>Préparer la commission numérique</translation>
    </message>
    <message>
        <source>The pack holds the paliers and the chart, the progress since the previous assessment, the action plan and the criteria to discuss, with room to write the decisions. The date and the members are kept for next time.</source>
        <translation>Le dossier reprend les paliers et le graphique, les progrès depuis l&apos;évaluation précédente, le plan d&apos;action et les critères à discuter, avec la place d&apos;écrire les décisions. La date et les membres sont conservés pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>One member per line, e.g. &quot;Mme Durand, directrice&quot;</source>
        <translation>Un membre par ligne, par exemple « Mme Durand, directrice »</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Membres de la commission</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <source>&amp;Write the PDF…</source>
        <translation>&amp;Écrire le PDF…</translation>
    </message>
</context>
<context>
    <name>Paliers::EstablishmentDialog</name>
    <message>
        <source>New establishment</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <source>Edit establishment</source>
        <translation>Modifier l&apos;établissement</translation>
    </message>
    <message>
        <source>e.g. 0750655E</source>
        <translation>par exemple 0750655E</translation>
    </message>
    <message>
        <source>UAI number</source>
        <translation>Numéro UAI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Circonscription, district or bassin</source>
        <translation>Circonscription, district ou bassin</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>Référent numérique</source>
        <translation>Référent numérique</translation>
    </message>
    <message>
        <source>&amp;UAI:</source>
        <translation>&amp;UAI :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>C&amp;irconscription / district:</source>
        <translation>C&amp;irconscription / district :</translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>&amp;Académie:</source>
        <translation>&amp;Académie :</translation>
    </message>
    <message>
        <source>&amp;Référent numérique:</source>
        <translation>&amp;Référent numérique :</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>Nom de la direction</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Fonction de la direction</translation>
    </message>
    <message>
        <source>&amp;Head (name):</source>
        <translation>Dir&amp;ection (nom) :</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
</context>
<context>
    <name>Paliers::EstablishmentModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Circonscription / district</source>
        <translation>Circonscription / district</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
</context>
<context>
    <name>Paliers::EstablishmentsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Nouvelle é&amp;valuation…</translation>
    </message>
    <message>
        <source>&amp;Open the assessment</source>
        <translation>&amp;Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>Search by name, UAI or commune</source>
        <translation>Rechercher par nom, UAI ou commune</translation>
    </message>
    <message>
        <source>Search establishments</source>
        <translation>Rechercher un établissement</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by circonscription or district</source>
        <translation>Filtrer par circonscription ou district</translation>
    </message>
    <message>
        <source>Filter by département</source>
        <translation>Filtrer par département</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation>Palier global</translation>
    </message>
    <message>
        <source>Paliers per domain</source>
        <translation>Paliers par domaine</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Renseigné</translation>
    </message>
    <message>
        <source>Assessments of the establishment</source>
        <translation>Évaluations de l&apos;établissement</translation>
    </message>
    <message>
        <source>&amp;New establishment…</source>
        <translation>&amp;Nouvel établissement…</translation>
    </message>
    <message>
        <source>All circonscriptions</source>
        <translation>Toutes les circonscriptions</translation>
    </message>
    <message>
        <source>All départements</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>Select an establishment to see its assessments.</source>
        <translation>Sélectionnez un établissement pour voir ses évaluations.</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Direction : %1</translation>
    </message>
    <message>
        <source>Référent numérique: %1</source>
        <translation>Référent numérique : %1</translation>
    </message>
    <message>
        <source>%1 — UAI %2 — %3</source>
        <translation>%1 — UAI %2 — %3</translation>
    </message>
    <message>
        <source>Validated on %1</source>
        <translation>Validée le %1</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Ci&amp;rconscription:</source>
        <translation>Ci&amp;rconscription :</translation>
    </message>
    <message>
        <source>Dé&amp;partement:</source>
        <translation>Dé&amp;partement :</translation>
    </message>
    <message>
        <source>Head: %1, %2</source>
        <translation>Direction : %1, %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>Paliers::EvolutionDialog</name>
    <message>
        <source>Evolution — %1</source>
        <translation>Évolution — %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Paliers year by year (▲ up, ▼ down from the year before):</source>
        <translation>Paliers année par année (▲ en hausse, ▼ en baisse par rapport à l&apos;année précédente) :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Regressions: met before, not any more</source>
        <translation>Régressions : atteints avant, plus maintenant</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translation>Nouvellement atteints</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Autres changements</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Met before, not answered yet</source>
        <translation>Atteint avant, pas encore renseigné</translation>
    </message>
</context>
<context>
    <name>Paliers::ExportActions</name>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Export for the DANE (&amp;JSON)…</source>
        <translation>Exporter pour la DANE (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Export as a &amp;spreadsheet (CSV)…</source>
        <translation>Exporter en &amp;tableur (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation>I&amp;mporter des exports…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paliers exports (*.json)</source>
        <translation>Exports Paliers (*.json)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation>Ouvrez d&apos;abord une évaluation.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Le rapport a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Import exports</source>
        <translation>Importer des exports</translation>
    </message>
    <message>
        <source>Importing the exports…</source>
        <translation>Import des exports…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) imported</source>
        <translation>
            <numerusform>%n export importé</numerusform>
            <numerusform>%n exports importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n déjà présent (ignoré)</numerusform>
            <numerusform>%n déjà présents (ignorés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the exports… %1 of %2</source>
        <translation>Import des exports… %1 sur %2</translation>
    </message>
    <message>
        <source>Prepare the &amp;commission numérique…</source>
        <translation>Préparer la &amp;commission numérique…</translation>
    </message>
    <message>
        <source>A short meeting pack: paliers, progress, action plan, criteria to discuss</source>
        <translation>Un court dossier de réunion : paliers, progrès, plan d&apos;action, critères à discuter</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, digital referent</source>
        <translation>%1, référent numérique</translation>
    </message>
    <message>
        <source>Commission numérique</source>
        <translation>Commission numérique</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>Commission…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Prin&amp;t the report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
</context>
<context>
    <name>Paliers::GridEditor</name>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Criteria of the domain</source>
        <translation>Critères du domaine</translation>
    </message>
    <message>
        <source>Keys 1 to 4 set the answer (met, in progress, not met, not applicable), 0 clears it.</source>
        <translation>Les touches 1 à 4 donnent la réponse (atteint, en cours, non atteint, non concerné), 0 l&apos;efface.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Set the answer to &quot;%1&quot; (key %2)</source>
        <translation>Répondre « %1 » (touche %2)</translation>
    </message>
    <message>
        <source>0 Clear</source>
        <translation>0 Effacer</translation>
    </message>
    <message>
        <source>Remove the answer (key 0)</source>
        <translation>Effacer la réponse (touche 0)</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>What was observed, what is planned…</source>
        <translation>Ce qui a été constaté, ce qui est prévu…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Where the proof is: a document, a link</source>
        <translation>Où se trouve la preuve : un document, un lien</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <source>This database is open read-only: the answers can be read, not changed.</source>
        <translation>Cette base de données est ouverte en lecture seule : les réponses peuvent être lues, pas modifiées.</translation>
    </message>
    <message>
        <source>This assessment was validated on %1 by %2. It is read-only; reopen it (Assessment menu) to change it.</source>
        <translation>Cette évaluation a été validée le %1 par %2. Elle est en lecture seule ; rouvrez-la (menu Évaluation) pour la modifier.</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>un utilisateur non nommé</translation>
    </message>
    <message>
        <source>%1
Palier %2</source>
        <translation>%1
Palier %2</translation>
    </message>
    <message>
        <source>%1, palier %2</source>
        <translation>%1, palier %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 sur %2 atteints</translation>
    </message>
    <message>
        <source>Palier reached: none yet (palier 1 not reached)</source>
        <translation>Palier atteint : aucun pour l&apos;instant (palier 1 non atteint)</translation>
    </message>
    <message>
        <source>Palier reached: %1</source>
        <translation>Palier atteint : %1</translation>
    </message>
    <message>
        <source>The highest palier is reached.</source>
        <translation>Le palier le plus élevé est atteint.</translation>
    </message>
    <message numerus="yes">
        <source>To reach palier %1: %n criterion(s) still to meet (%2).</source>
        <translation>
            <numerusform>Pour atteindre le palier %1 : %n critère reste à atteindre (%2).</numerusform>
            <numerusform>Pour atteindre le palier %1 : %n critères restent à atteindre (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>This change belongs to another assessment and was not applied.</source>
        <translation>Cette modification concerne une autre évaluation et n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Cette base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>This assessment is validated: reopen it to change the answers.</source>
        <translation>Cette évaluation est validée : rouvrez-la pour modifier les réponses.</translation>
    </message>
    <message>
        <source>Try answers without saving them, to see which palier they would give</source>
        <translation>Essayer des réponses sans les enregistrer, pour voir quel palier elles donneraient</translation>
    </message>
    <message>
        <source>Simulated palier: %1 (stored: %2)</source>
        <translation>Palier simulé : %1 (enregistré : %2)</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Simulation: nothing is saved. Overall palier %1.</source>
        <translation>Simulation : rien n&apos;est enregistré. Palier global %1.</translation>
    </message>
    <message>
        <source>No domain changes palier yet.</source>
        <translation>Aucun domaine ne change encore de palier.</translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Changements : %1.</translation>
    </message>
    <message>
        <source>Leave the simulation to get the stored answers back.</source>
        <translation>Quittez la simulation pour retrouver les réponses enregistrées.</translation>
    </message>
    <message>
        <source>Try stages without saving them</source>
        <translation>Essayer des jalons sans les enregistrer</translation>
    </message>
    <message>
        <source>For each axis, choose the jalon whose description fits what the team does today.</source>
        <translation>Pour chaque axe, choisissez le jalon dont la description correspond à ce que fait l&apos;équipe aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Place %1 at jalon %2</source>
        <translation>Positionner %1 au jalon %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>Simulation: nothing is saved. Lowest jalon %1.</source>
        <translation>Simulation : rien n&apos;est enregistré. Jalon le plus bas %1.</translation>
    </message>
    <message>
        <source>No axis changes jalon yet.</source>
        <translation>Aucun axe ne change encore de jalon.</translation>
    </message>
    <message>
        <source>Domain %1 of %2: %3</source>
        <translation>Domaine %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Evi&amp;dence:</source>
        <translation>Pr&amp;euve :</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <comment>palier, counts, description</comment>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Simula&amp;te (what if…)</source>
        <translation>S&amp;imuler (et si…)</translation>
    </message>
    <message>
        <source>This is the last domain.</source>
        <translation>C&apos;est le dernier domaine.</translation>
    </message>
    <message>
        <source>This is the first domain.</source>
        <translation>C&apos;est le premier domaine.</translation>
    </message>
    <message>
        <source>[New] %1</source>
        <translation>[Nouveau] %1</translation>
    </message>
    <message>
        <source>[Changed] %1</source>
        <translation>[Modifié] %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 The académie says: %2</source>
        <translation>%1 L&apos;académie précise : %2</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>Ce qui a changé…</translation>
    </message>
    <message>
        <source>These answers were carried over from the assessment of %1, made with version %2 of the grid, through the correspondence that version %3 gives.</source>
        <translation>Ces réponses ont été reprises de l&apos;évaluation de %1, faite avec la version %2 de la grille, selon la correspondance que donne la version %3.</translation>
    </message>
    <message>
        <source>Not carried over, the criteria having been removed:</source>
        <translation>Non reprises, les critères ayant été retirés :</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>  %1 « %2 »: %3</source>
        <translation>  %1 « %2 » : %3</translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation> (preuve : %1)</translation>
    </message>
    <message>
        <source>  %1 « %2 »</source>
        <translation>  %1 « %2 »</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>New criteria [New], to answer:</source>
        <translation>Critères nouveaux [Nouveau], à renseigner :</translation>
    </message>
    <message>
        <source>Changed criteria [Changed], to check:</source>
        <translation>Critères modifiés [Modifié], à vérifier :</translation>
    </message>
    <message>
        <source>What the new version of the grid changed</source>
        <translation>Ce que la nouvelle version de la grille a changé</translation>
    </message>
    <message>
        <source>Carried over from %1 (grid %2 → %3). To check: %4 [New], %5 [Changed]; not carried: %6.</source>
        <translation>Réponses reprises de %1 (grille %2 → %3). À vérifier : %4 [Nouveau], %5 [Modifié] ; non reprises : %6.</translation>
    </message>
    <message>
        <source>New in version %1: to answer.</source>
        <translation>Nouveau dans la version %1 : à renseigner.</translation>
    </message>
    <message>
        <source>Was %1 in version %2.</source>
        <translation>S&apos;appelait %1 dans la version %2.</translation>
    </message>
    <message>
        <source>Brings together %1 of version %2: check the answer carried over.</source>
        <translation>Réunit %1 de la version %2 : vérifiez la réponse reprise.</translation>
    </message>
    <message>
        <source>Part of %1 of version %2, now split: check the answer carried over.</source>
        <translation>Partie de %1 de la version %2, désormais découpé : vérifiez la réponse reprise.</translation>
    </message>
    <message>
        <source>Moved from grid %1 to %2. To check: %3 [New], %4 [Changed]; not carried: %5.</source>
        <translation>Passée de la grille %1 à la %2. À vérifier : %3 [Nouveau], %4 [Modifié] ; non reprises : %5.</translation>
    </message>
    <message>
        <source>This draft was moved from version %1 of the grid to version %2, its answers carried over through the correspondence that version %2 gives.</source>
        <translation>Ce brouillon est passé de la version %1 de la grille à la version %2, ses réponses reprises selon la correspondance que donne la version %2.</translation>
    </message>
    <message>
        <source>Make these the tar&amp;gets</source>
        <translation>En faire les ci&amp;bles</translation>
    </message>
    <message>
        <source>Every domain the simulation raises gets its simulated palier as target, by next school year</source>
        <translation>Chaque domaine que la simulation fait monter reçoit pour cible son palier simulé, d&apos;ici l&apos;année scolaire suivante</translation>
    </message>
</context>
<context>
    <name>Paliers::IndicatorDialog</name>
    <message>
        <source>Every establishment of the grid</source>
        <translation>Tous les établissements de la grille</translation>
    </message>
    <message>
        <source>Écoles</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <source>A &amp;target of</source>
        <translation>Une ci&amp;ble de</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Pourcentage d&apos;écoles qui…</source>
        <translation>Pourcentage d&apos;écoles qui…</translation>
    </message>
    <message>
        <source>A criterion is met</source>
        <translation>Un critère est atteint</translation>
    </message>
    <message>
        <source>A domain is at the palier or above</source>
        <translation>Un domaine est au palier ou au-dessus</translation>
    </message>
    <message>
        <source>The overall palier is at the palier or above</source>
        <translation>Le palier global est au palier ou au-dessus</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Target&apos;s school year</source>
        <translation>Année scolaire de la cible</translation>
    </message>
    <message>
        <source>Target, in percent</source>
        <translation>Cible, en pourcentage</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grille :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition :</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Porte sur :</translation>
    </message>
    <message>
        <source>&amp;Palier:</source>
        <translation>Pa&amp;lier :</translation>
    </message>
    <message>
        <source>Co&amp;unting:</source>
        <translation>É&amp;tablissements comptés :</translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>Circo&amp;nscription:</source>
        <translation>Circo&amp;nscription :</translation>
    </message>
    <message>
        <source>by &amp;year</source>
        <translation>d&apos;ici l&apos;&amp;année</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Paliers::IndicatorsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>En&amp;registrer dans un fichier…</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>The indicators of the roadmap: the share of the establishments with a validated assessment that meet a condition of the grid, year after year, in brackets the number they rest on, the target last.</source>
        <translation>Les indicateurs de la feuille de route : la part des établissements ayant une évaluation validée qui remplissent une condition de la grille, année après année, entre parenthèses le nombre sur lequel elle repose, la cible en dernier.</translation>
    </message>
    <message>
        <source>Indicators of the roadmap</source>
        <translation>Indicateurs de la feuille de route</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n establishment(s)</source>
        <translation>
            <numerusform>%1 sur %n établissement</numerusform>
            <numerusform>%1 sur %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Remove « %1 »? Its figures are computed from the assessments, which stay.</source>
        <translation>Supprimer « %1 » ? Ses chiffres sont calculés à partir des évaluations, qui restent.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added from %1.</source>
        <translation>
            <numerusform>%n indicateur ajouté depuis %1.</numerusform>
            <numerusform>%n indicateurs ajoutés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a file of indicators</source>
        <translation>Ouvrir un fichier d&apos;indicateurs</translation>
    </message>
    <message>
        <source>Paliers indicators (*.json);;All files (*)</source>
        <translation>Indicateurs Paliers (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the indicators as a file</source>
        <translation>Enregistrer les indicateurs dans un fichier</translation>
    </message>
    <message>
        <source>Paliers indicators (*.json)</source>
        <translation>Indicateurs Paliers (*.json)</translation>
    </message>
    <message>
        <source>Export the indicators&apos; table</source>
        <translation>Exporter le tableau des indicateurs</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Tableurs CSV (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation>E&amp;xemple</translation>
    </message>
    <message>
        <source>Add the indicators of the Aix-Marseille roadmap that match criteria of the grids</source>
        <translation>Ajouter les indicateurs de la feuille de route d&apos;Aix-Marseille qui correspondent à des critères des grilles</translation>
    </message>
    <message>
        <source>No indicator yet. Add one, open a file of indicators, or take the example built from the Aix-Marseille roadmap (« Example »).</source>
        <translation>Aucun indicateur pour l&apos;instant. Ajoutez-en un, ouvrez un fichier d&apos;indicateurs, ou prenez l&apos;exemple tiré de la feuille de route d&apos;Aix-Marseille (« Exemple »).</translation>
    </message>
    <message>
        <source>%1
(roadmap)</source>
        <translation>%1
(feuille de route)</translation>
    </message>
</context>
<context>
    <name>Paliers::MainWindow</name>
    <message>
        <source>Referential</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>&amp;Referential:</source>
        <translation>&amp;Référentiel :</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Paliers</source>
        <translation>À &amp;propos de Paliers</translation>
    </message>
    <message>
        <source>About Paliers</source>
        <translation>À propos de Paliers</translation>
    </message>
    <message>
        <source>Paliers databases (%1);;All files (*)</source>
        <translation>Bases Paliers (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>New &amp;establishment…</source>
        <translation>Nouvel &amp;établissement…</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Nouvelle é&amp;valuation…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Créer une &amp;nouvelle base de données…</translation>
    </message>
    <message>
        <source>Back to the &amp;default database</source>
        <translation>Revenir à la base par &amp;défaut</translation>
    </message>
    <message>
        <source>Open the e&amp;xample</source>
        <translation>Ouvrir l&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Edit the &amp;establishment…</source>
        <translation>Modifier l&apos;&amp;établissement…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Establishments</source>
        <translation>&amp;Établissements</translation>
    </message>
    <message>
        <source>&amp;Referentials…</source>
        <translation>&amp;Référentiels…</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Validate the assessment…</source>
        <translation>&amp;Valider l&apos;évaluation…</translation>
    </message>
    <message>
        <source>&amp;Reopen the assessment…</source>
        <translation>&amp;Rouvrir l&apos;évaluation…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Paliers</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database.</source>
        <translation>Impossible de créer le dossier « %1 » pour la base de données.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>Chaque modification est enregistrée aussitôt</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>The example could not be created: %1</source>
        <translation>L&apos;exemple n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation>Créer une base de données</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Use File → Open a database to open it.</source>
        <translation>« %1 » existe déjà. Utilisez Fichier → Ouvrir une base de données pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>validated on %1</source>
        <translation>validée le %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4 — %5</source>
        <translation>%1 (%2) — %3 — %4 — %5</translation>
    </message>
    <message>
        <source>Validate this assessment? It becomes read-only; it can be reopened later, and the reopening is recorded.</source>
        <translation>Valider cette évaluation ? Elle passera en lecture seule ; elle pourra être rouverte plus tard, et la réouverture sera consignée.</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) have no answer yet.</source>
        <translation>
            <numerusform>%n critère n&apos;a pas encore de réponse.</numerusform>
            <numerusform>%n critères n&apos;ont pas encore de réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate the assessment</source>
        <translation>Valider l&apos;évaluation</translation>
    </message>
    <message>
        <source>The assessment is validated.</source>
        <translation>L&apos;évaluation est validée.</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Rouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>The assessment was validated. Reopening it makes it editable again and is recorded.
Why is it reopened?</source>
        <translation>L&apos;évaluation a été validée. La rouvrir la rend de nouveau modifiable, et c&apos;est consigné.
Pourquoi la rouvrir ?</translation>
    </message>
    <message>
        <source>The assessment is open for changes again.</source>
        <translation>L&apos;évaluation peut de nouveau être modifiée.</translation>
    </message>
    <message>
        <source>Referentials</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language will change the next time Paliers starts.</source>
        <translation>La langue changera au prochain démarrage de Paliers.</translation>
    </message>
    <message>
        <source>&amp;Overview of the schools</source>
        <translation>&amp;Vue d&apos;ensemble des écoles</translation>
    </message>
    <message>
        <source>&amp;Personal data (GDPR)…</source>
        <translation>&amp;Données personnelles (RGPD)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paliers %1&lt;/h3&gt;&lt;p&gt;Fill in the académie&apos;s grid of digital maturity levels (paliers de maturité numérique), see the palier reached in each domain and plan what comes next.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in the database shown in the status bar. What Paliers stores about people, where, and how to delete it: the personal data note (Help → Personal data).&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paliers %1&lt;/h3&gt;&lt;p&gt;Renseigner la grille académique des paliers de maturité numérique, voir le palier atteint dans chaque domaine et préparer la suite.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans la base indiquée dans la barre d&apos;état. Ce que Paliers enregistre sur les personnes, où, et comment l&apos;effacer : la note sur les données personnelles (Aide → Données personnelles).&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Données personnelles…</translation>
    </message>
    <message>
        <source>The privacy note is missing from this build.</source>
        <translation>La note sur les données personnelles manque dans cette version.</translation>
    </message>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Plan d&apos;action</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>undo or redo, then the step it undoes or redoes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be replaced.</source>
        <translation>« %1 » n&apos;a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Paliers &amp;help</source>
        <translation>&amp;Aide de Paliers</translation>
    </message>
    <message>
        <source>The help page is missing from this build.</source>
        <translation>La page d&apos;aide manque dans cette version.</translation>
    </message>
    <message>
        <source>Paliers help</source>
        <translation>Aide de Paliers</translation>
    </message>
    <message>
        <source>e.g. Mme Durand, directrice</source>
        <translation>par exemple : Mme Durand, directrice</translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation>Validée &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Add a &amp;grid…</source>
        <translation>Ajouter une &amp;grille…</translation>
    </message>
    <message numerus="yes">
        <source>%n added grid(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n grille ajoutée n&apos;a pas pu être lue et a été laissée de côté : %1</numerusform>
            <numerusform>%n grilles ajoutées n&apos;ont pas pu être lues et ont été laissées de côté : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation>Ajouter une grille</translation>
    </message>
    <message>
        <source>Paliers referentials (*.json);;All files (*)</source>
        <translation>Référentiels Paliers (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Version %1 of the grid « %2 » was already there; nothing changed.</source>
        <translation>La version %1 de la grille « %2 » était déjà là ; rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Grid « %1 », version %2, added (%n criteria): new assessments are offered it.</source>
        <translation>
            <numerusform>Grille « %1 », version %2, ajoutée (%n critère) : les nouvelles évaluations la proposent.</numerusform>
            <numerusform>Grille « %1 », version %2, ajoutée (%n critères) : les nouvelles évaluations la proposent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to another version of the grid</source>
        <translation>Passer à une autre version de la grille</translation>
    </message>
    <message>
        <source>This draft follows version %1 of the grid. Move it to version %2?

Its answers, comments and evidence are carried over as version %2 says; what it cannot carry is listed afterwards (« What changed… »). The move is in the history and Edit → Undo takes it back.</source>
        <translation>Ce brouillon suit la version %1 de la grille. Le passer à la version %2 ?

Ses réponses, commentaires et preuves sont repris comme le dit la version %2 ; ce qui ne peut pas l&apos;être est ensuite listé (« Ce qui a changé… »). Le changement figure dans l&apos;historique et Édition → Annuler le défait.</translation>
    </message>
    <message>
        <source>Move to version %1 of the &amp;grid…</source>
        <translation>Passer à la version %1 de la &amp;grille…</translation>
    </message>
    <message>
        <source>Move to the latest version of the &amp;grid…</source>
        <translation>Passer à la dernière version de la &amp;grille…</translation>
    </message>
    <message>
        <source>Import the &amp;register of schools…</source>
        <translation>Importer l&apos;&amp;annuaire des écoles…</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>Import the register of schools</source>
        <translation>Importer l&apos;annuaire des écoles</translation>
    </message>
    <message>
        <source>Annuaire de l&apos;éducation (*.csv);;All files (*)</source>
        <translation>Annuaire de l&apos;éducation (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Targets saved.</source>
        <translation>Cibles enregistrées.</translation>
    </message>
    <message>
        <source>The simulation reaches no palier above those stored: the targets are unchanged.</source>
        <translation>La simulation n&apos;atteint aucun palier au-dessus de ceux enregistrés : les cibles restent les mêmes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Targets set from the simulation: %1</source>
        <translation>Cibles fixées d&apos;après la simulation : %1</translation>
    </message>
    <message>
        <source>&amp;Indicators of the roadmap</source>
        <translation>&amp;Indicateurs de la feuille de route</translation>
    </message>
    <message>
        <source>Import the académie&apos;s repères</source>
        <translation>Importer les repères de l&apos;académie</translation>
    </message>
    <message>
        <source>Paliers repères (*.json);;All files (*)</source>
        <translation>Repères Paliers (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n school(s)</source>
        <translation>
            <numerusform>%1, %2 : %n établissement</numerusform>
            <numerusform>%1, %2 : %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Repères imported</source>
        <translation>Repères importés</translation>
    </message>
    <message>
        <source>The académie&apos;s repères are kept in this database (%1). The Summary and the report of each assessment of these grids now show where it stands beside the académie&apos;s median.

%2</source>
        <translation>Les repères de l&apos;académie sont conservés dans cette base (%1). La synthèse et le rapport de chaque évaluation de ces grilles montrent désormais où elle se situe à côté de la médiane académique.

%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Import t&amp;he académie&apos;s repères…</source>
        <translation>Importer les &amp;repères de l&apos;académie…</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Paliers opens one database at a time, and opened &quot;%2&quot;.</source>
        <translation>« %1 » : Paliers ouvre une base à la fois, et a ouvert « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: open it from View → Indicators of the roadmap, « Open… ».</source>
        <translation>« %1 » est %2 : ouvrez-le depuis Affichage → Indicateurs de la feuille de route, « Ouvrir un fichier… ».</translation>
    </message>
    <message>
        <source>Files not opened</source>
        <translation>Fichiers non ouverts</translation>
    </message>
    <message>
        <source>Paliers opens its databases and imports its exports; it did not open:</source>
        <translation>Paliers ouvre ses bases et importe ses exports ; il n&apos;a pas ouvert :</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import, but the database open cannot be written: open a database of your own, then import them with File → Import exports.</source>
        <translation>
            <numerusform>%n fichier à importer, mais la base ouverte ne peut pas être modifiée : ouvrez une base à vous, puis importez-le par Fichier → Importer des exports.</numerusform>
            <numerusform>%n fichiers à importer, mais la base ouverte ne peut pas être modifiée : ouvrez une base à vous, puis importez-les par Fichier → Importer des exports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Import %n export(s) into the database &quot;%1&quot;?</source>
        <translation>
            <numerusform>Importer %n export dans la base « %1 » ?</numerusform>
            <numerusform>Importer %n exports dans la base « %1 » ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paliers::NewAssessmentDialog</name>
    <message>
        <source>New assessment — %1</source>
        <translation>Nouvelle évaluation — %1</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Renseignée par</translation>
    </message>
    <message>
        <source>IEN</source>
        <translation>IEN</translation>
    </message>
    <message>
        <source>référent numérique</source>
        <translation>référent numérique</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grille :</translation>
    </message>
    <message>
        <source>&amp;School year:</source>
        <translation>&amp;Année scolaire :</translation>
    </message>
    <message>
        <source>&amp;Filled in by:</source>
        <translation>&amp;Renseignée par :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>No grid fits this kind of establishment.</source>
        <translation>Aucune grille ne correspond à ce type d&apos;établissement.</translation>
    </message>
    <message>
        <source>This establishment already has an assessment of this grid for %1.</source>
        <translation>Cet établissement a déjà une évaluation de cette grille pour %1.</translation>
    </message>
    <message>
        <source>Start from the answers of %1</source>
        <translation>Partir des réponses de %1</translation>
    </message>
    <message>
        <source>Start from an earlier year&apos;s answers (there is none)</source>
        <translation>Partir des réponses d&apos;une année précédente (il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>Start from the answers of %1 (grid %2)</source>
        <translation>Partir des réponses de %1 (grille %2)</translation>
    </message>
</context>
<context>
    <name>Paliers::OverviewModel</name>
    <message>
        <source>%1: palier 1 not reached</source>
        <translation>%1 : palier 1 non atteint</translation>
    </message>
    <message>
        <source>%1: palier %2</source>
        <translation>%1 : palier %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation>Circonscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Complétion</translation>
    </message>
    <message>
        <source>The palier reached in every domain: the lowest of them</source>
        <translation>Le palier atteint dans tous les domaines : le plus bas d&apos;entre eux</translation>
    </message>
</context>
<context>
    <name>Paliers::OverviewPage</name>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>Toutes les grilles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Circonscription or district</source>
        <translation>Circonscription ou district</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search a name, a UAI, a commune…</source>
        <translation>Rechercher un nom, un UAI, une commune…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Establishments and their paliers</source>
        <translation>Établissements et leurs paliers</translation>
    </message>
    <message>
        <source>Establishments per palier, by domain</source>
        <translation>Établissements par palier, par domaine</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier</source>
        <translation>Critères le plus souvent manquants pour le palier suivant</translation>
    </message>
    <message>
        <source>Consolidation PDF…</source>
        <translation>Consolidation PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Evolution of the school…</source>
        <translation>Évolution de l&apos;école…</translation>
    </message>
    <message>
        <source>Criteria most often missing for the next palier (what to train or fund first):</source>
        <translation>Critères le plus souvent manquants pour le palier suivant (ce qu&apos;il faut former ou financer d&apos;abord) :</translation>
    </message>
    <message>
        <source>All circonscriptions</source>
        <translation>Toutes les circonscriptions</translation>
    </message>
    <message>
        <source>All départements</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Export the consolidation</source>
        <translation>Exporter la consolidation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Establishments per palier, by domain:</source>
        <translation>Établissements par palier, par domaine :</translation>
    </message>
    <message>
        <source>The paliers of the selected school, year after year</source>
        <translation>Les paliers de l&apos;école sélectionnée, année après année</translation>
    </message>
    <message>
        <source>Select a school in the table first.</source>
        <translation>Sélectionnez d&apos;abord une école dans le tableau.</translation>
    </message>
    <message>
        <source>No assessment is shown: nothing to export.</source>
        <translation>Aucune évaluation affichée : rien à exporter.</translation>
    </message>
    <message>
        <source>The consolidated report of the assessments shown, as a PDF document</source>
        <translation>Le rapport consolidé des évaluations affichées, en document PDF</translation>
    </message>
    <message>
        <source>The assessments shown, as a spreadsheet (CSV)</source>
        <translation>Les évaluations affichées, en tableur (CSV)</translation>
    </message>
    <message>
        <source>No assessment in this database yet.</source>
        <translation>Aucune évaluation dans cette base pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessment(s) of %2 shown</source>
        <translation>
            <numerusform>%1 sur %n évaluation de %2 affichée</numerusform>
            <numerusform>%1 sur %n évaluations de %2 affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grille :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Ci&amp;rconscription:</source>
        <translation>Ci&amp;rconscription :</translation>
    </message>
    <message>
        <source>Dé&amp;partement:</source>
        <translation>Dé&amp;partement :</translation>
    </message>
    <message>
        <source>These assessments follow versions %1 of the grid: the domains are matched by their identifier.</source>
        <translation>Ces évaluations suivent les versions %1 de la grille : les domaines sont rapprochés par leur identifiant.</translation>
    </message>
    <message>
        <source>Where the validated assessments shown stand, as an anonymous file the schools import to stand beside the académie</source>
        <translation>Où se situent les évaluations validées affichées, en un fichier anonyme que les écoles importent pour se situer à côté de l&apos;académie</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Write the repères of the académie</source>
        <translation>Écrire les repères de l&apos;académie</translation>
    </message>
    <message>
        <source>Paliers repères (*.json)</source>
        <translation>Repères Paliers (*.json)</translation>
    </message>
    <message>
        <source>Repères written to %1: counts only, no school named. Each school imports them with File → Import the académie&apos;s repères….</source>
        <translation>Repères écrits dans %1 : des effectifs seulement, aucune école nommée. Chaque école les importe par Fichier → Importer les repères de l&apos;académie….</translation>
    </message>
    <message>
        <source>R&amp;epères…</source>
        <translation>R&amp;epères…</translation>
    </message>
    <message>
        <source>Reading the assessments…</source>
        <translation>Lecture des évaluations…</translation>
    </message>
    <message>
        <source>Reading the assessments of %1…</source>
        <translation>Lecture des évaluations de %1…</translation>
    </message>
    <message>
        <source>Reading the assessments of %1: the first ones are shown…</source>
        <translation>Lecture des évaluations de %1 : les premières sont affichées…</translation>
    </message>
</context>
<context>
    <name>Paliers::ReferentialView</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Criteria of the referential</source>
        <translation>Critères du référentiel</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Paliers::RegisterImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Import the register of schools</source>
        <translation>Importer l&apos;annuaire des écoles</translation>
    </message>
    <message>
        <source>Every académie</source>
        <translation>Toutes les académies</translation>
    </message>
    <message>
        <source>Every département</source>
        <translation>Tous les départements</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) read.</source>
        <translation>
            <numerusform>%1 (%2) : %n ligne lue.</numerusform>
            <numerusform>%1 (%2) : %n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Académie:</source>
        <translation>A&amp;cadémie :</translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>&amp;Refused rows</source>
        <translation>Lignes &amp;refusées</translation>
    </message>
    <message>
        <source>Establishments are matched by their UAI. The head, the référent and every assessment are left as they are; an establishment closed in the register is marked closed, never deleted.</source>
        <translation>Les établissements sont reconnus par leur UAI. La direction, le référent et toutes les évaluations restent tels quels ; un établissement fermé dans l&apos;annuaire est marqué fermé, jamais supprimé.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>To create: %1 · to update: %2 · unchanged: %3 · not chosen: %4 · rows refused: %5</source>
        <translation>À créer : %1 · à mettre à jour : %2 · inchangés : %3 · non retenus : %4 · lignes refusées : %5</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) closed in the register: marked closed, not deleted.</source>
        <translation>
            <numerusform>%n établissement fermé dans l&apos;annuaire : marqué fermé, non supprimé.</numerusform>
            <numerusform>%n établissements fermés dans l&apos;annuaire : marqués fermés, non supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import creates and changes</source>
        <translation>Ce que l&apos;importation crée et modifie</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>création</translation>
    </message>
</context>
<context>
    <name>Paliers::RubricEditor</name>
    <message>
        <source>Chosen</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Mark this axis as not placed yet</source>
        <translation>Marquer cet axe comme pas encore positionné</translation>
    </message>
    <message>
        <source>%1: not placed yet</source>
        <translation>%1 : pas encore positionné</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore positionné</translation>
    </message>
    <message>
        <source>Placed at jalon %1</source>
        <translation>Positionné au jalon %1</translation>
    </message>
</context>
<context>
    <name>Paliers::SummaryView</name>
    <message>
        <source>Completion of the assessment</source>
        <translation>Avancement de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Palier per domain</source>
        <translation>Palier par domaine</translation>
    </message>
    <message>
        <source>Radar chart of the paliers per domain</source>
        <translation>Graphique radar des paliers par domaine</translation>
    </message>
    <message>
        <source>Bar chart of the answers per domain</source>
        <translation>Histogramme des réponses par domaine</translation>
    </message>
    <message>
        <source>Overall palier: none yet (palier 1 is not reached in every domain)</source>
        <translation>Palier global : aucun pour l&apos;instant (le palier 1 n&apos;est pas atteint dans tous les domaines)</translation>
    </message>
    <message>
        <source>Overall palier: %1 (reached in every domain)</source>
        <translation>Palier global : %1 (atteint dans tous les domaines)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>%1: met / applicable</source>
        <translation>%1 : atteints / applicables</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Lowest jalon: none yet (not every axis is placed)</source>
        <translation>Jalon le plus bas : aucun pour l&apos;instant (au moins un axe n&apos;est pas encore positionné)</translation>
    </message>
    <message>
        <source>Lowest jalon: %1</source>
        <translation>Jalon le plus bas : %1</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Jalon reached</source>
        <translation>Jalon atteint</translation>
    </message>
    <message>
        <source>Jalon per axis</source>
        <translation>Jalon par axe</translation>
    </message>
    <message>
        <source>Bar chart of the jalon per axis</source>
        <translation>Diagramme en barres du jalon par axe</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria newly met</source>
        <translation>
            <numerusform>%n critère nouvellement atteint</numerusform>
            <numerusform>%n critères nouvellement atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer met (%1)</source>
        <translation>
            <numerusform>%n n&apos;est plus atteint (%1)</numerusform>
            <numerusform>%n ne sont plus atteints (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) done</source>
        <translation>
            <numerusform>%n action réalisée</numerusform>
            <numerusform>%n actions réalisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2.</source>
        <translation>Depuis %1 : %2.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>First assessment of this grid here: no progress to show yet.</source>
        <translation>Première évaluation de cette grille ici : pas encore de progrès à montrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n met last time and not answered yet</source>
        <translation>
            <numerusform>%n atteint la dernière fois et pas encore renseigné</numerusform>
            <numerusform>%n atteints la dernière fois et pas encore renseignés</numerusform>
        </translation>
    </message>
    <message>
        <source>— not placed yet</source>
        <translation>— pas encore positionné</translation>
    </message>
    <message>
        <source>Progress since the previous assessment</source>
        <translation>Progrès depuis l&apos;évaluation précédente</translation>
    </message>
    <message>
        <source>%1 → %2 ▲</source>
        <translation>%1 → %2 ▲</translation>
    </message>
    <message>
        <source>up from %1 to %2</source>
        <translation>en hausse de %1 à %2</translation>
    </message>
    <message>
        <source>%1 → %2 ▼</source>
        <translation>%1 → %2 ▼</translation>
    </message>
    <message>
        <source>down from %1 to %2</source>
        <translation>en baisse de %1 à %2</translation>
    </message>
    <message>
        <source>%1 =</source>
        <translation>%1 =</translation>
    </message>
    <message>
        <source>unchanged at %1</source>
        <translation>inchangé à %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Lowest jalon</source>
        <translation>Jalon le plus bas</translation>
    </message>
    <message>
        <source>Overall palier</source>
        <translation>Palier global</translation>
    </message>
    <message>
        <source>%1: jalon %2</source>
        <translation>%1 : jalon %2</translation>
    </message>
    <message>
        <source>%1: palier %2</source>
        <translation>%1 : palier %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 applicable criteria met</source>
        <translation>
            <numerusform>%1 : %n critère atteint sur %2</numerusform>
            <numerusform>%1 : %n critères atteints sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers per domain</source>
        <translation>Réponses par domaine</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 axes placed</source>
        <translation>
            <numerusform>%n axe positionné sur %1</numerusform>
            <numerusform>%n axes positionnés sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 criteria answered</source>
        <translation>
            <numerusform>%n critère renseigné sur %1</numerusform>
            <numerusform>%n critères renseignés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Cibles…</translation>
    </message>
    <message>
        <source>Set the palier to reach in each domain, and by when</source>
        <translation>Fixer le palier à atteindre dans chaque domaine, et pour quand</translation>
    </message>
    <message>
        <source>No target yet: « Targets… » sets where the school aims in each domain.</source>
        <translation>Pas encore de cible : « Cibles… » fixe où l&apos;établissement vise dans chaque domaine.</translation>
    </message>
    <message numerus="yes">
        <source>Beside the académie: the median of %n school(s) in %1 (%2).</source>
        <translation>
            <numerusform>À côté de l&apos;académie : la médiane de %n établissement en %1 (%2).</numerusform>
            <numerusform>À côté de l&apos;académie : la médiane de %n établissements en %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
</context>
<context>
    <name>Paliers::TargetsDialog</name>
    <message>
        <source>Targets of the school</source>
        <translation>Cibles de l&apos;établissement</translation>
    </message>
    <message>
        <source>For each axis, the jalon to reach and the school year by which. The targets follow the school to next year&apos;s assessment.</source>
        <translation>Pour chaque axe, le jalon à atteindre et l&apos;année scolaire d&apos;ici laquelle l&apos;atteindre. Les cibles suivent l&apos;établissement dans l&apos;évaluation de l&apos;année suivante.</translation>
    </message>
    <message>
        <source>For each domain, the palier to reach and the school year by which. The targets follow the school to next year&apos;s assessment.</source>
        <translation>Pour chaque domaine, le palier à atteindre et l&apos;année scolaire d&apos;ici laquelle l&apos;atteindre. Les cibles suivent l&apos;établissement dans l&apos;évaluation de l&apos;année suivante.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas de cible</translation>
    </message>
    <message>
        <source>Jalon %1</source>
        <translation>Jalon %1</translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Year by which, %1</source>
        <translation>Année visée : %1</translation>
    </message>
    <message>
        <source>by</source>
        <translation>d&apos;ici</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>now jalon %1</source>
        <translation>aujourd&apos;hui jalon %1</translation>
    </message>
    <message>
        <source>now palier %1</source>
        <translation>aujourd&apos;hui palier %1</translation>
    </message>
</context>
<context>
    <name>Paliers::WelcomePage</name>
    <message>
        <source>&amp;Create the first establishment…</source>
        <translation>&amp;Créer le premier établissement…</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>Ouvrir l&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Créer une &amp;nouvelle base de données…</translation>
    </message>
    <message>
        <source>Welcome to Paliers</source>
        <translation>Bienvenue dans Paliers</translation>
    </message>
    <message>
        <source>Paliers helps a school fill in the académie&apos;s grid of digital maturity levels (paliers de maturité numérique), shows the palier reached in each domain and what to do next, and exports the report for the DANE.

Everything stays on this computer, in a local database. There is nothing to configure and every change is saved as you make it.

Start with your establishment, or look around the example first: it is stored apart from your own data.</source>
        <translation>Paliers aide une école ou un établissement à renseigner la grille académique des paliers de maturité numérique, montre le palier atteint dans chaque domaine et ce qu&apos;il reste à faire, et exporte le rapport destiné à la DANE.

Tout reste sur cet ordinateur, dans une base de données locale. Il n&apos;y a rien à configurer et chaque modification est enregistrée au moment où vous la faites.

Commencez par votre établissement, ou découvrez d&apos;abord l&apos;exemple : il est conservé à part de vos propres données.</translation>
    </message>
</context>
<context>
    <name>PaliersCharts</name>
    <message>
        <source>Palier reached per domain</source>
        <translation>Palier atteint par domaine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Answers per domain</source>
        <translation>Réponses par domaine</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Palier 1 not reached</source>
        <translation>Palier 1 non atteint</translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <source>Establishments per palier, by domain</source>
        <translation>Établissements par palier, par domaine</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Jalons per axis</source>
        <translation>Jalons par axe</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore positionné</translation>
    </message>
    <message>
        <source>Establishments per jalon, by axis</source>
        <translation>Établissements par jalon, axe par axe</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a domain&apos;s code and title</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the domains of a key</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message numerus="yes">
        <source>Académie&apos;s median (%1, %n school(s))</source>
        <translation>
            <numerusform>Médiane académique (%1, %n établissement)</numerusform>
            <numerusform>Médiane académique (%1, %n établissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Palier reached</source>
        <translation>Palier atteint</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <comment>a disk drive</comment>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>Referential</name>
    <message>
        <source>Secondary schools (collèges, lycées)</source>
        <translation>Établissements (collèges, lycées)</translation>
    </message>
    <message>
        <source>Primary schools (écoles)</source>
        <translation>Écoles</translation>
    </message>
</context>
<context>
    <name>ReferentialCatalog</name>
    <message>
        <source>Version %1 of the referential &quot;%2&quot; is already loaded.</source>
        <translation>La version %1 du référentiel « %2 » est déjà chargée.</translation>
    </message>
</context>
<context>
    <name>ReferentialInstaller</name>
    <message>
        <source>%1: Paliers already has version %2 of the grid &quot;%3&quot;, with other content. A grid that changes takes a new version number.</source>
        <translation>%1 : Paliers a déjà la version %2 de la grille « %3 », avec un autre contenu. Une grille qui change prend un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; where added grids are kept.</source>
        <translation>Impossible de créer le dossier « %1 » où sont conservées les grilles ajoutées.</translation>
    </message>
    <message>
        <source>%1: the file &quot;%2&quot; of another grid is in the way; Paliers leaves it as it is.</source>
        <translation>%1 : le fichier « %2 » d&apos;une autre grille est déjà là ; Paliers n&apos;y touche pas.</translation>
    </message>
</context>
<context>
    <name>ReferentialLoader</name>
    <message>
        <source>this is not a Paliers referential (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>ce n&apos;est pas un référentiel Paliers (format « %1 », « %2 » attendu)</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this version of Paliers reads version %2)</source>
        <translation>la version de format %1 n&apos;est pas prise en charge (cette version de Paliers lit la version %2)</translation>
    </message>
    <message>
        <source>unknown audience &quot;%1&quot; (expected &quot;etablissement&quot; or &quot;ecole&quot;)</source>
        <translation>public « %1 » inconnu (« etablissement » ou « ecole » attendu)</translation>
    </message>
    <message>
        <source>the kind of referential &quot;%1&quot; is not supported by this version of Paliers</source>
        <translation>le type de référentiel « %1 » n&apos;est pas pris en charge par cette version de Paliers</translation>
    </message>
    <message>
        <source>the threshold must be greater than 0 and at most 1 (found %1)</source>
        <translation>le seuil doit être supérieur à 0 et au plus égal à 1 (valeur trouvée : %1)</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (expected &quot;all&quot; or &quot;threshold&quot;)</source>
        <translation>règle « %1 » inconnue (« all » ou « threshold » attendu)</translation>
    </message>
    <message>
        <source>the referential defines no level</source>
        <translation>le référentiel ne définit aucun palier</translation>
    </message>
    <message>
        <source>level %1 found where level %2 was expected (levels are numbered 1, 2, 3... in order)</source>
        <translation>palier %1 trouvé là où le palier %2 était attendu (les paliers sont numérotés 1, 2, 3… dans l&apos;ordre)</translation>
    </message>
    <message>
        <source>the referential defines no domain</source>
        <translation>le référentiel ne définit aucun domaine</translation>
    </message>
    <message>
        <source>the domain id &quot;%1&quot; is used twice</source>
        <translation>l&apos;identifiant de domaine « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>the criterion id &quot;%1&quot; is used twice</source>
        <translation>l&apos;identifiant de critère « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; does not exist in this referential</source>
        <translation>le domaine « %1 » n&apos;existe pas dans ce référentiel</translation>
    </message>
    <message>
        <source>level %1 does not exist in this referential (it has levels 1 to %2)</source>
        <translation>le palier %1 n&apos;existe pas dans ce référentiel (il a les paliers 1 à %2)</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no criterion</source>
        <translation>le domaine « %1 » n&apos;a aucun critère</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64 characters)</source>
        <translation>« %1 » n&apos;est pas un identifiant valide (lettres, chiffres, « . », « _ » et « - », 64 caractères au plus)</translation>
    </message>
    <message>
        <source>Cannot read the referential file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de référentiel « %1 » : %2</translation>
    </message>
    <message>
        <source>The referential file &quot;%1&quot; is too large (%2 bytes; at most %3 are accepted).</source>
        <translation>Le fichier de référentiel « %1 » est trop volumineux (%2 octets ; %3 au plus sont acceptés).</translation>
    </message>
    <message>
        <source>the referential has no criterion</source>
        <translation>le référentiel n&apos;a aucun critère</translation>
    </message>
    <message>
        <source>%1 criteria: a referential has at most %2</source>
        <translation>%1 critères : un référentiel en a au plus %2</translation>
    </message>
    <message>
        <source>%1 domains: a referential has at most %2</source>
        <translation>%1 domaines : un référentiel en a au plus %2</translation>
    </message>
    <message>
        <source>the axis &quot;%1&quot; has no cell at stage %2; a rubric has exactly one per stage</source>
        <translation>l&apos;axe « %1 » n&apos;a pas de case au jalon %2 ; une grille de jalons en a exactement une par jalon</translation>
    </message>
    <message>
        <source>the axis &quot;%1&quot; has %2 cells at stage %3; a rubric has exactly one per stage</source>
        <translation>l&apos;axe « %1 » a %2 cases au jalon %3 ; une grille de jalons en a exactement une par jalon</translation>
    </message>
    <message>
        <source>a version cannot supersede itself (&quot;%1&quot;)</source>
        <translation>une version ne peut pas remplacer elle-même (« %1 »)</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is superseded twice</source>
        <translation>la version « %1 » est remplacée deux fois</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; of version %2 is mapped twice</source>
        <translation>le critère « %1 » de la version %2 est mis en correspondance deux fois</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is listed as added but an older criterion maps onto it</source>
        <translation>le critère « %1 » est donné comme ajouté, mais un critère de l&apos;ancienne version y correspond</translation>
    </message>
    <message>
        <source>a criterion id (text) is expected</source>
        <translation>un identifiant de critère (texte) est attendu</translation>
    </message>
    <message>
        <source>this version has no criterion &quot;%1&quot;</source>
        <translation>cette version n&apos;a pas de critère « %1 »</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is listed twice</source>
        <translation>le critère « %1 » est donné deux fois</translation>
    </message>
    <message>
        <source>the referential defines %1 levels; at most %2 are allowed</source>
        <translation>le référentiel définit %1 niveaux ; %2 au plus sont admis</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Reading the register %1…</source>
        <translation>Lecture de l&apos;annuaire %1…</translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation>Importer l&apos;annuaire</translation>
    </message>
    <message>
        <source>Importing the register…</source>
        <translation>Importation de l&apos;annuaire…</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) created</source>
        <translation>
            <numerusform>%n établissement créé</numerusform>
            <numerusform>%n établissements créés</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file refused (listed in the review).</source>
        <translation>
            <numerusform>%n ligne du fichier refusée (voir la liste avant l&apos;importation).</numerusform>
            <numerusform>%n lignes du fichier refusées (voir la liste avant l&apos;importation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Écoles (every kind)</source>
        <translation>Écoles (tous types)</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>Public et privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
</context>
<context>
    <name>RegisterPlanner</name>
    <message>
        <source>not from the register</source>
        <translation>hors annuaire</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>à fermer</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>the UAI %1 is already on line %2</source>
        <translation>l&apos;UAI %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long (at most %2 characters)</source>
        <translation>« %1… » est trop long (%2 caractères au plus)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation>Circonscription</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Bassin</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Code of the département</source>
        <translation>Code du département</translation>
    </message>
    <message>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Éducation prioritaire</source>
        <translation>Éducation prioritaire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Paliers de maturité numérique %1: your school&apos;s grid</source>
        <translation>Paliers de maturité numérique %1 : la grille de votre établissement</translation>
    </message>
    <message>
        <source>Dear colleague,

As part of the %1 campaign of the « paliers de maturité numérique », your school&apos;s grid has not reached us yet, or has not been validated. Could you complete it with Paliers, validate it and send us its export (the JSON file) or its PDF report?

Thank you for your help.
</source>
        <translation>Madame, Monsieur,

Dans le cadre de la campagne %1 des paliers de maturité numérique, la grille de votre établissement ne nous est pas encore parvenue, ou n&apos;a pas encore été validée. Pourriez-vous la compléter avec Paliers, la valider et nous envoyer son export (le fichier JSON) ou son rapport PDF ?

Merci de votre aide.
</translation>
    </message>
</context>
<context>
    <name>Reperes</name>
    <message>
        <source>Only %1 validated assessment(s) of &quot;%2&quot; for %3: repères are written for at least %4 schools, so that no school can be recognised in them.</source>
        <translation>Seulement %1 évaluation(s) validée(s) de « %2 » pour %3 : les repères s&apos;écrivent pour %4 écoles au moins, afin qu&apos;aucune école n&apos;y soit reconnaissable.</translation>
    </message>
    <message>
        <source>above the académie&apos;s median (%1)</source>
        <translation>au-dessus de la médiane académique (%1)</translation>
    </message>
    <message>
        <source>below the académie&apos;s median (%1)</source>
        <translation>en dessous de la médiane académique (%1)</translation>
    </message>
    <message>
        <source>at the académie&apos;s median (%1)</source>
        <translation>à la médiane académique (%1)</translation>
    </message>
    <message>
        <source>above (median %1)</source>
        <translation>au-dessus (médiane %1)</translation>
    </message>
    <message>
        <source>below (median %1)</source>
        <translation>en dessous (médiane %1)</translation>
    </message>
    <message>
        <source>at the median (%1)</source>
        <translation>à la médiane (%1)</translation>
    </message>
</context>
<context>
    <name>ReperesFile</name>
    <message>
        <source>a text is too long</source>
        <translation>un texte est trop long</translation>
    </message>
    <message>
        <source>%1 schools: repères count from %2 to %3 schools</source>
        <translation>%1 écoles : des repères comptent de %2 à %3 écoles</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is given twice</source>
        <translation>le domaine « %1 » figure deux fois</translation>
    </message>
    <message>
        <source>one count per palier is expected, from palier 0</source>
        <translation>un effectif par palier est attendu, à partir du palier 0</translation>
    </message>
    <message>
        <source>a count is a whole number from 0</source>
        <translation>un effectif est un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>the counts add up to %1, more than the %2 schools</source>
        <translation>les effectifs font %1, plus que les %2 écoles</translation>
    </message>
    <message>
        <source>the median is not that of the counts (%1)</source>
        <translation>la médiane n&apos;est pas celle des effectifs (%1)</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is given twice</source>
        <translation>le critère « %1 » figure deux fois</translation>
    </message>
    <message>
        <source>%1 met out of %2 applicable, for %3 schools: the counts do not hold together</source>
        <translation>%1 atteint(s) sur %2 concerné(s), pour %3 écoles : les effectifs ne concordent pas</translation>
    </message>
    <message>
        <source>%1: the file is too large for repères (at most %2 MB).</source>
        <translation>%1 : le fichier est trop gros pour des repères (au plus %2 Mo).</translation>
    </message>
    <message>
        <source>%1: this is not a file of repères written by Paliers.</source>
        <translation>%1 : ce n&apos;est pas un fichier de repères écrit par Paliers.</translation>
    </message>
    <message>
        <source>%1: these repères were written by a newer Paliers (format version %2). Update Paliers to read them.</source>
        <translation>%1 : ces repères ont été écrits par un Paliers plus récent (version de format %2). Mettez Paliers à jour pour les lire.</translation>
    </message>
    <message>
        <source>%1: unknown format version %2.</source>
        <translation>%1 : version de format inconnue (%2).</translation>
    </message>
    <message>
        <source>%1: the file was changed after it was written (its SHA-256 checksum does not match). Ask the DANE for the file again.</source>
        <translation>%1 : le fichier a été modifié après son écriture (son empreinte SHA-256 ne correspond plus). Redemandez le fichier à la DANE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>the file holds no repères</source>
        <translation>le fichier ne contient aucun repère</translation>
    </message>
    <message>
        <source>the grid &quot;%1&quot; and the year %2 are given twice</source>
        <translation>la grille « %1 » et l&apos;année %2 figurent deux fois</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Digital maturity paliers — %1 (%2) — %3</source>
        <translation>Paliers de maturité numérique — %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Paliers %1 · export %2 · %3</source>
        <translation>Paliers %1 · export %2 · %3</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Digital maturity paliers</source>
        <translation>Paliers de maturité numérique</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>Validated on %1</source>
        <translation>Validé le %1</translation>
    </message>
    <message>
        <source>Validated on %1 by %2</source>
        <translation>Validé le %1 par %2</translation>
    </message>
    <message>
        <source>Draft — working document, not validated</source>
        <translation>Brouillon — document de travail, non validé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation>Circonscription</translation>
    </message>
    <message>
        <source>District or bassin</source>
        <translation>District ou bassin</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directrice ou directeur</translation>
    </message>
    <message>
        <source>Head of establishment</source>
        <translation>Chef d&apos;établissement</translation>
    </message>
    <message>
        <source>Digital referent</source>
        <translation>Référent numérique</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Referential</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version %3)</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Renseigné par</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paliers reached</source>
        <translation>Paliers atteints</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Palier reached</source>
        <translation>Palier atteint</translation>
    </message>
    <message>
        <source>%1
met / applicable</source>
        <translation>%1
atteints / applicables</translation>
    </message>
    <message>
        <source>Overall palier (the lowest of the domains)</source>
        <translation>Palier global (le plus bas des domaines)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Palier 1 not reached</source>
        <translation>Palier 1 non atteint</translation>
    </message>
    <message>
        <source>Palier %1 reached</source>
        <translation>Palier %1 atteint</translation>
    </message>
    <message numerus="yes">
        <source>To reach palier %1: %n criterion/criteria still to meet (%2).</source>
        <translation>
            <numerusform>Pour atteindre le palier %1 : %n critère reste à atteindre (%2).</numerusform>
            <numerusform>Pour atteindre le palier %1 : %n critères restent à atteindre (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The highest palier is reached in this domain.</source>
        <translation>Le palier le plus élevé est atteint dans ce domaine.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve : %1</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Pour progresser</translation>
    </message>
    <message>
        <source>For each domain, the criteria of the next palier that are not met yet.</source>
        <translation>Pour chaque domaine, les critères du palier suivant qui ne sont pas encore atteints.</translation>
    </message>
    <message>
        <source>The highest palier is reached.</source>
        <translation>Le palier le plus élevé est atteint.</translation>
    </message>
    <message>
        <source>%1 — towards palier %2</source>
        <translation>%1 — vers le palier %2</translation>
    </message>
    <message>
        <source>• %1 — %2 (now: %3)</source>
        <translation>• %1 — %2 (actuellement : %3)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>No action has been written in the action plan yet.</source>
        <translation>Aucune action n&apos;est encore inscrite au plan d&apos;action.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>%1 (criterion %2)</source>
        <translation>%1 (critère %2)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Done at ______________________________, on ____ / ____ / ________</source>
        <translation>Fait à ______________________________, le ____ / ____ / ________</translation>
    </message>
    <message>
        <source>The school director</source>
        <translation>La directrice ou le directeur d&apos;école</translation>
    </message>
    <message>
        <source>The head of establishment</source>
        <translation>Le chef d&apos;établissement</translation>
    </message>
    <message>
        <source>Seen by the IEN of the circonscription</source>
        <translation>Visa de l&apos;IEN de la circonscription</translation>
    </message>
    <message>
        <source>Stamp of the establishment</source>
        <translation>Cachet de l&apos;établissement</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>le rapport</translation>
    </message>
    <message>
        <source>Jalons of digital implementation</source>
        <translation>Jalons de mise en œuvre du numérique</translation>
    </message>
    <message>
        <source>Jalons of digital implementation — %1 (%2) — %3</source>
        <translation>Jalons de mise en œuvre du numérique — %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Position on each axis</source>
        <translation>Positionnement sur chaque axe</translation>
    </message>
    <message>
        <source>For each axis, the jalons of the grid from the first to the last; the one the team placed the establishment at is marked.</source>
        <translation>Pour chaque axe, les jalons de la grille du premier au dernier ; celui où l&apos;équipe a positionné l&apos;établissement est marqué.</translation>
    </message>
    <message>
        <source>Jalons reached</source>
        <translation>Jalons atteints</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Jalon reached</source>
        <translation>Jalon atteint</translation>
    </message>
    <message>
        <source>What the jalon stands for</source>
        <translation>Ce que représente le jalon</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore positionné</translation>
    </message>
    <message>
        <source>Lowest jalon (over the axes)</source>
        <translation>Jalon le plus bas (sur l&apos;ensemble des axes)</translation>
    </message>
    <message>
        <source>Placed at jalon %1</source>
        <translation>Positionné au jalon %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>For each axis, what the next jalon describes.</source>
        <translation>Pour chaque axe, ce que décrit le jalon suivant.</translation>
    </message>
    <message>
        <source>The last jalon is reached.</source>
        <translation>Le dernier jalon est atteint.</translation>
    </message>
    <message>
        <source>Towards jalon %1: %2</source>
        <translation>Vers le jalon %1 : %2</translation>
    </message>
    <message>
        <source>Not every axis is placed yet</source>
        <translation>Au moins un axe n&apos;est pas encore positionné</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 criteria answered (non concerné counts as an answer). A domain reaches palier k when the conditions of every palier up to k are met.</source>
        <translation>
            <numerusform>%n critère renseigné sur %1 (« non concerné » compte comme une réponse). Un domaine atteint le palier k quand les conditions de chaque palier jusqu&apos;à k sont remplies.</numerusform>
            <numerusform>%n critères renseignés sur %1 (« non concerné » compte comme une réponse). Un domaine atteint le palier k quand les conditions de chaque palier jusqu&apos;à k sont remplies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <extracomment>A palier&apos;s tally: the palier, &quot;N met&quot;, &quot;of N applicable&quot;, &quot;N required&quot;.</extracomment>
        <translation>%1 : %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n atteint</numerusform>
            <numerusform>%n atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n applicable</source>
        <translation>
            <numerusform>sur %n applicable</numerusform>
            <numerusform>sur %n applicables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n requis</numerusform>
            <numerusform>%n requis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n non atteint</numerusform>
            <numerusform>%n non atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n non renseigné</numerusform>
            <numerusform>%n non renseignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not concerned</source>
        <translation>
            <numerusform>%n non concerné</numerusform>
            <numerusform>%n non concernés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 axes placed. Each axis is placed at the one jalon whose description fits the establishment&apos;s practice; 0 means not placed yet.</source>
        <translation>
            <numerusform>%n axe positionné sur %1. Chaque axe est positionné au jalon dont la description correspond aux pratiques de l&apos;établissement ; 0 signifie pas encore positionné.</numerusform>
            <numerusform>%n axes positionnés sur %1. Chaque axe est positionné au jalon dont la description correspond aux pratiques de l&apos;établissement ; 0 signifie pas encore positionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the school aims, where the académie stands</source>
        <translation>Où vise l&apos;établissement, où se situe l&apos;académie</translation>
    </message>
    <message>
        <source>Where the school aims</source>
        <translation>Où vise l&apos;établissement</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Académie&apos;s median</source>
        <translation>Médiane académique</translation>
    </message>
    <message numerus="yes">
        <source>Académie&apos;s repères: %n school(s), %1, %2.</source>
        <translation>
            <numerusform>Repères académiques : %n établissement, %1, %2.</numerusform>
            <numerusform>Repères académiques : %n établissements, %1, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportStyle</name>
    <message>
        <source>%1 could not be drawn (the output refused to start).</source>
        <translation>Impossible de dessiner %1 (la sortie a refusé de démarrer).</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>Impossible d&apos;écrire %1 entièrement.</translation>
    </message>
</context>
<context>
    <name>SchoolYear</name>
    <message>
        <source>&quot;%1&quot; is not a school year; write it as two consecutive years, e.g. 2025-2026.</source>
        <translation>« %1 » n&apos;est pas une année scolaire : écrivez-la comme deux années consécutives, par exemple 2025-2026.</translation>
    </message>
</context>
<context>
    <name>ScoreFormatter</name>
    <message>
        <source>a palier is reached when every applicable criterion of it and of the paliers below is met</source>
        <translation>un palier est atteint quand tous ses critères applicables et ceux des paliers inférieurs sont atteints</translation>
    </message>
    <message>
        <source>a palier is reached when at least %1 of the applicable criteria of it and of each palier below are met</source>
        <translation>un palier est atteint quand au moins %1 de ses critères applicables et de ceux de chaque palier inférieur sont atteints</translation>
    </message>
    <message>
        <source>Referential %1, version %2</source>
        <translation>Référentiel %1, version %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Palier reached in every domain: %1</source>
        <translation>Palier atteint dans tous les domaines : %1</translation>
    </message>
    <message>
        <source>To reach the next palier:</source>
        <translation>Pour atteindre le palier suivant :</translation>
    </message>
    <message>
        <source>%1, palier %2:</source>
        <translation>%1, palier %2 :</translation>
    </message>
    <message>
        <source>Rule: each axis stands at the jalon whose cell is chosen</source>
        <translation>Règle : chaque axe est au jalon dont la case est choisie</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>pas encore positionné</translation>
    </message>
    <message>
        <source>Lowest jalon: %1</source>
        <translation>Jalon le plus bas : %1</translation>
    </message>
    <message>
        <source>The next jalon of each axis:</source>
        <translation>Le jalon suivant de chaque axe :</translation>
    </message>
    <message numerus="yes">
        <source>Placed: %n of %1 axes</source>
        <translation>
            <numerusform>Positionné : %n axe sur %1</numerusform>
            <numerusform>Positionnés : %n axes sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered: %n of %1 criteria (%2 %)</source>
        <translation>
            <numerusform>Réponses : %n critère sur %1 (%2 %)</numerusform>
            <numerusform>Réponses : %n critères sur %1 (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, palier %2 (%n more to meet among):</source>
        <translation>
            <numerusform>%1, palier %2 (encore %n à atteindre parmi) :</numerusform>
            <numerusform>%1, palier %2 (encore %n à atteindre parmi) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database &quot;%1&quot; is open read-only: nothing can be changed in it.</source>
        <translation>La base de données « %1 » est ouverte en lecture seule : rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>The name of the establishment is required.</source>
        <translation>Le nom de l&apos;établissement est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long (at most %2 characters).</source>
        <translation>« %1… » est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>An establishment with the UAI %1 already exists (%2).</source>
        <translation>Un établissement d&apos;UAI %1 existe déjà (%2).</translation>
    </message>
    <message>
        <source>No establishment has the number %1.</source>
        <translation>Aucun établissement ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Paliers does not know the referential &quot;%1&quot;.</source>
        <translation>Paliers ne connaît pas le référentiel « %1 ».</translation>
    </message>
    <message>
        <source>Answers can only be copied from an assessment of the same establishment.</source>
        <translation>Les réponses ne peuvent être reprises que d&apos;une évaluation du même établissement.</translation>
    </message>
    <message>
        <source>%1 already has an assessment of this grid for %2 (number %3).</source>
        <translation>%1 a déjà une évaluation de cette grille pour %2 (numéro %3).</translation>
    </message>
    <message>
        <source>No assessment has the number %1.</source>
        <translation>Aucune évaluation ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The assessment %1 (%2) is validated: reopen it before changing it.</source>
        <translation>L&apos;évaluation %1 (%2) est validée : rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>The assessment %1 is not validated: there is nothing to reopen.</source>
        <translation>L&apos;évaluation %1 n&apos;est pas validée : il n&apos;y a rien à rouvrir.</translation>
    </message>
    <message>
        <source>The text entered for %1 is too long (%2 characters; at most %3).</source>
        <translation>Le texte saisi pour %1 est trop long (%2 caractères ; %3 au plus).</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Une action doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>No action has the number %1.</source>
        <translation>Aucune action ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>%1 (%2) already has an assessment of this grid for %3 (number %4): the export was not imported, so that nothing is overwritten.</source>
        <translation>%1 (%2) a déjà une évaluation de cette grille pour %3 (n° %4) : l&apos;export n&apos;a pas été importé, pour ne rien écraser.</translation>
    </message>
    <message>
        <source>This database already holds %1 establishments, the most Paliers accepts in one database. Use another database (File → Create a new database).</source>
        <translation>Cette base contient déjà %1 établissements, le maximum que Paliers accepte dans une base. Utilisez une autre base (Fichier → Créer une nouvelle base).</translation>
    </message>
    <message>
        <source>The list of members is too long (at most %1 characters).</source>
        <translation>La liste des membres est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 is a cell of the jalons: it is chosen (%2) or left blank (%3), nothing else.</source>
        <translation>%1 est une case des jalons : elle est choisie (%2) ou laissée vide (%3), rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Answers can only be copied from an assessment of the same grid (%1 is of &quot;%2&quot;).</source>
        <translation>Les réponses ne peuvent être reprises que d&apos;une évaluation de la même grille (la %1 est de « %2 »).</translation>
    </message>
    <message>
        <source>Answers can only be copied from an earlier school year (%1 is of %2).</source>
        <translation>Les réponses ne peuvent être reprises que d&apos;une année scolaire antérieure (la %1 est de %2).</translation>
    </message>
    <message>
        <source>The name of the person who validates is too long (%1 characters; at most %2).</source>
        <translation>Le nom de la personne qui valide est trop long (%1 caractères ; %2 au plus).</translation>
    </message>
    <message>
        <source>Version %1 of the referential &quot;%2&quot; has no criterion &quot;%3&quot;.</source>
        <translation>La version %1 du référentiel « %2 » n&apos;a pas de critère « %3 ».</translation>
    </message>
    <message>
        <source>Paliers does not know version %1 of the grid &quot;%2&quot;.</source>
        <translation>Paliers ne connaît pas la version %1 de la grille « %2 ».</translation>
    </message>
    <message>
        <source>Assessment %1 already follows version %2.</source>
        <translation>L&apos;évaluation %1 suit déjà la version %2.</translation>
    </message>
    <message>
        <source>Paliers does not know version %1 of the grid &quot;%2&quot;, with which assessment %3 was made. Add it with File → Add a grid… (paliers-cli referential install FILE).</source>
        <translation>Paliers ne connaît pas la version %1 de la grille « %2 », avec laquelle l&apos;évaluation %3 a été faite. Ajoutez-la avec Fichier → Ajouter une grille… (paliers-cli referential install FICHIER).</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Une campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name of the campaign is too long (at most %1 characters).</source>
        <translation>Le nom de la campagne est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The grid &quot;%1&quot; is not known to this Paliers.</source>
        <translation>La grille « %1 » n&apos;est pas connue de ce Paliers.</translation>
    </message>
    <message>
        <source>A campaign &quot;%1&quot; already exists for %2.</source>
        <translation>Une campagne « %1 » existe déjà pour %2.</translation>
    </message>
    <message>
        <source>No campaign has the number %1.</source>
        <translation>Aucune campagne ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This import would bring the database to %1 establishments; Paliers accepts at most %2 in one database. Choose fewer establishments (an académie or a département).</source>
        <translation>Cette importation porterait la base à %1 établissements ; Paliers en accepte au plus %2 dans une base. Choisissez moins d&apos;établissements (une académie ou un département).</translation>
    </message>
    <message>
        <source>The import of the register was cancelled; nothing was changed.</source>
        <translation>L&apos;importation de l&apos;annuaire a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Line %1 (%2): the establishment was removed meanwhile; nothing was changed.</source>
        <translation>Ligne %1 (%2) : l&apos;établissement a été supprimé entre-temps ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>At most %1 indicators are kept.</source>
        <translation>%1 indicateurs au plus sont conservés.</translation>
    </message>
    <message>
        <source>No validated assessment among those shown: repères are written from validated assessments only.</source>
        <translation>Aucune évaluation validée parmi celles affichées : les repères s&apos;écrivent à partir des seules évaluations validées.</translation>
    </message>
    <message>
        <source>stored repères</source>
        <translation>repères enregistrés</translation>
    </message>
    <message>
        <source>Académie: %1</source>
        <translation>Académie : %1</translation>
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
        <translation>La grille « %1 » n&apos;a pas de domaine « %2 ».</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has two targets.</source>
        <translation>Le domaine « %1 » a deux cibles.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; must be a palier from 1 to %2.</source>
        <translation>La cible de « %1 » doit être un palier de 1 à %2.</translation>
    </message>
    <message>
        <source>palier %1 by %2</source>
        <translation>palier %1 d&apos;ici %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stage(s) to go</source>
        <translation>
            <numerusform>%1 : il reste %n jalon</numerusform>
            <numerusform>%1 : il reste %n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n criterion(s) to go</source>
        <translation>
            <numerusform>%1 : il reste %n critère</numerusform>
            <numerusform>%1 : il reste %n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 axes have reached their target</source>
        <translation>
            <numerusform>%n axe sur %1 a atteint sa cible</numerusform>
            <numerusform>%n axes sur %1 ont atteint leur cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 domains have reached their target</source>
        <translation>
            <numerusform>%n domaine sur %1 a atteint sa cible</numerusform>
            <numerusform>%n domaines sur %1 ont atteint leur cible</numerusform>
        </translation>
    </message>
    <message>
        <source>reached (%1)</source>
        <translation>atteinte (%1)</translation>
    </message>
    <message>
        <source>%1 in %2, overdue</source>
        <translation>%1 en %2, dépassée</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Uai</name>
    <message>
        <source>The UAI is required.</source>
        <translation>L&apos;UAI est obligatoire.</translation>
    </message>
    <message>
        <source>A UAI has 8 characters, seven digits and a letter (e.g. 0750655E); &quot;%1&quot; has %2.</source>
        <translation>Une UAI compte 8 caractères, sept chiffres et une lettre (par exemple 0750655E) ; « %1 » en compte %2.</translation>
    </message>
    <message>
        <source>A UAI starts with seven digits (e.g. 0750655E).</source>
        <translation>Une UAI commence par sept chiffres (par exemple 0750655E).</translation>
    </message>
    <message>
        <source>The check letter of the UAI %1 should be %2, not %3: please check the number.</source>
        <translation>La lettre de contrôle de l&apos;UAI %1 devrait être %2, et non %3 : vérifiez le numéro.</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <source>grid version %1 → %2</source>
        <translation>version de la grille %1 → %2</translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paliers</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Digital maturity levels of schools</source>
        <translation>Paliers de maturité numérique des écoles et établissements</translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation>Enregistrer une image de la fenêtre principale, puis quitter.</translation>
    </message>
    <message>
        <source>Cannot write the picture &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire l&apos;image « %1 ».</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>Save pictures of the main views, filled with the example, and quit.</source>
        <translation>Enregistrer des images des vues principales, remplies avec l&apos;exemple, puis quitter.</translation>
    </message>
    <message>
        <source>Quit once the window is painted (for the start-up benchmark).</source>
        <translation>Quitter dès que la fenêtre est affichée (pour la mesure du démarrage).</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l&apos;interface : fr ou en.</translation>
    </message>
    <message>
        <source>Claire Martin, school director
Karim Benali, digital referent
ERUN of the circonscription
Town hall of Vitry-sur-Seine, school affairs</source>
        <translation>Claire Martin, directrice d&apos;école
Karim Benali, référent numérique
ERUN de la circonscription
Mairie de Vitry-sur-Seine, affaires scolaires</translation>
    </message>
    <message>
        <source>Show these options and quit.</source>
        <translation>Afficher ces options, puis quitter.</translation>
    </message>
    <message>
        <source>Show the version of Paliers and quit.</source>
        <translation>Afficher la version de Paliers, puis quitter.</translation>
    </message>
    <message>
        <source>Paliers databases to open, exports (JSON) to import into the database open, the académie&apos;s repères to keep.</source>
        <translation>Bases Paliers à ouvrir, exports (JSON) à importer dans la base ouverte, repères de l&apos;académie à garder.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
</context>
</TS>
