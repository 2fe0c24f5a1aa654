#include "Classification.h"

namespace isms::core {

namespace {
const char* const kKeys[] = {"public", "internal", "sensitive", "confidential"};
const char* const kDocumentLabels[] = {"公開資訊", "內部使用", "敏感資訊", "機密資訊"};
}  // namespace

QString Classification::key(Value v) { return QString::fromLatin1(kKeys[v]); }

bool Classification::fromKey(const QString& key, Value* out) {
    for (Value v : all()) {
        if (key == QLatin1String(kKeys[v])) {
            *out = v;
            return true;
        }
    }
    return false;
}

QString Classification::label(Value v) {
    switch (v) {
    case Public: return tr("Public");
    case Internal: return tr("Internal use");
    case Sensitive: return tr("Sensitive");
    case Confidential: return tr("Confidential");
    }
    return {};
}

QString Classification::documentLabel(Value v) { return QString::fromUtf8(kDocumentLabels[v]); }

bool Classification::fromDocumentLabel(const QString& text, Value* out) {
    for (Value v : all()) {
        if (text.trimmed() == documentLabel(v)) {
            *out = v;
            return true;
        }
    }
    return false;
}

QList<Classification::Value> Classification::all() {
    return {Public, Internal, Sensitive, Confidential};
}

}  // namespace isms::core
