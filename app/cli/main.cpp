#include "clitool.h"
#include "i18n.h"

#include <cstdio>
#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // The PDF report draws charts, which needs a QApplication; the command
    // line never opens a window, so it needs no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session, Qt warns that XDG_RUNTIME_DIR is not set when the
    // platform starts; a command-line user has nothing to do about it.
    static const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
              if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                  previous(type, context, message);
          });
    QApplication app(argc, argv);
    // The same name as the app: it decides where the default database lives.
    QCoreApplication::setApplicationName(QStringLiteral("paliers"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    // --language, else the preference (View → Language), else the system's.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    Paliers::I18n::install(Paliers::I18n::chosenLanguage(arguments));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Paliers::CliTool tool(out, err);
    return tool.run(arguments);
}
