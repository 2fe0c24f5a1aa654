#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <string_view>

struct sqlite3;

namespace isms::core {

class Database;

// One read of a SQLite file's whole audit trail, straight from SQLite's own UTF-8 (no QString, no
// QJsonValue): it chains every entry and notes each record's last image, then reads the audited
// tables and compares each row with its image. It is the fast half of AuditLog::verify and
// AuditState::differences; they keep the row-by-row reading as the authority: what the scan
// finds wrong is only a suspect until they have read it again their way, so a scan can never
// report a difference they would not, and JsonText is held to Qt's JSON by tests so that it
// never misses one either.
class TrailScan {
    Q_DECLARE_TR_FUNCTIONS(TrailScan)
public:
    struct Chain {
        qint64 entries = 0;
        qint64 headId = 0;
        QString headHash;
        QList<qint64> suspects;  // entries that do not seem to chain on, in order
    };
    struct Suspect {
        QString table;
        qint64 id = 0;
    };

    // Only for a SQLite database whose driver uses the SQLite this program is linked with
    // (applies()).
    explicit TrailScan(Database& db);
    static bool applies(const Database& db);

    // Reads the trail, chaining it if chain is true, and compares the rows of tables (tables
    // with ids; a link table's rows have no image of their own) with their last images. stop,
    // asked every thousand entries and rows, ends it early.
    void run(bool chain, const QStringList& tables, const std::function<bool()>& stop = {});

    const Chain& chain() const { return m_chain; }
    const QList<Suspect>& suspects() const { return m_suspects; }
    bool complete() const { return m_complete; }

private:
    struct Image {
        quint64 digest = 0;
        bool deleted = false;
    };
    void readTrail(bool chain, const std::function<bool()>& stop);
    void compareTable(const QString& table, const std::function<bool()>& stop);
    quint64 digest(std::string_view bytes) const;

    Database& m_db;
    sqlite3* m_handle = nullptr;
    unsigned char m_key[16];  // for the records' digests, new for each scan
    QHash<QString, QHash<qint64, Image>> m_images;
    Chain m_chain;
    QList<Suspect> m_suspects;
    bool m_complete = true;
};

}  // namespace isms::core
