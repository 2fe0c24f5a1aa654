#pragma once

#include "domain/PolicyContent.h"
#include "domain/VersionStatus.h"
#include "import/ImportWarning.h"

#include <QCoreApplication>

namespace isms::core {

class Database;
class Grant;
class RecordWriter;

// Stores a parsed policy as a new version of its document, and fills the registers the policy
// text defines (references, scope, policy statements, objectives, responsibilities, its review
// cycle) from the sections that hold them. All in one transaction: a failure creates nothing.
class PolicyImporter {
    Q_DECLARE_TR_FUNCTIONS(PolicyImporter)
public:
    struct Result {
        qint64 documentId = 0;
        qint64 versionId = 0;
        int sections = 0;
        int references = 0;
        int scopeItems = 0;
        int statements = 0;
        int objectives = 0;
        int responsibilities = 0;
        QList<ImportWarning> warnings;  // what the file's text was read as, per line
    };

    explicit PolicyImporter(Database& db);

    // carryFrom: the version whose objectives the new one's items continue (0: the one in
    // force, else the newest); a version imported as published settles its own.
    Result import(PolicyContent content, VersionStatus::Value status = VersionStatus::Draft, qint64 carryFrom = 0);
    // The same within an operation already authorised (a new version, the demo's set-up): the
    // grant must cover the policy and the registers derived from it.
    Result import(const Grant& grant, PolicyContent content, VersionStatus::Value status, qint64 carryFrom = 0);
    Result importFile(const QString& path, const QString& code = {}, const QString& version = {});
    // The policy a file holds, read but not stored (for a preview), with what was read
    // differently. Refuses files that are no policy text with the reason.
    static PolicyContent readFile(const QString& path, QList<ImportWarning>* warnings);

private:
    void insertSections(RecordWriter& writer, qint64 versionId, qint64 parentId,
                        std::vector<PolicySection>& sections, Result& result);
    void deriveRegisters(RecordWriter& writer, const PolicyContent& content, Result& result);
    qint64 roleId(const QString& code) const;

    Database& m_db;
};

}  // namespace isms::core
