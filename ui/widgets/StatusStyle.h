#pragma once

#include "domain/ObjectiveStatus.h"

#include <QBrush>
#include <QColor>
#include <QString>

namespace isms::ui {

// How an objective's status looks wherever it is shown: a symbol with the word, a colour, and
// for charts a fill pattern — so it reads in grey print and for colour-blind readers too.
class StatusStyle {
public:
    static QString text(core::ObjectiveStatus::Value v);  // "✔ Met"
    static QColor colour(core::ObjectiveStatus::Value v);
    static QBrush brush(core::ObjectiveStatus::Value v);
    // The same for the other two-state figures (passed/failed, done/overdue…): good or bad.
    static QBrush brush(bool good);
};

}  // namespace isms::ui
