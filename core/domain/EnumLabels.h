#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace isms::core {

// Translated names for the keys the database stores (statuses, kinds, channels, categories…),
// so every view and report shows the same word for the same key.
class EnumLabels {
    Q_DECLARE_TR_FUNCTIONS(EnumLabels)
public:
    // The label for a stored key; the key itself if it is not one of ours.
    static QString label(const QString& key);
    // Scope categories of people, in the order the policy lists them (參、一 and 二).
    static QStringList personCategories();
};

}  // namespace isms::core
