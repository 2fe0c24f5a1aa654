#include "TextDecoding.h"

#include "domain/Error.h"

#include <QStringDecoder>
#include <algorithm>

namespace isms::core {

namespace {

// Decodes the whole of bytes, or gives a null string when any of it is not that encoding.
QString strictly(QStringDecoder decoder, const QByteArray& bytes) {
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) return {};
    return text.isNull() ? QStringLiteral("") : text;
}

// UTF-16 without a mark: its line ends are a newline byte beside a zero byte, on the side the
// byte order puts them; text of Latin letters has a zero byte in nearly every other place too.
std::optional<QStringDecoder::Encoding> utf16ByZeros(const QByteArray& bytes) {
    if (bytes.size() < 4 || bytes.size() % 2 != 0) return std::nullopt;
    qsizetype even = 0;
    qsizetype odd = 0;
    qsizetype littleEnds = 0;
    qsizetype bigEnds = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        if (bytes.at(i) == '\0') ++even;
        if (bytes.at(i + 1) == '\0') ++odd;
        if (bytes.at(i) == '\n' && bytes.at(i + 1) == '\0') ++littleEnds;
        if (bytes.at(i) == '\0' && bytes.at(i + 1) == '\n') ++bigEnds;
    }
    if (littleEnds > 0 && bigEnds == 0) return QStringDecoder::Utf16LE;
    if (bigEnds > 0 && littleEnds == 0) return QStringDecoder::Utf16BE;
    const qsizetype half = bytes.size() / 2;
    if (odd * 10 >= half * 3 && even * 20 < half) return QStringDecoder::Utf16LE;
    if (even * 10 >= half * 3 && odd * 20 < half) return QStringDecoder::Utf16BE;
    return std::nullopt;
}

bool readable(const QString& text) {
    // A decoded text that is mostly controls was never text.
    qsizetype controls = 0;
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f') ++controls;
    }
    return controls * 50 <= text.size();
}

}  // namespace

QString TextDecoding::decode(const QByteArray& bytes, QString* encoding) {
    auto found = [&](const QString& text, const char* name) {
        if (encoding) *encoding = QString::fromLatin1(name);
        if (!readable(text)) {
            throw Error(Error::Kind::Invalid, tr("The file is not text: it holds binary data."));
        }
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QString text = strictly(QStringDecoder(QStringDecoder::Utf8), bytes.mid(3));
        if (!text.isNull()) return found(text, "UTF-8");
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QString text = strictly(
            QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE),
            bytes.mid(2));
        if (!text.isNull() && bytes.size() % 2 == 0) return found(text, "UTF-16");
    }
    if (const auto utf16 = utf16ByZeros(bytes)) {
        const QString text = strictly(QStringDecoder(*utf16), bytes);
        if (!text.isNull()) return found(text, "UTF-16");
    }
    if (bytes.contains('\0')) {
        throw Error(Error::Kind::Invalid, tr("The file is not text: it holds binary data."));
    }
    const QString utf8 = strictly(QStringDecoder(QStringDecoder::Utf8), bytes);
    if (!utf8.isNull()) return found(utf8, "UTF-8");
    // Big5 as Windows writes it (code page 950, which Big5 means in Taiwan in practice).
    // Bytes Big5 does not define come out as private-use characters: such a file is no Big5.
    const QString big5 = strictly(QStringDecoder("Big5"), bytes);
    const bool privateUse = std::any_of(big5.cbegin(), big5.cend(), [](QChar c) { return c.category() == QChar::Other_PrivateUse; });
    if (!big5.isNull() && !privateUse) return found(big5, "Big5");
    throw Error(Error::Kind::Invalid,
                tr("The file is neither UTF-8, UTF-16 nor Big5 text: save it from the word processor "
                   "as text in UTF-8 (or as .docx) and import that."));
}

}  // namespace isms::core
