#pragma once

#include <QString>

namespace isms::core {

// A version number as the program writes it: major.minor (2.1, 3.0, 2.10), compared as
// numbers, so that 2.10 comes after 2.9. Every way a version comes in (a new version, an
// import) is held to it.
class VersionNumber {
public:
    static bool parse(const QString& text, int* major, int* minor);
    static bool isValid(const QString& text);
    // As the program writes it: 2.00 and 02.0 are 2.0 (text that is none comes back as it is).
    static QString canonical(const QString& text);
    // a before b; false where either is no version number.
    static bool before(const QString& a, const QString& b);
};

}  // namespace isms::core
