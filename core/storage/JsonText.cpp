#include "JsonText.h"

#include <QByteArray>
#include <QLocale>
#include <array>
#include <charconv>
#include <cmath>

namespace isms::core {

namespace {

// For each byte: 0 when it is written as it is, else the letter of its short escape, or 'u' for
// \u00XX (Qt's short forms are \b \f \n \r \t, and \" \\).
constexpr std::array<char, 256> escapes = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[size_t(c)] = 'u';
    table['\b'] = 'b';
    table['\f'] = 'f';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    table['"'] = '"';
    table['\\'] = '\\';
    return table;
}();

}  // namespace

void JsonText::appendString(std::string& out, std::string_view utf8) {
    out.push_back('"');
    size_t run = 0;  // start of the bytes not yet copied
    const size_t size = utf8.size();
    for (size_t i = 0; i < size; ++i) {
        const char e = escapes[static_cast<unsigned char>(utf8[i])];
        if (e == 0) continue;
        out.append(utf8.data() + run, i - run);
        run = i + 1;
        if (e != 'u') {
            const char pair[2] = {'\\', e};
            out.append(pair, 2);
            continue;
        }
        static constexpr char hex[] = "0123456789abcdef";
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        const char code[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
        out.append(code, 6);
    }
    out.append(utf8.data() + run, size - run);
    out.push_back('"');
}

void JsonText::appendInteger(std::string& out, qint64 value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void JsonText::appendDouble(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest).toStdString());
}

}  // namespace isms::core
