#pragma once

#include <QString>

namespace isms::core {

// Something an import read differently from how the document wrote it, or could not read: said
// to the person importing, per line, before anything is written.
struct ImportWarning {
    int line = 0;  // 1-based line of the source; 0: the document as a whole
    QString text;
    // A warning about a field the person importing may give themselves: given, it no longer
    // applies.
    enum class About { Text, Version };
    About about = About::Text;
};

}  // namespace isms::core
