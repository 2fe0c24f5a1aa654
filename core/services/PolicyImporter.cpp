#include "PolicyImporter.h"

#include "ObjectiveRegister.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/ObjectiveItems.h"
#include "domain/DocumentCode.h"
#include "domain/VersionNumber.h"
#include "import/DocxReader.h"
#include "import/OdtReader.h"
#include "import/PdfTextReader.h"
#include "import/PolicyTextParser.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <functional>

namespace isms::core {

namespace {

using Visitor = std::function<void(const PolicySection&, int depth)>;

void walk(const std::vector<PolicySection>& sections, int depth, const Visitor& visit) {
    for (const PolicySection& s : sections) {
        visit(s, depth);
        walk(s.children, depth + 1, visit);
    }
}

const PolicySection* findSection(const std::vector<PolicySection>& sections,
                                 const std::function<bool(const PolicySection&, int)>& match) {
    const PolicySection* found = nullptr;
    walk(sections, 0, [&](const PolicySection& s, int depth) {
        if (!found && match(s, depth)) found = &s;
    });
    return found;
}

QString withoutFullStop(QString text) {
    while (text.endsWith(QStringLiteral("。")) || text.endsWith(QLatin1Char('.'))) text.chop(1);
    return text;
}

QString referenceKind(const QString& title) {
    if (title.contains(QStringLiteral("ISO")) || title.contains(QStringLiteral("CNS"))) return QStringLiteral("standard");
    if (title.contains(QStringLiteral("細則")) || title.contains(QStringLiteral("辦法")) ||
        title.contains(QStringLiteral("規定")) || title.contains(QStringLiteral("準則"))) {
        return QStringLiteral("regulation");
    }
    if (title.endsWith(QStringLiteral("法"))) return QStringLiteral("law");
    return QStringLiteral("other");
}

QString scopeKind(const QString& text) {
    if (text.startsWith(QStringLiteral("與")) || text.contains(QStringLiteral("連線作業"))) return QStringLiteral("agency");
    if (text.contains(QStringLiteral("委外")) || text.contains(QStringLiteral("廠商"))) return QStringLiteral("vendor");
    return QStringLiteral("staff");
}

}  // namespace

PolicyImporter::PolicyImporter(Database& db) : m_db(db) {}

PolicyImporter::Result PolicyImporter::importFile(const QString& path, const QString& code,
                                                  const QString& version) {
    m_db.require(UserRole::Permission::EditPolicy);
    QList<ImportWarning> warnings;
    PolicyContent content = readFile(path, &warnings);
    if (!code.isEmpty()) content.code = code;
    if (!version.isEmpty()) {
        // Another version than the file's: what the file's history says of its own is not this one's.
        if (VersionNumber::canonical(version) != VersionNumber::canonical(content.version)) content.changeSummary.clear();
        content.version = version;
        warnings.removeIf([](const ImportWarning& w) { return w.about == ImportWarning::About::Version; });
    }
    Result result = import(std::move(content));
    result.warnings = warnings;
    return result;
}

PolicyContent PolicyImporter::readFile(const QString& path, QList<ImportWarning>* warnings) {
    // A policy is some pages of text; a file far larger is something else.
    constexpr qint64 kLargest = 16 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Invalid, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    }
    if (file.size() > kLargest) {
        throw Error(Error::Kind::Invalid, tr("“%1” is %2 MB: too large to be a policy's text.")
                                              .arg(QFileInfo(path).fileName())
                                              .arg(file.size() / (1024 * 1024)));
    }
    const QByteArray head = file.peek(8);
    // Word's older format and RTF are documents, but none the program reads: how to get one it does.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") || head.startsWith("{\\rtf")) {
        throw Error(Error::Kind::Invalid,
                    tr("“%1” is a Word 97–2003 or RTF document, which the program does not read: save it as a Word document "
                       "(.docx) or OpenDocument text (.odt) and import that.")
                        .arg(QFileInfo(path).fileName()));
    }
    PolicyTextParser parser;
    PolicyContent content;
    if (head.startsWith("PK\x03\x04") && path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive)) {
        content = parser.parseDocument(OdtReader::paragraphs(path));
    } else if (head.startsWith("PK\x03\x04")) {
        content = parser.parseDocument(DocxReader::paragraphs(path));
    } else if (head.startsWith("%PDF-")) {
        content = parser.parseText(PdfTextReader::text(path), PolicyTextParser::Source::Pdf);
    } else {
        content = parser.parse(file.readAll());
    }
    if (warnings) *warnings = parser.warnings();
    return content;
}

