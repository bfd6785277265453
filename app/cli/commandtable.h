#pragma once

#include <QList>
#include <QString>

namespace Paliers::CommandTable {

// One line of `paliers-cli --help`: the synopsis of a command and what it
// does. Both are English source texts (translated when printed); the
// synopsis also drives the shell completion, so it names every option of the
// command and spells out the values an option takes when they are few
// ("--format text|json").
struct Entry
{
    const char *synopsis;
    const char *summary;
};

struct Group
{
    const char *title;
    QList<Entry> entries;
};

// Every command of paliers-cli, by group, as --help lists them.
const QList<Group> &groups();

// `paliers-cli --help`, in the language installed.
QString helpText();

// A bash completion script for paliers-cli (`paliers-cli completion bash`):
// command words, then each command's options, the values of the options
// that have few, and file names where a file is expected.
QString bashCompletion();

} // namespace Paliers::CommandTable
