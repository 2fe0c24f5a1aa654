#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace isms::core {

// The program's language (zh_TW or en) and the date forms that go with it: ROC dates in
// Traditional Chinese, ISO dates in English.
class Language {
public:
    static QStringList available();  // {"zh_TW", "en"}
    // zh_TW on a Chinese system, English elsewhere.
    static QString systemDefault();
    // Loads our translation and Qt's own; returns false for an unknown language.
    static bool install(const QString& language);
    static QString current();
    static bool isChinese();

    static QString longDate(const QDate& date);  // 民國114年9月11日 | 2025-09-11
    static QString shortDate(const QDate& date);
    // A moment in local time, to the minute: 115/08/19 15:20 | 2026-08-19 15:20.
    static QString shortDateTime(const QDateTime& moment);
    // A value with its unit, one style everywhere: 86% (a percent sign follows its number, as
    // in the reports' own percentages), 3 次, 99.5 hours.
    static QString quantity(double value, const QString& unit);
    // source as the given language says it, whichever language is installed: to read back what
    // was written in either language.
    static QString translated(const QString& language, const char* context,
                              const char* source);  // 114/09/11      | 2025-09-11

private:
    static QString s_current;
};

}  // namespace isms::core
