#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace isms::core {

class Database;

// Checks a printed or exported copy against the database by its content fingerprint: is it the
// version in force, one that was superseded (and which is in force now), or nothing we know.
class CopyVerifier {
    Q_DECLARE_TR_FUNCTIONS(CopyVerifier)
public:
    struct Verdict {
        enum Kind { Current, Superseded, NotInForce, Unknown } kind = Unknown;
        QString code;
        QString version;
        QString currentVersion;
        QString fingerprint;
        QString message() const;
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
