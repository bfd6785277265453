#include "commandtable.h"

#include "model/assessment.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Paliers::CommandTable {

namespace {

constexpr const char *Context = "CommandTable";
// The width of --help, and the column where what a command does begins.
constexpr qsizetype Width = 80;
constexpr qsizetype SummaryColumn = 40;
constexpr qsizetype Indent = 2;
// A wrapped synopsis goes on in the column of the summary, as help2man reads
// an item: its first line, then what is indented far below it.
constexpr qsizetype ContinuationIndent = SummaryColumn;
// help2man takes a line indented by 1 to 10 spaces for a new item.
constexpr qsizetype MinimumContinuationIndent = 20;

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

// The synopsis cut where it may wrap: at the spaces outside brackets, so
// that "[--json FILE]" stays whole.
QStringList chunks(const QString &synopsis)
{
    QStringList result;
    QString current;
    int depth = 0;
    for (const QChar c : synopsis) {
        if (c == u'[')
            ++depth;
        else if (c == u']')
            --depth;
        if (c == u' ' && depth == 0) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// `words` laid out to Width, the first on `lines`' last line, which has
// `start` characters before them. A new line starts in the column of the
// summary, or further left for a word too long for it, but past help2man's
// items.
void wrapInto(QStringList &lines, const QStringList &words, qsizetype start)
{
    for (const QString &word : words) {
        QString &line = lines.last();
        if (line.size() > start && line.size() + 1 + word.size() > Width) {
            const qsizetype indent = std::clamp(Width - word.size(), MinimumContinuationIndent, ContinuationIndent);
            lines.append(QString(indent, u' ') + word);
        } else {
            line += (line.size() > start ? QStringLiteral(" ") : QString()) + word;
        }
    }
}

QString formatEntry(const Entry &entry)
{
    QStringList lines {QString(Indent, u' ')};
    wrapInto(lines, chunks(translated(entry.synopsis)), Indent);
    if (entry.summary) {
        // Beside a synopsis of one short line, else below it.
        if (lines.size() > 1 || lines.last().size() + 2 > SummaryColumn)
            lines.append(QString());
        lines.last() = lines.last().leftJustified(SummaryColumn);
        wrapInto(lines, translated(entry.summary).split(u' ', Qt::SkipEmptyParts), SummaryColumn);
    }
    return lines.join(u'\n') + u'\n';
}

// What the completion knows of a synopsis.
struct Synopsis
{
    QStringList words; // "referential", "show"
    QStringList options; // "--format", "--version"
    // An option's values: a list of words, "@file", "@folder", or empty
    // (a value the completion cannot guess, such as a name).
    std::map<QString, QString> values;
    QString positional; // "@file", "@folder" or empty
};

QString stripped(QString token)
{
    token.remove(u'[');
    token.remove(u']');
    if (token.endsWith(QLatin1String("...")))
        token.chop(3);
    return token;
}

// How a value placeholder completes: FILE, FOLDER and *.json are files; a
// few lowercase words separated by | are those words.
QString valueKind(const QString &placeholder)
{
    if (placeholder == QLatin1String("FOLDER"))
        return QStringLiteral("@folder");
    if (placeholder.startsWith(QLatin1String("FILE")) || placeholder.endsWith(QLatin1String(".json")))
        return QStringLiteral("@file");
    static const QRegularExpression alternatives(QStringLiteral("^[a-z0-9+-]+(\\|[a-z0-9+-]+)+$"));
    if (alternatives.match(placeholder).hasMatch())
        return QString(placeholder).replace(u'|', u' ');
    return QString();
}

Synopsis parse(const char *text)
{
    Synopsis synopsis;
    const QStringList tokens = QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    qsizetype i = 0;
    for (; i < tokens.size() && word.match(tokens.at(i)).hasMatch(); ++i)
        synopsis.words.append(tokens.at(i));
    for (; i < tokens.size(); ++i) {
        const QString token = tokens.at(i);
        const QString name = stripped(token);
        if (name.startsWith(QLatin1String("--"))) {
            synopsis.options.append(name);
            // "--uai U", "[--json FILE]": a value follows; "[--save]" ends there.
            const bool hasValue = !token.endsWith(u']') && i + 1 < tokens.size() && !tokens.at(i + 1).startsWith(u'[')
                && !tokens.at(i + 1).startsWith(QLatin1String("--"));
            if (hasValue)
                synopsis.values[name] = valueKind(stripped(tokens.at(++i)));
        } else if (const QString kind = valueKind(name); kind.startsWith(u'@')) {
            synopsis.positional = kind;
        }
    }
    return synopsis;
}

QString shellQuoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString completeWith(const QString &kind)
{
    if (kind == QLatin1String("@file"))
        return QStringLiteral("_paliers_cli_files");
    if (kind == QLatin1String("@folder"))
        return QStringLiteral("_paliers_cli_folders");
    return QStringLiteral("_paliers_cli_words ") + shellQuoted(kind);
}

} // namespace

const QList<Group> &groups()
{
    static const QList<Group> table {
        {QT_TRANSLATE_NOOP("CommandTable", "Grids:"),
            {
                {QT_TRANSLATE_NOOP("CommandTable", "referentials"),
                    QT_TRANSLATE_NOOP("CommandTable", "list the referentials, every version")},
                {QT_TRANSLATE_NOOP("CommandTable", "referential show ID [--format text|tsv] [--version V]"),
                    QT_TRANSLATE_NOOP("CommandTable", "print a referential, or one of its versions")},
                {QT_TRANSLATE_NOOP("CommandTable", "referential check FILE"),
                    QT_TRANSLATE_NOOP("CommandTable", "check a referential file")},
                {QT_TRANSLATE_NOOP("CommandTable", "referential install FILE"),
                    QT_TRANSLATE_NOOP("CommandTable", "add a grid (another académie's, a new version)")},
                {QT_TRANSLATE_NOOP(
                     "CommandTable", "score ANSWERS.json [--format text|json] [--referential-file FILE] [--version V]"),
                    QT_TRANSLATE_NOOP("CommandTable",
                        "compute the paliers of an answers file, against the grid read from FILE or version V "
                        "(default: the latest)")},
            }},
        {QT_TRANSLATE_NOOP("CommandTable", "Database (the app's own, or the one given with --db):"),
            {
                {QT_TRANSLATE_NOOP("CommandTable",
                     "establishment add --uai U --name N --kind K [--commune C] [--circonscription C] "
                     "[--departement D] [--academie A] [--head NAME] [--head-title TITLE] [--referent NAME]"),
                    QT_TRANSLATE_NOOP("CommandTable", "add an establishment")},
                {QT_TRANSLATE_NOOP("CommandTable", "establishment list [--format tsv|json]"),
                    QT_TRANSLATE_NOOP("CommandTable", "list the establishments")},
                {QT_TRANSLATE_NOOP("CommandTable",
                     "assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R] "
                     "[--copy-from ASSESSMENT]"),
                    QT_TRANSLATE_NOOP("CommandTable", "start an assessment")},
                {QT_TRANSLATE_NOOP("CommandTable", "assessment list [--uai U]"),
                    QT_TRANSLATE_NOOP("CommandTable", "list the assessments")},
                {QT_TRANSLATE_NOOP("CommandTable", "assessment show ASSESSMENT [--format text|json]"),
                    QT_TRANSLATE_NOOP("CommandTable", "print an assessment and its answers")},
                {QT_TRANSLATE_NOOP("CommandTable", "assessment validate ASSESSMENT"),
                    QT_TRANSLATE_NOOP("CommandTable", "validate an assessment")},
                {QT_TRANSLATE_NOOP("CommandTable", "assessment reopen ASSESSMENT [--reason TEXT]"),
                    QT_TRANSLATE_NOOP("CommandTable", "reopen a validated assessment")},
                {QT_TRANSLATE_NOOP(
                     "CommandTable", "answer ASSESSMENT CRITERION STATUS [--comment TEXT] [--evidence TEXT]"),
                    QT_TRANSLATE_NOOP("CommandTable", "answer a criterion")},
                {QT_TRANSLATE_NOOP("CommandTable", "score ASSESSMENT [--format text|json]"),
                    QT_TRANSLATE_NOOP("CommandTable", "the paliers of a stored assessment")},
            }},
        {QT_TRANSLATE_NOOP("CommandTable", "Exchange:"),
            {
                {QT_TRANSLATE_NOOP("CommandTable",
                     "export ASSESSMENT [--pdf FILE] [--json FILE] [--with-referential] [--csv FILE] "
                     "[--summary-csv FILE]"),
                    QT_TRANSLATE_NOOP("CommandTable", "write the report and the exports of an assessment")},
                {QT_TRANSLATE_NOOP("CommandTable", "import FILE|FOLDER..."),
                    QT_TRANSLATE_NOOP("CommandTable", "import JSON exports (a folder: its .json files)")},
                {QT_TRANSLATE_NOOP(
                     "CommandTable", "commission ASSESSMENT --pdf FILE [--date YYYY-MM-DD] [--member NAME]..."),
                    QT_TRANSLATE_NOOP("CommandTable", "the pack that prepares the commission numérique")},
            }},
        {QT_TRANSLATE_NOOP("CommandTable", "Many schools:"),
            {
                {QT_TRANSLATE_NOOP("CommandTable",
                     "consolidate --year 2025-2026 [--kind K] [--circonscription C] [--departement D] "
                     "[--status brouillon|valide] [--referential ID] [--search TEXT] [--pdf FILE] [--csv FILE] "
                     "[--reperes FILE] [--issuer NAME]"),
                    QT_TRANSLATE_NOOP("CommandTable",
                        "a year's assessments together, as PDF or CSV, and the repères of the académie for its "
                        "schools")},
                {QT_TRANSLATE_NOOP("CommandTable",
                     "generate --establishments N [--years Y] [--seed S] [--academie A] [--exports FOLDER]"),
                    QT_TRANSLATE_NOOP("CommandTable", "plausible test data, in the database or as exports")},
            }},
        {QT_TRANSLATE_NOOP("CommandTable", "Campaign (the register of schools, who has answered):"),
            {
                {QT_TRANSLATE_NOOP("CommandTable",
                     "annuaire import FILE [--academie A] [--departement D] [--kind K]... "
                     "[--sector public|prive] [--dry-run]"),
                    QT_TRANSLATE_NOOP("CommandTable",
                        "create or update establishments from the Annuaire de l'éducation's CSV (by UAI; "
                        "assessments untouched)")},
                {QT_TRANSLATE_NOOP("CommandTable",
                     "campaign status --year 2025-2026 [--by circonscription|bassin|departement|academie] "
                     "[--kind K]... [--academie A] [--departement D] [--circonscription C] [--bassin B] "
                     "[--sector public|prive] [--ep ep|rep|rep+|hors-ep] [--referential ID] [--csv FILE] "
                     "[--remind FILE]"),
                    QT_TRANSLATE_NOOP("CommandTable", "expected, validated, in progress, not started, rate")},
            }},
        {QT_TRANSLATE_NOOP(
             "CommandTable", "Roadmap (the académie's indicators, the repères its schools stand beside):"),
            {
                {QT_TRANSLATE_NOOP("CommandTable", "indicators [--file FILE] [--save] [--csv FILE]"),
                    QT_TRANSLATE_NOOP("CommandTable", "each indicator for each year, and its target")},
                {QT_TRANSLATE_NOOP("CommandTable", "reperes import FILE"),
                    QT_TRANSLATE_NOOP("CommandTable", "keep the repères a DANE wrote (consolidate --reperes)")},
            }},
        {QT_TRANSLATE_NOOP("CommandTable", "Shell:"),
            {
                {QT_TRANSLATE_NOOP("CommandTable", "completion bash"),
                    QT_TRANSLATE_NOOP("CommandTable", "print the completion script of bash")},
            }},
        {QT_TRANSLATE_NOOP("CommandTable", "Options:"),
            {
                {QT_TRANSLATE_NOOP("CommandTable", "--db FILE"),
                    QT_TRANSLATE_NOOP("CommandTable", "work on this database (default: the app's own)")},
                {QT_TRANSLATE_NOOP("CommandTable", "--language fr|en"),
                    QT_TRANSLATE_NOOP("CommandTable", "the language of the messages")},
                {QT_TRANSLATE_NOOP("CommandTable", "--help"),
                    QT_TRANSLATE_NOOP("CommandTable", "print this help; after a command, its options")},
                {QT_TRANSLATE_NOOP("CommandTable", "--version"),
                    QT_TRANSLATE_NOOP("CommandTable", "print the version")},
            }},
    };
    return table;
}

QString helpText()
{
    QString text = QCoreApplication::translate("CommandTable", "Usage: paliers-cli [--db FILE] COMMAND [OPTIONS]\n");
    for (const Group &group : groups()) {
        text += u'\n' + translated(group.title) + u'\n';
        for (const Entry &entry : group.entries)
            text += formatEntry(entry);
    }
    text += u'\n'
        + QCoreApplication::translate("CommandTable",
            "The statuses are %1.\n"
            "An answers file looks like:\n"
            "  { \"referential\": \"creteil-ecoles\", \"answers\": { \"PIL-1-01\": \"atteint\" } }\n")
              .arg(answerStatusKeyList());
    return text;
}

QString bashCompletion()
{
    // The synopses read once: commands (merged when a command has two forms,
    // such as score), the subcommands of each, and the global options.
    std::map<QString, Synopsis> commands;
    std::map<QString, QStringList> subcommands;
    Synopsis global;
    QStringList firstWords;
    for (const Group &group : groups()) {
        for (const Entry &entry : group.entries) {
            const Synopsis synopsis = parse(entry.synopsis);
            if (synopsis.words.isEmpty()) {
                global.options += synopsis.options;
                global.values.insert(synopsis.values.begin(), synopsis.values.end());
                continue;
            }
            const QString first = synopsis.words.constFirst();
            if (!firstWords.contains(first))
                firstWords.append(first);
            if (synopsis.words.size() > 1 && !subcommands[first].contains(synopsis.words.at(1)))
                subcommands[first].append(synopsis.words.at(1));
            Synopsis &merged = commands[synopsis.words.mid(0, 2).join(u' ')];
            merged.words = synopsis.words.mid(0, 2);
            for (const QString &option : synopsis.options) {
                if (!merged.options.contains(option))
                    merged.options.append(option);
            }
            merged.values.insert(synopsis.values.begin(), synopsis.values.end());
            if (!synopsis.positional.isEmpty())
                merged.positional = synopsis.positional;
        }
    }

    QString script = QStringLiteral("# bash completion of paliers-cli. Written by \"paliers-cli completion bash\"\n"
                                    "# from the table of commands that \"paliers-cli --help\" prints: do not edit.\n"
                                    "\n"
                                    "_paliers_cli_words()\n"
                                    "{\n"
                                    "    mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$cur\")\n"
                                    "}\n"
                                    "\n"
                                    "_paliers_cli_files()\n"
                                    "{\n"
                                    "    compopt -o filenames 2>/dev/null\n"
                                    "    mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
                                    "}\n"
                                    "\n"
                                    "_paliers_cli_folders()\n"
                                    "{\n"
                                    "    compopt -o filenames 2>/dev/null\n"
                                    "    mapfile -t COMPREPLY < <(compgen -d -- \"$cur\")\n"
                                    "}\n"
                                    "\n"
                                    "_paliers_cli()\n"
                                    "{\n"
                                    "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
                                    "    COMPREPLY=()\n"
                                    "    case $prev in\n");
    QStringList globalWithValue;
    for (const auto &[option, kind] : global.values) {
        script += QStringLiteral("        %1) %2; return ;;\n").arg(option, completeWith(kind));
        globalWithValue.append(option);
    }
    script += QStringLiteral("    esac\n"
                             "    # The words typed so far, without the global options and their values.\n"
                             "    local -a words=()\n"
                             "    local i\n"
                             "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                             "        case ${COMP_WORDS[i]} in\n"
                             "            %1) ((i++)) ;;\n"
                             "            %2) ;;\n"
                             "            *) words+=(\"${COMP_WORDS[i]}\") ;;\n"
                             "        esac\n"
                             "    done\n"
                             "    if ((${#words[@]} == 0)); then\n"
                             "        _paliers_cli_words \"%3\"\n"
                             "        return\n"
                             "    fi\n"
                             "    local key=${words[0]}\n"
                             "    case $key in\n")
                  .arg(globalWithValue.join(u'|'), globalWithValue.join(QLatin1String("=*|")) + QStringLiteral("=*"),
                      (firstWords + global.options).join(u' '));
    for (const auto &[command, subs] : subcommands) {
        script += QStringLiteral("        %1)\n"
                                 "            if ((${#words[@]} == 1)); then\n"
                                 "                _paliers_cli_words \"%2\"\n"
                                 "                return\n"
                                 "            fi\n"
                                 "            key=\"$key ${words[1]}\" ;;\n")
                      .arg(command, subs.join(u' '));
    }
    script += QStringLiteral("    esac\n"
                             "    # The value of an option.\n"
                             "    case \"$key $prev\" in\n");
    for (const auto &[key, synopsis] : commands) {
        for (const auto &[option, kind] : synopsis.values) {
            script += QStringLiteral("        %1) %2; return ;;\n")
                          .arg(shellQuoted(key + u' ' + option),
                              kind.isEmpty() ? QStringLiteral(":") : completeWith(kind));
        }
    }
    script += QStringLiteral("    esac\n"
                             "    # The options of the command, or what it takes.\n"
                             "    if [[ $cur == -* ]]; then\n"
                             "        case $key in\n");
    for (const auto &[key, synopsis] : commands) {
        script += QStringLiteral("            %1) _paliers_cli_words \"%2\" ;;\n")
                      .arg(shellQuoted(key), (synopsis.options + QStringList {QStringLiteral("--help")}).join(u' '));
    }
    script += QStringLiteral("        esac\n"
                             "        return\n"
                             "    fi\n"
                             "    case $key in\n");
    for (const auto &[key, synopsis] : commands) {
        if (!synopsis.positional.isEmpty())
            script += QStringLiteral("        %1) %2 ;;\n").arg(shellQuoted(key), completeWith(synopsis.positional));
    }
    script += QStringLiteral("    esac\n"
                             "}\n"
                             "\n"
                             "complete -F _paliers_cli paliers-cli\n");
    return script;
}

} // namespace Paliers::CommandTable
