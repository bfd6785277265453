<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Cannot read the answers file "%1": %2</source>
        <translation>Impossible de lire le fichier de réponses « %1 » : %2</translation>
    </message>
    <message>
        <source>The answers file "%1" is too large (%2 bytes; at most %3 are accepted).</source>
        <translation>Le fichier de réponses « %1 » est trop volumineux (%2 octets ; %3 au plus sont acceptés).</translation>
    </message>
    <message>
        <source>a status is expected (one of: %1)</source>
        <translation>un statut est attendu (valeurs possibles : %1)</translation>
    </message>
    <message>
        <source>unknown status "%1" (expected one of: %2)</source>
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
        <source>Unknown command "%1".</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Run "paliers-cli --help" for the list of commands.</source>
        <translation>Lancez « paliers-cli --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <source>"referentials" takes no argument.</source>
        <translation>« referentials » ne prend pas d'argument.</translation>
    </message>
    <message>
        <source>"referential" expects "show" or "check".</source>
        <translation>« referential » attend « show » ou « check ».</translation>
    </message>
    <message>
        <source>Unknown action "%1" for "referential".</source>
        <translation>Action « %1 » inconnue pour « referential ».</translation>
    </message>
    <message>
        <source>"referential show" expects one referential id.</source>
        <translation>« referential show » attend un identifiant de référentiel.</translation>
    </message>
    <message>
        <source>Unknown format "%1".</source>
        <translation>Format « %1 » inconnu.</translation>
    </message>
    <message>
        <source>No bundled referential has the id "%1".</source>
        <translation>Aucun référentiel fourni n'a l'identifiant « %1 ».</translation>
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
        <source>"referential check" expects one file.</source>
        <translation>« referential check » attend un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid referential "%2", version %3, %n criteria.</source>
        <translation><numerusform>%1 : référentiel « %2 » valide, version %3, %n critère.</numerusform><numerusform>%1 : référentiel « %2 » valide, version %3, %n critères.</numerusform></translation>
    </message>
    <message>
        <source>Score against the referential read from this file.</source>
        <translation>Calculer les paliers avec le référentiel lu dans ce fichier.</translation>
    </message>
    <message>
        <source>"score" expects one answers file.</source>
        <translation>« score » attend un fichier de réponses.</translation>
    </message>
    <message>
        <source>The answers are for the referential "%1" but the file given is "%2".</source>
        <translation>Les réponses portent sur le référentiel « %1 », mais le fichier donné contient « %2 ».</translation>
    </message>
    <message>
        <source>No bundled referential has the id "%1"; give its file with --referential-file.</source>
        <translation>Aucun référentiel fourni n'a l'identifiant « %1 » ; indiquez son fichier avec --referential-file.</translation>
    </message>
    <message>
        <source>--db expects the path of a database.</source>
        <translation>--db attend le chemin d'une base de données.</translation>
    </message>
    <message>
        <source>Usage: paliers-cli [--db FILE] COMMAND [OPTIONS]

Grids:
  referentials                          list the bundled referentials
  referential show ID [--format F]      print a referential (F: text or tsv)
  referential check FILE                check a referential file
  score ANSWERS.json [--format F]       compute the paliers of an answers file (F: text or json)
        [--referential-file FILE]       against a referential read from FILE

Database (the app's own, or the one given with --db):
  establishment add --uai U --name N --kind K [--commune C] [--circonscription C]
        [--departement D] [--academie A] [--head NAME] [--referent NAME]
  establishment list [--format tsv|json]
  assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R]
        [--copy-from ASSESSMENT]
  assessment list [--uai U]
  assessment show ASSESSMENT [--format text|json]
  assessment validate ASSESSMENT
  assessment reopen ASSESSMENT [--reason TEXT]
  answer ASSESSMENT CRITERION STATUS [--comment TEXT] [--evidence TEXT]
  score ASSESSMENT [--format text|json]

  --version                             print the version

The statuses are %1.
An answers file looks like:
  { "referential": "creteil-ecoles", "answers": { "PIL-1-01": "atteint" } }
</source>
        <translation>Usage : paliers-cli [--db FICHIER] COMMANDE [OPTIONS]

Grilles :
  referentials                          liste les référentiels fournis
  referential show ID [--format F]      affiche un référentiel (F : text ou tsv)
  referential check FICHIER             vérifie un fichier de référentiel
  score REPONSES.json [--format F]      calcule les paliers d'un fichier de réponses (F : text ou json)
        [--referential-file FICHIER]    avec le référentiel lu dans FICHIER

