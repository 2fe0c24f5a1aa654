#pragma once

#include "ListDefinition.h"

#include <QVariant>

namespace isms::core {

// How a list value reads: dates as ROC dates in zh_TW, years as ROC years, stored keys as their
// labels. One place, so the screen and every export say the same.
class TrailReading;

class ListFormatter {
public:
    // trail: reads the trail formats (names of linked records, kept while it lives); without
    // one they read as stored.
    static QString text(ListDefinition::Format format, const QVariant& value,
                        TrailReading* trail = nullptr);
};

}  // namespace isms::core
