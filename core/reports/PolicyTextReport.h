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
    // The title block's fields as the document writes them (安全等級：■內部使用 …, 文件編號：…,
    // 版本編號：…, 生效日期：…) and its notice: what every text form of the policy carries.
    static QStringList fieldLines(const core::PolicyContent& content);
};

}  // namespace isms::reports
