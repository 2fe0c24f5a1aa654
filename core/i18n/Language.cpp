#include "Language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

#include "domain/RocDate.h"

namespace isms::core {

QString Language::s_current = QStringLiteral("en");

QStringList Language::available() {
    return {QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString Language::systemDefault() {
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_TW")
                                                            : QStringLiteral("en");
}

bool Language::install(const QString& language) {
    if (!available().contains(language)) return false;
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto* t : {&ours, &qt}) {
        if (*t) QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    s_current = language;
    const bool english = language == QStringLiteral("en");
    QLocale::setDefault(
        english ? QLocale(QLocale::English, QLocale::UnitedStates)
                : QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan));
    ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/isms-desk_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(ours.get());
    }
    if (english) return true;
    // Qt's own strings (dialog buttons, print preview) come from Debian's qt6-translations-l10n.
    qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
    }
    return true;
}

QString Language::translated(const QString& language, const char* context, const char* source) {
    if (language == QStringLiteral("en")) return QString::fromUtf8(source);
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    auto& translator = translators[language];
    if (!translator) {
        translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/isms-desk_%1.qm").arg(language)))
            translator.reset();
    }
    const QString text = translator ? translator->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString Language::current() {
    return s_current;
}

bool Language::isChinese() {
    return s_current.startsWith(QStringLiteral("zh"));
}

QString Language::longDate(const QDate& date) {
    if (!date.isValid()) return {};
    return isChinese() ? RocDate::longForm(date) : date.toString(Qt::ISODate);
}

QString Language::quantity(double value, const QString& unit) {
    const QString number = QLocale().toString(value);
    const QString u = unit.trimmed();
    if (u.isEmpty()) return number;
    if (u == QStringLiteral("%") || u == QStringLiteral("％")) return number + QLatin1Char('%');
    return number + QLatin1Char(' ') + u;
}

QString Language::shortDateTime(const QDateTime& moment) {
    if (!moment.isValid()) return {};
    const QDateTime local = moment.toLocalTime();
    return QStringLiteral("%1 %2").arg(shortDate(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString Language::shortDate(const QDate& date) {
    if (!date.isValid()) return {};
    return isChinese() ? RocDate::shortForm(date) : date.toString(Qt::ISODate);
}

}  // namespace isms::core
