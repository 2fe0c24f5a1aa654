#pragma once

#include <QString>

namespace isms::core {

// Argon2id password hashes (libsodium crypto_pwhash_str): the stored string carries its own salt
// and cost parameters, so it can be checked without anything else.
class PasswordHasher {
public:
    static QString hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
};

}  // namespace isms::core
