#include "establishmentspage.h"
#include "firstpaint.h"
#include "i18n.h"
#include "mainwindow.h"
#include "screenshots.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QIcon>
#include <QImageReader>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>
#include <thread>

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

// --version and --help need no window: they must work without a display, as
// after installing the package on a server.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h")
            return true;
    }
    return false;
}

// What the first screen waits for from the system, read on the other cores
// while this thread makes the translations, the grids and the widgets (Qt's
// font database and image readers are thread-safe; what this thread asks of
// them meanwhile waits for their lock):
// - fontconfig's cache, then Qt's list of the fonts: the first text the
//   window measures needs them;
// - the image-format plugins: Qt loads every one of them at the first picture
//   it reads (the search box's clear button), JPEG and SVG included.
// 3 to 5 ms of the start-up on two cores. Started once the application
// object is made: Qt takes the first thread that uses it for the main one.
// The threads are joined when the array goes, before the application
// object.
std::array<std::jthread, 2> readAheadForTheFirstScreen()
{
    return {std::jthread([] { QFontDatabase::families(); }), std::jthread([] {
                QBuffer nothing;
                QImageReader(&nothing, "png").canRead();
            })};
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay() && onlyAsksForInformation(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    const auto readAhead = readAheadForTheFirstScreen();
    // The name decides where the default database lives; paliers-cli uses it too.
    QApplication::setApplicationName(QStringLiteral("paliers"));
    QApplication::setApplicationDisplayName(QStringLiteral("Paliers"));
    QApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.paliers.Paliers"));
    // --language, else the preference (View → Language), else the system's.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    Paliers::I18n::install(Paliers::I18n::chosenLanguage(arguments));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Digital maturity levels of schools"));
    // Not addHelpOption()/addVersionOption(): Qt's catalogues do not
    // translate their texts, and --help-all would list Qt's own options.
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
        QApplication::translate("main", "Show these options and quit."));
    const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Show the version of Paliers and quit."));
    parser.addOption(help);
    parser.addOption(version);
    const QCommandLineOption database(QStringLiteral("database"),
        QApplication::translate("main", "Open this database file."), QStringLiteral("file.sqlite"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window and quit."), QStringLiteral("file.png"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QApplication::translate("main", "Save pictures of the main views, filled with the example, and quit."),
        QStringLiteral("folder"));
    const QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main",
            "Quit once the window is painted "
            "(for the start-up benchmark)."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "Interface language: fr or en."), QStringLiteral("fr|en"));
    parser.addOption(languageOption);
    parser.addOption(database);
    parser.addOption(screenshot);
    parser.addOption(screenshots);
    parser.addOption(quitAfterPaint);
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main",
            "Paliers databases to open, exports (JSON) to import into the database open, the académie's repères to "
            "keep."),
        QApplication::translate("main", "[FILE...]"));
    parser.process(app);
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return EXIT_SUCCESS;
    }
    if (parser.isSet(version)) {
        std::printf("paliers %s\n", PALIERS_VERSION);
        return EXIT_SUCCESS;
    }

    Paliers::Result<Paliers::ReferentialCatalog> catalog = Paliers::ReferentialCatalog::withInstalled();
    if (!catalog) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Paliers"), catalog.error());
        return EXIT_FAILURE;
    }

    if (parser.isSet(screenshots))
        return Paliers::Screenshots::saveAll(std::move(catalog).value(), parser.value(screenshots));

    Paliers::MainWindow window(std::move(catalog).value());
    const QStringList paths = parser.positionalArguments();
    const Paliers::MainWindow::FileArguments files = Paliers::MainWindow::sortFiles(paths);
    window.openInitialDatabase(parser.isSet(database) ? parser.value(database) : files.database);
    // The icon's SVG engine, a plugin, is loaded once the window is on
    // screen: 1.5 ms of the start-up.
    Paliers::afterFirstPaint(&window, [] { QApplication::setWindowIcon(Paliers::MainWindow::applicationIcon()); });
    if (parser.isSet(quitAfterPaint))
        Paliers::quitAfterFirstPaint(&window);
    window.show();
    if (parser.isSet(screenshot)) {
        window.establishmentsPage()->finishLoading(); // the picture shows the list
        QApplication::processEvents();
        if (!window.grab().save(parser.value(screenshot))) {
            std::fprintf(stderr, "%s\n",
                qPrintable(
                    QApplication::translate("main", "Cannot write the picture \"%1\".").arg(parser.value(screenshot))));
            return EXIT_FAILURE;
        }
        return EXIT_SUCCESS;
    }
    // Once the window is on screen, so that what the files need to ask is
    // asked over it.
    if (!paths.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    return QApplication::exec();
}
