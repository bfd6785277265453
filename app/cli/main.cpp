#include "clitool.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same name as the app: it decides where the default database lives.
    QCoreApplication::setApplicationName(QStringLiteral("paliers"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    Paliers::I18n::install(Paliers::I18n::defaultLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Paliers::CliTool tool(out, err);
    return tool.run(QCoreApplication::arguments().mid(1));
}
