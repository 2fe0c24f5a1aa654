#pragma once

#include "Classification.h"
#include "EarlierVersion.h"
#include "NumberingScheme.h"
#include "PolicySection.h"

#include <QDate>
#include <QString>
#include <vector>

namespace isms::core {

// A policy version as its text has it: the title block and the section tree.
struct PolicyContent {
    QString orgName;     // 高雄市政府民政局
    QString orgNameEn;   // Civil Affairs Bureau, Kaohsiung City Government
    QString title;       // 暨所屬機關 資通安全管理制度 政策
    QString code;        // ISMS-01-01
    QString version;     // 2.0
    QDate effectiveDate;
    Classification::Value classification = Classification::Internal;
    QString notice;      // 使用本文件前，如對版本有疑問…
    NumberingScheme numbering;  // 壹、一、(一)… or the document's own
    QString changeSummary;      // what this version changes, where an imported document says so
    QList<EarlierVersion> earlierVersions;  // the document's history before the program, as imported
    std::vector<PolicySection> sections;
};

}  // namespace isms::core
