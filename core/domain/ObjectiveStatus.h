#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

// Whether an objective's indicator meets its target, from its measurements in order: met, not
// met, at risk (met, but the last measurement moved the wrong way), or no data.
class ObjectiveStatus {
    Q_DECLARE_TR_FUNCTIONS(ObjectiveStatus)
public:
    enum Value { NoData, Met, AtRisk, NotMet };
    enum class Direction { AtLeast, AtMost, Equal };

    static bool directionFromKey(const QString& key, Direction* out);
    static bool meets(Direction direction, double target, double value);
    // values: the measurements of the period, oldest first.
    static Value evaluate(Direction direction, double target, const QList<double>& values);
    static QString key(Value v);    // no_data, met, at_risk, not_met
    static QString label(Value v);  // translated
    // With a symbol (✔ ▲ ✖ —), so it reads without colour too.
    static QString markedLabel(Value v);
};

}  // namespace isms::core
