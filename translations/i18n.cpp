#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Paliers::I18n {

namespace {

// The value of `--language xx` or `--language=xx`, taken out of `arguments`.
QString takeLanguageArgument(QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size()) {
            const QString language = arguments.at(i + 1);
            arguments.remove(i, 2);
            return language;
        }
        if (argument.startsWith(QLatin1String("--language="))) {
            const QString language = argument.mid(11);
            arguments.remove(i);
            return language;
        }
    }
    return QString();
}

} // namespace

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QStringList languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString chosenLanguage(QStringList &arguments)
{
    QString language = takeLanguageArgument(arguments);
    if (language.isEmpty()) {
        const QSettings settings(
            QSettings::IniFormat, QSettings::UserScope, QStringLiteral("paliers"), QStringLiteral("paliers"));
        language = settings.value(QStringLiteral("ui/language")).toString();
    }
    return startLanguage(language);
}

QString startLanguage(const QString &choice)
{
    return languages().contains(choice) ? choice : defaultLanguage();
}

namespace {

// The catalogues of the language in use: a new language replaces them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

bool install(const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    // Owned by the application object, which outlives every window.
    auto *paliers = new QTranslator(QCoreApplication::instance());
    const bool loaded = paliers->load(QStringLiteral(":/i18n/paliers_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(paliers);
        installed().append(paliers);
    } else {
        delete paliers;
    }

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }

    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::French,
        language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France));
    return loaded;
}

} // namespace Paliers::I18n
