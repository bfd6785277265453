#include "i18n.h"
#include "mainwindow.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display, Qt's xcb plugin aborts with a cryptic message; say what
// to do instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs("Paliers : aucun affichage graphique n'a été trouvé (ni DISPLAY ni WAYLAND_DISPLAY).\n"
                   "Pour lancer l'application sans écran, utilisez par exemple :\n"
                   "  xvfb-run -a paliers\n"
                   "ou, pour un rendu hors écran :\n"
                   "  QT_QPA_PLATFORM=offscreen paliers\n"
                   "Paliers: no display found (neither DISPLAY nor WAYLAND_DISPLAY); run it under xvfb-run "
                   "or with QT_QPA_PLATFORM=offscreen.\n",
                   stderr);
        return EXIT_FAILURE;
    }

    QApplication app(argc, argv);
    // The name decides where the default database lives; paliers-cli uses it too.
    QApplication::setApplicationName(QStringLiteral("paliers"));
    QApplication::setApplicationDisplayName(QStringLiteral("Paliers"));
    QApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    Paliers::I18n::install(Paliers::I18n::defaultLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Digital maturity levels of schools"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("file.sqlite"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the main window and quit."),
                                        QStringLiteral("file.png"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save pictures of the main views, filled with the example, and quit."),
        QStringLiteral("folder"));
    const QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
                                            QApplication::translate("main", "Quit once the window is painted "
                                                                            "(for the start-up benchmark)."));
    parser.addOption(database);
    parser.addOption(screenshot);
    parser.addOption(screenshots);
    parser.addOption(quitAfterPaint);
    parser.process(app);

    Paliers::Result<Paliers::ReferentialCatalog> catalog = Paliers::ReferentialCatalog::bundled();
    if (!catalog) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Paliers"), catalog.error());
        return EXIT_FAILURE;
    }

    if (parser.isSet(screenshots))
        return Paliers::Screenshots::saveAll(std::move(catalog).value(), parser.value(screenshots));

    Paliers::MainWindow window(std::move(catalog).value());
    window.openInitialDatabase(parser.value(database));
    if (parser.isSet(quitAfterPaint))
        Paliers::Screenshots::quitAfterFirstPaint(&window);
    window.show();
    if (parser.isSet(screenshot)) {
        QApplication::processEvents();
        if (!window.grab().save(parser.value(screenshot))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Cannot write the picture \"%1\".")
                                        .arg(parser.value(screenshot))));
            return EXIT_FAILURE;
        }
        return EXIT_SUCCESS;
    }
    return QApplication::exec();
}
