#include "TextSafety.h"

namespace isms::core {

bool TextSafety::isUnsafe(QChar c) {
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r') return false;
    return u < 0x20 || u == 0x7F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

qsizetype TextSafety::firstUnsafe(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isUnsafe(text[i])) return i;
    }
    return -1;
}

QString TextSafety::cleaned(const QString& text) {
    if (firstUnsafe(text) < 0) return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isUnsafe(c)) out += c;
    }
    return out;
}

}  // namespace isms::core
