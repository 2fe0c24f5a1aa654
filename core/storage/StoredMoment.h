#pragma once

#include <QDateTime>
#include <QVariant>

namespace isms::core {

// A moment as every table keeps it: ISO text in UTC, NULL for one that has not come (an outage
// still going on, an incident not yet reported); read back in local time.
namespace StoredMoment {

inline QVariant toStored(const QDateTime& moment) {
    return moment.isValid() ? QVariant(moment.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime fromStored(const QVariant& stored) {
    if (stored.isNull() || stored.toString().isEmpty()) return {};
    QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t.toLocalTime();
}

}  // namespace StoredMoment

}  // namespace isms::core
