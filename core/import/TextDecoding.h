#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace isms::core {

// The text of a file in whichever encoding it came: UTF-8 (with or without a byte-order mark),
// UTF-16 (with a mark, or recognised by its zero bytes) or Big5, as Taiwanese word processors
// and older systems save it. Throws Error(Invalid) with the reason for a file that is none of
// them, so that nothing is ever read as mojibake.
class TextDecoding {
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
public:
    // encoding, when given, gets what the text was read as ("UTF-8", "UTF-16", "Big5").
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
};

}  // namespace isms::core