Base de données (celle de l'application, ou celle donnée par --db) :
  establishment add --uai U --name N --kind K [--commune C] [--circonscription C]
        [--departement D] [--academie A] [--head NOM] [--referent NOM]
  establishment list [--format tsv|json]
  assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R]
        [--copy-from EVALUATION]
  assessment list [--uai U]
  assessment show EVALUATION [--format text|json]
  assessment validate EVALUATION
  assessment reopen EVALUATION [--reason TEXTE]
  answer EVALUATION CRITERE STATUT [--comment TEXTE] [--evidence TEXTE]
  score EVALUATION [--format text|json]

  --version                             affiche la version

Les statuts sont %1.
Un fichier de réponses ressemble à :
  { "referential": "creteil-ecoles", "answers": { "PIL-1-01": "atteint" } }
</translation>
    </message>
    <message>
        <source>"establishment" expects "add" or "list".</source>
        <translation>« establishment » attend « add » ou « list ».</translation>
    </message>
    <message>
        <source>Unknown action "%1" for "establishment".</source>
        <translation>Action « %1 » inconnue pour « establishment ».</translation>
    </message>
    <message>
        <source>UAI number, e.g. 0750655E (required).</source>
        <translation>Numéro UAI, par exemple 0750655E (obligatoire).</translation>
    </message>
    <message>
        <source>Name of the establishment (required).</source>
        <translation>Nom de l'établissement (obligatoire).</translation>
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
        <source>Chef d'établissement or directeur.</source>
        <translation>Chef d'établissement ou directeur.</translation>
    </message>
    <message>
        <source>Référent numérique.</source>
        <translation>Référent numérique.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argument « %1 » inattendu.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L'option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown kind "%1" (expected one of: %2).</source>
        <translation>Type « %1 » inconnu (valeurs possibles : %2).</translation>
    </message>
    <message>
        <source>"assessment" expects "new", "list", "show", "validate" or "reopen".</source>
        <translation>« assessment » attend « new », « list », « show », « validate » ou « reopen ».</translation>
    </message>
    <message>
        <source>Unknown action "%1" for "assessment".</source>
        <translation>Action « %1 » inconnue pour « assessment ».</translation>
    </message>
    <message>
        <source>UAI of the establishment.</source>
        <translation>UAI de l'établissement.</translation>
    </message>
    <message>
        <source>School year, e.g. 2025-2026 (required).</source>
        <translation>Année scolaire, par exemple 2025-2026 (obligatoire).</translation>
    </message>
    <message>
        <source>Referential id (default: the grid that fits the establishment).</source>
        <translation>Identifiant du référentiel (par défaut : la grille qui correspond à l'établissement).</translation>
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
        <source>"assessment new" needs --uai and --year.</source>
        <translation>« assessment new » demande --uai et --year.</translation>
    </message>
    <message>
        <source>No establishment has the UAI %1.</source>
        <translation>Aucun établissement n'a l'UAI %1.</translation>
    </message>
    <message>
        <source>"%1" is not an assessment number.</source>
        <translation>« %1 » n'est pas un numéro d'évaluation.</translation>
    </message>
    <message>
        <source>Only the assessments of this establishment.</source>
        <translation>Seulement les évaluations de cet établissement.</translation>
    </message>
    <message>
        <source>"assessment show" expects one assessment number.</source>
        <translation>« assessment show » attend un numéro d'évaluation.</translation>
    </message>
    <message>
        <source>Paliers does not know the referential "%1".</source>
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
        <source>"assessment validate" expects one assessment number.</source>
        <translation>« assessment validate » attend un numéro d'évaluation.</translation>
    </message>
    <message>
        <source>Why the assessment is reopened (recorded).</source>
        <translation>Pourquoi l'évaluation est rouverte (conservé).</translation>
    </message>
    <message>
        <source>"assessment reopen" expects one assessment number.</source>
        <translation>« assessment reopen » attend un numéro d'évaluation.</translation>
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
        <source>"answer" expects an assessment number, a criterion id and a status.</source>
        <translation>« answer » attend un numéro d'évaluation, un identifiant de critère et un statut.</translation>
    </message>
    <message>
        <source>Unknown status "%1" (expected one of: %2).</source>
        <translation>Statut « %1 » inconnu (valeurs possibles : %2).</translation>
    </message>
    <message>
        <source>"score" expects one answers file or assessment number.</source>
        <translation>« score » attend un fichier de réponses ou un numéro d'évaluation.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder "%1" for the database.</source>
        <translation>Impossible de créer le dossier « %1 » pour la base de données.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite on Debian and Ubuntu).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite sous Debian et Ubuntu).</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a database file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>Le dossier « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the database "%1": the folder or the file is read-only.</source>
        <translation>Impossible de créer la base de données « %1 » : le dossier ou le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>"%1" is not a Paliers database.</source>
        <translation>« %1 » n'est pas une base de données Paliers.</translation>
    </message>
    <message>
        <source>"%1" was written by a newer version of Paliers (database version %2; this version reads up to %3). Update Paliers to open it; the file was not changed.</source>
        <translation>« %1 » a été écrite par une version plus récente de Paliers (base en version %2 ; cette version lit jusqu'à la version %3). Mettez Paliers à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database "%1" is damaged (%2). Open a backup copy instead; the file was not changed.</source>
        <translation>La base de données « %1 » est endommagée (%2). Ouvrez plutôt une copie de sauvegarde ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>"%1" was written by an older version of Paliers and must be updated, but it is read-only. Copy it to a folder where you can write, then open the copy.</source>
        <translation>« %1 » a été écrite par une version antérieure de Paliers et doit être mise à jour, mais elle est en lecture seule. Copiez-la dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>Before updating "%1", Paliers could not save a backup copy (%2); the database was not changed.</source>
        <translation>Avant de mettre à jour « %1 », Paliers n'a pas pu en enregistrer une copie de sauvegarde (%2) ; la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>Updating the database "%1" to version %2 failed: %3. Nothing was changed.</source>
        <translation>La mise à jour de la base de données « %1 » vers la version %2 a échoué : %3. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Database error on "%1": %2</source>
        <translation>Erreur de la base de données « %1 » : %2</translation>
    </message>
    <message>
        <source>The database "%1" is in use by another program (another Paliers window?). Close it and try again.</source>
        <translation>La base de données « %1 » est utilisée par un autre programme (une autre fenêtre de Paliers ?). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Paliers cannot write to "%1": the file or its folder is read-only.</source>
        <translation>Paliers ne peut pas écrire dans « %1 » : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>Reading or writing "%1" failed (%2).</source>
        <translation>La lecture ou l'écriture de « %1 » a échoué (%2).</translation>
    </message>
    <message>
        <source>The disk holding "%1" is full: the change was not saved. Free some space and try again.</source>
        <translation>Le disque qui contient « %1 » est plein : la modification n'a pas été enregistrée. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open "%1" (%2).</source>
        <translation>Impossible d'ouvrir « %1 » (%2).</translation>
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
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, à l'emplacement %2 : %3</translation>
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
        <source>the field "%1" is missing</source>
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
    <name>PalierEngine</name>
    <message numerus="yes">
        <source>The referential "%1" has no criterion with the id %2.</source>
        <translation><numerusform>Le référentiel « %1 » n'a pas de critère d'identifiant %2.</numerusform><numerusform>Le référentiel « %1 » n'a pas de critères d'identifiants %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>Paliers::MainWindow</name>
    <message>
        <source>Paliers — digital maturity of schools</source>
        <translation>Paliers — maturité numérique des écoles et établissements</translation>
    </message>
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
        <translation>&amp;Aide</translation>
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
        <source>&lt;h3&gt;Paliers %1&lt;/h3&gt;&lt;p&gt;Fill in the académie's grid of digital maturity levels (paliers de maturité numérique), see the palier reached in each domain and plan what comes next.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paliers %1&lt;/h3&gt;&lt;p&gt;Renseignez la grille académique des paliers de maturité numérique, voyez le palier atteint dans chaque domaine et préparez la suite.&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
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
        <source>A referential with the id "%1" is already loaded.</source>
        <translation>Un référentiel d'identifiant « %1 » est déjà chargé.</translation>
    </message>
</context>
<context>
    <name>ReferentialLoader</name>
    <message>
        <source>this is not a Paliers referential (format "%1", expected "%2")</source>
        <translation>ce n'est pas un référentiel Paliers (format « %1 », « %2 » attendu)</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this version of Paliers reads version %2)</source>
        <translation>la version de format %1 n'est pas prise en charge (cette version de Paliers lit la version %2)</translation>
    </message>
    <message>
        <source>unknown audience "%1" (expected "etablissement" or "ecole")</source>
        <translation>public « %1 » inconnu (« etablissement » ou « ecole » attendu)</translation>
    </message>
    <message>
        <source>the kind of referential "%1" is not supported by this version of Paliers</source>
        <translation>le type de référentiel « %1 » n'est pas pris en charge par cette version de Paliers</translation>
    </message>
    <message>
        <source>the threshold must be greater than 0 and at most 1 (found %1)</source>
        <translation>le seuil doit être supérieur à 0 et au plus égal à 1 (valeur trouvée : %1)</translation>
    </message>
    <message>
        <source>unknown rule "%1" (expected "all" or "threshold")</source>
        <translation>règle « %1 » inconnue (« all » ou « threshold » attendu)</translation>
    </message>
    <message>
        <source>the referential defines no level</source>
        <translation>le référentiel ne définit aucun palier</translation>
    </message>
    <message>
        <source>level %1 found where level %2 was expected (levels are numbered 1, 2, 3... in order)</source>
        <translation>palier %1 trouvé là où le palier %2 était attendu (les paliers sont numérotés 1, 2, 3… dans l'ordre)</translation>
    </message>
    <message>
        <source>the referential defines no domain</source>
        <translation>le référentiel ne définit aucun domaine</translation>
    </message>
    <message>
        <source>the domain id "%1" is used twice</source>
        <translation>l'identifiant de domaine « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>the criterion id "%1" is used twice</source>
        <translation>l'identifiant de critère « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>the domain "%1" does not exist in this referential</source>
        <translation>le domaine « %1 » n'existe pas dans ce référentiel</translation>
    </message>
    <message>
        <source>level %1 does not exist in this referential (it has levels 1 to %2)</source>
        <translation>le palier %1 n'existe pas dans ce référentiel (il a les paliers 1 à %2)</translation>
    </message>
    <message>
        <source>the domain "%1" has no criterion</source>
        <translation>le domaine « %1 » n'a aucun critère</translation>
    </message>
    <message>
        <source>"%1" is not a valid identifier (letters, digits, '.', '_' and '-', at most 64 characters)</source>
        <translation>« %1 » n'est pas un identifiant valide (lettres, chiffres, « . », « _ » et « - », 64 caractères au plus)</translation>
    </message>
    <message>
        <source>Cannot read the referential file "%1": %2</source>
        <translation>Impossible de lire le fichier de référentiel « %1 » : %2</translation>
    </message>
    <message>
        <source>The referential file "%1" is too large (%2 bytes; at most %3 are accepted).</source>
        <translation>Le fichier de référentiel « %1 » est trop volumineux (%2 octets ; %3 au plus sont acceptés).</translation>
    </message>
</context>
<context>
    <name>SchoolYear</name>
    <message>
        <source>"%1" is not a school year; write it as two consecutive years, e.g. 2025-2026.</source>
        <translation>« %1 » n'est pas une année scolaire : écrivez-la comme deux années consécutives, par exemple 2025-2026.</translation>
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
        <source>Answered: %1 of %2 criteria (%3 %)</source>
        <translation>Réponses : %1 critères sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>To reach the next palier:</source>
        <translation>Pour atteindre le palier suivant :</translation>
    </message>
    <message>
        <source>%1, palier %2 (%3 more to meet among):</source>
        <translation>%1, palier %2 (encore %3 à atteindre parmi) :</translation>
    </message>
    <message>
        <source>%1, palier %2:</source>
        <translation>%1, palier %2 :</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database "%1" is open read-only: nothing can be changed in it.</source>
        <translation>La base de données « %1 » est ouverte en lecture seule : rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>The name of the establishment is required.</source>
        <translation>Le nom de l'établissement est obligatoire.</translation>
    </message>
    <message>
        <source>"%1…" is too long (at most %2 characters).</source>
        <translation>« %1… » est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>An establishment with the UAI %1 already exists (%2).</source>
        <translation>Un établissement d'UAI %1 existe déjà (%2).</translation>
    </message>
    <message>
        <source>No establishment has the number %1.</source>
        <translation>Aucun établissement ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Paliers does not know the referential "%1".</source>
        <translation>Paliers ne connaît pas le référentiel « %1 ».</translation>
    </message>
    <message>
        <source>Answers can only be copied from an assessment of the same establishment.</source>
        <translation>Les réponses ne peuvent être reprises que d'une évaluation du même établissement.</translation>
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
        <translation>L'évaluation %1 (%2) est validée : rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>The assessment %1 is not validated: there is nothing to reopen.</source>
        <translation>L'évaluation %1 n'est pas validée : il n'y a rien à rouvrir.</translation>
    </message>
    <message>
        <source>The referential "%1" has no criterion "%2".</source>
        <translation>Le référentiel « %1 » n'a pas de critère « %2 ».</translation>
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
</context>
<context>
    <name>Uai</name>
    <message>
        <source>The UAI is required.</source>
        <translation>L'UAI est obligatoire.</translation>
    </message>
    <message>
        <source>A UAI has 8 characters, seven digits and a letter (e.g. 0750655E); "%1" has %2.</source>
        <translation>Une UAI compte 8 caractères, sept chiffres et une lettre (par exemple 0750655E) ; « %1 » en compte %2.</translation>
    </message>
    <message>
        <source>A UAI starts with seven digits (e.g. 0750655E).</source>
        <translation>Une UAI commence par sept chiffres (par exemple 0750655E).</translation>
    </message>
    <message>
        <source>The check letter of the UAI %1 should be %2, not %3: please check the number.</source>
        <translation>La lettre de contrôle de l'UAI %1 devrait être %2, et non %3 : vérifiez le numéro.</translation>
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
        <source>Cannot write the picture "%1".</source>
        <translation>Impossible d'écrire l'image « %1 ».</translation>
    </message>
</context>
</TS>
