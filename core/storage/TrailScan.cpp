#include "TrailScan.h"

#include <sodium.h>
#include <sqlite3.h>

#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "Database.h"
#include "JsonText.h"
#include "Sql.h"
#include "domain/Error.h"

namespace isms::core {

namespace {

// A statement read front to back, finalised however the scan ends.
class Statement {
public:
    Statement(sqlite3* handle, const QByteArray& sql) : m_handle(handle) {
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            fail();
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool step() {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) return true;
        if (rc != SQLITE_DONE) fail();
        return false;
    }
    int type(int column) const { return sqlite3_column_type(m_statement, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    // Text as SQLite holds it (a NULL is empty): valid until the next step.
    std::string_view text(int column) const {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return bytes ? std::string_view(bytes, size_t(sqlite3_column_bytes(m_statement, column)))
                     : std::string_view();
    }
    // Read as this program wrote it: text (or nothing) where it wrote text.
    bool isText(int column) const {
        const int t = type(column);
        return t == SQLITE_TEXT || t == SQLITE_NULL;
    }
    int columns() const { return sqlite3_column_count(m_statement); }
    std::string_view name(int column) const { return sqlite3_column_name(m_statement, column); }

private:
    [[noreturn]] void fail() const {
        throw Error(Error::Kind::Storage, TrailScan::tr("The audit trail could not be read: %1")
                                              .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }
    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
};

// SHA-256 in lower-case hex, as AuditLog stores it.
struct Sha256Hex {
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    explicit Sha256Hex(std::string_view data) {
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()),
                           data.size());
        sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    }
    std::string_view view() const { return {hex, 2 * crypto_hash_sha256_BYTES}; }
};

}  // namespace

TrailScan::TrailScan(Database& db) : m_db(db) {
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_handle)
        throw Error(Error::Kind::Storage,
                    tr("The audit trail could not be read: the database is not open."));
    [[maybe_unused]] static const int ready = sodium_init();
    randombytes_buf(m_key, sizeof m_key);
}

bool TrailScan::applies(const Database& db) {
    if (db.engine() != Database::Engine::SQLite) return false;
    // The handle is only ours to use if Qt's driver is built on this same SQLite (Debian's is; a
    // Qt with its own copy of SQLite inside the driver is read row by row instead).
    static const bool sameLibrary =
        Sql::scalar(db.connection(), QStringLiteral("SELECT sqlite_source_id()")).toString() ==
        QString::fromLatin1(sqlite3_sourceid());
    return sameLibrary;
}

void TrailScan::run(bool chain, const QStringList& tables, const std::function<bool()>& stop) {
    m_chain = {};
    m_suspects.clear();
    m_complete = true;
    m_images.clear();
    for (const QString& table : tables) m_images.insert(table, {});
    readTrail(chain, stop);
    for (const QString& table : tables) {
        if (!m_complete) break;
        compareTable(table, stop);
    }
    m_images.clear();
}

quint64 TrailScan::digest(std::string_view bytes) const {
    unsigned char out[crypto_shorthash_BYTES];
    crypto_shorthash(out, reinterpret_cast<const unsigned char*>(bytes.data()),
                     quint64(bytes.size()), m_key);
    quint64 value;
    memcpy(&value, out, sizeof value);
    return value;
}

void TrailScan::readTrail(bool chain, const std::function<bool()>& stop) {
    enum { Id, At, Actor, Action, Entity, EntityId, Before, After, PrevHash, Hash };
    Statement q(
        m_handle,
        "SELECT id, at, actor, action, entity, entity_id, before_data, after_data, prev_hash, hash "
        "FROM audit_log ORDER BY id");
    // The fields as AuditLog::entryHash writes them: a compact JSON array of strings.
    std::string fields;
    std::string prev;
    std::string lastEntity;
    QHash<qint64, Image>* images = nullptr;  // lastEntity's
    while (q.step()) {
        if (stop && m_chain.entries % 1000 == 0 && stop()) {
            m_complete = false;
            break;
        }
        ++m_chain.entries;
        const qint64 id = q.integer(Id);
        if (chain) {
            bool plain = q.type(Id) == SQLITE_INTEGER && q.type(EntityId) == SQLITE_INTEGER;
            fields.clear();
            fields.push_back('[');
            JsonText::appendString(fields, prev);
            for (const int column : {At, Actor, Action, Entity}) {
                plain = plain && q.isText(column);
                fields.push_back(',');
                JsonText::appendString(fields, q.text(column));
            }
            fields.append(",\"");
            JsonText::appendInteger(fields, q.integer(EntityId));
            fields.push_back('"');
            for (const int column : {Before, After}) {
                plain = plain && q.isText(column);
                fields.push_back(',');
                JsonText::appendString(fields, q.text(column));
            }
            fields.push_back(']');
            plain = plain && q.isText(PrevHash) && q.isText(Hash);
            if (!plain || q.text(PrevHash) != prev || q.text(Hash) != Sha256Hex(fields).view()) {
                m_chain.suspects << id;
            }
        }
        prev = q.text(Hash);
        m_chain.headId = id;
        if (m_images.isEmpty()) continue;
        const std::string_view entity = q.text(Entity);
        if (entity != lastEntity) {
            lastEntity = entity;
            const auto it =
                m_images.find(QString::fromUtf8(lastEntity.data(), qsizetype(lastEntity.size())));
            images = it == m_images.end() ? nullptr : &it.value();
        }
        const qint64 entityId = q.integer(EntityId);
        if (!images || entityId == 0) continue;
        (*images)[entityId] = {digest(q.text(After)), q.text(Action) == "delete"};
    }
    m_chain.headHash = QString::fromLatin1(prev.data(), qsizetype(prev.size()));
}

void TrailScan::compareTable(const QString& table, const std::function<bool()>& stop) {
    QHash<qint64, Image> images = m_images.take(table);
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    Statement q(m_handle, QStringLiteral("SELECT * FROM \"%1\"").arg(quoted).toUtf8());
    // Each row as AuditLog::toJson writes it: its columns by name, as a compact JSON object.
    const int count = q.columns();
    std::vector<std::string> keys;
    for (int c = 0; c < count; ++c) {
        std::string key;
        JsonText::appendString(key, q.name(c));
        keys.push_back(key + ':');
    }
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return q.name(a) < q.name(b); });
    int idColumn = -1;
    int secretColumn = -1;
    for (int c = 0; c < count; ++c) {
        if (q.name(c) == "id") idColumn = c;
        if (q.name(c) == "password_hash") secretColumn = c;
    }
    if (idColumn < 0) return;
    std::string json;
    qint64 rows = 0;
    while (q.step()) {
        if (stop && ++rows % 1000 == 0 && stop()) {
            m_complete = false;
            return;
        }
        const qint64 id = q.integer(idColumn);
        bool plain = q.type(idColumn) == SQLITE_INTEGER;
        json.clear();
        json.push_back('{');
        for (const int c : std::as_const(order)) {
            if (json.size() > 1) json.push_back(',');
            json.append(keys[c]);
            if (c == secretColumn) {
                // AuditLog::toJson's stand-in for a password hash: a short digest of it.
                plain = plain && q.type(c) != SQLITE_FLOAT && q.type(c) != SQLITE_BLOB;
                json.append("\"(secret ")
                    .append(Sha256Hex(q.text(c)).view().substr(0, 8))
                    .append(")\"");
                continue;
            }
            switch (q.type(c)) {
                case SQLITE_INTEGER:
                    JsonText::appendInteger(json, q.integer(c));
                    break;
                case SQLITE_FLOAT:
                    JsonText::appendDouble(json, q.real(c));
                    break;
                case SQLITE_NULL:
                    json.append("\"\"");
                    break;  // Qt reads a NULL as a null QString
                default:
                    JsonText::appendString(json, q.text(c));
                    break;
            }
        }
        json.push_back('}');
        const auto it = images.constFind(id);
        if (!plain || it == images.cend() || it->deleted || it->digest != digest(json))
            m_suspects.append({table, id});
        if (it != images.cend()) images.erase(it);
    }
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (!it->deleted) m_suspects.append({table, it.key()});
    }
}

}  // namespace isms::core
