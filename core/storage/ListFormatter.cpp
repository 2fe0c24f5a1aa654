#include "ListFormatter.h"

#include "domain/EnumLabels.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"

#include <QDate>

namespace isms::core {

QString ListFormatter::text(ListDefinition::Format format, const QVariant& value) {
    if (value.isNull()) return {};
    using Format = ListDefinition::Format;
    switch (format) {
    case Format::Date: return Language::shortDate(QDate::fromString(value.toString(), Qt::ISODate));
    case Format::Year:
        return QString::number(Language::isChinese() ? value.toInt() - RocDate::kYearOffset : value.toInt());
    case Format::Label: return EnumLabels::label(value.toString());
    case Format::Number:
    case Format::Text: break;
    }
    return value.toString();
}

}  // namespace isms::core
