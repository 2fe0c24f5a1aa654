#pragma once

#include "Classification.h"
#include "VersionStatus.h"

#include <QDate>
#include <QString>

namespace isms::core {

// One row of a document's version list.
struct VersionSummary {
    qint64 id = 0;
    qint64 documentId = 0;
    QString code;
    QString version;
    QString title;
    VersionStatus::Value status = VersionStatus::Draft;
    Classification::Value classification = Classification::Internal;
    QDate effectiveDate;
    QString changeSummary;
    int rowVersion = 0;
};

}  // namespace isms::core
