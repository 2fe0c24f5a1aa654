#pragma once

#include "domain/PolicyContent.h"

#include <QCoreApplication>
#include <QString>

namespace isms::reports {

// A policy version as plain text: the title block, then every section with its derived number
// and one paragraph per line. It is also the importer's input form, so show → import round-trips.
class PolicyTextReport {
    Q_DECLARE_TR_FUNCTIONS(PolicyTextReport)
public:
    static QString render(const core::PolicyContent& content);
};

}  // namespace isms::reports