qint64 PolicyImporter::roleId(const QString& code) const {
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM roles WHERE code = :c"),
                       {{QStringLiteral("c"), code}})
        .toLongLong();
}

PolicyImporter::Result PolicyImporter::import(PolicyContent content, VersionStatus::Value status, qint64 carryFrom) {
    // The policy, and the roles, objectives and responsibilities read from it.
    const Grant grant =
        m_db.require(UserRole::Permission::EditPolicy).with(m_db.require(UserRole::Permission::EditRecords));
    return import(grant, std::move(content), status, carryFrom);
}

PolicyImporter::Result PolicyImporter::import(const Grant& grant, PolicyContent content, VersionStatus::Value status,
                                              qint64 carryFrom) {
    if (content.code.trimmed().isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    tr("The policy has no document code (文件編號); give one with --document."));
    }
    if (content.version.trimmed().isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    tr("The policy has no version number (版本編號); give one with --version."));
    }
    content.code = content.code.trimmed();
    content.version = VersionNumber::canonical(content.version.trimmed());
    if (const QString refusal = DocumentCode::refusal(content.code); !refusal.isEmpty()) throw Error(Error::Kind::Invalid, refusal);
    if (!VersionNumber::isValid(content.version)) {
        throw Error(Error::Kind::Invalid, tr("“%1” is no version number: a version is written like 2.1 or 3.0.").arg(content.version.left(20)));
    }
    if (content.sections.empty()) throw Error(Error::Kind::Invalid, tr("The policy has no sections."));
    if (content.title.trimmed().isEmpty()) content.title = content.code;

    Result result;
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    const QSqlDatabase db = m_db.connection();
    result.documentId = Sql::scalar(db, QStringLiteral("SELECT id FROM documents WHERE code = :c"),
                                    {{QStringLiteral("c"), content.code}})
                            .toLongLong();
    if (result.documentId == 0) {
        result.documentId = writer.insert(QStringLiteral("documents"),
                                          {{QStringLiteral("code"), content.code},
                                           {QStringLiteral("title"), content.title},
                                           {QStringLiteral("numbering"), content.numbering.toStored()}});
    } else if (Sql::scalar(db,
                           QStringLiteral("SELECT COUNT(*) FROM document_versions WHERE document_id = :d "
                                          "AND version = :v"),
                           {{QStringLiteral("d"), result.documentId}, {QStringLiteral("v"), content.version}})
                   .toInt() > 0) {
        throw Error(Error::Kind::Invalid,
                    tr("Document %1 already has a version %2.").arg(content.code, content.version));
    }
    if (result.documentId != 0) {
        // A version comes after the document's versions, and after those its history recorded
        // from before the program (a version of that number there is the document's own record).
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT version, earlier_versions FROM document_versions WHERE document_id = :d"),
                               {{QStringLiteral("d"), result.documentId}});
        QStringList numbers;
        while (q.next()) {
            numbers << q.value(0).toString();
            QList<EarlierVersion> earlier;
            EarlierVersion::fromStored(q.value(1).toString(), &earlier);
            for (const EarlierVersion& e : earlier) {
                if (e.version == content.version) {
                    throw Error(Error::Kind::Invalid, tr("Document %1 already has a version %2 in its revision history.")
                                                          .arg(content.code, content.version));
                }
                numbers << e.version;
            }
        }
        for (const QString& n : numbers) {
            if (VersionNumber::before(content.version, n)) {
                throw Error(Error::Kind::Invalid, tr("Version %1 would come before the existing version %2.").arg(content.version, n));
            }
        }
    }
    result.versionId = writer.insert(
        QStringLiteral("document_versions"),
        {{QStringLiteral("document_id"), result.documentId},
         {QStringLiteral("version"), content.version},
         {QStringLiteral("status"), VersionStatus::key(VersionStatus::Draft)},
         {QStringLiteral("classification"), Classification::key(content.classification)},
         {QStringLiteral("org_name"), content.orgName},
         {QStringLiteral("org_name_en"), content.orgNameEn},
         {QStringLiteral("title"), content.title},
         {QStringLiteral("effective_date"), content.effectiveDate},
         {QStringLiteral("notice"), content.notice},
         {QStringLiteral("numbering"), content.numbering.toStored()},
         {QStringLiteral("earlier_versions"), EarlierVersion::toStored(content.earlierVersions)},
         {QStringLiteral("change_summary"), content.changeSummary},
         {QStringLiteral("created_at"), Clock::nowUtc().toString(Qt::ISODate)}});
    insertSections(writer, result.versionId, 0, content.sections, result);
    deriveRegisters(writer, content, result);
    ObjectiveRegister objectives(m_db);
    if (status == VersionStatus::Published) {
        objectives.settle(grant, result.versionId);
    } else {
        // A revision keeps the objectives of the version it revises, item by item.
        const PolicyRepository repository(m_db);
        if (carryFrom == 0) {
            carryFrom = repository.inForce(result.documentId, Clock::today()).id;
            for (const VersionSummary& v : repository.versions(result.documentId)) {
                if (carryFrom == 0 && v.id != result.versionId) carryFrom = v.id;
            }
        }
        if (carryFrom != 0) objectives.carryForward(grant, carryFrom, result.versionId);
    }
    // The content goes in while the version is a draft; a version imported as already in force
    // (the demo's) takes its status last, after which it is locked.
    if (status != VersionStatus::Draft) {
        writer.update(QStringLiteral("document_versions"), result.versionId, 1,
                      {{QStringLiteral("status"), VersionStatus::key(status)},
                       {QStringLiteral("status_changed_at"), Clock::nowUtc().toString(Qt::ISODate)}});
    }
    tx.commit();
    return result;
}

