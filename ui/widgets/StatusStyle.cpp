#include "StatusStyle.h"

namespace isms::ui {

QString StatusStyle::text(core::ObjectiveStatus::Value v) { return core::ObjectiveStatus::markedLabel(v); }

QColor StatusStyle::colour(core::ObjectiveStatus::Value v) {
    switch (v) {
    case core::ObjectiveStatus::Met: return QColor(0x1b, 0x5e, 0x20);
    case core::ObjectiveStatus::AtRisk: return QColor(0x8a, 0x5a, 0x00);
    case core::ObjectiveStatus::NotMet: return QColor(0xb0, 0x00, 0x20);
    case core::ObjectiveStatus::NoData: break;
    }
    return QColor(0x55, 0x55, 0x55);
}

QBrush StatusStyle::brush(core::ObjectiveStatus::Value v) {
    // Solid for met, hatched for the others: the pattern survives a grey printer.
    switch (v) {
    case core::ObjectiveStatus::Met: return QBrush(colour(v), Qt::SolidPattern);
    case core::ObjectiveStatus::AtRisk: return QBrush(colour(v), Qt::Dense3Pattern);
    case core::ObjectiveStatus::NotMet: return QBrush(colour(v), Qt::DiagCrossPattern);
    case core::ObjectiveStatus::NoData: break;
    }
    return QBrush(colour(v), Qt::Dense6Pattern);
}

QBrush StatusStyle::brush(bool good) {
    return good ? brush(core::ObjectiveStatus::Met) : brush(core::ObjectiveStatus::NotMet);
}

}  // namespace isms::ui
