// Renders the SVG application icon into the PNG sizes of the hicolor theme,
// at build time, so that only the SVG is kept in the repository.
// A size written "ico" gives the Windows icon (256 px) for the installer.
//   paliers-iconrender ICON.svg OUTDIR SIZE...
#include <cstdio>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: paliers-iconrender ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    for (const QString &text : arguments.mid(3)) {
        const bool ico = text == QLatin1String("ico");
        const int size = ico ? 256 : text.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString path = ico ? QStringLiteral("%1/paliers.ico").arg(arguments.at(2))
                                 : QStringLiteral("%1/%2.png").arg(arguments.at(2), text);
        if (!image.save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
