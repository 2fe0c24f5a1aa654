#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace isms::core {

class Database;

// Checks a printed or exported copy against the database by its content fingerprint: is it the
// version in force, one approved and still to take effect, one superseded (by which version,
// since when), or nothing we know. "In force" is VersionStanding's, on the clock's today.
class CopyVerifier {
    Q_DECLARE_TR_FUNCTIONS(CopyVerifier)
public:
    struct Verdict {
        // Altered: the copy holds text changed after its approval (the database was edited
        // outside the program); no copy of it is valid.
        // NotInForce: a draft, a version in review, withdrawn, or approved and never published.
        enum Kind { Current, Scheduled, Superseded, NotInForce, Altered, Unknown } kind = Unknown;
        QString code;
        QString version;
        QString currentVersion;  // empty when none is in force yet
        QString successor;       // Superseded: by which version
        QDate since;             // Superseded: from when; Scheduled: when it takes effect
        QString fingerprint;
        // The database's text of the version is no longer the approved one (the copy may still
        // be genuine: it is checked against the approval).
        bool databaseAltered = false;
        // Other versions of the document whose record is not what was approved: the verdict on
        // which version is in force rests on them.
        QStringList alteredVersions;
        QString message() const;
        // The verdict in one word (有效 VALID, 尚未生效 NOT YET IN FORCE, …), shown before the
        // sentence.
        QString word() const;

    private:
        QString verdict() const;
    };

    explicit CopyVerifier(Database& db);

    // The full fingerprint (64 hex digits) or the printed short form (16, dashes allowed).
    Verdict verifyFingerprint(const QString& fingerprint) const;
    // An exported PDF: the fingerprint it carries (ISMS-DESK;code;version;fingerprint).
    Verdict verifyFile(const QString& path) const;
    static QString fingerprintIn(const QByteArray& pdf);

private:
    Database& m_db;
};

}  // namespace isms::core
