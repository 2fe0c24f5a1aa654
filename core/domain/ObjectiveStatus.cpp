#include "ObjectiveStatus.h"

#include <cmath>

namespace isms::core {

bool ObjectiveStatus::directionFromKey(const QString& key, Direction* out) {
    if (key == QStringLiteral("at_least")) *out = Direction::AtLeast;
    else if (key == QStringLiteral("at_most")) *out = Direction::AtMost;
    else if (key == QStringLiteral("equal")) *out = Direction::Equal;
    else return false;
    return true;
}

bool ObjectiveStatus::meets(Direction direction, double target, double value) {
    // Measurements are typed in with a few decimals: compare with a tolerance so 99.5 meets 99.5.
    constexpr double epsilon = 1e-9;
    switch (direction) {
    case Direction::AtLeast: return value >= target - epsilon;
    case Direction::AtMost: return value <= target + epsilon;
    case Direction::Equal: return std::fabs(value - target) <= epsilon;
    }
    return false;
}

ObjectiveStatus::Value ObjectiveStatus::evaluate(Direction direction, double target, const QList<double>& values) {
    if (values.isEmpty()) return NoData;
    const double latest = values.last();
    if (!meets(direction, target, latest)) return NotMet;
    if (values.size() < 2) return Met;
    const double previous = values.at(values.size() - 2);
    bool worse = false;
    switch (direction) {
    case Direction::AtLeast: worse = latest < previous; break;
    case Direction::AtMost: worse = latest > previous; break;
    case Direction::Equal: worse = std::fabs(latest - target) > std::fabs(previous - target); break;
    }
    return worse ? AtRisk : Met;
}

QString ObjectiveStatus::key(Value v) {
    switch (v) {
    case NoData: return QStringLiteral("no_data");
    case Met: return QStringLiteral("met");
    case AtRisk: return QStringLiteral("at_risk");
    case NotMet: return QStringLiteral("not_met");
    }
    return {};
}

QString ObjectiveStatus::label(Value v) {
    switch (v) {
    case NoData: return tr("No data");
    case Met: return tr("Met");
    case AtRisk: return tr("At risk");
    case NotMet: return tr("Not met");
    }
    return {};
}

QString ObjectiveStatus::markedLabel(Value v) {
    static const char* const symbols[] = {"—", "✔", "▲", "✖"};
    return QString::fromUtf8(symbols[v]) + QLatin1Char(' ') + label(v);
}

}  // namespace isms::core
