#include "ListFormatter.h"

#include <QDate>
#include <QDateTime>

#include "TrailReading.h"
#include "domain/EnumLabels.h"
#include "domain/RecordKinds.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::core {

QString ListFormatter::text(ListDefinition::Format format, const QVariant& value,
                           TrailReading* trail) {
    if (value.isNull()) return {};
    using Format = ListDefinition::Format;
    switch (format) {
        case Format::Date:
            return Language::shortDate(QDate::fromString(value.toString(), Qt::ISODate));
        case Format::Year:
            return QString::number(Language::isChinese() ? value.toInt() - RocDate::kYearOffset
                                                         : value.toInt());
        case Format::Label:
            return EnumLabels::label(value.toString());
        case Format::RecordKind: {
            QString kind = RecordKinds::label(value.toString());
            if (!kind.isEmpty()) kind[0] = kind[0].toUpper();
            return kind;
        }
        case Format::Time: {
            QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (!at.isValid()) return value.toString();
            if (at.timeSpec() == Qt::LocalTime)
                at.setTimeSpec(Qt::UTC);  // stored without a zone: UTC
            const QDateTime local = at.toLocalTime();
            return Language::shortDate(local.date()) + QLatin1Char(' ') +
                   local.time().toString(QStringLiteral("HH:mm:ss"));
        }
        case Format::TrailEvent:
        case Format::TrailRecord:
        case Format::TrailChanges: {
            if (!trail) break;
            const TrailReading::Reading r = trail->read(TrailReading::unpack(value.toString()));
            return format == Format::TrailEvent    ? r.event
                   : format == Format::TrailRecord ? r.record
                                                   : r.summary(trail->whole());
        }
        case Format::Actor:
            return TrailReading::actorName(value.toString());
        case Format::Number:
        case Format::Text:
            break;
    }
    return value.toString();
}

}  // namespace isms::core
