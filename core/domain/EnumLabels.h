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
    // The key that text names: the key itself, or its label in English or Traditional Chinese
    // (whatever the language shown), among keys (all of ours when empty); empty when none.
    static QString keyOf(const QString& text, const QStringList& keys = {});
    // Every name a key is read back by: itself, its label in English, shown, and in Chinese.
    static QStringList namesOf(const QString& key);
    // Scope categories of people, in the order the policy lists them (參、一 and 二).
    static QStringList personCategories();
};

}  // namespace isms::core
