#include "PasswordHasher.h"

#include "domain/Error.h"

#include <sodium.h>

namespace isms::core {

namespace {

void ensureSodium() {
    static const int ready = sodium_init();
    if (ready < 0) throw Error(Error::Kind::Storage, QStringLiteral("libsodium could not be initialised."));
}

}  // namespace

QString PasswordHasher::hash(const QString& password) {
    ensureSodium();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0) throw Error(Error::Kind::Storage, QStringLiteral("Out of memory while hashing a password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password) {
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES) return false;
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

}  // namespace isms::core
