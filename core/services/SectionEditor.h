#pragma once

#include "domain/Classification.h"
#include "domain/NumberingScheme.h"
#include "domain/PolicySection.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace isms::core {

class Database;
class RecordWriter;

// Edits the section tree and title block of a draft policy version. Every operation names the
// version's row_version it was based on: the version row is the lock for the whole tree, so an
// edit made on an out-of-date picture of the draft is refused instead of scrambling it. Each
// operation returns nothing but leaves the new row_version in treeVersion().
class SectionEditor {
    Q_DECLARE_TR_FUNCTIONS(SectionEditor)
public:
    struct Position {
        qint64 parentId = 0;  // 0: top level
        int index = 0;        // among the siblings
        bool operator==(const Position&) const = default;
    };
    struct TitleBlock {
        QString title;
        Classification::Value classification = Classification::Internal;
        QDate effectiveDate;
        QString notice;
        // The document's numbering; unset leaves it as it is.
        std::optional<NumberingScheme> numbering;
        // The organisation the document is of (an imported document's may need putting right);
        // unset leaves it as it is.
        std::optional<QString> orgName;
    };

    SectionEditor(Database& db, qint64 versionId);

    int treeVersion() const;
    Position positionOf(qint64 sectionId) const;
    PolicySection load(qint64 sectionId) const;  // with its subtree

    qint64 insert(int expected, const Position& at, const QString& heading, const QStringList& paragraphs);
    void update(int expected, qint64 sectionId, const QString& heading, const QStringList& paragraphs);
    void remove(int expected, qint64 sectionId);
    // Puts a removed subtree back with its own ids (for undo).
    void restore(int expected, const Position& at, const PolicySection& subtree);
    void move(int expected, qint64 sectionId, const Position& to);
    void setTitleBlock(int expected, const TitleBlock& block);

    // Where the usual moves take a section; false when it cannot go that way.
    bool upTarget(qint64 sectionId, Position* to) const;
    bool downTarget(qint64 sectionId, Position* to) const;
    bool indentTarget(qint64 sectionId, Position* to) const;   // under the previous sibling
    bool outdentTarget(qint64 sectionId, Position* to) const;  // after its parent

private:
    struct Row {
        qint64 id;
        int rowVersion;
    };
    QList<Row> children(qint64 parentId) const;
    QList<qint64> childIds(qint64 parentId) const;
    void lockTree(RecordWriter& writer, int expected);
    void renumber(RecordWriter& writer, qint64 parentId, const QList<qint64>& order);
    void insertTree(RecordWriter& writer, qint64 parentId, int position, const PolicySection& section);
    void removeTree(RecordWriter& writer, qint64 sectionId);
    bool isInside(qint64 candidate, qint64 ancestor) const;
    static void checkHeading(const QString& heading);

    Database& m_db;
    qint64 m_versionId;
};

}  // namespace isms::core
