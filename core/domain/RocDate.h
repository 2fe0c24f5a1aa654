#pragma once

#include <QDate>
#include <QString>

namespace isms::core {

// Dates of the Republic of China calendar (民國), as the bureau writes them: year 1 is 1912.
class RocDate {
public:
    static constexpr int kYearOffset = 1911;

    // 民國114年9月11日
    static QString longForm(const QDate& date);
    // 114年9月11日 (as in the policy's title block)
    static QString longFormNoEra(const QDate& date);
    // 114/09/11 (tables)
    static QString shortForm(const QDate& date);
    // Accepts 114年9月11日, 民國114年9月11日, 中華民國114年9月11日, 114/9/11, 114.09.11 and ISO
    // 2025-09-11; returns an invalid date for anything else.
    static QDate parse(const QString& text);
};

}  // namespace isms::core