void PolicyImporter::insertSections(RecordWriter& writer, qint64 versionId, qint64 parentId,
                                    std::vector<PolicySection>& sections, Result& result) {
    int position = 0;
    for (PolicySection& s : sections) {
        if (s.heading.trimmed().isEmpty()) {
            throw Error(Error::Kind::Invalid, tr("A section has an empty heading."));
        }
        s.id = writer.insert(QStringLiteral("sections"),
                             {{QStringLiteral("version_id"), versionId},
                              {QStringLiteral("parent_id"), Sql::idOrNull(parentId)},
                              {QStringLiteral("position"), position++},
                              {QStringLiteral("heading"), s.heading},
                              {QStringLiteral("body"), s.paragraphs.join(QLatin1Char('\n'))}});
        ++result.sections;
        insertSections(writer, versionId, s.id, s.children, result);
    }
}

void PolicyImporter::deriveRegisters(RecordWriter& writer, const PolicyContent& content,
                                     Result& result) {
    const QSqlDatabase db = m_db.connection();
    const QVariant version(result.versionId);
    const auto& tree = content.sections;

    // 貳、依據: the laws, regulations and standards the policy rests on.
    if (const auto* basis = findSection(tree, [](const PolicySection& s, int depth) {
            return depth == 0 && s.heading.contains(QStringLiteral("依據"));
        })) {
        int position = 0;
        QSet<qint64> linked;
        for (const PolicySection& item : basis->children) {
            const QString title = withoutFullStop(item.heading);
            qint64 id = Sql::scalar(db, QStringLiteral("SELECT id FROM legal_references WHERE title = :t"),
                                    {{QStringLiteral("t"), title}})
                            .toLongLong();
            if (id == 0) {
                id = writer.insert(QStringLiteral("legal_references"),
                                   {{QStringLiteral("kind"), referenceKind(title)}, {QStringLiteral("title"), title}});
            }
            // A law listed twice is one reference of the version: its text keeps both lines.
            if (linked.contains(id)) continue;
            linked.insert(id);
            writer.insertLink(QStringLiteral("version_references"),
                              {{QStringLiteral("version_id"), version},
                               {QStringLiteral("reference_id"), id},
                               {QStringLiteral("section_id"), item.id},
                               {QStringLiteral("position"), position++}});
            ++result.references;
        }
    }

    // 參、適用範圍: who and what the policy covers.
    if (const auto* scope = findSection(tree, [](const PolicySection& s, int depth) {
            return depth == 0 && s.heading.contains(QStringLiteral("適用範圍"));
        })) {
        int position = 0;
        for (const PolicySection& item : scope->children) {
            writer.insert(QStringLiteral("scope_items"),
                          {{QStringLiteral("version_id"), version},
                           {QStringLiteral("section_id"), item.id},
                           {QStringLiteral("position"), position++},
                           {QStringLiteral("kind"), scopeKind(item.heading)},
                           {QStringLiteral("text"), item.heading}});
            ++result.scopeItems;
        }
    }

    // (一)資通安全政策：the statements are the paragraphs under the policy heading.
    if (const auto* policy = findSection(tree, [](const PolicySection& s, int) {
            return s.heading.contains(QStringLiteral("政策")) && s.children.empty() &&
                   !s.paragraphs.isEmpty() &&
                   (s.heading.endsWith(QStringLiteral("：")) || s.heading.endsWith(QLatin1Char(':')));
        })) {
        int position = 0;
        for (const QString& text : policy->paragraphs) {
            writer.insert(QStringLiteral("policy_statements"),
                          {{QStringLiteral("version_id"), version},
                           {QStringLiteral("section_id"), policy->id},
                           {QStringLiteral("position"), position++},
                           {QStringLiteral("text"), text}});
            ++result.statements;
        }
    }

    // (二)…目標如下：the numbered items under it are the objectives (ObjectiveRegister gives
    // them their lasting identity once the version's sections are in).
    result.objectives = int(ObjectiveItems::of(content).size());

    // 二、責任: each line, linked to the role it names where the roles exist.
    if (const auto* duties = findSection(tree, [](const PolicySection& s, int depth) {
            return depth <= 1 && withoutFullStop(s.heading) == QStringLiteral("責任");
        })) {
        int position = 0;
        for (const PolicySection& item : duties->children) {
            qint64 role = 0;
            if (item.heading.contains(QStringLiteral("委員會"))) {
                role = roleId(QStringLiteral("committee"));
            } else if (item.heading.contains(QStringLiteral("執行小組"))) {
                role = roleId(QStringLiteral("executive_team"));
            } else if (item.heading.contains(QStringLiteral("同仁"))) {
                role = roleId(QStringLiteral("all_staff"));
            }
            writer.insert(QStringLiteral("responsibilities"),
                          {{QStringLiteral("version_id"), version},
                           {QStringLiteral("section_id"), item.id},
                           {QStringLiteral("role_id"), Sql::idOrNull(role)},
                           {QStringLiteral("position"), position++},
                           {QStringLiteral("text"), item.heading}});
            ++result.responsibilities;
        }
    }

    // 三、審查: the document's own review cycle (yearly, and on significant change).
    if (const auto* review = findSection(tree, [](const PolicySection& s, int depth) {
            return depth <= 1 && withoutFullStop(s.heading) == QStringLiteral("審查");
        })) {
        const bool exists = Sql::scalar(db,
                                        QStringLiteral("SELECT COUNT(*) FROM review_cycles WHERE "
                                                       "subject_kind = 'document' AND subject_id = :d"),
                                        {{QStringLiteral("d"), result.documentId}})
                                .toInt() > 0;
        if (!exists) {
            QStringList rules;
            for (const PolicySection& rule : review->children) rules << rule.heading;
            for (const QString& p : review->paragraphs) rules << p;
            writer.insert(QStringLiteral("review_cycles"),
                          {{QStringLiteral("subject_kind"), QStringLiteral("document")},
                           {QStringLiteral("subject_id"), result.documentId},
                           {QStringLiteral("title"), QStringLiteral("%1 %2").arg(content.code, withoutFullStop(review->heading))},
                           {QStringLiteral("interval_months"), 12},
                           {QStringLiteral("trigger_note"), rules.join(QLatin1Char('\n'))},
                           {QStringLiteral("lead_days"), 60},
                           {QStringLiteral("last_done"), content.effectiveDate}});
        }
    }
}

}  // namespace isms::core
