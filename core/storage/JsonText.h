#pragma once

#include <QtGlobal>
#include <string>
#include <string_view>

namespace isms::core {

// Writes values exactly as Qt's compact JSON writes them (QJsonDocument::Compact), byte for byte,
// from UTF-8 as SQLite holds it: the check of a whole file reads every audit entry and every
// record, and turning each into QString and QJsonValue first cost more than reading the file.
// JsonTextTest holds every function to Qt's own output.
class JsonText {
public:
    // A JSON string of UTF-8 text: quotes, backslashes and control characters escaped as Qt
    // escapes them, everything else as it is.
    // (std::string rather than QByteArray: its appends are inline copies, and a scan makes
    // millions of them.)
    static void appendString(std::string& out, std::string_view utf8);
    static void appendInteger(std::string& out, qint64 value);
    // Qt writes a number that is not finite as null.
    static void appendDouble(std::string& out, double value);
};

}  // namespace isms::core
